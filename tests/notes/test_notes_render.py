"""Note text shown as text or sanitised Markdown: no HTML injection, no remote resources."""

from __future__ import annotations

import pytest

from rcpdesk.markup import is_safe_link
from rcpdesk.notes.render import render_body


def test_plain_text_is_escaped() -> None:
    html = render_body('<script>alert("x")</script> & <b>bold</b>\nnext line\n\nnew paragraph')
    assert html == ("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"
                    "<br />next line</p>\n<p>new paragraph</p>\n")


def test_markdown_is_rendered_without_raw_html() -> None:
    html = render_body("**Key** point\n\n- one\n- two\n\n<div onmouseover=x()>hi</div>"
                       "<script>alert(1)</script>", "markdown")
    assert "<strong>Key</strong>" in html and "<li>one</li>" in html
    assert "<div" not in html and "<script" not in html
    assert "&lt;div onmouseover=x()&gt;" in html and "&lt;script&gt;" in html


def test_images_are_never_loaded() -> None:
    html = render_body("![the chart](http://tracker.example/pixel.png) and ![](https://a.org/x.png) ![rel](x.png)", "markdown")
    assert "<img" not in html and "tracker" not in html
    assert "[the chart] and [image] ![rel](x.png)" in html  # a relative one is not even an image


@pytest.mark.parametrize("markdown, href", [
    ("[IOM](https://www.iom.int/rcps)", "https://www.iom.int/rcps"),
    ("[site](http://example.org/a?b=1&c=2)", "http://example.org/a?b=1&amp;c=2"),
    ("[write](mailto:secretariat@example.org)", "mailto:secretariat@example.org"),
    ("[para 20](#report-2005/p20)", "#report-2005/p20"),
    ("<https://www.iom.int>", "https://www.iom.int"),
])
def test_safe_links_are_links(markdown: str, href: str) -> None:
    assert f'href="{href}"' in render_body(markdown, "markdown")


@pytest.mark.parametrize("markdown", [
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "[x](file:///etc/passwd)",
    "[x](vbscript:msgbox)",
    "[x](relative/page.html)",
    "[x][r]\n\n[r]: javascript:alert(1)",
    "<javascript:alert(1)>",
])
def test_unsafe_links_stay_text(markdown: str) -> None:
    html = render_body(markdown, "markdown")
    assert "<a " not in html and "href" not in html


def test_link_attributes_cannot_break_out() -> None:
    html = render_body('[x](https://example.org/"onmouseover="alert(1) "t\\"itle")', "markdown")
    assert 'onmouseover="' not in html


def test_is_safe_link() -> None:
    assert is_safe_link("https://a.org") and is_safe_link("#p20")
    assert not is_safe_link("https:") and not is_safe_link("ftp://a.org")
    assert not is_safe_link(" javascript:alert(1)")


def test_markdown_for_print_is_one_paragraph_with_its_emphasis_and_list_items() -> None:
    from rcpdesk.markup import markdown_for_print

    printed = markdown_for_print("# Title\n\nSee **this**.\n\n- one\n- two\n\n3. third\n\n"
                                 "![map](https://example.org/m.png) [x](javascript:alert(1))")
    assert printed.startswith("<b>Title</b><br />See <strong>this</strong>.<br />")
    assert "•&nbsp;one<br />•&nbsp;two<br />3.&nbsp;third<br />" in printed
    assert "<p>" not in printed and "<ul>" not in printed and "<h1>" not in printed
    assert "<img" not in printed and "[map]" in printed  # an image would load a remote file
    assert 'href="javascript' not in printed  # an unsafe link stays text
    assert not printed.endswith("<br />")
