"""Decide once per question whether the catalogue answers it, then which results to show.

The decision is a small logistic model over signals of the whole question (not of each
result): how close in meaning the best passage is, how much of the question's rare words the
best results hold, whether the question names something the catalogue knows, how many of its
words the corpus knows at all (random letters: none), the margin between the first results,
its language. Its coefficients are fitted on the dev split only (`assist eval --fit`) and
live in `decision_model.py` with their provenance.

An answered question then shows every result whose score is close to the best one, relative
to it, up to `top_k`: a list question lists, a precise one stops after its answer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from assist.answers.decision_model import MODEL
from assist.retrieval.ranking import Scored, Terms
from assist.retrieval.understand import Mention

FEATURES = ("cosine", "coverage", "known", "unknown", "named", "kind", "kind_list", "margin", "score", "english",
            "words", "domain", "peak", "cosine_en", "score_en", "domain_en")


@dataclass
class Decision:
    answer: bool
    probability: float
    features: dict[str, float]


def features(ranked: list[Scored], terms: Terms, mentions: list[Mention],
             language: str, domain: float = 0.0, records: bool = False) -> dict[str, float]:
    """The question-level signals. `domain` is the cosine between the question's vector and
    the corpus's mean passage: questions about local authorities and their services sit near
    it, a recipe or a football score far from it, whatever their words."""
    top = ranked[:3]
    cosines = sorted((s.cosine for s in ranked[:10]), reverse=True)
    english = float(language == "en")
    values = {
        "cosine": max((s.cosine for s in ranked[:10]), default=0.0),
        "coverage": max((s.coverage for s in top), default=0.0),
        "known": terms.known,
        # The share of the question's rarity (IDF) in words the corpus does not hold at all.
        "unknown": sum(terms.idf[s] for s in terms.stems if s in terms.unknown)
        / (terms.total or 1.0),
        "named": float(any(m.is_name for m in mentions)),
        "kind": float(any(not m.is_name for m in mentions)),
        # "Quels projets sont terminés ?": a list asked by what the catalogue records.
        "kind_list": float(records and any(not m.is_name for m in mentions)),
        "margin": ranked[0].score - ranked[1].score if len(ranked) > 1 else 0.0,
        "score": ranked[0].score if ranked else 0.0,
        "english": english,
        "words": math.log1p(len(terms.stems)),
        "domain": domain,
        # How far the best result stands out from the next ones in meaning: a question that
        # matches one thing has a peak, one that matches nothing a flat list.
        "peak": cosines[0] - sum(cosines[1:]) / (len(cosines) - 1) if len(cosines) > 1 else 0.0,
    }
    # An English question meets French passages with lower cosines and fewer shared words:
    # its closeness signals get their own weights.
    for name in ("cosine", "score", "domain"):
        values[f"{name}_en"] = values[name] * english
    return values


def probability(values: dict[str, float], model: dict = MODEL) -> float:
    z = model["intercept"] + sum(
        model["coef"][name] * (values.get(name, 0.0) - model["mean"][name]) / model["scale"][name]
        for name in model["coef"])
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def decide(ranked: list[Scored], terms: Terms, mentions: list[Mention], language: str,
           domain: float = 0.0, records: bool = False, model: dict = MODEL) -> Decision:
    if not ranked or not terms.stems:
        return Decision(False, 0.0, {})
    values = features(ranked, terms, mentions, language, domain, records)
    p = probability(values, model)
    return Decision(p >= model["threshold"], p, values)


def shown(ranked: list[Scored], top_k: int, ratio: float | None = None) -> list[Scored]:
    """The results close to the best one: score at least `ratio` times the best's."""
    if not ranked:
        return []
    ratio = MODEL["ratio"] if ratio is None else ratio
    best = ranked[0].score
    return [s for s in ranked[:top_k] if s.score >= ratio * best]


# -- fitting (the evaluation calls this on the dev split only) -------------------------------

def fit(rows: list[dict[str, float]], labels: list[int], l2: float = 1.0,
        names: tuple[str, ...] = FEATURES) -> dict:
    """Logistic regression with an L2 penalty, by Newton's method on standardised features;
    both classes weigh the same in the fit, the threshold is chosen after it."""
    x = np.array([[r[n] for n in names] for r in rows], dtype=float)
    y = np.array(labels, dtype=float)
    # Both classes weigh the same in total: there are more in-scope questions than others.
    n_pos, n_neg = max(1.0, y.sum()), max(1.0, len(y) - y.sum())
    sw = np.where(y == 1, len(y) / (2 * n_pos), len(y) / (2 * n_neg))
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    penalty = np.diag([0.0] + [l2] * len(names))
    for _ in range(100):
        p = 1 / (1 + np.exp(-z @ w))
        grad = z.T @ (sw * (p - y)) + penalty @ w
        hess = z.T @ (z * (sw * p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return {"intercept": float(w[0]),
            "coef": {n: float(c) for n, c in zip(names, w[1:])},
            "mean": {n: float(m) for n, m in zip(names, mean)},
            "scale": {n: float(s) for n, s in zip(names, scale)}}
