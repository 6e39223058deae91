"""`assist eval FILE`: the retrieval evaluation measured, printed and written to docs/."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

from assist.assistant import Assistant
from assist.evaluation.docfile import replace_section
from assist.evaluation.grid import grid_search
from assist.evaluation.report import EVAL_END, EVAL_START, markdown, summary_text
from assist.evaluation.retrieval import (
    CONFIGS,
    Query,
    abstention,
    calibrate,
    failures,
    gather,
    library_ids,
    load_queries,
    rank_all,
    ranking_metrics,
    section_owners,
)
from assist.retrieval.fusion import FusionParams


def run_eval(path: Path, args) -> int:
    """`assist eval FILE [--json] [--write MARKDOWN]`: measure, print, optionally write."""
    assistant = Assistant.open()
    ids = library_ids(assistant)
    queries, skipped = load_queries(Path(path), ids, section_owners(assistant))
    if skipped:
        print(f"assist eval: no imported catalogue has cases, so {len(skipped)} queries that "
              "need the library are skipped (import one with `assist import-library FILE`)",
              file=sys.stderr)
    cands = gather(assistant, queries)
    rank_all(assistant.searcher, cands, assistant.params)
    params = assistant.params
    results = {
        "queries": len(queries), "skipped": skipped,
        "corpus": {"cases": len(assistant._cases), "passages": assistant.index.size,
                   "imported_cases": len(ids)},
        "configs": {c: ranking_metrics(cands, c) for c in CONFIGS},
        "kinds": {kind: ranking_metrics([c for c in cands if c.query.kind == kind], "hybrid")
                  | abstention([c for c in cands if c.query.kind == kind], "hybrid", params)
                  for kind in sorted({q.kind for q in queries})},
        "params": asdict(params),
    }
    results["configs"]["hybrid"] |= abstention(cands, "hybrid", params)
    dense, _ = calibrate(cands, "dense", FusionParams(), per_language=False)
    results["configs"]["dense"] |= abstention(cands, "dense", dense)
    results["configs"]["dense"]["threshold"] = dense.min_score
    one, _ = calibrate(cands, "hybrid", params, per_language=False)
    results["single_threshold"] = {"min_score": one.min_score} | abstention(cands, "hybrid", one)
    results["peers"] = getattr(args, "peer", None) or []
    for spec in results["peers"]:
        results["configs"][f"dense, {spec}"] = peer_metrics(assistant, spec, queries)
    results["grid"] = grid_search(assistant.searcher, cands)
    results["failures"] = failures(cands, params)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    else:
        print(summary_text(results))
    if getattr(args, "write", None):
        replace_section(Path(args.write), EVAL_START, EVAL_END, markdown(results, str(path)),
                        prepend=True)
        print(f"report written to {args.write}", file=sys.stderr)
    return 0


def peer_metrics(assistant, spec: str, queries: list[Query]) -> dict[str, float]:
    """Another embedder alone (dense search, same passages and queries), in its own index."""
    settings = assistant.settings.model_copy(update={"embedder": spec})
    peer = Assistant.open(settings)
    cands = gather(peer, queries)
    rank_all(peer.searcher, cands, peer.params, only=("dense",))
    return ranking_metrics(cands, "dense")
