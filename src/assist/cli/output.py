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


def both(message: str, **values: object) -> str:
    """A message of a command without --lang, on one line: French / English."""
    return f"{t(message, 'fr', **values)} / {t(message, 'en', **values)}"


def shown(value: str, most: int = 60) -> str:
    """A value the user typed, quoted for a message: escaped (controls, lone surrogates) and
    cut, so that a hostile argument can neither break the line nor flood it."""
    text = repr(value[:most])
    return text + "…" if len(value) > most else text


def filters_of(pairs: list[str] | None) -> dict[str, list[str]]:
    """`--filter KEY=VALUE` options as the Assistant's filters, checked here, before the
    command opens the assistant: a mistyped filter is said at once, the model and the index
    are not loaded for it."""
    from assist.facets import FACETS, facet

    out: dict[str, list[str]] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not key or not value:
            raise AssistError(both("cli.filter_form", given=shown(pair)))
        try:
            facet(key)
        except ValueError:
            raise AssistError(both("cli.filter_unknown", name=shown(key),
                                   keys=", ".join(f.param for f in FACETS))) from None
        out.setdefault(key, []).append(value)
    return out


TOP_K_MOST = 50  # the Assistant's own bound (assistant.bounded)


def top_k(text: str) -> int:
    """`--top-k`'s value: a whole number from 1 to TOP_K_MOST, said plainly otherwise."""
    import argparse

    try:
        number = int(text)
    except ValueError:
        number = 0
    if not 1 <= number <= TOP_K_MOST:
        raise argparse.ArgumentTypeError(both("cli.top_k", most=TOP_K_MOST, given=shown(text)))
    return number


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
