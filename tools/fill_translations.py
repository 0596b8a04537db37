"""Fill the .ts files from the reviewed glossaries, and say what is still untranslated.

    python -m rcpdesk.translations update     # lupdate: new strings come in as "unfinished"
    python tools/fill_translations.py         # the glossaries fill them; the rest is listed
    python tools/fill_translations.py --check # exit 1 if anything is untranslated (CI)

The glossaries are resources/translations/glossary_<lang>.json:

    {"language": "fr",
     "strings":  {"English source": "traduction", "%n result(s)": ["%n résultat", "%n résultats"]},
     "contexts": {"MainWindow": {"Map": "Carte"}}}

A message takes its context's entry first, else the context-free one; plural (numerus) messages
take a list with one form per plural form of the language (French and Spanish: two). A
translation already in the .ts but absent from the glossary is kept (and listed with
--list-extra, so it can move into the glossary). Running the tool twice changes nothing.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rcpdesk.translations import LANGUAGES, TsMessage, read_ts, write_ts

TRANSLATIONS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")


def glossary_path(lang: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"glossary_{lang}.json"


def load_glossary(lang: str, folder: Path = TRANSLATIONS) -> dict:
    path = glossary_path(lang, folder)
    if not path.is_file():
        return {"language": lang, "strings": {}, "contexts": {}}
    data = json.loads(path.read_text(encoding="utf-8"))
    data.setdefault("strings", {})
    data.setdefault("contexts", {})
    return data


def lookup(glossary: dict, message: TsMessage) -> str | list[str] | None:
    by_context = glossary["contexts"].get(message.context, {})
    for key in ((f"{message.source}|{message.comment}",) if message.comment else ()) + (message.source,):
        if key in by_context:
            return by_context[key]
    for key in ((f"{message.source}|{message.comment}",) if message.comment else ()) + (message.source,):
        if key in glossary["strings"]:
            return glossary["strings"][key]
    return None


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def problems(message: TsMessage, forms: list[str]) -> list[str]:
    """Why a translation cannot be used: a lost or extra placeholder, a lost accelerator."""
    found = []
    wanted = placeholders(message.source.replace("%n", "")) if message.numerus else placeholders(message.source)
    for form in forms:
        if not form.strip() and message.source.strip():
            found.append("empty translation")
            continue
        have = placeholders(form.replace("%n", "")) if message.numerus else placeholders(form)
        if have != wanted:
            found.append(f"placeholders {have} instead of {wanted}")
        if "&" in message.source.replace("&&", "") and "&" not in form.replace("&&", ""):
            found.append("the & accelerator is missing")
    if message.numerus and not any("%n" in f for f in forms):
        found.append("%n is missing from the plural forms")
    return found


def fill(ts_path: Path, glossary: dict) -> dict[str, list[str]]:
    """Apply the glossary to one .ts file; returns what is untranslated, refused, kept."""
    catalog = read_ts(ts_path)
    report: dict[str, list[str]] = {"untranslated": [], "refused": [], "kept": [], "filled": []}
    changed = False
    for message in catalog.messages:
        label = f"{message.context or '<no context>'}: {message.source!r}"
        entry = lookup(glossary, message)
        if entry is None:
            if message.unfinished or not any(t.strip() for t in message.translations):
                report["untranslated"].append(label)
            else:
                report["kept"].append(label)
            continue
        count = max(len(message.translations), 1)
        forms = list(entry) if isinstance(entry, list) else [entry] * count
        if message.numerus and len(forms) != count:
            report["refused"].append(f"{label}: {len(forms)} plural forms, the language has {count}")
            continue
        if not message.numerus:
            forms = forms[:1]
        trouble = problems(message, forms)
        if trouble:
            report["refused"].append(f"{label}: {'; '.join(trouble)}")
            continue
        report["filled"].append(label)
        if message.translations != forms or message.unfinished:
            message.translations = forms
            message.unfinished = False
            changed = True
    if changed:
        write_ts(catalog, ts_path)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if anything is untranslated")
    parser.add_argument("--list-extra", action="store_true",
                        help="list translations kept from the .ts that the glossary lacks")
    parser.add_argument("--folder", type=Path, default=TRANSLATIONS)
    args = parser.parse_args(argv)
    failed = False
    for lang in LANGUAGES:
        ts_path = args.folder / f"rcpdesk_{lang}.ts"
        if not ts_path.is_file():
            print(f"{ts_path}: missing (run `python -m rcpdesk.translations update`)")
            failed = True
            continue
        report = fill(ts_path, load_glossary(lang, args.folder))
        total = len(report["filled"]) + len(report["kept"]) + len(report["untranslated"]) \
            + len(report["refused"])
        print(f"{lang}: {len(report['filled']) + len(report['kept'])} of {total} translated "
              f"({len(report['kept'])} kept from the .ts), {len(report['untranslated'])} untranslated, "
              f"{len(report['refused'])} refused")
        for label in report["untranslated"]:
            print(f"  untranslated  {label}")
        for label in report["refused"]:
            print(f"  refused       {label}")
        if args.list_extra:
            for label in report["kept"]:
                print(f"  not in glossary  {label}")
        failed = failed or bool(report["untranslated"] or report["refused"])
    return 1 if failed and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
