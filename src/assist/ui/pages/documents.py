"""Documents page: the strategy documents section by section, searchable."""

from __future__ import annotations

import streamlit as st

from assist.text.analyser import tokens
from assist.text.i18n import t
from assist.ui import components, runtime, state

ALL = "*"


def _matches(section, stems: set[str]) -> bool:
    have = {tok.stem for tok in tokens(section.heading + "\n" + section.text)}
    return stems <= have


def render() -> None:
    state.only("doc", "find")
    language = state.language()
    assistant = runtime.assistant(language)
    docs = {d.id: d for d in assistant.documents()}
    st.title(t("documents.heading", language))
    options = [ALL, *docs]
    current = state.get("doc") or ALL
    picked = st.selectbox(t("documents.choose", language), options,
                          index=options.index(current) if current in options else 0,
                          format_func=lambda d: t("documents.all", language) if d == ALL
                          else docs[d].title, key="doc_pick")
    state.put("doc", "" if picked == ALL else picked)
    query = st.text_input(t("documents.search", language), value=state.get("find"),
                          key="doc_find")
    state.put("find", query.strip())
    stems = {tok.stem for tok in tokens(query)}
    chosen = list(docs.values()) if picked == ALL else [docs[picked]]
    hits = 0
    for doc in chosen:
        sections = [s for s in doc.sections if s.text.strip()
                    and (not stems or _matches(s, stems))]
        if not sections:
            continue
        hits += len(sections)
        st.header(components.escape(doc.title))
        st.caption(components.escape(t("documents.meta", language, publisher=doc.publisher,
                                       date=doc.date, n=len(doc.sections))))
        if doc.url:
            st.markdown(components.link(doc.url, doc.url))
        for section in sections:
            title = " › ".join(section.path[1:] or section.path)
            with st.expander(components.escape(title), expanded=bool(stems)):
                st.markdown(components.corpus_markdown(section.text.strip(), stems))
    if stems:
        st.caption(components.escape(t("documents.hits", language, n=hits, q=query)))


if __name__ == "__main__":
    render()
