"""Running a Pelican build atomically, one at a time.

Pelican writes into a fresh folder beside the output; only a build that
succeeds replaces the published folder, so a crash or a bad input never
leaves a half-written site. A lock file keeps two builds from racing.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

from newsdigest.build_manifest import WRITER_PARTS, merge_parts, recorded_entries
from newsdigest.search_index import SearchIndexError, build_planned


class BuildError(Exception):
    pass


@contextmanager
def build_lock(lock_path: Path, *, wait: bool = True, timeout: float = 600.0):
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "w") as handle:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not wait or time.monotonic() > deadline:
                    raise BuildError(f"another build holds {lock_path}; not building now") from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def hashlib_name(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


PROJECT_FRAME_FILES = ("pelicanconf.py", "publishconf.py")
PROJECT_FRAME_DIRS = ("theme", "plugins")


def copy_project_frame(source: Path, dest: Path) -> Path:
    """A new project folder with `source`'s settings, theme, plugins, pages and
    entity registry, and no articles or seeds (for tests and benchmarks)."""
    source, dest = Path(source), Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FRAME_FILES:
        shutil.copy(source / name, dest / name)
    for name in PROJECT_FRAME_DIRS:
        shutil.copytree(source / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    (dest / "content" / "articles").mkdir(parents=True)
    shutil.copytree(source / "content" / "pages", dest / "content" / "pages")
    if (source / "content" / "entities.yml").exists():
        shutil.copy(source / "content" / "entities.yml", dest / "content" / "entities.yml")
    return dest


def _reason(log: str) -> str:
    """The most telling line of a failed Pelican run, for a one-line error."""
    lines = [" ".join(l.split()) for l in log.splitlines() if l.strip()]
    for marker in ("entity registry error:", "Error:", "CRITICAL", "ERROR"):
        found = [l for l in lines if marker in l]
        if found:
            return found[-1][:400]
    return lines[-1][:400] if lines else "no output"


FINGERPRINT_INPUTS = ("content", "theme", "plugins")
FINGERPRINT_ENV = ("NEWSDIGEST_SITEURL", "SOURCE_DATE_EPOCH", "NEWSDIGEST_NER_PROCESSES")
# The articles: the part of the input an incremental build handles page by page.
ARTICLES_DIR = "content/articles"


def input_fingerprints(project: Path, settings: str, env: dict, search_index: bool) -> tuple[str, str]:
    """(everything, frame): hashes of everything a build reads (content,
    theme, plugins, settings, the newsdigest core, the environment variables
    the settings use), and of all that but the articles."""
    import newsdigest

    frame = hashlib.sha256(f"{settings}|{search_index}".encode())
    articles = hashlib.sha256()
    core = Path(newsdigest.__file__).resolve().parent
    roots = [(name, project / name) for name in FINGERPRINT_INPUTS] + [("core", core)]
    articles_dir = project / ARTICLES_DIR
    for label, root in roots:
        for path in sorted(root.rglob("*")) if root.exists() else []:
            if path.is_file() and "__pycache__" not in path.parts:
                part = articles if path.is_relative_to(articles_dir) else frame
                part.update(f"{label}/{path.relative_to(root).as_posix()}\0".encode())
                part.update(path.read_bytes())
    for name in sorted({settings, "pelicanconf.py"}):
        if (project / name).exists():
            frame.update((project / name).read_bytes())
    merged = {**os.environ, **(env or {})}
    for name in FINGERPRINT_ENV:
        frame.update(f"{name}={merged.get(name, '')}\0".encode())
    frame_hex = frame.hexdigest()
    return hashlib.sha256(f"{frame_hex}|{articles.hexdigest()}".encode()).hexdigest(), frame_hex


def _build_settings(frame: str, output: Path, manifest: Path | None, parts: Path, search_index: bool) -> list[str]:
    """Pelican settings overrides (one -e, JSON values): the incremental
    writer's (plugins/incremental_writer) and the search index's
    (plugins/digest_site/search.py)."""
    values = {"INCREMENTAL_FRAME": frame, "INCREMENTAL_MANIFEST_PARTS": str(parts), "PAGEFIND": search_index}
    if manifest is not None and output.exists() and manifest.exists():
        values.update(INCREMENTAL_PREVIOUS_OUTPUT=str(output), INCREMENTAL_MANIFEST=str(manifest))
    return ["-e", *(f"{key}={json.dumps(value)}" for key, value in values.items())]


class PelicanProcess:
    """Pelican's process, started before its arguments are known: it loads
    Pelican and the core (about 0.4 s) while this process still prepares the
    build (converts the seeds, fingerprints the inputs), then reads its
    command line from stdin (newsdigest.run_pelican)."""

    def __init__(self, project: Path, env: dict):
        self.process = subprocess.Popen([sys.executable, "-m", "newsdigest.run_pelican", ARGUMENTS_ON_STDIN], cwd=project, env=env,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def run(self, arguments: list[str]) -> subprocess.CompletedProcess:
        stdout, stderr = self.process.communicate(json.dumps(arguments) + "\n")
        return subprocess.CompletedProcess(self.process.args, self.process.returncode, stdout, stderr)

    def stop(self) -> None:
        """No build after all: it has done nothing yet but load modules."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.communicate()


ARGUMENTS_ON_STDIN = "--arguments-on-stdin"


def build_site(project: Path, *, settings: str = "pelicanconf.py", output: Path | None = None, env: dict | None = None,
               wait: bool = True, extra_args: list[str] = (), search_index: bool = True, force: bool = False,
               incremental: bool = True, prepare: Callable[[], object] | None = None) -> Path:
    """Build into a temporary folder, then swap it in place of `output`.

    `prepare` (converting the seeds) runs first, under the build lock, while
    Pelican's process starts. When nothing the build reads has changed since
    the last successful build of this output, the build is skipped (unless
    force=True). Otherwise, pages whose render digest is unchanged are
    reused from the current output (unless incremental=False or force=True)."""
    project = Path(project).resolve()
    output = Path(output or project / "output").resolve()
    with build_lock(project / ".build.lock", wait=wait):
        pelican = PelicanProcess(project, {**os.environ, **(env or {})})
        try:
            return _build(pelican, project, settings, output, env, extra_args, search_index, force, incremental, prepare)
        finally:
            pelican.stop()  # (a no-op once it has run)


def _build(pelican: PelicanProcess, project: Path, settings: str, output: Path, env: dict | None, extra_args, search_index: bool,
           force: bool, incremental: bool, prepare) -> Path:
    """build_site's work, with Pelican's process already starting."""
    if prepare is not None:
        prepare()
    builds = project / ".cache" / "builds"
    stamp = builds / (hashlib_name(str(output)) + ".txt")
    manifest = builds / (hashlib_name(str(output)) + ".pages.json")
    fingerprint, frame = input_fingerprints(project, settings, env or {}, search_index)
    if not force and (output / "index.html").exists() and stamp.exists() and stamp.read_text() == fingerprint:
        print(f"{output}: up to date (no input changed since the last build)", file=sys.stderr)
        return output
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}-building-", dir=output.parent))
    parts = Path(tempfile.mkdtemp(prefix="manifest-parts-", dir=_ensure(builds)))
    try:
        reuse = incremental and not force
        overrides = _build_settings(frame, output, manifest if reuse else None, parts, search_index)
        result = pelican.run([str(project / "content"), "-s", str(project / settings), "-o", str(staging), *extra_args, *overrides])
        sys.stderr.write(result.stdout[-20000:] + result.stderr[-20000:])
        if result.returncode != 0:
            raise BuildError(f"pelican failed (exit {result.returncode}): {_reason(result.stdout + result.stderr)}; {output} left as it was")
        written = None
        if search_index:  # after Pelican has exited (Pagefind shares the machine only with this process)
            cancel = threading.Event()
            with ThreadPoolExecutor(1) as pool:
                search = pool.submit(build_planned, parts, staging, cancel=cancel)
                # Meanwhile (Pagefind runs in its own process), the writers'
                # records for the next build's manifest are read here. If
                # that fails, Pagefind is stopped, not waited for.
                try:
                    written = recorded_entries(parts, WRITER_PARTS)
                except BaseException:
                    cancel.set()
                    raise
                try:
                    search.result()
                except SearchIndexError as exc:
                    raise BuildError(f"{exc}; {output} left as it was") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(parts, ignore_errors=True)
        raise
    # Pelican creates a private folder mode; a static host needs readable files.
    os.chmod(staging, 0o755)
    retired = output.parent / f".{output.name}-old-{os.getpid()}"
    if output.exists():
        os.replace(output, retired)
    os.replace(staging, output)
    _remove_in_background(retired)
    rendered, reused = merge_parts(parts, frame, manifest, written=written)
    shutil.rmtree(parts, ignore_errors=True)
    print(f"{output}: {rendered} files rendered, {reused} unchanged files reused", file=sys.stderr)
    stamp.write_text(fingerprint)
    return output


def _remove_in_background(folder: Path) -> None:
    """Delete the retired site (tens of thousands of files) after the build
    has returned: the new site is already in place and nothing reads the old
    one. Folders an interrupted deletion left behind go with it."""
    folders = [p for p in folder.parent.glob(folder.name.rsplit("-", 1)[0] + "-*") if p.is_dir()]
    rm = shutil.which("rm")
    if not folders:
        return
    if rm is None:
        for path in folders:
            shutil.rmtree(path, ignore_errors=True)
        return
    _REMOVERS[:] = [p for p in _REMOVERS if p.poll() is None]  # (reaps the finished: a long preview gathers no zombies)
    _REMOVERS.append(subprocess.Popen([rm, "-rf", "--", *map(str, folders)], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL, start_new_session=True))


# Removers still running are kept referenced: a Popen collected while its
# process runs warns (ResourceWarning), though the process is meant to outlive us.
_REMOVERS: list[subprocess.Popen] = []


def _ensure(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder
