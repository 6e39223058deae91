"""Needs profiles: criteria judged on known cases, restricted criteria for agents only,
the comparison, Action 1's notes and the record's completeness."""

from __future__ import annotations

import pytest

from assist.access import field_access
from assist.answers.action1 import CRITERIA as ACTION1
from assist.answers.action1 import notes
from assist.answers.compare import compare
from assist.answers.fit import NeedsProfile, judge
from assist.catalogue.completeness import REQUIRED, SCHEMA_FIELDS, completeness
from assist.models import Case


def _status(checks) -> dict[str, str]:
    return {c.key: c.status for c in checks}


def restricted_case(assistant) -> Case:
    """The restricted export's case (tests/conftest.py), as agents see it."""
    return next(c for c in assistant.cases(audience="agent") if c.coll_nom == "Ville de Testville")


def secrets(case: Case) -> list[str]:
    """Every restricted value of `case`: none may reach a public output."""
    out = []
    for field in [f for f in Case.model_fields if field_access(f) == "restricted"]:
        value = getattr(case, field)
        if field not in ("extra", "problems") and value:
            out += [str(v) for v in value] if isinstance(value, list) else [str(value)]
    return out


RESTRICTED_CASE = Case(id="r", coll_nom="Ville", coll_type="Commune", budget="plus de 100k€",
                       herbergement="cloud chez un tiers", mise_en_oeuvre="marché public")


def test_criteria_judged_on_a_known_deployed_commune(assistant):
    recital = assistant.case("noisy-le-grand-recital")
    profile = NeedsProfile(coll_type=["commune"], maturity="deployed",
                           themes=["Ecological and energy transition"], audience=["Elu"])
    # The shipped record says nothing of its audience; the export's record of the same
    # project, merged into it, says agents: no longer unknown.
    assert recital.audience_service == ["Agent"]
    assert _status(judge(recital, profile, "public")) == {
        "coll_type": "met", "themes": "met", "audience": "not_met", "maturity": "met"}
    experimenting = NeedsProfile(maturity="experimenting")
    assert _status(judge(recital, experimenting, "public")) == {"maturity": "not_met"}


def test_an_empty_field_is_unknown_and_never_excludes(assistant):
    boston = assistant.case("boston-green-light")
    assert not boston.projet_status and not boston.audience_service
    profile = NeedsProfile(need="réduire les embouteillages aux feux de circulation",
                           audience=["Elu"], maturity="deployed", coll_type=["Commune"])
    assert _status(judge(boston, profile, "public")) == {
        "coll_type": "not_met", "audience": "unknown", "maturity": "unknown"}
    answer = assistant.fit(profile, top_k=5)
    hit = next(r for r in answer.results if r.id == "boston-green-light")
    assert {c.status for c in hit.criteria} == {"not_met", "unknown"}
    assert all(r.kind == "case" for r in answer.results)


def test_fit_ranks_the_known_answer_first(assistant):
    answer = assistant.fit({"need": "réduire la consommation énergétique de nos écoles",
                            "coll_type": ["Commune"], "maturity": "deployed"})
    assert answer.results[0].title == "RECITAL"
    assert answer.results[0].criteria and answer.summary
    assert [n.key for n in answer.results[0].action1] == list(ACTION1)


def test_restricted_criteria_only_for_agents(assistant):
    restricted = NeedsProfile(budget=[">100k"], hosting=["cloud"], implementation=["provider"],
                              coll_type=["Commune"])
    assert _status(judge(RESTRICTED_CASE, restricted, "public")) == {"coll_type": "met"}
    assert _status(judge(RESTRICTED_CASE, restricted, "agent")) == {
        "coll_type": "met", "budget": "met", "hosting": "met", "implementation": "not_met"}
    case = restricted_case(assistant)
    hidden = secrets(case)
    assert hidden, "the restricted export's case has no restricted value"
    profile = restricted.model_copy(update={"need": "trier les courriers reçus par la mairie"})
    public = assistant.fit(profile, top_k=10, audience="public")
    assert case.id in [r.id for r in public.results]
    assert all(not c.restricted for r in public.results for c in r.criteria)
    assert any("agent" in n for n in public.notices)
    dumped = public.model_dump_json()
    assert not [v for v in hidden if v in dumped]
    agent = assistant.fit(profile, top_k=10, audience="agent")
    mine = next(r for r in agent.results if r.id == case.id)
    assert {c.key for c in mine.criteria} == {"coll_type", "budget", "hosting", "implementation"}
    assert not agent.notices


def test_action1_notes_read_public_fields_only_in_public(assistant):
    for case in (RESTRICTED_CASE, restricted_case(assistant)):
        public = notes(case, "public")
        assert all(field_access(q.field) == "public" for n in public for q in n.quotes)
        quoted = " ".join(q.text for n in public for q in n.quotes)
        assert not [v for v in secrets(case) if v in quoted]
    sovereignty = next(n for n in notes(RESTRICTED_CASE, "public") if n.key == "sovereignty")
    assert not sovereignty.quotes and "publiquement" in sovereignty.message
    agent = next(n for n in notes(RESTRICTED_CASE, "agent") if n.key == "sovereignty")
    assert [q.text for q in agent.quotes] == ["cloud chez un tiers"]


def test_profile_rejects_an_unknown_value():
    with pytest.raises(ValueError, match="use one of"):
        NeedsProfile(coll_type=["Galaxie"])
    assert NeedsProfile(implementation=["procurement"]).implementation == ["marché public"]


def test_compare_marks_differences_and_takes_two_to_four(assistant):
    comparison = assistant.compare(["noisy-le-grand-recital", "mgp-ia-ecopilot"])
    rows = {r.field: r for r in comparison.rows}
    assert rows["coll_type"].differs and rows["coll_type"].values == ["Commune", "Métropole"]
    assert not rows["theme"].differs
    assert comparison.cases[0].key_figures and comparison.cases[0].sources
    assert not any(r.restricted for r in comparison.rows)  # public
    case = assistant.case("sicoval-fuites-eau")
    for n in (1, 5):
        with pytest.raises(ValueError, match="two and four"):
            compare([case] * n)
    with pytest.raises(KeyError):
        assistant.compare(["sicoval-fuites-eau", "nope"])


def test_completeness_counts_required_first():
    case = Case(id="x", coll_nom="Ville", nom_projet="Projet", coll_type="Commune",
                sous_theme=["Mobilité"], latitude=48.0, budget="moins de 50k€")
    public = completeness(case, "public")
    public_fields = [f for f in SCHEMA_FIELDS if field_access(f) == "public"]
    assert public.total == len(public_fields) == 17
    assert public.filled == 5  # coll_nom, nom_projet, coll_type, sous_theme, latitude
    assert public.missing_required[:2] == ["coll_siret", "projet_date"]
    assert "budget" not in public.missing_optional
    agent = completeness(case, "agent")
    assert agent.total == 38 and agent.filled == 6
    assert agent.required_total == len(REQUIRED) == 18
    assert "projet_contact" in agent.missing_required


# -- needs first, requirements that hold (issue 16) ------------------------------------------

SCHOOLS = "réduire la consommation énergétique de nos écoles"
RECITAL_IDS = {"noisy-le-grand-recital"}


def _ids(answer) -> list[str]:
    return [r.id for r in answer.results]


def _check(result, key):
    return next(c for c in result.criteria if c.key == key)


def test_a_must_excludes_and_is_counted(assistant):
    nice = assistant.fit({"need": SCHOOLS, "maturity": "experimenting"}, top_k=10)
    recital = next(r for r in nice.results if r.id == "noisy-le-grand-recital")
    assert _check(recital, "maturity").status == "not_met" and not nice.excluded
    hard = assistant.fit({"need": SCHOOLS, "maturity": "experimenting", "must": ["maturity"]},
                         top_k=10)
    assert hard.results and not RECITAL_IDS & set(_ids(hard))
    assert hard.excluded["maturity"] >= 1
    assert all(_check(r, "maturity").status != "not_met" and _check(r, "maturity").must
               for r in hard.results)
    assert any(f"{hard.excluded['maturity']} (maturité)" in n for n in hard.notices)
    english = assistant.fit({"need": SCHOOLS, "maturity": "experimenting",
                             "must": ["maturity"], "language": "en"}, top_k=10)
    assert any("excluded by a requirement" in n and "(maturity)" in n for n in english.notices)


def test_an_unknown_field_does_not_exclude_and_says_so(assistant):
    answer = assistant.fit({"need": "réduire les embouteillages aux feux de circulation",
                            "maturity": "deployed", "must": ["maturity"]})
    boston = next(r for r in answer.results if r.id == "boston-green-light")
    check = _check(boston, "maturity")
    assert check.status == "unknown" and check.must and "pas écarté" in check.note


def test_must_is_checked_and_restricted_musts_bind_agents_only(assistant):
    with pytest.raises(ValueError, match="unknown criterion"):
        NeedsProfile(must=["colour"])
    profile = NeedsProfile(need="trier les courriers reçus par la mairie",
                           hosting=["in-house"], must=["hosting"])
    case = restricted_case(assistant)  # hosted in a third party's cloud
    assert case.id in _ids(assistant.fit(profile, top_k=10, audience="public"))
    agent = assistant.fit(profile, top_k=10, audience="agent")
    assert case.id not in _ids(agent) and agent.excluded.get("hosting", 0) >= 1


def test_maturity_deployed_counts_finished_projects(assistant):
    finished = [c for c in assistant.cases() if c.projet_status == "Terminée"]
    assert finished, "no finished project in the catalogue"
    deployed = NeedsProfile(maturity="deployed", language="en")
    for case in finished:
        check = judge(case, deployed, "public", "en")[0]
        assert check.status == "met" and check.note == "finished: deployed experience"
        assert judge(case, NeedsProfile(maturity="experimenting"), "public")[0].status == "not_met"
    recital = judge(assistant.case("noisy-le-grand-recital"), deployed, "public")[0]
    assert recital.status == "met" and not recital.note  # "En déploiement": nothing to add


def test_a_need_nothing_addresses_is_declined_with_the_closest_apart(assistant):
    answer = assistant.fit({"need": "recette de la tarte aux pommes", "coll_type": ["Commune"]})
    assert answer.abstained and not answer.results
    assert answer.message == "Aucun projet du catalogue ne répond à ce besoin."
    assert answer.closest and all(r.kind == "case" for r in answer.closest)
    assert not any("faiblement" in n for n in answer.notices)  # declined, not weak
    english = assistant.fit({"need": "apple pie recipe", "language": "en"})
    assert english.abstained and english.closest
    assert english.message == "No project in the catalogue addresses this need."
    assert not assistant.fit({"need": "qsdkjh zzkw"}).results


def test_a_covered_need_has_no_weak_notice_when_the_decision_is_sure(assistant):
    answer = assistant.fit({"need": "détecter les fuites d'eau sur notre réseau d'eau potable"})
    assert answer.results and not answer.abstained
    assert not any("faiblement" in n for n in answer.notices)


def test_an_unrelated_project_of_the_right_type_does_not_pass_a_fitting_one(assistant):
    from assist.text.analyser import fold

    # Every water-leak project (one record per project once duplicates are merged).
    leaks = {c.id for c in assistant.cases() if "fuite" in fold(c.title + " " + c.usage_description)}
    assert "sicoval-fuites-eau" in leaks
    answer = assistant.fit({"need": "détecter les fuites d'eau sur notre réseau d'eau potable",
                            "coll_type": ["Métropole"]}, top_k=10)
    ranks = {r.id: r.rank for r in answer.results}
    fitting = leaks & set(ranks)
    assert "sicoval-fuites-eau" in fitting and _check(answer.results[0], "coll_type").status != "met"
    unrelated = [r for r in answer.results if r.id not in leaks
                 and _check(r, "coll_type").status == "met"]
    assert unrelated, "no project of the asked type in the answer: nothing tested"
    assert all(r.rank > max(ranks[i] for i in fitting) for r in unrelated)


def test_eval_fit_reads_one_split_and_counts_must_violations(assistant, tmp_path):
    from pathlib import Path

    from assist.evaluation.fit import load_profiles, measure, section, write_section
    from assist.evaluation.retrieval import library_ids

    path = Path(__file__).parent / "eval/profiles_v2.jsonl"
    dev = load_profiles(path, library_ids(assistant), "dev")
    assert dev and len(dev) < len(load_profiles(path, library_ids(assistant), "all"))
    musts = [p for p in dev if p["profile"].must and p["covered"]][:1]
    uncovered = [p for p in dev if not p["covered"]][:1]
    results = measure(assistant, musts + uncovered)
    assert [r["covered"] for r in results["rows"]] == [True, False]
    assert results["means"]["fit_violations"] == 0  # a "must" holds in every shown project
    assert results["rows"][1]["fit_ndcg"] is None  # uncovered: nothing to rank
    doc = tmp_path / "EVALUATION.md"
    doc.write_text("# Evaluation\n\nkept\n", encoding="utf-8")
    write_section(doc, section(results, "assist eval-fit ... --split dev", "dev"), "dev")
    text = doc.read_text(encoding="utf-8")
    assert "kept" in text and text.count("<!-- fit-dev:start -->") == 1
    assert "dev split" in text and "| fit |" in text
