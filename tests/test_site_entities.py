"""A real build with entities: pages, links, JSON-LD mentions, feeds, cache, no broken links."""

import json
from urllib.parse import urldefrag, urlparse

import feedparser
import pytest
from bs4 import BeautifulSoup

from conftest import FIXTURES, ROOT, make_project
from newsdigest.convert import convert
from newsdigest.sitebuild import build_site

SEED_SLUG = "north-korean-forces-reportedly-pulled-back-from-kursk-front-in-ukraine"
SEED_ENTITIES = {
    "Oleksandr Kindratenko": "Person", "Volodymyr Zelensky": "Person", "Dmitry Peskov": "Person",
    "Kursk": "Place", "Ukraine": "Place", "Russia": "Place", "North Korea": "Place", "South Korea": "Place",
    "Novovasylivka": "Place", "Pokrovsk": "Place", "Donetsk": "Place", "Dnipropetrovsk": "Place",
    "Kremlin": "Organization", "Ukraine’s Special Operations Forces": "Organization",
}


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    project = make_project(
        tmp_path_factory.mktemp("entities") / "project",
        seeds_from=[*sorted((ROOT / "seeds").glob("*.txt")), *sorted((FIXTURES / "seeds").iterdir()),
                    *sorted((FIXTURES / "html").iterdir()), *sorted((FIXTURES / "stories").iterdir())],
    )
    convert(project / "seeds", project / "content" / "articles", log=lambda line: None)
    build_site(project)
    return project


@pytest.fixture(scope="module")
def site(project):
    return project / "output"


def soup_of(path):
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_seed_entities_have_pages_links_and_mentions(site):
    article = soup_of(site / "articles" / f"{SEED_SLUG}.html")
    data = next(json.loads(s.string) for s in article.find_all("script", type="application/ld+json"))
    mentions = {m["name"]: m for m in data["mentions"]}
    body_links = {a.get_text(): a["href"] for a in article.select(".entry-content a.entity")}
    linked_targets = set(body_links.values())
    for name, schema_type in SEED_ENTITIES.items():
        assert mentions[name]["@type"] == schema_type, name
        url = mentions[name]["url"]
        path = site / urlparse(url).path.lstrip("/")
        assert path.exists(), name
        page = soup_of(path)
        assert page.find("h1").get_text() == name
        assert "../" + urlparse(url).path.lstrip("/") in linked_targets, name
    assert len(mentions) == len(SEED_ENTITIES)  # nothing else: no headline fragments, no duplicates
    assert {m["name"] for m in data["about"]} <= set(SEED_ENTITIES)


def test_entity_feeds_parse_and_list_the_article(site):
    page = soup_of(site / "entity" / "kursk.html")
    alternates = {l["type"]: l["href"] for l in page.find_all("link", rel="alternate")}
    for kind in ("application/atom+xml", "application/rss+xml"):
        feed_path = site / urlparse(alternates[kind]).path.lstrip("/")
        feed = feedparser.parse(feed_path.read_bytes())
        assert not feed.bozo, (feed_path, feed.get("bozo_exception"))
        assert any(SEED_SLUG in e.link for e in feed.entries)


def test_type_indexes_count_articles(site):
    places = soup_of(site / "entities" / "places.html")
    items = {li.a.get_text(): li.get_text() for li in places.select("ul.entity-index li")}
    assert "Kursk" in items and "(1 article)" in items["Kursk"]


def test_same_story_and_related_are_shown_both_ways(site):
    a = soup_of(site / "articles" / "dam-plan-approved-after-three-year-dispute.html")
    b = soup_of(site / "articles" / "water-board-backs-two-new-reservoirs.html")
    assert "water-board-backs-two-new-reservoirs.html" in a.select_one(".same-story").decode()
    assert "dam-plan-approved-after-three-year-dispute.html" in b.select_one(".same-story").decode()
    assert "Also reported by" in a.select_one(".same-story").get_text()
    related = [li.a["href"] for li in a.select(".related li")]
    assert related and related[0].endswith("water-board-backs-two-new-reservoirs.html")


def test_no_broken_internal_link_anywhere(site):
    broken = []
    for page in site.rglob("*.html"):
        for tag in soup_of(page).find_all(["a", "link", "script", "img"]):
            ref = tag.get("href") or tag.get("src")
            if not ref or urlparse(ref).scheme in ("http", "https", "mailto") or ref.startswith("#"):
                continue
            target = (page.parent / urldefrag(ref)[0]).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append((str(page.relative_to(site)), ref))
    assert broken == []


def test_rebuild_with_no_change_runs_no_ner(project):
    stats_file = project / ".cache" / "entities" / "last-run.json"
    first = json.loads(stats_file.read_text())
    assert first["ner_docs"] > 0
    build_site(project, force=True)  # a real rebuild: Pelican and the plugin run again
    second = json.loads(stats_file.read_text())
    assert second["ner_docs"] == 0 and second["cached"] == first["articles"]


def test_rebuild_with_no_change_is_skipped_and_any_change_rebuilds(project, capfd):
    before = (project / "output" / "index.html").stat().st_mtime_ns
    build_site(project)
    assert "up to date" in capfd.readouterr().err
    assert (project / "output" / "index.html").stat().st_mtime_ns == before
    css = project / "theme" / "static" / "css" / "site.css"
    css.write_text(css.read_text() + "\n/* changed */\n")
    build_site(project)
    assert "/* changed */" in (project / "output" / "theme" / "css" / "site.css").read_text()
