"""A country's page: its processes (as-of dates, sources), its neighbours, the report's remarks."""

from __future__ import annotations

import pytest

from rcpdesk.catalog import UnknownIdError
from rcpdesk.ui.detail_country import country_detail_html


def test_indonesia_lists_the_bali_and_colombo_processes(real_catalog):
    html = country_detail_html(real_catalog, "IDN")
    assert "<h1>Indonesia</h1>" in html
    assert 'href="rcpdesk:process/bali-process"' in html
    assert 'href="rcpdesk:process/colombo-process"' in html
    assert "Bali Process" in html and "Colombo Process" in html
    assert "2024" in html and "2022" in html  # the lists' as-of dates
    assert "tribuneindia.com" in html  # a source of the Colombo Process's list
    # neighbours: the other members, linked, without Indonesia itself
    assert 'href="rcpdesk:country/LKA">Sri Lanka</a>' in html
    assert 'href="rcpdesk:country/IDN"' not in html
    # the report on its region: the Asia-Pacific covered by more than one process (¶6, ¶13)
    assert "Asia-Pacific" in html and "rcpdesk:paragraph/13" in html


def test_fixture_indonesia(fixture_catalog):
    html = country_detail_html(fixture_catalog, "idn")
    assert "Test Process" in html and "Other" in html
    assert "Member of 2 processes" in html


def test_a_country_in_a_gap(real_catalog):
    html = country_detail_html(real_catalog, "JAM")
    assert "A gap in coverage: The Caribbean" in html
    assert "exception of the Caribbean" in html  # ¶13
    assert "One participant" in html  # the weight of ¶13's remark
    assert "Today Jamaica is a member of" in html


def test_a_country_in_none(real_catalog):
    html = country_detail_html(real_catalog, "ISL")
    assert "member of none of the processes recorded" in html
    assert "Neighbours" not in html


def test_kosovo_and_languages(real_catalog):
    html = country_detail_html(real_catalog, "XKX")
    assert "not an ISO 3166-1 code" in html
    french = country_detail_html(real_catalog.with_language("fr"), "IDN")
    assert "<h1>Indonésie</h1>" in french and ">Sri Lanka</a>" in french


def test_unknown_code(real_catalog):
    with pytest.raises(UnknownIdError):
        country_detail_html(real_catalog, "ZZZ")


def test_memberships_say_since_when_and_cite_numbered_sources(real_catalog):
    """A membership line reads "since 2003 (as of 2024)" where the history gives the year (not
    "Colombo Process, member, 2024", which read as if Sri Lanka had joined in 2024); sources are
    numbered marks listed once at the end, as on a profile, not a wall of addresses."""
    html = country_detail_html(real_catalog, "LKA")
    assert "since 2003 (as of 2024)" in html  # a founding member of the Colombo Process
    assert "since 2002 (as of 2022)" in html  # at the Bali Process's first Ministerial Conference
    assert "year joined not known (as of" in country_detail_html(real_catalog, "MDV")  # Bali: no year
    table = html[html.index("<table"):html.index("</table>")]
    assert '<a href="#source-1">[1]</a>' in table and "&lt;http" not in table
    listed = html[html.rindex("<h2>Sources</h2>"):]
    assert '<a name="source-1"></a>[1]' in listed and "http" in listed
