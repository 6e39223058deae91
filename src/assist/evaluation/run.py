"""`assist eval FILE`: what people get, measured per split and kind, printed and written to docs/."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from assist.assistant import Assistant
from assist.evaluation.answering import (
    assistant_ranking,
    assistant_shown,
    bm25_shown,
    closest_measure,
    judge_all,
    measure,
    misses,
    today_shown,
)
from assist.evaluation.docfile import replace_section
from assist.evaluation.report import EVAL_END, EVAL_START, markdown, summary_text
from assist.evaluation.retrieval import (
    Query,
    gather,
    library_ids,
    load_queries,
    rank_all,
    ranking_metrics,
    section_owners,
)

SPLIT_CHOICES = ("dev", "test", "all")


def run_eval(path: Path, args) -> int:
    """`assist eval FILE [--split dev|test|all] [--fit] [--json] [--write MARKDOWN]`."""
    assistant = Assistant.open()
    ids = library_ids(assistant)
    queries, skipped = load_queries(Path(path), ids, section_owners(assistant))
    if skipped:
        print(f"assist eval: no imported catalogue has cases, so {len(skipped)} queries that "
              "need the library are skipped (import one with `assist import-library FILE`)",
              file=sys.stderr)
    split = getattr(args, "split", None) or "all"
    cands = gather(assistant, queries)
    if getattr(args, "fit", False):
        from assist.evaluation.tuning import fit_all, rank_params_of, write_model

        model = fit_all(assistant, cands, str(path))
        write_model(model)
        print("fitted on the dev split; written to src/assist/answers/decision_model.py",
              file=sys.stderr)
        assistant.rank_params = rank_params_of(model)
        judge_all(assistant, cands, model=model)
    else:
        judge_all(assistant, cands)
    results = {"queries": len(queries), "skipped": skipped, "split": split,
               "corpus": {"cases": len(assistant._cases), "passages": assistant.index.size,
                          "imported_cases": len(ids)},
               "splits": {}}
    for name in (SPLIT_CHOICES if split == "all" else (split,)):
        chosen = [c for c in cands if name == "all" or c.query.split == name]
        if not chosen:
            continue
        results["splits"][name] = {
            "questions": len(chosen),
            "assistant": measure(chosen, assistant_shown) | {"closest": closest_measure(chosen)},
            "ranking only": measure(chosen, assistant_ranking),
            "today's rule": measure(chosen, today_shown(assistant.searcher)),
            "bm25 alone": measure(chosen, bm25_shown(assistant.searcher)),
        }
    shown_splits = [s for s in ("test", "dev") if s in results["splits"]]
    results["failures"] = {s: misses([c for c in cands if c.query.split == s])
                           for s in shown_splits}
    results["peers"] = getattr(args, "peer", None) or []
    for spec in results["peers"]:
        results["peer_metrics"] = results.get("peer_metrics", {})
        results["peer_metrics"][spec] = peer_metrics(assistant, spec, queries)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    else:
        print(summary_text(results))
    if getattr(args, "write", None):
        replace_section(Path(args.write), EVAL_START, EVAL_END,
                        markdown(results, str(path), split), prepend=True)
        print(f"report written to {args.write}", file=sys.stderr)
    return 0


def peer_metrics(assistant, spec: str, queries: list[Query]) -> dict[str, float]:
    """Another embedder alone (dense search, same passages and queries), in its own index."""
    settings = assistant.settings.model_copy(update={"embedder": spec})
    peer = Assistant.open(settings)
    cands = gather(peer, queries)
    rank_all(peer.searcher, cands, peer.params, only=("dense",))
    return ranking_metrics(cands, "dense")
