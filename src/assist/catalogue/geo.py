"""The map's data: France's regions (shipped), projects grouped when they overlap, the view.

Pure Python over the map frame (`figures.map_frame`), so what the map shows is tested
without a browser. Grouping works in screen pixels at a given zoom (Web Mercator, 256-pixel
tiles): two projects closer than `CLUSTER_PX` pixels at that zoom share one marker with
their count; zooming in (a click on the group) splits it.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

import pandas as pd

# 13 regions of metropolitan France, simplified (see data/README.md: source and licence).
REGIONS_FILE = Path(__file__).with_name("data") / "france-regions.geojson"
CLUSTER_PX = 20
# Metropolitan France in a ~700 x 520 pixel map.
FRANCE_VIEW = {"latitude": 46.6, "longitude": 2.5, "zoom": 4.6}
MIN_ZOOM, MAX_ZOOM = 1.0, 13.0


@lru_cache(maxsize=1)
def france_regions() -> dict:
    """The regions' GeoJSON FeatureCollection (properties `code`, `nom`)."""
    return json.loads(REGIONS_FILE.read_text(encoding="utf-8"))


def _ring_centre(ring: list[list[float]]) -> tuple[float, float, float]:
    """(area, lon, lat) of a polygon ring: the area-weighted centroid (shoelace)."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-12:
        return 0.0, ring[0][0], ring[0][1]
    return abs(area) / 2, cx / (3 * area), cy / (3 * area)


def region_labels() -> pd.DataFrame:
    """Columns `name`, `latitude`, `longitude`: each region's name at the centre of its
    largest polygon (Corsica's island, not the sea between)."""
    rows = []
    for feature in france_regions()["features"]:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" \
            else [geometry["coordinates"]]
        area, lon, lat = max(_ring_centre(polygon[0]) for polygon in polygons)
        rows.append({"name": feature["properties"]["nom"], "latitude": lat, "longitude": lon})
    return pd.DataFrame(rows)


def _pixels(lat: float, lon: float, zoom: float) -> tuple[float, float]:
    """Web Mercator pixel coordinates at `zoom` (256-pixel tiles)."""
    size = 256 * 2 ** zoom
    lat = max(min(lat, 85.0), -85.0)
    x = (lon + 180) / 360 * size
    y = (1 - math.log(math.tan(math.radians(lat)) + 1 / math.cos(math.radians(lat)))
         / math.pi) / 2 * size
    return x, y


# Screen pixels of deck.gl's (and MapLibre's) Web Mercator: a 512-pixel world at zoom 0.
SCREEN_TILE = 512
LABEL_CHAR_PX = 0.6  # width of a character of a sans-serif name, in font sizes (a bound)
# Where a name may move, in font sizes from its region's centre, nearest first.
LABEL_MOVES = tuple(sorted(((dx, dy) for dx in range(-6, 7, 2) for dy in
                            (0, 1.5, -1.5, 2.6, -2.6, 3.7, -3.7, 4.8, -4.8)),
                           key=lambda m: (abs(m[1]) + abs(m[0]) / 2, abs(m[0]))))


def screen(lat: float, lon: float, zoom: float) -> tuple[float, float]:
    """Screen pixel coordinates of a place on deck.gl's map at `zoom`."""
    return _pixels(lat, lon, zoom + math.log2(SCREEN_TILE / 256))


def place_labels(names: pd.DataFrame, markers: pd.DataFrame, zoom: float,
                 font_px: float = 11, gap: float = 2) -> pd.DataFrame:
    """The region names (`region_labels`) that a marker would not hide, with the column
    `offset` ([dx, dy] in screen pixels at `zoom`): each name stays at its region's centre
    when that is free, else moves a line or two below or above (or aside) to the first
    place inside its region that no marker (columns latitude, longitude, radius in pixels)
    and no name placed before covers. A region too small for its name beside a marker
    (Île-de-France under the Paris group, at the national view) gets it just above or below,
    once every other region has its own: the Métropole's region should be named too. A name with
    no free place near its region is left out: the map's markers matter more than its names."""
    circles = [(*screen(m.latitude, m.longitude, zoom), float(m.radius))
               for m in markers.itertuples(index=False)]
    boxes: list[tuple[float, float, float, float]] = []
    placed: dict[str, dict] = {}
    outlines = _outlines()

    def place(row, inside_only: bool) -> None:
        x, y = screen(row.latitude, row.longitude, zoom)
        rings = [[screen(lat, lon, zoom) for lon, lat in ring]
                 for ring in outlines.get(row.name, [])]
        half_w, half_h = LABEL_CHAR_PX * font_px * len(row.name) / 2 + gap, font_px * .6 + gap
        # Outside its region, a name moves straight up or down only: aside, it would sit in
        # the next region, beside that region's own name (Île-de-France in Grand Est).
        for mx, my in LABEL_MOVES if inside_only else [m for m in LABEL_MOVES if m[0] == 0]:
            dx, dy = mx * font_px, my * font_px
            box = (x + dx - half_w, y + dy - half_h, x + dx + half_w, y + dy + half_h)
            inside = not rings or any(_inside(x + dx, y + dy, ring) for ring in rings)
            if (inside or not inside_only) and \
                    not any(_box_meets_circle(box, c) for c in circles) and \
                    not any(_boxes_meet(box, b) for b in boxes):
                boxes.append(box)
                placed[row.name] = {**row._asdict(), "offset": [round(dx, 1), round(dy, 1)]}
                return

    rows = list(names.itertuples(index=False))
    for row in rows:
        place(row, inside_only=True)
    for row in rows:
        if row.name not in placed:
            place(row, inside_only=False)
    return pd.DataFrame([placed[r.name] for r in rows if r.name in placed],
                        columns=[*names.columns, "offset"])


@lru_cache(maxsize=1)
def _outlines() -> dict[str, list[list[list[float]]]]:
    """Each region's outer rings (lon, lat), by name: a moved name stays in its region."""
    out: dict[str, list] = {}
    for feature in france_regions()["features"]:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" \
            else [geometry["coordinates"]]
        out[feature["properties"]["nom"]] = [polygon[0] for polygon in polygons]
    return out


def region_names() -> frozenset[str]:
    """The names of the regions whose outlines are shipped (a place that is a region is said
    "en Occitanie", "dans la région", not "à Occitanie" as a commune is)."""
    return frozenset(_outlines())


def region_of(latitude: float | None, longitude: float | None) -> str | None:
    """The region of metropolitan France (the shipped outlines) that holds the point, or
    None (abroad, overseas, no coordinates). The outlines are simplified: a point within a
    few kilometres of a border may fall on the other side."""
    if latitude is None or longitude is None:
        return None
    for name, rings in _outlines().items():
        if any(_inside(longitude, latitude, [tuple(p) for p in ring]) for ring in rings):
            return name
    return None


def _inside(x: float, y: float, ring: list[tuple[float, float]]) -> bool:
    """Whether (x, y) is inside the polygon `ring` (even-odd rule)."""
    inside = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def _box_meets_circle(box: tuple[float, float, float, float],
                      circle: tuple[float, float, float]) -> bool:
    x0, y0, x1, y1 = box
    cx, cy, r = circle
    return math.hypot(cx - min(max(cx, x0), x1), cy - min(max(cy, y0), y1)) <= r


def _boxes_meet(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def clusters(points: pd.DataFrame, zoom: float, radius_px: float = CLUSTER_PX) -> pd.DataFrame:
    """Markers for `points` (columns id, title, authority, theme, theme_label, latitude,
    longitude) at `zoom`: one row per project or per group of overlapping projects.

    Columns: `key` (the project's id, or ``group:<first id>``), `count`, `ids` (the
    projects' ids), `title`, `authority`, `theme`, `theme_label`, `latitude`, `longitude`
    (a group sits at its members' mean position). Deterministic: points are taken by id.
    """
    columns = ["key", "count", "ids", "title", "authority", "theme", "theme_label",
               "latitude", "longitude"]
    if points.empty:
        return pd.DataFrame(columns=columns)
    groups: list[dict] = []
    for row in points.sort_values("id").itertuples(index=False):
        x, y = _pixels(row.latitude, row.longitude, zoom)
        for group in groups:
            if math.hypot(group["x"] - x, group["y"] - y) <= radius_px:
                group["members"].append(row)
                break
        else:
            groups.append({"x": x, "y": y, "members": [row]})
    rows = []
    for group in groups:
        members = group["members"]
        first = members[0]
        themes = {m.theme for m in members}
        rows.append({
            "key": first.id if len(members) == 1 else f"group:{first.id}",
            "count": len(members),
            "ids": [m.id for m in members],
            "title": first.title if len(members) == 1 else "",
            "authority": first.authority if len(members) == 1 else "",
            "theme": first.theme if len(themes) == 1 else "",
            "theme_label": first.theme_label if len(themes) == 1 else "",
            "latitude": sum(m.latitude for m in members) / len(members),
            "longitude": sum(m.longitude for m in members) / len(members),
        })
    return pd.DataFrame(rows, columns=columns)


def fit_view(points: pd.DataFrame, width: int = 700, height: int = 520,
             padding: float = 0.15) -> dict[str, float]:
    """Centre and zoom showing every point, with `padding` (a share of the map) around."""
    if points.empty:
        return dict(FRANCE_VIEW)
    lat = points["latitude"].astype(float)
    lon = points["longitude"].astype(float)
    (x0, y0), (x1, y1) = (_pixels(lat.max(), lon.min(), 0), _pixels(lat.min(), lon.max(), 0))
    span_x, span_y = max(x1 - x0, 1e-6), max(y1 - y0, 1e-6)
    usable = 1 - 2 * padding
    zoom = min(math.log2(width * usable / span_x), math.log2(height * usable / span_y))
    return {"latitude": float((lat.max() + lat.min()) / 2),
            "longitude": float((lon.max() + lon.min()) / 2),
            "zoom": round(max(MIN_ZOOM, min(MAX_ZOOM, zoom)), 2)}


def zoom_into(members: pd.DataFrame, zoom: float) -> dict[str, float]:
    """The view after a click on a group: fitted to its members, at least two zoom levels
    closer (projects at the very same place never split; the page lists them)."""
    view = fit_view(members)
    view["zoom"] = min(MAX_ZOOM, max(view["zoom"], zoom + 2))
    return view
