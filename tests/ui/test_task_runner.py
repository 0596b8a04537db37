"""The task runner: answers come back on the GUI thread, and never to a panel already gone."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject

from rcpdesk.services import TaskRunner


def test_answers_arrive_on_the_gui_thread(qtbot) -> None:
    runner = TaskRunner()
    answers: list[tuple[str, bool]] = []
    runner.submit(lambda: 6 * 7, lambda result: answers.append(
        (result, threading.current_thread() is threading.main_thread())))
    runner.submit(lambda: 1 / 0, None, lambda exc: answers.append((type(exc).__name__, True)))
    qtbot.waitUntil(lambda: len(answers) == 2)
    assert sorted(answers, key=str) == sorted([(42, True), ("ZeroDivisionError", True)], key=str)
    assert not runner.busy


def test_an_answer_for_a_deleted_panel_is_dropped(qtbot) -> None:
    runner = TaskRunner()
    release = threading.Event()
    panel = QObject()
    answers: list[object] = []
    runner.submit(lambda: release.wait(5) and "hits", answers.append, answers.append, context=panel)
    kept = QObject()
    runner.submit(lambda: release.wait(5) and "kept", answers.append, context=kept)
    panel.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(panel))
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert answers == ["kept"]


def test_parts_arrive_in_order_before_the_answer(qtbot) -> None:
    runner = TaskRunner()
    heard: list[object] = []

    def work(report):
        for part in ("first hits", "more"):
            report(part)
        return "the rest"

    gone = QObject()
    runner.submit(work, lambda rest: heard.append(("done", rest)), context=gone,
                  on_part=lambda part: heard.append(("part", part)))
    shiboken6.delete(gone)  # the panel that asked is deleted before anything arrives
    qtbot.waitUntil(lambda: not runner.busy)
    assert heard == []
    keeper = QObject()
    runner.submit(work, lambda rest: heard.append(("done", rest)), context=keeper,
                  on_part=lambda part: heard.append(("part", part)))
    qtbot.waitUntil(lambda: not runner.busy)
    assert heard == [("part", "first hits"), ("part", "more"), ("done", "the rest")]
