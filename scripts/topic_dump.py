"""Dump what the decision reads for every dev item (questions and need items, with clauses) to
a pickle, so that candidate signals can be measured out of fold without searching again.

    ASSIST_HOME=<home with the export imported> python scripts/topic_dump.py OUT.pkl

Dev only: the items `assist eval tests/eval/questions.jsonl --fit` fits on.
"""

from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path

import numpy as np

from assist import Assistant
from assist.evaluation import tuning
from assist.evaluation.answering import judge_all
from assist.evaluation.retrieval import gather, library_ids, load_queries, section_owners
from assist.retrieval import late as late_module
from assist.retrieval.ranking import asks_for_records
from assist.text.analyser import tokens

SOURCE = "tests/eval/questions.jsonl"
WORDS: dict[str, list] = {}
_measures = late_module.LateInteraction.measures


def _recording(self, question, idf, best, background):
    """`measures`, keeping each content word's best match among the first results and its
    median match over the background (the word lifts `word_lift` takes a quantile of)."""
    out = _measures(self, question, idf, best, background)
    content, states = self._content(question, idf)
    if best and background and content:
        found = self._words(question, content, states, best, self.passage)
        usual = self._words(question, content, states, background, self.kept)
        WORDS[question] = [(w, float(found[:, j].max()), float(np.median(usual[:, j])), weight)
                           for j, (w, _, weight) in enumerate(content)]
    return out


late_module.LateInteraction.measures = _recording


def raw(assistant, c_text: str, judged) -> dict:
    top = judged.ranked[:5]
    out = {"text": c_text, "features": dict(judged.decision.features),
           "probability": judged.decision.probability,
           "named": tuple(judged.decision.named), "state": judged.decision.state,
           "tokens": [(t.surface, t.stem) for t in tokens(c_text)],
           "stems": list(judged.terms.stems), "idf": dict(judged.terms.idf),
           "unknown": sorted(judged.terms.unknown),
           "top": [{"key": s.key, "kind": s.group.kind, "parent": s.group.parent_id,
                    "covered": list(s.covered), "score": s.score} for s in top],
           "records": asks_for_records(c_text), "words": WORDS.get(c_text, [])}
    # The first case's own record stems (the words its passages hold, not only the question's)
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
    judge_all(assistant, dev, rank_params=rank)
    questions = [{"id": c.query.id, "kind": c.query.kind, "off": c.query.off_topic,
                  "language": c.query.language, "detected": c.query.detected,
                  "source": c.query.source, "group": groups[c.query.id],
                  "judged": dict(c.query.judged), "list_file": groups[c.query.id].endswith(
                      "adjacent_lists.jsonl"),
                  **raw(assistant, c.query.text, c.judged)} for c in dev]
    print(f"questions {len(questions)} {time.time() - start:.0f}s", file=sys.stderr, flush=True)
    more = tuning.profile_needs(assistant, SOURCE, tuning.NEED_PROFILES[1:])
    items = [c for c in dev if c.query.kind in tuning.NEED_KINDS] + more
    judge_all(assistant, items, rank_params=rank, model=assistant.model)
    pairs = tuning.clause_parts(assistant, items, rank, assistant.model)
    need_rows = {}
    for c in items:
        need_rows[c.query.id] = {"id": c.query.id, "kind": c.query.kind, "off": c.query.off_topic,
                                 "detected": c.query.detected, "source": c.query.source,
                                 **raw(assistant, c.query.text, c.judged), "parts": []}
    for owner, part in pairs:
        if part.judged.decision.features:
            need_rows[owner.query.id]["parts"].append(raw(assistant, part.query.text,
                                                          part.judged))
    vocab = set(assistant.ranker._vocab) if getattr(assistant.ranker, "_vocab", None) else set()
    with open(sys.argv[1], "wb") as f:
        pickle.dump({"questions": questions, "needs": list(need_rows.values()),
                     "vocab": vocab, "model": assistant.model}, f)
    print(f"done {time.time() - start:.0f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
