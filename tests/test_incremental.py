"""Incremental builds: a rebuild that reuses unchanged pages must give the
same site, byte for byte, as a clean build of the same seeds."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import FIXTURES, ROOT, build_project, make_project

NEW_ARTICLE = """Council Member Okoro Backs Library Hours Plan

Council member Daniel Okoro said on Thursday he would back a plan to keep the Marlow Street library open late on weekdays.

The Velmora Regional Council will vote on the plan next month, Okoro said, after residents asked for more study space.

Edited By Hana Petrov
Source: Velmora Civic Ledger
"""


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _seed_set(project: Path, *, final: bool) -> None:
    seeds = project / "seeds"
    for path in [*(ROOT / "seeds").glob("*.txt"), *(FIXTURES / "seeds").glob("*.txt"), FIXTURES / "stories" / "dam-plan.txt"]:
        shutil.copy(path, seeds / path.name)
    if final:
        shutil.copy(FIXTURES / "stories" / "water-board.txt", seeds / "water-board.txt")  # same story as dam-plan
        (seeds / "okoro-library.txt").write_text(NEW_ARTICLE, encoding="utf-8")
        edited = seeds / "library-reopens.txt"
        edited.write_text(edited.read_text(encoding="utf-8").replace("\n\n", "\n\nVisitors queued before the doors opened.\n\n", 1), encoding="utf-8")
        (seeds / "2025-03-14-harbour-deal.txt").unlink()


def _counts(log: str) -> tuple[int, int]:
    line = [l for l in log.splitlines() if "unchanged files reused" in l][-1]
    rendered = int(line.split(" files rendered")[0].rsplit(" ", 1)[-1])
    reused = int(line.split(" unchanged files reused")[0].rsplit(" ", 1)[-1])
    return rendered, reused


def test_incremental_build_equals_clean_build(tmp_path, monkeypatch, capfd):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")
    grown = make_project(tmp_path / "grown")
    _seed_set(grown, final=False)
    build_project(grown)
    first = _files(grown / "output")
    capfd.readouterr()

    _seed_set(grown, final=True)
    build_project(grown)
    rendered, reused = _counts(capfd.readouterr().err)
    assert reused > 0 and rendered > 0  # unchanged pages were reused, changed ones rendered

    clean = make_project(tmp_path / "clean")
    _seed_set(clean, final=True)
    build_project(clean)
    incremental, scratch = _files(grown / "output"), _files(clean / "output")
    assert sorted(incremental) == sorted(scratch)  # nothing stale left, nothing missing
    differing = [name for name in scratch if incremental[name] != scratch[name]]
    assert differing == []
    # and the change did reach the pages it touches
    assert incremental != first
    assert "articles/council-member-okoro-backs-library-hours-plan.html" in incremental
    assert not any("harbour" in name for name in incremental if name.startswith("articles/"))


def test_a_new_article_renders_some_pages_and_a_theme_change_renders_all(tmp_path, monkeypatch, capfd):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")
    project = make_project(tmp_path / "site")
    _seed_set(project, final=False)
    build_project(project)
    total = _counts(capfd.readouterr().err)[0]

    (project / "seeds" / "okoro-library.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    build_project(project)
    rendered, reused = _counts(capfd.readouterr().err)
    assert 0 < rendered < total and reused > 0

    base = project / "theme" / "templates" / "base.html"
    base.write_text(base.read_text(encoding="utf-8").replace("</footer>", "<p>Theme note.</p></footer>"), encoding="utf-8")
    build_project(project)
    rendered, reused = _counts(capfd.readouterr().err)
    assert reused == 0 and rendered > total
    assert "Theme note." in (project / "output" / "articles" / "council-member-okoro-backs-library-hours-plan.html").read_text(encoding="utf-8")


def test_feed_items_serialised_once_give_feedgenerators_own_xml():
    """plugins/incremental_writer/feeds.py: an item's XML is kept by the
    writer and copied into every later feed; the text must be what
    feedgenerator writes, and an item changed since is written afresh."""
    import io
    from datetime import datetime, timezone

    from feedgenerator import Atom1Feed, Rss201rev2Feed

    from plugins.incremental_writer.feeds import MEMO_CLASSES, ItemXmlStore

    def items():
        when = datetime(2026, 3, 4, 5, 6, tzinfo=timezone.utc)
        return [{"title": f"Ferry <{n}> & dock", "link": f"https://example.org/a{n}.html", "description": "<p>Text &amp; more</p>",
                 "content": "<p>Body</p>", "unique_id": f"tag:example.org,2026:a{n}", "pubdate": when, "categories": ["Velmora", "Ports"],
                 "author_name": "Ana Ruiz"} for n in range(3)]

    def write(feed_class, item_dicts, memo=None):
        feed = feed_class(title="Digest: Velmora", link="https://example.org/", description="", feed_url="https://example.org/f.xml")
        for item in item_dicts:
            feed.add_item(**item)
        if memo is not None:
            feed.__class__, feed.item_xml = MEMO_CLASSES[feed_class], memo
        out = io.StringIO()
        feed.write(out, "utf-8")
        return out.getvalue(), feed

    for feed_class in (Atom1Feed, Rss201rev2Feed):
        plain, _ = write(feed_class, items())
        memo = ItemXmlStore()
        first, feed = write(feed_class, items(), memo)
        assert first == plain and len(memo) == 3
        one_item = memo.used // 3
        again = feed_class(title="Digest: Velmora", link="https://example.org/", description="", feed_url="https://example.org/f.xml")
        again.__class__, again.item_xml, again.items = MEMO_CLASSES[feed_class], memo, list(feed.items)
        out = io.StringIO()
        again.write(out, "utf-8")
        assert out.getvalue() == plain  # from the kept XML
        feed.items[0]["title"] = "Changed title"
        out = io.StringIO()
        feed.write(out, "utf-8")
        assert "Changed title" in out.getvalue() and "Ferry &lt;0&gt;" not in out.getvalue()
        assert memo.used == sum(len(xml) for _, xml in memo._xml.values())  # the new XML took the old one's room
        small = ItemXmlStore(budget_bytes=one_item + 1)  # room for one item of the three
        assert write(feed_class, items(), small)[0] == plain and len(small) == 1 and small.used <= small.budget
