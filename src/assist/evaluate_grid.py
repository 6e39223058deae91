"""Grid search over `FusionParams` on the dev set: best nDCG@5 that meets the abstention goals."""

from __future__ import annotations

import itertools

from assist.evaluate import calibrate, rank_all, ranking_metrics
from assist.fusion import FusionParams

WEIGHTS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
COS_FLOORS = (0.74, 0.76, 0.78, 0.80)
COS_CEILINGS = (0.86, 0.88, 0.90, 0.92)
BM25_HALVES = (4.0, 8.0, 12.0, 16.0)


def grid_search(searcher, cands) -> dict:
    """Try every combination; `min_score` is not searched but calibrated for each one (the
    middle of the gap between off-topic and in-scope top scores), since it does not change
    the ranking. Returns the best feasible setting and how many were feasible."""
    best, feasible, tried = None, 0, 0
    for weight, floor, ceiling, half in itertools.product(WEIGHTS, COS_FLOORS, COS_CEILINGS,
                                                          BM25_HALVES):
        params = FusionParams(weight=weight, cos_floor=floor, cos_ceiling=ceiling,
                              bm25_half=half)
        rank_all(searcher, cands, params, only=("hybrid",))
        tried += 1
        threshold = calibrate(cands, "hybrid")
        if threshold is None:
            continue
        feasible += 1
        ndcg = ranking_metrics(cands, "hybrid")["ndcg@5"]
        if best is None or ndcg > best["ndcg@5"] + 1e-9:
            best = {"ndcg@5": ndcg, "params": {**params.__dict__, "min_score": threshold}}
    rank_all(searcher, cands, searcher.params, only=("hybrid",))  # leave the shipped ranking
    return {"tried": tried, "feasible": feasible, "best": best}
