"""Embed each dumped dev question's most salient words alone (`text.topic.salience`: 1, 2, 3
words), so that scripts/about_cv.py can read how close the question's TOPIC is to its first
result and to the catalogue (dev only; scripts/about_dump.py's pickle in, {text: {k: vector}}
out; as scripts/topic_dense.py, for the question model).

    ASSIST_HOME=... python scripts/about_dense.py DUMP.pkl OUT.pkl
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import numpy as np

from assist import Assistant

sys.path.insert(0, str(Path(__file__).parent))
from topic_dense import topic_text  # noqa: E402


def main() -> None:
    data = pickle.load(open(sys.argv[1], "rb"))
    assistant = Assistant.open()
    rows = [r for r in data["questions"] if r["features"]]
    wanted = {(r["text"], k): topic_text(r["tokens"], k) for r in rows for k in (1, 2, 3)}
    strings = sorted({s for s in wanted.values() if s})
    vectors = dict(zip(strings, (np.asarray(v, dtype=np.float32)
                                 for v in assistant.embedder.queries(strings))))
    out: dict[str, dict[int, np.ndarray]] = {}
    for (text, k), s in wanted.items():
        if s:
            out.setdefault(text, {})[k] = vectors[s]
    pickle.dump(out, open(sys.argv[2], "wb"))
    print(len(strings), file=sys.stderr)


if __name__ == "__main__":
    main()
