"""The notes database schema, one sqlite-utils migration per version; never edit a released step."""

from __future__ import annotations

import json
import re

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from rcpdesk.notes.versions import MIGRATION_SET, SCHEMA_VERSION, STEPS  # noqa: F401 (re-exported)

MIGRATIONS = Migrations(MIGRATION_SET)

DEFAULT_COLOURS = (
    # key, name, hex: the three the issue names, in the order the UI shows them
    ("our-position", "our position", "#2e7d32"),
    ("concern", "concern", "#c62828"),
    ("follow-up", "follow-up", "#f9a825"),
)
UNKNOWN_COLOUR_HEX = "#757575"


@MIGRATIONS(name=STEPS[0])
def m001_notes(db: Database) -> None:
    """v1 (first release): one table; colour as a free name, tags comma-separated, a deleted flag."""
    db.execute("""
        CREATE TABLE notes (
            id TEXT PRIMARY KEY,
            target_kind TEXT NOT NULL,
            target_id TEXT NOT NULL,
            quote_exact TEXT,
            quote_prefix TEXT NOT NULL DEFAULT '',
            quote_suffix TEXT NOT NULL DEFAULT '',
            start_offset INTEGER,
            end_offset INTEGER,
            body TEXT NOT NULL DEFAULT '',
            body_format TEXT NOT NULL DEFAULT 'text',
            colour TEXT,
            tags TEXT NOT NULL DEFAULT '',
            author TEXT,
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0
        )""")
    db.execute("CREATE INDEX notes_target ON notes (target_kind, target_id)")
    db.execute("PRAGMA user_version = 1")


@MIGRATIONS(name=STEPS[1])
def m002_colours_tags_trash(db: Database) -> None:
    """v2: renameable colours in their own table, a tag table, trash with the time of deletion."""
    db.execute("""
        CREATE TABLE colours (
            key TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            hex TEXT NOT NULL,
            position INTEGER NOT NULL
        )""")
    for position, (key, name, hex_value) in enumerate(DEFAULT_COLOURS):
        db.execute("INSERT INTO colours (key, name, hex, position) VALUES (?, ?, ?, ?)",
                   [key, name, hex_value, position])
    db.execute("""
        CREATE TABLE note_tags (
            note_id TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
            tag TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY (note_id, tag)
        ) WITHOUT ROWID""")
    db.execute("CREATE INDEX note_tags_tag ON note_tags (tag)")
    db.execute("ALTER TABLE notes ADD COLUMN colour_key TEXT "
               "REFERENCES colours (key) ON UPDATE CASCADE ON DELETE SET NULL")
    db.execute("ALTER TABLE notes ADD COLUMN deleted_at TEXT")

    # A v1 colour was free text: match it to a colour by name or key, else keep it as a new colour.
    known = {row[1].casefold(): row[0] for row in db.execute("SELECT key, name FROM colours")}
    known.update({key: key for key in list(known.values())})
    position = len(DEFAULT_COLOURS)
    rows = db.execute("SELECT id, colour, tags, deleted, modified FROM notes").fetchall()
    for note_id, colour, tags, deleted, modified in rows:
        colour_key = None
        if colour and colour.strip():
            colour_key = known.get(colour.strip().casefold())
            if colour_key is None:
                colour_key = _unused_key(db, colour)
                db.execute("INSERT INTO colours (key, name, hex, position) VALUES (?, ?, ?, ?)",
                           [colour_key, colour.strip(), UNKNOWN_COLOUR_HEX, position])
                position += 1
                known[colour.strip().casefold()] = colour_key
        seen: set[str] = set()
        for tag in (tags or "").split(","):
            tag = " ".join(tag.split())
            if tag and tag.casefold() not in seen:
                seen.add(tag.casefold())
                db.execute("INSERT INTO note_tags (note_id, tag) VALUES (?, ?)", [note_id, tag])
        db.execute("UPDATE notes SET colour_key = ?, deleted_at = ? WHERE id = ?",
                   [colour_key, modified if deleted else None, note_id])
    for column in ("colour", "tags", "deleted"):
        db.execute(f"ALTER TABLE notes DROP COLUMN {column}")
    db.execute("CREATE INDEX notes_deleted ON notes (deleted_at)")
    db.execute("PRAGMA user_version = 2")


@MIGRATIONS(name=STEPS[2])
def m003_tombstones_review_history(db: Database) -> None:
    """v3: tombstones for sharing deletions; orphaned and conflict flags; version history."""
    db.execute("""
        CREATE TABLE tombstones (
            id TEXT PRIMARY KEY,
            deleted_at TEXT NOT NULL,
            version TEXT
        )""")
    db.execute("ALTER TABLE notes ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE notes ADD COLUMN conflict_of TEXT")
    db.execute("ALTER TABLE notes ADD COLUMN history TEXT NOT NULL DEFAULT '[]'")
    db.execute("CREATE INDEX notes_conflict_of ON notes (conflict_of)")
    db.execute("CREATE INDEX notes_modified ON notes (modified)")
    # Earlier versions of a v2 note are unknown: its history starts empty.
    db.execute("UPDATE notes SET history = ?", [json.dumps([])])
    db.execute("PRAGMA user_version = 3")


def _unused_key(db: Database, name: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "colour"
    key, n = base, 2
    while db.execute("SELECT 1 FROM colours WHERE key = ?", [key]).fetchone():
        key, n = f"{base}-{n}", n + 1
    return key
