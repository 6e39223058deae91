"""Every CSV the product writes is safe to open in a spreadsheet (issue 11, item 3), and
`assist export` writes exactly what the Explorer downloads."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from conftest import SECRETS, run_cli

from assist.access import visible_fields
from assist.catalogue.figures import public_csv
from assist.models import Case

FORMULAS = ["=cmd|' /C calc'!A0", "+SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil.example\",\"clic\")",
            "\t=1+1", "\r=1+1"]


def _rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize("formula", FORMULAS)
def test_public_csv_neutralises_formulas(formula: str) -> None:
    case = Case(id="x", coll_nom=formula, nom_projet="Projet", partenaires=[formula, "Inria"],
                usage_description=formula)
    row = _rows(public_csv([case]))[0]
    for name in ("coll_nom", "usage_description"):
        assert row[name] == "'" + formula, name
    # a list joined into one cell: the cell starts with the formula, so it is neutralised
    assert row["partenaires"].startswith("'")


def test_real_negative_numbers_are_kept() -> None:
    case = Case(id="x", coll_nom="Ville", nom_projet="-12", longitude=-0.5844559,
                latitude=44.8, projet_date="-3.5", usage_description="- un tiret en tête")
    row = _rows(public_csv([case]))[0]
    assert row["longitude"] == "-0.5844559"
    assert row["nom_projet"] == "-12" and row["projet_date"] == "-3.5"
    assert row["usage_description"] == "'- un tiret en tête"


def test_export_is_what_the_explorer_downloads(home_with_library: Path, assistant) -> None:
    done = run_cli(home_with_library, "export", "--format", "csv", text=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout == public_csv(assistant.cases(audience="public"))  # the same bytes
    assert len(_rows(done.stdout)) == len(assistant.cases())
    for secret in SECRETS.values():
        assert secret.encode() not in done.stdout
    theme = "Transition écologique et énergétique"
    filtered = run_cli(home_with_library, "export", "--format", "json", "--filter",
                       f"theme={theme}")
    assert filtered.returncode == 0, filtered.stderr
    rows = json.loads(filtered.stdout)
    wanted = assistant.cases({"theme": theme})
    assert [r["nom_projet"] for r in rows] == [c.nom_projet for c in wanted] and rows
    assert list(rows[0]) == visible_fields("public")
    bad = run_cli(home_with_library, "export", "--filter", "colour=blue")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


@pytest.mark.parametrize("formula", FORMULAS[:3])
def test_answer_and_comparison_csv_neutralise_formulas(formula: str) -> None:
    """The answer's, fit's and comparison's CSV (`answers.exports`), not only the list's: a
    question's title or quote may begin with a formula too."""
    from assist.answers.compare import compare
    from assist.answers.exports import answer_rows, comparison_rows, csv_bytes
    from assist.models import Answer, Citation, Result, Why

    result = Result(rank=1, kind="case", id="x", title=formula, organisation=formula,
                    section="usage_description", score=0.5, why=Why(reasons=[formula]),
                    citations=[Citation(source="x", section="usage_description",
                                        quote=formula, start=0, end=len(formula))],
                    fields={"longitude": -0.58})
    answer = Answer(question=formula, language="fr", results=[result])
    row = _rows(csv_bytes(answer_rows(answer)))[0]
    for name in ("title", "organisation", "quote", "reasons"):
        assert row[name] == "'" + formula, name
    assert row["field.longitude"] == "-0.58"  # a real number stays a number
    cases = [Case(id="a", coll_nom=formula, nom_projet="A"),
             Case(id="b", coll_nom="Ville", nom_projet="B")]
    cells = [v for r in _rows(csv_bytes(comparison_rows(compare(cases, "public", "fr"))))
             for v in r.values()]
    assert "'" + formula in cells and formula not in cells
