"""Cache what fit decides and ranks on for every dev need item (fit11 study, dev only).

    ASSIST_HOME=<home with the export imported> python scripts/fit_rank_cache.py OUT.pkl

For each dev need item `tuning.fit_need` fits on (the dev profiles of `tuning.NEED_PROFILES`,
the dev questions of kind need and adjacent): its signals, whole and clause by clause; for each
dev profile: its case ranking (the search, `POOL` deep) with each case's criteria judged, its
judgments, its musts. `scripts/fit_rank_cv.py` reads the cache.
"""

from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path

from assist import Assistant
from assist.answers.fit import POOL, judge
from assist.evaluation import tuning
from assist.evaluation.answering import judge_all
from assist.evaluation.fit import load_profiles
from assist.evaluation.retrieval import gather, library_ids, load_queries, section_owners

SOURCE = "tests/eval/questions.jsonl"


def main(out: str) -> None:
    t0 = time.time()
    assistant = Assistant.open()
    ids = library_ids(assistant)
    found, _ = load_queries(Path(SOURCE), ids, section_owners(assistant))
    dev = gather(assistant, [q for q in found if q.split == "dev"])
    dev += [c for cands in tuning.other_dev(assistant, SOURCE).values() for c in cands]
    needs = tuning.profile_needs(assistant, SOURCE, tuning.NEED_PROFILES)
    items = [c for c in dev if c.query.kind in tuning.NEED_KINDS] + needs
    rank = tuning.rank_params_of(assistant.model)
    judge_all(assistant, items, rank_params=rank, model=assistant.model)
    print(f"judged {len(items)} items in {time.time() - t0:.0f}s", file=sys.stderr)
    pairs = tuning.clause_parts(assistant, items, rank, assistant.model)
    print(f"judged {len(pairs)} clauses in {time.time() - t0:.0f}s", file=sys.stderr)
    rows = {}
    for c in items:
        ranked = [s for s in c.judged.ranked if s.group.kind == "case"][:POOL]
        rows[c.query.id] = {
            "id": c.query.id, "source": c.query.source, "kind": c.query.kind,
            "off_topic": c.query.off_topic, "detected": c.query.detected,
            "text": c.query.text, "features": dict(c.judged.decision.features),
            "ask_probability": c.judged.decision.probability,
            "cases": [(s.group.parent_id, s.score) for s in ranked],
            "clauses": [], "clause_cases": []}
    for owner, part in pairs:
        if part.judged.decision.features:
            row = rows[owner.query.id]
            row["clauses"].append(dict(part.judged.decision.features))
            row["clause_cases"].append([(s.group.parent_id, s.score) for s in part.judged.ranked
                                        if s.group.kind == "case"][:POOL])
    for name in tuning.NEED_PROFILES:
        path = Path(SOURCE).with_name(name)
        for p in load_profiles(path, ids, "dev"):
            row = rows.get(f"profile:{p['id']}")
            if row is None:
                continue
            checks = {}
            for case_id, _ in row["cases"]:
                case = assistant.case(case_id, p["audience"])
                if case is not None:
                    checks[case_id] = judge(case, p["profile"], p["audience"],
                                            p["profile"].language)
            row.update(judged=p["judged"], covered=p["covered"], must=p["profile"].must,
                       audience=p["audience"], checks=checks)
    with open(out, "wb") as f:
        pickle.dump({"rows": rows, "model": assistant.model,
                     "files": tuning.NEED_PROFILES}, f)
    print(f"{len(rows)} rows in {time.time() - t0:.0f}s", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
