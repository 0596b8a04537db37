"""Every finding of the 2005 report that bears on a comparison row, most relevant first: what
the finding cell opens when it says "3 more findings"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from rcpdesk.catalog.model import Dimension, Finding
from rcpdesk.sheets.i18n import agreement_label
from rcpdesk.ui import links

GLOSS_COLOUR = "#7a4b00"  # as in print: the editor's words set apart from the report's


def quoted_html(finding: Finding) -> str:
    """The finding as shown out of its paragraph, the editor's bracketed words set apart."""
    text = escape(finding.quoted)
    if finding.gloss:
        text = re.sub(r"\[([^\[\]]+)\]", lambda m: f'<span style="color:{GLOSS_COLOUR}">[{m.group(1)}]</span>', text)
    return text


class RowFindingsDialog(QDialog):
    """A row's findings with their paragraphs and levels of agreement; a citation opens the paragraph."""

    link_clicked = Signal(str)

    def __init__(self, row: Dimension, findings: Sequence[Finding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparison_row_findings")
        self._row = row
        self._findings = tuple(findings)
        self._lead = QLabel(self)
        self._lead.setWordWrap(True)
        self._text = QTextBrowser(self)
        self._text.setObjectName("comparison_row_findings_text")
        self._text.setOpenLinks(False)
        self._text.anchorClicked.connect(self._on_anchor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._lead)
        layout.addWidget(self._text, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)
        self.retranslate_ui()

    def text(self) -> str:
        """What the dialog says, as plain text (for tests and accessibility checks)."""
        return self._lead.text() + "\n" + self._text.toPlainText()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("{row}: the report's findings").format(row=self._row.name))
        self._lead.setText(self.tr(
            "The 2005 report's findings that bear on this row, most relevant first. Words in "
            "[square brackets] are the editor's, from the paragraph. Click a paragraph to read it."))
        self._text.setAccessibleName(self.tr("Findings on {row}").format(row=self._row.name))
        parts = []
        for finding in self._findings:
            head = (f'<a href="{links.paragraph(finding.paragraph)}"><b>{escape(finding.citation)}</b></a>'
                    f" · <i>{escape(agreement_label(finding.agreement))}</i>")
            if finding.gloss:
                head += " · " + escape(self.tr("[ ] editor's gloss"))
            parts.append(f"<p>{head}<br/>“{quoted_html(finding)}”</p>")
        self._text.setHtml("".join(parts))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_anchor(self, url: QUrl) -> None:
        self.link_clicked.emit(url.toString())
        self.accept()
