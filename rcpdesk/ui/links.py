"""Internal links between views: rcpdesk:process/bali-process, rcpdesk:paragraph/20, ...

Every panel opens things by emitting one of these strings (the main window navigates); the
detail view's HTML uses them as hrefs. A link names a stable catalog id, so it can be stored in
history and settings.
"""

from __future__ import annotations

from typing import NamedTuple

from rcpdesk.catalog.citations import paragraph_id

SCHEME = "rcpdesk"
KINDS = ("process", "paragraph", "dimension", "country", "section", "region", "note", "home",
         "report", "dimensions")
BARE_KINDS = ("home", "report", "dimensions")  # overview pages: no id


class Link(NamedTuple):
    kind: str
    ident: str = ""
    page: int = 1  # long pages (a dimension's findings, a section's paragraphs) come a page at a time

    def __str__(self) -> str:
        text = f"{SCHEME}:{self.kind}/{self.ident}" if self.ident else f"{SCHEME}:{self.kind}"
        return f"{text}?page={self.page}" if self.page > 1 else text


def process(ident: str) -> str:
    return str(Link("process", ident))


def paragraph(number: int) -> str:
    return str(Link("paragraph", str(number)))


def dimension(ident: str) -> str:
    return str(Link("dimension", ident))


def country(code: str) -> str:
    return str(Link("country", code))


def section(ident: str) -> str:
    return str(Link("section", ident))


def region(ident: str) -> str:
    return str(Link("region", ident))


def note(ident: str) -> str:
    return str(Link("note", ident))


HOME = str(Link("home"))
REPORT = str(Link("report"))  # the 2005 report: its sections and guiding questions
DIMENSIONS = str(Link("dimensions"))  # the comparison dimensions, each with its headline finding


def parse(url: str) -> Link | None:
    """The link a string names, or None for anything else (external URLs included)."""
    if not url.startswith(SCHEME + ":"):
        return None
    rest, _, query = url[len(SCHEME) + 1:].partition("?")
    kind, _, ident = rest.partition("/")
    if kind not in KINDS or (kind not in BARE_KINDS and not ident):
        return None
    if kind == "paragraph" and not ident.isdigit():
        return None
    page = 1
    if query:
        name, _, value = query.partition("=")
        if name != "page" or not value.isdigit() or int(value) < 1:
            return None
        page = int(value)
    return Link(kind, ident, page)


def with_page(url: str, page: int) -> str:
    """The same link at another page (1, the first, drops the page from the text)."""
    parsed = parse(url)
    return url if parsed is None else str(parsed._replace(page=max(1, page)))


def first_page(url: str) -> str:
    """The link without its page: what the tree and notes know a page by."""
    return with_page(url, 1)


def from_target_id(target_id: str) -> str | None:
    """A link for a catalog or notes target id (report-2005/p20, bali-process, bali-process#funding)."""
    if target_id.startswith("report-2005/p") and target_id[13:].isdigit():
        return paragraph(int(target_id[13:]))
    if "#" in target_id:
        return process(target_id.split("#", 1)[0])
    return None


def note_target(url: str) -> tuple[str, str] | None:
    """(kind, target id) of what a page's notes are on: a process, a paragraph or a dimension
    page (report-2005/p20 for ¶20); None for a page that takes no notes."""
    parsed = parse(url.partition("#")[0])
    if parsed is None:
        return None
    if parsed.kind == "paragraph":
        return "paragraph", paragraph_id(int(parsed.ident))
    if parsed.kind in ("process", "dimension"):
        return parsed.kind, parsed.ident
    return None
