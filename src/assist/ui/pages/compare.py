"""Compare page: two to four projects side by side, field by field, differences marked."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from assist.answers import exports
from assist.answers.compare import MAX_CASES, Comparison, differ
from assist.text.i18n import t
from assist.ui import agent, components, runtime, selection, state

PICK = "compare_pick"
DIFFERS = "≠"


def _from_url() -> list[str]:
    return [i for i in state.get("compare").split(",") if i.strip()]


def _initial(known: set[str]) -> list[str]:
    """A new `?compare=` (a shared link) wins; else the projects ticked on other pages."""
    url = _from_url()
    if url and url != st.session_state.get("compare_url"):
        selection.set_chosen(url)
    return [i for i in selection.chosen() if i in known]


def table(comparison: Comparison, language: str) -> pd.DataFrame:
    """One row per field, one column per project, "≠" where the values differ."""
    field = t("compare.field", language)
    heads = [f"{n}. {c.title} — {c.organisation}" if c.organisation else f"{n}. {c.title}"
             for n, c in enumerate(comparison.cases, start=1)]
    rows = [(r.label, r.values, r.differs) for r in comparison.rows]
    extras = [
        (t("compare.key_figures", language),
         ["; ".join(c.key_figures) for c in comparison.cases]),
        (t("facet.start_year", language),
         [c.dates.get("start_year", "") for c in comparison.cases]),
        (t("compare.sources", language),
         ["; ".join(f"{s.title} — {s.section}" if s.section else s.title for s in c.sources)
          for c in comparison.cases]),
    ]
    # The extra rows are judged as the domain judges fields (`compare.differ`), so the page
    # and the brief never disagree on what differs.
    rows += [(name, values, differ(values)) for name, values in extras if any(values)]
    return pd.DataFrame([{DIFFERS: DIFFERS if differs else "", field: name,
                          **dict(zip(heads, values))} for name, values, differs in rows])


def show(assistant, ids: list[str], language: str) -> None:
    audience = agent.audience()
    comparison = assistant.compare(ids, audience=audience, language=language)
    frame = table(comparison, language)
    differing = int((frame[DIFFERS] == DIFFERS).sum())
    st.caption(t("compare.summary", language, n=differing, total=len(frame)))
    if st.toggle(t("compare.only_differing", language), key="compare_only_diff"):
        frame = frame[frame[DIFFERS] == DIFFERS]
    # An HTML table: cells wrap (nothing hidden behind a hover), the field column stays in
    # view when the projects scroll sideways on a phone.
    st.html(components.wrapped_table(frame, DIFFERS, t("compare.differs", language),
                                     t("compare.empty", language)))
    components.brief_buttons(comparison, language, audience, assistant, "comparaison")
    components.data_buttons("comparaison", comparison.model_dump_json(indent=1),
                            exports.comparison_rows(comparison), language)
    for case in comparison.cases:
        text = f"{t('card.open', language)} : {components.escape(case.title)}"
        components.page_link("project", text, {"id": case.id}, key=f"open-{case.id}")


def render() -> None:
    state.only("compare")
    language = state.language()
    assistant = runtime.assistant(language)
    st.title(t("compare.heading", language))
    cases = assistant.cases(audience="public")
    names = {c.id: f"{c.title} — {c.coll_nom}" for c in cases}
    st.session_state[PICK] = _initial(set(names))
    st.multiselect(t("compare.pick", language), list(names), key=PICK,
                   format_func=lambda i: names.get(i, i),
                   on_change=lambda: selection.set_chosen(st.session_state[PICK]),
                   placeholder=t("compare.pick_help", language))
    ids = list(st.session_state[PICK])
    state.put("compare", ",".join(ids))
    st.session_state["compare_url"] = ids
    if len(ids) > MAX_CASES:
        st.warning(t("compare.too_many", language, n=len(ids), extra=len(ids) - MAX_CASES))
    elif not selection.valid(ids):
        st.info(t("compare.count", language))
    else:
        show(assistant, ids, language)


if __name__ == "__main__":
    render()
