"""fit against the search alone, and the need decision, each dev file held out (fit11, dev only).

    python scripts/fit_rank_cv.py CACHE.pkl        # the cache of scripts/fit_rank_cache.py

Every row: for each source file in turn, the need model fitted on the other files and its
points chosen by the shipped rule on those files' own held-out probabilities (nested, as
`tuning.need_grouped_nested`), then applied to the held-out file. On its covered profiles:
nDCG@5 / Recall@5 of what fit shows (0 when not answered), with the middle state's closest
counted, and of the search alone (the need's case ranking, no decision, no criteria); on its
uncovered ones, how many are declined (middle state included). Offline: no index is read.
"""

from __future__ import annotations

import math
import pickle
import sys
from types import SimpleNamespace

from assist.answers import decide
from assist.answers.fit import UNCLEAR_CLOSEST, met_share, violated
from assist.evaluation import tuning
from assist.evaluation.retrieval import ndcg_at, recall_at

K = 5


def load(path: str):
    with open(path, "rb") as f:
        data = pickle.load(f)
    items = []
    for row in data["rows"].values():
        if not row["features"]:
            continue
        row["query"] = SimpleNamespace(id=row["id"], source=row["source"], kind=row["kind"],
                                       off_topic=row["off_topic"], detected=row["detected"])
        items.append(SimpleNamespace(**row))
    return items, data


def whole_and_best(model, c, names=None) -> float:
    p = decide.probability(c.features, model)
    best = max((decide.probability(f, model) for f in c.clauses), default=None)
    return p if best is None else math.sqrt(p * best)


def fitted(train, names=decide.NEED_FEATURES, key=lambda c: c.features):
    return decide.fit([key(c) for c in train], [int(not c.off_topic) for c in train],
                      l2=tuning.NEED_L2, names=names)


def held_out(items, score=whole_and_best, fit=fitted, point=None):
    """(item, probability, threshold) for each item, its file held out (nested points)."""
    def grouped(train):
        out = []
        for source in sorted({c.source for c in train}):
            model = fit([c for c in train if c.source != source])
            out += [(c, score(model, c)) for c in train if c.source == source]
        return out

    out = []
    for source in sorted({c.source for c in items}):
        train = [c for c in items if c.source != source]
        model, inner = fit(train), grouped(train)
        th, points = (point or (lambda s: (tuning.need_point_of(s), tuning.need_points(s))))(inner)
        out += tuning._at([(c, score(model, c)) for c in items if c.source == source], th,
                          points)
    return out


def fit_ranking(c, w=0.2, ratio=0.3, musts=True, cases=None) -> list[str]:
    """What fit shows for a covered profile when its need is answered (`fit.plan`)."""
    cases = cases if cases is not None else c.cases
    best = max((s for _, s in cases), default=0.0)
    out = []
    for cid, s in cases:
        checks = c.checks.get(cid)
        if checks is None:
            continue
        need = s / best if best > 0 else 0.0
        if need < ratio or (musts and violated(checks)):
            continue
        score = need * (1 - w + w * met_share(checks)) if checks else need
        out.append((-score, -need, cid))
    return [cid for _, _, cid in sorted(out)]


def closest_ranking(c, k=UNCLEAR_CLOSEST) -> list[str]:
    return [cid for cid, _ in c.cases if cid in c.checks and not violated(c.checks[cid])][:k]


def search_ranking(c) -> list[str]:
    return [cid for cid, _ in c.cases]


def figures(scored, closest=0.15, rank=fit_ranking, **kw):
    """Counts and means over the profiles of `scored` (item, probability, threshold)."""
    prof = [(c, p, th) for c, p, th in scored if c.kind == "profile"]
    cov = [(c, p, th) for c, p, th in prof if c.covered]
    unc = [(c, p, th) for c, p, th in prof if not c.covered]
    f = {"covered": len(cov), "uncovered": len(unc),
         "answered": sum(p >= th for _, p, th in cov),
         "middle_cov": sum(closest <= p < th for _, p, th in cov),
         "declined": sum(p < th for _, p, th in unc),
         "middle_unc": sum(closest <= p < th for _, p, th in unc)}
    n = max(1, len(cov))
    sums = dict.fromkeys(("fit_ndcg", "fit_recall", "cc_ndcg", "cc_recall", "search_ndcg",
                          "search_recall", "all_ndcg", "all_recall"), 0.0)
    for c, p, th in cov:
        shown = rank(c, **kw)
        s = search_ranking(c)
        offered = closest_ranking(c) if closest <= p < th else []
        got = shown if p >= th else []
        for name, ids in (("fit", got), ("cc", got or offered), ("search", s), ("all", shown)):
            sums[f"{name}_ndcg"] += ndcg_at(ids, c.judged, K) / n
            sums[f"{name}_recall"] += recall_at(ids, c.judged, K) / n
    f.update(sums)
    return f


def line(name, f) -> str:
    return (f"| {name} | {f['answered']} / {f['covered']} ({f['middle_cov']}) | "
            f"{f['declined']} / {f['uncovered']} ({f['middle_unc']}) | "
            f"{f['fit_ndcg']:.3f} / {f['fit_recall']:.3f} | {f['cc_ndcg']:.3f} / "
            f"{f['cc_recall']:.3f} | {f['all_ndcg']:.3f} / {f['all_recall']:.3f} | "
            f"{f['search_ndcg']:.3f} / {f['search_recall']:.3f} |")


HEAD = ("| held out | covered answered (middle) | uncovered declined (middle) | fit nDCG@5 / R@5 "
        "| closest counted | fit, every need answered | search |\n|---|---|---|---|---|---|---|")


def by_file(scored, files, **kw):
    print(HEAD)
    for name in files:
        mine = [x for x in scored if x[0].source == name]
        if any(c.kind == "profile" for c, _, _ in mine):
            print(line(f"`{name}`", figures(mine, **kw)))
    print(line("all profiles", figures(scored, **kw)))


GRID_W = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0)


def main(path: str) -> None:
    items, data = load(path)
    scored = held_out(items)
    for w in (0.2, 0.4):
        print(f"\nw = {w}, relative cut 0.3 (the need decision the same in both)\n")
        by_file(scored, data["files"], w=w)
    covered = [c for c in items if c.kind == "profile" and c.covered]
    files = [f for f in data["files"] if any(c.source == f for c in covered)]
    print("\nEvery covered need answered: nDCG@5 by weight of the criteria (rows) and file\n")
    print("| w | " + " | ".join(f"`{f}`" for f in files) + " | all (nDCG@5 / R@5) |")
    print("|---" * (len(files) + 2) + "|")
    for w in GRID_W:
        cells = [sum(ndcg_at(fit_ranking(c, w=w), c.judged, K) for c in covered
                     if c.source == f) / sum(c.source == f for c in covered) for f in files]
        nd = sum(ndcg_at(fit_ranking(c, w=w), c.judged, K) for c in covered) / len(covered)
        rc = sum(recall_at(fit_ranking(c, w=w), c.judged, K) for c in covered) / len(covered)
        print(f"| {w} | " + " | ".join(f"{x:.3f}" for x in cells) + f" | {nd:.3f} / {rc:.3f} |")
    for ratio in (0.0, 0.5):
        nd = sum(ndcg_at(fit_ranking(c, ratio=ratio), c.judged, K) for c in covered) / len(covered)
        print(f"relative cut {ratio} at w 0.2: nDCG@5 {nd:.3f}")
    nd = sum(ndcg_at(fit_ranking(c, musts=False), c.judged, K) for c in covered) / len(covered)
    print(f"musts not applied, w 0.2: nDCG@5 {nd:.3f}")


if __name__ == "__main__":
    main(sys.argv[1])
