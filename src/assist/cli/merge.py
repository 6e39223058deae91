"""The `assist merge|unmerge|merges` subcommands: agents' decisions on records of one project.

`assist merge A B` says records A and B describe one project, `assist unmerge A B` that they
are two; either overrides the machine's matching (see `assist.catalogue.merge`).
"""

from __future__ import annotations

import argparse
import json


def _assistant():
    from assist.cli.output import open_assistant

    return open_assistant()


def _decide(args: argparse.Namespace, decision: str) -> int:
    from assist.text.i18n import t

    assistant = _assistant()
    assistant.decide_merge(args.a, args.b, decision, actor=args.actor)
    assistant = assistant.reopen()
    print(t("merge.done", args.lang, a=args.a, b=args.b,
            decision=t(f"merge.decision.{decision}", args.lang)))
    for record in dict.fromkeys((args.a, args.b)):
        resolved = assistant.resolve(record)
        ids = [r.id for r in assistant.records(record)]
        print(f"  {record} -> {resolved}: {', '.join(ids)}")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    return _decide(args, "merge")


def cmd_unmerge(args: argparse.Namespace) -> int:
    return _decide(args, "apart")


def cmd_merges(args: argparse.Namespace) -> int:
    """Every record joining several sources, its records and the fields they disagree on."""
    from assist.catalogue.merge import conflicts, provenance_line, source_label

    assistant = _assistant()
    merged = [c for c in assistant.cases(audience=args.audience) if len(c.records) > 1]
    if args.json:
        print(json.dumps([json.loads(c.model_dump_json(include={"id", "nom_projet", "coll_nom",
                                                                  "records", "provenance"}))
                          for c in merged], ensure_ascii=False, indent=1))
        return 0
    for case in merged:
        print(f"{case.id}\t{case.title} — {case.coll_nom}")
        for ref in case.records:
            print(f"  · {ref.id}\t{source_label(ref, args.lang)}, {ref.date or '-'}")
        for name in conflicts(case):
            print(f"  ≠ {name}: {provenance_line(case, name, args.lang)}")
    return 0


def add_commands(sub) -> None:
    for name, func, help_ in (
            ("merge", cmd_merge, "records A and B describe one project: merge them"),
            ("unmerge", cmd_unmerge, "records A and B are two projects: keep them apart")):
        p = sub.add_parser(name, help=help_)
        p.add_argument("a", help="a record id (or a merged record's id)")
        p.add_argument("b")
        p.add_argument("--actor", default="cli", help="who decides (kept in the audit log)")
        p.add_argument("--lang", choices=["fr", "en"], default="fr")
        p.set_defaults(func=func)
    merges = sub.add_parser("merges", help="projects merged from several sources, with the "
                                           "fields their sources disagree on")
    merges.add_argument("--json", action="store_true")
    merges.add_argument("--audience", choices=["public", "agent"], default="public")
    merges.add_argument("--lang", choices=["fr", "en"], default="fr")
    merges.set_defaults(func=cmd_merges)
