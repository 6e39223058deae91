"""The ranking's own features, on the real corpus, model and index (see retrieval/)."""

from __future__ import annotations

from pathlib import Path

from assist.assistant import Assistant
from assist.catalogue.corpus import load_corpus
from assist.retrieval.chunking import all_chunks

REPO = Path(__file__).resolve().parents[1]


def test_a_heading_without_text_is_a_passage_quoting_the_heading() -> None:
    """A manifesto's "Proposition 3 : ..." heading follows its argument and has no text of
    its own: it is still a passage, whose offsets quote the heading in the document."""
    corpus = load_corpus(REPO / "corpus")
    chunks = all_chunks(corpus.documents, corpus.cases)
    by_section = {}
    for c in chunks:
        if c.kind == "document":
            by_section.setdefault((c.parent_id, c.section), []).append(c)
    empty = [(d, s) for d in corpus.documents for s in d.sections if not s.text.strip()]
    assert len(empty) >= 10  # the Paris manifesto's 25 proposals are most of them
    for doc, section in empty:
        found = by_section.get((doc.id, section.heading))
        assert found, f"{section.id} has no passage"
        assert any(c.text == section.heading and doc.body[c.start:c.end] == section.heading
                   for c in found)


def test_a_proposal_heading_is_found_by_its_words(shipped_assistant: Assistant) -> None:
    groups = shipped_assistant.retrieve("dénommer la future Station IA en l'honneur "
                                        "d'Alice Recoque")
    keys = [g.key for g in groups[:3]]
    assert any(k.startswith("paris-capitale-ia-interet-general#proposition-3-") for k in keys), keys
