"""The first screen, for a 30-second demonstration: what this is, the catalogue's key
figures, three example questions in full, the light map, and the language switch."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from assist.catalogue import figures as stats
from assist.text.i18n import t
from assist.ui import components, overview_map, projects_map, state

EXAMPLES = ("assistant.example.1", "assistant.example.2", "assistant.example.3")
FIGURES = ("projects", "authorities", "deployed", "mapped")


def _switch_language() -> None:
    st.session_state["lang_en"] = not st.session_state.get("lang_en", False)
    state.set_language(st.session_state["lang_en"])


def language_switch(language: str) -> None:
    """A visible FR/EN switch (the sidebar's is hidden on a phone)."""
    st.button(t("landing.switch", language), key="landing-lang", on_click=_switch_language,
              icon=":material/translate:")


def show(frame: pd.DataFrame, language: str, ask, notice, question_box) -> None:
    """The landing: title and switch, what this is, the question box, examples, figures,
    notice, map."""
    head, switch = st.columns([5, 1], vertical_alignment="bottom")
    head.title(t("assistant.heading", language))
    with switch:
        language_switch(language)
    st.markdown(t("landing.what", language, n=len(frame),
                  authorities=stats.key_figures(frame)["authorities"]))
    with st.container():  # inline, not pinned to the window's bottom
        question_box()
    examples(language, ask)
    figures(frame, language)
    notice(language)
    project_map(frame, language)


def figures(frame: pd.DataFrame, language: str) -> None:
    """The key figures: four in a row on a wide screen, two by two on a phone."""
    components.key_figures(stats.key_figures(frame), FIGURES, language)


def examples(language: str, ask) -> None:
    """The example questions, each a full-width button (its whole text shown)."""
    st.markdown(f"**{t('assistant.examples', language)}**")
    for key in EXAMPLES:
        text = t(key, language)
        st.button(text, key=f"ex-{key}", on_click=ask, args=(text,), width="stretch",
                  icon=":material/arrow_forward:")


def project_map(frame: pd.DataFrame, language: str) -> None:
    """France's projects on the light map (no WebGL: the first screen comes back at once);
    the Explorer's zoomable map splits groups and has the basemap."""
    st.markdown(f"**{t('explorer.map', language)}**")
    points = stats.map_frame(frame, language, france_only=True)
    st.html(overview_map.html_map(points, language))
    st.html(projects_map.legend(points, language, group="map.overview_legend_group"))
    components.page_link("explorer", t("map.overview_open", language), {"carte": "zoom"})
    st.caption(t("map.credits_tiles", language))
