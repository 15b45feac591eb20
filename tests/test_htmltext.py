"""Plain text of rendered snippets: the tokenizer pass reads what BeautifulSoup reads."""

from __future__ import annotations

from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdigest.htmltext import plain_text
from plugins.article_schema import sanitise_body


def _soup_text(html: str) -> str:
    return " ".join(BeautifulSoup(html, "html.parser").get_text(" ").split())


def test_markup_entities_and_spacing():
    html = '<p>The <em>harbour</em> &amp; the <a href="x" title="a &gt; b">port</a>.</p><p>Next\tline</p>'
    assert plain_text(html) == "The harbour & the port . Next line" == _soup_text(html)
    assert plain_text("no markup &lt;here&gt;") == "no markup <here>"
    assert plain_text("") == ""


FRAGMENTS = st.sampled_from(["<p>", "</p>", "<em>", "</em>", "<a href='https://e.org/?a=1&b=2' title='x > y'>", "</a>", "<br>",
                             "&amp;", "&lt;", "&#8217;", "<!-- note -->", "<script>alert(1)</script>", "<ul><li>", "</li></ul>",
                             " ", "\n", "Harbour", "Velmora", "ö", "<", ">", "&"])


@settings(max_examples=300, deadline=None)
@given(st.lists(FRAGMENTS, max_size=30))
def test_same_text_as_beautifulsoup_on_sanitised_html(parts):
    html = sanitise_body("".join(parts))  # what a summary is once read
    assert plain_text(html) == _soup_text(html)
