"""Documents page: the reference documents section by section, searchable; opens at a cited
section (``?doc=<id>&section=<section id>``); agents add and remove documents."""

from __future__ import annotations

import streamlit as st

from assist.catalogue.documents import page_of
from assist.text.analyser import tokens
from assist.text.i18n import t
from assist.ui import add_document, agent, components, runtime, state

ALL = "*"


def _matches(section, stems: set[str]) -> bool:
    have = {tok.stem for tok in tokens(section.heading + "\n" + section.text)}
    return stems <= have


def _title(doc, section, language: str) -> str:
    title = " › ".join(section.path[1:] or section.path)
    page = page_of(doc, section.start)
    return f"{t('citation.page', language, page=page)} · {title}" if page else title


def _text(doc, section, stems: set[str]) -> str:
    # Shipped documents are our own cleaned Markdown; an added file's text is data, shown
    # as text only (escaped), whatever markup it holds.
    if doc.origin == "corpus":
        return components.corpus_markdown(section.text.strip(), stems)
    return components.highlight(section.text.strip(), stems).replace("\n", "  \n")


def render() -> None:
    state.only("doc", "find", "section")
    language = state.language()
    assistant = runtime.assistant(language)
    docs = {d.id: d for d in assistant.documents(agent.audience())}
    st.title(t("documents.heading", language))
    add_document.flash()
    options = [ALL, *docs]
    current = state.get("doc") or ALL
    picked = st.selectbox(t("documents.choose", language), options,
                          index=options.index(current) if current in options else 0,
                          format_func=lambda d: t("documents.all", language) if d == ALL
                          else docs[d].title, key="doc_pick")
    state.put("doc", "" if picked == ALL else picked)
    if picked != current:
        state.put("section", "")
    query = st.text_input(t("documents.search", language), value=state.get("find"),
                          key="doc_find")
    state.put("find", query.strip())
    stems = {tok.stem for tok in tokens(query)}
    opened = state.get("section")
    chosen = list(docs.values()) if picked == ALL else [docs[picked]]
    hits = 0
    for doc in chosen:
        sections = [s for s in doc.sections if s.text.strip()
                    and (not stems or _matches(s, stems))]
        if not sections:
            continue
        hits += len(sections)
        st.header(components.escape(doc.title))
        meta = t("documents.meta", language, publisher=doc.publisher or "?", date=doc.date or "?",
                 n=len(doc.sections))
        if doc.pages:
            meta += t("document.pages", language, n=len(doc.pages))
        if doc.access == "restricted":
            meta += " · " + t("documents.access.restricted", language)
        st.caption(components.escape(meta))
        if doc.url:
            st.markdown(components.link(doc.url, doc.url))
        # The section a citation links to comes first, open: the page opens at it.
        sections.sort(key=lambda s: s.id != opened)
        for section in sections:
            here = section.id == opened
            with st.expander(components.escape(_title(doc, section, language)),
                             expanded=bool(stems) or here, icon=":material/bookmark:"
                             if here else None):
                st.markdown(_text(doc, section, stems))
    if stems:
        st.caption(components.escape(t("documents.hits", language, n=hits, q=query)))
    st.divider()
    add_document.add_form(assistant, language)
    add_document.remove_form(assistant, language)


if __name__ == "__main__":
    render()
