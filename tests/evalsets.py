"""What the judged sets' tests share: resolving their keys against the real corpus and export.

A key is a corpus case id, `lib:<Nom_du_projet>` or `doc:<document>#<section>`, resolved with
the code `assist eval` uses (`assist.evaluation.retrieval.resolve`).
"""

from __future__ import annotations

from pathlib import Path

from assist.catalogue.corpus import load_corpus
from assist.catalogue.store import Store
from assist.evaluation.retrieval import collapse, resolve

CORPUS_DIR = Path(__file__).resolve().parents[1] / "corpus"


def corpus():
    return load_corpus(CORPUS_DIR)


def library_ids(home: Path, library_csv: Path) -> dict[str, str]:
    """Folded project name -> case id of the real export imported into a fresh `home`."""
    store = Store(home)
    store.import_file(library_csv)
    ids = {collapse(c.nom_projet): c.id for c in store.cases() if c.nom_projet}
    assert len(ids) == 23
    return ids


def unresolved(records: list[dict], corpus, library_ids: dict[str, str]) -> list[tuple]:
    """(query id, key, grade) of every judgment whose key names nothing or whose grade is not
    1-3: empty when the set is sound."""
    sections = {s.id for d in corpus.documents for s in d.sections}
    cases = {c.id for c in corpus.cases}
    bad = []
    for rec in records:
        for key, grade in rec["relevant"].items():
            rid = resolve(key, library_ids)
            known = (sections if key.startswith("doc:") else
                     set(library_ids.values()) if key.startswith("lib:") else cases)
            if rid not in known or grade not in (1, 2, 3):
                bad.append((rec["id"], key, grade))
    return bad
