"""The .ts files are complete: every entry translated, placeholders and accelerators kept, and no
string of the sources missing from them (lupdate run again into a scratch copy adds nothing)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from rcpdesk.translations import LANGUAGES, read_ts, update_ts

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
FIELD = re.compile(r"\{[^{}]*\}|%n|%L?\d")
# Qt's plural forms (lupdate's numerus rules): Arabic has zero, one, two, few (3-10), many
# (11-99) and the hundreds; Russian one, few, many; Chinese a single form.
PLURAL_FORMS = {"fr": 2, "es": 2, "ar": 6, "zh": 1, "ru": 3}
SCRIPTS = {"ar": "\u0600-\u06ff", "zh": "\u4e00-\u9fff", "ru": "\u0400-\u04ff"}


def fields(text: str) -> list[str]:
    return sorted(FIELD.findall(text))


@pytest.fixture(scope="module", params=LANGUAGES)
def catalog(request):
    path = TRANSLATIONS / f"rcpdesk_{request.param}.ts"
    assert path.is_file(), f"{path.name} is missing: run `python -m rcpdesk.translations update`"
    return request.param, read_ts(path)


def test_the_ts_file_names_its_language(catalog):
    lang, ts = catalog
    assert ts.language.split("_")[0] == lang


def test_no_entry_is_unfinished_or_empty(catalog):
    lang, ts = catalog
    unfinished = [m.source for m in ts.messages if m.unfinished]
    empty = [m.source for m in ts.messages if any(not t.strip() for t in m.translations)]
    assert not unfinished, f"{lang}: unfinished entries (run tools/fill_translations.py): {unfinished[:10]}"
    assert not empty, f"{lang}: empty translations: {empty[:10]}"


def test_no_entry_lacks_a_context(catalog):
    """An empty context is a string no translator looks up (a helper lupdate did not follow)."""
    _lang, ts = catalog
    assert not [m.source for m in ts.messages if not m.context]


def test_placeholders_and_accelerators_are_kept(catalog):
    lang, ts = catalog
    wrong = []
    for m in ts.messages:
        for form in m.translations:
            wanted = fields(m.source.replace("%n", "")) if m.numerus else fields(m.source)
            have = fields(form.replace("%n", "")) if m.numerus else fields(form)
            if have != wanted:
                wrong.append((m.context, m.source, form))
            if "&" in m.source.replace("&&", "") and form.replace("&&", "").count("&") != 1:
                wrong.append((m.context, m.source, form))
        if m.numerus:  # every plural form Qt knows for the language, each with its count
            assert len(m.translations) == PLURAL_FORMS[lang] and all("%n" in f for f in m.translations), \
                (lang, m.source)
    assert not wrong, f"{lang}: {wrong[:10]}"


def test_translations_are_not_copies_of_the_english(catalog):
    """A few words are the same in both languages (Notes, Dimension, A4); most are not."""
    _lang, ts = catalog
    same = [m for m in ts.messages if m.translations[0] == m.source]
    assert len(same) < 0.1 * len(ts.messages), [m.source for m in same]


def test_the_six_un_languages_are_all_there():
    assert set(LANGUAGES) == {"fr", "es", "ar", "zh", "ru"}


def test_arabic_chinese_and_russian_are_written_in_their_script(catalog):
    """Every entry of ar/zh/ru holds letters of its script, unless it is a symbol, a file filter
    or a name that stays Latin (A4, PDF (*.pdf), {process}: {value})."""
    lang, ts = catalog
    if lang not in SCRIPTS:
        return
    script = re.compile(f"[{SCRIPTS[lang]}]")
    latin_words = re.compile(r"[A-Za-z]{3,}")
    missing = [m.source for m in ts.messages
               if latin_words.search(FIELD.sub("", m.source.replace("rcpdesk", "")))
               and not re.search(r"\(\*\.\w+\)|^A4$|^Letter$|^ISO 3166|^[A-Z]+ \(", m.source)
               and not all(script.search(t) for t in m.translations)]
    assert not missing, f"{lang}: entries without its script: {missing[:10]}"


def test_every_string_of_the_sources_is_in_the_ts_files(tmp_path):
    """lupdate (with rcpdesk's extraction) into a scratch copy: no new or unfinished entry.

    Fails when a visible string is added to the sources without a translation: run
    `python -m rcpdesk.translations update` and `python tools/fill_translations.py`.
    """
    for lang in LANGUAGES:
        shutil.copy(TRANSLATIONS / f"rcpdesk_{lang}.ts", tmp_path / f"rcpdesk_{lang}.ts")
    update_ts(tmp_path)
    for lang in LANGUAGES:
        committed = {m.key for m in read_ts(TRANSLATIONS / f"rcpdesk_{lang}.ts").messages}
        fresh = read_ts(tmp_path / f"rcpdesk_{lang}.ts")
        missing = [m.key for m in fresh.messages if m.key not in committed or m.unfinished]
        assert not missing, f"rcpdesk_{lang}.ts lacks {len(missing)} strings: {missing[:10]}"
        vanished = committed - {m.key for m in fresh.messages}
        assert not vanished, f"rcpdesk_{lang}.ts holds strings the sources no longer have: {sorted(vanished)[:10]}"


def test_the_fill_tool_is_idempotent_and_reports_nothing_untranslated(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("fill_translations", ROOT / "tools" / "fill_translations.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    for lang in LANGUAGES:
        shutil.copy(TRANSLATIONS / f"rcpdesk_{lang}.ts", tmp_path / f"rcpdesk_{lang}.ts")
        shutil.copy(TRANSLATIONS / f"glossary_{lang}.json", tmp_path / f"glossary_{lang}.json")
    before = {p.name: p.read_bytes() for p in tmp_path.glob("*.ts")}
    assert tool.main(["--check", "--folder", str(tmp_path)]) == 0
    assert {p.name: p.read_bytes() for p in tmp_path.glob("*.ts")} == before
