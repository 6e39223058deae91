"""Documents agents add, searched with the real assistant and cited to the page and section.

The files are real: PDFs written by reportlab (one with bookmarks, one whose headings are only
larger type) and a DOCX written by python-docx, from a founding document's text and from a
council deliberation written for the tests. reportlab reports the page each paragraph landed
on, so the expected pages do not come from the reader under test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docfiles import (
    DELIBERATION,
    Block,
    blocks_of,
    corpus_blocks,
    write_docx,
    write_pdf,
)

from assist.assistant import Assistant
from assist.cli.main import main
from assist.config import Settings
from assist.errors import DocumentRefused

STRATEGY = "grand-paris-strategie-ia"


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, tuple[Path, list[Block]]]:
    folder = tmp_path_factory.mktemp("added-files")
    out = {}
    path = folder / "strategie-ia-grand-paris.pdf"
    out["strategy"] = path, write_pdf(path, corpus_blocks(STRATEGY),
                                      title="Stratégie IA de la Métropole (PDF)",
                                      author="Métropole du Grand Paris")
    path = folder / "deliberation-2026-041.pdf"
    out["deliberation"] = path, write_pdf(path, blocks_of(DELIBERATION), outline=False)
    path = folder / "deliberation-mgp.docx"
    blocks = corpus_blocks("grand-paris-deliberation-2025-04-07")
    write_docx(path, blocks, title="Délibération du 7 avril 2025 (Word)",
               author="Métropole du Grand Paris")
    out["docx"] = path, blocks
    return out


@pytest.fixture(scope="module")
def added(tmp_path_factory, files) -> Assistant:
    """An assistant over the shipped corpus and the three added files."""
    home = tmp_path_factory.mktemp("documents-home")
    assistant = Assistant.open(Settings.from_env(home=home))
    assistant.add_document(str(files["strategy"][0]))
    result = assistant.add_document(str(files["deliberation"][0]),
                                    publisher="Bellevigne Agglomération", date="2026-03-12")
    assert result.missing == ["title"]  # the PDF has no title field: the agent is told
    assistant.add_document(str(files["docx"][0]))
    return assistant.reopen()


def page_of_quote(blocks: list[Block], quote: str) -> int:
    """The page reportlab put the paragraph holding `quote` on."""
    words = " ".join(quote.split()[:8])
    hits = [b.page for b in blocks if b.kind == "text" and words in " ".join(b.text.split())]
    assert hits, f"quote not in the source text: {quote!r}"
    return hits[0]


def document_result(answer, doc_id: str):
    found = [r for r in answer.results if r.kind == "document" and r.id.startswith(doc_id + "#")]
    assert found, f"no result from {doc_id}: {[r.id for r in answer.results]}"
    return found[0]


@pytest.mark.parametrize(("question", "heading", "page"), [
    ("Où sont hébergées les données saisies dans un outil d'IA générative par les agents ?",
     "Article 3 – Hébergement des données", 3),
    ("Combien d'heures de formation avant d'utiliser l'IA générative ?",
     "Article 4 – Formation des agents", 3),
    ("Quelle enveloppe budgétaire pour les licences d'IA générative en 2026 ?",
     "Article 5 – Budget et évaluation", 4),
    ("Faut-il inscrire un outil au catalogue interne de la direction du numérique ?",
     "Article 2 – Outils autorisés", 2),
])
def test_deliberation_pdf_answers_cite_the_right_page_and_section(added, files, question,
                                                                   heading, page):
    answer = added.ask(question, top_k=5)
    result = document_result(answer, "deliberation-2026-041")
    assert result.rank == 1
    citation = result.citations[0]
    assert (citation.section, citation.page) == (heading, page)
    assert page_of_quote(files["deliberation"][1], citation.quote) == page
    assert result.organisation == "Bellevigne Agglomération"
    assert f"p. {page}, § {heading}" in answer.summary


def test_strategy_pdf_quotes_carry_the_page_their_text_is_on(added, files):
    answer = added.ask("Créer une chaire de recherche sur l'IA urbaine avec les universités",
                       top_k=8)
    result = document_result(answer, "strategie-ia-grand-paris")
    assert result.title == "Stratégie IA de la Métropole (PDF)"
    assert result.citations[0].section.startswith("Action 5")
    for citation in result.citations:
        assert citation.page == page_of_quote(files["strategy"][1], citation.quote)
    doc = added.document("strategie-ia-grand-paris")
    for citation in result.citations:  # offsets index the stored text, as for shipped documents
        assert doc.body[citation.start:citation.end] == citation.quote


def test_docx_answers_cite_the_section_without_a_page(added):
    answer = added.ask("Délibération du 7 avril 2025 adoptant la stratégie IA", top_k=8)
    result = document_result(answer, "deliberation-mgp")
    assert result.citations and all(c.page is None for c in result.citations)
    assert result.title == "Délibération du 7 avril 2025 (Word)"


def test_listing_gives_source_date_pages_and_access(added, files):
    rows = {d.id: d for d in added.added_documents()}
    assert set(rows) == {"strategie-ia-grand-paris", "deliberation-2026-041", "deliberation-mgp"}
    delib = rows["deliberation-2026-041"]
    assert (delib.pages, delib.date, delib.access, delib.format) == (4, "2026-03-12", "public",
                                                                     "pdf")
    assert delib.source == str(files["deliberation"][0].resolve())
    assert rows["deliberation-mgp"].pages is None
    assert len(added.documents()) == 5 + 3


def test_adding_and_removing_embeds_only_the_documents_passages(tmp_path):
    home = tmp_path / "home"
    assistant = Assistant.open(Settings.from_env(home=home))
    base = assistant.index.size
    source = tmp_path / "charte.md"
    source.write_text("# Charte de l'IA de Testville\n\n## Principes\n\nLa commune de Testville "
                      "n'utilise l'IA que sous le contrôle d'un agent.\n\n## Transparence\n\n"
                      "Chaque usage est publié au registre des algorithmes.\n", encoding="utf-8")
    assistant.add_document(str(source))
    assistant = assistant.reopen()
    new = assistant.index.size - base
    assert new == 2 and assistant.index.manifest["embedded"] == new
    # The same file again: nothing changes, the index is not even rebuilt.
    built_at = assistant.index.manifest["built_at"]
    assert assistant.add_document(str(source)).status == "unchanged"
    assistant = assistant.reopen()
    assert assistant.index.manifest["built_at"] == built_at
    # A changed file replaces its passages: only the changed one is embedded.
    source.write_text(source.read_text(encoding="utf-8").replace("au registre",
                                                                  "chaque année au registre"),
                      encoding="utf-8")
    assert assistant.add_document(str(source)).status == "replaced"
    assistant = assistant.reopen()
    assert assistant.index.size == base + 2 and assistant.index.manifest["embedded"] == 1
    assert "chaque année" in assistant.ask("registre des algorithmes de Testville").summary
    assistant.remove_document("charte")
    assistant = assistant.reopen()
    assert assistant.index.size == base and assistant.index.manifest["embedded"] == 0
    with pytest.raises(DocumentRefused):
        assistant.remove_document("charte")
    events = [e["event"] for e in assistant.store.audit_log()]
    assert events.count("add-document") == 3 and events.count("remove-document") == 1


def test_cli_adds_lists_and_removes(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ASSIST_HOME", str(tmp_path / "home"))
    source = tmp_path / "note-interne.txt"
    source.write_text("NOTE INTERNE\n\nLe comité de pilotage de l'IA se réunit chaque "
                      "trimestre à Testville.\n", encoding="utf-8")
    assert main(["add-document", str(source), "--access", "restricted", "--date", "2026-01-05",
                 "--json"]) == 0
    added = json.loads(capsys.readouterr().out)
    assert added["status"] == "added" and added["document"]["access"] == "restricted"
    assert main(["documents", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []  # restricted: not listed in public
    assert main(["documents", "--audience", "agent"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("note-interne\t") and line.endswith("\t2026-01-05\t- p.\trestricted")
    empty = tmp_path / "vide.pdf"
    empty.write_bytes(b"")
    assert main(["add-document", str(empty)]) == 2
    err = capsys.readouterr().err
    assert "rien n'a été ajouté" in err and "nothing was added" in err
    assert main(["remove-document", "note-interne", "--lang", "en"]) == 0
    assert "Document removed: note-interne." in capsys.readouterr().out
    assert main(["remove-document", "note-interne"]) == 2
    assert "note-interne" in capsys.readouterr().err


EVAL_SET = Path(__file__).parent / "eval" / "documents.jsonl"
# Measured on these 14 questions (written from the texts before any run; nothing was tuned on
# them): see docs/DOCUMENTS.md. A drop below these floors is a regression.
RECALL_FLOOR, NDCG_FLOOR = 0.80, 0.70


def test_retrieval_evaluation_on_added_documents(added):
    from assist.evaluation.retrieval import (
        gather,
        load_queries,
        rank_all,
        ranking_metrics,
        section_owners,
    )

    queries, skipped = load_queries(EVAL_SET, {}, section_owners(added))
    assert len(queries) == 14 and not skipped
    ids = {s.id for d in added.documents() for s in d.sections}
    for query in queries:  # every judged section exists (or is folded into its case)
        assert all(rid in ids or rid in added._cases for rid in query.judged), query.id
    cands = gather(added, queries)
    rank_all(added.searcher, cands, added.params, only=("hybrid",))
    metrics = ranking_metrics(cands, "hybrid")
    print(f"documents.jsonl hybrid: {metrics}")
    assert metrics["recall@5"] >= RECALL_FLOOR and metrics["ndcg@5"] >= NDCG_FLOOR


def test_briefs_cite_document_passages_by_page_and_section(added):
    from assist.answers.brief_render import brief_html, brief_markdown

    answer = added.ask("Où sont hébergées les données saisies dans un outil d'IA générative "
                       "par les agents ?", top_k=3)
    markdown = brief_markdown(answer, "fr", assistant=added)
    assert "Passages de documents" in markdown
    assert "p. 3, § Article 3 – Hébergement des données" in markdown.replace("\\", "")
    page = brief_html(answer, "en", assistant=added)
    assert "Document passages" in page and "p. 3, § Article 3 – Hébergement des données" in page
    assert "SecNumCloud" in page  # the quote itself is in the sources


def test_opening_reads_no_added_document_and_a_result_reads_its_own(added, monkeypatch):
    """Documents agents add are not read whole at open (issue 15): the index's digest hashes
    their stored JSON row by row, none is parsed; a result's document is read by its id, and
    the digest is the one a build computed from the parsed documents (the index stays
    current, nothing is re-embedded)."""
    from assist.catalogue import documents as shelf_module
    from assist.models import Document

    parsed: list[str] = []
    real = Document.model_validate_json

    def counting(text, *args, **kwargs):
        doc = real(text, *args, **kwargs)
        parsed.append(doc.id)
        return doc

    monkeypatch.setattr(shelf_module.Document, "model_validate_json", counting)
    monkeypatch.setattr(shelf_module.DocumentShelf, "documents",
                        lambda self: pytest.fail("every added document read at open"))
    monkeypatch.setattr("assist.assistant.all_chunks",
                        lambda *a, **k: pytest.fail("index rebuilt: the digest changed"))
    again = added.reopen()
    assert parsed == []
    answer = again.ask("délibération de Bellevigne Agglomération sur l'intelligence artificielle")
    read = set(parsed)  # the added documents among the results, and none other
    shown = {r.id.split("#")[0] for r in answer.results if r.kind == "document"}
    assert read and read <= shown
    assert again.document(sorted(read)[0]).title  # by its id
