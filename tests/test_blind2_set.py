"""The second blind query set tests/eval/questions_blind2.jsonl is well formed and every judgment
resolves.

Written from the sources only, without running the assistant, after the first blind set had
been read and become dev material (see tests/eval/README.md). The same checks as
tests/test_blind_set.py, plus: every project of the corpus and of the export is judged somewhere,
and no query repeats one of the other judged sets. No model or index: the keys are resolved with
the code `assist eval` uses (`load_queries`, `resolve`) over the shipped corpus and the real
library export imported into a fresh store, so this runs in about a second.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import evalsets
import pytest

from assist.evaluation.retrieval import DECLINE_KINDS, load_queries, resolve
from assist.retrieval.chunking import section_owners
from assist.text.analyser import fold

ROOT = Path(__file__).resolve().parents[1]
BLIND2 = ROOT / "tests/eval/questions_blind2.jsonl"
# The other judged sets: a blind query must not repeat one of their queries word for word.
OTHER_SETS = [ROOT / "tests/eval/questions.jsonl", ROOT / "tests/eval/dev.jsonl",
              ROOT / "tests/eval/questions_blind.jsonl"]
# Minimum number of queries per kind (the brief of issue 10's second blind set).
MINIMUM = {"need": 30, "paraphrase": 30, "english": 25, "fact": 15, "strategy": 20, "list": 15,
           "name": 15, "adjacent": 15, "offtopic": 10, "nonsense": 6}
OUT_OF_SCOPE = {"adjacent", "offtopic", "nonsense"}
CHECKED = {"adjacent", "offtopic"}  # kinds whose topic words were searched in every source
FIELDS = {"id", "query", "language", "kind", "split", "needs_library", "origin", "relevant"}
OPTIONAL = {"checked_words", "shared_words"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return evalsets.read_set(BLIND2)


@pytest.fixture(scope="module")
def source_text(library_csv: Path) -> str:
    return evalsets.sources_text(library_csv)


def test_every_key_resolves(records, corpus, library_ids) -> None:
    assert evalsets.unresolved(records, corpus, library_ids) == []
    owners = {sid: case.id for sid, case in section_owners(corpus.documents, corpus.cases).items()}
    queries, skipped = load_queries(BLIND2, library_ids, owners)
    assert skipped == [] and len(queries) == len(records)
    assert {q.split for q in queries} == {"test"}
    assert {q.id for q in queries if q.off_topic} == {r["id"] for r in records
                                                      if r["kind"] in OUT_OF_SCOPE}
    assert OUT_OF_SCOPE <= DECLINE_KINDS


def test_without_the_library_only_library_questions_are_skipped(records) -> None:
    queries, skipped = load_queries(BLIND2, {})
    assert set(skipped) == {r["id"] for r in records if r["needs_library"]}
    # what is left still has something to find: the corpus keys of each kept query
    assert all(any(g >= 2 for g in q.judged.values()) for q in queries if not q.off_topic)


def test_fields_ids_and_vocabularies(records) -> None:
    assert [r["id"] for r in records] == [f"c{n:03d}" for n in range(1, len(records) + 1)]
    texts = Counter(" ".join(r["query"].split()).casefold() for r in records)
    assert [t for t, n in texts.items() if n > 1] == []
    for rec in records:
        assert FIELDS <= set(rec) <= FIELDS | OPTIONAL, rec["id"]
        assert rec["query"].strip(), rec["id"]
        assert rec["kind"] in MINIMUM, rec["id"]
        assert rec["language"] in ("fr", "en"), rec["id"]
        assert rec["split"] == "test", rec["id"]  # a test-only set: nothing is tuned on it
        assert rec["origin"] == "blind-v2", rec["id"]
        if rec["kind"] == "english":
            assert rec["language"] == "en", rec["id"]
        assert (rec["kind"] in CHECKED) == ("checked_words" in rec), rec["id"]
        assert "shared_words" not in rec or rec["kind"] in CHECKED, rec["id"]


def test_judgments_match_the_kind(records) -> None:
    for rec in records:
        strong = [k for k, g in rec["relevant"].items() if g >= 2]
        if rec["kind"] in OUT_OF_SCOPE:
            assert rec["relevant"] == {}, rec["id"]
        else:
            assert strong, f"{rec['id']} is in scope but has no key graded 2 or 3"
        only_library = bool(strong) and all(k.startswith("lib:") for k in strong)
        assert rec["needs_library"] == only_library, rec["id"]


def test_every_kind_has_its_minimum(records) -> None:
    by_kind = Counter(r["kind"] for r in records)
    assert {k: by_kind[k] for k in MINIMUM if by_kind[k] < MINIMUM[k]} == {}
    assert len(records) >= 170
    assert sum(r["language"] == "en" for r in records if r["kind"] != "english") >= 10


def test_every_project_is_judged(records, corpus, library_ids) -> None:
    """The set spans the catalogue: each corpus record and each project of the export is judged
    relevant (2 or 3) by at least one query, not only the famous few."""
    judged = {resolve(k, library_ids) for r in records for k, g in r["relevant"].items() if g >= 2}
    projects = {c.id for c in corpus.cases} | set(library_ids.values())
    assert len(projects) == 43
    assert sorted(projects - judged) == []


def test_uncovered_topics_use_words_no_source_holds(records, source_text) -> None:
    """An adjacent or off-topic question's key words (and synonyms) occur in no source; the
    words it shares with the sources on purpose (a city, "gaz") are listed apart and do."""
    found, missing = [], []
    for rec in records:
        if rec["kind"] not in CHECKED:
            continue
        assert rec["checked_words"], rec["id"]
        found += [(rec["id"], w) for w in rec["checked_words"] if evalsets.occurs(w, source_text)]
        missing += [(rec["id"], w) for w in rec.get("shared_words", []) if not evalsets.occurs(w, source_text)]
    assert found == [], "these topics may be covered now: judge them again"
    assert missing == []


def test_no_query_repeats_one_of_the_other_sets(records) -> None:
    """Written without reading the other sets' queries: none is repeated word for word, case,
    accents and punctuation aside (only the ids are reported, so that running this check shows
    no other set's query)."""
    known = set()
    for path in OTHER_SETS:
        if path.is_file():
            known |= {words(json.loads(line)["query"])
                      for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert known, "no other judged set found"
    assert [r["id"] for r in records if words(r["query"]) in known] == []


def words(query: str) -> str:
    """A query's words only, folded: "Delibia ?" and "delibia" are the same query."""
    return " ".join(re.findall(r"\w+", fold(query)))
