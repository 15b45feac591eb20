"""`python -m newsdigest.run_pelican ARGS`: Pelican's own command line, then an
immediate exit.

With the single argument --arguments-on-stdin, Pelican and the core are
loaded first and the command line (a JSON list) is then read from stdin;
an empty stdin means no build. newsdigest.sitebuild starts the process that
way before it converts the seeds, so that the build does not wait for the
loading (about 0.4 s) after them.

A digest build ends with a heap of hundreds of megabytes (articles, entities,
pages, feed items). At a normal interpreter exit Python tears it down object
by object, which took about a fifth of a second of every rebuild, although
nothing needs it: after a successful build every output file is closed, the
plugins have joined their worker processes and the caches are committed. So
once Pelican returns with success and no child process left, the streams are
flushed and the process exits at once. A failed build exits the normal way,
so that the exit handlers stop whatever the plugins had started.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import os
import runpy
import sys

from newsdigest.entities.model_worker import discard_model_worker, start_model_worker, wants_early_worker

ARGUMENTS_ON_STDIN = "--arguments-on-stdin"  # how newsdigest.sitebuild.PelicanProcess starts it


def start_model_worker_early(argv: list[str]) -> bool:
    """A rebuild that brings a few new articles: fork the model worker now,
    before Pelican is imported, so that the model loads meanwhile (the
    entity plugin takes the worker over). The settings are read here from
    the settings file and the content path on the command line; whatever
    this gets wrong only costs time: the plugin decides from Pelican's own
    settings and stops a worker it does not need."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("path", nargs="?")
    parser.add_argument("-s", "--settings")
    known, _ = parser.parse_known_args(argv)
    if not known.settings:
        return False
    try:
        settings = runpy.run_path(known.settings)
    except BaseException:  # noqa: BLE001 (Pelican reports a bad settings file itself)
        return False
    content = known.path or settings.get("PATH")
    if content and not os.path.isabs(content):
        base = os.getcwd() if known.path else os.path.dirname(os.path.abspath(known.settings))
        content = os.path.join(base, content)
    if not wants_early_worker({**settings, "PATH": content}):
        return False
    start_model_worker()
    return True


def arguments_from_stdin() -> list[str] | None:
    """Load Pelican and the heaviest part of the core the plugins use, then
    wait for the command line; None if stdin closes without one."""
    import pelican  # noqa: F401
    import newsdigest.entities.pipeline  # noqa: F401

    line = sys.stdin.readline()
    return json.loads(line) if line.strip() else None


if __name__ == "__main__":
    if sys.argv[1:] == [ARGUMENTS_ON_STDIN]:
        arguments = arguments_from_stdin()
        if arguments is None:
            sys.exit(0)
        sys.argv[1:] = arguments
    start_model_worker_early(sys.argv[1:])

from pelican import main  # noqa: E402 (after the early fork: see start_model_worker_early)


def run() -> None:
    code = 0
    try:
        main()
    except SystemExit as exc:  # Pelican's own exit, or a plugin's one-line stop
        if isinstance(exc.code, int) or exc.code is None:
            code = exc.code or 0
        else:
            print(exc.code, file=sys.stderr)
            code = 1
    discard_model_worker()  # started early for a build whose plugins did not take it over
    if code != 0 or multiprocessing.active_children():
        # A failed build, or a child still running: the normal exit, whose
        # handlers stop the plugins' workers and the children they forked.
        sys.exit(code)
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    run()
