"""One French-aware text analyser, used for indexing and for queries alike.

Steps: typographic apostrophes made plain, elisions removed (l', d', qu'...), lower case,
accents folded, stopwords (French and English) dropped, Snowball French stemming. Accents are
folded *before* stemming so that "energetique" typed without accents meets "énergétique".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import Stemmer
from bm25s.stopwords import STOPWORDS_EN, STOPWORDS_FRENCH

_ELISION = re.compile(r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]", re.IGNORECASE)
_TOKEN = re.compile(r"\w+", re.UNICODE)
_EXTRA_STOPWORDS = {
    # Question words and fillers that say nothing about the need itself.
    "comment", "quel", "quels", "quelle", "quelles", "quoi", "pourquoi", "est", "ce", "qui",
    "peut", "peuvent", "faire", "utilise", "utiliser", "existe", "projet", "projets",
    "what", "which", "how", "who", "use", "uses", "using", "project", "projects", "there",
}


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
_LIGATURES = (("œ", "oe"), ("Œ", "oe"), ("æ", "ae"), ("Æ", "ae"))


def fold(text: str) -> str:
    """The one comparison form of a text, for indexing and for labels alike: lower case,
    accents removed ("Énergétique" -> "energetique"), œ/æ spelled out, typographic
    apostrophes made plain, runs of spaces squeezed."""
    text = text.translate(_APOSTROPHES)
    for ligature, spelled in _LIGATURES:
        text = text.replace(ligature, spelled)
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return " ".join(text.split())


STOPWORDS = frozenset(fold(w) for w in (*STOPWORDS_FRENCH, *STOPWORDS_EN, *_EXTRA_STOPWORDS))


@dataclass(frozen=True)
class Token:
    """A stem with the place of its surface word in the analysed text."""

    stem: str
    surface: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("french")


def tokens(text: str) -> list[Token]:
    """Analyse `text` into stems, keeping offsets so that matches can be highlighted.

    >>> [t.stem for t in tokens("L'énergie des écoles")]
    ['energ', 'ecol']
    """
    # Elisions are blanked with spaces of the same length, so offsets stay true.
    clean = _ELISION.sub(lambda m: " " * len(m.group(0)), text)
    out = []
    for match in _TOKEN.finditer(clean):
        surface = match.group(0)
        stem = _stem(surface)
        if stem is not None:
            out.append(Token(stem, surface, match.start(), match.end()))
    return out


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str | None:
    """The stem of one word as written, None for a stopword or a stray letter. Cached: a
    corpus repeats its words, and folding (Unicode decomposition) costs more than a look-up."""
    folded = fold(word)
    if len(folded) < 2 and not folded.isdigit():
        return None
    if folded in STOPWORDS or folded.replace("_", "") == "":
        return None
    return _stemmer().stemWord(folded)


def analyse(text: str) -> list[str]:
    """The stems of `text`, in order (what the lexical index stores)."""
    return [t.stem for t in tokens(text)]


@lru_cache(maxsize=4096)
def stems(text: str) -> frozenset[str]:
    """The set of stems of `text`, cached: explaining a result looks at the same passages
    (and their sentences) several times, and questions bring back the same passages."""
    return frozenset(analyse(text))


# A need told at length ("Nos canalisations ont soixante ans ; on voudrait savoir quels tronçons
# casseront les premiers.") is read clause by clause too (`answers/fit.decide_need`): its
# sentences, and the parts a semicolon, a spaced colon or a dash set apart. A part of fewer
# than `CLAUSE_MIN_WORDS` content words ("Qui l'a fait ?") says nothing alone: it is joined to
# the part before it (or after it, for the first).
CLAUSE_MIN_WORDS = 3
_CLAUSE_BREAK = re.compile(r"(?<=[.!?;])\s+|\s+[;:]\s+|\s+[-–—]\s+")


def clauses(text: str) -> list[str]:
    """The clauses of `text` (see above), in order; ``[text]`` when it has only one."""
    parts = [p.strip() for p in _CLAUSE_BREAK.split(text or "") if p.strip()]
    out: list[str] = []
    for part in parts:
        if out and (len(analyse(part)) < CLAUSE_MIN_WORDS
                    or len(analyse(out[-1])) < CLAUSE_MIN_WORDS):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out if len(out) > 1 else [text]
