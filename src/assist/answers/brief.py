"""A one-page brief to take to a meeting: from a project, a comparison or an answer.

API (the "brief" buttons of the project, comparison, assistant and fit pages)::

    from assist.answers.brief_render import brief_markdown, brief_html
    md = brief_markdown(case, "fr", "public", assistant=assistant)          # one project
    md = brief_markdown(comparison, "en", assistant=assistant)              # a Comparison
    page = brief_html(answer, "fr", "agent", assistant=assistant, profile=profile)  # an Answer
    # st.download_button(..., data=md, file_name="fiche.md", mime="text/markdown")
    # st.download_button(..., data=page, file_name="fiche.html", mime="text/html")

`build(...)` returns the `Brief` both renderers use: title, the question or profile, the
projects with their key facts, each fact citing a numbered source, the points of vigilance
the sources report, the comparison's differing rows, the data sources with their dates, and
the generation date. `assistant` is optional: it gives documents' titles and dates and the
catalogues' import dates. HTML is a standalone printable page (see `brief_html`); no PDF:
the browser's "print to PDF" of that page is the PDF.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, Protocol

from pydantic import BaseModel, Field

from assist.access import case_view, field_access, may_read, same_audience
from assist.answers.compare import (
    Comparison,
    ComparisonRow,
    SourceLine,
    as_text,
    case_sources,
    shown_text,
)
from assist.answers.compose import shorten
from assist.answers.fit import NeedsProfile, closest_texts, describe
from assist.catalogue.corpus import Corpus
from assist.catalogue.documents import place
from assist.models import Action1Note, Answer, Audience, Case, CriterionCheck
from assist.text.analyser import fold
from assist.text.i18n import t


class Catalogue(Protocol):
    """What a brief reads of the front `Assistant` (structural: no import of a later stage)."""

    corpus: Corpus
    store: Any  # `catalogue.store.Store`: its `catalogues()` dates the imported ones

    def case(self, case_id: str, audience: Audience = "public") -> Case | None: ...

FACT_FIELDS = ("coll_nom", "coll_type", "theme", "projet_status", "projet_date",
               "audience_service", "partenaires", "experimented_in", "budget",
               "mise_en_oeuvre", "herbergement", "type_algorithme")
DESCRIPTION_CHARS = 420


class Fact(BaseModel):
    label: str
    value: str
    cite: int | None = None


class Cited(SourceLine):
    """A numbered source line of the brief."""

    n: int


class BriefProject(BaseModel):
    id: str
    title: str
    organisation: str = ""
    facts: list[Fact] = Field(default_factory=list)
    key_figures: list[Fact] = Field(default_factory=list)
    vigilance: list[Fact] = Field(default_factory=list)
    criteria: list[CriterionCheck] = Field(default_factory=list)
    action1: list[Action1Note] = Field(default_factory=list)


class Brief(BaseModel):
    kind: Literal["project", "comparison", "answer"]
    language: str
    audience: Audience = "public"
    title: str
    question: str = ""
    profile: str = ""
    # A fit answer's verdict when it shows no project ("no project addresses this need"), its
    # notices (projects a requirement excluded, by criterion; a weak fit and why), and the
    # closest projects, offered apart: they do not address the need.
    message: str = ""
    notices: list[str] = Field(default_factory=list)
    projects: list[BriefProject] = Field(default_factory=list)
    closest: list[BriefProject] = Field(default_factory=list)
    closest_heading: str = ""  # a fit's "do not address this need", or an answer's "not an answer"
    closest_hint: str = ""
    differences: list[ComparisonRow] = Field(default_factory=list)
    # An answer's document passages: label the document, value where in it ("p. 12, § ...").
    passages: list[Fact] = Field(default_factory=list)
    citations: list[Cited] = Field(default_factory=list)
    data_sources: list[str] = Field(default_factory=list)
    generated: str


class _Numbering:
    """Numbers sources once each, in order of first use."""

    def __init__(self) -> None:
        self.items: list[Cited] = []

    def cite(self, line: SourceLine) -> int:
        for item in self.items:
            if (item.title, item.section, item.quote, item.url) == (
                    line.title, line.section, line.quote, line.url):
                return item.n
        n = len(self.items) + 1
        self.items.append(Cited(n=n, **line.model_dump()))
        return n


def _plain(text: str) -> str:
    return fold(text.replace("*", ""))


def _best_source(value: str, sources: list[SourceLine], record: SourceLine,
                 sections: list[SourceLine] = ()) -> SourceLine:
    """The source quoting `value` (or quoted by it), else the section of a source document
    holding `value` (cited without a quote: the brief shows the value), else the record."""
    folded = _plain(value)
    for line in sources:
        quote = _plain(line.quote)
        if quote and (quote in folded or folded in quote):
            return line
    for line in sections:
        if folded in _plain(line.quote):
            return line.model_copy(update={"quote": ""})
    return record


def _source_sections(case: Case, corpus: Corpus | None) -> list[SourceLine]:
    """Every section of the documents a shipped case was written from (quote = its text)."""
    out = []
    for doc_id in dict.fromkeys(ref.document for ref in case.sources):
        doc = corpus.document(doc_id) if corpus else None
        for section in doc.sections if doc else []:
            out.append(SourceLine(kind="document", title=doc.title, section=section.heading,
                                  quote=section.text, url=doc.url, date=doc.date))
    return out


def _project(case: Case, corpus: Corpus | None, numbering: _Numbering, language: str,
             audience: Audience) -> BriefProject:
    sources, sections = case_sources(case, corpus), _source_sections(case, corpus)
    origin = t("brief.shipped", language) if case.origin == "corpus" else case.origin
    record = SourceLine(kind="record", title=t("brief.record", language, name=case.title,
                                               origin=origin), date=case.date)

    def fact(label: str, value: str, prose: bool = False, shown: str = "") -> Fact:
        # Only sentences are looked for in whole sections: a label ("Commune") is anywhere.
        line = _best_source(value, sources, record, sections if prose else [])
        return Fact(label=label, value=shown or value, cite=numbering.cite(line))

    seen = case_view(case, audience)
    facts = [fact(t(f"field.{f}", language), as_text(getattr(seen, f)),
                  shown=shown_text(f, getattr(seen, f), language)) for f in FACT_FIELDS
             if may_read(audience, field_access(f)) and as_text(getattr(seen, f))]
    if seen.usage_description:
        facts.append(fact(t("field.usage_description", language),
                          shorten(seen.usage_description, DESCRIPTION_CHARS), True))
    label_fig, label_vig = t("field.key_figures", language), t("field.vigilance", language)
    return BriefProject(id=case.id, title=case.title, organisation=case.coll_nom, facts=facts,
                        key_figures=[fact(label_fig, v, True) for v in seen.key_figures],
                        vigilance=[fact(label_vig, v, True) for v in seen.vigilance])


def _lookup(assistant: Catalogue | None, case_id: str, audience: Audience) -> Case | None:
    return assistant.case(case_id, audience) if assistant is not None else None


def build(subject: Case | Comparison | Answer, language: str = "fr",
          audience: Audience = "public", *, assistant: Catalogue | None = None,
          profile: NeedsProfile | None = None, today: dt.date | None = None) -> Brief:
    """The brief of a case, a comparison or an answer (of `ask` or `fit`).

    ValueError when a comparison or an answer was made for another audience than `audience`:
    a public brief never copies what an agent's answer held.
    """
    audience = same_audience(audience, subject)
    numbering = _Numbering()
    corpus = assistant.corpus if assistant is not None else None
    cases, kind, question, differences = _subject_cases(subject, assistant, audience)
    projects = _projects(cases, corpus, numbering, language, audience)
    nearest, message, notices = [], "", []
    if isinstance(subject, Answer):
        message = subject.message if subject.abstained else ""
        notices = list(subject.notices)
        nearest = _answer_cases(subject.closest, assistant, audience)
    closest = _projects(nearest, corpus, numbering, language, audience)
    passages = _passages(subject, numbering, language) if isinstance(subject, Answer) else []
    described = describe(profile, language, audience) if profile is not None else ""
    declined = kind == "answer" and not projects and bool(message)
    if profile is None:
        heading, hint = t("answer.closest_heading", language), ""
    elif isinstance(subject, Answer):  # a fit: declined, or nothing clearly addresses the need
        heading, hint = closest_texts(subject, language)
    else:
        heading, hint = t("fit.closest", language), t("fit.closest_hint", language)
    title = t("brief.title.declined" if declined else f"brief.title.{kind}", language,
              name=projects[0].title if projects else "")
    return Brief(kind=kind, language=language, audience=audience, title=title, question=question,
                 profile=described, message=message, notices=notices, projects=projects,
                 closest=closest, differences=differences,
                 closest_heading=heading, closest_hint=hint,
                 passages=passages, citations=numbering.items,
                 data_sources=_data_sources(numbering.items, cases + nearest, assistant,
                                            language),
                 generated=(today or dt.date.today()).isoformat())


def _passages(answer: Answer, numbering: _Numbering, language: str) -> list[Fact]:
    """The document results of an answer, each quote cited with its page and section as
    the cards show it ("p. 12, § Action 3")."""
    out = []
    for result in answer.results:
        if result.kind != "document":
            continue
        for c in result.citations[:2]:
            where = place(c.section, c.page, language)
            line = SourceLine(kind="document", title=result.title, section=where,
                              quote=c.quote, date=str(result.fields.get("date", "")))
            out.append(Fact(label=result.title, value=where, cite=numbering.cite(line)))
    return out


def _subject_cases(subject: Any, assistant: Catalogue | None, audience: Audience):
    """[(case, its result or None)], kind, question, differing rows."""
    if isinstance(subject, Case):
        return [(case_view(subject, audience), None)], "project", "", []
    if isinstance(subject, Comparison):
        cases = [(_lookup(assistant, c.id, audience), None) for c in subject.cases]
        if any(case is None for case, _ in cases):
            raise ValueError("a comparison's brief needs the assistant to read its projects")
        return cases, "comparison", "", subject.differing()
    if isinstance(subject, Answer):
        return _answer_cases(subject.results, assistant, audience), "answer", subject.question, []
    raise TypeError(f"no brief for a {type(subject).__name__}; give a Case, a Comparison or "
                    "an Answer")


def _projects(cases, corpus: Corpus | None, numbering: _Numbering, language: str,
              audience: Audience) -> list[BriefProject]:
    out = []
    for case, result in cases:
        project = _project(case, corpus, numbering, language, audience)
        if result is not None:
            project.criteria, project.action1 = result.criteria, result.action1
        out.append(project)
    return out


def _answer_cases(results, assistant: Catalogue | None, audience: Audience):
    """[(case, its result)] of an answer's case results (documents are passages)."""
    cases = []
    for result in results:
        case = _lookup(assistant, result.id, audience) if result.kind == "case" else None
        if case is None and result.kind == "case":
            case = Case(id=result.id, nom_projet=result.title,
                        **{k: v for k, v in result.fields.items()
                           if field_access(k) == "public"})
        if case is not None:
            cases.append((case, result))
    return cases


def _data_sources(cited: list[Cited], cases, assistant: Catalogue | None,
                  language: str) -> list[str]:
    lines = []
    for doc in (assistant.corpus.documents if assistant is not None else []):
        if any(c.title == doc.title for c in cited):
            lines.append(t("brief.document_line", language, title=doc.title,
                           publisher=doc.publisher or "?", date=doc.date or "?"))
    origins = sorted({origin for case, _ in cases
                      for origin in [case.origin, *(r.origin for r in case.records)]
                      if origin != "corpus"})
    imported = {c.name: c for c in assistant.store.catalogues()} if assistant else {}
    for origin in origins:
        when = imported[origin].imported_at[:10] if origin in imported else "?"
        lines.append(t("brief.catalogue_line", language, name=origin, date=when))
    return lines
