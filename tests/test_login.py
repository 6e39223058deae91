"""Agent login (issue 11, item 4): the delay after failures is kept per account and per client
address in the store, so a reload or a restart does not reset it; an OIDC identity is an agent
only when the settings allow it."""

from __future__ import annotations

import shutil
import types
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from assist import auth
from assist.catalogue.store import Store

APP = str(Path(__file__).resolve().parents[1] / "app.py")
PASSWORD = "correct horse"


@pytest.fixture
def login_home(app_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    shutil.copytree(app_home, home)
    monkeypatch.setenv("ASSIST_HOME", str(home))
    monkeypatch.setenv("ASSIST_AGENT_PASSWORD_HASH", auth.hash_password(PASSWORD, 1000))
    return home


def _try(password: str) -> AppTest:
    """A new browser session (a reload) on the About page, sending `password`."""
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    at.switch_page("src/assist/ui/pages/about.py")
    at.run()
    at.text_input[0].input(password)
    at.button[0].click()
    at.run()
    assert not at.exception, at.exception
    return at


def test_a_reload_does_not_reset_the_delay(login_home: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "FIRST_DELAY", 60.0)  # longer than a new session takes to start
    failed = _try("wrong")
    assert failed.error
    # the right password at once, from a new session: still refused until the delay is over
    again = _try(PASSWORD)
    assert again.warning, "a reload reset the delay"
    assert not (again.session_state["agent"] if "agent" in again.session_state else False)
    events = [(e["event"], e["detail"]) for e in Store(login_home).audit_log()]
    assert any(event == "login" and '"ok": false' in detail for event, detail in events)


def test_the_delay_survives_a_restart(tmp_path: Path) -> None:
    store = Store(tmp_path / "home")
    keys = ["account:agent", "ip:127.0.0.1"]
    assert store.login_wait(keys, now=1000.0) == 0
    assert [store.login_failed(keys, now=1000.0) for _ in range(3)] == [1, 2, 4]
    restarted = Store(tmp_path / "home")
    assert restarted.login_wait(keys, now=1001.0) == pytest.approx(3.0)
    # another address is still held back by the account, another account by the address
    assert restarted.login_wait(["account:agent", "ip:10.0.0.9"], now=1001.0) > 0
    assert restarted.login_wait(["account:other", "ip:127.0.0.1"], now=1001.0) > 0
    restarted.login_succeeded(keys)
    assert Store(tmp_path / "home").login_wait(keys, now=1001.0) == 0


@pytest.mark.parametrize("email, allowed, agent", [
    ("ana@ville-test.fr", "", False),                      # no list: nobody is an agent
    ("ana@ville-test.fr", "ana@ville-test.fr", True),
    ("ANA@Ville-Test.fr", "ana@ville-test.fr", True),
    ("bob@ville-test.fr", "ana@ville-test.fr", False),
    ("bob@ville-test.fr", "@ville-test.fr", True),
    ("bob@ville-test.fr", "ville-test.fr, metropole.fr", True),
    ("bob@evil-ville-test.fr", "ville-test.fr", False),
    ("bob@ville-test.fr.evil.com", "ville-test.fr", False),
    ("", "ville-test.fr", False),
    (None, "ville-test.fr", False),
])
def test_oidc_identity_is_an_agent_only_when_allowed(email, allowed, agent) -> None:
    assert auth.allowed_identity(email, allowed) is agent


def test_logged_in_identity_not_on_the_list_is_public(monkeypatch: pytest.MonkeyPatch) -> None:
    from assist.ui import agent

    monkeypatch.setattr(agent, "_secrets", lambda: {"auth": {"client_id": "x"}})
    user = types.SimpleNamespace(is_logged_in=True, email="bob@ailleurs.fr")
    monkeypatch.setattr(agent.st, "user", user)
    monkeypatch.setenv("ASSIST_AGENT_ALLOWED", "ville-test.fr")
    assert not agent.is_agent()
    user.email = "bob@ville-test.fr"
    assert agent.is_agent()
