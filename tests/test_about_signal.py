"""Issue 10, eleventh pass: the decision's "about" signal. A question a project answers stands
out towards that project, read on what each project is about (its title and first sentence,
embedded as a question is); a domain-adjacent question is about as close to every project as
to its nearest (`decide.about_contrast`, `Assistant.about`)."""

from __future__ import annotations

import numpy as np

import assist.assistant as assistant_module
from assist.answers.decide import FEATURES, about_contrast
from assist.assistant import about_text


def test_about_contrast_is_how_far_the_nearest_project_stands_out() -> None:
    alike = about_contrast(np.array([0.80, 0.79, 0.80, 0.81, 0.80]))
    one = about_contrast(np.array([0.90, 0.60, 0.61, 0.59, 0.60]))
    assert one > alike > 0.0
    # A shift of every cosine or a common scale changes nothing: only how far it stands out.
    sims = np.array([0.9, 0.6, 0.61, 0.59, 0.6])
    assert np.isclose(about_contrast(sims + 0.1), about_contrast(sims))
    assert np.isclose(about_contrast(sims * 2), about_contrast(sims))
    # Nothing to stand out from.
    assert about_contrast(np.array([0.7])) == 0.0
    assert about_contrast(np.array([0.5, 0.5, 0.5])) == 0.0


def test_about_text_is_the_title_and_the_first_sentence(assistant) -> None:
    case = assistant.case("aix-marseille-callbot-encombrants")
    text = about_text(case)
    assert text.startswith(f"{case.nom_projet}. ")
    first = text[len(case.nom_projet) + 2:]
    assert case.usage_description.strip().startswith(first)
    assert first.endswith(".") and len(first) < len(case.usage_description.strip())


def test_the_decision_reads_about_and_a_project_stands_out_more_than_an_adjacent_need(
        assistant) -> None:
    assert "about" in FEATURES

    def about(question: str) -> float:
        vector = assistant.embedder.queries([question])[0]
        allowed, dense, lexical = assistant.candidates(vector, question)
        found = assistant.judge(question, "fr", allowed, dense, lexical, vector=vector)
        assert np.isclose(found.decision.features["about"], assistant.about(question, vector))
        return found.decision.features["about"]

    covered = about("Un callbot pour prendre les appels sur le ramassage des encombrants")
    adjacent = about("Les jours de chasse en battue dans le bois communal inquiètent les "
                     "promeneurs : comment les prévenir ?")
    assert covered > adjacent > 0.0


def test_about_is_not_measured_over_too_many_projects(assistant, monkeypatch) -> None:
    monkeypatch.setattr(assistant_module, "ABOUT_CASES", 1)
    monkeypatch.setattr(assistant, "_about", None)
    assert assistant.about("Un callbot pour les encombrants") == assistant_module._usual(
        assistant.model, "about")
