"""invoke tasks: the project's commands (the Makefile calls these)."""

import sys
from pathlib import Path

from invoke import task

ROOT = Path(__file__).resolve().parent
PY = sys.executable


@task
def convert(c, force=False):
    """Convert seeds/ into content/articles/ Markdown."""
    c.run(f"{PY} -m newsdigest convert seeds content/articles" + (" --force" if force else ""), pty=False)


@task
def build(c, settings="pelicanconf.py"):
    """Build output/ from content/ with Pelican (atomically)."""
    _build(settings)


@task
def site(c):
    """Convert seeds and build the site."""
    _build("pelicanconf.py", prepare=lambda: convert(c))  # converts while Pelican's process loads


def _build(settings, prepare=None):
    from newsdigest.sitebuild import BuildError, build_site

    try:
        out = build_site(ROOT, settings=settings, prepare=prepare)
    except BuildError as exc:
        sys.exit(f"build failed: {exc}")
    print(f"site written to {out}")


@task
def test(c, args=""):
    """Run the test suite."""
    c.run(f"{PY} -m pytest {args}", pty=False)


@task
def serve(c, port=8000, host="127.0.0.1"):
    """Preview output/ locally, rebuilding when seeds, content, theme or plugins change."""
    from newsdigest.preview import serve as run_server

    run_server(ROOT, host=host, port=int(port))


@task
def check(c, site="output", html=True):
    """Validate the built site: HTML (Nu checker), feeds, links, JSON-LD."""
    flag = "" if html else " --no-html"
    c.run(f"{PY} -m newsdigest check {site}{flag}", pty=False)


@task(pre=[convert])
def publish(c, target, siteurl=None):
    """Build with publishconf.py, refuse unless `check` passes, deploy to a folder or an rsync target."""
    from newsdigest.publish import PublishError, publish as run_publish

    try:
        where = run_publish(ROOT, target, siteurl=siteurl)
    except PublishError as exc:
        sys.exit(f"publish: {exc}")
    print(f"published to {where}")


@task
def clean(c):
    """Remove the built site and caches (never seeds or content)."""
    import shutil

    for name in ("output", ".cache"):
        shutil.rmtree(ROOT / name, ignore_errors=True)
