"""Which of the report's findings bear on which comparison row (data/report/relevance.yaml):
reading the references and checking them, and the editor's glosses, against the paragraphs."""

from __future__ import annotations

import re
from typing import Any

from rcpdesk.catalog.errors import DataError
from rcpdesk.catalog.model import paragraph_id
from rcpdesk.catalog.rows import FACT_ROW_IDS

FILE = "report/relevance.yaml"
_REF = re.compile(r"^p(\d+)/f(\d+)$")
_BRACKETED = re.compile(r"\[[^\[\]]+\]")
# Words a gloss may drop from the finding it glosses ("this", "such", "in this context").
MAX_DROPPED_CHARS = 40


def finding_id(ref: str) -> str:
    """p20/f2 -> report-2005/p20/f2, the finding's stable id."""
    match = _REF.match(ref)
    if match is None:
        raise ValueError(f"not a finding reference: {ref}")
    return f"{paragraph_id(int(match.group(1)))}/f{int(match.group(2))}"


def _finding_texts(data: Any) -> dict[str, str]:
    texts = {}
    for paragraph in data.get("report/paragraphs.yaml", []):
        for index, finding in enumerate(paragraph.get("findings", []), start=1):
            texts[f"p{paragraph['number']}/f{index}"] = finding["text"]
    return texts


def gloss_problem(finding: str, glossed: str) -> str | None:
    """Why a glossed text is not the finding with the editor's words in brackets (None: it is).

    Outside the brackets the gloss keeps the finding's own words in their order; it may drop a
    few ("this", "such") that the bracketed words stand for, never the finding's substance.
    """
    if not _BRACKETED.search(glossed):
        return "a gloss needs the editor's words in [square brackets]"
    if "[" in finding or "]" in finding:
        return "the finding's own text has square brackets: a gloss would be ambiguous"
    pieces = [p.strip() for p in _BRACKETED.split(glossed)]
    position, dropped = 0, 0
    for piece in pieces:
        if not piece:
            continue
        found = finding.find(piece, position)
        if found < 0:
            return f"'{piece}' is not the finding's own wording (outside the brackets, keep it verbatim)"
        dropped += len(finding[position:found].strip())
        position = found + len(piece)
    tail = finding[position:].strip()
    if tail and not glossed.rstrip().endswith("]"):
        return f"the gloss cuts the finding short (it leaves out '{tail}')"
    dropped += len(tail)
    if dropped > MAX_DROPPED_CHARS:
        return f"the gloss leaves out {dropped} characters of the finding (at most {MAX_DROPPED_CHARS})"
    return None


def check(data: Any, dimensions: set[str], errors: list[DataError]) -> None:
    """Row ids, finding references, their opening words and the glosses of relevance.yaml."""
    doc = data.get(FILE)
    if not doc:
        return
    texts = _finding_texts(data)
    rows = set(FACT_ROW_IDS) | dimensions
    for row_id, entries in doc["rows"].items():
        if row_id not in rows:
            errors.append(DataError(FILE, f"rows.{row_id}", f"unknown comparison row '{row_id}' "
                                    "(a dimension id, or one of " + ", ".join(FACT_ROW_IDS) + ")"))
        seen: set[str] = set()
        for index, entry in enumerate(entries):
            where = f"rows.{row_id}[{index}]"
            ref = entry["finding"]
            if ref in seen:
                errors.append(DataError(FILE, where, f"finding {ref} listed twice for this row"))
            seen.add(ref)
            text = texts.get(ref)
            if text is None:
                errors.append(DataError(FILE, f"{where}.finding", f"unknown finding '{ref}'"))
            elif not text.startswith(entry["starts"]):
                errors.append(DataError(FILE, f"{where}.starts",
                                        f"finding {ref} does not start with these words: it reads "
                                        f"'{text[:60]}…'"))
    glossed: set[str] = set()
    for index, gloss in enumerate(doc.get("glosses", [])):
        where = f"glosses[{index}]"
        ref = gloss["finding"]
        if ref in glossed:
            errors.append(DataError(FILE, f"{where}.finding", f"finding {ref} glossed twice"))
        glossed.add(ref)
        text = texts.get(ref)
        if text is None:
            errors.append(DataError(FILE, f"{where}.finding", f"unknown finding '{ref}'"))
            continue
        problem = gloss_problem(text, gloss["text"])
        if problem:
            errors.append(DataError(FILE, f"{where}.text", problem))


def rows_and_glosses(data: Any) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """(row_id, finding_id, ord) rows and glossed texts by finding id, for the build."""
    doc = data.get(FILE) or {"rows": {}}
    rows = [{"row_id": row_id, "finding_id": finding_id(entry["finding"]), "ord": index}
            for row_id, entries in sorted(doc["rows"].items()) for index, entry in enumerate(entries)]
    glosses = {finding_id(g["finding"]): g["text"] for g in doc.get("glosses", [])}
    return rows, glosses
