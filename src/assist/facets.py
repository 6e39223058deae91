"""The one table of facets: what a catalogue can be filtered and counted by.

Search, explanations, figures, the UI (sidebar and URL) and the CLI all read this table, so a
facet is named, aliased and matched the same way everywhere. Matching is one rule: a case
passes a facet when one of its values equals a wanted value once both are folded
(`text.analyser.fold`: case, accents, typographic apostrophes, spaces).
"""

from __future__ import annotations

from dataclasses import dataclass

from assist.models import Case
from assist.text.analyser import fold
from assist.text.vocab import VOCABULARIES

Filters = dict[str, list[str]]


@dataclass(frozen=True)
class Facet:
    name: str  # the `Case` field it reads
    param: str  # its query parameter in a shared link (`?status=...`)
    aliases: tuple[str, ...] = ()  # other keys a filter may use (CLI, API)
    in_ui: bool = True  # offered in the sidebar and counted in the Explorer
    similar: bool = False  # counts when two projects are compared for likeness
    explained: bool = False  # named in a result's reasons when the question names its value

    @property
    def label_key(self) -> str:
        """The i18n key of the facet's name (``facet.theme``)."""
        return f"facet.{self.name}"

    @property
    def multi(self) -> bool:
        """Whether a case holds several values (a list field)."""
        return Case.model_fields[self.name].annotation == list[str]

    def values(self, case: Case) -> list[str]:
        """The case's values for this facet, as strings, empty ones left out."""
        if self.name == "origin" and case.records:
            # A record merged from several sources is in each of their catalogues.
            return list(dict.fromkeys(r.origin for r in case.records))
        value = getattr(case, self.name)
        values = value if isinstance(value, list) else [value]
        return [str(v) for v in values if v not in (None, "")]


FACETS: tuple[Facet, ...] = (
    Facet("theme", "theme", similar=True, explained=True),
    Facet("sous_theme", "sous_theme", ("subtheme", "sub_theme"), similar=True, explained=True),
    Facet("projet_status", "status", ("status",), explained=True),
    Facet("coll_type", "type", ("type",), similar=True, explained=True),
    Facet("audience_service", "audience", ("audience",), similar=True, explained=True),
    Facet("start_year", "year", ("year",)),
    Facet("origin", "origin", in_ui=False),
)
BY_NAME = {f.name: f for f in FACETS}
UI_FACETS = tuple(f for f in FACETS if f.in_ui)
_BY_KEY = {key: f for f in FACETS for key in (f.name, *f.aliases)}


def facet(key: str) -> Facet:
    """The facet a filter key names (a field name or an alias); ValueError naming the keys."""
    try:
        return _BY_KEY[key]
    except KeyError:
        raise ValueError(f"unknown filter {key!r}; use one of: "
                         f"{', '.join(f.name for f in FACETS)}") from None


def normalise_filters(filters: dict[str, object] | None) -> Filters:
    """Canonical keys and labels: {"status": "terminé"} -> {"projet_status": ["Terminée"]}.

    Raises ValueError naming the accepted keys when a key is unknown.
    """
    if filters is not None and not isinstance(filters, dict):
        raise ValueError(f"filters must map a facet to its values ({{'theme': 'Mobilités'}}), "
                         f"not {type(filters).__name__}")
    out: Filters = {}
    for key, value in (filters or {}).items():
        name = facet(key).name
        values = value if isinstance(value, (list, tuple, set)) else [value]
        vocab = VOCABULARIES.get(name)
        labels = [(vocab.match(str(v)) if vocab else None) or str(v).strip() for v in values]
        if labels := [v for v in labels if v]:
            out[name] = labels
    return out


def case_facets(case: Case) -> dict[str, list[str]]:
    """Every facet's values of a case: {"theme": ["Mobilités"], "start_year": ["2024"], ...}."""
    return {f.name: f.values(case) for f in FACETS}


def matches(values: list[str], wanted: list[str]) -> bool:
    """The one matching rule: some value equals some wanted value, both folded."""
    return bool({fold(v) for v in values} & {fold(w) for w in wanted})


def case_matches(case: Case, filters: Filters) -> bool:
    """Whether a case passes every filter (keys already normalised)."""
    return all(matches(BY_NAME[name].values(case), wanted) for name, wanted in filters.items())
