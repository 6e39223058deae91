"""Issue 10, sixth pass: the decision's cross-validation grouped by source file (each dev file,
one writer's set, held out in turn) and the relative cut kept on every file. Pure arithmetic on
made-up signals: no model, no index (milliseconds)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from assist.evaluation import tuning
from assist.evaluation.retrieval import Candidates, Query


def _item(qid: str, in_scope: bool, **signals: float) -> Candidates:
    query = Query(qid, "une question", "need", "fr", {"x": 3} if in_scope else {},
                  off_topic=not in_scope, detected="fr")
    judged = SimpleNamespace(decision=SimpleNamespace(features=dict(signals)))
    return Candidates(query, {}, {}, judged=judged)


def _writers(seed: int = 3) -> tuple[list[Candidates], dict[str, str]]:
    """Three writers. `meaning` tells in scope from not alike for all; `style` is each
    writer's own habit (a turn of phrase), and within the first two writers' sets it goes
    with what they wrote more of: random folds learn it, a new writer does not share it."""
    rng = np.random.default_rng(seed)
    items, groups = [], {}
    for w, (share, style) in enumerate(((0.9, 0.0), (0.1, 1.0), (0.5, 2.0))):
        for n in range(60):
            in_scope = bool(rng.uniform() < share)
            meaning = float(in_scope) + float(rng.normal(0, 1.2))
            c = _item(f"w{w}-{n:02d}", in_scope, meaning=meaning,
                      style=style + float(rng.normal(0, 0.05)))
            items.append(c)
            groups[c.query.id] = f"writer{w}.jsonl"
    return items, groups


NAMES = ("meaning", "style")


def test_each_file_is_scored_by_a_model_that_never_saw_it() -> None:
    items, groups = _writers()
    scored, nested = tuning.grouped_out_of_fold(items, groups, NAMES, rounds=0)
    assert [c for c, _ in scored] == items
    for held in sorted(set(groups.values())):
        others = [c for c in items if groups[c.query.id] != held]
        model = tuning.fit_features(others, NAMES, rounds=0)
        mine = [p for c, p in scored if groups[c.query.id] == held]
        alone = tuning._probabilities(model, [c for c in items if groups[c.query.id] == held])
        assert mine == pytest.approx(alone)
        # Its operating point is chosen on the other files' own grouped probabilities.
        inner, _ = tuning.grouped_out_of_fold(others, groups, NAMES, nested=False, rounds=0)
        assert {nested[c.query.id] for c in items if groups[c.query.id] == held} == {
            tuning.fit_threshold(inner)}


def test_random_folds_promise_what_a_new_writer_does_not_get() -> None:
    """The writers' habit reads as evidence on random folds (it holds within each set); held
    out by file, it is worth nothing, and the grouped figure says so."""
    items, groups = _writers()
    random = tuning.features_out_of_fold(items, 5, NAMES, rounds=0)
    grouped, _ = tuning.grouped_out_of_fold(items, groups, NAMES, nested=False, rounds=0)
    assert tuning.auc(grouped) < tuning.auc(random) - 0.05
    # Without the habit, the two estimates agree more closely.
    honest = tuning.features_out_of_fold(items, 5, ("meaning",), rounds=0)
    honest_grouped, _ = tuning.grouped_out_of_fold(items, groups, ("meaning",), nested=False,
                                                   rounds=0)
    assert abs(tuning.auc(honest) - tuning.auc(honest_grouped)) < 0.05


def test_grouped_figures_name_each_file() -> None:
    items, groups = _writers()
    scored, nested = tuning.grouped_out_of_fold(items, groups, NAMES, rounds=0)
    figures = tuning.grouped_figures(scored, nested, groups, 0.5)
    assert set(figures["files"]) == {"writer0.jsonl", "writer1.jsonl", "writer2.jsonl"}
    assert sum(f["questions"] for f in figures["files"].values()) == len(items)
    for f in figures["files"].values():
        assert 0.0 <= f["answered"] <= 1.0 and 0.0 <= f["declined"] <= 1.0
    ins = [p >= nested[c.query.id] for c, p in scored if not c.query.off_topic]
    assert figures["nested"]["answered"] == pytest.approx(float(np.mean(ins)), abs=1e-4)


def test_the_cut_keeps_every_files_recall(monkeypatch) -> None:
    """One file's lists lose a relevant project from a cut of 0.3 on, the other's never: over
    both, the loss (1 question in 10) is within what a cut may cost, so a cut chosen on the
    total is the highest; file by file (half of one file's questions), it stays at 0.2."""
    items = [_item(f"a{n}", True) for n in range(2)] + [_item(f"b{n}", True) for n in range(8)]
    groups = {c.query.id: ("a.jsonl" if c.query.id.startswith("a") else "b.jsonl")
              for c in items}
    monkeypatch.setattr(tuning, "judge_all", lambda *args, **kwargs: None)
    monkeypatch.setattr(tuning, "asks_for_records", lambda text: True)
    monkeypatch.setattr(tuning, "RECALL_GIVEN", 0.11)

    def shown(c: Candidates, ratio: float) -> list[str]:
        return [] if c.query.id == "a0" and ratio >= 0.3 else ["x"]

    monkeypatch.setattr(tuning, "assistant_shown", shown)
    assert tuning.fit_ratio(None, items, None, {}, records=True) == max(tuning.LIST_RATIOS)
    assert tuning.fit_ratio(None, items, None, {}, records=True, groups=groups) == 0.2


def test_the_report_gives_the_grouped_estimate_beside_the_random_folds() -> None:
    """`assist eval --write` says what a new writer's questions can expect (the shipped fit's
    grouped figures, file by file), under the random folds' paragraph."""
    from assist.answers.decision_model import MODEL
    from assist.evaluation.report import markdown

    grouped = MODEL["fitted_on"]["decision_grouped_cross_validated_dev"]
    m = {"kinds": {}, "recall@5": 0.5, "ndcg@5": 0.5, "mrr": 0.5, "answered": 1.0,
         "declined": 1.0, "ndcg@5 fr": 0.5, "ndcg@5 en": 0.5}
    text = markdown({"corpus": {"cases": 1, "imported_cases": 0, "passages": 1},
                     "splits": {"dev": {"questions": 1, "assistant": m}}, "failures": {},
                     "queries": 1, "skipped": []},
                    "questions.jsonl", "dev")
    random_at = text.index("## The decision, cross-validated on dev")
    grouped_at = text.index("Grouped by file")
    assert random_at < grouped_at
    assert f"AUC {grouped['auc']:.3f}" in text[grouped_at:]
    assert all(f"`{name}`" in text[grouped_at:] for name in grouped["files"])
    assert {"questions_blind3.jsonl", "adjacent_lists.jsonl"} <= set(grouped["files"])


def test_the_ranking_weights_are_held_out_by_file_too() -> None:
    """Two writers who each prefer another weighting: held out by file, each gets the other's
    (its quality falls to what that weighting gives it); on random folds, the weighting of the
    larger set."""
    from assist.retrieval.ranking import RankParams

    a = [_item(f"a{n:02d}", True) for n in range(30)]
    b = [_item(f"b{n:02d}", True) for n in range(10)]
    judged = a + b
    grid = [RankParams(late=0.0), RankParams(late=0.0, lexical=0.9)]
    ndcg = np.array([[0.9, 0.5]] * 30 + [[0.4, 0.8]] * 10)
    fitted = tuning.RankFit(judged, grid, ndcg, ndcg.copy())
    groups = {c.query.id: ("a.jsonl" if c.query.id.startswith("a") else "b.jsonl")
              for c in judged}
    held = tuning.ranking_cross_validated(fitted, groups=groups)["without late"]["all"]
    assert held["ndcg@5"] == pytest.approx((30 * 0.5 + 10 * 0.4) / 40, abs=1e-4)
    random = tuning.ranking_cross_validated(fitted)["without late"]["all"]
    assert random["ndcg@5"] == pytest.approx((30 * 0.9 + 10 * 0.4) / 40, abs=1e-4)
    # each held-out file's own figure; only the grouped estimate says it held files out
    by_file = tuning.ranking_cross_validated(fitted, groups=groups)["without late"]
    assert by_file["file b.jsonl"]["ndcg@5"] == pytest.approx(0.4, abs=1e-4)
    assert by_file["file a.jsonl"]["n"] == 30
    assert "held out" not in tuning.ranking_cross_validated(fitted)
