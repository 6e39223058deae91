"""The `assist fit|compare|brief|eval-fit` subcommands (needs profile, comparison, brief).

`add_commands(sub)` registers them on the `assist` parser; they call the same `Assistant`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assist.cli.output import top_k

MARKS = {"met": "+", "not_met": "-", "unknown": "?"}


def _assistant():
    from assist.cli.output import open_assistant

    return open_assistant()


def cmd_fit(args: argparse.Namespace) -> int:
    from assist.answers.fit import read_profile
    from assist.cli.output import print_answer

    profile = read_profile(dict(
        need=args.need or "", coll_type=args.type or [], themes=args.theme or [],
        audience=args.public or [], maturity=args.maturity, budget=args.budget or [],
        hosting=args.hosting or [], implementation=args.implementation or [],
        must=[k for part in args.must or [] for k in part.split(",")], language=args.lang))
    answer = _assistant().fit(profile, top_k=args.top_k, audience=args.audience)
    if args.json:
        print(answer.model_dump_json(indent=1))
        return 0
    print_answer(answer, closest=False)  # listed below, with the fit's own heading
    for r in answer.results:
        print(f"[{r.rank}] " + " · ".join(_check(c) for c in r.criteria))
    if answer.closest:
        from assist.text.i18n import t

        print()
        print(t("fit.closest", answer.language) + (" :" if answer.language == "fr" else ":"))
        for r in answer.closest:
            where = f" — {r.organisation}" if r.organisation else ""
            print(f"  ({r.rank}) {r.title}{where}")
    return 0


def _check(c) -> str:
    must = "!" if c.must else ""
    note = f"; {c.note}" if c.note else ""
    return f"{MARKS[c.status]}{must}{c.label} ({c.value or '—'}{note})"


def cmd_compare(args: argparse.Namespace) -> int:
    comparison = _assistant().compare(args.case_ids, audience=args.audience, language=args.lang)
    if args.json:
        print(comparison.model_dump_json(indent=1))
        return 0
    print("\t".join(["", *[c.title for c in comparison.cases]]))
    for row in comparison.rows:
        mark = "≠ " if row.differs else "  "
        print(f"{mark}{row.label}\t" + "\t".join(v or "—" for v in row.values))
    return 0


def cmd_brief(args: argparse.Namespace) -> int:
    from assist.answers.brief_render import brief_html, brief_markdown

    assistant = _assistant()
    if len(args.case_ids) == 1:
        subject = assistant.case(args.case_ids[0], args.audience)
        if subject is None:
            raise KeyError(f"no case {args.case_ids[0]!r}")
    else:
        subject = assistant.compare(args.case_ids, args.audience, args.lang)
    if args.html:
        Path(args.html).write_text(brief_html(subject, args.lang, args.audience,
                                              assistant=assistant), encoding="utf-8")
        print(f"brief written to {args.html}", file=sys.stderr)
    markdown = brief_markdown(subject, args.lang, args.audience, assistant=assistant)
    if args.markdown:
        Path(args.markdown).write_text(markdown, encoding="utf-8")
        print(f"brief written to {args.markdown}", file=sys.stderr)
    if not args.html and not args.markdown:
        print(markdown)
    return 0


def cmd_eval_fit(args: argparse.Namespace) -> int:
    from assist.evaluation.fit import run_eval_fit

    return run_eval_fit(Path(args.file), args)


def add_commands(sub) -> None:
    """Register fit, compare, brief and eval-fit on the `assist` subparsers."""
    fit = sub.add_parser("fit", help="projects that fit a needs profile, criterion by criterion")
    fit.add_argument("--need", help="the need in a few words")
    fit.add_argument("--type", action="append", help="type of authority (Commune, EPCI...)")
    fit.add_argument("--theme", action="append", help="a theme of the catalogue")
    fit.add_argument("--public", action="append", metavar="AUDIENCE",
                     help="audience served (Agent, Grand public, Elu...)")
    fit.add_argument("--maturity", choices=["any", "experimenting", "deployed"], default="any")
    fit.add_argument("--budget", action="append", help="'moins de 50k€', <50k, 50-100k, >100k")
    fit.add_argument("--hosting", action="append", help="in-house, cloud (agents only)")
    fit.add_argument("--implementation", action="append",
                     help="in-house, external, provider, procurement (agents only)")
    fit.add_argument("--must", action="append", metavar="CRITERIA",
                     help="criteria that are required, comma-separated (coll_type, themes, "
                          "audience, maturity, budget, hosting, implementation): a project whose "
                          "record holds another value is excluded; the others only re-rank")
    fit.add_argument("--top-k", type=top_k, default=5)
    fit.add_argument("--lang", choices=["fr", "en"], default="fr")
    fit.add_argument("--json", action="store_true", help="print Answer.model_dump_json()")
    fit.add_argument("--audience", choices=["public", "agent"], default="public",
                     help="who reads: restricted criteria are judged for agents only")
    fit.set_defaults(func=cmd_fit)

    cmp_ = sub.add_parser("compare", help="two to four projects side by side")
    cmp_.add_argument("case_ids", nargs="+", metavar="ID")
    cmp_.add_argument("--json", action="store_true", help="print Comparison.model_dump_json()")
    cmp_.add_argument("--lang", choices=["fr", "en"], default="fr")
    cmp_.add_argument("--audience", choices=["public", "agent"], default="public")
    cmp_.set_defaults(func=cmd_compare)

    brief = sub.add_parser("brief", help="a one-page brief of a project (or of 2-4 compared)")
    brief.add_argument("case_ids", nargs="+", metavar="ID")
    brief.add_argument("--lang", choices=["fr", "en"], default="fr")
    brief.add_argument("--html", metavar="FILE", help="write the printable HTML page here")
    brief.add_argument("--markdown", metavar="FILE", help="write the Markdown here")
    brief.add_argument("--audience", choices=["public", "agent"], default="public")
    brief.set_defaults(func=cmd_brief)

    evf = sub.add_parser("eval-fit", help="measure fit() against ask() on judged profiles")
    evf.add_argument("file")
    evf.add_argument("--split", choices=["dev", "test", "all"], default="all",
                     help="the profiles of this split (tune on dev, report test)")
    evf.add_argument("--json", action="store_true")
    evf.add_argument("--write-section", metavar="MARKDOWN",
                     help="replace the 'Needs profiles (fit)' section of this file")
    evf.set_defaults(func=cmd_eval_fit)
