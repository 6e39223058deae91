"""Nonsense questions get "nothing fits" (issue 11, item 10).

Questions made of SQL or command-line syntax carry no need: they must be declined, not
answered with the projects whose passages share a stray word. The abstention itself is the
answers issue's work (issue 10); this test holds the hostile examples found by trying."""

from __future__ import annotations

import pytest

# Still answered with projects until the abstention of issue 10 lands: expected to fail
# until then (strict: the day they pass, this mark must go, and the test then guards them).
UNTIL_ISSUE_10 = pytest.mark.xfail(strict=True, reason="abstention rebuilt by issue 10")
NONSENSE = [
    pytest.param("'; DROP TABLE cases; --", marks=UNTIL_ISSUE_10),
    pytest.param('" OR 1=1 --', marks=UNTIL_ISSUE_10),
    pytest.param("-- --help", marks=UNTIL_ISSUE_10),
    pytest.param("SELECT * FROM cases", marks=UNTIL_ISSUE_10),
    pytest.param("../../../etc/passwd", marks=UNTIL_ISSUE_10),
    "1=1", "<script>alert(1)</script>", "%00%00%00",
]


@pytest.mark.parametrize("question", NONSENSE)
def test_nonsense_questions_get_nothing_fits(assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained, [r.title for r in answer.results]
    assert answer.message and not answer.results
