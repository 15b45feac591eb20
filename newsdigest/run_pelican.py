"""`python -m newsdigest.run_pelican ARGS`: Pelican's own command line, then an
immediate exit.

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

import logging
import multiprocessing
import os
import sys

from pelican import main


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
