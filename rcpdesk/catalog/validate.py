"""Cross-reference checks over the loaded source data: ids, countries, paragraphs, sources."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pycountry

from rcpdesk.catalog import relevance
from rcpdesk.catalog.errors import DataError
from rcpdesk.catalog.sourcedata import SourceData

REPORT_PARAGRAPHS = 49
FACT_FIELDS = (
    "established", "secretariat", "chair", "meeting_levels", "members", "observers",
    "member_organizations", "partners", "themes", "website",
)
COUNTRY_FIELDS = ("members", "observers")


def iso_codes() -> set[str]:
    return {country.alpha_3 for country in pycountry.countries}


def _duplicates(items: list[dict[str, Any]], key: str) -> list[tuple[int, Any]]:
    counts = Counter(item[key] for item in items)
    seen: set[Any] = set()
    found = []
    for index, item in enumerate(items):
        if counts[item[key]] > 1:
            if item[key] in seen:
                found.append((index, item[key]))
            seen.add(item[key])
    return found


def collect_sources(data: SourceData, errors: list[DataError]) -> dict[str, dict[str, Any]]:
    """Every source by id, from sources.yaml and the process files; conflicting twins are errors."""
    sources: dict[str, dict[str, Any]] = {}
    origin: dict[str, str] = {}
    entries = [("sources.yaml", i, s) for i, s in enumerate(data.get("sources.yaml", []))]
    for file, doc in data.processes.values():
        entries += [(file, i, s) for i, s in enumerate(doc.get("sources", []))]
    for file, index, source in entries:
        normal = {k: source.get(k) for k in ("id", "title", "publisher", "url", "accessed", "note")}
        previous = sources.get(source["id"])
        if previous is None:
            sources[source["id"]] = normal
            origin[source["id"]] = file
        elif previous != normal:
            errors.append(DataError(
                file, f"sources[{index}].id",
                f"duplicate id '{source['id']}' defined differently in {origin[source['id']]}",
            ))
    return sources


def _check_fact(file: str, field: str, fact: dict[str, Any], sources: dict[str, Any],
                errors: list[DataError]) -> None:
    if fact.get("status") == "unknown":
        return
    variants = [(field, fact)] + [
        (f"{field}.alternatives[{i}]", alt) for i, alt in enumerate(fact.get("alternatives", []))
    ]
    for where, variant in variants:
        cited = variant.get("sources", [])
        if not cited and variant.get("status") != "unverified":
            errors.append(DataError(
                file, where,
                "fact without a source (cite one, or mark it status: unverified)",
            ))
        for source_id in cited:
            if source_id not in sources:
                errors.append(DataError(file, f"{where}.sources", f"unknown source '{source_id}'"))
        if cited and "as_of" not in variant:
            errors.append(DataError(file, where, "sourced fact without an as_of date"))
    if fact.get("alternatives") and "shown_first_because" not in fact:
        errors.append(DataError(file, field, "alternatives given without shown_first_because"))


def _check_processes(data: SourceData, sources: dict[str, Any], regions: set[str],
                     dimensions: set[str], countries: set[str], errors: list[DataError]) -> None:
    for file, doc in data.processes.values():
        if doc["region"] not in regions:
            errors.append(DataError(file, "region", f"unknown region '{doc['region']}'"))
        for lang, fact in doc["names"].items():
            _check_fact(file, f"names.{lang}", fact, sources, errors)
        for field in FACT_FIELDS:
            if field in doc:
                _check_fact(file, field, doc[field], sources, errors)
        _check_membership(file, doc, sources, countries, set(data.processes), errors)
        for field in COUNTRY_FIELDS:
            fact = doc.get(field) or {}
            for variant_field, variant in [(field, fact)] + [
                (f"{field}.alternatives[{i}]", alt)
                for i, alt in enumerate(fact.get("alternatives", []))
            ]:
                codes = variant.get("value") or []
                for index, code in enumerate(codes):
                    if code not in countries:
                        errors.append(DataError(
                            file, f"{variant_field}.value[{index}]",
                            f"unknown country code '{code}' (not ISO 3166-1 alpha-3)",
                        ))
                for code, count in Counter(codes).items():
                    if count > 1:
                        errors.append(DataError(file, variant_field, f"country '{code}' listed twice"))
        for dimension, fact in doc["dimensions"].items():
            if dimension not in dimensions:
                errors.append(DataError(file, f"dimensions.{dimension}", f"unknown dimension '{dimension}'"))
            _check_fact(file, f"dimensions.{dimension}", fact, sources, errors)
        for dimension in sorted(dimensions - set(doc["dimensions"])):
            errors.append(DataError(
                file, f"dimensions.{dimension}",
                "missing (give a value, or {status: unknown})",
            ))
        if doc["attended_2005"] and not doc.get("name_in_report"):
            errors.append(DataError(file, "name_in_report", "required when attended_2005 is true"))


def _check_membership(file: str, doc: dict[str, Any], sources: dict[str, Any], countries: set[str],
                      processes: set[str], errors: list[DataError]) -> None:
    """Membership entries: known countries and sources, a start before the end, one role per
    country and span; predecessor and successor name processes that name this one back."""
    for index, group in enumerate(doc.get("membership", [])):
        where = f"membership[{index}]"
        for code in group["countries"]:
            if code not in countries:
                errors.append(DataError(file, f"{where}.countries", f"unknown country code '{code}' (not ISO 3166-1 alpha-3)"))
        for code, count in Counter(group["countries"]).items():
            if count > 1:
                errors.append(DataError(file, f"{where}.countries", f"country '{code}' listed twice"))
        for source_id in group["sources"]:
            if source_id not in sources:
                errors.append(DataError(file, f"{where}.sources", f"unknown source '{source_id}'"))
        start, until = group["from"], group["until"]
        if isinstance(start, int) and isinstance(until, int) and until < start:
            errors.append(DataError(file, f"{where}.until", f"ends ({until}) before it starts ({start})"))
    for key, back in (("predecessor", "successor"), ("successor", "predecessor")):
        other = doc.get(key)
        if other is None:
            continue
        if other not in processes:
            errors.append(DataError(file, key, f"unknown process '{other}'"))


def _check_ids(file: str, items: list[dict[str, Any]], key: str, errors: list[DataError]) -> set[Any]:
    for index, value in _duplicates(items, key):
        errors.append(DataError(file, f"[{index}].{key}", f"duplicate id '{value}'"))
    return {item[key] for item in items}


def _check_range(file: str, where: str, number: int | None, errors: list[DataError],
                 last: int = REPORT_PARAGRAPHS) -> None:
    if number is not None and not 1 <= number <= last:
        errors.append(DataError(file, where, f"paragraph {number} out of range (the report has ¶1–¶{last})"))


def report_length(data: SourceData) -> int:
    """The report's last paragraph number: where its last section ends (¶49 for the 2005 report)."""
    ends = [s["paragraphs"][1] for s in data.get("report/sections.yaml", [])]
    return max(ends, default=REPORT_PARAGRAPHS)


def _check_report(data: SourceData, ids: dict[str, set[Any]], errors: list[DataError]) -> None:
    last = report_length(data)

    def _in_report(file: str, where: str, number: int | None, errors: list[DataError]) -> None:
        _check_range(file, where, number, errors, last)

    sections = data.get("report/sections.yaml", [])
    for index, section in enumerate(sections):
        first, end = section["paragraphs"]
        if first > end:
            errors.append(DataError("report/sections.yaml", f"[{index}].paragraphs",
                                    f"first paragraph {first} after last {end}"))
    for index, question in enumerate(data.get("report/questions.yaml", [])):
        _in_report("report/questions.yaml", f"[{index}].paragraph", question.get("paragraph"), errors)
        if question.get("section") and question["section"] not in ids["sections"]:
            errors.append(DataError("report/questions.yaml", f"[{index}].section",
                                    f"unknown section '{question['section']}'"))
    paragraphs = data.get("report/paragraphs.yaml", [])
    file = "report/paragraphs.yaml"
    for index, number in _duplicates(paragraphs, "number"):
        errors.append(DataError(file, f"[{index}].number", f"duplicate paragraph {number}"))
    footnotes = {f["number"] for f in data.get("report/footnotes.yaml", [])}
    refs = (
        ("speakers", "people", "person"),
        ("dimensions", "dimensions", "dimension"),
        ("processes", "processes", "process"),
        ("organizations", "organizations", "organization"),
    )
    for index, paragraph in enumerate(paragraphs):
        _in_report(file, f"[{index}].number", paragraph["number"], errors)
        if paragraph["section"] not in ids["sections"]:
            errors.append(DataError(file, f"[{index}].section", f"unknown section '{paragraph['section']}'"))
        question = paragraph.get("question")
        if question and question not in ids["questions"]:
            errors.append(DataError(file, f"[{index}].question", f"unknown question '{question}'"))
        for key, id_set, noun in refs:
            for ref in paragraph.get(key, []):
                if ref not in ids[id_set]:
                    errors.append(DataError(file, f"[{index}].{key}", f"unknown {noun} '{ref}'"))
        for ref in paragraph.get("footnotes", []):
            if ref not in footnotes:
                errors.append(DataError(file, f"[{index}].footnotes", f"unknown footnote {ref}"))
        for f_index, finding in enumerate(paragraph.get("findings", [])):
            where = f"[{index}].findings[{f_index}]"
            if finding["text"] not in paragraph["text"]:
                errors.append(DataError(file, f"{where}.text", "not found verbatim in the paragraph text"))
            for ref in finding["dimensions"]:
                if ref not in ids["dimensions"]:
                    errors.append(DataError(file, f"{where}.dimensions", f"unknown dimension '{ref}'"))
    for index, footnote in enumerate(data.get("report/footnotes.yaml", [])):
        _in_report("report/footnotes.yaml", f"[{index}].paragraph", footnote["paragraph"], errors)
    for index, item in enumerate(data.get("report/recommendations.yaml", [])):
        _in_report("report/recommendations.yaml", f"[{index}].paragraph", item["paragraph"], errors)
        for ref in item.get("by", []):
            if ref not in ids["people"]:
                errors.append(DataError("report/recommendations.yaml", f"[{index}].by", f"unknown person '{ref}'"))
    for index, gap in enumerate(data.get("regions.yaml", {}).get("coverage_gaps", [])):
        for number in gap["paragraphs"]:
            _in_report("regions.yaml", f"coverage_gaps[{index}].paragraphs", number, errors)
    for index, person in enumerate(data.get("people.yaml", [])):
        if person.get("affiliation") and person["affiliation"] not in ids["organizations"]:
            errors.append(DataError("people.yaml", f"[{index}].affiliation",
                                    f"unknown organization '{person['affiliation']}'"))


def _check_country_groups(data: SourceData, countries: set[str], errors: list[DataError]) -> None:
    """Country groups: unique ids, every code a country the catalog knows, none listed twice."""
    file = "country_groups.yaml"
    groups = data.get(file, [])
    _check_ids(file, groups, "id", errors)
    for index, group in enumerate(groups):
        where = f"[{index}].countries"
        for code in group["countries"]:
            if code not in countries:
                errors.append(DataError(file, where,
                                        f"unknown country code '{code}' (not ISO 3166-1 alpha-3)"))
        for code, count in Counter(group["countries"]).items():
            if count > 1:
                errors.append(DataError(file, where, f"country '{code}' listed twice"))


def check(data: SourceData) -> tuple[dict[str, dict[str, Any]], list[DataError]]:
    """Every cross-reference error in the data, and the merged sources."""
    errors: list[DataError] = []
    sources = collect_sources(data, errors)
    regions_doc = data.get("regions.yaml", {"regions": [], "coverage_gaps": []})
    ids = {
        "regions": _check_ids("regions.yaml", regions_doc["regions"], "id", errors),
        "dimensions": _check_ids("dimensions.yaml", data.get("dimensions.yaml", []), "id", errors),
        "people": _check_ids("people.yaml", data.get("people.yaml", []), "id", errors),
        "organizations": _check_ids("organizations.yaml", data.get("organizations.yaml", []), "id", errors),
        "sections": _check_ids("report/sections.yaml", data.get("report/sections.yaml", []), "id", errors),
        "questions": _check_ids("report/questions.yaml", data.get("report/questions.yaml", []), "id", errors),
        "processes": set(data.processes),
    }
    _check_ids("report/recommendations.yaml", data.get("report/recommendations.yaml", []), "id", errors)
    _check_ids("report/footnotes.yaml", data.get("report/footnotes.yaml", []), "number", errors)
    countries = iso_codes() | {c["code"] for c in data.get("countries.yaml", [])}
    _check_processes(data, sources, ids["regions"], ids["dimensions"], countries, errors)
    _check_country_groups(data, countries, errors)
    _check_report(data, ids, errors)
    relevance.check(data, ids["dimensions"], errors)
    return sources, errors
