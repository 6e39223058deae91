"""Where `ask()`'s time goes on a database kept by `assist bench-pg --keep`: each stage's
wall clock per question (the bench's questions, caches emptied before each), the server
CPU of each leg's connection, and the client's CPU.

    python scripts/pg_profile.py KEPT_DATABASE_URL [ROUNDS] [hub|nohub] > profile.json

Stages (nested ones are inside their parent's time): `embed` (the query's vector), `legs`
(both legs, at once: `dense` on the second connection, `lexical` on the first), `judge`
(`rank` = fusion's passages read and folded, `signals`, `plain` ranking, `states` read,
`decide` with `support`, the late re-ranking `late`), `results` (explanation of the shown
results). Also the hub prior's cost: `ask()` with the shipped hub weight against 0,
interleaved (answers may differ: the point is the time).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import defaultdict
from dataclasses import replace

import numpy as np


def main(url: str, rounds: int = 2, hub: bool = True) -> dict:
    import assist.assistant as assistant_module
    from assist.bench.pg import interleaved, kept_assistant, server_cpu
    from assist.bench.probe import cpu_seconds, forget
    from assist.bench.run import machine, questions

    spent: dict[str, list[float]] = defaultdict(list)
    current: dict[str, float] = defaultdict(float)

    def timed(owner, name: str, label: str | None = None) -> None:
        original = getattr(owner, name)

        def wrapper(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                current[label or name] += time.perf_counter() - t0
        setattr(owner, name, wrapper)

    with kept_assistant(url, "assist-pg-profile-") as (assistant, db):
        asked = questions()
        for question in asked[:3]:
            assistant.ask(question)  # warm-up (hub prior, background sample, connections)
        searcher = assistant.searcher
        timed(assistant.embedder, "queries", "embed")
        timed(searcher, "legs")
        timed(searcher, "embedded_legs", "embed_and_legs")
        timed(searcher, "dense")
        timed(searcher, "_lexical", "lexical")
        timed(assistant.index, "chunks_at", "rank_rows")
        timed(searcher, "rank")
        timed(assistant, "judge")
        timed(assistant.ranker, "signals")
        timed(assistant.ranker, "rank", "ranker_rank")
        timed(assistant, "_stored_states", "states")
        timed(assistant, "support")
        timed(assistant, "late_signal", "late")
        timed(assistant, "result", "results")
        timed(assistant_module, "decide")
        lanes = {"dense_server": 0.0, "lexical_server": 0.0}
        totals = {"app_cpu": 0.0, "server_cpu": 0.0}
        for _ in range(rounds):
            for question in asked:
                forget(assistant)
                current.clear()
                reader = db.reader.info.backend_pid
                second = db.second("reader").info.backend_pid
                before = {pid: _cpu(pid) for pid in (reader, second)}
                cpu, served = cpu_seconds(), server_cpu(searcher)
                t0 = time.perf_counter()
                assistant.ask(question)
                current["ask"] = time.perf_counter() - t0
                totals["app_cpu"] += cpu_seconds() - cpu
                totals["server_cpu"] += server_cpu(searcher) - served
                lanes["lexical_server"] += _cpu(reader) - before[reader]
                lanes["dense_server"] += _cpu(second) - before[second]
                for name, value in current.items():
                    spent[name].append(value)
        asks = rounds * len(asked)
        stages = {name: {"p50_ms": 1000 * float(np.percentile(v + [0.0] * (asks - len(v)), 50)),
                         "mean_ms": 1000 * float(np.sum(v)) / asks}
                  for name, v in spent.items()}
        out = {"machine": machine(), "passages": assistant.index.size, "questions": asks,
               "stages": stages,
               "cpu_ms_per_question": {k: 1000 * v / asks for k, v in (totals | lanes).items()},
               "load_average": os.getloadavg()}
        out["hub_weight"] = assistant.rank_params.hub
        if not hub:
            return out
        # the hub prior's cost: the shipped weight against none
        shipped = assistant.rank_params
        out["hub_ab"] = interleaved(assistant, asked, {
            "hub_shipped": lambda: setattr(assistant, "rank_params", shipped),
            "hub_0": lambda: setattr(assistant, "rank_params", replace(shipped, hub=0.0))},
            rounds)
        assistant.rank_params = shipped
        return out


def _cpu(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2,
                          sys.argv[3] != "nohub" if len(sys.argv) > 3 else True),
                     indent=1, ensure_ascii=False))
