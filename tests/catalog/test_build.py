"""The database build: from fixtures, byte-identical rebuilds, atomic writes, metadata."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from rcpdesk.catalog import BuildError
from rcpdesk.catalog.build import SCHEMA_VERSION, build
from rcpdesk.catalog.sourcedata import content_hash

FIXTURE_DATA = Path(__file__).resolve().parents[1] / "fixtures" / "data"


def test_build_writes_tables_fts_and_metadata(tmp_path: Path) -> None:
    out = tmp_path / "out.db"
    build(FIXTURE_DATA, out)
    conn = sqlite3.connect(out)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"processes", "facts", "fact_sources", "memberships", "paragraphs", "findings",
            "dimensions", "regions", "sources", "search_docs_fts", "meta"} <= tables
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    assert meta["edition_date"] == "2026-11-26"
    assert meta["content_hash"] == content_hash(FIXTURE_DATA)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    fts_sql = conn.execute("SELECT sql FROM sqlite_master WHERE name='search_docs_fts'").fetchone()[0]
    assert "fts5" in fts_sql.lower()
    fks = conn.execute("PRAGMA foreign_key_list(memberships)").fetchall()
    assert {row[2] for row in fks} == {"processes", "countries", "facts"}
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    members = conn.execute(
        "SELECT country_code FROM memberships WHERE process_id='test-process' AND role='member' "
        "ORDER BY 1").fetchall()
    assert [m[0] for m in members] == ["AUS", "IDN", "LKA"]


def test_same_data_gives_byte_identical_database(tmp_path: Path) -> None:
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    build(FIXTURE_DATA, first)
    build(FIXTURE_DATA, second)
    assert first.read_bytes() == second.read_bytes()


def test_changed_data_changes_the_edition_hash(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    before = content_hash(data)
    path = data / "processes" / "other-process.yaml"
    path.write_text(path.read_text().replace("Dialogue on labour", "Dialogue on all"))
    assert content_hash(data) != before


def test_failed_build_leaves_previous_database_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out.db"
    build(FIXTURE_DATA, out)
    good = out.read_bytes()
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    path = data / "processes" / "other-process.yaml"
    path.write_text(path.read_text().replace("[IDN, FRA]", "[IDN, ZZZ]"))
    with pytest.raises(BuildError):
        build(data, out)
    assert out.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "out.db"]  # no temp files left
