"""Rank results (cases and document sections) from several signals, each kept for the "why".

For every candidate result (its passages folded together, `search.Group`):

- semantic: the best re-centred cosine of its passages, on the 0..1 scale of `fusion`;
- coverage: the share of the question's content words it holds, each word weighted by its
  rarity (IDF), over all its passages (title, authority, partners, description...). A single
  rare word that the result holds (a name: "Leakmited") covers the whole question, where
  BM25 of that one word saturates to a tenth of the scale;
- lexical: BM25 of its best passage, saturated (`fusion.lexical_scale`), which still prefers
  the passage where the words are dense;
- named: the question names this record (its authority, partner, product, place) or one of
  its facets (type of authority, theme, status, year), see `understand`;
- records first: when the question asks for projects or authorities ("quels projets",
  "which cities"), a document section that is not a project's record is demoted, and what
  the question names (an authority) designates its records, not its documents;
- late: for the first `LATE_RESULTS` results only, how much better than passages taken
  anywhere their best passage speaks of each content word of the question, token by token
  (`late.py`: its support minus the question's usual support, never below 0). It re-orders
  those first results among themselves (it only adds): a paraphrase's right project, close
  in meaning but with none of the question's words, rises over one that shares a common
  word. Not for questions that ask for records: there the records-first order stands (on
  dev, the late pass put document sections back among the lists' projects).

The score is a weighted sum; the weights are fitted on the dev split (`RankParams`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from assist.retrieval.fusion import FusionParams, lexical_scale
from assist.retrieval.hubs import NONE as NO_HUBS
from assist.retrieval.hubs import Hubs
from assist.retrieval.search import Group, group_key
from assist.retrieval.understand import Mention
from assist.text.analyser import Token, fold


@dataclass(frozen=True)
class RankParams:
    """Weights of the signals; fitted on the dev split (docs/EVALUATION.md)."""

    semantic: float = 0.45
    coverage: float = 0.30
    lexical: float = 0.25
    name: float = 0.25
    kind: float = 0.05
    document_penalty: float = 0.15  # subtracted from documents when records are asked for
    # The re-centred cosine mapped linearly from [cos_floor, cos_ceiling] to [0, 1].
    cos_floor: float = 0.20
    cos_ceiling: float = 0.60
    # Weight of the late-interaction signal of the first LATE_RESULTS results (0: not used).
    late: float = 0.0
    # Weight of the result's hub prior (`hubs.py`), subtracted from its cosine (0: not used).
    hub: float = 0.0


SIGNALS = ("cosine", "coverage", "lexical", "named", "kinds", "demoted", "late", "hub")
# Results whose best passage the late pass reads (`late.py`), first by the other signals:
# twenty passages' token states read from the index per question (a few ms). Chosen out of
# fold on dev among 10, 15, 20 and 30 (docs/EVALUATION.md, fifth pass).
LATE_RESULTS = 20


def combine(x: np.ndarray, p: RankParams) -> np.ndarray:
    """Scores of results from their signals (rows of `SIGNALS`), with weights `p`: the
    late signal is added to the first `LATE_RESULTS` results by the other signals only (the
    only ones whose late signal the assistant measures)."""
    scores = first_pass(x, p)
    if p.late and len(x):
        first = np.argsort(-scores, kind="stable")[:LATE_RESULTS]
        scores[first] += p.late * x[first, 6]
    return scores


def first_pass(x: np.ndarray, p: RankParams) -> np.ndarray:
    """Scores from every signal but the late one (which picks the results it re-orders)."""
    semantic = np.clip((x[:, 0] - p.hub * x[:, 7] - p.cos_floor) / (p.cos_ceiling - p.cos_floor),
                       0.0, 1.0)
    return (p.semantic * semantic + p.coverage * x[:, 1] + p.lexical * x[:, 2]
            + p.name * x[:, 3] + p.kind * x[:, 4] - p.document_penalty * x[:, 5])


# Words by which a question asks for records (projects, authorities) rather than for text.
# The nouns must follow the asking word: "which principles guide..." asks for text, and
# "le projet de détection du Sicoval" or "combien de projets" for a fact about records.
_RECORDS = (r"projets?|collectivites?|villes?|communes?|metropoles?|regions?|departements?|"
            r"territoires?|agglomerations?|initiatives?|experimentations?|solutions?")
_RECORDS_EN = (r"projects?|cities|towns|authorities|councils|municipalities|metropoles?|"
               r"metropolitan authorities|regions|departments|experiments|initiatives|"
               r"local authorities|places")
_ASKS_FOR_RECORDS = re.compile(
    rf"\b(quel(?:le)?s? (?:\w+ )?(?:{_RECORDS})|"
    r"qui (?:utilise|a |fait|detecte|experimente|deploie|developpe)|"
    r"(?<!combien de )projets (?:de|du|des|d'|avec|a|en|sur|qui|pour)|liste|"
    rf"tout(?:e?s)? les (?:{_RECORDS})|exemples?|"
    rf"which (?:\w+ ){{0,2}}(?:{_RECORDS_EN})|what (?:{_RECORDS_EN})|"
    r"who (?:uses?|is using|are using|does|detects?|deploys?|experiments?|tests?|has|have)|"
    rf"projects? (?:of|by|with|in|on|for)|list|all the|examples?)\b")


def asks_for_records(question: str) -> bool:
    return bool(_ASKS_FOR_RECORDS.search(fold(question)))


@dataclass
class Terms:
    """The question's content stems with their IDF; unknown stems get the highest IDF."""

    stems: list[str]
    idf: dict[str, float]
    known: float  # share of the question's stems that the corpus holds at all
    unknown: frozenset[str] = frozenset()  # stems the corpus does not hold

    @property
    def total(self) -> float:
        return sum(self.idf.values())


@dataclass
class Scored:
    """A result with the signals that ranked it."""

    group: Group
    semantic: float
    coverage: float
    lexical: float
    named: list[Mention] = field(default_factory=list)
    covered: list[str] = field(default_factory=list)  # stems of the question it holds
    score: float = 0.0
    # The late-interaction signal (0 when not measured), and whether it moved this result
    # up (its rank with it better than without: the "why" then says so).
    late: float = 0.0
    lifted: bool = False

    @property
    def key(self) -> str:
        return self.group.key

    @property
    def cosine(self) -> float:
        return self.group.cosine


class Ranker:
    """Which results hold which of the question's words, from the index's own term lists:
    bm25s's (the file index: every passage's result is known, so a result's words are those
    of all its passages) or PostgreSQL's ``terms`` table (`pg_index`: a result's words are
    those of its passages among the candidates, so nothing is read per passage)."""

    def __init__(self, index, hubs: Callable[[], Hubs] | None = None) -> None:
        self.index = index
        # Each result's hub prior (`hubs.py`), measured once per index when first asked for.
        self.hubs = hubs or (lambda: NO_HUBS)
        lexical = getattr(index, "lexical", None)
        self._pg = lexical is None
        if self._pg:
            # The public BM25's own statistics (`pg_index`): public passages only.
            self.n_passages = max(1, int(index.size) - int(index.restricted))
            return
        self._scores = lexical.scores
        self._vocab = lexical.vocab_dict
        # How rare a word is (its IDF, the share behind one-word names) is counted over public
        # passages only, whoever asks: restricted text must not change what the public sees
        # (issue 11), and one measure for both audiences keeps their rankings comparable.
        self._public = ~np.asarray(index.passages.restricted, dtype=bool)
        self.n_passages = max(1, int(self._public.sum()))
        self._codes: dict[str, list[int]] | None = None  # result key -> its codes
        chunks = index.chunks
        if hasattr(chunks, "group") and hasattr(chunks, "groups"):
            # The index's own table of which result each passage folds into (no passage read).
            self.keys = [g[0] for g in chunks.groups]
            self.group_of = np.asarray(chunks.group, dtype=np.int64)
        else:
            keys = [group_key(c)[0] for c in chunks]
            self.keys = sorted(set(keys))
            position = {k: i for i, k in enumerate(self.keys)}
            self.group_of = np.array([position[k] for k in keys], dtype=np.int64)

    # -- words ---------------------------------------------------------------------------

    def postings(self, stem: str) -> np.ndarray:
        """Positions of the passages that hold `stem` (public and restricted alike)."""
        return self.postings_of([stem])[stem]

    def postings_of(self, stems: list[str]) -> dict[str, np.ndarray]:
        empty = np.empty(0, dtype=np.int64)
        ptr, indices = self._scores["indptr"], self._scores["indices"]
        out = {}
        for stem in stems:
            i = self._vocab.get(stem)
            out[stem] = (empty if i is None else
                         np.asarray(indices[ptr[i]:ptr[i + 1]], dtype=np.int64))
        return out

    def public_postings_of(self, stems: list[str]) -> dict[str, np.ndarray]:
        """`postings_of`, public passages only (file index)."""
        postings = self.postings_of(stems)
        return {s: p[self._public[p]] if len(p) else p for s, p in postings.items()}

    def public_df(self, stems: list[str]) -> dict[str, int]:
        """How many public passages hold each stem (counted, not listed: a common stem is in
        hundreds of thousands of passages)."""
        if self._pg:
            return self.index.public_df(stems)
        return {s: int(np.count_nonzero(self._public[p])) if len(p) else 0
                for s, p in self.postings_of(stems).items()}

    def share(self, stem: str) -> float:
        """Share of the public passages that hold `stem` (0 for a stem the corpus lacks)."""
        return self.public_df([stem])[stem] / self.n_passages

    def _holders(self, stems: list[str], groups: list[Group], allowed
                 ) -> dict[str, set[str]]:
        """stem -> keys of the results (among `groups`) that hold it in a passage the
        question may search."""
        if self._pg:  # `allowed` is the search's `pg_index.Scope`
            hits = {g.key: {h.position for h in g.hits} for g in groups}
            held = self.index.holders(stems, set().union(*hits.values()), allowed.who)
            return {s: {k for k, pos in hits.items() if pos & held[s]} for s in stems}
        postings = self.postings_of(stems)
        # Only the candidates' results are asked about: mark the results holding each stem
        # in an array (no Python set of every holder: a common stem is in half of a
        # million passages).
        if self._codes is None:
            codes: dict[str, list[int]] = {}
            for i, k in enumerate(self.keys):
                codes.setdefault(k, []).append(i)
            self._codes = codes
        wanted = {g.key: self._codes.get(g.key, []) for g in groups}
        out = {}
        for stem, positions in postings.items():
            positions = positions[allowed[positions]] if len(positions) else positions
            holding = np.zeros(len(self.keys), dtype=bool)
            holding[self.group_of[positions]] = True
            out[stem] = {k for k, cs in wanted.items() if any(holding[c] for c in cs)}
        return out

    def terms(self, query_tokens: list[Token]) -> Terms:
        stems = list(dict.fromkeys(t.stem for t in query_tokens))
        n = self.n_passages
        unknown = math.log(1 + (n + 0.5) / 0.5)
        idf, missing = {}, set()
        frequencies = self.public_df(stems) if stems else {}
        for stem in stems:
            df = frequencies[stem]
            if not df:
                missing.add(stem)
            idf[stem] = math.log(1 + (n - df + 0.5) / (df + 0.5)) if df else unknown
        known = (len(stems) - len(missing)) / len(stems) if stems else 0.0
        return Terms(stems, idf, known, frozenset(missing))

    # -- ranking -------------------------------------------------------------------------

    def signals(self, groups: list[Group], terms: Terms, allowed: np.ndarray,
                mentions: list[Mention], records_first: bool, fusion: FusionParams
                ) -> tuple[np.ndarray, list[Scored]]:
        """Each group's signals (rows of `SIGNALS`), and the groups as `Scored` (unscored)."""
        holds = self._holders(terms.stems, groups, allowed)
        names = [m for m in mentions if m.is_name]
        kinds = [m for m in mentions if not m.is_name]
        total = terms.total or 1.0
        hubs = self.hubs()
        rows, out = [], []
        for group in groups:
            covered = [s for s in terms.stems if group.key in holds[s]]
            coverage = sum(terms.idf[s] for s in covered) / total
            lexical = lexical_scale(group.bm25, fusion)
            # When records are asked for ("quelles expérimentations mène la Métropole du
            # Grand Paris ?"), the authority's own documents are not what it names: its
            # strategy's nine sections must not push its projects out of the top 5.
            named = ([] if records_first and group.kind == "document" else
                     [m for m in mentions if m.designates(group.kind, group.parent_id)])
            rows.append([group.cosine, coverage, lexical,
                         float(bool(names) and any(m.is_name for m in named)),
                         sum(not m.is_name for m in named) / len(kinds) if kinds else 0.0,
                         float(records_first and group.kind == "document"), 0.0,
                         hubs.of(group.key)])
            out.append(Scored(group, 0.0, coverage, lexical, named, covered))
        return np.array(rows, dtype=float).reshape(-1, len(SIGNALS)), out

    def rank(self, groups: list[Group], terms: Terms, allowed: np.ndarray,
             mentions: list[Mention], records_first: bool, fusion: FusionParams,
             params: RankParams,
             late: Callable[[list[Group]], list[float]] | None = None,
             signals: tuple[np.ndarray, list[Scored]] | None = None) -> list[Scored]:
        """`late`: the late-interaction signal of some groups (`Assistant.late_signal`),
        asked for the first `LATE_RESULTS` only, when its weight is not 0 and the question
        does not ask for records. `signals`: what `signals` gave for these groups, when the
        caller ranks them more than once (`Assistant.judge`: without the late signal, then
        with it); copied here, so each ranking has its own."""
        if signals is None:
            x, out = self.signals(groups, terms, allowed, mentions, records_first, fusion)
        else:
            x, out = signals[0].copy(), [replace(s) for s in signals[1]]
        before = first_pass(x, params)
        if late is not None and params.late and not records_first and len(x):
            first = np.argsort(-before, kind="stable")[:LATE_RESULTS]
            x[first, 6] = late([groups[i] for i in first])
        scores = combine(x, params)
        # Whether the late signal moved a result up: its rank with it, against without.
        was = np.empty(len(x), dtype=np.int64)
        was[np.argsort(-before, kind="stable")] = np.arange(len(x))
        now = np.empty(len(x), dtype=np.int64)
        now[np.argsort(-scores, kind="stable")] = np.arange(len(x))
        for i, s in enumerate(out):
            s.late = float(x[i, 6])
            s.lifted = bool(params.late and x[i, 6] > 0 and now[i] < was[i])
        for s, score in zip(out, scores.tolist()):
            s.score = score
            s.semantic = min(1.0, max(0.0, (s.group.cosine - params.cos_floor)
                                      / (params.cos_ceiling - params.cos_floor)))
        order = np.argsort(-scores, kind="stable")
        return [out[i] for i in order]
