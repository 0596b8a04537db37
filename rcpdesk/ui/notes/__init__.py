"""The notes UI: undoable commands, the controller with its actions, the editor, the panel, HTML."""

from rcpdesk.ui.notes.controller import NotesController
from rcpdesk.ui.notes.notes_html import PageNotes, highlight_passages, notes_section_html
from rcpdesk.ui.notes.panel import NotesPanel

__all__ = ["NotesController", "NotesPanel", "PageNotes", "highlight_passages", "notes_section_html"]
