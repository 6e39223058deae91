"""What a question is about, read against the language at large: its salient words.

A question on a topic the catalogue does not cover often shares its generic words with the
catalogue ("prévoir", "données", "bâtiments", "écoles") while its topic words ("écluse",
"séisme", "méthaniseur", "deepfake") are real, common words that no source holds. The corpus
alone cannot tell such a word from a typo or random letters (both are unknown to it); a word
frequency list of the language can: `wordfreq`'s French and English lists (shipped inside the
package, nothing downloaded). A word's salience is how rare it is in the language (Zipf scale:
7 minus its Zipf frequency): "écluse" (3.05) says more about the question than "données" (5.08).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from functools import lru_cache

CEILING = 7.0  # Zipf frequency of the commonest words ("de", "the": about 7.5)
SPECIFIC = 4.0  # below: a specific word (Zipf 4: once in 100,000 words)
REAL = 1.0  # Zipf at or above: a word of the language (wordfreq's lists go down to about 1)


@lru_cache(maxsize=100_000)
def zipf(word: str) -> float:
    """The word's Zipf frequency in French or English, the higher of the two (0: neither)."""
    from wordfreq import zipf_frequency

    word = word.lower()
    return max(zipf_frequency(word, "fr"), zipf_frequency(word, "en"))


def salience(word: str) -> float:
    return max(0.0, CEILING - zipf(word))


def real(word: str) -> bool:
    return not word.isdigit() and zipf(word) >= REAL


def topic_values(words: Sequence[tuple[str, str]], unknown: Iterable[str],
                 held: Sequence[Iterable[str]]) -> dict[str, float]:
    """The signals of one question: `words` its content words as (surface, stem), `unknown`
    the stems the corpus lacks, `held` the question's stems each first result holds (best
    first)."""
    unknown = set(unknown)
    seen: dict[str, tuple[str, float]] = {}
    for surface, stem in words:  # one entry a stem: its most salient surface
        s = salience(surface) if real(surface) else 0.0
        if stem not in seen or s > seen[stem][1]:
            seen[stem] = (surface, s)
    total = sum(s for _, s in seen.values()) or 1.0
    foreign = [s for stem, (_, s) in seen.items() if stem in unknown and s > 0]
    first = set(held[0]) if held else set()
    ranked = sorted(((s, stem) for stem, (_, s) in seen.items() if s > 0), reverse=True)

    def cover(stems: set[str]) -> float:
        return sum(s for stem, (_, s) in seen.items() if stem in stems) / total

    specific = [s for stem, (surface, s) in seen.items()
                if stem in unknown and s > 0 and zipf(surface) < SPECIFIC]
    return {
        "foreign": sum(foreign) / total,
        "foreign_sum": sum(foreign) / CEILING,
        "foreign_n4": math.log1p(len(specific)),
        "foreign_spec": sum(specific) / total,
        "foreign_max": max(foreign, default=0.0) / CEILING,
        "salient_top1": cover(first),
        "salient_cov": max((cover(set(h)) for h in held[:3]), default=0.0),
        "rarest_held": float(bool(ranked) and ranked[0][1] in first),
        "rarest2_held": (sum(stem in first for _, stem in ranked[:2]) / min(2, len(ranked))
                         if ranked else 0.0),
    }


def topic_signals(row: dict, vocab=None) -> dict[str, float]:
    """`topic_values` of a dumped row (scripts/topic_dump.py)."""
    return topic_values(row["tokens"], row["unknown"], [t["covered"] for t in row["top"]])
