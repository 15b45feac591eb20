"""Bad seeds: one clear line naming the file and reason; the rest converts."""

import os

import pytest

from conftest import BODY
from newsdigest.convert import convert, read_seed
from newsdigest.errors import SeedError

BAD = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \n\t\n   \n", "only white space"),
    "binary.txt": (bytes(range(256)) * 8, "binary file"),
    "title-only.txt": (b"Just A Headline\n\n", "no body text after the title"),
    "undecodable.txt": (b"Headline\n\n" + bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 40 + b"\n", "undecodable"),
    "image.html": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    "nothing.html": (b"<html><body><nav>Home</nav></body></html>", "no body text"),
    "notes.docx": (b"PK\x03\x04", "unsupported file type"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_read_seed_rejects_with_reason(write_seed, name):
    data, reason = BAD[name]
    path = write_seed(name, data)
    with pytest.raises(SeedError, match=reason):
        read_seed(path)


def test_convert_reports_each_bad_file_on_one_line_and_converts_the_rest(tmp_path, write_seed, seed_dir):
    for name, (data, _) in BAD.items():
        write_seed(name, data)
    write_seed("good.txt", f"Council Passes Budget\n\n{BODY}")
    before = {p.name: p.read_bytes() for p in seed_dir.iterdir()}
    lines: list[str] = []
    report = convert(seed_dir, tmp_path / "content", log=lines.append)
    assert len(report.converted) == 1 and len(report.skipped) == len(BAD) and not report.failed
    assert report.summary().startswith("converted 1, unchanged 0, kept 0 (edited by hand), skipped 8, failed 0")
    for name, (_, reason) in BAD.items():
        [line] = [l for l in lines if name in l]
        assert reason in line and "\n" not in line
    assert [p.name for p in (tmp_path / "content").glob("*.md")] == ["council-passes-budget.md"]
    # Seeds are never modified.
    assert {p.name: p.read_bytes() for p in seed_dir.iterdir()} == before


def test_several_megabyte_seed_converts(write_seed):
    paragraph = "The council met again on a long afternoon and discussed roads, schools and clinics in detail. " * 8
    text = "A Very Long Report\n\n" + "\n\n".join(paragraph for _ in range(6000))
    path = write_seed("huge.txt", text)
    assert os.path.getsize(path) > 4_000_000
    article = read_seed(path)
    assert article.word_count == 6000 * 8 * 16


def test_unexpected_error_is_counted_as_failed_and_run_goes_on(tmp_path, write_seed, seed_dir, monkeypatch):
    """A bug on one seed (simulated by a parser that raises) must not stop the run."""
    import newsdigest.extract as extract

    real = extract.read_text_seed

    def flaky(text, **kw):
        if "EXPLODE" in text:
            raise RuntimeError("simulated parser bug")
        return real(text, **kw)

    monkeypatch.setattr(extract, "read_text_seed", flaky)
    write_seed("a.txt", f"EXPLODE Headline\n\n{BODY}")
    write_seed("b.txt", f"Council Passes Budget\n\n{BODY}")
    lines: list[str] = []
    report = convert(seed_dir, tmp_path / "content", log=lines.append)
    assert len(report.failed) == 1 and len(report.converted) == 1
    assert any("a.txt: failed: RuntimeError: simulated parser bug" in l for l in lines)
