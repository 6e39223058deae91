"""`assist eval-pg FILE`: the retrieval evaluation on the PostgreSQL backend beside the
embedded one, on the same judged queries, and what PostgreSQL's own `ts_rank` would give in
place of BM25 as the lexical leg.

Both assistants read the same ASSIST_HOME (its embedding cache; the embedded one its SQLite
store) and must hold the same catalogues: the embedded store in SQLite, the PostgreSQL one in
`ASSIST_DATABASE_URL`.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from assist.assistant import Assistant
from assist.config import Settings
from assist.errors import AssistError
from assist.evaluation.docfile import replace_section
from assist.evaluation.retrieval import (
    CONFIGS,
    Candidates,
    gather,
    library_ids,
    load_queries,
    rank_all,
    ranking_metrics,
    section_owners,
)

START, END = "<!-- eval-pg:start -->", "<!-- eval-pg:end -->"


def split_file(path: Path, split: str, folder: Path) -> Path:
    """The queries of `split` in a file of their own (all of them when none has a split)."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [json.loads(line) for line in lines]
    if split and any("split" in r for r in rows):
        lines = [line for line, r in zip(lines, rows) if r.get("split") == split]
    out = folder / f"{path.stem}-{split or 'all'}.jsonl"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def ts_rank_leg(assistant: Assistant, question: str, limit: int = 200) -> dict[int, float]:
    """PostgreSQL full-text search as the lexical leg: the question's French lexemes OR-ed,
    ranked by `ts_rank` over the passage's context and text (public rows only)."""
    sql = ("WITH q AS (SELECT replace(plainto_tsquery('french', %s)::text, '&', '|') AS t) "
           "SELECT pos, ts_rank(d, (SELECT t FROM q)::tsquery) FROM (SELECT pos, "
           "to_tsvector('french', coalesce(chunk::json->>'context', '') || ' ' || "
           "(chunk::json->>'text')) AS d FROM passages) p WHERE (SELECT t FROM q) <> '' AND "
           "d @@ (SELECT t FROM q)::tsquery ORDER BY 2 DESC LIMIT %s")
    with assistant.index.db.use("reader") as conn:
        rows = conn.execute(sql, (question, limit)).fetchall()
    return {int(pos): float(score) for pos, score in rows}


def measure(assistant: Assistant, path: Path) -> tuple[dict, list[Candidates], list]:
    queries, skipped = load_queries(path, library_ids(assistant), section_owners(assistant))
    cands = gather(assistant, queries)
    rank_all(assistant.searcher, cands, assistant.params)
    metrics = {c: ranking_metrics(cands, c) for c in CONFIGS}
    return metrics, cands, skipped


def compare(path: Path, split: str = "test") -> dict:
    pg_settings = Settings.from_env()
    if not pg_settings.database_url:
        raise AssistError("assist eval-pg needs ASSIST_DATABASE_URL (the PostgreSQL side)")
    embedded = Assistant.open(Settings.from_env(database_url=""))
    pg = Assistant.open(pg_settings)
    if sorted(c.id for c in embedded.store.cases()) != sorted(c.id for c in pg.store.cases()):
        raise AssistError("the SQLite store under ASSIST_HOME and the PostgreSQL one hold "
                          "different catalogues: import the same export in both")
    with tempfile.TemporaryDirectory() as tmp:
        chosen = split_file(Path(path), split, Path(tmp))
        report = {"file": str(path), "split": split, "passages": pg.index.size}
        report["embedded"], emb_cands, skipped = measure(embedded, chosen)
        report["postgres"], pg_cands, _ = measure(pg, chosen)
    report["queries"], report["skipped"] = len(pg_cands), skipped
    same = [[k for k, _ in a.rankings["hybrid"][:5]] == [k for k, _ in b.rankings["hybrid"][:5]]
            for a, b in zip(emb_cands, pg_cands)]
    report["same_top5_hybrid"] = sum(same) / max(1, len(same))
    ts = [Candidates(c.query, c.dense, ts_rank_leg(pg, c.query.text)) for c in pg_cands]
    rank_all(pg.searcher, ts, pg.params, only=("bm25", "hybrid"))
    report["ts_rank"] = {c: ranking_metrics(ts, c) for c in ("bm25", "hybrid")}
    return report


def markdown(report: dict, command: str, date: str, machine: str) -> str:
    def row(name: str, m: dict) -> str:
        return f"| {name} | {m['recall@5']:.3f} | {m['mrr']:.3f} | {m['ndcg@5']:.3f} |"

    e, p, t = report["embedded"], report["postgres"], report["ts_rank"]
    lines = [START, "## PostgreSQL backend beside the embedded one", "",
             f"- Command: `{command}` (ASSIST_HOME with the library export imported in SQLite, "
             "the same export imported in `ASSIST_DATABASE_URL`)",
             f"- Machine: {machine}; date: {date}",
             f"- Queries: {report['queries']} of the `{report['split']}` split of "
             f"`{report['file']}`, {report['passages']} passages", "",
             "| backend, configuration | Recall@5 | MRR@10 | nDCG@5 |", "|---|---|---|---|",
             row("embedded (FAISS + bm25s), bm25", e["bm25"]),
             row("PostgreSQL (SQL BM25), bm25", p["bm25"]),
             row("PostgreSQL `ts_rank` (french), lexical alone", t["bm25"]),
             row("embedded, dense", e["dense"]), row("PostgreSQL (pgvector), dense",
                                                     p["dense"]),
             row("embedded, hybrid", e["hybrid"]), row("PostgreSQL, hybrid", p["hybrid"]),
             row("PostgreSQL, hybrid with `ts_rank` as the lexical leg", t["hybrid"]), "",
             f"nDCG@5 of the hybrid: embedded {e['hybrid']['ndcg@5']:.3f}, PostgreSQL "
             f"{p['hybrid']['ndcg@5']:.3f} (difference "
             f"{p['hybrid']['ndcg@5'] - e['hybrid']['ndcg@5']:+.3f}); the hybrid's top 5 is the "
             f"same for {report['same_top5_hybrid']:.0%} of the queries. The SQL BM25 gives "
             "bm25s's scores (stored per term and passage, summed in SQL), so the lexical rows "
             "agree; the dense scores differ by the half-precision storage of the vectors. "
             "`ts_rank` is not BM25: no inverse document frequency, no length normalisation "
             "against the average passage; alone it ranks below BM25 (nDCG@5 "
             f"{t['bm25']['ndcg@5']:.3f} against {p['bm25']['ndcg@5']:.3f}), and its scores, "
             "well below 1, sit at the bottom of the scale the fusion's `bm25_half` was tuned "
             "for, so in the hybrid the lexical leg all but vanishes (nDCG@5 "
             f"{t['hybrid']['ndcg@5']:.3f}, dense alone {p['dense']['ndcg@5']:.3f}).",
             END]
    return "\n".join(lines)


def write(report: dict, target: Path, command: str, date: str, machine: str) -> None:
    replace_section(target, START, END, markdown(report, command, date, machine))
