"""What an elected official reads first, and how fast it comes: the first screen's light
map, the Explorer's charts built once, region names off the markers, the project's title
before its chooser."""

from __future__ import annotations

import re
from html import unescape

import streamlit as st
from test_app import run
from test_app_dashboard import layer, map_spec, run_english

from assist.catalogue import figures as stats
from assist.catalogue import geo
from assist.ui import overview_map


def svg_of(at) -> str:
    found = [h.proto.body for h in at.get("html") if 'class="overview-map"' in h.proto.body]
    assert len(found) == 1, "the light map is missing"
    return found[0]


MARK = re.compile(r'<a href="([^"]+)"[^>]*style="left:([\d.]+)%;top:([\d.]+)%;width:([\d.]+)%')


def test_the_first_screen_map_is_light_with_every_project_linked(app_home):
    from assist.assistant import Assistant

    at = run(app_home)
    # No WebGL on the first screen: deck.gl cost 2-4 CPU seconds at every return to it.
    assert not at.get("deck_gl_json_chart")
    page = svg_of(at)
    assert "data:image/svg+xml;base64," in page  # the regions, as an image
    france = stats.map_frame(stats.cases_frame(Assistant.open().cases()), "fr",
                             france_only=True)
    singles = re.findall(r'href="projet\?id=([^"&]+)"', page)
    groups = [int(n) for n in re.findall(r'<a href="explorer[^"]*"[^>]*>(\d+)</a>', page)]
    assert groups and len(singles) + sum(groups) == len(france)  # every project, once
    assert set(singles) <= set(france["id"])
    assert len(re.findall(r'<a href="explorer\?carte=zoom"', page)) == len(groups)
    assert all(len(unescape(label)) > 3 for label in re.findall(r'aria-label="([^"]+)"', page))
    english = svg_of(run_english(None))
    assert "&amp;lang=en" in english and 'href="explorer?carte=zoom&amp;lang=en"' in english
    assert "nearby projects" in english and "projets proches" not in english


def test_region_names_are_not_under_the_markers(app_home):
    # The Explorer's deck.gl map, at its view's zoom, in screen pixels.
    spec = map_spec(run(app_home, "explorer", carte="zoom"))
    zoom = spec["initialViewState"]["zoom"]
    names, markers = layer(spec, "region-names"), layer(spec, "projects")["data"]
    assert names["getPixelOffset"] == "@@=offset"
    circles = [(*geo.screen(m["latitude"], m["longitude"], zoom), m["radius"]) for m in markers]
    assert len(names["data"]) >= 9  # most names kept, moved aside
    for label in names["data"]:
        x, y = geo.screen(label["latitude"], label["longitude"], zoom)
        x, y = x + label["offset"][0], y + label["offset"][1]
        half_w = geo.LABEL_CHAR_PX * 11 * len(label["name"]) / 2
        box = (x - half_w, y - 6, x + half_w, y + 6)
        assert not any(geo._box_meets_circle(box, c) for c in circles), label["name"]


def test_the_first_screen_map_keeps_names_off_its_markers(app_home):
    page = svg_of(run(app_home))
    height = overview_map.outline()[1]
    width = overview_map.WIDTH

    def units(x: str, y: str) -> tuple[float, float]:
        return float(x) / 100 * width, float(y) / 100 * height

    circles = [(*units(x, y), float(w) / 100 * width / 2) for _, x, y, w in MARK.findall(page)]
    assert circles
    names = re.findall(r'<span class="name"[^>]*style="left:([\d.]+)%;top:([\d.]+)%">'
                       r'([^<]+)</span>', page)
    assert len(names) >= 9
    for x, y, name in names:
        cx, cy = units(x, y)
        half_w = geo.LABEL_CHAR_PX * overview_map.LABEL_PX * len(unescape(name)) / 2
        box = (cx - half_w, cy - 7, cx + half_w, cy + 7)
        assert not any(geo._box_meets_circle(box, c) for c in circles), name


def test_explorer_charts_are_checked_once_not_at_every_rerun(app_home, monkeypatch):
    """Altair checks a chart against Vega-Lite's JSON schema when it is turned into a spec;
    st.altair_chart did it at every rerun (most of the Explorer's script time)."""
    from altair.utils import schemapi

    at = run(app_home, "explorer")
    assert len(at.get("vega_lite_chart")) >= 3
    checked = []
    original = schemapi.validate_jsonschema

    def counting(*args, **kwargs):
        checked.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(schemapi, "validate_jsonschema", counting)
    at.run()  # a rerun (a click, a widget): the same charts, not built again
    assert not at.exception
    assert len(at.get("vega_lite_chart")) >= 3 and not checked
    st.cache_data.clear()  # other tests may have drawn these filtered charts already
    at.multiselect(key="facet_theme").set_value(["Mobilités"]).run()  # new data: new charts
    assert checked


def in_order(at) -> list[str]:
    """The main area's elements, top to bottom, by kind."""
    out: list[str] = []

    def walk(node) -> None:
        children = getattr(node, "children", None)
        if children:
            for key in sorted(children):
                walk(children[key])
        else:
            out.append(type(node).__name__)

    walk(at.main)
    return out


def test_the_project_title_comes_before_its_chooser(app_home):
    at = run(app_home, "project", id="sicoval-fuites-eau")
    kinds = [k for k in in_order(at) if k in ("Title", "Selectbox")]
    assert kinds[:2] == ["Title", "Selectbox"], kinds
    assert at.title[0].value.startswith("Expérimentation IA pour la détection")
    empty = run(app_home, "project")  # no project chosen: the page's own title first
    assert [k for k in in_order(empty) if k in ("Title", "Selectbox")] == ["Title", "Selectbox"]
    assert empty.title[0].value == "Fiche projet"


def test_the_first_screen_opens_at_its_top(app_home):
    """A question box pinned to the window's bottom makes Streamlit keep the page scrolled
    to its end: the first screen opened on its map, below the title and the examples, and
    an answer on its last card. The box is in the page's flow, before the answer."""
    at = run(app_home)
    assert not at.chat_input[0].proto.is_auto_positioned_at_bottom
    at.chat_input[0].set_value("Comment détecter les fuites d'eau ?").run()
    assert not at.exception
    assert any(h.value.startswith("[1]") for h in at.subheader)  # asked from the inline box
    assert not at.chat_input[0].proto.is_auto_positioned_at_bottom
    kinds = [k for k in in_order(at) if k in ("ChatInput", "Subheader")]
    assert kinds[0] == "ChatInput", kinds  # the next question's box above the cards'
    at.chat_input[0].set_value("chatbot pour les usagers").run()  # and it asks
    assert not at.exception and any("hatbot" in h.value for h in at.subheader)


def test_the_explorer_draws_the_light_map_until_the_zoomable_one_is_asked_for(app_home):
    """deck.gl's WebGL took 2-4 CPU seconds at each visit to the Explorer and went on
    drawing into the next page; its map is one switch (or ``?carte=zoom``) away."""
    at = run(app_home, "explorer", theme="Mobilités")
    assert not at.get("deck_gl_json_chart")
    page = svg_of(at)
    assert "theme=Mobilit%C3%A9s" in page and "carte=zoom" in page  # a group keeps the filter
    assert page.count('<a href="') >= 1
    at.toggle(key="map_zoomable").set_value(True).run()
    assert not at.exception and len(at.get("deck_gl_json_chart")) == 1
    assert at.query_params["carte"] == ["zoom"] or at.query_params["carte"] == "zoom"


def test_the_light_maps_outline_places_each_point_once(monkeypatch):
    """The outline is drawn once per server, on its first screen: each of its ~5 700 points
    is placed once, the frame computed once (it was computed again for every point: 33
    million projections, 50 s of CPU before a new server's first screen showed)."""
    calls = []
    real = geo.screen

    def counted(lat, lon, zoom):
        calls.append(zoom)
        return real(lat, lon, zoom)

    monkeypatch.setattr(geo, "screen", counted)
    overview_map.frame_zoom.cache_clear()
    overview_map.outline.cache_clear()
    try:
        image, height = overview_map.outline()
    finally:
        overview_map.frame_zoom.cache_clear()
        overview_map.outline.cache_clear()
    points = sum(len(ring) for ring in overview_map._rings())
    assert points > 1000 and image.startswith("data:image/svg+xml;base64,") and height > 0
    assert len(calls) == 2 * points  # once to frame the map, once to draw
