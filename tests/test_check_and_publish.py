"""`make check` on the sample articles, what it catches, and the publishing guard."""

import json
import shutil

import feedparser
import pytest
from bs4 import BeautifulSoup

from conftest import FIXTURES, ROOT, make_project
from newsdigest.convert import convert
from newsdigest.publish import PublishError, publish
from newsdigest.sitebuild import build_site
from newsdigest.sitecheck import check_site

SAMPLES = [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((FIXTURES / "seeds").iterdir()),
           *sorted((FIXTURES / "html").iterdir()), *sorted((FIXTURES / "stories").iterdir())]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("check") / "project", seeds_from=SAMPLES)
    convert(project / "seeds", project / "content" / "articles", log=lambda line: None)
    build_site(project)
    return project


def test_sample_site_passes_every_check(project):
    report = check_site(project / "output")
    assert report.pages > 30 and report.feeds > 20
    assert report.html_errors == [] and report.bozo_feeds == [] and report.broken_links == [] and report.jsonld_errors == []


def test_check_catches_each_kind_of_fault(project, tmp_path):
    site = tmp_path / "broken"
    shutil.copytree(project / "output", site)
    page = site / "about.html"
    html = page.read_text(encoding="utf-8")
    html = html.replace("</main>", '<a href="nowhere.html">x</a><div><p>unclosed</main>'
                        '<script type="application/ld+json">{"@type": "NewsArticle", </script>')
    page.write_text(html, encoding="utf-8")
    (site / "feeds" / "broken.atom.xml").write_text("<feed><entry>", encoding="utf-8")
    report = check_site(site)
    assert any("nowhere.html" in l for l in report.broken_links)
    assert any("broken.atom.xml" in l for l in report.bozo_feeds)
    assert any("JSON-LD does not parse" in l for l in report.jsonld_errors)
    assert any("about.html" in l for l in report.html_errors)


def test_feeds_autodiscovery_and_stable_ids(project):
    site = project / "output"
    soup = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    types = {l["type"] for l in soup.find_all("link", rel="alternate")}
    assert types == {"application/atom+xml", "application/rss+xml", "application/feed+json"}
    for page in ("entity/kursk.html", "source/axadle-times-international.html", "category/news.html"):
        links = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser").find_all("link", rel="alternate")
        own = [l["href"] for l in links if "all." not in l["href"]]
        assert len(own) == 2, page
        for href in own:
            feed = feedparser.parse((site / href.split("8000/", 1)[1]).read_bytes())
            assert not feed.bozo and feed.entries, href
    atom = feedparser.parse((site / "feeds" / "all.atom.xml").read_bytes())
    assert all(e.id.startswith("tag:") for e in atom.entries)
    assert all(e.updated_parsed and e.content[0].value for e in atom.entries)  # full content
    data = json.loads((site / "feeds" / "all.json").read_text(encoding="utf-8"))
    assert data["version"] == "https://jsonfeed.org/version/1.1" and len(data["items"]) == len(atom.entries)


def test_pages_link_relatively_so_a_subfolder_works(project):
    for page in (project / "output").rglob("*.html"):
        if "pagefind" in page.parts or page.name == "404.html":
            continue
        for tag in BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find_all(["a", "link", "script"]):
            ref = tag.get("href") or tag.get("src") or ""
            assert not ref.startswith("/"), (page, ref)


def test_seo_files_and_tags(project):
    site = project / "output"
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    for article in (site / "articles").glob("*.html"):
        assert f"/articles/{article.name}</loc>" in sitemap
    assert "Sitemap: http://localhost:8000/sitemap.xml" in (site / "robots.txt").read_text(encoding="utf-8")
    soup = BeautifulSoup((site / "articles" / "solar-farm-approved-near-lake-turkana.html").read_text(encoding="utf-8"), "html.parser")
    assert soup.find("link", rel="canonical")["href"].endswith("/articles/solar-farm-approved-near-lake-turkana.html")
    assert soup.find("meta", property="og:type")["content"] == "article"
    assert soup.find("meta", attrs={"name": "twitter:card"})
    assert (site / "404.html").exists() and (site / "archives" / "2025" / "06" / "02" / "index.html").exists()


def test_publish_deploys_a_checked_build(project, tmp_path):
    target = tmp_path / "www" / "digest"
    publish(project, str(target), siteurl="https://digest.example.org", html_check=False, log=lambda line: None)
    page = (target / "articles" / "solar-farm-approved-near-lake-turkana.html").read_text(encoding="utf-8")
    assert 'href="https://digest.example.org/articles/solar-farm-approved-near-lake-turkana.html"' in page
    assert "localhost" not in (target / "sitemap.xml").read_text(encoding="utf-8")


def test_publish_refuses_a_build_that_fails_check(project, tmp_path):
    broken = tmp_path / "broken-project"
    shutil.copytree(project, broken, ignore=shutil.ignore_patterns("output", ".output-*"))
    base = broken / "theme" / "templates" / "base.html"
    base.write_text(base.read_text(encoding="utf-8").replace("</footer>", '<a href="missing-page.html">x</a></footer>'), encoding="utf-8")
    target = tmp_path / "www"
    target.mkdir()
    (target / "index.html").write_text("live site", encoding="utf-8")
    with pytest.raises(PublishError, match="refusing to publish"):
        publish(broken, str(target), siteurl="https://digest.example.org", html_check=False, log=lambda line: None)
    assert (target / "index.html").read_text(encoding="utf-8") == "live site"
