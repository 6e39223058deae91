"""Assistant page (the landing page): before a question, what this is (`landing`); then the
question, a cited answer, one card per result."""

from __future__ import annotations

import time

import streamlit as st

from assist.answers import exports
from assist.answers.compose import in_page_language
from assist.catalogue import figures as stats
from assist.text.i18n import t
from assist.ui import (
    agent,
    components,
    conversation,
    facets,
    landing,
    runtime,
    selection,
    sources,
    state,
)


def _ask(question: str) -> None:
    st.session_state["question"] = question
    st.session_state[conversation.IGNORED] = []  # set aside for the previous question only
    state.put("q", question)


def _submitted() -> None:
    if typed := st.session_state.get("chat"):
        _ask(typed)


def question_box(language: str) -> None:
    """The question box; a question typed there is asked before the page is drawn again."""
    st.chat_input(t("assistant.placeholder", language), key="chat", on_submit=_submitted)


def notice(language: str) -> None:
    """The AI-system notice, in the page's language with the other one beneath."""
    other = "en" if language == "fr" else "fr"
    st.info(t("assistant.notice", language) + "\n\n*" + t("assistant.notice", other)
            .replace("**", "") + "*", icon=":material/smart_toy:")


def feedback(assistant, answer, language: str) -> None:
    key = f"fb-{abs(hash((answer.question, len(answer.results))))}"
    st.caption(t("feedback.ask", language))
    vote = st.feedback("thumbs", key=key)
    recorded = st.session_state.setdefault("feedback_sent", {})
    if vote is not None and recorded.get(key) != vote:
        assistant.record_feedback(answer, 1 if vote == 1 else -1)
        conversation.vote(assistant, answer, 1 if vote == 1 else -1)
        recorded[key] = vote
    if key in recorded:
        st.caption(t("feedback.thanks", language))


def abstained(assistant, answer, language: str) -> None:
    st.warning(in_page_language(answer.message, language))
    conversation.closest(assistant, answer, language)
    st.markdown(t("assistant.browse", language))
    for theme_fr in stats.THEMES:
        components.page_link("explorer", stats.label("theme", theme_fr, language),
                             {"theme": theme_fr})


def show_answer(assistant, answer, filters: dict, language: str, elapsed: float) -> None:
    for n in answer.notices:
        st.caption(components.escape(n))
    if answer.abstained:
        abstained(assistant, answer, language)
    else:
        st.header(t("assistant.summary", language))
        st.markdown(components.summary_markdown(answer.summary))
        conversation.understood(answer, language)
        conversation.refinements(answer, filters, language)
        st.caption(t("assistant.took", language, ms=f"{elapsed * 1000:.0f}"))
        components.brief_buttons(answer, language, agent.audience(), assistant, "reponse")
        components.data_buttons("reponse", answer.model_dump_json(indent=1),
                                exports.answer_rows(answer), language)
        st.header(t("assistant.results", language))
        for result in answer.results:
            components.result_card(assistant, result, answer, language)
        sources.panel(assistant, answer, language)
        selection.link(language)
    feedback(assistant, answer, language)


def render() -> None:
    state.only("q", filters=True)
    language = state.language()
    assistant = runtime.assistant(language)
    frame = stats.cases_frame(assistant.cases(audience="public"))
    filters = facets.sidebar(frame, language)
    question = st.session_state.get("question") or state.get("q")
    if not question:
        # In the page's flow, under the presentation: a box pinned to the bottom makes
        # Streamlit keep the page scrolled to its end, so the first screen opened on its map.
        landing.show(frame, language, _ask, notice, lambda: question_box(language))
        return
    st.title(t("assistant.heading", language))
    st.info(t("assistant.notice_short", language), icon=":material/smart_toy:")
    # The next question's box above the answer, in the page's flow: pinned to the window's
    # bottom, it kept the page scrolled to its end, the answer's last card, not its start.
    with st.container():
        question_box(language)
    state.put("q", question)
    runtime.ready()
    started = time.perf_counter()
    answer = assistant.ask(question, top_k=5, filters=filters, audience=agent.audience(),
                           **conversation.ask_options(assistant))
    elapsed = time.perf_counter() - started
    conversation.keep(assistant, answer, agent.audience())
    conversation.earlier(question, filters, language)
    with st.chat_message("user"):
        st.markdown(components.escape(question))
    if filters:
        st.caption(components.escape(t("assistant.filtered", language,
                                       filters=components.described(filters, language))))
    with st.chat_message("assistant"):
        show_answer(assistant, answer, filters, language, elapsed)
    conversation.remember(question, filters, answer)
    landing.examples(language, _ask)


if __name__ == "__main__":
    render()
