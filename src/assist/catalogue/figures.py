"""Figures and charts of the catalogue: facet counts, key figures, altair specs, public CSV.

Pure pandas and altair over `Case` values, so the dashboard's numbers are unit-tested
without Streamlit. Filters have the shape `search.normalise_filters` returns, and match the
way `Assistant.cases` does: a case passes a facet when one of its values is wanted.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import altair as alt
import pandas as pd

from assist.access import case_view, visible_fields
from assist.catalogue.spreadsheet import neutralise
from assist.facets import UI_FACETS
from assist.models import Case
from assist.text.i18n import t
from assist.text.vocab import STATUSES, THEMES
from assist.text.vocab import label as vocab_label

# The facets the dashboard counts and filters by, from the one table (`assist.facets`).
FACETS = tuple(f.name for f in UI_FACETS)
# Dark enough for white text on them and for marks on white (contrast >= 4.5:1), and told
# apart by colour-blind readers (blue/orange/purple/green/brown/grey differ in lightness too).
THEME_COLOURS = {
    "Transition écologique et énergétique": "#1B7837",
    "Attractivité et aménagement": "#8C510A",
    "Citoyenneté, santé et solidarité": "#762A83",
    "Mobilités": "#005A9C",
    "Gouvernance et socles technologiques": "#B2182B",
    "Administration et organisation interne": "#1A1A1A",
}
OTHER_COLOUR = "#737373"  # mid grey: told from the near-black of Administration by lightness
BAR_COLOUR = "#1F4E79"
UNKNOWN = "—"
FRANCE_BOUNDS = {"lat": (41.0, 51.5), "lon": (-5.5, 10.0)}
# South of this latitude and west of this longitude the box holds Catalonia, not France
# (Corsica, further east, reaches 41.4° N; the Pyrenees' border stays north of 42.3° N).
SPAIN_CORNER = (42.3, 7.0)


def cases_frame(cases: Iterable[Case]) -> pd.DataFrame:
    """One row per case, one column per public field (lists kept as lists)."""
    fields = [f for f in visible_fields("public") if f != "sources"]
    rows = [{f: getattr(case, f) for f in fields} for case in cases]
    frame = pd.DataFrame(rows, columns=fields)
    frame["start_year"] = frame["start_year"].astype("Int64")
    return frame


def _values(value: object) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [str(v) for v in values if v is not None and not pd.isna(v) and v != ""]


def apply_filters(frame: pd.DataFrame, filters: dict[str, list[str]],
                  skip: str | None = None) -> pd.DataFrame:
    """Rows matching every filter except `skip` (the facet whose counts are being made)."""
    keep = pd.Series(True, index=frame.index)
    for name, wanted in filters.items():
        if name == skip or name not in frame.columns:
            continue
        wanted_set = {str(w) for w in wanted}
        keep &= frame[name].map(lambda v, wanted_set=wanted_set: bool(set(_values(v)) & wanted_set))
    return frame[keep]


def facet_counts(frame: pd.DataFrame, facet: str,
                 filters: dict[str, list[str]] | None = None) -> dict[str, int]:
    """{value: number of cases} for `facet`, counting cases that pass the *other* filters.

    >>> facet_counts(frame, "theme", {"theme": ["Mobilités"]})   # doctest: +SKIP
    {"Mobilités": 3, "Transition écologique et énergétique": 8, ...}
    """
    rows = apply_filters(frame, filters or {}, skip=facet)
    counts: dict[str, int] = {}
    for value in rows[facet]:
        for v in dict.fromkeys(_values(value)):
            counts[v] = counts.get(v, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def key_figures(frame: pd.DataFrame) -> dict[str, int]:
    """Projects, authorities, themes, projects in deployment and projects on the map."""
    status = frame["projet_status"]
    return {
        "projects": len(frame),
        "authorities": frame["coll_nom"].replace("", pd.NA).nunique(),
        "themes": frame["theme"].replace("", pd.NA).nunique(),
        "deployed": int((status == "En déploiement").sum()),
        "mapped": int(frame[["latitude", "longitude"]].notna().all(axis=1).sum()),
    }


def count_by(frame: pd.DataFrame, column: str, language: str = "fr") -> pd.DataFrame:
    """Columns `value`, `label` (translated theme), `count`; lists count once per value."""
    values = frame[column].map(_values).explode().dropna()
    values = values[values != ""]
    counts = values.value_counts()
    order = {"theme": THEMES, "projet_status": STATUSES}.get(column)
    out = pd.DataFrame({"value": counts.index.astype(str), "count": counts.to_numpy()})
    if order:
        rank = {v: i for i, v in enumerate(order)}
        out = out.assign(_r=out["value"].map(lambda v: rank.get(v, len(rank))))
        out = out.sort_values(["_r", "value"]).drop(columns="_r")
    else:
        out = out.sort_values(["count", "value"], ascending=[False, True])
    out.insert(1, "label", out["value"].map(lambda v: label(column, v, language)))
    return out.reset_index(drop=True)


def starts_by_year(frame: pd.DataFrame) -> pd.DataFrame:
    """Columns `year`, `count`: projects started each year, every year of the span listed."""
    years = frame["start_year"].dropna().astype(int)
    if years.empty:
        return pd.DataFrame({"year": pd.Series(dtype=int), "count": pd.Series(dtype=int)})
    span = range(years.min(), years.max() + 1)
    counts = years.value_counts().reindex(span, fill_value=0)
    return pd.DataFrame({"year": list(span), "count": counts.to_numpy()})


def label(column: str, value: str, language: str) -> str:
    """A facet value as shown: vocabulary values in English when the page is."""
    return vocab_label(column, value, language)


def summary(counts: pd.DataFrame, column: str, language: str) -> str:
    """One sentence for a chart: the largest group and the total."""
    if counts.empty:
        return t("stats.empty", language)
    top = counts.sort_values("count", ascending=False).iloc[0]
    return t("stats.summary", language, facet=t(f"facet.{column}", language).lower(),
             top=top["label"], n=int(top["count"]), total=int(counts["count"].sum()),
             groups=len(counts))


def years_summary(years: pd.DataFrame, language: str) -> str:
    if years.empty or years["count"].sum() == 0:
        return t("stats.empty", language)
    top = years.sort_values(["count", "year"], ascending=[False, True]).iloc[0]
    return t("stats.years", language, first=int(years["year"].min()),
             last=int(years["year"].max()), top=int(top["year"]), n=int(top["count"]))


def bar_chart(counts: pd.DataFrame, column: str, language: str) -> alt.Chart:
    """Horizontal bars with their numbers written next to them; themes in their colours."""
    title = t(f"facet.{column}", language)
    colour: alt.Color | alt.value = alt.value(BAR_COLOUR)
    if column == "theme":
        values = list(counts["value"])
        colour = alt.Color("value:N", legend=None, scale=alt.Scale(
            domain=values, range=[THEME_COLOURS.get(v, OTHER_COLOUR) for v in values]))
    base = alt.Chart(counts).encode(
        y=alt.Y("label:N", sort=None, title=None, axis=alt.Axis(labelLimit=260)),
        x=alt.X("count:Q", title=t("stats.projects", language), axis=alt.Axis(tickMinStep=1)),
        tooltip=[alt.Tooltip("label:N", title=title),
                 alt.Tooltip("count:Q", title=t("stats.projects", language))])
    bars = base.mark_bar().encode(color=colour)
    numbers = base.mark_text(align="left", dx=4, color="#1A1A1A").encode(text="count:Q")
    return (bars + numbers).properties(title=title, height=max(80, 28 * len(counts)))


def years_chart(years: pd.DataFrame, language: str) -> alt.Chart:
    title = t("facet.start_year", language)
    base = alt.Chart(years).encode(
        x=alt.X("year:O", title=title),
        y=alt.Y("count:Q", title=t("stats.projects", language), axis=alt.Axis(tickMinStep=1)),
        tooltip=[alt.Tooltip("year:O", title=title),
                 alt.Tooltip("count:Q", title=t("stats.projects", language))])
    line = base.mark_line(point=True, color=BAR_COLOUR)
    numbers = base.mark_text(dy=-10, color="#1A1A1A").encode(text="count:Q")
    return (line + numbers).properties(title=title, height=240)


def vega_spec(chart: alt.TopLevelMixin) -> dict:
    """`chart`'s Vega-Lite spec as Streamlit draws it (no altair default sizes: Streamlit's
    theme applies), checked against Vega-Lite's JSON schema once, here. Given a dict,
    `st.vega_lite_chart` does not check it again; `st.altair_chart` would, at every rerun
    (0.1 s a chart on two cores: most of the Explorer's script time)."""
    with alt.theme.enable("none"):
        return chart.to_dict()


def map_frame(frame: pd.DataFrame, language: str, france_only: bool = False) -> pd.DataFrame:
    """Cases with coordinates: name, authority, theme (label and value), lat/lon."""
    rows = frame.dropna(subset=["latitude", "longitude"])
    if france_only:
        (la, lb), (oa, ob) = FRANCE_BOUNDS["lat"], FRANCE_BOUNDS["lon"]
        spain = (rows["latitude"] < SPAIN_CORNER[0]) & (rows["longitude"] < SPAIN_CORNER[1])
        rows = rows[rows["latitude"].between(la, lb) & rows["longitude"].between(oa, ob)
                    & ~spain]
    return pd.DataFrame({
        "id": rows["id"], "title": rows["nom_projet"], "authority": rows["coll_nom"],
        "theme": rows["theme"],
        "theme_label": rows["theme"].map(lambda v: label("theme", v, language) or UNKNOWN),
        "latitude": rows["latitude"].astype(float), "longitude": rows["longitude"].astype(float),
    }).reset_index(drop=True)


def map_chart(points: pd.DataFrame, language: str) -> alt.Chart:
    """Points on a Mercator projection fitted to them: no tiles, so it works offline."""
    present = [th for th in THEMES if th in set(points["theme"])]
    others = sorted(set(points["theme"]) - set(THEMES))
    domain = [label("theme", v, language) or UNKNOWN for v in present + others]
    colours = [THEME_COLOURS.get(v, OTHER_COLOUR) for v in present + others]
    base = alt.Chart(points).encode(
        longitude="longitude:Q", latitude="latitude:Q",
        tooltip=[alt.Tooltip("title:N", title=t("field.nom_projet", language)),
                 alt.Tooltip("authority:N", title=t("field.coll_nom", language)),
                 alt.Tooltip("theme_label:N", title=t("facet.theme", language))])
    dots = base.mark_circle(size=140, opacity=0.9, stroke="white", strokeWidth=1).encode(
        color=alt.Color("theme_label:N", title=t("facet.theme", language),
                        scale=alt.Scale(domain=domain, range=colours),
                        legend=alt.Legend(orient="bottom", columns=2, labelLimit=320)))
    # No text labels: around Paris they pile up unreadably; the tooltip names each point.
    return dots.project(type="mercator").properties(height=460)


def public_rows(cases: Iterable[Case]) -> list[dict]:
    """The cases' public fields, one dict per case (the columns of the public CSV); lists
    joined with `` | ``, sources as ``document § section``."""
    fields = visible_fields("public")
    rows = []
    for case in cases:
        public = case_view(case, "public")
        row = {}
        for name in fields:
            value = getattr(public, name)
            if name == "sources":
                value = " | ".join(f"{s.document} § {s.section}" for s in value)
            elif isinstance(value, list):
                value = " | ".join(str(v) for v in value)
            row[name] = "" if value is None else value
        rows.append(row)
    return rows


def public_csv(cases: Iterable[Case]) -> bytes:
    """`public_rows` as CSV (UTF-8 with BOM and CRLF, for spreadsheets), every cell that a
    spreadsheet would run as a formula neutralised (`spreadsheet.neutralise`)."""
    rows = [{k: neutralise(v) for k, v in row.items()} for row in public_rows(cases)]
    frame = pd.DataFrame(rows, columns=visible_fields("public"))
    # CRLF rows: the csv writer then quotes a cell holding a lone CR, which would end a row.
    return frame.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def public_json(cases: Iterable[Case]) -> str:
    """The cases' public fields as a JSON list (the same fields as `public_csv`)."""
    fields = set(visible_fields("public"))
    return json.dumps([case_view(c, "public").model_dump(mode="json", include=fields)
                       for c in cases], ensure_ascii=False, indent=1)
