"""Two to four projects side by side: field by field with the differences marked.

API (the comparison view; select two to four projects from any page)::

    comparison = assistant.compare(["sicoval-fuites-eau", "rennes-stations-epuration"],
                                   audience="public", language="fr")
    # or compare([case, case, ...], audience, language, corpus) with `Case` objects
    comparison.cases        # [ComparedCase]: id, title, organisation, key figures, dates, sources
    comparison.rows         # [ComparisonRow]: field, label, values (one a case), differs
    comparison.differing()  # the rows whose values differ

Values are strings (lists joined with ", "; empty when the record says nothing). Rows that
are empty for every case are left out. In public, restricted fields are not compared.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from assist.access import case_view, field_access, field_values
from assist.catalogue.corpus import Corpus
from assist.models import Audience, Case
from assist.text.analyser import fold
from assist.text.i18n import t
from assist.text.vocab import label

MIN_CASES, MAX_CASES = 2, 4
SKIP = {"nom_projet", "latitude", "longitude", "image_url", "key_figures", "positives",
        "vigilance", "extra", "start_year"}
DATE_FIELDS = ("projet_date", "start_year", "date")


class SourceLine(BaseModel):
    """Where a case's facts come from: a document section, an imported catalogue, a web page."""

    kind: str  # "document", "catalogue" or "url"
    title: str
    section: str = ""
    quote: str = ""
    url: str = ""
    date: str = ""


class ComparedCase(BaseModel):
    id: str
    title: str
    organisation: str = ""
    key_figures: list[str] = Field(default_factory=list)
    dates: dict[str, str] = Field(default_factory=dict)
    sources: list[SourceLine] = Field(default_factory=list)


class ComparisonRow(BaseModel):
    field: str
    label: str
    values: list[str]
    differs: bool
    restricted: bool = False


class Comparison(BaseModel):
    audience: Audience
    language: str = "fr"
    cases: list[ComparedCase]
    rows: list[ComparisonRow]

    def differing(self) -> list[ComparisonRow]:
        return [r for r in self.rows if r.differs]


def as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value if str(v).strip())
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return str(value).strip()


def differ(values: list[str]) -> bool:
    """Whether two projects say different things: two values apart once folded. An empty
    cell says nothing, so it differs from no other (empty and empty are the same)."""
    return len({fold(v) for v in values if v.strip()}) > 1


def shown_text(field: str, value: object, language: str) -> str:
    """`as_text` with vocabulary values (status, types, audiences, themes) in `language`."""
    if isinstance(value, list):
        return as_text([label(field, str(v), language) for v in value])
    if isinstance(value, str):
        return as_text(label(field, value, language))
    return as_text(value)


def case_sources(case: Case, corpus: Corpus | None = None) -> list[SourceLine]:
    """The documents (with their dates), catalogue and web page a case's record comes from."""
    out: list[SourceLine] = []
    for ref in case.sources:
        doc = corpus.document(ref.document) if corpus else None
        out.append(SourceLine(kind="document", title=doc.title if doc else ref.document,
                              section=ref.section, quote=ref.quote,
                              url=doc.url if doc else "", date=doc.date if doc else ""))
    # A merged record names each catalogue it was found in, with that record's date.
    catalogues = [(r.origin, r.date) for r in case.records if r.origin != "corpus"]
    if not case.records and case.origin != "corpus":
        catalogues = [(case.origin, case.date)]
    out += [SourceLine(kind="catalogue", title=name, date=date) for name, date in catalogues]
    if case.url_infos.startswith(("http://", "https://")):
        out.append(SourceLine(kind="url", title=case.url_infos, url=case.url_infos))
    return out


def compare(cases: list[Case], audience: Audience = "public", language: str = "fr",
            corpus: Corpus | None = None) -> Comparison:
    """Compare 2 to 4 cases as `audience` may see them; ValueError for fewer or more."""
    if not MIN_CASES <= len(cases) <= MAX_CASES:
        raise ValueError(f"compare takes {MIN_CASES} to {MAX_CASES} projects, not {len(cases)}; "
                         "select between two and four")
    seen = [case_view(c, audience) for c in cases]
    fields = [f for f in field_values(seen[0], audience) if f not in SKIP]
    rows = []
    for field in fields:
        values = [shown_text(field, getattr(c, field), language) for c in seen]
        if not any(values):
            continue
        rows.append(ComparisonRow(field=field, label=t(f"field.{field}", language),
                                  values=values, differs=differ(values),
                                  restricted=field_access(field) == "restricted"))
    compared = [ComparedCase(id=c.id, title=c.title, organisation=c.coll_nom,
                             key_figures=list(c.key_figures),
                             dates={f: as_text(getattr(c, f)) for f in DATE_FIELDS
                                    if as_text(getattr(c, f))},
                             sources=case_sources(c, corpus)) for c in seen]
    return Comparison(audience=audience, language=language, cases=compared, rows=rows)
