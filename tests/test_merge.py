"""One project, one record: the shipped corpus, the library's real export and a second export
of the same library merged into one record per project, with provenance; agents' decisions;
restricted values kept out of public views of merged records."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assist.access import case_view
from assist.assistant import Assistant, unique_ids
from assist.catalogue.corpus import load_corpus
from assist.catalogue.library import read_export
from assist.catalogue.merge import (
    authority_kind,
    authority_name,
    conflicts,
    merge,
    provenance_line,
    same_authority,
    siren,
)
from assist.catalogue.store import Store
from assist.config import Settings
from assist.models import Case, FieldSource

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SICOVAL_EXPORT = "Expérimentation IA pour la détection des fuites d'eau"
# The same project as the corpus's RECITAL, from an agents' export holding restricted values.
AGENTS_RECITAL = (
    "coll_nom;nom_projet;coll_siret;coll_type;projet_status;usage_description;theme;"
    "budget;projet_contact;financement;risque\n"
    "Ville de Noisy-le-Grand;RECITAL;21930051400011;Commune;En déploiement;Le projet RECITAL "
    "suit la consommation énergétique des bâtiments publics de la ville.;Transition "
    "écologique et énergétique;MERGE-SECRET-BUDGET;merge.secret@exemple-restreint.fr;"
    "MERGE-SECRET-FINANCEMENT;MERGE-SECRET-RISQUE\n")
SECRETS = ("MERGE-SECRET-BUDGET", "merge.secret@exemple-restreint.fr",
           "MERGE-SECRET-FINANCEMENT", "MERGE-SECRET-RISQUE")


# -- authorities -------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["CA SICOVAL", "Sicoval",
                                  "Communauté d'agglomération du Sicoval",
                                  "Communauté d’Agglomération  du SICOVAL"])
def test_the_names_of_one_authority_fold_to_one(name):
    assert authority_name(name) == "sicoval"


def test_known_aliases_and_legal_forms():
    assert authority_name("Métropole Grand Paris") == authority_name("Métropole du Grand Paris")
    assert authority_name("MGP") == "grand paris"
    assert authority_name("Ville de Paris") != authority_name("Métropole du Grand Paris")
    # Ville de Lyon is not the Métropole de Lyon: the kind of body tells them apart.
    lyon_city = Case(id="a", origin="x", coll_nom="Ville de Lyon", nom_projet="P")
    lyon_metro = Case(id="b", origin="y", coll_nom="Métropole de Lyon", nom_projet="P")
    assert authority_kind(lyon_city.coll_nom) == "commune"
    assert authority_kind(lyon_metro.coll_nom) == "epci"
    assert same_authority(lyon_city, lyon_metro) == ""
    # A SIRET on both sides decides (by SIREN: one authority's establishments share it).
    assert siren("243 100 633 00391") == "243100633"
    a = Case(id="a", origin="x", coll_nom="CA SICOVAL", coll_siret="24310063300391")
    b = Case(id="b", origin="y", coll_nom="Autre nom", coll_siret="24310063300409")
    c = Case(id="c", origin="y", coll_nom="CA SICOVAL", coll_siret="21930051400011")
    assert same_authority(a, b) == "siren"
    assert same_authority(a, c) == ""


# -- the real corpus and export, merged without the assistant ----------------------------------

@pytest.fixture(scope="module")
def records(library_csv):
    corpus = load_corpus(CORPUS)
    first = read_export(library_csv, "bibliotheque").cases
    second = read_export(library_csv, "bibliotheque-miroir").cases
    return corpus, unique_ids([*corpus.cases, *first, *second])


def _group_of(merged, record_id):
    return {c.id for c in merged.members[merged.resolve(record_id)]}


def test_each_project_of_corpus_and_two_exports_is_one_record(records):
    corpus, recs = records
    merged = merge(recs, corpus.documents)
    # 20 shipped + 23 exported projects, 3 of them in both: 40 projects from 66 records.
    assert len(recs) == 66 and len(merged.cases) == 40
    by_title = {}
    for case in merged.cases:
        by_title.setdefault((authority_name(case.coll_nom)), []).append(case)
    for shipped, exported in (("noisy-le-grand-recital", "RECITAL"),
                              ("mgp-ia-ecopilot", "IA Eco Pilot"),
                              ("sicoval-fuites-eau", SICOVAL_EXPORT)):
        group = merged.members[shipped]
        assert {c.origin for c in group} == {"corpus", "bibliotheque", "bibliotheque-miroir"}
        assert all(c.nom_projet == exported for c in group if c.origin != "corpus")
        assert all(merged.resolve(c.id) == shipped for c in group)
        case = next(c for c in merged.cases if c.id == shipped)
        assert [r.origin for r in case.records].count("corpus") == 1 and len(case.records) == 3


def test_different_projects_of_one_authority_stay_apart(records):
    corpus, recs = records
    merged = merge(recs, corpus.documents)
    ids = {c.nom_projet: c.id for c in recs if c.origin == "bibliotheque"}
    # Bordeaux Métropole: the export's Stacoptim is not the corpus's plantability layer.
    assert merged.resolve(ids["Stacoptim"]) != merged.resolve("bordeaux-calque-plantabilite")
    # Sicoval: the writing assistant is not the leak detection.
    assert merged.resolve(ids["Expérimentation assistance rédactionnelle"]) != \
        merged.resolve("sicoval-fuites-eau")
    # Grand Paris: three shipped projects, one in the export.
    assert len({merged.resolve(i) for i in ("mgp-ia-ecopilot", "mgp-ia-aires-de-livraison",
                                            "mgp-ia-btp-match")}) == 3
    # Toulouse's four IADATA projects: each joins its own twin in the second export only.
    toulouse = [c for c in recs if c.origin == "bibliotheque" and "IADATA" in c.nom_projet]
    assert len(toulouse) == 4
    for case in toulouse:
        assert _group_of(merged, case.id) == {case.id, f"bibliotheque-miroir--{case.id}"}
    # Lyon's three projects share one SIRET and stay three.
    lyon = [c.id for c in recs if c.origin == "bibliotheque" and "Lyon" in c.coll_nom]
    assert len(lyon) == 3 and len({merged.resolve(i) for i in lyon}) == 3


def test_fields_come_from_the_most_recent_source_and_conflicts_show(records):
    corpus, recs = records
    merged = merge(recs, corpus.documents)
    sicoval = next(c for c in merged.cases if c.id == "sicoval-fuites-eau")
    # The export (updated 2025-04-16) is more recent than the booklet (2025).
    assert [r.date for r in sicoval.records] == ["2025-04-16", "2025-04-16", "2025"]
    assert sicoval.projet_status == "En déploiement"
    status = [(v.value, v.record) for v in conflicts(sicoval)["projet_status"]]
    assert status[0][0] == "En déploiement" and status[1] == ("Terminée", "sicoval-fuites-eau")
    line = provenance_line(sicoval, "projet_status", "fr")
    assert line.startswith("En déploiement (catalogue « bibliotheque », 2025-04-16) · "
                           "Terminée (« Bibliothèque d'IA territoriales")
    assert "(catalogue “bibliotheque”, 2025-04-16)" in provenance_line(sicoval, "projet_status",
                                                                     "en")
    # Fields only the booklet has are kept; the booklet's sources too.
    assert sicoval.key_figures and sicoval.sources
    # IA Eco Pilot: the press release (2025-06-16) is newer than the export.
    ecopilot = next(c for c in merged.cases if c.id == "mgp-ia-ecopilot")
    assert ecopilot.nom_projet == "IA ECOPILOT" and ecopilot.records[0].origin == "corpus"
    # Two exports of one library agree: no conflict between them, and coordinates a few
    # hundred metres apart are not a disagreement either.
    stacoptim = next(c for c in merged.cases if c.nom_projet == "Stacoptim")
    assert len(stacoptim.records) == 2 and conflicts(stacoptim) == {}
    assert "latitude" not in conflicts(next(c for c in merged.cases
                                             if c.id == "noisy-le-grand-recital"))


def test_agents_decisions_override_the_machine(records):
    corpus, recs = records
    ids = {c.nom_projet: c.id for c in recs if c.origin == "bibliotheque"}
    export_sicoval = ids[SICOVAL_EXPORT]
    apart = {tuple(sorted(("sicoval-fuites-eau", export_sicoval))): "apart",
             tuple(sorted(("sicoval-fuites-eau", f"bibliotheque-miroir--{export_sicoval}"))):
                 "apart"}
    merged = merge(recs, corpus.documents, decisions=apart)
    assert _group_of(merged, "sicoval-fuites-eau") == {"sicoval-fuites-eau"}
    # The two exports' records of it still join each other.
    assert _group_of(merged, export_sicoval) == {export_sicoval,
                                                 f"bibliotheque-miroir--{export_sicoval}"}
    join = {tuple(sorted(("bordeaux-calque-plantabilite", ids["Stacoptim"]))): "merge"}
    merged = merge(recs, corpus.documents, decisions=join)
    assert merged.resolve(ids["Stacoptim"]) == "bordeaux-calque-plantabilite"


def test_decisions_are_kept_in_the_store(tmp_path):
    store = Store(tmp_path)
    store.decide("b-record", "a-record", "apart", actor="agent")
    store.decide("a-record", "b-record", "merge", actor="agent")  # a later decision replaces
    assert store.decisions() == {("a-record", "b-record"): "merge"}
    assert [e["event"] for e in store.audit_log()] == ["merge-apart", "merge-merge"]
    with pytest.raises(ValueError):
        store.decide("a", "a", "merge")
    with pytest.raises(ValueError):
        store.decide("a", "b", "maybe")


def test_the_gate_drops_the_provenance_of_restricted_fields():
    case = Case(id="x", origin="a", nom_projet="P", theme="Mobilités", budget="GATE-SECRET",
                provenance={"budget": [FieldSource(value="GATE-SECRET", record="a"),
                                       FieldSource(value="autre", record="b")],
                            "theme": [FieldSource(value="Mobilités", record="a")]})
    public = case_view(case, "public")
    assert set(public.provenance) == {"theme"}
    assert "GATE-SECRET" not in public.model_dump_json()
    assert case_view(case, "agent").provenance["budget"][0].value == "GATE-SECRET"


# -- the assistant over the corpus, two exports of the library and an agents' export -----------

@pytest.fixture(scope="module")
def merged_assistant(tmp_path_factory, home_with_library, library_csv):
    home = tmp_path_factory.mktemp("home-merged")
    # The passages are those of the library's home: reuse its embeddings, not recompute them.
    shutil.copytree(home_with_library / "cache", home / "cache")
    agents = home / "agents-recital.csv"
    agents.write_text(AGENTS_RECITAL, encoding="utf-8")
    store = Store(home)
    store.import_file(library_csv, "bibliotheque")
    store.import_file(library_csv, "bibliotheque-miroir")
    store.import_file(agents, "agents-recital")
    return Assistant.open(Settings.from_env(home=home))


TWICE = ("noisy-le-grand-recital", "mgp-ia-ecopilot", "sicoval-fuites-eau")


def test_public_catalogue_lists_each_project_once(merged_assistant):
    cases = merged_assistant.cases()
    ids = [c.id for c in cases]
    assert len(ids) == len(set(ids)) == 40
    titles = [(authority_name(c.coll_nom), c.title.casefold()) for c in cases]
    assert len(titles) == len(set(titles))
    for case_id in TWICE:
        assert ids.count(case_id) == 1
    recital = merged_assistant.case("noisy-le-grand-recital")
    assert {r.origin for r in recital.records} == {"corpus", "bibliotheque",
                                                   "bibliotheque-miroir", "agents-recital"}
    # The origin facet finds a merged record in each of its catalogues.
    assert "noisy-le-grand-recital" in [
        c.id for c in merged_assistant.cases({"origin": "bibliotheque-miroir"})]


def test_old_ids_resolve_to_the_merged_record(merged_assistant):
    export_id = next(c.id for c in merged_assistant.store.catalogue_cases("bibliotheque")
                     if c.nom_projet == "RECITAL")
    for old in (export_id, f"bibliotheque-miroir--{export_id}"):
        assert merged_assistant.case(old).id == "noisy-le-grand-recital"
        assert merged_assistant.resolve(old) == "noisy-le-grand-recital"
    assert merged_assistant.case("no-such-record") is None
    assert [s.id for s in merged_assistant.similar(export_id, top_k=3)] == \
        [s.id for s in merged_assistant.similar("noisy-le-grand-recital", top_k=3)]
    # The evaluation's judged keys ("lib:<project>") reach the merged record.
    from assist.evaluation.retrieval import library_ids, resolve

    ids = library_ids(merged_assistant)
    assert resolve(f"lib:{SICOVAL_EXPORT}", ids) == "sicoval-fuites-eau"
    assert resolve("lib:IA Eco Pilot", ids) == "mgp-ia-ecopilot"


@pytest.mark.parametrize("question", ["Qui détecte les fuites d'eau avec l'IA ?",
                                      "consommation énergétique des bâtiments publics"])
def test_answers_list_each_project_once_citing_each_source(merged_assistant, question):
    answer = merged_assistant.ask(question, top_k=8)
    ids = [r.id for r in answer.results]
    assert ids and len(ids) == len(set(ids))
    titles = [(authority_name(r.organisation), r.title.casefold()) for r in answer.results]
    assert len(titles) == len(set(titles))
    members = {r.id for c in merged_assistant.cases() for r in c.records}
    documents = {d.id: d for d in merged_assistant.documents()}
    for result in answer.results:
        for cite in result.citations:
            # Each quote is the text of its own source at its offsets.
            if cite.source in documents:
                assert documents[cite.source].body[cite.start:cite.end] == cite.quote
                continue
            assert cite.source in members
            record = next(r for r in merged_assistant.records(result.id, "agent")
                          if r.id == cite.source)
            from assist.retrieval.chunking import field_text

            assert field_text(record, cite.section)[cite.start:cite.end] == cite.quote


def test_leak_detection_answer_folds_both_sources(merged_assistant):
    answer = merged_assistant.ask("Qui détecte les fuites d'eau avec l'IA ?", top_k=5)
    sicoval = [r for r in answer.results if r.id == "sicoval-fuites-eau"]
    assert len(sicoval) == 1
    hits = [c for c in merged_assistant.index.chunks if c.parent_id == "sicoval-fuites-eau"]
    assert {c.record or c.parent_id for c in hits} >= {
        "sicoval-fuites-eau", merged_assistant.records("sicoval-fuites-eau")[0].id}
    # A second export repeating the first word for word adds no passage.
    texts = [(c.field, c.text) for c in hits]
    assert len(texts) == len(set(texts))


def test_fit_and_similar_list_each_project_once(merged_assistant):
    answer = merged_assistant.fit({"need": "économies d'énergie des bâtiments publics",
                                   "themes": ["Transition écologique et énergétique"]}, top_k=8)
    ids = [r.id for r in answer.results]
    assert len(ids) == len(set(ids)) and set(TWICE[:2]) & set(ids)
    similar = merged_assistant.similar("mgp-ia-ecopilot", top_k=10)
    ids = [s.id for s in similar]
    assert "mgp-ia-ecopilot" not in ids and len(ids) == len(set(ids))
    assert "noisy-le-grand-recital" in ids


def test_compare_and_brief_see_the_merged_record(merged_assistant):
    from assist.answers.brief_render import brief_markdown

    export_id = merged_assistant.records("sicoval-fuites-eau")[0].id
    comparison = merged_assistant.compare([export_id, "noisy-le-grand-recital"])
    assert [c.id for c in comparison.cases] == ["sicoval-fuites-eau", "noisy-le-grand-recital"]
    text = brief_markdown(merged_assistant.case("noisy-le-grand-recital"), "fr",
                          assistant=merged_assistant)
    assert "RECITAL" in text and "bibliotheque-miroir" in text
    assert not any(secret in text for secret in SECRETS)


def test_restricted_values_stay_restricted_after_merging(merged_assistant):
    public = merged_assistant.case("noisy-le-grand-recital")
    agent = merged_assistant.case("noisy-le-grand-recital", audience="agent")
    assert agent.budget == "MERGE-SECRET-BUDGET"
    assert "budget" in agent.provenance and "budget" not in public.provenance
    dumps = [public.model_dump_json(),
             json.dumps([json.loads(c.model_dump_json()) for c in merged_assistant.cases()]),
             merged_assistant.ask("RECITAL Noisy-le-Grand budget financement risque")
             .model_dump_json(),
             json.dumps([s.model_dump() for s in merged_assistant.similar(
                 "noisy-le-grand-recital")]),
             merged_assistant.compare(["noisy-le-grand-recital", "mgp-ia-ecopilot"])
             .model_dump_json(),
             json.dumps([r.model_dump(mode="json") for r in
                         merged_assistant.records("noisy-le-grand-recital")])]
    for text in dumps:
        for secret in SECRETS:
            assert secret not in text
    # Text only in a restricted field of one source cannot make the merged record match.
    answer = merged_assistant.ask("MERGE-SECRET-FINANCEMENT")
    assert all(secret not in r.model_dump_json() for r in answer.results for secret in SECRETS)


def test_decisions_through_the_assistant(merged_assistant, tmp_path_factory):
    home = Path(merged_assistant.settings.home)
    with pytest.raises(KeyError):
        merged_assistant.decide_merge("no-such-record", "sicoval-fuites-eau", "apart")
    stacoptim = next(c.id for c in merged_assistant.store.catalogue_cases("bibliotheque")
                     if c.nom_projet == "Stacoptim")
    merged_assistant.decide_merge("bordeaux-calque-plantabilite", stacoptim, "merge",
                                  actor="test")
    try:
        reopened = merged_assistant.reopen()
        assert reopened.resolve(stacoptim) == "bordeaux-calque-plantabilite"
        assert len(reopened.cases()) == 39
    finally:
        merged_assistant.store.decide("bordeaux-calque-plantabilite", stacoptim, "apart")
    assert Assistant.open(Settings.from_env(home=home)).resolve(stacoptim) != \
        "bordeaux-calque-plantabilite"


def test_cli_merge_unmerge_and_merges(merged_assistant, monkeypatch, capsys):
    from assist.cli.main import main

    monkeypatch.setenv("ASSIST_HOME", str(merged_assistant.settings.home))
    export_id = next(r.id for r in merged_assistant.records("sicoval-fuites-eau")
                     if r.origin == "bibliotheque")
    assert main(["unmerge", "sicoval-fuites-eau", export_id, "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert f"Decision recorded: sicoval-fuites-eau and {export_id} → two projects." in out
    assert f"  {export_id} -> {export_id}: " in out  # on its own again (or with its twin)
    assert main(["merges", "--json"]) == 0
    merged = {c["id"]: [r["id"] for r in c["records"]]
              for c in json.loads(capsys.readouterr().out)}
    assert export_id not in merged.get("sicoval-fuites-eau", [])
    assert main(["merge", "sicoval-fuites-eau", export_id]) == 0
    assert "un seul projet" in capsys.readouterr().out
    assert main(["merges"]) == 0
    text = capsys.readouterr().out
    assert "≠ projet_status: En déploiement (catalogue « bibliotheque », 2025-04-16) · " \
           "Terminée" in text
    assert main(["unmerge", "sicoval-fuites-eau", "no-such-record"]) == 2
    assert "no record 'no-such-record'" in capsys.readouterr().err


def test_large_authorities_are_weighed_by_blocks_and_nameless_records_never_match():
    from assist.catalogue.merge import ALL_PAIRS_UP_TO

    n = ALL_PAIRS_UP_TO * 2  # above the limit: candidate pairs come from shared words
    twins = [Case(id=f"{origin}-{i}", origin=origin, coll_nom="Ville de Grandeville",
                  nom_projet=f"Projet {word} numéro {i}", usage_description=f"Texte {i}.")
             for origin in ("a", "b") for i, word in enumerate(
                 ["alpha", "beta", "gamma", "delta"] * (n // 4))]
    nameless = [Case(id=f"{origin}-x", origin=origin, nom_projet="Même titre")
                for origin in ("a", "b")]
    merged = merge([*twins, *nameless])
    assert len(merged.cases) == n + 2
    assert all(merged.resolve(f"b-{i}") == f"a-{i}" for i in range(n))
    assert merged.resolve("b-x") == "b-x"
