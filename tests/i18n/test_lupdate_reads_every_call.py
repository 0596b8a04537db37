"""Every translated string is written where pyside6-lupdate finds it: the .ts files come from
lupdate alone, so a string it cannot read would silently stay English in every language."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "rcpdesk"
TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP"}
# The one function that forwards a caller's context (sheets in a language other than the
# window's); its callers pass literals, which lupdate reads as bare translate("Context", ...) calls.
FORWARDERS = {("sheets/i18n.py", "translate")}


def _is_translation_call(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    if isinstance(func, ast.Name):
        return func.id in TRANSLATE_NAMES
    return isinstance(func, ast.Attribute) and (
        func.attr == "translate" and isinstance(func.value, ast.Name) and func.value.id == "QCoreApplication"
        or func.attr == "tr" and isinstance(func.value, ast.Name) and func.value.id == "self")


def _calls(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    functions = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.Lambda))]
    owner = {}
    for function in functions:
        for inner in ast.walk(function):
            owner.setdefault(id(inner), getattr(function, "name", "<lambda>"))
    for fstring in (n for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)):
        for inner in ast.walk(fstring):
            if _is_translation_call(inner):
                yield "inside an f-string", inner, owner
    for call in (n for n in ast.walk(tree) if _is_translation_call(n)):
        yield "", call, owner


def test_no_translation_call_hides_inside_an_f_string_or_behind_a_variable_context():
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        for why, call, owner in _calls(path):
            where = f"{rel}:{call.lineno}"
            if why:
                problems.append(f"{where}: {why}")
                continue
            is_tr = isinstance(call.func, ast.Attribute) and call.func.attr == "tr"
            if (rel, owner.get(id(call))) in FORWARDERS:
                continue
            context = None if is_tr else (call.args[0] if call.args else None)
            if not is_tr and not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
                problems.append(f"{where}: the context is not a literal string")
    assert not problems, "lupdate cannot read these:\n" + "\n".join(problems)
