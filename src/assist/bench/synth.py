"""Synthetic corpora for the benchmark: real passages' sentences recombined, and vectors
derived from real ones, so that an index of any size can be built in minutes.

Each synthetic passage takes the metadata (kind, parent, facets, access) of a real passage
and a text made of sentences drawn from several real passages, so BM25 sees real French
vocabulary with real term frequencies. Its tokens are the concatenation of its sentences'
tokens, analysed once per sentence, which is what `analyse()` of the joined text returns.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import numpy as np

from assist.models import Chunk
from assist.retrieval.chunking import TARGET_CHARS
from assist.retrieval.index import (
    FORMAT,
    _files_of,
    _versions,
    index_text,
    write_lexical,
    write_vectors,
)
from assist.retrieval.passages import write as write_passages
from assist.retrieval.states import FILES as STATE_FILES
from assist.retrieval.states import FORM as STATE_FORM
from assist.retrieval.states import write as write_states
from assist.text.analyser import analyse

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
MIN_SENTENCE_CHARS = 20


class SentencePool:
    """The sentences of real passages, each with its stems and the passage it came from."""

    def __init__(self, chunks: list[Chunk]) -> None:
        self.chunks = chunks
        self.sentences: list[str] = []
        self.stems: list[list[str]] = []
        self.owner: list[int] = []
        for pos, chunk in enumerate(chunks):
            for m in _SENTENCE.finditer(chunk.text):
                sentence = m.group().strip()
                if len(sentence) >= MIN_SENTENCE_CHARS:
                    self.sentences.append(sentence)
                    self.stems.append(analyse(sentence))
                    self.owner.append(pos)
        self.context_stems = [analyse(c.context) if c.context else [] for c in chunks]

    def passage(self, number: int, rng: np.random.Generator) -> tuple[Chunk, list[str]]:
        """A new passage (about TARGET_CHARS long) and its stems, as `index.build` makes them."""
        picks: list[int] = []
        size = 0
        target = rng.integers(TARGET_CHARS // 3, TARGET_CHARS)
        while size < target:
            picks.append(int(rng.integers(len(self.sentences))))
            size += len(self.sentences[picks[-1]]) + 1
        model = self.chunks[self.owner[picks[0]]]
        text = " ".join(self.sentences[i] for i in picks)
        stems = [s for i in picks for s in self.stems[i]]
        chunk = model.model_copy(update={"id": f"{model.id.split('~')[0]}~s{number}",
                                         "text": text, "start": 0, "end": len(text)})
        # index_text puts the context first, so its stems come first as well.
        return chunk, self.context_stems[self.owner[picks[0]]] + stems


def synth_corpus(base: list[Chunk], n: int, seed: int = 0) -> tuple[list[Chunk], list[list[str]]]:
    """`n` passages: the real ones first, then recombined ones (the same for the same seed,
    so a smaller scale is a prefix of a larger one)."""
    pool = SentencePool(base)
    rng = np.random.default_rng(seed)
    chunks = list(base[:n])
    stems = [analyse(index_text(c)) for c in chunks]
    for number in range(n - len(chunks)):
        chunk, chunk_stems = pool.passage(number, rng)
        chunks.append(chunk)
        stems.append(chunk_stems)
    return chunks, stems


def derive_vectors(real: np.ndarray, n: int, seed: int = 0, noise: float = 0.01,
                   block: int = 100_000) -> np.ndarray:
    """`n` unit vectors, each a random convex combination of 2 or 3 real vectors plus
    Gaussian noise (`noise` per dimension), re-normalised. Real vectors are few, so the
    derived ones are densely clustered: near-ties make approximate search harder than on
    real data, not easier."""
    rng = np.random.default_rng(seed)
    dim = real.shape[1]
    out = np.empty((n, dim), dtype=np.float32)
    for start in range(0, n, block):
        size = min(block, n - start)
        picks = rng.integers(0, len(real), (size, 3))
        weights = rng.dirichlet([1.0, 1.0, 1.0], size).astype(np.float32)
        weights[rng.random(size) < 0.5, 2] = 0.0
        mixed = np.einsum("bk,bkd->bd", weights, real[picks])
        mixed += rng.normal(0.0, noise, (size, dim)).astype(np.float32)
        out[start:start + size] = mixed / np.linalg.norm(mixed, axis=1, keepdims=True)
    return out


def write_index(folder: Path, chunks: list[Chunk], stems: list[list[str]], vectors: np.ndarray,
                embedder_id: str, fingerprint: str, states: list | None = None,
                keys: list[str] | None = None) -> dict:
    """The same folder `index.build` writes (FAISS chosen by size, BM25, chunks, token
    states when given, manifest), from vectors and stems already at hand. Returns the
    manifest with stage timings."""
    folder.mkdir(parents=True, exist_ok=True)
    timings = {}
    started = time.perf_counter()
    write_vectors(folder / "vectors.faiss", vectors, vectors.shape[1])
    timings["faiss_seconds"] = time.perf_counter() - started
    started = time.perf_counter()
    write_lexical(folder, stems, np.array([c.access == "public" for c in chunks], dtype=bool))
    timings["bm25_seconds"] = time.perf_counter() - started
    started = time.perf_counter()
    write_passages(folder, chunks)
    timings["passages_seconds"] = time.perf_counter() - started
    if states is not None:
        started = time.perf_counter()
        write_states(folder, keys, states, sum(len(rows) for rows, _ in states))
        timings["states_form"] = STATE_FORM
        timings["states_seconds"] = time.perf_counter() - started
    manifest = {
        "format": FORMAT, "embedder": embedder_id, "dim": int(vectors.shape[1]),
        "fingerprint": fingerprint, "chunks": len(chunks), "synthetic": True,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "versions": _versions(),
        "files": _files_of(folder), **timings,
        **({"states_form": STATE_FORM} if states is not None else {}),
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


def folder_size(folder: Path) -> dict[str, int]:
    """Bytes on disk per part of an index folder (vectors, bm25, passages, total)."""
    parts = {"vectors": 0, "bm25": 0, "passages": 0, "states": 0, "other": 0}
    for path in folder.rglob("*"):
        if path.is_file():
            name = path.relative_to(folder).parts[0]
            key = ("vectors" if name in ("vectors.faiss", "centre.npy") else "bm25" if name.startswith("bm25")
                   else "other" if name == "manifest.json" else "states" if name in STATE_FILES
                   else "passages")
            parts[key] += path.stat().st_size
    parts["total"] = sum(parts.values())
    return parts
