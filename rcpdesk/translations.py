"""Compile the Qt Linguist .ts files to .qm and extract strings into them (pyside6-lupdate/lrelease).

The .qm files are build products, never committed: the wheel build (hatch_build.py), build.spec
and the test set-up call `compile_translations()`; `python -m rcpdesk.translations update`
refreshes the .ts files from the sources after UI strings change.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

# The interface languages beside English: the six languages of UN meetings. The .ts and .qm
# files are named by these codes (rcpdesk_zh.ts holds Simplified Chinese, language="zh_CN").
LANGUAGES = ("fr", "es", "ar", "zh", "ru")
PACKAGE = Path(__file__).resolve().parent


def _tool(name: str) -> list[str]:
    """pyside6-lupdate / pyside6-lrelease, next to this Python first (venvs), then on PATH."""
    local = Path(sys.executable).parent / name
    if local.exists():
        return [str(local)]
    found = shutil.which(name)
    if found:
        return [found]
    raise FileNotFoundError(f"{name} not found (it comes with PySide6)")


def ts_files(translations_dir: Path) -> list[Path]:
    return [translations_dir / f"rcpdesk_{lang}.ts" for lang in LANGUAGES]


def sources(package_dir: Path = PACKAGE) -> list[Path]:
    """Every Python file whose strings are translated (the UI, sheets and maps)."""
    return sorted(p for p in package_dir.rglob("*.py") if "__pycache__" not in p.parts)


def update_ts(translations_dir: Path, package_dir: Path = PACKAGE) -> list[str]:
    """Extract strings from the sources into the .ts files, dropping vanished ones.

    lupdate reads the sources and a generated file with what extract_messages() finds beyond it;
    its empty-context entries (module-level helpers, found again under their real context) are
    dropped. Returns remarks on strings whose context could not be worked out.
    """
    translations_dir.mkdir(parents=True, exist_ok=True)
    extractor = _Extractor(package_dir)
    messages = extractor.run()
    with tempfile.TemporaryDirectory() as scratch:
        shim = Path(scratch) / "rcpdesk_extracted_strings.py"
        shim.write_text(messages_module(messages), encoding="utf-8")
        files = [str(p) for p in sources(package_dir)] + [str(shim)]
        for ts in ts_files(translations_dir):
            subprocess.run([*_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *files,
                            "-ts", str(ts)], check=True, capture_output=True)
            catalog = read_ts(ts)
            known = {m.source for m in messages}
            catalog.messages = [m for m in catalog.messages if m.context or m.source not in known]
            write_ts(catalog, ts)
    return extractor.unresolved


def compile_translations(translations_dir: Path) -> list[Path]:
    """.ts -> .qm for every language whose .qm is missing or older than its .ts."""
    written = []
    for ts in ts_files(translations_dir):
        if not ts.is_file():
            continue
        qm = ts.with_suffix(".qm")
        if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([*_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                       check=True, capture_output=True)
        written.append(qm)
    return written


# -- .ts files: read and write in lupdate's layout ---------------------------------------------------


@dataclass
class TsMessage:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    translations: list[str] = field(default_factory=lambda: [""])
    unfinished: bool = True
    extra: str = ""  # translatorcomment, extracomment: kept as they were (raw XML)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


@dataclass
class TsCatalog:
    language: str
    messages: list[TsMessage]
    source_language: str | None = None


def read_ts(path: Path) -> TsCatalog:
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts, kind = [""], "unfinished"
            else:
                kind = translation.get("type") or ""
                texts = ([f.text or "" for f in translation.iter("numerusform")] if numerus
                         else [translation.text or ""])
            extra = "".join(ET.tostring(e, encoding="unicode").strip()
                            for e in message if e.tag in ("translatorcomment", "extracomment"))
            messages.append(TsMessage(name, message.findtext("source") or "",
                                      message.findtext("comment") or "", numerus, texts or [""],
                                      kind == "unfinished", extra))
    return TsCatalog(root.get("language") or "", messages, root.get("sourcelanguage"))


def _x(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def write_ts(catalog: TsCatalog, path: Path) -> None:
    """Contexts sorted by name, messages in the order given: as lupdate writes them."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    source_language = f' sourcelanguage="{catalog.source_language}"' if catalog.source_language else ""
    lines.append(f'<TS version="2.1" language="{catalog.language}"{source_language}>')
    contexts: dict[str, list[TsMessage]] = {}
    for message in catalog.messages:
        contexts.setdefault(message.context, []).append(message)
    for name in sorted(contexts):
        lines += ["<context>", f"    <name>{_x(name)}</name>"]
        for m in contexts[name]:
            lines.append('    <message numerus="yes">' if m.numerus else "    <message>")
            lines.append(f"        <source>{_x(m.source)}</source>")
            if m.comment:
                lines.append(f"        <comment>{_x(m.comment)}</comment>")
            if m.extra:
                lines.append(f"        {m.extra}")
            kind = ' type="unfinished"' if m.unfinished else ""
            if m.numerus:
                lines.append(f"        <translation{kind}>")
                lines += [f"            <numerusform>{_x(t)}</numerusform>" for t in m.translations]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{kind}>{_x(m.translations[0])}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# -- extraction lupdate cannot do on its own ------------------------------------------------------
#
# pyside6-lupdate finds self.tr("...") (context: the class) and translate("Context", "...") with
# literal arguments. It misses module-level helpers such as `tr = lambda text:
# QCoreApplication.translate(CONTEXT, text)` (it files those strings under an empty context, where
# no translator ever looks them up), contexts held in constants, calls inside f-strings and labels
# kept in dicts. `extract_messages()` reads the sources with the ast module and finds those too;
# update_ts() hands them to lupdate as a generated file, so the .ts files keep lupdate's format.

_TRANSLATE_FUNCS = {"translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}


@dataclass(frozen=True, order=True)
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False


@dataclass
class _Wrapper:
    """A helper that passes its text argument(s) to QCoreApplication.translate."""

    context: str | None  # None: the context is the argument at context_index (or its default)
    text_indexes: tuple[int, ...]
    text_names: tuple[str, ...]
    context_index: int | None = None
    context_name: str | None = None
    context_default: str | None = None
    numerus_index: int | None = None


class _Module:
    def __init__(self, path: Path, package_dir: Path) -> None:
        self.path = path
        rel = path.relative_to(package_dir.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        self.name = ".".join(parts)
        self.tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        self.strings: dict[str, str] = {}
        self.dicts: dict[str, list[str]] = {}
        self.imports: dict[str, tuple[str, str]] = {}  # local name -> (module, name)
        self.modules: dict[str, str] = {}  # local alias -> module
        self.wrappers: dict[str, _Wrapper] = {}
        for node in self.tree.body:
            if isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name) and node.value is not None:
                        value = node.value
                        if isinstance(value, ast.Constant) and isinstance(value.value, str):
                            self.strings[target.id] = value.value
                        elif isinstance(value, ast.Dict):
                            texts = [v.value for v in value.values
                                     if isinstance(v, ast.Constant) and isinstance(v.value, str)]
                            if texts:
                                self.dicts[target.id] = texts
            elif isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    self.imports[alias.asname or alias.name] = (node.module, alias.name)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    self.modules[alias.asname or alias.name] = alias.name
        for node in self.tree.body:
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:  # `from rcpdesk.notes import messages as note_messages`
                    self.modules.setdefault(alias.asname or alias.name, f"{node.module}.{alias.name}")


class _Extractor:
    def __init__(self, package_dir: Path) -> None:
        self.package_dir = package_dir
        self.modules = {m.name: m for m in (_Module(p, package_dir) for p in sources(package_dir))}
        for module in self.modules.values():
            self._find_wrappers(module)
        self.messages: set[Message] = set()
        self.unresolved: list[str] = []

    # constants, across modules
    def string(self, module: _Module, node: ast.AST) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name):
            if node.id in module.strings:
                return module.strings[node.id]
            origin = module.imports.get(node.id)
            if origin and origin[0] in self.modules:
                return self.modules[origin[0]].strings.get(origin[1])
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            target = self.modules.get(module.modules.get(node.value.id, ""))
            if target is not None:
                return target.strings.get(node.attr)
        return None

    def dict_values(self, module: _Module, node: ast.AST) -> list[str] | None:
        """LABELS[key], LABELS.get(key, default): every string value of a module-level dict."""
        if isinstance(node, ast.Subscript):
            node = node.value
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr == "get"):
            node = node.func.value
        else:
            return None
        if isinstance(node, ast.Name):
            if node.id in module.dicts:
                return module.dicts[node.id]
            origin = module.imports.get(node.id)
            if origin and origin[0] in self.modules:
                return self.modules[origin[0]].dicts.get(origin[1])
        return None

    def wrapper(self, module: _Module, name: str) -> _Wrapper | None:
        if name in module.wrappers:
            return module.wrappers[name]
        origin = module.imports.get(name)
        if origin and origin[0] in self.modules:
            return self.modules[origin[0]].wrappers.get(origin[1])
        return None

    @staticmethod
    def _is_qt_translate(call: ast.Call) -> bool:
        func = call.func
        return (isinstance(func, ast.Attribute) and func.attr == "translate"
                and isinstance(func.value, ast.Name) and func.value.id == "QCoreApplication")

    def _find_wrappers(self, module: _Module) -> None:
        candidates: list[tuple[str, ast.arguments, ast.AST]] = []
        for node in ast.walk(module.tree):
            if isinstance(node, ast.FunctionDef):
                candidates.append((node.name, node.args, node))
            elif (isinstance(node, ast.Assign) and len(node.targets) == 1
                  and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Lambda)):
                candidates.append((node.targets[0].id, node.value.args, node.value.body))
        for name, args, body in candidates:
            params = [a.arg for a in args.args]
            if params and params[0] == "self":
                continue
            defaults = dict(zip(params[len(params) - len(args.defaults):], args.defaults))
            for call in ast.walk(body):
                if not (isinstance(call, ast.Call) and self._is_qt_translate(call) and len(call.args) >= 2):
                    continue
                ctx_node, text_node = call.args[0], call.args[1]
                names = ([text_node.id] if isinstance(text_node, ast.Name) else
                         [b.id for b in (text_node.body, text_node.orelse) if isinstance(b, ast.Name)]
                         if isinstance(text_node, ast.IfExp) else [])
                names = [n for n in names if n in params]
                if not names:
                    continue
                wrapper = _Wrapper(context=self.string(module, ctx_node),
                                   text_indexes=tuple(params.index(n) for n in names),
                                   text_names=tuple(names))
                if wrapper.context is None and isinstance(ctx_node, ast.Name) and ctx_node.id in params:
                    wrapper.context_index = params.index(ctx_node.id)
                    wrapper.context_name = ctx_node.id
                    default = defaults.get(ctx_node.id)
                    wrapper.context_default = self.string(module, default) if default else None
                if len(call.args) >= 4 and isinstance(call.args[3], ast.Name) and call.args[3].id in params:
                    wrapper.numerus_index = params.index(call.args[3].id)
                module.wrappers[name] = wrapper
                break

    # the calls
    def run(self) -> set[Message]:
        for module in self.modules.values():
            self._visit(module, module.tree, None)
        return self.messages

    def _visit(self, module: _Module, node: ast.AST, class_name: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                self._visit(module, child, child.name)
                continue
            if isinstance(child, ast.Call):
                self._call(module, child, class_name)
            self._visit(module, child, class_name)

    def _arg(self, call: ast.Call, index: int | None, name: str | None) -> ast.AST | None:
        if index is not None and index < len(call.args):
            return call.args[index]
        for keyword in call.keywords:
            if keyword.arg == name:
                return keyword.value
        return None

    def _add(self, module: _Module, context: str | None, text_node: ast.AST | None,
             comment_node: ast.AST | None = None, numerus: bool = False) -> None:
        if text_node is None:
            return
        comment = self.string(module, comment_node) if comment_node is not None else ""
        if context is None:
            self.unresolved.append(f"{module.path.name}:{text_node.lineno}: context unknown")
            return
        text = self.string(module, text_node)
        if text is not None:
            self.messages.add(Message(context, text, comment or "", numerus))
            return
        values = self.dict_values(module, text_node)
        if values is not None:
            self.messages.update(Message(context, v, comment or "", numerus) for v in values)

    def _call(self, module: _Module, call: ast.Call, class_name: str | None) -> None:
        func = call.func
        numerus = len(call.args) >= 3 or any(k.arg == "n" for k in call.keywords)
        if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name) \
                and func.value.id == "self" and class_name and call.args:
            comment = call.args[1] if len(call.args) >= 2 else None
            self._add(module, class_name, call.args[0], comment, len(call.args) >= 3)
            return
        name = func.id if isinstance(func, ast.Name) else (
            func.attr if isinstance(func, ast.Attribute) else None)
        if name is None:
            return
        bare = isinstance(func, ast.Name) and name in _TRANSLATE_FUNCS
        if (self._is_qt_translate(call) or bare) and len(call.args) >= 2:
            context = self.string(module, call.args[0])
            if context is None and isinstance(call.args[0], ast.Name):
                return  # the body of a wrapper: its callers are extracted instead
            comment = call.args[2] if len(call.args) >= 3 else None
            self._add(module, context, call.args[1], comment, len(call.args) >= 4)
            return
        wrapper = self.wrapper(module, name) if isinstance(func, ast.Name) else None
        if wrapper is None:
            return
        context = wrapper.context
        if context is None:
            node = self._arg(call, wrapper.context_index, wrapper.context_name)
            context = self.string(module, node) if node is not None else wrapper.context_default
        numerus = wrapper.numerus_index is not None and self._arg(
            call, wrapper.numerus_index, "n") is not None
        for index, text_name in zip(wrapper.text_indexes, wrapper.text_names):
            comment = self._arg(call, index + 1, "disambiguation") if len(wrapper.text_indexes) == 1 else None
            self._add(module, context, self._arg(call, index, text_name), comment, numerus)


def extract_messages(package_dir: Path = PACKAGE) -> set[Message]:
    """Every translated string of the sources with the context it is looked up in at run time."""
    return _Extractor(package_dir).run()


def _python_literal(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def messages_module(messages: set[Message]) -> str:
    """A Python file lupdate reads: each message as self.tr() in a class named after its context."""
    lines = ["# Generated by rcpdesk.translations for pyside6-lupdate; not imported.", ""]
    by_context: dict[str, list[Message]] = {}
    for message in sorted(messages):
        by_context.setdefault(message.context, []).append(message)
    for context, items in by_context.items():
        if context.isidentifier():
            lines += [f"class {context}:", "    def strings(self, n):"]
            for m in items:
                args = [_python_literal(m.source)]
                if m.comment or m.numerus:
                    args.append(_python_literal(m.comment))
                if m.numerus:
                    args.append("n")
                lines.append(f"        self.tr({', '.join(args)})")
        else:
            for m in items:
                lines.append(f"QCoreApplication.translate({_python_literal(context)}, "
                             f"{_python_literal(m.source)}, {_python_literal(m.comment)})")
        lines.append("")
    return "\n".join(lines) + "\n"


def compile_missing() -> bool:
    """A source checkout run without a build has .ts files but no .qm: compile them (lrelease).

    True when something was compiled; False when nothing was needed or it cannot be done
    (a read-only install, no pyside6-lrelease).
    """
    from rcpdesk.paths import resources_dir

    try:
        return bool(compile_translations(resources_dir() / "translations"))
    except (OSError, subprocess.SubprocessError):
        return False


def main(argv: list[str] | None = None) -> int:
    from rcpdesk.paths import resources_dir

    command = (argv or sys.argv[1:] or ["compile"])[0]
    folder = resources_dir() / "translations"
    if command == "update":
        for remark in update_ts(folder):
            print(f"rcpdesk.translations: {remark}", file=sys.stderr)
    compile_translations(folder)
    print(f"translations in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
