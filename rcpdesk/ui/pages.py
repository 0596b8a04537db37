"""The page an rcpdesk: link names, as HTML: the one place that knows which module makes which
page (detail_html the report's and the processes' pages, detail_country a country's), so that
neither imports the other."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rcpdesk.catalog.store import Catalog
from rcpdesk.ui import detail_html, links

if TYPE_CHECKING:  # annotations only
    from rcpdesk.ui.notes.notes_html import PageNotes


def html_for(catalog: Catalog, link: str, notes: PageNotes | None = None) -> str:
    """The page an rcpdesk: link names (the home page for HOME, a not-found page otherwise),
    with the delegate's notes on what it shows written into it."""
    parsed = links.parse(link)
    if parsed is None:
        return detail_html.not_found_html(link)
    try:
        if parsed.kind == "home":
            return detail_html.home_html(catalog)
        if parsed.kind == "process":
            return detail_html.process_html(catalog, parsed.ident, notes)
        if parsed.kind == "paragraph":
            return detail_html.paragraph_html(catalog, int(parsed.ident), notes)
        if parsed.kind == "dimension":
            return detail_html.dimension_html(catalog, parsed.ident, parsed.page, notes)
        if parsed.kind == "country":  # its modules (coverage, maps' text) load with the first one
            from rcpdesk.ui.detail_country import country_detail_html

            return country_detail_html(catalog, parsed.ident, parsed.page)
        if parsed.kind == "section":
            return detail_html.section_html(catalog, parsed.ident, parsed.page)
        if parsed.kind == "region":
            return detail_html.region_html(catalog, parsed.ident, parsed.page)
    except (KeyError, LookupError, ValueError):
        return detail_html.not_found_html(link)
    return detail_html.not_found_html(link)
