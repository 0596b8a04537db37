"""File-menu printing: print preview, print, export PDF / Markdown / CSV of the comparison, the
process profile, or the page being read (a paragraph, a country, a dimension: PDF and print only).

The main window builds one SheetPrinting with its services (or catalog) and callables for the
current comparison (process ids, dimension ids), the current process id and the current page,
then calls install(file_menu). Sheet PDFs are written on the thread pool; printing, the preview and
a page's PDF paint on the GUI thread, with the printer's own settings (what the preview shows is
what prints). After an export the status bar says what was written where, with a button that
opens the folder.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QDate,
    QObject,
    QStandardPaths,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QKeySequence,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QFileDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QStatusBar,
    QToolBar,
    QWidget,
)

from rcpdesk.catalog import Catalog, UnknownIdError
from rcpdesk.services import Services
from rcpdesk.settings import SheetSettings
from rcpdesk.sheets import (
    EmptySelection,
    NoteRecord,
    NotesPlacement,
    Sheet,
    SheetFormat,
    SheetOptions,
    SheetRequest,
    WrittenSheet,
    build_sheet,
    write_sheet,
)
from rcpdesk.sheets.layout import SheetRenderError, lay_out, page_layout, paint_pages
from rcpdesk.sheets.notes_input import records_from_notes
from rcpdesk.ui.dialogs.sheet_options import SheetOptionsDialog

COMPARISON = "comparison"
PROFILE = "profile"
PAGE = "page"  # the page in the detail view, as it is shown (PDF and print only)
Comparison = tuple[Sequence[str], Sequence[str]]


class Page(NamedTuple):
    """The page being read: what it is (paragraph, country, dimension...), its title, its text."""

    kind: str
    ident: str
    title: str
    document: QTextDocument


class _SheetExport:
    """Builds and writes a sheet on the services' task runner (the catalog is safe to share
    across threads)."""

    def __init__(self, catalog: Catalog, request: SheetRequest, path: Path, fmt: SheetFormat) -> None:
        self._catalog, self._request, self._path, self._format = catalog, request, path, fmt

    def build_and_write(self) -> WrittenSheet:
        sheet = build_sheet(self._catalog, self._request)
        return write_sheet(sheet, self._path, self._format, self._request.options)


def _reason(path: Path, exc: BaseException) -> str:
    """One line: the file and what went wrong with it."""
    if isinstance(exc, OSError) and exc.strerror:
        return f"{path}: {exc.strerror}"
    return f"{path}: {exc}"


def _default_notes(services: Services) -> Callable[[], Sequence[NoteRecord]]:
    """The services' notes store, when there is one, read as NoteRecords."""
    def read() -> Sequence[NoteRecord]:
        store = services.notes
        if store is None:
            return ()
        return records_from_notes(store.list_notes(), store.colours())

    return read


class SheetPrinting(QObject):
    """Print preview, print and exports of the current comparison or process profile."""

    message = Signal(str)  # for the status bar
    exported = Signal(str)  # the path of a file just written
    export_failed = Signal(str)

    def __init__(self, services: Services, parent: QWidget,
                 current_comparison: Callable[[], Comparison],
                 current_process: Callable[[], str | None], *,
                 notes: Callable[[], Sequence[NoteRecord]] | None = None,
                 active_kind: Callable[[], str | None] | None = None,
                 settings: SheetSettings | None = None,
                 current_page: Callable[[], Page | None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheet_printing")
        self._services = services
        self._window = parent
        self._current_comparison = current_comparison
        self._current_process = current_process
        self._notes = notes or _default_notes(services)
        self._active_kind = active_kind
        self._current_page = current_page or (lambda: None)
        self._settings = settings or services.settings.sheets
        self._open_folder: QPushButton | None = None
        self._last_folder: Path | None = None
        self._printer: QPrinter | None = None
        self._running: list[_SheetExport] = []

        self.preview_action = self._action("print_preview_action", self.tr("Print Pre&view…"),
                                           self.preview)
        self.print_action = self._action("print_action", self.tr("&Print…"), self.print_sheet)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.export_pdf_action = self._action("export_pdf_action", self.tr("Export P&DF…"),
                                              lambda: self.export(SheetFormat.PDF))
        self.export_markdown_action = self._action(
            "export_markdown_action", self.tr("Export &Markdown…"),
            lambda: self.export(SheetFormat.MARKDOWN))
        self.export_csv_action = self._action("export_csv_action", self.tr("Export &CSV…"),
                                              lambda: self.export(SheetFormat.CSV))
        self.options_action = self._action("sheet_options_action", self.tr("Sheet &Options…"),
                                           self.edit_options)
        self.refresh()

    @property
    def _catalog(self) -> Catalog:
        """The services' catalog now (the window may swap it for another language)."""
        return self._services.catalog

    def _action(self, name: str, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    @property
    def actions(self) -> tuple[QAction, ...]:
        return (self.preview_action, self.print_action, self.export_pdf_action,
                self.export_markdown_action, self.export_csv_action, self.options_action)

    def install(self, menu: QMenu) -> None:
        """Adds the printing actions to a menu (File), refreshed each time the menu opens."""
        menu.addAction(self.preview_action)
        menu.addAction(self.print_action)
        menu.addSeparator()
        menu.addAction(self.export_pdf_action)
        menu.addAction(self.export_markdown_action)
        menu.addAction(self.export_csv_action)
        menu.addAction(self.options_action)
        menu.aboutToShow.connect(self.refresh)

    # -- what is printed -------------------------------------------------------------------------

    def current_kind(self) -> str | None:
        """The comparison, the process profile or the page: as the window says, else whichever
        there is."""
        processes, _ = self._window_comparison()
        process = self._current_process()
        if self._active_kind is not None:
            kind = self._active_kind()
            if kind == COMPARISON and processes or kind == PROFILE and process:
                return kind
            if kind == PAGE and self._current_page() is not None:
                return PAGE
        if processes:
            return COMPARISON
        if process:
            return PROFILE
        return PAGE if self._current_page() is not None else None

    def _window_comparison(self) -> tuple[list[str], list[str]]:
        processes, dimensions = self._current_comparison() or ((), ())
        return list(processes or ()), list(dimensions or ())

    def options(self) -> SheetOptions:
        return self._settings.options(self._catalog.lang)

    def request(self, kind: str | None = None) -> SheetRequest | None:
        kind = kind or self.current_kind()
        options = self.options()
        notes = tuple(self._notes()) if options.notes is not NotesPlacement.NONE else ()
        if kind == PROFILE:
            process = self._current_process()
            return SheetRequest.profile(process, options, notes) if process else None
        if kind == COMPARISON:
            processes, dimensions = self._selection()
            if processes:
                return SheetRequest.comparison(processes, dimensions, options, notes)
        return None

    def _selection(self) -> tuple[list[str], list[str] | None]:
        window_processes, window_dimensions = self._window_comparison()
        known_processes = {p.id for p in self._catalog.processes()}
        known_dimensions = {d.id for d in self._catalog.comparison_rows()}  # profile facts too
        return self._settings.selection(window_processes, window_dimensions, known_processes,
                                        known_dimensions)

    def _describe(self, kind: str | None) -> str:
        if kind == PROFILE:
            process = self._current_process()
            try:
                name = self._catalog.processes([process])[0].display_name if process else ""
            except UnknownIdError:
                name = process or ""
            return self.tr("Profile of {name}").format(name=name)
        if kind == PAGE:
            page = self._current_page()
            return page.title if page is not None else ""
        if kind == COMPARISON:
            processes, _ = self._selection()
            return self.tr("Comparison of {n} processes").format(n=len(processes))
        return ""

    @Slot()
    def refresh(self) -> None:
        """Action texts say what will be printed; nothing to print, nothing enabled."""
        kind = self.current_kind()
        what = self._describe(kind)
        enabled = kind is not None
        texts = {
            self.preview_action: (self.tr("Print Pre&view…"), self.tr("Print Pre&view: {what}…")),
            self.print_action: (self.tr("&Print…"), self.tr("&Print: {what}…")),
            self.export_pdf_action: (self.tr("Export P&DF…"), self.tr("Export P&DF: {what}…")),
            self.export_markdown_action: (self.tr("Export &Markdown…"),
                                          self.tr("Export &Markdown: {what}…")),
            self.export_csv_action: (self.tr("Export &CSV…"), self.tr("Export &CSV: {what}…")),
        }
        for action, (plain, specific) in texts.items():
            # a page prints as shown: PDF and paper, no Markdown or CSV of it
            action.setEnabled(enabled and not (kind == PAGE and action in (self.export_markdown_action,
                                                                            self.export_csv_action)))
            action.setText(specific.format(what=what) if what else plain)
        self.options_action.setText(self.tr("Sheet &Options…"))  # again after a language change
        self.options_action.setEnabled(bool(self._catalog.processes()))

    def _build(self, kind: str | None = None) -> tuple[SheetRequest, Sheet] | None:
        request = self.request(kind)
        if request is None:
            self._warn(self.tr("Nothing to print"),
                       self.tr("Add processes to the comparison, or open a process, first."))
            return None
        try:
            return request, build_sheet(self._catalog, request)
        except (UnknownIdError, EmptySelection) as exc:
            self._warn(self.tr("Nothing to print"), str(exc))
            return None

    # -- printing --------------------------------------------------------------------------------

    def printer(self) -> QPrinter:
        """One printer for the session: the printer and copies chosen once are kept."""
        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        return self._printer

    def _prepare_printer(self, sheet: Sheet, options: SheetOptions) -> QPrinter:
        printer = self.printer()
        printer.setPageLayout(page_layout(sheet, options))  # paper and orientation from the options
        printer.setDocName(sheet.meta.title)
        return printer

    @staticmethod
    def paint(sheet: Sheet, printer: QPrinter) -> int:
        """Paints the sheet with the printer's own page layout and page range; returns pages."""
        laid = lay_out(sheet, printer)
        pages = range(laid.page_count)
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = max(1, printer.fromPage())
            last = min(laid.page_count, printer.toPage() or laid.page_count)
            pages = range(first - 1, last)
        return paint_pages(laid, printer, pages)

    def _page_printer(self, page: Page) -> QPrinter:
        printer = self.printer()
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter if self.options().paper.value == "letter"
                                      else QPageSize.PageSizeId.A4))
        printer.setDocName(page.title)
        return printer

    def _page_preview(self, page: Page) -> QPrintPreviewDialog:
        dialog = QPrintPreviewDialog(self._page_printer(page), self._window)
        dialog.setObjectName("sheet_print_preview")
        dialog.setWindowTitle(self.tr("Print Preview: {title}").format(title=page.title))
        dialog.paintRequested.connect(lambda device: print_document(page.document, device))
        return dialog

    def preview_dialog(self, kind: str | None = None) -> QPrintPreviewDialog | None:
        """The print preview, ready to exec(): its paper and orientation are the ones printed."""
        if (kind or self.current_kind()) == PAGE and self._current_page() is not None:
            return self._page_preview(self._current_page())
        built = self._build(kind)
        if built is None:
            return None
        request, sheet = built
        state = {"sheet": sheet, "kind": request.kind}
        printer = self._prepare_printer(sheet, request.options)
        dialog = QPrintPreviewDialog(printer, self._window)
        dialog.setObjectName("sheet_print_preview")
        dialog.setWindowTitle(self.tr("Print Preview: {title}").format(title=sheet.meta.title))
        dialog.paintRequested.connect(lambda device: self._paint_safely(state["sheet"], device))

        def change_options() -> None:
            if not self.edit_options():
                return
            rebuilt = self._build(state["kind"])
            if rebuilt is None:
                return
            state["sheet"] = rebuilt[1]
            self._prepare_printer(rebuilt[1], rebuilt[0].options)
            preview = dialog.findChild(QPrintPreviewWidget)
            if preview is not None:
                preview.updatePreview()

        toolbar = dialog.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            options = toolbar.addAction(self.tr("Sheet Options…"))
            options.setObjectName("preview_sheet_options")
            options.triggered.connect(lambda _checked=False: change_options())
        return dialog

    def _paint_safely(self, sheet: Sheet, printer: QPrinter) -> None:
        try:
            pages = self.paint(sheet, printer)
        except SheetRenderError as exc:
            self._warn(self.tr("Printing failed"), str(exc))
        else:
            self.message.emit(self.tr("{title}: {pages} pages").format(title=sheet.meta.title,
                                                                       pages=pages))

    @Slot()
    def preview(self, kind: str | None = None) -> None:
        dialog = self.preview_dialog(kind)
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()

    @Slot()
    def print_sheet(self, kind: str | None = None) -> None:
        page = self._current_page() if (kind or self.current_kind()) == PAGE else None
        if page is not None:
            printer = self._page_printer(page)
            dialog = QPrintDialog(printer, self._window)
            dialog.setObjectName("sheet_print_dialog")
            dialog.setWindowTitle(self.tr("Print: {title}").format(title=page.title))
            if dialog.exec() == QPrintDialog.DialogCode.Accepted:
                print_document(page.document, printer)
            return
        built = self._build(kind)
        if built is None:
            return
        request, sheet = built
        printer = self._prepare_printer(sheet, request.options)
        dialog = QPrintDialog(printer, self._window)
        dialog.setObjectName("sheet_print_dialog")
        dialog.setWindowTitle(self.tr("Print: {title}").format(title=sheet.meta.title))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self._paint_safely(sheet, printer)

    # -- exports ---------------------------------------------------------------------------------

    def _default_path(self, request: SheetRequest, fmt: SheetFormat) -> Path:
        folder = self._settings.last_folder() or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        if request.kind == PROFILE:
            stem = f"profile-{request.process_ids[0]}"
        elif len(request.process_ids) <= 3:
            stem = "comparison-" + "-".join(request.process_ids)
        else:
            stem = f"comparison-{len(request.process_ids)}-processes"
        stem = re.sub(r"[^A-Za-z0-9._-]+", "-", stem)
        day = QDate.currentDate().toString("yyyy-MM-dd")
        return Path(folder or ".") / f"{stem}-{day}.{fmt.value}"

    def ask_path(self, suggested: Path, fmt: SheetFormat) -> Path | None:
        """The file to write, asked of the delegate (tests replace this)."""
        filters = {SheetFormat.PDF: self.tr("PDF (*.pdf)"),
                   SheetFormat.MARKDOWN: self.tr("Markdown (*.md)"),
                   SheetFormat.CSV: self.tr("CSV (*.csv)"), SheetFormat.HTML: self.tr("HTML (*.html)")}
        name, _ = QFileDialog.getSaveFileName(self._window, self.tr("Export Sheet"), str(suggested),
                                              filters[fmt])
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(f".{fmt.value}")

    @Slot()
    def export(self, fmt: SheetFormat = SheetFormat.PDF, kind: str | None = None,
               path: Path | None = None) -> _SheetExport | None:
        """Writes the sheet in a format, on the thread pool; exported or export_failed follows.
        The page being read is written as a PDF at once (it is laid out already)."""
        fmt = SheetFormat(fmt)
        if (kind or self.current_kind()) == PAGE and self._current_page() is not None:
            self.export_page(self._current_page(), path)
            return None
        request = self.request(kind)
        if request is None:
            self._warn(self.tr("Nothing to export"),
                       self.tr("Add processes to the comparison, or open a process, first."))
            return None
        path = path or self.ask_path(self._default_path(request, fmt), fmt)
        if path is None:
            return None
        self._settings.set_last_folder(str(path.parent))
        task = _SheetExport(self._catalog, request, path, fmt)
        self.message.emit(self.tr("Writing {path}…").format(path=path))
        self._services.tasks.submit(task.build_and_write, lambda written: self._export_done(task, written),
                                    lambda exc: self._export_failed(task, _reason(path, exc)),
                                    context=self)
        self._running.append(task)
        return task

    def export_page(self, page: Page, path: Path | None = None) -> Path | None:
        """The page being read as a PDF, as it is shown (paper from the sheet options)."""
        stem = re.sub(r"[^A-Za-z0-9._-]+", "-", f"{page.kind}-{page.ident}".strip("-"))
        folder = self._settings.last_folder() or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        day = QDate.currentDate().toString("yyyy-MM-dd")
        path = path or self.ask_path(Path(folder or ".") / f"{stem}-{day}.pdf", SheetFormat.PDF)
        if path is None:
            return None
        self._settings.set_last_folder(str(path.parent))
        try:
            pages = write_page_pdf(page, path, letter=self.options().paper.value == "letter")
        except OSError as exc:
            self._export_failed(None, _reason(path, exc))
            return None
        self._said_written(path, pages)
        self.exported.emit(str(path))
        return path

    def _export_done(self, task: _SheetExport, written: Any) -> None:
        if task in self._running:
            self._running.remove(task)
        self._said_written(Path(written.path), written.pages)
        self.exported.emit(str(written.path))

    def _said_written(self, path: Path, pages: int | None) -> None:
        """The status bar: what was written and where, and the button that opens the folder."""
        count = self.tr(" ({n} pages)").format(n=pages) if pages and pages > 1 else (
            self.tr(" (1 page)") if pages == 1 else "")
        self._last_folder = path.resolve().parent
        self.message.emit(self.tr("Saved {name}{pages} in {folder}").format(
            name=path.name, pages=count, folder=self._last_folder))
        if self._open_folder is not None:
            self._open_folder.setToolTip(str(self._last_folder))
            self._open_folder.show()

    def announce_written(self, path: Path, pages: int | None) -> None:
        """The status bar message for a file another command wrote (the briefing pack)."""
        self._said_written(path, pages)

    def attach_status_bar(self, status_bar: QStatusBar) -> None:
        """Say in this status bar what was written where, with an Open Folder button beside it."""
        self.message.connect(lambda text: status_bar.showMessage(text, 30000))
        button = QPushButton(self.tr("Open Folder"), status_bar)
        button.setObjectName("open_export_folder")
        button.setAccessibleName(self.tr("Open the folder of the file just written"))
        button.setFlat(True)
        button.hide()
        button.clicked.connect(self.open_last_folder)
        # the button goes with the message it belongs to
        status_bar.messageChanged.connect(lambda text: button.setVisible(bool(text) and button.isVisible()))
        status_bar.addWidget(button)
        self._open_folder = button

    @Slot()
    def open_last_folder(self) -> bool:
        if self._last_folder is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._last_folder)))

    def _export_failed(self, task: _SheetExport | None, reason: str) -> None:
        if task in self._running:
            self._running.remove(task)
        self.export_failed.emit(reason)
        self._warn(self.tr("Export failed"), self.tr("The sheet was not saved: {reason}").format(
            reason=reason))

    # -- options ---------------------------------------------------------------------------------

    @Slot()
    def edit_options(self) -> bool:
        """The sheet options dialog; True when the delegate chose OK (the choice is remembered)."""
        dialog = self.options_dialog()
        accepted = dialog.exec() == SheetOptionsDialog.DialogCode.Accepted
        if accepted:
            self.apply_options(dialog)
        dialog.deleteLater()
        return accepted

    def options_dialog(self) -> SheetOptionsDialog:
        processes, dimensions = self._selection()
        return SheetOptionsDialog(self._catalog, self.options(), processes, dimensions, self._window)

    def apply_options(self, dialog: SheetOptionsDialog) -> None:
        choice = dialog.choice()
        window_processes, window_dimensions = self._window_comparison()
        self._settings.set_options(choice.options)
        self._settings.set_selection(choice.process_ids, choice.dimension_ids, window_processes,
                                     window_dimensions)
        self.refresh()

    def _warn(self, title: str, text: str) -> None:
        self.message.emit(text)
        if self._window is not None and self._window.isVisible():
            QMessageBox.warning(self._window, title, text)


def print_document(document: QTextDocument, device: Any) -> None:
    """A page as shown, printed or written with the device's own page size (a copy is laid out)."""
    document.clone().print_(device)


def write_page_pdf(page: Page, path: Path, *, letter: bool = False) -> int:
    """The page as a PDF, written whole or not at all; returns the number of pages."""
    from rcpdesk.safe_write import atomic_path

    path = Path(path)
    with atomic_path(path) as temp:
        writer = QPdfWriter(str(temp))
        writer.setTitle(page.title)
        writer.setCreator("rcpdesk")
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4))
        print_document(page.document, writer)
        del writer  # the file is complete once the writer is gone
        data = temp.read_bytes()
    return max(1, len(re.findall(rb"/Type\s*/Page(?![s\w])", data)))
