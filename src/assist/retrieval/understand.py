"""Understand a question with the catalogue's own vocabularies: no language model.

The catalogue already knows the words that name things: its authorities, the places they are
in or experiment in, their partners and vendors, the products' names, the themes, statuses
and years. A question that names one of them ("les projets du Sicoval", "Leakmited",
"projets abandonnés", "en 2024") designates the records that carry it; the ranking boosts
those records and the answer says what was understood, so that the person can remove it.

Matching is on the analyser's stems, longest phrase first, each question word used once: in
"Métropole du Grand Paris", "Grand Paris" is the authority and "métropole" is not read again
as a type of authority.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from assist.catalogue.geo import region_of
from assist.facets import FACETS
from assist.models import Case, Document
from assist.text.analyser import fold, tokens
from assist.text.vocab import (
    AUDIENCES_EN,
    AUTHORITY_ALIASES,
    AUTHORITY_NAMES_EN,
    AUTHORITY_TYPES,
    SUB_THEMES_EN,
    THEMES,
    THEMES_EN,
)

# Facets that name one thing (a strong clue) and those that describe a kind of thing.
NAME_FACETS = ("nom_projet", "coll_nom", "partenaires", "place")
# The others are the facets of the one facet table that a person filters by.
KIND_FACETS = tuple(f.name for f in FACETS if f.in_ui)
# Audiences too common in questions to mean the facet ("former les agents").
_VAGUE_AUDIENCES = {"Agent", "Bénéficiaire", "Collectivités"}
# Words of an authority's name that say what kind of authority it is, not which one:
# "Ville de Metz" is designated by "Metz".
_GENERIC_NAME_WORDS = {
    fold(w) for w in ("ville", "villes", "commune", "communes", "metropole", "métropole",
                      "communaute", "communauté", "agglomeration", "agglomération",
                      "département", "departement", "région", "region", "ca", "cc", "ept",
                      "epci", "etablissement", "établissement", "public", "territorial",
                      "syndicat", "mixte", "gestion", "de", "du", "des", "la", "le", "les")}
_GENERIC_STEMS = {t.stem for w in _GENERIC_NAME_WORDS for t in tokens(w)} | {
    "ia", "intelligent", "artificiel", "ai", "projet", "donne", "numer", "plateform", "outil",
    "servic", "agent", "eau", "air", "universit", "laboratoir", "centr", "institut", "group",
    "mission", "experiment", "detect", "inventair", "calcul", "lutt", "contr"}
# A one-word name is only a clue when few passages hold it: a frequent word ("Paris" in a
# corpus about the Grand Paris) designates nothing in particular.
MAX_SHARE_ONE_WORD = 0.15
# Status words, as people write them in a question (folded prefixes of whole words).
STATUS_WORDS = {
    "Abandonné": (r"abandonn\w*", r"abandoned"),
    "Terminée": (r"termine\w*", r"finished", r"completed"),
    "En déploiement": (r"en deploiement", r"deployes?", r"deployed"),
    "En expérimentation": (r"en experimentation", r"experimentes?", r"experimental"),
}
TYPE_WORDS_EN = {"municipality": "Commune", "municipalities": "Commune",
                 "metropolis": "Métropole", "metropolitan authorities": "Métropole",
                 "regions": "Région", "region": "Région", "departments": "Département",
                 "foreign cities": "Ville étrangère"}
_THEME_GENERIC = {"transit", "technolog", "intern", "organis", "socl", "foundation"}
# Other names of the map's regions, as questions write them (English, short forms).
REGION_NAMES = {
    "Île-de-France": ("Paris region",), "Bretagne": ("Brittany",), "Normandie": ("Normandy",),
    "Corse": ("Corsica",), "Provence-Alpes-Côte d'Azur": ("PACA", "région Sud"),
    "Auvergne-Rhône-Alpes": ("AURA",), "Bourgogne-Franche-Comté": ("Burgundy-Franche-Comté",),
}
DOC = "doc:"
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_YEAR = re.compile(r"\b(20[0-3]\d|19[89]\d)\b")


@dataclass(frozen=True)
class Mention:
    """Something the question names that the catalogue knows, and the records it designates."""

    facet: str
    value: str
    cases: frozenset[str]  # ids of records; a document is ``doc:<id>`` (an authority's own)
    surface: str  # the question's own words

    @property
    def records(self) -> frozenset[str]:
        return frozenset(i for i in self.cases if not i.startswith(DOC))

    def designates(self, kind: str, parent_id: str) -> bool:
        """Whether a result (a case, or a section of a document) carries this mention."""
        return (parent_id if kind == "case" else DOC + parent_id) in self.cases

    @property
    def key(self) -> str:
        return f"{self.facet}={self.value}"

    @property
    def is_name(self) -> bool:
        return self.facet in NAME_FACETS


@dataclass
class Lexicon:
    """Stem phrases -> (facet, value) -> case ids, built once from the catalogue."""

    phrases: dict[tuple[str, ...], dict[tuple[str, str], set[str]]] = field(default_factory=dict)
    years: dict[int, set[str]] = field(default_factory=dict)
    statuses: dict[str, set[str]] = field(default_factory=dict)
    # Short names written in capitals ("PACA", "AURA"), matched as the whole word itself, not
    # by its stem: "les PACS" stems to what "PACA" stems to, and is no region.
    acronyms: dict[str, dict[tuple[str, str], set[str]]] = field(default_factory=dict)

    def add(self, stems: Iterable[str], facet: str, value: str, case_id: str) -> None:
        stems = tuple(stems)
        if stems:
            self.phrases.setdefault(stems, {}).setdefault((facet, value), set()).add(case_id)

    @property
    def longest(self) -> int:
        return max((len(p) for p in self.phrases), default=0)


def _stems(text: str) -> list[str]:
    return [t.stem for t in tokens(text)]


def _is_proper(value: str) -> bool:
    """A name rather than a phrase of prose ("développé en régie")."""
    return any(ch.isupper() or ch.isdigit() for ch in value)


def build_lexicon(cases: Iterable[Case], share: Callable[[str], float],
                  documents: Iterable[Document] = ()) -> Lexicon:
    """The catalogue's vocabularies as stem phrases; `share(stem)` is the share of indexed
    passages that hold the stem (one-word names must be rarer than `MAX_SHARE_ONE_WORD`).
    A document's publishers are authorities too: naming one designates its documents."""
    lex = Lexicon()

    def name(stems: list[str], facet: str, value: str, case_id: str) -> None:
        if not stems or all(s in _GENERIC_STEMS for s in stems):
            return
        if len(stems) == 1 and share(stems[0]) > MAX_SHARE_ONE_WORD:
            return
        lex.add(stems, facet, value, case_id)

    for case in cases:
        if case.nom_projet and _is_proper(case.nom_projet):
            name(_stems(case.nom_projet), "nom_projet", case.nom_projet, case.id)
        if case.coll_nom:
            full = _stems(case.coll_nom)
            lex.add(full, "coll_nom", case.coll_nom, case.id)
            distinctive = [s for s in full if s not in _GENERIC_STEMS]
            if distinctive != full:
                name(distinctive, "coll_nom", case.coll_nom, case.id)
        for partner in case.partenaires:
            if _is_proper(partner):
                name(_stems(re.sub(r"\(.*?\)", " ", partner)), "partenaires", partner.strip(),
                     case.id)
        for place in case.experimented_in:
            label = re.sub(r"\s*\(.*?\)", "", place).strip()
            name(_stems(label), "place", label, case.id)
        # The region its coordinates fall in ("Projets d'IA en Occitanie"): the export
        # records no region, the shipped outlines of the map place it.
        region = region_of(case.latitude, case.longitude)
        if region:
            for phrase in (region, *REGION_NAMES.get(region, ())):
                if _ACRONYM.fullmatch(phrase):
                    lex.acronyms.setdefault(phrase, {}).setdefault(
                        ("place", region), set()).add(case.id)
                else:
                    name(_stems(phrase), "place", region, case.id)
        if case.coll_type:
            lex.add(_stems(case.coll_type), "coll_type", case.coll_type, case.id)
        if case.theme:
            lex.add(_stems(case.theme), "theme", case.theme, case.id)
            if case.theme in THEMES_EN:
                lex.add(_stems(THEMES_EN[case.theme]), "theme", case.theme, case.id)
        for sub in case.sous_theme:
            lex.add(_stems(sub), "sous_theme", sub, case.id)
            if sub in SUB_THEMES_EN:  # an English question names it in English
                lex.add(_stems(SUB_THEMES_EN[sub]), "sous_theme", sub, case.id)
        for audience in case.audience_service:
            if audience not in _VAGUE_AUDIENCES:
                lex.add(_stems(audience), "audience_service", audience, case.id)
                if audience in AUDIENCES_EN:
                    lex.add(_stems(AUDIENCES_EN[audience]), "audience_service", audience,
                            case.id)
        if case.start_year:
            lex.years.setdefault(int(case.start_year), set()).add(case.id)
        if case.projet_status:
            lex.statuses.setdefault(case.projet_status, set()).add(case.id)
    for doc in documents:
        for publisher in re.split(r",| et ", doc.publisher):
            if publisher.strip() and _is_proper(publisher):
                full = _stems(publisher)
                lex.add(full, "coll_nom", publisher.strip(), DOC + doc.id)
                distinctive = [s for s in full if s not in _GENERIC_STEMS]
                if distinctive != full:
                    name(distinctive, "coll_nom", publisher.strip(), DOC + doc.id)
    # Authorities by their English names ("Greater Paris"): what the French name designates.
    by_name: dict[str, set[str]] = {}
    for targets in lex.phrases.values():
        for (facet, value), ids in targets.items():
            if facet == "coll_nom":
                by_name.setdefault(value, set()).update(ids)
    for english, french in AUTHORITY_NAMES_EN.items():
        for case_id in by_name.get(french, ()):
            lex.add(_stems(english), "coll_nom", french, case_id)
    # Types of authority by their vocabulary's labels and aliases too (plural stems alike).
    by_type: dict[str, set[str]] = {}
    for targets in lex.phrases.values():
        for (facet, value), ids in targets.items():
            if facet == "coll_type":
                by_type.setdefault(value, set()).update(ids)
    for label, alias in [(t, t) for t in AUTHORITY_TYPES] + [
            (v, k) for k, v in AUTHORITY_ALIASES.items() if len(k) > 3]:
        if label in by_type:
            for case_id in by_type[label]:
                lex.add(_stems(alias), "coll_type", label, case_id)
    # A theme is named by any telling word of its label ("énergétique", "mobility").
    by_theme: dict[str, set[str]] = {}
    for targets in list(lex.phrases.values()):
        for (facet, value), ids in targets.items():
            if facet == "theme":
                by_theme.setdefault(value, set()).update(ids)
    for theme in THEMES:
        for phrase in (theme, THEMES_EN[theme]):
            for stem in set(_stems(phrase)) - _THEME_GENERIC:
                for case_id in by_theme.get(theme, ()):
                    lex.add([stem], "theme", theme, case_id)
    return lex


def understand(question: str, lex: Lexicon) -> list[Mention]:
    """What `question` names that the catalogue knows, in the order of the question."""
    toks = tokens(question)
    stems = [t.stem for t in toks]
    used = [False] * len(stems)
    found: dict[tuple[str, str], Mention] = {}
    spans: list[tuple[int, Mention]] = []
    for n in range(min(lex.longest, len(stems)), 0, -1):
        for i in range(len(stems) - n + 1):
            if any(used[i:i + n]):
                continue
            targets = lex.phrases.get(tuple(stems[i:i + n]))
            if not targets:
                continue
            surface = question[toks[i].start:toks[i + n - 1].end]
            for (facet, value), ids in targets.items():
                if facet == "coll_type" and not _plural(surface):
                    # "quelles métropoles", "des communes" ask for a kind of authority;
                    # "la Métropole", "notre département" name the asker or one authority.
                    continue
                merged = _merge(found.get((facet, value)), facet, value, ids, surface)
                found[(facet, value)] = merged
                spans.append((i, merged))
            used[i:i + n] = [True] * n
    for acronym, targets in lex.acronyms.items():
        # In any case ("paca"), unless its small letters are a word of the language ("il y
        # aura"): then in capitals only ("AURA").
        flags = re.IGNORECASE if tokens(acronym.lower()) else 0
        if (match := re.search(rf"\b{acronym}\b", question, flags)):
            for (facet, value), ids in targets.items():
                found[(facet, value)] = _merge(found.get((facet, value)), facet, value, ids,
                                               match.group(0))
                spans.append((len(stems), found[(facet, value)]))
    folded = fold(question)
    for label, patterns in STATUS_WORDS.items():
        if label in lex.statuses and any(re.search(rf"\b{p}\b", folded) for p in patterns):
            m = Mention("projet_status", label, frozenset(lex.statuses[label]), label)
            found[("projet_status", label)] = m
            spans.append((len(stems), m))
    for words, label in TYPE_WORDS_EN.items():
        if re.search(rf"\b{words}\b", folded):
            ids = {i for m in found.values() if m.facet == "coll_type" and m.value == label
                   for i in m.cases}
            ids |= _type_cases(lex, label)
            if ids:
                found[("coll_type", label)] = Mention("coll_type", label, frozenset(ids), words)
                spans.append((len(stems), found[("coll_type", label)]))
    for match in _YEAR.finditer(question):
        year = int(match.group(1))
        if year in lex.years:
            m = Mention("start_year", str(year), frozenset(lex.years[year]), match.group(1))
            found[("start_year", str(year))] = m
            spans.append((len(stems), m))
    # The same authority under two spellings ("CA SICOVAL", "Sicoval") is one mention.
    out: dict[tuple[str, frozenset[str] | str], Mention] = {}
    for _, m in sorted(spans, key=lambda s: s[0]):
        m = found[(m.facet, m.value)]
        key = (m.facet, m.surface.casefold()) if m.facet == "coll_nom" else (m.facet, m.value)
        if key in out:
            prev = out[key]
            out[key] = Mention(prev.facet, prev.value, prev.cases | m.cases, prev.surface)
        else:
            out[key] = m
    return [m for m in out.values() if m.cases]


def _plural(surface: str) -> bool:
    last = fold(surface).split()[-1] if surface.strip() else ""
    return last.endswith(("s", "x")) or last in ("epci", "ept")


def _merge(prev: Mention | None, facet: str, value: str, ids: set[str],
           surface: str) -> Mention:
    if prev is None:
        return Mention(facet, value, frozenset(ids), surface)
    return Mention(facet, value, prev.cases | frozenset(ids), prev.surface)


def _type_cases(lex: Lexicon, label: str) -> set[str]:
    return {i for targets in lex.phrases.values() for (facet, value), ids in targets.items()
            if facet == "coll_type" and value == label for i in ids}
