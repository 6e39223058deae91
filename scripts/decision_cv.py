"""The decision's signals and sizes compared out of fold on every dev record, in one run:
on random folds and, grouped, with each dev file held out in turn.

    ASSIST_HOME=<home with the export imported> python scripts/decision_cv.py

Reads the dev questions `assist eval tests/eval/questions.jsonl --fit` fits on (questions.jsonl's
dev split, `tuning.DEV_SETS`, the dev needs of the profiles), ranks them with the ranking
weights of the shipped model, and, for each variant (signals, L2, trees' number and depth):
- random folds: fits on four folds of the items (folds by id, as `tuning.out_of_fold`) and
  measures on the fifth, the threshold chosen on the out-of-fold probabilities
  (`tuning.fit_threshold`), as the fifth pass measured;
- grouped: each file (a writer: questions.jsonl's dev split, each blind set, the adjacent
  lists, the profiles' needs) held out in turn, the model fitted on the others, and its
  threshold chosen on the others' own grouped out-of-fold probabilities (nested:
  `tuning.grouped_out_of_fold`); the estimate for a new blind set, and the figure the choices
  are made on (docs/EVALUATION.md, sixth pass).
Prints one markdown row per variant. Dev only: the test split is never read.
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
SHIPPED = decide.FEATURES
FIFTH = decide.FEATURES[:14]  # the fifth pass's signals
LISTS = "adjacent_lists.jsonl"


def items(assistant) -> tuple[list, dict[str, str]]:
    found, _ = load_queries(Path(SOURCE), library_ids(assistant), section_owners(assistant))
    own = gather(assistant, [q for q in found if q.split == "dev"])
    others = tuning.other_dev(assistant, SOURCE)
    needs = tuning.profile_needs(assistant, SOURCE)
    dev = own + [c for found in others.values() for c in found] + needs
    judge_all(assistant, dev, rank_params=tuning.rank_params_of(assistant.model))
    for path, cands in others.items():
        for c in cands:
            c.query.kind = "adjacent list" if path.endswith(LISTS) else c.query.kind
    for c in dev:
        if c.judged.decision.features:
            c.judged.decision.features["records"] = float(asks_for_records(c.query.text))
    return dev, tuning.source_groups(SOURCE, own, others, needs)


def row(label: str, dev: list, groups: dict[str, str], names: tuple[str, ...], sizes: dict,
        ratio: float) -> str:
    scored = tuning.features_out_of_fold(dev, 5, names, **sizes)
    p = np.array([x for _, x in scored])
    order = [c for c, _ in scored]
    th = tuning.fit_threshold(scored)
    random_answered = p >= th
    grouped, nested = tuning.grouped_out_of_fold(dev, groups, names, **sizes)
    answered = np.array([x >= nested[c.query.id] for c, x in grouped])

    def share(pick, want: bool, chosen=answered, among=dev) -> float:
        v = [a == want for c, a in zip(among, chosen) if pick(c)]
        return 100 * float(np.mean(v)) if v else float("nan")

    def ins(c):
        return not c.query.off_topic

    def off(c):
        return c.query.off_topic

    judged = [(c, a) for c, a in zip(dev, answered) if c.query.judged and not c.query.off_topic]

    def quality(metric) -> str:
        v = [metric([s.key for s in shown(c.judged.ranked, 5, ratio,
                                          records=asks_for_records(c.query.text))] if a else [],
                    c.query.judged) for c, a in judged]
        return f"{np.mean(v):.3f}"

    g_answered, g_declined = share(ins, True), share(off, False)
    return " | ".join([
        f"| {label}", f"{tuning.auc(scored):.4f}", f"{th:.2f}",
        f"{share(ins, True, random_answered, order):.1f}",
        f"{share(off, False, random_answered, order):.1f}",
        f"{tuning.auc(grouped):.4f}", f"{g_answered:.1f}", f"{g_declined:.1f}",
        f"**{min(g_answered, g_declined):.1f}**",
        f"{share(lambda c: c.query.kind == 'paraphrase', True):.1f}",
        f"{share(lambda c: c.query.kind == 'list', True):.1f}",
        f"{share(lambda c: c.query.language == 'en' and ins(c), True):.1f}",
        f"{share(lambda c: c.query.kind == 'adjacent', False):.1f}",
        f"{share(lambda c: c.query.kind == 'adjacent list', False):.1f}",
        quality(recall_at), quality(ndcg_at),
    ]) + " |"


VARIANTS = [
    ("fifth pass (shipped at 23:01): 14 signals, L2 1, 100 trees of depth 2", FIFTH, {}),
    ("14 signals, logistic alone", FIFTH, {"rounds": 0}),
    ("14 signals, 50 trees", FIFTH, {"rounds": 50}),
    ("14 signals, 200 trees", FIFTH, {"rounds": 200}),
    ("14 signals, trees of depth 1 (200)", FIFTH, {"rounds": 200, "depth": 1}),
    ("14 signals, trees of depth 3", FIFTH, {"depth": 3}),
    ("14 signals, 20 questions a leaf", FIFTH, {"leaf": 20}),
    ("14 signals, L2 0.3", FIFTH, {"l2": 0.3}),
    ("14 signals, L2 3", FIFTH, {"l2": 3.0}),
    ("14 signals, L2 10", FIFTH, {"l2": 10.0}),
    ("14 signals + records (asks for projects)", FIFTH + ("records",), {}),
    ("14 signals + word_lift (the need model's)", FIFTH + ("word_lift",), {}),
    ("15 signals (+ usual), 100 trees of depth 2", SHIPPED, {}),
    ("15 signals, logistic alone", SHIPPED, {"rounds": 0}),
    ("15 signals, 50 trees", SHIPPED, {"rounds": 50}),
    ("15 signals, 200 trees", SHIPPED, {"rounds": 200}),
    ("15 signals, trees of depth 3", SHIPPED, {"depth": 3}),
    ("15 signals, 20 questions a leaf", SHIPPED, {"leaf": 20}),
    ("15 signals, L2 3", SHIPPED, {"l2": 3.0}),
    ("15 signals, L2 3, 200 trees", SHIPPED, {"l2": 3.0, "rounds": 200}),
    ("15 signals + word_lift", SHIPPED + ("word_lift",), {}),
    ("15 signals − lift", tuple(n for n in SHIPPED if n != "lift"), {}),
]


def main() -> None:
    start = time.time()
    assistant = Assistant.open()
    dev, groups = items(assistant)
    ratio = assistant.model["ratio"]
    counts = {name: sum(g == name for g in groups.values()) for name in sorted(set(groups.values()))}
    print(f"{len(dev)} dev items ({sum(not c.query.off_topic for c in dev)} in scope), files "
          f"{counts}; ranking of the shipped model, ratio {ratio} (lists "
          f"{assistant.model.get('ratio_list')}); {time.strftime('%Y-%m-%d %H:%M %Z')}",
          file=sys.stderr)
    print("| decision (dev) | random folds: AUC | threshold | in-scope answered | declinable "
          "declined | grouped by file: AUC | in-scope answered | declinable declined | lower "
          "of the two | paraphrase answered | list answered | English in scope answered | "
          "adjacent declined | adjacent lists declined | Recall@5 shown | nDCG@5 shown |")
    print("|" + "---|" * 16)
    for label, names, sizes in VARIANTS:
        print(row(label, dev, groups, names, sizes, ratio), flush=True)
    print(f"{time.time() - start:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
