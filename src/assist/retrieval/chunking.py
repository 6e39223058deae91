"""Cut documents and cases into the passages that are indexed, keeping their offsets."""

from __future__ import annotations

import hashlib
import itertools
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from assist.access import field_access
from assist.catalogue.corpus import slug
from assist.facets import case_facets
from assist.models import Case, Chunk, Document
from assist.text.analyser import analyse
from assist.text.vocab import THEMES_EN

TARGET_CHARS = 700  # about 180 tokens: e5-small reads 512, and shorter passages quote better
_PARAGRAPH = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+(?=[A-ZÀ-Ý«“\"(\-•*0-9])")

# Text fields of a case that are indexed, in the order they are shown. Whether a passage is
# public is not said here: it is its field's access mark, read through `access.field_access`.
TEXT_FIELDS = ("usage_description", "key_figures", "positives", "vigilance", "status_abandon",
               "experimented_in", "partenaires", "nom_algorithme", "algorithme_description",
               "algorithme_operations", "financement", "impact_environnement", "risque",
               "proportionalite", "decision", "reversibilite", "objection")


def spans(text: str, target: int = TARGET_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) pieces of `text` of about `target` characters, cut at paragraph or
    sentence ends, with surrounding blank space left out."""
    pieces: list[tuple[int, int]] = []
    pos = 0
    for m in list(_PARAGRAPH.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        pieces.extend(_sentences(text, pos, end, target))
        pos = m.end() if m else len(text)
    start = end = None
    for a, b in pieces:
        if start is None:
            start, end = a, b
        elif b - start <= target:
            end = b
        else:
            yield start, end
            start, end = a, b
    if start is not None:
        yield start, end


def _sentences(text: str, start: int, end: int, target: int) -> list[tuple[int, int]]:
    piece = text[start:end]
    if not piece.strip():
        return []
    if len(piece) <= target:
        return [_trim(text, start, end)]
    out, pos = [], start
    for m in _SENTENCE_END.finditer(piece):
        out.append(_trim(text, pos, start + m.start()))
        pos = start + m.end()
    out.append(_trim(text, pos, end))
    return [s for s in out if s[1] > s[0]]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def document_chunks(doc: Document) -> Iterator[Chunk]:
    for section in doc.sections:
        context = f"{doc.title} — {' > '.join(section.path[1:] or section.path)}"
        pieces = list(spans(section.text))
        for n, (a, b) in enumerate(pieces):
            yield Chunk(id=f"{section.id}~{n}", kind="document", parent_id=doc.id,
                        section=section.heading, text=section.text[a:b], context=context,
                        start=section.start + a, end=section.start + b, access=doc.access)
        if not pieces and _telling(section.heading) and (at := _heading_at(doc, section)) >= 0:
            # A heading with no text of its own is content too when it says something: a
            # manifesto's "Proposition 3 : Dénommer la future Station IA..." follows its
            # argument, and a strategy's "Ambition 2 : ..." heads sub-sections. Without a
            # passage it could never be found. A bare label ("Mobilités", a document's own
            # title) is not: it would only be an empty result.
            yield Chunk(id=f"{section.id}~0", kind="document", parent_id=doc.id,
                        section=section.heading, text=section.heading, context=context,
                        start=at, end=at + len(section.heading), access=doc.access)


# Content words a heading needs to be a passage of its own (see `document_chunks`).
MIN_HEADING_WORDS = 4


def _telling(heading: str) -> bool:
    return len(analyse(heading)) >= MIN_HEADING_WORDS


def _heading_at(doc: Document, section) -> int:
    """Offset of `section`'s heading in the document's body (its line before the text), or
    -1 when it cannot be found as written."""
    if not section.heading.strip():
        return -1
    return doc.body.rfind(section.heading, 0, section.start)


def field_text(case: Case, name: str) -> str:
    """A case field as one text: lists joined one item per line."""
    value = getattr(case, name, None) if name in type(case).model_fields else case.extra.get(name)
    if isinstance(value, list):
        return "\n".join(str(v) for v in value if v)
    return str(value or "")


def case_context(case: Case) -> str:
    """What a case is about in one line: name, authority, theme (in French and English)."""
    theme = case.theme + (f" ({THEMES_EN[case.theme]})" if case.theme in THEMES_EN else "")
    parts = [case.nom_projet, case.coll_nom, theme, ", ".join(case.sous_theme)]
    return " — ".join(p for p in parts if p)


def case_chunks(case: Case) -> Iterator[Chunk]:
    context = case_context(case)
    facets = case_facets(case)
    # An export's extra columns are restricted: `field_access` knows no mark for them.
    fields = [(f, field_access(f)) for f in (*TEXT_FIELDS, *sorted(case.extra))]
    emitted = False
    for name, access in fields:
        text = field_text(case, name)
        for n, (a, b) in enumerate(spans(text)):
            emitted = emitted or access == "public"
            yield Chunk(id=f"{case.id}/{name}~{n}", kind="case", parent_id=case.id,
                        section=name, field=name, text=text[a:b], context=context,
                        start=a, end=b, access=access, facets=facets)
    if not emitted:  # a record with no description is still findable by its name and theme
        yield Chunk(id=f"{case.id}/nom_projet~0", kind="case", parent_id=case.id,
                    section="nom_projet", field="nom_projet", text=case.nom_projet or case.id,
                    context=context, start=0, end=len(case.nom_projet or case.id),
                    facets=facets)


def merged_chunks(case: Case, records: list[Case]) -> Iterator[Chunk]:
    """The passages of a record merged from `records`: each source's own passages (their
    offsets index that source's field), folded into the merged record, with its facets.
    A passage a source repeats word for word (a second export of one catalogue) is kept once.
    """
    if len(records) <= 1:
        yield from case_chunks(case)
        return
    facets = case_facets(case)
    seen: set[tuple[str, str, str]] = set()
    for record in records:
        for chunk in case_chunks(record):
            key = (chunk.field, chunk.access, chunk.text)
            if key in seen:
                continue
            seen.add(key)
            chunk.parent_id, chunk.record, chunk.facets = case.id, record.id, facets
            yield chunk


def section_owners(documents: Iterable[Document], cases: Iterable[Case]) -> dict[str, Case]:
    """Section id -> the one case that cites it (or a section above it) as its source.

    A section cited by several cases (an introduction, a shared action) belongs to none.
    """
    citing: dict[str, set[str]] = {}
    by_id = {c.id: c for c in cases}
    for case in by_id.values():
        for ref in case.sources:
            citing.setdefault(f"{ref.document}#{slug(ref.section)}", set()).add(case.id)
    owners: dict[str, Case] = {}
    for doc in documents:
        for section in doc.sections:
            ancestors = [f"{doc.id}#{slug(h)}" for h in section.path]
            for key in reversed(ancestors):  # the nearest cited heading decides
                if key in citing:
                    if len(citing[key]) == 1:
                        owners[section.id] = by_id[next(iter(citing[key]))]
                    break
    return owners


def all_chunks(documents: Iterable[Document], cases: Iterable[Case],
               records: dict[str, list[Case]] | None = None) -> list[Chunk]:
    """Every passage of `documents` and `cases`; `records` maps a merged case's id to the
    source records it joins (see `assist.catalogue.merge`)."""
    documents, cases = list(documents), list(cases)
    records = records or {}
    owners = section_owners(documents, cases)
    chunks = []
    for doc in documents:
        for chunk in document_chunks(doc):
            owner = owners.get(chunk.id.split("~")[0])
            if owner is not None:
                chunk.owner, chunk.facets = owner.id, case_facets(owner)
            chunks.append(chunk)
    chunks += [c for case in cases for c in merged_chunks(case, records.get(case.id, [case]))]
    return chunks


# Modules whose code decides what the passages of a document or a case are: a change to any
# of them changes `sources_fingerprint`, so the index is rebuilt as when the corpus changes.
PASSAGE_CODE = ("assist.retrieval.chunking", "assist.facets", "assist.access", "assist.models",
                "assist.text.vocab", "assist.catalogue.corpus")


def sources_fingerprint(documents: Iterable[Document], cases: Iterable[Case],
                        records: dict[str, list[Case]] | None = None,
                        stored: Iterable[str] = ()) -> str:
    """One hash of everything `all_chunks` makes passages from (each document and case as
    stored, the records merged into each case, the code that cuts them), computed without
    cutting a single passage: opening an index of a million passages checks it is current
    without a million `Chunk` objects in memory. `stored`: more documents as their stored
    JSON (the added ones: `model_dump_json()` when they were kept), hashed after
    `documents` as they are, one at a time, none parsed."""
    records = records or {}
    digest = hashlib.sha256()
    for name in PASSAGE_CODE:
        digest.update(Path(sys.modules[name].__file__).read_bytes())
    for text in itertools.chain((doc.model_dump_json() for doc in documents), stored):
        digest.update(b"\x00d")
        digest.update(text.encode("utf-8"))
    for case in cases:
        digest.update(b"\x00c")
        digest.update(case.model_dump_json().encode("utf-8"))
        joined = records.get(case.id, [])
        for record in joined if len(joined) > 1 else ():  # one record: the case itself
            digest.update(b"\x00r")
            digest.update(record.model_dump_json().encode("utf-8"))
    return digest.hexdigest()
