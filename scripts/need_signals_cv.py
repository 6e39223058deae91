"""Candidate need signals and the middle state's offer, each dev file held out in turn (fit7).

    ASSIST_HOME=<home with the export imported> python scripts/need_signals_cv.py

Reads the dev need items `assist eval tests/eval/questions.jsonl --fit` fits the need model on
(as scripts/need_point_cv.py does), each judged whole and clause by clause with the shipped
model's weights. For each variant of the need's signals, fits the need model on the other
files and chooses its points by the shipped rule on those files alone (nested), then applies
both to the held-out file; prints one markdown row per variant (every profile file pooled,
and the newest writer's file, `tuning.NEED_PROFILES[-1]`, alone). Then, at the shipped
signals, the covered needs sent to the middle state scored by the 3 or the
`answers.fit.UNCLEAR_CLOSEST` projects it offers "to check", per held-out profile file.
Dev only (docs/EVALUATION.md, "#16 need decision, fifth pass").
"""

from __future__ import annotations

import math
from pathlib import Path

from assist import Assistant
from assist.answers import decide
from assist.answers import fit as fit_module
from assist.evaluation import tuning
from assist.evaluation.answering import judge_all
from assist.evaluation.retrieval import gather, library_ids, load_queries, section_owners

SOURCE = "tests/eval/questions.jsonl"
BASE = decide.NEED_FEATURES


def signals(judged) -> dict[str, float]:
    """The shipped need signals of one judged text and the candidates measured beside them."""
    values = dict(judged.decision.features)
    p = min(max(judged.decision.probability, 1e-4), 1 - 1e-4)
    values["ask"] = math.log(p / (1 - p))  # ask()'s own confidence on the need, as a logit
    cases = [s for s in judged.ranked if s.group.kind == "case"][:40]
    first = cases[0].group.parent_id if cases else None
    by_cosine = max(cases, key=lambda s: max(h.cosine for h in s.group.hits), default=None)
    by_words = max(cases, key=lambda s: max(h.bm25 for h in s.group.hits), default=None)
    values["dense_is_first"] = float(by_cosine is not None and by_cosine.group.parent_id == first)
    values["words_is_first"] = float(by_words is not None and by_words.group.parent_id == first)
    values["dense_words_agree"] = float(by_cosine is not None and by_cosine is by_words)
    values["cases_in_top5"] = sum(s.group.kind == "case" for s in judged.ranked[:5]) / 5
    scores = [s.score for s in cases]
    values["gap"] = ((scores[0] - scores[1]) / scores[0]
                     if len(scores) > 1 and scores[0] > 0 else 0.0)
    return values


def held_out(items, names, score):
    """Each item with its probability and its language's threshold, its file held out."""
    def fitted(train):
        return decide.fit([c.whole for c in train], [int(not c.query.off_topic) for c in train],
                          l2=tuning.NEED_L2, names=names)

    def grouped(train):
        out = []
        for source in sorted({c.query.source for c in train}):
            model = fitted([c for c in train if c.query.source != source])
            out += [(c, score(model, c)) for c in train if c.query.source == source]
        return out

    out = []
    for source in sorted({c.query.source for c in items}):
        train = [c for c in items if c.query.source != source]
        model, inner = fitted(train), grouped(train)
        out += tuning._at([(c, score(model, c)) for c in items if c.query.source == source],
                          tuning.need_point_of(inner), tuning.need_points(inner))
    return out


def whole_and_best_clause(model, c) -> float:  # as answers.fit.need_probability
    p = decide.probability(c.whole, model)
    best = max((decide.probability(f, model) for f in c.clause_values), default=None)
    return p if best is None else math.sqrt(p * best)


def main() -> None:
    assistant = Assistant.open()
    found, _ = load_queries(Path(SOURCE), library_ids(assistant), section_owners(assistant))
    dev = gather(assistant, [q for q in found if q.split == "dev"])
    dev += [c for cands in tuning.other_dev(assistant, SOURCE).values() for c in cands]
    needs = tuning.profile_needs(assistant, SOURCE, tuning.NEED_PROFILES)
    items = [c for c in dev if c.query.kind in tuning.NEED_KINDS] + needs
    rank = tuning.rank_params_of(assistant.model)
    judge_all(assistant, items, rank_params=rank, model=assistant.model)
    items = [c for c in items if c.judged.decision.features]
    pairs = tuning.clause_parts(assistant, items, rank, assistant.model)
    for c in items:
        c.whole, c.clause_values, c.clause_firsts = signals(c.judged), [], []
    for owner, part in pairs:
        if part.judged.decision.features:
            owner.clause_values.append(signals(part.judged))
            owner.clause_firsts.append([s.group.parent_id for s in part.judged.ranked
                                        if s.group.kind == "case"][:3])
    for c in items:  # the share of its clauses whose first 3 hold the whole need's first case
        first = next((s.group.parent_id for s in c.judged.ranked if s.group.kind == "case"), "")
        c.whole["clauses_agree"] = (sum(first in ids for ids in c.clause_firsts)
                                    / len(c.clause_firsts) if c.clause_firsts else 1.0)
        for values in c.clause_values:
            values["clauses_agree"] = c.whole["clauses_agree"]
    rankings = tuning.profile_rankings(assistant, SOURCE, needs, tuning.NEED_PROFILES)
    closest = assistant.model["need"]["closest"]
    newest = tuning.NEED_PROFILES[-1]

    def cells(rows):
        f = tuning.need_figures(rows, rankings, closest)["profiles"]
        return (f"{f['covered_answered_count']} / {f['covered']} | "
                f"{f['uncovered_declined_count']} / {f['uncovered']} | "
                f"{f['ndcg@5']:.3f} / {f['recall@5']:.3f} | {f['auc']:.3f}")

    variants = {"shipped (whole need and best clause)": (BASE, whole_and_best_clause),
                "whole need alone": (BASE, lambda m, c: decide.probability(c.whole, m))}
    for extra in ("ask", "dense_is_first", "words_is_first", "dense_words_agree",
                  "cases_in_top5", "gap", "clauses_agree"):
        variants[f"+ {extra}"] = (BASE + (extra,), whole_and_best_clause)
    variants["geometric mean with ask's probability"] = (BASE, lambda m, c: math.sqrt(
        whole_and_best_clause(m, c) * c.judged.decision.probability))
    print(f"| signals | profiles: covered answered | uncovered declined | nDCG@5 / R@5 | AUC | "
          f"`{newest}` held out: covered answered | uncovered declined | nDCG@5 / R@5 | AUC |")
    print("|---|---|---|---|---|---|---|---|---|")
    shipped = None
    for name, (names, score) in variants.items():
        rows = held_out(items, names, score)
        shipped = shipped or rows
        mine = [x for x in rows if x[0].query.source == newest]
        print(f"| {name} | {cells(rows)} | {cells(mine)} |")
    print()
    print("| held out | covered in the middle state | relevant among 3 offered | "
          f"among {fit_module.UNCLEAR_CLOSEST} | closest counted nDCG@5 / R@5 (3) | "
          f"({fit_module.UNCLEAR_CLOSEST}) |")
    print("|---|---|---|---|---|---|")
    offered = {}
    for k in (3, fit_module.UNCLEAR_CLOSEST):
        fit_module.UNCLEAR_CLOSEST, kept = k, fit_module.UNCLEAR_CLOSEST
        offered[k] = tuning.profile_rankings(assistant, SOURCE, needs, tuning.NEED_PROFILES)
        fit_module.UNCLEAR_CLOSEST = kept
    for source in tuning.NEED_PROFILES:
        mine = [x for x in shipped if x[0].query.source == source]
        middle = [c.query.id for c, p, th in mine
                  if c.query.id in rankings and closest <= p < th]
        hits = {k: sum(offered[k][i][3] > 0 for i in middle) for k in offered}
        figures = {k: tuning.need_figures(mine, offered[k], closest)["profiles"] for k in offered}
        print(f"| `{source}` | {len(middle)} | " + " | ".join(str(hits[k]) for k in offered)
              + " | " + " | ".join(f"{f['ndcg@5 closest counted']:.3f} / "
                                   f"{f['recall@5 closest counted']:.3f}"
                                   for f in figures.values()) + " |")


if __name__ == "__main__":
    main()
