"""What a question is about, read against the language at large: its salient words.

A question on a topic the catalogue does not cover often shares its generic words with the
catalogue ("prévoir", "données", "bâtiments", "écoles") while its topic words ("écluse",
"séisme", "méthaniseur", "deepfake") are real words that no source holds. The corpus alone
cannot weigh them: its IDF counts what it holds, and a word it lacks is as rare as random
letters. A word frequency list of the language at large can: `wordfreq`'s French and English
lists (shipped inside the package, nothing downloaded at run time). A word's salience is how
rare it is in the language, on the Zipf scale (7 minus its Zipf frequency): "écluse" (Zipf
3.05) says more of what the question is about than "données" (5.08) or "veut" (5.62).

`salient_cover` is the share of the question's salience its best result holds: the decision
(`answers/decide.py`) reads it beside the corpus-weighted coverage.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

CEILING = 7.0  # Zipf frequency of the commonest words ("de", "the": about 7.5)
REAL = 1.0  # Zipf at or above: a word of the language (wordfreq's lists go down to about 1)


@lru_cache(maxsize=100_000)
def zipf(word: str) -> float:
    """The word's Zipf frequency in French or English, the higher of the two (0: neither)."""
    from wordfreq import zipf_frequency  # its lists load on first use (about 1 s)

    word = word.lower()
    return max(zipf_frequency(word, "fr"), zipf_frequency(word, "en"))


def real(word: str) -> bool:
    """A word of French or English (not a number, a name the lists lack, random letters)."""
    return not word.isdigit() and zipf(word) >= REAL


def salience(word: str) -> float:
    """How much a word of the language says of what a text is about (0 for a non-word)."""
    return max(0.0, CEILING - zipf(word)) if real(word) else 0.0


def salient_cover(words: Sequence[tuple[str, str]], held: Iterable[str]) -> float:
    """The share of the question's salience that a result holds: `words` the question's
    content words as (surface, stem), `held` the stems of the question the result holds
    (`ranking.Scored.covered`). Each stem counts once, at its most salient surface; words
    that are no word of the language (names, numbers, typos) weigh nothing here (the corpus
    signals read them). 0 when no word of the question is a word of the language."""
    seen: dict[str, float] = {}
    for surface, stem in words:
        seen[stem] = max(seen.get(stem, 0.0), salience(surface))
    total = sum(seen.values())
    if not total:
        return 0.0
    held = set(held)
    return sum(s for stem, s in seen.items() if stem in held) / total
