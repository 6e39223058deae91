"""What people look for (agents only): the app's questions by theme, those that got "nothing
fits" or 👎 first; JSON and CSV. The page is only in an agent's navigation, and says so to
anyone else who reaches it."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from assist.catalogue.searches import report_rows
from assist.text.i18n import t
from assist.ui import agent, components, runtime, state


def render() -> None:
    state.only()
    language = state.language()
    assistant = runtime.assistant(language)
    st.title(t("page.searches", language))
    try:
        found = assistant.searches(audience=agent.audience(), language=language)
    except PermissionError as refused:
        st.warning(str(refused), icon=":material/lock:")
        return
    st.caption(t("searches.caption", language, since=found.since, days=found.retention_days))
    if found.retention_days <= 0:
        st.info(t("searches.off", language))
        return
    if not found.asked:
        st.info(t("searches.none", language))
        return
    with st.container(horizontal=True, gap="large"):
        for name, value in (("asked", found.asked), ("nothing", found.nothing),
                            ("disliked", found.disliked)):
            st.metric(t(f"searches.{name}", language), value, width="content")
    st.caption(t("searches.help", language))
    columns = {"question": t("searches.question", language),
               "asked": t("searches.times", language),
               "nothing": t("searches.nothing", language),
               "disliked": t("searches.disliked", language),
               "last": t("searches.last", language)}
    for group in found.themes:
        title = t("searches.theme_line", language, label=group.label, asked=group.asked,
                  nothing=group.nothing, disliked=group.disliked)
        with st.expander(title, expanded=bool(group.nothing or group.disliked)):
            frame = pd.DataFrame([q.model_dump() for q in group.questions])[list(columns)]
            # The question gets the room; the counts are narrow (a phone scrolls sideways).
            widths = {name: st.column_config.Column(width="large" if key == "question"
                                                    else "small")
                      for key, name in columns.items()}
            components.dataframe(frame.rename(columns=columns), hide_index=True, column_config=widths,
                         key=f"searches-{group.theme or 'none'}")
    components.data_buttons("recherches", found.model_dump_json(indent=1),
                            pd.DataFrame(report_rows(found)), language)


if __name__ == "__main__":
    render()
