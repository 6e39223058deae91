"""`ask()` on a database kept by `assist bench-pg --keep`, two ways interleaved
(`bench.pg.interleaved`): before and after in the same run, without loading a million
passages again.

    python scripts/pg_legs_ab.py KEPT_DATABASE_URL [ROUNDS] [legs|prefetch|pg7|pg8|early|texts|bisect|pg10] > figures.json

`legs` (the default): the two legs at once against one after the other (`PgSearcher.parallel`).
`prefetch`: each leg reading its candidates' rows on its own connection while the other leg
runs, against the rows read after both legs (`PgSearcher.prefetch`, off by default: no
measurable gain). `pg7`: that, the
filtered probes (`PgSearcher.filtered_probes`) and the first results' token states read at
once (`Assistant.states_at_once`) against none of them. `pg8`: the passages' rows read without
parsing a case passage's JSON and the holders found by looking each query term up in the
passage's array, against the SQL before (an owner parsed out of every row's JSON, an INTERSECT
per passage). `early`: the lexical leg started in a worker while the question is embedded,
then the dense leg (`PgSearcher.early_lexical`, `embedded_legs`), against both legs started
once the question is embedded. `texts`: the fused candidates' rows read without their JSON,
the shown results' passages read at once when explained (`PgSearcher.texts_later`), against
every candidate's JSON read with its row. `bisect`: the lexical leg's exact scores found by
binary search in each passage's sorted term ids (`width_bucket`), against `array_position`.
`pg10`: all three against none.

Also counts, for the bench's questions, how many get the same candidates both ways (dense
and lexical, scores included), public and with the bench's filter (more probes change the
filtered ones); the same answers are counted during the timed asks.
"""

from __future__ import annotations

import json
import sys

# Each comparison: (name, searcher settings) for the new way, then the old way.
WAYS = {"legs": (("legs_at_once", {"parallel": True}),
                 ("one_leg_then_the_other", {"parallel": False})),
        "prefetch": (("rows_read_ahead", {"prefetch": True}),
                     ("rows_read_after", {"prefetch": False})),
        # read ahead and the filtered probes (now) against neither (main at 01:56 UTC)
        "pg7": (("now", {"prefetch": True, "filtered_probes": "FILTERED_PROBES",
                         "states_at_once": True}),
                ("before", {"prefetch": False, "filtered_probes": None,
                            "states_at_once": False})),
        # the passages' rows and holders read with pg8's SQL against main's at 05:15 UTC
        "pg8": (("pg8_sql", {"sql": "new"}), ("main_sql", {"sql": "old"})),
        # the lexical leg started while the question is embedded, against after it (pg10)
        "early": (("lexical_during_embedding", {"early_lexical": True}),
                  ("lexical_after_embedding", {"early_lexical": False})),
        # the fused candidates' rows read without their JSON, the shown results' passages
        # read at once when explained, against every candidate's JSON read (pg10)
        "texts": (("texts_when_explained", {"texts_later": True}),
                  ("texts_with_the_rows", {"texts_later": False})),
        # the lexical leg's exact scores by binary search in each passage's term ids
        "bisect": (("width_bucket", {"bisect": True}), ("array_position", {"bisect": False})),
        # pg10's changes against none (main at 13:00 UTC, 2026-12-02)
        "pg10": (("pg10", {"early_lexical": True, "texts_later": True, "bisect": True}),
                 ("main", {"early_lexical": False, "texts_later": False, "bisect": False}))}


def _old_sql(index) -> None:
    """Put back, on this `PgIndex` only, main's SQL before pg8: the owner parsed out of
    every passage's JSON, and the holders by an INTERSECT per passage."""
    import types
    from types import SimpleNamespace

    from assist.retrieval.passages import group_key
    from assist.retrieval.pg_index import LazyChunks

    def chunks_at(self, positions, who):
        positions = list(positions)
        with self.db.use(who) as conn:
            rows = conn.execute("SELECT pos, id, kind, parent_id, chunk::json->>'owner', "
                                "chunk FROM passages WHERE pos = ANY(%s)",
                                (positions,)).fetchall()
        return LazyChunks({pos: text for pos, *_, text in rows},
                          {pos: group_key(SimpleNamespace(
                              id=id_, kind=kind, parent_id=parent, owner=owner or ""))
                           for pos, id_, kind, parent, owner, _ in rows})

    def holders(self, stems, positions, who):
        positions = list(positions)
        audience = "all" if who == "owner" else "public"
        out = {s: set() for s in stems}
        if not stems or not positions:
            return out
        known = self.known_terms(audience, stems)
        with self.db.use(who) as conn:
            missing = [s for s in stems if s not in known]
            if missing:
                known.update(self.keep_terms(audience, missing, conn.execute(
                    "SELECT term, id, df FROM terms WHERE term = ANY(%s) AND audience = %s",
                    (missing, audience)).fetchall()))
            ids = {value[0]: stem for stem, value in known.items() if value}
            if not ids:
                return out
            rows = conn.execute(f"SELECT pos, ARRAY(SELECT unnest(term_ids) INTERSECT "
                                f"SELECT unnest(%s::int[])) FROM passage_terms WHERE "
                                f"audience = '{audience}' AND pos = ANY(%s)",
                                (list(ids), positions)).fetchall()
        for pos, held in rows:
            for number in held:
                out[ids[number]].add(int(pos))
        return out

    index.chunks_at = types.MethodType(chunks_at, index)
    index.holders = types.MethodType(holders, index)


def _new_sql(index) -> None:
    index.__dict__.pop("chunks_at", None)
    index.__dict__.pop("holders", None)


def main(url: str, rounds: int, what: str = "legs") -> dict:
    from assist.bench.pg import interleaved, kept_assistant
    from assist.bench.probe import forget
    from assist.bench.run import FILTER, machine, questions
    from assist.catalogue.pg_store import FILTERED_PROBES
    from assist.text.analyser import tokens

    (on, new), (off, old) = WAYS[what]
    with kept_assistant(url, "assist-pg-legs-") as (assistant, db):
        index = assistant.index
        asked = questions()
        vectors = assistant.embedder.queries(asked)
        searcher = assistant.searcher

        def way(settings: dict):
            def put() -> None:
                for name, value in settings.items():
                    if name == "sql":
                        (_old_sql if value == "old" else _new_sql)(index)
                        continue
                    setattr(assistant if name == "states_at_once" else searcher, name,
                            FILTERED_PROBES if value == "FILTERED_PROBES" else value)
            return put

        ways = {on: way(new), off: way(old)}
        same = {}
        filtered = {k: [v] if isinstance(v, str) else v for k, v in FILTER.items()}
        for label, filters in (("public", {}), ("filtered", filtered)):
            scope = searcher.mask("public", filters)
            same[label] = 0
            for question, vector in zip(asked, vectors):
                got = []
                for put in ways.values():
                    put()
                    forget(assistant)
                    got.append(searcher.legs(vector, tokens(question), scope))
                same[label] += got[0] == got[1]
            same[label] = f"{same[label]}/{len(asked)}"
        ways[on]()
        for question in asked[:3]:
            assistant.ask(question)  # warm-up
        out = {"machine": machine(), "passages": index.size, "rounds": rounds, "compared": what,
               "ways": {on: new, off: old}, "same_candidates": same,
               "ask": interleaved(assistant, asked, ways, rounds),
               "ask_filtered": interleaved(assistant, asked, ways, 1, FILTER)}
        ways[on]()
        return out


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2,
                          sys.argv[3] if len(sys.argv) > 3 else "legs"),
                     indent=1, ensure_ascii=False))
