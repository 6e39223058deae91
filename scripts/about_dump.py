"""Dump, for every dev question the decision is fitted on, what it reads (as
scripts/topic_dump.py does) plus what its first results are ABOUT and the dense vectors, so
that "topic against what the result is about" signals can be measured out of fold without
searching again (scripts/about_cv.py). Dev only; questions (no need clauses).

    ASSIST_HOME=<home with the export imported> python scripts/about_dump.py OUT.pkl

Per question: topic_dump's row, the first 10 results shown (key, kind, the question's stems
each holds, score, cosine), the question's embedding. Once: each result's "about" stems (a
case: its title, theme, sub-themes, the first sentence of its description, its audience;
a document section: its heading and its first passage's first sentence), every public
passage's vector and result key, the index's centre.
"""

from __future__ import annotations

import os
import pickle
import re
import sys
import time
from pathlib import Path

import numpy as np

from assist import Assistant
from assist.evaluation import tuning
from assist.evaluation.answering import judge_all
from assist.evaluation.retrieval import gather, library_ids, load_queries, section_owners
from assist.text.analyser import tokens

sys.path.insert(0, str(Path(__file__).parent))
import topic_dump  # noqa: E402 (its `measures` recording and its row)

SOURCE = "tests/eval/questions.jsonl"


def first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)[0] if text else ""


def stems(text: str) -> list[str]:
    return sorted({t.stem for t in tokens(text)})


def about(assistant) -> dict[str, dict[str, list[str]]]:
    """Each result's fields that say what it is about, as stems."""
    out: dict[str, dict[str, list[str]]] = {}
    for case_id, c in assistant._cases.items():
        out[case_id] = {"title": stems(c.nom_projet),
                        "themes": stems(" ".join([c.theme, *c.sous_theme])),
                        "audience": stems(" ".join(c.audience_service)),
                        "first": stems(first_sentence(c.usage_description)),
                        "description": stems(c.usage_description),
                        "organisation": stems(c.coll_nom)}
    p = assistant.index.passages
    chunks = assistant.index.chunks
    for pos in range(len(p.kind)):
        key, kind, _ = p.groups[p.group[pos]]
        if kind != "document":
            continue
        chunk = chunks[pos]
        entry = out.setdefault(key, {"title": stems(chunk.section), "themes": [],
                                     "audience": [], "first": [], "description": [],
                                     "organisation": []})
        if not entry["first"]:
            entry["first"] = stems(first_sentence(chunk.text))
        entry["description"] = sorted(set(entry["description"]) | set(stems(chunk.text)))
    return out


def main() -> None:
    start = time.time()
    assistant = Assistant.open()
    rank = tuning.rank_params_of(assistant.model)
    found, _ = load_queries(Path(SOURCE), library_ids(assistant), section_owners(assistant))
    own = gather(assistant, [q for q in found if q.split == "dev"])
    others = tuning.other_dev(assistant, SOURCE)
    needs = tuning.profile_needs(assistant, SOURCE)
    dev = own + [c for f in others.values() for c in f] + needs
    groups = tuning.source_groups(SOURCE, own, others, needs)
    if os.environ.get("ABOUT_EVERY"):  # a trial of the script: every n-th item
        dev = dev[::int(os.environ["ABOUT_EVERY"])]
    judge_all(assistant, dev, rank_params=rank)
    questions = []
    for c in dev:
        row = {"id": c.query.id, "kind": c.query.kind, "off": c.query.off_topic,
               "language": c.query.language, "detected": c.query.detected,
               "source": c.query.source, "group": groups[c.query.id],
               "judged": dict(c.query.judged),
               "list_file": groups[c.query.id].endswith("adjacent_lists.jsonl"),
               **topic_dump.raw(assistant, c.query.text, c.judged)}
        row["top10"] = [{"key": s.key, "kind": s.group.kind, "covered": list(s.covered),
                         "score": s.score, "cosine": s.cosine, "coverage": s.coverage,
                         "lexical": s.lexical} for s in c.judged.ranked[:10]]
        row["vector"] = (np.asarray(c.vector, dtype=np.float32).ravel()
                         if c.vector is not None else None)
        questions.append(row)
    print(f"questions {len(questions)} {time.time() - start:.0f}s", file=sys.stderr, flush=True)
    p = assistant.index.passages
    public = np.flatnonzero(~np.asarray(p.restricted, dtype=bool))
    vectors = np.stack([assistant.index.vectors.reconstruct(int(i)) for i in public])
    keys = [p.groups[p.group[i]][0] for i in public]
    with open(sys.argv[1], "wb") as f:
        pickle.dump({"questions": questions, "about": about(assistant),
                     "passage_vectors": vectors, "passage_keys": keys,
                     "passage_case": [bool(p.kind[i]) for i in public],
                     "centre": np.asarray(assistant.index.centre),
                     "case_centroids": assistant._case_centroids(),
                     "model": assistant.model}, f)
    print(f"done {time.time() - start:.0f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
