"""Fit page: a needs profile in a form; the projects that fit, criterion by criterion."""

from __future__ import annotations

import streamlit as st

from assist.answers.fit import NeedsProfile, choices, describe
from assist.catalogue.figures import label
from assist.models import Result
from assist.text.i18n import t
from assist.ui import agent, components, runtime, selection, state

# profile attribute -> query parameter; restricted criteria stay out of the URL.
URL_LISTS = {"coll_type": "type", "themes": "theme", "audience": "audience"}
AGENT_ONLY = ("budget", "hosting", "implementation")
MARKS = {"met": ":green[✓]", "not_met": ":red[✗]", "unknown": ":gray[?]"}
PROFILE = "fit_profile"


def _key(name: str) -> str:
    return f"fit_{name}"


def _from_url() -> dict:
    out = {k: [v for v in st.query_params.get_all(p) if v] for k, p in URL_LISTS.items()}
    maturity = state.get("maturity")
    out["maturity"] = maturity if maturity in choices("maturity") else "any"
    out["need"] = state.get("need")
    return out


def _to_url(profile: dict) -> None:
    for k, p in URL_LISTS.items():
        state.put(p, profile.get(k, []))
    state.put("maturity", None if profile.get("maturity", "any") == "any"
              else profile["maturity"])
    state.put("need", profile.get("need", ""))


def _asks_something(profile: dict) -> bool:
    return any(v not in ("", [], "any", None) for v in profile.values())


def _submit() -> None:
    names = [*URL_LISTS, "maturity", "need", *(AGENT_ONLY if agent.is_agent() else ())]
    st.session_state[PROFILE] = {n: st.session_state.get(_key(n)) for n in names}


def _current() -> dict:
    """The profile to show: a new URL (a shared link) wins, else the session's last one."""
    url = _from_url()
    if _asks_something(url) and url != st.session_state.get("fit_url"):
        st.session_state[PROFILE] = url
    profile = dict(st.session_state.get(PROFILE, {}))
    if not agent.is_agent():
        profile = {k: v for k, v in profile.items() if k not in AGENT_ONLY}
    for name in [*URL_LISTS, *AGENT_ONLY]:
        st.session_state[_key(name)] = list(profile.get(name) or [])
    st.session_state[_key("maturity")] = profile.get("maturity") or "any"
    st.session_state[_key("need")] = profile.get("need") or ""
    _to_url(profile)
    st.session_state["fit_url"] = _from_url()
    return profile


def _multiselect(name: str, language: str, field: str | None = None) -> None:
    st.multiselect(t(f"fit.criterion.{name}", language), choices(name), key=_key(name),
                   format_func=(lambda v: label(field, v, language)) if field else str,
                   placeholder=t("fit.any", language))


def form(language: str) -> None:
    with st.form("fit-form"):
        cols = st.columns(2)
        with cols[0]:
            _multiselect("coll_type", language, "coll_type")
            _multiselect("themes", language, "theme")
            _multiselect("audience", language, "audience_service")
        with cols[1]:
            st.text_area(t("fit.need", language), key=_key("need"), height=110,
                         max_chars=2000)
            st.radio(t("fit.criterion.maturity", language), choices("maturity"),
                     key=_key("maturity"), horizontal=True,
                     format_func=lambda v: t(f"fit.maturity.{v}", language))
        if agent.is_agent():
            st.markdown(f"**{t('fit.agent_fields', language)}**")
            cols = st.columns(3)
            for col, name in zip(cols, AGENT_ONLY):
                with col:
                    _multiselect(name, language)
        else:
            st.caption(t("fit.agent_hint", language))
        st.form_submit_button(t("fit.submit", language), type="primary", on_click=_submit)


def criteria(result: Result, language: str) -> None:
    """Each criterion of the profile: ✓ met, ✗ not met, ? unknown, with the case's value."""
    if result.criteria:
        st.markdown(f"**{t('fit.criteria', language)}**")
        lines = []
        for c in result.criteria:
            value = components.escape(c.value) if c.value else "—"
            wanted = components.escape(t("fit.wanted", language, values=", ".join(c.wanted)))
            lines.append(f"{MARKS[c.status]} **{components.escape(c.label)}** : {value} "
                         f"— *{t(f'fit.status.{c.status}', language)}* ({wanted})")
        st.markdown("  \n".join(lines))
    with st.expander(t("action1.heading", language)):
        for note in result.action1:
            st.markdown(f"**{components.escape(note.label)}**")
            if note.quotes:
                st.markdown("\n".join(f"- *{components.escape(q.label)}* : "
                                      f"« {components.escape(q.text)} »" for q in note.quotes))
            else:
                st.caption(components.escape(note.message))


def results(assistant, profile: NeedsProfile, language: str) -> None:
    audience = agent.audience()
    answer = assistant.fit(profile, top_k=5, audience=audience)
    st.subheader(t("fit.results", language))
    st.caption(components.escape(t("fit.profile", language,
                                   profile=describe(profile, language, audience))))
    for notice in answer.notices:
        st.info(components.escape(notice), icon=":material/info:")
    if answer.abstained:
        st.warning(components.escape(answer.message))
        return
    components.brief_buttons(answer, language, audience, assistant, "profil", profile)
    for result in answer.results:
        components.result_card(assistant, result, answer, language, "fit",
                               extra=lambda r=result: criteria(r, language))
    selection.link(language)


def render() -> None:
    state.only("need", "maturity", *URL_LISTS.values())
    language = state.language()
    assistant = runtime.assistant(language)
    st.title(t("fit.heading", language))
    st.caption(t("fit.intro", language))
    asked = _current()
    form(language)
    if not _asks_something(asked):
        st.info(t("fit.start", language))
        return
    profile = NeedsProfile(**{k: v for k, v in asked.items() if v}, language=language)
    runtime.ready()
    results(assistant, profile, language)


if __name__ == "__main__":
    render()
