"""`rcpdesk sheet`: a comparison sheet or a process profile as PDF, Markdown, CSV or HTML, headless."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rcpdesk.sheets.model import NoteRecord, NotesPlacement, Orientation, Paper, SheetFormat

EPILOG = """examples:
  rcpdesk sheet --compare bali-process,colombo-process,apc --out asia.pdf
  rcpdesk sheet --compare igc,budapest-process --dimensions funding,civil-society --paper letter --out brief.pdf
  rcpdesk sheet --profile colombo-process --with-notes --out colombo.pdf
  rcpdesk sheet --profile colombo-process --with-map --out colombo.pdf
  rcpdesk sheet --compare midsa,midwa --format csv --out -

Landscape is chosen on its own for more than four processes (--portrait or --landscape to decide).
The file is written whole or not at all."""


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    sheet = subparsers.add_parser(
        "sheet", help="write a comparison sheet or a process profile (PDF, Markdown, CSV, HTML)",
        description="Write a comparison sheet (processes side by side across dimensions) or a "
                    "process profile, ready to print. No display is needed.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    what = sheet.add_mutually_exclusive_group(required=True)
    what.add_argument("--compare", metavar="ID,ID[,...]",
                      help="the processes to compare, in column order")
    # dest differs from the global --profile (the notes folder) so the two never overwrite each other
    what.add_argument("--profile", dest="profile_id", metavar="ID", help="one process's profile")
    sheet.add_argument("--dimensions", metavar="ID,...",
                       help="the rows to compare, in order: dimension ids and the profile facts "
                            "secretariat, chair, members, observers, established, status, type, "
                            "meeting-levels, website (default: secretariat, chair, members, "
                            "established, status, then every dimension)")
    sheet.add_argument("--paper", choices=[p.value for p in Paper],
                       help="paper size (default: letter where the locale measures in inches, else a4)")
    turn = sheet.add_mutually_exclusive_group()
    turn.add_argument("--landscape", dest="orientation", action="store_const",
                      const=Orientation.LANDSCAPE.value,
                      help="turn the page (default: landscape for more than four processes)")
    turn.add_argument("--portrait", dest="orientation", action="store_const",
                      const=Orientation.PORTRAIT.value,
                      help="keep the page upright (wide comparisons are split into bands)")
    sheet.add_argument("--with-notes", nargs="?", const=NotesPlacement.CELLS.value,
                       choices=[NotesPlacement.CELLS.value, NotesPlacement.AFTER.value],
                       metavar="cells|after",
                       help="include your notes: in their cells (default) or numbered after the table")
    sheet.add_argument("--all-findings", action="store_true",
                       help="profile: print every finding of the report, not only the widely shared ones")
    sheet.add_argument("--with-map", action="store_true",
                       help="profile: include the members map after the facts (PDF only)")
    sheet.add_argument("--format", choices=[f.value for f in SheetFormat],
                       help="default: from the --out file name, else pdf")
    # also accepted after the command (`rcpdesk sheet ... --lang fr`); SUPPRESS keeps a global --lang
    sheet.add_argument("--lang", choices=("en", "fr", "es", "ar", "zh", "ru"), default=argparse.SUPPRESS,
                       help="language of the sheet's headings, labels and dates (default: English)")
    sheet.add_argument("--out", metavar="FILE", required=True,
                       help="the file to write ('-': standard output, for md, csv and html)")
    sheet.set_defaults(func=run, orientation=None)
    return sheet


def _ids(text: str | None, what: str) -> list[str]:
    from rcpdesk.commands import CommandError

    ids = [part.strip() for part in (text or "").replace(";", ",").split(",") if part.strip()]
    if not ids:
        raise CommandError(f"no {what} given: name at least one id (comma-separated)")
    return ids


def default_paper() -> Paper:
    from PySide6.QtCore import QLocale

    imperial = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return Paper.LETTER if imperial else Paper.A4


def load_note_records(profile: str | None) -> tuple[tuple[NoteRecord, ...], str | None]:
    """The notes of the profile folder, read-only; and a remark when there are none to print."""
    from rcpdesk.commands import CommandError
    from rcpdesk.notes.errors import NotesError
    from rcpdesk.notes.store import NOTES_FILE_NAME, NotesStore
    from rcpdesk.paths import user_data_dir
    from rcpdesk.sheets.notes_input import records_from_notes

    path = user_data_dir(profile) / NOTES_FILE_NAME
    if not path.is_file():
        return (), f"no notes in {path.parent}; the sheet has none"
    try:
        store = NotesStore(path, read_only=True, backup_on_open=False)
        try:
            records = records_from_notes(store.list_notes(), store.colours())
        finally:
            store.close()
    except NotesError as exc:
        raise CommandError(f"cannot read your notes: {exc}") from exc
    return records, None if records else "no notes to print"


def run(args: argparse.Namespace) -> int:
    from rcpdesk.commands import CommandError, open_catalog
    from rcpdesk.sheets.build import EmptySelection
    from rcpdesk.sheets.export import (
        SheetRequest,
        UnknownSuffix,
        build_sheet,
        check_writable,
        infer_format,
        render_text,
        write_sheet,
    )
    from rcpdesk.sheets.layout import SheetRenderError, ensure_gui_app
    from rcpdesk.sheets.model import SheetOptions

    to_stdout = args.out == "-"
    try:
        fmt = infer_format(Path(args.out), args.format) if not to_stdout else SheetFormat(args.format or "md")
    except UnknownSuffix as exc:
        raise CommandError(str(exc)) from exc
    if to_stdout and fmt is SheetFormat.PDF:
        raise CommandError("a PDF cannot go to standard output: give --out FILE.pdf")
    out = Path(args.out).expanduser()
    if not to_stdout:
        try:
            check_writable(out)
        except OSError as exc:
            raise CommandError(f"cannot write {out}: {exc.strerror}") from exc
    if args.profile_id is not None and args.dimensions:
        raise CommandError("--dimensions is for --compare; a profile shows every dimension")

    ensure_gui_app()  # before any Qt text or date: the sheets need a QGuiApplication
    lang = getattr(args, "lang", None) or "en"
    if lang != "en":
        from rcpdesk.sheets.i18n import install_translator

        if not install_translator(lang):  # said once, not left for the reader to find out
            from rcpdesk.paths import resources_dir

            print(f"rcpdesk: no {lang} translation: rcpdesk_{lang}.qm is missing from "
                  f"{resources_dir() / 'translations'} and could not be made from its .ts file; "
                  "the sheet's words stay in English", file=sys.stderr)
    placement = NotesPlacement(args.with_notes) if args.with_notes else NotesPlacement.NONE
    options = SheetOptions(paper=args.paper or default_paper(),
                           orientation=args.orientation or Orientation.AUTO, notes=placement,
                           all_findings=args.all_findings, lang=lang, with_map=args.with_map)
    notes: tuple[NoteRecord, ...] = ()
    if placement is not NotesPlacement.NONE:
        notes, remark = load_note_records(getattr(args, "profile", None))
        if remark:
            print(f"rcpdesk: {remark}", file=sys.stderr)
    if args.profile_id is not None:
        if not args.profile_id.strip():
            raise CommandError("no process given: --profile needs a process id")
        request = SheetRequest.profile(args.profile_id.strip(), options, notes)
    else:
        dimensions = _ids(args.dimensions, "dimensions") if args.dimensions is not None else None
        request = SheetRequest.comparison(_ids(args.compare, "processes"), dimensions, options, notes)

    catalog = open_catalog(args)
    try:
        sheet = build_sheet(catalog, request)
        if to_stdout:
            sys.stdout.write(render_text(sheet, fmt))
            return 0
        written = write_sheet(sheet, out, fmt, options)
    except EmptySelection as exc:
        raise CommandError(str(exc)) from exc
    except SheetRenderError as exc:
        raise CommandError(f"cannot write {out}: {exc}") from exc
    detail = ""
    if written.pages is not None:
        pages = "1 page" if written.pages == 1 else f"{written.pages} pages"
        detail = f" ({pages}, {options.paper.value.upper() if options.paper is Paper.A4 else 'Letter'}, " \
                 f"{'landscape' if written.landscape else 'portrait'})"
    print(f"wrote {out}{detail}")
    return 0
