"""Measure compact forms of the passages' token states against the full ones (issue 15).

For each form: bytes per passage (the corpus's passages), how far the late-pass signals move
(support and lift per dev question, against the full stored states), and the decision's
out-of-fold dev figures (5 folds, as `assist eval --fit` prints them: AUC, in-scope answered,
declinable declined at the threshold fitted out of fold), everything in one process, the
same candidates and ranking weights (the fitted model's: the ranking's fit reads no late
signal). Dev only: the questions of FILE's dev split, the dev sets of `tuning.DEV_SETS`, the
profiles' dev needs.

    ASSIST_HOME=<home with the export imported> python scripts/state_forms.py \
        tests/eval/questions.jsonl [--forms full,content,...] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

from assist import Assistant
from assist.answers.decision_model import MODEL
from assist.evaluation import tuning
from assist.evaluation.retrieval import gather, library_ids, load_queries, section_owners
from assist.retrieval import states as states_module
from assist.retrieval.index import index_text


class Form:
    """A way to keep a passage's token states: which tokens, which projection, how many bits."""

    def __init__(self, name: str, content: bool = False, dims: int | None = None,
                 bits: int = 8, projection: str = "pca", static: bool = False,
                 centre: bool = False) -> None:
        self.name, self.content, self.dims, self.bits = name, content, dims, bits
        self.projection_kind, self.static, self.centre = projection, static, centre
        self.mean: np.ndarray | None = None
        self.matrix: np.ndarray | None = None
        self.scale_bytes = 2  # a float16 scale per row (the form before: float32)

    def fit(self, sample: np.ndarray) -> None:
        if self.centre:
            self.mean = sample.mean(axis=0).astype(np.float32)
        if self.dims is None:
            return
        if self.projection_kind == "pca":
            self.matrix = states_module.fit_projection(sample, self.dims)
        else:
            rng = np.random.default_rng(15)
            q, _ = np.linalg.qr(rng.standard_normal((sample.shape[1], sample.shape[1])))
            self.matrix = q[:, :self.dims].astype(np.float32)

    def question(self, states: np.ndarray) -> np.ndarray:
        states = np.asarray(states, dtype=np.float32)
        return states if self.matrix is None else states @ self.matrix

    def passage(self, ids: list[int], states: np.ndarray) -> tuple[np.ndarray, int]:
        """The rows as the late pass would read them back, and their bytes on disk."""
        rows = np.asarray(states, dtype=np.float32)
        if self.content:
            rows = rows[states_module.content_rows(ids, PIECES)]
        rows = self.question(rows)
        if self.bits == 32:
            return rows, rows.size * 4
        mean = self.mean if self.mean is not None else np.zeros(rows.shape[1], np.float32)
        values, scale = states_module.quantise(rows - mean, self.bits)
        back = states_module.dequantise(values, scale, self.bits, rows.shape[1]) + mean
        return back, values.nbytes + self.scale_bytes * len(rows)


PIECES: list[str] = []


def static_states(encoder, ids: list[int]) -> np.ndarray:
    """The model's input embedding of each token alone (no context): a state-free variant."""
    from assist.retrieval.e5_onnx import dequantise

    x = dequantise(encoder._word[np.asarray(ids)], len(ids), encoder.dim)
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--forms", default="")
    parser.add_argument("--json")
    parser.add_argument("--keep", help="an .npz to keep the full states in between runs")
    args = parser.parse_args()
    started = time.time()
    assistant = Assistant.open()
    encoder = assistant.late.encoder()
    PIECES.extend(encoder._weights.pieces)
    passages = assistant.searcher.passages
    # Every passage's full token states (float, every token), encoded now by the index's
    # own runtime: the reference every form is made from.
    texts = [index_text(passages[p]) for p in range(assistant.index.size)]
    full_states: list[tuple[list[int], np.ndarray]] = []
    kept = Path(args.keep) if args.keep else None
    if kept and kept.is_file():
        with np.load(kept) as data:
            at = data["offsets"]
            full_states = [(data["ids"][at[i]:at[i + 1]].tolist(), data["rows"][at[i]:at[i + 1]])
                           for i in range(len(at) - 1)]
    if len(full_states) != len(texts):
        full_states = []
        for start in range(0, len(texts), 16):
            full_states += encoder.passages_with_states(texts[start:start + 16])[1]
        if kept:
            np.savez(kept, ids=np.concatenate([i for i, _ in full_states]),
                     rows=np.vstack([r for _, r in full_states]),
                     offsets=np.cumsum([0] + [len(i) for i, _ in full_states]))
    print(f"encoded {len(texts)} passages in {time.time() - started:.0f} s", file=sys.stderr)
    # The PCA's sample: every token state of the index's passages (the corpus and export).
    sample = np.vstack([np.asarray(s, dtype=np.float32) for _, s in full_states])
    forms = [
        Form("full (int8, 384, every token: before)"),
        Form("content tokens, int8 384", content=True),
        Form("int8 PCA 128", dims=128), Form("int8 PCA 96", dims=96),
        Form("int8 PCA 64", dims=64), Form("int8 PCA 48", dims=48), Form("int8 PCA 32", dims=32),
        Form("int8 random 64", dims=64, projection="random"),
        Form("content, int8 PCA 64", content=True, dims=64),
        Form("content, int8 PCA 48", content=True, dims=48),
        Form("content, int8 PCA 32", content=True, dims=32),
        Form("content, 4-bit PCA 64", content=True, dims=64, bits=4),
        Form("content, 4-bit PCA 96", content=True, dims=96, bits=4),
        Form("static input embeddings", static=True),
        Form("4-bit 384", bits=4), Form("content, 4-bit 384", content=True, bits=4),
        Form("int8 PCA 192", dims=192), Form("content, int8 PCA 192", content=True, dims=192),
        Form("content, 4-bit PCA 192", content=True, dims=192, bits=4),
        Form("content, 4-bit PCA 256", content=True, dims=256, bits=4),
        Form("content, 4-bit residual of the corpus mean", content=True, bits=4, centre=True),
        Form("4-bit residual of the corpus mean", bits=4, centre=True),
    ]
    forms[0].scale_bytes = 4
    if args.forms:
        wanted = args.forms.split("|")
        forms = [forms[0]] + [f for f in forms[1:] if f.name in wanted]
    ids = library_ids(assistant)
    queries, _ = load_queries(Path(args.file), ids, section_owners(assistant))
    cands = gather(assistant, queries)
    own = [c for c in cands if c.query.split == "dev"]
    others = tuning.other_dev(assistant, args.file)
    dev = own + [c for found in others.values() for c in found]
    needs = tuning.profile_needs(assistant, args.file)
    items = dev + needs
    rank = tuning.rank_params_of(MODEL)
    print(f"{len(items)} dev items; sample {sample.shape}", file=sys.stderr)

    original_question = assistant.late.question
    out = {"items": len(items), "passages": len(texts), "forms": {}}
    reference: dict[str, tuple[float, float]] = {}
    for form in forms:
        t0 = time.time()
        form.fit(sample)
        cache: dict[int, np.ndarray] = {}
        sizes: list[int] = []
        for p, (ids_p, full) in enumerate(full_states):
            if form.static:
                cache[p] = static_states(encoder, ids_p)
                sizes.append(0)
            else:
                cache[p], size = form.passage(ids_p, full)
                sizes.append(size)

        class Proxy:
            def get(self, position, cache=cache):
                return cache[position]

            def __len__(self, cache=cache):
                return len(cache)

        def question(text, form=form):
            words, states = original_question(text)
            if form.static:
                kept_ids = encoder.query_states(text)[0]
                return words, static_states(encoder, kept_ids)
            return words, form.question(states)

        assistant.index.states = Proxy()
        assistant._background = None
        assistant.late.question = question
        signals = {}
        for c in items:
            j = assistant.judge(c.query.text, c.query.detected, c.allowed, c.dense, c.lexical,
                                rank_params=rank, vector=c.vector)
            f = j.decision.features or {}
            signals[c.query.id] = (float(f.get("support", 0.0)), float(f.get("lift", 0.0)))
        if not reference:
            reference = signals
        moved = np.array([[abs(signals[k][0] - reference[k][0]),
                           abs(signals[k][1] - reference[k][1])] for k in reference])
        lifts = np.array([[signals[k][1], reference[k][1]] for k in reference])
        scored = tuning.out_of_fold(assistant, items, rank)
        threshold = tuning.fit_threshold(scored)
        closest = tuning.fit_closest(scored, threshold)
        cv = tuning.cross_validated(scored, closest, threshold)
        row = {"bytes_per_passage": float(np.mean(sizes)),
               "bytes_per_token": float(np.sum(sizes) / sum(len(s) for _, s in full_states)),
               "auc": cv["auc"], "answered": round(cv["answered"], 4),
               "declined": round(cv["declined"], 4), "threshold": threshold,
               "support_moved_mean": round(float(moved[:, 0].mean()), 5),
               "lift_moved_mean": round(float(moved[:, 1].mean()), 5),
               "lift_correlation": round(float(np.corrcoef(lifts.T)[0, 1]), 4),
               "seconds": round(time.time() - t0, 1)}
        out["forms"][form.name] = row
        print(form.name, json.dumps(row), file=sys.stderr, flush=True)
    assistant.late.question = original_question
    out["seconds"] = round(time.time() - started, 1)
    text = json.dumps(out, indent=1)
    if args.json:
        Path(args.json).write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
