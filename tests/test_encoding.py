"""Encodings: every variant of the same text comes out identical and clean."""

import pytest

from newsdigest.convert import read_seed

TEXT = (
    "Café Owners Welcome Rate Cut\n\n"
    "“It’s a relief,” said café owner Zoë Brontë, whose rent rose by £300 — a third — last year.\n\n"
    "Prices in the high street have risen for twelve months in a row, the chamber of commerce said.\n"
)


def _check(article):
    assert article.title == "Café Owners Welcome Rate Cut"
    assert "“It’s a relief,” said café owner Zoë Brontë, whose rent rose by £300 — a third — last year." in article.body
    assert "\ufffd" not in article.body + article.title


def test_utf8(write_seed):
    _check(read_seed(write_seed("u.txt", TEXT)))


def test_utf8_with_bom(write_seed):
    path = write_seed("bom.txt", b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    article = read_seed(path)
    _check(article)
    assert not article.title.startswith("\ufeff")


def test_cp1252(write_seed):
    article = read_seed(write_seed("w.txt", TEXT, encoding="cp1252"))
    _check(article)
    assert article.encoding == "cp1252"


def test_latin1_without_smart_quotes(write_seed):
    text = "Café Reopens\n\nThe café in Málaga reopened with a £5 breakfast, the owner said on Tuesday.\n"
    article = read_seed(write_seed("l.txt", text, encoding="latin-1"))
    assert "café in Málaga reopened with a £5 breakfast" in article.body


def test_mojibake_is_repaired(write_seed):
    # UTF-8 bytes once misread as Windows-1252 (as browsers decode it, keeping
    # the five undefined bytes) and saved again as UTF-8.
    import ftfy.bad_codecs  # noqa: F401  registers sloppy-windows-1252

    broken = TEXT.encode("utf-8").decode("sloppy-windows-1252")
    assert "â€™" in broken
    _check(read_seed(write_seed("m.txt", broken)))


def test_crlf_line_endings(write_seed):
    _check(read_seed(write_seed("crlf.txt", TEXT.replace("\n", "\r\n"))))


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_html_in_legacy_encoding(write_seed, encoding):
    html = (
        "<html><head><title>Café Owners Welcome Rate Cut</title></head><body><article>"
        "<h1>Café Owners Welcome Rate Cut</h1>"
        + "".join(f"<p>{p}</p>" for p in TEXT.split("\n\n")[1:])
        + "</article></body></html>"
    )
    _check(read_seed(write_seed("page.html", html, encoding=encoding)))
