"""Fit page: a needs profile in a form; the projects that fit, criterion by criterion."""

from __future__ import annotations

import streamlit as st

from assist.answers import exports
from assist.answers.compose import in_page_language
from assist.answers.fit import CRITERIA, NeedsProfile, choices, closest_texts, describe
from assist.catalogue.figures import label
from assist.models import Result
from assist.text.i18n import t
from assist.ui import agent, components, runtime, selection, state

# profile attribute -> query parameter; restricted criteria stay out of the URL.
URL_LISTS = {"coll_type": "type", "themes": "theme", "audience": "audience"}
AGENT_ONLY = ("budget", "hosting", "implementation")
PUBLIC_KEYS = tuple(c.key for c in CRITERIA if c.key not in AGENT_ONLY)
MARKS = {"met": ":green[✓]", "not_met": ":red[✗]", "unknown": ":gray[?]"}
PROFILE = "fit_profile"


def _key(name: str) -> str:
    return f"fit_{name}"


NEED_CHARS = 2000  # the form's limit


def _from_url() -> dict:
    """The profile a link asks for, each value checked: unknown ones are left out (and
    named by `_dropped`), so a hand-made link never reaches the form or the model raw."""
    out: dict = {k: _known(k, st.query_params.get_all(p))[0] for k, p in URL_LISTS.items()}
    maturity = state.get("maturity")
    out["maturity"] = maturity if maturity in choices("maturity") else "any"
    out["need"] = state.get("need")[:NEED_CHARS]
    # Only public criteria may be required in a link: agents-only ones stay out of the URL.
    out["must"] = [k for k in st.query_params.get_all("must") if k in PUBLIC_KEYS]
    return out


def _dropped() -> list[str]:
    dropped = [v for k, p in URL_LISTS.items() for v in _known(k, st.query_params.get_all(p))[1]]
    maturity = state.get("maturity")
    return dropped + ([maturity] if maturity and maturity not in choices("maturity") else [])


def _known(key: str, values: list[str]) -> tuple[list[str], list[str]]:
    """(the catalogue's labels of the values it knows, the values it does not know)."""
    known, unknown = [], []
    for value in (v for v in values if v):
        try:
            matched = getattr(NeedsProfile(**{key: [value]}), key)
        except ValueError:
            unknown.append(value)
            continue
        known += [m for m in matched if m in choices(key) and m not in known]
    return known, unknown


def _to_url(profile: dict) -> None:
    for k, p in URL_LISTS.items():
        state.put(p, profile.get(k, []))
    state.put("maturity", None if profile.get("maturity", "any") == "any"
              else profile["maturity"])
    state.put("need", profile.get("need", ""))
    state.put("must", [k for k in profile.get("must", []) if k in PUBLIC_KEYS])


def _asks_something(profile: dict) -> bool:
    return any(v not in ("", [], "any", None) for k, v in profile.items() if k != "must")


def _must_key(name: str) -> str:
    return f"fit_must_{name}"


def _submit() -> None:
    names = [*URL_LISTS, "maturity", "need", *(AGENT_ONLY if agent.is_agent() else ())]
    profile = {n: st.session_state.get(_key(n)) for n in names}
    profile["must"] = [c.key for c in CRITERIA if c.key in names
                       and st.session_state.get(_must_key(c.key))]
    st.session_state[PROFILE] = profile


def _current() -> dict:
    """The profile to show: a new URL (a shared link) wins, else the session's last one."""
    url = _from_url()
    if _asks_something(url) and url != st.session_state.get("fit_url"):
        st.session_state[PROFILE] = url
    profile = dict(st.session_state.get(PROFILE, {}))
    if not agent.is_agent():
        profile = {k: v for k, v in profile.items() if k not in AGENT_ONLY}
        profile["must"] = [k for k in profile.get("must") or [] if k in PUBLIC_KEYS]
    for name in [*URL_LISTS, *AGENT_ONLY]:
        st.session_state[_key(name)] = list(profile.get(name) or [])
    for crit in CRITERIA:
        st.session_state[_must_key(crit.key)] = crit.key in (profile.get("must") or [])
    st.session_state[_key("maturity")] = profile.get("maturity") or "any"
    st.session_state[_key("need")] = profile.get("need") or ""
    _to_url(profile)
    st.session_state["fit_url"] = _from_url()
    return profile


def _multiselect(name: str, language: str, field: str | None = None) -> None:
    st.multiselect(t(f"fit.criterion.{name}", language), choices(name), key=_key(name),
                   format_func=(lambda v: label(field, v, language)) if field else str,
                   placeholder=t("fit.any", language))
    _must_toggle(name, language)


def _must_toggle(name: str, language: str) -> None:
    """Off ("nice to have", the default): the criterion re-ranks; on: it excludes."""
    st.toggle(t("fit.must_toggle", language,
                criterion=t(f"fit.criterion.{name}", language).lower()),
              key=_must_key(name), help=t("fit.must_help", language))


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
            _must_toggle("maturity", language)
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
            wanted = components.escape(t("fit.wanted", language, values=", ".join(
                label(c.field, w, language) for w in c.wanted)))  # as the form shows them
            must = f" · **{t('fit.must', language)}**" if c.must else ""
            note = f" — {components.escape(c.note)}" if c.note else ""
            colon = " :" if language == "fr" else ":"
            lines.append(f"{MARKS[c.status]} **{components.escape(c.label)}**{colon} {value} "
                         f"— *{t(f'fit.status.{c.status}', language)}* ({wanted}{must}){note}")
        st.markdown("  \n".join(lines))
    with st.expander(t("action1.heading", language)):
        for note in result.action1:
            st.markdown(f"**{components.escape(note.label)}**")
            if note.quotes:
                colon = " :" if language == "fr" else ":"
                st.markdown("\n".join(f"- *{components.escape(q.label)}*{colon} "
                                      f"« {components.escape(q.text)} »" for q in note.quotes))
            else:
                st.caption(components.escape(note.message))


def results(assistant, profile: NeedsProfile, language: str) -> None:
    audience = agent.audience()
    answer = assistant.fit(profile, top_k=5, audience=audience)
    st.header(t("fit.results", language))
    st.caption(components.escape(t("fit.profile", language,
                                   profile=describe(profile, language, audience))))
    for notice in answer.notices:
        st.info(components.escape(notice), icon=":material/info:")
    if answer.abstained:
        st.warning(components.escape(in_page_language(answer.message, language)))
    # The brief and the data say what the page says: a declined need, the closest apart,
    # the projects each requirement excluded.
    components.brief_buttons(answer, language, audience, assistant, "profil", profile)
    components.data_buttons("profil", answer.model_dump_json(indent=1),
                            exports.answer_rows(answer), language)
    if answer.abstained:
        closest(assistant, answer, language)
        return
    for result in answer.results:
        components.result_card(assistant, result, answer, language, "fit",
                               extra=lambda r=result: criteria(r, language))
    selection.link(language)


def closest(assistant, answer, language: str) -> None:
    """The nearest projects when none addresses the need: apart, and said to be so."""
    if not answer.closest:
        return
    heading, hint = closest_texts(answer, language)
    st.header(heading)
    st.caption(hint)
    for result in answer.closest:
        components.result_card(assistant, result, answer, language, "fit-closest",
                               extra=lambda r=result: criteria(r, language),
                               lead=closest_clause(result, language))


def closest_clause(result: Result, language: str) -> str:
    """The reason a project is offered "to check" (the part of the need it is close to),
    shown on its card above the quotes: in the reasons' folded list, nobody opened it."""
    start = t("fit.closest_clause", language, clause="\0").split("\0")[0]
    return next((r for r in result.why.reasons if r.startswith(start)), "")


def render() -> None:
    state.only("need", "maturity", "must", *URL_LISTS.values())
    language = state.language()
    assistant = runtime.assistant(language)
    st.title(t("fit.heading", language))
    st.caption(t("fit.intro", language))
    if dropped := _dropped():
        st.warning(t("url.dropped", language,
                     values=", ".join(repr(v[:60]) for v in dropped[:10])))
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
