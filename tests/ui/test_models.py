"""Every model rcpdesk's window defines passes Qt's model tester."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rcpdesk.ui.models.search_model import LINK_ROLE as HIT_LINK
from rcpdesk.ui.models.search_model import SearchResultsModel, snippet_html
from rcpdesk.ui.models.tree_model import KIND_ROLE, LINK_ROLE, TreeFilterModel, TreeModel


def _walk(model, parent=None):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _walk(model, index)


def test_tree_model_passes_the_model_tester(qtmodeltester, real_catalog):
    model = TreeModel(real_catalog)
    qtmodeltester.check(model)


def test_tree_model_holds_regions_report_dimensions_and_countries(real_catalog):
    model = TreeModel(real_catalog)
    groups = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert groups == ["Processes by region", "GCIM–IOM Workshop report, 2005",
                      "Comparison dimensions", "Countries"]
    assert list(_walk(model)) == [model.index(row, 0) for row in range(4)]  # nothing read yet
    assert model.canFetchMore(model.index(1, 0))
    model.fetch_all()
    rows = list(_walk(model))
    kinds = [index.data(KIND_ROLE) for index in rows]
    assert kinds.count("region") == 6 and kinds.count("process") == 35
    assert kinds.count("section") == 8 and kinds.count("paragraph") == 49
    assert kinds.count("dimension") == 12
    assert kinds.count("country") > 50
    bali = model.find_link("rcpdesk:process/bali-process")
    assert bali.data() == ("Bali Process · 2002 — Bali Process on People Smuggling, Trafficking in "
                           "Persons and Related Transnational Crime")
    assert bali.data(LINK_ROLE) == "rcpdesk:process/bali-process"
    attended = [i for i in rows if i.data(KIND_ROLE) == "process"
                and i.data(Qt.ItemDataRole.FontRole) is not None]
    assert len(attended) == 9  # the nine processes of the 2005 workshop are in bold


def test_filter_proxy_passes_the_model_tester_and_filters_recursively(qtmodeltester, real_catalog):
    model = TreeModel(real_catalog)
    model.fetch_all()  # as the tree panel does when the delegate types a filter
    proxy = TreeFilterModel()
    proxy.setSourceModel(model)
    proxy.setFilterFixedString("bali")
    qtmodeltester.check(proxy)
    found = [i.data(LINK_ROLE) for i in _walk(proxy) if i.data(KIND_ROLE) == "process"]
    assert found == ["rcpdesk:process/bali-process"]
    proxy.setFilterFixedString("¶20")
    assert [i.data(LINK_ROLE) for i in _walk(proxy) if i.data(KIND_ROLE) == "paragraph"] == \
        ["rcpdesk:paragraph/20"]
    proxy.setFilterFixedString("")
    qtmodeltester.check(proxy)


def test_search_model_passes_the_model_tester(qtmodeltester, real_catalog):
    model = SearchResultsModel()
    model.set_hits(real_catalog.search("funding"))
    assert model.rowCount() > 3
    qtmodeltester.check(model)
    assert model.index(0, 0).data(HIT_LINK).startswith("rcpdesk:")


def test_snippet_bolds_matched_words_and_escapes_the_rest(real_catalog):
    hit = real_catalog.search("self-financing")[0]
    html = snippet_html(hit)
    assert "<b>" in html
    import dataclasses

    evil = dataclasses.replace(hit, snippet="<script>x</script> word", highlights=((19, 23),))
    assert snippet_html(evil) == "&lt;script&gt;x&lt;/script&gt; <b>word</b>"


def test_finding_a_paragraph_loads_only_its_section(real_catalog):
    model = TreeModel(real_catalog)
    index = model.find_link("rcpdesk:paragraph/20")
    assert index.data(LINK_ROLE) == "rcpdesk:paragraph/20"
    report = model.index(1, 0)
    loaded = [model.index(row, 0, report).internalPointer()._children is not None
              for row in range(model.rowCount(report))]
    assert loaded.count(True) == 1  # a large report must not be read whole to show one paragraph
