"""The one `Assistant` of the server: loaded once, shared by every session, rebuilt on import."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import NoReturn

import streamlit as st

from assist.assistant import Assistant
from assist.config import Settings
from assist.errors import AssistError
from assist.text.i18n import t

WARM_UP = "eau"


@st.cache_resource(show_spinner=False)
def _holder(home: str) -> dict:
    # The cached resource is this holder, not the assistant: building inside a cached
    # function would record the progress bar and replay it on every later page.
    return {"lock": threading.Lock(), "assistant": None, "warm": threading.Event()}


def _warm_up(opened: Assistant, done: threading.Event) -> None:
    """Load the language identifier and page in the model while the first page draws."""
    try:
        opened.ask(WARM_UP)
    finally:
        done.set()


def _progress_bar(language: str):
    bar = st.progress(0.0, text=t("app.loading_model", language))

    def update(stage: str, done: int, total: int) -> None:
        bar.progress(done / total if total else 1.0,
                     text=t("app.loading", language, stage=stage, done=done, total=total))
    return bar, update


def fail(error: AssistError) -> NoReturn:
    """Stop the page with the error's own message (it says how to fix things), no trace."""
    st.error(str(error), icon=":material/error:")
    st.stop()


def _open(language: str, make: Callable[..., Assistant]) -> Assistant:
    """`make(progress=...)` under a progress bar; an AssistError stops the page."""
    bar, update = _progress_bar(language)
    try:
        return make(progress=update)
    except AssistError as exc:
        fail(exc)
    finally:
        bar.empty()


def assistant(language: str = "fr") -> Assistant:
    """The shared assistant; the first call builds (with a progress bar) or opens the index."""
    settings = Settings.from_env()
    holder = _holder(str(settings.home.resolve()))
    if holder["assistant"] is None:
        with holder["lock"]:
            if holder["assistant"] is None:
                opened = _open(language, lambda progress: Assistant.open(settings, progress))
                threading.Thread(target=_warm_up, args=(opened, holder["warm"]),
                                 daemon=True).start()
                holder["assistant"] = opened
    return holder["assistant"]


def reopen(language: str = "fr") -> Assistant:
    """After an import: index the new catalogue, then serve it to every session."""
    settings = Settings.from_env()
    holder = _holder(str(settings.home.resolve()))
    with holder["lock"]:
        holder["assistant"] = _open(language, holder["assistant"].reopen)
    return holder["assistant"]


def ready(timeout: float = 60.0) -> None:
    """Wait for the warm-up to finish, so no question runs the model concurrently with it."""
    _holder(str(Settings.from_env().home.resolve()))["warm"].wait(timeout)
