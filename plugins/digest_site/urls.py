"""Compute each article's and page's URL once.

Pelican works out `content.url` and `content.save_as` from the URL settings
and the content's metadata on every access (a copy of the metadata and a
relative source path each time), and a digest build reads them tens of
thousands of times: every listing, feed, entity page and JSON-LD block. Once
the generator has finished its context, slug, date, category and language
no longer change, so the values are fixed through Pelican's own per-content
overrides (`override_url`, `override_save_as`, what `url:` and `save_as:`
metadata set), which `get_url_setting` returns first.
"""

from __future__ import annotations

URL_KINDS = ("url", "save_as")
CONTENT_LISTS = ("articles", "translations", "drafts", "drafts_translations", "hidden_articles", "hidden_translations",
                 "pages", "hidden_pages", "draft_pages", "hidden_translations", "draft_translations")


def freeze_urls(generator) -> None:
    seen: set[int] = set()
    for name in CONTENT_LISTS:
        for content in getattr(generator, name, None) or ():
            if id(content) in seen:
                continue
            seen.add(id(content))
            for kind in URL_KINDS:
                setattr(content, "override_" + kind, content.get_url_setting(kind))
