"""The dense leg alone at N passages on PostgreSQL: vector index kinds and their settings,
measured against exact search on the same stored vectors (docs/PERFORMANCE.md, "The dense
leg at 1 000 000 passages").

The vectors are `assist bench-pg`'s: every real passage's vector, then vectors derived as
`bench.synth.derive_vectors` does (seed N), re-centred on the public centre and stored as
halfvec; each passage's access and facets are those of the real passage its first sentence
comes from (`bench.synth.SentencePool`: the synthetic facets are independent of the vector,
as in `bench-pg`). Questions: the bench's 40 (`bench.run.questions`) and, as a second set
nothing was chosen on, the next dev questions of tests/eval/questions.jsonl. Public
searches run as the reader's (`access = 'public'`, what row-level security adds); filtered
ones add the bench's theme filter. Exact references: numpy's inner product over the same
half-precision vectors.

    python scripts/dense_1m.py URL N WORK KIND:PARAMS ... [SETTING=v1,v2,...]
    python scripts/dense_1m.py --halfvec N WORK   # what storing halfvec costs exact search

KIND:PARAMS: `ivfflat:1000`, `hnsw:32:128`, `ivfflat-vector:1000` (float32 column).
The vectors and exact results are cached in WORK; each index is built once in a database
of its own (`dense_<N>`), and each run appends its figures to WORK/dense.jsonl.
"""

from __future__ import annotations

import json
import os
import struct
import sys
import time
from pathlib import Path

import numpy as np
import psycopg

from assist.bench import synth
from assist.bench.run import FILTER, questions
from assist.retrieval.index import centre_of, index_text, recentre
from assist.retrieval.pg_index import _HEADER, _array, _facets, _field, _text, facet_key


def log(*args) -> None:
    print(time.strftime("%H:%M:%S"), *args, file=sys.stderr, flush=True)


def cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def bench_vectors(n: int):
    """The assistant (embedded), its real passages and the bench's N vectors: every real
    passage's vector, then vectors derived from them (seed N), as `assist bench-pg` stores."""
    from assist.assistant import Assistant
    from assist.config import SHIPPED_VECTORS
    from assist.retrieval.embed import EmbeddingCache

    os.environ.pop("ASSIST_DATABASE_URL", None)
    assistant = Assistant.open()
    base = assistant.index.chunks
    real = EmbeddingCache(assistant.settings.home / "cache", assistant.embedder,
                          seeds=(SHIPPED_VECTORS,)).passages([index_text(c) for c in base])
    vectors = np.vstack([real, synth.derive_vectors(real, n - len(real), seed=n)])
    return assistant, base, vectors


def question_texts() -> tuple[list[str], list[str]]:
    """The bench's 40 questions and, as a second set nothing was chosen on, the next 160 dev
    questions of tests/eval/questions.jsonl."""
    bench = questions()
    rows = [json.loads(x) for x in Path("tests/eval/questions.jsonl").read_text().splitlines() if x.strip()]
    return bench, [r["query"] for r in rows if r.get("split") == "dev" and r["query"] not in bench][:160]


def prepare(n: int, work: Path) -> dict:
    cached = work / f"data_{n}.npz"
    if cached.is_file():
        return dict(np.load(cached, allow_pickle=True))
    assistant, base, vectors = bench_vectors(n)
    pool = synth.SentencePool(base)
    rng = np.random.default_rng(n)
    owner = np.concatenate([np.arange(len(base)), np.asarray(pool.owner)[
        rng.integers(len(pool.owner), size=n - len(base))]])
    public_base = np.array([c.access == "public" for c in base])
    public = public_base[owner]
    centre = centre_of(vectors[public])
    stored = recentre(vectors, centre).astype(np.float16)
    theme = facet_key("theme", FILTER["theme"])
    passes_base = np.array([theme in _facets(c) for c in base])
    passes = public & passes_base[owner]
    bench, more = question_texts()
    queries = recentre(assistant.embedder.queries(bench + more), centre).astype(np.float16)
    s32, q32 = stored.astype(np.float32), queries.astype(np.float32)
    exact, exact_filtered = [], []
    for start in range(0, len(q32), 50):
        scores = s32 @ q32[start:start + 50].T
        for column in scores.T:
            exact.append(_top10(np.where(public, column, -np.inf)))
            exact_filtered.append(_top10(np.where(passes, column, -np.inf)))
    data = {"stored": stored, "owner": owner, "queries": queries, "bench": len(bench),
            "exact": np.array(exact), "exact_filtered": np.array(exact_filtered),
            "public": public, "passes": passes}
    np.savez(cached, **data)
    bases = work / f"base_{n}.json"
    bases.write_text(json.dumps([[c.access, _facets(c)] for c in base]))
    return data


def _top10(scores: np.ndarray) -> np.ndarray:
    best = np.argpartition(-scores, 10)[:10]
    return best[np.argsort(-scores[best])]


def load_table(conn, data: dict, work: Path, n: int) -> dict:
    base = json.loads((work / f"base_{n}.json").read_text())
    prefix = [_text(access) + _array("text", facets) for access, facets in base]
    conn.execute("DROP TABLE IF EXISTS passages")
    conn.execute("CREATE TABLE passages(pos integer PRIMARY KEY, access text NOT NULL, "
                 "facets text[] NOT NULL, embedding halfvec(384) NOT NULL)")
    stored, owner = data["stored"].astype(">f2"), data["owner"]
    head = struct.pack(">hh", 384, 0)
    pid, t0 = conn.info.backend_pid, time.perf_counter()
    c0 = cpu(pid)
    with conn.cursor().copy("COPY passages (pos, access, facets, embedding) FROM STDIN "
                            "(FORMAT BINARY)") as copy:
        copy.write(_HEADER)
        for start in range(0, n, 50_000):
            copy.write(b"".join(struct.pack(">h", 4) + _field(struct.pack(">i", i))
                                + prefix[owner[i]] + _field(head + stored[i].tobytes())
                                for i in range(start, min(n, start + 50_000))))
        copy.write(b"\xff\xff")
    out = {"copy_seconds": time.perf_counter() - t0, "copy_server_cpu": cpu(pid) - c0}
    conn.execute("CREATE INDEX passages_facets ON passages USING gin (facets)")
    conn.execute("VACUUM ANALYZE passages")
    return out


def build(conn, kind: str, params: list[str]) -> dict:
    conn.execute(f"SET maintenance_work_mem = '{os.environ.get('MAINTENANCE_MEM', '2GB')}'")
    conn.execute("SET max_parallel_maintenance_workers = 1")
    for name in ("passages_ivfflat", "passages_hnsw"):
        conn.execute(f"DROP INDEX IF EXISTS {name}")
    column = "embedding"
    if kind.endswith("-vector"):
        conn.execute("ALTER TABLE passages ADD COLUMN IF NOT EXISTS embedding32 vector(384)")
        conn.execute("UPDATE passages SET embedding32 = embedding::vector")
        conn.execute("VACUUM ANALYZE passages")
        column = "embedding32"
    ops = "vector_ip_ops" if column == "embedding32" else "halfvec_ip_ops"
    if kind.startswith("ivfflat"):
        sql = (f"CREATE INDEX passages_ivfflat ON passages USING ivfflat ({column} {ops}) "
               f"WITH (lists = {int(params[0])})")
    else:
        sql = (f"CREATE INDEX passages_hnsw ON passages USING hnsw ({column} {ops}) "
               f"WITH (m = {int(params[0])}, ef_construction = {int(params[1])})")
    pid, t0 = conn.info.backend_pid, time.perf_counter()
    c0 = cpu(pid)
    conn.execute(sql)
    name = "passages_ivfflat" if kind.startswith("ivfflat") else "passages_hnsw"
    return {"build_seconds": time.perf_counter() - t0, "build_leader_cpu": cpu(pid) - c0,
            "index_bytes": conn.execute(f"SELECT pg_relation_size('{name}')").fetchone()[0],
            "column": column, "load_average_built": os.getloadavg()}


def sweep(conn, data: dict, kind: str, setting: str, values: list[int], column: str) -> list:
    pid = conn.info.backend_pid
    cast = "vector" if column == "embedding32" else "halfvec"
    queries, bench = data["queries"].astype(np.float32), int(data["bench"])
    iterative = "ivfflat" if kind.startswith("ivfflat") else "hnsw"
    conn.execute(f"SET {iterative}.iterative_scan = relaxed_order")
    if iterative == "hnsw":
        conn.execute("SET hnsw.max_scan_tuples = 50000")
    theme = [facet_key("theme", FILTER["theme"])]
    out = []
    for value in values:
        conn.execute(f"SET {setting} = {int(value)}")
        if setting == "ivfflat.probes":
            conn.execute(f"SET ivfflat.max_probes = {max(int(value) * 4, 1)}")
        for filtered in (False, True):
            where = "access = 'public'" + (" AND facets && %s::text[]" if filtered else "")
            sql = (f"SELECT pos, -({column} <#> %s::{cast}) FROM passages WHERE {where} "
                   f"ORDER BY {column} <#> %s::{cast} LIMIT 200")
            for q in queries[:3]:  # warm-up
                lit = "[" + ",".join(f"{x:.6f}" for x in q) + "]"
                conn.execute(sql, [lit, *([theme] if filtered else []), lit]).fetchall()
            recalls, times, counts = [], [], []
            c0 = cpu(pid)
            exact = data["exact_filtered" if filtered else "exact"]
            for q, truth in zip(queries, exact):
                lit = "[" + ",".join(f"{x:.6f}" for x in q) + "]"
                t = time.perf_counter()
                rows = conn.execute(sql, [lit, *([theme] if filtered else []), lit]).fetchall()
                times.append(time.perf_counter() - t)
                counts.append(len(rows))
                top = [int(p) for p, _ in sorted(rows, key=lambda r: -r[1])[:10]]
                recalls.append(len(set(top) & set(truth.tolist())) / 10)
            figure = {"setting": setting, "value": value, "filtered": filtered,
                      "recall_bench": float(np.mean(recalls[:bench])),
                      "recall_more": float(np.mean(recalls[bench:])),
                      "recall_all": float(np.mean(recalls)),
                      "server_cpu_ms": 1000 * (cpu(pid) - c0) / len(queries),
                      "p50_ms": 1000 * float(np.median(times)),
                      "fewest_rows": int(min(counts)), "load_average": os.getloadavg()[0]}
            log(kind, figure)
            out.append(figure)
    return out


def halfvec_loss(n: int, work: Path) -> dict:
    """Recall@10 of exact search over the stored half-precision vectors against exact search
    over the same vectors in float32 (the `vector` type): what halfvec alone loses."""
    data = prepare(n, work)
    assistant, _, vectors = bench_vectors(n)
    public = data["public"]
    centre = centre_of(vectors[public])
    full = recentre(vectors, centre).astype(np.float32)
    del vectors
    bench, more = question_texts()
    queries = recentre(assistant.embedder.queries(bench + more), centre).astype(np.float32)
    recalls = []
    for start in range(0, len(queries), 50):
        scores = full @ queries[start:start + 50].T
        for column, stored_top in zip(scores.T, data["exact"][start:start + 50]):
            truth = _top10(np.where(public, column, -np.inf))
            recalls.append(len(set(truth.tolist()) & set(stored_top.tolist())) / 10)
    return {"passages": n, "halfvec_exact_recall_at_10_vs_float32": float(np.mean(recalls)),
            "bench": float(np.mean(recalls[:int(data["bench"])])), "questions": len(recalls)}


def main() -> None:
    if sys.argv[1] == "--halfvec":
        print(json.dumps(halfvec_loss(int(sys.argv[2]), Path(sys.argv[3]))))
        return
    url, n, work = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    args = sys.argv[4:]
    sweeps = [a.split("=", 1) for a in args if "=" in a]
    kinds = [a for a in args if "=" not in a and a != "--sweep"]
    work.mkdir(parents=True, exist_ok=True)
    data = prepare(n, work)
    log("vectors ready", data["stored"].shape, "queries", len(data["queries"]))
    name = f"dense_{n}"
    with psycopg.connect(url, autocommit=True) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            admin.execute(f"CREATE DATABASE {name}")
        shared = admin.execute("SHOW shared_buffers").fetchone()[0]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/" + name, autocommit=True) as conn:
        record = {"passages": n, "shared_buffers": shared, "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
                  "load_average_start": os.getloadavg()}
        if not conn.execute("SELECT to_regclass('passages')").fetchone()[0]:
            record["table"] = load_table(conn, data, work, n)
            log("loaded", record["table"])
        for spec in kinds:
            kind, *params = spec.split(":")
            figures = record | {"kind": kind, "params": params}
            figures["build"] = build(conn, kind, params)
            log("built", spec, figures["build"])
            for setting, values in sweeps or [("ivfflat.probes" if kind.startswith("ivfflat")
                                               else "hnsw.ef_search", "10,20,40,80")]:
                figures.setdefault("sweeps", []).extend(
                    sweep(conn, data, kind, setting, [int(v) for v in values.split(",")],
                          figures["build"]["column"]))
            with (work / "dense.jsonl").open("a") as f:
                f.write(json.dumps(figures) + "\n")


if __name__ == "__main__":
    main()
