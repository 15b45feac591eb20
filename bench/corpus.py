"""Benchmark corpora, always in a temporary folder outside the repository.

- `copy_bbc`: the 2,225 BBC articles (copyright BBC: read from ../shared,
  never copied into the repo), one folder per category, with a date in each
  file name spread over 2004-2005 so day archives are realistic.
- `synthetic`: N articles recombining BBC paragraphs (deterministic).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

BBC = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "bbc"
START = date(2004, 1, 1)


def bbc_files(root: Path = BBC) -> list[Path]:
    files = sorted(root.glob("*/*.txt"))
    if not files:
        raise SystemExit(f"bench: no BBC corpus at {root}")
    return files


def _dated_name(n: int, stem: str) -> str:
    return f"{(START + timedelta(days=n % 700)).isoformat()}-{stem}.txt"


def copy_bbc(dest: Path, root: Path = BBC) -> int:
    files = bbc_files(root)
    for n, path in enumerate(files):
        folder = dest / path.parent.name
        folder.mkdir(parents=True, exist_ok=True)
        (folder / _dated_name(n, path.stem)).write_bytes(path.read_bytes())
    return len(files)


def _articles(root: Path = BBC) -> list[tuple[str, str, list[str]]]:
    out = []
    for path in bbc_files(root):
        text = path.read_bytes().decode("utf-8", "replace")
        lines = [l.strip() for l in text.split("\n")]
        title = next(l for l in lines if l)
        paragraphs = [l for l in lines[lines.index(title) + 1:] if l]
        out.append((path.parent.name, title, paragraphs))
    return out


def synthetic(dest: Path, count: int, *, seed: int = 2225, root: Path = BBC) -> int:
    """Articles whose headline and paragraphs come from different BBC stories
    of one category (so entities still co-occur plausibly)."""
    rng = random.Random(seed)
    articles = _articles(root)
    by_category: dict[str, list] = {}
    for item in articles:
        by_category.setdefault(item[0], []).append(item)
    categories = sorted(by_category)
    for n in range(count):
        category = categories[n % len(categories)]
        pool = by_category[category]
        head = pool[rng.randrange(len(pool))]
        paragraphs = list(head[2][:2])
        for _ in range(rng.randint(3, 7)):
            other = pool[rng.randrange(len(pool))][2]
            if other:
                paragraphs.append(other[rng.randrange(len(other))])
        folder = dest / category
        folder.mkdir(parents=True, exist_ok=True)
        title = f"{head[1]} ({n})"
        (folder / _dated_name(n, f"s{n:05d}")).write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return count
