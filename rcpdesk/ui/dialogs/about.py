"""Help -> About: the version, the data edition and where the data comes from."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from rcpdesk import __version__
from rcpdesk.catalog import model as m
from rcpdesk.catalog.store import Catalog

translate = QCoreApplication.translate


def about_html(catalog: Catalog) -> str:
    edition = catalog.edition
    sources: dict[str, m.Source] = {}
    for region in catalog.regions():
        for summary in region.processes:
            for source in catalog.process(summary.id).sources:
                sources.setdefault(source.id, source)
    publishers = sorted({s.publisher for s in sources.values() if s.publisher})
    # Each string a literal translate() call outside the f-strings: lupdate reads no f-string.
    tagline = translate("AboutDialog",
                        "An offline reference for delegates to the Regional Consultative Processes on migration.")
    edition_label = translate("AboutDialog", "Data edition:")
    schema = translate("AboutDialog", "schema")
    report = translate("AboutDialog", "The report:")
    profiles = translate("AboutDialog", "Profiles:")
    sourced = translate("AboutDialog", "{count} sources, from the processes' own sites and records, IOM and "
                        "research institutes. Each fact in the detail view names its sources and the date it "
                        "holds for.").format(count=len(sources))
    publishers_label = translate("AboutDialog", "Publishers:")
    return (
        f"<h2>rcpdesk {escape(__version__)}</h2>"
        f"<p>{escape(tagline)}</p>"
        f"<p><b>{escape(edition_label)}</b> {escape(edition.title)} — {escape(edition.label)}"
        f" ({escape(schema)} {edition.schema_version})</p>"
        f"<p><b>{escape(report)}</b> {escape(m.REPORT_FULL_CITATION)}</p>"
        f"<p><b>{escape(profiles)}</b> {escape(sourced)}</p>"
        f"<p><b>{escape(publishers_label)}</b> {escape(', '.join(publishers))}</p>"
    )


class AboutDialog(QDialog):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About rcpdesk"))
        self.resize(560, 460)
        text = QTextBrowser(self)
        text.setObjectName("about_text")
        text.setOpenLinks(False)
        text.setAccessibleName(self.tr("About rcpdesk"))
        text.setHtml(about_html(catalog))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        note = QLabel(self.tr("rcpdesk never goes online: links are shown as text."), self)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(text, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
