"""Agent access on the pages: OIDC (`st.login`) when configured, else a hashed password."""

from __future__ import annotations

import streamlit as st

from assist.auth import Throttle, verify
from assist.text.i18n import t


def _secrets() -> dict:
    try:
        return dict(st.secrets)
    except Exception:  # no secrets.toml: Streamlit raises its own error type
        return {}


def _password_hash(assistant) -> str:
    return assistant.settings.agent_password_hash or str(
        _secrets().get("agent_password_hash", ""))


def is_agent() -> bool:
    if "auth" in _secrets():
        try:
            return bool(st.user.is_logged_in)
        except Exception:
            return False
    return bool(st.session_state.get("agent"))


def audience() -> str:
    return "agent" if is_agent() else "public"


def login_box(assistant, language: str) -> bool:
    """The login (or logout) control; True when the session is an agent's."""
    if "auth" in _secrets():
        if is_agent():
            if st.button(t("agent.logout", language)):
                st.logout()
            return True
        if st.button(t("agent.sso", language)):
            st.login()
        return False
    if st.session_state.get("agent"):
        st.success(t("agent.logged_in", language))
        if st.button(t("agent.logout", language)):
            st.session_state["agent"] = False
            st.rerun()
        return True
    stored = _password_hash(assistant)
    if not stored:
        st.info(t("agent.off", language))
        return False
    throttle: Throttle = st.session_state.setdefault("throttle", Throttle())
    with st.form("agent-login"):
        password = st.text_input(t("agent.password", language), type="password")
        sent = st.form_submit_button(t("agent.submit", language))
    if sent:
        if (wait := throttle.wait()) > 0:
            st.warning(t("agent.wait", language, s=f"{wait:.0f}"))
        elif verify(password, stored):
            throttle.succeeded()
            st.session_state["agent"] = True
            assistant.store.audit("login", "agent", {"method": "password", "ok": True})
            st.rerun()
        else:
            delay = throttle.failed()
            assistant.store.audit("login", "agent", {"method": "password", "ok": False})
            st.error(t("agent.wrong", language, s=f"{delay:.0f}"))
    return False
