"""The first screen, for a 30-second demonstration: what this is, the catalogue's key
figures, three example questions in full, the map, and the language switch."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from assist.catalogue import figures as stats
from assist.config import Settings
from assist.text.i18n import t
from assist.ui import projects_map, state

EXAMPLES = ("assistant.example.1", "assistant.example.2", "assistant.example.3")
FIGURES = ("projects", "authorities", "deployed", "mapped")


def _switch_language() -> None:
    st.session_state["lang_en"] = not st.session_state.get("lang_en", False)
    state.set_language(st.session_state["lang_en"])


def language_switch(language: str) -> None:
    """A visible FR/EN switch (the sidebar's is hidden on a phone)."""
    st.button(t("landing.switch", language), key="landing-lang", on_click=_switch_language,
              icon=":material/translate:")


def show(frame: pd.DataFrame, language: str, ask, notice) -> None:
    """The landing: title and switch, what this is, figures, examples, notice, map."""
    head, switch = st.columns([5, 1], vertical_alignment="bottom")
    head.title(t("assistant.heading", language))
    with switch:
        language_switch(language)
    st.markdown(t("landing.what", language, n=len(frame),
                  authorities=stats.key_figures(frame)["authorities"]))
    figures(frame, language)
    examples(language, ask)
    notice(language)
    project_map(frame, language)


def figures(frame: pd.DataFrame, language: str) -> None:
    numbers = stats.key_figures(frame)
    # A row that wraps (two by two on a phone) rather than columns that stack one a line.
    with st.container(horizontal=True, gap="large"):
        for name in FIGURES:
            st.metric(t(f"explorer.{name}", language), numbers[name], width="content")


def examples(language: str, ask) -> None:
    """The example questions, each a full-width button (its whole text shown)."""
    st.markdown(f"**{t('assistant.examples', language)}**")
    for key in EXAMPLES:
        text = t(key, language)
        st.button(text, key=f"ex-{key}", on_click=ask, args=(text,), width="stretch",
                  icon=":material/arrow_forward:")


def project_map(frame: pd.DataFrame, language: str) -> None:
    st.markdown(f"**{t('explorer.map', language)}**")
    projects_map.show(frame, language, Settings.from_env().map_tiles, height=440,
                      key="landing_map")
