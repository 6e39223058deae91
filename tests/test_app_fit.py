"""The Fit and Compare pages, the brief downloads and record completeness, under `AppTest`
over the same real index as tests/test_app.py (fixture `app_home`)."""

from __future__ import annotations

import html
import re

import pytest
from conftest import APP_SECRETS
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest
from test_app import PAGES, all_text, run

MARKS = ("✓", "✗", "?]")
AGENT_KEYS = ("fit_budget", "fit_hosting", "fit_implementation")


class RecordingStorage(MemoryMediaFileStorage):
    """The media storage of `AppTest`, keeping every download's bytes by its file name."""

    files: dict[str, bytes] = {}

    def load_and_get_id(self, path_or_data, mimetype, kind, filename=None):
        if filename and isinstance(path_or_data, bytes):
            RecordingStorage.files[filename] = path_or_data
        return super().load_and_get_id(path_or_data, mimetype, kind, filename)


@pytest.fixture
def downloads(monkeypatch) -> dict[str, bytes]:
    RecordingStorage.files = {}
    monkeypatch.setattr("streamlit.testing.v1.app_test.MemoryMediaFileStorage",
                        RecordingStorage)
    return RecordingStorage.files


def criteria_lines(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown if any(mark in m.value for mark in MARKS)
            and "**" in m.value]


def test_fit_form_submission_shows_results_with_criteria_marks(app_home):
    at = run(app_home, "fit")
    assert any("Remplissez" in i.value for i in at.info)  # nothing asked yet
    at.multiselect(key="fit_coll_type").set_value(["Commune"])
    at.text_area(key="fit_need").set_value("réduire la consommation d'énergie des écoles")
    at.radio(key="fit_maturity").set_value("deployed")
    at.button[0].click().run()  # the form's submit button
    assert not at.exception, at.exception
    cards = [h.value for h in at.subheader if h.value.startswith("[")]
    assert len(cards) >= 3, cards
    lines = criteria_lines(at)
    assert len(lines) == len(cards)
    assert all("Type de collectivité" in line and "Maturité" in line for line in lines)
    assert any(":green[✓]" in line for line in lines)
    assert any("Commune" in line for line in lines)
    assert at.query_params["type"] == "Commune"
    assert at.query_params["maturity"] == "deployed"
    assert "écoles" in at.query_params["need"]
    assert any(e.label.startswith("Critères de choix") for e in at.expander)
    # Action 1 notes: a quote with its field, or the "says nothing" message.
    assert any("Le catalogue ne dit rien" in c.value for c in at.caption) or any(
        m.value.startswith("- *") for m in at.markdown)


def test_fit_profile_from_a_shared_link(app_home):
    at = run(app_home, "fit", theme="Mobilités", maturity="experimenting")
    assert at.multiselect(key="fit_themes").value == ["Mobilités"]
    assert at.radio(key="fit_maturity").value == "experimenting"
    assert criteria_lines(at)
    assert any("Thème" in line for line in criteria_lines(at))


def test_fit_public_mode_has_no_agent_inputs_and_no_secret(app_home):
    at = run(app_home, "fit", need="tri automatique des courriers reçus par la mairie",
             type="Commune")
    keys = {w.key for w in at.multiselect}
    assert not keys & set(AGENT_KEYS), keys
    assert any("agents connectés" in c.value for c in at.caption)
    assert any("Tri des courriers par IA" in h.value for h in at.subheader)
    text = all_text(at)
    for secret in APP_SECRETS:
        assert secret not in text, secret


def test_fit_agent_mode_offers_restricted_criteria(app_home):
    at = run(app_home, "fit", agent=True)
    keys = {w.key for w in at.multiselect}
    assert set(AGENT_KEYS) <= keys
    at.multiselect(key="fit_budget").set_value(["plus de 100k€"])
    at.text_area(key="fit_need").set_value("détection des fuites d'eau")
    at.button[0].click().run()
    assert not at.exception, at.exception
    assert all("Budget" in line for line in criteria_lines(at))
    assert "budget" not in at.query_params  # restricted criteria stay out of shared links


def test_fit_brief_downloads_hold_the_profile_and_titles(app_home, downloads):
    at = run(app_home, "fit", need="détection des fuites d'eau")
    labels = [b.label for b in at.download_button]
    assert any("Markdown" in label for label in labels)
    assert any("HTML" in label for label in labels)
    markdown = downloads["fiche-profil.md"].decode()
    assert "fuites" in markdown
    first = next(h.value for h in at.subheader if h.value.startswith("["))
    assert "Sicoval" in markdown or first.split("] ", 1)[1][:20].replace("\\", "") in markdown
    assert downloads["fiche-profil.html"].decode().lstrip().lower().startswith("<!doctype html")


def compare_tables(at) -> list[str]:
    return [h.proto.body for h in at.get("html") if "<table>" in h.proto.body]


def test_compare_two_projects_shows_a_table_with_differing_rows(app_home, downloads):
    at = run(app_home, "compare", compare="sicoval-fuites-eau,rennes-stations-epuration")
    assert at.multiselect(key="compare_pick").value == ["sicoval-fuites-eau",
                                                        "rennes-stations-epuration"]
    # One wrapped HTML table: field, then one column a project; differing rows marked.
    table = compare_tables(at)[0]
    heads = re.findall(r'<th scope="col">(.*?)</th>', table)
    assert len(heads) == 3 and heads[0] == "Champ" and "sicoval" in heads[1].lower()
    assert re.search(r'<tr class="differs"><th scope="row"><span class="mark"[^>]*>≠</span> '
                     r"Collectivité</th>", table)
    assert '<tr class="same">' in table
    assert '<th scope="row">Sources</th>' in table or "</span> Sources</th>" in table
    assert any("diffèrent" in c.value for c in at.caption)
    brief = downloads["fiche-comparaison.md"].decode()
    assert "Comparaison de projets" in brief and "Sicoval" in brief


def test_compare_asks_for_two_to_four(app_home):
    at = run(app_home, "compare", compare="sicoval-fuites-eau")
    assert any("de deux à quatre" in i.value for i in at.info)
    assert not compare_tables(at)
    ids = [o for o in at.multiselect(key="compare_pick").options][:5]
    at.multiselect(key="compare_pick").set_value(ids).run()
    assert any("au plus" in w.value for w in at.warning)
    assert not compare_tables(at)


def test_compare_takes_the_projects_ticked_on_other_pages(app_home):
    at = run(app_home, q="Comment détecter les fuites d'eau ?")
    boxes = [c for c in at.checkbox if c.key.startswith("cmp-assistant-")]
    assert len(boxes) >= 2
    boxes[0].check().run()
    at.checkbox(key=boxes[1].key).check().run()
    ticked = [boxes[0].key.removeprefix("cmp-assistant-"),
              boxes[1].key.removeprefix("cmp-assistant-")]
    at.switch_page(PAGES + "compare.py")
    at.query_params.clear()
    at.run()
    assert not at.exception, at.exception
    assert at.multiselect(key="compare_pick").value == ticked
    assert at.query_params["compare"] == ",".join(ticked)
    assert len(re.findall(r'<th scope="col">', compare_tables(at)[0])) == 3


def test_assistant_page_offers_the_answer_brief(app_home, downloads):
    run(app_home, q="Comment détecter les fuites d'eau ?")
    assert {"fiche-reponse.md", "fiche-reponse.html", "reponse.json",
            "reponse.csv"} <= set(downloads)
    brief = downloads["fiche-reponse.md"].decode()
    assert "fuites" in brief.lower()


def test_project_page_brief_and_completeness(app_home, downloads):
    # A shipped record the export does not complete (Sicoval's, merged with the export's
    # record of the same project, has every required public field).
    at = run(app_home, "project", id="bordeaux-calque-plantabilite")
    assert {b.label for b in at.download_button} >= {"Télécharger la fiche (Markdown)",
                                                     "Télécharger la fiche à imprimer (HTML)"}
    title = at.title[0].value.replace("\\", "")
    assert title in downloads["fiche-bordeaux-calque-plantabilite.md"].decode()
    assert html.escape(title) in downloads["fiche-bordeaux-calque-plantabilite.html"].decode()
    bar = at.get("progress")[0].proto
    assert 0 < bar.value < 100 and "champs renseignés sur" in bar.text
    assert any("obligatoires renseignés" in m.value for m in at.markdown)
    assert any("À documenter en priorité" in w.value for w in at.warning)


def test_explorer_table_has_a_completeness_column(app_home):
    at = run(app_home, "explorer")
    table = at.dataframe(key="table").value
    assert "completeness" in table.columns
    assert table["completeness"].between(0, 100).all()
    assert table["completeness"].nunique() > 1


SCHOOLS = "réduire la consommation énergétique de nos écoles"


def test_fit_must_toggle_excludes_and_says_how_many(app_home):
    at = run(app_home, "fit")
    toggle = at.toggle(key="fit_must_maturity")
    assert toggle.label == "Exiger : maturité" and toggle.value is False  # nice to have
    at.text_area(key="fit_need").set_value(SCHOOLS)
    at.radio(key="fit_maturity").set_value("experimenting")
    toggle.set_value(True)
    at.button[0].click().run()
    assert not at.exception, at.exception
    assert at.query_params["must"] == "maturity"
    notices = [i.value.replace("\\", "") for i in at.info]  # Markdown escapes removed
    assert any("écartés par une exigence : " in n and "(maturité)" in n for n in notices)
    lines = criteria_lines(at)
    assert lines and all("exigé" in line for line in lines)
    assert not any(":red[✗] **Maturité**" in line for line in lines)
    assert "RECITAL" not in " ".join(h.value for h in at.subheader if h.value.startswith("["))


def test_fit_must_from_a_link_in_english(app_home):
    at = run(app_home, "fit", need=SCHOOLS, maturity="experimenting", must="maturity")
    at.toggle(key="lang_en").set_value(True).run()  # the sidebar's switch
    assert not at.exception, at.exception
    assert at.toggle(key="fit_must_maturity").value is True
    assert at.toggle(key="fit_must_coll_type").value is False
    assert at.toggle(key="fit_must_maturity").label == "Require: maturity"
    assert any("excluded by a requirement" in i.value for i in at.info)
    lines = criteria_lines(at)
    assert lines and all("required" in line for line in lines)
    assert not any(":red[✗] **Maturity**" in line for line in lines)


def test_fit_need_nothing_addresses_shows_the_closest_apart(app_home):
    at = run(app_home, "fit", need="recette de la tarte aux pommes")
    assert any("Aucun projet du catalogue ne répond à ce besoin" in w.value for w in at.warning)
    assert "Les plus proches, qui ne répondent pas à ce besoin" in [h.value for h in at.header]
    assert at.header[-1].value.startswith("Les plus proches")  # the closest cards follow
    assert any("Proposés pour information" in c.value for c in at.caption)
    assert [h for h in at.subheader if h.value.startswith("[")]


def test_fit_declined_need_downloads_say_so_with_the_closest_apart(app_home, downloads):
    at = run(app_home, "fit", need="recette de la tarte aux pommes")
    cards = [h.value for h in at.subheader if h.value.startswith("[")]
    assert cards  # the closest, under their own heading (test above)
    brief = downloads["fiche-profil.md"].decode().replace("\\", "")
    assert "Aucun projet du catalogue ne répond à ce besoin." in brief
    apart = brief.index("## Les plus proches, qui ne répondent pas à ce besoin")
    first = cards[0].split("] ", 1)[1].replace("\\", "")
    assert brief.index(first[:15]) > apart
    table = downloads["profil.csv"].decode("utf-8-sig")
    assert table.count("\nclosest,") == len(cards)
    assert '"abstained": true' in downloads["profil.json"].decode()


def test_fit_finished_project_counts_as_deployed_and_says_finished(app_home, downloads):
    at = run(app_home, "fit", need=SCHOOLS, maturity="deployed")
    lines = [line.replace("\\", "") for line in criteria_lines(at)]
    finished = [line for line in lines if "**Maturité** : Terminée" in line]
    assert finished, lines  # a finished project addresses the schools' energy need
    assert all(":green[✓] **Maturité**" in line and "terminé : expérience déployée" in line
               for line in finished)
    assert "terminé : expérience déployée" in downloads["fiche-profil.md"].decode()
    at.toggle(key="lang_en").set_value(True).run()
    assert any("finished: deployed experience" in line.replace("\\", "")
               for line in criteria_lines(at))
