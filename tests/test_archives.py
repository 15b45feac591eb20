"""Day, month and year archives: our linear build gives Pelican's archives."""

from __future__ import annotations

from datetime import datetime, timezone

from pelican.contents import Article
from pelican.settings import DEFAULT_CONFIG

from plugins.digest_site.archives import PELICAN_BUILD_PERIOD_ARCHIVES, build_period_archives

SETTINGS = {**DEFAULT_CONFIG,
            "YEAR_ARCHIVE_SAVE_AS": "archives/{date:%Y}/index.html", "YEAR_ARCHIVE_URL": "archives/{date:%Y}/",
            "MONTH_ARCHIVE_SAVE_AS": "archives/{date:%Y}/{date:%m}/index.html", "MONTH_ARCHIVE_URL": "archives/{date:%Y}/{date:%m}/",
            "DAY_ARCHIVE_SAVE_AS": "archives/{date:%Y}/{date:%m}/{date:%d}/index.html", "DAY_ARCHIVE_URL": ""}


def _article(n: int, when: datetime) -> Article:
    return Article(f"<p>Story {n}</p>", metadata={"title": f"Story {n}", "slug": f"story-{n}", "date": when},
                   settings=SETTINGS, source_path=f"content/articles/story-{n}.md")


def test_linear_period_archives_equal_pelicans():
    days = [datetime(2024, 12, 31, 23, 0, tzinfo=timezone.utc), datetime(2025, 1, 1, 8, 0, tzinfo=timezone.utc),
            datetime(2025, 1, 1, 9, 30, tzinfo=timezone.utc), datetime(2025, 1, 17, tzinfo=timezone.utc),
            datetime(2025, 2, 1, tzinfo=timezone.utc), datetime(2025, 2, 1, tzinfo=timezone.utc),
            datetime(2026, 7, 4, tzinfo=timezone.utc)]
    articles = [_article(n, when) for n, when in enumerate(days)]
    site_order = sorted(articles, key=lambda a: (a.date, a.slug), reverse=True)  # newest first, as the site lists them
    by_date = sorted(articles, key=lambda a: a.date)
    ours = build_period_archives(None, by_date, site_order, SETTINGS)
    pelicans = PELICAN_BUILD_PERIOD_ARCHIVES(None, by_date, site_order, SETTINGS)
    assert set(ours) == set(pelicans) == {"year", "month", "day"}
    for granularity in pelicans:
        assert len(ours[granularity]) == len(pelicans[granularity])
        for mine, theirs in zip(ours[granularity], pelicans[granularity]):
            assert mine.keys() == theirs.keys()
            for key in theirs:
                assert mine[key] == theirs[key], (granularity, key)
    first_of_january = [a for a in ours["day"] if a["period_num"] == (2025, 1, 1)][0]
    assert [a.slug for a in first_of_january["articles"]] == ["story-2", "story-1"]  # the site's order, newest first


def test_a_granularity_without_pages_is_left_out():
    articles = [_article(1, datetime(2025, 5, 5, tzinfo=timezone.utc))]
    settings = {**SETTINGS, "DAY_ARCHIVE_SAVE_AS": ""}
    assert set(build_period_archives(None, articles, articles, settings)) == {"year", "month"}
