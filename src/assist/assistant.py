"""The front object: the CLI and the app only read input, call `Assistant`, and render."""

from __future__ import annotations

import logging
import re
import threading
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from cachetools import LRUCache

from assist.access import case_view, checked, field_values, may_read
from assist.answers.compare import Comparison, compare
from assist.answers.compose import abstention, clean_question, refusal_message, summarise
from assist.answers.decide import CLOSEST, Decision, about_contrast, decide, picked
from assist.answers.decision_model import MODEL
from assist.answers.explain import (
    QUOTE_CANDIDATES,
    chunk_citation,
    explain,
    quotable,
    source_citations,
)
from assist.answers.fit import NeedsProfile, read_profile
from assist.answers.fit import fit as fit_profile
from assist.catalogue.corpus import Corpus, load_corpus, slug
from assist.catalogue.documents import (
    Added,
    AddedDocument,
    AddedDocuments,
    DocumentShelf,
    with_pages,
)
from assist.catalogue.geo import region_names
from assist.catalogue.merge import Merged, merge
from assist.catalogue.pg_store import PgStore
from assist.catalogue.searches import SearchReport
from assist.catalogue.searches import report as search_report
from assist.catalogue.store import Store
from assist.catalogue.stores import open_store
from assist.config import SHIPPED_VECTORS, Settings
from assist.errors import DocumentRefused
from assist.facets import FACETS, Filters, case_matches, normalise_filters
from assist.models import (
    Answer,
    Audience,
    Case,
    Citation,
    Document,
    Result,
    SimilarCase,
    Understood,
)
from assist.retrieval.chunking import all_chunks, sources_fingerprint
from assist.retrieval.embed import Embedder, make_embedder
from assist.retrieval.fusion import FusionParams, fuse, lexical_scale
from assist.retrieval.hubs import NONE as NO_HUBS
from assist.retrieval.hubs import Hubs
from assist.retrieval.hubs import of_file_index as hubs_of_file_index
from assist.retrieval.hubs import of_pg_index as hubs_of_pg_index
from assist.retrieval.index import Index, index_text, open_index, recentre
from assist.retrieval.late import BACKGROUND, LIFT_RESULTS, LateInteraction, Support
from assist.retrieval.pg_index import PgIndex, PgSearcher, open_pg_index
from assist.retrieval.ranking import (
    LATE_RESULTS,
    Ranker,
    RankParams,
    Scored,
    Terms,
    asks_for_records,
)
from assist.retrieval.search import Group, HybridSearcher, load
from assist.retrieval.states import read_states
from assist.retrieval.understand import Mention, build_lexicon
from assist.retrieval.understand import understand as understand_question
from assist.text.analyser import tokens
from assist.text.i18n import t
from assist.text.vocab import label

_log = logging.getLogger(__name__)
ANSWER_CACHE_SIZE = 256
STATES_KEPT = 32  # decoded token states kept by position: one question's first results
SIMILAR_FACETS = tuple(f for f in FACETS if f.similar)
# Cosine of two cases' mean vectors from which their descriptions are called close: closer
# than three pairs in four of the library's export (quartiles 0.38 median, 0.45 upper).
SIMILAR_CLOSE = 0.45
# Cosine of a question's (re-centred) vector to the closest project's description from which
# a question without results is filed under a theme (below: "no theme"; `question_theme`).
# Looked at on a dozen questions: on-topic ones 0.41-0.62, nonsense and off-topic 0.32-0.38.
THEME_CLOSE = 0.40
# The decision's "about" signal (`decide.about_contrast`) embeds each project's title and first
# sentence once, on the first question: about 15 ms a project on one core. Above this many
# projects that first question would wait too long: the signal then takes its usual value on
# dev (the other signals decide) and the log says so; embedding them with the index is the
# way to lift this.
ABOUT_CASES = 1000


@dataclass
class Retrieval:
    """One question judged: what it names, its words, the ranked results, the decision."""

    mentions: list[Mention]
    terms: Terms
    ranked: list[Scored]
    decision: Decision


class Assistant:
    """Search the shipped corpus and the imported catalogues; explain every match.

    >>> assistant = Assistant.open()                         # reads ASSIST_HOME
    >>> answer = assistant.ask("Qui détecte les fuites d'eau avec l'IA ?")
    >>> answer.results[0].title, answer.results[0].citations[0].quote
    """

    def __init__(self, settings: Settings, corpus: Corpus, store: Store, embedder: Embedder,
                 index: Index, merged: Merged,
                 added: Mapping[str, Document] | Sequence[Document] = ()) -> None:
        self.settings = settings
        self.corpus = corpus
        self.store = store
        self.embedder = embedder
        self.index = index
        params = FusionParams()
        # An explicit override is the decision's threshold (a confidence, 0 to 1), for
        # questions and needs alike.
        self.model = (MODEL if settings.min_score is None
                      else {**MODEL, "threshold": float(settings.min_score),
                            "need": {**(MODEL.get("need") or {}),
                                     "threshold": float(settings.min_score)}})
        self.params = params
        self.searcher = (PgSearcher(index, params) if isinstance(index, PgIndex)
                         else HybridSearcher(index, params))
        # One record per project: records of one project from several sources are merged
        # (see `assist.catalogue.merge`); any source record's id resolves to its merged id.
        self.merged = merged
        self._cases = {c.id: c for c in merged.cases}
        self._hubs: Hubs | None = None
        self._hubs_lock = threading.Lock()
        self.ranker = Ranker(index, hubs=self.hubs)
        self.rank_params = RankParams(**MODEL.get("rank", {}))
        self.lexicon = build_lexicon(merged.cases, self.ranker.share, corpus.documents)
        # Documents agents added (public or restricted as a whole), by id: read from their
        # shelf when a result or a page needs one (`AddedDocuments`), not all at open.
        self._added = added if isinstance(added, Mapping) else {d.id: d for d in added}
        # The last answers, by question and options (cachetools' caches are not thread-safe:
        # each is read and written under its lock).
        self._answers: LRUCache[tuple, Answer] = LRUCache(ANSWER_CACHE_SIZE)
        self._answers_lock = threading.Lock()
        # The vectors of the last questions asked, by their cleaned text: a question filed
        # under a theme (`question_theme`) is not embedded a second time.
        self._vectors: LRUCache[str, np.ndarray] = LRUCache(ANSWER_CACHE_SIZE)
        self._centroids: dict[str, np.ndarray] | None = None
        # Each project's "about" vector (title and first sentence, embedded as a question is),
        # one row each, on the first question (`about`).
        self._about: np.ndarray | None = None
        self._about_lock = threading.Lock()
        self.late = LateInteraction(settings.graph_caches(), embedder)
        self._background: list[tuple[str, np.ndarray | None]] | None = None
        # Decoded token states of the last passages read (`_stored_states`): the decision
        # and the ranking's late signal read the same first results of a question, and the
        # same arrays let `late.matches` compute each passage's matches once.
        self._states: LRUCache[int, np.ndarray] = LRUCache(STATES_KEPT)
        self._states_lock = threading.Lock()
        # The first results' token states read at once for the decision and the late
        # re-ranking (`judge`), not in two reads (a round trip on PostgreSQL).
        self.states_at_once = True

    @classmethod
    def open(cls, settings: Settings | None = None,
             progress: Callable[[str, int, int], None] | None = None,
             embedder: Embedder | None = None) -> Assistant:
        """Load the corpus and catalogues under ``ASSIST_HOME``; build the index if stale."""
        settings = settings or Settings.from_env()
        settings.home.mkdir(parents=True, exist_ok=True)
        corpus = load_corpus(settings.corpus)
        store = open_store(settings)
        embedder = embedder or make_embedder(settings.embedder, settings.graph_caches())
        records = unique_ids([*corpus.cases, *store.cases()])
        merged = merge(records, corpus.documents, store.catalogues(), store.decisions(),
                       embed=embedder.passages)
        shelf = DocumentShelf(settings.home)
        added = AddedDocuments(shelf)

        def chunks() -> list:
            return all_chunks([*corpus.documents, *added.values()], merged.cases,
                              merged.members)

        if isinstance(store, PgStore):
            # The embedding cache stays a file under ASSIST_HOME: it is a cache.
            index = open_pg_index(store.db, chunks(), embedder, settings.home / "cache",
                                  progress, seeds=(SHIPPED_VECTORS,))
        else:
            # Passages are cut only when the index must be built: a current index is known
            # by the digest of their sources, so opening one makes no passage object.
            index = open_index(settings.home / "index" / slug(embedder.id), chunks, embedder,
                               settings.home / "cache", progress, seeds=(SHIPPED_VECTORS,),
                               sources=sources_fingerprint(
                                   corpus.documents, merged.cases, merged.members,
                                   stored=(text for _, text in shelf.stored())))
        return cls(settings, corpus, store, embedder, index, merged, added)

    def reopen(self, progress: Callable[[str, int, int], None] | None = None) -> Assistant:
        """A fresh assistant over the same settings (after an import)."""
        return Assistant.open(self.settings, progress, self.embedder)

    # -- questions -------------------------------------------------------------------------

    def ask(self, question: str, top_k: int = 5, filters: dict | None = None,
            audience: Audience = "public", understand: bool = True,
            ignore: list[str] | tuple[str, ...] = ()) -> Answer:
        """Answer `question` with up to `top_k` cited results, or abstain.

        `filters` narrows the search by facet, e.g. ``{"theme": "Mobilités", "year": 2024}``;
        `audience` is ``"public"`` (default: restricted fields nowhere) or ``"agent"``.
        What the question names that the catalogue knows (an authority, a partner, a
        theme...) boosts the records that carry it and is listed in `Answer.understood`;
        ``understand=False`` searches without any of it, `ignore` without the listed keys
        (``"coll_nom=Sicoval"``).
        """
        if question is not None and not isinstance(question, str):
            raise ValueError(f"question must be text, not {type(question).__name__}")
        audience = checked(audience)
        wanted = normalise_filters(filters)
        top_k = bounded(top_k)
        if isinstance(ignore, str):  # one key, not its letters
            ignore = [ignore]
        ignored = tuple(sorted({str(key) for key in ignore or ()}))
        key = (question, top_k, tuple(sorted((k, tuple(v)) for k, v in wanted.items())),
               audience, bool(understand), ignored)
        # App sessions share one assistant and ask from their own threads.
        with self._answers_lock:
            if key in self._answers:
                return self._answers[key]
        answer = self._ask(question, top_k, wanted, audience,
                           bool(understand), ignored)
        with self._answers_lock:
            self._answers[key] = answer
        return answer

    def _ask(self, question: str, top_k: int, filters: Filters, audience: Audience,
             understand: bool, ignore: tuple[str, ...]) -> Answer:
        text, notices, language = clean_question(question)
        if not any(ch.isalnum() for ch in text):
            return abstention(text, language, notices, empty=not text, audience=audience)
        # The question's vector and both legs' candidates (`candidates`); the PostgreSQL
        # searcher starts its lexical leg while the question is embedded.
        allowed = self.searcher.mask(audience, filters or {})
        vector, dense, lexical = self.searcher.embedded_legs(
            lambda: self.embedder.queries([text])[0], tokens(text), allowed)
        with self._answers_lock:  # `question_theme` files this question by it afterwards
            self._vectors[text] = vector
        found = self.judge(text, language, allowed, dense, lexical, understand, ignore,
                           vector=vector)
        understood = [self._understood(m, language) for m in found.mentions]
        confidence = round(found.decision.probability, 4)
        query_tokens = tokens(text)
        if not found.decision.answer:
            answer = abstention(text, language, notices, audience=audience)
            if found.decision.reason:  # code, markup, instructions: say so, not "nothing fits"
                answer = answer.model_copy(update={
                    "message": refusal_message(found.decision.reason, language)})
            closest = []
            if found.decision.state == "closest":
                # Nothing clearly matches: the nearest results, offered apart as such.
                shown = found.ranked[:min(top_k, CLOSEST)]
                read_quotable(shown)
                closest = [self.result(rank, s, query_tokens, filters, audience, language)
                           for rank, s in enumerate(shown, start=1)]
                answer = answer.model_copy(update={"message": t("answer.closest", language)})
            return answer.model_copy(update={"understood": understood, "confidence": confidence,
                                             "closest": closest})
        if found.decision.by_name:
            # Answered by what the question names (`decide.designated`), not by the model:
            # the projects it designates, and the answer says so.
            values = {m.key: label(m.facet, m.value, language) for m in found.mentions}
            notices = [*notices, t("answer.named", language, names=", ".join(
                values.get(k, k) for k in found.decision.named))]
        shown = picked(found.ranked, found.decision, top_k, records=asks_for_records(text))
        read_quotable(shown)
        results = [self.result(rank, s, query_tokens, filters, audience, language)
                   for rank, s in enumerate(shown, start=1)]
        return Answer(question=text, language=language, audience=audience, results=results,
                      summary=summarise(results, language), notices=notices,
                      understood=understood, confidence=confidence)

    def retrieve(self, text: str, audience: Audience = "public",
                 filters: Filters | None = None) -> list[Group]:
        """Every case or document section the search finds for `text`, best first, searched
        over what `audience` may read only (no decision, no explanation)."""
        vector = self.embedder.queries([text])[0]
        return self.searcher.search(vector, text, checked(audience), filters or {})

    def candidates(self, vector: np.ndarray, text: str, audience: Audience = "public",
                   filters: Filters | None = None
                   ) -> tuple[np.ndarray, dict[int, float], dict[int, float]]:
        """(allowed passages, dense candidates, lexical candidates) of one question: the
        only part that needs its vector (the evaluation keeps them and judges many ways)."""
        allowed = self.searcher.mask(checked(audience), filters or {})
        return (allowed, *self.searcher.legs(vector, tokens(text), allowed))

    def judge(self, text: str, language: str, allowed: np.ndarray, dense: dict[int, float],
              lexical: dict[int, float], understand: bool = True, ignore: tuple[str, ...] = (),
              rank_params: RankParams | None = None, model: dict | None = None,
              vector: np.ndarray | None = None) -> Retrieval:
        """Rank the candidates, then decide once whether the question is answered."""
        mentions = ([m for m in understand_question(text, self.lexicon) if m.key not in ignore]
                    if understand else [])
        groups = self.searcher.rank(dense, lexical, fuse(dense, lexical, self.params))
        terms = self.ranker.terms(tokens(text))
        records = asks_for_records(text)
        params = rank_params or self.rank_params
        # The decision reads the ranking without the late re-ranking: its signals (first
        # score, support, lift) were fitted on that order, and measured on dev, reading them
        # after it decided worse (docs/EVALUATION.md, fifth pass). What is shown is re-ranked;
        # one signal, `salient`, reads the first result shown (ninth pass).
        # Both rankings read the same signals: computed once (the words each result holds
        # are the costly part).
        signals = self.ranker.signals(groups, terms, allowed, mentions, records, self.params)
        plain = self.ranker.rank(groups, terms, allowed, mentions, records, self.params,
                                 replace(params, late=0.0), signals=signals)
        if self.states_at_once and params.late and not records:
            # The decision reads the first `LIFT_RESULTS` results' best passages' states, the
            # late re-ranking the first `LATE_RESULTS`' (the same order): one read for both.
            # A failed read is said and handled where the states are used.
            with suppress(Exception):
                self._stored_states([s.group.hits[0].position
                                     for s in plain[:LATE_RESULTS] if s.group.hits])
        ranked = plain if not params.late or records else self.ranker.rank(
            groups, terms, allowed, mentions, records, self.params, params,
            late=lambda firsts: self.late_signal(text, terms, firsts), signals=signals)
        # The decision reads one signal of what is shown first (`decide.features`, "salient").
        decision = decide(plain, terms, mentions, language, records, model or self.model,
                          text, support=lambda: self.support(text, terms, plain),
                          first=ranked[0] if ranked else None,
                          about=lambda: self.about(text, vector))
        return Retrieval(mentions, terms, ranked, decision)

    def about(self, text: str, vector: np.ndarray | None = None) -> float:
        """How far the question stands out towards one project, read on what each project is
        about (`decide.about_contrast`): its cosine to each project's title and first
        sentence, embedded as a question is. Its usual value on dev when there are more than
        `ABOUT_CASES` projects (not embedded: see there) or none."""
        vectors = self._about_vectors()
        if vectors is None:
            return _usual(self.model, "about")
        if vector is None:
            vector = self.embedder.queries([text])[0]
        return about_contrast(vectors @ np.asarray(vector, dtype=np.float32))

    def _about_vectors(self) -> np.ndarray | None:
        with self._about_lock:
            if self._about is None:
                cases = list(self._cases.values())
                if not cases or len(cases) > ABOUT_CASES:
                    if len(cases) > ABOUT_CASES:
                        _log.info("%d projects: the decision's 'about' signal is not measured "
                                  "(more than %d)", len(cases), ABOUT_CASES)
                    self._about = np.zeros((0, self.embedder.dim), dtype=np.float32)
                else:
                    self._about = np.asarray(
                        self.embedder.queries([about_text(c) for c in cases]), dtype=np.float32)
            return self._about if len(self._about) else None

    def support(self, text: str, terms: Terms, ranked: list[Scored]) -> Support:
        """How well the best result's best passage speaks of each content word of `text`,
        token by token, and the question's lift: the best support among the first results
        over its usual support in the corpus (`retrieval/late.py`)."""
        firsts = [s.group.hits[0] for s in ranked[:LIFT_RESULTS] if s.group.hits]
        try:
            best = self._late_passages(firsts)
            held = self.late.support(text, terms.idf, best[0][0], best[0][1])
            background = self.background()
            # No public passage to measure against (an empty public index): the lift's
            # usual value on dev, so that the other signals decide.
            if background:
                held.lift, held.word_lift, held.usual = self.late.measures(
                    text, terms.idf, best, background)
            else:
                held.lift = float(self.model["mean"].get("lift", 0.0))
                held.word_lift = _usual(self.model, "word_lift")
                held.usual = _usual(self.model, "usual")
            return held
        except Exception as exc:  # noqa: BLE001 (the runtime failed: answer without it)
            # A runtime that cannot load or run (a damaged cache, a machine onnxruntime does
            # not support) must not take the answers down: the signals are then their usual
            # values on dev, so the other signals decide, and the log says why.
            _log.warning("late interaction unavailable (%s); decided without it", exc)
            mean = self.model["mean"]
            return Support(float(mean.get("support", 0.0)), lift=float(mean.get("lift", 0.0)),
                           word_lift=_usual(self.model, "word_lift"),
                           usual=_usual(self.model, "usual"))

    def _stored_states(self, positions: list[int]) -> dict[int, np.ndarray]:
        """The token states the index stores for `positions` (those it has). States that
        cannot be read (a disk error under the memory map, a torn PostgreSQL value) are
        said in the log and encoded now instead: the same form, so the same decision."""
        with self._states_lock:
            got = {p: self._states[p] for p in positions if p in self._states}
        missing = [p for p in positions if p not in got]
        try:
            if missing:
                got.update(read_states(getattr(self.index, "states", None), missing))
        except (OSError, ValueError) as exc:
            _log.warning("the passages' token states could not be read (%s): encoded now; "
                         "rebuild the index (`assist build`)", exc)
            return {}
        with self._states_lock:
            for p in positions:
                if p in got:
                    self._states[p] = got[p]
        return got

    def late_signal(self, text: str, terms: Terms, groups: list[Group]) -> list[float]:
        """The ranking's late signal of each group (`ranking.LATE_RESULTS` of them): how
        much better than passages taken anywhere its best passage speaks of each content
        word of `text`, token by token: its support minus the question's median support
        over the background sample (`late.LateInteraction.usual`), never below 0. Zeros
        when it cannot be measured (no public passage; a runtime that fails): the other
        signals rank alone."""
        background = self.background()
        hits = [g.hits[0] for g in groups if g.hits]
        if not background or len(hits) != len(groups):
            return [0.0] * len(groups)
        try:
            values = self.late.supports(text, terms.idf, self._late_passages(hits))
            usual = self.late.usual(text, terms.idf, background)
        except Exception as exc:  # noqa: BLE001 (the runtime failed: rank without it)
            _log.warning("late interaction unavailable (%s); ranked without it", exc)
            return [0.0] * len(groups)
        return [max(0.0, v - usual) for v in values]

    def _late_passages(self, hits: list) -> list[tuple[str, np.ndarray | None]]:
        """(text, token states) of passages for the late pass: the states from the index
        when it stores them (read for these passages only, in one read), else None and the
        passage's text (encoded then, and kept by text: `late.LateInteraction.passage`)."""
        got = self._stored_states([h.position for h in hits])
        load([h for h in hits if h.position not in got])
        return [("" if h.position in got else index_text(h.chunk), got.get(h.position))
                for h in hits]

    def hubs(self) -> Hubs:
        """Each result's hub prior (`retrieval/hubs.py`), measured on the index's public
        passages when first needed, then kept. When it cannot be measured (vectors that
        cannot be read back) the ranking goes without it, and the log says why."""
        with self._hubs_lock:
            if self._hubs is None:
                try:
                    self._hubs = (hubs_of_pg_index(self.index, self.searcher)
                                  if isinstance(self.index, PgIndex) else
                                  hubs_of_file_index(self.index, self.searcher.nearest))
                except Exception as exc:  # noqa: BLE001 (rank without it, as before it)
                    _log.warning("hub prior unavailable (%s); ranked without it", exc)
                    self._hubs = NO_HUBS
            return self._hubs

    def background(self) -> list[tuple[str, np.ndarray | None]]:
        """`BACKGROUND` public passages evenly spaced by position among the public ones, as
        (text, stored token states or None): the fixed sample a question's usual support is
        measured on (`late.LateInteraction.lift`), the same in both backends. Restricted
        passages are never in it."""
        if self._background is None:
            if isinstance(self.index, PgIndex):
                public = self.index.public_positions()
                index = self.index

                def read(positions):
                    return index.chunks_at(positions, "reader")
            else:
                passages = self.searcher.passages
                public = np.flatnonzero(~np.asarray(passages.restricted, dtype=bool))

                def read(positions):
                    return {p: passages[p] for p in positions}
            texts: list[tuple[str, np.ndarray | None]] = []
            if len(public):
                picked = [int(p) for p in public[np.unique(
                    np.linspace(0, len(public) - 1, BACKGROUND).round().astype(int))]]
                chunks = read(picked)
                got = self._stored_states(picked)
                texts = [(index_text(chunks[p]), got.get(p)) for p in picked]
            self._background = texts
        return self._background

    def _understood(self, mention: Mention, language: str) -> Understood:
        count = len(mention.records)
        # A region is said as one ("Projets de la région Occitanie"), a commune with "à".
        wording = ("region" if mention.facet == "place" and mention.value in region_names()
                   else mention.facet)
        return Understood(facet=mention.facet, value=mention.value, count=count,
                          key=mention.key,
                          label=t(f"understood.{wording}", language,
                                  value=label(mention.facet, mention.value, language),
                                  count=count))

    def result(self, rank: int, scored: Scored | Group, query_tokens, filters: Filters,
               audience: Audience, language: str) -> Result:
        """One ranked result (or a search group, `assist.answers.fit`) as a cited, explained
        result, built from the view of the case `audience` may see (`access.case_view`)."""
        if isinstance(scored, Group):
            scored = self._scored(scored, query_tokens)
        group = scored.group
        stems = {tok.stem for tok in query_tokens}
        citations: list[Citation] = [chunk_citation(h, stems)
                                     for h in quotable(group.hits, stems)]
        section = group.hits[0].chunk.section
        if group.kind == "case":
            case = case_view(self._cases[group.parent_id], audience)
            citations = _distinct(citations + source_citations(case, self.corpus))[:3]
            return Result(rank=rank, kind="case", id=case.id, title=case.title,
                          organisation=case.coll_nom, section=section,
                          score=round(scored.score, 4), citations=citations,
                          why=explain(scored, query_tokens, case, filters, language),
                          fields=field_values(case, audience))
        doc = self.corpus.document(group.parent_id) or self._added.get(group.parent_id)
        citations = with_pages(citations, doc)
        return Result(rank=rank, kind="document", id=group.key, title=doc.title if doc else "",
                      organisation=doc.publisher if doc else "", section=group.section,
                      score=round(scored.score, 4), citations=citations,
                      why=explain(scored, query_tokens, None, filters, language),
                      fields={"date": doc.date, "seed_file": doc.seed_file} if doc else {})

    def _scored(self, group: Group, query_tokens) -> Scored:
        """The signals of a group that `judge` did not rank: its words held, in its hits."""
        load(group.hits)
        held = {tok.stem for h in group.hits for tok in tokens(index_text(h.chunk))}
        terms = self.ranker.terms(query_tokens)
        covered = [s for s in terms.stems if s in held]
        p = self.rank_params
        semantic = min(1.0, max(0.0, (group.cosine - p.cos_floor) / (p.cos_ceiling - p.cos_floor)))
        return Scored(group, semantic,
                      sum(terms.idf[s] for s in covered) / (terms.total or 1.0),
                      lexical_scale(group.bm25, self.params), [], covered, group.score)

    # -- catalogue -------------------------------------------------------------------------

    def cases(self, filters: dict | None = None, audience: Audience = "public") -> list[Case]:
        """Every case (shipped and imported) matching `filters`, as `audience` may see it."""
        wanted = normalise_filters(filters)
        out = [case_view(c, audience) for c in self._cases.values() if case_matches(c, wanted)]
        return sorted(out, key=lambda c: (c.coll_nom.lower(), c.title.lower()))

    def resolve(self, case_id: str) -> str | None:
        """The id of the record `case_id` is now part of: itself, or the merged record that
        joins it (old links and judged ids keep working); None when unknown."""
        return self.merged.resolve(case_id) or (case_id if case_id in self._cases else None)

    def case(self, case_id: str, audience: Audience = "public") -> Case | None:
        resolved = self.resolve(case_id)
        case = self._cases.get(resolved) if resolved else None
        return case_view(case, audience) if case else None

    def records(self, case_id: str, audience: Audience = "public") -> list[Case]:
        """The source records a case joins (one for a project with a single source)."""
        resolved = self.resolve(case_id)
        return [case_view(r, audience) for r in self.merged.members.get(resolved or "", [])]

    def decide_merge(self, a: str, b: str, decision: str, actor: str = "local") -> None:
        """An agent's decision that records `a` and `b` are one project (``"merge"``) or
        two (``"apart"``); it overrides the machine from the next `reopen()` on."""
        known = set(self.merged.aliases)
        for record in (a, b):
            if record not in known:
                raise KeyError(f"no record {record!r}")
        self.store.decide(a, b, decision, actor)
        self._answers.clear()

    def documents(self, audience: Audience = "public") -> list[Document]:
        """The shipped documents, then the added ones `audience` may read."""
        return [*self.corpus.documents,
                *(d for d in self._added.values() if may_read(audience, d.access))]

    def document(self, doc_id: str, audience: Audience = "public") -> Document | None:
        shipped = next((d for d in self.corpus.documents if d.id == doc_id), None)
        if shipped is not None:
            return shipped
        added = self._added.get(doc_id)  # read by its id alone
        return added if added is not None and may_read(audience, added.access) else None

    # -- documents agents add ----------------------------------------------------------------

    def add_document(self, source: str, *, title: str = "", publisher: str = "",
                     date: str = "", access: str = "public", actor: str = "local",
                     progress: Callable[[str, int, int], None] | None = None,
                     data: bytes | None = None, name: str = "") -> Added:
        """Read a file or http(s) URL (or uploaded `data` named `name`) and keep it as a
        document (see `assist.catalogue.documents`); `DocumentRefused` says why it cannot be
        read, and then nothing changed. Call `reopen()` after: it embeds only its passages."""
        added = DocumentShelf(self.settings.home).add(
            source, title=title, publisher=publisher, date=date, access=access, actor=actor,
            taken={d.id for d in self.corpus.documents}, progress=progress, data=data,
            name=name)
        self.store.audit("add-document", actor, {"id": added.document.id,
                                                 "source": added.document.source,
                                                 "access": added.document.access,
                                                 "status": added.status})
        self._answers.clear()
        if isinstance(self._added, AddedDocuments):
            self._added.forget()
        return added

    def remove_document(self, doc_id: str, actor: str = "local") -> None:
        """Forget an added document (`DocumentRefused` for an unknown id); `reopen()` after."""
        if not DocumentShelf(self.settings.home).remove(doc_id):
            raise DocumentRefused("document.unknown", id=doc_id)
        self.store.audit("remove-document", actor, {"id": doc_id})
        self._answers.clear()
        if isinstance(self._added, AddedDocuments):
            self._added.forget()

    def added_documents(self, audience: Audience = "public") -> list[AddedDocument]:
        """The added documents `audience` may see, with their source, date, pages, access."""
        return [d for d in DocumentShelf(self.settings.home).listing()
                if may_read(audience, d.access)]

    def similar(self, case_id: str, top_k: int = 5, language: str = "fr") -> list[SimilarCase]:
        """Cases like `case_id`: closeness of their public descriptions plus shared facets."""
        centroids = self._case_centroids()
        if self.resolve(case_id) is None:
            raise KeyError(f"no case {case_id!r}")
        case_id = self.resolve(case_id) or case_id
        origin = self._cases[case_id]
        ref = centroids.get(case_id)
        out = []
        for other_id, vector in centroids.items():
            if other_id == case_id:
                continue
            other = self._cases[other_id]
            cosine = float(ref @ vector) if ref is not None else 0.0
            shared = _shared_facets(origin, other)
            score = 0.7 * cosine + 0.3 * len(shared) / len(SIMILAR_FACETS)
            # The score stays in `score` (agents and the JSON); the words carry no number.
            reasons = [t("similar.semantic", language)] if cosine >= SIMILAR_CLOSE else []
            reasons += [t("similar.shared", language, facet=t(f"facet.{k}", language).lower(),
                          values=", ".join(label(k, x, language) for x in v))
                        for k, v in shared.items()]
            out.append(SimilarCase(id=other_id, title=other.title, organisation=other.coll_nom,
                                   score=round(score, 4), reasons=reasons, shared=shared))
        return sorted(out, key=lambda s: -s.score)[:top_k]

    def _case_centroids(self) -> dict[str, np.ndarray]:
        """Mean vector of each case's public passages (restricted text never counts)."""
        if self._centroids is None and isinstance(self.index, PgIndex):
            self._centroids = self.index.case_centroids()
        if self._centroids is None:
            passages = self.index.passages
            # A case field's passage folds into its case: group key = case id.
            public_case = (passages.kind == 1) & ~passages.restricted
            rows: dict[str, list[int]] = {}
            for pos in np.flatnonzero(public_case):
                rows.setdefault(passages.groups[passages.group[pos]][0], []).append(int(pos))
            vectors = self.index.vectors
            centroids = {}
            for case_id, positions in rows.items():
                mean = np.mean([vectors.reconstruct(p) for p in positions], axis=0)
                centroids[case_id] = mean / (np.linalg.norm(mean) or 1.0)
            self._centroids = centroids
        return self._centroids

    # -- what people look for (agents only) ----------------------------------------------------

    def record_search(self, answer: Answer) -> int:
        """Keep the question of `answer` for agents' "What people look for": its words
        without e-mail addresses or telephone numbers, the day, its theme, whether nothing
        fitted (`catalogue/searches.py`); questions past the retention period
        (``ASSIST_SEARCH_RETENTION_DAYS``) are deleted. Returns the kept search's id, 0 when
        nothing is kept (an empty question, a retention of 0 days)."""
        if not any(ch.isalnum() for ch in answer.question):
            return 0
        return self.store.add_search(answer.question, answer.language,
                                     self.question_theme(answer),
                                     "nothing" if answer.abstained else "answered",
                                     self.settings.search_retention_days)

    def record_feedback(self, answer: Answer, vote: int, comment: str = "") -> int:
        """Keep a 👍 (+1) or 👎 (-1) on `answer` with the answer itself, scrubbed and for the
        retention period as kept searches are (``ASSIST_SEARCH_RETENTION_DAYS``): what the
        library needs to see which answers were wrong, and no personal data. Returns the
        vote's id, 0 when nothing is kept (a retention of 0 days)."""
        return self.store.add_feedback(answer.question, answer.model_dump(mode="json"), vote,
                                       comment, self.settings.search_retention_days)

    def vote_search(self, search_id: int, vote: int) -> None:
        """The 👍 (+1) or 👎 (-1) the answer to a kept search got."""
        if search_id:
            self.store.vote_search(search_id, vote)

    def searches(self, audience: Audience = "public", language: str = "fr") -> SearchReport:
        """The questions asked over the retention period, grouped by theme, with how many
        got "nothing fits" or 👎; for agents only (PermissionError for the public)."""
        if not may_read(checked(audience), "restricted"):
            raise PermissionError(t("searches.agents_only", language))
        days = self.settings.search_retention_days
        return search_report(self.store.searches(days), days, language,
                             no_theme=t("searches.no_theme", language))

    def question_theme(self, answer: Answer) -> str:
        """The theme a question is about: the one most of its projects share (those of the
        answer, else the closest offered apart; the best ranked first on a tie); else the
        theme it names; else the theme of the projects closest in meaning, when close
        enough; else "" (no theme told)."""
        themes = Counter(r.fields.get("theme") for r in (answer.results or answer.closest)
                         if r.kind == "case" and r.fields.get("theme"))
        if themes:
            return str(themes.most_common(1)[0][0])
        named = [u.value for u in answer.understood if u.facet == "theme"]
        if named:
            return named[0]
        # The themes of the three projects closest in meaning, each weighed by its
        # closeness; none when even the closest is far (a question off the catalogue's
        # subjects, or nonsense, is better filed under "no theme" than under a wrong one).
        with self._answers_lock:
            vector = self._vectors.get(answer.question)
        if vector is None:  # an answer this assistant did not make (or long forgotten)
            vector = self.embedder.queries([answer.question])[0]
        vector = recentre(vector.reshape(1, -1), self.index.centre)[0]
        closest = sorted(((float(vector @ c), self._cases[i].theme)
                          for i, c in self._case_centroids().items()), reverse=True)[:3]
        if not closest or closest[0][0] < THEME_CLOSE:
            return ""
        weights: Counter[str] = Counter()
        for cosine, theme in closest:
            if theme:
                weights[theme] += cosine
        return weights.most_common(1)[0][0] if weights else ""

    # -- needs profile and comparison -------------------------------------------------------

    def fit(self, profile: NeedsProfile | dict, top_k: int = 5,
            audience: Audience = "public") -> Answer:
        """The cases that fit a needs profile best, each criterion judged (see `assist.answers.fit`)."""
        return fit_profile(self, read_profile(profile), bounded(top_k), audience)

    def compare(self, case_ids: list[str], audience: Audience = "public",
                language: str = "fr") -> Comparison:
        """Two to four cases side by side (see `assist.answers.compare`); KeyError for an unknown id."""
        missing = [i for i in case_ids if self.resolve(i) is None]
        if missing:
            raise KeyError(f"no case {missing[0]!r}")
        resolved = list(dict.fromkeys(self.resolve(i) for i in case_ids))
        return compare([self._cases[i] for i in resolved if i], audience, language,
                       self.corpus)

    def import_library(self, path: Path | str, name: str | None = None,
                       dry_run: bool = False, actor: str = "local", replace: bool = False):
        """Import an export (a file, or an http(s) URL) into the store; returns its report,
        with what changed since the catalogue's last import. Call `reopen()` after. Raises
        `WouldRemove` when the import would remove projects and not `replace`."""
        report = import_export(self.store, path, name, dry_run, actor, replace)
        self._answers.clear()
        return report


def import_export(store: Store, path: Path | str, name: str | None = None,
                  dry_run: bool = False, actor: str = "local", replace: bool = False):
    """Import a file or an http(s) URL as a catalogue of `store` (see `Store.import_file`)."""
    import tempfile

    from assist.catalogue.download import catalogue_name, fetch, is_url

    if not is_url(str(path)):
        return store.import_file(Path(path), name, actor=actor, dry_run=dry_run,
                                 replace=replace)
    with tempfile.TemporaryDirectory(prefix="assist-download-") as folder:
        downloaded = fetch(str(path), Path(folder))
        return store.import_file(downloaded, name or catalogue_name(str(path)), actor=actor,
                                 source=str(path), dry_run=dry_run, replace=replace)


def bounded(top_k: object, most: int = 50) -> int:
    """`top_k` as a whole number from 1 to `most`; ValueError, said plainly, when it is none."""
    try:
        number = int(top_k)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        raise ValueError(f"top_k must be a whole number from 1 to {most}, not {top_k!r}") from None
    return max(1, min(number, most))


def unique_ids(cases: list[Case]) -> list[Case]:
    """The same project imported in two catalogues keeps both records: a later one whose id
    is taken is renamed ``<catalogue>--<id>``, so that nothing is silently overwritten."""
    seen: set[str] = set()
    out = []
    for case in cases:
        if case.id in seen:
            case = case.model_copy(update={"id": f"{slug(case.origin or 'import')}--{case.id}"})
        seen.add(case.id)
        out.append(case)
    return out


def _shared_facets(a: Case, b: Case) -> dict[str, list[str]]:
    shared = {}
    for facet in SIMILAR_FACETS:
        if common := sorted(set(facet.values(a)) & set(facet.values(b))):
            shared[facet.name] = common
    return shared


def _distinct(citations: list[Citation]) -> list[Citation]:
    """Drop a citation that overlaps one already kept from the same source, or repeats its
    words (a shipped case's fields are copied from its document)."""
    kept: list[Citation] = []
    for c in citations:
        if not any((k.source == c.source and k.start < c.end and c.start < k.end)
                   or k.quote == c.quote for k in kept):
            kept.append(c)
    return kept



def about_text(case: Case) -> str:
    """What a project is about, for the decision's "about" signal: its title and the first
    sentence of its description (not the rest: what it does, not all it mentions)."""
    text = case.usage_description.strip()
    first = re.split(r"(?<=[.!?])\s+", text, maxsplit=1)[0] if text else ""
    return f"{case.nom_projet}. {first}" if first else case.nom_projet


def _usual(model: dict, name: str) -> float:
    """A signal's usual value on dev (its mean in the question's model, else in the need's),
    standing in when it cannot be measured, so that the other signals decide."""
    for fitted in (model, (model.get("need") or {}).get("model") or {}):
        if name in fitted.get("mean", {}):
            return float(fitted["mean"][name])
    return 0.0


def read_quotable(shown: list[Scored]) -> None:
    """Read at once the passages the shown results' quotes are chosen from (`quotable`'s
    first `QUOTE_CANDIDATES` of each), where the index reads passages on demand
    (PostgreSQL: one statement instead of one per result)."""
    load([h for s in shown for h in s.group.hits[:QUOTE_CANDIDATES]])
