"""Nonsense questions get the plain "nothing fits" (issue 11, item 10; issue 10).

Questions made of SQL or command-line syntax, markup, random letters, emoji, a lone stopword
or one word repeated carry no need: they must be declined with the plain message (not "the
closest ones", not a stack trace), never answered with the projects whose passages share a
stray token ("1" in "1=1")."""

from __future__ import annotations

import json

import pytest

from assist.answers.compose import refusal_message
from assist.answers.decide import nonsense
from assist.text.i18n import t

NONSENSE = [
    "'; DROP TABLE cases; --", "-- --help", "SELECT * FROM cases", "../../../etc/passwd",
    "<script>alert(1)</script>", "%00%00%00", '" OR 1=1 --', "1=1", "1 = 1",
    "admin' OR '1'='1", "UNION SELECT password FROM users", "<img src=x onerror=alert(1)>",
    "<b></b><i></i>", "{{7*7}}", "${jndi:ldap://x}",
    "qsdfghjklm", "wxcvbn azerty poiuy", "xkcdvt pfrzt", "zzzzzz",
    "qsdkjf lmqkj zerpoi wxcv",  # one run of letters holds vowels, the three others none
    "🙂🙂🙂", "🚀 🌍 ✨", "le", "the", "de la", "???",
    "eau " * 500, "projet " * 400, "bonjour " * 300, "fuites eau " * 200,
]


@pytest.mark.parametrize("question", NONSENSE, ids=lambda q: repr(q[:30]))
def test_nonsense_questions_get_the_plain_nothing_fits(assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained, [r.title for r in answer.results]
    assert answer.decision == "declined", [r.title for r in answer.closest]
    assert not answer.results and not answer.closest
    # Code, markup and instructions to a program are told as such (test_code_questions.py).
    assert answer.message in [t("answer.abstain", answer.language),
                              t("answer.empty", answer.language),
                              refusal_message("code", answer.language),
                              refusal_message("instructions", answer.language)]


@pytest.mark.parametrize("question", [
    "Qui détecte les fuites d'eau avec l'IA ?", "Sicoval", "callbot", "IA et RGPD",
    "Quels projets sont terminés ?", "Who uses AI for water leaks?", "RGPD CNIL",
    "projets d'Aix-Marseille-Provence (13) : quel budget ?",
])
def test_real_questions_are_not_taken_for_nonsense(assistant, question: str) -> None:
    """The guard must not swallow questions with quotes, parentheses or one short name."""
    from assist.text.analyser import tokens

    terms = assistant.ranker.terms(tokens(question))
    assert not nonsense(question, terms)


def test_nonsense_on_the_command_line_is_a_plain_message(assistant) -> None:
    """Through the CLI too: exit 0, the plain message, no traceback."""
    from conftest import run_cli

    done = run_cli(assistant.settings.home, "ask", '" OR 1=1 --', "--json")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    answer = json.loads(done.stdout)
    assert answer["abstained"] and answer["decision"] == "declined" and not answer["results"]
