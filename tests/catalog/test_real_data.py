"""The bundled data itself: complete, faithful to the report, every fact sourced, not stale."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from rcpdesk.catalog import Catalog
from rcpdesk.catalog.build import build
from rcpdesk.catalog.sourcedata import content_hash

ROOT = Path(__file__).resolve().parents[2]
ATTENDED_2005 = {"igc", "budapest-process", "bali-process", "colombo-process", "apc",
                 "puebla-process", "lima-process", "midsa", "five-plus-five"}
LATER_PROCESSES = {"prague-process", "almaty-process", "abu-dhabi-dialogue", "midwa", "midcom",
                   "igad-rcp", "midcas", "arcp", "pidc", "rabat-process", "khartoum-process", "mtm",
                   "pafom", "eap-panel"}
# OCR damage seen in the source text; none of it may survive in the curated paragraphs.
OCR_DAMAGE = ["guestion", "e.qg", "patrticipant", "9/Il", "|OM", "Intemr", "Organizaticn",
              "’’", "  ", " ,", "women'’s"]


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_bundled_database_is_not_stale(real_db: Path, tmp_path: Path) -> None:
    """Fails when data/ (or the build code) changed and resources/rcpdesk.db was not rebuilt."""
    stored = Catalog(real_db).edition.content_hash
    assert stored == content_hash(ROOT / "data"), "resources/rcpdesk.db is stale: run `rcpdesk build-db`"
    fresh = tmp_path / "fresh.db"
    build(ROOT / "data", fresh)
    assert dump(fresh) == dump(real_db), "the build code changed: run `rcpdesk build-db`"


def test_all_49_paragraphs_without_ocr_damage(real_catalog: Catalog) -> None:
    assert real_catalog.paragraph_numbers() == tuple(range(1, 50))
    for paragraph in real_catalog.paragraphs():
        for damage in OCR_DAMAGE:
            assert damage not in paragraph.text, f"¶{paragraph.number}: {damage!r}"
        assert not re.match(r"^\d+[.,]\s", paragraph.text), f"¶{paragraph.number} keeps its number"
        assert paragraph.agreement


def test_report_wording_is_kept(real_catalog: Catalog) -> None:
    assert "few RCPs benefited from a predictable self-financing mechanism" in real_catalog.paragraph(20).text
    assert "concerns over security linked to the events of 9/11" in real_catalog.paragraph(9).text
    assert "raising the question as to whether some processes might be amalgamated" in real_catalog.paragraph(13).text
    assert "IOM mentioned its plan" in real_catalog.paragraph(36).text
    assert real_catalog.paragraph(11).agreement in ("consensus", "unanimous")


def test_nine_processes_attended_2005(real_catalog: Catalog) -> None:
    attended = {p.id for p in real_catalog.processes() if p.attended_2005}
    assert attended == ATTENDED_2005
    assert LATER_PROCESSES <= {p.id for p in real_catalog.processes()}


def test_every_process_fact_is_sourced_or_marked(real_catalog: Catalog) -> None:
    for summary in real_catalog.processes():
        profile = real_catalog.process(summary.id)
        facts = list(profile.facts.values()) + list(profile.dimension_values.values())
        for fact in facts:
            for variant in (fact, *fact.alternatives):
                if variant.is_unknown:
                    assert variant.value is None
                elif not variant.is_unverified:
                    assert variant.sources, f"{summary.id}.{fact.field} has no source"
                    assert variant.as_of, f"{summary.id}.{fact.field} has no as-of date"
        assert summary.established is None or 1980 <= summary.established <= 2026
        assert profile.fact("names.en").sources or profile.fact("names.en").is_unverified


def test_colombo_process_has_twelve_members(real_catalog: Catalog) -> None:
    members = {c.code for c in real_catalog.process("colombo-process").members}
    assert members == {"AFG", "BGD", "KHM", "CHN", "IND", "IDN", "NPL", "PAK", "PHL", "LKA", "THA", "VNM"}


def test_search_self_financing_returns_paragraph_20_first(real_catalog: Catalog) -> None:
    hits = real_catalog.search("self-financing")
    assert hits[0].target_id == "report-2005/p20" and hits[0].citation == "¶20"


def test_every_dimension_has_a_finding(real_catalog: Catalog) -> None:
    for dimension in real_catalog.dimensions():
        assert real_catalog.findings_for_dimension(dimension.id), dimension.id


# "many" / "majority" must count people: "Many participants", "Most participants", "The majority
# of participants", "many RCP representatives", "Many observed". "Many similarities" does not.
_COUNTS_PARTICIPANTS = re.compile(
    r"\b(many|most|the majority of)\s+(participants|RCP representatives|observed)\b", re.IGNORECASE)


def test_many_and_majority_only_where_the_sentence_counts_participants(real_catalog: Catalog) -> None:
    overstated = [f"¶{f.paragraph}: {f.text[:60]}" for p in real_catalog.paragraphs() for f in p.findings
                  if f.agreement in ("many", "majority") and not _COUNTS_PARTICIPANTS.search(f.text)]
    assert overstated == []


def test_the_reports_own_voice_is_labelled_as_such(real_catalog: Catalog) -> None:
    def level(number: int, start: str) -> str:
        return next(f.agreement for f in real_catalog.paragraph(number).findings if f.text.startswith(start))

    assert level(19, "Many similarities emerged") == "report-states"
    assert level(20, "few RCPs benefited") == "report-states"
    assert level(30, "A large part of this success") == "report-states"
    assert level(20, "Most participants perceived") == "majority"


def _held_in(process: dict, year: int) -> dict[str, str]:
    """Who the export's dated entries show in a process in a year (country -> role)."""
    held = {}
    for e in process["membership"]:
        start, end = e["from"], e["until"]
        seen = int(e["as_of"][:4]) if e["as_of"] else None
        first = start if start is not None else seen
        last = end if end is not None else (None if e["still"] else seen)
        if first is not None and first <= year and (last is None or year <= last):
            held[e["country"]] = e["role"]
    return held


def test_export_gives_membership_over_time(real_catalog: Catalog) -> None:
    from rcpdesk.catalog.export import catalog_dict

    processes = {p["id"]: p for p in catalog_dict(real_catalog)["processes"]}
    colombo = processes["colombo-process"]
    assert "AFG" in colombo["members"] and _held_in(colombo, 2005).get("AFG") != "member"
    assert _held_in(colombo, 2005)["LKA"] == "member" and "KHM" not in _held_in(colombo, 2005)
    söderköping, panel = processes["soderkoping-process"], processes["eap-panel"]
    assert (söderköping["status"], söderköping["status_since"], söderköping["successor"]) == ("ended", 2011, "eap-panel")
    assert panel["predecessor"] == "soderkoping-process" and panel["established"] == 2011
    assert {"UKR", "BLR", "MDA"} <= set(_held_in(söderköping, 2005))
    assert not {"ARM", "AZE", "GEO"} & set(_held_in(söderköping, 2005))
    assert _held_in(panel, 2005) == {} and {"ARM", "AZE", "GEO"} <= set(panel["members"])
    assert söderköping["members"] == []  # ended: no current members
    for process in processes.values():
        for entry in process["membership"]:
            assert set(entry) >= {"country", "role", "from", "until"}
            assert entry["from"] is None or isinstance(entry["from"], int)


def test_dated_entries_say_what_their_sources_say(real_catalog: Catalog) -> None:
    """Afghanistan joined the Colombo Process as an observer in 2004 (Manila) and is named a member in
    2011 (Dhaka); no source gives its role in 2005, so 2005 says neither. Founding years and lists known
    only as of a date stay within those dates, and today's lists are unchanged by them."""
    from rcpdesk.catalog.export import catalog_dict

    processes = {p["id"]: p for p in catalog_dict(real_catalog)["processes"]}
    colombo = processes["colombo-process"]
    assert _held_in(colombo, 2004)["AFG"] == "observer" and "AFG" not in _held_in(colombo, 2005)
    assert _held_in(colombo, 2011)["AFG"] == "member" and "AFG" not in colombo["observers"]
    assert {"CAN", "NLD"} == set(_held_in(processes["igc"], 2005))  # the chairs of 2004-2006
    assert "FRA" not in processes["igc"]["members"] and len(processes["igc"]["members"]) == 17
    abu_dhabi, almaty = processes["abu-dhabi-dialogue"], processes["almaty-process"]
    assert len(_held_in(abu_dhabi, 2008)) == 16 and _held_in(abu_dhabi, 2007) == {}
    assert set(_held_in(almaty, 2013)) == {"KAZ", "KGZ", "TJK"} and "TKM" in almaty["observers"]


def test_dated_lists_of_the_budapest_and_prague_processes_midsa_and_midwa(real_catalog: Catalog) -> None:
    """The Budapest Process's list of the Prague conference (October 1997), Belarus in the Prague Process
    from December 2010 and the Core Group of November 2012, MIDSA's 15 of July 2015 and its chairs,
    MIDWA's fifteen of May 2014. Today's lists are unchanged by them."""
    from rcpdesk.catalog.export import catalog_dict

    processes = {p["id"]: p for p in catalog_dict(real_catalog)["processes"]}
    budapest = processes["budapest-process"]
    in_1997 = _held_in(budapest, 1997)
    assert len(in_1997) == 34 and {"BLR", "UKR", "RUS", "TUR", "GBR"} <= set(in_1997)
    assert not {"ISL", "USA", "CAN", "AUS", "ARM", "AFG"} & set(in_1997)
    assert len(budapest["members"]) == 52 and set(budapest["observers"]) == {"AUS", "CAN", "CHN", "IRN", "USA"}
    # Afghanistan's participation marked "until August 2021" by the process's history page
    assert "AFG" not in budapest["members"] and _held_in(budapest, 2021).get("AFG") == "member"
    assert "AFG" not in _held_in(budapest, 2022)
    prague = processes["prague-process"]
    assert "BLR" not in _held_in(prague, 2009) and _held_in(prague, 2011)["BLR"] == "member"
    assert len(_held_in(prague, 2012)) == 17 and len(prague["members"]) == 49
    midsa = processes["midsa"]
    assert len(_held_in(midsa, 2015)) == 15 and "COM" not in _held_in(midsa, 2015)
    assert set(_held_in(midsa, 2010)) == {"NAM"} and len(midsa["members"]) == 16
    midwa = processes["midwa"]
    assert len(_held_in(midwa, 2014)) == 15 and _held_in(midwa, 2005) == {}
    assert len(midwa["members"]) == 15 and set(midwa["observers"]) == {"MRT", "CHE"}
    bali = processes["bali-process"]
    in_2005 = _held_in(bali, 2005)
    assert len(in_2005) == 36 and {"AUS", "IDN", "AFG", "PRK", "MMR", "VUT"} <= set(in_2005)
    assert set(in_2005.values()) == {"member"} and not {"USA", "TLS", "HKG", "ARE", "FRA"} & set(in_2005)
    assert _held_in(bali, 2002)["USA"] == "observer" and _held_in(bali, 2001) == {}
    assert len(bali["members"]) == 45 and "USA" in bali["members"] and bali["observers"] == []


def test_dated_lists_of_the_rabat_and_khartoum_processes_and_mtm(real_catalog: Catalog) -> None:
    """The Rabat Declaration's partner countries (July 2006) with Morocco, the host; Libya a partner then and
    an observer today; the Khartoum Process's Rome Declaration signatories (November 2014) and the four who
    joined later; MTM's Partner States at Addis Ababa (April 2010). Today's lists are unchanged by them."""
    from rcpdesk.catalog.export import catalog_dict

    processes = {p["id"]: p for p in catalog_dict(real_catalog)["processes"]}
    rabat = processes["rabat-process"]
    in_2006 = _held_in(rabat, 2006)
    assert len(in_2006) == 54 and {"MAR", "SEN", "ESP", "FRA", "COD", "COG", "LBY"} <= set(in_2006)
    assert in_2006["LBY"] == "member" and _held_in(rabat, 2024)["LBY"] == "observer"
    assert not {"HRV", "STP", "DZA", "EGY", "ISL", "GBR"} & set(in_2006) and _held_in(rabat, 2005) == {}
    assert {"HRV", "STP"} <= set(_held_in(rabat, 2015))
    assert len(rabat["members"]) == 55 and "LBY" not in rabat["members"]
    assert set(rabat["observers"]) == {"DZA", "LBY"}
    khartoum = processes["khartoum-process"]
    in_2014 = _held_in(khartoum, 2014)
    assert len(in_2014) == 36 and {"ERI", "ETH", "SDN", "ITA", "HRV"} <= set(in_2014)
    assert not {"LBY", "NOR", "CHE", "UGA", "GBR"} & set(in_2014) and _held_in(khartoum, 2013) == {}
    assert {"LBY", "NOR", "CHE", "UGA"} <= set(_held_in(khartoum, 2019))
    assert len(khartoum["members"]) == 40 and "GBR" not in khartoum["members"] and khartoum["observers"] == []
    mtm = processes["mtm"]
    in_2010 = _held_in(mtm, 2010)
    assert len(in_2010) == 16 and {"DZA", "ETH", "CHE", "DNK"} <= set(in_2010) and "AUS" not in in_2010
    assert _held_in(mtm, 2003) == {} and len(mtm["members"]) == 45 and mtm["observers"] == ["AUS"]


def test_type_says_both_views_and_the_new_processes_are_there(real_catalog: Catalog) -> None:
    from rcpdesk.catalog.export import catalog_dict

    processes = {p["id"]: p for p in catalog_dict(real_catalog)["processes"]}
    # IOM's current classification, and how the 2005 report listed the nine
    assert (processes["bali-process"]["type"], processes["bali-process"]["type_in_report"]) == ("inter-regional-forum", "rcp")
    assert all(processes[p]["type_in_report"] == "rcp" for p in ATTENDED_2005)
    assert processes["prague-process"]["type_in_report"] is None
    ocam = processes["ocam"]
    assert ocam["established"] == 1990 and "January 1999" in ocam["secretariat"]
    quito = processes["quito-process"]
    assert quito["established"] == 2018 and len(quito["members"]) == 11
    cis = processes["cis-conference"]
    assert (cis["established"], cis["status"], cis["status_since"]) == (1996, "ended", 2005)
    irfs = {"eu-celac-migration-dialogue", "fibemyd", "acp-eu-migration-dialogue",
            "asia-eu-labour-migration-dialogue", "africa-eu-mme"}
    assert all(processes[p]["type"] == "inter-regional-forum" for p in irfs)
    assert processes["rmfm"]["established"] == 2020 and len(processes["rmfm"]["members"]) == 11


def test_a_role_whose_end_is_not_known_gives_way_to_the_role_held_today(real_catalog: Catalog) -> None:
    """Afghanistan's observer role (from 2004, end not known) is not counted today: it is a member now."""
    from rcpdesk.catalog.export import catalog_dict

    entries = [e for e in real_catalog.membership_history("colombo-process") if e.country == "AFG"]
    observer = next(e for e in entries if e.role == "observer")
    assert (observer.start, observer.end, observer.still) == (2004, None, False)
    assert observer.superseded and not observer.current
    assert next(e for e in entries if e.role == "member").current
    assert not any(e.current for e in real_catalog.membership_history_of_country("AFG")
                   if e.process_id == "colombo-process" and e.role == "observer")
    colombo = next(p for p in catalog_dict(real_catalog)["processes"] if p["id"] == "colombo-process")
    assert "AFG" in colombo["members"] and "AFG" not in colombo["observers"]
