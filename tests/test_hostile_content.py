"""Hostile text in an imported catalogue is shown as the plain text it is, on every page.

A real import (`Store.import_file`) of rows whose name, description, partners and address
hold HTML, `<script>`, Markdown links to `javascript:`/`data:`, an image tag, `$…$` (LaTeX for
Streamlit), a 20 000-character field and control characters; then the pages under `AppTest`.
Every string Streamlit renders as Markdown (bodies, titles, captions, alerts, labels) is
checked: `<`, `$` and the brackets of a link or an image are backslash-escaped, no link
points anywhere but http(s), and no element allows HTML.
"""

from __future__ import annotations

import csv
import html
import re
from pathlib import Path

import pytest
from google.protobuf.message import Message
from streamlit.testing.v1 import AppTest
from test_app import run
from test_app_fit import RecordingStorage

SCRIPT = "<script>alert(1)</script>"
IMAGE = "<img src=x onerror=alert(1)>"
JS_LINK = "[clic](javascript:alert(1))"
DATA_LINK = "[data](data:text/html;base64,PHNjcmlwdD4=)"
LATEX = "$x^2$ and $$E=mc^2$$"
CONTROL = "\x07\x1b[31m\u202e\x0b"
HOSTILE = (SCRIPT, IMAGE, JS_LINK, DATA_LINK, LATEX)
TITLE = f"Nids-de-poule {IMAGE} {LATEX}"
DESCRIPTION = (f"Détection automatique des nids-de-poule sur la chaussée par une caméra embarquée "
               f"sur les bennes à ordures.{CONTROL} {SCRIPT} {IMAGE} {JS_LINK} {DATA_LINK} "
               f"{LATEX} ![image](javascript:alert(2)) <a href=\"javascript:alert(3)\">a</a>")
LONG = "Un très long texte de présentation de la démarche de propreté urbaine. " * 300
QUESTION = "détection des nids-de-poule sur la chaussée par caméra"
COLUMNS = ("coll_nom", "nom_projet", "coll_type", "projet_status", "usage_description",
           "theme", "audience_service", "partenaires", "url_infos", "latitude", "longitude")
ROWS = (
    (f"Ville de Hostileville {SCRIPT}", TITLE, "Commune", "En expérimentation", DESCRIPTION,
     "Mobilités", "Agent", f"Acme {SCRIPT}, {JS_LINK}, {DATA_LINK}", "javascript:alert(1)",
     "45.0", "3.0"),
    ("Ville de Longueville", f"Propreté urbaine {LATEX}", "Commune", "En déploiement",
     LONG[:20_000], "Attractivité et aménagement", "Grand public", "Acme", "data:text/html,x",
     "", ""),
)
HOSTILE_ID_PART = "nids-de-poule"

# Only a backslash before it makes a character plain text in Streamlit's Markdown.
UNESCAPED = re.compile(r"(?<!\\)[<$]")
LINK = re.compile(r"(?<!\\)\[(?:[^\]\\]|\\.)*\]\(([^)\s]*)")
RENDERED = {"body", "label", "text", "help", "caption", "title", "placeholder"}


@pytest.fixture(scope="module")
def hostile_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An ASSIST_HOME holding only the hostile catalogue (plus the shipped corpus)."""
    from assist.assistant import Assistant
    from assist.catalogue.store import Store
    from assist.config import Settings

    home = tmp_path_factory.mktemp("hostile-home")
    path = home / "hostile.csv"
    assert len(ROWS[1][4]) == 20_000
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(COLUMNS)
        writer.writerows(ROWS)
    Store(home).import_file(path, "hostile")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ASSIST_HOME", str(home))
        mp.delenv("ASSIST_AGENT_PASSWORD_HASH", raising=False)
        Assistant.open(Settings.from_env())
        yield home


def case_id(home: Path, part: str) -> str:
    from assist.catalogue.store import Store

    return next(c.id for c in Store(home).cases() if part in c.id)


def rendered_strings(at: AppTest) -> list[str]:
    """Every string of the page that Streamlit renders as Markdown."""
    out: list[str] = []

    def fields(message: Message) -> None:
        for descriptor, value in message.ListFields():
            if descriptor.message_type is not None:
                items = [value] if isinstance(value, Message) else value
                for item in items:
                    if isinstance(item, Message):
                        fields(item)
            elif descriptor.name in RENDERED and isinstance(value, str):
                out.append(value)

    def walk(node) -> None:
        if getattr(node, "type", "") == "html":
            return  # HTML we build (the Compare table), every value escaped: checked apart
        if isinstance(proto := getattr(node, "proto", None), Message):
            fields(proto)
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at._tree)
    return out


def no_html_allowed(at: AppTest) -> None:
    flags = []

    def walk(node) -> None:
        proto = getattr(node, "proto", None)
        if proto is not None and getattr(proto, "allow_html", False):
            flags.append(proto.body[:80])
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at._tree)
    assert not flags, f"elements rendered with unsafe_allow_html: {flags}"


def assert_inert(at: AppTest) -> str:
    """Check every rendered string; returns them joined (backslashes kept)."""
    assert not at.exception, at.exception
    no_html_allowed(at)
    strings = rendered_strings(at)
    for text in strings:
        assert not UNESCAPED.search(text), f"unescaped < or $ in: {text[:300]!r}"
        for target in LINK.findall(text):
            # web addresses, or the answer summary's links to its sources panel
            assert target.startswith(("http://", "https://")) or re.fullmatch(
                r"#(resultat|source)-\d+", target), (target, text[:300])
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\u202e]", text), text[:120]
    return "\n".join(strings)


def test_import_keeps_the_text_as_written(hostile_home):
    from assist.catalogue.store import Store

    case = next(c for c in Store(hostile_home).cases() if HOSTILE_ID_PART in c.id)
    assert SCRIPT in case.usage_description and JS_LINK in case.usage_description
    assert "\x07" not in case.usage_description and "\x1b" not in case.usage_description
    assert case.url_infos == "javascript:alert(1)"


def test_project_page_shows_hostile_fields_as_text(hostile_home, monkeypatch):
    RecordingStorage.files = {}
    monkeypatch.setattr("streamlit.testing.v1.app_test.MemoryMediaFileStorage",
                        RecordingStorage)
    hostile = case_id(hostile_home, HOSTILE_ID_PART)
    at = run(hostile_home, "project", id=hostile)
    text = assert_inert(at)
    assert r"\<script\>alert\(1\)\</script\>" in text  # shown, escaped
    assert r"\[clic\]\(javascript\:alert\(1\)\)" in text
    assert r"\$x^2\$ and \$\$E\=mc^2\$\$" in text.replace(r"\^", "^")
    assert r"javascript\:alert\(1\)" in text  # url_infos shown as text, not as a link
    assert "](javascript" not in text and "](data" not in text
    page = RecordingStorage.files[f"fiche-{hostile}.html"].decode()
    for raw in (SCRIPT, IMAGE, 'href="javascript', 'href="data', 'src="javascript'):
        assert raw not in page, raw
    assert html.escape(SCRIPT, quote=False) in page


def test_project_page_with_a_20000_character_field(hostile_home):
    at = run(hostile_home, "project", id=case_id(hostile_home, "proprete"))
    text = assert_inert(at)
    assert text.count("propreté urbaine") >= 200  # the whole field, not cut


def test_assistant_answer_shows_hostile_text_as_text(hostile_home):
    at = run(hostile_home, q=QUESTION)
    text = assert_inert(at)
    titles = [h.value for h in at.subheader if h.value.startswith("[")]
    assert any("Nids" in t for t in titles), titles
    assert r"\<img src\=x onerror\=alert\(1\)\>" in text
    panel = next(h.proto.body for h in at.get("html") if 'id="sources"' in h.proto.body)
    assert html.escape(IMAGE) in panel  # escaped in the sources panel's HTML
    assert not [h for h in HOSTILE if "<" in h and h in panel]


def test_explorer_fit_and_compare_show_hostile_text_as_text(hostile_home):
    at = run(hostile_home, "explorer")
    assert_inert(at)
    table = at.dataframe(key="table").value
    assert TITLE in set(table["nom_projet"])  # a table cell is plain text
    at = run(hostile_home, "fit", need=QUESTION)
    assert r"\<img src\=x onerror\=alert\(1\)\>" in assert_inert(at)
    ids = f"{case_id(hostile_home, HOSTILE_ID_PART)},{case_id(hostile_home, 'proprete')}"
    at = run(hostile_home, "compare", compare=ids)
    assert_inert(at)
    table = next(h.proto.body for h in at.get("html") if "<table>" in h.proto.body)
    assert html.escape(IMAGE) in table  # escaped in the HTML table
    assert not [h for h in HOSTILE if "<" in h and h in table]
