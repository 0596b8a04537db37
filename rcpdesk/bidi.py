"""Right-to-left pages: Arabic HTML mirrored for Qt's rich text, Latin runs kept readable.

Qt's rich text honours `dir="rtl"` on the body (every block then runs right to left) but lays
tables out left to right whatever their direction, and an ISO date, a year range or ¶20 inside
Arabic is reordered by the bidi algorithm (2005-04-14 shows as 14-04-2005). So rtl_html() sets
the direction, puts each table row's cells in mirrored order, and wraps every run of Latin
letters, digits and ¶ citations in a Unicode first-strong isolate (FSI ... PDI). No Qt here:
the window's pages and the printed sheets both use it.
"""

from __future__ import annotations

import re

RIGHT_TO_LEFT = frozenset({"ar"})
FSI, PDI = "\u2068", "\u2069"

_TAG = re.compile(r"(<[^>]*>)")
# A run a left-to-right reader must see as written: from a Latin letter, digit or ¶ up to the
# next Arabic letter (Latin words, numbers, dates, ¶ citations, an English sentence quoted).
_LTR_CHAR = r"A-Za-z0-9\u00c0-\u024f"
_ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_LTR_RUN = re.compile(rf"(?:[(\[“‘\"](?=[¶{_LTR_CHAR}#]))?[¶{_LTR_CHAR}#][^{_ARABIC}]*")
_LTR_END = re.compile(rf"[{_LTR_CHAR})\]”’\"]")
_ROW = re.compile(r"(<tr\b[^>]*>)(.*?)(</tr>)", re.DOTALL | re.IGNORECASE)
_CELL = re.compile(r"<t([dh])\b[^>]*>.*?</t\1>", re.DOTALL | re.IGNORECASE)
_SKIPPED = ("style", "title", "script")


def is_rtl(lang: str | None) -> bool:
    return (lang or "").split("_")[0] in RIGHT_TO_LEFT


def isolate(text: str) -> str:
    """Text kept in its own direction inside a paragraph of the other (a name, a date)."""
    return f"{FSI}{text}{PDI}" if text else text


def isolate_runs(text: str) -> str:
    """Plain text with every left-to-right run isolated (an Arabic line quoting ¶20 and 2005-04-14)."""
    return _LTR_RUN.sub(_isolated_run, text)


def _isolated_run(match: re.Match[str]) -> str:
    run = match.group(0)
    end = max((m.end() for m in _LTR_END.finditer(run)), default=1)
    if run.count(" ") >= 4 and run[end:end + 1] in (".", "?", "!"):
        end += 1  # an English sentence keeps its full stop
    run, tail = run[:end], run[end:]
    head = ""
    for opening, closing in ("()", "[]"):  # a bracket the run does not close is the page's
        while run.endswith(closing) and run.count(closing) > run.count(opening):
            run, tail = run[:-1], closing + tail
        while run.startswith(opening) and run.count(opening) > run.count(closing):
            head, run = head + opening, run[1:]
    return head + isolate(run) + tail


_ARROWS = str.maketrans({"←": "→", "→": "←"})  # no Unicode mirroring for arrows: "next →" reads "← next"


def _isolate_text_node(text: str) -> str:
    """The text between two tags, its arrows turned round: entities read as their characters
    (an escaped apostrophe must not cut an English sentence in two), then escaped again."""
    text = text.translate(_ARROWS)
    if "&" not in text:
        return isolate_runs(text)
    import html  # only Arabic pages with entities need it: not loaded before the first paint

    return html.escape(isolate_runs(html.unescape(text)), quote=False)


def _mirror_row(match: re.Match[str]) -> str:
    inner = match.group(2)
    if "<table" in inner.lower():  # a nested table: leave the row as it is
        return match.group(0)
    cells = [c.group(0) for c in _CELL.finditer(inner)]
    if len(cells) < 2:
        return match.group(0)
    return match.group(1) + "".join(reversed(cells)) + match.group(3)


_SIDE = re.compile(r'(align="|text-align:\s*)(left|right)', re.IGNORECASE)


def _mirror_tag(tag: str) -> str:
    lower = tag.lower()
    if lower.startswith("<body"):
        return tag[:5] + ' dir="rtl"' + tag[5:]
    if ' lang="en"' in lower and " dir=" not in lower and not lower.startswith(("<span", "</")):
        tag = tag.replace(' lang="en"', ' lang="en" dir="ltr"', 1)  # the report's own English text
    tag = _SIDE.sub(lambda m: m.group(1) + ("right" if m.group(2).lower() == "left" else "left"), tag)
    if lower.startswith("<table") and " align=" not in lower:
        tag = tag[:6] + ' align="right"' + tag[6:]
    return tag


def rtl_html(page: str) -> str:
    """A page in Arabic: right to left, tables mirrored, Latin runs isolated. The report's own
    English (lang="en") runs left to right and is left as written (notes anchor in its text)."""
    page = _ROW.sub(_mirror_row, page)
    out: list[str] = []
    skipping = None
    english: list[str] = []  # the open element marked lang="en", once per nesting level
    for piece in _TAG.split(page):
        if not piece:
            continue
        if piece.startswith("<"):
            name = re.match(r"</?\s*([a-zA-Z0-9]+)", piece)
            tag = name.group(1).lower() if name else ""
            closing = piece.startswith("</")
            if skipping:
                if closing and tag == skipping:
                    skipping = None
                out.append(piece)
                continue
            if tag in _SKIPPED and not closing:
                skipping = tag
                out.append(piece)
                continue
            if english and tag == english[0] and not piece.endswith("/>"):
                if closing:
                    english.pop()
                    if not english and tag == "span":
                        out.append(PDI)
                else:
                    english.append(tag)
            elif not english and not closing and ' lang="en"' in piece.lower():
                english.append(tag)
                if tag == "span":  # an English quotation inside an Arabic line: one isolate
                    out.append(_mirror_tag(piece) + FSI)
                    continue
            out.append(_mirror_tag(piece))
        elif skipping == "style":
            out.append(_SIDE.sub(lambda m: m.group(1) + ("right" if m.group(2).lower() == "left"
                                                          else "left"), piece))
        else:
            out.append(piece if skipping or english else _isolate_text_node(piece))
    text = "".join(out)
    if "<body" not in text.lower():
        text = f'<div dir="rtl">{text}</div>'
    return text
