"""Recall@10 of the dense leg against exact search, on a database kept by `assist bench-pg
--keep`, for several `ivfflat.probes`, public and under the bench's filter, searched as the
app searches (`PgSearcher.dense`, on the reader's login). Exact: every list probed (IVFFlat
searching all its lists is an exhaustive scan of the same halfvecs).

    python scripts/pg_probes_recall.py KEPT_DATABASE_URL [PROBES,...] > figures.json

Questions: the bench's 40 and the next 160 dev questions of tests/eval/questions.jsonl
(`dense_1m.question_texts`), reported apart.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))


def main(url: str, probes: list[int]) -> dict:
    from dense_1m import question_texts

    from assist.bench.pg import kept_assistant
    from assist.bench.run import FILTER, machine
    from assist.catalogue.pg_store import PROBES

    bench, further = question_texts()
    asked = bench + further
    with kept_assistant(url, "assist-pg-probes-") as (assistant, db):
        index, embedder, searcher = assistant.index, assistant.embedder, assistant.searcher
        searcher.prefetch = False  # the scan alone
        searcher.filtered_probes = None  # the probes set below, filtered too
        vectors = embedder.queries(asked)
        lists = int(index.manifest["vector_index"].get("lists", 0))
        out = {"machine": machine(), "passages": index.size, "lists": lists,
               "questions": {"bench": len(bench), "further": len(further)}}
        for name, filters in (("public", {}), ("filtered", {k: [v] for k, v in FILTER.items()})):
            scope = searcher.mask("public", filters)

            def top10(found: dict) -> set:
                return {p for p, _ in sorted(found.items(), key=lambda kv: -kv[1])[:10]}

            with db.use("reader") as conn:
                try:
                    # every list, through the index: probing them all costs the planner
                    # more than a sequential scan, which would read the passages' 27 GB
                    conn.execute(f"SET ivfflat.probes = {lists}")
                    conn.execute("SET enable_seqscan = off")
                    started = time.perf_counter()
                    exact = [top10(searcher.dense(v, scope)) for v in vectors]
                    conn.execute("RESET enable_seqscan")
                    print(name, "exact", time.perf_counter() - started, file=sys.stderr)
                    rows = {}
                    for value in probes:
                        conn.execute(f"SET ivfflat.probes = {int(value)}")
                        times, recalls = [], []
                        for vector, truth in zip(vectors, exact):
                            started = time.perf_counter()
                            found = top10(searcher.dense(vector, scope))
                            times.append(time.perf_counter() - started)
                            recalls.append(len(found & truth) / max(1, len(truth)))
                        rows[str(value)] = {
                            "recall_at_10_bench": float(np.mean(recalls[:len(bench)])),
                            "recall_at_10_further": float(np.mean(recalls[len(bench):])),
                            "recall_at_10_all": float(np.mean(recalls)),
                            "p50_ms": float(np.percentile(times, 50) * 1000),
                            "load_average": os.getloadavg()}
                        print(name, value, rows[str(value)], file=sys.stderr)
                finally:
                    conn.execute("RESET enable_seqscan")
                    conn.execute(f"SET ivfflat.probes = {PROBES}")
            out[name] = rows
        return out


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], [int(x) for x in (sys.argv[2] if len(sys.argv) > 2
                                                          else "60,80,100,120").split(",")]),
                     indent=1, ensure_ascii=False))
