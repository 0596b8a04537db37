"""`rcpdesk map`: the coverage map, a process's members map or the founding timeline, headless."""

from __future__ import annotations

import argparse
from pathlib import Path

EPILOG = """examples:
  rcpdesk map --process colombo-process --out colombo.png
  rcpdesk map --process bali-process,colombo-process --out asia.svg
  rcpdesk map --coverage --year 2005 --out coverage-2005.pdf
  rcpdesk map --coverage --out coverage-today.png --width 3840
  rcpdesk map --timeline --out timeline.pdf

The format follows the --out file name (.svg, .png or .pdf). PNG is 1920 × 1080 pixels unless
--width says otherwise; PDF is one A4 landscape page. No display is needed; the file is written
whole or not at all."""

MIN_WIDTH, MAX_WIDTH = 320, 10000


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "map",
        help="write the coverage map, a process's members map or the timeline (SVG, PNG, PDF)",
        description="Draw a map of who belongs to which migration process, or the timeline of "
        "their foundings, to an SVG, PNG or PDF file. No display is needed.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--process",
        metavar="ID[,ID...]",
        help="members (blue) and observers (orange) of a process; several ids "
        "compare their memberships",
    )
    what.add_argument(
        "--coverage",
        action="store_true",
        help="each country shaded by how many processes it is a member of",
    )
    what.add_argument(
        "--timeline", action="store_true", help="every process at its founding year, by region"
    )
    parser.add_argument(
        "--year",
        type=int,
        metavar="YYYY",
        help="with --coverage: only processes founded by then (default: today)",
    )
    parser.add_argument(
        "--width",
        type=int,
        metavar="PX",
        help="PNG width in pixels (default 1920); the height follows",
    )
    parser.add_argument(
        "--out", metavar="FILE", required=True, help="FILE.svg, FILE.png or FILE.pdf"
    )
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    from rcpdesk.commands import CommandError, open_catalog
    from rcpdesk.maps.render import (
        DEFAULT_PIXELS,
        RenderError,
        ensure_gui_app,
        format_of,
        write_map,
        write_timeline,
    )

    out = Path(args.out).expanduser()
    try:
        fmt = format_of(out)
    except RenderError as exc:
        raise CommandError(str(exc)) from exc
    if args.year is not None and not args.coverage:
        raise CommandError("--year goes with --coverage")
    if args.width is not None and not MIN_WIDTH <= args.width <= MAX_WIDTH:
        raise CommandError(f"--width must be between {MIN_WIDTH} and {MAX_WIDTH} pixels")
    if not out.parent.is_dir():
        raise CommandError(f"cannot write {out}: no folder {out.parent}")
    catalog = open_catalog(args)
    if args.year is not None:
        first = min((p.established for p in catalog.processes() if p.established), default=None)
        last = int(catalog.edition.date[:4])
        if first is None or not first <= args.year <= last:
            raise CommandError(f"--year must be between {first} (the first founding) and {last}")
    ids: list[str] = []
    if args.process is not None:
        ids = [part.strip() for part in args.process.replace(";", ",").split(",") if part.strip()]
        if not ids:
            raise CommandError(
                "no process given: --process needs an id (comma-separated for several)"
            )
    ensure_gui_app()
    width = args.width or DEFAULT_PIXELS[0]
    height = round(width * DEFAULT_PIXELS[1] / DEFAULT_PIXELS[0])
    try:
        if args.timeline:
            write_timeline(catalog, out, fmt.value, width=width)
        else:
            from rcpdesk.maps.scene import coverage_scene, process_scene

            scene = process_scene(catalog, ids) if ids else coverage_scene(catalog, args.year)
            write_map(scene, out, fmt.value, width=width, height=height)
    except RenderError as exc:
        raise CommandError(f"cannot write {out}: {exc}") from exc
    print(f"wrote {out}")
    return 0
