"""`rcpdesk notes ...`: add, list, export, import, trash, restore, delete and recover notes headless."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from rcpdesk.notes import backup, messages
from rcpdesk.notes.errors import NotesDatabaseCorrupt, NotesError, UnknownTarget
from rcpdesk.notes.model import (
    BodyFormat,
    Note,
    NoteFilter,
    Target,
    TargetKind,
    TargetLookup,
    is_known_target,
)
from rcpdesk.notes.store import NOTES_FILE_NAME, NotesStore

_SUFFIX_FORMATS = {".md": "md", ".markdown": "md", ".csv": "csv", ".rcpnotes": "rcpnotes",
                   ".json": "rcpnotes", ".jsonld": "rcpnotes"}
_KINDS = [k.value for k in TargetKind if k is not TargetKind.PASSAGE]


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    """Add `notes` and its subcommands to the main parser's subcommands."""
    notes: argparse.ArgumentParser = subparsers.add_parser(
        "notes", help="add, list, export and import your notes")
    notes.set_defaults(func=run)
    commands = notes.add_subparsers(dest="notes_command", metavar="COMMAND", required=True)

    add = commands.add_parser("add", help="add a note to a process, paragraph, dimension or cell")
    add.add_argument("target_id", metavar="TARGET_ID",
                     help="bali-process, report-2005/p20, funding, bali-process#funding")
    add.add_argument("text", metavar="TEXT")
    add.add_argument("--tag", action="append", default=[], metavar="T", help="a tag (repeatable)")
    add.add_argument("--colour", "--color", metavar="NAME", help='e.g. "our position", concern')
    add.add_argument("--author", metavar="A")
    add.add_argument("--kind", choices=_KINDS, help="what TARGET_ID is, if it cannot be told")
    add.add_argument("--markdown", action="store_true", help="TEXT is Markdown")

    listing = commands.add_parser("list", help="list notes, newest first")
    listing.add_argument("--json", action="store_true", help="one JSON array, for scripts")
    _add_filters(listing)

    export = commands.add_parser("export", help="write notes to a file")
    export.add_argument("--out", required=True, metavar="FILE")
    export.add_argument("--format", choices=("rcpnotes", "md", "csv"),
                        help="default: from the file name, else rcpnotes")
    _add_filters(export)

    do_import = commands.add_parser("import", help="merge a colleague's .rcpnotes file")
    do_import.add_argument("file", metavar="FILE")
    do_import.add_argument("--dry-run", action="store_true", help="show the counts, change nothing")
    do_import.add_argument("--keep-unknown", action="store_true",
                           help="import notes on things this data edition lacks, flagged for review")

    commands.add_parser("trash", help="list the notes in the trash")
    restore = commands.add_parser("restore", help="take a note out of the trash")
    restore.add_argument("note_id", metavar="ID", help="the id, or its first characters")
    delete = commands.add_parser("delete", help="move a note to the trash")
    delete.add_argument("note_id", metavar="ID", help="the id, or its first characters")

    recover = commands.add_parser(
        "recover", help="restore your notes from a backup (the current file is kept aside)")
    recover.add_argument("--list", action="store_true",
                         help="list the backups (date, notes) and the state of your notes file")
    recover.add_argument("--from", dest="backup", metavar="BACKUP",
                         help="the backup to restore: its number in --list, its name or its path"
                              " (default: the newest good one)")
    return notes


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--tag", help="only notes with this tag")
    parser.add_argument("--colour", "--color", metavar="NAME", help="only notes of this colour")
    parser.add_argument("--kind", choices=[k.value for k in TargetKind], help="only this kind of target")
    parser.add_argument("--target", metavar="TARGET_ID", help="only notes on this target")
    parser.add_argument("--text", help="only notes containing this text")
    parser.add_argument("--needs-review", action="store_true", help="only orphaned notes and conflicts")


def run(args: argparse.Namespace, known_target: TargetLookup | None = None, *,
        edition: str | None = None) -> int:
    """Run a notes subcommand; errors are one line on stderr and a non-zero exit."""
    try:
        if args.notes_command == "recover":  # the one command that must not open the file
            return _cmd_recover(_notes_path(args), args)
        with _open_store(args) as store:
            return _COMMANDS[args.notes_command](store, args, known_target, edition)
    except NotesDatabaseCorrupt as exc:
        _error(f"{exc} {messages.DB_RECOVER_HINT}")  # one line, naming the way back
        return 1
    except NotesError as exc:
        _error(str(exc))
        return 1
    except OSError as exc:
        _error(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
        return 1
    except Exception as exc:  # noqa: BLE001 - the command line never shows a traceback
        _error(messages.CLI_UNEXPECTED.format(kind=type(exc).__name__, detail=exc))
        return 3


def _notes_path(args: argparse.Namespace) -> Path:
    from rcpdesk.paths import user_data_dir

    return user_data_dir(getattr(args, "profile", None)) / NOTES_FILE_NAME


def _open_store(args: argparse.Namespace) -> NotesStore:
    return NotesStore.open_best(_notes_path(args), default_author=getattr(args, "author", None))


def _cmd_recover(path: Path, args: argparse.Namespace) -> int:
    """List the backups, or keep the notes file aside and restore one (the window's "Restore
    Latest Backup" runs the same backup.recover)."""
    folder = backup.backup_dir_for(path)
    if args.list:
        infos = backup.describe_backups(folder)
        print((messages.RECOVERY_LIST_HEADER if infos else messages.RECOVERY_LIST_EMPTY)
              .format(folder=folder))
        for number, info in enumerate(infos, start=1):
            if not info.good:
                state = messages.RECOVERY_LIST_DAMAGED
            else:
                state = (messages.RECOVERY_LIST_ONE_NOTE if info.notes == 1
                         else messages.RECOVERY_LIST_NOTES).format(count=info.notes)
            print(f"{number:>4}. {info.label:<21} {state:<12} {info.path.name}")
        print(messages.RECOVERY_LIST_NOW.format(state=_file_state(path)))
        return 0
    source = backup.find_backup(folder, args.backup) if args.backup else None
    if source is None:
        count = _readable_count(path)
        if count is not None:  # nothing is wrong: replacing good notes takes a named backup
            print(messages.RECOVERY_NOT_NEEDED.format(count=count, path=path), file=sys.stderr)
            return 1
    recovery = NotesStore.recover(path, source=source)
    print(recovery.message)
    with NotesStore(path) as store:
        print(messages.RECOVERY_NOW.format(count=store.count(), path=path))
    return 0


def _readable_count(path: Path) -> int | None:
    """The notes in the file when it opens whole, else None (missing, damaged, emptied)."""
    if not path.is_file():
        return None
    try:
        with NotesStore(path, read_only=True, backup_on_open=False) as store:
            return store.count()
    except NotesError:
        return None


def _file_state(path: Path) -> str:
    if not path.exists():
        return messages.RECOVERY_STATE_MISSING
    count = _readable_count(path)
    if count is None:
        return messages.RECOVERY_STATE_DAMAGED
    return messages.RECOVERY_STATE_GOOD.format(count=count)


def _error(message: str) -> None:
    print(f"rcpdesk notes: error: {' '.join(message.split())}", file=sys.stderr)


def _cmd_add(store: NotesStore, args: argparse.Namespace, lookup: TargetLookup | None,
             edition: str | None) -> int:
    target = _target_from_arg(args.target_id, args.kind, lookup)
    note = store.add(target, args.text, tags=args.tag, colour=args.colour, author=args.author,
                     body_format=BodyFormat.MARKDOWN if args.markdown else BodyFormat.TEXT)
    print(messages.CLI_ADDED.format(note_id=note.id))
    return 0


def _target_from_arg(target_id: str, kind: str | None, lookup: TargetLookup | None) -> Target:
    target_id = target_id.strip()
    if kind is None:
        answer = lookup(target_id) if lookup is not None else None
        if isinstance(answer, str) and answer in _KINDS:
            kind = answer
        elif "#" in target_id:
            kind = TargetKind.CELL.value
        elif "/" in target_id:
            kind = TargetKind.PARAGRAPH.value
        elif lookup is None:
            raise NotesError(messages.TARGET_KIND_NEEDED, target_id=target_id)
        else:
            raise UnknownTarget(target_id=target_id)
    target = Target(TargetKind(kind), target_id)
    if not is_known_target(target, lookup):
        raise UnknownTarget(target_id=target_id)
    return target


def _filter(store: NotesStore, args: argparse.Namespace) -> NoteFilter:
    return NoteFilter(tag=args.tag, colour=args.colour, kind=args.kind, target_id=args.target,
                      text=args.text, needs_review=True if args.needs_review else None)


def _cmd_list(store: NotesStore, args: argparse.Namespace, lookup: TargetLookup | None,
              edition: str | None) -> int:
    notes = store.list_notes(_filter(store, args))
    _print_notes(store, notes, as_json=args.json, empty=messages.CLI_NO_NOTES)
    return 0


def _cmd_trash(store: NotesStore, args: argparse.Namespace, lookup: TargetLookup | None,
               edition: str | None) -> int:
    _print_notes(store, store.trash(), as_json=False, empty=messages.CLI_TRASH_EMPTY)
    return 0


def _print_notes(store: NotesStore, notes: tuple[Note, ...], *, as_json: bool, empty: str) -> None:
    names = {colour.key: colour.name for colour in store.colours()}
    if as_json:
        json.dump([_note_json(note, names) for note in notes], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return
    if not notes:
        print(empty)
        return
    for note in notes:
        first_line = " ".join(note.body.split())
        if len(first_line) > 72:
            first_line = first_line[:71] + "…"
        extras = []
        if note.colour:
            extras.append(f"[{names.get(note.colour, note.colour)}]")
        extras += [f"#{tag}" for tag in note.tags]
        if note.needs_review:
            extras.append("(needs review)")
        print(f"{note.id[:8]}  {note.target.label}  {' '.join(extras)}".rstrip())
        if first_line:
            print(f"          {first_line}")


def _note_json(note: Note, colour_names: dict[str, str]) -> dict[str, Any]:
    data = asdict(note)
    data["target"] = {k: v for k, v in data["target"].items() if v not in (None, "")}
    data["colour_name"] = colour_names.get(note.colour or "")
    data["needs_review"] = note.needs_review
    data["tags"] = list(note.tags)
    data["history"] = list(note.history)
    return data


def _cmd_export(store: NotesStore, args: argparse.Namespace, lookup: TargetLookup | None,
                edition: str | None) -> int:
    from rcpdesk.notes.exchange import export_notes

    out = Path(args.out)
    export_format = args.format or _SUFFIX_FORMATS.get(out.suffix.lower() or ".rcpnotes")
    if export_format is None:  # notes.xyz: not an exchange file under a name that says otherwise
        raise NotesError(messages.EXPORT_UNKNOWN_SUFFIX, name=out.name)
    filtered = any((args.tag, args.colour, args.kind, args.target, args.text, args.needs_review))
    selection = store.list_notes(_filter(store, args)) if filtered else None
    count = export_notes(store, out, export_format=export_format, notes=selection, edition=edition)
    print(messages.EXPORT_DONE.format(count=count, path=out))
    return 0


def _cmd_import(store: NotesStore, args: argparse.Namespace, lookup: TargetLookup | None,
                edition: str | None) -> int:
    from rcpdesk.notes.exchange import import_file

    preview = import_file(store, Path(args.file), lookup, keep_unknown=args.keep_unknown,
                          dry_run=args.dry_run)
    print(preview.summary())
    if preview.sanitised:
        print(messages.IMPORT_SANITISED.format(count=preview.sanitised))
    if edition and preview.edition and preview.edition != edition:
        print(messages.IMPORT_EDITION_DIFFERS.format(theirs=preview.edition, ours=edition))
    print(messages.IMPORT_DRY_RUN if args.dry_run else messages.IMPORT_DONE)
    return 0


def _cmd_restore(store: NotesStore, args: argparse.Namespace, lookup: TargetLookup | None,
                 edition: str | None) -> int:
    note = store.restore(store.resolve_id(args.note_id))
    print(messages.CLI_RESTORED.format(note_id=note.id))
    return 0


def _cmd_delete(store: NotesStore, args: argparse.Namespace, lookup: TargetLookup | None,
                edition: str | None) -> int:
    note = store.delete(store.resolve_id(args.note_id))
    print(messages.CLI_DELETED.format(note_id=note.id))
    return 0


_COMMANDS = {"add": _cmd_add, "list": _cmd_list, "export": _cmd_export, "import": _cmd_import,
             "trash": _cmd_trash, "restore": _cmd_restore, "delete": _cmd_delete}
