"""What a careless user or a hostile argument gives the command line: huge numbers, a pasted page
as a query, the same id 500 times, an unknown file suffix, a profile that is a file, a missing
folder. Each gets one line that says what to do, never a traceback, and never a wrong file."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

HUGE = "99999999999"
MAX_QUERY_CHARS, MAX_QUERY_TERMS = 1000, 64  # what a search reads of a query (issue 15)


def _one_line_error(result, *words: str) -> str:
    """The command failed with exactly one line on stderr, naming these words."""
    message = result.stderr.strip()
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in message and len(message.splitlines()) == 1, message
    for word in words:
        assert word in message, message
    return message


# --- numbers ----------------------------------------------------------------------------------


NUMERIC_OPTIONS = [  # every numeric option of every command, beyond its range
    (["search", "funding", "--limit", HUGE], ["--limit", "10,000"]),
    (["search", "funding", "--limit", "0"], ["--limit"]),
    (["search", "funding", "--limit", "-3"], ["--limit"]),
    (["map", "--coverage", "--year", HUGE, "--out", "{tmp}/m.svg"], ["--year"]),
    (["map", "--coverage", "--width", HUGE, "--out", "{tmp}/m.png"], ["--width"]),
    (["map", "--coverage", "--width", "-" + HUGE, "--out", "{tmp}/m.png"], ["--width"]),
]


def test_every_numeric_option_refuses_a_number_out_of_range_in_one_line(cli, tmp_path: Path) -> None:
    for args, words in NUMERIC_OPTIONS:
        _one_line_error(cli(*(arg.format(tmp=tmp_path) for arg in args)), *words)
    assert not list(tmp_path.iterdir())


# --- a pasted page as a query -----------------------------------------------------------------


def _pasted_page(real_catalog, size: int) -> str:
    """Real prose, as a delegate might paste a page of the report into the search."""
    texts = [real_catalog.paragraph_texts()[f"report-2005/p{n}"] for n in (19, 20, 21, 22)]
    page = " ".join(texts)
    return " ".join([page] * (size // len(page) + 1))[:size]


def test_a_100_kb_query_is_shortened_with_a_message_and_answers_within_a_second(cli, real_catalog) -> None:
    query = _pasted_page(real_catalog, 100_000)
    started = time.perf_counter()
    baseline = cli("search", "funding", "--limit", "3")
    startup = time.perf_counter() - started
    assert baseline.returncode == 0

    started = time.perf_counter()
    result = cli("search", query, "--limit", "3", timeout=60)
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    assert "¶19" in result.stdout  # the first words of the pasted page are the paragraph's own
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1 and "shortened" in message, message
    assert f"{MAX_QUERY_CHARS:,} characters" in message and f"{MAX_QUERY_TERMS} different" in message
    assert elapsed - startup < 1.0, f"{elapsed:.2f} s against {startup:.2f} s for a one-word search"


def test_the_cost_of_a_query_grows_no_faster_than_its_length(real_catalog) -> None:
    """Below the cap: a query twice as long costs about twice as much, not four times."""
    def cost(size: int) -> float:
        query = _pasted_page(real_catalog, size)
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            real_catalog.search(query, limit=10)
            best = min(best, time.perf_counter() - started)
        return best

    repeated_word = " ".join(["migration"] * 110)  # 1,000 characters of one word
    started = time.perf_counter()
    real_catalog.search(repeated_word, limit=10)
    assert time.perf_counter() - started < 0.2
    short, long_ = cost(MAX_QUERY_CHARS // 2), cost(MAX_QUERY_CHARS)
    assert long_ < max(4 * short, 0.05), (short, long_)


def test_the_window_search_shortens_a_pasted_page_and_says_so(qtbot, real_db: Path,
                                                               isolated_profile: Path, real_catalog) -> None:
    from rcpdesk.services import create_services
    from rcpdesk.ui.panels.search import SearchPanel

    services = create_services(isolated_profile, database=real_db)
    try:
        panel = SearchPanel(services)
        qtbot.addWidget(panel)
        panel.field.setText(_pasted_page(real_catalog, 30_000))
        started = time.perf_counter()
        panel.run_search()
        qtbot.waitUntil(lambda: panel.is_current, timeout=10_000)
        assert time.perf_counter() - started < 1.0
        assert panel.model.rowCount() >= 1
        assert panel.model.hits()[0].citation == "¶19"
        status = panel.status.text()
        assert "shortened to its first" in status and f"{MAX_QUERY_CHARS} characters" in status
        panel.field.setText("self-financing")  # a short query again: no word of shortening
        panel.run_search()
        qtbot.waitUntil(lambda: panel.is_current, timeout=5_000)
        assert "shortened" not in panel.status.text()
    finally:
        services.close()
