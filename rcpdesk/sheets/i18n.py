"""The words and dates of a sheet: every label through Qt's translate, dates in the locale's format."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from rcpdesk.catalog.agreement import LABELS

CONTEXT = "Sheets"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate: a visible string, translated once a translator is installed.

    Call it as translate("Sheets", "literal text") so that pyside6-lupdate finds the string.
    Inside sheet_language(lang), the words are that language's, whatever the window speaks.
    """
    chosen = _sheet_language.get()
    if chosen is not None:
        _lang, translator = chosen
        found = translator.translate(context, text, disambiguation, n) if translator is not None else ""
        return found or text
    return QCoreApplication.translate(context, text, disambiguation, n)


# The language a sheet is being written in, for this thread only: a pack written in French on a
# worker while the window speaks English (installing a translator would retranslate the window).
_sheet_language: ContextVar[tuple[str, Any] | None] = ContextVar("sheet_language", default=None)


@contextmanager
def sheet_language(lang: str) -> Iterator[None]:
    """The sheets' words in lang for what is built inside (English when lang has no catalogue)."""
    from PySide6.QtCore import QTranslator

    from rcpdesk.paths import resources_dir

    translator = None
    if lang and lang != "en":
        translator = QTranslator()
        if not translator.load(f"rcpdesk_{lang}", str(resources_dir() / "translations")):
            translator = None
    from rcpdesk.content_names import install as install_content_names

    install_content_names(translate)  # the names of regions and rows in ar, zh, ru
    token = _sheet_language.set((lang or "en", translator))
    try:
        yield
    finally:
        _sheet_language.reset(token)


def agreement_label(level: str) -> str:
    """The level of agreement a finding carries, as words ("Broad agreement"), in the language
    installed now: the one definition for the window's pages and models and for every sheet
    (one context, so each label is translated once)."""
    labels = {
        "unanimous": translate("agreement", "Unanimous"),
        "consensus": translate("agreement", "Consensus"),
        "broad-agreement": translate("agreement", "Broad agreement"),
        "majority": translate("agreement", "Majority"),
        "many": translate("agreement", "Many participants"),
        "several": translate("agreement", "Several participants"),
        "some": translate("agreement", "Some participants"),
        "a-few": translate("agreement", "A few participants"),
        "one-participant": translate("agreement", "One participant"),
        "report-states": translate("agreement", "The report states"),
        "speaker": translate("agreement", "Speaker's own statement"),
        "procedural": translate("agreement", "Procedural (no position)"),
    }
    return labels.get(level, LABELS.get(level, level))


def locale_for(lang: str) -> QLocale:
    """The delegate's own locale when it speaks the sheet's language (en_GB, es_MX), else the language's."""
    wanted = QLocale(lang)
    system = QLocale.system()
    return system if system.language() == wanted.language() else wanted


def _long_format_without_weekday(locale: QLocale) -> str:
    fmt = locale.dateFormat(QLocale.FormatType.LongFormat)
    fmt = re.sub(r"d{4}[,.]?\s*", "", fmt).strip(" ,")
    return fmt or "d MMMM yyyy"


def format_day(date: QDate, locale: QLocale, *, weekday: bool = False) -> str:
    if weekday:
        return locale.toString(date, QLocale.FormatType.LongFormat)
    return locale.toString(date, _long_format_without_weekday(locale))


def format_date(value: str | None, locale: QLocale) -> str:
    """A date of the data (2024, 2024-05 or 2024-05-01) in the locale's words; other text unchanged."""
    if not value:
        return ""
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        date = QDate.fromString(text, "yyyy-MM-dd")
        return format_day(date, locale) if date.isValid() else text
    if re.fullmatch(r"\d{4}-\d{2}", text):
        date = QDate.fromString(text + "-01", "yyyy-MM-dd")
        return locale.toString(date, "MMMM yyyy") if date.isValid() else text
    return text


def today(locale: QLocale) -> str:
    """The day the sheet is printed, weekday included: a delegate files sheets by meeting day."""
    return format_day(QDate.currentDate(), locale, weekday=True)


# Labels the sheets use inside f-strings, where lupdate would not find them: one call each, here.
_LABELS: dict[str, Callable[[], str]] = {
    "2005_report": lambda: translate("Sheets", "2005 report"),
    "another_source_gives": lambda: translate("Sheets", "Another source gives"),
    "as_of_date": lambda: translate("Sheets", "as of {date}"),
    "colours_of_your_notes": lambda: translate("Sheets", "Colours of your notes"),
    "data_edition_edition": lambda: translate("Sheets", "Data edition {edition}"),
    "dimension": lambda: translate("Sheets", "Dimension"),
    "fact": lambda: translate("Sheets", "Fact"),
    "facts": lambda: translate("Sheets", "Facts"),
    "findings_on_the_processes_that_took_part": lambda: translate("Sheets", "Findings on the processes that took part, widest agreement first"),
    "no_finding_on_this_dimension_in_the_repo": lambda: translate("Sheets", "No finding on this dimension in the report"),
    "no_text": lambda: translate("Sheets", "(no text)"),
    "not_known": lambda: translate("Sheets", "Not known"),
    "note": lambda: translate("Sheets", "Note"),
    "on_the_data": lambda: translate("Sheets", "On the data"),
    "positions_on_the_comparison_dimensions": lambda: translate("Sheets", "Positions on the comparison dimensions"),
    "printed_date": lambda: translate("Sheets", "Printed {date}"),
    "report_citation": lambda: translate("Sheets", "Report: {citation}"),
    "sources": lambda: translate("Sheets", "Sources"),
    "the_2005_report_on_this_dimension": lambda: translate("Sheets", "The 2005 report on this dimension"),
    "unverified": lambda: translate("Sheets", "(unverified)"),
    "value_date_and_sources": lambda: translate("Sheets", "Value, date and sources"),
    "what_the_2005_report_says": lambda: translate("Sheets", "What the 2005 report says"),
    "where_the_report_names_the_process": lambda: translate("Sheets", "Where the report names the process"),
    "your_notes": lambda: translate("Sheets", "Your notes"),
    "your_notes_on_the_process": lambda: translate("Sheets", "Your notes on the process"),
}


def term(key: str) -> str:
    """A sheet label by key, translated now (the language may change while the app runs)."""
    return _LABELS[key]()


_translators: list = []


def remove_translators() -> None:
    """Take out the translators install_translator() put in (the sheets' words back in English)."""
    app = QCoreApplication.instance()
    for translator in _translators:
        if app is not None:
            app.removeTranslator(translator)
    _translators.clear()


def install_translator(lang: str) -> bool:
    """For the headless command line: rcpdesk's translation of the sheets' words, if it exists.

    (The window installs its own translators; this is only for `rcpdesk sheet ... --lang fr`.)
    A second call replaces the first one's translator; "en" removes it.
    """
    from PySide6.QtCore import QTranslator

    from rcpdesk.paths import resources_dir

    app = QCoreApplication.instance()
    remove_translators()
    if app is None or lang == "en":
        return lang == "en"
    translator = QTranslator(app)
    folder = str(resources_dir() / "translations")
    if not translator.load(f"rcpdesk_{lang}", folder):
        from rcpdesk.translations import compile_missing  # a source checkout: .ts but no .qm yet

        if not (compile_missing() and translator.load(f"rcpdesk_{lang}", folder)):
            return False
    app.installTranslator(translator)
    _translators.append(translator)
    from rcpdesk.content_names import install as install_content_names

    install_content_names(translate)  # region and dimension names in ar, zh, ru
    return True


def more_findings_words(citations: Sequence[str]) -> str:
    """"3 more findings in the report: ¶17 · ¶27 · ¶47" (each paragraph named once), for every
    sheet format."""
    named = " · ".join(dict.fromkeys(citations))
    return (translate("Sheets", "1 more finding in the report: {citations}") if len(citations) == 1
            else translate("Sheets", "{n} more findings in the report: {citations}")).format(
        n=len(citations), citations=named)
