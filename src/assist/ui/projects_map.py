"""The projects' map (pydeck, drawn by Streamlit's own deck.gl): basemap tiles when the
network allows, the shipped regions of France always, one marker per project or per group.

A click on a project opens its page; a click on a group zooms into it (and lists its
projects, since projects at the same address never split). The map follows the filters:
it is drawn from the filtered frame. The deck is built by `deck()` from plain data, so a
test reads its layers without a browser.
"""

from __future__ import annotations

import html
import json
import math
from urllib.parse import quote

import pandas as pd
import pydeck as pdk
import streamlit as st

from assist.catalogue import figures as stats
from assist.catalogue import geo
from assist.text.i18n import t
from assist.ui import components

KEY = "project_map"  # the chart's key; "<key>_focus" keeps the view after a click on a group
OUTLINE_FILL = [244, 241, 234, 255]
OUTLINE_LINE = [120, 120, 120, 255]
LABEL_COLOUR = [90, 90, 90, 255]
LABEL_PX = 11
GROUP_COLOUR = [31, 78, 121, 235]
GROUP_HEX = "#1F4E79"
# The legend under the map: a row that wraps on a wide screen, one item a line on a phone.
LEGEND_CSS = """<style>
.map-legend { display: flex; flex-wrap: wrap; gap: .35rem 1.1rem; margin: .4rem 0 .2rem 0;
  padding: 0 !important; list-style: none; font-size: .92rem; line-height: 1.35; }
.map-legend li { display: flex; align-items: center; gap: .45rem; min-width: 0;
  margin: 0 !important; padding: 0; }
.map-legend .dot { flex: 0 0 auto; width: .85rem; height: .85rem; border-radius: 50%;
  border: 2px solid #fff; box-shadow: 0 0 0 1px #8a8a8a; }
.map-legend .group { width: 1.35rem; height: 1.35rem; color: #fff; font-size: .72rem;
  font-weight: 700; display: inline-flex; align-items: center; justify-content: center; }
@media (max-width: 640px) { .map-legend { flex-direction: column; gap: .3rem; } }
</style>"""


def _rgb(colour: str) -> list[int]:
    colour = colour.lstrip("#")
    return [int(colour[i:i + 2], 16) for i in (0, 2, 4)]


def map_style(tiles: str) -> str:
    """A MapLibre style as a `data:` address: a pale background, then the raster tiles of
    `tiles` (an XYZ template) when set. Kept inline so no style server is needed."""
    layers: list[dict] = [{"id": "background", "type": "background",
                           "paint": {"background-color": "#DDE8EE"}}]
    sources: dict = {}
    if tiles:
        sources["basemap"] = {"type": "raster", "tiles": [tiles], "tileSize": 256,
                              "maxzoom": 18}
        layers.append({"id": "basemap", "type": "raster", "source": "basemap"})
    style = {"version": 8, "sources": sources, "layers": layers}
    return "data:application/json;charset=utf-8," + quote(json.dumps(style))


def markers(points: pd.DataFrame, zoom: float) -> pd.DataFrame:
    """`geo.clusters` with what the layers draw: colour, radius (pixels), count text."""
    out = geo.clusters(points, zoom)
    out["colour"] = [(_rgb(stats.THEME_COLOURS.get(th, stats.OTHER_COLOUR)) + [235]) if n == 1
                     else GROUP_COLOUR for th, n in zip(out["theme"], out["count"])]
    out["radius"] = [7 if n == 1 else 11 + 4 * math.sqrt(n) for n in out["count"]]
    out["label"] = [str(n) if n > 1 else "" for n in out["count"]]
    out["ids"] = out["ids"].map(lambda ids: ",".join(ids))
    return out


def deck(points: pd.DataFrame, view: dict, tiles: str, language: str) -> pdk.Deck:
    """The map: region outlines, region names, markers, group counts."""
    shown = markers(points, view["zoom"])
    shown["tip"] = [
        t("map.group", language, n=n) if n > 1 else f"{title} — {authority}"
        for n, title, authority in zip(shown["count"], shown["title"], shown["authority"])]
    # Region names moved off the markers (or left out): a name under a marker hid both.
    names = geo.place_labels(geo.region_labels(), shown, view["zoom"], font_px=LABEL_PX)
    # deck.gl draws only the characters it was given (ASCII by default): add the accents.
    # (pydeck reads plain strings as expressions: `pdk.types.String` marks literal ones.)
    characters = pdk.types.String("".join(sorted(set("".join(geo.region_labels()["name"]))
                                                 | set(map(chr, range(32, 127))))))
    layers = [
        pdk.Layer("GeoJsonLayer", id="regions", data=geo.france_regions(), stroked=True,
                  filled=True, get_fill_color=OUTLINE_FILL[:3] + [150],
                  get_line_color=OUTLINE_LINE, line_width_min_pixels=1, pickable=False),
        pdk.Layer("TextLayer", id="region-names", data=names,
                  get_position=["longitude", "latitude"], get_text="name", get_size=LABEL_PX,
                  get_pixel_offset="offset", get_color=LABEL_COLOUR, pickable=False,
                  character_set=characters, font_family=pdk.types.String("sans-serif")),
        pdk.Layer("ScatterplotLayer", id="projects", data=shown,
                  get_position=["longitude", "latitude"], get_fill_color="colour",
                  get_radius="radius", radius_units=pdk.types.String("pixels"), stroked=True,
                  get_line_color=[255, 255, 255], line_width_min_pixels=2, pickable=True),
        pdk.Layer("TextLayer", id="counts", data=shown[shown["count"] > 1],
                  get_position=["longitude", "latitude"], get_text="label", get_size=14,
                  get_color=[255, 255, 255], font_weight=pdk.types.String("bold"), pickable=False),
    ]
    return pdk.Deck(layers=layers, map_style=map_style(tiles), map_provider=None,
                    initial_view_state=pdk.ViewState(**view, min_zoom=geo.MIN_ZOOM,
                                                      max_zoom=geo.MAX_ZOOM),
                    tooltip={"html": "<b>{tip}</b><br/>{theme_label}"})


def legend_items(points: pd.DataFrame, language: str) -> list[tuple[str, str]]:
    """(colour, label) of what the markers mean: each theme a single project of the map
    has, in the catalogue's order (then "other"), and the groups."""
    themes = set(points["theme"]) if not points.empty else set()
    known = [th for th in stats.THEME_COLOURS if th in themes]
    items = [(stats.THEME_COLOURS[th], stats.label("theme", th, language)) for th in known]
    if themes - set(known):
        items.append((stats.OTHER_COLOUR, t("map.legend_other", language)))
    return items


def legend(points: pd.DataFrame, language: str, group: str = "map.legend_group") -> str:
    """The legend as HTML: a list that wraps on a wide screen and stacks on a phone; the
    swatches are decoration (hidden from screen readers), the words say everything."""
    e = html.escape
    rows = [f'<li><span class="dot" style="background:{colour}" aria-hidden="true"></span>'
            f"{e(name)}</li>" for colour, name in legend_items(points, language)]
    rows.append(f'<li><span class="dot group" style="background:{GROUP_HEX}" '
                f'aria-hidden="true">3</span>{e(t(group, language))}</li>')
    return (f'{LEGEND_CSS}<ul class="map-legend" aria-label="{e(t("map.legend", language))}">'
            f'{"".join(rows)}</ul>')


@st.cache_resource(show_spinner=False)
def _specs() -> dict[str, str]:
    return {}


def cached_json(built: pdk.Deck, made_from: tuple) -> pdk.Deck:
    """`built`, whose JSON is written once for the same points, view, tiles and language:
    Streamlit serialises the deck on every rerun, and the regions' outlines make that the
    slowest part of a page (0.2 to 0.8 s on two cores)."""
    points, view, tiles, language = made_from
    key = "|".join([points.to_json(), json.dumps(view, sort_keys=True, default=str), tiles,
                    language])
    specs, write = _specs(), built.to_json
    if len(specs) > 256:  # filters and zooms make new views: keep memory bounded
        specs.clear()
    built.to_json = lambda: specs[key] if key in specs else specs.setdefault(key, write())
    return built


def _selected(event) -> dict | None:
    try:
        objects = event.selection.objects.get("projects") or []
    except AttributeError:
        return None
    return objects[0] if objects else None


def show(frame: pd.DataFrame, language: str, tiles: str, world: bool = False,
         height: int = 520, key: str = KEY) -> None:
    """The map of the filtered `frame`; France (or every mapped project when `world`)."""
    focus_key = f"{key}_focus"
    points = stats.map_frame(frame, language, france_only=not world)
    if points.empty and not world:  # only projects abroad: show them rather than nothing
        points, world = stats.map_frame(frame, language), True
    focus = st.session_state.get(focus_key)
    if focus and not set(focus["ids"]) & set(points["id"]):
        focus = st.session_state[focus_key] = None  # the filters took the group away
    view = focus["view"] if focus else (geo.fit_view(points) if world else dict(geo.FRANCE_VIEW))
    event = st.pydeck_chart(cached_json(deck(points, view, tiles, language),
                                        (points, view, tiles, language)),
                            on_select="rerun", selection_mode="single-object", key=key,
                            height=height, alt=t("map.alt", language))
    picked = _selected(event)
    # The chart keeps its selection across reruns: act on a click once, or the rerun that
    # follows it would zoom again (and again: an endless rerun), or a return from the
    # project page would open it again.
    if picked == st.session_state.get(f"{key}_picked"):
        picked = None
    else:
        st.session_state[f"{key}_picked"] = picked
    if picked and int(picked.get("count", 1)) == 1:
        pages = st.session_state.get("_pages", {})
        params = {"id": picked["key"], **({"lang": "en"} if language == "en" else {})}
        st.switch_page(pages["project"], query_params=params)
    elif picked:
        ids = picked["ids"].split(",")
        st.session_state[focus_key] = {"ids": ids, "view": geo.zoom_into(
            points[points["id"].isin(ids)], view["zoom"])}
        st.rerun()
    st.html(legend(points, language))
    if focus:
        group(points[points["id"].isin(focus["ids"])], language, focus_key)
    attribution(tiles, language)


def group(members: pd.DataFrame, language: str, focus_key: str) -> None:
    """The projects of the group last clicked, each a link, and the way back."""
    st.markdown(f"**{t('map.in_group', language, n=len(members))}**")
    for row in members.itertuples(index=False):
        components.page_link("project", f"{row.title} — {row.authority}", {"id": row.id},
                             key=f"{focus_key}-open-{row.id}")
    st.button(t("map.reset", language), key=f"{focus_key}-reset", on_click=_reset,
              args=(focus_key,))


def _reset(focus_key: str) -> None:
    st.session_state[focus_key] = None


def attribution(tiles: str, language: str) -> None:
    key = "map.credits_ign" if "geopf.fr" in tiles else (
        "map.credits_tiles" if tiles else "map.credits_outline")
    st.caption(t(key, language))
