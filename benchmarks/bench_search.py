"""Search latency: the real catalog, a catalog 100x larger, and a 200,000-paragraph stress catalog.

Floor: the bare FTS5 statement (bm25 rank + snippet, same LIMIT) on the same database, which is
what a hand-written query costs before rcpdesk adds citations, metadata and filters. The window
lists the first FIRST_BATCH hits as soon as they are made, then the rest of its fifty (one
search, streamed from the worker): the budget is on the first, when a delegate sees results.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from harness import ROOT, Figure, repeat, timed

from rcpdesk.catalog import Catalog
from rcpdesk.catalog.search import fts_query
from rcpdesk.ui.panels.search import FIRST_BATCH, LIMIT

SIZES = (FIRST_BATCH, LIMIT - FIRST_BATCH)  # the window's two batches

QUERIES = {
    "rare": {"real": "self-financing", "large": "zq4321", "stress": "zq123457"},
    "common": {"real": "migration", "large": "migration", "stress": "migration"},
    "prefix": {"real": "cooper", "large": "cooper", "stress": "cooper"},
}
BUDGET_MS = {"real": 5.0, "stress-rare": 50.0}


def _floor(db: Path, text: str, limit: int) -> float:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    query = fts_query(text)
    sql = ("SELECT rowid, snippet(search_docs_fts, 1, '[', ']', '…', 24) FROM search_docs_fts "
           "WHERE search_docs_fts MATCH ? ORDER BY rank LIMIT ?")
    return lambda: conn.execute(sql, [query, limit]).fetchall()  # type: ignore[return-value]


def run(catalogs: dict[str, Path], runs: int) -> list[Figure]:
    """Per query: the hits the window lists first (budgeted: that is when the delegate sees
    results), and all fifty."""
    figures = []
    for size, db in catalogs.items():
        catalog = Catalog(db)
        for kind, texts in QUERIES.items():
            text = texts[size]
            first = repeat(timed(lambda c=catalog, t=text: next(c.search_batches(t, SIZES), ())), runs)
            both = repeat(timed(lambda c=catalog, t=text: list(c.search_batches(t, SIZES))), runs)
            budget = BUDGET_MS.get(size) if size == "real" else (
                BUDGET_MS["stress-rare"] if (size, kind) == ("stress", "rare") else None)
            note = ""
            if size == "stress" and kind != "rare":
                note = "runs off the GUI thread in the window (SearchWorker); results arrive when ready"
            figures.append(Figure(f"search {size} {kind} '{text}' (first {FIRST_BATCH} hits)", "ms", first,
                                  repeat(timed(_floor(db, text, FIRST_BATCH)), runs), budget=budget, note=note))
            figures.append(Figure(f"search {size} {kind} '{text}' (all {LIMIT})", "ms", both,
                                  repeat(timed(_floor(db, text, LIMIT)), runs)))
    return figures


if __name__ == "__main__":
    from harness import print_table

    print_table(run({"real": ROOT / "resources" / "rcpdesk.db"}, 20))
