"""Passages on disk, read by position, so that an index of a million passages is not a
million Python objects in memory.

`passages.sqlite` holds each passage (row id = its position in FAISS and BM25); the context
line and facets, the same for every passage of a case, are stored once per case. What every
search needs about every passage sits beside it as small numpy columns, memory-mapped, so a
query reads only what it touches:

- `restricted.npy` (bool): the audience gate;
- `kind.npy` (uint8, 1 = a case field, 0 = a document passage) and `group.npy` (int32): the
  result each passage folds into, a row of `groups.json` (key, kind, parent id);
- `facets.json` and `facet-<name>.offsets.npy` / `.positions.npy`: for each facet, its folded
  values and, value by value, the positions of the passages that have it.

Only the passages of the results shown are read from SQLite, a few dozen rows per question.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from array import array
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np
from cachetools import LRUCache

from assist.models import Chunk
from assist.text.analyser import fold

DATABASE = "passages.sqlite"
FIELDS = ("id", "kind", "parent_id", "section", "field", "text", "start", "end", "access",
          "owner", "record")
_INSERT = f"INSERT INTO passages VALUES ({','.join('?' * (len(FIELDS) + 2))})"
CACHE_SIZE = 2048  # passages kept as objects: the hits of the last few questions
_SCHEMA = """
CREATE TABLE contexts (id INTEGER PRIMARY KEY, context TEXT NOT NULL, facets TEXT NOT NULL);
CREATE TABLE passages (
    pos INTEGER PRIMARY KEY, id TEXT NOT NULL, kind TEXT NOT NULL, parent_id TEXT NOT NULL,
    section TEXT NOT NULL, field TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, access TEXT NOT NULL, owner TEXT NOT NULL, record TEXT NOT NULL,
    context INTEGER NOT NULL REFERENCES contexts(id));
"""
_SELECT = ('SELECT p.pos, p.id, p.kind, p.parent_id, p.section, p.field, p.text, p.start, '
           'p."end", p.access, p.owner, p.record, c.context, c.facets FROM passages p '
           'JOIN contexts c ON c.id = p.context')
# Every field of `Chunk` is a column here or in `contexts`: a field added to the model and
# not stored would come back empty from the index (a test checks the round trip).
STORED = (*FIELDS, "context", "facets")


def group_key(chunk: Chunk) -> tuple[str, str, str]:
    """(key, kind, parent id) of the result a passage folds into: its case (a case field, or
    a document passage that one case cites as its source), else its document section."""
    if chunk.kind == "case":
        return chunk.parent_id, "case", chunk.parent_id
    if chunk.owner:
        return chunk.owner, "case", chunk.owner
    return chunk.id.split("~")[0], "document", chunk.parent_id


def write(folder: Path, chunks: Iterable[Chunk]) -> int:
    """Write the passages of `chunks` (in index order) into `folder`; returns their number."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / DATABASE
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    db.executescript(_SCHEMA)
    contexts: dict[tuple[str, str], int] = {}
    groups: dict[tuple[str, str, str], int] = {}
    restricted, kind, group = array("b"), array("b"), array("i")
    postings: dict[str, dict[str, array]] = {}
    folded: dict[str, str] = {}
    rows: list[tuple] = []
    n = 0
    for pos, chunk in enumerate(chunks):
        facets = json.dumps(chunk.facets, ensure_ascii=False)
        shared = contexts.get((chunk.context, facets))
        if shared is None:
            shared = contexts[(chunk.context, facets)] = len(contexts)
            db.execute("INSERT INTO contexts VALUES (?, ?, ?)", (shared, chunk.context, facets))
        rows.append((pos, *(getattr(chunk, f) for f in FIELDS), shared))
        if len(rows) >= 10_000:
            db.executemany(_INSERT, rows)
            rows.clear()
        restricted.append(chunk.access == "restricted")
        kind.append(chunk.kind == "case")
        group.append(groups.setdefault(group_key(chunk), len(groups)))
        for name, values in chunk.facets.items():
            for value in values:
                key = folded.get(value) or folded.setdefault(value, fold(value))
                postings.setdefault(name, {}).setdefault(key, array("i")).append(pos)
        n = pos + 1
    db.executemany(_INSERT, rows)
    db.commit()
    db.close()
    np.save(folder / "restricted.npy", np.frombuffer(restricted, dtype=np.int8).astype(bool))
    np.save(folder / "kind.npy", np.frombuffer(kind, dtype=np.int8).astype(np.uint8))
    np.save(folder / "group.npy", np.frombuffer(group, dtype=np.int32))
    (folder / "groups.json").write_text(json.dumps(list(groups), ensure_ascii=False),
                                        encoding="utf-8")
    names = {}
    for name, values in postings.items():
        ordered = sorted(values)
        names[name] = ordered
        sizes = [len(values[v]) for v in ordered]
        np.save(folder / f"facet-{name}.offsets.npy",
                np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64))
        np.save(folder / f"facet-{name}.positions.npy",
                np.concatenate([np.frombuffer(values[v], dtype=np.int32) for v in ordered])
                if ordered else np.zeros(0, dtype=np.int32))
    (folder / "facets.json").write_text(json.dumps(names, ensure_ascii=False), encoding="utf-8")
    return n


class Passages(Sequence[Chunk]):
    """The passages of an opened index, by position (a read-only sequence of `Chunk`)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        path = (folder / DATABASE).resolve()
        # The index folder is never changed in place (a rebuild replaces it whole), so the
        # file is opened immutable: no locking, and an assistant still serving the old index
        # keeps reading the old file.
        self._db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True,
                                   check_same_thread=False)
        self._lock = threading.Lock()
        self._cache: LRUCache[int, Chunk] = LRUCache(CACHE_SIZE)  # under _lock
        self.restricted = np.load(folder / "restricted.npy", mmap_mode="r")
        self.kind = np.load(folder / "kind.npy", mmap_mode="r")
        self.group = np.load(folder / "group.npy", mmap_mode="r")
        self.groups = [tuple(g) for g in
                       json.loads((folder / "groups.json").read_text(encoding="utf-8"))]
        self._facet_values = json.loads((folder / "facets.json").read_text(encoding="utf-8"))
        self._postings: dict[str, dict[str, np.ndarray]] = {}
        self._size = len(self.restricted)
        # Positions run 0..n-1: the last one says the count without reading every row.
        (last,) = self._db.execute("SELECT max(pos) FROM passages").fetchone()
        count = 0 if last is None else last + 1
        if count != self._size or len(self.kind) != count or len(self.group) != count:
            raise ValueError(f"passages and columns disagree ({count} vs {self._size})")

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, pos):  # type: ignore[override]
        if isinstance(pos, slice):
            return [self[i] for i in range(*pos.indices(self._size))]
        pos = int(pos)
        if pos < 0:
            pos += self._size
        if not 0 <= pos < self._size:
            raise IndexError(pos)
        with self._lock:  # a result's passages are looked at many times a question
            chunk = self._cache.get(pos)
            if chunk is not None:
                return chunk
        return self.many([pos])[pos]

    def many(self, positions: Iterable[int]) -> dict[int, Chunk]:
        """The passages at `positions`, read in one query (those not cached already)."""
        wanted = [int(p) for p in positions]
        out: dict[int, Chunk] = {}
        with self._lock:
            # Taken into `out` as they are found: the cache is bounded, so reading more
            # passages than it holds would evict some of the ones asked for.
            for p in wanted:
                if p in self._cache:
                    out[p] = self._cache[p]
            missing = [p for p in dict.fromkeys(wanted) if p not in out]
            for start in range(0, len(missing), 500):
                part = missing[start:start + 500]
                marks = ",".join("?" * len(part))
                for row in self._db.execute(f"{_SELECT} WHERE p.pos IN ({marks})", part):
                    out[row[0]] = self._cache[row[0]] = _chunk(row)
        return {p: out[p] for p in wanted}

    def __iter__(self) -> Iterator[Chunk]:
        """Every passage in order, read in blocks (never all at once)."""
        last = -1
        while True:
            with self._lock:
                rows = self._db.execute(f"{_SELECT} WHERE p.pos > ? ORDER BY p.pos LIMIT 5000",
                                        (last,)).fetchall()
            if not rows:
                return
            for row in rows:
                yield _chunk(row)
            last = rows[-1][0]

    def postings(self, name: str) -> dict[str, np.ndarray]:
        """Folded value -> positions of the passages whose facet `name` has it."""
        if name not in self._postings:
            values = self._facet_values.get(name, [])
            if not values:
                self._postings[name] = {}
            else:
                offsets = np.load(self.folder / f"facet-{name}.offsets.npy", mmap_mode="r")
                positions = np.load(self.folder / f"facet-{name}.positions.npy", mmap_mode="r")
                self._postings[name] = {v: positions[offsets[i]:offsets[i + 1]]
                                        for i, v in enumerate(values)}
        return self._postings[name]

    def close(self) -> None:
        self._db.close()


def _chunk(row: tuple) -> Chunk:
    # The rows were validated as `Chunk`s when the index was written: no second validation.
    values = dict(zip(FIELDS, row[1:1 + len(FIELDS)]))
    context, facets = row[1 + len(FIELDS):]
    return Chunk.model_construct(**values, context=context, facets=json.loads(facets))
