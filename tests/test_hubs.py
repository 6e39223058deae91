"""The hub prior (retrieval/hubs.py) and the regions understood (issue 10, seventh pass)."""

from __future__ import annotations

import numpy as np
import pytest

from assist.assistant import Assistant
from assist.catalogue.geo import region_of
from assist.retrieval import hubs
from assist.retrieval.ranking import SIGNALS, RankParams, first_pass


def _unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


def test_a_result_near_everything_gets_a_positive_prior_and_its_own_passages_do_not_count():
    rng = np.random.default_rng(0)
    e0, e1 = np.eye(8)[0], np.eye(8)[1]
    # "a" and "b": tight clusters in two orthogonal directions; "hub": between them, so
    # half-near both
    vectors = _unit(np.vstack([(e0 + e1) + 0.05 * rng.normal(size=(3, 8)),
                               e0 + 0.05 * rng.normal(size=(4, 8)),
                               e1 + 0.05 * rng.normal(size=(4, 8))]))
    keys = ["hub"] * 3 + ["a"] * 4 + ["b"] * 4
    got = hubs.exact(list(range(len(keys))), vectors, keys)
    assert got.of("hub") > 0 > max(got.of("a"), got.of("b"))
    assert abs(sum(got.prior.values())) < 1e-6  # centred on the mean result
    assert not any(np.isnan(v) for v in got.prior.values())
    # a pseudo-question is never compared with its own result's passages: a result alone
    # in the sample has no row of its own to count
    alone = hubs.exact([0, 1, 2], vectors, keys)
    assert alone.of("hub") == 0.0 and alone.of("a") == pytest.approx(-alone.of("b"))
    assert hubs.exact([0], vectors[:3], keys[:3]) == hubs.NONE  # one result: nothing to say
    # `measure` (the nearest, searched, beyond HUB_EXACT) is the same when it reads every
    # passage
    sims = vectors @ vectors.T
    nearest = [sorted(((keys[j], float(sims[i, j])) for j in range(len(keys))),
                      key=lambda kv: -kv[1]) for i in range(len(keys))]
    searched = hubs.measure(keys, nearest)
    for key in ("hub", "a", "b"):
        assert searched.of(key) == pytest.approx(got.of(key), abs=1e-5)


def test_the_prior_only_lowers_the_cosine_by_its_weight():
    x = np.zeros((2, len(SIGNALS)))
    x[:, 0] = 0.45
    x[:, SIGNALS.index("hub")] = [0.1, -0.1]
    plain = first_pass(x, RankParams(hub=0.0))
    assert plain[0] == plain[1]
    weighed = first_pass(x, RankParams(hub=0.5))
    assert weighed[0] < plain[0] < weighed[1]


def test_the_assistants_prior_is_from_public_passages_and_measured_once(assistant: Assistant):
    got = assistant.hubs()
    assert got is assistant.hubs()  # kept
    passages = assistant.index.passages
    public_keys = {passages.groups[passages.group[p]][0]
                   for p in np.flatnonzero(~np.asarray(passages.restricted, dtype=bool))}
    restricted_only = {g[0] for g in passages.groups} - public_keys
    assert set(got.prior) == public_keys
    assert not restricted_only & set(got.prior)
    # the shipped cases with many passages are the hubs; a one-project record is not
    assert got.of("aix-marseille-callbot-encombrants") > 0 > got.of(
        "helsinki-pre-inscription-ecole")
    # it is a signal of every ranked result
    found = assistant.judge("fuites d'eau", "fr", *assistant.candidates(
        assistant.embedder.queries(["fuites d'eau"])[0], "fuites d'eau"))
    assert found.ranked


def test_regions_from_the_coordinates_and_understood_in_questions(assistant: Assistant):
    assert region_of(43.60, 1.43) == "Occitanie"  # Toulouse
    assert region_of(48.1113, -1.68) == "Bretagne"  # Rennes
    assert region_of(40.7128, -74.006) is None  # New York
    assert region_of(None, 2.0) is None
    for question, region in (("Projets d'IA en Occitanie", "Occitanie"),
                             ("AI projects in Brittany", "Bretagne")):
        answer = assistant.ask(question)
        places = [u for u in answer.understood if u.facet == "place"]
        assert [u.value for u in places] == [region], question
        cases = [c for c in assistant.cases() if region_of(c.latitude, c.longitude) == region]
        assert places[0].count == len(cases) > 0
        # said as a region, not as a commune ("à Occitanie")
        assert places[0].label.startswith(("Projets de la région Occitanie :",
                                           "Projects in the Bretagne region:")), places[0].label
    # a question that names no region understands none (no "place" from "France" alone)
    answer = assistant.ask("Quels projets d'IA en France ?")
    assert not [u for u in answer.understood if u.facet == "place"]
