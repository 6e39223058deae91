"""The sidebar facets shared by the Assistant and the Explorer, with counts, kept in the URL."""

from __future__ import annotations

import streamlit as st

from assist.catalogue import figures as stats
from assist.text.i18n import t
from assist.ui import state


def _key(facet: str) -> str:
    return f"facet_{facet}"


def _clear() -> None:
    st.session_state["filters"] = {}
    for facet in stats.FACETS:
        st.session_state[_key(facet)] = []


def _initial() -> dict[str, list[str]]:
    """The filters to start from: a new URL (a shared link) wins; else the visitor's own
    choices, which follow them across pages (query parameters are cleared on a page change)."""
    url = state.read_filters()
    if url and url != st.session_state.get("url_filters"):
        return url
    remembered = st.session_state.get("filters", {})
    return {f: list(st.session_state.get(_key(f), remembered.get(f, []))) for f in stats.FACETS}


def sidebar(frame, language: str) -> dict[str, list[str]]:
    """Draw one multiselect per facet ("value (count)"); returns the chosen filters.

    Counts are those of the cases passing the other facets, so each number says how many
    projects choosing that value would show.
    """
    chosen = {f: v for f, v in _initial().items() if v}
    st.sidebar.subheader(t("filters.title", language))
    for facet in stats.FACETS:
        counts = stats.facet_counts(frame, facet, chosen)
        options = sorted({str(v) for value in frame[facet] for v in stats._values(value)},
                         reverse=facet == "start_year")
        key = _key(facet)
        # Assigned before the widget exists, so a page change (a new widget) keeps it.
        st.session_state[key] = [v for v in chosen.get(facet, []) if v in options]
        st.sidebar.multiselect(
            t(f"facet.{facet}", language), options, key=key,
            format_func=lambda v, c=counts, f=facet: f"{stats.label(f, v, language)} "
                                                     f"({c.get(v, 0)})",
            placeholder=t("filters.any", language))
    st.sidebar.button(t("filters.clear", language), on_click=_clear)
    filters = {f: list(st.session_state[_key(f)]) for f in stats.FACETS
               if st.session_state.get(_key(f))}
    state.write_filters(filters)
    st.session_state["filters"] = filters
    st.session_state["url_filters"] = state.read_filters()
    return filters
