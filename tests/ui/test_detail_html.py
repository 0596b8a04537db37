"""The detail pages as HTML: what a delegate reads, and that data never becomes markup."""

from __future__ import annotations

import dataclasses

from rcpdesk.catalog import model as m
from rcpdesk.ui import detail_html, pages


def test_process_page_has_founding_year_members_sources_and_findings(real_catalog):
    html = detail_html.process_html(real_catalog, "bali-process")
    assert "2002" in html
    assert "Indonesia" in html and "Australia" in html
    assert "Members (45)" in html
    assert "baliprocess.net" in html  # the source's address, shown as text
    assert "as of 2023" in html
    assert "What the 2005 report found" in html
    assert 'href="rcpdesk:paragraph/' in html
    assert "Not known" in html  # observers are unknown for the Bali Process


def test_every_process_page_renders(real_catalog):
    for region in real_catalog.regions():
        for summary in region.processes:
            html = pages.html_for(real_catalog, f"rcpdesk:process/{summary.id}")
            assert summary.acronym in html or summary.name in html


def test_paragraph_page_has_text_findings_and_neighbours(real_catalog):
    html = detail_html.paragraph_html(real_catalog, 20)
    assert "self-financing mechanism" in html
    assert "Majority" in html and "One&nbsp;participant" in html  # badges never wrap
    # "few RCPs benefited..." is the report's own voice, not "many participants"
    assert "The&nbsp;report&nbsp;states" in html
    assert 'href="rcpdesk:paragraph/19"' in html and 'href="rcpdesk:paragraph/21"' in html
    assert "Overview of similarities and disparities" in html


def test_dimension_and_country_and_home_pages(real_catalog):
    dimension = detail_html.dimension_html(real_catalog, "funding")
    assert "Funding" in dimension and "¶20" in dimension
    assert 'href="rcpdesk:process/bali-process"' in dimension
    country = pages.html_for(real_catalog, "rcpdesk:country/AUS")
    assert "Australia" in country and "Bali Process" in country
    home = detail_html.home_html(real_catalog)
    assert "35 processes in 6 regions" in home and "9 of them" in home
    assert "Evolution of RCPs" in home


def test_unknown_links_give_a_not_found_page(real_catalog):
    assert "Not found" in pages.html_for(real_catalog, "rcpdesk:process/no-such-process")
    assert "Not found" in pages.html_for(real_catalog, "https://example.org/")


def test_unverified_and_alternatives_are_marked():
    source = m.Source("s", "IOM profile", "IOM", "https://iom.int/x", "2025-01-01")
    alt = m.Fact("established", 1991, "sourced", "2005", (source,))
    fact = m.Fact("established", 1993, "unverified", "2020", (source,), alternatives=(alt,),
                  shown_first_because="the process's own site says so")
    html = detail_html.fact_html(fact)
    assert "unverified" in html
    assert "Other sources give: 1991 (IOM, 2005)" in html
    assert "Why the first value is shown first: the process" in html
    assert "Not known" in detail_html.fact_html(m.Fact("chair", None, "unknown", None))


def test_script_in_data_is_escaped(real_catalog):
    paragraph = real_catalog.paragraph(20)
    evil = dataclasses.replace(paragraph, text="<script>alert('x')</script> & <b>bold</b>",
                               heading="<img src=http://evil/>")

    class Wrapped:
        lang = "en"

        def __getattr__(self, name):
            return getattr(real_catalog, name)

        def paragraph(self, ref):
            return evil

    html = detail_html.paragraph_html(Wrapped(), 20)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<img" not in html and "&lt;img" in html
    source = m.Source("s", "<script>x</script>", None, "javascript:alert(1)", None)
    fact_page = detail_html.fact_html(m.Fact("website", "<a href='x'>y</a>", "sourced", "2024", (source,)))
    assert "<script>" not in fact_page and "<a href='x'>" not in fact_page


def test_zoom_scales_point_sizes():
    assert detail_html.scale_points("font-size: 10pt;", 1.5) == "font-size: 15.0pt;"
    assert detail_html.scale_points("font-size: 10pt;", 1.0) == "font-size: 10pt;"


def test_page_escaping_is_html_escape() -> None:
    import html

    for text in ("Bali <Process> & \"friends\" 'here'", "", "&amp; already", "¶20 — «quoted»", "<script>x</script>"):
        assert detail_html.escape(text) == html.escape(text)
        assert detail_html.escape(text, quote=False) == html.escape(text, quote=False)


def test_profiles_and_country_pages_read_the_membership_history(real_catalog):
    from rcpdesk.ui.detail_country import country_detail_html

    colombo = detail_html.process_html(real_catalog, "colombo-process")
    assert "Membership over time" in colombo and "Member, 2003–today" in colombo
    assert "Member, 2016–today" in colombo and "Member, not known–today" in colombo  # Cambodia; Afghanistan
    söderköping = detail_html.process_html(real_catalog, "soderkoping-process")
    assert "Ended in 2011" in söderköping and 'href="rcpdesk:process/eap-panel"' in söderköping
    assert "Member, 2001–2011" in söderköping
    panel = detail_html.process_html(real_catalog, "eap-panel")
    assert 'href="rcpdesk:process/soderkoping-process"' in panel
    budapest = detail_html.process_html(real_catalog, "budapest-process")
    assert "The latest list found" in budapest  # as of 2013: said so, not shown as current
    ukraine = country_detail_html(real_catalog, "UKR")
    assert "Earlier memberships" in ukraine and "Söderköping Process" in ukraine and "2001–2011" in ukraine


def test_no_internal_id_or_data_cleaning_language_in_a_profile(real_catalog):
    """What a delegate reads names sources by their numbers and says what is unknown plainly."""
    import re

    for process in real_catalog.processes():
        html = pages.html_for(real_catalog, f"rcpdesk:process/{process.id}")
        text = re.sub(r"<[^>]+>", " ", html)
        assert not re.search(r"\(source [a-z0-9-]+\)", text), process.id
        assert "retrieved text" not in text and "shown first because" not in text, process.id
        assert "as_of" not in text, process.id
