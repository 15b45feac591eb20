"""Scraped text is untrusted: nothing in a seed becomes markup, script or a handler."""

import markdown
import pytest
from bs4 import BeautifulSoup

from conftest import BODY, ROOT
from newsdigest.convert import read_seed
from newsdigest.markdown_out import render_article

# Lines a text dump carries as leftover page code are boilerplate: dropped.
DROPPED_LINES = [
    "<script>alert('x')</script>",
    "<!-- comment --> <style>body{display:none}</style>",
    "<iframe src=\"javascript:alert(5)\"></iframe>",
]

HOSTILE_LINES = [
    '<img src=x onerror="alert(1)">',
    "# not a heading, a hashtag line",
    "#BreakingNews trends across the region",
    "*emphasis* and _underscores_ and **bold** stay literal",
    "[click me](javascript:alert(1)) and <a href=\"javascript:alert(2)\">x</a>",
    "+ plus bullet",
    "    indented like code",
    "`code` and ``more``",
    "{: onclick=\"alert(3)\"} attribute list syntax",
    "&lt;b&gt;escaped entities&lt;/b&gt; &amp; friends",
    "<svg onload=alert(4)></svg><iframe src=\"javascript:alert(5)\"></iframe>",
    "Text then <script>alert(6)</script> inline",
]


def _settings_markdown():
    namespace: dict = {}
    exec((ROOT / "pelicanconf.py").read_text(encoding="utf-8"), {"__file__": str(ROOT / "pelicanconf.py")}, namespace)
    conf = namespace["MARKDOWN"]
    return markdown.Markdown(extensions=list(conf["extension_configs"]), extension_configs=conf["extension_configs"], output_format="html5")


@pytest.mark.parametrize("line", HOSTILE_LINES)
def test_hostile_line_stays_literal_text(write_seed, line):
    path = write_seed("h.txt", f"Council Passes Budget\n\n{BODY}\n{line}\n")
    article = read_seed(path)
    text = render_article(article, slug="x")
    body = text.split("\n\n", 1)[1]
    html = _settings_markdown().convert(body)
    soup = BeautifulSoup(html, "html.parser")
    # Only the paragraphs we made: no headings, lists, scripts, code, links, images.
    assert {tag.name for tag in soup.find_all(True)} == {"p"}
    # And the text a reader sees is exactly the scraped line.
    assert soup.find_all("p")[-1].get_text() == " ".join(line.split())


def _render_body(article) -> BeautifulSoup:
    body = render_article(article, slug="x").split("\n\n", 1)[1]
    return BeautifulSoup(_settings_markdown().convert(body), "html.parser")


@pytest.mark.parametrize("line", DROPPED_LINES)
def test_leftover_page_code_is_dropped(write_seed, line):
    article = read_seed(write_seed("d.txt", f"Council Passes Budget\n\n{BODY}\n{line}\n"))
    assert line not in article.body
    assert {tag.name for tag in _render_body(article).find_all(True)} == {"p"}


def test_bullets_become_lists_whose_items_stay_literal(write_seed):
    text = f"Council Passes Budget\n\n{BODY}\n- <b>first</b> *point*\n- [second](javascript:x)\n\n1. # third\n2. `fourth`\n"
    soup = _render_body(read_seed(write_seed("l.txt", text)))
    assert [li.get_text() for li in soup.select("ul > li")] == ["<b>first</b> *point*", "[second](javascript:x)"]
    assert [li.get_text() for li in soup.select("ol > li")] == ["# third", "`fourth`"]
    assert {tag.name for tag in soup.find_all(True)} == {"p", "ul", "ol", "li"}


def test_hostile_title_and_summary_are_literal(write_seed):
    title = "Budget <script>alert(1)</script> *passes* #now"
    path = write_seed("t.txt", f"{title}\n\n<b onclick=x>Bold</b> claims about the budget were made on Tuesday by the council.\n")
    article = read_seed(path)
    md = render_article(article, slug="x")
    assert f"Title: {title}" in md  # metadata: escaped by the theme
    summary_line = next(l for l in md.splitlines() if l.startswith("Summary: "))
    html = _settings_markdown().convert(summary_line[len("Summary: "):])
    assert BeautifulSoup(html, "html.parser").find("b") is None
    assert "&lt;b onclick=x&gt;Bold&lt;/b&gt;" in html
