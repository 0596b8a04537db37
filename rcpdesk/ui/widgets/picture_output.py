"""Export and print a picture (the coverage map, the timeline): the dialogs both panels share."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from rcpdesk.maps.render import RenderError, format_of

translate = QCoreApplication.translate  # literal translate("PictureOutput", ...) calls: lupdate reads them


def export_with_dialog(parent: QWidget, title: str, suggested_name: str, failure: str,
                       write: Callable[[Path], object]) -> Path | None:
    """Ask where to save (PNG, SVG or PDF), write, and say so when it fails; the path written."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    filters = (translate("PictureOutput", "PNG picture (*.png)"), translate("PictureOutput", "SVG drawing (*.svg)"), translate("PictureOutput", "PDF document (*.pdf)"))
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / suggested_name),
                                               ";;".join(filters))
    if not path:
        return None
    if not Path(path).suffix:
        path += ".pdf" if "pdf" in chosen else ".svg" if "svg" in chosen else ".png"
    try:
        format_of(Path(path))
        write(Path(path))
    except (OSError, RenderError) as exc:
        QMessageBox.warning(parent, title, failure.format(reason=getattr(exc, "strerror", None) or exc))
        return None
    return Path(path)


def print_with_dialog(parent: QWidget, title: str, paint: Callable[[QPrinter], object]) -> None:
    """The print dialog, then the picture on the chosen printer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() == QPrintDialog.DialogCode.Accepted:
        try:
            paint(printer)
        except RenderError as exc:
            QMessageBox.warning(parent, title, str(exc))
