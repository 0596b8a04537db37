"""Build the bundled SQLite database from data/ with sqlite-utils: validate, write a temp file, rename."""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import pycountry
import sqlite_utils

from rcpdesk.catalog.agreement import rank as agreement_rank
from rcpdesk.catalog.errors import BuildError
from rcpdesk.catalog.membership import entries_of, with_derived_lists
from rcpdesk.catalog.model import paragraph_id
from rcpdesk.catalog.relevance import rows_and_glosses as relevance_rows
from rcpdesk.catalog.sourcedata import SourceData, load
from rcpdesk.catalog.validate import FACT_FIELDS, check

SCHEMA_VERSION = 5  # 2: findings carry their dimension and agreement rank for paging; 3: dimension descriptions in fr, es;
# 4: processes' short names, the findings that bear on each comparison row, the editor's glosses;
# 5: country groups (territories, the report's areas)


def country_name(country: Any) -> str:
    """The short name a delegate expects ("Bolivia", not "Bolivia, Plurinational State of")."""
    return getattr(country, "common_name", None) or country.name


def _in_languages(text: str | dict[str, str]) -> dict[str, str]:
    """A text given in English only (a string) or in each language ({en, fr, es})."""
    return {"en": text} if isinstance(text, str) else text


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _fact_rows(owner: str, field: str, fact: dict[str, Any]) -> list[dict[str, Any]]:
    """A fact and its alternatives as rows; rank 0 is the value shown first."""
    if fact.get("status") == "unknown":
        return [{"process_id": owner, "field": field, "rank": 0, "status": "unknown",
                 "value": None, "as_of": None, "event": None, "note": fact.get("note"),
                 "shown_first_because": None, "sources": []}]
    rows = []
    for rank, variant in enumerate([fact] + list(fact.get("alternatives", []))):
        rows.append({
            "process_id": owner, "field": field, "rank": rank,
            "status": "unverified" if variant.get("status") == "unverified" else "sourced",
            "value": _json(variant["value"]), "as_of": variant.get("as_of"),
            "event": variant.get("event"), "note": variant.get("note"),
            "shown_first_because": fact.get("shown_first_because") if rank == 0 else None,
            "sources": variant.get("sources", []),
        })
    return rows


def _fact_text(fact: dict[str, Any]) -> str:
    value = fact.get("value")
    if value is None:
        return ""
    return " ".join(map(str, value)) if isinstance(value, list) else str(value)


def _write(db: sqlite_utils.Database, data: SourceData, sources: dict[str, dict[str, Any]]) -> None:
    edition = data.files["edition.yaml"]
    db["meta"].insert_all(
        [
            {"key": "schema_version", "value": str(SCHEMA_VERSION)},
            {"key": "edition_date", "value": edition["date"]},
            {"key": "edition_title", "value": edition["title"]},
            {"key": "content_hash", "value": data.content_hash},
        ],
        pk="key",
    )
    regions_doc = data.files["regions.yaml"]
    db["regions"].insert_all(
        [{"id": r["id"], "ord": r["order"], "name_en": r["names"]["en"],
          "name_fr": r["names"].get("fr"), "name_es": r["names"].get("es"),
          "name_in_report": r.get("name_in_report")} for r in regions_doc["regions"]],
        pk="id",
    )
    db["coverage_gaps"].insert_all(
        [{"id": g["id"], "name_en": g["names"]["en"], "name_fr": g["names"].get("fr"),
          "name_es": g["names"].get("es"), "paragraphs": _json(g["paragraphs"])}
         for g in regions_doc["coverage_gaps"]],
        pk="id",
    )
    db["dimensions"].insert_all(
        [{"id": d["id"], "ord": d["order"], "name_en": d["names"]["en"],
          "name_fr": d["names"].get("fr"), "name_es": d["names"].get("es"),
          **{f"description_{lang}": _in_languages(d["description"]).get(lang) for lang in ("en", "fr", "es")}}
         for d in data.files["dimensions.yaml"]],
        pk="id",
        columns={"description_en": str, "description_fr": str, "description_es": str},
    )
    extra = {c["code"]: c["name"] for c in data.get("countries.yaml", [])}
    countries = [{"code": c.alpha_3, "alpha_2": c.alpha_2, "numeric": c.numeric,
                  "name": country_name(c), "official_name": getattr(c, "official_name", None)}
                 for c in pycountry.countries]
    countries += [{"code": code, "alpha_2": None, "numeric": None, "name": name,
                   "official_name": None} for code, name in extra.items()]
    db["countries"].insert_all(sorted(countries, key=lambda c: c["code"]), pk="code")
    # One page for all the groups: their codes as one JSON list a row (as coverage_gaps'
    # paragraphs) and the file's order as the integer key (a text key would add an index page).
    # The catalog reads the table whole, once; validation keeps the ids unique.
    db["country_groups"].create({"ord": int, "id": str, "description": str, "basis": str, "source": str,
                                 "url": str, "countries": str}, pk="ord")
    db["country_groups"].insert_all(
        [{"ord": index} | {k: g.get(k) for k in ("id", "description", "basis", "source", "url")}
         | {"countries": _json(sorted(g["countries"]))}
         for index, g in enumerate(data.get("country_groups.yaml", []), start=1)],
        pk="ord",
    )
    db["sources"].insert_all([sources[key] for key in sorted(sources)], pk="id")
    organizations = data.get("organizations.yaml", [])
    db["organizations"].create({"id": str, "acronym": str, "name": str, "name_in_report": str,
                                "kind": str, "report_region": str, "note": str, "paragraphs": str},
                               pk="id")
    db["people"].create({"id": str, "name": str, "title": str, "affiliation": str, "role": str},
                        pk="id", foreign_keys=[("affiliation", "organizations", "id")])
    db["organizations"].insert_all(
        [{k: o.get(k) for k in ("id", "acronym", "name", "name_in_report", "kind",
                                "report_region", "note")} | {"paragraphs": _json(o.get("paragraphs", []))}
         for o in organizations],
        pk="id",
    )
    db["people"].insert_all(
        [{k: p.get(k) for k in ("id", "name", "title", "affiliation", "role")}
         for p in data.get("people.yaml", [])],
        pk="id", foreign_keys=[("affiliation", "organizations", "id")],
    )
    _write_processes(db, data)
    _write_report(db, data)
    _write_search_index(db, data)
    _write_indexes(db)


# Every lookup the catalog makes by a column other than a primary key: without these a large
# report is scanned whole to list one section or one paragraph's findings.
INDEXES = (
    ("paragraphs", ["section_id", "number"]),
    ("paragraphs", ["number"]),
    ("findings", ["paragraph_id"]),
    ("findings", ["dimension", "agreement_rank", "number", "start"]),
    ("finding_dimensions", ["dimension_id", "agreement_rank", "number", "start", "finding_id"]),
    ("paragraph_processes", ["process_id"]),
    ("paragraph_dimensions", ["dimension_id"]),
    ("facts", ["process_id", "field", "rank"]),
    ("fact_sources", ["source_id"]),
    ("memberships", ["country_code"]),
    ("membership_entries", ["process_id", "country_code"]),
    ("membership_entries", ["country_code"]),
    ("processes", ["region_id"]),
    ("footnotes", ["paragraph_id"]),
    ("search_docs", ["ref_id"]),
    ("row_findings", ["row_id", "ord"]),
)


def _write_indexes(db: sqlite_utils.Database) -> None:
    for table, columns in INDEXES:
        db[table].create_index(columns, unique=columns == ["number"])


def _write_processes(db: sqlite_utils.Database, data: SourceData) -> None:
    db["processes"].create(
        {"id": str, "acronym": str, "short_name": str, "name_en": str, "name_fr": str, "name_es": str, "type": str,
         "region_id": str, "status": str, "attended_2005": int, "name_in_report": str,
         "established": int, "other_names": str, "note": str},
        pk="id", foreign_keys=[("region_id", "regions", "id")],
    )
    db["facts"].create(
        {"id": int, "process_id": str, "field": str, "rank": int, "status": str, "value": str,
         "as_of": str, "event": str, "note": str, "shown_first_because": str},
        pk="id", foreign_keys=[("process_id", "processes", "id")],
    )
    db["fact_sources"].create(
        {"fact_id": int, "source_id": str, "ord": int}, pk=("fact_id", "source_id"),
        foreign_keys=[("fact_id", "facts", "id"), ("source_id", "sources", "id")],
    )
    db["memberships"].create(
        {"process_id": str, "country_code": str, "role": str, "as_of": str, "fact_id": int},
        pk=("process_id", "country_code", "role"),
        foreign_keys=[("process_id", "processes", "id"), ("country_code", "countries", "code"),
                      ("fact_id", "facts", "id")],
    )
    process_rows, fact_rows, source_rows, membership_rows = [], [], [], []
    fact_id = 0
    for process_id in sorted(data.processes):
        _, doc = data.processes[process_id]

        def shown(fact: dict[str, Any]) -> Any:
            return None if fact.get("status") == "unknown" else fact.get("value")

        process_rows.append({
            "id": process_id, "acronym": doc["acronym"], "short_name": doc.get("short_name"),
            "name_en": shown(doc["names"]["en"]) or doc["acronym"],
            "name_fr": shown(doc["names"].get("fr", {"status": "unknown"})),
            "name_es": shown(doc["names"].get("es", {"status": "unknown"})),
            "type": doc["type"], "region_id": doc["region"], "status": doc["status"],
            "attended_2005": int(doc["attended_2005"]), "name_in_report": doc.get("name_in_report"),
            "established": shown(doc["established"]), "other_names": _json(doc.get("other_names", [])),
            "note": doc.get("note"),
        })
        fields = [(f"names.{lang}", fact) for lang, fact in sorted(doc["names"].items())]
        fields += [(name, doc[name]) for name in FACT_FIELDS if name in doc]
        fields += [(f"dimensions.{d}", fact) for d, fact in sorted(doc["dimensions"].items())]
        for field, fact in fields:
            for row in _fact_rows(process_id, field, fact):
                fact_id += 1
                cited = row.pop("sources")
                fact_rows.append(row | {"id": fact_id})
                source_rows += [{"fact_id": fact_id, "source_id": s, "ord": i}
                                for i, s in enumerate(dict.fromkeys(cited))]
                if field in ("members", "observers") and row["rank"] == 0 and row["value"]:
                    role = "member" if field == "members" else "observer"
                    membership_rows += [{"process_id": process_id, "country_code": code, "role": role,
                                         "as_of": row["as_of"], "fact_id": fact_id}
                                        for code in sorted(json.loads(row["value"]))]
    db["processes"].insert_all(process_rows)
    _write_history(db, data)
    db["facts"].insert_all(fact_rows)
    db["fact_sources"].insert_all(source_rows)
    db["memberships"].insert_all(membership_rows)


def _write_history(db: sqlite_utils.Database, data: SourceData) -> None:
    """Each process's membership entries (dated, sourced) and its place in time: the status's
    year, its predecessor and successor, how the 2005 report listed it."""
    db["process_history"].create(
        {"process_id": str, "status_since": int, "predecessor": str, "successor": str, "type_in_report": str},
        pk="process_id", foreign_keys=[("process_id", "processes", "id")])
    db["membership_entries"].create(
        {"id": int, "process_id": str, "country_code": str, "role": str, "year_from": int, "year_until": int,
         "still": int, "as_of": str, "status": str, "note": str, "sources": str},
        pk="id", foreign_keys=[("process_id", "processes", "id"), ("country_code", "countries", "code")])
    history, entries = [], []
    for process_id in sorted(data.processes):
        _, doc = data.processes[process_id]
        history.append({"process_id": process_id, "status_since": doc.get("status_since"),
                        "predecessor": doc.get("predecessor"), "successor": doc.get("successor"),
                        "type_in_report": doc.get("type_in_report")})
        for e in entries_of(process_id, doc):
            entries.append({"id": len(entries) + 1, "process_id": process_id, "country_code": e.country,
                            "role": e.role, "year_from": e.start, "year_until": e.end, "still": int(e.still),
                            "as_of": e.as_of, "status": e.status, "note": e.note, "sources": _json(list(e.sources))})
    db["process_history"].insert_all(history)
    db["membership_entries"].insert_all(entries)


def _write_report(db: sqlite_utils.Database, data: SourceData) -> None:
    sections = data.get("report/sections.yaml", [])
    db["sections"].create({"id": str, "ord": int, "title": str, "first": int, "last": int}, pk="id")
    db["questions"].create({"id": str, "kind": str, "text": str, "paragraph": int, "section_id": str},
                           pk="id", foreign_keys=[("section_id", "sections", "id")])
    db["sections"].insert_all(
        [{"id": s["id"], "ord": s["order"], "title": s["title"], "first": s["paragraphs"][0],
          "last": s["paragraphs"][1]} for s in sections],
        pk="id",
    )
    db["questions"].insert_all(
        [{"id": q["id"], "kind": q["kind"], "text": q["text"], "paragraph": q.get("paragraph"),
          "section_id": q.get("section")} for q in data.get("report/questions.yaml", [])],
        pk="id", foreign_keys=[("section_id", "sections", "id")],
    )
    paragraphs = sorted(data.get("report/paragraphs.yaml", []), key=lambda p: p["number"])
    db["paragraphs"].create(
        {"id": str, "number": int, "section_id": str, "heading": str, "question_id": str,
         "text": str, "agreement": str},
        pk="id", foreign_keys=[("section_id", "sections", "id"), ("question_id", "questions", "id")],
    )
    # dimension (the first the data lists) and agreement_rank let an index hand out a profile's
    # strongest findings per dimension without sorting a large report's findings in Python.
    db["findings"].create(
        {"id": str, "paragraph_id": str, "number": int, "ord": int, "text": str, "agreement": str,
         "agreement_rank": int, "dimension": str, "start": int, "note": str, "gloss": str},
        pk="id", foreign_keys=[("paragraph_id", "paragraphs", "id")],
    )
    relevant, glosses = relevance_rows(data)
    links = {
        "paragraph_speakers": ("speakers", "person_id", "people"),
        "paragraph_dimensions": ("dimensions", "dimension_id", "dimensions"),
        "paragraph_processes": ("processes", "process_id", "processes"),
        "paragraph_organizations": ("organizations", "organization_id", "organizations"),
    }
    for table, (_, column, other) in links.items():
        db[table].create({"paragraph_id": str, column: str, "ord": int},
                         pk=("paragraph_id", column),
                         foreign_keys=[("paragraph_id", "paragraphs", "id"), (column, other, "id")])
    # The finding's rank and place are repeated here so that a dimension's findings come out of
    # one index in reading order, a page at a time.
    db["finding_dimensions"].create(
        {"finding_id": str, "dimension_id": str, "agreement_rank": int, "number": int, "start": int},
        pk=("finding_id", "dimension_id"),
        foreign_keys=[("finding_id", "findings", "id"), ("dimension_id", "dimensions", "id")],
    )
    paragraph_rows, finding_rows, finding_dimension_rows = [], [], []
    link_rows: dict[str, list[dict[str, Any]]] = {table: [] for table in links}
    for paragraph in paragraphs:
        pid = paragraph_id(paragraph["number"])
        text = paragraph["text"].strip()
        paragraph_rows.append({
            "id": pid, "number": paragraph["number"], "section_id": paragraph["section"],
            "heading": paragraph.get("heading"), "question_id": paragraph.get("question"),
            "text": text, "agreement": paragraph["agreement"],
        })
        for table, (key, column, _) in links.items():
            link_rows[table] += [{"paragraph_id": pid, column: ref, "ord": i}
                                 for i, ref in enumerate(dict.fromkeys(paragraph.get(key, [])))]
        for index, finding in enumerate(paragraph.get("findings", []), start=1):
            fid = f"{pid}/f{index}"
            dimensions = list(dict.fromkeys(finding["dimensions"]))
            place = {"agreement_rank": agreement_rank(finding["agreement"]), "number": paragraph["number"],
                     "start": text.find(finding["text"])}
            finding_rows.append({
                "id": fid, "paragraph_id": pid, "ord": index, "text": finding["text"],
                "agreement": finding["agreement"], "dimension": dimensions[0] if dimensions else None,
                "note": finding.get("note"), "gloss": glosses.get(fid), **place,
            })
            finding_dimension_rows += [{"finding_id": fid, "dimension_id": d, **place} for d in dimensions]
    db["paragraphs"].insert_all(paragraph_rows)
    for table, rows in link_rows.items():
        db[table].insert_all(rows)
    db["findings"].insert_all(finding_rows)
    db["finding_dimensions"].insert_all(finding_dimension_rows)
    # The findings that bear on each comparison row (a dimension or a profile fact), most
    # relevant first: curated in data/report/relevance.yaml.
    db["row_findings"].create({"row_id": str, "finding_id": str, "ord": int}, pk=("row_id", "finding_id"),
                              foreign_keys=[("finding_id", "findings", "id")])
    db["row_findings"].insert_all(relevant)
    # How many findings each dimension holds: a profile and a dimension page say "5 of 1,204"
    # without counting a large report's findings on every visit.
    first_listed = Counter((r["dimension"] or "", r["agreement_rank"]) for r in finding_rows)
    db["finding_counts"].create({"dimension": str, "agreement_rank": int, "findings": int},
                                pk=("dimension", "agreement_rank"))
    db["finding_counts"].insert_all({"dimension": d, "agreement_rank": r, "findings": n}
                                    for (d, r), n in sorted(first_listed.items()))
    tagged = Counter(r["dimension_id"] for r in finding_dimension_rows)
    db["dimension_finding_counts"].create({"dimension_id": str, "findings": int}, pk="dimension_id")
    db["dimension_finding_counts"].insert_all({"dimension_id": d, "findings": n} for d, n in sorted(tagged.items()))
    db["footnotes"].create({"number": int, "paragraph_id": str, "text": str, "note": str},
                           pk="number", foreign_keys=[("paragraph_id", "paragraphs", "id")])
    db["recommendations"].create({"id": str, "paragraph_id": str, "kind": str, "text": str,
                                  "by_people": str, "note": str},
                                 pk="id", foreign_keys=[("paragraph_id", "paragraphs", "id")])
    db["footnotes"].insert_all(
        [{"number": f["number"], "paragraph_id": paragraph_id(f["paragraph"]), "text": f["text"],
          "note": f.get("note")}
         for f in sorted(data.get("report/footnotes.yaml", []), key=lambda f: f["number"])],
        pk="number", foreign_keys=[("paragraph_id", "paragraphs", "id")],
    )
    db["recommendations"].insert_all(
        [{"id": r["id"], "paragraph_id": paragraph_id(r["paragraph"]), "kind": r["kind"],
          "text": r["text"], "by_people": _json(r.get("by", [])), "note": r.get("note")}
         for r in data.get("report/recommendations.yaml", [])],
        pk="id", foreign_keys=[("paragraph_id", "paragraphs", "id")],
    )


def _write_search_index(db: sqlite_utils.Database, data: SourceData) -> None:
    """One FTS5 table over process and paragraph text, so hits of both kinds rank together."""
    docs = []
    names = {c.alpha_3: country_name(c) for c in pycountry.countries}
    for process_id in sorted(data.processes):
        _, doc = data.processes[process_id]
        titles = [doc["acronym"], _fact_text(doc["names"]["en"]), *doc.get("other_names", [])]
        body = [_fact_text(doc["names"].get(lang, {})) for lang in ("fr", "es")]
        for name in FACT_FIELDS:
            fact = doc.get(name, {})
            if name in ("members", "observers"):
                body.append(" ".join(names.get(code, code) for code in fact.get("value") or []))
            else:
                body.append(_fact_text(fact))
            body.append(fact.get("event", "") or "")
        body += [_fact_text(fact) for _, fact in sorted(doc["dimensions"].items())]
        docs.append({"kind": "process", "ref_id": process_id, "title": " · ".join(t for t in titles if t),
                     "body": "\n".join(b for b in body if b)})
    for paragraph in sorted(data.get("report/paragraphs.yaml", []), key=lambda p: p["number"]):
        docs.append({"kind": "paragraph", "ref_id": paragraph_id(paragraph["number"]),
                     "title": paragraph.get("heading") or "", "body": paragraph["text"].strip()})
    db["search_docs"].insert_all(
        [d | {"id": i} for i, d in enumerate(docs, start=1)], pk="id",
    )
    # sqlite-utils' enable_fts cannot set FTS5's prefix index or rank, so the table is made here.
    db.execute(
        "CREATE VIRTUAL TABLE search_docs_fts USING fts5(title, body, content='search_docs', "
        "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2', prefix='2 3')"
    )
    db.execute("INSERT INTO search_docs_fts(search_docs_fts) VALUES('rebuild')")
    # Titles (process names, headings) weigh four times the body; ORDER BY rank then uses it.
    db.execute("INSERT INTO search_docs_fts(search_docs_fts, rank) VALUES('rank', 'bm25(4.0, 1.0)')")
    db.execute("INSERT INTO search_docs_fts(search_docs_fts) VALUES('optimize')")


def validate(data_dir: Path) -> tuple[SourceData, dict[str, dict[str, Any]]]:
    """Load and check data/; raises BuildError listing every problem."""
    data, errors = load(data_dir)
    if errors:
        raise BuildError(errors)
    sources, errors = check(data)
    if errors:
        raise BuildError(errors)
    for process_id, (file, doc) in list(data.processes.items()):
        data.processes[process_id] = (file, with_derived_lists(doc))  # members, observers: current
    return data, sources


def build(data_dir: Path, out: Path) -> SourceData:
    """Validate data_dir and write the database to out atomically (temp file, then rename)."""
    data, sources = validate(data_dir)
    write_database(data, sources, out)
    return data


def write_database(data: SourceData, sources: dict[str, dict[str, Any]], out: Path) -> None:
    """Write checked data to out atomically: a temp file beside it, compacted, then renamed."""
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".rcpdesk-build-", suffix=".db", dir=out.parent)
    os.close(handle)
    compact = Path(temp_name + ".compact")
    try:
        Path(temp_name).unlink()
        conn = sqlite3.connect(temp_name, isolation_level=None)
        db = sqlite_utils.Database(conn)
        db.execute("PRAGMA foreign_keys = ON")
        with db.conn:
            _write(db, data, sources)
        violations = db.execute("PRAGMA foreign_key_check").fetchall()
        if violations:
            raise RuntimeError(f"foreign key violations: {violations[:5]}")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION:d}")
        # VACUUM INTO gives a compact file whose bytes depend only on the content.
        db.execute("VACUUM INTO ?", [str(compact)])
        conn.close()
        os.replace(compact, out)
    finally:
        for leftover in (Path(temp_name), compact):
            leftover.unlink(missing_ok=True)
