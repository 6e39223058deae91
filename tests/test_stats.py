"""Dashboard figures: facet counts, key figures, chart data and specs, public CSV; and auth."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest

from assist import auth
from assist.access import visible_fields
from assist.catalogue import figures as stats
from assist.models import Case


def case(id: str, **kw) -> Case:
    return Case(id=id, **kw)


@pytest.fixture
def cases() -> list[Case]:
    return [
        case("a", coll_nom="Rennes", nom_projet="Eau", theme="Transition écologique et énergétique",
             sous_theme=["Gestion de l'eau"], projet_status="En déploiement", coll_type="Métropole",
             audience_service=["Agent"], start_year=2023, latitude=48.1, longitude=-1.7,
             budget="SECRET-B", projet_contact="x@y.z"),
        case("b", coll_nom="Lyon", nom_projet="Bus", theme="Mobilités", projet_status="En déploiement",
             coll_type="Métropole", audience_service=["Grand public", "Agent"], start_year=2024,
             latitude=45.76, longitude=4.83),
        case("c", coll_nom="Rennes", nom_projet="Vélo", theme="Mobilités",
             projet_status="En expérimentation", coll_type="Commune", start_year=2024),
        case("d", coll_nom="Boston", nom_projet="Feux", theme="Mobilités", start_year=2021,
             latitude=42.36, longitude=-71.06),
    ]


@pytest.fixture
def frame(cases) -> pd.DataFrame:
    return stats.cases_frame(cases)


def test_frame_holds_public_fields_only(frame):
    assert "budget" not in frame.columns and "projet_contact" not in frame.columns
    assert {"theme", "start_year", "latitude"} <= set(frame.columns)


@pytest.mark.parametrize("filters, expected", [
    ({}, ["a", "b", "c", "d"]),
    ({"theme": ["Mobilités"]}, ["b", "c", "d"]),
    ({"theme": ["Mobilités"], "coll_type": ["Métropole"]}, ["b"]),
    ({"audience_service": ["Agent"]}, ["a", "b"]),
    ({"start_year": ["2024"]}, ["b", "c"]),
    ({"theme": ["Mobilités", "Transition écologique et énergétique"]}, ["a", "b", "c", "d"]),
])
def test_apply_filters(frame, filters, expected):
    assert list(stats.apply_filters(frame, filters)["id"]) == expected


def test_facet_counts_ignore_their_own_filter(frame):
    filters = {"theme": ["Mobilités"]}
    assert stats.facet_counts(frame, "theme", filters) == {
        "Mobilités": 3, "Transition écologique et énergétique": 1}
    assert stats.facet_counts(frame, "coll_type", filters) == {"Commune": 1, "Métropole": 1}
    assert stats.facet_counts(frame, "audience_service") == {"Agent": 2, "Grand public": 1}


def test_key_figures(frame):
    assert stats.key_figures(frame) == {"projects": 4, "authorities": 3, "themes": 2,
                                        "deployed": 2, "mapped": 3}


def test_count_by_theme_follows_the_vocabulary_order_and_translates(frame):
    counts = stats.count_by(frame, "theme", "en")
    assert list(counts["value"]) == ["Transition écologique et énergétique", "Mobilités"]
    assert list(counts["label"]) == ["Ecological and energy transition", "Mobility"]
    assert list(counts["count"]) == [1, 3]


def test_count_by_lists_counts_each_value(frame):
    counts = stats.count_by(frame, "audience_service")
    assert dict(zip(counts["value"], counts["count"])) == {"Agent": 2, "Grand public": 1}


def test_starts_by_year_fills_the_gaps(frame):
    years = stats.starts_by_year(frame)
    assert list(years["year"]) == [2021, 2022, 2023, 2024]
    assert list(years["count"]) == [1, 0, 1, 2]
    assert "2021" in stats.years_summary(years, "fr") and "2024" in stats.years_summary(years, "en")


def test_summary_names_the_largest_group(frame):
    counts = stats.count_by(frame, "theme")
    assert "Mobilités (3)" in stats.summary(counts, "theme", "fr")
    assert stats.summary(counts.iloc[0:0], "theme", "fr") == "Aucun projet à compter."


def test_charts_carry_their_data_and_readable_colours(frame):
    counts = stats.count_by(frame, "theme")
    spec = stats.bar_chart(counts, "theme", "fr").to_dict()
    data = next(iter(spec["datasets"].values()))
    assert {(r["value"], r["count"]) for r in data} == {
        ("Mobilités", 3), ("Transition écologique et énergétique", 1)}
    assert "#005A9C" in json.dumps(spec)  # Mobilités' colour, not Streamlit's red
    years = stats.years_chart(stats.starts_by_year(frame), "fr").to_dict()
    assert years["layer"][0]["mark"]["type"] == "line"


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


@pytest.mark.parametrize("colour", [*stats.THEME_COLOURS.values(), stats.BAR_COLOUR,
                                    stats.OTHER_COLOUR])
def test_colours_contrast_with_white(colour):
    assert 1.05 / (_luminance(colour) + 0.05) >= 4.5


def test_legend_colours_are_told_apart():
    """Two themes of the map's legend never share a look (Administration and "other theme"
    were two dark greys, #4D4D4D and #595959): each pair differs clearly in hue or in
    lightness."""
    colours = [*stats.THEME_COLOURS.values(), stats.OTHER_COLOUR]
    for i, a in enumerate(colours):
        for b in colours[i + 1:]:
            distance = sum((int(a[k:k + 2], 16) - int(b[k:k + 2], 16)) ** 2
                           for k in (1, 3, 5)) ** 0.5
            light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
            assert distance >= 60 or (light + 0.05) / (dark + 0.05) >= 1.5, (a, b)


def test_map_needs_no_tiles(frame):
    points = stats.map_frame(frame, "fr")
    assert list(points["id"]) == ["a", "b", "d"]
    france = stats.map_frame(frame, "fr", france_only=True)
    assert list(france["id"]) == ["a", "b"]
    spec = stats.map_chart(points, "fr").to_dict()
    assert spec["projection"]["type"] == "mercator"
    assert "tile" not in json.dumps(spec).lower()


def test_public_csv_has_public_fields_only(cases):
    data = stats.public_csv(cases)
    assert data.startswith("\ufeff".encode())
    table = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert list(table.columns) == visible_fields("public")
    assert "SECRET-B" not in data.decode("utf-8-sig") and "x@y.z" not in data.decode("utf-8-sig")
    assert table.loc[1, "audience_service"] == "Grand public | Agent"


def test_password_hash_round_trip():
    stored = auth.hash_password("s3cret", iterations=1000)
    assert stored.startswith("pbkdf2_sha256$1000$")
    assert auth.verify("s3cret", stored)
    assert not auth.verify("S3cret", stored)
    assert not auth.verify("s3cret", "not-a-hash")
    assert not auth.verify("", stored)
    assert auth.hash_password("x", 1000, "salt") == auth.hash_password("x", 1000, "salt")


def test_throttle_doubles_the_delay():
    throttle = auth.Throttle()
    assert throttle.wait(now=0) == 0
    assert [throttle.failed(now=0) for _ in range(4)] == [1, 2, 4, 8]
    assert throttle.wait(now=3) == 5
    throttle.succeeded()
    assert throttle.wait(now=3) == 0
