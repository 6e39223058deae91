"""Data model: cases (the library's schema), documents, chunks, citations and answers.

Every field of `Case` carries its access mark (``public`` or ``restricted``) in its
``json_schema_extra``, copied from the library's data model, and whether the library requires
it. What an audience may see is decided from those marks in one place, `assist.access`.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

Audience = Literal["public", "agent"]
Access = Literal["public", "restricted"]
PUBLIC = {"access": "public"}
RESTRICTED = {"access": "restricted"}
# Bookkeeping of a merged record (which records it joins, where each value comes from): not a
# field of the library's data model; the gate (`access.case_view`) keeps only the provenance
# of the fields the audience may read.
META = {"access": "public", "meta": True}


def _field(access: dict[str, str], default: Any, required: bool, kw: dict[str, Any]) -> Any:
    # `required` is the library schema's `constraints.required`: a record lacking it is
    # incomplete (it is still imported).
    extra = {**access, "required": required}
    if "default_factory" in kw:
        return Field(json_schema_extra=extra, **kw)
    return Field(default=default, json_schema_extra=extra, **kw)


def _pub(default: Any = "", required: bool = False, **kw: Any) -> Any:
    return _field(PUBLIC, default, required, kw)


def _res(default: Any = "", required: bool = False, **kw: Any) -> Any:
    return _field(RESTRICTED, default, required, kw)


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


class RecordRef(BaseModel):
    """One source record a merged case joins: its own id, where it comes from and its date."""

    id: str
    origin: str  # "corpus" or the catalogue's name
    source: str = ""  # the document id (corpus) or the catalogue name
    label: str = ""  # what a person reads: the document's title, the catalogue's name
    date: str = ""  # ISO, as precise as known: "2025", "2025-04", "2025-04-16"


class FieldSource(BaseModel):
    """One source's value of one field of a merged case."""

    value: Any
    record: str  # the `RecordRef.id` it comes from


class QuarantinedRow(BaseModel):
    """A row whose shape does not match the header (an unclosed quote, a missing cell, another
    separator): never published, kept as written for agents to fix and import again."""

    row: int
    line: int
    problem: str
    text: str


class Case(BaseModel):
    """One AI project of a local authority, in the Bibliothèque d'IA territoriales' data model.

    Field ids are the library's (`schema.json`); list-valued fields are its "tags" fields.
    `experimented_in`, `key_figures`, `positives` and `vigilance` extend the model with what
    the founding documents report.
    """

    model_config = ConfigDict(extra="forbid")

    id: str = _pub(default=...)
    origin: str = _pub(default="corpus")
    coll_nom: str = _pub(required=True)
    nom_projet: str = _pub(required=True)
    coll_siret: str = _pub(required=True)
    latitude: float | None = _pub(default=None)
    longitude: float | None = _pub(default=None)
    coll_type: str = _pub(required=True)
    projet_date: str = _pub(required=True)
    start_year: int | None = _pub(default=None)
    projet_status: str = _pub(required=True)
    status_abandon: str = _pub()
    partenaires: list[str] = _pub(default_factory=list)
    usage_description: str = _pub(required=True)
    theme: str = _pub(required=True)
    sous_theme: list[str] = _pub(default_factory=list)
    audience_service: list[str] = _pub(default_factory=list, required=True)
    url_infos: str = _pub()
    image_url: str = _pub(required=True)
    date: str = _pub(required=True)
    # Communes or territories where a multi-site experiment runs (press release of the MGP).
    experimented_in: list[str] = _pub(default_factory=list)
    key_figures: list[str] = _pub(default_factory=list)
    positives: list[str] = _pub(default_factory=list)
    vigilance: list[str] = _pub(default_factory=list)
    sources: list[SourceRef] = _pub(default_factory=list)

    projet_contact: str = _res(required=True)
    financement: str = _res()
    budget: str = _res()
    mise_en_oeuvre: str = _res(required=True)
    herbergement: str = _res(required=True)
    nom_algorithme: str = _res(required=True)
    algorithme_description: str = _res()
    algorithme_operations: str = _res()
    type_algorithme: list[str] = _res(default_factory=list, required=True)
    impact_environnement: str = _res()
    donnees_source: list[str] = _res(default_factory=list, required=True)
    donnees_acces: list[str] = _res(default_factory=list, required=True)
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

    # Filled on a record merged from several sources (see `assist.catalogue.merge`): the
    # records it joins, most recent first, and for each field where they disagree every
    # source's value, most recent first (the field's own value is the first of them).
    records: list[RecordRef] = Field(default_factory=list, json_schema_extra=META)
    provenance: dict[str, list[FieldSource]] = Field(default_factory=dict,
                                                     json_schema_extra=META)

    @classmethod
    def required_fields(cls) -> list[str]:
        """The fields the library's schema requires, in the model's order."""
        return [f for f, info in cls.model_fields.items()
                if (info.json_schema_extra or {}).get("required")]  # type: ignore[union-attr]

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
    """A founding document (shipped, cleaned into Markdown with one heading per citable unit)
    or one an agent added (`origin` "added": a PDF, DOCX, web page... read as text)."""

    id: str
    title: str
    publisher: str = ""
    date: str = ""
    seed_file: str = ""
    url: str = ""
    language: str = "fr"
    body: str
    sections: list[Section] = Field(default_factory=list)
    origin: Literal["corpus", "added"] = "corpus"
    # A document is public or restricted (agents only) as a whole; see `assist.access`.
    access: Access = "public"
    # Offsets in `body` where each page begins (PDFs); empty when the file has no pages.
    pages: list[int] = Field(default_factory=list)


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
    # The source record a passage of a merged case was cut from (its offsets index that
    # record's field), when it is not `parent_id` itself.
    record: str = ""


class Citation(BaseModel):
    """A quoted passage: `quote` is `text[start:end]` of the named source section or field."""

    source: str
    section: str
    quote: str
    start: int
    end: int
    # The page of the quote's start in a paginated source (an added PDF), counted from 1.
    page: int | None = None


class Why(BaseModel):
    """Why a result matched: the signals in numbers (for agents and JSON), and `reasons` in
    plain words in the question's language (for people)."""

    semantic: float = 0.0
    lexical: float = 0.0
    fused: float = 0.0
    # Share of the question's content words (weighted by rarity) that the result holds.
    coverage: float = 0.0
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
    must: bool = False  # the user made it a requirement: "not_met" would have excluded the case
    note: str = ""  # in the profile's language: "finished: deployed experience", "unknown..."


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


class Understood(BaseModel):
    """Something the question names that the catalogue knows (an authority, a partner, a
    theme...), which boosted the records that carry it. Ask again with its `key` in
    ``ignore`` (or ``understand=False``) to search without it."""

    facet: str
    value: str
    label: str  # in the question's language, e.g. "Projets portés par Sicoval : 4"
    count: int  # records that carry it
    key: str  # "facet=value"


class Answer(BaseModel):
    """What `Assistant.ask` returns; the CLI's ``--json`` is its `model_dump_json()`."""

    question: str
    language: Literal["fr", "en"] = "fr"
    # Who it was made for: a brief or an export made for another audience refuses it.
    audience: Audience = "public"
    abstained: bool = False
    message: str = ""
    summary: str = ""
    results: list[Result] = Field(default_factory=list)
    suggestions: list[str] = Field(default_factory=list)
    notices: list[str] = Field(default_factory=list)
    # When nothing clearly matches (`ask`) or no project addresses the need (`fit`): the
    # nearest ones, offered as such (never in `results`). `fit` also says how many projects
    # each "must" criterion excluded.
    closest: list[Result] = Field(default_factory=list)
    excluded: dict[str, int] = Field(default_factory=dict)
    understood: list[Understood] = Field(default_factory=list)
    # How sure the question-level decision is that the catalogue answers the question (0-1).
    confidence: float = 0.0

    @computed_field  # in the JSON too; derived, so it can never disagree with the fields
    @property
    def decision(self) -> Literal["answered", "closest", "declined"]:
        """"answered": `results` answer; "closest": nothing clearly matches, the nearest are
        offered apart in `closest`; "declined": nothing fits (or nothing was asked)."""
        if not self.abstained:
            return "answered"
        return "closest" if self.closest else "declined"


class SimilarCase(BaseModel):
    """A case like another one, with the reasons in words."""

    id: str
    title: str
    organisation: str = ""
    score: float
    reasons: list[str] = Field(default_factory=list)
    shared: dict[str, list[str]] = Field(default_factory=dict)
