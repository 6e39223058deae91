"""The assistant as a conversation: the session keeps its questions and answers, and each
answer offers, as one click, the refinements its results allow (type of authority, theme,
status) and the things the question was understood to name (to search without them)."""

from __future__ import annotations

import inspect
from collections import Counter

import streamlit as st

from assist.access import may_read
from assist.errors import AssistError
from assist.models import Answer
from assist.text.i18n import t
from assist.text.vocab import label
from assist.ui import components

KEY = "conversation"
KEPT = "searches_kept"  # question -> id of its kept search (0: not kept)
IGNORED = "ignored_understood"
KEEP = 5  # earlier exchanges shown
REFINE = ("coll_type", "theme", "projet_status")


def _facet_key(facet: str) -> str:
    return f"facet_{facet}"  # the sidebar's multiselect (`ui.facets`)


def remember(question: str, filters: dict, answer: Answer) -> None:
    """Keep this exchange (once; asking the same again does not repeat it)."""
    history = st.session_state.setdefault(KEY, [])
    entry = {"question": question, "filters": filters, "answer": answer}
    if not history or (history[-1]["question"], history[-1]["filters"]) != (question, filters):
        history.append(entry)
    else:
        history[-1] = entry
    del history[:-KEEP - 1]


def keep(assistant, answer: Answer, audience: str) -> int:
    """Keep the question for agents' "What people look for" (`Assistant.record_search`),
    once a session however often it is refined or asked again; the public's questions only
    (an agent's searches are the staff's, over restricted records too). Returns the kept
    search's id, 0 when none; a home that cannot be written keeps none, quietly."""
    kept = st.session_state.setdefault(KEPT, {})
    if answer.question not in kept:
        kept[answer.question] = 0
        if not may_read(audience, "restricted"):
            try:
                kept[answer.question] = assistant.record_search(answer)
            except AssistError:
                pass
    return kept[answer.question]


def vote(assistant, answer: Answer, value: int) -> None:
    """The vote on an answer, on its kept search too (👎 are counted there)."""
    search_id = st.session_state.get(KEPT, {}).get(answer.question, 0)
    try:
        assistant.vote_search(search_id, value)
    except AssistError:
        pass


def earlier(question: str, filters: dict, language: str) -> None:
    """The session's earlier exchanges, newest last, each folded to its summary."""
    history = [e for e in st.session_state.get(KEY, [])
               if (e["question"], e["filters"]) != (question, filters)][-KEEP:]
    if not history:
        return
    st.caption(t("conversation.earlier", language))
    for entry in history:
        answer: Answer = entry["answer"]
        with st.expander(f"{entry['question']}"):
            if entry["filters"]:
                st.caption(components.escape(components.described(entry["filters"], language)))
            text = answer.message if answer.abstained else answer.summary
            st.markdown("  \n".join(components.escape(line) for line in text.split("\n")))
            st.button(t("conversation.again", language), key=f"again-{id(entry)}",
                      on_click=_ask_again, args=(entry["question"], entry["filters"]))


def closest(assistant, answer: Answer, language: str) -> None:
    """When nothing clearly matches: the nearest results, under a heading that says they
    are not an answer, apart from any answer (the decision's middle state)."""
    if not answer.closest:
        return
    st.header(t("answer.closest_heading", language))  # a section (h2), its cards h3
    for result in answer.closest:
        components.result_card(assistant, result, answer, language, "assistant-closest")


def _ask_again(question: str, filters: dict) -> None:
    st.session_state["question"] = question
    for facet in REFINE + ("sous_theme", "audience_service", "start_year"):
        st.session_state[_facet_key(facet)] = list(filters.get(facet, []))


def options(answer: Answer, filters: dict) -> list[tuple[str, str, int]]:
    """(facet, value, number of results holding it) that would narrow the answer: values
    held by some of its projects but not all, not filtered already; most frequent first."""
    cases = [r for r in answer.results if r.kind == "case"]
    out = []
    for facet in REFINE:
        counts = Counter(str(r.fields.get(facet)) for r in cases if r.fields.get(facet))
        for value, n in counts.most_common():
            if n < len(cases) and value not in filters.get(facet, []):
                out.append((facet, value, n))
    return out


def _refine(facet: str, value: str) -> None:
    key = _facet_key(facet)
    st.session_state[key] = [*st.session_state.get(key, []), value]


def refinements(answer: Answer, filters: dict, language: str) -> None:
    """One button a refinement: "Métropole (3)" narrows the search to that value."""
    found = options(answer, filters)
    if not found:
        return
    st.caption(t("conversation.refine", language))
    with st.container(horizontal=True, gap="small"):
        for facet, value, n in found:
            st.button(f"{label(facet, value, language)} ({n})", key=f"refine-{facet}-{value}",
                      on_click=_refine, args=(facet, value), icon=":material/filter_alt:",
                      help=t(f"facet.{facet}", language))


def ignored() -> list[str]:
    return list(st.session_state.get(IGNORED, []))


def ask_options(assistant) -> dict:
    """What `ask` takes beyond the question: the understood things set aside, when the
    assistant knows that option (`Answer.understood`)."""
    if "ignore" in inspect.signature(assistant.ask).parameters and ignored():
        return {"ignore": ignored()}
    return {}


def _set_aside(key: str) -> None:
    st.session_state[IGNORED] = [*ignored(), key]


def understood(answer: Answer, language: str) -> None:
    """What the question was understood to name, each removable with one click."""
    found = list(getattr(answer, "understood", None) or [])
    if not found:
        return
    st.caption(t("conversation.understood", language))
    with st.container(horizontal=True, gap="small"):
        for item in found:
            st.button(item.label, key=f"understood-{item.key}", on_click=_set_aside,
                      args=(item.key,), icon=":material/close:",
                      help=t("conversation.understood_help", language))
