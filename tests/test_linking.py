"""First-mention links: beautifulsoup4 on the HTML, never inside links, headings or code."""

from bs4 import BeautifulSoup

from newsdigest.linking import link_first_mentions

KENYA = ("/e/kenya", ["Kenya"], {"class": "entity"})
KDF = ("/e/kdf", ["Kenya Defence Forces"], {"class": "entity"})
RUTO = ("/e/ruto", ["William Ruto", "Ruto"], {"class": "entity"})


def links(html):
    return [(a["href"], a.get_text()) for a in BeautifulSoup(html, "html.parser").find_all("a")]


def test_only_the_first_mention_is_linked():
    html = "<p>Kenya voted. Kenya counted.</p><p>Kenya waited.</p>"
    assert links(link_first_mentions(html, [KENYA])) == [("/e/kenya", "Kenya")]
    assert BeautifulSoup(link_first_mentions(html, [KENYA]), "html.parser").get_text() == BeautifulSoup(html, "html.parser").get_text()


def test_existing_links_headings_and_code_are_left_alone():
    html = (
        '<h2>Kenya heading</h2><p><a href="https://x.example">Kenya in a link</a></p>'
        "<pre>Kenya in pre</pre><p><code>Kenya</code> in code, then Kenya in text.</p>"
    )
    out = link_first_mentions(html, [KENYA])
    soup = BeautifulSoup(out, "html.parser")
    assert soup.find("h2").find("a") is None
    assert [a["href"] for a in soup.find_all("a")] == ["https://x.example", "/e/kenya"]
    assert soup.find_all("a")[1].parent.name == "p" and soup.find("code").find("a") is None


def test_longest_name_wins_and_words_are_whole():
    html = "<p>The Kenya Defence Forces said Kenyan troops left. Kenya agreed.</p>"
    out = link_first_mentions(html, [KENYA, KDF])
    assert links(out) == [("/e/kdf", "Kenya Defence Forces"), ("/e/kenya", "Kenya")]


def test_any_surface_form_counts_as_the_first_mention():
    html = "<p>Ruto spoke first.</p><p>Later William Ruto left.</p>"
    assert links(link_first_mentions(html, [RUTO])) == [("/e/ruto", "Ruto")]


def test_markup_and_entities_in_text_survive():
    html = "<p>AT&amp;T and &lt;Kenya&gt; &amp; <em>Kenya</em></p>"
    out = link_first_mentions(html, [KENYA])
    soup = BeautifulSoup(out, "html.parser")
    assert soup.get_text() == "AT&T and <Kenya> & Kenya"
    assert links(out) == [("/e/kenya", "Kenya")]
    assert soup.find("em") is not None


def test_no_targets_or_no_mentions_leave_html_unchanged():
    html = "<p>Nothing here.</p>"
    assert link_first_mentions(html, []) == html
    assert links(link_first_mentions(html, [KENYA])) == []
