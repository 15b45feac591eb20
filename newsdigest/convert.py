"""Converting a folder of seeds into Pelican Markdown, safely and repeatably.

Guarantees: seeds are only read; a re-run writes byte-identical files; a
Markdown file changed by an editor is never overwritten without --force; each
seed keeps the slug and (when it has no date of its own) the first-converted
date it got the first time, recorded in a small ledger beside the articles.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import re
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from newsdigest.errors import SeedError
from newsdigest.markdown_out import render_article
from newsdigest.parallel import fork_map
from newsdigest.record import Article
from newsdigest.rules import load_rules

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SEED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
MAX_SEED_BYTES = 64 * 1024 * 1024
LEDGER_NAME = ".newsdigest-ledger.json"
DEFAULT_CATEGORY = "News"
SLUG_MAX = 80


# Bump when the extraction or Markdown output changes in a way rules files don't show.
CONVERTER_REVISION = 1


def converter_version(rules_files: tuple[Path, ...] = ()) -> str:
    """Identity of the converter: code revision plus every rules file's bytes."""
    from newsdigest.rules import DEFAULT_RULES

    digest = hashlib.sha256(f"{CONVERTER_REVISION}".encode())
    for path in (DEFAULT_RULES, *rules_files):
        if Path(path).exists():
            digest.update(Path(path).read_bytes())
    return digest.hexdigest()[:16]


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(text) > SLUG_MAX:
        text = text[:SLUG_MAX].rsplit("-", 1)[0]
    return text or "article"


def now_iso() -> str:
    """Now, or SOURCE_DATE_EPOCH when set (reproducible builds convention)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc)
    return moment.replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def category_for(path: Path, seeds_root: Path | None) -> str:
    if seeds_root is not None:
        try:
            parts = path.relative_to(seeds_root).parts
        except ValueError:
            parts = ()
        if len(parts) > 1:
            return parts[0].replace("-", " ").replace("_", " ").title()
    return DEFAULT_CATEGORY


def _import_readers(paths: list[Path]) -> None:
    """Import the readers `paths` need, when some seed is read: they bring
    charset detection and ftfy, and for HTML trafilatura (0.4 s of imports
    in all), which a rebuild that finds every seed unchanged, or reads one
    new text seed, need not pay."""
    needed = ["newsdigest.extract", "newsdigest.textio"] if paths else []
    if any(p.suffix.lower() in HTML_SUFFIXES for p in paths):
        needed.append("newsdigest.html_seed")
    for name in needed:
        importlib.import_module(name)


def read_seed(path: Path, *, seeds_root: Path | None = None, rules_files: tuple[Path, ...] = ()) -> Article:
    """Extract one seed. Raises SeedError with a one-line reason."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SEED_SUFFIXES:
        raise SeedError(f"unsupported file type {suffix or '(none)'}; expected .txt, .html or .htm")
    size = path.stat().st_size
    if size == 0:
        raise SeedError("empty file")
    if size > MAX_SEED_BYTES:
        raise SeedError(f"file too large ({size} bytes; limit {MAX_SEED_BYTES})")
    data = path.read_bytes()
    from newsdigest import extract, textio

    text, encoding = textio.decode_bytes(data)
    if not text.strip():
        raise SeedError("only white space, no text")
    rules = load_rules(*rules_files)
    if suffix in HTML_SUFFIXES:
        from newsdigest import html_seed

        article = html_seed.read_html_seed(text, seed_name=path.name, rules=rules)
    else:
        article = extract.read_text_seed(text, seed_name=path.name, rules=rules)
    article.seed_sha256 = sha256_bytes(data)
    article.encoding = encoding
    article.category = category_for(path, seeds_root)
    try:
        article.seed = path.relative_to(seeds_root.parent).as_posix() if seeds_root else path.as_posix()
    except ValueError:
        article.seed = path.name
    return article


def discover_seeds(seeds_dir: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Seed files under seeds_dir in a stable order, and the ones refused."""
    root = seeds_dir.resolve()
    found, refused = [], []
    for path in sorted(seeds_dir.rglob("*"), key=lambda p: p.as_posix()):
        rel = path.relative_to(seeds_dir)
        if path.is_dir():
            continue
        if any(part.startswith(".") for part in rel.parts):
            # Editors' swap files and the like; say so when it looks like a seed.
            if path.suffix.lower() in SEED_SUFFIXES:
                refused.append((path, "hidden file (a name starting with a dot); rename it to convert it"))
            continue
        if path.is_symlink() and not path.resolve().is_relative_to(root):
            refused.append((path, "symbolic link pointing outside the seeds folder"))
            continue
        if path.suffix.lower() not in SEED_SUFFIXES:
            if path.name.lower() not in ("readme", "readme.md", "readme.txt"):
                refused.append((path, f"unsupported file type {path.suffix or '(none)'}"))
            continue
        found.append(path)
    return found, refused


@dataclass
class Report:
    converted: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # edited by hand, left alone
    skipped: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"converted {len(self.converted)}, unchanged {len(self.unchanged)}, "
            f"kept {len(self.kept)} (edited by hand), skipped {len(self.skipped)}, failed {len(self.failed)}"
            + (f", removed {len(self.removed)}" if self.removed else "")
        )


class Ledger:
    """What the converter remembers per seed: slug, first date, file hash."""

    def __init__(self, path: Path):
        self.path = path
        self.entries: dict[str, dict] = {}
        if path.exists():
            try:
                self.entries = json.loads(path.read_text(encoding="utf-8"))
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise SeedError(f"{path}: ledger is not valid JSON ({exc}); fix or delete it") from None
        self._original = json.dumps(self.entries, sort_keys=True)

    def save(self) -> None:
        text = json.dumps(self.entries, sort_keys=True, indent=1, ensure_ascii=False)
        if text != self._original or not self.path.exists():
            atomic_write(self.path, (text + "\n").encode("utf-8"))
            self._original = text


def atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def unique_slug(title: str, key: str, taken: set[str]) -> str:
    base = slugify(title)
    if base not in taken:
        return base
    # Deterministic: the same seed path always gets the same suffix.
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
    for width in range(6, 65, 2):
        candidate = f"{base}-{digest[:width]}"
        if candidate not in taken:
            return candidate
    raise SeedError("could not find a free slug")


def convert(seeds_dir: Path, content_dir: Path, *, force: bool = False, log=None, rules_files: tuple[Path, ...] = ()) -> Report:
    log = log or (lambda line: print(line, file=sys.stderr))
    seeds_dir, content_dir = Path(seeds_dir), Path(content_dir)
    report = Report()
    if not seeds_dir.is_dir():
        raise SeedError(f"{seeds_dir}: seeds folder does not exist")
    content_dir.mkdir(parents=True, exist_ok=True)
    ledger = Ledger(content_dir / LEDGER_NAME)
    seeds, refused = discover_seeds(seeds_dir)
    for path, reason in refused:
        log(f"{path}: skipped: {reason}")
        report.skipped.append(str(path))
    hand_written = {p.stem for p in content_dir.glob("*.md")} - {e.get("slug") for e in ledger.entries.values()}
    taken = {e["slug"] for e in ledger.entries.values() if "slug" in e} | hand_written
    version = converter_version(rules_files)
    to_read = []
    for path in seeds:
        key = path.relative_to(seeds_dir).as_posix()
        entry = ledger.entries.get(key, {})
        if not force and entry.get("converter") == version and "slug" in entry:
            # Fast path: same seed bytes, same rules, our file untouched -> nothing to do.
            out = content_dir / f"{entry['slug']}.md"
            try:
                unchanged = sha256_bytes(path.read_bytes()) == entry.get("seed_sha256") and out.exists() \
                    and sha256_bytes(out.read_bytes()) == entry.get("written_sha256")
            except OSError:
                unchanged = False
            if unchanged:
                report.unchanged.append(str(path))
                continue
        to_read.append(path)
    # Reading is pure and most of a cold conversion: on every core. Writing
    # (slugs, ledger, files) stays in order, in this process.
    _import_readers(to_read)  # once, before the readers fork
    read = fork_map(lambda path: _read_one(path, seeds_dir, rules_files), to_read, processes=os.cpu_count() or 1)
    for path, article in zip(to_read, read):
        key = path.relative_to(seeds_dir).as_posix()
        if isinstance(article, tuple):
            outcome, reason = article
            log(f"{path}: {outcome}: {reason}")
            (report.skipped if outcome == "skipped" else report.failed).append(str(path))
            continue
        entry = ledger.entries.setdefault(key, {})
        entry["seed_sha256"] = article.seed_sha256
        entry["converter"] = version
        if article.date is None:
            entry.setdefault("first_converted", now_iso())
            article.date, article.date_source = entry["first_converted"], "first-converted"
        if "slug" not in entry:
            entry["slug"] = unique_slug(article.title, key, taken)
            taken.add(entry["slug"])
        out = content_dir / f"{entry['slug']}.md"
        data = render_article(article, slug=entry["slug"]).encode("utf-8")
        if out.exists():
            current = sha256_bytes(out.read_bytes())
            if current == sha256_bytes(data):
                entry["written_sha256"] = current
                report.unchanged.append(str(path))
                continue
            if current != entry.get("written_sha256") and not force:
                log(f"{out}: kept: edited by hand since it was converted from {path}; use --force to overwrite")
                report.kept.append(str(out))
                continue
        atomic_write(out, data)
        entry["written_sha256"] = sha256_bytes(data)
        report.converted.append(str(path))
    _prune(seeds_dir, content_dir, ledger, {p.relative_to(seeds_dir).as_posix() for p in seeds}, report, log)
    ledger.save()
    return report


def _read_one(path: Path, seeds_root: Path, rules_files: tuple[Path, ...]):
    """The Article, or (outcome, reason) for a seed that cannot be read."""
    try:
        return read_seed(path, seeds_root=seeds_root, rules_files=rules_files)
    except SeedError as exc:
        return ("skipped", str(exc))
    except Exception as exc:  # a bug, not bad input: report it and go on
        return ("failed", f"{type(exc).__name__}: {exc}")


def _prune(seeds_dir: Path, content_dir: Path, ledger: Ledger, present: set[str], report: Report, log) -> None:
    """Remove articles whose seed is gone, unless an editor changed them."""
    for key in sorted(set(ledger.entries) - present):
        if (seeds_dir / key).exists():
            continue  # still there, only unreadable this time
        entry = ledger.entries[key]
        out = content_dir / f"{entry.get('slug')}.md"
        if out.exists():
            if sha256_bytes(out.read_bytes()) != entry.get("written_sha256"):
                log(f"{out}: kept: its seed {key} is gone but the file was edited by hand")
                continue
            out.unlink()
            report.removed.append(str(out))
        del ledger.entries[key]
