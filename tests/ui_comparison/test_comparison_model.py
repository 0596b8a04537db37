"""The comparison model: what each cell says, and Qt's model checks in every mode."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rcpdesk.ui.models.comparison_model import (
    FINDING_COLUMN,
    LINK_ROLE,
    PROCESS_ID_ROLE,
    STATUS_ROLE,
    ComparisonModel,
    differs,
)

DISPLAY = Qt.ItemDataRole.DisplayRole
H = Qt.Orientation.Horizontal
V = Qt.Orientation.Vertical


def test_model_passes_qt_checks_in_every_mode(qtmodeltester, real_catalog):
    model = ComparisonModel(real_catalog)
    qtmodeltester.check(model)
    model.set_processes(["bali-process", "colombo-process", "puebla-process"])
    qtmodeltester.check(model)
    model.move_process("puebla-process", 0)
    model.remove_process("colombo-process")
    model.set_only_differences(True)
    model.set_dimensions(["funding", "objectives", "evaluation"])
    qtmodeltester.check(model)
    model.set_processes([])
    qtmodeltester.check(model)


def test_moves_and_removals_pass_qt_checks_while_observed(qtmodeltester, real_catalog):
    model = ComparisonModel(real_catalog)
    model.set_processes(["igc", "apc", "midsa", "lima-process"])
    qtmodeltester.check(model, force_py=True)  # keeps watching the signals below
    assert model.move_process("igc", 3)
    assert model.move_process("lima-process", 0)
    assert not model.move_process("apc", 1)  # already there
    model.remove_process("midsa")
    assert model.processes() == ["lima-process", "apc", "igc"]


def test_cells_headers_and_finding(real_catalog):
    model = ComparisonModel(real_catalog)
    model.set_processes(["bali-process", "colombo-process"])
    rows = real_catalog.comparison_rows(real_catalog.default_rows())  # profile facts, then dimensions
    assert model.columnCount() == 3 and model.rowCount() == len(rows) == 17
    assert [model.headerData(c, H) for c in range(3)] == ["The report's finding", "Bali Process",
                                                            "Colombo Process"]
    assert model.headerData(1, H, Qt.ItemDataRole.ToolTipRole) == real_catalog.processes(
        ["bali-process"])[0].name
    facts = real_catalog.values(["bali-process", "colombo-process"], [d.id for d in rows])
    for row, dimension in enumerate(rows):
        assert model.headerData(row, V) == dimension.name
        found = real_catalog.row_findings(dimension.id)
        cell = model.index(row, FINDING_COLUMN)
        assert found, dimension.id  # every row has the report's finding that fits it
        finding = found[0]
        assert finding.quoted in cell.data(DISPLAY) and finding.citation in cell.data(DISPLAY)
        assert cell.data(LINK_ROLE) == f"rcpdesk:paragraph/{finding.paragraph}"
        if len(found) > 2:
            assert f"{len(found) - 1} more findings" in cell.data(DISPLAY)
        for column, pid in ((1, "bali-process"), (2, "colombo-process")):
            fact = facts[(pid, dimension.id)]
            index = model.index(row, column)
            assert index.data(PROCESS_ID_ROLE) == pid
            assert index.data(LINK_ROLE) == f"rcpdesk:process/{pid}"
            if fact.is_unknown:
                assert index.data(DISPLAY) == "Not known"
                assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
            else:
                if dimension.is_fact:
                    assert index.data(DISPLAY).startswith(model.cell_text(pid, dimension.id)[0])
                else:
                    assert index.data(DISPLAY).startswith(fact.text())
                assert index.data(Qt.ItemDataRole.ForegroundRole) is None
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if fact.as_of:
                    assert f"As of {fact.as_of}" in tip
                for source in fact.sources:
                    assert source.title.replace("'", "&#x27;") in tip


def test_fact_rows_say_the_profile_facts_short(real_catalog):
    model = ComparisonModel(real_catalog)
    model.set_processes(["colombo-process", "abu-dhabi-dialogue"])
    model.set_dimensions(["secretariat", "members", "funding"])
    assert model.dimensions() == ["secretariat", "members", "funding"]
    assert [model.headerData(c, H) for c in range(3)] == ["The report's finding", "Colombo Process",
                                                            "Abu Dhabi Dialogue"]
    assert "IOM" in model.index(0, 1).data(DISPLAY)
    assert "United Arab Emirates" in model.index(0, 2).data(DISPLAY)
    assert "(as of 20" in model.index(0, 2).data(DISPLAY)  # the date the fact holds for, as on the profile
    assert model.index(0, FINDING_COLUMN).data(DISPLAY).splitlines()[-1].startswith("¶17 · ")
    members = model.index(1, 2)
    assert members.data(DISPLAY).startswith("16 states (as of")
    assert "Saudi Arabia" in members.data(Qt.ItemDataRole.ToolTipRole)  # the list behind the count
    funding = model.index(2, FINDING_COLUMN).data(DISPLAY)
    assert funding.startswith("Most participants perceived [the lack of a predictable self-financing mechanism]")
    assert "[ ] editor's gloss" in funding
    assert "the report reads: “Most participants perceived this as a challenge" in \
        model.index(2, FINDING_COLUMN).data(Qt.ItemDataRole.ToolTipRole)


def test_unverified_and_unknown_values(twin_services):
    model = ComparisonModel(twin_services.catalog)
    model.set_processes(["test-process", "twin-process"])
    rows = model.visible_dimensions()
    funding, objectives = rows.index("funding"), rows.index("objectives")
    assert model.index(funding, 2).data(DISPLAY) == "Financed by the European Union (unverified)"
    assert model.index(funding, 2).data(STATUS_ROLE) == "unverified"
    assert "Not yet checked" in model.index(funding, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(objectives, 1).data(DISPLAY) == "Not known"
    assert model.index(objectives, 1).data(STATUS_ROLE) == "unknown"


def test_differs_ignores_unknowns_case_and_final_stops(twin_services):
    values = twin_services.catalog.values(["test-process", "other-process", "twin-process"],
                                          ["funding", "objectives"])
    assert not differs([values[("other-process", "funding")], values[("twin-process", "funding")]])
    assert differs([values[("test-process", "funding")], values[("twin-process", "funding")]])
    assert not differs([values[("test-process", "objectives")],
                        values[("twin-process", "objectives")]])  # all unknown


def test_unknown_ids_are_dropped(real_catalog):
    model = ComparisonModel(real_catalog)
    model.set_processes(["bali-process", "no-such-process", "bali-process"])
    model.set_dimensions(["funding", "no-such-dimension"])
    assert model.processes() == ["bali-process"]
    assert model.dimensions() == ["funding"]
