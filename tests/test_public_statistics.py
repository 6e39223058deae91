"""Public answers depend on public text alone (issue 11, item 2): two catalogues with the same
public fields, one with its restricted fields filled and one with them blank, give the same
public answers (ids, order, scores, abstentions). Restricted passages used to count in BM25's
document frequencies and lengths."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from assist.catalogue.rows import GRIST_COLUMNS

RESTRICTED = {
    "projet_contact": "contact.restreint@exemple.fr",
    "budget": "plus de 100k€ sur trois ans",
    "financement": "fonds propres de la collectivité et subvention de l'État pour l'eau",
    "algorithme_description": "Réseau de neurones entraîné sur les données des capteurs "
                              "d'eau, d'énergie et de mobilité de la collectivité",
}
ROWS = 12  # of the real export: enough passages for document frequencies to matter
QUESTIONS = ["Comment détecter les fuites d'eau ?", "réduire la consommation d'énergie des "
             "écoles", "données des capteurs", "chatbot pour répondre aux habitants",
             "mobilité et transport", "jumeau numérique", "recette du boeuf bourguignon",
             "réseau de neurones"]


def _export(library_csv: Path, path: Path, filled: bool) -> Path:
    with library_csv.open(encoding="utf-8-sig", newline="") as handle:
        records = list(csv.reader(handle))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([GRIST_COLUMNS[c] for c in records[0]] + list(RESTRICTED))
    for record in records[1:ROWS + 1]:
        writer.writerow(record + [v if filled else "" for v in RESTRICTED.values()])
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory, library_csv: Path, home_with_library: Path):
    from assist.assistant import Assistant
    from assist.catalogue.store import Store
    from assist.config import Settings

    out = []
    cache = home_with_library / "cache"  # the public passages' vectors, embedded already
    for filled in (True, False):
        folder = tmp_path_factory.mktemp("filled" if filled else "blank")
        home = folder / "home"
        shutil.copytree(cache, home / "cache")
        Store(home).import_file(_export(library_csv, folder / "export.csv", filled), "lib")
        out.append(Assistant.open(Settings.from_env(home=home)))
        cache = home / "cache"
    return out


def _public(answer) -> tuple:
    return (answer.abstained, [(r.id, r.rank, r.score, r.why.lexical, r.why.semantic)
                               for r in answer.results])


def test_restricted_text_changes_no_public_answer(pair) -> None:
    filled, blank = pair
    # (a record of the export may be merged with a shipped one, whose own restricted values
    # it then carries: the export's distinctive text tells the two catalogues apart)
    mark = RESTRICTED["algorithme_description"]
    assert any(c.algorithme_description == mark for c in filled.cases(audience="agent"))
    assert not any(c.algorithme_description == mark for c in blank.cases(audience="agent"))
    assert len(filled.index.chunks) > len(blank.index.chunks)  # restricted passages indexed
    for question in QUESTIONS:
        assert _public(filled.ask(question, top_k=10)) == _public(blank.ask(question, top_k=10)), \
            question
    for case in blank.cases()[:5]:
        assert [(s.id, s.score) for s in filled.similar(case.id)] == \
               [(s.id, s.score) for s in blank.similar(case.id)]


def test_agents_search_uses_restricted_text(pair) -> None:
    filled, blank = pair
    question = "réseau de neurones entraîné sur les données des capteurs"
    agent = filled.ask(question, top_k=10, audience="agent")
    assert any(r.fields.get("algorithme_description") for r in agent.results)
    assert _public(filled.ask(question, audience="agent")) != _public(
        blank.ask(question, audience="agent"))
