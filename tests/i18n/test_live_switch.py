"""Switching the language in the open window: menus, dock titles, dimension and country names,
the page on screen; Qt's own print preview dialog; the choice remembered."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QToolButton

GERMANY = {"en": "Germany", "fr": "Allemagne", "es": "Alemania"}
MENUS = {"en": ["&File", "&Edit", "&View", "&Go", "&Help"],
         "fr": ["&Fichier", "&Édition", "&Affichage", "A&ller", "Ai&de"],
         "es": ["&Archivo", "&Editar", "&Ver", "&Ir", "A&yuda"]}
DOCKS = {"en": ("Contents", "Comparison"), "fr": ("Sommaire", "Comparaison"),
         "es": ("Índice", "Comparación")}
OBJECTIVES = {"en": "Objectives", "fr": "Objectifs", "es": "Objetivos"}
LANGUAGE_MENU = {"en": "&Language", "fr": "&Langue", "es": "&Idioma"}


def _check(window, lang, switched=True):
    assert [window.menus[k].title() for k in ("file", "edit", "view", "go", "help")] == MENUS[lang]
    assert (window.docks["tree_dock"].windowTitle(), window.docks["comparison_dock"].windowTitle()) \
        == DOCKS[lang]
    assert window.language_menu.menu.title() == LANGUAGE_MENU[lang]
    index = window.tree_panel.model.find_link("rcpdesk:dimension/objectives")
    assert index.data() == OBJECTIVES[lang]
    page = window.detail_panel.view.toPlainText()
    assert GERMANY[lang] in page, page[:400]
    for other, name in GERMANY.items():
        if other != lang:
            assert name not in page
    assert window.language_menu.actions[lang].isChecked()
    assert window.services.catalog.lang == lang
    if switched:  # dates and numbers in the language's format
        assert QLocale().name().startswith(lang)


def test_switching_to_french_then_spanish_changes_the_open_window(translated_window):
    window = translated_window
    window.navigate("rcpdesk:process/igc")  # Germany is a member
    _check(window, "en", switched=False)
    window.language_menu.actions["fr"].trigger()
    _check(window, "fr")
    assert "Quitter" in window.quit_action.text()
    assert window.windowTitle().startswith("rcpdesk — Processus consultatifs régionaux")
    window.language_menu.actions["es"].trigger()
    _check(window, "es")
    assert window.services.settings.language == "es"
    window.language_menu.actions["en"].trigger()
    _check(window, "en")


def test_the_report_text_stays_english_and_is_marked(translated_window):
    window = translated_window
    window.language_menu.switch("fr")
    window.navigate("rcpdesk:paragraph/20")
    page = window.detail_panel.view.toPlainText()
    assert "(original en anglais)" in page
    from rcpdesk.ui.detail_html import paragraph_html

    html = paragraph_html(window.services.catalog, 20)
    assert '<blockquote lang="en">' in html
    window.language_menu.switch("en")
    assert "(English original)" not in window.detail_panel.view.toPlainText()


def test_the_language_is_remembered_for_the_next_start(translated_window, isolated_profile, real_db, qtbot):
    window = translated_window
    window.language_menu.switch("es")
    window.services.settings.sync()
    from rcpdesk.services import create_services

    again = create_services(isolated_profile, database=real_db)
    try:
        assert again.settings.language == "es"
    finally:
        again.close()


def test_the_print_preview_dialog_is_translated(qtbot, compiled_translations, english_afterwards):
    """Qt's own dialog through qtbase_fr.qm: its tool buttons' tooltips change language."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from rcpdesk.ui.i18n import install_language

    def tooltips() -> set[str]:
        dialog = QPrintPreviewDialog()
        qtbot.addWidget(dialog)
        tips = {b.toolTip() for b in dialog.findChildren(QToolButton) if b.toolTip()}
        tips |= {a.text() for a in dialog.findChildren(type(dialog.actions()[0]))} if dialog.actions() else set()
        dialog.deleteLater()
        return tips

    install_language("en")
    english = tooltips()
    assert "Print" in english or "Page setup" in english, english
    install_language("fr")
    french = tooltips()
    assert "Imprimer" in french, french
    assert not {"Print", "Page setup"} & french
