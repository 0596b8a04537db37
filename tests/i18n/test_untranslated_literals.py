"""No visible string of the window escapes translation: a scan of rcpdesk/ui with the ast module
for string literals handed straight to Qt's text setters and widget constructors."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "rcpdesk" / "ui"

# Methods whose first string argument (or the one at the index given) is shown to the delegate.
SETTERS = {
    "setText": 0, "setWindowTitle": 0, "setToolTip": 0, "setStatusTip": 0, "setWhatsThis": 0,
    "setPlaceholderText": 0, "setTitle": 0, "addMenu": 0, "setAccessibleName": 0,
    "setAccessibleDescription": 0, "showMessage": 0, "setLabelText": 0, "setSpecialValueText": 0,
    "setSuffix": 0, "setPrefix": 0, "addItem": 0, "setInformativeText": 0, "setDetailedText": 0,
    "setHtml": None, "addTab": 1, "setTabText": 1, "setTabToolTip": 1, "insertItem": 1,
    "setItemText": 1, "addButton": 0, "setHeaderData": 2, "addAction": 0,
}
WIDGETS = {"QAction", "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton",
           "QGroupBox", "QDockWidget", "QMenu", "QCommandLinkButton", "QListWidgetItem",
           "QStandardItem", "QTreeWidgetItem"}
MESSAGE_BOXES = {"information", "warning", "critical", "question", "about"}
WRAPPERS = {"tr", "translate", "_tr", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "translate_notes"}
# Words that are the same in every language: symbols, the program's name, units.
ALLOWED = {"rcpdesk", "¶", "…", "—", "–", "·", "×", "+", "−", "%", "A4", "PDF", "CSV", "PNG", "SVG"}


def _literal_text(node: ast.AST) -> str | None:
    """The letters a literal would show: a str constant, or an f-string's literal parts."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values
                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal_text(node.left), _literal_text(node.right)
        return (left or "") + (right or "") if left is not None or right is not None else None
    return None


def _needs_translation(text: str) -> bool:
    stripped = text.strip()
    if not stripped or stripped in ALLOWED:
        return False
    words = [w for w in stripped.replace("&", "").split() if any(c.isalpha() for c in w)]
    if not words:
        return False  # symbols, numbers, separators
    if "<" in stripped and all(w.startswith("<") or w.endswith(">") for w in words):
        return False  # markup only
    return not all(w in ALLOWED for w in words)


def untranslated_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
        if name in WRAPPERS or name is None:
            continue
        candidates: list[ast.AST] = []
        if isinstance(func, ast.Attribute) and name in SETTERS:
            index = SETTERS[name]
            if index is not None and index < len(node.args):
                candidates.append(node.args[index])
        elif name in WIDGETS and node.args:
            candidates.append(node.args[0])
        elif isinstance(func, ast.Attribute) and name in MESSAGE_BOXES and \
                isinstance(func.value, ast.Name) and func.value.id == "QMessageBox":
            candidates.extend(node.args[1:3])
        for arg in candidates:
            text = _literal_text(arg)
            if text is not None and _needs_translation(text):
                found.append(f"{path.name}:{arg.lineno}: {name}({text!r})")
    return found


def test_the_scan_finds_an_untranslated_literal(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "class W:\n"
        "    def f(self):\n"
        "        self.label.setText('Members')\n"
        "        self.label.setText(self.tr('Members'))\n"
        "        self.button = QPushButton(f'Open {name}')\n"
        "        self.sep.setText('¶')\n"
        "        QMessageBox.warning(self, 'Oops', self.tr('Broken'))\n", encoding="utf-8")
    found = untranslated_literals(sample)
    assert len(found) == 3, found
    assert "setText('Members')" in found[0] or any("Members" in f for f in found)


def test_no_visible_literal_escapes_translation_in_the_window():
    found = [hit for path in sorted(UI.rglob("*.py")) for hit in untranslated_literals(path)]
    assert not found, "visible strings not passed through tr()/translate():\n" + "\n".join(found)
