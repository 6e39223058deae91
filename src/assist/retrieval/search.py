"""Hybrid retrieval: dense (FAISS) and lexical (BM25) candidates, fused, folded by parent.

Filters (audience and facets) become one boolean mask over the passages, applied inside both
searches (a FAISS ID selector, a BM25 weight mask), so a filtered search never returns fewer
results than exist just because unfiltered ones took the top places. The mask and the folding
read the index's numpy columns only; a passage's text is read from disk when a hit is
explained (`ChunkHit.chunk`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import faiss
import numpy as np

from assist.access import may_read
from assist.facets import Filters
from assist.models import Audience, Chunk
from assist.retrieval.fusion import FusionParams, fuse
from assist.retrieval.index import Index, recentre
from assist.retrieval.passages import group_key
from assist.text.analyser import Token, fold, tokens

CANDIDATES = 200


@dataclass
class ChunkHit:
    position: int
    # The index's passages (read on demand) or the hits a database returned, by position.
    passages: Sequence[Chunk] | Mapping[int, Chunk] = field(repr=False)
    cosine: float = 0.0
    bm25: float = 0.0
    fused: float = 0.0

    @property
    def chunk(self) -> Chunk:
        """The passage itself, read from the index on first use (cached there)."""
        return self.passages[self.position]


def load(hits: list[ChunkHit]) -> None:
    """Read the passages of `hits` from the index in one query (they are cached there), so
    that looking at each one after does not cost a query each."""
    if hits and hasattr(hits[0].passages, "many"):
        hits[0].passages.many([h.position for h in hits])


@dataclass
class Group:
    """Hits of one case, or of one document section, best first."""

    key: str
    kind: str
    parent_id: str
    hits: list[ChunkHit] = field(default_factory=list)
    # (hits counted, best cosine, best BM25): ranking and deciding read a result's best
    # scores dozens of times, and a result can gather hundreds of passages at scale; taken
    # again whenever hits were added since.
    _best: tuple[int, float, float] = field(default=(-1, 0.0, 0.0), init=False, repr=False,
                                            compare=False)

    @property
    def section(self) -> str:
        return self.hits[0].chunk.section if self.hits else ""

    @property
    def score(self) -> float:
        return self.hits[0].fused

    @property
    def cosine(self) -> float:
        return self._bests()[1]

    @property
    def bm25(self) -> float:
        return self._bests()[2]

    def _bests(self) -> tuple[int, float, float]:
        if self._best[0] != len(self.hits):
            self._best = (len(self.hits), max(h.cosine for h in self.hits),
                          max(h.bm25 for h in self.hits))
        return self._best


class HybridSearcher:
    """Searches one opened `Index` with query vectors from its embedder."""

    def __init__(self, index: Index, params: FusionParams | None = None) -> None:
        self.index = index
        self.params = params or FusionParams()
        self.passages = index.passages

    def mask(self, audience: Audience, filters: Filters) -> np.ndarray:
        allowed = np.ones(len(self.passages), dtype=bool)
        if not may_read(audience, "restricted"):
            allowed &= ~self.passages.restricted
        # A passage passes a facet when one of its values is wanted; passages with no facets
        # (documents not about one case) cannot match a filter.
        for name, wanted in filters.items():
            postings = self.passages.postings(name)
            match = np.zeros(len(allowed), dtype=bool)
            for value in {fold(w) for w in wanted}:
                if value in postings:
                    match[postings[value]] = True
            allowed &= match
        return allowed

    def dense(self, query_vector: np.ndarray, allowed: np.ndarray) -> dict[int, float]:
        query = recentre(query_vector.reshape(1, -1), self.index.centre)
        return self.nearest(query, allowed)[0]

    def nearest(self, vectors: np.ndarray, allowed: np.ndarray) -> list[dict[int, float]]:
        """The `CANDIDATES` allowed passages nearest to each of `vectors` (already
        re-centred), with their cosines: one search for them all."""
        n_allowed = int(allowed.sum())
        if n_allowed == 0:
            return [{} for _ in range(len(vectors))]
        k = min(CANDIDATES, n_allowed)
        params = None
        if n_allowed < len(allowed):
            bits = np.packbits(allowed, bitorder="little")
            selector = faiss.IDSelectorBitmap(len(allowed), faiss.swig_ptr(bits))
            nprobe = getattr(self.index.vectors, "nprobe", None)
            params = (faiss.SearchParametersIVF(sel=selector, nprobe=nprobe) if nprobe
                      else faiss.SearchParameters(sel=selector))
        scores, ids = self.index.vectors.search(np.ascontiguousarray(vectors, dtype=np.float32),
                                                k, params=params)
        return [{int(i): float(s) for i, s in zip(row_ids, row) if i >= 0}
                for row_ids, row in zip(ids, scores)]

    def lexical(self, query_tokens: list[Token], allowed: np.ndarray) -> dict[int, float]:
        """BM25 scores of the allowed passages. When no restricted passage is allowed (a
        public search), the BM25 of public passages alone scores them: document frequencies
        and lengths computed over restricted text would change public scores and order."""
        if (allowed & self.passages.restricted).any():
            bm25, positions, mask = self.index.lexical, None, allowed
        else:
            bm25, positions = self.index.public_lexical, self.index.public_positions
            mask = allowed if bm25 is self.index.lexical else allowed[positions]
        stems = [t.stem for t in query_tokens]
        vocab = bm25.vocab_dict
        known = [s for s in stems if s in vocab]
        if not known or not mask.any():
            return {}
        scores = bm25.get_scores(known, weight_mask=mask.astype(np.float32))
        top = np.argpartition(-scores, min(CANDIDATES, len(scores) - 1))[:CANDIDATES]
        if positions is None or bm25 is self.index.lexical:
            return {int(i): float(scores[i]) for i in top if scores[i] > 0}
        return {int(positions[i]): float(scores[i]) for i in top if scores[i] > 0}

    def legs(self, query_vector: np.ndarray, query_tokens: list[Token], allowed: np.ndarray
             ) -> tuple[dict[int, float], dict[int, float]]:
        """(dense, lexical) candidates, one after the other: in memory each is a fraction of
        a millisecond (`PgSearcher.legs` runs its two at once)."""
        return self.dense(query_vector, allowed), self.lexical(query_tokens, allowed)

    def embedded_legs(self, embed: Callable[[], np.ndarray], query_tokens: list[Token],
                      allowed: np.ndarray
                      ) -> tuple[np.ndarray, dict[int, float], dict[int, float]]:
        """(the question's vector, dense, lexical candidates): `embed()`, then `legs`
        (`PgSearcher.embedded_legs` starts its lexical leg before the embedding)."""
        vector = embed()
        return (vector, *self.legs(vector, query_tokens, allowed))

    def search(self, query_vector: np.ndarray, query: str, audience: Audience = "public",
               filters: Filters | None = None) -> list[Group]:
        allowed = self.mask(audience, filters or {})
        dense, lexical = self.legs(query_vector, tokens(query), allowed)
        fused = fuse(dense, lexical, self.params)
        return self._fold(dense, lexical, fused)

    def rank(self, dense: dict[int, float], lexical: dict[int, float],
             fused: dict[int, float]) -> list[Group]:
        """Groups for already computed scores (the evaluation re-ranks one search many ways)."""
        return self._fold(dense, lexical, fused)

    def _fold(self, dense: dict[int, float], lexical: dict[int, float],
              fused: dict[int, float]) -> list[Group]:
        floor = min(dense.values()) if dense else 0.0
        passages, codes, table = self.passages, self.passages.group, self.passages.groups
        groups: dict[int, Group] = {}
        for pos, score in sorted(fused.items(), key=lambda kv: -kv[1]):
            code = int(codes[pos])
            group = groups.get(code)
            if group is None:
                group = groups[code] = Group(*table[code])
            group.hits.append(ChunkHit(pos, passages, dense.get(pos, floor),
                                       lexical.get(pos, 0.0), score))
        return sorted(groups.values(), key=lambda g: -g.score)


def fold_groups(dense: dict[int, float], lexical: dict[int, float], fused: dict[int, float],
                chunks: Sequence[Chunk] | Mapping[int, Chunk],
                keys: Mapping[int, tuple[str, str, str]] | None = None) -> list[Group]:
    """Passages folded into their case or document section, best first; `chunks[pos]` is
    the passage at each position (the hits read from a database: see `pg_index`), `keys`
    each one's `group_key` when known without reading the passage."""
    floor = min(dense.values()) if dense else 0.0
    groups: dict[str, Group] = {}
    for pos, score in sorted(fused.items(), key=lambda kv: -kv[1]):
        key, kind, parent = keys[pos] if keys is not None else group_key(chunks[pos])
        group = groups.setdefault(key, Group(key, kind, parent))
        group.hits.append(ChunkHit(pos, chunks, dense.get(pos, floor), lexical.get(pos, 0.0),
                                   score))
    return sorted(groups.values(), key=lambda g: -g.score)
