"""Bookmarks (the outline) and internal links added to a PDF that Qt wrote, as an incremental update.

QPdfWriter sets the title, author and creator but has no outline and no link to a place in the
same document, so the pack appends them the way PDF allows any file to be amended: new and
replaced objects, a new cross-reference section pointing back to Qt's (/Prev), a new trailer.
Qt's own bytes are left as they are. Pure Python: no PDF library at run time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Destination:
    page: int  # 0-based
    top: float  # PDF points from the page's bottom edge


@dataclass
class OutlineItem:
    title: str
    destination: Destination
    children: list[OutlineItem] = field(default_factory=list)


@dataclass(frozen=True)
class Link:
    page: int  # the page the link is on, 0-based
    rect: tuple[float, float, float, float]  # x1, y1, x2, y2 in PDF points
    destination: Destination


class PdfMarksError(ValueError):
    """The file is not laid out the way this module reads Qt's PDFs."""


def _text_string(text: str) -> bytes:
    """A PDF text string in UTF-16BE (any script), as hex."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


class _Pdf:
    def __init__(self, data: bytes) -> None:
        self.data = data
        found = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data[-1024:])
        if not found:
            raise PdfMarksError("no startxref at the end of the file")
        self.startxref = int(found.group(1))
        self.offsets: dict[int, int] = {}
        position = self.startxref
        match = re.compile(rb"xref\s+").match(data, position)
        if not match:
            raise PdfMarksError("no cross-reference table where startxref points")
        position = match.end()
        section = re.compile(rb"(\d+) (\d+)\s*\r?\n")
        while True:
            head = section.match(data, position)
            if not head:
                break
            first, count = int(head.group(1)), int(head.group(2))
            position = head.end()
            for i in range(count):
                entry = data[position:position + 20]
                if entry[17:18] == b"n":
                    self.offsets[first + i] = int(entry[:10])
                position += 20
        trailer_at = data.index(b"trailer", position)
        self.trailer = data[trailer_at:data.rindex(b"startxref")]
        self.size = int(self._get(self.trailer, rb"/Size\s+(\d+)"))
        self.root = int(self._get(self.trailer, rb"/Root\s+(\d+)\s+0\s+R"))

    @staticmethod
    def _get(text: bytes, pattern: bytes) -> bytes:
        found = re.search(pattern, text)
        if not found:
            raise PdfMarksError(f"not found: {pattern!r}")
        return found.group(1)

    def body(self, number: int) -> bytes:
        start = self.offsets[number]
        head = re.compile(rb"\d+\s+\d+\s+obj\s*").match(self.data, start)
        if not head:
            raise PdfMarksError(f"object {number} is not where the table says")
        end = self.data.index(b"endobj", head.end())
        return self.data[head.end():end].strip()

    def pages(self) -> list[int]:
        pages_ref = int(self._get(self.body(self.root), rb"/Pages\s+(\d+)\s+0\s+R"))
        result: list[int] = []
        self._collect(pages_ref, result)
        return result

    def _collect(self, number: int, result: list[int]) -> None:
        body = self.body(number)
        kids = re.search(rb"/Kids\s*\[([^\]]*)\]", body)
        if kids is None:
            result.append(number)
            return
        for kid in re.findall(rb"(\d+)\s+0\s+R", kids.group(1)):
            self._collect(int(kid), result)


def _dest(pages: Sequence[int], destination: Destination) -> bytes:
    return b"[%d 0 R /XYZ null %.2f null]" % (pages[destination.page], destination.top)


def add_marks(path: Path, outline: Sequence[OutlineItem], links: Sequence[Link],
              *, page_mode_outlines: bool = True) -> None:
    """Appends the outline and the links to the PDF at path (in place)."""
    data = Path(path).read_bytes()
    pdf = _Pdf(data)
    pages = pdf.pages()
    next_number = pdf.size
    objects: dict[int, bytes] = {}

    def new() -> int:
        nonlocal next_number
        next_number += 1
        return next_number - 1

    # the outline: a tree of items, each knowing its parent, siblings and children
    outlines_ref = new() if outline else None

    def write_items(items: Sequence[OutlineItem], parent: int) -> tuple[int, int, int]:
        refs = [new() for _ in items]
        visible = 0
        for i, (item, ref) in enumerate(zip(items, refs, strict=True)):
            parts = [b"/Title " + _text_string(item.title), b"/Parent %d 0 R" % parent,
                     b"/Dest " + _dest(pages, item.destination)]
            if i > 0:
                parts.append(b"/Prev %d 0 R" % refs[i - 1])
            if i + 1 < len(refs):
                parts.append(b"/Next %d 0 R" % refs[i + 1])
            if item.children:
                first, last, count = write_items(item.children, ref)
                parts += [b"/First %d 0 R" % first, b"/Last %d 0 R" % last, b"/Count %d" % count]
                visible += count
            objects[ref] = b"<<\n" + b"\n".join(parts) + b"\n>>"
            visible += 1
        return refs[0], refs[-1], visible

    if outline and outlines_ref is not None:
        first, last, count = write_items(outline, outlines_ref)
        objects[outlines_ref] = (b"<<\n/Type /Outlines\n/First %d 0 R\n/Last %d 0 R\n/Count %d\n>>"
                                 % (first, last, count))

    # the links: each page's annotation array, Qt's entries kept
    by_page: dict[int, list[Link]] = {}
    for link in links:
        by_page.setdefault(link.page, []).append(link)
    for page_index, page_links in by_page.items():
        page_ref = pages[page_index]
        page_body = pdf.body(page_ref)
        annot_refs = []
        for link in page_links:
            ref = new()
            x1, y1, x2, y2 = link.rect
            objects[ref] = (b"<<\n/Type /Annot\n/Subtype /Link\n/Rect [%.2f %.2f %.2f %.2f]\n"
                            b"/Border [0 0 0]\n/Dest %s\n>>" % (x1, y1, x2, y2, _dest(pages, link.destination)))
            annot_refs.append(b"%d 0 R" % ref)
        indirect = re.search(rb"/Annots\s+(\d+)\s+0\s+R", page_body)
        inline = re.search(rb"/Annots\s*\[([^\]]*)\]", page_body)
        if indirect:
            array_ref = int(indirect.group(1))
            existing = pdf.body(array_ref).strip().lstrip(b"[").rstrip(b"]").strip()
            objects[array_ref] = b"[" + b" ".join(([existing] if existing else []) + annot_refs) + b"]"
        elif inline:
            existing = inline.group(1).strip()
            array = b"/Annots [" + b" ".join(([existing] if existing else []) + annot_refs) + b"]"
            objects[page_ref] = page_body[:inline.start()] + array + page_body[inline.end():]
        else:
            objects[page_ref] = page_body.rstrip().removesuffix(b">>") + b"/Annots [" + \
                b" ".join(annot_refs) + b"]\n>>"

    if outlines_ref is not None:
        root = pdf.body(pdf.root).rstrip()
        root = re.sub(rb"/(Outlines|PageMode)\s+(\d+\s+0\s+R|/\w+)", b"", root)
        extra = b"/Outlines %d 0 R\n" % outlines_ref
        if page_mode_outlines:
            extra += b"/PageMode /UseOutlines\n"
        objects[pdf.root] = root.removesuffix(b">>") + extra + b">>"
    if not objects:
        return

    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n"
    numbers = sorted(offsets)
    run: list[int] = []
    runs = []
    for number in numbers:  # consecutive numbers share a subsection
        if run and number != run[-1] + 1:
            runs.append(run)
            run = []
        run.append(number)
    runs.append(run)
    for run in runs:
        out += b"%d %d\n" % (run[0], len(run))
        for number in run:
            out += b"%010d 00000 n \n" % offsets[number]
    trailer = pdf.trailer
    ident = re.search(rb"/ID\s*\[[^\]]*\]", trailer)
    info = re.search(rb"/Info\s+\d+\s+0\s+R", trailer)
    out += b"trailer\n<<\n/Size %d\n/Root %d 0 R\n" % (max(next_number, pdf.size), pdf.root)
    if info:
        out += info.group(0) + b"\n"
    if ident:
        out += ident.group(0) + b"\n"
    out += b"/Prev %d\n>>\nstartxref\n%d\n%%%%EOF\n" % (pdf.startxref, xref_at)
    Path(path).write_bytes(bytes(out))
