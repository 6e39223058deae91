"""What the judged sets' tests share: resolving their keys against the real corpus and export.

A key is a corpus case id, `lib:<Nom_du_projet>` or `doc:<document>#<section>`, resolved with
the code `assist eval` uses (`assist.evaluation.retrieval.resolve`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from assist.evaluation.retrieval import Query, load_queries, resolve
from assist.retrieval.chunking import section_owners
from assist.text.analyser import fold


def read_set(path: Path) -> list[dict]:
    """The records of a judged set, one JSON object a line."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


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


def loaded(path: Path, records: list[dict], corpus, library_ids: dict[str, str]) -> list[Query]:
    """The set's queries as `assist eval` loads them, the library's export known: every key
    resolves, no query is skipped, one query per record."""
    assert unresolved(records, corpus, library_ids) == []
    owners = {sid: case.id for sid, case in section_owners(corpus.documents, corpus.cases).items()}
    queries, skipped = load_queries(path, library_ids, owners)
    assert skipped == [] and len(queries) == len(records)
    return queries


def sources_text(library_csv: Path) -> str:
    """Every source the judged sets are written from, folded: the corpus's documents and case
    records, and the library's export."""
    root = Path(__file__).resolve().parents[1] / "corpus"
    paths = [*sorted(root.rglob("*.md")), *sorted(root.rglob("*.json")), library_csv]
    return "\n".join(fold(p.read_text(encoding="utf-8")) for p in paths)


def occurs(word: str, text: str) -> bool:
    """`word` at the start of a word of `text` (both folded): "accident" finds "accidents"."""
    return re.search(r"(?<!\w)" + re.escape(fold(word)), text) is not None
