"""Pelican settings for the local build (`make site`, `make serve`)."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)  # the newsdigest core, for the plugins

PUBLISHER = "Monitoring desk"
SITENAME = "Monitored News Digest"
SITE_DESCRIPTION = "Articles from other outlets, collected by our monitoring desk, with the people, places and organizations they mention."
# Absolute URLs (canonical links, feeds, JSON-LD) use SITEURL; links between
# pages stay relative so the site also works opened from a subfolder.
SITEURL = os.environ.get("NEWSDIGEST_SITEURL", "http://localhost:8000").rstrip("/")
RELATIVE_URLS = True
FEED_DOMAIN = SITEURL

PATH = "content"
ARTICLE_PATHS = ["articles"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = []
IGNORE_FILES = [".#*", ".tmp-*", "*.json", "*.yml"]
OUTPUT_PATH = "output"
DELETE_OUTPUT_DIRECTORY = True
OUTPUT_SOURCES = False

TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_DATE_FORMAT = "%-d %B %Y"
DEFAULT_CATEGORY = "News"
WITH_FUTURE_DATES = True
DEFAULT_PAGINATION = 20
# Pelican's default "{name}{number}" makes page 2 of "bbc" collide with "bbc2".
PAGINATION_PATTERNS = (
    (1, "{name}{extension}", "{name}{extension}"),
    (2, "{name}-page-{number}{extension}", "{name}-page-{number}{extension}"),
)

THEME = os.path.join(HERE, "theme")
PLUGIN_PATHS = [os.path.join(HERE, "plugins")]
# Order matters where plugins share a signal: digest_site's trending
# entities and article_schema's JSON-LD read the entities entity_tagger
# attaches, JSON-LD the URLs digest_site fixes; incremental_writer settles
# the build folder (pages no longer made) before digest_site lists it in
# sitemap.xml.
PLUGINS = ["incremental_writer", "entity_tagger", "digest_site", "article_schema"]

ARTICLE_URL = "articles/{slug}.html"
ARTICLE_SAVE_AS = "articles/{slug}.html"
PAGE_URL = "{slug}.html"
PAGE_SAVE_AS = "{slug}.html"
CATEGORY_URL = "category/{slug}.html"
CATEGORY_SAVE_AS = "category/{slug}.html"
TAG_URL = "tag/{slug}.html"
TAG_SAVE_AS = "tag/{slug}.html"
AUTHOR_URL = "author/{slug}.html"
AUTHOR_SAVE_AS = "author/{slug}.html"
# One digest page per day, plus month and year pages.
DAY_ARCHIVE_URL = "archives/{date:%Y}/{date:%m}/{date:%d}/index.html"
DAY_ARCHIVE_SAVE_AS = "archives/{date:%Y}/{date:%m}/{date:%d}/index.html"
MONTH_ARCHIVE_URL = "archives/{date:%Y}/{date:%m}/index.html"
MONTH_ARCHIVE_SAVE_AS = "archives/{date:%Y}/{date:%m}/index.html"
YEAR_ARCHIVE_URL = "archives/{date:%Y}/index.html"
YEAR_ARCHIVE_SAVE_AS = "archives/{date:%Y}/index.html"
DIRECT_TEMPLATES = ["index", "tags", "categories", "authors", "archives", "search"]

FEED_ALL_ATOM = "feeds/all.atom.xml"
FEED_ALL_RSS = "feeds/all.rss.xml"
CATEGORY_FEED_ATOM = "feeds/category/{slug}.atom.xml"
CATEGORY_FEED_RSS = "feeds/category/{slug}.rss.xml"
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
FEED_MAX_ITEMS = 50
RSS_FEED_SUMMARY_ONLY = False

# Autoescape everything a template prints; only rendered article bodies are
# marked safe (and those are sanitised by the article_schema plugin).
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True, "extensions": []}

# A minimal Markdown dialect: no raw-HTML helpers (md_in_html, attr_list),
# nothing that could turn scraped text into attributes or markup.
MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.meta": {},
        "markdown.extensions.sane_lists": {},
    },
    "output_format": "html5",
}

# Pelican's reader cache: unchanged Markdown is not parsed again.
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CONTENT_CACHING_LAYER = "reader"
GZIP_CACHE = False  # compressing the whole cache again took a quarter second of every rebuild
CACHE_PATH = os.path.join(HERE, ".cache", "pelican")

# Search (plugins/digest_site/search.py): newsdigest.sitebuild turns PAGEFIND
# on. Article pages (the only ones with data-pagefind-body) are indexed in
# shards by the first letter of their file name: Pagefind's memory stays
# bounded by a shard, a rebuild re-indexes only shards whose articles changed
# (Pagefind's time grows with the pages it indexes: smaller shards, faster rebuilds),
# and the search page merges the shards. The last glob catches the rest.
PAGEFIND = False
PAGEFIND_SHARDS = {  # about even shards of English headlines' first letters
    "a": "articles/[0-9a]*.html",
    "b": "articles/b*.html",
    "c": "articles/c*.html",
    "d": "articles/d*.html",
    "e": "articles/[e-f]*.html",
    "g": "articles/g*.html",
    "h": "articles/h*.html",
    "i": "articles/[i-k]*.html",
    "l": "articles/l*.html",
    "m": "articles/m*.html",
    "n": "articles/[n-o]*.html",
    "p": "articles/[p-q]*.html",
    "r": "articles/r*.html",
    "s": "articles/s*.html",
    "t": "articles/t*.html",
    "u": "articles/[u-v]*.html",
    "w": "articles/[!0-9a-v]*.html",
}

# Incremental builds (plugins/incremental_writer): article attributes that
# only the article's own page shows. Listings and feeds that include an
# article ignore them, so a change in its related articles re-renders its
# page but not every list it appears in. newsdigest.sitebuild sets the rest.
INCREMENTAL_PAGE_ONLY_ATTRS = ["entities", "related_articles", "same_story", "jsonld"]

# Entity tagging (plugins/entity_tagger).
ENTITY_REGISTRY = os.path.join(HERE, "content", "entities.yml")
ENTITY_CACHE_DIR = os.path.join(HERE, ".cache", "entities")
ENTITY_PROCESSES = int(os.environ.get("NEWSDIGEST_NER_PROCESSES", "2"))
