"""The need decision, each file held out in turn: the whole need alone against the whole need
and its best clause (`answers.fit.need_probability`), and the rules of the point.

    ASSIST_HOME=<home with the export imported> python scripts/need_point_cv.py

Reads the dev need items `assist eval tests/eval/questions.jsonl --fit` fits the need model on
(`tuning.fit_need`: the dev profiles of every file of `tuning.NEED_PROFILES`, the dev questions
of kind need and adjacent), ranked and decided with the shipped model's weights, each need's
clauses judged too (`tuning.judge_clauses`). For each source file in turn, fits the need model
on the other files and chooses its point by one rule on those files alone (nested), then
applies both to the held-out file. Prints markdown rows (docs/EVALUATION.md, "#16 need
decision", third and fourth passes): one per way of scoring and rule, then, for the shipped
rule, one per held-out file. Dev only.
"""

from __future__ import annotations

from pathlib import Path

from assist import Assistant
from assist.evaluation import tuning
from assist.evaluation.answering import judge_all
from assist.evaluation.retrieval import gather, library_ids, load_queries, section_owners

SOURCE = "tests/eval/questions.jsonl"
RULES = {
    "random folds, one point": lambda train: (
        tuning.need_point_of(tuning.need_out_of_fold(train)), {}),
    "one file held out, one point": lambda train: (
        tuning.need_point_of(tuning.need_grouped(train)), {}),
    "random folds, per language": lambda train: (
        tuning.need_point_of(tuning.need_out_of_fold(train)),
        tuning.need_points(tuning.need_out_of_fold(train))),
    "one file held out, per language, profiles first (shipped)": lambda train: (
        tuning.need_point_of(tuning.need_grouped(train)),
        tuning.need_points(tuning.need_grouped(train))),
}
SHIPPED = "one file held out, per language, profiles first (shipped)"


def held_out(items, rule):
    """Each item with its probability and threshold, its file held out (model and point)."""
    out = []
    for source in sorted({c.query.source for c in items}):
        train = [c for c in items if c.query.source != source]
        model = tuning._need_fit(train)
        threshold, points = rule(train)
        test = [c for c in items if c.query.source == source]
        out += tuning._at(list(zip(test, tuning._need_probabilities(model, test))), threshold,
                          points)
    return out


def main() -> None:
    assistant = Assistant.open()
    found, _ = load_queries(Path(SOURCE), library_ids(assistant), section_owners(assistant))
    dev = gather(assistant, [q for q in found if q.split == "dev"])
    dev += [c for cands in tuning.other_dev(assistant, SOURCE).values() for c in cands]
    needs = tuning.profile_needs(assistant, SOURCE)
    more = tuning.profile_needs(assistant, SOURCE, tuning.NEED_PROFILES[1:])
    items = [c for c in dev if c.query.kind in tuning.NEED_KINDS] + needs + more
    rank = tuning.rank_params_of(assistant.model)
    judge_all(assistant, items, rank_params=rank, model=assistant.model)
    items = [c for c in items if c.judged.decision.features]
    tuning.judge_clauses(assistant, items, rank, assistant.model)
    clauses = {c.query.id: c.parts for c in items}
    rankings = tuning.profile_rankings(assistant, SOURCE, needs + more)
    closest = assistant.model["need"]["closest"]

    def profiles(rows):
        return tuning.need_figures(rows, rankings, closest)["profiles"]

    def cells(f):
        return (f"{f['covered_answered_count']} / {f['covered']} | "
                f"{f['uncovered_declined_count']} / {f['uncovered']} | "
                f"{f['ndcg@5']:.3f} / {f['recall@5']:.3f} | "
                f"{f['ndcg@5 closest counted']:.3f} / {f['recall@5 closest counted']:.3f} | "
                f"{f['auc']:.3f}")

    print("| scoring | rule | covered answered | uncovered declined | nDCG@5 / R@5 | "
          "closest counted | AUC |")
    print("|---|---|---|---|---|---|---|")
    shipped = {}
    for scoring in ("whole need", "whole need and best clause"):
        for c in items:
            c.parts = clauses[c.query.id] if scoring != "whole need" else []
        for name, rule in RULES.items():
            rows = held_out(items, rule)
            print(f"| {scoring} | {name} | {cells(profiles(rows))} |")
            if name == SHIPPED:
                shipped[scoring] = rows
    print()
    print("| held out | scoring | covered answered | uncovered declined | nDCG@5 / R@5 | "
          "closest counted | AUC |")
    print("|---|---|---|---|---|---|---|")
    for source in sorted({c.query.source for c in items}):
        for scoring, rows in shipped.items():
            mine = [x for x in rows if x[0].query.source == source]
            if any(c.query.kind == "profile" for c, _, _ in mine):
                print(f"| `{source}` | {scoring} | {cells(profiles(mine))} |")
            else:
                f = tuning.need_figures(mine, rankings, closest)
                print(f"| `{source}` | {scoring} | {f['answered']:.0%} of {f['covered']} | "
                      f"{f['declined']:.0%} of {f['uncovered']} | — | — | {f['auc']:.3f} |")
    for scoring, rows in shipped.items():
        english = [x for x in rows if x[0].query.detected == "en"
                   and x[0].query.kind == "profile"]
        print(f"| English profiles | {scoring} | {cells(profiles(english))} |")


if __name__ == "__main__":
    main()
