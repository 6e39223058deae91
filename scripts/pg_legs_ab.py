"""`ask()` on a database kept by `assist bench-pg --keep`, two ways interleaved
(`bench.pg.interleaved`): before and after in the same run, without loading a million
passages again.

    python scripts/pg_legs_ab.py KEPT_DATABASE_URL [ROUNDS] [legs|prefetch] > figures.json

`legs` (the default): the two legs at once against one after the other (`PgSearcher.parallel`).
`prefetch`: each leg reading its candidates' rows on its own connection while the other leg
runs, against the rows read after both legs (`PgSearcher.prefetch`).

Also checks, for the bench's questions, that both ways give the same candidates (dense and
lexical, scores included), public and with the bench's filter; the same answers are counted
during the timed asks, public and with the filter.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

WAYS = {"legs": ("parallel", "legs_at_once", "one_leg_then_the_other"),
        "prefetch": ("prefetch", "rows_read_ahead", "rows_read_after")}


def main(url: str, rounds: int, what: str = "legs") -> dict:
    from assist.bench.pg import bench_assistant, interleaved
    from assist.bench.probe import forget
    from assist.bench.run import FILTER, machine, questions, real_home
    from assist.catalogue.pg_store import Database
    from assist.retrieval.embed import make_embedder
    from assist.retrieval.pg_index import load
    from assist.text.analyser import tokens

    flag, on, off = WAYS[what]
    with tempfile.TemporaryDirectory(prefix="assist-pg-legs-") as tmp:
        os.environ.pop("ASSIST_DATABASE_URL", None)
        settings, _ = real_home(Path(tmp))
        embedder = make_embedder(settings.embedder)
        db = Database(url)
        index = load(db)
        assistant = bench_assistant(settings, embedder, index)
        asked = questions()
        vectors = embedder.queries(asked)
        searcher = assistant.searcher
        same = 0
        filtered = {k: [v] if isinstance(v, str) else v for k, v in FILTER.items()}
        for filters in ({}, filtered):
            scope = searcher.mask("public", filters)
            for question, vector in zip(asked, vectors):
                got = []
                for value in (True, False):
                    setattr(searcher, flag, value)
                    forget(assistant)
                    got.append(searcher.legs(vector, tokens(question), scope))
                same += got[0] == got[1]
        setattr(searcher, flag, True)
        for question in asked[:3]:
            assistant.ask(question)  # warm-up
        ways = {on: lambda: setattr(searcher, flag, True),
                off: lambda: setattr(searcher, flag, False)}
        out = {"machine": machine(), "passages": index.size, "rounds": rounds, "compared": what,
               "same_candidates": f"{same}/{2 * len(asked)}",
               "ask": interleaved(assistant, asked, ways, rounds),
               "ask_filtered": interleaved(assistant, asked, ways, 1, FILTER)}
        setattr(searcher, flag, True)
        db.close()
        return out


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2,
                          sys.argv[3] if len(sys.argv) > 3 else "legs"),
                     indent=1, ensure_ascii=False))
