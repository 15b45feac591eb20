"""Files written once the site is built: JSON Feed, sitemap.xml, robots.txt."""

from __future__ import annotations

import json
from pathlib import Path

from newsdigest.htmltext import plain_text
from newsdigest.site_files import json_feed, robots_txt, sitemap_xml

_ARTICLES: list = []


def remember_articles(generator) -> None:
    _ARTICLES[:] = list(generator.articles)


def write_site_files(pelican) -> None:
    settings = pelican.settings
    output = Path(pelican.output_path)
    siteurl = settings.get("SITEURL", "").rstrip("/")
    articles = list(_ARTICLES)
    items = [
        {
            "id": f"{siteurl}/{a.url}",
            "url": f"{siteurl}/{a.url}",
            "title": a.title,
            "content_html": a.get_content(siteurl),
            "summary": plain_text(a.metadata.get("summary") or "") or None,
            "date_published": a.date.isoformat(),
            "authors": [{"name": au.name} for au in getattr(a, "authors", [])] or ([{"name": a.source}] if getattr(a, "source", None) else []),
            "tags": [v.name for v in a.entities.ordered] if getattr(a, "entities", None) else [],
            "external_url": getattr(a, "source_url", None) or None,
        }
        for a in articles[: settings.get("FEED_MAX_ITEMS") or 50]
    ]
    feed = json_feed(
        title=settings.get("SITENAME", ""),
        home_page_url=f"{siteurl}/",
        feed_url=f"{siteurl}/feeds/all.json",
        description=settings.get("SITE_DESCRIPTION", ""),
        language=settings.get("DEFAULT_LANG", "en"),
        items=items,
    )
    (output / "feeds").mkdir(parents=True, exist_ok=True)
    (output / "feeds" / "all.json").write_text(json.dumps(feed, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    lastmod = {a.url: a.date.date().isoformat() for a in articles}
    (output / "sitemap.xml").write_text(sitemap_xml(output, siteurl, lastmod), encoding="utf-8")
    (output / "robots.txt").write_text(robots_txt(siteurl), encoding="utf-8")
