"""Data model: cases (the library's schema), documents, chunks, citations and answers.

Every field of `Case` carries its access level (``public`` or ``restricted``) in its
``json_schema_extra``, copied from the library's data model; `Case.public_view()` blanks the
restricted ones, so a public output can never hold them by construction.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Audience = Literal["public", "agent"]
PUBLIC = {"access": "public"}
RESTRICTED = {"access": "restricted"}


def _field(access: dict[str, str], default: Any, kw: dict[str, Any]) -> Any:
    if "default_factory" in kw:
        return Field(json_schema_extra=access, **kw)
    return Field(default=default, json_schema_extra=access, **kw)


def _pub(default: Any = "", **kw: Any) -> Any:
    return _field(PUBLIC, default, kw)


def _res(default: Any = "", **kw: Any) -> Any:
    return _field(RESTRICTED, default, kw)


class SourceRef(BaseModel):
    """Where a case's facts come from: a document section, optionally with a quote in it."""

    document: str
    section: str
    quote: str = ""


class ImportProblem(BaseModel):
    """One problem found in one imported row; the row is kept whatever the problem."""

    row: int
    field: str
    problem: str
    value: str = ""
    severity: Literal["warning", "error"] = "warning"


class Case(BaseModel):
    """One AI project of a local authority, in the Bibliothèque d'IA territoriales' data model.

    Field ids are the library's (`schema.json`); list-valued fields are its "tags" fields.
    `experimented_in`, `key_figures`, `positives` and `vigilance` extend the model with what
    the founding documents report.
    """

    model_config = ConfigDict(extra="forbid")

    id: str = _pub(default=...)
    origin: str = _pub(default="corpus")
    coll_nom: str = _pub()
    nom_projet: str = _pub()
    coll_siret: str = _pub()
    latitude: float | None = _pub(default=None)
    longitude: float | None = _pub(default=None)
    coll_type: str = _pub()
    projet_date: str = _pub()
    start_year: int | None = _pub(default=None)
    projet_status: str = _pub()
    status_abandon: str = _pub()
    partenaires: list[str] = _pub(default_factory=list)
    usage_description: str = _pub()
    theme: str = _pub()
    sous_theme: list[str] = _pub(default_factory=list)
    audience_service: list[str] = _pub(default_factory=list)
    url_infos: str = _pub()
    image_url: str = _pub()
    date: str = _pub()
    # Communes or territories where a multi-site experiment runs (press release of the MGP).
    experimented_in: list[str] = _pub(default_factory=list)
    key_figures: list[str] = _pub(default_factory=list)
    positives: list[str] = _pub(default_factory=list)
    vigilance: list[str] = _pub(default_factory=list)
    sources: list[SourceRef] = _pub(default_factory=list)

    projet_contact: str = _res()
    financement: str = _res()
    budget: str = _res()
    mise_en_oeuvre: str = _res()
    herbergement: str = _res()
    nom_algorithme: str = _res()
    algorithme_description: str = _res()
    algorithme_operations: str = _res()
    type_algorithme: list[str] = _res(default_factory=list)
    impact_environnement: str = _res()
    donnees_source: list[str] = _res(default_factory=list)
    donnees_acces: list[str] = _res(default_factory=list)
    url_ressources: str = _res()
    risque: str = _res()
    risque_categorie: str = _res()
    proportionalite: str = _res()
    decision: str = _res()
    erreur: str = _res()
    explicabilite: str = _res()
    reversibilite: str = _res()
    objection: str = _res()
    # Columns an export had that the data model does not know: kept, shown to agents only,
    # because nothing says they are public.
    extra: dict[str, str] = _res(default_factory=dict)
    problems: list[ImportProblem] = _res(default_factory=list)

    @classmethod
    def access(cls, field: str) -> str:
        """``"public"`` or ``"restricted"`` for a field name."""
        info = cls.model_fields[field]
        return (info.json_schema_extra or {}).get("access", "restricted")  # type: ignore[union-attr]

    @classmethod
    def public_fields(cls) -> list[str]:
        return [f for f in cls.model_fields if cls.access(f) == "public"]

    @classmethod
    def restricted_fields(cls) -> list[str]:
        return [f for f in cls.model_fields if cls.access(f) == "restricted"]

    def public_view(self) -> Case:
        """A copy with every restricted field emptied."""
        blank = {f: type(self).model_fields[f].get_default(call_default_factory=True)
                 for f in self.restricted_fields()}
        return self.model_copy(update=blank)

    def view(self, audience: Audience) -> Case:
        return self if audience == "agent" else self.public_view()

    def field_values(self, audience: Audience) -> dict[str, Any]:
        """The fields a given audience may see, as plain values (no id/origin/sources)."""
        allowed = type(self).model_fields if audience == "agent" else self.public_fields()
        skip = {"id", "origin", "sources", "problems"}
        return {f: getattr(self, f) for f in allowed if f not in skip}

    @property
    def title(self) -> str:
        return self.nom_projet or self.id


class Section(BaseModel):
    """A citable unit of a document: a heading and its text, with offsets in the body."""

    id: str
    heading: str
    level: int
    path: list[str] = Field(default_factory=list)
    text: str
    start: int
    end: int


class Document(BaseModel):
    """A founding document, cleaned into Markdown with one heading per citable unit."""

    id: str
    title: str
    publisher: str = ""
    date: str = ""
    seed_file: str = ""
    url: str = ""
    language: str = "fr"
    body: str
    sections: list[Section] = Field(default_factory=list)


class Chunk(BaseModel):
    """A passage that is indexed: part of a document section or of a case field."""

    id: str
    kind: Literal["case", "document"]
    parent_id: str
    section: str
    field: str = ""
    text: str
    # Title and heading put before the text when it is embedded and indexed, so a passage
    # that never names its subject ("Le projet vise à...") is still found by it.
    context: str = ""
    start: int = 0
    end: int = 0
    access: Literal["public", "restricted"] = "public"
    facets: dict[str, list[str]] = Field(default_factory=dict)
    # The case a document passage is about (its section is that case's source), so that
    # the passage folds into the case's result instead of competing with it.
    owner: str = ""


class Citation(BaseModel):
    """A quoted passage: `quote` is `text[start:end]` of the named source section or field."""

    source: str
    section: str
    quote: str
    start: int
    end: int


class Why(BaseModel):
    """Why a result matched, in numbers and words."""

    semantic: float = 0.0
    lexical: float = 0.0
    fused: float = 0.0
    matched_terms: list[str] = Field(default_factory=list)
    matched_facets: dict[str, list[str]] = Field(default_factory=dict)
    reasons: list[str] = Field(default_factory=list)


class CriterionCheck(BaseModel):
    """One criterion of a needs profile judged on one case (see `assist.answers.fit`).

    `status` is ``"unknown"`` when the case's field is empty: it counts neither for nor
    against the case.
    """

    key: str
    label: str
    field: str
    wanted: list[str] = Field(default_factory=list)
    status: Literal["met", "not_met", "unknown"]
    value: str = ""
    restricted: bool = False


class Action1Quote(BaseModel):
    """What one field of a case says on a criterion of the Grand Paris strategy's Action 1."""

    field: str
    label: str
    text: str


class Action1Note(BaseModel):
    """One Action 1 criterion for one case; no quotes means the catalogue says nothing."""

    key: str
    label: str
    quotes: list[Action1Quote] = Field(default_factory=list)
    message: str = ""


class Result(BaseModel):
    """One ranked match: a case (its chunks folded together) or a document section."""

    rank: int
    kind: Literal["case", "document"]
    id: str
    title: str
    organisation: str = ""
    section: str = ""
    score: float
    why: Why
    citations: list[Citation] = Field(default_factory=list)
    fields: dict[str, Any] = Field(default_factory=dict)
    # Filled by `Assistant.fit` only: the profile's criteria judged, and Action 1's notes.
    criteria: list[CriterionCheck] = Field(default_factory=list)
    action1: list[Action1Note] = Field(default_factory=list)


class Answer(BaseModel):
    """What `Assistant.ask` returns; the CLI's ``--json`` is its `model_dump_json()`."""

    question: str
    language: Literal["fr", "en"] = "fr"
    abstained: bool = False
    message: str = ""
    summary: str = ""
    results: list[Result] = Field(default_factory=list)
    suggestions: list[str] = Field(default_factory=list)
    notices: list[str] = Field(default_factory=list)


class SimilarCase(BaseModel):
    """A case like another one, with the reasons in words."""

    id: str
    title: str
    organisation: str = ""
    score: float
    reasons: list[str] = Field(default_factory=list)
    shared: dict[str, list[str]] = Field(default_factory=dict)
