"""What people look for: the questions asked in the app, kept without personal data for a
limited time, grouped by theme for agents (the library learns which projects authorities
look for and cannot find).

A kept search is the question's text with e-mail addresses and telephone numbers taken out,
the day it was asked (no time, no address, no user or session id), the question's language,
its theme, whether the catalogue answered ("answered") or said nothing fits ("nothing"), and
a vote when the answer got one (-1 for 👎). Both stores (SQLite, PostgreSQL) keep them in a
`searches` table and drop those older than the retention period whenever one is added.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from pydantic import BaseModel

from assist.text.vocab import label

MAX_QUESTION = 300  # characters kept of a question (a question, not a letter)
OUTCOMES = ("answered", "nothing")
EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# A run of digits, with the spaces, dots, dashes and brackets telephone numbers are written
# with; it is a number to remove when it holds 9 digits or more (0612345678, +33 6 12 34 56
# 78), so that years ("2023 et 2024" holds 8) and counts stay.
NUMBER = re.compile(r"\+?\(?\d[\d\s.\-()/]{6,}\d")
PHONE_DIGITS = 9
EMAIL_MARK, PHONE_MARK = "[e-mail]", "[tel]"


def scrub(question: str) -> str:
    """The question without e-mail addresses or telephone numbers, on one line, cut to
    `MAX_QUESTION` characters."""
    text = EMAIL.sub(EMAIL_MARK, question)
    text = NUMBER.sub(lambda m: PHONE_MARK if sum(ch.isdigit() for ch in m.group())
                      >= PHONE_DIGITS else m.group(), text)
    return " ".join(text.split())[:MAX_QUESTION]


def today() -> str:
    return dt.datetime.now(dt.UTC).date().isoformat()


def cutoff(retention_days: int, day: str | None = None) -> str:
    """The first day still kept: searches of an earlier day are purged."""
    start = dt.date.fromisoformat(day or today())
    return (start - dt.timedelta(days=max(0, retention_days) - 1)).isoformat()


def checked_search(outcome: str, vote: int) -> None:
    if outcome not in OUTCOMES:
        raise ValueError(f"outcome must be one of {', '.join(OUTCOMES)}, not {outcome!r}")
    if vote not in (-1, 0, 1):
        raise ValueError(f"vote must be -1, 0 or +1, not {vote!r}")


class SearchedQuestion(BaseModel):
    question: str
    asked: int  # times it was asked in the period
    nothing: int  # of which "nothing fits"
    disliked: int  # of which marked 👎
    last: str  # the last day it was asked


class SearchTheme(BaseModel):
    theme: str  # the vocabulary's value ("" when none could be told)
    label: str  # in the reader's language
    asked: int
    nothing: int
    disliked: int
    questions: list[SearchedQuestion]


class SearchReport(BaseModel):
    """The questions of the last `retention_days` days, by theme, most asked first."""

    retention_days: int
    since: str
    asked: int
    nothing: int
    disliked: int
    themes: list[SearchTheme]


def report(rows: list[dict], retention_days: int, language: str = "fr",
           no_theme: str = "") -> SearchReport:
    """Group kept searches (dicts with question, day, theme, outcome, vote) by theme, then
    by question (the same words, case and spaces aside, are one question)."""
    by_theme: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        by_theme[row["theme"] or ""][" ".join(row["question"].lower().split())].append(row)
    themes = []
    for theme, questions in by_theme.items():
        listed = []
        for same in questions.values():
            listed.append(SearchedQuestion(
                question=same[-1]["question"], asked=len(same),
                nothing=sum(r["outcome"] == "nothing" for r in same),
                disliked=sum(r["vote"] < 0 for r in same), last=max(r["day"] for r in same)))
        listed.sort(key=lambda q: (-q.nothing - q.disliked, -q.asked, q.question.lower()))
        themes.append(SearchTheme(
            theme=theme, label=label("theme", theme, language) if theme else no_theme,
            asked=sum(q.asked for q in listed), nothing=sum(q.nothing for q in listed),
            disliked=sum(q.disliked for q in listed), questions=listed))
    themes.sort(key=lambda g: (-g.nothing - g.disliked, -g.asked, g.label.lower()))
    return SearchReport(retention_days=retention_days, since=cutoff(retention_days),
                        asked=len(rows), nothing=sum(g.nothing for g in themes),
                        disliked=sum(g.disliked for g in themes), themes=themes)


def report_rows(found: SearchReport) -> list[dict]:
    """One row a question (for CSV): theme, question, times asked, "nothing fits", 👎, last day."""
    return [{"theme": group.theme, "theme_label": group.label, "question": q.question,
             "asked": q.asked, "nothing_fits": q.nothing, "thumbs_down": q.disliked,
             "last_day": q.last}
            for group in found.themes for q in group.questions]
