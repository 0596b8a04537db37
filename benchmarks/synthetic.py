"""Synthetic catalogs N times larger than the real one, built with the real build code.

`python benchmarks/synthetic.py --scale 100 --out /tmp/big` writes a data folder (the real
processes copied under new ids, the 49 paragraphs repeated as a longer report) and builds it.
Each copy of a paragraph carries one rare word (`zqN`) so rare-term search has something to find.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import time
from contextlib import closing
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rcpdesk.catalog.build import SCHEMA_VERSION, build, write_database
from rcpdesk.catalog.errors import BuildError
from rcpdesk.catalog.sourcedata import load
from rcpdesk.catalog.validate import check

SECTION_SIZE = 500


def _dump(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        yaml.safe_dump(data, handle, allow_unicode=True, sort_keys=False, width=1000)


def make_data(out: Path, processes: int, paragraphs: int, seed: int = 2005) -> Path:
    """Write a synthetic data folder with about `processes` processes and `paragraphs` paragraphs."""
    rng = random.Random(seed)
    source = ROOT / "data"
    data = out / "data"
    if data.exists():
        shutil.rmtree(data)
    shutil.copytree(source, data, ignore=shutil.ignore_patterns("processes", "report"))
    real_processes = sorted((source / "processes").glob("*.yaml"))
    templates = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in real_processes]
    for index in range(processes):
        doc = dict(templates[index % len(templates)])
        copy = index // len(templates)
        if copy:
            doc["id"] = f"{doc['id']}-{copy}"
            doc["acronym"] = f"{doc['acronym']} {copy}"
            doc["attended_2005"] = False
            doc.pop("name_in_report", None)
        _dump(data / "processes" / f"{doc['id']}.yaml", doc)
    real = yaml.safe_load((source / "report" / "paragraphs.yaml").read_text(encoding="utf-8"))
    sections = [{"id": f"part-{i + 1}", "order": i + 1, "title": f"Part {i + 1}",
                 "paragraphs": [i * SECTION_SIZE + 1, min((i + 1) * SECTION_SIZE, paragraphs)]}
                for i in range((paragraphs + SECTION_SIZE - 1) // SECTION_SIZE)]
    generated = []
    for number in range(1, paragraphs + 1):
        template = real[(number - 1) % len(real)]
        text = template["text"].strip() + f" zq{number}"
        generated.append({
            "number": number, "section": f"part-{(number - 1) // SECTION_SIZE + 1}", "heading": None,
            "question": None, "text": text, "speakers": [], "agreement": template["agreement"],
            "dimensions": template["dimensions"], "processes": [], "organizations": [],
            "footnotes": [],
            "findings": [f for f in template.get("findings", [])][: rng.randint(0, 3)],
        })
    _dump(data / "report" / "sections.yaml", sections)
    _dump(data / "report" / "paragraphs.yaml", generated)
    for name in ("questions", "footnotes", "recommendations"):
        _dump(data / "report" / f"{name}.yaml", [])
    return data


def _current(db: Path) -> bool:
    """A cached catalog is reused only when the build code writes the same schema today."""
    if not db.is_file():
        return False
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def build_synthetic(out: Path, processes: int, paragraphs: int) -> Path:
    """Build (or reuse) a synthetic database from YAML, exactly as `rcpdesk build-db` does."""
    db = out / "rcpdesk.db"
    if _current(db):
        return db
    data = make_data(out, processes, paragraphs)
    build(data, db)
    return db


def build_stress(out: Path, paragraphs: int = 200_000) -> Path:
    """The stress catalog: the real data with its report repeated to `paragraphs` paragraphs.

    Built in memory (no YAML round trip for 200,000 paragraphs), then through the same
    cross-reference checks and database writer as the real build.
    """
    db = out / "rcpdesk.db"
    if _current(db):
        return db
    data, errors = load(ROOT / "data")
    if errors:
        raise BuildError(errors)
    real = data.files["report/paragraphs.yaml"]
    data.files["report/sections.yaml"] = [
        {"id": f"part-{i + 1}", "order": i + 1, "title": f"Part {i + 1}",
         "paragraphs": [i * SECTION_SIZE + 1, min((i + 1) * SECTION_SIZE, paragraphs)]}
        for i in range((paragraphs + SECTION_SIZE - 1) // SECTION_SIZE)]
    data.files["report/paragraphs.yaml"] = [
        dict(real[(n - 1) % len(real)], number=n, section=f"part-{(n - 1) // SECTION_SIZE + 1}",
             question=None, speakers=[], footnotes=[], processes=[],
             text=real[(n - 1) % len(real)]["text"].strip() + f" zq{n}")
        for n in range(1, paragraphs + 1)]
    for name in ("questions", "footnotes", "recommendations"):
        data.files[f"report/{name}.yaml"] = []
    sources, errors = check(data)
    if errors:
        raise BuildError(errors)
    write_database(data, sources, db)
    return db


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--processes", type=int, default=2500)
    parser.add_argument("--paragraphs", type=int, default=5000)
    parser.add_argument("--stress", action="store_true", help="the 200,000-paragraph catalog")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    started = time.perf_counter()
    if args.stress:
        db = build_stress(args.out, args.paragraphs)
    else:
        db = build_synthetic(args.out, args.processes, args.paragraphs)
    print(f"{db}: {db.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
