"""The command line: the window by default, plus the headless commands (build-db, export, search, ...)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from rcpdesk import __version__
from rcpdesk.commands import CommandError, open_catalog

LANGUAGES = ("en", "fr", "es", "ar", "zh", "ru")


def _cmd_build_db(args: argparse.Namespace) -> int:
    from rcpdesk.catalog.build import build, validate
    from rcpdesk.paths import DATABASE_NAME, resources_dir, source_data_dir

    data_dir = Path(args.data or source_data_dir())
    if args.check:
        data, _ = validate(data_dir)
        print(f"data OK: {len(data.processes)} processes, "
              f"{len(data.get('report/paragraphs.yaml', []))} paragraphs ({data_dir})")
        return 0
    out = Path(args.out or resources_dir() / DATABASE_NAME)
    data = build(data_dir, out)
    print(f"built {out} (edition {data.files['edition.yaml']['date']}, {data.content_hash[:12]})")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from rcpdesk.catalog.export import write_csv, write_json
    from rcpdesk.safe_write import atomic_text_file

    export_format = args.format or _export_format(args.out)
    catalog = open_catalog(args)
    if export_format == "csv":
        if not args.out:
            raise CommandError("--format csv needs --out DIR")
        for path in write_csv(catalog, Path(args.out)):
            print(path)
        return 0
    if args.out:
        with atomic_text_file(Path(args.out)) as handle:
            write_json(catalog, handle)
    else:
        write_json(catalog, sys.stdout)
    return 0


MAX_SEARCH_LIMIT = 10_000  # more hits than any catalog has paragraphs and processes


def _export_format(out: str | None) -> str:
    """JSON, unless the file name ends in something else (catalog.xyz is refused, not JSON)."""
    suffix = Path(out or "").suffix.lower()
    if suffix in ("", ".json"):
        return "json"
    raise CommandError(f"cannot tell the format of {Path(out or '').name}: name it .json, or give "
                       "--format csv --out DIR for a folder of CSV files")


def _cmd_search(args: argparse.Namespace) -> int:
    from rcpdesk.catalog.search import MAX_QUERY_CHARS, MAX_QUERY_TERMS, limit_query

    if not 1 <= args.limit <= MAX_SEARCH_LIMIT:
        raise CommandError(f"--limit must be between 1 and {MAX_SEARCH_LIMIT:,} (got {args.limit})")
    catalog = open_catalog(args)
    _check_filters(catalog, args)
    query, shortened = limit_query(args.query)
    if shortened:
        print(f"rcpdesk: the query was shortened to its first {len(query.split())} words "
              f"(a search reads at most {MAX_QUERY_CHARS:,} characters and {MAX_QUERY_TERMS} "
              "different words)", file=sys.stderr)
    hits = catalog.search(query, limit=args.limit, region=args.region,
                          dimension=args.dimension, agreement=args.agreement)
    if not hits:
        print(f"no results for {args.query!r}", file=sys.stderr)
        return 1
    for index, hit in enumerate(hits, start=1):
        snippet = hit.snippet
        for start, end in reversed(hit.highlights):
            snippet = snippet[:start] + "[" + snippet[start:end] + "]" + snippet[end:]
        print(f"{index:>3}. {hit.citation:<22} {hit.title}")
        print(f"     {' '.join(snippet.split())}")
    return 0


def _check_filters(catalog, args: argparse.Namespace) -> None:
    from rcpdesk.catalog.agreement import LEVELS
    from rcpdesk.catalog.errors import UnknownIdError

    if args.region and args.region not in {r.id for r in catalog.regions()}:
        raise UnknownIdError("region", args.region)
    if args.dimension:
        catalog.dimensions([args.dimension])
    if args.agreement and args.agreement not in LEVELS:
        raise CommandError(f"unknown agreement level: {args.agreement} (one of {', '.join(LEVELS)})")


def _cmd_gui(args: argparse.Namespace) -> int:
    from rcpdesk.pyside_scan import skip_feature_source_scan

    skip_feature_source_scan()  # before the window's modules load
    from rcpdesk.app import run_gui

    return run_gui(args)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole command line; when argv only opens the window, just the global options (the
    window's start-up does not wait for the commands and the packages they live in)."""
    parser = argparse.ArgumentParser(
        prog="rcpdesk",
        description="Offline reference for delegates to the Regional Consultative Processes on migration.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and data edition")
    parser.add_argument("--self-test", action="store_true",
                        help="check the installation (database, window, notes, PDF) and exit")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the interface and sheets")
    parser.add_argument("--profile", metavar="DIR",
                        help="folder for notes and settings (default: the user data folder)")
    parser.add_argument("--database", metavar="FILE", help=argparse.SUPPRESS)
    parser.set_defaults(func=_cmd_gui, command=None)
    if _opens_window_only(sys.argv[1:] if argv is None else argv):
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    build_db = commands.add_parser("build-db", help="build the bundled database from data/")
    build_db.add_argument("--data", metavar="DIR", help="source data folder (default: data/)")
    build_db.add_argument("--out", metavar="FILE", help="database to write (default: resources/rcpdesk.db)")
    build_db.add_argument("--check", action="store_true", help="validate only, write nothing")
    build_db.set_defaults(func=_cmd_build_db)

    export = commands.add_parser("export", help="write the whole catalog as JSON or CSV")
    export.add_argument("--format", choices=("json", "csv"),
                        help="default: json (a file named .json, or standard output)")
    export.add_argument("--out", metavar="FILE|DIR", help="file (json) or folder (csv); json defaults to stdout")
    export.set_defaults(func=_cmd_export)

    search = commands.add_parser("search", help="search processes and the report")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=10)
    search.add_argument("--region", help="only processes of this region (id)")
    search.add_argument("--dimension", help="only hits that speak to this dimension (id)")
    search.add_argument("--agreement", help="only paragraphs with this agreement level")
    search.set_defaults(func=_cmd_search)

    for register in _subcommand_registrars():
        register(commands)
    if "notes" in commands.choices:
        commands.choices["notes"].set_defaults(func=_cmd_notes)
    return parser


def _cmd_notes(args: argparse.Namespace) -> int:
    """The notes commands, with the catalog to tell what a target id names."""
    from rcpdesk.notes import cli as notes_cli

    catalog = open_catalog(args)
    return notes_cli.run(args, catalog.target_kind, edition=catalog.edition.label)


_GLOBAL_OPTIONS_WITH_VALUE = frozenset({"--lang", "--profile", "--database"})


def _opens_window_only(argv: Sequence[str]) -> bool:
    """True when argv names no command and asks for no help: only global options. Anything else
    (a command, a misspelt one, an abbreviated option) builds the whole parser, so argparse's
    answers and messages stay complete."""
    takes_value = False
    for token in argv:
        if takes_value:
            takes_value = False
        elif token in ("-h", "--help") or not token.startswith("-"):
            return False
        else:
            takes_value = token in _GLOBAL_OPTIONS_WITH_VALUE
    return True


def _subcommand_registrars() -> list[Callable[[argparse._SubParsersAction], object]]:  # type: ignore[type-arg]
    """The `notes`, `sheet`, `pack` and `map` commands, which live with their own packages. One that
    fails to import fails the command line loudly: a missing command would look like a typo."""
    from rcpdesk.maps import cli as maps_cli
    from rcpdesk.notes import cli as notes_cli
    from rcpdesk.sheets import cli as sheets_cli
    from rcpdesk.sheets import pack_cli

    return [notes_cli.register, sheets_cli.register, pack_cli.register, maps_cli.register]


def _print_version(args: argparse.Namespace) -> int:
    try:
        edition = open_catalog(args).edition
        print(f"rcpdesk {__version__} (data edition {edition.label})")
    except Exception as exc:  # noqa: BLE001 - the version must print even when the data is broken
        print(f"rcpdesk {__version__} (data edition unavailable: {exc})")
    return 0


def _window_defaults() -> argparse.Namespace:
    """What build_parser().parse_args([]) answers (a test holds the two alike): a plain start
    opens the window without building a parser, whose messages load gettext and locale."""
    return argparse.Namespace(version=False, self_test=False, lang=None, profile=None, database=None,
                              func=_cmd_gui, command=None)


def main(argv: Sequence[str] | None = None) -> int:
    if not (sys.argv[1:] if argv is None else argv):
        args = _window_defaults()
    else:
        args = build_parser(argv).parse_args(argv)
    if args.profile:
        os.environ["RCPDESK_HOME"] = str(Path(args.profile).expanduser().resolve())
    from rcpdesk.catalog import BuildError, CatalogUnavailable, UnknownIdError

    try:
        if args.version:
            return _print_version(args)
        if args.self_test:
            from rcpdesk.selftest import run_self_test

            return run_self_test(args)
        return int(args.func(args) or 0)
    except BuildError as exc:
        print(f"rcpdesk: the data has {len(exc.errors)} error(s); nothing was written:", file=sys.stderr)
        for error in exc.errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    except (CommandError, UnknownIdError, CatalogUnavailable) as exc:
        print(f"rcpdesk: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `rcpdesk export | head`: the reader left, which is fine
        sys.stderr.close()
        return 0
    except OSError as exc:
        print(f"rcpdesk: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
