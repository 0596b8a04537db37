"""`rcpdesk pack`: a briefing pack for a meeting (PDF, HTML or Markdown), headless."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rcpdesk.sheets.model import Paper

EPILOG = """examples:
  rcpdesk pack --processes colombo-process,abu-dhabi-dialogue --country LKA --tag budget --out pack.pdf
  rcpdesk pack --processes bali-process,apc --dimensions secretariat,funding --title "Bali, March" --out bali.pdf
  rcpdesk pack --processes igc,budapest-process --format md --out brief.md

The pack holds, in order: a cover, the contents, each process's profile, the comparison, the
2005 report's findings on the rows compared, the members maps, the country's page (--country),
your notes (those tagged --tag, else all) and the sources, numbered once for the whole pack.
The file is written whole or not at all."""


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    pack = subparsers.add_parser(
        "pack", help="write a briefing pack for a meeting (PDF, HTML, Markdown)",
        description="Write a briefing pack: profiles, comparison, the report's findings, members "
                    "maps, a country's page and your notes in one document. No display is needed.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    pack.add_argument("--processes", metavar="ID,ID[,...]", required=True,
                      help="the processes, in the order the pack takes them")
    pack.add_argument("--dimensions", metavar="ID,...",
                      help="the rows to compare (dimension ids and profile facts such as secretariat, "
                           "chair, members; default: a new comparison's rows)")
    pack.add_argument("--country", metavar="ISO3", help="add this country's page (e.g. LKA)")
    pack.add_argument("--tag", dest="tags", action="append", default=[], metavar="TAG",
                      help="only your notes with this tag (repeat for several; default: all notes)")
    pack.add_argument("--title", help="the cover's title (default: from the processes)")
    pack.add_argument("--paper", choices=[p.value for p in Paper],
                      help="paper size (default: letter where the locale measures in inches, else a4)")
    pack.add_argument("--no-maps", dest="with_maps", action="store_false", help="leave out the members maps")
    pack.add_argument("--format", choices=("pdf", "html", "md"), help="default: from the --out file name, else pdf")
    pack.add_argument("--lang", choices=("en", "fr", "es", "ar", "zh", "ru"), default=argparse.SUPPRESS,
                      help="language of the pack's headings, labels and dates (default: English)")
    pack.add_argument("--out", metavar="FILE", required=True, help="the file to write")
    pack.set_defaults(func=run)
    return pack


def run(args: argparse.Namespace) -> int:
    from rcpdesk.commands import CommandError, open_catalog
    from rcpdesk.sheets.build import EmptySelection
    from rcpdesk.sheets.cli import _ids, default_paper, load_note_records
    from rcpdesk.sheets.layout import SheetRenderError, ensure_gui_app
    from rcpdesk.sheets.pack import PackRequest, build_pack
    from rcpdesk.sheets.pack_export import pack_format, write_pack

    out = Path(args.out).expanduser()
    fmt = pack_format(out, args.format)
    ensure_gui_app()  # before any Qt text or date
    lang = getattr(args, "lang", None) or "en"
    if lang != "en":
        from rcpdesk.sheets.i18n import install_translator

        if not install_translator(lang):
            print(f"rcpdesk: no {lang} translation; the pack's words stay in English", file=sys.stderr)
    dimensions = _ids(args.dimensions, "dimensions") if args.dimensions is not None else None
    request = PackRequest(tuple(_ids(args.processes, "processes")),
                          tuple(dimensions) if dimensions is not None else None,
                          country=args.country, tags=tuple(args.tags), title=args.title,
                          paper=args.paper or default_paper(), lang=lang, with_maps=args.with_maps)
    notes, remark = load_note_records(getattr(args, "profile", None))
    if remark:
        print(f"rcpdesk: {remark}", file=sys.stderr)
    catalog = open_catalog(args)
    try:
        pack = build_pack(catalog, request, notes)
        written = write_pack(pack, out, fmt)
    except EmptySelection as exc:
        raise CommandError(str(exc)) from exc
    except SheetRenderError as exc:
        raise CommandError(f"cannot write {out}: {exc}") from exc
    except OSError as exc:
        raise CommandError(f"cannot write {out}: {exc.strerror or exc}") from exc
    shown = sum(len(g.notes) for g in pack.notes)
    detail = f"{written.pages} pages, " if written.pages is not None else ""
    print(f"wrote {out} ({detail}{len(pack.profiles)} processes, {shown} of {len(notes)} notes)")
    return 0
