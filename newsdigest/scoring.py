"""Relating articles: shared entities weighted by rarity, and same-story detection.

Both avoid comparing all pairs: related articles come from an inverted index
(entity -> articles), near-duplicates from MinHash LSH buckets, so a corpus
of tens of thousands of articles stays roughly linear.
"""

from __future__ import annotations

import functools
import hashlib
import heapq
import math
import re
from collections import defaultdict
from dataclasses import dataclass

RELATED_MAX = 5
# Entities in more than this share of articles say little about relatedness
# and their postings are the longest; they are skipped (their IDF is ~0 anyway).
COMMON_ENTITY_SHARE = 0.2
COMMON_ENTITY_MIN_DF = 50

SHINGLE_WORDS = 3
MINHASH_PERMUTATIONS = 128
SAME_STORY_LSH_THRESHOLD = 0.3
SAME_STORY_MIN_JACCARD = 0.3


@dataclass(frozen=True)
class Related:
    article_id: str
    score: float
    shared: tuple[str, ...]  # entity keys, rarest first


def idf_weights(entity_sets: dict[str, set[str]]) -> dict[str, float]:
    df: dict[str, int] = defaultdict(int)
    for keys in entity_sets.values():
        for key in keys:
            df[key] += 1
    n = max(1, len(entity_sets))
    return {key: math.log((1 + n) / (1 + count)) + 1.0 for key, count in df.items()}


def related_articles(entity_sets: dict[str, set[str]], *, order: dict[str, int] | None = None, limit: int = RELATED_MAX) -> dict[str, list[Related]]:
    """For each article, the others sharing entities, best first.

    Score = sum of IDF over shared entities. `order` ranks ties (e.g. newest first).
    """
    n = len(entity_sets)
    idf = idf_weights(entity_sets)
    postings: dict[str, list[str]] = defaultdict(list)
    for article_id in sorted(entity_sets):
        for key in entity_sets[article_id]:
            postings[key].append(article_id)
    cap = max(COMMON_ENTITY_MIN_DF, int(COMMON_ENTITY_SHARE * n))
    order = order or {}
    informative = {key for key, posting in postings.items() if len(posting) <= cap}
    out: dict[str, list[Related]] = {}
    for article_id in sorted(entity_sets):
        scores: dict[str, float] = defaultdict(float)
        keys = entity_sets[article_id] & informative
        for key in sorted(keys):  # a fixed order keeps the float sums identical run to run
            weight = idf[key]
            for other in postings[key]:
                scores[other] += weight
        scores.pop(article_id, None)
        candidates = scores.items()
        if len(scores) > limit:
            # Only scores near the top can make the list: rounding and tie
            # ranks are worked out for those (rounding never lifts a score
            # by more than 1e-9).
            floor = heapq.nlargest(limit, scores.values())[-1] - 1e-6
            candidates = [(o, s) for o, s in candidates if s >= floor]
        best = [o for _, _, o in heapq.nsmallest(limit, [(-round(s, 9), order.get(o, 0), o) for o, s in candidates])]
        out[article_id] = [
            Related(o, round(scores[o], 4), tuple(sorted(keys & entity_sets[o], key=lambda k: (-idf[k], k)))) for o in best
        ]
    return out


_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def hashed_shingles(text: str):
    """A text's shingles as a sorted array of their 64-bit hashes: a tenth of
    the memory of the strings, for the many candidates of a large archive.
    (Python's string hash differs between processes, never within one, and
    its collisions are too rare to move a four-digit score.)"""
    import numpy as np

    return np.unique(np.fromiter((hash(s) for s in shingles(text)), dtype=np.int64))


def hashed_jaccard(a, b) -> float:
    """jaccard() of two hashed_shingles arrays."""
    import numpy as np

    if not len(a) or not len(b):
        return 0.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / (len(a) + len(b) - common)


def jaccard(a: set, b: set) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


# LSH banding for a Jaccard threshold of 0.3 over 128 permutations: 37 bands
# of 3 rows, the split datasketch's MinHashLSH chooses for these settings
# (precomputed so a build with cached signatures needs neither it nor scipy).
LSH_BANDS, LSH_ROWS = 37, 3


def minhash_signature(words: set[str]):
    """MinHash of `words`, bit for bit datasketch's MinHash(num_perm=128,
    seed=1, scheme="affine32") (tests/test_scoring.py checks it against
    datasketch): SHA-1's first four bytes, the MurmurHash3 finalizer, then
    h -> a*h + b mod 2^32 per permutation. Written out because importing
    datasketch brings scipy: half a second of a one-article rebuild."""
    import numpy as np

    a, b = _minhash_permutations()
    hashes = np.fromiter((int.from_bytes(hashlib.sha1(w.encode("utf-8")).digest()[:4], "little") for w in sorted(words)),
                         dtype=np.uint32, count=len(words)).reshape(-1, 1)
    hashes = hashes ^ (hashes >> np.uint32(16))
    hashes = hashes * np.uint32(0x85EBCA6B)
    hashes = hashes ^ (hashes >> np.uint32(13))
    hashes = hashes * np.uint32(0xC2B2AE35)
    hashes = hashes ^ (hashes >> np.uint32(16))
    return (hashes * a + b).min(axis=0).astype(np.uint64)


@functools.cache
def _minhash_permutations():
    """datasketch's affine32 permutations for seed 1: odd multipliers a, offsets b."""
    import numpy as np

    generator = np.random.RandomState(1)
    a = generator.randint(0, 1 << 31, MINHASH_PERMUTATIONS, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, MINHASH_PERMUTATIONS, dtype=np.uint32)
    return a, b


def same_story_groups(texts: dict[str, str], *, threshold: float = SAME_STORY_MIN_JACCARD, cache_path=None) -> dict[str, list[tuple[str, float]]]:
    """For each article, the others that tell the same story (near-duplicate text).

    Candidates share at least one LSH band of their MinHash signatures
    (signatures cached by text); each candidate pair is then checked with the
    exact Jaccard similarity of their shingles."""
    from newsdigest.kvcache import KVCache, key_of

    cache = KVCache(cache_path, "minhash")
    version = f"minhash-{MINHASH_PERMUTATIONS}-{SHINGLE_WORDS}-1"
    keys = {article_id: key_of(version, text) for article_id, text in texts.items()}
    known = cache.get_many(list(keys.values()))
    sets: dict[str, object] = {}  # candidates' shingles, as sorted hash arrays
    signatures: dict[str, bytes] = {}
    for article_id in sorted(texts):
        blob = known.get(keys[article_id])
        if blob is None:
            # Shingle sets are large (hundreds of strings per text): keep only
            # the signature; candidates get their sets again below.
            words = shingles(texts[article_id])
            if not words:
                continue
            blob = minhash_signature(words).tobytes()
            cache.put(keys[article_id], blob)
        signatures[article_id] = blob
    cache.close()
    buckets: dict[tuple[int, bytes], list[str]] = defaultdict(list)
    width = LSH_ROWS * 8  # bytes per band
    for article_id, blob in signatures.items():
        for band in range(LSH_BANDS):
            buckets[(band, blob[band * width : (band + 1) * width])].append(article_id)
    candidates: dict[str, set[str]] = defaultdict(set)
    for members in buckets.values():
        if len(members) > 1:
            for article_id in members:
                candidates[article_id].update(members)
    out: dict[str, list[tuple[str, float]]] = {}
    for article_id in sorted(candidates):
        matches = []
        for other in sorted(candidates[article_id] - {article_id}):
            for a in (article_id, other):
                if a not in sets:
                    sets[a] = hashed_shingles(texts[a])
            score = hashed_jaccard(sets[article_id], sets[other])
            if score >= threshold:
                matches.append((other, round(score, 4)))
        if matches:
            out[article_id] = sorted(matches, key=lambda m: (-m[1], m[0]))
    return out
