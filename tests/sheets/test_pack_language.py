"""A pack in another language than the window's: its words and the data's names in that language,
for the thread that builds it only."""

from __future__ import annotations

from pathlib import Path

from rcpdesk.catalog import Catalog
from rcpdesk.sheets.i18n import sheet_language, translate
from rcpdesk.sheets.pack import PackRequest, build_pack
from rcpdesk.sheets.pack_html import part_title


def test_an_arabic_pack_from_an_english_session(real_db: Path) -> None:
    catalog = Catalog(real_db)
    with sheet_language("ar"):
        pack = build_pack(catalog, PackRequest(("colombo-process",), lang="ar"))
        assert part_title("maps") == "خرائط الأعضاء"
    rows = [row.dimension.name for row in pack.comparison.rows]
    assert rows[:2] == ["الأمانة", "الرئاسة"]  # secretariat, chair: the rows' names in Arabic too
    assert pack.meta.title.startswith("ملف الإحاطة")
    # outside, the session's own language again
    assert translate("Sheets", "Members maps") == "Members maps"
    english = build_pack(catalog, PackRequest(("colombo-process",)))
    assert [row.dimension.name for row in english.comparison.rows][:2] == ["Secretariat", "Chair"]


def test_english_inside_a_french_session_stays_english(real_db: Path) -> None:
    with sheet_language("en"):
        assert translate("Sheets", "Members maps") == "Members maps"
    with sheet_language("fr"):
        assert translate("Sheets", "Members maps") == "Cartes des membres"
