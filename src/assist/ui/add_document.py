"""The agents' controls on the Documents page: add a document (a file or an http(s) address),
remove one. Both call the shared `Assistant`, then re-index (only the new passages are
embedded)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from assist.catalogue.documents import missing_note
from assist.errors import AssistError, DocumentRefused
from assist.text.i18n import t
from assist.ui import agent, runtime

ACCESS = ("public", "restricted")
FLASH = "documents_flash"


def _progress(language: str):
    bar = st.progress(0.0, text=t("documents.add_reading", language))

    def update(stage: str, done: int, total: int) -> None:
        key = "documents.add_pages" if stage == "read" else "app.loading"
        bar.progress(done / total if total else 1.0,
                     text=t(key, language, stage=stage, done=done, total=total))
    return bar, update


def add_form(assistant, language: str) -> None:
    """Add a document: a file (its format read from its content) or an address; the title,
    publisher and date the file may lack; public or restricted (agents only)."""
    st.header(t("documents.add", language))
    if not agent.is_agent():
        st.caption(t("documents.add_agents", language))
        return
    with st.form("add-document"):
        upload = st.file_uploader(t("documents.add_file", language))  # any type: sniffed
        url = st.text_input(t("documents.add_url", language), key="add_url")
        st.caption(t("documents.add_meta", language))
        title = st.text_input(t("documents.add_title", language), key="add_title")
        publisher = st.text_input(t("documents.add_publisher", language), key="add_publisher")
        date = st.text_input(t("documents.add_date", language), key="add_date")
        access = st.radio(t("documents.add_access", language), ACCESS, horizontal=True,
                          format_func=lambda a: t(f"documents.access.{a}", language),
                          key="add_access")
        sent = st.form_submit_button(t("documents.add_submit", language))
    if not sent:
        return
    if upload is None and not url.strip():
        st.warning(t("documents.add_nothing", language))
        return
    bar, update = _progress(language)
    meta = {"title": title, "publisher": publisher, "date": date, "access": access,
            "actor": "agent", "progress": update}
    try:
        if upload is not None:
            # An upload is known by its file name: the same name again replaces it.
            name = Path(upload.name).name
            added = assistant.add_document(f"upload:{name}", data=upload.getvalue(),
                                           name=name, **meta)
        else:
            added = assistant.add_document(url.strip(), **meta)
    except DocumentRefused as exc:
        bar.empty()
        st.error(exc.message(language), icon=":material/error:")
        return
    except AssistError as exc:
        bar.empty()
        st.error(str(exc), icon=":material/error:")
        return
    bar.empty()
    runtime.reopen(language)
    doc = added.document
    pages = t("document.pages", language, n=doc.pages) if doc.pages else ""
    said = [("success", t(f"document.status.{added.status}", language, title=doc.title,
                          id=doc.id, sections=doc.sections, pages=pages))]
    said += [("info", note) for note in (missing_note(added.missing, language), *added.notes)
             if note]
    _said_after_rerun(said)


def _said_after_rerun(messages: list[tuple[str, str]]) -> None:
    """Redraw the page over the re-opened assistant (the list shows the change), then say
    what was done."""
    st.session_state[FLASH] = messages
    st.rerun()


def flash() -> None:
    """What the last add or remove did, once."""
    for kind, text in st.session_state.pop(FLASH, []):
        getattr(st, kind)(text)


def remove_form(assistant, language: str) -> None:
    """Remove an added document (agents only; the shipped documents stay)."""
    if not agent.is_agent():
        return
    added = assistant.added_documents("agent")
    if not added:
        return
    titles = {d.id: f"{d.title} ({d.id}, {t(f'documents.access.{d.access}', language)})"
              for d in added}
    with st.form("remove-document"):
        picked = st.selectbox(t("documents.remove", language), list(titles),
                              format_func=titles.get, key="remove_pick")
        sent = st.form_submit_button(t("documents.remove_submit", language))
    if sent and picked:
        try:
            assistant.remove_document(picked, actor="agent")
        except AssistError as exc:
            st.error(exc.message(language) if isinstance(exc, DocumentRefused) else str(exc))
            return
        runtime.reopen(language)
        _said_after_rerun([("success", t("document.removed", language, id=picked))])
