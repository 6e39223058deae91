"""The blind query set tests/eval/questions_blind.jsonl is well formed and every judgment resolves.

The set was written from the sources only, without running the assistant (see
tests/eval/README.md). It was read once as a blind set (2026-11-30 18:02 UTC) and is dev
material since: the decision and the ranking are fitted on it beside questions.jsonl's dev
split. These checks need no model or index: the keys are resolved with the code `assist eval` uses (`load_queries`, `resolve`) over the shipped corpus and the real
library export imported into a fresh store, so they run in about a second.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import evalsets
import pytest

from assist.evaluation.retrieval import DECLINE_KINDS, load_queries
from assist.retrieval.chunking import section_owners
from assist.text.analyser import fold

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "tests/eval/questions_blind.jsonl"
QUESTIONS = ROOT / "tests/eval/questions.jsonl"
# Minimum number of queries per kind (the brief of the blind set).
MINIMUM = {"need": 25, "paraphrase": 20, "english": 20, "fact": 12, "strategy": 15, "list": 12,
           "name": 10, "adjacent": 12, "offtopic": 8, "nonsense": 5}
OUT_OF_SCOPE = {"adjacent", "offtopic", "nonsense"}
CHECKED = {"adjacent", "offtopic"}  # kinds whose topic words were searched in every source
FIELDS = {"id", "query", "language", "kind", "split", "needs_library", "origin", "relevant"}
OPTIONAL = {"checked_words", "shared_words"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return evalsets.read_set(BLIND)


@pytest.fixture(scope="module")
def source_text(library_csv: Path) -> str:
    return evalsets.sources_text(library_csv)


def test_every_key_resolves(records, corpus, library_ids) -> None:
    assert evalsets.unresolved(records, corpus, library_ids) == []
    owners = {sid: case.id for sid, case in section_owners(corpus.documents, corpus.cases).items()}
    queries, skipped = load_queries(BLIND, library_ids, owners)
    assert skipped == [] and len(queries) == len(records)
    assert {q.split for q in queries} == {"dev"}  # read once at 18:02 UTC, dev material since
    assert {q.id for q in queries if q.off_topic} == {r["id"] for r in records
                                                      if r["kind"] in OUT_OF_SCOPE}
    assert OUT_OF_SCOPE <= DECLINE_KINDS


def test_without_the_library_only_library_questions_are_skipped(records) -> None:
    _, skipped = load_queries(BLIND, {})
    assert set(skipped) == {r["id"] for r in records if r["needs_library"]}


def test_fields_ids_and_vocabularies(records) -> None:
    assert [r["id"] for r in records] == [f"b{n:03d}" for n in range(1, len(records) + 1)]
    texts = Counter(" ".join(r["query"].split()).casefold() for r in records)
    assert [t for t, n in texts.items() if n > 1] == []
    for rec in records:
        assert FIELDS <= set(rec) <= FIELDS | OPTIONAL, rec["id"]
        assert rec["query"].strip(), rec["id"]
        assert rec["kind"] in MINIMUM, rec["id"]
        assert rec["language"] in ("fr", "en"), rec["id"]
        # Read once (2026-11-30 18:02 UTC, docs/EVALUATION_BLIND.md): dev material since then.
        assert rec["split"] == "dev", rec["id"]
        assert rec["origin"] == "blind-v1", rec["id"]
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
    assert len(records) >= 130
    assert sum(r["language"] == "en" for r in records if r["kind"] != "english") >= 10


def test_uncovered_topics_use_words_no_source_holds(records, source_text) -> None:
    """An adjacent or off-topic question's key words (and synonyms) occur in no source; the
    words it shares with the sources on purpose (a city, "météo") are listed apart and do."""
    found, missing = [], []
    for rec in records:
        if rec["kind"] not in CHECKED:
            continue
        assert rec["checked_words"], rec["id"]
        found += [(rec["id"], w) for w in rec["checked_words"] if evalsets.occurs(w, source_text)]
        missing += [(rec["id"], w) for w in rec.get("shared_words", []) if not evalsets.occurs(w, source_text)]
    assert found == [], "these topics may be covered now: judge them again"
    assert missing == []


def test_no_blind_query_repeats_one_of_the_query_set(records) -> None:
    """Written without looking at questions.jsonl's queries: none is repeated word for word."""
    known = {fold(json.loads(line)["query"]) for line in QUESTIONS.read_text(encoding="utf-8").splitlines()
             if line.strip()}
    assert [r["id"] for r in records if fold(r["query"]) in known] == []
