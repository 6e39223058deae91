"""Retrieval evaluation on a judged query set: the assistant, today's rule and BM25 side by side.

The query set is JSON Lines, one query a line::

    {"id": "q001", "query": "...", "language": "fr", "kind": "need", "split": "dev",
     "relevant": {"sicoval-fuites-eau": 3, "lib:<Nom_du_projet>": 3, "doc:<doc id>#<heading>": 2}}

`split` is ``dev`` (what may be tuned on) or ``test`` (what the figures are reported on);
a line without one is dev. Kinds in `DECLINE_KINDS` are questions the catalogue does not
answer: the assistant should say so.

Grades: 3 the answer, 2 clearly relevant, 1 partly. A result counts as relevant for Recall@5
and MRR when its grade is at least 2; nDCG@5 uses every grade with gains ``2**g - 1``.
Each query is embedded and searched once; every configuration re-ranks the same dense and
lexical candidates, so the comparison is exact and the grid search costs no embedding.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from assist.answers.compose import detect_language
from assist.catalogue.corpus import slug
from assist.retrieval.fusion import FusionParams, fuse, rrf

CONFIGS = ("bm25", "dense", "rrf", "hybrid")
DECLINE_KINDS = frozenset({"adjacent", "offtopic", "off-topic", "nonsense"})
SPLITS = ("dev", "test")
RELEVANT = 2  # lowest grade that counts as a hit for Recall@5 and MRR


@dataclass
class Query:
    id: str
    text: str
    kind: str
    language: str
    judged: dict[str, int]  # result id -> grade, keys already resolved
    needs_library: bool = False
    off_topic: bool = False  # a question the catalogue does not answer (DECLINE_KINDS)
    detected: str = ""  # the language the assistant detects, which picks its threshold
    split: str = "dev"
    source: str = ""  # the file it was read from: one writer's set (grouped cross-validation)

    def __post_init__(self) -> None:
        self.detected = self.detected or detect_language(self.text)


@dataclass
class Candidates:
    """What the searches returned for one query: every configuration is computed from it."""

    query: Query
    dense: dict[int, float]
    lexical: dict[int, float]
    rankings: dict[str, list[tuple[str, float]]] = field(default_factory=dict)
    allowed: object = None  # the passages searched (numpy mask)
    judged: object = None  # the assistant's `Retrieval` of this question
    vector: object = None  # the question's embedding
    # A need's clauses' signals (`tuning.judge_clauses`: one dict each, for
    # `answers.fit.need_probability`); empty for a need of one clause and for questions.
    parts: list = field(default_factory=list)


def collapse(text: str) -> str:
    return " ".join(text.split()).casefold()


def load_queries(path: Path, library_ids: dict[str, str],
                 owners: dict[str, str] | None = None) -> tuple[list[Query], list[str]]:
    """Read the query set and resolve its keys to result ids; returns (queries, skipped ids).

    Without an imported catalogue, queries marked ``needs_library`` are skipped and the
    ``lib:`` judgments of the others are dropped (nothing could retrieve them). `owners`
    maps a section id to the case it is folded into (a case's source sections are shown
    inside the case's result), so judging the section judges that case, at the best grade.
    """
    queries, skipped = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        raw = json.loads(line)
        if raw.get("needs_library") and not library_ids:
            skipped.append(raw["id"])
            continue
        judged = {}
        for key, grade in raw.get("relevant", {}).items():
            rid = resolve(key, library_ids)
            if rid is None and not (key.startswith("lib:") and not library_ids):
                raise ValueError(f"{path}:{n}: {raw['id']} judges {key!r}, which matches no "
                                 "case, library project or document section")
            if rid is not None:
                rid = (owners or {}).get(rid, rid)
                judged[rid] = max(int(grade), judged.get(rid, 0))
        split = raw.get("split", "dev")
        if split not in SPLITS:
            raise ValueError(f"{path}:{n}: {raw['id']} has split {split!r}; use dev or test")
        queries.append(Query(raw["id"], raw["query"], raw.get("kind", "in-scope"),
                             raw.get("language", "fr"), judged, bool(raw.get("needs_library")),
                             raw.get("kind") in DECLINE_KINDS, split=split, source=path.name))
    return queries, skipped


def resolve(key: str, library_ids: dict[str, str]) -> str | None:
    """Result id of a judged key: a case id, ``lib:<project name>`` or ``doc:<doc>#<heading>``."""
    if key.startswith("lib:"):
        return library_ids.get(collapse(key[4:]))
    if key.startswith("doc:"):
        doc_id, _, heading = key[4:].partition("#")
        return f"{doc_id}#{slug(heading)}"
    return key


# -- metrics ---------------------------------------------------------------------------------

def recall_at(ranked: list[str], judged: dict[str, int], k: int = 5) -> float:
    wanted = {r for r, g in judged.items() if g >= RELEVANT}
    if not wanted:
        return 0.0
    return len(wanted & set(ranked[:k])) / min(len(wanted), k)


def reciprocal_rank(ranked: list[str], judged: dict[str, int], k: int = 10) -> float:
    for rank, rid in enumerate(ranked[:k], start=1):
        if judged.get(rid, 0) >= RELEVANT:
            return 1.0 / rank
    return 0.0


def ndcg_at(ranked: list[str], judged: dict[str, int], k: int = 5) -> float:
    gains = [2 ** judged.get(rid, 0) - 1 for rid in ranked[:k]]
    ideal = sorted((2 ** g - 1 for g in judged.values()), reverse=True)[:k]
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def ranking_metrics(cands: list[Candidates], config: str) -> dict[str, float]:
    """Mean Recall@5, MRR@10 and nDCG@5 over the queries that have judgments."""
    scored = [c for c in cands if c.query.judged]
    if not scored:
        return {"n": 0, "recall@5": 0.0, "mrr": 0.0, "ndcg@5": 0.0}
    ranked = [[rid for rid, _ in c.rankings[config]] for c in scored]
    n = len(scored)
    return {"n": n,
            "recall@5": sum(recall_at(r, c.query.judged) for r, c in zip(ranked, scored)) / n,
            "mrr": sum(reciprocal_rank(r, c.query.judged) for r, c in zip(ranked, scored)) / n,
            "ndcg@5": sum(ndcg_at(r, c.query.judged) for r, c in zip(ranked, scored)) / n}


# -- running the configurations --------------------------------------------------------------

def rank_all(searcher, cands: list[Candidates], params: FusionParams, k: int = 10,
             only: tuple[str, ...] = CONFIGS) -> None:
    """Fill each candidate's rankings: (result id, score) pairs best first, top `k` groups."""
    for cand in cands:
        fused_by = {
            "bm25": lambda c: dict(c.lexical),
            "dense": lambda c: dict(c.dense),
            "rrf": lambda c: rrf(c.dense, c.lexical),
            "hybrid": lambda c: fuse(c.dense, c.lexical, params),
        }
        for config in only:
            groups = searcher.rank(cand.dense, cand.lexical, fused_by[config](cand))
            cand.rankings[config] = [(g.key, g.score) for g in groups[:k]]


def gather(assistant, queries: list[Query]) -> list[Candidates]:
    """Embed and search each query once (public audience, no filter)."""
    vectors = assistant.embedder.queries([q.text for q in queries])
    out = []
    for q, v in zip(queries, vectors):
        allowed, dense, lexical = assistant.candidates(v, q.text)
        out.append(Candidates(q, dense, lexical, allowed=allowed, vector=v))
    return out


def section_owners(assistant) -> dict[str, str]:
    """Section id -> id of the case its passages fold into, for owned sections."""
    return {c.id.split("~")[0]: c.owner for c in assistant.index.chunks
            if c.kind == "document" and c.owner}


def library_ids(assistant) -> dict[str, str]:
    """Folded project name -> result id, for every imported (non-corpus) case: the id of the
    record it is merged into when the same project has several sources."""
    out = {}
    for c in assistant.store.cases():
        if c.nom_projet and (rid := assistant.resolve(c.id)) is not None:
            out.setdefault(collapse(c.nom_projet), rid)
    return out
