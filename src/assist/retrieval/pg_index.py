"""The index in PostgreSQL (`ASSIST_DATABASE_URL`): passages, a pgvector index, and BM25 in SQL.

The same two legs as the embedded index, each returning {position: score} to the project's own
fusion and abstention, so answers rank the same:

- dense: the re-centred vectors (`index.recentre`, centre over public passages) as `halfvec`
  under a pgvector index (inner product): IVFFlat by default, HNSW on request
  (`VectorIndex`). Filters are a WHERE clause on the same table and the index's iterative
  scan (`ivfflat.iterative_scan` / `hnsw.iterative_scan`) keeps scanning until enough rows
  pass them, so a filter never empties the candidates.
- lexical: BM25 exactly as bm25s computes it (Lucene variant, the French analyser's stems).
  bm25s precomputes each (term, passage) contribution; those "impacts" are stored twice:
  per passage (`passage_terms`: the passage's term ids and their impacts, to score
  candidates) and per term, best first (`terms.top_pos`, the first `TOP_POSTINGS`, to find
  candidates without reading a long list). A query's score is the sum of its stems' impacts,
  computed in SQL. A term whose list was cut, under a filter that leaves too few candidates,
  falls back to every passage holding a query term (GIN index), so filtered results are
  exact too. PostgreSQL's `ts_rank` is not BM25 (no idf, no length normalisation by the
  average); `docs/EVALUATION.md` shows what it would change.

Both lexical tables are kept per audience, as the embedded index keeps two BM25s: "all"
(agents) computed over every passage, "public" computed over public passages alone, so that
a public score owes nothing to restricted text (document frequencies, average length, the
number of passages). Term ids number the public vocabulary first, so the ids the public
rows show have no gaps where restricted-only words are.

Restricted passages are kept from public questions by the database: public questions run on
the reader login (`pg_store.Database.reader`), which row-level security lets see public
passages and the public rows of the lexical tables only; it has no grant on `index_meta`
(whose counts include restricted passages).
"""

from __future__ import annotations

import json
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from types import SimpleNamespace

import bm25s
import numpy as np
from cachetools import LRUCache
from scipy import sparse

from assist.access import may_read
from assist.catalogue.pg_store import FILTERED_PROBES, PROBES, Database
from assist.errors import IndexDamaged
from assist.facets import Filters
from assist.models import Audience, Chunk
from assist.retrieval.embed import Embedder, EmbeddingCache, text_key
from assist.retrieval.fusion import FusionParams, fuse
from assist.retrieval.index import (
    _versions,
    centre_of,
    fingerprint,
    index_text,
    recentre,
    stores_states,
)
from assist.retrieval.passages import group_key
from assist.retrieval.search import CANDIDATES, Group, fold_groups
from assist.retrieval.states import FORM as STATE_FORM
from assist.retrieval.states import decode, pack, unpack
from assist.text.analyser import Token, analyse, fold, tokens

# 2: the lexical tables kept per audience; 3: lists packed in bytea; 4: each passage's token
# states (states.py's compact form) in a bytea column, read for the late pass's passages only.
FORMAT = 4
# Each term's passages, best first, are kept up to `TOP_POSTINGS` (the whole list when
# shorter); a question reads the first `FIRST_READ` and reads deeper only while a passage
# further down could still be among its best `EXACT_RANKS` (see `PgSearcher.lexical`).
TOP_POSTINGS = 20_000
FIRST_READ = 1000
EXACT_RANKS = 50
FILTERS_KEPT = 64  # filters whose passing passages a searcher keeps (`passing`)
RESCORE = 3000  # lexical candidates scored exactly at most, when a term's list was cut
ROWS_KEPT = 2000  # passages' rows read ahead by the legs (`PgIndex.prefetch`): a few questions'
TERMS_KEPT = 4096  # terms' ids and document frequencies kept (`PgIndex.known_terms`)
# m=32 / ef_construction=128: recall@10 0.975 against 0.918 with 16 / 64 at 100 000 synthetic
# passages, for an HNSW build about 3 times as long and 17 % more index (docs/PERFORMANCE.md).
HNSW_M, HNSW_EF_CONSTRUCTION = 32, 128
# IVFFlat, the default: at 1 000 000 synthetic passages HNSW (m=32 / 128) took 1 590 s to
# build and found 0.935 of the exact top 10 at pgvector's largest ef_search (38 ms of server
# CPU); IVFFlat with 2 000 lists built in 221 s and, searching 80 of them (`pg_store.PROBES`),
# finds 0.962 for 21 ms (docs/PERFORMANCE.md, "The dense leg at 1 000 000 passages"). A list
# per 500 passages: with 1 000 (pgvector's advice) the same recall costs twice the CPU.
IVFFLAT_ROWS_PER_LIST = 500
Progress = Callable[[str, int, int], None]


def ivfflat_lists(rows: int) -> int:
    """A list per `IVFFLAT_ROWS_PER_LIST` passages up to a million, then twice the square root
    (pgvector's advice, a list per thousand rows then the square root, doubled: measured
    better at a million). Up to `pg_store.PROBES` lists every list is searched, so small
    indexes search exactly; the same probes read about as many rows at any size up to a
    million, past it more (shard before, docs/SCALING.md)."""
    if rows <= 1_000_000:
        return max(1, rows // IVFFLAT_ROWS_PER_LIST)
    return int(2 * rows ** 0.5)


@dataclass(frozen=True)
class VectorIndex:
    """How the dense leg's vectors are indexed: pgvector's IVFFlat (`lists`; 0 means
    `ivfflat_lists` of the passages) or HNSW (`m`, `ef_construction`). Both answer the same
    `ORDER BY embedding <#> q` with iterative scans; the session settings of both are set on
    every connection (`pg_store.SESSION`), so a database built either way is searched as
    it was built."""

    kind: str = "ivfflat"
    lists: int = 0
    m: int = HNSW_M
    ef_construction: int = HNSW_EF_CONSTRUCTION

    def __post_init__(self) -> None:
        if self.kind not in ("ivfflat", "hnsw"):
            raise ValueError(f"unknown vector index {self.kind!r}: ivfflat or hnsw")
        if self.lists < 0 or self.m < 2 or self.ef_construction < 2 * self.m:
            raise ValueError(f"bad vector index parameters: {self}")

    def settings(self, rows: int) -> dict:
        if self.kind == "ivfflat":
            return {"kind": "ivfflat", "lists": int(self.lists or ivfflat_lists(rows))}
        return {"kind": "hnsw", "m": int(self.m), "ef_construction": int(self.ef_construction)}

    def create(self, rows: int, table: str = "passages") -> str:
        chosen = self.settings(rows)
        options = ", ".join(f"{k} = {v}" for k, v in chosen.items() if k != "kind")
        return (f"CREATE INDEX {table}_{self.kind} ON {table} USING {self.kind} "
                f"(embedding halfvec_ip_ops) WITH ({options})")


DEFAULT_VECTOR_INDEX = VectorIndex()


@dataclass(frozen=True)
class Scope:
    """Who asks and which facets they want: what `HybridSearcher.mask` is to the embedded
    index, turned into a connection (owner or reader) and a WHERE clause."""

    audience: Audience
    filters: tuple[tuple[str, tuple[str, ...]], ...]

    @property
    def who(self) -> str:
        """The login: the reader, whose rows the database limits, unless restricted passages
        may be read (`access.may_read`)."""
        return "owner" if may_read(self.audience, "restricted") else "reader"

    def where(self, alias: str = "") -> tuple[str, list]:
        """A passage passes a facet when one of its values is wanted (values folded)."""
        prefix = f"{alias}." if alias else ""
        clauses, params = ["true"], []
        for name, wanted in self.filters:
            clauses.append(f"{prefix}facets && %s::text[]")
            params.append([facet_key(name, w) for w in wanted])
        return " AND ".join(clauses), params


def facet_key(name: str, value: str) -> str:
    return f"{name}={fold(value)}"


def _owner(alias: str = "") -> str:
    """SQL of the case a passage belongs to, which only a document passage needs
    (`group_key`): a case passage's JSON is not parsed for it."""
    return f"CASE WHEN {alias}kind = 'case' THEN NULL ELSE {alias}chunk::json->>'owner' END"


class LazyChunks(Mapping[int, Chunk]):
    """Passages read from the database as JSON, parsed into `Chunk` on first access;
    `group_keys`: each one's result key (`passages.group_key`), known without parsing it.
    With `fetch`, the JSON of a passage not in `texts` is read when it is first wanted
    (`many`, for several at once: `search.load`): folding a question's ~400 candidates
    needs their keys only, explaining the shown results a few dozen passages' text."""

    def __init__(self, texts: dict[int, str], keys: dict[int, tuple[str, str, str]],
                 fetch: Callable[[list[int]], Iterable[tuple[int, str]]] | None = None
                 ) -> None:
        self._texts, self.group_keys, self._parsed, self._fetch = texts, keys, {}, fetch

    def __contains__(self, pos: object) -> bool:  # without parsing it
        return pos in self.group_keys

    def __getitem__(self, pos: int) -> Chunk:
        chunk = self._parsed.get(pos)
        if chunk is None:
            if pos not in self._texts and pos in self.group_keys:
                self.many([pos])
            chunk = self._parsed[pos] = Chunk.model_validate_json(self._texts[pos])
        return chunk

    def many(self, positions: Iterable[int]) -> None:
        """Read the JSON of those of `positions` not read yet, in one statement."""
        missing = [p for p in positions if p in self.group_keys and p not in self._texts]
        if missing and self._fetch is not None:
            self._texts.update(self._fetch(missing))

    def __iter__(self):
        return iter(self.group_keys)

    def __len__(self) -> int:
        return len(self.group_keys)


@dataclass
class PgIndex:
    """An opened index in PostgreSQL. `chunks` are in memory when the assistant computed
    them anyway (the app); otherwise (the bench's millions) only the hits' are read."""

    db: Database
    manifest: dict
    centre: np.ndarray
    _chunks: list[Chunk] | None = None
    # What a question's legs read for their candidates on their own connections, while the
    # other leg still runs (`prefetch`), so that folding and ranking the fused candidates
    # read the database no more: (login, position) -> the passage's row and term ids, and
    # (audience, stem) -> (term id, document frequency), or None for a stem no passage holds.
    _rows: LRUCache = field(default_factory=lambda: LRUCache(ROWS_KEPT), repr=False)
    _terms: LRUCache = field(default_factory=lambda: LRUCache(TERMS_KEPT), repr=False)
    _kept: threading.Lock = field(default_factory=threading.Lock, repr=False)
    # A term looked up in a passage's term ids (stored in increasing order) by binary search
    # (`width_bucket`) rather than by a linear scan: the lexical leg's exact scores
    # (`_score_sql`) and `holders`. The same rows either way.
    bisect: bool = True

    @property
    def folder(self) -> str:
        """Where the index lives, for messages (no password)."""
        return f"PostgreSQL {self.db.where}"

    @property
    def size(self) -> int:
        return int(self.manifest["chunks"])

    @property
    def restricted(self) -> int:
        """How many passages are restricted (0: one BM25 serves both audiences)."""
        return self.size - int(self.manifest.get("public", self.size))

    def public_df(self, stems: list[str]) -> dict[str, int]:
        """Public passages holding each stem (0 when none does), read on the reader's
        login: the public BM25's own document frequencies."""
        known = self.known_terms("public", stems)
        missing = [s for s in stems if s not in known]
        if missing:
            with self.db.use("reader") as conn:
                rows = conn.execute("SELECT term, id, df FROM terms WHERE audience = 'public' "
                                    "AND term = ANY(%s)", (missing,)).fetchall()
            known.update(self.keep_terms("public", missing, rows))
        return {s: int(known[s][1]) if known[s] else 0 for s in stems}

    def known_terms(self, audience: str, stems: Iterable[str]) -> dict[str, tuple | None]:
        """(term id, df) of those of `stems` a leg has read for `audience` (None: no
        passage holds it)."""
        with self._kept:
            return {s: self._terms[(audience, s)] for s in stems if (audience, s) in self._terms}

    def keep_terms(self, audience: str, stems: Iterable[str], rows: Iterable[tuple]
                   ) -> dict[str, tuple | None]:
        """Keep what the `terms` rows (term, id, df) read for `stems` say, absent ones too."""
        found: dict[str, tuple | None] = dict.fromkeys(stems)
        found.update({term: (int(number), int(df)) for term, number, df in rows})
        with self._kept:
            for stem, value in found.items():
                self._terms[(audience, stem)] = value
        return found

    def prefetch(self, positions: Iterable[int], who: str, lane: int = 0) -> None:
        """Read, on `who`'s connection `lane`, the rows `chunks_at` and `holders` will want
        for `positions` (a leg's candidates), and keep them for this question."""
        if self._chunks is not None:
            return
        with self._kept:
            wanted = [int(p) for p in positions if (who, int(p)) not in self._rows]
        if not wanted:
            return
        audience = "all" if who == "owner" else "public"
        with self.db.use(who, lane) as conn:
            rows = conn.execute(
                f"SELECT p.pos, p.id, p.kind, p.parent_id, {_owner('p.')}, p.chunk, "
                "t.term_ids FROM passages p LEFT JOIN passage_terms t ON t.pos = p.pos AND "
                "t.audience = %s WHERE p.pos = ANY(%s)", (audience, wanted)).fetchall()
        with self._kept:
            for pos, *row in rows:
                self._rows[(who, pos)] = row

    def _kept_rows(self, positions: Iterable[int], who: str) -> dict[int, list]:
        """The prefetched rows of `positions` that `who` may read: its own, and the reader's
        for the owner (who may read every passage); never the owner's for the reader."""
        logins = ("owner", "reader") if who == "owner" else (who,)
        out = {}
        with self._kept:
            for pos in positions:
                for login in logins:
                    row = self._rows.get((login, pos))
                    if row is not None:
                        out[pos] = row
                        break
        return out

    def forget(self) -> None:
        """Empty what the legs read ahead (a bench times each question's own reads)."""
        with self._kept:
            self._rows.clear()
            self._terms.clear()

    def holders(self, stems: list[str], positions: Iterable[int], who: str
                ) -> dict[str, set[int]]:
        """stem -> those of `positions` whose passage holds it, read from the passages' own
        term lists (complete, unlike the terms' best lists), on `who`'s login."""
        positions = list(positions)
        audience = "all" if who == "owner" else "public"
        out: dict[str, set[int]] = {s: set() for s in stems}
        if not stems or not positions:
            return out
        known = self.known_terms(audience, stems)
        kept = self._kept_rows(positions, who)
        with self.db.use(who) as conn:
            missing = [s for s in stems if s not in known]
            if missing:
                known.update(self.keep_terms(audience, missing, conn.execute(
                    "SELECT term, id, df FROM terms WHERE term = ANY(%s) AND audience = %s",
                    (missing, audience)).fetchall()))
            ids = {value[0]: stem for stem, value in known.items() if value}
            if not ids:
                return out
            rest = [p for p in positions if p not in kept]
            # One (passage, term) row per query term a passage holds: each of the few query
            # terms looked up in the passage's array (an INTERSECT per row cost a hash set
            # operation per passage, about 20 ms for 400 passages at 1 000 000).
            # A passage's term ids are in increasing order: found by binary search (`bisect`).
            held = ("s.term_ids[width_bucket(t.id, s.term_ids)] = t.id" if self.bisect else
                    "t.id = ANY(s.term_ids)")
            rows = conn.execute(f"SELECT s.pos, t.id FROM passage_terms s, unnest(%s::int[]) "
                                f"t(id) WHERE s.audience = '{audience}' AND s.pos = ANY(%s::int[]) "
                                f"AND {held}", (list(ids), _int_array(rest))).fetchall() \
                if rest else []
        for pos, row in kept.items():
            rows.extend((pos, number) for number in ids.keys() & (row[-1] or ()))
        for pos, number in rows:
            out[ids[number]].add(int(pos))
        return out

    @property
    def chunks(self) -> list[Chunk]:
        if self._chunks is None:
            with self.db.use() as conn:
                rows = conn.execute("SELECT chunk FROM passages ORDER BY pos").fetchall()
            self._chunks = [Chunk.model_validate_json(r[0]) for r in rows]
        return self._chunks

    def public_positions(self) -> np.ndarray:
        """Positions of the public passages, in order (the late pass draws its fixed
        background sample from them, as from the file index's audience column)."""
        with self.db.use("reader") as conn:
            rows = conn.execute("SELECT pos FROM passages WHERE access = 'public' "
                                "ORDER BY pos").fetchall()
        return np.array([r[0] for r in rows], dtype=np.int64)

    def chunks_at(self, positions: Iterable[int], who: str, texts: bool = True
                  ) -> Mapping[int, Chunk]:
        """The passages at `positions` (those `who` may read), each parsed when first
        looked at: folding hundreds of candidates needs only their result's key
        (`LazyChunks.group_keys`), explaining the shown results reads a few dozen passages.
        `texts=False`: their JSON is read only when a passage is first looked at
        (`LazyChunks.many`): a question's fused candidates, of which only the shown
        results' first passages are read (about 40 of 400)."""
        positions = list(positions)
        if self._chunks is not None:
            return {p: self._chunks[p] for p in positions}
        kept = self._kept_rows(positions, who)
        rest = [p for p in positions if p not in kept]
        rows = [(pos, *row[:-1]) for pos, row in kept.items()]
        if rest:
            with self.db.use(who) as conn:
                rows += conn.execute(f"SELECT pos, id, kind, parent_id, {_owner()}"
                                     f"{', chunk' if texts else ', NULL'} FROM passages "
                                     "WHERE pos = ANY(%s::int[])",
                                     (_int_array(rest),)).fetchall()
        # group_key reads these four attributes only (a Chunk built without validation
        # would still cost pydantic's defaults, more than parsing the JSON).
        return LazyChunks({pos: text for pos, *_, text in rows if text is not None},
                          {pos: group_key(SimpleNamespace(  # type: ignore[arg-type]
                              id=id_, kind=kind, parent_id=parent, owner=owner or ""))
                           for pos, id_, kind, parent, owner, _ in rows},
                          None if texts else lambda wanted: self._texts_at(wanted, who))

    def _texts_at(self, positions: list[int], who: str) -> list[tuple[int, str]]:
        """(position, passage JSON) of those of `positions` `who` may read."""
        with self.db.use(who) as conn:
            return conn.execute("SELECT pos, chunk FROM passages WHERE pos = ANY(%s)",
                                (positions,)).fetchall()

    @property
    def states(self) -> PgStates | None:
        """The passages' token states, when the index stores them (the embedder gave them)."""
        return PgStates(self.db) if self.manifest.get("states_form") == STATE_FORM else None

    def case_centroids(self) -> dict[str, np.ndarray]:
        """Mean re-centred vector of each case's public passages, normalised."""
        with self.db.use() as conn:
            rows = conn.execute("SELECT parent_id, avg(embedding::vector)::text FROM passages "
                                "WHERE kind = 'case' AND access = 'public' "
                                "GROUP BY parent_id").fetchall()
        out = {}
        for case_id, text in rows:
            mean = np.asarray(json.loads(text), dtype=np.float32)
            out[case_id] = mean / (np.linalg.norm(mean) or 1.0)
        return out

    def vectors_at(self, positions: list[int]) -> np.ndarray:
        """The stored (re-centred, half-precision) vectors of the passages at `positions`,
        in that order."""
        with self.db.use() as conn:
            rows = conn.execute("SELECT pos, embedding::vector::text FROM passages "
                                "WHERE pos = ANY(%s)", (positions,)).fetchall()
        got = {int(pos): np.asarray(json.loads(text), dtype=np.float32) for pos, text in rows}
        return np.stack([got[p] for p in positions])


class PgSearcher:
    """`HybridSearcher`'s interface (mask, dense, lexical, rank, search) over a `PgIndex`."""

    def __init__(self, index: PgIndex, params: FusionParams | None = None,
                 parallel: bool = True) -> None:
        self.index = index
        self.params = params or FusionParams()
        # Both legs at once (`legs`): the dense one on the login's second connection.
        self.parallel = parallel
        # Each leg reads its candidates' rows right after finding them, on its own
        # connection, while the other leg still runs (`PgIndex.prefetch`). Off: at 1 000 000
        # it changed ask()'s p50 by -0.2 to -5 % at load 2.5-11 (interleaved, same answers)
        # for 2.7 ms more app CPU a question (docs/PERFORMANCE.md, "Reading ahead").
        self.prefetch = False
        # IVFFlat lists searched under a facet filter (None: the session's, `PROBES`).
        self.filtered_probes: int | None = FILTERED_PROBES
        # `embedded_legs`: the lexical leg (which needs the words only) starts before the
        # question is embedded, in a worker on the login's first connection; the dense leg
        # follows the embedding here, on the second. Only with `parallel`.
        self.early_lexical = True
        # The fused candidates' rows are read without their JSON (`PgIndex.chunks_at`): the
        # shown results' passages are read when explained, in one statement.
        self.texts_later = True
        self._pool: ThreadPoolExecutor | None = None
        self._passing: LRUCache[tuple, np.ndarray] = LRUCache(FILTERS_KEPT)  # under _lock
        self._lock = threading.Lock()

    @property
    def bisect(self) -> bool:
        """`PgIndex.bisect`: terms found in a passage's term ids by binary search."""
        return self.index.bisect

    @bisect.setter
    def bisect(self, value: bool) -> None:
        self.index.bisect = value

    @property
    def _ivfflat(self) -> bool:
        return self.index.manifest.get("vector_index", {}).get("kind") == "ivfflat"

    def mask(self, audience: Audience, filters: Filters) -> Scope:
        return Scope(audience, tuple((k, tuple(v)) for k, v in sorted(filters.items())))

    def legs(self, query_vector: np.ndarray, query_tokens: list[Token], scope: Scope
             ) -> tuple[dict[int, float], dict[int, float]]:
        """(dense, lexical) candidates, the same as `dense` then `lexical`. With `parallel`
        the dense leg runs in a worker thread on the login's second connection while the
        lexical leg runs here on the first: the question waits for the slower leg, not for
        both (psycopg releases the GIL while the server works). A leg's error is raised once
        both have finished, the lexical leg's first: nothing is left running."""
        if not self.parallel:
            return self.dense(query_vector, scope), self.lexical(query_tokens, scope)
        dense = self._worker().submit(self.dense, query_vector, scope, 1)
        try:
            lexical = self.lexical(query_tokens, scope)
        finally:
            # wait for the dense leg even when the lexical one failed: its connection
            # must be free for the next question
            wait([dense])
        return dense.result(), lexical

    def embedded_legs(self, embed: Callable[[], np.ndarray], query_tokens: list[Token],
                      scope: Scope) -> tuple[np.ndarray, dict[int, float], dict[int, float]]:
        """(the question's vector, dense, lexical candidates): `embed()`, then `legs`. With
        `early_lexical` (and `parallel`) the lexical leg does not wait for the vector: it
        starts in a worker on the login's first connection, the question is embedded here
        meanwhile, then the dense leg runs here on the second connection; the question waits
        for the later of (lexical leg) and (embedding, then dense leg). The same candidates.
        Every error is raised once the lexical leg has finished: nothing is left running."""
        if not (self.parallel and self.early_lexical):
            vector = embed()
            return (vector, *self.legs(vector, query_tokens, scope))
        lexical = self._worker().submit(self.lexical, query_tokens, scope)
        try:
            vector = embed()
            dense = self.dense(vector, scope, 1)
        finally:
            wait([lexical])  # its connection must be free for the next question
        return vector, dense, lexical.result()

    def _worker(self) -> ThreadPoolExecutor:
        """The thread a question's second leg runs in (one question's legs at a time per
        login: each leg holds its connection's lock anyway)."""
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=1,
                                                thread_name_prefix="assist-leg")
            return self._pool

    def dense(self, query_vector: np.ndarray, scope: Scope, lane: int = 0
              ) -> dict[int, float]:
        query = recentre(np.asarray(query_vector).reshape(1, -1), self.index.centre)[0]
        literal = "[" + ",".join(f"{x:.6f}" for x in query) + "]"
        where, params = scope.where()
        # relaxed_order may return rows slightly out of order: the caller wants a set.
        sql = (f"SELECT pos, -(embedding <#> %s::halfvec) FROM passages WHERE {where} "
               "ORDER BY embedding <#> %s::halfvec LIMIT %s")
        probes = self.filtered_probes if scope.filters and self._ivfflat else None
        with self.index.db.use(scope.who, lane) as conn:
            if probes is None:
                rows = conn.execute(sql, [literal, *params, literal, CANDIDATES]).fetchall()
            else:
                conn.execute(f"SET ivfflat.probes = {int(probes)}")
                try:
                    rows = conn.execute(sql, [literal, *params, literal, CANDIDATES]).fetchall()
                finally:
                    conn.execute(f"SET ivfflat.probes = {PROBES}")
        found = {int(pos): float(score) for pos, score in rows}
        if self.prefetch:
            self.index.prefetch(found, scope.who, lane)
        return found

    def nearest(self, vectors: np.ndarray, scope: Scope, lane: int = 0
                ) -> list[dict[int, float]]:
        """The `CANDIDATES` passages of `scope` nearest to each of `vectors` (already
        re-centred), with their cosines (`HybridSearcher.nearest`; no filter, no read-ahead:
        the hub prior's pseudo-questions, `hubs.py`)."""
        where, params = scope.where()
        sql = (f"SELECT pos, -(embedding <#> %s::halfvec) FROM passages WHERE {where} "
               "ORDER BY embedding <#> %s::halfvec LIMIT %s")
        out = []
        with self.index.db.use(scope.who, lane) as conn:
            for vector in vectors:
                literal = "[" + ",".join(f"{x:.6f}" for x in vector) + "]"
                rows = conn.execute(sql, [literal, *params, literal, CANDIDATES]).fetchall()
                out.append({int(pos): float(score) for pos, score in rows})
        return out

    def lexical(self, query_tokens: list[Token], scope: Scope) -> dict[int, float]:
        """`_lexical`'s candidates, their rows read ahead (`PgIndex.prefetch`)."""
        found = self._lexical(query_tokens, scope)
        if self.prefetch:
            self.index.prefetch(found, scope.who)
        return found

    def _lexical(self, query_tokens: list[Token], scope: Scope) -> dict[int, float]:
        """bm25s's scores of the best `CANDIDATES` passages for the query's stems.

        Each term's list (its passages, best impact first) gives each passage in it its
        impact; summed, that is the exact score when every list was read whole (every term
        in the real catalogue) and a lower bound otherwise. A passage absent from every list
        read scores at most the sum of the lists' last impacts: the lists are read deeper
        (`FIRST_READ`, then 4 times more, up to `TOP_POSTINGS`) until no such passage can be
        among the best `EXACT_RANKS`; then the candidates that may still rank are scored
        exactly in SQL (`_to_rescore`). Under a filter only candidates that pass it count,
        and when the stored lists leave fewer than `CANDIDATES` of them, every passage with
        a query term that passes the filter is scored (both GIN indexes, so its cost is the
        size of that intersection). The statistics are the public passages' unless
        restricted passages may be found (`statistics`), as in the embedded index.
        """
        counts = Counter(t.stem for t in query_tokens)
        if not counts:
            return {}
        audience = self.statistics(scope)
        depth, passing = FIRST_READ, None
        with self.index.db.use(scope.who) as conn:
            while True:
                # The lists are packed little-endian int32 / float32, stored uncompressed:
                # PostgreSQL fetches only the slice asked for, numpy reads it as it comes.
                read = conn.execute(
                    "SELECT term, id, df, substring(top_pos FROM 1 FOR %s), "
                    "substring(top_impact FROM 1 FOR %s) FROM terms WHERE term = ANY(%s) "
                    "AND audience = %s", (4 * depth, 4 * depth, list(counts), audience),
                    binary=True).fetchall()
                if depth == FIRST_READ:  # the ranking asks for their ids and counts next
                    self.index.keep_terms(audience, counts, [row[:3] for row in read])
                terms = [(term, number, df <= depth, np.frombuffer(pos, dtype="<i4"),
                          np.frombuffer(impact, dtype="<f4"))
                         for term, number, df, pos, impact in read]
                if not terms:
                    return {}
                complete = all(row[2] for row in terms)
                weights = np.array([counts[row[0]] for row in terms], dtype=np.float32)
                values = [row[4] * w for row, w in zip(terms, weights)]
                candidates, inverse = np.unique(
                    np.concatenate([row[3] for row in terms]).astype(np.int64),
                    return_inverse=True)
                bound = np.zeros(len(candidates), dtype=np.float32)
                np.add.at(bound, inverse, np.concatenate(values))
                if scope.filters:
                    if passing is None:
                        passing = self.passing(scope, conn)
                    at = np.minimum(np.searchsorted(passing, candidates), len(passing) - 1)
                    keep = passing[at] == candidates if len(passing) else \
                        np.zeros(len(candidates), dtype=bool)
                    candidates, inverse, bound = _restrict(candidates, inverse, bound, keep)
                if complete:
                    top = np.argsort(-bound, kind="stable")[:CANDIDATES]
                    return {int(candidates[i]): float(bound[i]) for i in top if bound[i] > 0}
                unseen = sum(float(v[-1]) for row, v in zip(terms, values)
                             if not row[2] and len(v))
                ranked = np.sort(bound)[::-1]
                kth = ranked[EXACT_RANKS - 1] if len(ranked) >= EXACT_RANKS else 0.0
                if depth >= TOP_POSTINGS or (kth >= unseen and len(ranked) >= CANDIDATES):
                    break
                depth = min(TOP_POSTINGS, depth * 4)
            ids = [row[1] for row in terms]
            weights = weights.tolist()
            if scope.filters and len(candidates) < CANDIDATES:
                # The stored lists leave too few passages that pass the filter.
                clause, params = scope.where("s")
                rows = conn.execute(_score_sql(ids, weights, audience,
                                               "s.term_ids && %s::int[] AND " + clause,
                                               self.bisect),
                                    [ids, *params, CANDIDATES]).fetchall()
            else:
                chosen = _to_rescore(candidates, inverse, bound, terms, values)
                rows = conn.execute(_score_sql(ids, weights, audience, "s.pos = ANY(%s::int[])",
                                               self.bisect),
                                    [_int_array(chosen), CANDIDATES]).fetchall()
        return {int(pos): float(value) for pos, value in rows if value > 0}

    def passing(self, scope: Scope, conn) -> np.ndarray:
        """The sorted positions of the passages `scope`'s login may read that pass its
        filters, kept for the next questions (facet values are few: the same filters come
        back; a million passages under a broad filter is under 1 MB)."""
        key = (scope.who, scope.filters)
        with self._lock:
            found = self._passing.get(key)
            if found is not None:
                return found
        where, params = scope.where()
        packed = conn.execute(f"SELECT string_agg(int4send(pos), ''::bytea ORDER BY pos) "
                              f"FROM passages WHERE {where}", params, binary=True).fetchone()[0]
        found = np.frombuffer(packed or b"", dtype=">i4").astype(np.int64)
        with self._lock:
            self._passing[key] = found
        return found

    def statistics(self, scope: Scope) -> str:
        """Which BM25 scores `scope`'s search: "public" (computed over public passages alone)
        unless a restricted passage may be found, then "all" (every passage); the embedded
        `HybridSearcher.lexical` chooses the same way."""
        if scope.who == "reader" or not self.index.restricted:
            return "public"
        if not scope.filters:
            return "all"
        where, params = scope.where()
        with self.index.db.use("owner") as conn:
            found = conn.execute(f"SELECT EXISTS (SELECT 1 FROM passages WHERE "
                                 f"access <> 'public' AND {where})", params).fetchone()[0]
        return "all" if found else "public"

    def search(self, query_vector: np.ndarray, query: str, audience: Audience = "public",
               filters: Filters | None = None) -> list[Group]:
        scope = self.mask(audience, filters or {})
        dense, lexical = self.legs(query_vector, tokens(query), scope)
        fused = fuse(dense, lexical, self.params)
        return self._fold(dense, lexical, fused, scope.who)

    def rank(self, dense: dict[int, float], lexical: dict[int, float],
             fused: dict[int, float]) -> list[Group]:
        """Groups for already computed scores (agent's view of the passages: the scores
        were computed under whatever scope the caller chose)."""
        return self._fold(dense, lexical, fused, "owner")

    def _fold(self, dense, lexical, fused, who: str) -> list[Group]:
        # keys only: the texts of the few passages explained are read when looked at
        chunks = self.index.chunks_at(fused, who, texts=not self.texts_later)
        return fold_groups(dense, lexical, {p: s for p, s in fused.items() if p in chunks},
                           chunks, getattr(chunks, "group_keys", None))


def _score_sql(ids: list[int], weights: list[float], audience: str, where: str,
               bisect: bool = True) -> str:
    """Each passage's exact score: its impact for a term sits at the term's place in its own
    arrays; one sum over the query's terms, written out (no subquery per passage). Every
    value in the text is the code's own: term ids (int), weights (float), `audience` one
    of two constants, `where` the code's clause (its values are parameters).

    `bisect`: the term's place found by `width_bucket` (a binary search: a passage's term
    ids are stored in increasing order, `write_tables`) rather than `array_position` (a
    linear scan calling int4eq per element, ~60 a passage): the same scores; at 100 000
    passages the expression was most of the cost of scoring 3 000 candidates."""
    if bisect:
        def place(i: int) -> str:
            return f"width_bucket({i}, s.term_ids)"
        total = " + ".join(f"CASE WHEN s.term_ids[{place(int(i))}] = {int(i)} THEN "
                           f"s.impacts[{place(int(i))}] ELSE 0 END * {float(w)!r}"
                           for i, w in zip(ids, weights))
    else:
        total = " + ".join(f"coalesce(s.impacts[array_position(s.term_ids, {int(i)})], 0) * "
                           f"{float(w)!r}" for i, w in zip(ids, weights))
    return (f"SELECT pos, score FROM (SELECT s.pos, ({total})::real AS score FROM "
            f"passage_terms s WHERE s.audience = '{audience}' AND {where}) scored "
            "ORDER BY score DESC LIMIT %s")


def _int_array(values: Iterable[int] | np.ndarray) -> str:
    """An int[] parameter as PostgreSQL's text form, '{1,2,3}' (its SQL casts it: `%s::int[]`):
    psycopg dumps a list of thousands of Python ints element by element, ~1 ms a thousand."""
    return "{" + ",".join(map(str, np.asarray(values, dtype=np.int64).tolist())) + "}"


def _restrict(candidates: np.ndarray, inverse: np.ndarray, bound: np.ndarray,
              keep: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The candidates where `keep`, `inverse` renumbered (-1: a posting of one left out)."""
    number = np.full(len(candidates), -1, dtype=np.int64)
    number[keep] = np.arange(int(keep.sum()))
    return candidates[keep], number[inverse], bound[keep]


def _to_rescore(candidates: np.ndarray, inverse: np.ndarray, bound: np.ndarray, terms: list,
                values: list[np.ndarray]) -> np.ndarray:
    """The candidates whose exact score may still put them among the best `CANDIDATES`.

    A passage missing from a cut list has at most that list's last impact for its term
    (lists are best first), so its score lies between `bound` (what the lists gave) and
    `bound` plus those last impacts. Passages whose upper bound does not reach the
    `CANDIDATES`-th lower bound cannot enter; of the others, the `RESCORE` with the highest
    upper bounds are scored exactly (all of them unless the query is made of common words).
    """
    ceiling = np.zeros(len(candidates), dtype=np.float32)
    start = 0
    for row, value in zip(terms, values):
        size = len(value)
        if not row[2] and size:
            present = np.zeros(len(candidates), dtype=bool)
            held = inverse[start:start + size]
            present[held[held >= 0]] = True  # -1: a passage the filter left out
            ceiling[~present] += value[-1]
        start += size
    upper = bound + ceiling
    cut = np.sort(bound)[-CANDIDATES] if len(bound) >= CANDIDATES else 0.0
    keep = np.flatnonzero((upper >= cut) & (ceiling > 0))
    keep = keep[np.argsort(-upper[keep], kind="stable")[:RESCORE]]
    sure = np.flatnonzero(ceiling == 0)
    sure = sure[np.argsort(-bound[sure], kind="stable")[:CANDIDATES]]
    return candidates[np.union1d(keep, sure)]


class PgStates:
    """The passages' token states in PostgreSQL's `passages.states` column, read for the
    positions asked only, in the form the file index stores (`states.py`)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, position: int) -> np.ndarray | None:
        return self.many([position]).get(position)

    def many(self, positions: Iterable[int]) -> dict[int, np.ndarray]:
        """position -> float32 states, for those of `positions` whose row has them."""
        positions = [int(p) for p in positions]
        if not positions:
            return {}
        with self.db.use() as conn:
            rows = conn.execute("SELECT pos, states FROM passages WHERE pos = ANY(%s) AND "
                                "states IS NOT NULL", (positions,)).fetchall()
        return {int(pos): decode(*unpack(bytes(data))) for pos, data in rows}


# -- building ---------------------------------------------------------------------------------


def open_pg_index(db: Database, chunks: list[Chunk], embedder: Embedder, cache_folder,
                  progress: Progress | None = None, seeds: tuple = ()) -> PgIndex:
    """The index of `chunks` in the database, (re)built first when it is not theirs."""
    fp = fingerprint(chunks)
    manifest = read_manifest(db)
    if not _current(manifest, embedder, fp):
        built = False
        with db.transaction() as conn:  # a second process waits here, then finds it built
            manifest = read_manifest(db, conn)
            if not _current(manifest, embedder, fp):
                started = time.perf_counter()
                texts = [index_text(c) for c in chunks]
                cache = EmbeddingCache(cache_folder, embedder, seeds)
                on_batch = (lambda done, total: progress("embed", done, total)) if progress \
                    else None
                with_states = stores_states(embedder, len(texts))
                vectors = cache.passages(texts, progress=on_batch, states=with_states)
                cache.save()
                states = _CachedStates(cache, [text_key(t) for t in texts]) \
                    if with_states else None
                manifest = write_tables(conn, db, chunks, [analyse(t) for t in texts], vectors,
                                        embedder.id, fp, {"embedded": cache.misses,
                                                          "reused": cache.hits},
                                        states=states)
                del states
                manifest["build_seconds"] = round(time.perf_counter() - started, 3)
                conn.execute("UPDATE index_meta SET manifest = %s",
                             (json.dumps(manifest),))
                built = True
        if built:  # after the commit: VACUUM runs outside any transaction
            settle(db)
    return load(db, chunks)


class _CachedStates:
    """Each passage's token states read from the embedding cache when its row is written
    (never all in memory at once)."""

    def __init__(self, cache: EmbeddingCache, keys: list[str]) -> None:
        self.cache, self.keys = cache, keys

    def __len__(self) -> int:
        return len(self.keys)

    def __getitem__(self, i: int):
        return self.cache.state(self.keys[i])


def _current(manifest: dict | None, embedder: Embedder, fp: str) -> bool:
    return bool(manifest) and manifest.get("format") == FORMAT and \
        manifest.get("embedder") == embedder.id and manifest.get("dim") == embedder.dim and \
        manifest.get("fingerprint") == fp and \
        manifest.get("states_form") == (STATE_FORM if stores_states(embedder, 0) else None)


def read_manifest(db: Database, conn=None) -> dict | None:
    """The manifest of the index in the database, None when there is none."""
    if conn is None:
        with db.use() as owner:
            return read_manifest(db, owner)
    if conn.execute("SELECT to_regclass('index_meta')").fetchone()[0] is None:
        return None
    row = conn.execute("SELECT manifest FROM index_meta").fetchone()
    return row[0] if row else None


def load(db: Database, chunks: list[Chunk] | None = None) -> PgIndex:
    with db.use() as conn:
        row = conn.execute("SELECT manifest, centre FROM index_meta").fetchone()
    if row is None:
        raise IndexDamaged("the PostgreSQL index is empty: run `assist build`")
    manifest, centre = row
    if chunks is not None and len(chunks) != manifest["chunks"]:
        chunks = None
    return PgIndex(db, manifest, np.asarray(centre, dtype=np.float32), chunks)


def bm25_impacts(stems: list[list[str]]) -> tuple[sparse.csc_matrix, list[str]]:
    """(passages x terms) matrix of bm25s's precomputed contributions, and the terms."""
    model = bm25s.BM25(method="lucene")
    model.index(stems, show_progress=False)
    scores = model.scores
    n_terms = len(scores["indptr"]) - 1
    terms = [""] * n_terms
    for term, number in model.vocab_dict.items():
        if number < n_terms:
            terms[number] = term
    matrix = sparse.csc_matrix((scores["data"], scores["indices"], scores["indptr"]),
                               shape=(scores["num_docs"], n_terms))
    return matrix, terms


@dataclass
class Lexicon:
    """BM25 impacts for both audiences over one numbering of the terms.

    `impacts["all"]` is (every passage x terms), computed over every passage;
    `impacts["public"]` is (public passages x terms), computed over the public ones alone
    (row i is passage `public[i]`). Term ids: the public vocabulary first, then the words
    only restricted passages hold."""

    terms: list[str]
    impacts: dict[str, sparse.csc_matrix]
    public: np.ndarray  # positions of the public passages

    @property
    def nnz(self) -> int:
        return int(self.impacts["all"].nnz)


def lexicon(stems: list[list[str]], public: np.ndarray) -> Lexicon:
    """Both audiences' BM25 impacts of `stems` (`public`: a boolean per passage)."""
    everyone, all_terms = bm25_impacts(stems)
    positions = np.flatnonzero(public).astype(np.int64)
    if public.all():
        public_impacts, public_terms = everyone, all_terms
    elif not public.any():
        public_impacts, public_terms = sparse.csc_matrix((0, 0), dtype=np.float32), []
    else:
        public_impacts, public_terms = bm25_impacts([stems[i] for i in positions])
    number = {t: i for i, t in enumerate(public_terms) if t}
    for term in all_terms:
        if term and term not in number:
            number[term] = len(number)
    terms = [""] * len(number)
    for term, i in number.items():
        terms[i] = term

    def renumbered(matrix: sparse.csc_matrix, names: list[str]) -> sparse.csc_matrix:
        new = np.array([number.get(t, -1) for t in names], dtype=np.int64)
        coo = matrix.tocoo()
        keep = new[coo.col] >= 0
        return sparse.csc_matrix((coo.data[keep], (coo.row[keep], new[coo.col[keep]])),
                                 shape=(matrix.shape[0], len(terms)), dtype=np.float32)

    return Lexicon(terms, {"all": renumbered(everyone, all_terms),
                           "public": renumbered(public_impacts, public_terms)}, positions)


def write_tables(conn, db: Database, chunks: Sequence[Chunk], stems: list[list[str]],
                 vectors: np.ndarray, embedder_id: str, fp: str, extra: dict | None = None,
                 maintenance_mem: str = "256MB", log=None,
                 lexical: Lexicon | None = None,
                 vector_index: VectorIndex = DEFAULT_VECTOR_INDEX,
                 states: Sequence[tuple[np.ndarray, np.ndarray] | None] | None = None) -> dict:
    """Replace the index tables in the open transaction `conn`; returns the manifest with
    stage timings. Readers keep seeing the previous index until the transaction commits.
    `states`: each passage's token states (`states.encode`'s form), or None."""
    timings: dict[str, float] = {}
    mark = time.perf_counter()
    dim = int(vectors.shape[1])
    public = np.array([c.access == "public" for c in chunks], dtype=bool)
    centre = centre_of(vectors[public]) if public.any() else centre_of(vectors)
    lexical = lexical or lexicon(stems, public)
    timings["bm25_seconds"] = time.perf_counter() - mark
    reader = db.reader_role
    conn.execute(f"SET LOCAL maintenance_work_mem = {_literal(maintenance_mem)}")
    conn.execute("SET LOCAL max_parallel_maintenance_workers = 1")
    for statement in _schema(dim, reader):
        conn.execute(statement)
    mark = time.perf_counter()
    # FREEZE: the tables were made in this transaction, so their rows can be written already
    # frozen (most heap pages marked all-visible too): the first questions do not stamp hint
    # bits on every row they touch, and no vacuum has to freeze a million rows (`settle`).
    with conn.cursor().copy("COPY passages (pos, id, kind, parent_id, access, facets, chunk, "
                            "embedding, states) FROM STDIN (FORMAT BINARY, FREEZE)") as copy:
        copy.write(_HEADER)
        for start in range(0, len(chunks), 20_000):
            block = recentre(vectors[start:start + 20_000], centre).astype(">f2")
            copy.write(b"".join(_passage_row(start + i, chunks[start + i], vector, dim,
                                             states[start + i] if states else None)
                                for i, vector in enumerate(block)))
            if log:
                log(f"copied {min(start + 20_000, len(chunks))} passages")
        copy.write(b"\xff\xff")
    timings["copy_passages_seconds"] = time.perf_counter() - mark
    mark = time.perf_counter()
    with conn.cursor().copy("COPY passage_terms (audience, pos, facets, term_ids, impacts) "
                            "FROM STDIN (FORMAT BINARY, FREEZE)") as copy:
        copy.write(_HEADER)
        for audience, rows in (("all", np.arange(len(chunks))), ("public", lexical.public)):
            forward = lexical.impacts[audience].tocsr()
            forward.sort_indices()  # term ids in increasing order: `_score_sql` bisects them
            for start in range(0, len(rows), 20_000):
                copy.write(b"".join(_postings_row(audience, int(pos), chunks[pos], forward, i)
                                    for i, pos in enumerate(rows[start:start + 20_000],
                                                            start=start)))
        copy.write(b"\xff\xff")
    timings["copy_passage_terms_seconds"] = time.perf_counter() - mark
    mark = time.perf_counter()
    with conn.cursor().copy("COPY terms (term, audience, id, df, complete, top_pos, "
                            "top_impact) FROM STDIN (FORMAT BINARY, FREEZE)") as copy:
        copy.write(_HEADER)
        copy.write(b"".join(_term_rows(lexical)))
        copy.write(b"\xff\xff")
    timings["copy_terms_seconds"] = time.perf_counter() - mark
    mark = time.perf_counter()
    conn.execute(vector_index.create(len(chunks)))
    timings["vector_index_seconds"] = time.perf_counter() - mark
    mark = time.perf_counter()
    conn.execute("CREATE INDEX passages_facets ON passages USING gin (facets)")
    # Agents' filtered searches ask whether a restricted passage passes the filter.
    conn.execute("CREATE INDEX passages_restricted_facets ON passages USING gin (facets) "
                 "WHERE access <> 'public'")
    for audience in ("all", "public"):
        conn.execute(f"CREATE INDEX passage_terms_{audience} ON passage_terms USING gin "
                     f"(term_ids) WHERE audience = '{audience}'")
    # A filtered lexical search that must look past the terms' lists: the passages holding a
    # query term AND passing the filter, from both GIN indexes (a BitmapAnd).
    conn.execute("CREATE INDEX passage_terms_facets ON passage_terms USING gin (facets)")
    timings["gin_seconds"] = time.perf_counter() - mark
    manifest = {"format": FORMAT, "embedder": embedder_id, "dim": dim, "fingerprint": fp,
                **({"states_form": STATE_FORM} if states else {}),
                "vector_index": vector_index.settings(len(chunks)),
                "chunks": len(chunks), "public": int(public.sum()),
                "terms": len(lexical.terms), "postings": lexical.nnz, "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                "versions": _versions(), "where": db.where, **timings, **(extra or {})}
    conn.execute("INSERT INTO index_meta VALUES (1, %s, %s)",
                 (json.dumps(manifest), [float(x) for x in centre]))
    for table in TABLES:
        conn.execute(f"ANALYZE {table}")
    return manifest


TABLES = ("passages", "passage_terms", "terms")


def settle(db: Database) -> float:
    """`VACUUM (ANALYZE)` the index tables once their load has committed (VACUUM cannot run
    in a transaction: the owner's connection is in autocommit); returns its seconds.

    The tables are written once and replaced whole (`write_tables`), so their rows are
    written frozen (COPY FREEZE) and autovacuum is off for them: on a freshly loaded million
    passages its insert-triggered pass went through every page of the 26 GB table, token
    states included, for minutes beside the first questions (the lead's 04:21 run: `ask()`
    p50 105-113 ms and 81-91 ms of server CPU a question against pg7's 81.6 ms and 52-56 on
    a vacuumed database, docs/PERFORMANCE.md). This pass, unthrottled and before anyone
    asks, marks the main tables' pages all-visible where COPY left some unmarked (index-only
    scans read the visibility map) and refreshes the planner's statistics. The token states'
    out-of-line pages are left out: they are already frozen, no query reads their visibility
    map, and marking them would rewrite ~22 GB at a million passages."""
    mark = time.perf_counter()
    with db.use("owner") as conn:
        conn.execute(f"VACUUM (ANALYZE, PROCESS_TOAST FALSE) {', '.join(TABLES)}")
    return time.perf_counter() - mark


def _literal(text: str) -> str:
    if not text.replace("MB", "").replace("GB", "").isdigit():
        raise ValueError(f"not a memory size: {text!r}")
    return f"'{text}'"


# The index tables are written once, frozen, and replaced whole, never updated: autovacuum
# would find nothing to reclaim or freeze in them (`settle`).
_WRITE_ONCE = "WITH (autovacuum_enabled = false, toast.autovacuum_enabled = false)"


def _schema(dim: int, reader: str) -> list[str]:
    quoted = '"' + reader.replace('"', '""') + '"'
    return [
        "DROP TABLE IF EXISTS passages, passage_terms, terms, index_meta",
        "CREATE TABLE passages(pos integer PRIMARY KEY, id text NOT NULL, kind text NOT NULL, "
        "parent_id text NOT NULL, access text NOT NULL, facets text[] NOT NULL, "
        f"chunk text NOT NULL, embedding halfvec({dim}) NOT NULL, states bytea) {_WRITE_ONCE}",
        # Token states are read for ten passages at a time: kept out of line, uncompressed
        # (4-bit values do not compress), so scans of the passages never read them, nor
        # ANALYZE (no statistics: no query filters on them).
        "ALTER TABLE passages ALTER COLUMN states SET STORAGE EXTERNAL, "
        "ALTER COLUMN states SET STATISTICS 0",
        # A passage's terms and their BM25 impacts, per audience (narrow rows: scoring
        # candidates reads these, not the passages' text and vectors).
        "CREATE TABLE passage_terms(audience text NOT NULL, pos integer NOT NULL, "
        "facets text[] NOT NULL, term_ids integer[] NOT NULL, impacts real[] NOT NULL, "
        f"PRIMARY KEY(audience, pos)) {_WRITE_ONCE}",
        "CREATE TABLE terms(term text NOT NULL, audience text NOT NULL, id integer NOT NULL, "
        "df integer NOT NULL, complete boolean NOT NULL, top_pos bytea NOT NULL, "
        f"top_impact bytea NOT NULL, PRIMARY KEY(term, audience)) {_WRITE_ONCE}",
        # Uncompressed, so that reading a list's head fetches the head only.
        "ALTER TABLE terms ALTER COLUMN top_pos SET STORAGE EXTERNAL, "
        "ALTER COLUMN top_impact SET STORAGE EXTERNAL",
        "CREATE TABLE index_meta(id integer PRIMARY KEY, manifest jsonb NOT NULL, "
        "centre real[] NOT NULL)",
        # Row-level security: the reader sees public passages and the public statistics
        # only. The owner (agents, writes) owns the tables and so is not subject to them.
        "ALTER TABLE passages ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE passage_terms ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE terms ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY public_passages ON passages FOR SELECT TO {quoted} "
        "USING (access = 'public')",
        f"CREATE POLICY public_postings ON passage_terms FOR SELECT TO {quoted} "
        "USING (audience = 'public')",
        f"CREATE POLICY public_terms ON terms FOR SELECT TO {quoted} "
        "USING (audience = 'public')",
        f"GRANT SELECT ON passages, passage_terms, terms TO {quoted}",
    ]


# -- PostgreSQL's binary COPY format, written directly (text would cost minutes of float
# formatting at a million vectors) -------------------------------------------------------------

_HEADER = b"PGCOPY\n\xff\r\n\x00" + struct.pack(">ii", 0, 0)
_OID = {"int4": 23, "text": 25, "float4": 700}


def _field(data: bytes) -> bytes:
    return struct.pack(">i", len(data)) + data


def _array(kind: str, values: Sequence, packed: bytes | None = None) -> bytes:
    """A one-dimensional array without NULLs; `packed`: its elements already encoded."""
    if packed is None:
        packed = b"".join(_field(v.encode("utf-8")) for v in values)
    header = struct.pack(">iiiii", 1, 0, _OID[kind], len(values), 1) if len(values) else \
        struct.pack(">iii", 0, 0, _OID[kind])
    return _field(header + packed)


def _numbers(kind: str, values: np.ndarray) -> bytes:
    """int4 or float4 array: each element is length 4 then 4 big-endian bytes."""
    dtype = ">i4" if kind == "int4" else ">f4"
    cells = np.empty(len(values), dtype=[("n", ">i4"), ("v", dtype)])
    cells["n"], cells["v"] = 4, values
    return _array(kind, values, cells.tobytes())


def _text(value: str) -> bytes:
    return _field(value.replace("\x00", "\ufffd").encode("utf-8"))


def _facets(chunk: Chunk) -> list[str]:
    return [facet_key(name, v) for name, values in chunk.facets.items() for v in values]


def _passage_row(pos: int, chunk: Chunk, vector: np.ndarray, dim: int,
                 states: tuple[np.ndarray, np.ndarray] | None = None) -> bytes:
    facets = _facets(chunk)
    halfvec = struct.pack(">hh", dim, 0) + vector.tobytes()
    return b"".join((
        struct.pack(">h", 9), _field(struct.pack(">i", pos)), _text(chunk.id),
        _text(chunk.kind), _text(chunk.parent_id), _text(chunk.access),
        _array("text", facets), _text(chunk.model_dump_json()), _field(halfvec),
        struct.pack(">i", -1) if states is None else _field(pack(*states))))


def _postings_row(audience: str, pos: int, chunk: Chunk, forward: sparse.csr_matrix,
                  row: int) -> bytes:
    lo, hi = forward.indptr[row], forward.indptr[row + 1]
    return b"".join((struct.pack(">h", 5), _text(audience), _field(struct.pack(">i", pos)),
                     _array("text", _facets(chunk)), _numbers("int4", forward.indices[lo:hi]),
                     _numbers("float4", forward.data[lo:hi])))


def _term_rows(lexical: Lexicon):
    """Per term and audience: its best `TOP_POSTINGS` passages and its document frequency,
    each audience's from its own BM25 (public: public passages alone)."""
    for audience, matrix in lexical.impacts.items():
        rows = None if audience == "all" else lexical.public
        matrix = matrix.tocsc()
        for number, term in enumerate(lexical.terms):
            lo, hi = matrix.indptr[number], matrix.indptr[number + 1]
            if hi == lo:
                continue
            docs, values = matrix.indices[lo:hi], matrix.data[lo:hi]
            order = np.argsort(-values, kind="stable")[:TOP_POSTINGS]
            best = docs[order] if rows is None else rows[docs[order]]
            yield b"".join((
                struct.pack(">h", 7), _text(term), _text(audience),
                _field(struct.pack(">i", number)), _field(struct.pack(">i", hi - lo)),
                _field(b"\x01" if hi - lo <= TOP_POSTINGS else b"\x00"),
                _field(best.astype("<i4").tobytes()),
                _field(values[order].astype("<f4").tobytes())))
