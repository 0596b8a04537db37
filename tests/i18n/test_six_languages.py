"""Arabic, Chinese and Russian beside English, French and Spanish: sheets printed in each script
(read back with pypdf, Arabic right to left), the window started in Arabic mirrored, the data's
names in each language, bidi isolation, and one clear message when no font covers a script."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
COMPARED = "colombo-process,abu-dhabi-dialogue"


def _sheet_pdf(tmp_path: Path, profile: Path, lang: str) -> Path:
    out = tmp_path / f"{lang}.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RCPDESK_HOME": str(profile),
           "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run([sys.executable, "-m", "rcpdesk", "sheet", "--compare", COMPARED,
                           "--lang", lang, "--out", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return out


def _text(pdf: Path) -> str:
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize(("lang", "wanted"), [
    ("zh", ["比较", "维度", "秘书处", "来源", "数据版本"]),
    ("ru", ["Сравнение", "Аспект", "Секретариат", "Источники", "страница 1 из"]),
])
def test_a_sheet_prints_in_chinese_and_russian(tmp_path, isolated_profile, compiled_translations,
                                               lang, wanted):
    text = _text(_sheet_pdf(tmp_path, isolated_profile, lang))
    for word in wanted:
        assert word in text, f"{word!r} not in the {lang} sheet: {text[:500]}"
    assert "Each cell gives" not in text and "Comparison:" not in text
    assert "Sri Lanka" in text  # the processes' own facts stay as the sources give them


def test_an_arabic_sheet_prints_its_headings_right_to_left(tmp_path, isolated_profile,
                                                           compiled_translations):
    """pypdf reads glyphs in the order they sit on the page: Arabic words come out reversed
    (ةنراقم for مقارنة) when, and only when, they were laid out right to left; and the heading
    "مقارنة: Colombo Process · ..." has its Arabic word to the right of the Latin names."""
    from pypdf import PdfReader

    pdf = _sheet_pdf(tmp_path, isolated_profile, "ar")
    text = _text(pdf)
    for heading in ("مقارنة", "المصادر", "الأمانة"):  # comparison, sources, secretariat
        assert heading[::-1] in text, f"{heading} not right to left in: {text[:400]}"
        assert heading not in text
    assert "Each cell gives" not in text

    positions: dict[str, list[float]] = {"arabic": [], "latin": []}

    def visit(fragment, cm, tm, font, size):
        fragment = unicodedata.normalize("NFKC", fragment)
        if "مقارنة"[::-1] in fragment:
            positions["arabic"].append(tm[4])
        elif fragment.strip().startswith("Colombo"):
            positions["latin"].append(tm[4])

    PdfReader(pdf).pages[0].extract_text(visitor_text=visit)
    assert positions["arabic"] and positions["latin"], positions
    assert min(positions["arabic"]) > max(positions["latin"][:2]), positions


def test_the_window_started_in_arabic_is_right_to_left(qtbot, compiled_translations,
                                                       isolated_profile, real_db,
                                                       english_afterwards):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from rcpdesk.app import build_main_window, create_services
    from rcpdesk.ui.i18n import install_language

    install_language("ar")  # as `rcpdesk --lang ar` starts it
    services = create_services(isolated_profile, database=real_db)
    services.set_language("ar")
    window = build_main_window(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        menus = [window.menus[k].title() for k in ("file", "edit", "view", "go", "help")]
        assert menus == ["&ملف", "&تحرير", "&عرض", "ا&نتقال", "&تعليمات"], menus
        assert window.dockWidgetArea(window.docks["tree_dock"]) == Qt.DockWidgetArea.RightDockWidgetArea
        assert window.docks["tree_dock"].windowTitle() == "المحتويات"
        assert [k.toString() for k in window.history.back_action.shortcuts()] == ["Alt+Right"]
        tree = window.tree_panel.model
        assert tree.find_link("rcpdesk:dimension/funding").data() == "التمويل"
        window.navigate("rcpdesk:process/abu-dhabi-dialogue")
        page = window.detail_panel.view.document()
        assert page.begin().blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
        text = page.toPlainText()
        assert "الإمارات العربيّة المتحدّة" in text  # pycountry's Arabic name of a member
        assert "Abu Dhabi Dialogue" in text  # the process's own name, isolated, not translated
    finally:
        window.close()
        services.close()


def test_chinese_and_russian_name_countries_regions_and_dimensions(real_db, compiled_translations,
                                                                   english_afterwards, qapp):
    from rcpdesk.catalog import Catalog
    from rcpdesk.ui.i18n import install_language

    for lang, china, funding, asia in (("zh", "中国", "资金", "亚洲及太平洋"),
                                        ("ru", "Китай", "Финансирование", "Азия и Тихий океан")):
        install_language(lang)
        catalog = Catalog(real_db, lang=lang)
        assert china in [c.name for c in catalog.countries_of("colombo-process", "member")] + \
            [c.name for c in catalog.countries_of("colombo-process", "observer")] or \
            china in [c.name for c in catalog.countries()], lang
        assert {d.id: d.names.get(lang) for d in catalog.dimensions()}["funding"] == funding
        assert {r.id: r.names.get(lang) for r in catalog.regions()}["asia"] == asia


def test_every_region_dimension_and_fact_row_name_is_marked_for_translation(real_db):
    """A region or dimension added to the data without a ContentNames entry would stay English
    in Arabic, Chinese and Russian."""
    from rcpdesk.catalog import Catalog
    from rcpdesk.catalog.rows import FACT_ROWS
    from rcpdesk.content_names import NAMES

    catalog = Catalog(real_db)
    wanted = {r.names.en for r in catalog.regions()} | {d.names.en for d in catalog.dimensions()}
    wanted |= {d.descriptions.en for d in catalog.dimensions()}
    wanted |= {n.en for row in FACT_ROWS for n in (row.names, row.descriptions)}
    assert not wanted - set(NAMES), sorted(wanted - set(NAMES))


def test_arabic_pages_isolate_latin_dates_and_citations():
    from rcpdesk.bidi import FSI, PDI, isolate_runs, rtl_html

    line = isolate_runs("تاريخ 2005-04-14 في ¶20، المصادر [1] [2] و (Colombo Process).")
    assert f"{FSI}2005-04-14{PDI}" in line and f"{FSI}¶20{PDI}" in line
    assert f"{FSI}[1] [2]{PDI}" in line and f"{FSI}(Colombo Process){PDI}." in line
    page = rtl_html('<html><head><style>th { text-align: left; }</style></head><body>'
                    '<table><tr><th>البعد</th><td>Bali&#x27;s secretariat</td></tr></table>'
                    '<blockquote lang="en"><p>The report, ¶20.</p></blockquote></body></html>')
    assert '<body dir="rtl">' in page and "text-align: right" in page
    assert page.index("Bali") < page.index("البعد"), "the row's cells are mirrored"
    assert f"{FSI}Bali's secretariat{PDI}" in page  # one run, the apostrophe inside it
    assert '<blockquote lang="en" dir="ltr"><p>The report, ¶20.</p>' in page  # the report as written
    pager = rtl_html('<body><p><a href="p19">← ¶19</a> <a href="p21">¶21 →</a></p></body>')
    assert f"→ {FSI}¶19{PDI}" in pager and f"{FSI}¶21{PDI} ←" in pager  # previous points right
    quoted = isolate_runs("مشارك واحد: “Some regions are covered.” ¶6")
    assert quoted.startswith(f"مشارك واحد: {FSI}“Some regions")  # the quotation marks go with it


def test_a_missing_font_gives_one_clear_message(tmp_path, qapp, real_db, monkeypatch):
    from PySide6.QtGui import QFontDatabase

    from rcpdesk.catalog import Catalog
    from rcpdesk.sheets.export import export_comparison
    from rcpdesk.sheets.layout import SheetRenderError

    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *args: []))
    with pytest.raises(SheetRenderError) as failed:
        export_comparison(Catalog(real_db, lang="zh"), ["colombo-process"], None, tmp_path / "zh.pdf")
    assert "no font for the Chinese script" in str(failed.value)
    assert "fonts-noto-cjk" in str(failed.value)
    assert not (tmp_path / "zh.pdf").exists()


def test_a_process_is_named_in_arabic_or_russian_only_with_a_source(real_db, compiled_translations,
                                                                    english_afterwards, qapp):
    """The Abu Dhabi Dialogue's own Arabic name and UNHCR's Russian one for the Almaty Process
    head their profiles, each with its numbered source; the Colombo Process, for which no
    Chinese name was found in a source, keeps its English name in Chinese."""
    from PySide6.QtGui import QTextDocument

    from rcpdesk.catalog import Catalog
    from rcpdesk.ui.detail_html import process_html
    from rcpdesk.ui.i18n import install_language

    def page(lang: str, process_id: str) -> list[str]:
        install_language(lang)
        document = QTextDocument()
        document.setHtml(process_html(Catalog(real_db, lang=lang), process_id))
        return document.toPlainText().splitlines()

    arabic = page("ar", "abu-dhabi-dialogue")
    assert arabic[0] == "حوار أبوظبي"
    row = arabic.index("الاسم بهذه اللغة")
    assert arabic[row + 1] == "حوار أبوظبي" and "المصادر [1] [2]" in arabic[row + 2]
    assert "Abu Dhabi Dialogue" in arabic  # the English name under the other names
    assert "abudhabidialogue.org/ar/about-abu-dhabi-dialogue" in "\n".join(arabic)
    russian = page("ru", "almaty-process")
    assert russian[0] == "Алматинский процесс"
    assert "unhcr.org/centralasia/members-and-governance" in "\n".join(russian)
    chinese = page("zh", "colombo-process")
    assert chinese[0].startswith("Regional Consultative Process on Overseas Employment")
    assert "本语言名称" not in chinese


def test_a_layout_saved_in_arabic_comes_back_mirrored_and_english_puts_it_back(
        qtbot, compiled_translations, isolated_profile, real_db, english_afterwards):
    from PySide6.QtCore import Qt

    from rcpdesk.app import build_main_window, create_services
    from rcpdesk.ui.i18n import install_language

    def start(lang: str) -> Qt.DockWidgetArea:
        install_language(lang)
        services = create_services(isolated_profile, database=real_db)
        services.set_language(lang)
        window = build_main_window(services)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        area = window.dockWidgetArea(window.docks["tree_dock"])
        window.save_session()
        services.settings.sync()
        window.close()
        services.close()
        return area

    right, left = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.LeftDockWidgetArea
    assert start("ar") == right  # the default layout, mirrored
    assert start("ar") == right  # saved in Arabic: restored as it was, not flipped back
    assert start("en") == left
    assert start("en") == left


def test_switching_the_open_window_to_arabic_and_back(translated_window):
    """View → Language → العربية mirrors the window as it runs; English puts it back."""
    window = translated_window
    from PySide6.QtCore import Qt

    window.navigate("rcpdesk:process/almaty-process")
    right, left = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.LeftDockWidgetArea
    assert window.dockWidgetArea(window.docks["tree_dock"]) == left
    window.language_menu.actions["ar"].trigger()
    assert window.isRightToLeft()
    assert window.menus["file"].title() == "&ملف"
    assert window.dockWidgetArea(window.docks["tree_dock"]) == right
    assert window.dockWidgetArea(window.docks["notes_dock"]) == left
    page = window.detail_panel.view.document()
    assert page.begin().blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "كازاخستان" in page.toPlainText()  # a member, named in Arabic
    window.language_menu.actions["ru"].trigger()
    assert not window.isRightToLeft()
    assert window.dockWidgetArea(window.docks["tree_dock"]) == left
    assert window.detail_panel.view.toPlainText().splitlines()[0] == "Алматинский процесс"
    window.language_menu.actions["en"].trigger()
    assert window.dockWidgetArea(window.docks["tree_dock"]) == left


@pytest.mark.parametrize(("lang", "page_setup"), [("ar", "إعداد الصّفحة"), ("zh", "打印设置"),
                                                  ("ru", "Параметры страницы")])
def test_qt_own_dialogs_speak_arabic_chinese_and_russian(qtbot, compiled_translations,
                                                         english_afterwards, lang, page_setup):
    """Qt's print preview through qtbase_ar / qtbase_zh_CN / qtbase_ru."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QToolButton

    from rcpdesk.ui.i18n import install_language

    install_language(lang)
    dialog = QPrintPreviewDialog()
    qtbot.addWidget(dialog)
    tips = {b.toolTip() for b in dialog.findChildren(QToolButton) if b.toolTip()}
    assert page_setup in tips, tips
    assert "Page setup" not in tips
