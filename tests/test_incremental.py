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
