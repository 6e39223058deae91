"""The project page of a record merged from several sources: provenance, conflicts, old
links, and the agents' control that separates or joins records."""

from __future__ import annotations

import shutil

from conftest import APP_SECRETS, LIBRARY_DIR
from test_app import all_text, run

from assist.catalogue.store import Store


def _export_id(home, title):
    return next(c.id for c in Store(home).catalogue_cases("bibliotheque")
                if c.nom_projet == title)


def test_merged_project_page_shows_its_sources_and_conflicts(app_home):
    at = run(app_home, "project", id="sicoval-fuites-eau")
    captions = [c.value.replace("\\", "") for c in at.caption]  # Markdown escapes removed
    assert any(c.startswith("≠ Les sources divergent : ") for c in captions)
    conflict = next(c for c in captions if c.startswith("≠ ") and "Terminée" in c)
    # Most recent first: the export of 2025-04-16, then the booklet of 2025.
    assert conflict.index("En déploiement") < conflict.index("Terminée")
    assert "bibliotheque" in conflict and "2025-04-16" in conflict
    text = all_text(at)
    assert "Sources de cette fiche" in text and "catalogue « bibliotheque »" in text
    # One record per project in the page's list of projects.
    options = at.selectbox(key="project_pick").options
    assert len(options) == len(set(options))
    assert sum("IA ECOPILOT" in o or "IA Eco Pilot" in o for o in options) == 1
    english = at.toggle[0].set_value(True).run()  # the sidebar's English switch
    assert any(c.value.replace("\\", "").startswith("≠ The sources disagree: ")
               for c in english.caption)


def test_about_page_lists_each_catalogue_with_its_source_and_counts(app_home):
    at = run(app_home, "about")
    table = next(d.value for d in at.dataframe if "Source" in d.value.columns)
    row = table[table["Catalogue"] == "bibliotheque"].iloc[0]
    assert row["Source"].endswith("data.csv") and row["Projets"] == 23
    assert any("sources forment" in c.value for c in at.caption)


def test_an_old_link_opens_the_merged_record(app_home):
    at = run(app_home, "project", id=_export_id(app_home, "RECITAL"))
    assert at.title[0].value == "RECITAL"
    assert "noisy-le-grand-recital" in all_text(at)


def test_public_page_of_a_merged_record_shows_no_restricted_provenance(app_home):
    at = run(app_home, "project", id="sicoval-fuites-eau")
    text = all_text(at)
    assert "Regroupement des fiches" not in text
    assert not any(secret in text for secret in APP_SECRETS)


def test_agents_separate_and_join_records(app_home, tmp_path, monkeypatch):
    # A home of its own: the decisions must not change the shared app home.
    home = tmp_path / "home"
    home.mkdir()
    shutil.copytree(app_home / "cache", home / "cache")
    Store(home).import_file(LIBRARY_DIR / "data.csv", "bibliotheque")
    monkeypatch.setenv("ASSIST_HOME", str(home))
    at = run(home, "project", agent=True, id="sicoval-fuites-eau")
    assert "Regroupement des fiches (agents)" in all_text(at)
    export_id = _export_id(home, "Expérimentation IA pour la détection des fuites d'eau")
    button = next(b for b in at.button if b.key == f"apart-{export_id}")
    button.click().run()
    assert not at.exception, at.exception
    assert Store(home).decisions() == {tuple(sorted((export_id, "sicoval-fuites-eau"))):
                                       "apart"}
    assert any("deux projets" in s.value for s in at.success)
    # Joined again from the separated record's own page.
    at = run(home, "project", agent=True, id=export_id)
    assert at.title[0].value != "Détection des fuites d'eau grâce à l'IA"
    at.selectbox[-1].set_value("sicoval-fuites-eau")
    at.button[-1].click().run()
    assert not at.exception, at.exception
    assert set(Store(home).decisions().values()) == {"merge"}
