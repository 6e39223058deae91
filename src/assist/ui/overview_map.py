"""The light map: France's regions drawn by the server, the projects as links over it.

The zoomable map (`projects_map`) is deck.gl in WebGL: zoom, tiles, groups that split.
Mounting it costs 2 to 4 CPU seconds in a browser without a GPU (WebGL in software: a
context, shaders, a canvas), every time its page is shown, and it went on drawing into the
next page: the first screen took 2.8 s to come back to. This one is an image of the regions
(SVG, made once) with plain HTML over it (given to `st.html`, so sanitised like every other
piece of HTML of the app): a dot per project that opens its page, a numbered circle per
group of nearby projects that opens the Explorer's zoomable map, the region names kept off
the markers. Readable with no WebGL and no network; it scales with its column (a phone's
358 px too). The first screen shows it, and the Explorer until its zoomable map is asked for.
"""

from __future__ import annotations

import base64
import html
import math
from functools import lru_cache
from urllib.parse import quote

import pandas as pd

from assist.catalogue import figures as stats
from assist.catalogue import geo
from assist.text.i18n import t
from assist.ui import projects_map

WIDTH = 640  # drawing units; positions and sizes are shares of it, so the map scales
PADDING = 14
LABEL_PX = 13
SINGLE_RADIUS = 8
# Sizes in `cqw` (a hundredth of the map's width): markers and names scale with the map.
CSS = """<style>
.overview-map { position: relative; width: 100%; max-width: 620px; container-type: inline-size;
  background: #E3ECF1; border-radius: 8px; }
.overview-map img { display: block; width: 100%; height: auto; }
.overview-map .name { position: absolute; transform: translate(-50%, -50%); white-space: nowrap;
  font-size: 2.03cqw; color: #4A4A4A; pointer-events: none; line-height: 1;
  text-shadow: 0 0 2px #F4F1EA, 0 0 2px #F4F1EA, 0 0 3px #F4F1EA; }
.overview-map a { position: absolute; transform: translate(-50%, -50%); border-radius: 50%;
  aspect-ratio: 1; box-sizing: border-box; border: .32cqw solid #fff; text-decoration: none;
  display: flex; align-items: center; justify-content: center; color: #fff;
  font: 700 2.2cqw sans-serif; box-shadow: 0 0 0 1px rgba(0, 0, 0, .25); }
.overview-map a:hover, .overview-map a:focus { border-color: #1A1A1A; outline: none; }
</style>"""


@lru_cache(maxsize=1)
def frame_zoom() -> tuple[float, float, float]:
    """(zoom, x0, y0): the zoom (deck.gl's scale) at which metropolitan France's regions
    fill WIDTH, and the screen position of their top-left corner at that zoom. Made once:
    every point drawn asks for it (without the cache, the outline's 5 700 points each went
    over all 5 700: 50 s of CPU on a new server's first screen)."""
    xs, ys = [], []
    for ring in _rings():
        for lon, lat in ring:
            x, y = geo.screen(lat, lon, 0)
            xs.append(x)
            ys.append(y)
    zoom = math.log2((WIDTH - 2 * PADDING) / (max(xs) - min(xs)))
    scale = 2 ** zoom
    return zoom, min(xs) * scale - PADDING, min(ys) * scale - PADDING


def _rings() -> list[list[list[float]]]:
    out = []
    for feature in geo.france_regions()["features"]:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" \
            else [geometry["coordinates"]]
        out += [ring for polygon in polygons for ring in polygon]
    return out


def _at(lat: float, lon: float) -> tuple[float, float]:
    zoom, x0, y0 = frame_zoom()
    x, y = geo.screen(lat, lon, zoom)
    return x - x0, y - y0


@lru_cache(maxsize=1)
def outline() -> tuple[str, float]:
    """The regions as an SVG image (a `data:` address) and the drawing's height: the same
    for every view, so made once."""
    paths, height = [], 0.0
    for ring in _rings():
        xy = [_at(lat, lon) for lon, lat in ring]
        height = max(height, *(y for _, y in xy))
        paths.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in xy) + "Z")
    height = math.ceil(height + PADDING)
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}">'
           f'<path d="{"".join(paths)}" fill="#F4F1EA" stroke="#787878" stroke-width="1" '
           f'fill-rule="evenodd"/></svg>')
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode(), height


def _place(x: float, y: float, height: float) -> str:
    return f"left:{x / WIDTH * 100:.2f}%;top:{y / height * 100:.2f}%"


def html_map(points: pd.DataFrame, language: str,
             group_href: str = "explorer?carte=zoom") -> str:
    """The map of `points` (`figures.map_frame`, metropolitan France) as HTML; a group's
    circle links to `group_href` (the Explorer's zoomable map)."""
    e = html.escape
    zoom = frame_zoom()[0]
    image, height = outline()
    shown = projects_map.markers(points, zoom)
    shown["radius"] = [SINGLE_RADIUS if n == 1 else 11 + 4 * math.sqrt(n)
                       for n in shown["count"]]
    names = geo.place_labels(geo.region_labels(), shown, zoom, font_px=LABEL_PX)
    labels = []
    for row in names.itertuples(index=False):
        x, y = _at(row.latitude, row.longitude)
        dx, dy = row.offset
        labels.append(f'<span class="name" aria-hidden="true" '
                      f'style="{_place(x + dx, y + dy, height)}">{e(row.name)}</span>')
    marks = [_marker(row, height, language, group_href)
             for row in shown.sort_values("count").itertuples(index=False)]
    return (f'{CSS}<div class="overview-map" role="group" '
            f'aria-label="{e(t("map.overview_alt", language))}">'
            f'<img src="{image}" alt="">{"".join(labels)}{"".join(marks)}</div>')


def _marker(row, height: float, language: str, group_href: str) -> str:
    """A project's dot, a link to its page; a group's numbered circle, a link to the
    zoomable map, which splits it; each named for screen readers and on hover."""
    e = html.escape
    x, y = _at(row.latitude, row.longitude)
    size = f"width:{2 * row.radius / WIDTH * 100:.2f}%"
    if row.count == 1:
        href = f"projet?id={quote(row.ids)}" + ("&lang=en" if language == "en" else "")
        # One line: the name is an attribute.
        name = " ".join(f"{row.title} — {row.authority}".split())
        colour = stats.THEME_COLOURS.get(row.theme, stats.OTHER_COLOUR)
        return (f'<a href="{e(href)}" target="_self" aria-label="{e(name)}" title="{e(name)}" '
                f'style="{_place(x, y, height)};{size};background:{colour}"></a>')
    href = group_href + ("&lang=en" if language == "en" and "lang=" not in group_href else "")
    name = t("map.overview_group", language, n=row.count)
    return (f'<a href="{e(href)}" target="_self" aria-label="{e(name)}" title="{e(name)}" '
            f'style="{_place(x, y, height)};{size};background:{projects_map.GROUP_HEX}">'
            f'{row.count}</a>')
