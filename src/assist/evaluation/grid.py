"""Grid search over `FusionParams` on the dev set: best nDCG@5 that meets the abstention goals."""

from __future__ import annotations

import itertools
from dataclasses import asdict

from assist.evaluation.retrieval import (
    TARGET_ANSWERED,
    calibrate,
    rank_all,
    ranking_metrics,
)
from assist.retrieval.fusion import FusionParams

# Ranges for the re-centred cosines (index.recentre): best passages score 0.3 to 0.6.
WEIGHTS = (0.3, 0.4, 0.5, 0.6, 0.7)
COS_FLOORS = (0.10, 0.15, 0.20, 0.25, 0.30)
COS_CEILINGS = (0.45, 0.50, 0.55, 0.60, 0.65)
BM25_HALVES = (8.0, 12.0, 16.0, 24.0)


def grid_search(searcher, cands, per_language: bool = True) -> dict:
    """Try every combination of weight, cos_floor, cos_ceiling and bm25_half.

    The thresholds are not searched, since they do not change the ranking: each setting gets
    the ones that decline every off-topic query (`calibrate`). The best setting is the one of
    highest nDCG@5 among those that still answer ≥95% of the other queries; when none does,
    the one answering the most (then by nDCG@5), flagged ``feasible: False``.
    """
    best, feasible, tried = None, 0, 0
    for weight, floor, ceiling, half in itertools.product(WEIGHTS, COS_FLOORS, COS_CEILINGS,
                                                          BM25_HALVES):
        params = FusionParams(weight=weight, cos_floor=floor, cos_ceiling=ceiling,
                              bm25_half=half)
        rank_all(searcher, cands, params, only=("hybrid",))
        tried += 1
        params, answered = calibrate(cands, "hybrid", params, per_language)
        ok = answered >= TARGET_ANSWERED
        feasible += ok
        ndcg = ranking_metrics(cands, "hybrid")["ndcg@5"]
        key = (ok, ndcg if ok else answered, ndcg)
        if best is None or key > best["key"]:
            best = {"key": key, "feasible": ok, "ndcg@5": ndcg, "answered": answered,
                    "params": asdict(params)}
    rank_all(searcher, cands, searcher.params, only=("hybrid",))  # leave the shipped ranking
    best.pop("key")
    return {"tried": tried, "feasible": feasible, "per_language": per_language, "best": best}
