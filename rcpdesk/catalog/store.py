"""Read access to the bundled database: opened read-only, answers in frozen dataclasses."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from rcpdesk.catalog import model as m
from rcpdesk.catalog.agreement import rank
from rcpdesk.catalog.errors import CatalogUnavailable, UnknownIdError
from rcpdesk.catalog.rows import (
    DEFAULT_FACT_ROWS,
    FACT_ROW_IDS,
    FACT_ROWS,
    FACT_ROWS_BY_ID,
    SUMMARY_FIELDS,
)
from rcpdesk.catalog.search import MARK_CLOSE, MARK_OPEN, fts_query, split_snippet

if TYPE_CHECKING:  # the membership records load with the first membership read
    from rcpdesk.catalog.membership import MembershipEntry, ProcessHistory

# Findings whose paragraph names the process (the one parameter).
_NAMING_PARAGRAPHS = "f.paragraph_id IN (SELECT paragraph_id FROM paragraph_processes WHERE process_id = ?)"


T = TypeVar("T")


def _in_order(items: Iterable[T], ids: Iterable[str], kind: str) -> tuple[T, ...]:
    """The items with the given ids, in the order asked (an unknown id raises UnknownIdError)."""
    by_id = {item.id: item for item in items}  # type: ignore[attr-defined]
    result = []
    for ident in ids:
        if ident not in by_id:
            raise UnknownIdError(kind, ident)
        result.append(by_id[ident])
    return tuple(result)


def _names(row: sqlite3.Row) -> m.Names:
    return m.Names(en=row["name_en"], fr=row["name_fr"], es=row["name_es"])


class Catalog:
    """The reference data. Safe to share across threads: each thread gets its own connection."""

    def __init__(self, path: Path, lang: str = "en") -> None:
        self.path = Path(path)
        self.lang = lang
        self._local = threading.local()
        if not self.path.is_file():
            raise CatalogUnavailable(f"bundled database not found: {self.path}")
        self._conn()  # fail early on a file that is not a database

    # -- plumbing -----------------------------------------------------------------------------

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            uri = f"{self.path.resolve().as_uri()}?mode=ro&immutable=1"
            try:
                conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
                conn.row_factory = sqlite3.Row
                conn.execute("SELECT 1 FROM meta LIMIT 1")
            except sqlite3.DatabaseError as exc:
                raise CatalogUnavailable(f"cannot read the bundled database {self.path}: {exc}") from exc
            self._local.conn = conn
        return conn

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        return self._conn().execute(sql, tuple(params)).fetchall()

    def _row(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Row | None:
        return self._conn().execute(sql, tuple(params)).fetchone()

    def _name(self, names: m.Names) -> str:
        return names.get(self.lang)

    def with_language(self, lang: str) -> Catalog:
        """The same data, with names in another language (en, fr, es)."""
        return Catalog(self.path, lang)

    # -- edition ------------------------------------------------------------------------------

    @cached_property
    def edition(self) -> m.Edition:
        meta = {r["key"]: r["value"] for r in self._rows("SELECT key, value FROM meta")}
        return m.Edition(
            date=meta["edition_date"], title=meta["edition_title"],
            content_hash=meta["content_hash"], schema_version=int(meta["schema_version"]),
        )

    # -- sources and facts --------------------------------------------------------------------

    @cached_property
    def _sources(self) -> dict[str, m.Source]:
        return {
            r["id"]: m.Source(r["id"], r["title"], r["publisher"], r["url"], r["accessed"], r["note"])
            for r in self._rows("SELECT * FROM sources ORDER BY id")
        }

    def source(self, source_id: str) -> m.Source:
        try:
            return self._sources[source_id]
        except KeyError:
            raise UnknownIdError("source", source_id) from None

    def _facts(self, process_id: str, fields: Sequence[str] | None = None) -> dict[str, m.Fact]:
        """A process's facts by field (only these fields, when given: a grid column needs one)."""
        only = "" if fields is None else f" AND field IN ({', '.join('?' * len(fields))})"
        rows = self._rows(
            "SELECT f.*, (SELECT json_group_array(source_id) FROM "
            " (SELECT source_id FROM fact_sources s WHERE s.fact_id = f.id ORDER BY ord)) AS cited "
            f"FROM facts f WHERE process_id = ?{only} ORDER BY field, rank",
            [process_id, *(fields or ())],
        )
        grouped: dict[str, list[m.Fact]] = {}
        because: dict[str, str | None] = {}
        for r in rows:
            value = json.loads(r["value"]) if r["value"] is not None else None
            if isinstance(value, list):
                value = tuple(value)
            fact = m.Fact(
                field=r["field"], value=value, status=r["status"], as_of=r["as_of"],
                sources=tuple(self._sources[s] for s in json.loads(r["cited"])),
                note=r["note"], event=r["event"],
            )
            grouped.setdefault(r["field"], []).append(fact)
            if r["rank"] == 0:
                because[r["field"]] = r["shown_first_because"]
        facts = {}
        for field, variants in grouped.items():
            first = variants[0]
            facts[field] = m.Fact(
                field=field, value=first.value, status=first.status, as_of=first.as_of,
                sources=first.sources, note=first.note, event=first.event,
                alternatives=tuple(variants[1:]), shown_first_because=because.get(field),
            )
        return facts

    # -- regions and processes ----------------------------------------------------------------

    def _summary(self, r: sqlite3.Row) -> m.ProcessSummary:
        names = _names(r)
        return m.ProcessSummary(
            id=r["id"], acronym=r["acronym"], name=self._name(names), names=names, type=r["type"],
            region_id=r["region_id"], status=r["status"], established=r["established"],
            attended_2005=bool(r["attended_2005"]), short_name=r["short_name"] or "",
        )

    @cached_property
    def _all_processes(self) -> tuple[m.ProcessSummary, ...]:
        # The database never changes under a Catalog: read the list once, not on every page.
        return tuple(self._summary(r) for r in self._rows("SELECT * FROM processes ORDER BY name_en"))

    def processes(self, ids: Iterable[str] | None = None) -> tuple[m.ProcessSummary, ...]:
        """All processes by name, or the given ids in the given order (unknown ids raise)."""
        if ids is None:
            return self._all_processes
        by_id = self._processes_by_id
        result = []
        for ident in ids:
            if ident not in by_id:
                raise UnknownIdError("process", ident)
            result.append(by_id[ident])
        return tuple(result)

    @cached_property
    def _processes_by_id(self) -> dict[str, m.ProcessSummary]:
        return {p.id: p for p in self._all_processes}

    def regions(self) -> tuple[m.Region, ...]:
        """Regions in the report's order, each with its processes by founding year then name."""
        return self._regions

    @cached_property
    def _regions(self) -> tuple[m.Region, ...]:
        by_id = self._processes_by_id
        processes = [by_id[r[0]] for r in self._rows(
            "SELECT id FROM processes ORDER BY established IS NULL, established, name_en")]
        result = []
        for r in self._rows("SELECT * FROM regions ORDER BY ord"):
            names = _names(r)
            result.append(m.Region(
                id=r["id"], name=self._name(names), names=names, name_in_report=r["name_in_report"],
                order=r["ord"], processes=tuple(p for p in processes if p.region_id == r["id"]),
            ))
        return tuple(result)

    def coverage_gaps(self) -> tuple[m.CoverageGap, ...]:
        return tuple(
            m.CoverageGap(r["id"], self._name(_names(r)), _names(r), tuple(json.loads(r["paragraphs"])))
            for r in self._rows("SELECT * FROM coverage_gaps ORDER BY id")
        )

    def process(self, process_id: str) -> m.ProcessProfile:
        row = self._row("SELECT * FROM processes WHERE id = ?", [process_id])
        if row is None:
            raise UnknownIdError("process", process_id)
        facts = self._facts(process_id)
        dimension_values = {
            field.split(".", 1)[1]: fact for field, fact in facts.items() if field.startswith("dimensions.")
        }
        plain = {field: fact for field, fact in facts.items() if not field.startswith("dimensions.")}
        cited = {s.id: s for fact in facts.values() for variant in (fact, *fact.alternatives)
                 for s in variant.sources}
        named_in = tuple(r["number"] for r in self._rows(
            "SELECT p.number FROM paragraph_processes pp JOIN paragraphs p ON p.id = pp.paragraph_id "
            "WHERE pp.process_id = ? ORDER BY p.number", [process_id]))
        return m.ProcessProfile(
            summary=self._summary(row), name_in_report=row["name_in_report"],
            other_names=tuple(json.loads(row["other_names"])), facts=plain,
            members=self.countries_of(process_id, "member"),
            observers=self.countries_of(process_id, "observer"),
            dimension_values=dimension_values,
            sources=tuple(cited[k] for k in sorted(cited)), named_in=named_in,
        )

    def countries_of(self, process_id: str, role: str) -> tuple[m.Country, ...]:
        """A process's members (role "member") or observers, by name: one indexed query, where
        process() reads the whole profile."""
        rows = self._rows(
            "SELECT c.code, c.name FROM memberships ms JOIN countries c ON c.code = ms.country_code "
            "WHERE ms.process_id = ? AND ms.role = ? ORDER BY c.name", [process_id, role])
        return tuple(m.Country(r["code"], self._country_name(r["code"], r["name"])) for r in rows)

    def _country_name(self, code: str, english: str) -> str:
        if self.lang == "en":
            return english
        from rcpdesk.catalog.countries import localized_country_name  # gettext only when needed

        return localized_country_name(code, english, self.lang)

    # -- countries ----------------------------------------------------------------------------

    def countries(self) -> tuple[m.Country, ...]:
        return tuple(m.Country(r["code"], self._country_name(r["code"], r["name"]))
                     for r in self._rows("SELECT code, name FROM countries ORDER BY name"))

    def country(self, code: str) -> m.Country:
        row = self._row("SELECT code, name FROM countries WHERE code = ?", [code.upper()])
        if row is None:
            raise UnknownIdError("country", code)
        return m.Country(row["code"], self._country_name(row["code"], row["name"]))

    def country_groups(self) -> tuple[m.CountryGroup, ...]:
        """The groups of countries the coverage views read (territories, the report's areas), in
        the data's order."""
        return tuple(self._country_groups.values())

    def country_group(self, group_id: str) -> m.CountryGroup:
        try:
            return self._country_groups[group_id]
        except KeyError:
            raise UnknownIdError("country group", group_id) from None

    @cached_property
    def _country_groups(self) -> dict[str, m.CountryGroup]:
        return {r["id"]: m.CountryGroup(r["id"], frozenset(json.loads(r["countries"])), r["description"],
                                        r["basis"], r["source"], r["url"])
                for r in self._rows("SELECT * FROM country_groups ORDER BY ord")}

    def count_memberships_of_country(self, code: str) -> dict[str, int]:
        """How many processes the country is a member ("member") and an observer ("observer") of."""
        counts = {"member": 0, "observer": 0}
        for r in self._rows("SELECT role, count(*) AS n FROM memberships WHERE country_code = ? GROUP BY role",
                            [code.upper()]):
            counts[r["role"]] = r["n"]
        return counts

    def processes_of_country(self, code: str, role: str, limit: int | None = None) -> tuple[m.ProcessSummary, ...]:
        """The processes a country is a member (role "member") or an observer of, by name: their
        summaries only (no sources), the first `limit` of them."""
        rows = self._rows(
            "SELECT p.* FROM memberships ms JOIN processes p ON p.id = ms.process_id "
            "WHERE ms.country_code = ? AND ms.role = ? ORDER BY p.name_en, p.id LIMIT ?",
            [code.upper(), role, -1 if limit is None else limit])
        return tuple(self._summary(r) for r in rows)

    def memberships_of_country(self, code: str, offset: int = 0,
                               limit: int | None = None) -> tuple[m.CountryMembership, ...]:
        """The processes a country is a member of, then those it observes, by name (a slice of
        them with offset and limit: a country may sit in hundreds on a large catalog)."""
        self.country(code)
        rows = self._rows(
            "SELECT p.*, ms.role, ms.as_of AS ms_as_of, ms.fact_id FROM memberships ms "
            "JOIN processes p ON p.id = ms.process_id WHERE ms.country_code = ? "
            "ORDER BY ms.role, p.name_en, p.id LIMIT ? OFFSET ?",  # p.id: copies may share a name
            [code.upper(), -1 if limit is None else limit, offset])
        result = []
        for r in rows:
            cited = self._rows("SELECT source_id FROM fact_sources WHERE fact_id = ? ORDER BY ord",
                               [r["fact_id"]])
            result.append(m.CountryMembership(
                process=self._summary(r), role=r["role"], as_of=r["ms_as_of"],
                sources=tuple(self._sources[c["source_id"]] for c in cited)))
        return tuple(result)

    def process_counts_by_country(self) -> dict[str, int]:
        """How many processes each country sits in (member or observer), by country code: one
        grouped query on the country index, where membership_table() reads every membership."""
        return {r[0]: r[1] for r in self._rows(
            "SELECT country_code, count(*) FROM memberships GROUP BY country_code")}

    def membership_table(self) -> tuple[tuple[str, str, str], ...]:
        """(process id, country code, role) for every membership: the coverage map's input."""
        return tuple((r[0], r[1], r[2]) for r in self._rows(
            "SELECT process_id, country_code, role FROM memberships ORDER BY 1, 2, 3"))

    # -- membership over time -----------------------------------------------------------------

    def _entries(self, where: str, params: list[Any]) -> tuple[MembershipEntry, ...]:
        from rcpdesk.catalog.membership import MembershipEntry, with_supersession

        # every query takes all entries of a (process, country): supersession is decided here
        rows = self._rows(f"SELECT * FROM membership_entries WHERE {where} ORDER BY id", params)
        return with_supersession([MembershipEntry(
            r["process_id"], r["country_code"], r["role"], r["year_from"], r["year_until"], bool(r["still"]),
            r["as_of"], tuple(json.loads(r["sources"])), r["status"], r["note"]) for r in rows])

    def membership_history(self, process_id: str) -> tuple[MembershipEntry, ...]:
        """A process's dated membership entries, in the data's order (current lists derive from them)."""
        return self._entries("process_id = ?", [process_id])

    def membership_history_of_country(self, code: str) -> tuple[MembershipEntry, ...]:
        """A country's dated entries in every process."""
        return self._entries("country_code = ?", [code.upper()])

    def all_membership_entries(self) -> tuple[MembershipEntry, ...]:
        """Every dated entry: the coverage map of a past year reads them."""
        return self._entries("1", [])

    def process_history(self, process_id: str) -> ProcessHistory:
        from rcpdesk.catalog.membership import ProcessHistory

        """When a process's status began, its predecessor and successor, how the 2005 report listed it."""
        row = self._row("SELECT * FROM process_history WHERE process_id = ?", [process_id])
        if row is None:
            return ProcessHistory(None, None, None, None)
        return ProcessHistory(row["status_since"], row["predecessor"], row["successor"], row["type_in_report"])

    # -- dimensions ---------------------------------------------------------------------------

    def dimensions(self, ids: Iterable[str] | None = None) -> tuple[m.Dimension, ...]:
        rows = self._rows("SELECT * FROM dimensions ORDER BY ord")
        all_dims = []
        for r in rows:
            descriptions = m.Names(en=r["description_en"], fr=r["description_fr"], es=r["description_es"])
            all_dims.append(m.Dimension(r["id"], self._name(_names(r)), _names(r), self._name(descriptions),
                                        r["ord"], descriptions))
        return tuple(all_dims) if ids is None else _in_order(all_dims, ids, "dimension")

    def dimension(self, dimension_id: str, offset: int = 0, limit: int | None = None) -> m.DimensionDetail:
        """A dimension with its findings (strongest first) and every process's value; offset and
        limit take one page of each list (count_findings_for_dimension and processes() say how
        long they are)."""
        (dimension,) = self.dimensions([dimension_id])
        page = self.processes()[offset:None if limit is None else offset + limit]
        grid = self._grid(page, [dimension])
        return m.DimensionDetail(dimension, self.findings_for_dimension(dimension_id, offset, limit),
                                 tuple((p, grid[(p.id, dimension_id)]) for p in page))

    def values(self, process_ids: Iterable[str], dimension_ids: Iterable[str]) -> dict[tuple[str, str], m.Fact]:
        """The comparison grid: (process id, row id) -> fact, for dimension rows and profile fact
        rows (secretariat, members, ...: the fact the profile shows, with its sources)."""
        rows = self.comparison_rows(dimension_ids)
        processes = self.processes(process_ids)
        grid = self._grid(processes, [r for r in rows if not r.is_fact])
        fact_rows = [FACT_ROWS_BY_ID[r.id] for r in rows if r.is_fact]
        if fact_rows:
            fields = [row.field for row in fact_rows if row.field not in SUMMARY_FIELDS]
            for summary in processes:
                facts = self._facts(summary.id, fields) if fields else {}
                for row in fact_rows:
                    if row.field in SUMMARY_FIELDS:  # the data's classification, shown as on the profile
                        fact = m.Fact(field=row.field, value=getattr(summary, row.field), status="sourced",
                                      as_of=None)
                    else:
                        fact = facts.get(row.field) or m.Fact(field=row.field, value=None, status="unknown",
                                                              as_of=None)
                    grid[(summary.id, row.id)] = fact
        return grid

    # -- comparison rows: profile facts and dimensions ------------------------------------------

    def comparison_rows(self, ids: Iterable[str] | None = None) -> tuple[m.Dimension, ...]:
        """Every row a comparison can show, profile facts first, then the dimensions; or the
        given ids in the given order (unknown ids raise)."""
        every = self._fact_rows() + self.dimensions()
        return every if ids is None else _in_order(every, ids, "dimension")

    def default_rows(self) -> tuple[str, ...]:
        """A new comparison's rows: the profile facts a delegate compares first, then every dimension."""
        return DEFAULT_FACT_ROWS + tuple(d.id for d in self.dimensions())

    def _fact_rows(self) -> tuple[m.Dimension, ...]:
        return tuple(m.Dimension(row.id, self._name(row.names), row.names, self._name(row.descriptions),
                                 order, row.descriptions, kind="fact")
                     for order, row in enumerate(FACT_ROWS, start=1))

    def row_findings(self, row_id: str) -> tuple[m.Finding, ...]:
        """The report's findings that bear on a comparison row, most relevant first (as curated
        in data/report/relevance.yaml); a dimension nobody curated falls back on its headline
        finding, the one agreed most widely."""
        found = self._findings("1", [row_id], order="rf.ord",
                               source="row_findings rf JOIN findings f ON f.id = rf.finding_id AND rf.row_id = ?")
        if found or row_id in FACT_ROWS_BY_ID:
            return found
        headline = self.dimension_finding(row_id)
        return (headline,) if headline is not None else ()

    def _grid(self, processes: Iterable[m.ProcessSummary],
              dimensions: Iterable[m.Dimension]) -> dict[tuple[str, str], m.Fact]:
        dims = [d.id for d in dimensions]
        fields = [f"dimensions.{d}" for d in dims]
        grid = {}
        for summary in processes:
            facts = self._facts(summary.id, fields)
            for d in dims:
                grid[(summary.id, d)] = facts.get(f"dimensions.{d}") or m.Fact(
                    field=f"dimensions.{d}", value=None, status="unknown", as_of=None)
        return grid

    # -- the report ---------------------------------------------------------------------------

    def sections(self) -> tuple[m.Section, ...]:
        return tuple(m.Section(r["id"], r["title"], r["ord"], r["first"], r["last"])
                     for r in self._rows("SELECT * FROM sections ORDER BY ord"))

    def questions(self, kind: str | None = None) -> tuple[m.Question, ...]:
        rows = self._rows("SELECT * FROM questions WHERE ?1 IS NULL OR kind = ?1 "
                          "ORDER BY paragraph, id", [kind])
        return tuple(m.Question(r["id"], r["kind"], r["text"], r["paragraph"], r["section_id"])
                     for r in rows)

    def people(self) -> tuple[m.Person, ...]:
        return tuple(m.Person(r["id"], r["name"], r["title"], r["affiliation"], r["role"])
                     for r in self._rows("SELECT * FROM people ORDER BY name"))

    def organizations(self) -> tuple[m.Organization, ...]:
        return tuple(
            m.Organization(r["id"], r["acronym"], r["name"], r["kind"], r["report_region"],
                           r["name_in_report"], r["note"], tuple(json.loads(r["paragraphs"])))
            for r in self._rows("SELECT * FROM organizations ORDER BY kind, name"))

    def recommendations(self) -> tuple[m.Recommendation, ...]:
        return tuple(
            m.Recommendation(r["id"], int(r["paragraph_id"].rsplit("p", 1)[1]), r["kind"], r["text"],
                             tuple(json.loads(r["by_people"])), r["note"])
            for r in self._rows("SELECT * FROM recommendations ORDER BY paragraph_id, id"))

    def paragraph_numbers(self) -> tuple[int, ...]:
        return tuple(r[0] for r in self._rows("SELECT number FROM paragraphs ORDER BY number"))

    def paragraphs_present(self, numbers: Iterable[int]) -> frozenset[int]:
        """Which of these paragraph numbers the report has: one indexed lookup each, where
        paragraph_numbers() reads them all (200,000 on the stress catalog)."""
        wanted = sorted({int(n) for n in numbers})
        if not wanted:
            return frozenset()
        marks = ",".join("?" * len(wanted))
        return frozenset(r[0] for r in self._rows(f"SELECT number FROM paragraphs WHERE number IN ({marks})",
                                                  wanted))

    # A finding's dimensions, sorted, as a JSON array: one sub-query per finding row fetched.
    _FINDING_DIMS = ("(SELECT json_group_array(dimension_id) FROM (SELECT dimension_id FROM finding_dimensions"
                     " WHERE finding_id = f.id ORDER BY dimension_id)) AS dims")

    def _findings(self, where: str, params: Iterable[Any], order: str = "f.number, f.ord",
                  source: str = "findings f", offset: int = 0, limit: int | None = None) -> tuple[m.Finding, ...]:
        """Findings FROM source WHERE where (params fill the source's marks, then the where's)."""
        rows = self._rows(
            f"SELECT f.*, {self._FINDING_DIMS} FROM {source} WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, -1 if limit is None else limit, offset])
        return tuple(self._finding(r) for r in rows)

    @staticmethod
    def _finding(r: sqlite3.Row) -> m.Finding:
        return m.Finding(r["id"], r["number"], r["text"], r["agreement"], tuple(json.loads(r["dims"])),
                         r["start"], r["note"], r["gloss"])

    def paragraph(self, ref: int | str) -> m.Paragraph:
        """A paragraph by number (20), id (report-2005/p20) or citation (¶20)."""
        number = self._paragraph_number(ref)
        r = self._row(
            "SELECT p.*, s.title AS section_title FROM paragraphs p "
            "JOIN sections s ON s.id = p.section_id WHERE p.number = ?", [number])
        if r is None:
            raise UnknownIdError("paragraph", str(ref))
        question = None
        if r["question_id"]:
            q = self._row("SELECT * FROM questions WHERE id = ?", [r["question_id"]])
            question = m.Question(q["id"], q["kind"], q["text"], q["paragraph"], q["section_id"])

        def linked(table: str, column: str) -> tuple[str, ...]:
            return tuple(x[0] for x in self._rows(
                f"SELECT {column} FROM {table} WHERE paragraph_id = ? ORDER BY ord", [r["id"]]))

        speakers = tuple(
            m.Person(p["id"], p["name"], p["title"], p["affiliation"], p["role"])
            for p in self._rows("SELECT pe.* FROM paragraph_speakers ps JOIN people pe "
                                "ON pe.id = ps.person_id WHERE ps.paragraph_id = ? ORDER BY ps.ord",
                                [r["id"]]))
        footnotes = tuple(m.Footnote(f["number"], number, f["text"], f["note"]) for f in self._rows(
            "SELECT * FROM footnotes WHERE paragraph_id = ? ORDER BY number", [r["id"]]))
        neighbours = self._row("SELECT (SELECT max(number) FROM paragraphs WHERE number < ?1), "
                               "(SELECT min(number) FROM paragraphs WHERE number > ?1)", [number])
        return m.Paragraph(
            id=r["id"], number=number, section_id=r["section_id"], section_title=r["section_title"],
            heading=r["heading"], question=question, text=r["text"], agreement=r["agreement"],
            speakers=speakers, dimensions=linked("paragraph_dimensions", "dimension_id"),
            processes=linked("paragraph_processes", "process_id"),
            organizations=linked("paragraph_organizations", "organization_id"),
            footnotes=footnotes, findings=self._findings("f.paragraph_id = ?", [r["id"]]),
            previous=neighbours[0], next=neighbours[1],
        )

    @staticmethod
    def _paragraph_number(ref: int | str) -> int:
        if isinstance(ref, int):
            return ref
        text = ref.strip().removeprefix("¶").removeprefix(m.REPORT_ID + "/p")
        if not text.isdigit():
            raise UnknownIdError("paragraph", ref)
        return int(text)

    def paragraphs(self, section_id: str | None = None) -> tuple[m.Paragraph, ...]:
        rows = self._rows("SELECT number FROM paragraphs WHERE ?1 IS NULL OR section_id = ?1 "
                          "ORDER BY number", [section_id])
        return tuple(self.paragraph(r[0]) for r in rows)

    def paragraph_heads(self, section_id: str, length: int = 400) -> tuple[tuple[int, str], ...]:
        """(number, opening text) of a section's paragraphs: enough for a table of contents."""
        return tuple((r[0], r[1]) for r in self._rows(
            "SELECT number, substr(text, 1, ?) FROM paragraphs WHERE section_id = ? ORDER BY number",
            [length, section_id]))

    def paragraph_digests(self, section_id: str, offset: int = 0,
                          limit: int | None = None) -> tuple[tuple[int, str, str], ...]:
        """(number, opening text, agreement) of one page of a section's paragraphs."""
        return tuple((r[0], r[1], r[2]) for r in self._rows(
            "SELECT number, substr(text, 1, 400), agreement FROM paragraphs WHERE section_id = ?"
            " ORDER BY number LIMIT ? OFFSET ?", [section_id, -1 if limit is None else limit, offset]))

    def count_paragraphs(self, section_id: str) -> int:
        return self._row("SELECT count(*) FROM paragraphs WHERE section_id = ?", [section_id])[0]

    def findings_for_dimension(self, dimension_id: str, offset: int = 0,
                               limit: int | None = None) -> tuple[m.Finding, ...]:
        """The report's cross-cutting findings on a dimension, strongest agreement first (one page
        of them with offset and limit; an index hands them out in this order)."""
        return self._tagged_findings(dimension_id, None, offset, limit)

    def _tagged_findings(self, dimension_id: str, weaker_than: int | None, offset: int = 0,
                         limit: int | None = None) -> tuple[m.Finding, ...]:
        """A dimension's findings (ranked above weaker_than, if given), strongest first. The page
        is cut from the index alone (it covers finding_id), then joined: a deep page skips index
        entries, not whole findings."""
        bound = "" if weaker_than is None else " AND agreement_rank < ?"
        page = ("(SELECT finding_id, agreement_rank, number, start FROM finding_dimensions"
                f" WHERE dimension_id = ?{bound} ORDER BY agreement_rank, number, start"
                " LIMIT ? OFFSET ?) AS fd JOIN findings f ON f.id = fd.finding_id")
        params = [dimension_id, *([] if weaker_than is None else [weaker_than])]
        return self._findings("1", [*params, -1 if limit is None else limit, offset],
                              order="fd.agreement_rank, fd.number, fd.start", source=page)

    def count_findings_for_dimension(self, dimension_id: str) -> int:
        row = self._row("SELECT findings FROM dimension_finding_counts WHERE dimension_id = ?", [dimension_id])
        return row[0] if row else 0

    def findings_for_process(self, process_id: str, *, down_to: str | None = None,
                             per_dimension: int | None = None) -> tuple[m.ProcessFinding, ...]:
        """Findings that bear on a process: those of paragraphs that name it, then (for the
        nine that attended in 2005) the cross-cutting findings on the comparison dimensions,
        which the report states of the attending processes without naming them.

        down_to and per_dimension narrow the cross-cutting ones to those agreed at least that
        widely, the strongest per_dimension of each dimension (the first the data lists), read
        through an index: a printed profile stays a few pages however large the report."""
        named = self._findings(_NAMING_PARAGRAPHS, [process_id])
        result = [m.ProcessFinding(f, True) for f in named]
        if not self._attended(process_id):
            return tuple(result)
        seen = {f.id for f in named}
        weaker_than = rank(down_to) + 1 if down_to is not None else rank("procedural")
        if per_dimension is None:
            general = self._findings("f.dimension IS NOT NULL AND f.agreement_rank < ?", [weaker_than])
            return tuple(result + [m.ProcessFinding(f, False) for f in general if f.id not in seen])
        for dimension in self.dimensions():
            strongest = self._strongest_first_listed(dimension.id, weaker_than, per_dimension + len(seen))
            result += [m.ProcessFinding(f, False) for f in strongest if f.id not in seen][:per_dimension]
        return tuple(result)

    def _attended(self, process_id: str) -> bool:
        return self.processes([process_id])[0].attended_2005  # unknown ids raise

    def _strongest_first_listed(self, dimension_id: str, weaker_than: int, limit: int) -> tuple[m.Finding, ...]:
        """The strongest findings whose first-listed dimension is this one (an index's order)."""
        return self._findings("f.dimension = ? AND f.agreement_rank < ?", [dimension_id, weaker_than],
                              order="f.agreement_rank, f.number, f.start", limit=limit)

    def _counted(self, where: str, params: list[Any], *, weaker_than: int) -> int:
        """Findings ranked above weaker_than, from the build's count table (no finding read)."""
        return self._row(f"SELECT coalesce(sum(findings), 0) FROM finding_counts WHERE {where} AND agreement_rank < ?",
                         [*params, weaker_than])[0]

    def count_general_findings(self, process_id: str) -> int:
        """How many cross-cutting findings bear on a process (see findings_for_process), counted
        without reading them."""
        if not self._attended(process_id):
            return 0
        procedural = rank("procedural")
        total = self._counted("dimension != ''", [], weaker_than=procedural)
        named_too = self._row(f"SELECT count(*) FROM findings f WHERE {_NAMING_PARAGRAPHS}"
                              " AND f.dimension IS NOT NULL AND f.agreement_rank < ?", [process_id, procedural])[0]
        return total - named_too

    def process_finding_groups(self, process_id: str, per_group: int) -> tuple[m.FindingGroup, ...]:
        """The findings that bear on a process (see findings_for_process), by dimension (the first
        the data lists), in the dimensions' order and "" (none) last. Each group holds the findings
        of paragraphs that name the process first, then the strongest cross-cutting ones, at most
        per_group of them, and counts them all: a profile stays short however large the report."""
        attended = self._attended(process_id)
        procedural = rank("procedural")
        # Named findings: the strongest per_group of each dimension, with each group's size and how
        # many of the group the cross-cutting count below also counts (the non-procedural ones).
        named_rows = self._rows(
            f"SELECT g.*, {self._FINDING_DIMS} FROM ("
            " SELECT f.*, row_number() OVER win AS place, count(*) OVER byd AS in_group,"
            "  sum(f.agreement_rank < ?) OVER byd AS general_too"
            f" FROM findings f WHERE {_NAMING_PARAGRAPHS}"
            " WINDOW byd AS (PARTITION BY f.dimension),"
            "  win AS (PARTITION BY f.dimension ORDER BY f.agreement_rank, f.number, f.start)"
            ") AS g JOIN findings f ON f.id = g.id WHERE g.place <= ? ORDER BY g.place",
            [procedural, process_id, per_group])
        named: dict[str, list[sqlite3.Row]] = {}
        for r in named_rows:
            named.setdefault(r["dimension"] or "", []).append(r)
        groups = []
        for key in [d.id for d in self.dimensions()] + [""]:
            rows = named.get(key, [])
            shown = [m.ProcessFinding(self._finding(r), True) for r in rows]
            total = rows[0]["in_group"] if rows else 0
            if attended and key:
                overlap = rows[0]["general_too"] if rows else 0
                total += self._counted("dimension = ?", [key], weaker_than=procedural) - overlap
                seen = {pf.finding.id for pf in shown}
                if len(shown) < per_group:
                    # Enough rows to fill the group even if every named finding were among them.
                    general = self._strongest_first_listed(key, procedural, per_group + (rows[0]["in_group"] if rows else 0))
                    shown += [m.ProcessFinding(f, False) for f in general if f.id not in seen]
            if total:
                groups.append(m.FindingGroup(key, tuple(shown[:per_group]), total))
        return tuple(groups)

    def dimension_finding(self, dimension_id: str) -> m.Finding | None:
        """The report's headline finding on a dimension: the one with the widest agreement
        (a position, not a speaker's own statement or a procedural remark)."""
        found = self._tagged_findings(dimension_id, rank("speaker"), limit=1)
        return found[0] if found else None

    # -- stable ids ---------------------------------------------------------------------------

    def target_kind(self, ident: str) -> str | None:
        """What a stable id names: process, paragraph, dimension, cell (process#dimension),
        country, or None when the catalog does not know it (notes use this to anchor)."""
        if "#" in ident:
            process_id, _, dimension_id = ident.partition("#")
            known = self._row("SELECT 1 FROM processes p WHERE p.id = ? AND (? IN (SELECT id FROM dimensions)"
                              f" OR ? IN ({', '.join('?' * len(FACT_ROW_IDS))}))",
                              [process_id, dimension_id, dimension_id, *FACT_ROW_IDS])
            return "cell" if known else None
        if ident.startswith(m.REPORT_ID + "/p"):
            return "paragraph" if self._row("SELECT 1 FROM paragraphs WHERE id = ?", [ident]) else None
        if self._row("SELECT 1 FROM processes WHERE id = ?", [ident]):
            return "process"
        if self._row("SELECT 1 FROM dimensions WHERE id = ?", [ident]):
            return "dimension"
        if ident.isupper() and self._row("SELECT 1 FROM countries WHERE code = ?", [ident]):
            return "country"
        return None

    def paragraph_texts(self) -> Mapping[str, str]:
        """Every paragraph's text by id: what notes re-anchor against on a new edition. Read on
        demand: notes anchor to a few paragraphs, and a large report holds 200,000."""
        return _ParagraphTexts(self)

    # -- search -------------------------------------------------------------------------------

    def search(self, text: str, limit: int = 50, *, kinds: Iterable[str] | None = None,
               region: str | None = None, dimension: str | None = None,
               agreement: str | None = None) -> tuple[m.SearchHit, ...]:
        """Ranked hits (bm25; titles weigh more than bodies) with snippets and citations."""
        return tuple(hit for batch in self.search_batches(
            text, (limit,), kinds=kinds, region=region, dimension=dimension, agreement=agreement) for hit in batch)

    def search_batches(self, text: str, sizes: Sequence[int], *, kinds: Iterable[str] | None = None,
                       region: str | None = None, dimension: str | None = None,
                       agreement: str | None = None) -> Iterator[tuple[m.SearchHit, ...]]:
        """The hits of one search in batches of these sizes, best first (none after a short one).

        FTS5 ranks every match once, then builds a row's snippet as the row is read; a snippet
        re-reads its document (~75 µs a hit on the real catalog), so the first batch is ready
        well before the last, and a window can show it meanwhile.
        """
        query = fts_query(text)
        if query is None:
            return
        limit = sum(sizes)
        snippet_sql = f"snippet(search_docs_fts, 1, '{MARK_OPEN}', '{MARK_CLOSE}', '…', 24)"
        if not (kinds or region or dimension or agreement):
            # One statement: FTS5's ORDER BY rank fast path computes snippets for rows read only.
            cursor = self._conn().execute(f"SELECT rowid, rank, {snippet_sql} FROM search_docs_fts "
                                          "WHERE search_docs_fts MATCH ? ORDER BY rank LIMIT ?", [query, limit])
            for size in sizes:
                rows = cursor.fetchmany(size)
                if rows:
                    yield self._hits([(r[0], r[1]) for r in rows], {r[0]: r[2] for r in rows})
                if len(rows) < size:
                    return
            return
        ranked = self._rank(query, limit, list(kinds) if kinds else None, region, dimension, agreement)
        start = 0
        for size in sizes:
            part = ranked[start:start + size]
            start += size
            if part:
                marks = ", ".join("?" * len(part))
                snippets = dict(self._conn().execute(
                    f"SELECT rowid, {snippet_sql} FROM search_docs_fts WHERE search_docs_fts MATCH ? "
                    f"AND rowid IN ({marks})", [query, *(rowid for rowid, _ in part)]).fetchall())
                yield self._hits(part, snippets)
            if len(part) < size:
                return

    def _rank(self, query: str, limit: int, kinds: list[str] | None, region: str | None,
              dimension: str | None, agreement: str | None) -> list[tuple[int, float]]:
        """With filters, phase one: the best rowids that pass them."""
        filters, params = [], [query]
        if kinds:
            filters.append(f"d.kind IN ({', '.join('?' * len(kinds))})")
            params += kinds
        if region:
            filters.append(
                "((d.kind = 'process' AND EXISTS (SELECT 1 FROM processes p WHERE p.id = d.ref_id "
                " AND p.region_id = ?)) OR EXISTS (SELECT 1 FROM paragraph_processes pp "
                " JOIN processes q ON q.id = pp.process_id WHERE pp.paragraph_id = d.ref_id "
                " AND q.region_id = ?))")
            params += [region, region]
        if dimension:
            filters.append(
                "(EXISTS (SELECT 1 FROM paragraph_dimensions x WHERE x.paragraph_id = d.ref_id "
                " AND x.dimension_id = ?) OR EXISTS (SELECT 1 FROM facts fv WHERE fv.process_id = d.ref_id "
                " AND fv.field = 'dimensions.' || ? AND fv.status != 'unknown'))")
            params += [dimension, dimension]
        if agreement:
            filters.append(
                "(EXISTS (SELECT 1 FROM paragraphs pa WHERE pa.id = d.ref_id AND pa.agreement = ?) "
                " OR EXISTS (SELECT 1 FROM findings fx WHERE fx.paragraph_id = d.ref_id "
                " AND fx.agreement = ?))")
            params += [agreement, agreement]
        rows = self._rows(
            "SELECT f.rowid, f.rank FROM search_docs_fts f JOIN search_docs d ON d.id = f.rowid "
            "WHERE search_docs_fts MATCH ? AND " + " AND ".join(filters) + " ORDER BY f.rank LIMIT ?",
            [*params, limit])
        return [(r[0], r[1]) for r in rows]

    def _hits(self, ranked: list[tuple[int, float]], snippets: dict[int, str]) -> tuple[m.SearchHit, ...]:
        """Citations and metadata for the rows that will be shown, from plain tables."""
        rowids = [rowid for rowid, _ in ranked]
        marks = ", ".join("?" * len(rowids))
        rows = {r["id"]: r for r in self._rows(
            "SELECT d.id, d.kind, d.ref_id, d.title, p.region_id, p.name_en, pa.number, pa.agreement, "
            " s.title AS section_title, (SELECT group_concat(dimension_id, ' ') FROM paragraph_dimensions x "
            "  WHERE x.paragraph_id = d.ref_id) AS dims "
            "FROM search_docs d "
            "LEFT JOIN processes p ON d.kind = 'process' AND p.id = d.ref_id "
            "LEFT JOIN paragraphs pa ON d.kind = 'paragraph' AND pa.id = d.ref_id "
            "LEFT JOIN sections s ON s.id = pa.section_id "
            f"WHERE d.id IN ({marks})", rowids)}
        hits = []
        for rowid, score in ranked:
            r = rows[rowid]
            snippet, spans = split_snippet(snippets[rowid])
            if r["kind"] == "paragraph":
                cite = m.citation(r["number"])
                title = r["title"] or r["section_title"] or ""
            else:
                cite = self._processes_by_id[r["ref_id"]].display_name  # a name, never the id
                title = r["name_en"] if self.lang == "en" else self.processes([r["ref_id"]])[0].name
            hits.append(m.SearchHit(
                kind=r["kind"], target_id=r["ref_id"], title=title, citation=cite, snippet=snippet,
                highlights=spans, score=-float(score), region_id=r["region_id"],
                agreement=r["agreement"], dimensions=tuple(r["dims"].split()) if r["dims"] else (),
            ))
        return tuple(hits)


class _ParagraphTexts(Mapping[str, str]):
    """The paragraphs' texts by id, each read when asked for."""

    def __init__(self, catalog: Catalog) -> None:
        self._catalog = catalog

    def __getitem__(self, paragraph_id: str) -> str:
        row = self._catalog._row("SELECT text FROM paragraphs WHERE id = ?", [paragraph_id])
        if row is None:
            raise KeyError(paragraph_id)
        return row[0]

    def __iter__(self) -> Iterator[str]:
        return (r[0] for r in self._catalog._rows("SELECT id FROM paragraphs ORDER BY number"))

    def __len__(self) -> int:
        return self._catalog._row("SELECT count(*) FROM paragraphs")[0]
