"""Issue 10, fifth pass: the decision's new signals (the lexical leg's agreement, English ×
known words) and the small trees over its logistic score, on the real
model, index and export (the session's assistant), and the trees' own arithmetic."""

from __future__ import annotations

import importlib.util
import math

import numpy as np
import pytest

from assist.answers import decide
from assist.answers.decide import boost, fit, lexical_first, probability
from assist.answers.decision_model import MODEL
from assist.assistant import Assistant
from assist.evaluation.tuning import write_model


def _judged(assistant: Assistant, question: str, language: str = "fr"):
    vector = assistant.embedder.queries([question])[0]
    allowed, dense, lexical = assistant.candidates(vector, question)
    return assistant.judge(question, language, allowed, dense, lexical, vector=vector), lexical


def test_the_lexical_legs_first_result_agrees_or_not(assistant) -> None:
    """`agree` is 1 when the passage of highest BM25 belongs to the ranking's first result:
    a name (Datanumia) is found by its words and its meaning alike; a paraphrase made of other
    words (dev q033: what the council voted, found by a language model) has its best word
    match elsewhere ("conseil", "vote" are everywhere)."""
    for question, expected in (("Datanumia", 1.0),
                               ("trouver vite ce qu'a voté le conseil grâce à un modèle de "
                                "langage", 0.0)):
        found, lexical = _judged(assistant, question)
        assert found.decision.features["agree"] == expected, question
        # The same thing computed from the search's own lexical candidates.
        assert lexical, question
        top = max(lexical, key=lexical.get)
        first = {h.position for h in found.ranked[0].group.hits}
        assert (top in first) == bool(expected), question
        assert lexical_first(found.ranked) is not None
    assert lexical_first([]) is None


def test_known_words_count_apart_for_english_questions(assistant) -> None:
    french, _ = _judged(assistant, "détecter les fuites d'eau dans les canalisations")
    english, _ = _judged(assistant, "detect water leaks in the pipes", "en")
    assert french.decision.features["known_en"] == 0.0
    assert 0.0 < english.decision.features["known_en"] == english.terms.known <= 1.0


def _xor(n: int = 400) -> tuple[list[dict[str, float]], list[int]]:
    """Two signals whose product decides (a linear model cannot): in scope when both are
    high or both low."""
    rng = np.random.default_rng(7)
    a, b = rng.uniform(-1, 1, n), rng.uniform(-1, 1, n)
    return ([{"a": float(x), "b": float(y)} for x, y in zip(a, b)],
            [int(x * y > 0) for x, y in zip(a, b)])


def test_the_trees_learn_what_the_logistic_model_cannot() -> None:
    rows, labels = _xor()
    names = ("a", "b")
    linear = fit(rows, labels, names=names)
    boosted = {**linear, **boost(rows, labels, linear, names, rounds=60)}

    def accuracy(model: dict) -> float:
        return float(np.mean([(probability(r, model) >= 0.5) == bool(y)
                              for r, y in zip(rows, labels)]))

    assert accuracy(linear) < 0.65 < 0.9 < accuracy(boosted)
    assert len(boosted["trees"]) == 60 and boosted["rate"] == decide.TREE_RATE


def test_a_tree_routes_on_its_cut() -> None:
    model = {"intercept": 0.0, "coef": {}, "mean": {}, "scale": {}, "rate": 0.5,
             "trees": [["lift", 0.05, ["agree", 0.5, -2.0, 1.0], 4.0]]}
    sigmoid = lambda z: 1 / (1 + math.exp(-z))  # noqa: E731
    assert probability({"lift": 0.02, "agree": 0.0}, model) == pytest.approx(sigmoid(-1.0))
    assert probability({"lift": 0.05, "agree": 1.0}, model) == pytest.approx(sigmoid(0.5))
    assert probability({"lift": 0.09, "agree": 0.0}, model) == pytest.approx(sigmoid(2.0))
    # Without trees (a model fitted before them): the logistic score alone.
    assert probability({"lift": 0.09}, {**model, "trees": []}) == pytest.approx(0.5)


def test_the_model_file_keeps_its_trees(tmp_path) -> None:
    rows, labels = _xor(120)
    linear = fit(rows, labels, names=("a", "b"))
    model = {**linear, **boost(rows, labels, linear, ("a", "b"), rounds=5), "threshold": 0.4}
    path = tmp_path / "decision_model.py"
    write_model(model, path)
    spec = importlib.util.spec_from_file_location("written_model", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.MODEL == model
    assert all(probability(r, module.MODEL) == probability(r, model) for r in rows[:20])
    # One tree a line.
    assert sum(line.startswith("  [") for line in path.read_text().splitlines()) == 5


def test_a_question_asking_for_projects_gets_its_own_cut(assistant, monkeypatch) -> None:
    """`shown` cuts a list question ("quels projets...") at `ratio_list`, others at `ratio`:
    with every result kept for lists and nearly none for the rest, the same ranking shows five
    results to the list question and only the best to the other one."""
    monkeypatch.setitem(MODEL, "ratio", 0.999)
    monkeypatch.setitem(MODEL, "ratio_list", 0.0)
    listed = assistant.ask("Quels projets utilisent l'IA pour l'eau ?", top_k=5)
    single = assistant.ask("utiliser l'IA pour l'eau", top_k=5)
    assert listed.decision == single.decision == "answered"
    assert len(listed.results) == 5 and len(single.results) == 1
    assert 0.0 <= MODEL.get("ratio_list", 0.0) <= 1.0
