"""Issue 10: the question's salient words in the language at large (`text/topic.py`, wordfreq's
French and English lists shipped inside the package) and the decision's `salient` signal: the
share of that salience the first result shown holds."""

from __future__ import annotations

from assist.answers.decide import FEATURES
from assist.text.analyser import tokens
from assist.text.topic import real, salience, salient_cover, zipf


def _words(text: str) -> list[tuple[str, str]]:
    return [(t.surface, t.stem) for t in tokens(text)]


def test_a_topic_word_says_more_than_a_generic_one() -> None:
    # Real words of the language, offline: rarer in the language, more salient.
    assert zipf("données") > zipf("écluse") > zipf("méthaniseur") > 0
    assert salience("écluse") > salience("données") > 0
    assert zipf("Canal") == zipf("canal") > 0  # case does not matter
    assert real("lock") and real("deepfake")  # English too
    # Random letters, numbers: no word of the language, no salience.
    for word in ("qsdkjf", "zxwvq", "2024"):
        assert not real(word) and salience(word) == 0.0


def test_salient_cover_weighs_what_a_result_holds_by_its_salience() -> None:
    words = _words("prévoir le trafic des écluses du canal avec les données")
    stems = {surface: stem for surface, stem in words}
    everything = salient_cover(words, [stem for _, stem in words])
    generic = salient_cover(words, [stems["prévoir"], stems["données"]])
    topic = salient_cover(words, [stems["écluses"], stems["canal"]])
    assert everything == 1.0 and salient_cover(words, []) == 0.0
    # The generic words held say less of the question than its topic words held.
    assert 0.0 < generic < topic < 1.0
    # A question of no real word (names, random letters) has nothing to weigh.
    assert salient_cover(_words("qsdkjf zxwvq"), ["qsdkjf"]) == 0.0
    # A stem counts once however often the question repeats it.
    once = salient_cover(_words("canal données"), [stems["canal"]])
    assert salient_cover(_words("canal canal canal données"), [stems["canal"]]) == once


def test_the_decision_reads_salient_on_the_first_result_shown(assistant) -> None:
    assert "salient" in FEATURES
    question = "Quels outils pour détecter les fuites d'eau dans les canalisations ?"
    vector = assistant.embedder.queries([question])[0]
    allowed, dense, lexical = assistant.candidates(vector, question)
    found = assistant.judge(question, "fr", allowed, dense, lexical, vector=vector)
    words = [(t.surface, t.stem) for t in tokens(question) if t.stem in found.terms.idf]
    assert found.decision.features["salient"] == salient_cover(words, found.ranked[0].covered)
    assert 0.0 < found.decision.features["salient"] <= 1.0
