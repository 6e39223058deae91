"""Fusion of dense and lexical scores: pure functions over {chunk position: score}.

Scores are put on one absolute 0..1 scale before they are combined, rather than min-max
normalised per query, so that the fused score also means something across questions and can
carry the abstention threshold:

- semantic: the cosine of the re-centred vectors (`index.recentre`), mapped linearly from
  [`cos_floor`, `cos_ceiling`] to [0, 1] and clipped (the best passages of in-scope
  questions score 0.3 to 0.6);
- lexical: BM25 saturated as ``s / (s + bm25_half)``, 0.5 when ``s == bm25_half``;
- fused: ``weight * semantic + (1 - weight) * lexical``.

A chunk that only one search returned gets the other's floor (the lowest dense score seen,
or no lexical score), a lower bound of what it would have had.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FusionParams:
    """Tuned on the dev set (docs/EVALUATION.md)."""

    weight: float = 0.4
    cos_floor: float = 0.20
    cos_ceiling: float = 0.50
    bm25_half: float = 16.0
    min_score: float = 0.40  # below this the top result is not a match: abstain
    # e5 matches an English question to French passages with lower cosines than a French
    # one, so English questions get their own abstention threshold (None: `min_score`).
    min_score_en: float | None = 0.196
    # A result is also a match when one of its passages is this close in meaning (re-centred
    # cosine), whatever the words: a question that paraphrases a project shares none of its
    # words, and a spurious word in common (a city's name) must not carry an off-topic one.
    min_cosine: float | None = 0.44
    min_cosine_en: float | None = 0.39


def threshold(p: FusionParams, language: str) -> float:
    """The abstention threshold for a question in `language` ("fr" or "en")."""
    return p.min_score_en if language == "en" and p.min_score_en is not None else p.min_score


def cosine_threshold(p: FusionParams, language: str) -> float:
    """The re-centred cosine that makes a match on its own (infinite: no such rule)."""
    value = p.min_cosine_en if language == "en" and p.min_cosine_en is not None else p.min_cosine
    return float("inf") if value is None else value


def is_match(fused: float, cosine: float, p: FusionParams, language: str) -> bool:
    """Whether a result with these scores answers a question in `language` at all."""
    return fused >= threshold(p, language) or cosine >= cosine_threshold(p, language)


def semantic_scale(cosine: float, p: FusionParams) -> float:
    return min(1.0, max(0.0, (cosine - p.cos_floor) / (p.cos_ceiling - p.cos_floor)))


def lexical_scale(bm25: float, p: FusionParams) -> float:
    return bm25 / (bm25 + p.bm25_half) if bm25 > 0 else 0.0


def fuse(dense: dict[int, float], lexical: dict[int, float], p: FusionParams) -> dict[int, float]:
    floor = min(dense.values()) if dense else 0.0
    return {
        pos: p.weight * semantic_scale(dense.get(pos, floor), p)
        + (1 - p.weight) * lexical_scale(lexical.get(pos, 0.0), p)
        for pos in dense.keys() | lexical.keys()
    }


def rrf(dense: dict[int, float], lexical: dict[int, float], k: int = 60) -> dict[int, float]:
    """Reciprocal-rank fusion, kept as the baseline the evaluation compares against."""
    out: dict[int, float] = {}
    for scores in (dense, lexical):
        for rank, pos in enumerate(sorted(scores, key=lambda i: -scores[i])):
            out[pos] = out.get(pos, 0.0) + 1.0 / (k + rank + 1)
    return out
