"""`assist bench-pg`: the PostgreSQL backend at several corpus sizes.

The same synthetic corpora as `assist bench` (`bench.synth`: real passages' sentences
recombined, vectors derived from really embedded ones), loaded by binary COPY into a database
of their own on the server of `--url`, then measured through the same `Assistant` the app
uses: `ask()` p50/p95 (public, and with a facet filter), each leg alone, recall@10 of the
dense leg against exact search over the same stored vectors and of the SQL BM25 against bm25s
in memory, searches per second with several clients, load time per stage and the size of each
table and index. Figures are raw; `markdown()` writes them into docs/PERFORMANCE.md.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import numpy as np

from assist.bench import synth
from assist.bench.probe import cpu_seconds, forget, percentiles, timed_asks
from assist.bench.run import FILTER, machine, questions, real_home, scale_vectors
from assist.catalogue.pg_store import EF_SEARCH, PROBES, Database, close_all, connect, safe_url
from assist.evaluation.docfile import replace_section
from assist.retrieval.index import fingerprint, index_text, recentre
from assist.retrieval.pg_index import (
    DEFAULT_VECTOR_INDEX,
    TABLES,
    TOP_POSTINGS,
    Lexicon,
    VectorIndex,
    lexicon,
    load,
    settle,
    write_tables,
)
from assist.text.analyser import tokens

DEFAULT_SCALES = (100_000, 1_000_000)
CLIENTS = 4
START, END = "<!-- bench-pg:start -->", "<!-- bench-pg:end -->"


def run(url: str, scales=DEFAULT_SCALES, embed_limit: int = 1000, log=print,
        maintenance_mem: str = "2GB", vector_index: VectorIndex = DEFAULT_VECTOR_INDEX,
        keep: bool = False) -> dict:
    """`keep`: leave each scale's database in place (its URL is in the report) to look at
    its plans after; otherwise it is dropped."""
    with tempfile.TemporaryDirectory(prefix="assist-bench-pg-") as tmp:
        return _run(Path(tmp), url, scales, embed_limit, log, maintenance_mem, vector_index,
                    keep)


def _run(tmp: Path, url: str, scales, embed_limit: int, log, maintenance_mem: str,
         vector_index: VectorIndex, keep: bool) -> dict:
    from assist.assistant import Assistant
    from assist.retrieval.embed import make_embedder

    report: dict = {"machine": machine(), "server": safe_url(url), "scales": {},
                    "embed_limit": embed_limit, "vector_index": vector_index.kind,
                    "search": {"ef_search": EF_SEARCH, "probes": PROBES},
                    "top_postings": TOP_POSTINGS, "maintenance_work_mem": maintenance_mem}
    with connect(url) as conn:
        report["postgres"] = conn.execute("SELECT version()").fetchone()[0].split(" on ")[0]
        report["pgvector"] = conn.execute("SELECT extversion FROM pg_extension "
                                          "WHERE extname = 'vector'").fetchone()[0]
        report["shared_buffers"] = conn.execute("SHOW shared_buffers").fetchone()[0]
    # The reference home is the embedded one (its SQLite store and index files), whatever
    # ASSIST_DATABASE_URL says: the databases measured are the bench's own.
    saved = os.environ.pop("ASSIST_DATABASE_URL", None)
    try:
        settings, _ = real_home(tmp)
    finally:
        if saved is not None:
            os.environ["ASSIST_DATABASE_URL"] = saved
    embedder = make_embedder(settings.embedder)
    base = Assistant.open(settings).index.chunks
    asked = questions()
    query_vectors = embedder.queries(asked)
    for n in sorted(scales):
        report["scales"][str(n)] = _scale(url, settings, base, n, embedder, asked,
                                          query_vectors, embed_limit, log, maintenance_mem,
                                          vector_index, keep)
        log(f"scale {n}: {json.dumps(report['scales'][str(n)])}")
    return report


def bench_url(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def _scale(url: str, settings, base, n: int, embedder, asked: list[str],
           query_vectors: np.ndarray, embed_limit: int, log, maintenance_mem: str,
           vector_index: VectorIndex, keep: bool) -> dict:
    figures: dict = {"passages": n}
    mark = time.perf_counter()
    chunks, stems = synth.synth_corpus(base, n)
    figures["synth_seconds"] = time.perf_counter() - mark
    vectors, figures["vectors"], states = _vectors(chunks, embedder, settings, embed_limit)
    public = np.array([c.access == "public" for c in chunks], dtype=bool)
    mark = time.perf_counter()
    lexical = lexicon(stems, public)
    figures["bm25s_seconds"] = time.perf_counter() - mark
    name = f"assist_bench_{n}"
    with connect(url) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.execute(f"CREATE DATABASE {name}")
    db = Database(bench_url(url, name))
    try:
        mark, cpu = time.perf_counter(), cpu_seconds()
        with db.transaction() as conn:
            manifest = write_tables(conn, db, chunks, stems, vectors, embedder.id,
                                    fingerprint(chunks[:1000]), {"synthetic": True},
                                    maintenance_mem=maintenance_mem, log=log,
                                    lexical=lexical, vector_index=vector_index,
                                    states=states)
        figures["token_states_stored"] = states is not None
        del states
        figures["load_seconds"] = time.perf_counter() - mark
        figures["load_client_cpu_seconds"] = cpu_seconds() - cpu
        figures["stages"] = {k: v for k, v in manifest.items() if k.endswith("_seconds")}
        figures["postings"] = manifest["postings"]
        figures["vector_index"] = manifest["vector_index"]
        figures["terms"] = manifest["terms"]
        figures["sizes"] = sizes(db)
        log(f"loaded {n}: {figures['load_seconds']:.0f} s, {figures['stages']}")
        # Exact references, while the vectors and impacts are in memory.
        index = load(db)
        stored = recentre(vectors, index.centre).astype(np.float16).astype(np.float32)
        queries = recentre(query_vectors, index.centre).astype(np.float16).astype(np.float32)
        exact_dense = _exact_dense(stored, queries, public)
        exact_lexical = _exact_lexical(lexical, asked)
        if keep:  # to measure the kept database again without reloading it
            figures["exact"] = {"dense": [sorted(x) for x in exact_dense],
                                "lexical": [sorted(x) for x in exact_lexical]}
        del chunks, stems, vectors, stored, lexical
        assistant = bench_assistant(settings, embedder, index)
        # Before and after `settle` (VACUUM (ANALYZE) once the load has committed, as
        # `open_pg_index` does): the same questions on the same database, one after the other.
        for question in asked[:3]:
            assistant.ask(question)  # warm-up: the hub prior, the background sample
        figures["before_settling"] = settled_state(db) | {
            "ask": percentiles(timed_asks(assistant, asked)), "load_average": os.getloadavg()}
        figures["settle_seconds"] = settle(db)
        log(f"settled {n}: {figures['settle_seconds']:.0f} s")
        figures["after_settling"] = settled_state(db)
        figures |= measure(assistant, asked, query_vectors, exact_dense, exact_lexical)
        figures["clients"] = concurrent(db, asked, query_vectors, CLIENTS)
    finally:
        db.close()
        close_all()
        if keep:
            figures["kept"] = safe_url(bench_url(url, name))
            log(f"kept {figures['kept']}")
        else:
            with connect(url) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {name}")
                admin.execute(f"DROP ROLE IF EXISTS {name}_public")
    return figures


def _vectors(chunks, embedder, settings, embed_limit):
    """Vectors (real for the first `embed_limit` passages, derived beyond) and each passage's
    token states (passage i takes those of real passage i mod `embed_limit`, as the file
    index's bench does: `run.scale_vectors`), None when the embedder gives none."""
    texts = [index_text(c) for c in chunks[:embed_limit]]
    real, figures, own = scale_vectors(texts, embedder, settings.home / "cache", embed_limit)
    states = [own[i % len(own)] for i in range(len(chunks))] if own else None
    if len(chunks) <= embed_limit:
        return real, figures, states
    derived = synth.derive_vectors(real, len(chunks) - embed_limit, seed=len(chunks))
    return np.vstack([real, derived]), figures | {"derived": len(derived)}, states


def _exact_dense(stored: np.ndarray, queries: np.ndarray, public: np.ndarray,
                 k: int = 10) -> list[set[int]]:
    """Top-k positions by inner product over public passages, in blocks."""
    best = [(np.full(0, -np.inf), np.zeros(0, dtype=np.int64)) for _ in queries]
    for start in range(0, len(stored), 100_000):
        scores = stored[start:start + 100_000] @ queries.T
        scores[~public[start:start + 100_000]] = -np.inf
        for q in range(len(queries)):
            s = np.concatenate([best[q][0], scores[:, q]])
            ids = np.concatenate([best[q][1], np.arange(start, start + len(scores))])
            top = np.argsort(-s)[:k]
            best[q] = (s[top], ids[top])
    return [set(ids.tolist()) for _, ids in best]


def _exact_lexical(lexical: Lexicon, asked: list[str], k: int = 10) -> list[set[int]]:
    """bm25s's own ranking (sum of impacts over the query's stems) of the public passages,
    with the public BM25's statistics, as a public search ranks them."""
    number = {t: i for i, t in enumerate(lexical.terms)}
    columns = lexical.impacts["public"].tocsc()
    out = []
    for question in asked:
        scores = np.zeros(columns.shape[0], dtype=np.float32)
        for token in tokens(question):
            if token.stem in number:
                i = number[token.stem]
                lo, hi = columns.indptr[i], columns.indptr[i + 1]
                np.add.at(scores, columns.indices[lo:hi], columns.data[lo:hi])
        top = [int(i) for i in np.argsort(-scores)[:k] if scores[i] > 0]
        out.append({int(lexical.public[i]) for i in top})
    return out


def _recall(found: list[dict], exact: list[set[int]], k: int = 10) -> float:
    values = []
    for scores, truth in zip(found, exact):
        if not truth:
            continue
        top = sorted(scores, key=lambda p: -scores[p])[:k]
        values.append(len(set(top) & truth) / len(truth))
    return float(np.mean(values)) if values else 1.0


def measure(assistant, asked: list[str], query_vectors: np.ndarray, exact_dense,
            exact_lexical) -> dict:
    searcher = assistant.searcher
    for question in asked[:3]:
        assistant.ask(question)  # warm-up: caches, prepared code paths
    scope = searcher.mask("public", {})
    dense_times, lexical_times, dense_found, lexical_found = [], [], [], []
    server = {"dense": 0.0, "lexical": 0.0}
    for question, vector in zip(asked, query_vectors):
        cpu0 = server_cpu(searcher)
        t0 = time.perf_counter()
        dense_found.append(searcher.dense(vector, scope))
        t1 = time.perf_counter()
        cpu1 = server_cpu(searcher)
        lexical_found.append(searcher.lexical(tokens(question), scope))
        lexical_times.append(time.perf_counter() - t1)
        server["dense"] += cpu1 - cpu0
        server["lexical"] += server_cpu(searcher) - cpu1
        dense_times.append(t1 - t0)
    out = {"dense": percentiles(dense_times), "lexical": percentiles(lexical_times),
           # CPU the server process spent per search: what other work on the machine does
           # not distort (a server on another machine: 0).
           "server_cpu_ms": {k: 1000 * v / len(asked) for k, v in server.items()},
           "recall_at_10_dense": _recall(dense_found, exact_dense),
           "recall_at_10_lexical": _recall(lexical_found, exact_lexical)}
    out["search_sweep"] = search_sweep(searcher, query_vectors, exact_dense)
    filtered = searcher.mask("public", {"theme": list(FILTER.values())})
    counts = [len(searcher.dense(v, filtered)) for v in query_vectors]
    out["filtered_dense_candidates_min"] = int(min(counts))
    cpu, server = cpu_seconds(), server_cpu(searcher)
    out["ask"] = percentiles(timed_asks(assistant, asked))
    # CPU per question of this process (query embedding, fusion, ranking, explanation) and
    # of the server (every query of a public question runs on the reader's connection):
    # what other work on the machine does not change, unlike the wall clock.
    out["cpu_seconds_per_question"] = (cpu_seconds() - cpu) / len(asked)
    out["server_cpu_seconds_per_question"] = (server_cpu(searcher) - server) / len(asked)
    out["ask_filtered"] = percentiles(timed_asks(assistant, asked, filters=FILTER))
    out["ask_both_ways"] = both_ways(assistant, asked)
    embed = []
    for question in asked:
        t0 = time.perf_counter()
        assistant.embedder.queries([question])
        embed.append(time.perf_counter() - t0)
    out["embed"] = percentiles(embed)
    out["load_average"] = os.getloadavg()
    return out


def settled_state(db: Database) -> dict:
    """How finished the index tables are: the share of their pages the visibility map marks
    all-visible (as VACUUM or ANALYZE last counted it), of the tables themselves and of
    their out-of-line values (the token states), and the autovacuum workers busy in this
    database (they take CPU and disk from the questions)."""
    out = {}
    with db.use() as conn:
        for part, oids in (("tables", "SELECT oid FROM pg_class WHERE relname = ANY(%s)"),
                           ("out_of_line", "SELECT reltoastrelid FROM pg_class "
                                           "WHERE relname = ANY(%s)")):
            pages, visible = conn.execute(
                "SELECT sum(pg_relation_size(oid) / current_setting('block_size')::int), "
                f"sum(relallvisible) FROM pg_class WHERE oid IN ({oids})",
                (list(TABLES),)).fetchone()
            out[f"all_visible_share_{part}"] = float(visible or 0) / float(pages or 1)
        out["autovacuum_workers"] = int(conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' "
            "AND datname = current_database()").fetchone()[0])
    return out


def server_cpu(searcher) -> float:
    """CPU seconds used so far by the server processes of the index's open connections (the
    reader's two: the dense leg runs on the second, `PgSearcher.legs`; and the owner's, which
    reads the token states and, for the agent's view, the passages), when they run on this
    machine (/proc); 0 otherwise."""
    db = searcher.index.db
    total = 0.0
    for conn in {id(c): c for c in (db.owner, db._reader, *db._second.values())
                 if c is not None and not c.closed}.values():
        try:
            pid = conn.info.backend_pid
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            pass
    return total


def bench_assistant(settings, embedder, index):
    """The `Assistant` the bench asks over a PostgreSQL `index` (a synthetic database): the
    shipped corpus and the home's catalogue for the records, as `bench-pg` and
    `scripts/pg_legs_ab.py` (a database kept by `--keep`) both need."""
    from assist.assistant import Assistant, unique_ids
    from assist.catalogue.corpus import load_corpus
    from assist.catalogue.merge import Merged
    from assist.catalogue.store import Store

    corpus = load_corpus(settings.corpus)
    store = Store(settings.home)
    cases = unique_ids([*corpus.cases, *store.cases()])
    return Assistant(settings, corpus, store, embedder, index, Merged.single(cases))


@contextmanager
def kept_assistant(url: str, prefix: str = "assist-pg-kept-"):
    """The bench's `Assistant` (`bench_assistant`) over a database kept by `bench-pg --keep`,
    with a home of its own made for the run, and that database (closed at the end): what the
    scripts that measure again without loading a million passages need."""
    from assist.retrieval.embed import make_embedder

    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        os.environ.pop("ASSIST_DATABASE_URL", None)
        settings, _ = real_home(Path(tmp))
        db = Database(url)
        try:
            yield bench_assistant(settings, make_embedder(settings.embedder), load(db)), db
        finally:
            db.close()


def both_ways(assistant, asked: list[str], rounds: int = 2) -> dict:
    """`ask()` with the two legs at once (`PgSearcher.legs`, the default) and one after the
    other (`interleaved`)."""
    searcher = assistant.searcher
    try:
        return interleaved(assistant, asked, {
            "legs_at_once": lambda: setattr(searcher, "parallel", True),
            "one_leg_then_the_other": lambda: setattr(searcher, "parallel", False)}, rounds)
    finally:
        searcher.parallel = True


def interleaved(assistant, asked: list[str], variants: dict[str, Callable[[], None]],
                rounds: int = 2, filters: dict | None = None) -> dict:
    """`ask()` under each of `variants` (name -> what puts the assistant in that state),
    question by question, which variant goes first turning, so that the machine's other work
    weighs on all alike: wall clock, CPU per question (app and server), and how many
    questions got the same answer under every variant. The answer cache and the late
    pass's caches are emptied before every `ask()`."""
    searcher = assistant.searcher
    names = list(variants)
    times: dict[str, list[float]] = {name: [] for name in names}
    app = dict.fromkeys(names, 0.0)
    server = dict.fromkeys(names, 0.0)
    same = 0
    for r in range(rounds):
        for i, question in enumerate(asked):
            answers = {}
            turn = (i + r) % len(names)
            for name in names[turn:] + names[:turn]:
                variants[name]()
                forget(assistant)
                cpu, served = cpu_seconds(), server_cpu(searcher)
                started = time.perf_counter()
                answers[name] = assistant.ask(question, filters=filters)
                times[name].append(time.perf_counter() - started)
                app[name] += cpu_seconds() - cpu
                server[name] += server_cpu(searcher) - served
            same += all(answer == answers[names[0]] for answer in answers.values())
    asks = rounds * len(asked)
    return {name: percentiles(times[name]) | {
                "app_cpu_ms_per_question": 1000 * app[name] / asks,
                "server_cpu_ms_per_question": 1000 * server[name] / asks}
            for name in names} | {"questions": asks, "same_answers": same,
                                  "load_average": os.getloadavg()}


def search_sweep(searcher, query_vectors: np.ndarray, exact_dense) -> dict[str, dict]:
    """Recall@10 and latency of the dense leg for several values of its index's search
    setting (IVFFlat: `ivfflat.probes`, HNSW: `hnsw.ef_search`): what more searching buys."""
    kind = searcher.index.manifest.get("vector_index", {"kind": "hnsw"})["kind"]
    setting, values, default = (("ivfflat.probes", (20, 40, 80, 160), PROBES) if kind == "ivfflat"
                                else ("hnsw.ef_search", (100, 200, 400, 800), EF_SEARCH))
    scope = searcher.mask("public", {})
    out = {}
    with searcher.index.db.use("reader") as conn:
        try:
            for value in values:
                conn.execute(f"SET {setting} = {int(value)}")
                times, found = [], []
                for vector in query_vectors:
                    t0 = time.perf_counter()
                    found.append(searcher.dense(vector, scope))
                    times.append(time.perf_counter() - t0)
                out[f"{setting} {value}"] = percentiles(times) | {
                    "recall_at_10": _recall(found, exact_dense)}
        finally:
            conn.execute(f"SET {setting} = {default}")
    return out


def concurrent(db: Database, asked: list[str], query_vectors: np.ndarray,
               clients: int) -> dict:
    """Both legs of every question from `clients` threads, each on its own connection:
    searches per second one database node serves (query embedding not included)."""
    from assist.retrieval.pg_index import PgSearcher

    searchers = [PgSearcher(load(Database(db.url))) for _ in range(clients)]
    times: list[float] = []
    lock = threading.Lock()

    def work(searcher):
        scope = searcher.mask("public", {})
        for question, vector in zip(asked, query_vectors):
            t0 = time.perf_counter()
            searcher.dense(vector, scope)
            searcher.lexical(tokens(question), scope)
            with lock:
                times.append(time.perf_counter() - t0)

    started = time.perf_counter()
    threads = [threading.Thread(target=work, args=(s,)) for s in searchers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    for searcher in searchers:
        searcher.index.db.close()
    return {"clients": clients, "searches": len(times),
            "searches_per_second": len(times) / seconds, "latency": percentiles(times)}


def sizes(db: Database) -> dict[str, int]:
    """Bytes of each table (with its TOAST) and index, and of the whole database."""
    with db.use() as conn:
        rows = conn.execute(
            "SELECT c.relname, pg_total_relation_size(c.oid) - "
            "coalesce(pg_indexes_size(c.oid), 0) FROM pg_class c JOIN pg_namespace n ON "
            "n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' "
            "UNION ALL SELECT c.relname, pg_relation_size(c.oid) FROM pg_class c JOIN "
            "pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND "
            "c.relkind = 'i' UNION ALL SELECT 'database', pg_database_size(current_database())"
        ).fetchall()
    return {name: int(size) for name, size in rows}


# -- report ---------------------------------------------------------------------------------


def _ms(figures: dict, key: str = "p50_ms") -> str:
    return f"{figures[key]:.1f}"


def _mb(n_bytes: float) -> str:
    return f"{n_bytes / 1e6:,.0f}"


def _index_words(report: dict) -> str:
    kinds = {s.get("vector_index", {}).get("kind") for s in report["scales"].values()}
    words = []
    for n, s in report["scales"].items():
        chosen = s.get("vector_index") or {}
        if chosen.get("kind") == "ivfflat":
            words.append(f"IVFFlat with {chosen['lists']} lists at {int(n):,}")
        elif chosen.get("kind") == "hnsw":
            words.append(f"HNSW m={chosen['m']}, ef_construction={chosen['ef_construction']} "
                         f"at {int(n):,}")
    search = report.get("search", {})
    if "ivfflat" in kinds:
        words.append(f"ivfflat.probes {search.get('probes', PROBES)}")
    if "hnsw" in kinds:
        words.append(f"hnsw.ef_search {search.get('ef_search', EF_SEARCH)}")
    return "; ".join(words)


def markdown(report: dict, command: str) -> str:
    m = report["machine"]
    lines = [START, "## PostgreSQL backend (`assist bench-pg`)", "",
             f"Command: `{command}` — measured {m['date']} on {m['cpu']}, {m['cores']} cores, "
             f"{m['memory_gb']} GB; {report['postgres']}, pgvector {report['pgvector']} "
             f"(`scripts/local-postgres.sh`, shared_buffers {report['shared_buffers']}, on the "
             f"same machine as the client). Load average at the start: "
             f"{', '.join(f'{x:.1f}' for x in m['load_average'])} (the machine is shared).",
             "", "Synthetic passages and vectors as `assist bench` makes them (real passages' "
             "sentences recombined; vectors derived from "
             f"{report['embed_limit']} really embedded ones); "
             f"{_index_words(report)}, iterative scans (relaxed order); BM25 in SQL "
             f"from stored impacts per audience, each term's best {report['top_postings']} "
             "passages kept and read deeper only as needed. Exact references: inner product over every public stored vector "
             "(numpy), and bm25s's ranking of the same stems.", "",
             "### `ask()` end to end and each leg", "",
             "| passages | ask p50 ms | ask p95 ms | with a filter p50 | query embedding p50 | "
             "dense p50 | lexical (SQL BM25) p50 | recall@10 dense vs exact | "
             "recall@10 lexical vs bm25s | searches/s, "
             f"{CLIENTS} clients | server CPU ms per search (dense / lexical) | "
             "CPU ms per question, app + server |",
             "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |"]
    for n, s in report["scales"].items():
        lines.append(f"| {int(n):,} | {_ms(s['ask'])} | {_ms(s['ask'], 'p95_ms')} | "
                     f"{_ms(s['ask_filtered'])} | {_ms(s['embed'])} | {_ms(s['dense'])} | "
                     f"{_ms(s['lexical'])} | {s['recall_at_10_dense']:.3f} | "
                     f"{s['recall_at_10_lexical']:.3f} | "
                     f"{s['clients']['searches_per_second']:.0f} | "
                     + (f"{s['server_cpu_ms']['dense']:.0f} / {s['server_cpu_ms']['lexical']:.0f}"
                        if s.get("server_cpu_ms") else "—") + " | "
                     + (f"{1000 * s['cpu_seconds_per_question']:.0f} + "
                        f"{1000 * s['server_cpu_seconds_per_question']:.0f}"
                        if "server_cpu_seconds_per_question" in s else "—") + " |")
    sweeps = {n: s.get("search_sweep") or {f"hnsw.ef_search {k}": v for k, v in
                                             s.get("ef_search", {}).items()}
              for n, s in report["scales"].items()}
    sweeps = {n: sweep for n, sweep in sweeps.items() if sweep}
    if sweeps:
        for n, sweep in sweeps.items():
            lines += ["", f"### {int(n):,} passages: what more searching buys", "",
                      "| " + " | ".join(sweep) + " |", "| " + " | ".join("---" for _ in sweep) + " |",
                      "| " + " | ".join(f"recall@10 {v['recall_at_10']:.3f}, p50 {v['p50_ms']:.1f} ms"
                                        for v in sweep.values()) + " |"]
    lines += ["", "### Load and size", "",
              "| passages | load s (COPY passages / passage terms / terms / vector index / GIN) | rows/s overall | "
              "passages table MB | vector index MB | GIN (terms, facets) MB | terms + passage_terms MB | "
              "database MB | postings |",
              "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for n, s in report["scales"].items():
        st, z = s["stages"], s["sizes"]
        gin = z.get("passage_terms_all", 0) + z.get("passage_terms_public", 0)
        lines.append(
            f"| {int(n):,} | {s['load_seconds']:.0f} ({st['copy_passages_seconds']:.0f} / "
            f"{st.get('copy_passage_terms_seconds', 0):.0f} / "
            f"{st['copy_terms_seconds']:.0f} / "
            f"{st.get('vector_index_seconds', st.get('hnsw_seconds', 0)):.0f} / "
            f"{st['gin_seconds']:.0f}) | {int(n) / s['load_seconds']:,.0f} | "
            f"{_mb(z.get('passages', 0))} | {_mb(z.get('passages_ivfflat', z.get('passages_hnsw', 0)))} | "
            f"{_mb(gin)}, {_mb(z.get('passages_facets', 0))} | "
            f"{_mb(z.get('terms', 0) + z.get('passage_terms', 0))} | {_mb(z['database'])} | "
            f"{s['postings']:,} |")
    lines += ["", "The load is one transaction: BM25 impacts from bm25s in the client, binary "
              "COPY of the passages (vector, stems' impacts, facets, the passage's JSON) and of "
              "the terms' best lists, then the vector and GIN indexes built on the loaded table "
              "(max_parallel_maintenance_workers 1). A filter never emptied the candidates: the "
              "fewest dense candidates under the filter, over all questions, was "
              + ", ".join(f"{s['filtered_dense_candidates_min']} at {int(n):,}"
                          for n, s in report["scales"].items()) + ".", END]
    return "\n".join(lines)


def write(report: dict, docs: Path, command: str) -> list[Path]:
    path = docs / "PERFORMANCE.md"
    replace_section(path, START, END, markdown(report, command))
    raw = docs / "bench-pg.json"
    raw.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return [path, raw]
