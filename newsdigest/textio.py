"""Turning seed bytes into clean Unicode text.

Scraped files arrive as UTF-8, UTF-8 with a BOM, Windows-1252/Latin-1 or as
mojibake (UTF-8 decoded once as cp1252 and saved again). We decode strictly
first, guess only when that fails, then let ftfy repair mojibake.
"""

from __future__ import annotations

import unicodedata

import ftfy
from charset_normalizer import from_bytes

from newsdigest.errors import SeedError

# ftfy's defaults also straighten curly quotes and widen characters; a digest
# must keep the text word for word, so only the repairs are switched on.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=True,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=True,
    fix_surrogates=True,
    remove_control_chars=True,
    normalization="NFC",
)

_BINARY_SAMPLE = 8192


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many C0 control characters mean this is not text."""
    sample = data[:_BINARY_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(4, len(sample) // 50)


def _printable_ratio(text: str) -> float:
    if not text:
        return 1.0
    bad = sum(
        1
        for ch in text
        if ch == "\ufffd" or (unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\t\n\r\f")
    )
    return 1 - bad / len(text)


def _ascii_ratio(data: bytes) -> float:
    return sum(1 for b in data if b < 128) / max(1, len(data))


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raise SeedError if it is not text."""
    if looks_binary(data):
        raise SeedError("binary file, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data, encoding = data[3:], "utf-8-sig"
    else:
        encoding = "utf-8"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is None:
        # Windows-1252 is by far the commonest legacy encoding of English news;
        # a strict decode that yields only printable text is a safe bet.
        try:
            candidate = data.decode("cp1252")
            if _printable_ratio(candidate) > 0.999:
                text, encoding = candidate, "cp1252"
        except UnicodeDecodeError:
            pass
    if text is None:
        best = from_bytes(data).best()
        # Only trust a guess that reads as some language (or is mostly ASCII);
        # otherwise any byte soup "decodes" as, say, Korean.
        if best is not None and (best.coherence > 0 or _ascii_ratio(data) > 0.95):
            text, encoding = str(best), best.encoding
    if text is None or _printable_ratio(text) < 0.97:
        raise SeedError("undecodable text (no encoding gives readable characters)")
    return clean_text(text), encoding


def clean_text(text: str) -> str:
    """Repair mojibake, normalise line breaks and strip stray BOMs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = ftfy.fix_text(text, config=_FTFY_CONFIG)
    # Non-breaking and other exotic spaces become plain spaces; zero-width ones go.
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\u2028", "\n").replace("\u2029", "\n")
    return text
