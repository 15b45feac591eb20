"""A real Pelican build of the user's seed plus test articles: the page contract."""

import json
import re

import pytest
from bs4 import BeautifulSoup

from conftest import FIXTURES, ROOT, build_project, make_project

HOSTILE = (
    "Budget <script>alert(1)</script> Vote\n\n"
    "The council <img src=x onerror=alert(2)> approved the budget on Tuesday, officials said at a press briefing.\n\n"
    "#hashtag line and [link](javascript:alert(3)) and *stars*\n"
)


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    project = make_project(
        tmp_path_factory.mktemp("site") / "project",
        {"hostile.txt": HOSTILE},
        seeds_from=[*sorted((ROOT / "seeds").glob("*.txt")), *sorted((FIXTURES / "seeds").iterdir()), *sorted((FIXTURES / "html").iterdir())],
    )
    return build_project(project)


def _page(site, slug):
    return BeautifulSoup((site / "articles" / f"{slug}.html").read_text(encoding="utf-8"), "html.parser")


def _jsonld(soup):
    blocks = [json.loads(s.string) for s in soup.find_all("script", type="application/ld+json")]
    return next(b for b in blocks if b.get("@type") == "NewsArticle")


def test_seed_article_page_contract(site):
    soup = _page(site, "north-korean-forces-reportedly-pulled-back-from-kursk-front-in-ukraine")
    data = _jsonld(soup)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "North Korean Forces Reportedly Pulled Back from Kursk Front in Ukraine"
    assert re.match(r"\d{4}-\d{2}-\d{2}T", data["datePublished"])
    assert data["editor"] == {"@type": "Person", "name": "Ali Musa"}
    assert data["sourceOrganization"] == {"@type": "Organization", "name": "Axadle Times International"}
    assert "mentions" in data and "author" in data
    body = soup.select_one(".entry-content")
    text = " ".join(body.get_text().split())
    assert "The situation on the front lines in Ukraine" in text
    for gone in ("Edited By", "Axadle", "cookies", "Accept Read More"):
        assert gone not in text
    assert soup.find("h1").get_text() == data["headline"]


def test_person_authors_and_is_based_on(site):
    data = _jsonld(_page(site, "solar-farm-approved-near-lake-turkana"))
    assert data["author"] == [{"@type": "Person", "name": "Halima Yusuf"}, {"@type": "Person", "name": "Otieno Barasa"}]
    assert data["isBasedOn"] == "https://chronicle.example/2025/06/solar-farm-approved"
    assert data["datePublished"].startswith("2025-06-02T07:45:00")


def test_nothing_from_a_seed_becomes_script_handler_or_javascript_link(site):
    for page in site.rglob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for script in soup.find_all("script"):
            # Only JSON-LD inline, and our own search scripts by address.
            if script.get("src"):
                assert re.search(r"(pagefind/\w+/pagefind-ui\.js|theme/js/search\.js)$", script["src"]), page
            else:
                assert script.get("type") == "application/ld+json", page
        for tag in soup.find_all(True):
            for attr, value in tag.attrs.items():
                assert not attr.lower().startswith("on"), (page, tag)
                if attr in ("href", "src"):
                    assert not str(value).strip().lower().startswith("javascript:"), (page, tag)
        assert soup.find(["iframe", "svg", "img", "style", "object", "embed"]) is None or page.name == "index.html"


def test_hostile_text_is_shown_literally(site):
    soup = _page(site, "budget-script-alert-1-script-vote")
    assert soup.find("h1").get_text() == "Budget <script>alert(1)</script> Vote"
    body = soup.select_one(".entry-content")
    assert "<img src=x onerror=alert(2)>" in body.get_text()
    assert body.find(["h1", "h2", "em", "a", "img"]) is None
