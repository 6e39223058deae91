"""One project, one record: the same project found in several sources, merged with its provenance.

The shipped corpus and every imported catalogue are sources. Two records are the same project
when they come from different sources, their authority is the same (same SIREN when both
have a SIRET, else the same folded name once legal-form words are removed, through a small
table of known aliases) and their projects are close (titles sharing their telling words,
or descriptions close by words and by meaning). Matching is conservative: records are joined
one to one, best evidence first, never two records of one source, so that two projects of
one authority stay two. Agents' decisions (``merge`` / ``apart``) override the machine.

The merged record takes each field from its most recent source that has a value; every
source's value is kept in `Case.provenance` (most recent first) so that disagreements show.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

import numpy as np

from assist.models import Case, Document, FieldSource, RecordRef
from assist.text.analyser import analyse, fold, tokens

Decision = Literal["merge", "apart"]

# Words that say what kind of body an authority is, not which one (folded).
_LEGAL_WORDS = {
    "ville", "commune", "mairie", "communaute", "communautes", "agglomeration", "communes",
    "urbaine", "metropole", "metropolitain", "departement", "departemental", "conseil",
    "region", "regional", "etablissement", "public", "territorial", "ept", "syndicat",
    "mixte", "intercommunal", "ca", "cc", "cu", "de", "du", "des", "la", "le", "les", "l",
    "d", "et", "en", "sur", "a",
}
# Legal-form words that say which kind of body it is (two bodies of one place differ:
# Ville de Lyon is not Métropole de Lyon).
_KIND_WORDS = {
    "ville": "commune", "commune": "commune", "mairie": "commune",
    "communaute": "epci", "agglomeration": "epci", "metropole": "epci", "ept": "epci",
    "ca": "epci", "cc": "epci", "cu": "epci", "territorial": "epci",
    "departement": "departement", "region": "region", "syndicat": "syndicat",
}
_TYPE_KIND = {
    "commune": "commune", "epci": "epci", "metropole": "epci", "ept": "epci",
    "communaute d'agglomeration": "epci", "communaute de communes": "epci",
    "departement": "departement", "region": "region", "syndicat mixte": "syndicat",
}
# Known other names of one authority, after legal-form words are removed.
AUTHORITY_ALIASES = {
    "mgp": "grand paris",
    "amp": "aix marseille provence",
    "pold": "paris ouest defense",
    "paris ouest la defense": "paris ouest defense",
    "sqy": "saint quentin yvelines",
}
# Words that every project of this catalogue shares: they say nothing about which project.
_GENERIC = set(analyse(
    "ia intelligence artificielle ai expérimentation expérimentations solution outil "
    "dispositif projet service plateforme grâce usage mise place via algorithme données data"))

# Evidence thresholds, set on the real export and the corpus (tests/test_merge.py shows the
# pairs that must and must not merge): a title sharing most of its telling words, or equal
# once spaces and punctuation are gone ("IA ECOPILOT" / "IA Eco Pilot").
TITLE_SAME = 0.99
TITLE_CLOSE = 0.6
TITLE_SOME = 0.3
# Cosine of e5 vectors of title and description (not re-centred: e5's cosines sit high, so
# only a high value says "the same text told twice").
MEANING_CLOSE = 0.88
MEANING_SAME = 0.93
DESCRIPTION_CLOSE = 0.35
DESCRIPTION_SAME = 0.8


@dataclass
class Evidence:
    """Why two records are (or are not) taken for the same project."""

    a: str
    b: str
    authority: str = ""  # "siren", "name" or "" (different authorities)
    title: float = 0.0
    description: float = 0.0
    meaning: float | None = None
    decided: Decision | None = None

    @property
    def same(self) -> bool:
        if self.decided:
            return self.decided == "merge"
        if not self.authority:
            return False
        meaning = self.meaning if self.meaning is not None else 0.0
        return (self.title >= TITLE_SAME or self.description >= DESCRIPTION_SAME
                or (self.title >= TITLE_CLOSE
                    and (meaning >= MEANING_CLOSE or self.description >= DESCRIPTION_CLOSE))
                or (self.title >= TITLE_SOME and meaning >= MEANING_SAME
                    and self.description >= DESCRIPTION_CLOSE))

    @property
    def strength(self) -> float:
        meaning = self.meaning if self.meaning is not None else 0.0
        return (2.0 if self.decided == "merge" else 0.0) + self.title + 0.5 * meaning \
            + 0.5 * self.description

    def reasons(self) -> list[str]:
        out = [f"authority: {self.authority or 'different'}", f"title {self.title:.2f}",
               f"description {self.description:.2f}"]
        if self.meaning is not None:
            out.append(f"meaning {self.meaning:.2f}")
        if self.decided:
            out.append(f"decided: {self.decided}")
        return out


@dataclass
class Merged:
    """The catalogue as one record per project, and how to find a record by an old id."""

    cases: list[Case]
    aliases: dict[str, str] = field(default_factory=dict)  # any record id -> merged id
    members: dict[str, list[Case]] = field(default_factory=dict)  # merged id -> source records
    evidence: list[Evidence] = field(default_factory=list)  # the pairs weighed

    def resolve(self, record_id: str) -> str | None:
        return self.aliases.get(record_id)

    @classmethod
    def single(cls, records: Sequence[Case]) -> Merged:
        """Each record on its own (an index built without merging, as the bench's)."""
        return cls(cases=list(records), aliases={c.id: c.id for c in records},
                   members={c.id: [c] for c in records})


# -- authorities --------------------------------------------------------------------------------

@lru_cache(maxsize=65536)
def authority_name(name: str) -> str:
    """The name that says which authority, whatever its legal form is called.

    >>> authority_name("CA SICOVAL"), authority_name("Communauté d'agglomération du Sicoval")
    ('sicoval', 'sicoval')
    """
    words = [w for w in re.split(r"[^a-z0-9]+", fold(name)) if w]
    core = " ".join(w for w in words if w not in _LEGAL_WORDS) or " ".join(words)
    return AUTHORITY_ALIASES.get(core, core)


@lru_cache(maxsize=65536)
def authority_kind(name: str, coll_type: str = "") -> str:
    """"commune", "epci", "departement", "region", "syndicat", or "" when unknown: from the
    legal-form words of the name first (the export's types are sometimes wrong), else the
    record's type."""
    for word in re.split(r"[^a-z0-9]+", fold(name)):
        if word in _KIND_WORDS:
            return _KIND_WORDS[word]
    return _TYPE_KIND.get(fold(coll_type), "")


@lru_cache(maxsize=65536)
def siren(siret: str) -> str:
    """The SIREN (first nine digits) of a SIRET: an authority's establishments share it."""
    digits = re.sub(r"\D", "", siret or "")
    return digits[:9] if len(digits) >= 9 else ""


def same_authority(a: Case, b: Case) -> str:
    """"siren" or "name" when `a` and `b` belong to one authority, else ""."""
    sa, sb = siren(a.coll_siret), siren(b.coll_siret)
    if sa and sb:
        return "siren" if sa == sb else ""
    ka, kb = authority_kind(a.coll_nom, a.coll_type), authority_kind(b.coll_nom, b.coll_type)
    if ka and kb and ka != kb:
        return ""
    na, nb = authority_name(a.coll_nom), authority_name(b.coll_nom)
    return "name" if na and na == nb else ""


# -- projects -----------------------------------------------------------------------------------

@lru_cache(maxsize=65536)
def _telling(text: str) -> frozenset[str]:
    """The stems that say which project (pairs of one authority ask for each many times)."""
    return frozenset({t.stem for t in tokens(text)} - _GENERIC)


@lru_cache(maxsize=65536)
def _compact(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", fold(text))


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller set found in the other (a short title inside a long one counts)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def title_closeness(a: str, b: str) -> float:
    """1.0 for one title written twice ("IA ECOPILOT" / "IA Eco Pilot") or the same telling
    words (at least two); else the share of telling words in common, below 1."""
    if a and _compact(a) == _compact(b):
        return 1.0
    ta, tb = _telling(a), _telling(b)
    if ta == tb and len(ta) >= 2:
        return 1.0
    return round(0.95 * overlap(ta, tb), 4)


def description_closeness(a: str, b: str) -> float:
    """Jaccard of the descriptions' telling stems (their length differs little in it)."""
    sa, sb = _telling(a), _telling(b)
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


def meaning_text(case: Case) -> str:
    return f"{case.nom_projet}. {case.usage_description}"[:1500]


# -- dates and sources --------------------------------------------------------------------------

_DATE_FORMS = (
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})"), ("y", "m", "d")),
    (re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$"), ("d", "m", "y")),
    (re.compile(r"^(\d{1,2})/(\d{4})$"), ("m", "y")),
    (re.compile(r"^(\d{4})-(\d{2})$"), ("y", "m")),
    (re.compile(r"^(\d{4})$"), ("y",)),
)


def iso_date(text: str) -> str:
    """"16/04/2025" -> "2025-04-16", "05/2024" -> "2024-05", "2025" -> "2025"; else ""."""
    text = (text or "").strip()
    for pattern, parts in _DATE_FORMS:
        m = pattern.match(text)
        if m:
            got = dict(zip(parts, m.groups()))
            out = got["y"]
            if "m" in got:
                out += f"-{int(got['m']):02d}"
            if "d" in got:
                out += f"-{int(got['d']):02d}"
            return out
    return ""


def date_key(iso: str) -> tuple[int, int, int]:
    parts = [int(p) for p in iso.split("-") if p.isdigit()] if iso else []
    return tuple((parts + [0, 0, 0])[:3])  # type: ignore[return-value]


def record_ref(case: Case, documents: dict[str, Document],
               catalogues: dict[str, Any]) -> RecordRef:
    """Where a record comes from and how recent it is.

    A shipped record is as recent as its own date or, failing that, its newest source
    document; an imported one as its row's date of last update or, failing that, the date
    the catalogue was imported.
    """
    if case.origin == "corpus":
        cited = [documents[s.document] for s in case.sources if s.document in documents]
        dates = [iso_date(d.date) for d in cited] + [iso_date(case.date)]
        newest = max((d for d in dates if d), key=date_key, default="")
        first = cited[0] if cited else None
        return RecordRef(id=case.id, origin="corpus",
                         source=first.id if first else "corpus",
                         label=first.title if first else "corpus", date=newest)
    imported = catalogues.get(case.origin)
    date = iso_date(case.date) or iso_date(str(getattr(imported, "imported_at", ""))[:10])
    return RecordRef(id=case.id, origin=case.origin, source=case.origin, label=case.origin,
                     date=date)


# -- matching -----------------------------------------------------------------------------------

def pair_key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def weigh(records: Sequence[Case], decisions: dict[tuple[str, str], Decision],
          embed: Callable[[list[str]], np.ndarray] | None = None) -> list[Evidence]:
    """Evidence for every pair worth weighing: records of different sources and one
    authority, and every pair an agent decided on."""
    by_id = {c.id: c for c in records}
    pairs: dict[tuple[str, str], Evidence] = {}
    groups: dict[str, list[Case]] = {}
    for case in records:
        groups.setdefault(authority_name(case.coll_nom), []).append(case)
    by_siren: dict[str, list[Case]] = {}
    for case in records:
        if siren(case.coll_siret):
            by_siren.setdefault(siren(case.coll_siret), []).append(case)
    groups.pop("", None)  # records without an authority's name are never matched on it
    for group in [*groups.values(), *by_siren.values()]:
        for a, b in _candidates(group):
            if a.origin == b.origin or pair_key(a.id, b.id) in pairs:
                continue
            authority = same_authority(a, b)
            if authority:
                pairs[pair_key(a.id, b.id)] = Evidence(*pair_key(a.id, b.id), authority)
    for (a, b), decision in decisions.items():
        if a in by_id and b in by_id:
            ev = pairs.setdefault((a, b), Evidence(a, b, same_authority(by_id[a], by_id[b])))
            ev.decided = decision
    for ev in pairs.values():
        a, b = by_id[ev.a], by_id[ev.b]
        ev.title = title_closeness(a.nom_projet, b.nom_projet)
        ev.description = description_closeness(a.usage_description, b.usage_description)
    # Meaning is only asked where words leave a doubt: neither settled, nor hopeless.
    doubtful = [ev for ev in pairs.values()
                if not ev.decided and TITLE_SOME <= ev.title < TITLE_SAME]
    if embed is not None and doubtful:
        ids = sorted({i for ev in doubtful for i in (ev.a, ev.b)})
        vectors = np.asarray(embed([meaning_text(by_id[i]) for i in ids]), dtype=np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True).clip(1e-9)
        row = {i: n for n, i in enumerate(ids)}
        for ev in doubtful:
            ev.meaning = round(float(vectors[row[ev.a]] @ vectors[row[ev.b]]), 4)
    return sorted(pairs.values(), key=lambda ev: (-ev.strength, ev.a, ev.b))


# Up to this many records of one authority, every pair is weighed; beyond, only pairs that
# share a telling word of their titles or one description (a catalogue where one authority
# has thousands of records would otherwise cost millions of comparisons at each opening).
ALL_PAIRS_UP_TO = 60


def _candidates(group: list[Case]) -> Iterable[tuple[Case, Case]]:
    if len(group) <= ALL_PAIRS_UP_TO:
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                yield a, b
        return
    blocks: dict[str, list[int]] = {}
    for n, case in enumerate(group):
        keys = {f"t:{stem}" for stem in _telling(case.nom_projet)}
        keys.add(f"c:{_compact(case.nom_projet)}")
        keys.add(f"d:{hash(_telling(case.usage_description))}")
        for key in keys:
            blocks.setdefault(key, []).append(n)
    seen: set[tuple[int, int]] = set()
    for members in blocks.values():
        for i, x in enumerate(members):
            for y in members[i + 1:]:
                if (x, y) not in seen:
                    seen.add((x, y))
                    yield group[x], group[y]


def cluster(records: Sequence[Case], evidence: Iterable[Evidence]) -> list[list[Case]]:
    """Join records pair by pair, strongest evidence first: agents' merges always; the
    machine's only when the two groups share no source, and never across an agent's
    "apart"."""
    parent = {c.id: c.id for c in records}
    origins = {c.id: {c.origin} for c in records}
    apart: dict[str, set[str]] = {c.id: set() for c in records}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    evidence = list(evidence)
    for ev in evidence:
        if ev.decided == "apart":
            apart[ev.a].add(ev.b)
            apart[ev.b].add(ev.a)
    members = {c.id: {c.id} for c in records}
    for ev in sorted(evidence, key=lambda e: (e.decided != "merge", -e.strength)):
        if not ev.same:
            continue
        ra, rb = root(ev.a), root(ev.b)
        if ra == rb:
            continue
        if any(apart[x] & members[rb] for x in members[ra]):
            continue
        if ev.decided != "merge" and origins[ra] & origins[rb]:
            continue
        parent[rb] = ra
        origins[ra] |= origins.pop(rb)
        members[ra] |= members.pop(rb)
    out: dict[str, list[Case]] = {}
    for case in records:
        out.setdefault(root(case.id), []).append(case)
    return list(out.values())


# -- one record ---------------------------------------------------------------------------------

def _empty(value: Any) -> bool:
    return value in (None, "", [], {})


COORDINATE_TOLERANCE = 0.05  # degrees, about 5 km: two sources placing one town hall


def _same_value(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) <= COORDINATE_TOLERANCE
    if isinstance(a, list) and isinstance(b, list):
        return sorted(fold(str(x)) for x in a) == sorted(fold(str(x)) for x in b)
    return fold(" ".join(str(a).split())) == fold(" ".join(str(b).split()))


# Fields a merged record computes itself rather than takes from one source.
_OWN = {"id", "origin", "sources", "records", "provenance", "problems", "extra"}


def merge_records(group: list[Case], refs: dict[str, RecordRef], merged_id: str) -> Case:
    """One case from records of one project: each field from the most recent source that
    has it, every source's value kept in `provenance` (most recent first)."""
    ordered = sorted(group, key=lambda c: (date_key(refs[c.id].date), c.origin == "corpus"),
                     reverse=True)
    first = next(c for c in group if c.id == merged_id)
    update: dict[str, Any] = {"id": merged_id, "origin": first.origin,
                              "records": [refs[c.id] for c in ordered]}
    provenance: dict[str, list[FieldSource]] = {}
    for name in Case.model_fields:
        if name in _OWN:
            continue
        values = [(c, getattr(c, name)) for c in ordered if not _empty(getattr(c, name))]
        if not values:
            continue
        update[name] = values[0][1]
        provenance[name] = [FieldSource(value=v, record=c.id) for c, v in values]
    sources, seen = [], set()
    for c in ordered:
        for ref in c.sources:
            if (ref.document, ref.section) not in seen:
                seen.add((ref.document, ref.section))
                sources.append(ref)
    extra: dict[str, str] = {}
    for c in reversed(ordered):
        extra.update(c.extra)
    update.update(sources=sources, extra=extra, provenance=provenance,
                  problems=[p for c in ordered for p in c.problems])
    return first.model_copy(update=update)


def conflicts(case: Case) -> dict[str, list[FieldSource]]:
    """The fields whose sources disagree, each with one entry per distinct value."""
    out = {}
    for name, values in case.provenance.items():
        distinct: list[FieldSource] = []
        for v in values:
            if not any(_same_value(v.value, d.value) for d in distinct):
                distinct.append(v)
        if len(distinct) > 1:
            out[name] = distinct
    return out


def merged_id(group: list[Case]) -> str:
    """The shipped record's id when there is one (stable across imports), else the first
    record's (its catalogue comes first by name)."""
    shipped = [c for c in group if c.origin == "corpus"]
    return (shipped or group)[0].id


def merge(records: Sequence[Case], documents: Iterable[Document] = (),
          catalogues: Iterable[Any] = (),
          decisions: dict[tuple[str, str], Decision] | None = None,
          embed: Callable[[list[str]], np.ndarray] | None = None) -> Merged:
    """The records as one case per project (see the module's docstring).

    `records` have unique ids; `decisions` maps an id pair (sorted) to an agent's
    ``"merge"`` or ``"apart"``; `embed` turns texts into vectors (the passage embedder).
    """
    documents = {d.id: d for d in documents}
    catalogues = {c.name: c for c in catalogues}  # `Store.catalogues()` entries
    refs = {c.id: record_ref(c, documents, catalogues) for c in records}
    evidence = weigh(records, decisions or {}, embed)
    out = Merged(cases=[], evidence=evidence)
    for group in cluster(records, evidence):
        if len(group) == 1:
            case = group[0].model_copy(update={"records": [refs[group[0].id]]})
            out.cases.append(case)
            out.aliases[case.id] = case.id
            out.members[case.id] = [group[0]]
            continue
        mid = merged_id(group)
        case = merge_records(group, refs, mid)
        out.cases.append(case)
        out.members[mid] = group
        out.aliases.update({c.id: mid for c in group})
    return out



# -- in words -----------------------------------------------------------------------------------

def source_label(ref: RecordRef, language: str = "fr") -> str:
    """"catalogue « bibliotheque »" or "« Bibliothèque d'IA territoriales … »"."""
    from assist.text.i18n import t

    if ref.origin == "corpus":
        title = ref.label if len(ref.label) <= 60 else ref.label[:57].rstrip() + "…"
        return t("provenance.document", language, title=title)
    return t("provenance.catalogue", language, name=ref.label)


def provenance_line(case: Case, name: str, language: str = "fr",
                    shown: Callable[[str, Any], str] | None = None) -> str:
    """One field's values, one per distinct value, most recent source first, each with its
    source and date: "En déploiement (catalogue « bibliotheque », 2025-04-16) · Terminée
    (« Bibliothèque d'IA territoriales … », 2025)". `shown` renders a value."""
    from assist.text.i18n import t

    refs = {r.id: r for r in case.records}
    values = conflicts(case).get(name) or case.provenance.get(name, [])[:1]
    parts = []
    for v in values:
        ref = refs.get(v.record)
        text = shown(name, v.value) if shown else plain_value(v.value)
        source = source_label(ref, language) if ref else v.record
        date = (ref.date if ref else "") or t("provenance.undated", language)
        parts.append(t("provenance.value", language, value=text, source=source, date=date))
    return " · ".join(parts)


def plain_value(value: Any) -> str:
    """A value in one short line (lists joined, long text cut)."""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:77].rstrip() + "…"
