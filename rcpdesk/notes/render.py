"""A note body as safe HTML, by its format (rcpdesk.markup does the rendering)."""

from __future__ import annotations

from rcpdesk.markup import render_markdown, render_text
from rcpdesk.notes.model import BodyFormat


def render_body(body: str, body_format: BodyFormat | str = BodyFormat.TEXT) -> str:
    """HTML for a QTextBrowser; never raw HTML, never a remote resource."""
    if BodyFormat(body_format) is BodyFormat.MARKDOWN:
        return render_markdown(body)
    return render_text(body)
