"""Re-running is safe: identical bytes, stable slugs and dates, hand edits kept."""

import json

from conftest import BODY
from newsdigest.convert import LEDGER_NAME, convert


def _snapshot(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_rerun_is_byte_identical_even_for_first_converted_dates(tmp_path, write_seed, seed_dir, monkeypatch):
    write_seed("a.txt", f"Council Passes Budget\n\n{BODY}")
    write_seed("b.txt", f"Mayor Opens Bridge\n\nPublished: 2 May 2025\n\n{BODY}")
    content = tmp_path / "content"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = convert(seed_dir, content, log=lambda l: None)
    snap = _snapshot(content)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")  # later: the recorded date must not move
    second = convert(seed_dir, content, log=lambda l: None)
    assert len(first.converted) == 2 and len(second.unchanged) == 2 and not second.converted
    assert _snapshot(content) == snap
    text = (content / "council-passes-budget.md").read_text(encoding="utf-8")
    assert "Date: 2023-11-14T22:13:20+00:00\nDate_source: first-converted" in text


def test_first_converted_date_survives_deleting_the_markdown(tmp_path, write_seed, seed_dir, monkeypatch):
    write_seed("a.txt", f"Council Passes Budget\n\n{BODY}")
    content = tmp_path / "content"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    convert(seed_dir, content, log=lambda l: None)
    (content / "council-passes-budget.md").unlink()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    convert(seed_dir, content, log=lambda l: None)
    assert "Date: 2023-11-14T22:13:20+00:00" in (content / "council-passes-budget.md").read_text(encoding="utf-8")


def test_same_headline_gets_distinct_stable_slugs(tmp_path, write_seed, seed_dir):
    for name in ("one.txt", "two.txt", "three.txt"):
        write_seed(name, f"Council Passes Budget\n\n{BODY}{name}\n")
    content = tmp_path / "content"
    convert(seed_dir, content, log=lambda l: None)
    slugs = sorted(p.stem for p in content.glob("*.md"))
    assert len(set(slugs)) == 3 and "council-passes-budget" in slugs
    assert all(s.startswith("council-passes-budget") for s in slugs)
    # A fresh conversion elsewhere gives the very same slugs (deterministic).
    other = tmp_path / "content2"
    convert(seed_dir, other, log=lambda l: None)
    assert sorted(p.stem for p in other.glob("*.md")) == slugs
    # And each seed keeps its slug when a new seed with the same title arrives.
    ledger = json.loads((content / LEDGER_NAME).read_text())
    write_seed("zero.txt", f"Council Passes Budget\n\n{BODY}zero\n")
    convert(seed_dir, content, log=lambda l: None)
    after = json.loads((content / LEDGER_NAME).read_text())
    assert all(after[k]["slug"] == v["slug"] for k, v in ledger.items())


def test_hand_edit_is_kept_and_force_overwrites(tmp_path, write_seed, seed_dir):
    write_seed("a.txt", f"Council Passes Budget\n\n{BODY}")
    content = tmp_path / "content"
    convert(seed_dir, content, log=lambda l: None)
    md = content / "council-passes-budget.md"
    edited = md.read_text(encoding="utf-8").replace("long debate", "long and heated debate")
    md.write_text(edited, encoding="utf-8")
    write_seed("a.txt", f"Council Passes Budget\n\n{BODY}\nA new closing paragraph was added to the seed later on.\n")
    lines: list[str] = []
    report = convert(seed_dir, content, log=lines.append)
    assert report.kept == [str(md)] and md.read_text(encoding="utf-8") == edited
    assert any("edited by hand" in l and "--force" in l for l in lines)
    report = convert(seed_dir, content, force=True, log=lines.append)
    assert report.converted and "heated" not in md.read_text(encoding="utf-8")
    assert "A new closing paragraph" in md.read_text(encoding="utf-8")


def test_changed_seed_updates_unedited_article(tmp_path, write_seed, seed_dir):
    write_seed("a.txt", f"Council Passes Budget\n\n{BODY}")
    content = tmp_path / "content"
    convert(seed_dir, content, log=lambda l: None)
    write_seed("a.txt", f"Council Passes Budget\n\n{BODY}\nAn update arrived in the afternoon from the clerk's office.\n")
    report = convert(seed_dir, content, log=lambda l: None)
    assert report.converted and "An update arrived" in (content / "council-passes-budget.md").read_text(encoding="utf-8")


def test_removed_seed_removes_its_unedited_article(tmp_path, write_seed, seed_dir):
    path = write_seed("a.txt", f"Council Passes Budget\n\n{BODY}")
    content = tmp_path / "content"
    convert(seed_dir, content, log=lambda l: None)
    path.unlink()
    report = convert(seed_dir, content, log=lambda l: None)
    assert report.removed and not list(content.glob("*.md"))


def test_hand_written_article_slug_is_not_taken(tmp_path, write_seed, seed_dir):
    content = tmp_path / "content"
    content.mkdir()
    (content / "council-passes-budget.md").write_text("Title: Ours\nDate: 2025-01-01\n\nWritten by hand.\n", encoding="utf-8")
    write_seed("a.txt", f"Council Passes Budget\n\n{BODY}")
    convert(seed_dir, content, log=lambda l: None)
    assert (content / "council-passes-budget.md").read_text(encoding="utf-8").startswith("Title: Ours")
    assert len(list(content.glob("council-passes-budget-*.md"))) == 1


def test_html_reader_is_imported_only_when_an_html_seed_is_read(tmp_path, write_seed, seed_dir):
    """trafilatura's import is most of a small rebuild's conversion time: a
    run that reads only text seeds, or none, must not pay it."""
    import subprocess
    import sys

    write_seed("a.txt", f"Council Passes Budget\n\n{BODY}")
    content = tmp_path / "content"
    probe = (
        "import sys; from newsdigest.convert import convert; "
        f"r = convert({str(seed_dir)!r}, {str(content)!r}, log=lambda l: None); "
        "print(len(r.converted), len(r.unchanged), 'trafilatura' in sys.modules)"
    )

    def run() -> str:
        return subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()

    assert run() == ["1", "0", "False"]  # one new text seed
    assert run() == ["0", "1", "False"]  # nothing new
    write_seed("b.html", f"<html><head><title>Mayor Opens Bridge</title></head><body><article><h1>Mayor Opens Bridge</h1><p>{BODY}</p></article></body></html>")
    assert run() == ["1", "1", "True"]
