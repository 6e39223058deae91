"""The one `Assistant` of the server: loaded once, shared by every session, rebuilt on import."""

from __future__ import annotations

import threading

import streamlit as st

from assist.assistant import Assistant
from assist.config import Settings
from assist.i18n import t

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


def assistant(language: str = "fr") -> Assistant:
    """The shared assistant; the first call builds (with a progress bar) or opens the index."""
    settings = Settings.from_env()
    holder = _holder(str(settings.home.resolve()))
    if holder["assistant"] is None:
        with holder["lock"]:
            if holder["assistant"] is None:
                bar, update = _progress_bar(language)
                opened = Assistant.open(settings, progress=update)
                threading.Thread(target=_warm_up, args=(opened, holder["warm"]),
                                 daemon=True).start()
                holder["assistant"] = opened
                bar.empty()
    return holder["assistant"]


def reopen(language: str = "fr") -> Assistant:
    """After an import: index the new catalogue, then serve it to every session."""
    settings = Settings.from_env()
    holder = _holder(str(settings.home.resolve()))
    with holder["lock"]:
        bar, update = _progress_bar(language)
        holder["assistant"] = holder["assistant"].reopen(progress=update)
        bar.empty()
    return holder["assistant"]


def ready(timeout: float = 60.0) -> None:
    """Wait for the warm-up to finish, so no question runs the model concurrently with it."""
    _holder(str(Settings.from_env().home.resolve()))["warm"].wait(timeout)
