"""The blind needs profiles (`tests/eval/profiles_blind.jsonl`) hold together.

The set was written from the sources only, without running the assistant (see
tests/eval/README.md), to measure `Assistant.fit` once; it was read once (2026-11-30 20:42 UTC,
docs/EVALUATION_BLIND2.md) and is dev material since: the need decision is fitted on it
(`evaluation/tuning.NEED_PROFILES`). These checks need no model or index:
keys are resolved with the code `assist eval-fit` uses (`load_profiles`, `resolve`) over the
shipped corpus and the real library export imported into a fresh store, so they run in about a
second. They check the form, that every key names a project, that no record judged relevant
breaks a "must" criterion, that the set spans what it claims, and that the needs said to be
uncovered use words found in no source.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import evalsets
import pytest

from assist.access import case_view
from assist.answers.fit import CRITERIA, NeedsProfile
from assist.catalogue.store import Store
from assist.evaluation.fit import load_profiles
from assist.evaluation.retrieval import resolve
from assist.text.analyser import fold
from assist.text.vocab import THEMES

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "tests/eval/profiles_blind.jsonl"
OTHER_SETS = [ROOT / "tests/eval/profiles_v2.jsonl", ROOT / "tests/eval/profiles.jsonl"]
FIELDS = {"id", "profile", "must", "audience", "covered", "split", "origin", "relevant"}
# "deployed" accepts finished projects: a project that ran is deployed experience (issue 16).
MATURITY_OK = {"deployed": {"En déploiement", "Terminée"}, "experimenting": {"En expérimentation"}}
# Key words and synonyms of each uncovered need, searched in every source (folded, at a word's
# start) when the set was written and found in none. Words the needs share with the sources on
# purpose ("déchets", "arbres", "délibérations", "open data", "budget", "marché") are not listed.
ABSENT = {
    "g02": ["colonne", "verre", "remplissage", "tournée", "camion", "conteneur", "ordure",
            "poubelle", "benne", "point d'apport", "tri sélectif", "recycl"],
    "g06": ["absentéisme", "arrêts maladie", "arrêt de travail", "remplaçant", "congé",
            "planning", "maladie"],
    "g09": ["platane", "malade", "coup de vent", "tempête", "élagage", "dépérissement", "casser",
            "tombé", "chute d'arbre", "arboriste"],
    "g13": ["véranda", "non déclaré", "aérien", "orthophoto", "taxe", "impôt", "fiscal"],
    "g17": ["informations préoccupantes", "enfance", "maltraitance", "signalement", "en danger",
            "protection de l'enfant"],
    "g21": ["covoiturage", "autopartage", "domicile", "carpool", "voiture", "trajet"],
    "g25": ["short-term", "rental", "airbnb", "holiday", "listing", "meublé", "location",
            "saisonni", "night", "nuitée"],
    "g28": ["anonymis", "pseudonym", "occult", "caviard", "masquer", "données personnelles"],
    "g32": ["balnéaire", "baign", "noyade", "sauveteur", "plage", "caméra", "nageur",
            "surveillance"],
    "g36": ["recettes", "trésorerie", "budget primitif", "prévision budgétaire", "dotation",
            "fiscal", "impôt"],
    "g39": ["campsite", "camping", "pitch", "booking", "lake", "réservation"],
    "g41": ["placier", "emplacement", "non sédentaire", "forain", "marché du dimanche"],
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return evalsets.read_set(BLIND)


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory, library_csv: Path) -> list:
    """The real export's cases, imported into a fresh store (not merged with the corpus)."""
    store = Store(tmp_path_factory.mktemp("blind-profiles-home"))
    store.import_file(library_csv)
    return store.cases()


def test_lines_are_well_formed_and_validate_as_needs_profiles(records) -> None:
    assert [r["id"] for r in records] == [f"g{n:02d}" for n in range(1, len(records) + 1)]
    keys = {c.key: c for c in CRITERIA}
    for rec in records:
        assert set(rec) == FIELDS, rec["id"]
        profile = NeedsProfile.model_validate({**rec["profile"], "must": rec["must"]})
        assert profile.need.strip(), f"{rec['id']}: every blind profile states a need"
        assert rec["split"] == "dev", rec["id"]  # read once (20:42 UTC), dev since
        assert rec["origin"] == "blind-fit-v1", rec["id"]
        assert rec["audience"] in ("public", "agent"), rec["id"]
        assert rec["covered"] is bool(rec["relevant"]), f"{rec['id']}: covered must match judgments"
        assert all(g in (1, 2, 3) for g in rec["relevant"].values()), rec["id"]
        if rec["covered"]:
            assert max(rec["relevant"].values()) >= 2, f"{rec['id']}: no clearly fitting record"
        for key in rec["must"]:
            assert key in keys and profile.wanted(key), f"{rec['id']}: must {key!r} is not set"
            assert not keys[key].restricted or rec["audience"] == "agent", \
                f"{rec['id']}: must {key!r} is a restricted field, judged for agents only"
    texts = Counter(fold(r["profile"]["need"]) for r in records)
    assert [t for t, n in texts.items() if n > 1] == []


def test_it_loads_as_assist_eval_fit_reads_it(records, library_ids) -> None:
    """Every key resolves (`load_profiles` raises otherwise) and the whole set is the dev split
    (what `assist eval --fit` reads of it for the need decision)."""
    assert load_profiles(BLIND, library_ids, split="test") == []
    loaded = load_profiles(BLIND, library_ids, split="dev")
    assert [p["id"] for p in loaded] == [r["id"] for r in records]
    assert [p["covered"] for p in loaded] == [r["covered"] for r in records]


def test_every_key_names_a_project_and_no_must_is_broken(records, corpus, library_ids,
                                                        imported) -> None:
    assert evalsets.unresolved(records, corpus, library_ids) == []
    by_id = {c.id: c for c in corpus.cases} | {c.id: c for c in imported}
    for rec in records:
        profile = NeedsProfile.model_validate({**rec["profile"], "must": rec["must"]})
        for key in rec["relevant"]:
            case = case_view(by_id[resolve(key, library_ids)], rec["audience"])
            for must in rec["must"]:
                field = next(c.field for c in CRITERIA if c.key == must)
                value = getattr(case, field)
                have = {fold(str(v)) for v in (value if isinstance(value, list) else [value])
                        if fold(str(v)) not in ("", "nsp")}  # empty: unknown, not broken
                wanted = (MATURITY_OK[profile.maturity] if must == "maturity"
                          else profile.wanted(must))
                assert not have or have & {fold(w) for w in wanted}, \
                    f"{rec['id']}: {key} is judged relevant but breaks must {must} ({value!r})"


def test_the_set_spans_themes_types_audiences_and_every_project(records, corpus, library_ids,
                                                                 imported) -> None:
    parsed = [NeedsProfile.model_validate(r["profile"]) for r in records]
    covered = [r for r in records if r["covered"]]
    assert len(records) >= 40 and len(covered) >= 25 and len(records) - len(covered) >= 10
    assert {t for p in parsed for t in p.themes} == set(THEMES)
    in_data = {c.coll_type for c in [*corpus.cases, *imported] if c.coll_type}
    assert in_data <= {t for p in parsed for t in p.coll_type}
    assert {p.maturity for p in parsed} == {"any", "experimenting", "deployed"}
    assert len({a for p in parsed for a in p.audience}) >= 8
    assert {r["audience"] for r in records} == {"public", "agent"}
    assert sum(p.language == "en" for p in parsed) >= 5
    assert 0.25 <= sum(bool(r["must"]) for r in records) / len(records) <= 0.45
    assert {m for r in records for m in r["must"]} >= {"maturity", "coll_type", "themes"}
    # Every project of the corpus and of the export is judged relevant somewhere.
    judged = {resolve(k, library_ids) for r in records for k in r["relevant"]}
    assert {c.id for c in corpus.cases} | set(library_ids.values()) <= judged


def test_uncovered_needs_use_words_no_source_holds(records, library_csv: Path) -> None:
    assert set(ABSENT) == {r["id"] for r in records if not r["covered"]}
    text = evalsets.sources_text(library_csv)
    found = [(pid, w) for pid, words in ABSENT.items() for w in words if evalsets.occurs(w, text)]
    assert found == [], "these needs may be covered now: judge them again"


def test_no_blind_need_repeats_one_of_the_other_profile_sets(records) -> None:
    """Written without reading the other profile sets' needs: none is repeated word for word."""
    known = {fold(json.loads(line)["profile"].get("need", "")) for path in OTHER_SETS
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert [r["id"] for r in records if fold(r["profile"]["need"]) in known] == []
