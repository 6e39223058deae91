"""Project page: every public field, the sources with quotes, similar projects, agent fields."""

from __future__ import annotations

import streamlit as st

from assist.access import case_view, field_values, visible_fields
from assist.catalogue.completeness import completeness
from assist.catalogue.figures import label
from assist.models import Case
from assist.text.i18n import t
from assist.ui import agent, components, runtime, selection, state

SKIP = {"id", "origin", "sources", "nom_projet", "coll_nom", "latitude", "longitude",
        "image_url", "problems"}
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
    for name in names:
        value = getattr(case, name)
        if name in SKIP or value in (None, "", [], {}):
            continue
        left, right = st.columns([1, 3])
        left.markdown(f"**{t('field.' + name, language)}**")
        right.markdown(value_text(name, value, language))


def sources(assistant, case: Case, language: str) -> None:
    st.subheader(t("project.sources", language))
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
    st.subheader(t("quality.heading", language))
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
    cases = assistant.cases(audience="public")
    ids = [c.id for c in cases]
    names = {c.id: f"{c.title} — {c.coll_nom}" for c in cases}
    current = state.get("id")
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
    case_id = choose(assistant, language)
    if not case_id:
        return
    audience = agent.audience()
    case = assistant.case(case_id, audience=audience)
    if case is None:
        st.warning(t("project.missing", language))
        return
    st.title(components.escape(case.title))
    st.markdown(f"### {components.escape(case.coll_nom)}")
    st.markdown(components.badges(field_values(case, "public"), language))
    cols = st.columns([1, 3])
    with cols[0]:
        selection.checkbox(case.id, language, "project")
        selection.link(language)
    with cols[1]:
        components.brief_buttons(case, language, audience, assistant, case.id)
    st.subheader(t("project.fields", language))
    fields(case_view(case, "public"), visible_fields("public"), language)
    quality(case, audience, language)
    sources(assistant, case, language)
    st.subheader(t("project.similar", language))
    components.similar_list(assistant, case.id, language, top_k=4)
    st.subheader(t("project.restricted", language))
    if agent.login_box(assistant, language):
        restricted = [f for f in visible_fields("agent")
                      if f not in visible_fields("public") and f != "problems"]
        if any(getattr(case, f) not in ("", [], {}, None) for f in restricted):
            fields(case, restricted, language)
        else:
            st.caption(t("project.restricted_empty", language))


if __name__ == "__main__":
    render()
