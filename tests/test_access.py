"""Nothing restricted reaches a public output; agents see everything."""

from __future__ import annotations

import json

import pytest
from conftest import SECRETS
from docfiles import DOC_SECRETS

from assist.access import field_access
from assist.models import Case

# Distinctive restricted values (the enum ones, like the budget band, are shared by design).
DISTINCTIVE = [v for k, v in SECRETS.items() if k not in ("budget", "herbergement")]
# Words of the restricted document added in conftest (a deliberation, agents only).
DISTINCTIVE += list(DOC_SECRETS)
QUESTIONS = [
    "Tri des courriers entrants",
    "Qui classe automatiquement les courriers de la mairie ?",
    "financement hydrogène",
    "FINANCEMENT-SECRET-QX7",
    "algorithme confidentiel ZETA-9 blockchain",
    "risque de fuite de données nominatives",
    "secret.contact@exemple-restreint.fr",
    "Comment détecter les fuites d'eau ?",
    "budget plus de 100k€ cloud",
    "Ville de Testville",
    "gestion documentaire pour les agents",
    "who funds the hydrogen blockchain project?",
    "projet KESTREL-42 de vidéoprotection algorithmique des parkings",
    "délibération confidentielle de Zorbaville",
    "ligne budgétaire LB-9931-QZ",
    "Ombrelune Systèmes serveur des images",
]


def public_text(answer) -> str:
    """The answer as JSON, less the question it echoes (which may be a secret typed in)."""
    return json.dumps(json.loads(answer.model_dump_json(exclude={"question"})),
                      ensure_ascii=False)


@pytest.mark.parametrize("question", QUESTIONS)
def test_no_restricted_value_in_public_answers(assistant, question):
    answer = assistant.ask(question, top_k=10)
    text = public_text(answer)
    for secret in DISTINCTIVE:
        assert secret not in text
    for result in answer.results:
        assert not set(result.fields) & set([f for f in Case.model_fields if field_access(f) == "restricted"])


def test_restricted_words_do_not_make_a_public_match(assistant):
    """The Testville case is found by its public text, never by its restricted text."""
    testville = next(c for c in assistant.cases() if c.coll_nom == "Ville de Testville")
    for question in ("algorithme confidentiel ZETA-9 blockchain hydrogène",
                     "FINANCEMENT-SECRET-QX7 fonds hydrogène"):
        public = assistant.ask(question, top_k=10)
        assert testville.id not in [r.id for r in public.results]
        agent = assistant.ask(question, top_k=10, audience="agent")
        assert agent.results and agent.results[0].id == testville.id
    found = assistant.ask("classer automatiquement les courriers reçus par la mairie")
    assert found.results[0].id == testville.id


def test_public_listings_and_case_views_hide_restricted_fields(assistant):
    listing = json.dumps([json.loads(c.model_dump_json()) for c in assistant.cases()],
                         ensure_ascii=False)
    for secret in DISTINCTIVE:
        assert secret not in listing
    testville = next(c for c in assistant.cases() if c.coll_nom == "Ville de Testville")
    public = assistant.case(testville.id)
    assert public.budget == "" and public.projet_contact == "" and not public.extra
    agent = assistant.case(testville.id, audience="agent")
    assert agent.budget == SECRETS["budget"]
    assert agent.financement == SECRETS["financement"]
    assert agent.projet_contact == SECRETS["projet_contact"]


def test_similar_reasons_are_public(assistant):
    testville = next(c for c in assistant.cases() if c.coll_nom == "Ville de Testville")
    text = json.dumps([s.model_dump() for s in assistant.similar(testville.id)],
                      ensure_ascii=False)
    for secret in DISTINCTIVE:
        assert secret not in text


def test_agent_answers_show_restricted_fields(assistant):
    answer = assistant.ask("algorithme confidentiel ZETA-9 blockchain", audience="agent")
    fields = answer.results[0].fields
    assert fields["algorithme_description"] == SECRETS["algorithme_description"]
    with pytest.raises(ValueError):
        assistant.ask("eau", audience="admin")


def test_restricted_document_is_never_searched_listed_or_counted_in_public(assistant):
    """The restricted deliberation: found by agents (so it is indexed), invisible in public."""
    question = "projet KESTREL-42 de vidéoprotection des parkings de Zorbaville"
    agent = assistant.ask(question, audience="agent")
    top = agent.results[0]
    assert top.kind == "document" and top.id.startswith("deliberation-zorbaville#")
    assert "KESTREL-42" in top.citations[0].quote and top.citations[0].page == 1
    public = assistant.ask(question)
    assert not any(r.id.startswith("deliberation-zorbaville") for r in public.results)
    listing = json.dumps([d.model_dump() for d in assistant.documents()]
                         + [d.model_dump() for d in assistant.added_documents()],
                         ensure_ascii=False)
    for secret in DOC_SECRETS + ("deliberation-zorbaville", "Délibération confidentielle"):
        assert secret not in listing
    assert len(assistant.documents()) == len(assistant.corpus.documents)
    assert assistant.added_documents() == [] and assistant.document("deliberation-zorbaville") \
        is None
    assert [d.id for d in assistant.added_documents("agent")] == ["deliberation-zorbaville"]
    assert assistant.document("deliberation-zorbaville", "agent").access == "restricted"
    # Its passages are marked restricted in the index itself, so any search masks them.
    marks = {c.access for c in assistant.index.chunks if c.parent_id == "deliberation-zorbaville"}
    assert marks == {"restricted"}
