"""`ask()` on a database kept by `assist bench-pg --keep`, with the two legs at once and one
after the other, interleaved (`bench.pg.both_ways`): before and after in the same run,
without loading a million passages again.

    python scripts/pg_legs_ab.py KEPT_DATABASE_URL [ROUNDS] > figures.json

Also checks, for the bench's questions, that both ways give the same candidates (dense and
lexical, scores included), public and with the bench's filter.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path


def main(url: str, rounds: int) -> dict:
    from assist.bench.pg import bench_assistant, both_ways
    from assist.bench.run import FILTER, machine, questions, real_home
    from assist.catalogue.pg_store import Database
    from assist.retrieval.embed import make_embedder
    from assist.retrieval.pg_index import load
    from assist.text.analyser import tokens

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
        for filters in ({}, FILTER):
            scope = searcher.mask("public", {k: [v] if isinstance(v, str) else v
                                             for k, v in filters.items()})
            for question, vector in zip(asked, vectors):
                searcher.parallel = True
                at_once = searcher.legs(vector, tokens(question), scope)
                searcher.parallel = False
                in_turn = searcher.legs(vector, tokens(question), scope)
                same += at_once == in_turn
        searcher.parallel = True
        for question in asked[:3]:
            assistant.ask(question)  # warm-up
        out = {"machine": machine(), "passages": index.size, "rounds": rounds,
               "same_candidates": f"{same}/{2 * len(asked)}",
               "ask": both_ways(assistant, asked, rounds)}
        db.close()
        return out


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2),
                     indent=1, ensure_ascii=False))
