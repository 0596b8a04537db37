"""Every validation error names its file and field, and nothing is written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rcpdesk.catalog import BuildError
from rcpdesk.catalog.build import build

FIXTURE_DATA = Path(__file__).resolve().parents[1] / "fixtures" / "data"


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, copy)
    return copy


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture changed: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def errors_of(data: Path, tmp_path: Path) -> list[str]:
    out = tmp_path / "never.db"
    with pytest.raises(BuildError) as caught:
        build(data, out)
    assert not out.exists(), "a failed build must write nothing"
    return [str(e) for e in caught.value.errors]


CASES = [
    ("unknown country code in a group", "country_groups.yaml", "[ARE, BHR, KWT, OMN, QAT, SAU]",
     "[ARE, BHR, KWT, OMN, QAT, QQQ]", "country_groups.yaml: [4].countries: unknown country code 'QQQ'"),
    ("country twice in a group", "country_groups.yaml", "[ARE, BHR, KWT, OMN, QAT, SAU]",
     "[ARE, BHR, KWT, OMN, QAT, ARE]", "country_groups.yaml: [4].countries: country 'ARE' listed twice"),
    ("unknown country code", "processes/test-process.yaml", "[IDN, AUS, LKA]", "[IDN, AUS, QQQ]",
     "processes/test-process.yaml: members.value[2]: unknown country code 'QQQ'"),
    ("paragraph out of range", "report/paragraphs.yaml", "- number: 3", "- number: 50",
     "report/paragraphs.yaml: [2].number: paragraph 50 out of range"),
    ("unknown dimension in paragraph", "report/paragraphs.yaml", "dimensions: [funding]\n  processes",
     "dimensions: [fundng]\n  processes", "report/paragraphs.yaml: [2].dimensions: unknown dimension 'fundng'"),
    ("unknown dimension in process", "processes/other-process.yaml", "  objectives: {value",
     "  objectivs: {value", "processes/other-process.yaml: dimensions.objectivs: unknown dimension 'objectivs'"),
    ("duplicate id", "dimensions.yaml", "- {id: objectives", "- {id: funding",
     "dimensions.yaml: [1].id: duplicate id 'funding'"),
    ("fact without a source", "processes/test-process.yaml",
     'secretariat: {value: "Regional Support Office", sources: [test-site], as_of: "2024"}',
     'secretariat: {value: "Regional Support Office", as_of: "2024"}',
     "processes/test-process.yaml: secretariat: fact without a source"),
    ("unknown source", "processes/test-process.yaml", "themes: {value: [People smuggling], sources: [test-site]",
     "themes: {value: [People smuggling], sources: [no-such-source]",
     "processes/test-process.yaml: themes.sources: unknown source 'no-such-source'"),
    ("finding not verbatim", "report/paragraphs.yaml", '{text: "dialogue builds trust"',
     '{text: "dialogue builds confidence"',
     "report/paragraphs.yaml: [1].findings[0].text: not found verbatim in the paragraph text"),
    ("unknown region", "processes/other-process.yaml", "region: europe", "region: atlantis",
     "processes/other-process.yaml: region: unknown region 'atlantis'"),
    ("bad agreement level", "report/paragraphs.yaml", "agreement: several\n  dimensions",
     "agreement: lots\n  dimensions", "report/paragraphs.yaml: [2].agreement: 'lots' is not one of"),
    ("year not an integer", "processes/test-process.yaml", "value: 2002", "value: 'about 2002'",
     "processes/test-process.yaml: established"),
    ("unknown process in paragraph", "report/paragraphs.yaml", "processes: [test-process]",
     "processes: [no-process]", "report/paragraphs.yaml: [0].processes: unknown process 'no-process'"),
    ("missing dimension value", "processes/other-process.yaml",
     '  objectives: {value: "Dialogue on labour migration.", sources: [test-site], as_of: "2023"}\n', "",
     "processes/other-process.yaml: dimensions.objectives: missing"),
    ("alternatives without reason", "processes/test-process.yaml",
     '  shown_first_because: "The process\'s own site is the primary source."\n', "",
     "processes/test-process.yaml: established: alternatives given without shown_first_because"),
]


@pytest.mark.parametrize(("name", "file", "old", "new", "expected"), CASES, ids=[c[0] for c in CASES])
def test_error_names_file_and_field(data: Path, tmp_path: Path, name: str, file: str, old: str,
                                    new: str, expected: str) -> None:
    edit(data / file, old, new)
    errors = errors_of(data, tmp_path)
    assert any(e.startswith(expected) for e in errors), errors


def test_duplicate_process_file_id(data: Path, tmp_path: Path) -> None:
    shutil.copy(data / "processes" / "other-process.yaml", data / "processes" / "copy.yaml")
    errors = errors_of(data, tmp_path)
    assert "processes/copy.yaml: id: 'other-process' does not match the file name" in errors


def test_conflicting_source_definitions(data: Path, tmp_path: Path) -> None:
    path = data / "processes" / "other-process.yaml"
    path.write_text(path.read_text() + "sources:\n  - {id: test-site, title: Something else}\n")
    errors = errors_of(data, tmp_path)
    assert any("duplicate id 'test-site' defined differently in sources.yaml" in e for e in errors)


def test_invalid_yaml_and_missing_file(data: Path, tmp_path: Path) -> None:
    (data / "people.yaml").write_text("- {id: x, name: [unclosed\n")
    (data / "regions.yaml").unlink()
    errors = errors_of(data, tmp_path)
    assert any(e.startswith("people.yaml: not valid YAML") for e in errors)
    assert "regions.yaml: required file is missing" in errors


def test_all_errors_reported_at_once(data: Path, tmp_path: Path) -> None:
    edit(data / "processes" / "test-process.yaml", "[IDN, AUS, LKA]", "[IDN, AUS, QQQ]")
    edit(data / "processes" / "other-process.yaml", "region: europe", "region: atlantis")
    assert len(errors_of(data, tmp_path)) >= 2
