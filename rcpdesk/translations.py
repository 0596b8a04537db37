"""Compile the Qt Linguist .ts files to .qm and extract strings into them (pyside6-lupdate/lrelease).

The .qm files are build products, never committed: the wheel build (hatch_build.py), build.spec
and the test set-up call `compile_translations()`; `python -m rcpdesk.translations update`
refreshes the .ts files from the sources after UI strings change: pyside6-lupdate reads them as
they are (literal tr() and translate("Context", ...) calls), with no extraction of our own.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
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


def update_ts(translations_dir: Path, package_dir: Path = PACKAGE) -> None:
    """Extract strings from the sources into the .ts files with pyside6-lupdate, dropping vanished ones.

    Every visible string is a literal self.tr("...") in a QObject subclass, or a literal
    translate("Context", "...") / QT_TRANSLATE_NOOP("Context", "...") call, outside f-strings:
    the forms lupdate reads. A test holds the committed .ts files to what this extracts.
    """
    translations_dir.mkdir(parents=True, exist_ok=True)
    files = [str(p) for p in sources(package_dir)]
    for ts in ts_files(translations_dir):
        subprocess.run([*_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *files,
                        "-ts", str(ts)], check=True, capture_output=True)


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
    # as lupdate writes them: the no-break space (French ": ") as a character reference
    return escape(text, {'"': "&quot;", "'": "&apos;", "\xa0": "&#xa0;"})


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
        update_ts(folder)
    compile_translations(folder)
    print(f"translations in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
