"""File > Briefing Pack…: the dialog's live page count, the pack written off the GUI thread, the
status bar's message with Open Folder, and the choices offered again next time."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from rcpdesk.cli import main


def _tick(view, ids: set[str]) -> None:  # type: ignore[no-untyped-def]
    for i in range(view.count()):
        item = view.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in ids
                           else Qt.CheckState.Unchecked)


def test_briefing_pack_from_the_window(make_window, real_db: Path, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    for target, body, tag in (("colombo-process", "Ask about the RSO budget line", "budget"),
                              ("abu-dhabi-dialogue", "Unrelated reminder about visas", "other")):
        assert main(["--database", str(real_db), "notes", "add", target, body, "--tag", tag]) == 0
    window = make_window()
    window.ensure_printing()
    pack = window.briefing_pack
    file_menu = window.menus["file"]
    texts = [a.text() for a in file_menu.actions()]
    # once each, even when printing is asked for before the start-up has finished
    assert texts.count("&Briefing Pack…") == 1 and texts.count("Sheet &Options…") == 1
    assert len(window.statusBar().findChildren(QPushButton, "open_export_folder")) == 1

    dialog = pack.dialog()
    qtbot.addWidget(dialog)
    assert dialog.choice().process_ids == ()  # nothing chosen yet, nothing compared in the window
    assert not dialog._buttons.button(dialog._buttons.StandardButton.Ok).isEnabled()
    _tick(dialog._processes, {"colombo-process", "abu-dhabi-dialogue"})
    country = dialog._country
    country.setCurrentIndex(country.findData("LKA"))
    dialog._tags.setText("#budget")
    dialog._title.setText("Colombo SOM, May")
    # the count is made on a worker: first "Counting pages…", then the number
    assert dialog.page_count_text == "Counting pages…"
    qtbot.waitUntil(lambda: re.fullmatch(r"\d+ pages", dialog.page_count_text) is not None, timeout=30000)
    counted = int(dialog.page_count_text.split()[0])
    choice = dialog.choice()
    assert set(choice.process_ids) == {"colombo-process", "abu-dhabi-dialogue"}
    assert choice.country == "LKA" and choice.tags == ("budget",) and choice.title == "Colombo SOM, May"

    out = tmp_path / "briefing.pdf"
    with qtbot.waitSignal(pack.written, timeout=30000):
        pack.write(choice, out)
    from pypdf import PdfReader

    reader = PdfReader(str(out))
    assert len(reader.pages) == counted
    assert reader.metadata.title == "Colombo SOM, May"
    text = " ".join(re.sub(r"\s+", " ", p.extract_text() or "") for p in reader.pages)
    assert "Ask about the RSO budget line" in text and "Unrelated reminder" not in text
    assert "Country: Sri Lanka" in text
    message = window.statusBar().currentMessage()
    assert message == f"Saved briefing.pdf ({counted} pages) in {out.parent.resolve()}"
    button = window.statusBar().findChild(QPushButton, "open_export_folder")
    assert button is not None and button.isVisible() and button.toolTip() == str(out.parent.resolve())
    window.close()

    # the next window (same profile) offers the last pack's choices
    again = make_window()
    again.ensure_printing()
    offered = again.briefing_pack.dialog()
    qtbot.addWidget(offered)
    remembered = offered.choice()
    assert set(remembered.process_ids) == {"colombo-process", "abu-dhabi-dialogue"}
    assert remembered.country == "LKA" and remembered.tags == ("budget",)
    assert remembered.title == "Colombo SOM, May"
    assert again.briefing_pack.default_path(remembered).parent == out.parent


def test_page_count_follows_the_choice(real_services, qtbot) -> None:  # type: ignore[no-untyped-def]
    from rcpdesk.settings import PackChoice
    from rcpdesk.ui.dialogs.pack_dialog import BriefingPackDialog

    counted: list[PackChoice] = []

    def count(choice: PackChoice) -> int:
        counted.append(choice)
        return 3 * len(choice.process_ids)

    dialog = BriefingPackDialog(real_services.catalog, PackChoice(("igc",)), submit=real_services.tasks.submit,
                                count_pages=count)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.page_count_text == "3 pages", timeout=10000)
    _tick(dialog._processes, set())
    assert dialog.page_count_text == "Choose at least one process and one row."
    ok = dialog._buttons.button(dialog._buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog._tick_2005()
    qtbot.waitUntil(lambda: dialog.page_count_text == "27 pages", timeout=10000)
    assert ok.isEnabled()
    assert len(counted) == 2  # one count for each settled choice, none for each tick


def test_a_french_pack_from_an_english_window(make_window, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from rcpdesk.settings import PackChoice

    window = make_window()
    window.ensure_printing()
    out = tmp_path / "dossier.pdf"
    with qtbot.waitSignal(window.briefing_pack.written, timeout=30000):
        window.briefing_pack.write(PackChoice(("colombo-process",), country="LKA", lang="fr"), out)
    reader = PdfReader(str(out))
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[:3] == ["Couverture", "Sommaire", "Profils"]
    assert "Pays : Sri Lanka" in titles
    assert reader.metadata.title.startswith("Dossier d’information : ")
    first = re.sub(r"\s+", " ", reader.pages[1].extract_text())
    assert "page 2 sur" in first
    # the window keeps its language
    assert "&Briefing Pack…" in [a.text() for a in window.menus["file"].actions()]
    assert window.briefing_pack.action.text() == "&Briefing Pack…"
