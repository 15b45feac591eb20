"""One measured step, run in its own process by bench/run.py.

    python -m bench.step ours PROJECT      convert seeds + build (atomic, with search index)
    python -m bench.step ner-raw TEXTS     raw nlp.pipe over texts (JSON list), same components
    python -m bench.step ner-ours TEXTS    our run_ner over the same texts, empty cache
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def ours(project: Path) -> None:
    from newsdigest.convert import convert
    from newsdigest.sitebuild import build_site

    build_site(project, prepare=lambda: convert(project / "seeds", project / "content" / "articles", log=lambda line: None))


def ner(kind: str, texts_file: Path) -> None:
    from newsdigest.entities import ner as ner_module

    texts = json.loads(texts_file.read_text(encoding="utf-8"))
    nlp = ner_module.load_model()
    list(nlp.pipe(["warm up"]))
    start = time.perf_counter()
    if kind == "ner-raw":
        for _ in nlp.pipe(texts, n_process=2, batch_size=32):
            pass
    else:
        ner_module.run_ner(texts, cache_path=None, processes=2)
    print(json.dumps({"seconds": time.perf_counter() - start, "docs": len(texts)}), file=sys.stderr)


if __name__ == "__main__":
    kind, target = sys.argv[1], Path(sys.argv[2])
    if kind == "ours":
        ours(target)
    else:
        ner(kind, target)
