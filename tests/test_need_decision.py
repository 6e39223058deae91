"""The need decision of `fit` (issue 16): the question-level model's probability at an operating
point fitted for needs on dev (`MODEL["need"]`, `assist eval --fit`), criteria never deciding.

Real model, index and export (the session's assistant); dev profiles only
(`tests/eval/profiles_dev.jsonl`, `profiles_v2.jsonl` dev), never the test split.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assist.answers.compose import clean_question
from assist.answers.decision_model import MODEL
from assist.answers.fit import WEAK_BAND, decide_need, need_point, plan
from assist.evaluation.tuning import NEED_GRID

EVAL = Path(__file__).parent / "eval"
# Dev needs nobody covers, and dev needs the catalogue covers, from both dev profile files.
UNCOVERED = ["placer les commerçants forains sur le marché hebdomadaire et encaisser les droits "
             "de place",
             "détecter sur les images aériennes les piscines et les extensions non déclarées "
             "pour la taxe foncière",
             "verbaliser le stationnement gênant grâce à la lecture automatique des plaques "
             "d'immatriculation"]


def _decision(assistant, need: str):
    text, _, language = clean_question(need)
    return decide_need(assistant, text, language, "public")


def test_the_need_point_is_fitted_on_dev_and_kept_with_the_question_decision():
    need = MODEL["need"]
    assert need["threshold"] in NEED_GRID and 0 < need["closest"] <= need["threshold"]
    cv = need["cross_validated_dev"]
    assert cv["uncovered"] >= 20 and cv["profiles"]["uncovered"] >= 13  # not chosen on 5 cases
    assert MODEL["fitted_on"]["split"] == "dev"
    assert any(p.endswith("profiles_dev.jsonl") for p in MODEL["fitted_on"]["need_point"]["profiles"])
    # Without a need point (an older fitted file), the question's thresholds decide.
    question = {k: v for k, v in MODEL.items() if k != "need"}
    assert need_point(question) == {"threshold": MODEL["threshold"], "closest": MODEL["closest"]}
    assert need_point(MODEL)["threshold"] == need["threshold"]


def test_dev_profiles_file_is_dev_only():
    rows = [json.loads(line) for line in (EVAL / "profiles_dev.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    assert rows and all(r["split"] == "dev" for r in rows)


@pytest.mark.parametrize("need", UNCOVERED)
def test_an_uncovered_dev_need_is_decided_by_the_need_point(assistant, need):
    decision = _decision(assistant, need)
    point = need_point(assistant.model)
    assert decision.confidence is not None
    assert decision.addressed == (decision.confidence >= point["threshold"])
    assert not decision.addressed, f"{need!r} answered at {decision.confidence:.3f}"
    answer = assistant.fit({"need": need, "language": "fr"})
    assert answer.abstained and not answer.results
    assert answer.closest and all(r.kind == "case" for r in answer.closest)


def test_criteria_never_turn_an_uncovered_need_into_a_covered_one(assistant):
    need = UNCOVERED[0]
    bare = _decision(assistant, need)
    # Every criterion set, some of them required, values many records hold.
    profile = {"need": need, "coll_type": ["Métropole", "Commune"],
               "themes": ["Transition écologique et énergétique"], "maturity": "deployed",
               "must": ["coll_type"]}
    answer = assistant.fit(profile)
    assert answer.abstained and not answer.results and answer.closest
    from assist.answers.fit import NeedsProfile

    made = plan(assistant, NeedsProfile.model_validate(profile), "public")
    assert made.declined and made.decision.confidence == pytest.approx(bare.confidence)


def test_the_weak_notice_only_in_the_band_above_the_need_point(assistant, monkeypatch):
    """The notice shows exactly in the band above the need point. Each branch is tested at an
    operating point a tenth away from the band's edges around the need's own confidence, so
    that neither depends on where a refit or the runtime's rounding puts a given need (one of
    these sat at 0.806 with e5-q4's token states and 0.705 with e5-int8's, around the fitted
    band's upper edge of 0.8)."""
    fitted = assistant.model
    for need in ("savoir en direct quels quartiers surchauffent l'été grâce aux capteurs météo "
                 "que nous avons déjà installés",
                 "piloter à distance le chauffage et la ventilation de nos bâtiments publics et "
                 "vendre notre flexibilité électrique"):
        confidence = _decision(assistant, need).confidence
        # At the fitted point, and at points putting the need in the band and above it.
        for threshold in (need_point(fitted)["threshold"], confidence - WEAK_BAND / 2,
                          confidence - WEAK_BAND - 0.1):
            monkeypatch.setattr(assistant, "model", {**fitted, "need": {
                **fitted.get("need", {}), "threshold": threshold,
                "closest": min(threshold, need_point(fitted)["closest"])}})
            answer = assistant.fit({"need": need})
            weak = [n for n in answer.notices if "faiblement" in n]
            in_band = threshold <= confidence < threshold + WEAK_BAND
            assert bool(weak) == in_band, (need, confidence, threshold)
            if weak:
                assert weak[0].split(":", 1)[1].strip()  # with its reason


def test_the_middle_state_offers_the_closest_to_check_not_as_unfitting(assistant):
    from assist.answers.brief_render import brief_markdown
    from assist.answers.fit import NeedsProfile, closest_texts
    from assist.text.i18n import t

    # A dev need nobody covers that lies between the need's two thresholds.
    profile = NeedsProfile(need=UNCOVERED[0])
    answer = assistant.fit(profile)
    assert answer.message == t("fit.unclear", "fr") and answer.closest
    heading, hint = closest_texts(answer, "fr")
    assert heading == t("fit.closest_unclear", "fr") and hint == t("fit.closest_hint_unclear", "fr")
    md = brief_markdown(answer, "fr", assistant=assistant, profile=profile).replace("\\", "")
    assert md.index(heading) > md.index(answer.message)
    # Declined outright: the closest "do not address this need".
    declined = assistant.fit({"need": "recette de la tarte aux pommes"})
    assert closest_texts(declined, "fr")[0] == t("fit.closest", "fr")
