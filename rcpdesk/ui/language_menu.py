"""Kept for older imports: the Language submenu is rcpdesk.ui.language.LanguageController."""

from rcpdesk.ui.language import LanguageController as LanguageMenu

__all__ = ["LanguageMenu"]
