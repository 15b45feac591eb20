"""Property-based fuzzing of the converter (hypothesis, bounded for CI).

Whatever the seed holds (random bytes, random Unicode, hostile HTML), the
converter either produces an article or a SeedError, never another
exception; and nothing from a seed comes out as script, a handler or a
javascript: link, checked on the rendered HTML and after a full build.
"""

import tempfile
from pathlib import Path

import markdown
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from conftest import ROOT, make_project
from newsdigest.convert import convert, read_seed
from newsdigest.errors import SeedError
from newsdigest.markdown_out import render_article
from newsdigest.sitebuild import build_site

SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

TAGS = ["p", "div", "span", "a", "script", "style", "svg", "iframe", "img", "b", "h1", "h2", "ul", "li", "blockquote",
        "article", "main", "math", "object", "embed", "form", "input", "button", "meta", "link", "base", "noscript",
        "template", "textarea", "title", "body", "head", "table", "td", "video", "source", "details", "select"]
HOSTILE_ATTRS = [
    ("onclick", "alert(1)"), ("onerror", "alert(2)"), ("onload", "alert(3)"), ("onmouseover", "x()"),
    ("href", "javascript:alert(4)"), ("href", "JaVaScRiPt:alert(5)"), ("href", " javascript:alert(6)"),
    ("src", "javascript:alert(7)"), ("xlink:href", "javascript:alert(8)"), ("style", "background:url(javascript:alert(9))"),
    ("formaction", "javascript:alert(10)"), ("href", "&#106;avascript:alert(11)"), ("srcdoc", "<script>alert(12)</script>"),
    ("class", "x"), ("id", "y"), ("href", "https://example.org/"),
]
BROKEN = ["<", "</", "<!--", "-->", "<p", "<<script>alert(13)//<</script>", "<scr<script>ipt>alert(14)</script>",
          "<img src=x onerror=alert(15)//", "&lt;script&gt;", "]]>", "<![CDATA[", "<svg><script>alert(16)</script>", "\x00"]

words = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
sentences = st.lists(st.sampled_from(["The council", "approved", "the budget", "on Tuesday", "officials said", "in Nairobi",
                                      "after a long debate", "#tag", "*stars*", "`tick`", "[link](javascript:x)"]),
                     min_size=4, max_size=14).map(lambda ws: " ".join(ws) + ".")


@st.composite
def elements(draw, depth=0):
    tag = draw(st.sampled_from(TAGS))
    attrs = draw(st.lists(st.sampled_from(HOSTILE_ATTRS), max_size=3))
    attr_text = "".join(f' {k}="{v}"' for k, v in attrs)
    children = draw(st.lists(
        st.one_of(sentences, words, st.sampled_from(BROKEN)) if depth >= 2 else
        st.one_of(sentences, words, st.sampled_from(BROKEN), elements(depth=depth + 1)),
        max_size=4))
    closing = draw(st.booleans())
    return f"<{tag}{attr_text}>" + "".join(children) + (f"</{tag}>" if closing else "")


html_pages = st.lists(elements(), min_size=1, max_size=6).map(
    lambda parts: "<html><head><title>Fuzzed Page Headline</title></head><body><article><h1>Fuzzed Page Headline</h1>"
    + "".join(parts) + "<p>The council approved the budget on Tuesday after a long debate, officials said in Nairobi.</p></article></body></html>")


def _markdown():
    namespace: dict = {}
    exec((ROOT / "pelicanconf.py").read_text(encoding="utf-8"), {"__file__": str(ROOT / "pelicanconf.py")}, namespace)
    conf = namespace["MARKDOWN"]
    return markdown.Markdown(extensions=list(conf["extension_configs"]), extension_configs=conf["extension_configs"], output_format="html5")


def assert_inert(html: str, where: str = "") -> None:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(True):
        assert tag.name not in ("script", "iframe", "object", "embed", "svg", "style", "base", "form"), (where, tag)
        for attr, value in tag.attrs.items():
            assert not attr.lower().startswith("on"), (where, tag)
            if attr in ("href", "src", "action", "formaction", "xlink:href"):
                assert "javascript:" not in str(value).replace(" ", "").lower(), (where, tag)


def convert_one(name: str, data: bytes):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            article = read_seed(path)
        except SeedError:
            return None
        assert article.title and article.blocks
        body = render_article(article, slug="x").split("\n\n", 1)[1]
        assert_inert(_markdown().convert(body), name)
        return article


@settings(max_examples=60, **SETTINGS)
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".html"]))
def test_random_bytes(data, suffix):
    convert_one("seed" + suffix, data)


@settings(max_examples=60, **SETTINGS)
@given(text=st.text(max_size=2000), suffix=st.sampled_from([".txt", ".html"]))
def test_random_unicode(text, suffix):
    convert_one("seed" + suffix, text.encode("utf-8", "replace"))


@settings(max_examples=60, **SETTINGS)
@given(page=html_pages)
def test_hostile_html(page):
    # Blocks may hold markup-looking *text* (broken pages); convert_one checks
    # that once rendered it is inert.
    convert_one("page.html", page.encode("utf-8"))


# A full build per example is slow: a few examples, and no shrinking phase
# (a failure still prints the generated seeds to reproduce it).
@settings(max_examples=3, phases=[Phase.explicit, Phase.generate], **SETTINGS)
@given(pages=st.lists(html_pages, min_size=6, max_size=6), texts=st.lists(st.text(min_size=20, max_size=400), min_size=3, max_size=3))
def test_full_build_of_hostile_seeds_has_no_script_or_handlers(tmp_path_factory, pages, texts):
    project = make_project(tmp_path_factory.mktemp("fuzzbuild") / "project")
    for n, page in enumerate(pages):
        (project / "seeds" / f"page-{n}.html").write_text(page, encoding="utf-8")
    for n, text in enumerate(texts):
        (project / "seeds" / f"text-{n}.txt").write_text(f"Hostile Text Number {n}\n\n<script>alert({n})</script> {text}\n", encoding="utf-8")
    convert(project / "seeds", project / "content" / "articles", log=lambda line: None)
    output = build_site(project, search_index=False)
    for page in output.rglob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for script in soup.find_all("script"):
            assert script.get("type") == "application/ld+json" or script.get("src", "").endswith(("pagefind-ui.js", "theme/js/search.js")), page
            script.extract()
        assert_inert(str(soup).replace("<style", "<x-style"), str(page))
    # Feeds carry HTML as escaped text: parse each entry's HTML and check it the same way.
    import xml.etree.ElementTree as ET

    for feed in (output / "feeds").rglob("*.xml"):
        for element in ET.parse(feed).iter():
            if element.tag.rsplit("}", 1)[-1] in ("content", "summary", "description") and element.text:
                assert_inert(element.text, str(feed))
