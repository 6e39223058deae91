"""The projects picked for comparison: one list per session, ticked from any page."""

from __future__ import annotations

import streamlit as st

from assist.answers.compare import MAX_CASES, MIN_CASES
from assist.text.i18n import t
from assist.ui import state

KEY = "compare_ids"


def chosen() -> list[str]:
    return list(st.session_state.get(KEY, []))


def set_chosen(ids: list[str]) -> None:
    st.session_state[KEY] = list(dict.fromkeys(i for i in ids if i))


def _toggle(case_id: str, key: str) -> None:
    ids = chosen()
    if st.session_state.get(key) and case_id not in ids:
        ids.append(case_id)
    elif not st.session_state.get(key) and case_id in ids:
        ids.remove(case_id)
    set_chosen(ids)


def checkbox(case_id: str, language: str, where: str) -> None:
    """A "compare" tick box for `case_id`; `where` keeps keys apart across pages."""
    key = f"cmp-{where}-{case_id}"
    # Assigned before the widget exists, so a tick made on another page shows here too.
    st.session_state[key] = case_id in chosen()
    st.checkbox(t("compare.add", language), key=key, on_change=_toggle, args=(case_id, key))


def picker(options: list[str], names: dict[str, str], language: str, key: str) -> None:
    """A multiselect over `options` bound to the session's selection (Explorer)."""
    kept = [i for i in chosen() if i in names]
    st.session_state[key] = kept
    st.multiselect(t("compare.pick", language), list(dict.fromkeys([*kept, *options])),
                   key=key, format_func=lambda i: names.get(i, i),
                   on_change=lambda: set_chosen(st.session_state[key]),
                   placeholder=t("compare.pick_help", language))


def link(language: str) -> None:
    """A link to the Compare page with the selection, once one project is ticked."""
    ids, pages = chosen(), st.session_state.get("_pages", {})
    if ids and "compare" in pages:
        query = {**({"lang": "en"} if state.language() == "en" else {}),
                 "compare": ",".join(ids)}
        st.page_link(pages["compare"], label=t("compare.open", language, n=len(ids)),
                     icon=":material/compare_arrows:", query_params=query)


def valid(ids: list[str]) -> bool:
    return MIN_CASES <= len(ids) <= MAX_CASES
