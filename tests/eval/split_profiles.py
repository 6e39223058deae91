"""Split the judged needs profiles into dev and test, once, with a fixed seed.

    python tests/eval/split_profiles.py [tests/eval/profiles_v2.jsonl]

Stratified on `covered` (needs the catalogue covers / needs nobody covers): within each
stratum the profiles still without a split are ordered by id, shuffled with
``random.Random(SEED)`` and the first ``round(DEV_SHARE * n)`` go to dev, the rest to test.
A profile that already has a split keeps it: running the script again changes nothing, so
the split cannot drift after figures have been seen. Profiles added later are split among
themselves the same way.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

SEED = 20261130  # the day the split was made; never change it once figures exist
DEV_SHARE = 0.45
DEFAULT = Path(__file__).with_name("profiles_v2.jsonl")


def split(profiles: list[dict], seed: int = SEED, dev_share: float = DEV_SHARE) -> list[dict]:
    """The profiles with `split` set on those that had none (stratified on `covered`)."""
    rng = random.Random(seed)
    for covered in (True, False):
        todo = sorted((p for p in profiles if p["covered"] is covered and not p.get("split")),
                      key=lambda p: p["id"])
        rng.shuffle(todo)
        n_dev = round(dev_share * len(todo))
        for n, profile in enumerate(todo):
            profile["split"] = "dev" if n < n_dev else "test"
    return profiles


def main(path: Path) -> int:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    split(lines)
    path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in lines),
                    encoding="utf-8")
    for covered in (True, False):
        group = [p for p in lines if p["covered"] is covered]
        dev = sum(p["split"] == "dev" for p in group)
        print(f"covered={covered}: {dev} dev, {len(group) - dev} test")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
