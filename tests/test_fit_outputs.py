"""What `fit` says reaches every output: a need nothing addresses (the closest apart) and the
projects each requirement excluded, in the brief, the JSON/CSV exports and the CLI; and
criteria only re-rank or exclude the projects the need found, on the real export."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest

from assist.answers.brief import build
from assist.answers.brief_render import brief_html, brief_markdown
from assist.answers.exports import answer_rows, csv_bytes
from assist.answers.fit import W_CRIT, NeedsProfile
from assist.cli.main import main

UNCOVERED = "recette de la tarte aux pommes"
SCHOOLS = "réduire la consommation énergétique de nos écoles"
LEAKS = "détecter les fuites d'eau sur notre réseau d'eau potable"


@pytest.fixture(scope="module")
def declined(assistant):
    profile = NeedsProfile(need=UNCOVERED, coll_type=["Commune"])
    answer = assistant.fit(profile)
    assert answer.abstained and not answer.results and answer.closest
    return profile, answer


@pytest.fixture(scope="module")
def excluding(assistant):
    profile = NeedsProfile(need=SCHOOLS, maturity="experimenting", must=["maturity"])
    answer = assistant.fit(profile, top_k=10)
    assert answer.results and answer.excluded.get("maturity", 0) >= 1
    return profile, answer


def _csv(answer) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(csv_bytes(answer_rows(answer))), encoding="utf-8-sig",
                       keep_default_na=False)


def test_brief_of_a_declined_need_offers_the_closest_apart(assistant, declined):
    profile, answer = declined
    brief = build(answer, "fr", assistant=assistant, profile=profile)
    assert brief.title == "Aucun projet retenu" and not brief.projects
    assert brief.message == "Aucun projet du catalogue ne répond à ce besoin."
    assert [p.id for p in brief.closest] == [r.id for r in answer.closest]
    md = brief_markdown(answer, "fr", assistant=assistant, profile=profile)
    apart = md.index("## Les plus proches, qui ne répondent pas à ce besoin")
    assert md.index("Aucun projet du catalogue ne répond à ce besoin") < apart
    assert "Proposés pour information" in md[apart:]
    for n, _ in enumerate(brief.closest, start=1):  # under the heading, none above it
        assert md.index(f"### {n}. ") > apart
    assert "\n## 1." not in md  # no project numbered as a result
    page = brief_html(answer, "fr", assistant=assistant, profile=profile)
    assert '<div class="closest">' in page and "<h2>1." not in page
    assert page.index("Aucun projet du catalogue ne répond") < page.index('<div class="closest">')


def test_brief_in_english_says_the_need_is_not_addressed(assistant):
    profile = NeedsProfile(need="apple pie recipe", language="en")
    answer = assistant.fit(profile)
    md = brief_markdown(answer, "en", assistant=assistant, profile=profile)
    assert "No project in the catalogue addresses this need." in md
    assert "## The closest ones, which do not address this need" in md
    assert md.startswith("# No project selected")


def test_brief_says_how_many_each_requirement_excluded(assistant, excluding):
    profile, answer = excluding
    n = answer.excluded["maturity"]
    for render in (brief_markdown, brief_html):
        text = render(answer, "fr", assistant=assistant, profile=profile).replace("\\", "")
        assert f"Projets écartés par une exigence : {n} (maturité)." in text
        assert "Maturité : rempli" in text and "exigé" in text
        assert "ne répond à ce besoin" not in text  # answered: no verdict, no closest
    assert not build(answer, "fr", assistant=assistant, profile=profile).closest


def test_exports_hold_the_closest_apart_and_the_exclusions(assistant, declined, excluding):
    _, answer = declined
    frame = _csv(answer)
    assert list(frame["shown_as"]) == ["closest"] * len(answer.closest)
    assert list(frame["id"]) == [r.id for r in answer.closest]
    data = json.loads(answer.model_dump_json())
    assert data["abstained"] and not data["results"] and data["closest"]
    _, answer = excluding
    frame = _csv(answer)
    results = frame[frame["shown_as"] == "result"]
    assert list(results["id"]) == [r.id for r in answer.results]
    assert all("(must)" in c for c in results["criteria"])
    excluded = frame[frame["shown_as"] == "excluded"]
    assert {k: int(n) for k, n in zip(excluded["id"], excluded["count"])} == answer.excluded
    assert list(results["rank"]) == [str(r.rank) for r in answer.results]  # not "1.0"
    assert list(excluded["title"]) == ["Maturité"]


def test_cli_fit_declined_and_excluded(home_with_library, monkeypatch, capsys):
    monkeypatch.setenv("ASSIST_HOME", str(home_with_library))
    assert main(["fit", "--need", UNCOVERED, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["abstained"] and not data["results"] and data["closest"]
    assert main(["fit", "--need", UNCOVERED, "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "No project in the catalogue addresses this need." in out
    assert out.index("addresses this need.") < out.index("The closest ones, which do not")
    assert main(["fit", "--need", SCHOOLS, "--maturity", "experimenting", "--must",
                 "maturity", "--top-k", "10"]) == 0
    out = capsys.readouterr().out
    assert "! Projets écartés par une exigence : " in out and "(maturité)" in out
    assert main(["fit", "--need", SCHOOLS, "--must", "colour"]) == 2
    assert "unknown criterion" in capsys.readouterr().err


# -- criteria never make an unrelated project look fitting (real export) ---------------------

PROFILES = [  # needs the export's records answer, with criteria many unrelated records meet
    (LEAKS, {"coll_type": ["Commune", "Métropole"], "maturity": "deployed"}),
    # Added to the linear score, "deployed" lifted a finished project on conflicts of
    # interest (0.31 of the best need score) past an experimenting flood project (0.44).
    ("détecter les fuites d'eau sur le réseau", {"maturity": "deployed"}),
    (SCHOOLS, {"coll_type": ["Commune"], "themes": ["Mobilités"], "maturity": "deployed"}),
    ("prévenir les conflits d'intérêts des élus",
     {"coll_type": ["Département"], "audience": ["Grand public"], "maturity": "experimenting"}),
]


@pytest.mark.parametrize("need,criteria", PROFILES)
def test_criteria_only_rerank_or_exclude_what_the_need_found(assistant, need, criteria):
    alone = assistant.fit({"need": need}, top_k=50)
    nice = assistant.fit({"need": need, **criteria}, top_k=50)
    assert alone.results and not alone.abstained
    # Nice to have: the same projects, only in another order.
    assert {r.id for r in nice.results} == {r.id for r in alone.results}
    must = assistant.fit({"need": need, **criteria, "must": list(criteria)}, top_k=50)
    assert {r.id for r in must.results} <= {r.id for r in alone.results}
    assert len(must.results) + sum(must.excluded.values()) >= len(alone.results)
    # Criteria break near ties only: a project placed above another addresses the need with
    # at least (1 - W_CRIT) of the other's need score (the score of the need alone).
    need = {r.id: r.score for r in alone.results}
    order = [r.id for r in nice.results]
    for n, above in enumerate(order):
        for below in order[n + 1:]:
            assert need[above] >= (1 - W_CRIT) * need[below] - 1e-3, (above, below)


def test_criteria_never_turn_a_declined_need_into_an_answer(assistant):
    alone = assistant.fit({"need": UNCOVERED})
    met = assistant.fit({"need": UNCOVERED, "coll_type": ["Commune"], "maturity": "deployed",
                         "themes": ["Transition écologique et énergétique"]})
    assert alone.abstained and met.abstained and not met.results
    # The closest are ranked by the need alone: the criteria do not reorder them.
    assert [r.id for r in met.closest] == [r.id for r in alone.closest]


def test_the_decisions_three_states_reach_fit(assistant):
    from assist.answers.decision_model import MODEL
    from assist.answers.fit import need_point

    # Uncovered needs of the dev profiles (tests/eval/profiles_v2.jsonl, profiles_dev.jsonl):
    # declined, in the "closest" state or below it, the message saying which (school bus
    # routes, here until 22:16, now sits on the need point: tests/test_need_decision.py).
    point = need_point(MODEL)
    for need in ("verbaliser le stationnement gênant grâce à la lecture automatique des plaques "
                 "d'immatriculation",
                 "traduire en langue des signes les informations de l'accueil de la mairie"):
        answer = assistant.fit({"need": need})
        assert answer.abstained and not answer.results and answer.closest
        unclear = point["closest"] <= answer.confidence < point["threshold"]
        assert ("clairement" in answer.message) == unclear, (answer.confidence, answer.message)
    covered = assistant.fit({"need": LEAKS})
    assert covered.confidence >= MODEL["threshold"] and covered.results
    nonsense = assistant.fit({"need": "qsdkjh zzkw", "language": "en"})
    assert nonsense.abstained and not nonsense.closest  # no need: nothing to offer
    assert nonsense.message == "No project in the catalogue addresses this need."


def test_brief_of_an_ask_answer_offers_its_closest_as_not_an_answer(assistant):
    # Dev questions the decision has put in its middle state at one refit or another: the
    # first that lies there now.
    answers = (assistant.ask(q) for q in (
        "optimise school bus routes and timetables for pupils in rural areas",
        "How do we involve citizens in deciding how the council uses AI?",
        "détecter sur les images aériennes les piscines et les extensions non déclarées pour "
        "la taxe foncière"))
    answer = next((a for a in answers if a.decision == "closest"), None)
    assert answer is not None, "no question in the middle state: nothing tested"
    assert answer.abstained and answer.closest
    md = brief_markdown(answer, "fr", assistant=assistant)
    assert "## Les plus proches \\(pas une réponse\\)" in md
    assert "Proposés pour information" not in md  # the fit's hint speaks of a need
    assert md.index("## Les plus proches") < md.index("### 1. ")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_weak_fit_notice_shows_when_the_decision_is_close_and_says_why(assistant, language):
    from assist.answers.decision_model import MODEL
    from assist.answers.fit import WEAK_BAND, need_point
    from assist.text.i18n import t

    reasons = [t(f"fit.weak.{k}", language) for k in ("coverage", "cosine", "score", "margin")]
    # The late-interaction reason names the word: its sentence around that word.
    before, after = t("fit.weak.support", language).split("{word}")
    lead = t("fit.weak_need", language, reason="")
    weak = 0
    # Dev questions (first blind set, kind need) whose confidence lay in the middle of the
    # need point's weak band at the need model's fit (21:35 UTC: 0.50 in 0.4 to 0.6), others
    # that lay in or near it at other refits, and one far above it.
    threshold = need_point(MODEL)["threshold"]
    for need in ("Je veux mesurer si nos rues sont vraiment plus propres après les passages des "
                 "équipes de nettoyage",
                 "Je veux savoir quelles espèces animales et végétales vivent sur notre "
                 "territoire pour mieux les protéger",
                 "On perd beaucoup d'eau dans notre réseau, est-ce que l'IA peut nous aider ?",
                 "des ateliers pour acculturer nos élus et nos équipes à l'intelligence "
                 "artificielle et à ses ambivalences",
                 LEAKS):
        answer = assistant.fit({"need": need, "language": language})
        notices = [n for n in answer.notices if n.startswith(lead)]
        close = (not answer.abstained
                 and threshold <= answer.confidence < threshold + WEAK_BAND)
        assert bool(notices) == close, (need, answer.confidence, answer.notices)
        assert all(any(n.endswith(r) for r in reasons)
                   or (before in n and n.endswith(after) and n.index(before) + len(before)
                       < len(n) - len(after)) for n in notices), notices
        weak += close
    assert weak, "no weak fit among these needs: nothing tested"
