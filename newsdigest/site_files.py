"""Site-wide files built from plain data: JSON Feed 1.1, sitemap, robots.txt."""

from __future__ import annotations

import os
from pathlib import Path
from xml.sax.saxutils import escape

EXCLUDED_FROM_SITEMAP = {"404.html"}


def json_feed(*, title: str, home_page_url: str, feed_url: str, description: str, language: str, items: list[dict]) -> dict:
    clean_items = [{k: v for k, v in item.items() if v not in (None, [], "")} for item in items]
    return {
        "version": "https://jsonfeed.org/version/1.1",
        "title": title,
        "home_page_url": home_page_url,
        "feed_url": feed_url,
        "description": description,
        "language": language,
        "items": clean_items,
    }


def sitemap_xml(output: Path, siteurl: str, lastmod: dict[str, str]) -> str:
    """Every HTML page in the built site, sorted, with article dates as lastmod."""
    urls = []
    for rel in _html_files(output):
        if rel in EXCLUDED_FROM_SITEMAP or rel.startswith(("pagefind/", "theme/")):
            continue
        loc = f"{siteurl}/{rel}"
        entry = f"  <url><loc>{escape(loc)}</loc>"
        if rel in lastmod:
            entry += f"<lastmod>{lastmod[rel]}</lastmod>"
        urls.append(entry + "</url>")
    return '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "\n".join(urls) + "\n</urlset>\n"


def _html_files(output: Path) -> list[str]:
    """Relative paths of the HTML files under output, in path-part order.
    (os.walk and plain strings: a site has tens of thousands of files.)"""
    found = []
    for folder, _, files in os.walk(output):
        prefix = os.path.relpath(folder, output).replace(os.sep, "/")
        prefix = "" if prefix == "." else prefix + "/"
        found.extend(prefix + name for name in files if name.endswith(".html"))
    return sorted(found, key=lambda rel: rel.split("/"))


def robots_txt(siteurl: str) -> str:
    return f"User-agent: *\nAllow: /\n\nSitemap: {siteurl}/sitemap.xml\n"
