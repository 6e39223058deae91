"""The dense side of the topic: each dumped dev item's most salient words alone
(`text.topic.salience`), embedded and searched among the passages; the best cosine kept by
text (scripts/topic_dump.py's pickle in, a pickle of {text: values} out). Dev only.

    ASSIST_HOME=... python scripts/topic_dense.py DUMP.pkl OUT.pkl
"""

from __future__ import annotations

import pickle
import sys

import numpy as np

from assist import Assistant
from assist.retrieval.index import recentre
from assist.text.topic import real, salience

TOPIC_WORDS = 3


def topic_text(tokens: list[tuple[str, str]], n: int = TOPIC_WORDS, reverse: bool = True) -> str:
    seen: dict[str, tuple[str, float]] = {}
    for surface, stem in tokens:
        s = salience(surface) if real(surface) else 0.0
        if s > 0 and (stem not in seen or s > seen[stem][1]):
            seen[stem] = (surface, s)
    ranked = sorted(seen.values(), key=lambda x: -x[1] if reverse else x[1])
    return " ".join(w for w, _ in ranked[:n])


def main() -> None:
    data = pickle.load(open(sys.argv[1], "rb"))
    assistant = Assistant.open()
    rows = list(data["questions"]) + list(data["needs"])
    rows += [p for r in data["needs"] for p in r["parts"]]
    texts = sorted({r["text"] for r in rows})
    by_text = {r["text"]: r for r in rows}
    searcher = assistant.searcher
    allowed = searcher.mask("public", {})
    out = {}
    for k in (1, 2, 3, 5):
        wanted = {t: topic_text(by_text[t]["tokens"], k) for t in texts}
        generic = {t: topic_text(by_text[t]["tokens"], k, reverse=False) for t in texts}
        strings = sorted({s for s in (*wanted.values(), *generic.values()) if s})
        vectors = assistant.embedder.queries(strings)
        best = {}
        for s, v in zip(strings, vectors):
            found = searcher.nearest(recentre(np.asarray(v).reshape(1, -1),
                                              searcher.index.centre), allowed)[0]
            best[s] = max(found.values(), default=0.0)
        for t in texts:
            out.setdefault(t, {})[f"topic_cos{k}"] = best.get(wanted[t], 0.0)
            out[t][f"generic_cos{k}"] = best.get(generic[t], 0.0)
        print(k, len(strings), file=sys.stderr, flush=True)
    pickle.dump(out, open(sys.argv[2], "wb"))


if __name__ == "__main__":
    main()
