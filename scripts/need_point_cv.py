"""The need decision's point, chosen by four rules, each measured with one file held out.

    ASSIST_HOME=<home with the export imported> python scripts/need_point_cv.py

Reads the dev need items `assist eval tests/eval/questions.jsonl --fit` fits the need model on
(`tuning.fit_need`: the dev profiles of every file of `tuning.NEED_PROFILES`, the dev questions
of kind need and adjacent), ranked and decided with the shipped model's weights. For each
source file in turn, fits the need model on the other files and chooses its point by one rule
on those files alone (nested), then applies both to the held-out file. Prints one markdown row
per rule (docs/EVALUATION.md, "#16 need decision, third pass"). Dev only.
"""

from __future__ import annotations

from pathlib import Path

from assist import Assistant
from assist.answers import decide
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


def main() -> None:
    assistant = Assistant.open()
    found, _ = load_queries(Path(SOURCE), library_ids(assistant), section_owners(assistant))
    dev = gather(assistant, [q for q in found if q.split == "dev"])
    dev += [c for cands in tuning.other_dev(assistant, SOURCE).values() for c in cands]
    needs = tuning.profile_needs(assistant, SOURCE)
    more = tuning.profile_needs(assistant, SOURCE, tuning.NEED_PROFILES[1:])
    items = [c for c in dev if c.query.kind in tuning.NEED_KINDS] + needs + more
    judge_all(assistant, items, rank_params=tuning.rank_params_of(assistant.model),
              model=assistant.model)
    items = [c for c in items if c.judged.decision.features]
    rankings = tuning.profile_rankings(assistant, SOURCE, needs + more)
    closest = assistant.model["need"]["closest"]
    print("| rule | covered answered | uncovered declined | nDCG@5 / R@5 | closest counted | "
          "profiles_blind2 held out | English profiles |")
    print("|---|---|---|---|---|---|---|")
    for name, rule in RULES.items():
        held = []
        for source in sorted({c.query.source for c in items}):
            train = [c for c in items if c.query.source != source]
            model = tuning._need_fit(train)
            threshold, points = rule(train)
            held += tuning._at([(c, decide.probability(c.judged.decision.features, model))
                                for c in items if c.query.source == source], threshold, points)

        def profiles(rows):
            return tuning.need_figures(rows, rankings, closest)["profiles"]

        every = profiles(held)
        blind2 = profiles([x for x in held if x[0].query.source == "profiles_blind2.jsonl"])
        english = profiles([x for x in held
                            if x[0].query.detected == "en" and x[0].query.kind == "profile"])
        print(f"| {name} | {every['covered_answered_count']} / {every['covered']} | "
              f"{every['uncovered_declined_count']} / {every['uncovered']} | "
              f"{every['ndcg@5']:.3f} / {every['recall@5']:.3f} | "
              f"{every['ndcg@5 closest counted']:.3f} | "
              f"{blind2['covered_answered_count']} / {blind2['covered']}, "
              f"{blind2['uncovered_declined_count']} / {blind2['uncovered']}, "
              f"{blind2['ndcg@5']:.3f} | {english['covered_answered_count']} / "
              f"{english['covered']}, {english['uncovered_declined_count']} / "
              f"{english['uncovered']} |")


if __name__ == "__main__":
    main()
