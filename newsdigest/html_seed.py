"""Reading saved HTML pages: trafilatura finds the article, we tidy it.

Main-content extraction is trafilatura's job (it leads the public
article-extraction benchmarks); this module only reads page metadata
(JSON-LD, Open Graph, <meta>) and turns the extracted, sanitised HTML into
plain blocks. No markup from the page survives: blocks hold text only.
"""

from __future__ import annotations

import json
import re

import nh3
import trafilatura
from bs4 import BeautifulSoup, NavigableString, Tag
from trafilatura.metadata import extract_metadata

from newsdigest.dates import parse_date
from newsdigest.errors import SeedError
from newsdigest.extract import Found, assemble, finish
from newsdigest.lines import split_names
from newsdigest.record import Article, Block
from newsdigest.rules import Rules

# What survives sanitising, before we reduce it to text blocks anyway.
ALLOWED_TAGS = {"p", "blockquote", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "b", "i", "br", "q", "cite"}
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "report", "webpage"}
_WS = re.compile(r"\s+")


def _text(node) -> str:
    return _WS.sub(" ", node.get_text(" ") if isinstance(node, Tag) else str(node)).strip()


def _jsonld_items(soup: BeautifulSoup) -> list[dict]:
    items: list[dict] = []
    for script in soup.find_all("script", attrs={"type": re.compile("ld\\+json", re.I)}):
        try:
            data = json.loads(script.string or "")
        except (json.JSONDecodeError, TypeError):
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
                types = item.get("@type")
                types = types if isinstance(types, list) else [types]
                if any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in types):
                    items.append(item)
    # A NewsArticle beats a generic WebPage.
    items.sort(key=lambda it: 1 if str(it.get("@type")).lower() == "webpage" else 0)
    return items


def _names(value) -> list[str]:
    if isinstance(value, str):
        return split_names(value) or []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        out: list[str] = []
        for entry in value:
            out.extend(n for n in _names(entry) if n not in out)
        return out
    return []


def _meta(soup: BeautifulSoup, *keys: str) -> str | None:
    for key in keys:
        tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key}) or soup.find("meta", attrs={"itemprop": key})
        if tag and tag.get("content", "").strip():
            return _WS.sub(" ", tag["content"]).strip()
    return None


def page_metadata(html: str, soup: BeautifulSoup) -> tuple[str, Found]:
    """The headline and metadata a page declares about itself."""
    found = Found()
    items = _jsonld_items(soup)
    article = items[0] if items else {}
    headline = article.get("headline") if isinstance(article.get("headline"), str) else None
    headline = headline or _meta(soup, "og:title", "twitter:title")
    if not headline:
        h1 = soup.find("h1")
        headline = _text(h1) if h1 else None

    published = article.get("datePublished") if isinstance(article.get("datePublished"), str) else None
    if published and parse_date(published):
        found.date, found.date_source = parse_date(published), "json-ld"
    else:
        meta_date = _meta(soup, "article:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "sailthru.date")
        if meta_date and parse_date(meta_date):
            found.date, found.date_source = parse_date(meta_date), "meta"
        else:
            time_tag = soup.find("time", attrs={"datetime": True})
            if time_tag and parse_date(time_tag["datetime"]):
                found.date, found.date_source = parse_date(time_tag["datetime"]), "meta"

    found.authors = _names(article.get("author"))
    if not found.authors:
        author = _meta(soup, "author", "article:author", "parsely-author", "sailthru.author")
        if author and not author.startswith("http"):
            found.authors = split_names(author) or []

    publisher = article.get("publisher")
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        found.source = publisher["name"].strip()
    found.source = found.source or _meta(soup, "og:site_name", "application-name")

    canonical = soup.find("link", attrs={"rel": "canonical"})
    url = canonical.get("href") if canonical else None
    url = url or _meta(soup, "og:url") or (article.get("url") if isinstance(article.get("url"), str) else None)
    if url and re.match(r"https?://", url):
        found.url = url.strip()

    # trafilatura's own heuristics fill what the page did not declare.
    if not (headline and found.source and found.authors):
        meta = extract_metadata(html)
        if meta is not None:
            headline = headline or meta.title
            found.source = found.source or meta.sitename
            if not found.authors and meta.author:
                found.authors = split_names(meta.author.replace(";", ",")) or []
            if found.url is None and meta.url and re.match(r"https?://", meta.url):
                found.url = meta.url
    if headline is None:
        title = soup.find("title")
        headline = _text(title) if title else ""
    return headline or "", found


def _blocks_from(node: Tag, out: list[Block]) -> None:
    for child in node.children:
        if isinstance(child, NavigableString):
            text = _WS.sub(" ", str(child)).strip()
            if text:
                out.append(Block("p", text=text))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name == "p":
            text = _text(child)
            if text:
                out.append(Block("p", text=text))
        elif name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            text = _text(child)
            if text:
                out.append(Block("h", text=text))
        elif name == "blockquote":
            paragraphs = [_text(p) for p in child.find_all("p")] or [_text(child)]
            for text in paragraphs:
                if text:
                    out.append(Block("quote", text=text))
        elif name in ("ul", "ol"):
            items = [_text(li) for li in child.find_all("li", recursive=False)]
            items = [i for i in items if i]
            if items:
                out.append(Block(name, items=items))
        else:
            _blocks_from(child, out)


def read_html_seed(html: str, *, seed_name: str, rules: Rules) -> Article:
    soup = BeautifulSoup(html, "lxml")
    headline, found = page_metadata(html, soup)
    extracted = trafilatura.extract(
        html,
        output_format="html",
        include_comments=False,
        include_tables=False,
        include_formatting=True,
        include_links=False,
        include_images=False,
        favor_recall=True,
        deduplicate=False,
    )
    if not extracted:
        raise SeedError("no article text found in the HTML page")
    clean = nh3.clean(extracted, tags=ALLOWED_TAGS, attributes={}, url_schemes=set(), strip_comments=True)
    raw: list[Block] = []
    _blocks_from(BeautifulSoup(clean, "html.parser"), raw)
    if not headline:
        first_heading = next((b for b in raw if b.kind == "h"), None)
        headline = first_heading.text if first_heading else ""
    blocks = assemble(headline, raw, rules, found)
    return finish(headline, blocks, found, seed_name=seed_name, rules=rules)
