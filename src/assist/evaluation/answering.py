"""What people get: the assistant's shown results measured per split and per kind of query,
beside today's rule (per-result thresholds) and BM25 alone, on the same searches.

Metrics are over what is *shown*: a question the assistant declines shows nothing, so an
in-scope question declined counts 0 in Recall@5, nDCG@5 and MRR.
"""

from __future__ import annotations

from collections.abc import Callable

from assist.answers.decide import CLOSEST, picked
from assist.evaluation.retrieval import (
    Candidates,
    ndcg_at,
    recall_at,
    reciprocal_rank,
)
from assist.retrieval.fusion import FusionParams, fuse, is_match
from assist.retrieval.ranking import asks_for_records

TOP_K = 5
# Today's rule (before issue 10): each result must clear a fused score or a cosine threshold
# of the question's detected language, fitted on the 88 queries of tests/eval/dev.jsonl.
TODAY = FusionParams(weight=0.4, cos_floor=0.20, cos_ceiling=0.50, bm25_half=16.0,
                     min_score=0.40, min_score_en=0.196, min_cosine=0.44, min_cosine_en=0.39)
Shown = Callable[[Candidates], list[str]]


def judge_all(assistant, cands: list[Candidates], rank_params=None, model=None) -> None:
    """The assistant's judgement of each question (ranking and decision), kept on it."""
    for c in cands:
        c.judged = assistant.judge(c.query.text, c.query.detected, c.allowed, c.dense,
                                   c.lexical, rank_params=rank_params, model=model,
                                   vector=c.vector)


def assistant_shown(c: Candidates, ratio: float | None = None) -> list[str]:
    if not c.judged.decision.answer:
        return []
    return [s.key for s in picked(c.judged.ranked, c.judged.decision, TOP_K, ratio,
                                  records=asks_for_records(c.query.text))]


def assistant_closest(c: Candidates) -> list[str]:
    """What the assistant offers apart when nothing clearly matches ([] otherwise)."""
    if c.judged.decision.state != "closest":
        return []
    return [s.key for s in c.judged.ranked[:CLOSEST]]


def closest_measure(cands: list[Candidates]) -> dict:
    """How often the middle state is used, and whether it helps: among the in-scope judged
    questions given "the closest" (counted as not answered), the share whose relevant result
    is among the closest offered."""
    ins = [c for c in cands if not c.query.off_topic]
    off = [c for c in cands if c.query.off_topic]
    offered = [c for c in ins if c.query.judged and assistant_closest(c)]
    return {"in_scope": _mean([bool(assistant_closest(c)) for c in ins]),
            "declinable": _mean([bool(assistant_closest(c)) for c in off]),
            "n": len(offered),
            "relevant_among": _mean([reciprocal_rank(assistant_closest(c), c.query.judged,
                                                     CLOSEST) > 0 for c in offered])}


def assistant_ranking(c: Candidates) -> list[str]:
    """The ranking alone, every question answered (what the decision is applied to)."""
    return [s.key for s in c.judged.ranked[:TOP_K]]


def today_shown(searcher) -> Shown:
    def ids(c: Candidates) -> list[str]:
        groups = searcher.rank(c.dense, c.lexical, fuse(c.dense, c.lexical, TODAY))
        return [g.key for g in groups if is_match(g.score, g.cosine, TODAY, c.query.detected)
                ][:TOP_K]
    return ids


def bm25_shown(searcher) -> Shown:
    def ids(c: Candidates) -> list[str]:
        return [g.key for g in searcher.rank(c.dense, c.lexical, dict(c.lexical))][:TOP_K]
    return ids


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def measure(cands: list[Candidates], ids: Shown) -> dict:
    """Recall@5, nDCG@5, MRR over judged questions; answered and declined shares; by kind."""
    rows = [(c, ids(c)) for c in cands]
    judged = [(c, r) for c, r in rows if c.query.judged and not c.query.off_topic]

    def ranking(pairs) -> dict:
        return {"n": len(pairs),
                "recall@5": _mean([recall_at(r, c.query.judged) for c, r in pairs]),
                "ndcg@5": _mean([ndcg_at(r, c.query.judged) for c, r in pairs]),
                "mrr": _mean([reciprocal_rank(r, c.query.judged) for c, r in pairs])}

    def shares(pairs) -> dict:
        ins = [bool(r) for c, r in pairs if not c.query.off_topic]
        off = [not r for c, r in pairs if c.query.off_topic]
        return {"answered": _mean(ins), "declined": _mean(off), "n_declinable": len(off)}

    out = ranking(judged) | shares(rows)
    out["kinds"] = {kind: ranking([(c, r) for c, r in judged if c.query.kind == kind])
                    | shares([(c, r) for c, r in rows if c.query.kind == kind])
                    for kind in sorted({c.query.kind for c in cands})}
    for language in ("fr", "en"):
        out[f"ndcg@5 {language}"] = ranking([(c, r) for c, r in judged
                                             if c.query.language == language])["ndcg@5"]
    return out


def misses(cands: list[Candidates], ratio: float | None = None) -> list[dict]:
    """The assistant's failures on these questions: wrong decision, or nothing relevant shown."""
    out = []
    for c in cands:
        ids = assistant_shown(c, ratio)
        top = [f"{s.key} ({s.score:.2f})" for s in c.judged.ranked[:3]]
        entry = {"id": c.query.id, "kind": c.query.kind, "query": c.query.text, "top": top,
                 "confidence": round(c.judged.decision.probability, 3)}
        if c.query.off_topic and ids:
            out.append(entry | {"problem": "answered, should decline"})
        elif not c.query.off_topic and not ids:
            out.append(entry | {"problem": "declined"})
        elif c.query.judged and reciprocal_rank(ids, c.query.judged, TOP_K) == 0:
            out.append(entry | {"problem": "no relevant result shown"})
    return out
