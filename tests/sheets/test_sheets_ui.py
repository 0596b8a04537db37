"""The window's printing: File-menu actions, the print preview's printer, exports, the options dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow, QMenu, QToolBar

from rcpdesk.catalog import Catalog
from rcpdesk.services import create_services
from rcpdesk.settings import Settings, settings_path
from rcpdesk.sheets import NoteRecord, NotesPlacement, Orientation, Paper, SheetOptions
from rcpdesk.ui.dialogs.sheet_options import SheetOptionsDialog
from rcpdesk.ui.printing import SheetPrinting


@pytest.fixture()
def state() -> SimpleNamespace:
    """What the main window would say: the comparison on screen and the process open."""
    return SimpleNamespace(processes=["test-process", "other-process"], dimensions=[],
                           process="test-process", notes=())


@pytest.fixture()
def printing(fixture_catalog: Catalog, host_window: QMainWindow, state: SimpleNamespace,
             isolated_profile: Path) -> Iterator[SheetPrinting]:
    services = create_services(isolated_profile, catalog=fixture_catalog)  # real services, test profile
    yield SheetPrinting(services, host_window, lambda: (state.processes, state.dimensions),
                        lambda: state.process, notes=lambda: state.notes)
    services.close()


def test_settings_are_an_ini_file_in_the_profile(isolated_profile: Path) -> None:
    settings = Settings().sheets
    settings.set_options(SheetOptions(paper=Paper.LETTER, orientation=Orientation.PORTRAIT,
                                      notes=NotesPlacement.AFTER, all_findings=True))
    assert settings_path() == isolated_profile / "rcpdesk.ini"
    text = settings_path().read_text(encoding="utf-8")
    assert "[sheets]" in text and "paper=letter" in text
    again = Settings().sheets.options("fr")
    assert (again.paper, again.orientation, again.notes, again.all_findings, again.lang) == (
        Paper.LETTER, Orientation.PORTRAIT, NotesPlacement.AFTER, True, "fr")


def test_settings_survive_nonsense(tmp_path: Path) -> None:
    (tmp_path / "x.ini").write_text("[sheets]\npaper=a3\norientation=sideways\n", encoding="utf-8")
    options = Settings(tmp_path / "x.ini").sheets.options()
    assert options.paper in (Paper.A4, Paper.LETTER) and options.orientation is Orientation.AUTO


def test_selection_follows_the_window_until_the_dialog_chooses(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.ini").sheets
    known_p, known_d = {"a", "b", "c"}, {"x", "y"}
    assert settings.selection(["a", "b"], [], known_p, known_d) == (["a", "b"], None)
    settings.set_selection(["b", "c"], ["y"], ["a", "b"], [])
    # the same comparison on screen: the dialog's choice
    assert settings.selection(["a", "b"], [], known_p, known_d) == (["b", "c"], ["y"])
    # the delegate changed the comparison in the window: the window wins
    assert settings.selection(["a"], [], known_p, known_d) == (["a"], ["y"])
    # ids gone from a new data edition are dropped
    assert settings.selection(["a", "b"], [], {"b"}, known_d) == (["b"], ["y"])


def test_actions_say_what_they_print(printing: SheetPrinting, state: SimpleNamespace) -> None:
    menu = QMenu()
    printing.install(menu)
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == ["print_preview_action", "print_action", "export_pdf_action",
                     "export_markdown_action", "export_csv_action", "sheet_options_action"]
    printing.refresh()
    assert printing.preview_action.text() == "Print Pre&view: Comparison of 2 processes…"
    assert printing.print_action.shortcut().toString() != ""
    state.processes = []
    printing.refresh()
    assert printing.export_pdf_action.text() == "Export P&DF: Profile of Test Process…"
    state.process = None
    printing.refresh()
    assert not printing.preview_action.isEnabled() and not printing.export_csv_action.isEnabled()
    assert printing.preview_action.text() == "Print Pre&view…"


def test_the_window_may_say_which_sheet(fixture_catalog: Catalog, host_window: QMainWindow,
                                        state: SimpleNamespace, isolated_profile: Path) -> None:
    window = host_window
    services = create_services(isolated_profile, catalog=fixture_catalog)
    printing = SheetPrinting(services, window, lambda: (state.processes, []),
                             lambda: state.process, active_kind=lambda: "profile")
    assert printing.current_kind() == "profile"
    assert printing.request().kind == "profile"
    services.close()


def test_export_pdf_runs_off_the_gui_thread(printing: SheetPrinting, tmp_path: Path, qtbot,
                                            pdf: SimpleNamespace) -> None:
    out = tmp_path / "from-window.pdf"
    with qtbot.waitSignal(printing.exported, timeout=20000) as blocker:
        printing.export("pdf", path=out)
    assert blocker.args == [str(out)]
    text = "\n".join(pdf.pages(out))
    assert "Comparison: Test Process · Other" in text and "page 1 of 1" in text


def test_export_asks_for_a_file_and_remembers_the_folder(printing: SheetPrinting, tmp_path: Path,
                                                         qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = []

    def ask(suggested: Path, fmt):
        asked.append(suggested.name)
        return tmp_path / "chosen.csv"

    monkeypatch.setattr(printing, "ask_path", ask)
    with qtbot.waitSignal(printing.exported, timeout=20000):
        printing.export_csv_action.trigger()
    assert asked and asked[0].startswith("comparison-test-process-other-process-")
    assert asked[0].endswith(".csv")
    assert (tmp_path / "chosen.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert Settings().sheets.last_folder() == str(tmp_path)


def test_a_failed_export_says_why(printing: SheetPrinting, tmp_path: Path, qtbot) -> None:
    with qtbot.waitSignal(printing.export_failed, timeout=20000) as blocker:
        printing.export("pdf", path=tmp_path / "missing" / "x.pdf")
    assert "folder does not exist" in blocker.args[0]
    assert not (tmp_path / "missing").exists()


def test_preview_uses_its_printer_settings(printing: SheetPrinting, tmp_path: Path,
                                          pdf: SimpleNamespace) -> None:
    Settings().sheets.set_options(SheetOptions(paper=Paper.LETTER, orientation=Orientation.LANDSCAPE))
    dialog = printing.preview_dialog()
    assert isinstance(dialog, QPrintPreviewDialog)
    printer = dialog.printer()
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    toolbar = dialog.findChild(QToolBar)
    assert "preview_sheet_options" in [a.objectName() for a in toolbar.actions()]
    # the delegate turns the page in the preview: what is painted follows the printer
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.paintRequested.emit(printer)
    assert pdf.same_size(pdf.sizes(tmp_path / "printed.pdf")[0], pdf.LETTER)
    dialog.deleteLater()


def test_printing_a_page_range(fixture_catalog: Catalog, tmp_path: Path, pdf: SimpleNamespace,
                               synthetic_comparison) -> None:
    sheet = synthetic_comparison(processes=3, dimensions=12, cell_words=80)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert SheetPrinting.paint(sheet, printer) == 2
    pages = pdf.pages(tmp_path / "range.pdf")
    assert len(pages) == 2 and "page 2 of" in pages[0] and "page 3 of" in pages[1]


def test_notes_come_from_the_window_when_asked(printing: SheetPrinting, state: SimpleNamespace) -> None:
    state.notes = (NoteRecord("test-process#funding", "Ask about it.", "concern", "#c62828"),)
    assert printing.request().notes == ()  # without notes unless the options say so
    Settings().sheets.set_options(SheetOptions(notes=NotesPlacement.CELLS))
    assert printing.request().notes == state.notes


def test_options_dialog(fixture_catalog: Catalog, qtbot) -> None:
    dialog = SheetOptionsDialog(fixture_catalog, SheetOptions(paper=Paper.LETTER), ["other-process"],
                                None)
    qtbot.addWidget(dialog)
    processes = dialog.findChild(type(dialog._processes), "sheet_processes")
    assert processes.item(0).data(Qt.ItemDataRole.UserRole) == "other-process"  # chosen first
    assert processes.item(0).checkState() == Qt.CheckState.Checked
    assert processes.item(1).checkState() == Qt.CheckState.Unchecked
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    processes.tick_all(False)
    assert not ok.isEnabled() and "at least one process" in dialog._hint.text()
    dialog._tick_2005()  # the 2005 participants: test-process only, in the fixture
    choice = dialog.choice()
    assert choice.process_ids == ("test-process",)
    # none chosen before: a new comparison's rows, the profile facts first, every row offered
    assert choice.dimension_ids == ("secretariat", "chair", "members", "established", "status",
                                    "funding", "objectives")
    dimensions = dialog.findChild(type(dialog._dimensions), "sheet_dimensions")
    assert dimensions.count() == len(fixture_catalog.comparison_rows())
    assert choice.options.paper is Paper.LETTER


def test_options_are_remembered(printing: SheetPrinting, monkeypatch: pytest.MonkeyPatch) -> None:
    def accept(dialog: SheetOptionsDialog) -> int:
        dialog.findChild(type(dialog._notes), "sheet_notes").setCurrentIndex(2)
        dialog.findChild(type(dialog._paper), "sheet_paper").setCurrentIndex(1)
        dialog._dimensions.tick_all(False)
        dialog._dimensions.findItems("Objectives", Qt.MatchFlag.MatchExactly)[0].setCheckState(Qt.CheckState.Checked)
        return SheetOptionsDialog.DialogCode.Accepted

    monkeypatch.setattr(SheetOptionsDialog, "exec", accept)
    assert printing.edit_options()
    options = Settings().sheets.options()
    assert options.notes is NotesPlacement.AFTER and options.paper is Paper.LETTER
    request = printing.request("comparison")
    assert request.dimension_ids == ("objectives",)
    assert request.options.notes is NotesPlacement.AFTER


def test_with_the_window_services(fixture_db: Path, isolated_profile: Path, host_window: QMainWindow,
                                  tmp_path: Path, qtbot) -> None:
    """With rcpdesk's Services: exports go through its task runner, options into its settings file."""
    window = host_window
    services_module = pytest.importorskip("rcpdesk.services")
    services = services_module.create_services(isolated_profile, database=fixture_db)
    try:
        printing = SheetPrinting(services, window, lambda: (["test-process"], []), lambda: None)
        with qtbot.waitSignal(printing.exported, timeout=20000):
            printing.export("md", path=tmp_path / "via-services.md")
        assert services.tasks.wait(5000)
        assert (tmp_path / "via-services.md").read_text(encoding="utf-8").startswith("# Comparison")
        services.settings.sheets.set_options(SheetOptions(paper=Paper.LETTER))
        assert printing.options().paper is Paper.LETTER
        assert "[sheets]" in services.settings.path.read_text(encoding="utf-8")
    finally:
        services.close()
