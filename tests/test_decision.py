"""The question-level decision's three states, as users get them (issue 10).

"answered": results; "closest": no project clearly matches, the nearest offered apart and
never as results; "declined": the plain "nothing fits". The state follows the confidence and
the two fitted thresholds; the JSON says which (`decision`)."""

from __future__ import annotations

import json

import pytest

from assist.answers.decide import CLOSEST, state_of
from assist.answers.decision_model import MODEL
from assist.cli.output import print_answer
from assist.models import Answer
from assist.text.i18n import t


def test_the_fitted_thresholds_make_a_middle_band() -> None:
    assert 0.0 < MODEL["closest"] < MODEL["threshold"] <= 1.0
    assert state_of(MODEL["threshold"]) == "answered"
    assert state_of((MODEL["closest"] + MODEL["threshold"]) / 2) == "closest"
    assert state_of(MODEL["closest"] / 2) == "declined"
    # Provenance: fitted on dev only, profile needs included, never the test split.
    fitted = MODEL["fitted_on"]
    assert fitted["split"] == "dev" and fitted["profile_needs"]["split"] == "dev"


@pytest.mark.parametrize("question", [
    "Qui détecte les fuites d'eau avec l'IA ?",
    "robot au téléphone pour enlever les vieux meubles",
    "localiser les brèches dans la tuyauterie",
    "Quelle est la recette du bœuf bourguignon ?",
    "Optimising snow ploughing routes with AI",
])
def test_what_is_shown_follows_the_confidence(assistant, question: str) -> None:
    answer = assistant.ask(question)
    expected = state_of(answer.confidence, assistant.model)
    assert answer.decision == expected, (answer.confidence, answer.decision)
    if expected == "answered":
        assert answer.results and not answer.closest and not answer.abstained
    elif expected == "closest":
        assert answer.abstained and not answer.results
        assert 1 <= len(answer.closest) <= CLOSEST
        assert answer.message == t("answer.closest", answer.language)
    else:
        assert answer.abstained and not answer.results and not answer.closest
        assert answer.message == t("answer.abstain", answer.language)


@pytest.mark.parametrize("language, question", [
    ("fr", "poser des questions aux agents de la mairie par un robot"),
    ("en", "a robot that answers the town hall's phone calls"),
])
def test_the_middle_state_offers_the_closest_apart(assistant, monkeypatch, capsys,
                                                   language: str, question: str) -> None:
    """With every confidence in the middle band, any real question gets the middle state:
    the closest apart, in the question's language, in the JSON and on the command line."""
    monkeypatch.setattr(assistant, "model", {**assistant.model, "closest": 0.0,
                                             "threshold": 1.01})
    answer = assistant.ask(question + " (bande du milieu)")
    assert answer.language == language
    assert answer.decision == "closest" and answer.abstained and not answer.results
    assert [r.rank for r in answer.closest] == list(range(1, CLOSEST + 1))
    assert all(r.citations and r.why.reasons for r in answer.closest)
    data = json.loads(answer.model_dump_json())
    assert data["decision"] == "closest" and len(data["closest"]) == CLOSEST
    assert Answer.model_validate(data).decision == "closest"  # the JSON reads back
    print_answer(answer)
    out = capsys.readouterr().out
    assert t("answer.closest", language) in out and t("answer.closest_heading", language) in out
    assert answer.closest[0].title in out


def test_an_answer_without_the_new_fields_reads_as_before() -> None:
    """Older JSON (no `decision`, no `closest`) still reads: the state is derived."""
    old = {"question": "q", "language": "fr", "abstained": True, "message": "m",
           "summary": "", "results": []}
    assert Answer.model_validate(old).decision == "declined"
    assert Answer.model_validate(old | {"abstained": False}).decision == "answered"
