"""What the commands share: opening the assistant with a progress line, filters, answers."""

from __future__ import annotations

import sys

from assist.errors import AssistError
from assist.models import Answer
from assist.text.i18n import t


def show_progress(stage: str, done: int, total: int) -> None:
    print(f"\r{stage}: {done}/{total} passages", end="" if done < total else "\n",
          file=sys.stderr, flush=True)


def open_assistant():
    from assist.assistant import Assistant

    assistant = Assistant.open(progress=show_progress)
    for warning in assistant.store.warnings:
        print(f"assist: {warning}", file=sys.stderr)
    return assistant


def filters_of(pairs: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise AssistError(f"--filter takes KEY=VALUE (e.g. theme=Mobilités), not {pair!r}")
        out.setdefault(key.strip(), []).append(value.strip())
    return out


def print_answer(answer: Answer, closest: bool = True) -> None:
    """The answer as text; `closest=False` when the caller lists `answer.closest` itself."""
    for notice in answer.notices:
        print(f"! {notice}")
    for item in answer.understood:  # what boosted the ranking, and how to search without it
        print(f"~ {item.label}  (--ignore {item.key})")
    if answer.abstained:
        print(answer.message)
        if closest and answer.closest:  # offered apart, as the closest: not an answer
            print()
            colon = " :" if answer.language == "fr" else ":"
            print(t("answer.closest_heading", answer.language) + colon)
            print_results(answer.closest)
        if answer.suggestions:
            print("→ " + " · ".join(answer.suggestions))
        return
    print(answer.summary)
    print()
    print_results(answer.results)


def print_results(results) -> None:
    for r in results:
        where = f" — {r.organisation}" if r.organisation else ""
        print(f"[{r.rank}] {r.title}{where}  ({r.kind}, score {r.score:.2f})")
        for c in r.citations[:2]:
            page = f" p. {c.page}" if c.page else ""
            print(f"    « {c.quote} »  [{c.source}{page} § {c.section} {c.start}-{c.end}]")
        print("    " + " · ".join(r.why.reasons))
