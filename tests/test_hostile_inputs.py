"""Hostile and broken input at every entry point (issue 10's nonsense, issue 11's trust): a
careless or malicious user's questions, profiles, filters, exports and documents get a plain
message, lose nothing silently, show no trace and no restricted value in a public view.

Found by trying (hostile7, 2026-12-01) and fixed, each case here failed before its fix:
- a needs profile with an unknown value printed pydantic's report (types, a link to its docs);
- `top_k="abc"`, `top_k=None`, `filters="theme=X"` raised int()'s or AttributeError's text;
- a need longer than the limit was cut without a word (a question's cut was said);
- an export in UTF-8 with one damaged byte was read whole as cp1252: every accent of the file
  turned into two characters ("MÃ©tropole"), with no problem reported;
- zero-width and bidirectional characters in an export's cells were kept unreported (a title
  that reads reversed);
- a document's <title> or Markdown heading of 100 000 characters named it in every list;
- every `st.dataframe` (questions people typed, imported titles, import problems) let its
  toolbar download a CSV whose "=HYPERLINK(...)" cells a spreadsheet runs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from conftest import SECRETS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assist.catalogue.documents import MAX_LABEL_CHARS, DocumentShelf
from assist.catalogue.library import read_export
from assist.text.i18n import t

# Pieces a hostile user pastes, mixed with real words and invisible characters.
FRAGMENTS = [
    "fuites d'eau", "Sicoval", "IA", "écoles", "'; DROP TABLE cases; --", "<script>", "</b>",
    "{{7*7}}", "${jndi:ldap://x}", "../../etc/passwd", "%00", "\x00", "\u202e", "\u200b",
    "\ud800", "\ufeff", "=HYPERLINK(\"http://x\")", "ＳＥＬＥＣＴ", "🙂", "\n", "\t", "' OR '1'='1",
    "budget", "plus de 100k€", "hydrogène", "SELECT * FROM", "$x^2$", "[a](javascript:x)",
]
HOSTILE = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=20), max_size=12).map(" ".join)
# Restricted values of the session's export (conftest.SECRETS) that no public view may show;
# "budget" and "hosting" values are too common words to look for.
DISTINCTIVE = [v for k, v in SECRETS.items() if k not in ("budget", "herbergement")]


@settings(max_examples=30, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(question=HOSTILE, top_k=st.integers(min_value=-3, max_value=60))
def test_hostile_questions_get_a_plain_answer_and_leak_nothing(assistant, question, top_k):
    answer = assistant.ask(question, top_k=top_k)
    assert answer.abstained or answer.results
    if answer.abstained:
        assert answer.message
    shown = answer.model_dump_json()
    assert not any(secret in shown for secret in DISTINCTIVE)
    json.loads(shown)  # no lone surrogate or control character left to break a JSON reader
    assert not any(0xD800 <= ord(ch) <= 0xDFFF for ch in answer.question)


PROFILE_VALUES = st.one_of(st.none(), st.integers(), st.text(max_size=30), HOSTILE,
                           st.lists(st.text(max_size=15), max_size=3))
# A hostile need always (most profiles reach the decision), with valid criteria or broken ones.
PROFILES = st.fixed_dictionaries({"need": HOSTILE}, optional={
    "coll_type": st.sampled_from([["Commune"], ["Métropole", "EPCI"], "Commune", ["NotAType"]]),
    "maturity": st.sampled_from(["deployed", "experimenting", "any", "done"]),
    "budget": st.sampled_from([["plus de 100k€"], []]),
    "must": st.sampled_from([["maturity"], ["budget"], ["zz"], []]),
    "language": st.sampled_from(["fr", "en", "de"]),
    "nope": PROFILE_VALUES,
})


@settings(max_examples=25, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(profile=PROFILES)
def test_hostile_profiles_get_an_answer_or_one_plain_line(assistant, profile):
    try:
        answer = assistant.fit(profile)
    except ValueError as exc:
        text = str(exc)
        assert text.startswith("Profil de besoin invalide / invalid needs profile: ")
        assert "pydantic" not in text and "\n" not in text
        return
    assert answer.abstained or answer.results
    shown = answer.model_dump_json()
    assert not any(secret in shown for secret in DISTINCTIVE)
    json.loads(shown)


@pytest.mark.parametrize("need", ["\ud800", "fuites d'eau \udfff dans le réseau", "a\x00b\u202e"])
def test_a_need_with_lone_surrogates_or_controls_is_answered_in_valid_json(assistant, need):
    """Found by the property test above (a need of one lone surrogate raised pydantic's
    serialisation error): the need shown back is the one searched, cleaned."""
    answer = assistant.fit({"need": need})
    assert json.loads(answer.model_dump_json())["question"] == answer.question
    assert not any(0xD800 <= ord(ch) <= 0xDFFF or ch in "\x00\u202e" for ch in answer.question)


@pytest.mark.parametrize("kwargs, words", [
    ({"top_k": "abc"}, "top_k must be a whole number"),
    ({"top_k": None}, "top_k must be a whole number"),
    ({"top_k": float("inf")}, "top_k must be a whole number"),
    ({"filters": "theme=Mobilités"}, "filters must map a facet"),
    ({"filters": ["theme"]}, "filters must map a facet"),
    ({"filters": {"financement": "x"}}, "unknown filter 'financement'"),  # restricted field
    ({"audience": "admin"}, "audience must be one of"),
    ({"question": ["fuites"]}, "question must be text, not list"),
    ({"question": {"q": 1}}, "question must be text, not dict"),
])
def test_bad_parameters_get_a_plain_message(assistant, kwargs, words):
    with pytest.raises(ValueError, match=words):
        assistant.ask(**{"question": "fuites d'eau", **kwargs})


def test_one_ignored_key_is_a_key_not_its_letters(assistant):
    plain = assistant.ask("projets du Sicoval")
    assert plain.understood
    key = plain.understood[0].key
    assert assistant.ask("projets du Sicoval", ignore=key).understood == [
        u for u in plain.understood if u.key != key]


def test_a_bad_profile_on_the_command_line_is_one_plain_line(assistant):
    from conftest import run_cli

    done = run_cli(assistant.settings.home, "fit", "--need", "fuites d'eau", "--type",
                   "NotAType", "--must", "zz")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "pydantic" not in done.stderr
    assert "coll_type: unknown coll_type 'NotAType'" in done.stderr
    assert "must: unknown criterion 'zz'" in done.stderr


# -- exports ---------------------------------------------------------------------------------

def test_utf8_with_one_damaged_byte_stays_utf8_and_says_where(tmp_path, library_csv):
    data = library_csv.read_bytes().replace(b"Stacoptim", b"Stac\xed\xa0\x80optim", 1)
    path = tmp_path / "damaged.csv"
    path.write_bytes(data)
    report = read_export(path, origin="damaged")
    assert report.encoding == "utf-8"
    assert any(c.coll_type == ["Métropole"] or c.coll_type == "Métropole"
               for c in report.cases)  # accents read as accents, not "MÃ©tropole"
    damaged = [p for p in report.problems if "octets illisibles" in p.problem]
    assert len(damaged) == 1 and damaged[0].field == "nom_projet"


def test_a_cp1252_export_is_still_read_as_cp1252(tmp_path, library_csv):
    text = library_csv.read_text(encoding="utf-8")
    path = tmp_path / "legacy.csv"
    path.write_bytes(text.encode("cp1252", errors="replace"))
    report = read_export(path, origin="legacy")
    assert report.encoding == "cp1252" and len(report.cases) == 23
    assert not any("octets illisibles" in p.problem for p in report.problems)


def test_invisible_characters_in_cells_are_removed_and_reported(tmp_path, library_csv):
    data = library_csv.read_text(encoding="utf-8").replace("Stacoptim",
                                                           "Stac\u202eoptim\u200b", 1)
    path = tmp_path / "bidi.csv"
    path.write_text(data, encoding="utf-8")
    report = read_export(path, origin="bidi")
    assert "Stacoptim" in {c.nom_projet for c in report.cases}
    assert any(p.field == "nom_projet" and "contrôle" in p.problem for p in report.problems)


def test_tables_shown_neutralise_formulas_for_their_own_download(monkeypatch):
    from assist.ui import components

    seen = {}
    monkeypatch.setattr(components.st, "dataframe", lambda frame, **kw: seen.update(f=frame))
    frame = pd.DataFrame({"question": ["=HYPERLINK(\"http://evil\",\"x\")", "@SUM(1)", "eau"],
                          "n": [-1, 2, 3], "coords": ["-0.58", "+cmd|' /C calc'!A0", ""]})
    components.dataframe(frame, hide_index=True)
    assert seen["f"]["question"].tolist() == ["'=HYPERLINK(\"http://evil\",\"x\")", "'@SUM(1)",
                                              "eau"]
    assert seen["f"]["n"].tolist() == [-1, 2, 3]
    assert seen["f"]["coords"].tolist() == ["-0.58", "'+cmd|' /C calc'!A0", ""]


def test_no_page_calls_st_dataframe_itself():
    """Every table goes through `components.dataframe` (its CSV download is neutralised)."""
    pages = Path(__file__).resolve().parents[1] / "src/assist/ui"
    direct = [p.name for p in pages.rglob("*.py") if "st.dataframe(" in p.read_text("utf-8")
              and p.name != "components.py"]
    assert direct == []


# -- documents -------------------------------------------------------------------------------

@pytest.mark.parametrize("name, data", [
    ("page.html", ("<html><title>" + "t" * 100_000 + "</title><body><h1>" + "mot " * 30_000
                   + "</h1><p>texte</p></body></html>").encode()),
    ("notes.md", ("# " + "titre " * 20_000 + "\n\ntexte\n\n## Court\n\nfin").encode()),
])
def test_a_huge_title_or_heading_is_cut_and_kept_in_the_text(tmp_path, name, data):
    shelf = DocumentShelf(tmp_path / "home")
    doc = shelf.document(shelf.add(name, data=data, name=name).document.id)
    assert len(doc.title) <= MAX_LABEL_CHARS + 1
    assert all(len(s.heading) <= MAX_LABEL_CHARS + 1 for s in doc.sections)
    long_words = "mot " * 30_000 if name.endswith("html") else "titre " * 20_000
    assert long_words.strip() in " ".join(doc.sections[0].text.split())  # nothing lost


# -- the app ---------------------------------------------------------------------------------

def test_the_app_shows_no_trace_details():
    config = (Path(__file__).resolve().parents[1] / ".streamlit/config.toml").read_text("utf-8")
    assert 'showErrorDetails = "none"' in config


def test_what_no_page_foresaw_gets_a_plain_message(app_home, monkeypatch):
    from streamlit.testing.v1 import AppTest
    from test_app import APP, TIMEOUT

    from assist.ui import runtime

    def broken(language):
        raise RuntimeError("/srv/secret/path exploded")

    monkeypatch.setattr(runtime, "assistant", broken)
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert at.exception  # Streamlit still logs it (and, with the config, redacts it)
    assert [e.value for e in at.error][0].startswith(t("app.error", "fr"))


def test_a_question_in_code_gets_its_reason_in_the_app(app_home):
    from test_app_urls import assert_no_trace, open_page

    at = open_page(None, q="'; EXEC xp_cmdshell('dir'); --")
    assert_no_trace(at)
    shown = " ".join(w.value for w in at.warning)
    # In the page's language alone (the question's, told from code, is a guess; the CLI and
    # the JSON carry both): no English sentence under the French one.
    assert t("answer.code", "fr") in shown and t("answer.code", "en") not in shown


def test_a_huge_one_line_cell_is_kept_whole_and_reported(tmp_path, library_csv):
    lines = library_csv.read_text(encoding="utf-8").splitlines(keepends=True)
    huge = "S" + "x" * 200_000
    path = tmp_path / "huge.csv"
    path.write_text(lines[0] + lines[1].replace("Stacoptim", huge), encoding="utf-8")
    report = read_export(path, origin="huge")
    assert report.cases[0].nom_projet == huge  # nothing cut
    said = [p for p in report.problems if p.field == "nom_projet" and "très longue" in p.problem]
    assert len(said) == 1 and len(said[0].value) < 1_000  # the report itself stays short


def test_control_and_invisible_characters_leave_documents_with_a_note(tmp_path):
    """A NUL (PostgreSQL refuses it in text), an ESC, a bidirectional override (a heading
    shown reversed), written as bytes or as HTML's numeric entities: removed, the sections
    still cut at their headings, and the removal said."""
    shelf = DocumentShelf(tmp_path / "home")
    page = (b"<html><body><h1>Titre&#x202e; un</h1><p>a&#0;b &#x1b;[31m c&#x200b;d</p>"
            b"<h2>Deux</h2><p>fin</p></body></html>")
    text = ("Préambule. " * 900 + "\n\n# Article\u202e 1\n\n\x00suite \x1b[0m fin").encode()
    for name, data in (("page.html", page), ("notes.md", text)):
        added = shelf.add(name, data=data, name=name)
        doc = shelf.document(added.document.id)
        assert not any(ord(ch) < 32 and ch not in "\n\t\r\f" or 0x200b <= ord(ch) <= 0x206f
                       for ch in doc.body + "".join(s.heading for s in doc.sections))
        assert any("invisibles retirés" in note for note in added.notes), added.notes
        for section in doc.sections:
            assert doc.body[section.start:section.end] == section.text
    assert [s.heading for s in shelf.document("page").sections] == ["Titre un", "Deux"]
