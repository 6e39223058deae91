"""Assign the dev/test split of tests/eval/questions.jsonl, once, stratified by kind.

    python tests/eval/split_questions.py            # assigns queries that have no split yet
    python tests/eval/split_questions.py --check    # exit 1 if some query has no split

Queries that already have a split keep it: the split was drawn once (seed below) before any
system output was looked at, and re-drawing it would move queries someone tuned on into the
test split. New queries (a later batch, marked ``"batch": 2`` and so on) are drawn the same
way, kind by kind, among themselves.

Per kind, the unassigned ids are sorted, shuffled with ``random.Random(f"{SEED}:{kind}")``
and the first ``round(DEV_SHARE * n)`` go to dev, the rest to test. The 88 queries of the
first dev set (origin ``dev-v1``) were tuned on already: they are always dev.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

SEED = 20261130  # the day the split was drawn
DEV_SHARE = 0.45
PATH = Path(__file__).with_name("questions.jsonl")


def assign(records: list[dict]) -> int:
    """Give a split to every record that has none; returns how many were assigned."""
    todo: dict[str, list[dict]] = {}
    for rec in records:
        if rec.get("split"):
            continue
        if rec.get("origin") == "dev-v1":
            rec["split"] = "dev"
            continue
        todo.setdefault(rec["kind"], []).append(rec)
    assigned = 0
    for kind in sorted(todo):
        group = sorted(todo[kind], key=lambda r: r["id"])
        random.Random(f"{SEED}:{kind}").shuffle(group)
        n_dev = round(DEV_SHARE * len(group))
        for i, rec in enumerate(group):
            rec["split"] = "dev" if i < n_dev else "test"
            assigned += 1
    return assigned


def main(argv: list[str]) -> int:
    lines = [line for line in PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [json.loads(line) for line in lines]
    if "--check" in argv:
        missing = [r["id"] for r in records if r.get("split") not in ("dev", "test")]
        print(f"{len(missing)} queries without a split" + (f": {missing[:10]}" if missing else ""))
        return 1 if missing else 0
    n = assign(records)
    PATH.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    print(f"assigned {n} queries; seed {SEED}, dev share {DEV_SHARE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
