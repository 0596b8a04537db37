"""`rcpdesk pack`: one PDF for the meeting, with an outline, links, page x of y and metadata."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from rcpdesk.cli import main

ROOT = Path(__file__).resolve().parents[2]
PACK = ("pack", "--processes", "colombo-process,abu-dhabi-dialogue", "--country", "LKA", "--tag", "budget")
BUDGET_NOTE = "Ask about the RSO budget line"
OTHER_NOTE = "Unrelated reminder about visas"


def _text(page) -> str:  # type: ignore[no-untyped-def]
    return re.sub(r"\s+", " ", page.extract_text() or "")


def _outline(reader) -> list[tuple[int, str, int]]:  # type: ignore[no-untyped-def]
    """(level, title, 0-based page) of every outline item, in order."""
    items: list[tuple[int, str, int]] = []

    def walk(entries, level: int) -> None:  # type: ignore[no-untyped-def]
        for entry in entries:
            if isinstance(entry, list):
                walk(entry, level + 1)
            else:
                items.append((level, entry.title, reader.get_destination_page_number(entry)))

    walk(reader.outline, 0)
    return items


def _links(reader, page_index: int) -> list[tuple[float, int]]:  # type: ignore[no-untyped-def]
    """(top of the link, 0-based page it goes to) of the page's internal links, top to bottom."""
    pages = {p.indirect_reference.idnum: i for i, p in enumerate(reader.pages)}
    annots = reader.pages[page_index].get("/Annots")
    result = []
    for annot in (annots.get_object() if annots is not None else []):
        annot = annot.get_object()
        dest = annot.get("/Dest")
        if annot.get("/Subtype") == "/Link" and dest is not None and hasattr(dest[0], "idnum"):
            result.append((float(annot["/Rect"][3]), pages[dest[0].idnum]))
    return sorted(result, key=lambda link: -link[0])


@pytest.fixture(scope="module")
def pack_pdf(tmp_path_factory: pytest.TempPathFactory, real_db: Path) -> Path:
    """The issue's pack, written by `rcpdesk pack` in a subprocess from a profile with a note
    tagged budget (and one on ¶20) and a note tagged other."""
    profile = tmp_path_factory.mktemp("pack-profile")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["RCPDESK_HOME"] = str(profile)
    for target, body, tag in (("colombo-process", BUDGET_NOTE, "budget"),
                              ("abu-dhabi-dialogue", OTHER_NOTE, "other"),
                              ("report-2005/p20", "Self-financing: raise it with the chair", "budget")):
        assert main(["--database", str(real_db), "--profile", str(profile), "notes", "add", target, body,
                     "--tag", tag]) == 0
    out = profile / "pack.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "rcpdesk", "--database", str(real_db), "--profile", str(profile),
         *PACK, "--out", str(out)],
        check=False, capture_output=True, text=True, timeout=180, env=env, cwd=profile)
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(rf"wrote {re.escape(str(out))} \(\d+ pages, 2 processes, 2 of 3 notes\)\n",
                        result.stdout)
    return out


def test_the_outline_names_every_part(pack_pdf: Path) -> None:
    from pypdf import PdfReader

    reader = PdfReader(str(pack_pdf))
    outline = _outline(reader)
    titles = [(level, title) for level, title, _ in outline]
    assert titles == [
        (0, "Cover"), (0, "Contents"), (0, "Profiles"), (1, "Colombo Process"), (1, "Abu Dhabi Dialogue"),
        (0, "Comparison"), (0, "The 2005 report's findings on these rows"), (0, "Members maps"),
        (1, "Colombo Process"), (1, "Abu Dhabi Dialogue"), (0, "Country: Sri Lanka"), (0, "Your notes"),
        (0, "Sources")]
    page = {title: index for _, title, index in outline}
    texts = [_text(p) for p in reader.pages]
    assert page["Cover"] == 0 and "Briefing pack: Colombo Process · Abu Dhabi Dialogue" in texts[0]
    assert "For the delegation of Sri Lanka" in texts[0]
    assert texts[page["Comparison"]].count("Comparison: Colombo Process · Abu Dhabi Dialogue") >= 1
    assert "Country: Sri Lanka" in texts[page["Country: Sri Lanka"]]
    assert "2003–today" in texts[page["Country: Sri Lanka"]]  # its years in the Colombo Process
    assert "Members map of Abu Dhabi Dialogue" in texts[page["Members maps"]]


def test_notes_by_tag_page_numbers_and_metadata(pack_pdf: Path) -> None:
    from pypdf import PdfReader

    reader = PdfReader(str(pack_pdf))
    texts = [_text(p) for p in reader.pages]
    whole = " ".join(texts)
    assert BUDGET_NOTE in whole and "Self-financing: raise it with the chair" in whole
    assert OTHER_NOTE not in whole
    total = len(texts)
    for number, text in enumerate(texts, start=1):
        assert f"page {number} of {total}" in text
    assert reader.metadata.title == "Briefing pack: Colombo Process · Abu Dhabi Dialogue"
    assert reader.metadata.author == "For the delegation of Sri Lanka: Colombo Process · Abu Dhabi Dialogue"
    assert reader.metadata.creator == "rcpdesk"


def test_contents_and_citations_link_inside_the_pack(pack_pdf: Path) -> None:
    from pypdf import PdfReader

    reader = PdfReader(str(pack_pdf))
    texts = [_text(p) for p in reader.pages]
    outline = _outline(reader)
    contents = _links(reader, 1)
    # one link per contents line (every outline item but the cover), top to bottom, each to its page
    assert [target for _, target in contents] == [index for _, _, index in outline[1:]]
    country = next(index for _, title, index in outline if title.startswith("Country"))
    assert "Country: Sri Lanka" in texts[country]
    findings = next(index for _, title, index in outline if title.startswith("The 2005 report"))
    maps = next(index for _, title, index in outline if title == "Members maps")
    # a ¶ citation in a profile leads to the findings, to the page that quotes that paragraph
    profile_links = [link for page in range(2, findings) for link in _links(reader, page)]
    assert profile_links and all(findings <= target < maps for _, target in profile_links)
    for page in range(2, findings):
        cited = set(re.findall(r"¶(\d+)", texts[page]))
        for _, target in _links(reader, page):
            assert cited & set(re.findall(r"¶(\d+)", texts[target]))


def test_maps_are_vectors(pack_pdf: Path) -> None:
    from pypdf import PdfReader

    reader = PdfReader(str(pack_pdf))
    page = next(index for _, title, index in _outline(reader) if title == "Members maps")
    resources = reader.pages[page]["/Resources"]
    images = [x for x in (resources.get("/XObject") or {}).values()
              if x.get_object().get("/Subtype") == "/Image"]
    assert images == []
    assert "Sri Lanka" in _text(reader.pages[page])  # the map's labels are text


def test_html_and_markdown(real_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for target, body, tag in (("colombo-process", BUDGET_NOTE, "budget"), ("abu-dhabi-dialogue", OTHER_NOTE, "other")):
        assert main(["--database", str(real_db), "notes", "add", target, body, "--tag", tag]) == 0
    md, html = tmp_path / "pack.md", tmp_path / "pack.html"
    assert main(["--database", str(real_db), *PACK, "--out", str(md)]) == 0
    assert main(["--database", str(real_db), *PACK, "--format", "html", "--out", str(html)]) == 0
    capsys.readouterr()
    text = md.read_text(encoding="utf-8")
    assert text.startswith("# Briefing pack: Colombo Process · Abu Dhabi Dialogue\n")
    for heading in ("## Contents", "## Profiles", "## Comparison", "## The 2005 report's findings on these rows",
                    "## Members maps", "## Country: Sri Lanka", "## Your notes", "## Sources"):
        assert f"\n{heading}\n" in text
    assert BUDGET_NOTE in text and OTHER_NOTE not in text
    page = html.read_text(encoding="utf-8")
    assert "<svg" in page and "<a href=\"#country\">" in page and "id=\"country\"" in page
    assert BUDGET_NOTE in page and OTHER_NOTE not in page


def test_unknown_country_is_one_line(real_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--database", str(real_db), "pack", "--processes", "colombo-process", "--country", "XYZ",
                 "--out", str(tmp_path / "p.pdf")])
    assert code == 2
    assert "XYZ" in capsys.readouterr().err
    assert not (tmp_path / "p.pdf").exists()
