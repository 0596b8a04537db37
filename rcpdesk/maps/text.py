"""Words of the maps: translation through Qt ("Maps" context), dates, and text widths for layout.

Widths are estimated from DejaVu Sans, among the widest common sans-serif faces, so that a map
laid out here still fits when a viewer substitutes Arial, Segoe UI or Helvetica.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale

CONTEXT = "Maps"
FONT_FAMILIES = ("Noto Sans", "Segoe UI", "Helvetica Neue", "Helvetica", "Arial", "DejaVu Sans")
SVG_FONT_FAMILY = ", ".join(FONT_FAMILIES) + ", sans-serif"

# Advance widths of DejaVu Sans, per cent of the font size, for the characters 32..126.
_REGULAR = (
    "32,40,46,84,64,95,78,27,39,39,50,84,32,36,32,34,64,64,64,64,64,64,64,64,64,64,34,34,84,84,84,"
    "53,100,68,69,70,77,63,58,77,75,29,29,66,56,86,75,79,60,79,69,63,61,73,68,99,68,61,68,39,34,"
    "39,84,50,50,61,63,55,63,62,35,63,63,28,28,58,28,97,63,61,63,63,41,52,39,63,59,82,59,59,52,"
    "64,34,64,84"
)
_BOLD = (
    "35,46,52,84,70,100,87,31,46,46,52,84,38,42,38,37,70,70,70,70,70,70,70,70,70,70,40,40,84,84,84,"
    "58,100,77,76,73,83,68,68,82,84,37,37,77,64,100,84,85,73,85,77,72,68,81,77,110,77,72,72,46,37,"
    "46,84,50,50,67,72,59,72,68,44,72,71,34,34,66,34,104,71,69,72,72,49,60,48,71,65,92,64,65,58,"
    "71,37,71,84"
)
_WIDTHS = {
    False: [int(v) / 100 for v in _REGULAR.split(",")],
    True: [int(v) / 100 for v in _BOLD.split(",")],
}


# Every visible string of the maps is a literal translate("Maps", "...") call, so that
# pyside6-lupdate files it under its context (a wrapper would hide the context from it).
translate = QCoreApplication.translate


def plural(n: int, one: str, many: str, **values: object) -> str:
    """A count in words: the singular or the plural sentence (both already translated, each a
    translate() call of its own), with {n} and any other {fields} filled in."""
    return (one if n == 1 else many).format(n=n, **values)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The estimated width of a line of text at a font size (same units as the size)."""
    table = _WIDTHS[bold]
    total = 0.0
    for char in text:
        code = ord(char)
        if 32 <= code <= 126:
            total += table[code - 32]
        elif char in "—–":
            total += 1.0 if char == "—" else 0.5
        elif char.isupper():
            total += 0.75
        else:
            total += 0.64  # accented letters and the like: about a lowercase letter
    return total * size


def wrap(text: str, size: float, width: float, bold: bool = False) -> list[str]:
    """Greedy line breaking at spaces; a word longer than the width gets a line of its own."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and text_width(candidate, size, bold) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def ellipsize(text: str, size: float, width: float, bold: bool = False) -> str:
    if text_width(text, size, bold) <= width:
        return text
    while text and text_width(text + "…", size, bold) > width:
        text = text[:-1]
    return text.rstrip() + "…"


_INVERTED_TAILS = ("Île", "Îles", "Isla", "Islas", "British", "U.S.")


def display_name(name: str) -> str:
    """A country name as a list or a label wants it: ISO's inverted forms put right ("Palestine,
    State of" -> "State of Palestine", "Salomon, Îles" -> "Îles Salomon"); others unchanged."""
    head, sep, tail = name.rpartition(", ")
    if not sep or "," in head:
        return name
    words = tail.split()
    if words and (
        words[-1] in ("of", "the", "de", "la", "del", "du")
        or tail.endswith("'")
        or tail in _INVERTED_TAILS
    ):
        return f"{tail}{'' if tail.endswith(chr(39)) else ' '}{head}"
    return name


def format_as_of(value: str | None, lang: str = "en") -> str:
    """A date of the data (2024, 2024-02, 2024-02-09) as words in a language: "February 2024"."""
    if not value:
        return ""
    text = str(value).strip()
    locale = QLocale(lang)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        date = QDate.fromString(text, "yyyy-MM-dd")
        return locale.toString(date, "d MMMM yyyy") if date.isValid() else text
    if re.fullmatch(r"\d{4}-\d{2}", text):
        date = QDate.fromString(text + "-01", "yyyy-MM-dd")
        return locale.toString(date, "MMMM yyyy") if date.isValid() else text
    return text
