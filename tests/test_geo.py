"""The map's data without a browser: the shipped outline, grouping by zoom, the view."""

from __future__ import annotations

import json

import pandas as pd

from assist.catalogue import geo
from assist.config import IGN_PLAN_TILES, Settings
from assist.ui import projects_map


def points(*rows: tuple[str, float, float]) -> pd.DataFrame:
    return pd.DataFrame([{"id": i, "title": f"Projet {i}", "authority": f"Ville {i}",
                          "theme": "Mobilités", "theme_label": "Mobilités",
                          "latitude": lat, "longitude": lon} for i, lat, lon in rows])


def test_the_outline_is_shipped_small_with_its_licence():
    assert geo.REGIONS_FILE.stat().st_size < 300_000
    regions = geo.france_regions()
    names = {f["properties"]["nom"] for f in regions["features"]}
    assert len(names) == 13 and {"Île-de-France", "Corse", "Bretagne"} <= names
    readme = (geo.REGIONS_FILE.parent / "README.md").read_text(encoding="utf-8")
    assert "Licence Ouverte" in readme and "ADMIN EXPRESS" in readme
    # Every region's name sits inside metropolitan France's box (not in the sea off Corsica).
    labels = geo.region_labels()
    assert labels["latitude"].between(41.3, 51.1).all()
    assert labels["longitude"].between(-5.2, 9.6).all()


def test_close_projects_share_a_marker_until_zoomed_in():
    # Paris and Saint-Denis (9 km apart), Lyon (390 km away).
    pts = points(("paris", 48.857, 2.352), ("saint-denis", 48.936, 2.357),
                 ("lyon", 45.764, 4.836))
    far = geo.clusters(pts, zoom=5)
    assert sorted(far["count"]) == [1, 2]
    group = far[far["count"] == 2].iloc[0]
    assert group["ids"] == ["paris", "saint-denis"] and group["key"] == "group:paris"
    assert 48.857 < group["latitude"] < 48.936
    near = geo.clusters(pts, zoom=11)
    assert list(near["count"]) == [1, 1, 1]
    assert set(near["key"]) == {"paris", "saint-denis", "lyon"}
    # Zooming into the group (a click) splits it.
    view = geo.zoom_into(pts[pts["id"].isin(group["ids"])], 5)
    assert view["zoom"] >= 7
    assert list(geo.clusters(pts, view["zoom"])["count"]).count(1) == 3


def test_projects_at_one_place_stay_one_marker_and_nothing_is_lost():
    pts = points(*[(f"p{i}", 43.6, 1.44) for i in range(5)], ("q", 50.6, 3.06))
    for zoom in (3, 8, geo.MAX_ZOOM):
        markers = geo.clusters(pts, zoom)
        assert markers["count"].sum() == 6
        assert sorted(i for ids in markers["ids"] for i in ids) == sorted(pts["id"])
    assert geo.clusters(points(), 5).empty


def test_the_view_fits_the_points():
    view = geo.fit_view(points(("brest", 48.39, -4.49), ("nice", 43.70, 7.27)))
    assert 3.5 < view["zoom"] < 6.5
    assert abs(view["longitude"] - 1.39) < 0.01
    assert geo.fit_view(points()) == geo.FRANCE_VIEW


def test_tiles_setting_and_style(monkeypatch):
    monkeypatch.delenv("ASSIST_MAP_TILES", raising=False)
    assert Settings.from_env().map_tiles == IGN_PLAN_TILES
    assert "LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2" in IGN_PLAN_TILES
    assert "{z}" in IGN_PLAN_TILES and "{x}" in IGN_PLAN_TILES and "{y}" in IGN_PLAN_TILES
    monkeypatch.setenv("ASSIST_MAP_TILES", "none")
    assert Settings.from_env().map_tiles == ""
    monkeypatch.setenv("ASSIST_MAP_TILES", "https://tiles.example.org/{z}/{x}/{y}.png")
    assert Settings.from_env().map_tiles.startswith("https://tiles.example.org/")
    from urllib.parse import unquote
    style = json.loads(unquote(projects_map.map_style(IGN_PLAN_TILES).split(",", 1)[1]))
    assert style["sources"]["basemap"]["tiles"] == [IGN_PLAN_TILES]
    bare = json.loads(unquote(projects_map.map_style("").split(",", 1)[1]))
    assert bare["sources"] == {} and [la["type"] for la in bare["layers"]] == ["background"]


def test_metropolitan_france_leaves_barcelona_out_and_keeps_corsica():
    from assist.catalogue import figures

    frame = pd.DataFrame({"id": ["bcn", "ajaccio", "perpignan", "lille"],
                          "nom_projet": ["a", "b", "c", "d"], "coll_nom": ["", "", "", ""],
                          "theme": ["Mobilités"] * 4,
                          "latitude": [41.39, 41.93, 42.70, 50.63],
                          "longitude": [2.17, 8.74, 2.90, 3.06]})
    kept = figures.map_frame(frame, "fr", france_only=True)
    assert list(kept["id"]) == ["ajaccio", "perpignan", "lille"]


def test_ile_de_france_is_named_beside_the_paris_group():
    """At the national view the Paris group covers Île-de-France, too small to hold its name
    beside it: the name goes just outside (the Métropole's own region, named at VivaTech),
    after every other region has its own place, and still meets no marker or name."""
    group = pd.DataFrame([{"latitude": 48.86, "longitude": 2.35, "radius": 20.0}])
    labels = geo.place_labels(geo.region_labels(), group, geo.FRANCE_VIEW["zoom"], font_px=11)
    assert set(labels["name"]) == set(geo.region_labels()["name"])
    # Straight above or below the group, not aside in the next region (beside its own name).
    assert labels.set_index("name").loc["Île-de-France", "offset"][0] == 0
    circles = [(*geo.screen(48.86, 2.35, geo.FRANCE_VIEW["zoom"]), 20.0)]
    boxes = []
    for label in labels.itertuples(index=False):
        x, y = geo.screen(label.latitude, label.longitude, geo.FRANCE_VIEW["zoom"])
        x, y = x + label.offset[0], y + label.offset[1]
        half_w = geo.LABEL_CHAR_PX * 11 * len(label.name) / 2
        box = (x - half_w, y - 6.6, x + half_w, y + 6.6)
        assert not any(geo._box_meets_circle(box, c) for c in circles), label.name
        assert not any(geo._boxes_meet(box, b) for b in boxes), label.name
        boxes.append(box)
