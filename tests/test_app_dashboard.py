"""The dashboard for people who are not engineers: the map's data follows the filters, every
vocabulary value is in English when English is chosen, no set-up text on public pages."""

from __future__ import annotations

import html
import io
import json
import re

import pandas as pd
import pytest
from conftest import APP_SECRETS
from streamlit.testing.v1 import AppTest
from test_app import APP, PAGES, TIMEOUT, all_text, chart_data, run
from test_app_fit import RecordingStorage

from assist.answers.compare import Comparison
from assist.catalogue import figures as stats
from assist.catalogue.store import Store
from assist.models import Answer
from assist.text import vocab

FRENCH_ONLY = {fr for english in vocab.ENGLISH.values() for fr, en in english.items()
               if fr != en}
DEV_TEXT = ("hash-password", "ASSIST_AGENT", "OIDC", "secrets.toml", "[auth]")


@pytest.fixture(scope="module")
def opened(app_home_built):
    """An assistant over the app's home, opened once for the module's checks of what the
    pages show (the pages' own one is the app runtime's)."""
    from assist.assistant import Assistant
    from assist.config import Settings

    return Assistant.open(Settings.from_env(home=app_home_built))


def map_spec(at) -> dict:
    charts = at.get("deck_gl_json_chart")
    assert len(charts) == 1, "the map is missing"
    return json.loads(charts[0].proto.json)


def layer(spec: dict, name: str) -> dict:
    return next(la for la in spec["layers"] if la["id"] == name)


def mapped_ids(spec: dict) -> list[str]:
    return sorted(i for row in layer(spec, "projects")["data"] for i in row["ids"].split(","))


def test_the_map_shows_france_and_follows_the_filters(app_home, opened):
    at = run(app_home, "explorer", carte="zoom")
    spec = map_spec(at)
    assert len(layer(spec, "regions")["data"]["features"]) == 13
    assert "data.geopf.fr" in json.dumps(spec["mapStyle"]) or "geopf" in spec["mapStyle"]
    france = stats.map_frame(stats.cases_frame(opened.cases()), "fr", france_only=True)
    assert mapped_ids(spec) == sorted(france["id"])
    markers = layer(spec, "projects")["data"]
    assert sum(m["count"] for m in markers) == len(france)
    assert any(m["count"] > 1 for m in markers), "close projects are not grouped"
    assert all(m["count"] == 1 or m["key"].startswith("group:") for m in markers)
    before = spec["initialViewState"]

    at.multiselect(key="facet_theme").set_value(["Mobilités"]).run()
    assert not at.exception
    spec = map_spec(at)
    wanted = stats.map_frame(stats.cases_frame(opened.cases({"theme": ["Mobilités"]})), "fr",
                             france_only=True)
    assert 0 < len(wanted) < len(france)
    assert mapped_ids(spec) == sorted(wanted["id"])
    # The view stays on France: a filter does not throw the few remaining dots to the edges.
    assert spec["initialViewState"] == before


def test_the_map_without_tiles_still_has_the_outline(app_home, monkeypatch):
    monkeypatch.setenv("ASSIST_MAP_TILES", "none")
    at = run(app_home, "explorer", carte="zoom")
    spec = map_spec(at)
    assert "raster" not in spec["mapStyle"]
    assert len(layer(spec, "regions")["data"]["features"]) == 13
    assert any("basemap turned off" in c.value or "fond de carte désactivé" in c.value
               for c in at.caption)


def visible_values(at) -> list[str]:
    """What the page shows as values: filter options (without their counts), badges,
    chart labels, table cells of the facet columns, reasons and captions."""
    out: list[str] = []
    for widget in [*at.multiselect, *at.selectbox]:
        out += [re.sub(r" \(\d+\)$", "", str(o)) for o in widget.options]
    for m in at.markdown:
        out += re.findall(r":[a-z]+-badge\[(.*?)\]", m.value)
        if m.value.startswith("- "):  # reasons
            out += re.split(r": |, |; ", m.value[2:].replace("\\", ""))
    for frame in chart_data(at):
        if "label" in frame:
            out += [str(v) for v in frame["label"]]
    for table in at.dataframe:
        frame = table.value
        for column in frame.columns:
            if frame[column].dtype == object:
                out += [str(v) for v in frame[column] if isinstance(v, str) and len(v) < 80]
    for c in at.caption:
        out += [p for p in re.split(r": | · |, |; ", c.value.replace("\\", ""))]
    return [v.strip() for v in out]


def run_english(page: str | None, **params: str) -> AppTest:
    """`page` opened in English: the switch is on from the first run, as after a click."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.session_state["lang_en"] = True
    if page:
        at.run()
        at.switch_page(PAGES + page + ".py")
    at.query_params.update(params)
    at.run()
    assert not at.exception, at.exception
    return at


def test_english_pages_show_no_french_vocabulary(app_home):
    pages = [("assistant", {"q": "water leak detection"}), ("explorer", {}),
             ("project", {"id": "sicoval-fuites-eau"}),
             ("compare", {"compare": "sicoval-fuites-eau,rennes-stations-epuration"}),
             ("fit", {})]
    for page, params in pages:
        at = run_english(None if page == "assistant" else page, **params)
        shown = visible_values(at)
        assert shown, page
        french = sorted({v for v in shown if v in FRENCH_ONLY})
        assert not french, f"{page} shows French values in English: {french}"
        if page == "explorer":
            assert "Completed" in shown or "Being trialled" in shown
            assert "Metropolitan authority" in shown
        if page == "assistant":
            assert any("Quoted in French" in c.value for c in at.caption)


def test_public_pages_hold_no_setup_instructions(app_home):
    for page in ("project", "about"):
        at = run(app_home, page, id="sicoval-fuites-eau")
        text = all_text(at)
        assert not [d for d in DEV_TEXT if d in text], page
        assert any("agents" in i.value for i in at.info), page
    at = run(app_home, "project")  # no project chosen yet
    text = all_text(at)
    assert "Choose an option" not in text
    assert "Choisissez un projet" in text


def test_reasons_carry_no_numbers_for_the_public_but_do_for_agents(app_home):
    question = "Comment détecter les fuites d'eau ?"
    public = run(app_home, q=question)
    captions = " ".join(c.value for c in public.caption)
    assert not re.search(r"similarit[ée] 0\.\d", captions)
    assert not [m for m in public.metric if "score" in m.label.lower()]
    agent = run(app_home, agent=True, q=question)
    assert [m for m in agent.metric if "Score" in m.label]


def test_every_view_downloads_json_and_csv_and_public_ones_hold_no_secret(app_home,
                                                                          monkeypatch):
    monkeypatch.setattr("streamlit.testing.v1.app_test.MemoryMediaFileStorage",
                        RecordingStorage)
    files = RecordingStorage.files
    secret_case = next(c.id for c in Store(app_home).cases() if c.budget == "SECRET-BUDGET-XYZ")
    question = "tri automatique des courriers reçus par la mairie"
    views = [(None, {"q": question}, "reponse"),
             ("fit", {"need": question}, "profil"),
             ("compare", {"compare": f"{secret_case},sicoval-fuites-eau"}, "comparaison"),
             ("explorer", {}, "projets-ia-territoriales")]
    for page, params, name in views:
        files.clear()
        at = run(app_home, page, **params)
        cards = [h.value for h in at.subheader if h.value.startswith("[")]
        assert {f"{name}.json", f"{name}.csv"} <= set(files), (page, sorted(files))
        data = files[f"{name}.json"].decode("utf-8")
        table = pd.read_csv(io.BytesIO(files[f"{name}.csv"]), encoding="utf-8-sig")
        shown = table.to_csv(index=False)
        for secret in APP_SECRETS:
            assert secret not in data and secret not in shown, (page, secret)
        if name in ("reponse", "profil"):
            answer = Answer.model_validate_json(data)
            assert answer.audience == "public" and answer.results
            assert list(table["title"]) == [r.title for r in answer.results]  # a row a card
            # ... and the cards the page shows, in their order
            assert [c.split("] ", 1)[1].replace("\\", "").split("· ")[-1] for c in cards] \
                == [r.title for r in answer.results]
        elif name == "comparaison":
            comparison = Comparison.model_validate_json(data)
            assert [c.id for c in comparison.cases] == [secret_case, "sicoval-fuites-eau"]
            assert len(table) == len(comparison.rows)
            shown_table = next(h.proto.body for h in at.get("html") if "<table>" in h.proto.body)
            assert all(html.escape(c.title) in shown_table for c in comparison.cases)
            assert all(html.escape(r.label) in shown_table for r in comparison.rows)
        else:
            rows = json.loads(data)
            assert len(rows) == len(table) > 20
            page_ids = list(at.dataframe(key="table").value["id"])
            assert sorted(r["nom_projet"] for r in rows) == sorted(table["nom_projet"])
            assert len(page_ids) == len(rows)
    # An agent's answer is made for agents, and says so in its export.
    files.clear()
    run(app_home, agent=True, q=question)
    assert Answer.model_validate_json(files["reponse.json"]).audience == "agent"


def test_the_session_keeps_its_questions_and_refines_in_one_click(app_home, opened):
    at = run(app_home, q="Comment détecter les fuites d'eau ?")
    refine = [b for b in at.button if b.key and b.key.startswith("refine-")]
    assert refine, "no refinement offered"
    facet, value = refine[0].key.removeprefix("refine-").split("-", 1)
    refine[0].click().run()
    assert not at.exception, at.exception
    assert value in at.multiselect(key=f"facet_{facet}").value  # the sidebar took it
    titles = [h.value for h in at.subheader if h.value.startswith("[")]
    assert titles
    # Every card left holds the refinement (a result outside it would not be there).
    answer = opened.ask("Comment détecter les fuites d'eau ?", top_k=5,
                        filters={facet: [value]})
    assert len(titles) == len(answer.results)
    # A second question: the first one is kept above, folded, and can be asked again.
    at.chat_input[0].set_value("chatbot pour les usagers").run()
    assert not at.exception, at.exception
    assert any("Questions précédentes" in c.value for c in at.caption)
    assert any(e.label == "Comment détecter les fuites d'eau ?" for e in at.expander)


def test_the_sources_panel_lists_every_quoted_passage_and_the_markers_lead_to_it(app_home):
    question = "Comment détecter les fuites d'eau ?"
    at = run(app_home, q=question)
    panel = next(h.proto.body for h in at.get("html") if 'id="sources"' in h.proto.body)
    cards = [h.value for h in at.subheader if h.value.startswith("[")]
    quotes = [m.value for m in at.markdown if m.value.startswith("> ")]
    assert cards and quotes
    # One entry a card, each linking to its card; one quote in the panel a quote on a card.
    for n in range(1, len(cards) + 1):
        assert f'<li id="source-{n}">' in panel and f'href="#resultat-{n}"' in panel
    assert f'id="source-{len(cards) + 1}"' not in panel
    assert panel.count("<blockquote") == len(quotes)
    for quote in quotes:  # the card's text (Markdown-escaped, words in bold) is in the panel
        words = re.sub(r"\\(.)", r"\1", quote[2:].replace("**", "")).split("  \n>")[0]
        assert html.escape(words[:40]) in panel, words[:40]
    assert "Source" in panel and "<script" not in panel
    # The summary's [n] lead to the panel's entries.
    summary = next(m.value for m in at.markdown if "](#source-1)" in m.value)
    assert all(f"](#source-{n})" in summary for n in range(1, len(cards) + 1))
    english = run_english(None, q="water leak detection")
    assert any(s.value == "Sources quoted" for s in english.header)
    assert any(re.search(r"\d+ passages? quoted for \d+ results?;", c.value)
               for c in english.caption)
    assert 'lang="fr"' in next(h.proto.body for h in english.get("html")
                               if 'id="sources"' in h.proto.body)


def legend_html(at) -> str:
    found = [h.proto.body for h in at.get("html") if 'class="map-legend"' in h.proto.body]
    assert len(found) == 1, "the map's legend is missing"
    return found[0]


def test_the_map_legend_names_every_colour_in_the_page_language(app_home, opened):
    from assist.ui.projects_map import GROUP_HEX

    france = stats.map_frame(stats.cases_frame(opened.cases()), "fr", france_only=True)
    themes = set(france["theme"]) & set(stats.THEME_COLOURS)
    assert len(themes) > 2
    for at, language in ((run(app_home, "explorer", carte="zoom"), "fr"),
                         (run_english("explorer", carte="zoom"), "en")):
        legend = legend_html(at)
        for theme in themes:  # each colour a marker can have, with its name
            assert stats.THEME_COLOURS[theme] in legend
            assert html.escape(stats.label("theme", theme, language)) in legend
        assert GROUP_HEX in legend and ("zoomer" if language == "fr" else "zoom in") in legend
        assert "flex-wrap: wrap" in legend and "max-width: 640px" in legend  # wraps, stacks
    # The legend follows the filters: one theme left, one theme named.
    at = run(app_home, "explorer", carte="zoom")
    at.multiselect(key="facet_theme").set_value(["Mobilités"]).run()
    legend = legend_html(at)
    assert "Mobilités" in legend and "Transition écologique" not in legend


def click_on_map(at, marker: dict, monkeypatch) -> None:
    """One run with `marker` picked on the map, as deck.gl's click sends it (AppTest has no
    way to click a chart: the selection is added to the widget states of that run only)."""
    from streamlit.proto.WidgetStates_pb2 import WidgetState
    from streamlit.testing.v1.element_tree import ElementTree

    deck_id = at.get("deck_gl_json_chart")[0].proto.id
    click = json.dumps({"selection": {"indices": {"projects": [0]},
                                      "objects": {"projects": [marker]}}})
    original = ElementTree.get_widget_states

    def with_click(tree):
        states = original(tree)
        states.widgets.append(WidgetState(id=deck_id, string_value=click))
        return states

    with monkeypatch.context() as patch:
        patch.setattr(ElementTree, "get_widget_states", with_click)
        at.run(timeout=90)  # before the fix, the kept selection reran the page for ever
    assert not at.exception, at.exception


def test_a_click_on_a_group_splits_it_once(app_home, monkeypatch):
    at = run(app_home, "explorer", carte="zoom")
    before = map_spec(at)
    group = max(layer(before, "projects")["data"], key=lambda m: m["count"])
    members = set(group["ids"].split(","))
    click_on_map(at, group, monkeypatch)
    after = map_spec(at)
    assert after["initialViewState"]["zoom"] >= before["initialViewState"]["zoom"] + 2
    split = [m for m in layer(after, "projects")["data"] if set(m["ids"].split(",")) & members]
    assert len(split) > 1, "the group did not split"
    assert sum(m["count"] for m in split) == len(members)  # no project lost
    assert any(f"{len(members)} projets dans ce groupe" in m.value for m in at.markdown)
    # The selection is still the chart's: a later run (any widget) does not zoom again.
    at.run()
    assert map_spec(at)["initialViewState"] == after["initialViewState"]
    at.button(key="project_map_focus-reset").click().run()
    assert map_spec(at)["initialViewState"] == before["initialViewState"]
