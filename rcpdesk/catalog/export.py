"""The whole catalog as plain data: the JSON export (a contract other tools rely on) and CSV tables."""

from __future__ import annotations

import csv
import json
import sqlite3
from dataclasses import asdict
from pathlib import Path
from typing import Any

from rcpdesk.catalog import model as m
from rcpdesk.catalog.store import Catalog

EXPORT_FORMAT_VERSION = 1


def _source(source: m.Source) -> dict[str, Any]:
    return asdict(source)


def _fact(fact: m.Fact) -> dict[str, Any]:
    value = list(fact.value) if isinstance(fact.value, tuple) else fact.value
    data: dict[str, Any] = {"status": fact.status, "value": value, "as_of": fact.as_of,
                            "sources": [s.id for s in fact.sources]}
    for key in ("event", "note", "shown_first_because"):
        if getattr(fact, key):
            data[key] = getattr(fact, key)
    if fact.alternatives:
        data["alternatives"] = [_fact(alt) for alt in fact.alternatives]
    return data


def _process(catalog: Catalog, summary: m.ProcessSummary) -> dict[str, Any]:
    profile = catalog.process(summary.id)
    history = catalog.process_history(summary.id)

    def value(name: str) -> Any:
        fact = profile.fact(name)
        return list(fact.value) if isinstance(fact.value, tuple) else fact.value

    return {
        "id": summary.id,
        "name": summary.names.en,
        "names": {"en": summary.names.en, "fr": summary.names.fr, "es": summary.names.es},
        "acronym": summary.acronym,
        "other_names": list(profile.other_names),
        "region": summary.region_id,
        "type": summary.type,
        "type_in_report": history.type_in_report,
        "status": summary.status,
        "status_since": history.status_since,
        "predecessor": history.predecessor,
        "successor": history.successor,
        "established": summary.established,
        "secretariat": value("secretariat"),
        "chair": value("chair"),
        "members": [c.code for c in profile.members],
        "observers": [c.code for c in profile.observers],
        # dated entries: years as integers, null where not known; until null and "still": true
        # while it holds
        "membership": [{"country": e.country, "role": e.role, "from": e.start, "until": e.end, "still": e.still,
                        "as_of": e.as_of, "sources": list(e.sources)} for e in catalog.membership_history(summary.id)],
        "attended_2005": summary.attended_2005,
        "name_in_report": profile.name_in_report,
        "website": value("website"),
        "facts": {name: _fact(fact) for name, fact in sorted(profile.facts.items())},
        "dimensions": {d: _fact(f) for d, f in sorted(profile.dimension_values.items())},
        "named_in_paragraphs": list(profile.named_in),
        "sources": [_source(s) for s in profile.sources],
    }


def _paragraph(paragraph: m.Paragraph) -> dict[str, Any]:
    return {
        "id": paragraph.id,
        "number": paragraph.number,
        "citation": paragraph.citation,
        "section": paragraph.section_id,
        "heading": paragraph.heading,
        "question": paragraph.question.id if paragraph.question else None,
        "text": paragraph.text,
        "agreement": paragraph.agreement,
        "speakers": [p.id for p in paragraph.speakers],
        "dimensions": list(paragraph.dimensions),
        "processes": list(paragraph.processes),
        "organizations": list(paragraph.organizations),
        "footnotes": [f.number for f in paragraph.footnotes],
        "findings": [{"id": f.id, "text": f.text, "agreement": f.agreement,
                      "dimensions": list(f.dimensions)} for f in paragraph.findings],
    }


def catalog_dict(catalog: Catalog) -> dict[str, Any]:
    """Everything the catalog holds, as JSON-ready data."""
    edition = catalog.edition
    return {
        "format_version": EXPORT_FORMAT_VERSION,
        "edition": {"date": edition.date, "title": edition.title,
                    "content_hash": edition.content_hash, "schema_version": edition.schema_version},
        "report": {"id": m.REPORT_ID, "citation": m.REPORT_FULL_CITATION},
        "regions": [{"id": r.id, "name": r.names.en, "names": r.names._asdict(),
                     "name_in_report": r.name_in_report, "processes": [p.id for p in r.processes]}
                    for r in catalog.regions()],
        "coverage_gaps": [{"id": g.id, "name": g.names.en, "paragraphs": list(g.paragraphs)}
                          for g in catalog.coverage_gaps()],
        "dimensions": [{"id": d.id, "name": d.names.en, "names": d.names._asdict(),
                        "description": d.description,
                        "descriptions": d.descriptions._asdict() if d.descriptions else {"en": d.description},
                        "findings": [f.id for f in catalog.findings_for_dimension(d.id)]}
                       for d in catalog.dimensions()],
        "processes": [_process(catalog, p) for p in sorted(catalog.processes(), key=lambda p: p.id)],
        "sections": [s._asdict() for s in catalog.sections()],
        "questions": [asdict(q) for q in catalog.questions()],
        "paragraphs": [_paragraph(p) for p in catalog.paragraphs()],
        "recommendations": [asdict(r) for r in catalog.recommendations()],
        "people": [asdict(p) for p in catalog.people()],
        "organizations": [asdict(o) for o in catalog.organizations()],
    }


def write_json(catalog: Catalog, out: Any) -> None:
    json.dump(catalog_dict(catalog), out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_csv(catalog: Catalog, out_dir: Path) -> list[Path]:
    """One CSV per database table (the FTS index excepted), UTF-8 with a header row."""
    out_dir.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(f"{catalog.path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    written = []
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_docs_fts%' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for table in tables:
            cursor = conn.execute(f'SELECT * FROM "{table}" ORDER BY 1')
            path = out_dir / f"{table}.csv"
            with path.open("w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow([c[0] for c in cursor.description])
                writer.writerows(cursor)
            written.append(path)
    finally:
        conn.close()
    return written
