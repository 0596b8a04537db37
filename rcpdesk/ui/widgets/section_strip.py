"""A contents strip above a long page: its sections as links that scroll the page to them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget

from rcpdesk.ui.detail_html import escape

MIN_SECTIONS = 3  # a page with fewer headings is short enough to scroll


def page_sections(view: QTextBrowser) -> list[tuple[str, int]]:
    """The page's second-level headings: (title, position in the document)."""
    sections = []
    block = view.document().begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 2 and block.text().strip():
            sections.append((block.text().strip(), block.position()))
        block = block.next()
    return sections


class SectionStrip(QLabel):
    """"On this page: Profile · Membership · Findings · Sources"; a link scrolls there."""

    def __init__(self, view: QTextBrowser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section_strip")
        self._view = view
        self._sections: list[tuple[str, int]] = []
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setContentsMargins(18, 4, 18, 4)
        self.linkActivated.connect(self._go)
        self.hide()

    @property
    def sections(self) -> list[str]:
        return [title for title, _ in self._sections]

    def refresh(self) -> None:
        """Read the sections of the page now shown; shown only for a page with several."""
        self._sections = page_sections(self._view)
        if len(self._sections) < MIN_SECTIONS:
            self.hide()
            return
        links = " · ".join(f'<a href="#{index}" style="text-decoration:none">{escape(title)}</a>'
                           for index, (title, _) in enumerate(self._sections))
        self.setText(self.tr("On this page: {sections}").format(sections=links))
        self.setAccessibleName(self.tr("Sections of this page"))
        self.show()

    def go_to(self, title: str) -> None:
        for index, (name, _) in enumerate(self._sections):
            if name == title:
                self._go(f"#{index}")
                return

    def _go(self, link: str) -> None:
        index = int(link.lstrip("#"))
        if not 0 <= index < len(self._sections):
            return
        block = self._view.document().findBlock(self._sections[index][1])
        top = self._view.document().documentLayout().blockBoundingRect(block).top()
        self._view.verticalScrollBar().setValue(int(top))

