"""Issue 15, `ask()` at 100 000 passages: less work a question, the same answers. Each cut
keeps the arithmetic: the FAISS lists read into memory search like the memory-mapped ones,
the token states decoded by table are the nibbles' own values, and a result's best scores
follow its passages."""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np
import pytest

from assist.retrieval import index as index_module
from assist.retrieval.index import read_vectors
from assist.retrieval.search import ChunkHit, Group
from assist.retrieval.states import dequantise, quantise


def _unpacked(values: np.ndarray, scale: np.ndarray, dims: int) -> np.ndarray:
    """Four-bit rows decoded nibble by nibble (low first, each stored as value + 8)."""
    raw = np.asarray(values).view(np.uint8)
    out = np.empty((len(raw), raw.shape[1] * 2), dtype=np.float32)
    out[:, 0::2] = (raw & 15).astype(np.float32) - 8
    out[:, 1::2] = (raw >> 4).astype(np.float32) - 8
    return out[:, :dims] * np.asarray(scale, dtype=np.float32)[:, None]


@pytest.mark.parametrize("rows,dims", [(130, 384), (1, 384), (0, 384), (5, 10), (4, 6)])
def test_states_decoded_by_table_are_the_nibbles_values(rows: int, dims: int) -> None:
    rng = np.random.default_rng(rows * 1000 + dims)
    states = rng.standard_normal((rows, dims)).astype(np.float32)
    if rows:
        states[0, :2] = [states[0].max() * 3, -states[0].max() * 3]  # the ends: -7 and +7
    values, scale = quantise(states, 4)
    scale = scale.astype(np.float16)  # as the index stores them
    got = dequantise(values, scale, 4, dims)
    want = _unpacked(values, scale, dims)
    assert got.dtype == np.float32 and got.shape == (rows, dims)
    assert np.array_equal(got, want)
    # Every byte value, so every pair of nibbles, decodes as stored.
    every = np.arange(256, dtype=np.uint8).reshape(2, 128).view(np.int8)
    ones = np.ones(2, dtype=np.float16)
    assert np.array_equal(dequantise(every, ones, 4, 256), _unpacked(every, ones, 256))


@pytest.fixture(scope="module")
def ivf_file(tmp_path_factory) -> Path:
    rng = np.random.default_rng(0)
    vectors = rng.standard_normal((3000, 64)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    built = faiss.index_factory(64, "IVF32,SQfp16", faiss.METRIC_INNER_PRODUCT)
    built.train(vectors)
    built.add(vectors)
    path = tmp_path_factory.mktemp("ivf") / "vectors.faiss"
    faiss.write_index(built, str(path))
    return path


def test_vectors_read_into_memory_search_as_the_memory_mapped_ones(
        ivf_file: Path, monkeypatch) -> None:
    flags = []
    real = faiss.read_index

    def read_index(path, flag=0):
        flags.append(flag)
        return real(path, flag)

    monkeypatch.setattr(faiss, "read_index", read_index)
    read = read_vectors(ivf_file)  # a small file: read into memory
    monkeypatch.setattr(index_module, "MMAP_ABOVE", ivf_file.stat().st_size - 1)
    mapped = read_vectors(ivf_file)
    assert flags == [0, faiss.IO_FLAG_MMAP]
    queries = np.random.default_rng(1).standard_normal((8, 64)).astype(np.float32)
    for found in (read, mapped):
        found.nprobe = 8
    d1, i1 = read.search(queries, 50)
    d2, i2 = mapped.search(queries, 50)
    assert np.array_equal(i1, i2) and np.array_equal(d1, d2)


def test_a_results_best_scores_follow_its_passages() -> None:
    group = Group("case:a", "case", "a")
    group.hits.append(ChunkHit(1, {}, cosine=0.30, bm25=2.0, fused=0.5))
    group.hits.append(ChunkHit(2, {}, cosine=0.45, bm25=1.0, fused=0.4))
    assert (group.cosine, group.bm25) == (0.45, 2.0)
    group.hits.append(ChunkHit(3, {}, cosine=0.50, bm25=7.5, fused=0.3))  # read again
    assert (group.cosine, group.bm25) == (0.50, 7.5)
    with pytest.raises(ValueError):
        _ = Group("case:b", "case", "b").cosine  # no passage: no best score, as before
