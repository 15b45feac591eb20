"""Reliability guarantees: atomic output, one build at a time, reproducible
builds, registry errors before any write, nasty file names, no network."""

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, make_project
from newsdigest.convert import convert
from newsdigest.sitebuild import BuildError, build_lock, build_site

SAMPLES = [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((FIXTURES / "seeds").iterdir()),
           *sorted((FIXTURES / "html").iterdir()), *sorted((FIXTURES / "stories").iterdir())]
EPOCH = {"SOURCE_DATE_EPOCH": "1735689600"}


def tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def fresh_project(where: Path, monkeypatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH["SOURCE_DATE_EPOCH"])
    project = make_project(where, seeds_from=SAMPLES)
    convert(project / "seeds", project / "content" / "articles", log=lambda line: None)
    return project


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    project = fresh_project(tmp_path_factory.mktemp("rel") / "project", mp)
    build_site(project, env=EPOCH)
    yield project
    mp.undo()


def test_failed_build_leaves_previous_output_byte_for_byte(built):
    before = tree_digest(built / "output")
    template = built / "theme" / "templates" / "entity.html"
    original = template.read_text(encoding="utf-8")
    template.write_text(original.replace("{% endblock %}", "{% endblock", 1), encoding="utf-8")
    try:
        with pytest.raises(BuildError, match="left as it was"):
            build_site(built, env=EPOCH)
    finally:
        template.write_text(original, encoding="utf-8")
    assert tree_digest(built / "output") == before
    assert not [p for p in built.iterdir() if p.name.startswith(".output-building-")]  # no half-written staging left


def test_registry_error_stops_the_build_with_file_line_and_reason(built):
    registry = built / "content" / "entities.yml"
    original = registry.read_text(encoding="utf-8")
    before = tree_digest(built / "output")
    registry.write_text("entities:\n  - name: Kursk\n    type: place\n  - name: Kursk Oblast\n    type: place\n    aliases: [kursk]\n", encoding="utf-8")
    try:
        with pytest.raises(BuildError) as info:
            build_site(built, env=EPOCH)
    finally:
        registry.write_text(original, encoding="utf-8")
    assert f"{registry}:4: alias 'kursk' of 'Kursk Oblast' is already claimed by 'Kursk' (line 2)" in str(info.value)
    assert tree_digest(built / "output") == before


def test_the_replaced_site_is_deleted_after_the_build_returns(built):
    import time

    before = tree_digest(built / "output")
    build_site(built, env=EPOCH, force=True)
    assert tree_digest(built / "output") == before
    deadline = time.monotonic() + 30
    while [p for p in built.iterdir() if p.name.startswith(".output-old-")] and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [p for p in built.iterdir() if p.name.startswith(".output-old-")]


def test_second_build_waits_or_says_why(built):
    with build_lock(built / ".build.lock"):
        with pytest.raises(BuildError, match="another build holds"):
            build_site(built, env=EPOCH, wait=False)


def _pelican_children() -> list[str]:
    """Command lines of this process's children that run Pelican (from
    /proc: each process's parent is the fourth field of its stat)."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            parent = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
            command = (proc / "cmdline").read_bytes().decode().split("\0")
        except (OSError, IndexError, ValueError):
            continue  # gone meanwhile
        if parent == os.getpid() and "newsdigest.run_pelican" in command:
            found.append(" ".join(command))
    return found


def test_prepare_runs_while_pelican_loads_and_its_articles_are_built(built):
    """build_site(prepare=...): Pelican's process is already started (loading)
    when prepare runs (the seeds' conversion), and what prepare writes is
    fingerprinted and built."""
    seen = []
    article = built / "content" / "articles" / "prepared-note.md"

    def prepare():
        seen.extend(_pelican_children())
        article.write_text("Title: Harbour Board Names Kessa Lund Chair\nSlug: prepared-note\nDate: 2025-01-02\nCategory: Business\n\n"
                           "The Tarn Harbour Board named Kessa Lund as its chair on Thursday.\n", encoding="utf-8")

    try:
        build_site(built, env=EPOCH, prepare=prepare)
        assert seen and all("--arguments-on-stdin" in command for command in seen)
        assert "Kessa Lund" in (built / "output" / "articles" / "prepared-note.html").read_text(encoding="utf-8")
        assert not _pelican_children()  # it ran and exited
    finally:
        article.unlink()
        build_site(built, env=EPOCH)
    assert not (built / "output" / "articles" / "prepared-note.html").exists()


def test_no_build_after_prepare_stops_pelicans_process(built):
    """Nothing changed (or prepare fails): the waiting Pelican process is
    stopped, the output is left as it was, a failure is raised as it came."""
    before = tree_digest(built / "output")
    assert build_site(built, env=EPOCH, prepare=lambda: None) == built / "output"  # up to date: skipped
    assert not _pelican_children()

    def failing():
        raise RuntimeError("seeds folder unreadable")

    with pytest.raises(RuntimeError, match="seeds folder unreadable"):
        build_site(built, env=EPOCH, prepare=failing, force=True)
    assert not _pelican_children()
    assert tree_digest(built / "output") == before


def test_run_pelican_waiting_for_arguments_exits_quietly_without_them(tmp_path):
    done = subprocess.run([sys.executable, "-m", "newsdigest.run_pelican", "--arguments-on-stdin"], input="", capture_output=True,
                          text=True, cwd=tmp_path, timeout=120)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_two_clean_builds_are_byte_identical(tmp_path, monkeypatch):
    first = fresh_project(tmp_path / "one", monkeypatch)
    second = fresh_project(tmp_path / "two", monkeypatch)
    assert tree_digest(first / "content") == tree_digest(second / "content")
    build_site(first, env=EPOCH)
    build_site(second, env=EPOCH)
    # Same SITEURL, different folders: the outputs must not differ by a byte.
    assert tree_digest(first / "output") == tree_digest(second / "output")
    # A warm rebuild (NER cache full) gives the same bytes as the cold one.
    cold = tree_digest(first / "output")
    build_site(first, env=EPOCH, force=True)
    assert tree_digest(first / "output") == cold


def test_nasty_file_names_stay_inside(tmp_path, monkeypatch):
    outside = tmp_path / "outside-secret.txt"
    outside.write_text("Secret Outside Headline\n\nThis text lives outside the seeds folder and must never be read.\n", encoding="utf-8")
    project = make_project(tmp_path / "project")
    seeds = project / "seeds"
    body = "\n\nThe council met on Tuesday and agreed the budget after a long debate, officials said.\n"
    names = ["my seed with spaces.txt", "Ünïcödé–名前.txt", "..txt", "...dots..txt", ("x" * 200) + ".txt", "-leading-dash.htm"]
    for n, name in enumerate(names):
        content = f"Nasty Name Number {n}{body}" if name.endswith(".txt") else f"<html><body><article><h1>Nasty Name Number {n}</h1><p>{body}</p></article></body></html>"
        (seeds / name).write_text(content, encoding="utf-8")
    (seeds / "escape.txt").symlink_to(outside)
    (seeds / "sub").mkdir()
    (seeds / "sub" / "..hidden-looking.txt").write_text(f"Nasty Name Number 9{body}", encoding="utf-8")
    lines: list[str] = []
    report = convert(seeds, project / "content" / "articles", log=lines.append)
    assert any("escape.txt: skipped: symbolic link pointing outside the seeds folder" in l for l in lines)
    hidden = ["..txt", "...dots..txt", "..hidden-looking.txt"]
    for name in hidden:
        assert any(f"{name}: skipped: hidden file" in l for l in lines), name
    assert len(report.converted) == len(names) - 2
    content = project / "content" / "articles"
    for md in content.glob("*.md"):
        assert md.resolve().parent == content.resolve()
        assert "Secret Outside" not in md.read_text(encoding="utf-8")
    build_site(project, env=EPOCH)
    output = (project / "output").resolve()
    for path in output.rglob("*"):
        assert path.resolve().is_relative_to(output)
        if path.suffix == ".html":
            assert "Secret Outside" not in path.read_text(encoding="utf-8")
    assert len(list((output / "articles").glob("nasty-name-number-*.html"))) == len(names) - 2


BLOCK_NETWORK = """
import socket
def _blocked(*args, **kwargs):
    raise OSError("network blocked by the test")
class _Socket(socket.socket):
    def connect(self, *args, **kwargs):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            _blocked()
        return super().connect(*args, **kwargs)
socket.socket = _Socket
socket.create_connection = _blocked
"""


def test_build_needs_no_network(tmp_path, monkeypatch):
    project = fresh_project(tmp_path / "project", monkeypatch)
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(BLOCK_NETWORK, encoding="utf-8")
    env = {**os.environ, **EPOCH, "PYTHONPATH": f"{guard}{os.pathsep}{ROOT}"}
    prefix = ["unshare", "-n"] if shutil.which("unshare") and subprocess.run(["unshare", "-n", "true"]).returncode == 0 else []
    probe = subprocess.run([*prefix, sys.executable, "-c", "import socket; socket.create_connection(('127.0.0.1', 9), timeout=2)"],
                           env=env, capture_output=True, text=True)
    assert probe.returncode != 0 and ("blocked" in probe.stderr or "unreachable" in probe.stderr)
    code = f"from newsdigest.sitebuild import build_site; build_site({str(project)!r})"
    result = subprocess.run([*prefix, sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=project)
    assert result.returncode == 0, result.stderr[-3000:]
    assert (project / "output" / "entity" / "kursk.html").exists()


def test_parallel_entity_page_writing_gives_the_same_site(built, tmp_path):
    serial = tree_digest(built / "output")
    parallel = tmp_path / "parallel"
    shutil.copytree(built, parallel, ignore=shutil.ignore_patterns("output", ".cache", ".output-*"))
    conf = parallel / "pelicanconf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + "\nENTITY_PARALLEL_MIN_PAGES = 1\nENTITY_PROCESSES = 2\n", encoding="utf-8")
    build_site(parallel, env=EPOCH)
    assert tree_digest(parallel / "output") == serial


@pytest.mark.parametrize("failing", ["every entity page", "a page in the forked writer's share"])
def test_failed_entity_page_writer_fails_the_build_and_keeps_the_output(built, tmp_path, failing):
    """Entity pages are written by forked workers while the parent writes the
    articles: a failure on either side fails the whole build, atomically."""
    project = tmp_path / "parallel"
    shutil.copytree(built, project, ignore=shutil.ignore_patterns(".cache", ".output-*"))
    conf = project / "pelicanconf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + "\nENTITY_PARALLEL_MIN_PAGES = 1\nENTITY_PROCESSES = 2\n", encoding="utf-8")
    before = tree_digest(project / "output")
    template = project / "theme" / "templates" / "entity.html"
    # Forked writers claim pages from the front, the parent from the back: the first page is the worker's.
    condition = "true" if failing == "every entity page" else "entity.slug == entity_pages[0].slug"
    template.write_text(template.read_text(encoding="utf-8").replace(
        "{% block content %}", "{% block content %}{% if " + condition + " %}{{ 1 // 0 }}{% endif %}", 1), encoding="utf-8")
    with pytest.raises(BuildError, match="left as it was"):
        build_site(project, env=EPOCH, force=True)
    assert tree_digest(project / "output") == before
    assert not [p for p in project.iterdir() if p.name.startswith(".output-building-")]


def test_entity_writers_fork_only_while_copies_of_the_build_fit_the_memory_budget():
    """A forked writer may end up copying the whole heap: with two writers the
    build may take twice the parent's resident memory, which must fit the budget."""
    from plugins.entity_tagger.pages import _fork_fits, _resident_mb

    resident = _resident_mb()
    assert resident is not None and resident > 10
    assert _fork_fits(0, 2)  # no budget set
    assert _fork_fits(int(2 * resident) + 64, 2)
    assert not _fork_fits(int(1.5 * resident), 2)
    assert _fork_fits(int(1.5 * resident), 1)


def test_page_chunks_go_once_each_workers_from_the_front_the_parent_from_the_back():
    from plugins.entity_tagger.pages import PageChunks

    chunks = PageChunks(list(range(1000)), chunk=64)
    first, last = chunks._claim(from_back=False), chunks._claim(from_back=True)
    assert first == list(range(64)) and last == list(range(960, 1000))
    rest = list(chunks.claimed(from_back=False))
    assert sorted(first + last + rest) == list(range(1000))
    assert chunks._claim(from_back=True) is None and chunks._claim(from_back=False) is None


def test_page_chunks_are_shared_across_fork():
    from plugins.entity_tagger.pages import PageChunks

    chunks = PageChunks(list(range(5000)), chunk=8)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # a forked writer: takes from the front
        os.close(read)
        os.write(write, json.dumps(list(chunks.claimed(from_back=False))).encode())
        os._exit(0)
    os.close(write)
    mine = list(chunks.claimed(from_back=True))
    with os.fdopen(read) as pipe:
        theirs = json.loads(pipe.read())
    os.waitpid(pid, 0)
    assert sorted(mine + theirs) == list(range(5000))  # every page once, by one process or the other
