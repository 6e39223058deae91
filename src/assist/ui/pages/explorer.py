"""Explorer page: facets with counts, key figures, charts with their numbers, map, table."""

from __future__ import annotations

from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from assist.catalogue import figures as stats
from assist.catalogue.completeness import completeness
from assist.config import Settings
from assist.text.i18n import t
from assist.ui import components, facets, overview_map, projects_map, runtime, selection, state

CHARTS = ("theme", "projet_status", "coll_type")
TABLE_COLUMNS = ("nom_projet", "coll_nom", "theme", "projet_status", "coll_type", "start_year")


FIGURES = ("projects", "authorities", "themes", "deployed", "mapped")


def figures(frame: pd.DataFrame, language: str) -> None:
    """The key figures: five in a row on a wide screen, three and two on a phone."""
    components.key_figures(stats.key_figures(frame), FIGURES, language)


@st.cache_data(show_spinner=False, max_entries=512)
def chart_spec(data: pd.DataFrame, column: str, language: str) -> dict:
    """The Vega-Lite spec of one chart, built and checked once per data and language: a
    rerun (a filter, a click) draws the same charts again without rebuilding them."""
    chart = (stats.years_chart(data, language) if column == "start_year"
             else stats.bar_chart(data, column, language))
    return stats.vega_spec(chart)


def chart_with_numbers(data: pd.DataFrame, table: pd.DataFrame, sentence: str,
                       language: str, key: str) -> None:
    if len(table) <= 1:  # one bar says less than its number: show the number
        if len(table):
            name, count = table.iloc[0, 0], int(table.iloc[0, 1])
            st.metric(f"{table.columns[0]} : {name}" if language == "fr"
                      else f"{table.columns[0]}: {name}", count, border=True)
        st.caption(components.escape(sentence))
        return
    # Explicit height: with "content", Streamlit squeezes a layered chart to a few pixels.
    height = 80 + 34 * len(table) if key != "start_year" else 300
    st.vega_lite_chart(chart_spec(data, key, language), width="stretch", height=height,
                       key=f"chart-{key}", alt=sentence)
    st.caption(components.escape(sentence))
    with st.expander(t("explorer.chart_data", language)):
        components.dataframe(table, hide_index=True, key=f"data-{key}")


def charts(frame: pd.DataFrame, language: str) -> None:
    st.header(t("explorer.charts", language))
    names = [*CHARTS, "start_year"]
    tabs = st.tabs([t(f"facet.{n}", language) for n in names])
    for tab, column in zip(tabs[:-1], CHARTS):
        with tab:
            counts = stats.count_by(frame, column, language)
            table = counts[["label", "count"]].rename(columns={
                "label": t(f"facet.{column}", language), "count": t("stats.projects", language)})
            chart_with_numbers(counts, table, stats.summary(counts, column, language),
                               language, column)
    with tabs[-1]:
        years = stats.starts_by_year(frame)
        table = years.rename(columns={"year": t("stats.year", language),
                                      "count": t("stats.projects", language)})
        chart_with_numbers(years, table, stats.years_summary(years, language), language,
                           "start_year")


def project_map(frame: pd.DataFrame, language: str, tiles: str) -> None:
    """The light map of France, or, when asked for (``?carte=zoom``), the zoomable
    deck.gl map: WebGL costs 2 to 4 CPU seconds a mount in a browser without a GPU, and it
    went on drawing into the next page."""
    st.header(t("explorer.map", language))
    zoomable = st.toggle(t("map.zoomable", language), value=state.get("carte") == "zoom",
                         key="map_zoomable", help=t("map.zoomable_help", language))
    state.put("carte", "zoom" if zoomable else None)
    if zoomable:
        st.caption(t("map.help", language))
        scope = st.segmented_control(
            t("explorer.map_scope", language), ["france", "world"], default="france",
            format_func=lambda v: t(f"explorer.map_{v}", language), key="map_scope")
        projects_map.show(frame, language, tiles, world=scope == "world")
    else:
        st.caption(t("map.overview_help", language))
        points = stats.map_frame(frame, language, france_only=True)
        zoom_link = urlencode({**state.page_params(*state.FILTER_PARAMS.values()),
                               "carte": "zoom"}, doseq=True)
        st.html(overview_map.html_map(points, language, f"explorer?{zoom_link}"))
        st.html(projects_map.legend(points, language, group="map.overview_legend_group"))
        st.caption(t("map.credits_tiles", language))
    mapped = stats.key_figures(frame)["mapped"]
    st.caption(t("explorer.map_summary", language, n=mapped, missing=len(frame) - mapped))


def table(frame: pd.DataFrame, cases, language: str) -> None:
    st.header(t("explorer.table", language))
    st.caption(t("explorer.table_help", language))
    shown = frame[["id", *TABLE_COLUMNS]].copy()
    for column in ("theme", "projet_status", "coll_type"):
        shown[column] = shown[column].map(lambda v, c=column: stats.label(c, v, language))
    ratios = {c.id: round(completeness(c, "public").ratio * 100) for c in cases}
    shown["completeness"] = shown["id"].map(ratios)
    config = {c: t(f"field.{c}", language) for c in TABLE_COLUMNS}
    config["id"] = None
    config["completeness"] = st.column_config.ProgressColumn(
        t("quality.column", language), help=t("quality.column_help", language),
        format="%d %%", min_value=0, max_value=100)
    event = components.dataframe(shown, hide_index=True, on_select="rerun",
                         selection_mode="single-row", column_config=config, key="table")
    rows = event.selection.rows if event else []
    if rows:
        pages = st.session_state.get("_pages", {})
        case_id = shown.iloc[rows[0]]["id"]
        params = {"id": case_id, **({"lang": "en"} if language == "en" else {})}
        st.switch_page(pages["project"], query_params=params)
    names = {c.id: f"{c.title} — {c.coll_nom}" for c in cases}
    selection.picker(list(shown["id"]), names, language, "explorer_compare")
    selection.link(language)
    cols = st.columns(2)
    cols[0].download_button(t("explorer.download", language), stats.public_csv(cases),
                            file_name="projets-ia-territoriales.csv", mime="text/csv",
                            on_click="ignore", key="download", icon=":material/table:")
    cols[1].download_button(t("explorer.download_json", language), stats.public_json(cases),
                            file_name="projets-ia-territoriales.json",
                            mime="application/json", on_click="ignore", key="download-json",
                            icon=":material/data_object:")


def render() -> None:
    state.only("carte", filters=True)
    language = state.language()
    assistant = runtime.assistant(language)
    everything = stats.cases_frame(assistant.cases(audience="public"))
    filters = facets.sidebar(everything, language)
    cases = assistant.cases(filters, audience="public")
    frame = stats.cases_frame(cases)
    st.title(t("explorer.heading", language))
    figures(frame, language)
    if frame.empty:
        st.info(t("explorer.none", language))
        return
    charts(frame, language)
    project_map(frame, language, Settings.from_env().map_tiles)
    table(frame, cases, language)


if __name__ == "__main__":
    render()
