"""Issue 10, fifth pass: the late-interaction signal re-orders the first results (`ranking`),
with its weight fitted on dev; on the real model, the real index and the library's export."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import numpy as np

from assist.assistant import Assistant
from assist.evaluation.tuning import _grid, _scores
from assist.retrieval.ranking import LATE_RESULTS, SIGNALS, RankParams, combine
from assist.text.analyser import tokens
from assist.text.i18n import t
from assist.text.topic import salient_cover

QUESTIONS = Path(__file__).parent / "eval" / "questions.jsonl"
LATE_ON_DEV = 16.0


def _dev(question_id: str) -> dict:
    row = next(json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines()
               if line.strip() and json.loads(line)["id"] == question_id)
    assert row["split"] == "dev"  # chosen on dev: the test split is never looked at
    return row


def _ranked(assistant: Assistant, text: str, params: RankParams):
    vector = assistant.embedder.queries([text])[0]
    allowed, dense, lexical = assistant.candidates(vector, text)
    return assistant.judge(text, "fr", allowed, dense, lexical, rank_params=params,
                           vector=vector).ranked


def test_the_late_signal_lifts_a_paraphrases_project_into_the_first_five(
        assistant: Assistant) -> None:
    """A dev paraphrase ("verdir la cité en trouvant où loger des végétaux": Bordeaux's
    plantability map, in none of its words) whose project the other signals rank 11th: the
    late signal, at the fitted weight, puts it among the first five; at weight 0 it is not.
    Its "why" says what moved it, in French and English, without a number."""
    row = _dev("q023")
    wanted = "bordeaux-calque-plantabilite"
    assert row["relevant"][wanted] == 3
    # The weight dev chose (docs/EVALUATION.md, fifth pass), set here so that a refit that
    # moves it does not move this test.
    # The hub prior (`hubs.py`) is held at 0: Bordeaux's record (14 passages) is one of the
    # hubs it lowers, and this test is about the late signal alone.
    fitted = replace(assistant.rank_params, late=LATE_ON_DEV, hub=0.0)
    without = [s.key for s in _ranked(assistant, row["query"], replace(fitted, late=0.0))]
    ranked = _ranked(assistant, row["query"], fitted)
    keys = [s.key for s in ranked]
    assert wanted not in without[:5]
    assert wanted in keys[:5]
    lifted = ranked[keys.index(wanted)]
    assert lifted.lifted and lifted.late > 0
    # Only the first results are measured, and the late signal only adds: the first ten by
    # the other signals are still the first ten.
    assert all(s.late == 0 for s in ranked[LATE_RESULTS:])
    assert set(keys[:LATE_RESULTS]) == set(without[:LATE_RESULTS])
    for language in ("fr", "en"):
        reasons = assistant.result(1, lifted, tokens(row["query"]), {}, "public",
                                   language).why.reasons
        assert t("why.late", language) in reasons
        assert not re.search(r"\d", t("why.late", language))
    # A result the late signal did not move up does not claim it.
    for s in ranked[:5]:
        reasons = assistant.result(1, s, tokens(row["query"]), {}, "public", "fr").why.reasons
        assert (t("why.late", "fr") in reasons) == s.lifted


def test_questions_asking_for_projects_keep_their_records_first_order(
        assistant: Assistant) -> None:
    """"Quels projets...": the late signal is not measured (on dev it put document sections
    back among a list's projects); the ranking is the other signals' alone."""
    text = "Quels projets détectent les fuites d'eau ?"
    # The hub prior (`hubs.py`) is held at 0: Bordeaux's record (14 passages) is one of the
    # hubs it lowers, and this test is about the late signal alone.
    fitted = replace(assistant.rank_params, late=LATE_ON_DEV, hub=0.0)
    ranked = _ranked(assistant, text, fitted)
    assert all(s.late == 0 and not s.lifted for s in ranked)
    assert [s.key for s in ranked] == [s.key for s in _ranked(assistant, text,
                                                              replace(fitted, late=0.0))]


def test_the_fit_scores_every_weighting_as_the_ranking_does(assistant: Assistant) -> None:
    """The fit's vectorised scores (`tuning._scores`, every weighting of the grid at once)
    are `ranking.combine`'s, late signal included, on a real question's results."""
    text = "écouter les tuyaux pour entendre où ils sont percés"
    ranked = _ranked(assistant, text, replace(assistant.rank_params, late=LATE_ON_DEV))
    x, _ = assistant.ranker.signals([s.group for s in ranked],
                                    assistant.ranker.terms(tokens(text)),
                                    np.ones(assistant.index.size, dtype=bool), [], False,
                                    assistant.params)
    x[:, SIGNALS.index("late")] = assistant.late_signal(
        text, assistant.ranker.terms(tokens(text)), [s.group for s in ranked])
    assert (x[:, SIGNALS.index("late")] > 0).any()
    grid = _grid()
    picked = grid[::997] + [replace(assistant.rank_params, late=LATE_ON_DEV)]
    assert any(p.late for p in picked) and any(not p.late for p in picked)
    assert np.array_equal(_scores(x, picked), np.stack([combine(x, p) for p in picked], 1))


def test_the_decision_reads_the_ranking_before_the_late_re_ranking(
        assistant: Assistant) -> None:
    """The decision's signals were fitted on the ranking without the late signal (on dev,
    reading them after it decided worse): the late weight re-orders what is shown and changes
    none of them but `salient`, which reads the first result shown (`decide.features`: each
    dev file held out, it told adjacent questions apart better on the first shown than on the
    first of the plain ranking, docs/EVALUATION.md ninth pass). The shipped model uses the
    late weight (fitted on dev)."""
    assert assistant.rank_params.late > 0
    row = _dev("q023")
    for text in (row["query"], "Comment réduire la consommation d'énergie de nos écoles ?",
                 "recette de la tarte tatin"):
        vector = assistant.embedder.queries([text])[0]
        allowed, dense, lexical = assistant.candidates(vector, text)
        judged = [assistant.judge(text, "fr", allowed, dense, lexical, vector=vector,
                                  rank_params=replace(assistant.rank_params, late=weight))
                  for weight in (0.0, LATE_ON_DEV)]
        plain, late = (j.decision.features for j in judged)
        assert plain.keys() == late.keys() and "salient" in plain
        assert {k: v for k, v in plain.items() if k != "salient"} == \
            {k: v for k, v in late.items() if k != "salient"}
        words = [(t.surface, t.stem) for t in tokens(text) if t.stem in judged[1].terms.idf]
        for j in judged:  # each on the first result it shows
            assert j.decision.features["salient"] == salient_cover(words, j.ranked[0].covered)
