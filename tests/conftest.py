"""Shared helpers for the tests. Every article here was written for the tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
sys.path.insert(0, str(ROOT))


@pytest.fixture
def seed_dir(tmp_path):
    path = tmp_path / "seeds"
    path.mkdir()
    return path


@pytest.fixture
def write_seed(seed_dir):
    def write(name: str, content, encoding: str = "utf-8") -> Path:
        path = seed_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode(encoding))
        return path

    return write


BODY = (
    "The regional council approved a new budget on Tuesday after a long debate, officials said. "
    "The plan raises spending on schools and roads.\n\n"
    "Council member Daniel Okoro said the vote showed the region could plan for the long term.\n"
)


def make_project(dest: Path, seed_files: dict[str, bytes | str] | None = None, *, seeds_from: list[Path] = ()) -> Path:
    """A throwaway copy of the project (config, theme, plugins) with its own seeds."""
    import shutil

    from newsdigest.sitebuild import copy_project_frame

    copy_project_frame(ROOT, dest)
    seeds = dest / "seeds"
    seeds.mkdir()
    for source in seeds_from:
        shutil.copy(source, seeds / source.name)
    for name, content in (seed_files or {}).items():
        (seeds / name).write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return dest


def build_project(project: Path, env: dict | None = None) -> Path:
    """Convert and build a project made by make_project; returns output/."""
    from newsdigest.convert import convert
    from newsdigest.sitebuild import build_site

    convert(project / "seeds", project / "content" / "articles", log=lambda line: None)
    return build_site(project, env={"SOURCE_DATE_EPOCH": "1735689600", **(env or {})})
