"""Project page: every public field, the sources with quotes, similar projects, agent fields."""

from __future__ import annotations

import streamlit as st

from assist.access import case_view, field_values, visible_fields
from assist.catalogue.completeness import completeness
from assist.catalogue.figures import label
from assist.catalogue.merge import conflicts, plain_value, provenance_line, source_label
from assist.models import Case
from assist.text.i18n import t
from assist.ui import agent, components, runtime, selection, state

SKIP = {"id", "origin", "sources", "nom_projet", "coll_nom", "latitude", "longitude",
        "image_url", "problems", "records", "provenance"}
URL_FIELDS = {"url_infos", "url_ressources"}


def value_text(name: str, value, language: str) -> str:
    if name in URL_FIELDS:
        return components.link(value, value)
    if isinstance(value, dict):
        return "  \n".join(f"{components.escape(k)} : {components.escape(v)}"
                           for k, v in value.items())
    if isinstance(value, list):
        shown = [label(name, str(v), language) for v in value]
        return "  \n".join("- " + components.escape(v) for v in shown) if len(shown) > 1 \
            else components.escape(shown[0])
    return components.escape(label(name, str(value), language))


def fields(case: Case, names: list[str], language: str) -> None:
    """Each filled field; on a merged record, where its sources disagree, every source's
    value with its source and date, most recent first. `case` is already the audience's
    view, so a public page has no provenance of restricted fields to show."""
    differing = conflicts(case)
    for name in names:
        value = getattr(case, name)
        if name in SKIP or value in (None, "", [], {}):
            continue
        left, right = st.columns([1, 3])
        left.markdown(f"**{t('field.' + name, language)}**")
        right.markdown(value_text(name, value, language))
        if name in differing:
            shown = provenance_line(case, name, language,
                                    lambda n, v: label(n, plain_value(v), language))
            right.caption("≠ " + components.escape(t("provenance.conflicts", language,
                                                     values=shown)))


def records(case: Case, language: str) -> None:
    """The records this one joins (source, date, own id), most recent first."""
    if len(case.records) < 2:
        return
    st.markdown(f"**{t('provenance.heading', language)}**")
    st.caption(t("provenance.records", language, n=len(case.records)))
    st.markdown("\n".join(
        "- " + components.escape(t("provenance.record", language,
                                   source=source_label(r, language),
                                   date=r.date or t("provenance.undated", language), id=r.id))
        for r in case.records))


def merge_control(assistant, case: Case, language: str) -> None:
    """Agents correct the machine: separate a record from this project, or join this
    project with another one (the decision is kept in the store and audited)."""
    st.markdown(f"**{t('merge.agents', language)}**")
    done = None
    members = [r.id for r in case.records]
    if len(members) > 1:
        for record in case.records:
            if st.button(t("merge.apart", language, record=source_label(record, language)
                           + f" ({record.id})"), key=f"apart-{record.id}"):
                for other in members:
                    if other != record.id:
                        assistant.decide_merge(record.id, other, "apart", actor="agent")
                done = (record.id, case.id, "apart")
    others = {c.id: f"{c.title} — {c.coll_nom}" for c in assistant.cases(audience="public")
              if c.id != case.id}
    with st.form(f"join-{case.id}"):
        other = st.selectbox(t("merge.with", language), list(others), index=None,
                             format_func=others.get)
        if st.form_submit_button(t("merge.do", language)) and other:
            assistant.decide_merge(case.id, other, "merge", actor="agent")
            done = (case.id, other, "merge")
    if done:
        runtime.reopen(language)
        st.success(t("merge.done", language, a=done[0], b=done[1],
                     decision=t(f"merge.decision.{done[2]}", language)))


def sources(assistant, case: Case, language: str) -> None:
    st.header(t("project.sources", language))
    if not case.sources:
        st.caption(components.escape(t("project.no_source", language, origin=case.origin)))
    titles = {d.id: d for d in assistant.documents()}
    for ref in case.sources:
        doc = titles.get(ref.document)
        name = doc.title if doc else ref.document
        if ref.quote:
            st.markdown("> " + components.escape(ref.quote).replace("  \n", "  \n> "))
        st.caption(components.escape(t("card.source", language, source=name,
                                       section=ref.section)))
        if doc and doc.url:
            st.markdown(components.link(name, doc.url))


def quality(case: Case, audience: str, language: str) -> None:
    """How complete the record is, required fields first, and what to document next."""
    c = completeness(case, audience)
    st.header(t("quality.heading", language))
    st.progress(c.ratio, text=t("quality.filled", language, filled=c.filled, total=c.total,
                                pct=f"{c.ratio * 100:.0f}"))
    st.markdown(t("quality.required", language, filled=c.required_filled,
                  total=c.required_total))
    if c.missing_required:
        names = ", ".join(t(f"field.{f}", language) for f in c.missing_required)
        st.warning(components.escape(t("quality.missing", language, fields=names)))
    else:
        st.success(t("quality.complete", language))


def choose(assistant, language: str) -> str:
    """The project chooser, the URL's project picked in it (an old link may name a record
    since merged into another: the merged one)."""
    cases = assistant.cases(audience="public")
    ids = [c.id for c in cases]
    names = {c.id: f"{c.title} — {c.coll_nom}" for c in cases}
    current = assistant.resolve(state.get("id") or "") or state.get("id")
    picked = st.selectbox(t("project.choose", language), ids,
                          index=ids.index(current) if current in ids else None,
                          format_func=names.get, key="project_pick",
                          placeholder=t("project.choose_placeholder", language))
    if picked and picked != current:
        state.put("id", picked)
    return picked or ""


def render() -> None:
    state.only("id")
    language = state.language()
    assistant = runtime.assistant(language)
    # The title comes first, the chooser under it: drawn first, the chooser stood above the
    # project's name, the first thing read on the page.
    head = st.container()
    case_id = choose(assistant, language)
    if not case_id:
        head.title(t("page.project", language))
        return
    audience = agent.audience()
    case = assistant.case(case_id, audience=audience)
    if case is None:
        head.title(t("page.project", language))
        st.warning(t("project.missing", language))
        return
    head.title(components.escape(case.title))
    head.markdown(f"**{components.escape(case.coll_nom)}**")
    head.markdown(components.badges(field_values(case, "public"), language))
    cols = st.columns([1, 3])
    with cols[0]:
        selection.checkbox(case.id, language, "project")
        selection.link(language)
    with cols[1]:
        components.brief_buttons(case, language, audience, assistant, case.id)
    st.header(t("project.fields", language))
    fields(case_view(case, "public"), visible_fields("public"), language)
    quality(case, audience, language)
    sources(assistant, case, language)
    records(case, language)
    st.header(t("project.similar", language))
    components.similar_list(assistant, case.id, language, top_k=4)
    st.header(t("project.restricted", language))
    if agent.login_box(assistant, language):
        restricted = [f for f in visible_fields("agent")
                      if f not in visible_fields("public") and f != "problems"]
        if any(getattr(case, f) not in ("", [], {}, None) for f in restricted):
            fields(case, restricted, language)
        else:
            st.caption(t("project.restricted_empty", language))
        merge_control(assistant, case, language)


if __name__ == "__main__":
    render()
