"""The search index shards, with the real Pagefind binary."""

from __future__ import annotations

import json
import os
import threading
import time

import pytest

from newsdigest import search_index
from newsdigest.search_index import SearchIndexCancelled, SearchIndexError, build_planned, write_plan

PAGE = "<!doctype html><html lang='en'><head><title>{0}</title></head><body><article data-pagefind-body><h1>{0}</h1><p>{1}</p></article></body></html>"


def _site(tmp_path):
    site = tmp_path / "site"
    (site / "articles").mkdir(parents=True)
    (site / "articles" / "harbour-dredging.html").write_text(PAGE.format("Harbour dredging", "Dredgers deepened the channel."), encoding="utf-8")
    (site / "articles" / "orchard-frost.html").write_text(PAGE.format("Orchard frost", "Growers lit burners overnight."), encoding="utf-8")
    return site


@pytest.mark.parametrize("concurrent", [1, 2])
def test_planned_shards_are_built_into_their_own_bundles_and_recorded(tmp_path, concurrent):
    site, parts = _site(tmp_path), tmp_path / "parts"
    write_plan(parts, site, [{"name": "h", "glob": "articles/[a-l]*.html", "key": "search:h", "digest": "d1"},
                        {"name": "m", "glob": "articles/[!a-l]*.html", "key": "search:m", "digest": "d2"}])
    assert build_planned(parts, site, concurrent=concurrent) == 2
    assert (site / "pagefind" / "h" / "pagefind-ui.js").exists() and (site / "pagefind" / "m" / "pagefind-ui.js").exists()
    records = [json.loads(line) for line in (parts / "part-search.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["key"] for r in records] == ["search:h", "search:m"]
    assert all(f.startswith("pagefind/h/") for f in records[0]["files"]) and records[0]["files"]


def test_a_failing_shard_stops_with_a_one_line_reason(tmp_path):
    site, parts = _site(tmp_path), tmp_path / "parts"
    write_plan(parts, site, [{"name": "z", "glob": "articles/zz*.html", "key": "search:z", "digest": "d"}])  # matches nothing
    with pytest.raises(SearchIndexError) as caught:
        build_planned(parts, site)
    assert "shard z" in str(caught.value) and "\n" not in str(caught.value)


def test_a_failing_shard_among_others_stops_them_all(tmp_path):
    site, parts = _site(tmp_path), tmp_path / "parts"
    write_plan(parts, site, [{"name": "z", "glob": "articles/zz*.html", "key": "search:z", "digest": "d"},
                             {"name": "h", "glob": "articles/[a-l]*.html", "key": "search:h", "digest": "d1"},
                             {"name": "m", "glob": "articles/[!a-l]*.html", "key": "search:m", "digest": "d2"}])
    with pytest.raises(SearchIndexError, match="shard z"):
        build_planned(parts, site, concurrent=2)
    assert not (site / "pagefind" / "m").exists()  # not started after the failure
    assert not (parts / "part-search.jsonl").read_text(encoding="utf-8")  # nothing recorded as built


def test_no_plan_builds_nothing(tmp_path):
    assert build_planned(tmp_path, _site(tmp_path)) == 0


def test_a_cancelled_build_stops_the_running_pagefind_at_once(tmp_path, monkeypatch):
    # The build this index serves failed while a shard was being indexed: the
    # shard's process is killed, not waited for. A stand-in that would run for a
    # minute plays a slow Pagefind (the real one indexes two pages in a blink).
    slow = tmp_path / "slow-pagefind"
    pid_file = tmp_path / "pagefind.pid"
    slow.write_text(f"#!/bin/sh\necho $$ > {pid_file}\nexec sleep 60\n", encoding="utf-8")
    slow.chmod(0o755)
    monkeypatch.setattr(search_index, "pagefind_executable", lambda: str(slow))
    site, parts = _site(tmp_path), tmp_path / "parts"
    write_plan(parts, site, [{"name": "h", "glob": "articles/*.html", "key": "search:h", "digest": "d"}])
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(SearchIndexCancelled):
        build_planned(parts, site, cancel=cancel)
    assert time.monotonic() - started < 10
    assert not (parts / "part-search.jsonl").read_text(encoding="utf-8")  # nothing recorded as built
    with pytest.raises(ProcessLookupError):  # killed and reaped: no such process left
        os.kill(int(pid_file.read_text()), 0)
