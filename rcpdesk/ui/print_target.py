"""What File → Print and Export act on in the window: the comparison when the delegate is in it,
else the page being read (a process's profile sheet, or a paragraph, country or dimension page as
it is shown)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMenu

from rcpdesk.ui import links
from rcpdesk.ui.printing import COMPARISON, PAGE, PROFILE, Page, SheetPrinting

if TYPE_CHECKING:
    from rcpdesk.ui.main_window import MainWindow

TITLE_CHARS = 80
# Pages printed as shown; a process prints as its profile sheet, and a note opens in the notes.
NOT_PAGES = ("process", "note")


def current_page(window: MainWindow) -> Page | None:
    """The page in the detail view, with its heading as the title."""
    parsed = links.parse(window.current_target or "")
    if parsed is None or parsed.kind in NOT_PAGES:
        return None
    document = window.detail_panel.view.document()
    block = document.firstBlock()
    while block.isValid() and not block.text().strip():
        block = block.next()
    title = " ".join(block.text().split()) if block.isValid() else parsed.kind
    if len(title) > TITLE_CHARS:
        title = title[:TITLE_CHARS].rstrip() + "…"
    return Page(parsed.kind, parsed.ident or parsed.kind, title, document)


def print_kind(window: MainWindow) -> str | None:
    """The comparison when the keyboard focus is in its dock, else what the page shows."""
    focus = QApplication.focusWidget()
    dock = window.docks.get("comparison_dock")
    if focus is not None and dock is not None and dock.isAncestorOf(focus):
        return COMPARISON
    if window.current_process():
        return PROFILE
    return PAGE if current_page(window) is not None else None


def install_printing(window: MainWindow) -> None:
    """Print preview, Print, Export and the briefing pack in the File menu, acting on what
    print_kind names (the comparison when the delegate is in it, else the page)."""
    printing = SheetPrinting(window.services, window, window.current_comparison, window.current_process,
                             active_kind=lambda: print_kind(window),
                             current_page=lambda: current_page(window))
    if window.printing is not None:  # its first refresh finished the start-up, which built one
        printing.deleteLater()
        return
    window.printing = printing
    printing.attach_status_bar(window.statusBar())
    staging = QMenu(window)
    printing.install(staging)
    file_menu = window.menus["file"]
    for action in staging.actions():
        file_menu.insertAction(window.printing_anchor, action)
    file_menu.aboutToShow.connect(printing.refresh)
    from rcpdesk.ui.briefing_pack import BriefingPack

    window.briefing_pack = BriefingPack(window.services, window, printing.announce_written,
                                        lambda: window.current_comparison()[0])
    file_menu.insertAction(window.printing_anchor, window.briefing_pack.action)
    file_menu.aboutToShow.connect(window.briefing_pack.retranslate)
