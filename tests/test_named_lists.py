"""A question that asks for projects by what the catalogue records of them (a region, a
status, a partner...) is answered with the projects that carry it, whatever the model says of
its other words (issue 10, eighth pass: `decide.designated`); a kind of authority ("quelles
villes...") is how domain-adjacent lists are asked and answers nothing by itself.

The shipped model may or may not answer these questions on its own: to test the rule and not
the fit, the assistant here is the session's with its model's threshold set to 0.99
(`ASSIST_MIN_SCORE`), so that only the rule can answer."""

from __future__ import annotations

import pytest

from assist.answers.decide import designated
from assist.catalogue.geo import region_of
from assist.retrieval.understand import understand
from assist.text.i18n import t
from assist.text.vocab import label


@pytest.fixture(scope="module")
def strict(assistant):
    """The session's assistant (same index, model and catalogue) whose model answers
    nothing: threshold 0.99."""
    from assist.assistant import Assistant

    a = assistant
    return Assistant(a.settings.model_copy(update={"min_score": 0.99}), a.corpus, a.store, a.embedder,
                     a.index, a.merged, a._added)


def _region(assistant, case_id: str) -> str | None:
    case = assistant.case(case_id)
    return region_of(case.latitude, case.longitude) if case else None


@pytest.mark.parametrize(("question", "region", "language"), [
    ("Quels projets d'IA en Île-de-France ?", "Île-de-France", "fr"),
    ("projects in Brittany", "Bretagne", "en"),
    ("Projets en PACA", "Provence-Alpes-Côte d'Azur", "fr"),
])
def test_a_list_asked_by_a_region_lists_its_projects(strict, question, region, language):
    answer = strict.ask(question)
    assert answer.confidence < 0.99 and answer.decision == "answered", answer.confidence
    assert answer.results
    # Only the projects the region designates, and the answer says what decided.
    assert all(_region(strict, r.id) == region for r in answer.results), \
        [(r.id, _region(strict, r.id)) for r in answer.results]
    assert t("answer.named", language, names=region) in answer.notices


@pytest.mark.parametrize(("question", "language"), [
    ("Quels projets sont terminés ?", "fr"), ("Which AI projects are already finished?", "en")])
def test_a_status_list_lists_the_projects_of_that_status(strict, question, language):
    answer = strict.ask(question)
    assert answer.decision == "answered" and answer.results
    assert all(strict.case(r.id).projet_status == "Terminée" for r in answer.results)
    # The value as the question's language says it (the understood line says it so too).
    said = label("projet_status", "Terminée", language)
    assert t("answer.named", language, names=said) in answer.notices
    assert (said == "Completed") == (language == "en")


@pytest.mark.parametrize("question", [
    # a kind of authority designates most records: how adjacent lists are asked (dev a001..)
    "Quelles villes détectent les nids de frelons asiatiques avec l'intelligence artificielle ?",
    # a verb that is also a product's name, written as a verb
    "Which projects predict road accidents to redesign dangerous junctions?",
    # "PACS" stems as "PACA" does: no region (understand matches capitals' short names whole)
    "Quelles communes automatisent la prise de rendez-vous pour les mariages et les PACS ?",
    # a region named, but no project asked for: the model decides
    "Quel temps fera-t-il demain en Bretagne ?",
])
def test_what_designates_nothing_asked_for_answers_nothing(strict, question):
    answer = strict.ask(question)
    assert answer.decision != "answered", [r.id for r in answer.results]
    assert not any(n.startswith(t("answer.named", "fr", names="")[:20]) for n in answer.notices)


def test_short_names_in_capitals_match_whole(assistant):
    questions = ("les mariages et les PACS", "projets en PACA", "projects in the paca region",
                 "Combien de projets y aura-t-il en 2026 ?", "projets en AURA")
    places = {q: [m.value for m in understand(q, assistant.lexicon) if m.facet == "place"]
              for q in questions}
    # "aura" is a word (il y aura): the region's short name only in capitals.
    aura = ["Auvergne-Rhône-Alpes"] if "Auvergne-Rhône-Alpes" in {
        m.value for m in understand("Auvergne-Rhône-Alpes", assistant.lexicon)} else []
    assert places == {"les mariages et les PACS": [],
                      "projets en PACA": ["Provence-Alpes-Côte d'Azur"],
                      "projects in the paca region": ["Provence-Alpes-Côte d'Azur"],
                      "Combien de projets y aura-t-il en 2026 ?": [],
                      "projets en AURA": aura}


def test_the_model_answers_first(assistant):
    """When the model answers, the rule changes nothing (what is shown stays the ranking's
    results close to the best one), but the decision still records what the question names."""
    text = "Liste des projets de Toulouse Métropole"
    vector = assistant.embedder.queries([text])[0]
    allowed, dense, lexical = assistant.candidates(vector, text)
    found = assistant.judge(text, "fr", allowed, dense, lexical, vector=vector,
                            model={**assistant.model, "threshold": 0.0, "closest": 0.0})
    assert found.decision.answer and not found.decision.by_name
    assert found.decision.named == ("coll_nom=Toulouse Métropole",)
    assert [m.key for m in designated(found.ranked, found.mentions, True)] == \
        ["coll_nom=Toulouse Métropole"]
