"""Retrieval quality with the real model, index and export: the judged question set's TEST
split measured against today's rule and BM25 in the same run, and the behaviours issue 10 asks
for (names answered, lists listed, nonsense declined, what was understood removable)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assist.assistant import Assistant
from assist.evaluation.answering import (
    assistant_ranking,
    assistant_shown,
    bm25_shown,
    judge_all,
    measure,
    today_shown,
)
from assist.evaluation.retrieval import gather, library_ids, load_queries, section_owners

QUESTIONS = Path(__file__).parent / "eval" / "questions.jsonl"

KNOWN = [
    ("Comment détecter les fuites d'eau ?", "sicoval-fuites-eau"),
    ("Callbot pour le ramassage des encombrants", "aix-marseille-callbot-encombrants"),
]


@pytest.fixture(scope="session")
def judged_questions(assistant: Assistant):
    """The test split's judged questions embedded once for the session, then judged by the
    assistant (every question of the set must resolve; the dev split, which no test here
    reads, is not judged: `assist eval` measures it)."""
    queries, skipped = load_queries(QUESTIONS, library_ids(assistant), section_owners(assistant))
    assert not skipped and len(queries) >= 260
    cands = gather(assistant, [q for q in queries if q.split == "test"])
    judge_all(assistant, cands)
    return cands


@pytest.fixture(scope="session")
def test_split(assistant: Assistant, judged_questions) -> dict:
    """The test split (nothing was tuned on it), measured four ways in the same run."""
    test = [c for c in judged_questions if c.query.split == "test"]
    assert len(test) >= 100 and len(test) == len(judged_questions)
    figures = {"assistant": measure(test, assistant_shown),
               "ranking only": measure(test, assistant_ranking),
               "today's rule": measure(test, today_shown(assistant.searcher)),
               "bm25 alone": measure(test, bm25_shown(assistant.searcher))}
    for name, m in figures.items():
        kinds = m["kinds"]
        print(f"{name}: R@5 {m['recall@5']:.3f} nDCG@5 {m['ndcg@5']:.3f} answered "
              f"{m['answered']:.2f} declined {m['declined']:.2f} paraphrase R@5 "
              f"{kinds['paraphrase']['recall@5']:.3f} list R@5 {kinds['list']['recall@5']:.3f}")
    return figures


def first_case(answer) -> str:
    return next(r.id for r in answer.results if r.kind == "case")


@pytest.mark.parametrize(("question", "case_id"), KNOWN)
def test_known_question_ranks_known_case_first(shipped_assistant: Assistant, question: str,
                                               case_id: str) -> None:
    answer = shipped_assistant.ask(question)
    assert not answer.abstained
    assert first_case(answer) == case_id


def test_same_ranking_after_reopening_from_disk(shipped_assistant: Assistant) -> None:
    reopened = shipped_assistant.reopen()
    assert reopened.index.manifest["fingerprint"] == shipped_assistant.index.manifest["fingerprint"]
    for question, case_id in KNOWN:
        assert first_case(reopened.ask(question)) == case_id


# -- the test split, against what was there before -------------------------------------------

def test_test_split_declines_more_of_what_it_should_than_todays_rule(test_split) -> None:
    ours, today = test_split["assistant"], test_split["today's rule"]
    assert ours["n_declinable"] >= 20
    assert ours["declined"] > today["declined"]


def test_test_split_lists_beat_todays_rule(test_split) -> None:
    ours, today = test_split["assistant"]["kinds"], test_split["today's rule"]["kinds"]
    assert ours["list"]["recall@5"] > today["list"]["recall@5"]


def test_test_split_ranking_beats_bm25_and_todays_ranking(test_split) -> None:
    # The ranking alone (every question answered) against BM25 alone, which also answers all.
    assert test_split["ranking only"]["ndcg@5"] > test_split["bm25 alone"]["ndcg@5"]
    assert test_split["ranking only"]["recall@5"] > test_split["bm25 alone"]["recall@5"]


# -- behaviours --------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "-- --help", "'; DROP TABLE cases; --", "qsdkjf lmqkj zerpoi wxcv", "??? !!!",
    "<script>alert(1)</script>", "recette du bœuf bourguignon",
])
def test_nonsense_and_injections_are_declined(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained and not answer.results and answer.message
    # Declined by a margin, not by the runtime's rounding: "qsdkjf lmqkj zerpoi wxcv" once
    # sat at 0.3998 with one runtime and 0.4004 with another, on the 0.4 threshold.
    assert answer.confidence <= assistant.model["threshold"] - 0.1, answer.confidence


@pytest.mark.parametrize(("name", "facet"), [("Sicoval", "coll_nom"), ("Leakmited", "partenaires"),
                                             ("RECITAL", "nom_projet")])
def test_a_name_alone_is_answered_with_its_records(assistant: Assistant, name: str,
                                                   facet: str) -> None:
    answer = assistant.ask(name)
    assert not answer.abstained
    understood = [u for u in answer.understood if u.facet == facet]
    assert understood and understood[0].count >= 1
    top = assistant.case(answer.results[0].id)
    assert top is not None
    record = " ".join([top.title, top.coll_nom, *top.partenaires]).casefold()
    assert name.casefold() in record


def test_a_list_question_lists_the_records(assistant: Assistant) -> None:
    answer = assistant.ask("Quels sont les projets de Toulouse Métropole ?")
    records = [r for r in answer.results if r.kind == "case"]
    toulouse = [r for r in records if r.organisation == "Toulouse Métropole"]
    assert len(toulouse) >= 3
    assert answer.understood[0].label == "Projets portés par Toulouse Métropole : 4"


def test_what_was_understood_can_be_removed(assistant: Assistant) -> None:
    question = "projets du Sicoval"
    answer = assistant.ask(question)
    sicoval = [u for u in answer.understood
               if u.facet == "coll_nom" and "sicoval" in u.value.casefold()]
    assert sicoval and sicoval[0].label.startswith("Projets portés par ")
    named = [reason for r in answer.results for reason in r.why.reasons
             if "que nomme votre question" in reason]
    assert named
    without = assistant.ask(question, ignore=[sicoval[0].key])
    assert sicoval[0].key not in [u.key for u in without.understood]
    assert not any("que nomme votre question" in reason
                   for r in without.results for reason in r.why.reasons)
    plain = assistant.ask(question, understand=False)
    assert plain.understood == []


def test_reasons_are_plain_words_in_the_questions_language(assistant: Assistant) -> None:
    french = assistant.ask("Comment détecter les fuites d'eau ?")
    english = assistant.ask("Leakmited")  # a name alone reads as English
    assert english.language == "en"
    for answer, word in ((french, "mentionne"), (english, "which your question names")):
        assert not answer.abstained
        reasons = [reason for r in answer.results for reason in r.why.reasons]
        assert any(word in reason for reason in reasons), reasons
        # Scores stay in the Why fields, not in the sentences people read.
        assert not any(re.search(r"\d\.\d", reason) for reason in reasons), reasons
    assert french.results[0].why.semantic > 0 and french.results[0].why.coverage > 0
