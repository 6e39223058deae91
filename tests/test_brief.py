"""The one-page brief renders for every case, escapes what comes from data, and cites."""

from __future__ import annotations

import pytest
from test_fit import restricted_case, secrets

from assist.answers.brief import build
from assist.answers.brief_render import brief_html, brief_markdown
from assist.answers.fit import NeedsProfile
from assist.cli.main import main
from assist.models import Case
from assist.text.markdown import escape_inline


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("audience", ["public", "agent"])
def test_brief_renders_for_every_case(assistant, language, audience):
    cases = assistant.cases(audience=audience)
    assert len(cases) > 40
    hidden = secrets(restricted_case(assistant))
    for case in cases:
        md = brief_markdown(case, language, audience, assistant=assistant)
        page = brief_html(case, language, audience, assistant=assistant)
        assert escape_inline(case.title.split()[0]) in md
        assert page.startswith("<!DOCTYPE html>") and "@media print" in page
        if audience == "public":
            assert not [v for v in hidden if v in md or v in page]


def test_brief_cites_numbered_sources(assistant):
    brief = build(assistant.case("sicoval-fuites-eau"), "fr", assistant=assistant)
    project = brief.projects[0]
    assert project.vigilance and all(f.cite for f in project.vigilance)
    cited = {c.n: c for c in brief.citations}
    assert "vigilance" in cited[project.vigilance[0].cite].section
    assert brief.data_sources and brief.generated


def test_brief_escapes_hostile_values():
    hostile = Case(id="evil", nom_projet="<script>alert(1)</script>", coll_nom="A & B",
                   usage_description='Texte "<img src=x onerror=alert(1)>".',
                   vigilance=["<b>attention</b>"], url_infos="javascript:alert(1)",
                   origin="evil-export")
    page = brief_html(hostile, "en")
    assert "<script>" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "A &amp; B" in page
    assert "javascript:" not in page
    md = brief_markdown(hostile, "fr")
    assert "<script>" not in md and "<img" not in md and "javascript:" not in md


def test_brief_of_a_comparison_and_of_a_fit_answer(assistant):
    comparison = assistant.compare(["noisy-le-grand-recital", "mgp-ia-ecopilot"], language="en")
    md = brief_markdown(comparison, "en", assistant=assistant)
    assert "## Differences" in md and "RECITAL" in md and "IA ECOPILOT" in md
    profile = NeedsProfile(need="classer les courriers de la mairie", coll_type=["Commune"],
                           budget=["plus de 100k€"], hosting=["cloud chez un tiers"])
    answer = assistant.fit(profile, top_k=5)
    hidden = secrets(restricted_case(assistant))
    for render in (brief_markdown, brief_html):
        text = render(answer, "fr", "public", assistant=assistant, profile=profile)
        assert "Profil" in text and "Action 1" in text
        assert not [v for v in hidden if v in text]
        assert "plus de 100k€" not in text  # a restricted criterion is not even echoed


def test_cli_fit_compare_brief(home_with_library, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("ASSIST_HOME", str(home_with_library))
    assert main(["fit", "--need", "fuites d'eau", "--type", "EPCI", "--json"]) == 0
    assert '"criteria"' in capsys.readouterr().out
    assert main(["compare", "sicoval-fuites-eau"]) == 2
    assert "two and four" in capsys.readouterr().err
    out = tmp_path / "brief.html"
    assert main(["brief", "sicoval-fuites-eau", "--lang", "en", "--html", str(out)]) == 0
    assert "Points to watch" in out.read_text(encoding="utf-8")
    assert main(["fit", "--type", "Galaxie"]) == 2


def test_markdown_brief_escapes_hostile_markdown():
    case = Case(id="hostile-md", nom_projet="[clic](javascript:alert(1))", coll_nom="Ville $x^2$",
                usage_description="![img](data:text/html;base64,PHNjcmlwdD4=) <b>gras</b> "
                                  "| pipe \u202e inversé")
    text = brief_markdown(case)
    assert "](javascript" not in text and "](data:" not in text
    assert "\\[clic\\]" in text and "\\$x\\^2\\$" in text
    assert "<b>" not in text and "\u202e" not in text


def test_empty_cells_do_not_differ():
    from assist.answers.compare import differ

    assert not differ(["", ""]) and not differ(["", "  "])
    assert not differ(["Métropole", "", "metropole"])  # folded alike, the blank says nothing
    assert differ(["Commune", "", "Métropole"])
