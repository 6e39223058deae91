"""The decision's signals and model compared out of fold on every dev record, in one run.

    ASSIST_HOME=<home with the export imported> python scripts/decision_cv.py

Reads the dev questions `assist eval tests/eval/questions.jsonl --fit` fits on (questions.jsonl's
dev split, `tuning.DEV_SETS`, the dev needs of the profiles), ranks them with the ranking
weights of the shipped model, and, for each variant (signals, logistic model alone or with its
trees), fits on four folds and measures on the fifth (folds by id, as `tuning.out_of_fold`),
the threshold chosen on the out-of-fold probabilities by `tuning.fit_threshold`. Prints one
markdown row per variant (docs/EVALUATION.md, fifth pass). Dev only: the test split is never
read.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

from assist import Assistant
from assist.answers import decide
from assist.answers.decide import shown
from assist.evaluation import tuning
from assist.evaluation.answering import judge_all
from assist.evaluation.retrieval import (
    gather,
    library_ids,
    load_queries,
    ndcg_at,
    recall_at,
    section_owners,
)
from assist.retrieval.ranking import asks_for_records

SOURCE = "tests/eval/questions.jsonl"
OLD = decide.FEATURES[:12]  # the fourth pass's signals
NEW = ("agree", "known_en")
LISTS = "adjacent_lists.jsonl"


def items(assistant) -> list:
    found, _ = load_queries(Path(SOURCE), library_ids(assistant), section_owners(assistant))
    dev = gather(assistant, [q for q in found if q.split == "dev"])
    for path, cands in tuning.other_dev(assistant, SOURCE).items():
        for c in cands:
            c.query.kind = "adjacent list" if path.endswith(LISTS) else c.query.kind
        dev += cands
    dev += tuning.profile_needs(assistant, SOURCE)
    judge_all(assistant, dev, rank_params=tuning.rank_params_of(assistant.model))
    for c in dev:
        if c.judged.decision.features:
            c.judged.decision.features["records"] = float(asks_for_records(c.query.text))
    return dev


def out_of_fold(dev: list, names: tuple[str, ...], trees: bool, folds: int = 5) -> np.ndarray:
    order = sorted(range(len(dev)), key=lambda i: dev[i].query.id)
    p = np.zeros(len(dev))
    for k in range(folds):
        train = [dev[i] for n, i in enumerate(order) if n % folds != k]
        rows = [c.judged.decision.features for c in train if c.judged.decision.features]
        labels = [int(not c.query.off_topic) for c in train if c.judged.decision.features]
        model = decide.fit(rows, labels, l2=tuning.L2, names=names)
        if trees:
            model = {**model, **decide.boost(rows, labels, model, names)}
        for n, i in enumerate(order):
            if n % folds == k and dev[i].judged.decision.features:
                p[i] = decide.probability(dev[i].judged.decision.features, model)
    return p


def row(label: str, dev: list, p: np.ndarray, ratio: float) -> str:
    th = tuning.fit_threshold(list(zip(dev, p)))
    answered = p >= th

    def share(pick, want: bool) -> str:
        v = [a == want for c, a in zip(dev, answered) if pick(c)]
        return f"{100 * np.mean(v):.1f}" if v else "—"

    judged = [(c, a) for c, a in zip(dev, answered) if c.query.judged and not c.query.off_topic]

    def quality(metric, language=None) -> str:
        v = [metric([s.key for s in shown(c.judged.ranked, 5, ratio)] if a else [],
                    c.query.judged)
             for c, a in judged if language in (None, c.query.language)]
        return f"{np.mean(v):.3f}"

    return " | ".join([
        f"| {label}", f"{tuning.auc(list(zip(dev, p))):.4f}", f"{th:.2f}",
        share(lambda c: not c.query.off_topic, True), share(lambda c: c.query.off_topic, False),
        share(lambda c: c.query.kind == "paraphrase", True),
        share(lambda c: c.query.kind == "list", True),
        share(lambda c: c.query.language == "en" and not c.query.off_topic, True),
        share(lambda c: c.query.kind == "adjacent", False),
        share(lambda c: c.query.kind == "adjacent list", False),
        quality(recall_at), quality(ndcg_at), quality(ndcg_at, "fr"), quality(ndcg_at, "en"),
    ]) + " |"


def main() -> None:
    start = time.time()
    assistant = Assistant.open()
    dev = items(assistant)
    ratio = assistant.model["ratio"]
    print(f"{len(dev)} dev items ({sum(not c.query.off_topic for c in dev)} in scope), "
          f"ranking of the shipped model, ratio {ratio}; {time.strftime('%Y-%m-%d %H:%M %Z')}",
          file=sys.stderr)
    print("| decision (dev, out of fold) | AUC | threshold | in-scope answered | declinable "
          "declined | paraphrase answered | list answered | English in scope answered | "
          "adjacent declined | adjacent lists declined | Recall@5 shown | nDCG@5 shown | "
          "nDCG@5 FR | nDCG@5 EN |")
    print("|" + "---|" * 14)
    variants = [
        ("fourth pass: 12 signals, logistic", OLD, False),
        ("+ agree", OLD + ("agree",), False),
        ("+ known_en", OLD + ("known_en",), False),
        ("+ records (asks for projects)", OLD + ("records",), False),
        ("+ word_lift (the need model's)", OLD + ("word_lift",), False),
        ("14 signals, logistic", OLD + NEW, False),
        ("12 signals, logistic + trees", OLD, True),
        ("**14 signals, logistic + trees (shipped)**", OLD + NEW, True),
        ("shipped − agree", OLD + ("known_en",), True),
        ("shipped − known_en", OLD + ("agree",), True),
        ("shipped + word_lift", OLD + NEW + ("word_lift",), True),
    ]
    for label, names, trees in variants:
        print(row(label, dev, out_of_fold(dev, names, trees), ratio), flush=True)
    # Without the adjacent lists in the fit: what "asks for projects" learns from the other
    # sets alone, measured on the adjacent lists held out.
    rest = [c for c in dev if c.query.kind != "adjacent list"]
    held_out = [c for c in dev if c.query.kind == "adjacent list"]
    for label, names, trees in (("12 signals, logistic", OLD, False),
                                ("+ records", OLD + ("records",), False),
                                ("14 signals, logistic + trees", OLD + NEW, True)):
        p = out_of_fold(rest, names, trees)
        th = tuning.fit_threshold(list(zip(rest, p)))
        rows = [c.judged.decision.features for c in rest if c.judged.decision.features]
        labels = [int(not c.query.off_topic) for c in rest if c.judged.decision.features]
        model = decide.fit(rows, labels, l2=tuning.L2, names=names)
        if trees:
            model = {**model, **decide.boost(rows, labels, model, names)}
        declined = np.mean([decide.probability(c.judged.decision.features, model) < th
                            for c in held_out])
        print(f"| fitted without the adjacent lists: {label} | "
              f"{tuning.auc(list(zip(rest, p))):.4f} | {th:.2f} | adjacent lists declined "
              f"(held out) {100 * declined:.1f} % |")
    print(f"{time.time() - start:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
