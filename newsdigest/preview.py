"""Local preview: serve output/ and rebuild when inputs change (livereload)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from newsdigest.sitebuild import BuildError, build_site


def serve(project: Path, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    from livereload import Server

    project = Path(project).resolve()

    def rebuild() -> None:
        try:
            build_site(project, prepare=lambda: subprocess.run([sys.executable, "-m", "newsdigest", "convert", "seeds", "content/articles"], cwd=project))
        except BuildError as exc:
            print(f"build failed: {exc}", file=sys.stderr)

    if not (project / "output" / "index.html").exists():
        rebuild()
    server = Server()
    for folder in ("seeds", "content", "theme", "plugins"):
        server.watch(str(project / folder), rebuild, delay=1)
    print(f"Serving {project / 'output'} at http://{host}:{port}/ (Ctrl+C stops)")
    server.serve(root=str(project / "output"), host=host, port=port, open_url_delay=None, restart_delay=0)
