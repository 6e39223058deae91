"""Agent access on the pages: OIDC (`st.login`) when configured, else a hashed password."""

from __future__ import annotations

import streamlit as st

from assist.auth import Throttle, allowed_identity, verify
from assist.config import Settings
from assist.errors import AssistError
from assist.text.i18n import t

ACCOUNT = "account:agent"  # the one password account


def _secrets() -> dict:
    try:
        return dict(st.secrets)
    except Exception:  # no secrets.toml: Streamlit raises its own error type
        return {}


def _password_hash(assistant) -> str:
    return assistant.settings.agent_password_hash or str(
        _secrets().get("agent_password_hash", ""))


def is_agent() -> bool:
    """An OIDC identity on the settings' allow-list, or a session that gave the password."""
    if "auth" in _secrets():
        try:
            logged_in = bool(st.user.is_logged_in)
            email = st.user.email if logged_in else None
        except Exception:
            return False
        return allowed_identity(str(email or ""), Settings.from_env().agent_allowed)
    return bool(st.session_state.get("agent"))


def _throttle_keys() -> list[str]:
    """The account and, where Streamlit knows it, the client's address: a delay on either
    holds back the next attempt, whichever browser or session it comes from."""
    try:
        address = st.context.ip_address
    except Exception:
        address = None
    return [ACCOUNT] + ([f"ip:{address}"] if address else [])


class _StoredThrottle:
    """The store's throttle for these keys; the session's own when the home is read-only."""

    def __init__(self, store, keys: list[str]) -> None:
        # The PostgreSQL store keeps no login delays yet: the session's throttle then.
        self.store = store if hasattr(store, "login_wait") else None
        self.keys = keys
        self.session: Throttle = st.session_state.setdefault("throttle", Throttle())

    def wait(self) -> float:
        if self.store is None:
            return self.session.wait()
        try:
            return max(self.store.login_wait(self.keys), self.session.wait())
        except AssistError:
            return self.session.wait()

    def failed(self) -> float:
        delay = self.session.failed()
        if self.store is None:
            return delay
        try:
            return self.store.login_failed(self.keys)
        except AssistError:
            return delay

    def succeeded(self) -> None:
        self.session.succeeded()
        if self.store is None:
            return
        try:
            self.store.login_succeeded(self.keys)
        except AssistError:
            pass


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
    throttle = _StoredThrottle(assistant.store, _throttle_keys())
    with st.form("agent-login"):
        password = st.text_input(t("agent.password", language), type="password")
        sent = st.form_submit_button(t("agent.submit", language))
    if sent:
        if (wait := throttle.wait()) > 0:
            st.warning(t("agent.wait", language, s=f"{wait:.0f}"))
        elif verify(password, stored):
            throttle.succeeded()
            st.session_state["agent"] = True
            _audit(assistant, True)
            st.rerun()
        else:
            delay = throttle.failed()
            _audit(assistant, False)
            st.error(t("agent.wrong", language, s=f"{delay:.0f}"))
    return False


def _audit(assistant, ok: bool) -> None:
    try:
        assistant.store.audit("login", "agent", {"method": "password", "ok": ok,
                                                 "keys": _throttle_keys()})
    except AssistError:
        pass  # a read-only home keeps no audit log; the login itself still works
