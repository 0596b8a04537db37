"""A note body as safe HTML: plain text escaped, Markdown without HTML, images or unsafe links."""

from __future__ import annotations

import html
from collections.abc import Sequence
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from rcpdesk.notes.model import BodyFormat

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})


def render_body(body: str, body_format: BodyFormat | str = BodyFormat.TEXT) -> str:
    """HTML for a QTextBrowser or a printed sheet; never raw HTML, never a remote resource."""
    if BodyFormat(body_format) is BodyFormat.MARKDOWN:
        return str(_markdown().render(body))
    return render_text(body)


def render_text(text: str) -> str:
    """Plain text: escaped, paragraphs on blank lines, line breaks kept."""
    paragraphs = [p for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(f"<p>{html.escape(p.strip(chr(10))).replace(chr(10), '<br />')}</p>\n"
                   for p in paragraphs)


def is_safe_link(url: str) -> bool:
    """http, https and mailto links, and anchors inside the page; nothing else is linked."""
    url = url.strip()
    if url.startswith("#"):
        return True
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.scheme.lower() not in SAFE_SCHEMES:
        return False
    return parts.scheme.lower() == "mailto" or bool(parts.netloc)


@lru_cache(maxsize=1)
def _markdown() -> Any:
    from markdown_it import MarkdownIt  # deferred: only Markdown notes need it

    md = MarkdownIt("commonmark", {"html": False, "breaks": True, "linkify": False})
    md.validateLink = is_safe_link  # type: ignore[method-assign]
    md.add_render_rule("image", _image_as_text)
    md.add_render_rule("link_open", _link_open)
    return md


def _image_as_text(self: Any, tokens: Sequence[Any], idx: int, options: Any, env: Any) -> str:
    # An image would load a remote resource: show its description instead.
    alt = self.renderInlineAsText(tokens[idx].children or [], options, env)
    return html.escape(f"[{alt}]" if alt else "[image]")


def _link_open(self: Any, tokens: Sequence[Any], idx: int, options: Any, env: Any) -> str:
    href = str(tokens[idx].attrGet("href") or "")
    title = tokens[idx].attrGet("title")
    attrs = f' href="{html.escape(href, quote=True)}"'
    if title:
        attrs += f' title="{html.escape(str(title), quote=True)}"'
    if not href.startswith("#"):
        attrs += ' rel="noopener noreferrer nofollow"'
    return f"<a{attrs}>"
