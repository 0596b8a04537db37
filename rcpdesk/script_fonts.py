"""Is there a font for the language's script? Checked before an Arabic, Chinese or Russian sheet
is printed, and when the window starts in one, so a missing font gives one clear message
rather than a page of empty boxes.

The message stays in English on purpose: without a font for the script, its translation
would print as boxes too.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

_WS = QFontDatabase.WritingSystem
# lang -> (writing system, the script's name, the Debian/Ubuntu package that brings a font)
SCRIPTS = {
    "ar": (_WS.Arabic, "Arabic", "fonts-noto-core"),
    "zh": (_WS.SimplifiedChinese, "Chinese", "fonts-noto-cjk"),
    "ru": (_WS.Cyrillic, "Cyrillic", "fonts-noto-core"),
}


def missing_font(lang: str) -> str | None:
    """None when a font covers lang's script (or lang needs none beyond Latin); else the message.

    Needs a QGuiApplication (the font database)."""
    if lang not in SCRIPTS:
        return None
    system, script, package = SCRIPTS[lang]
    if QFontDatabase.families(system):
        return None
    return (f"no font for the {script} script is installed, so {lang} text would print as empty "
            f"boxes: install one (Debian/Ubuntu: apt install {package}; Windows and macOS have "
            "one built in), or choose another language")
