"""How near everything each result is: its hub prior, subtracted from its cosine.

A result's cosine is the best over its passages. A record with fifteen passages (the shipped
cases: description, data, partners, results...) or a section that names every project (a
document's acknowledgements) is close, a little, to any question of the domain: on the dev
questions the shipped cases with 12 to 17 passages were the first result of 37 to 61
questions each, about as often as they were relevant at all, and an acknowledgements section
was among the first three of 38 questions and relevant to none. Paraphrases and long needs,
which share no rare word with their project, lose their place to them.

The prior measures it without any question: `HUB_SAMPLE` public passages, evenly spaced by
position, are asked as if they were questions; a result's hubness is the mean, over those
pseudo-questions (not its own passages), of its best cosine to them over its public
passages. Exact up to `HUB_EXACT` public passages; beyond, each pseudo-question reads its
nearest passages only (the dense leg's `search.CANDIDATES`), and a result it does not reach
counts that depth's last cosine. The prior is the hubness minus its mean over results; the
ranking subtracts `RankParams.hub` times it from the result's cosine (`ranking.first_pass`).
Measured on dev with each file held out in turn (docs/EVALUATION.md, seventh pass). Public
passages only, whoever asks: restricted text must not change what the public sees, and one
measure keeps both audiences' rankings comparable (as the IDF in `ranking.Ranker`).
Computed once per opened index, when first needed (`Assistant.hubs`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

HUB_SAMPLE = 256  # public passages asked as questions (all of them below this many)
# Up to this many public passages, each pseudo-question is compared with every one of them
# (256 x 20 000 products: ~0.3 s once); beyond, with its `HUB_DEPTH` nearest, searched.
HUB_EXACT = 20_000


@dataclass(frozen=True)
class Hubs:
    """Each result's prior (hubness minus the mean over results), by result key; results
    no pseudo-question reached get `default` (they are near nothing in particular)."""

    prior: dict[str, float] = field(default_factory=dict)
    default: float = 0.0

    def of(self, key: str) -> float:
        return self.prior.get(key, self.default)


NONE = Hubs()


def sample(public: np.ndarray, size: int = HUB_SAMPLE) -> list[int]:
    """`size` positions evenly spaced among the public ones (every one when fewer)."""
    if not len(public):
        return []
    picked = np.unique(np.linspace(0, len(public) - 1, min(size, len(public))).round()
                       .astype(int))
    return [int(p) for p in np.asarray(public)[picked]]


def measure(own: Sequence[str],
            nearest: Sequence[Sequence[tuple[str, float]]]) -> Hubs:
    """The prior from each pseudo-question's result key (`own`) and its nearest public
    passages as (result key, cosine), best first (`nearest`)."""
    if not own:
        return NONE
    floors, seen, owned = [], {}, {}
    for i, (mine, hits) in enumerate(zip(own, nearest)):
        floor = min((c for _, c in hits), default=0.0)
        floors.append(floor)
        best: dict[str, float] = {}
        for key, cosine in hits:
            if key != mine and cosine > best.get(key, -np.inf):
                best[key] = cosine
        for key, cosine in best.items():
            seen[key] = seen.get(key, 0.0) + cosine - floor
        owned.setdefault(mine, []).append(i)
    floors_total, n = float(np.sum(floors)), len(own)
    hub = {}
    for key in set(seen) | set(owned):
        mine = owned.get(key, [])
        count = n - len(mine)
        if count > 0:
            hub[key] = (floors_total - sum(floors[i] for i in mine) + seen.get(key, 0.0)) / count
    if not hub:
        return NONE
    mean = float(np.mean(list(hub.values())))
    return Hubs({k: v - mean for k, v in hub.items()}, float(np.mean(floors)) - mean)


def exact(picked: list[int], vectors: np.ndarray, keys: Sequence[str]) -> Hubs:
    """The prior from every public passage (`vectors`, re-centred, one row each, `keys` its
    result): each pseudo-question (`picked`: rows of `vectors`) against all of them, a
    result's best cosine over its passages (no depth: what `measure` approximates beyond
    `HUB_EXACT` passages)."""
    if not picked:
        return NONE
    names, codes = np.unique(np.asarray(keys, dtype=object), return_inverse=True)
    order = np.argsort(codes, kind="stable")
    starts = np.flatnonzero(np.r_[True, np.diff(codes[order]) != 0])
    best = np.empty((len(picked), len(names)), dtype=np.float64)
    for lo in range(0, len(picked), 64):  # 64 pseudo-questions at a time: bounded memory
        rows = np.asarray(vectors[picked[lo:lo + 64]], dtype=np.float32)
        sims = rows @ np.asarray(vectors, dtype=np.float32).T
        best[lo:lo + 64] = np.maximum.reduceat(sims[:, order], starts, axis=1)
    best[np.arange(len(picked)), codes[picked]] = np.nan  # not against its own result
    counted = ~np.isnan(best)
    rows = counted.sum(axis=0)
    # a result that every pseudo-question belongs to (one result in the sample) has no row:
    # it gets the mean, as a result no pseudo-question reaches
    hub = np.where(counted, best, 0.0).sum(axis=0) / np.maximum(rows, 1)
    if not rows.any():
        return NONE
    mean = float(hub[rows > 0].mean())
    return Hubs({str(k): float(v - mean) if n else 0.0 for k, v, n in zip(names, hub, rows)},
                0.0)


def of_file_index(index, nearest: Callable[[np.ndarray, np.ndarray], list[dict[int, float]]]
                  ) -> Hubs:
    """The prior of a file index from its stored (re-centred) vectors: exact up to
    `HUB_EXACT` public passages, else their nearest through `nearest`
    (`HybridSearcher.nearest`)."""
    passages = index.passages
    restricted = np.asarray(passages.restricted, dtype=bool)
    public = np.flatnonzero(~restricted)
    keys = [g[0] for g in passages.groups]
    codes = np.asarray(passages.group)
    if len(public) <= HUB_EXACT:
        vectors = stored_vectors(index.vectors, [int(p) for p in public])
        return exact(sample(np.arange(len(public))), vectors, [keys[codes[p]] for p in public])
    picked = sample(public)
    found = nearest(stored_vectors(index.vectors, picked), ~restricted)
    return measure([keys[codes[p]] for p in picked],
                   [[(keys[codes[p]], s) for p, s in sorted(hits.items(), key=lambda kv: -kv[1])]
                    for hits in found])


def stored_vectors(vectors, positions: list[int]) -> np.ndarray:
    """The re-centred vectors FAISS holds at `positions` (an IVF index is given its
    direct map first: it has none after a build)."""
    import faiss

    if not positions:
        return np.zeros((0, vectors.d), dtype=np.float32)
    try:
        ivf = faiss.extract_index_ivf(vectors)
    except RuntimeError:  # a flat index
        ivf = None
    if ivf is None and positions == list(range(positions[0], positions[-1] + 1)):
        return vectors.reconstruct_n(positions[0], len(positions)).astype(np.float32)
    if ivf is not None and ivf.direct_map.type == faiss.DirectMap.NoMap:
        ivf.make_direct_map()
    return np.stack([vectors.reconstruct(int(p)) for p in positions]).astype(np.float32)


def of_pg_index(index, searcher) -> Hubs:
    """The prior of a PostgreSQL index (`pg_index`): the same passages and rule as
    `of_file_index`, its stored (half-precision) vectors read as the public login's
    rows, the nearest through `PgSearcher.nearest` beyond `HUB_EXACT`."""
    from assist.retrieval.passages import group_key
    from assist.retrieval.pg_index import Scope

    public = [int(p) for p in index.public_positions()]
    if not public:
        return NONE

    def keys_of(positions):
        chunks = index.chunks_at(positions, "reader")
        keys = getattr(chunks, "group_keys", None)
        return ({p: keys[p][0] for p in positions} if keys is not None else
                {p: group_key(chunks[p])[0] for p in positions})

    if len(public) <= HUB_EXACT:
        key = keys_of(public)
        return exact(sample(np.arange(len(public))), index.vectors_at(public),
                     [key[p] for p in public])
    picked = sample(np.asarray(public))
    found = searcher.nearest(index.vectors_at(picked), Scope("public", ()))
    key = keys_of(sorted(set(picked).union(*found)))
    return measure([key[p] for p in picked],
                   [[(key[p], s) for p, s in sorted(hits.items(), key=lambda kv: -kv[1])]
                    for hits in found])
