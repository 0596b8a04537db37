"""Tooltips that show a delegate's own text as written."""

from __future__ import annotations

from PySide6.QtGui import Qt


def plain_tooltip(text: str) -> str:
    """The text for a tooltip, shown as typed: Qt renders a tooltip as HTML whenever it looks
    like HTML (Qt.mightBeRichText), so a note starting "<b>" or "<img src=...>" would be drawn
    (or fetched) instead of shown. Line breaks are kept; "" stays "" (no tooltip)."""
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""
