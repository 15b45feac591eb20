"""Publishing: build with the public URL, refuse unless `check` passes, deploy.

Deploy targets: a local folder (copied atomically: a fresh folder is swapped
in) or an rsync destination such as `user@host:/var/www/digest/`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from newsdigest.sitebuild import BuildError, build_site
from newsdigest.sitecheck import check_site


class PublishError(Exception):
    pass


def publish(project: Path, target: str, *, siteurl: str | None = None, html_check: bool = True, log=print) -> Path:
    project = Path(project).resolve()
    siteurl = siteurl or os.environ.get("NEWSDIGEST_SITEURL")
    if not siteurl:
        raise PublishError("set NEWSDIGEST_SITEURL (or --siteurl) to the public address of the site")
    staging_parent = Path(tempfile.mkdtemp(prefix="newsdigest-publish-"))
    try:
        site = build_site(project, settings="publishconf.py", output=staging_parent / "site", env={"NEWSDIGEST_SITEURL": siteurl})
        report = check_site(site, html=html_check)
        if not report.ok:
            for line in (report.html_errors + report.bozo_feeds + report.broken_links + report.jsonld_errors)[:50]:
                log(line)
            raise PublishError(f"refusing to publish: the build fails the checks ({report.summary()})")
        log(report.summary())
        if ":" in target and not Path(target).exists() and not target.startswith("/"):
            if shutil.which("rsync") is None:
                raise PublishError(f"cannot deploy to {target}: rsync is not installed (apt-get install rsync)")
            result = subprocess.run(["rsync", "-a", "--delete", f"{site}/", target])
            if result.returncode != 0:
                raise PublishError(f"rsync to {target} failed (exit {result.returncode})")
            return Path(target)
        destination = Path(target).resolve()
        destination.parent.mkdir(parents=True, exist_ok=True)
        fresh = destination.parent / f".{destination.name}-incoming"
        shutil.rmtree(fresh, ignore_errors=True)
        shutil.copytree(site, fresh)
        retired = destination.parent / f".{destination.name}-retired"
        if destination.exists():
            os.replace(destination, retired)
        os.replace(fresh, destination)
        shutil.rmtree(retired, ignore_errors=True)
        return destination
    except BuildError as exc:
        raise PublishError(str(exc)) from None
    finally:
        shutil.rmtree(staging_parent, ignore_errors=True)
