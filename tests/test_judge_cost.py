"""One question's work done once: each passage's token matches (the decision's support and
lift and the ranking's late signal read the same first results and background sample), and
the question's embedding (a declined question filed under a theme is not embedded again).
Counted on the real model, index and export; each test fails if the work is done twice."""

from __future__ import annotations

from collections import Counter

import assist.retrieval.late as late


def test_each_passage_is_matched_once_per_question(assistant, monkeypatch) -> None:
    matched: Counter[int] = Counter()
    real = late._matches

    def counting(question, passage):
        matched[id(passage)] += 1
        return real(question, passage)

    monkeypatch.setattr(late, "_matches", counting)
    answer = assistant.ask("Quels capteurs pour repérer les fuites dans les canalisations ?")
    assert answer.results  # answered: the support, the lift and the late signal were read
    assert len(matched) >= late.BACKGROUND + 1  # the background sample and the results
    assert max(matched.values()) == 1, "a passage's matches were computed twice"


def test_a_declined_question_is_embedded_once(assistant, monkeypatch) -> None:
    texts: list[str] = []
    real = assistant.embedder.queries

    def counting(batch):
        texts.extend(batch)
        return real(batch)

    monkeypatch.setattr(assistant.embedder, "queries", counting)
    nothing = assistant.ask("recette du gratin dauphinois de la grand-mère de Louis")
    assert nothing.abstained and not nothing.closest and not nothing.understood
    assert assistant.question_theme(nothing) == ""  # far from every project: no theme
    assert texts == [nothing.question]
