"""The page state in the URL (`st.query_params`), so any view can be shared as a link."""

from __future__ import annotations

from urllib.parse import urlencode

import streamlit as st

from assist.facets import UI_FACETS

# facet (as `normalise_filters` names it) -> its query parameter, from the one facet table
FILTER_PARAMS = {f.name: f.param for f in UI_FACETS}
DEFAULT_URL = "http://localhost:8501/"


def language() -> str:
    """"fr" unless the English toggle (or ``?lang=en``) is on."""
    if "lang_en" in st.session_state:
        return "en" if st.session_state["lang_en"] else "fr"
    return "en" if st.query_params.get("lang") == "en" else "fr"


def set_language(english: bool) -> None:
    put("lang", "en" if english else None)


def get(name: str) -> str:
    return st.query_params.get(name, "") or ""


def put(name: str, value: str | list[str] | None) -> None:
    """Set a query parameter, or remove it when `value` is empty."""
    if value in (None, "", []):
        if name in st.query_params:
            del st.query_params[name]
    elif st.query_params.get_all(name) != ([value] if isinstance(value, str) else value):
        st.query_params[name] = value


def read_filters() -> dict[str, list[str]]:
    """Facet filters from the URL: ``?theme=Mobilités&year=2024`` -> {"theme": [...], ...}."""
    out = {}
    for facet, param in FILTER_PARAMS.items():
        values = [v for v in st.query_params.get_all(param) if v]
        if values:
            out[facet] = values
    return out


def write_filters(filters: dict[str, list[str]]) -> None:
    for facet, param in FILTER_PARAMS.items():
        put(param, [str(v) for v in filters.get(facet, [])])


def page_params(*names: str) -> dict[str, str | list[str]]:
    """The current values of `names` (and the language) to carry over in a link."""
    keep = {"lang", *names}
    return {k: st.query_params.get_all(k) for k in st.query_params if k in keep}


def share_url() -> str:
    """This view's address: the browser's URL (or a configured base) with the query."""
    base = ""
    try:
        base = str(st.secrets.get("public_url", ""))
    except Exception:  # no secrets file: st.secrets raises its own error type
        base = ""
    if not base:
        try:
            base = st.context.url or ""
        except Exception:
            base = ""
    base = (base or DEFAULT_URL).split("?")[0]
    query = urlencode([(k, v) for k in st.query_params for v in st.query_params.get_all(k)])
    return f"{base}?{query}" if query else base


def only(*names: str, filters: bool = False) -> None:
    """Drop the parameters of other pages, so a shared link holds this page's state alone."""
    keep = {"lang", *names, *(FILTER_PARAMS.values() if filters else ())}
    for name in [k for k in st.query_params if k not in keep]:
        del st.query_params[name]
