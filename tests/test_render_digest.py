"""The incremental writer's render digests and the fixed content URLs they read."""

from __future__ import annotations

from datetime import datetime, timezone

from markupsafe import Markup
from pelican.contents import Article
from pelican.settings import DEFAULT_CONFIG

from plugins.digest_site.urls import freeze_urls
from plugins.incremental_writer.digest import Digester


def _article(slug="harbour-opens", title="Harbour opens"):
    settings = {**DEFAULT_CONFIG, "ARTICLE_URL": "{date:%Y}/{slug}/", "ARTICLE_SAVE_AS": "{date:%Y}/{slug}/index.html"}
    return Article("<p>Body</p>", metadata={"title": title, "slug": slug, "date": datetime(2026, 3, 4, tzinfo=timezone.utc)},
                   settings=settings, source_path="content/articles/harbour.md")


def test_values_a_template_renders_differently_never_share_an_encoding():
    digester = Digester()
    pairs = [("a<b", Markup("a<b")), (1, True), (0, False), (1, 1.0), (None, "None"), ("x", ["x"]), ([1, 2], [2, 1])]
    for left, right in pairs:
        assert digester._encode(left) != digester._encode(right), (left, right)
    nested = {"names": ["Ana", Markup("<b>Ana</b>")], "count": 3, "when": datetime(2026, 3, 4, tzinfo=timezone.utc)}
    assert digester._encode(nested) == Digester()._encode(dict(reversed(list(nested.items()))))  # key order does not count
    long_text = "word " * 100
    assert digester._encode(long_text) != digester._encode(long_text + ".") and len(digester._encode(long_text)) < 40
    assert digester._encode(long_text) != digester._encode(Markup(long_text))  # long texts go by hash, but escaping counts


def test_a_page_digest_follows_its_article():
    digester = Digester()
    first = Digester().page("page", "a.html", None, {}, {"article": _article()})
    assert digester.page("page", "a.html", None, {}, {"article": _article()}) == first
    assert Digester().page("page", "a.html", None, {}, {"article": _article(title="Harbour closes")}) != first


def test_frozen_urls_are_the_ones_pelican_computes_and_are_not_recomputed(monkeypatch):
    article = _article()
    url, save_as = article.url, article.save_as
    assert url == "2026/harbour-opens/" and save_as == "2026/harbour-opens/index.html"

    class Generator:
        articles = [article]
        translations = [article]  # listed twice: frozen once

    freeze_urls(Generator())
    assert (article.override_url, article.override_save_as) == (url, save_as)

    def recomputed(self):
        raise AssertionError("url recomputed after freezing")

    monkeypatch.setattr(Article, "url_format", property(recomputed))
    assert (article.url, article.save_as) == (url, save_as)
