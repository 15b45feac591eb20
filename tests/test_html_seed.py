"""HTML seeds: trafilatura finds the article; metadata comes from the page."""

from conftest import FIXTURES
from newsdigest.convert import read_seed


def test_jsonld_graph_page():
    article = read_seed(FIXTURES / "html" / "jsonld-graph.html")
    assert article.title == "Solar Farm Approved Near Lake Turkana"  # not "… | Rift Valley Chronicle"
    assert (article.date, article.date_source) == ("2025-06-02T07:45:00+03:00", "json-ld")
    assert article.authors == ["Halima Yusuf", "Otieno Barasa"]
    assert article.source == "Rift Valley Chronicle"
    assert article.url == "https://chronicle.example/2025/06/solar-farm-approved"
    kinds = [b.kind for b in article.blocks]
    assert "quote" in kinds and "ul" in kinds and "h" in kinds
    body = article.body
    for gone in ("Share this article", "Facebook", "newsletter", "Wind power output", "Privacy policy", "tracking", "©", "Home"):
        assert gone not in body
    assert "“Cheap daytime power changes what small businesses here can do,” said Wanjiru Kamau" in body
    assert "Grazing corridors must stay open" in body


def test_meta_only_page_with_byline_and_editor_in_body():
    article = read_seed(FIXTURES / "html" / "meta-only.htm")
    assert article.title == "Ferry Service Resumes After Storm"
    assert (article.date, article.date_source) == ("2024-12-19T16:20:00+00:00", "meta")
    assert article.authors == ["Mateo Fernández"]
    assert article.editor == "Leila Haddad"
    assert article.source == "Island Courier"
    assert article.url == "https://courier.example/ferry-resumes"
    assert "cookies" not in article.body and "Edited by" not in article.body and "By Mateo" not in article.body


def test_blocks_carry_text_only():
    article = read_seed(FIXTURES / "html" / "jsonld-graph.html")
    for block in article.blocks:
        for text in [block.text, *block.items]:
            assert "<" not in text and "javascript" not in text and "onclick" not in text
