"""Why a result matched: quoted passages with offsets, matched terms and facets, reasons."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from assist.catalogue.corpus import Corpus
from assist.facets import FACETS, Filters
from assist.models import Case, Citation, Why
from assist.retrieval.ranking import Scored
from assist.retrieval.search import ChunkHit, load
from assist.text.analyser import Token, fold, stems
from assist.text.i18n import t
from assist.text.vocab import label

QUOTE_CHARS = 320
QUOTE_CANDIDATES = 12  # passages of one result weighed for quoting
QUOTE_FALLBACK = 48  # looked at further down only when none of those says something
MIN_QUOTE_WORDS = 5
# Fields that name (partners, the algorithm, places, the title): they say who or what,
# never what was done; a card quoting "TelesCoop" tells an elected official nothing.
NAME_FIELDS = frozenset({"partenaires", "nom_algorithme", "experimented_in", "nom_projet"})
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.I)
_WORD = re.compile(r"[^\W\d_]{2,}")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
FACET_LABELS = tuple(f.name for f in FACETS if f.explained)


def matched_terms(query_tokens: list[Token], text: str) -> list[str]:
    """Query words (as the user typed them) whose stem occurs in `text`."""
    return _terms_in(query_tokens, stems(text))


def _terms_in(query_tokens: list[Token], found: frozenset[str]) -> list[str]:
    seen, out = set(), []
    for tok in query_tokens:
        if tok.stem in found and tok.stem not in seen:
            seen.add(tok.stem)
            out.append(tok.surface)
    return out


@lru_cache(maxsize=4096)
def _sentences(text: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """The sentences of a passage (start, end, stems), cached: questions bring back the same
    passages, and splitting them was most of the explanation's time."""
    return tuple((m.start(), m.end(), stems(m.group())) for m in _SENTENCE.finditer(text)
                 if m.group().strip())


def best_span(text: str, query_stems: set[str]) -> tuple[int, int]:
    """The span of `text` to quote: the sentences with most query stems, up to QUOTE_CHARS."""
    sentences = _sentences(text)
    if not sentences:
        return 0, min(len(text), QUOTE_CHARS)
    best = max(range(len(sentences)), key=lambda i: (len(sentences[i][2] & query_stems), -i))
    start, end, _ = sentences[best]
    # Grow forward while it fits: a quote of one short sentence often lacks its subject.
    for _, e, _ in sentences[best + 1:]:
        if e - start > QUOTE_CHARS:
            break
        end = e
    start, end = _strip(text, start, min(end, start + QUOTE_CHARS))
    return start, end


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    # A list mark or a footnote's number ("² Appel à projet...") does not begin a quote.
    while start < end and (text[start].isspace() or text[start] in "-*•¹²³⁴⁵⁶⁷⁸⁹⁰"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def says_something(text: str, field: str = "") -> bool:
    """Whether `text` is worth quoting: a sentence of at least MIN_QUOTE_WORDS words once
    web addresses are taken out, from a field that does more than name someone."""
    if field in NAME_FIELDS:
        return False
    # Counted up to the threshold only: a result's passages are checked a dozen at a time,
    # and a long one need not be read to its end.
    words = islice(_WORD.finditer(_ADDRESS.sub(" ", text)), MIN_QUOTE_WORDS)
    return sum(1 for _ in words) >= MIN_QUOTE_WORDS


def quotable(hits: list[ChunkHit], query_stems: set[str], n: int = 2) -> list[ChunkHit]:
    """The `n` hits to quote: only passages whose quoted span says something (never a
    partner's name or a bare address, even one the question names: the reasons say what
    matched), those holding a word of the question first, then by fused score. None when
    no passage of the result says something: a card without a quote is better than one
    whose quote is a name."""
    def telling(hit: ChunkHit) -> bool:
        a, b = best_span(hit.chunk.text, query_stems)
        return says_something(hit.chunk.text[a:b], hit.chunk.field)

    # The best-scored passages first: at scale one result can gather hundreds of candidate
    # passages, and each one looked at is read from disk and analysed.
    for considered in (hits[:QUOTE_CANDIDATES], hits[QUOTE_CANDIDATES:QUOTE_FALLBACK]):
        load(considered)
        kept = [h for h in considered if telling(h)]
        if kept:
            ranked = sorted(kept, key=lambda h: (bool(stems(h.chunk.text) & query_stems),
                                                 h.fused), reverse=True)
            return ranked[:n]
    return []


def chunk_citation(hit: ChunkHit, query_stems: set[str]) -> Citation:
    chunk = hit.chunk
    a, b = best_span(chunk.text, query_stems)
    # A merged record's passage is quoted from the source record it was cut from.
    source = chunk.record or chunk.parent_id
    return Citation(source=source, section=chunk.section, quote=chunk.text[a:b],
                    start=chunk.start + a, end=chunk.start + b)


def source_citations(case: Case, corpus: Corpus) -> list[Citation]:
    """The document passages a shipped case was written from, located in their sections."""
    out = []
    for ref in case.sources:
        section = corpus.section(ref.document, ref.section)
        if section is None or not says_something(ref.quote):  # a bare address, a name
            continue
        at = section.text.find(ref.quote)
        if at >= 0:
            out.append(Citation(source=ref.document, section=section.heading, quote=ref.quote,
                                start=section.start + at, end=section.start + at + len(ref.quote)))
    return out


def matched_facets(case: Case | None, query_tokens: list[Token], filters: Filters) -> dict:
    """Facet values of the case that the filters asked for or the question names."""
    if case is None:
        return {}
    query_stems = {t.stem for t in query_tokens}
    out: dict[str, list[str]] = {}
    for name in FACET_LABELS:
        value = getattr(case, name)
        values = value if isinstance(value, list) else [value]
        wanted = {fold(w) for w in filters.get(name, [])}
        for v in values:
            if not v:
                continue
            words = stems(v)
            # A theme is named by any of its words ("énergétique"); other facets by all.
            named = bool(words) and (words <= query_stems or (
                name in ("theme", "sous_theme") and bool(words & query_stems)))
            if fold(v) in wanted or named:
                out.setdefault(name, []).append(v)
    return out


# A result is "close in meaning" when its best passage's semantic score (0..1, see
# `fusion.semantic_scale`) reaches this; below it, meaning is not what put it there.
CLOSE_IN_MEANING = 0.5
MAX_TERMS = 4


def quoted_list(words: list[str], language: str) -> str:
    """« a », « b » et « c » (FR) / “a”, “b” and “c” (EN)."""
    quoted = [t("why.quote", language, word=w) for w in words]
    if len(quoted) <= 1:
        return "".join(quoted)
    return f"{', '.join(quoted[:-1])} {t('why.and', language)} {quoted[-1]}"


def explain(scored: Scored, query_tokens: list[Token], case: Case | None, filters: Filters,
            language: str) -> Why:
    """The signals that ranked a result, in numbers and in plain words, strongest first."""
    covered = set(scored.covered)
    terms = list(dict.fromkeys(tok.surface for tok in query_tokens if tok.stem in covered))
    facets = matched_facets(case, query_tokens, filters)
    for m in scored.named:
        if m.facet in FACET_LABELS and m.value not in facets.get(m.facet, []):
            facets.setdefault(m.facet, []).append(m.value)
    reasons = [t("why.named.publisher" if case is None else f"why.named.{m.facet}", language,
                 value=label(m.facet, m.value, language))
               for m in sorted(scored.named, key=lambda m: not m.is_name)]
    # The late pass moved it up among the first results (`ranking`): its best passage speaks
    # of each word of the question, token by token, better than passages taken anywhere.
    if scored.lifted:
        reasons.append(t("why.late", language))
    said = {fold(m.surface) for m in scored.named}
    words = [w for w in terms if fold(w) not in said and not any(fold(w) in s for s in said)]
    close = scored.semantic >= CLOSE_IN_MEANING
    mention = t("why.mentions", language, terms=quoted_list(words[:MAX_TERMS], language))
    # The stronger signal first: words held, or closeness in meaning.
    if words and (scored.coverage >= scored.semantic or not close):
        reasons.append(mention)
        if close:
            reasons.append(t("why.close", language))
    elif close:
        reasons.append(t("why.close" if words or scored.named else "why.close_only", language))
        if words:
            reasons.append(mention)
    elif not reasons:
        reasons.append(t("why.close", language))
    shown_filters = [label(k, v, language) for k, values in filters.items()
                     for v in values if case is not None]
    if shown_filters:
        reasons.append(t("why.filtered", language, values=", ".join(shown_filters)))
    return Why(semantic=round(scored.semantic, 4), lexical=round(scored.lexical, 4),
               fused=round(scored.score, 4), coverage=round(scored.coverage, 4),
               matched_terms=terms, matched_facets=facets, reasons=reasons)
