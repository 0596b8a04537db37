"""A new data edition re-anchors the delegate's notes once when the profile opens; none is dropped."""

from __future__ import annotations

import shutil
from pathlib import Path

from rcpdesk.catalog import Catalog
from rcpdesk.catalog.build import build
from rcpdesk.notes import Target
from rcpdesk.services import create_services

FIXTURE_DATA = Path(__file__).resolve().parent / "fixtures" / "data"
MOVED = "few RCPs benefited from a predictable self-financing mechanism"
GONE = "dialogue builds trust"


def _passage(catalog: Catalog, number: int, quote: str) -> Target:
    text = catalog.paragraph(number).text
    start = text.index(quote)
    return Target.passage(f"report-2005/p{number}", text, start, start + len(quote))


def test_new_edition_moves_and_flags_notes_once(tmp_path: Path, fixture_db: Path) -> None:
    profile = tmp_path / "profile"
    first = create_services(profile, database=fixture_db)
    old = first.catalog
    moved = first.notes.add(_passage(old, 3, MOVED), "Ask who pays")
    gone = first.notes.add(_passage(old, 2, GONE), "Quote this")
    kept = first.notes.add(Target.process("test-process"), "Whole process")
    first.close()

    data = tmp_path / "data"  # the next edition: ¶3 gains a sentence before the quote, ¶2 is reworded
    shutil.copytree(FIXTURE_DATA, data)
    paragraphs = data / "report" / "paragraphs.yaml"
    text = paragraphs.read_text(encoding="utf-8")
    text = text.replace('text: "There were also striking', 'text: "Funding came up often. There were also striking')
    text = text.replace("dialogue builds trust between", "dialogue helps countries of")
    text = text.replace('{text: "dialogue builds trust", agreement', '{text: "dialogue helps countries", agreement')
    paragraphs.write_text(text, encoding="utf-8")
    new_db = tmp_path / "new.db"
    build(data, new_db)

    second = create_services(profile, database=new_db)
    report = second.reanchored
    assert report.moved == (moved.id,)
    assert report.orphaned == (gone.id,)
    assert kept.id in report.unchanged
    notes = {n.id: n for n in second.notes.list_notes()}
    assert len(notes) == 3  # a note is never dropped
    new_text = second.catalog.paragraph(3).text
    target = notes[moved.id].target
    assert new_text[target.start:target.end] == MOVED
    assert notes[gone.id].orphaned and [n.id for n in second.notes.needs_review()] == [gone.id]
    second.close()

    third = create_services(profile, database=new_db)
    assert third.reanchored is None  # once per edition, not on every start
    third.close()
