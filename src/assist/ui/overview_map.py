"""The first screen's map: France's regions and the projects drawn as SVG by the server.

The Explorer's map (`projects_map`) is deck.gl in WebGL: zoom, tiles, groups that split.
Mounting it costs 2 to 4 CPU seconds in a browser without a GPU (WebGL in software: a
context, shaders, a canvas), every time the page is shown, so the first screen took 2.8 s
to come back to. This one is plain SVG (a few kilobytes, drawn at once, readable with no
WebGL and no network): a dot per project that opens its page, a numbered circle per group
of nearby projects that opens the Explorer's map, the region names kept off the markers.
"""

from __future__ import annotations

import html
import math
from urllib.parse import quote

import pandas as pd

from assist.catalogue import figures as stats
from assist.catalogue import geo
from assist.text.i18n import t
from assist.ui import projects_map

WIDTH = 640  # SVG units; the drawing scales to its column (a phone's 358 px too)
PADDING = 14
LABEL_PX = 13
SINGLE_RADIUS = 8
CSS = """<style>
.overview-map { display: block; width: 100%; max-width: 620px; height: auto; margin: 0; }
.overview-map .sea { fill: #E3ECF1; }
.overview-map a { text-decoration: none; }
.overview-map .region { fill: #F4F1EA; stroke: #787878; stroke-width: 1; }
.overview-map .name { font: 13px sans-serif; fill: #4A4A4A; text-anchor: middle;
  dominant-baseline: middle; paint-order: stroke; stroke: #F4F1EA; stroke-width: 3px; }
.overview-map .count { font: bold 14px sans-serif; fill: #fff; text-anchor: middle;
  dominant-baseline: central; pointer-events: none; }
.overview-map a circle { stroke: #fff; stroke-width: 2; }
.overview-map a:hover circle, .overview-map a:focus circle { stroke: #1A1A1A; stroke-width: 3; }
</style>"""


def frame_zoom() -> tuple[float, float, float]:
    """(zoom, x0, y0): the zoom (deck.gl's scale) at which metropolitan France's regions
    fill WIDTH, and the screen position of their top-left corner at that zoom."""
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


def svg(points: pd.DataFrame, language: str) -> str:
    """The map of `points` (`figures.map_frame`, metropolitan France) as an SVG element."""
    e = html.escape
    zoom, x0, y0 = frame_zoom()

    def at(lat: float, lon: float) -> tuple[float, float]:
        x, y = geo.screen(lat, lon, zoom)
        return round(x - x0, 1), round(y - y0, 1)

    height = 0.0
    regions = []
    for feature in geo.france_regions()["features"]:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" \
            else [geometry["coordinates"]]
        path = []
        for ring in (ring for polygon in polygons for ring in polygon):
            xy = [at(lat, lon) for lon, lat in ring]
            height = max(height, *(y for _, y in xy))
            path.append("M" + "L".join(f"{x:g},{y:g}" for x, y in xy) + "Z")
        regions.append(f'<path class="region" d="{"".join(path)}"/>')
    shown = projects_map.markers(points, zoom)
    shown["radius"] = [SINGLE_RADIUS if n == 1 else 11 + 4 * math.sqrt(n)
                       for n in shown["count"]]
    names = geo.place_labels(geo.region_labels(), shown, zoom, font_px=LABEL_PX)
    labels = []
    for row in names.itertuples(index=False):
        x, y = at(row.latitude, row.longitude)
        dx, dy = row.offset
        labels.append(f'<text class="name" x="{x + dx:g}" y="{y + dy:g}">{e(row.name)}</text>')
    marks = [_marker(row, at(row.latitude, row.longitude), language)
             for row in shown.sort_values("count").itertuples(index=False)]
    size = f'0 0 {WIDTH} {math.ceil(height + PADDING)}'
    return (f'{CSS}<svg class="overview-map" viewBox="{size}" role="group" '
            f'aria-label="{e(t("map.overview_alt", language))}" '
            f'xmlns="http://www.w3.org/2000/svg">'
            f'<g aria-hidden="true"><rect class="sea" width="100%" height="100%" rx="8"/>'
            f'{"".join(regions)}{"".join(labels)}</g>'
            f'{"".join(marks)}</svg>')


def _marker(row, xy: tuple[float, float], language: str) -> str:
    """A project's dot, a link to its page; a group's numbered circle, a link to the
    Explorer, whose map splits it; each named for screen readers and on hover."""
    e = html.escape
    x, y = xy
    english = language == "en"
    if row.count == 1:
        href = f"projet?id={quote(row.ids)}" + ("&lang=en" if english else "")
        name = f"{row.title} — {row.authority}"
        colour = stats.THEME_COLOURS.get(row.theme, stats.OTHER_COLOUR)
        shape = f'<circle cx="{x:g}" cy="{y:g}" r="{row.radius:g}" fill="{colour}"/>'
    else:
        href = "explorer" + ("?lang=en" if english else "")
        name = t("map.overview_group", language, n=row.count)
        shape = (f'<circle cx="{x:g}" cy="{y:g}" r="{row.radius:.1f}" '
                 f'fill="{projects_map.GROUP_HEX}"/>'
                 f'<text class="count" x="{x:g}" y="{y:g}">{row.count}</text>')
    return (f'<a href="{e(href)}" target="_self" aria-label="{e(name)}">'
            f'<title>{e(name)}</title>{shape}</a>')
