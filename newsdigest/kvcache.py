"""A small persistent key-value cache (SQLite), one table per kind of result.

Used for results that are pure functions of their inputs (entity analyses,
MinHash signatures, linked article bodies): the key is a hash of every input,
so a stale entry can never be returned; deleting .cache/ is always safe.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from functools import lru_cache
from pathlib import Path


def key_of(*parts: str | bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part if isinstance(part, bytes) else part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


def source_version(*files: str | Path) -> str:
    """Hash of source files, so a code change invalidates what it computed.
    Read once per process: code does not change under a running build."""
    return _source_version(tuple(str(f) for f in files))


@lru_cache(maxsize=64)
def _source_version(files: tuple[str, ...]) -> str:
    return key_of(*(Path(f).read_bytes() for f in files))[:16]


class KVCache:
    def __init__(self, path: Path | None, table: str):
        self.table = table
        self._db = None
        if path is not None:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(path), timeout=60)
            self._db.execute(f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
        self._pending: dict[str, bytes] = {}

    def get_many(self, keys: list[str]) -> dict[str, bytes]:
        if self._db is None or not keys:
            return {}
        found: dict[str, bytes] = {}
        unique = sorted(set(keys))
        for i in range(0, len(unique), 500):
            batch = unique[i : i + 500]
            rows = self._db.execute(f"SELECT key, value FROM {self.table} WHERE key IN ({','.join('?' * len(batch))})", batch)
            found.update(rows)
        return found

    def get_or_compute(self, keys: dict, compute) -> dict:
        """{item: value} for every item of `keys` ({item: cache key}): stored
        values where there are some; the rest from compute(missing items),
        which returns their values in order (so it can batch or fork), and
        stored for next time."""
        found = self.get_many(list(keys.values()))
        missing = [item for item, key in keys.items() if key not in found]
        if missing:
            for item, value in zip(missing, compute(missing)):
                found[keys[item]] = value
                self.put(keys[item], value)
        return {item: found[key] for item, key in keys.items()}

    def put(self, key: str, value: bytes) -> None:
        self._pending[key] = value

    def flush(self) -> None:
        if self._db is not None and self._pending:
            with self._db:
                self._db.executemany(f"INSERT OR REPLACE INTO {self.table} (key, value) VALUES (?, ?)", list(self._pending.items()))
        self._pending.clear()

    def close(self) -> None:
        self.flush()
        if self._db is not None:
            self._db.close()


def stored_object(cache_path: Path, table: str, key: str, build):
    """build(), kept pickled in `table` of the cache at `cache_path` under `key`:
    read back when stored (for what takes longer to build than to unpickle)."""
    cache = KVCache(cache_path, table)
    try:
        stored = cache.get_many([key])
        if stored:
            return pickle.loads(stored[key])
        built = build()
        cache.put(key, pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))
        return built
    finally:
        cache.close()
