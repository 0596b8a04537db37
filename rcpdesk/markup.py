"""A delegate's text as safe HTML: plain text escaped, Markdown without HTML, images or unsafe
links; for the screen (blocks) and for a printed note (one paragraph); and as inert Markdown for a
Markdown file. No Qt: the notes and the sheets both render with it."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})


def render_markdown(text: str) -> str:
    """Markdown as HTML blocks (headings, lists, paragraphs) for a QTextBrowser."""
    return str(_markdown().render(text))


def markdown_for_print(text: str) -> str:
    """Markdown as the inside of one paragraph, for a printed note: headings in bold, list items
    and paragraphs on lines of their own, emphasis and links as on screen."""
    return str(_print_markdown().render(text)).strip().removesuffix("<br />").strip()


def render_text(text: str) -> str:
    """Plain text: escaped, paragraphs on blank lines, line breaks kept."""
    paragraphs = [p for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(f"<p>{html.escape(p.strip(chr(10))).replace(chr(10), '<br />')}</p>\n"
                   for p in paragraphs)


_TAG_OPENING = re.compile(r"<(?=[A-Za-z/!?])")


def markdown_inert(text: str, *, plain: bool) -> str:
    """A delegate's text for a Markdown file, with nothing in it that a Markdown reader would
    run or fetch: no HTML tag (its "<" becomes &lt;) and no image; plain text no link either, so
    it reads as written. Entities, not backslashes: they hold inside a pipe-table cell too."""
    text = _TAG_OPENING.sub("&lt;", text).replace("![", "!&#91;")
    return text.replace("[", "&#91;") if plain else text


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
    return _markdown_parser()


def _markdown_parser() -> Any:
    from markdown_it import MarkdownIt  # deferred: only Markdown notes need it

    md = MarkdownIt("commonmark", {"html": False, "breaks": True, "linkify": False})
    md.validateLink = is_safe_link  # type: ignore[method-assign]
    md.add_render_rule("image", _image_as_text)
    md.add_render_rule("link_open", _link_open)
    return md


@lru_cache(maxsize=1)
def _print_markdown() -> Any:
    md = _markdown_parser()
    rules = {
        "paragraph_open": lambda tokens, idx: "",
        "paragraph_close": lambda tokens, idx: "" if tokens[idx].hidden else "<br />",
        "heading_open": lambda tokens, idx: "<b>",
        "heading_close": lambda tokens, idx: "</b><br />",
        "bullet_list_open": lambda tokens, idx: "", "bullet_list_close": lambda tokens, idx: "",
        "ordered_list_open": lambda tokens, idx: "", "ordered_list_close": lambda tokens, idx: "",
        "list_item_open": lambda tokens, idx: (f"{tokens[idx].info}.&nbsp;" if tokens[idx].info
                                               else "•&nbsp;"),
        "list_item_close": lambda tokens, idx: "<br />",
        "blockquote_open": lambda tokens, idx: "<i>", "blockquote_close": lambda tokens, idx: "</i>",
        "hr": lambda tokens, idx: "—<br />",
        "code_block": _code_for_print, "fence": _code_for_print,
    }
    for name, rule in rules.items():
        md.add_render_rule(name, lambda self, tokens, idx, options, env, rule=rule: rule(tokens, idx))
    return md


def _code_for_print(tokens: Sequence[Any], idx: int) -> str:
    lines = tokens[idx].content.rstrip("\n").split("\n")
    return "<tt>" + "<br />".join(html.escape(line) for line in lines) + "</tt><br />"


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
