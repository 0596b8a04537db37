"""Is there a font for the language's script? Checked before an Arabic, Chinese or Russian sheet
is printed, and when the window starts in one, so a missing font gives one clear message
rather than a page of empty boxes.

The message stays in English on purpose: without a font for the script, its translation
would print as boxes too.
"""

from __future__ import annotations

# lang -> (QFontDatabase.WritingSystem's name, the script's name, the Debian/Ubuntu package that
# brings a font). Names, not the enum: the font database's type loads only for these languages
# (the window imports this module before its first paint, in English too).
SCRIPTS = {
    "ar": ("Arabic", "Arabic", "fonts-noto-core"),
    "zh": ("SimplifiedChinese", "Chinese", "fonts-noto-cjk"),
    "ru": ("Cyrillic", "Cyrillic", "fonts-noto-core"),
}


def missing_font(lang: str) -> str | None:
    """None when a font covers lang's script (or lang needs none beyond Latin); else the message.

    Needs a QGuiApplication (the font database)."""
    if lang not in SCRIPTS:
        return None
    from PySide6.QtGui import QFontDatabase

    system, script, package = SCRIPTS[lang]
    if QFontDatabase.families(getattr(QFontDatabase.WritingSystem, system)):
        return None
    return (f"no font for the {script} script is installed, so {lang} text would print as empty "
            f"boxes: install one (Debian/Ubuntu: apt install {package}; Windows and macOS have "
            "one built in), or choose another language")
