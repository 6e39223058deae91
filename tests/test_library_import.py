"""Import of library exports: the real Grist export, schema-id exports, and broken files."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assist.catalogue.library import ImportReport, read_export
from assist.catalogue.rows import case_id
from assist.catalogue.values import luhn_ok, parse_date, split_tags
from assist.errors import ImportFailed
from assist.text.vocab import THEMES

SIRET = "24330031600011"  # Bordeaux Métropole, passes the Luhn check
BASE = {"coll_nom": "Ville de Test", "nom_projet": "Projet test", "coll_siret": SIRET,
        "coll_type": "Commune", "projet_date": "01/2024", "projet_status": "En déploiement",
        "usage_description": "Un service.", "theme": "Mobilités",
        "audience_service": "Agent", "image_url": "https://x.fr/l.png", "date": "16/04/2025"}


def write_csv(path: Path, rows: list[dict[str, str]], delimiter: str = ",",
              encoding: str = "utf-8", lineterminator: str = "\n") -> Path:
    columns = list(dict.fromkeys(k for row in rows for k in row))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, columns, delimiter=delimiter, lineterminator=lineterminator)
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def one_row(tmp_path: Path, **changes: str) -> ImportReport:
    return read_export(write_csv(tmp_path / "one.csv", [BASE | changes]), "test")


def problems_of(report: ImportReport, field: str) -> list[str]:
    return [p.problem for p in report.problems if p.field == field]


# The real export ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def real(library_csv: Path) -> ImportReport:
    return read_export(library_csv, "bibliotheque")


def test_real_export_gives_23_cases_with_names(real: ImportReport) -> None:
    assert len(real.cases) == real.rows_read == 23
    assert (real.encoding, real.delimiter) == ("utf-8", ",")
    assert real.columns_unknown == [] and real.columns_missing == []
    first = real.cases[0]
    assert (first.coll_nom, first.nom_projet) == ("Bordeaux Métropole", "Stacoptim")
    names = {c.nom_projet for c in real.cases}
    assert {"ViPARE", "RECITAL", "IA Eco Pilot", "Predict AI’r", "IMMERSION IA"} <= names
    assert all(c.origin == "bibliotheque" for c in real.cases)
    assert len({c.id for c in real.cases}) == 23


def test_real_export_collapses_newlines_in_names(real: ImportReport) -> None:
    names = [c.nom_projet for c in real.cases]
    assert "Expérimentation IA pour la détection des fuites d'eau" in names
    assert "Expérimentation assistance rédactionnelle" in names
    assert not any("\n" in c.nom_projet or c.nom_projet != c.nom_projet.strip()
                   for c in real.cases)


def test_real_export_normalises_enums(real: ImportReport) -> None:
    by_name = {c.nom_projet: c for c in real.cases}
    assert by_name["IADATA, calcul des ilots de chaleur urbains"].projet_status == "Terminée"
    assert by_name["Urba(IA)"].coll_type == "Communauté d'agglomération"
    assert by_name["Predict AI’r"].audience_service == ["Agent", "Elu", "Grand public"]
    assert {c.theme for c in real.cases} <= set(THEMES)
    assert not [p for p in real.problems if "hors liste" in p.problem]


def test_real_export_years_sirets_coordinates(real: ImportReport) -> None:
    by_name = {c.nom_projet: c for c in real.cases}
    assert by_name["Stacoptim"].start_year == 2024
    assert by_name["IADATA, calcul des ilots de chaleur urbains"].start_year == 2019
    assert all(c.start_year and 2019 <= c.start_year <= 2025 for c in real.cases)
    assert all(len(c.coll_siret) == 14 and c.coll_siret.isdigit() for c in real.cases)
    assert all(-90 <= c.latitude <= 90 and -180 <= c.longitude <= 180 for c in real.cases)
    # Three Toulouse rows carry a SIRET whose key is wrong in the export itself.
    luhn = [(p.row, p.value) for p in real.problems if p.field == "coll_siret"]
    assert luhn == [(15, "24410051800170"), (16, "24510051800170"), (17, "24610051800170")]


def test_real_export_tags(real: ImportReport) -> None:
    by_name = {c.nom_projet: c for c in real.cases}
    assert by_name["RECITAL"].partenaires == ["Datanumia", "EDF", "Erinadis", "Efficacity"]
    assert by_name["IMMERSION IA"].partenaires == ["Université de Lyon", "Datactivist", "Tuba"]
    assert by_name["IA rbre"].partenaires[-2:] == ["École Centrale de Lyon", "TelesCoop"]
    assert by_name["Expérimentation d’une solution d’analyse et de gestion des routes par "
                   "intelligence artificielle"].partenaires == []
    assert by_name["Stacoptim"].sous_theme == ["Modélisation et jumeau numérique",
                                               "Performance énergétique"]


def test_real_export_ids_are_stable(real: ImportReport, library_csv: Path) -> None:
    again = read_export(library_csv, "bibliotheque")
    assert [c.id for c in again.cases] == [c.id for c in real.cases]
    assert real.cases[0].id == case_id("Stacoptim", SIRET, "Bordeaux Métropole")
    assert real.cases[0].id.startswith("stacoptim-") and len(real.cases[0].id) == 18


def test_real_export_summary(real: ImportReport) -> None:
    assert "23 fiches" in real.summary() and "3 erreurs" in real.summary()
    assert "23 cases from 23 rows" in real.summary("en") and "comma" in real.summary("en")


# Other shapes of export --------------------------------------------------------------------

def test_schema_id_export_with_semicolon_bom_crlf_and_restricted(tmp_path: Path) -> None:
    row = BASE | {
        "latitude": "44,83", "longitude": "-0,58", "usage_description": "Ligne 1\r\nLigne 2",
        "projet_status": "terminé", "theme": "Transition écologique",
        "sous_theme": "Flux et trafic - Stationnement", "audience_service": "Agent-Élu",
        "projet_contact": "dpo@ville.fr", "budget": "Moins de 50k€",
        "mise_en_oeuvre": "marché public", "herbergement": "NSP",
        "nom_algorithme": "Détecteur", "type_algorithme": "Machine Learning, IA générative",
        "donnees_source": "open data", "donnees_acces": "par API",
        "risque_categorie": "risque limité", "erreur": "Faible", "explicabilite": "fort",
        "Commentaire interne": "à revoir"}
    path = write_csv(tmp_path / "agents.csv", [row], ";", "utf-8-sig", "\r\n")
    report = read_export(path, "agents")
    case = report.cases[0]
    assert (report.encoding, report.delimiter) == ("utf-8-sig", ";")
    assert (case.latitude, case.longitude) == (44.83, -0.58)
    assert case.usage_description == "Ligne 1\nLigne 2"
    assert case.projet_status == "Terminée"
    assert case.theme == "Transition écologique et énergétique"
    assert case.sous_theme == ["Flux et trafic", "Stationnement"]
    assert case.audience_service == ["Agent", "Elu"]
    assert (case.projet_contact, case.budget, case.erreur) == ("dpo@ville.fr",
                                                               "moins de 50k€", "faible")
    assert case.type_algorithme == ["Machine Learning", "IA générative"]
    assert case.donnees_acces == ["par API"] and case.risque_categorie == "risque limité"
    assert report.columns_unknown == ["Commentaire interne"]
    assert case.extra == {"Commentaire interne": "à revoir"}
    assert report.problems == [] and report.columns_missing == []


def test_column_names_match_after_folding(tmp_path: Path) -> None:
    path = tmp_path / "folded.csv"
    path.write_text("NOM DU PROJET\tnom collectivité\tCOLL-SIRET \n"
                    "Projet\tVille\t243 300 316 00011\n", encoding="utf-8")
    report = read_export(path, "t")
    assert report.delimiter == "\t" and report.columns_unknown == []
    case = report.cases[0]
    assert (case.nom_projet, case.coll_nom, case.coll_siret) == ("Projet", "Ville", SIRET)


def test_cp1252_file(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "win.csv", [BASE | {"coll_nom": "Métropole d’Aix"}], ";",
                     "cp1252", "\r\n")
    report = read_export(path, "t")
    assert report.encoding == "cp1252"
    assert report.cases[0].coll_nom == "Métropole d’Aix"


def test_utf16_file(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "u16.csv", [BASE], "\t", "utf-16")
    assert read_export(path, "t").cases[0].coll_nom == "Ville de Test"


@pytest.mark.parametrize("value,expected", [
    ("Transition écologique", "Transition écologique et énergétique"),
    ("mobilité", "Mobilités"),
    ("CITOYENNETÉ", "Citoyenneté, santé et solidarité"),
    ("Attractivité et développement", "Attractivité et aménagement"),
])
def test_older_theme_labels(tmp_path: Path, value: str, expected: str) -> None:
    report = one_row(tmp_path, theme=value)
    assert report.cases[0].theme == expected and report.problems == []


@pytest.mark.parametrize("value,field,expected", [
    ("Déchets et économie circulaire, Participation citoyenne", "sous_theme",
     ["Déchets et économie circulaire", "Participation citoyenne"]),
    ("Flux et trafic-Stationnement", "sous_theme", ["Flux et trafic", "Stationnement"]),
    ("Saint-Quentin, Flux et trafic", "sous_theme", ["Saint-Quentin", "Flux et trafic"]),
    ("Eco-quartier - Santé", "sous_theme", ["Eco-quartier", "Santé"]),
    ("Datanumia-EDF-Erinadis-Efficacity        ", "partenaires",
     ["Datanumia", "EDF", "Erinadis", "Efficacity"]),
    ("Ville de Noisy-le-Grand-Île-de-France Mobilités-CNRS", "partenaires",
     ["Ville de Noisy-le-Grand", "Île-de-France Mobilités", "CNRS"]),
    ("CEREMA, Immergis", "partenaires", ["CEREMA", "Immergis"]),
    ("Lyon 2-CNRS\nTelesCoop", "partenaires", ["Lyon 2", "CNRS", "TelesCoop"]),
    ("/", "partenaires", []),
    ("Agent, Agent", "audience_service", ["Agent"]),
])
def test_split_tags(value: str, field: str, expected: list[str]) -> None:
    assert list(split_tags(value, field)) == expected


# Files that cannot be imported -------------------------------------------------------------

@pytest.mark.parametrize("content", [b"", b"  \r\n\n", b"\xef\xbb\xbf"])
def test_empty_file_fails(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFailed, match="vide / the file is empty"):
        read_export(path, "t")


def test_missing_file_fails(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="cannot read"):
        read_export(tmp_path / "nowhere.csv", "t")


@pytest.mark.parametrize("content,message", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "PNG"),
    (b"PK\x03\x04" + bytes(200), "Excel"),
    (bytes(range(256)) * 40, "binary file"),
])
def test_not_a_csv_fails(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFailed, match=message):
        read_export(path, "t")


def test_random_bytes_fail_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "noise.csv"
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(5000)))
    with pytest.raises(ImportFailed):
        read_export(path, "t")


def test_prose_is_not_an_export(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Compte rendu de la réunion, mardi.\nRien à signaler.\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="missing required columns: coll_nom, nom_projet"):
        read_export(path, "t")


def test_header_only_is_an_empty_import(tmp_path: Path) -> None:
    path = tmp_path / "header.csv"
    path.write_text(",".join(BASE) + "\r\n", encoding="utf-8")
    report = read_export(path, "t")
    assert report.cases == [] and report.rows_read == 0 and report.problems == []
    assert "0 fiche sur" in report.summary() and "que la ligne d'en-tête" in report.summary()
    assert "only the header" in report.summary("en")


def test_missing_required_columns_are_named(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "short.csv", [{"Nom_du_projet": "P", "Theme": "Mobilités"}])
    report = read_export(path, "t")
    assert len(report.cases) == 1
    assert report.columns_missing[:3] == ["coll_nom", "coll_siret", "coll_type"]
    assert "projet_contact" not in report.columns_missing  # restricted: public export
    assert "Colonnes obligatoires absentes : coll_nom, coll_siret" in report.summary()


def test_agents_export_expects_restricted_required_columns(tmp_path: Path) -> None:
    report = one_row(tmp_path, budget="plus de 100k€")
    assert {"projet_contact", "herbergement", "donnees_acces"} <= set(report.columns_missing)


# Row checks --------------------------------------------------------------------------------

def test_unknown_columns_kept(tmp_path: Path) -> None:
    report = one_row(tmp_path, **{"Référent": "Mme X", "Note": ""})
    assert report.columns_unknown == ["Référent", "Note"]
    assert report.cases[0].extra == {"Référent": "Mme X"}


@pytest.mark.parametrize("raw,kept,problem", [
    ("243 300 316 00011", SIRET, None),
    ("24330031600012", "24330031600012", "Luhn"),
    ("2433003160001", "2433003160001", "13 digits"),
    ("2.4330031600011E+13", "2.4330031600011E+13", "spreadsheet"),
    ("SIRET inconnu", "SIRET inconnu", "not numeric"),
])
def test_siret(tmp_path: Path, raw: str, kept: str, problem: str | None) -> None:
    report = one_row(tmp_path, coll_siret=raw)
    assert report.cases[0].coll_siret == kept
    found = problems_of(report, "coll_siret")
    assert (found == []) if problem is None else (problem in found[0])


@pytest.mark.parametrize("digits,ok", [
    (SIRET, True), ("73282932000074", True), ("35600000000048", True), ("35600000000047", True),
    ("35600000000049", False), ("24330031600012", False),
])
def test_luhn(digits: str, ok: bool) -> None:
    assert luhn_ok(digits) is ok


def test_out_of_range_coordinates(tmp_path: Path) -> None:
    report = one_row(tmp_path, latitude="95.2", longitude="-200")
    case = report.cases[0]
    assert case.latitude is None and case.longitude is None
    found = {(p.field, p.value, p.severity) for p in report.problems}
    assert found == {("latitude", "95.2", "error"), ("longitude", "-200", "error")}


def test_unreadable_coordinate(tmp_path: Path) -> None:
    report = one_row(tmp_path, latitude="nord", longitude="2,35")
    assert report.cases[0].longitude == 2.35 and report.cases[0].latitude is None
    assert "unreadable coordinate" in problems_of(report, "latitude")[0]


@pytest.mark.parametrize("raw,year", [
    ("2021", 2021), ("3/2022", 2022), ("03/2022", 2022), ("5/3/2020", 2020),
    ("15/03/2020", 2020), ("2020-03", 2020), ("2020-03-15", 2020),
    ("2020-03-15T10:00:00", 2020),
])
def test_date_formats(tmp_path: Path, raw: str, year: int) -> None:
    report = one_row(tmp_path, projet_date=raw)
    assert report.cases[0].start_year == year and report.problems == []


@pytest.mark.parametrize("raw,problem", [
    ("bientôt", "unreadable date"), ("31/02/2020", "unreadable date"),
    ("13/2020", "unreadable date"), ("01/2999", "in the future"), ("1066", "implausible"),
])
def test_bad_dates_are_reported(tmp_path: Path, raw: str, problem: str) -> None:
    report = one_row(tmp_path, projet_date=raw)
    assert report.cases[0].start_year is None
    assert report.cases[0].projet_date == raw
    assert problem in problems_of(report, "projet_date")[0]


def test_next_month_is_future() -> None:
    next_month = dt.date.today().replace(day=28) + dt.timedelta(days=5)
    assert parse_date(next_month.strftime("%m/%Y")) > dt.date.today()


def test_enum_typo_reported_with_suggestion(tmp_path: Path) -> None:
    report = one_row(tmp_path, projet_status="En deploiment", theme="Cuisine")
    case = report.cases[0]
    assert case.projet_status == "En deploiment" and case.theme == "Cuisine"
    status = problems_of(report, "projet_status")
    assert "did you mean 'En déploiement'?" in status[0]
    assert "did you mean" not in problems_of(report, "theme")[0]
    assert {p.severity for p in report.problems} == {"warning"}


def test_required_field_empty_in_a_row(tmp_path: Path) -> None:
    report = one_row(tmp_path, nom_projet="", theme=" ")
    found = {(p.field, p.severity) for p in report.problems}
    assert found == {("nom_projet", "error"), ("theme", "warning")}
    assert report.cases[0].id.startswith("projet-")


def test_duplicate_rows_are_both_kept(tmp_path: Path) -> None:
    other = BASE | {"usage_description": "Autre texte"}
    report = read_export(write_csv(tmp_path / "dup.csv", [BASE, BASE, other]), "t")
    ids = [c.id for c in report.cases]
    assert len(set(ids)) == 3 and ids[1] == ids[0] + "-2" and ids[2] == ids[0] + "-3"
    assert [(p.row, p.problem[:20]) for p in report.problems] == [
        (3, "ligne en double de l"), (4, "même collectivité et")]
    assert [c.id for c in read_export(tmp_path / "dup.csv", "t").cases] == ids


def test_control_characters_removed(tmp_path: Path) -> None:
    report = one_row(tmp_path, nom_projet="Pro\x07jet\x00 X", usage_description="a\x1bb")
    assert report.cases[0].nom_projet == "Projet X"
    assert report.cases[0].usage_description == "ab"
    assert {p.field for p in report.problems} == {"nom_projet", "usage_description"}


def test_very_long_value_is_kept(tmp_path: Path) -> None:
    text = "Très long texte, avec des virgules. " * 30000
    report = one_row(tmp_path, usage_description=text)
    assert report.cases[0].usage_description == text.strip()


def test_blank_and_ragged_rows_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text("coll_nom,nom_projet\nA,P1\n\n,\nB,P2,en trop\nC\n", encoding="utf-8")
    report = read_export(path, "t")
    assert [c.nom_projet for c in report.cases] == ["P1"]
    assert report.rows_read == 5
    assert [p.row for p in report.problems if "empty row" in p.problem] == [3, 4]
    # ragged rows would put values in other columns: quarantined, kept as written
    assert [(q.row, q.text) for q in report.quarantined] == [(5, "B,P2,en trop\n"),
                                                             (6, "C\n")]
    assert all("cells instead" in q.problem for q in report.quarantined)


def test_trailing_empty_cells_are_only_reported(tmp_path: Path) -> None:
    path = tmp_path / "trailing.csv"
    path.write_text("coll_nom,nom_projet\nA,P1,,\n", encoding="utf-8")
    report = read_export(path, "t")
    assert [c.nom_projet for c in report.cases] == ["P1"] and not report.quarantined


def test_unclosed_quote_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "quote.csv"
    path.write_text('coll_nom,nom_projet\nA,"P1\nB,P2\nC,P3\n', encoding="utf-8")
    report = read_export(path, "t")
    assert [c.nom_projet for c in report.cases] == ["P2", "P3"]
    assert [(q.row, q.line, q.text) for q in report.quarantined] == [(2, 2, 'A,"P1\n')]
    assert "unclosed quote" in report.quarantined[0].problem


# Properties and size -----------------------------------------------------------------------

CELL = st.text(st.one_of(st.characters(blacklist_categories=("Cs", "Cc")),
                         st.sampled_from([",", ";", '"', "\n", "\r", "-", " ", "’"])),
               max_size=40)
COLUMNS = ["Nom_collectivite", "Nom_du_projet", "SIRET", "Latitude", "Date_de_demarrage",
           "Theme", "Partenaires", "Sous_Theme", "Audience", "Inconnue"]
ROWS = st.lists(st.lists(CELL, min_size=len(COLUMNS), max_size=len(COLUMNS)), max_size=8)


@settings(max_examples=120, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(rows=ROWS, delimiter=st.sampled_from([",", ";"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig"]))
def test_every_written_row_becomes_a_case(tmp_path: Path, rows: list[list[str]],
                                          delimiter: str, encoding: str) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([COLUMNS, *rows])
    path = tmp_path / "prop.csv"
    path.write_bytes(buffer.getvalue().encode(encoding))
    report = read_export(path, "p")
    blank = sum(not any(cell.strip() for cell in row) for row in rows)
    assert report.rows_read == len(rows)
    assert len(report.cases) == len(rows) - blank
    assert len({c.id for c in report.cases}) == len(report.cases)


@settings(max_examples=150, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=600), header=st.booleans())
def test_any_bytes_import_or_fail_cleanly(tmp_path: Path, content: bytes, header: bool) -> None:
    path = tmp_path / "any.csv"
    path.write_bytes((b"coll_nom;nom_projet;SIRET\n" if header else b"") + content)
    try:
        report = read_export(path, "p")
    except ImportFailed as exc:
        assert str(exc)
    else:
        assert len(report.cases) <= report.rows_read


@pytest.mark.slow
def test_50_megabyte_export_imports_quickly(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    description = "Description du service, avec « guillemets » et virgules. " * 14
    row = BASE | {"usage_description": description, "partenaires": "EDF-Enedis-CNRS"}
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, list(row))
        writer.writeheader()
        count = 0
        while handle.tell() < 50_000_000:
            writer.writerows(row | {"nom_projet": f"Projet {count + i}"} for i in range(1000))
            count += 1000
    # Its speed is measured in docs/RELIABILITY.md, not asserted here: a shared machine's
    # clock says nothing about the code.
    report = read_export(path, "big")
    assert len(report.cases) == count and report.problems == []
