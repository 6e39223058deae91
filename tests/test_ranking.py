"""The ranking's own features, on the real corpus, model and index (see retrieval/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assist.assistant import Assistant
from assist.catalogue.corpus import load_corpus
from assist.retrieval.chunking import all_chunks
from assist.retrieval.ranking import asks_for_records
from assist.text.analyser import analyse

REPO = Path(__file__).resolve().parents[1]


def test_a_heading_without_text_is_a_passage_quoting_the_heading() -> None:
    """A manifesto's "Proposition 3 : ..." heading follows its argument and has no text of
    its own: it is still a passage, whose offsets quote the heading in the document. A bare
    label ("Mobilités") is not a passage: it would be an empty result."""
    corpus = load_corpus(REPO / "corpus")
    chunks = all_chunks(corpus.documents, corpus.cases)
    by_section = {}
    for c in chunks:
        if c.kind == "document":
            by_section.setdefault((c.parent_id, c.section), []).append(c)
    empty = [(d, s) for d in corpus.documents for s in d.sections if not s.text.strip()]
    telling = [(d, s) for d, s in empty if len(analyse(s.heading)) >= 4]
    assert len(telling) >= 10  # the Paris manifesto's proposals are most of them
    for doc, section in telling:
        found = by_section.get((doc.id, section.heading))
        assert found, f"{section.id} has no passage"
        assert any(c.text == section.heading and doc.body[c.start:c.end] == section.heading
                   for c in found)
    labels = [(d, s) for d, s in empty if s.heading == "Mobilités"]
    assert labels and all((d.id, s.heading) not in by_section for d, s in labels)


def test_a_proposal_heading_is_found_by_its_words(shipped_assistant: Assistant) -> None:
    groups = shipped_assistant.retrieve("dénommer la future Station IA en l'honneur "
                                        "d'Alice Recoque")
    keys = [g.key for g in groups[:3]]
    assert any(k.startswith("paris-capitale-ia-interet-general#proposition-3-") for k in keys), keys


def _ranking(assistant: Assistant, text: str) -> list[str]:
    """The assistant's ranking of `text`, every result (no decision, no cut)."""
    vector = assistant.embedder.queries([text])[0]
    allowed, dense, lexical = assistant.candidates(vector, text)
    found = assistant.judge(text, "fr", allowed, dense, lexical, vector=vector)
    return [s.key for s in found.ranked]


def test_an_authoritys_projects_come_before_its_documents(shipped_assistant: Assistant) -> None:
    """Asked for the projects of an authority, the authority's strategy (nine sections that
    name it as their publisher) must not push its three projects out of the top 5."""
    top = _ranking(shipped_assistant, "Quelles expérimentations mène la Métropole du Grand Paris ?")
    assert {"mgp-ia-ecopilot", "mgp-ia-aires-de-livraison", "mgp-ia-btp-match"} <= set(top[:5])
    # Asked about the strategy itself, its sections are still what comes first.
    top = _ranking(shipped_assistant, "Quelle est la stratégie IA de la Métropole du Grand Paris ?")
    assert top[0].startswith("grand-paris-strategie-ia#"), top[:3]


@pytest.mark.parametrize("question, asks", [
    ("Quels projets sont terminés ?", True),
    ("tout les projets de la metropole de Lyon", True),
    ("Which Greater Paris experiments were announced at VivaTech 2025?", True),
    ("Who uses AI to detect water leaks?", True),
    ("Which principles guide AI deployment at the Métropole du Grand Paris?", False),
    ("Quels sont les points de vigilance du projet de détection de fuites du Sicoval ?", False),
    ("Combien de projets d'IA la Métropole avait-elle accompagnés avant sa stratégie ?", False),
    ("a drafting tool for civil servants trained on what town councils have voted", False),
])
def test_which_questions_ask_for_records(question: str, asks: bool) -> None:
    assert asks_for_records(question) is asks
