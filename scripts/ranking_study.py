"""Study of ranking variants, each dev file held out in turn (grouped cross-validation).

    ASSIST_HOME=<home with the export imported> python scripts/ranking_study.py [variant ...]

Reads the judged in-scope dev questions `assist eval --fit` fits the ranking on (questions.jsonl's
dev split and `tuning.DEV_SETS`), takes the ranking signals of every candidate result once
(`tuning._signals`, the late signal included), then for each variant changes the signals
(a changed cosine, an added column mixed in), fits the ranking's weights on the grid of
`tuning.GRID` on the other files and measures nDCG@5 / Recall@5 on the held-out file. The
variant's own parameter (a mixing weight) is one more grid dimension, chosen on the other
files too. Dev only: the test split is never read.
"""

from __future__ import annotations

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
from assist.retrieval.index import recentre
from assist.retrieval.ranking import RankParams

SOURCE = "tests/eval/questions.jsonl"
CACHE = Path("/var/tmp/answers7-study3.pkl")


def collect(assistant):
    found, _ = load_queries(Path(SOURCE), library_ids(assistant), section_owners(assistant))
    own = gather(assistant, [q for q in found if q.split == "dev"])
    others = tuning.other_dev(assistant, SOURCE)
    groups = tuning.source_groups(SOURCE, own, others, [])
    dev = own + [c for f in others.values() for c in f]
    judged = [c for c in dev if c.query.judged and not c.query.off_topic]
    judge_all(assistant, judged, rank_params=RankParams())
    rows = []
    for c in judged:
        x, keys = tuning._signals(assistant, c)
        hits = {s.group.key: [(h.position, h.cosine) for h in s.group.hits]
                for s in c.judged.ranked}
        rows.append({"id": c.query.id, "text": c.query.text, "kind": c.query.kind,
                     "language": c.query.language, "judged": c.query.judged,
                     "file": groups[c.query.id], "vector": c.vector, "x": x, "keys": keys,
                     "hits": hits, "records": bool(x[:, 5].any()) or
                     tuning.asks_for_records(c.query.text)})
    return rows


class Q:  # what `tuning._quality` reads of a question
    def __init__(self, judged):
        self.query = type("query", (), {"judged": judged})()


def quality(rows, xs, grid):
    return tuning._quality([(x, r["keys"]) for x, r in zip(xs, rows)],
                           [Q(r["judged"]) for r in rows], grid)


def grouped(rows, ndcg, recall):
    """Each file held out: the column of best mean nDCG+Recall on the other files."""
    files = np.array([r["file"] for r in rows])
    out_n, out_r = np.zeros(len(rows)), np.zeros(len(rows))
    chosen = {}
    for f in sorted(set(files)):
        train = files != f
        best = int(np.argmax((ndcg[train] + recall[train]).mean(axis=0)))
        out_n[~train], out_r[~train] = ndcg[~train, best], recall[~train, best]
        chosen[f] = best
    return out_n, out_r, chosen


def report(label, rows, out_n, out_r, extra=""):
    files = np.array([r["file"] for r in rows])
    kinds = np.array([r["kind"] for r in rows])
    langs = np.array([r["language"] for r in rows])
    parts = [f"{out_n.mean():.4f}/{out_r.mean():.4f}"]
    for f in sorted(set(files)):
        m = files == f
        parts.append(f"{f.replace('questions', 'q').replace('.jsonl', '')} {out_n[m].mean():.3f}")
    for k in ("paraphrase", "need", "list", "english"):
        m = kinds == k
        parts.append(f"{k} {out_n[m].mean():.3f}/{out_r[m].mean():.3f}")
    for lang in ("fr", "en"):
        parts.append(f"{lang} {out_n[langs == lang].mean():.3f}")
    print(f"{label:40s} " + " | ".join(parts) + extra, flush=True)


# -- variants ------------------------------------------------------------------------------

def group_max(rows, scores_of):
    """Per row, per result: the max over its candidate passages of scores_of(row)[position]."""
    out = []
    for r in rows:
        s = scores_of(r)
        out.append(np.array([max(s[p] for p, _ in r["hits"][k]) if r["hits"].get(k) else 0.0
                             for k in r["keys"]]))
    return out


_CLAUSE = re.compile(r"(?<=[.?!;:])\s+|\s*[;:]\s*|,\s+(?:et|mais|car|alors que|sans|and|but)\s+|"
                     r"\s+(?:mais|alors que|but|while)\s+")


def clauses(text: str, min_words: int = 3) -> list[str]:
    parts = [p.strip(" ,.;:?!") for p in _CLAUSE.split(text)]
    return [p for p in parts if len(p.split()) >= min_words]


STUDY = {"semantic": (0.5,), "coverage": (0.05, 0.15, 0.3), "lexical": (0.3, 0.5),
         "name": (0.1, 0.25), "kind": (0.05, 0.15), "document_penalty": (0.1, 0.2),
         "cos_floor": (0.2,), "cos_ceiling": (0.5, 0.6), "late": (0.0, 4.0, 8.0, 12.0, 16.0),
         "hub": (0.0,)}


def study_grid(**more):
    """A smaller grid around the shipped weights (the full one: `full`)."""
    import itertools
    axes = {**STUDY, **more}
    return [RankParams(**dict(zip(axes, v))) for v in itertools.product(*axes.values())]


def mixed(base, new_cos, lambdas):
    """One table of signals per weight in `lambdas`: each question's cosine column (0) mixed
    with `new_cos` (its new cosine per result), `(1 - lam) * old + lam * new`."""
    tables = []
    for lam in lambdas:
        t = []
        for x, c in zip(base, new_cos):
            x = x.copy()
            x[:, 0] = (1 - lam) * x[:, 0] + lam * c
            t.append(x)
        tables.append(t)
    return tables


def main(names):
    if CACHE.exists():
        rows, V = pickle.loads(CACHE.read_bytes())
        assistant = None
    else:
        t = time.time()
        assistant = Assistant.open()
        rows = collect(assistant)
        V = assistant.index.vectors.reconstruct_n(0, assistant.index.vectors.ntotal)
        for r in rows:
            r["q"] = recentre(r["vector"], assistant.index.centre).ravel()
        CACHE.write_bytes(pickle.dumps((rows, V)))
        print(f"collected {len(rows)} in {time.time() - t:.0f} s", flush=True)
    grid = tuning._grid() if "full" in names else study_grid()
    print(len(rows), "questions,", len(grid), "weightings", flush=True)
    base = [r["x"] for r in rows]

    def run(label, tables):
        t = time.time()
        qs = [quality(rows, xs, grid) for xs in tables]
        ndcg = np.concatenate([q[0] for q in qs], axis=1)
        recall = np.concatenate([q[1] for q in qs], axis=1)
        out_n, out_r, chosen = grouped(rows, ndcg, recall)
        which = {f: (c // len(grid), grid[c % len(grid)].late, grid[c % len(grid)].hub)
                 for f, c in chosen.items()}
        report(label, rows, out_n, out_r, f"  chosen {sorted(set(which.values()))}"
               f" ({time.time() - t:.0f} s)")
        return out_n, out_r

    if "base" in names:
        run("base (shipped signals)", [base])
    key_positions: dict[str, set[int]] = {}
    for r in rows:
        for k, hs in r["hits"].items():
            key_positions.setdefault(k, set()).update(p for p, _ in hs)
    if "hubvar" in names:
        from assist.retrieval import hubs as hubs_module
        owner_key = {}
        for k, ps in key_positions.items():
            for p in ps:
                owner_key[p] = k
        public = np.array(sorted(owner_key))
        for size, depth in ((256, 200), (1024, 200), (1024, 10_000), (256, 10_000), (128, 200),
                            (512, 100)):
            picked = hubs_module.sample(public, size)
            sims = V[picked] @ V[public].T
            near = []
            for row in sims:
                top = np.argsort(-row)[:depth]
                near.append([(owner_key[int(public[j])], float(row[j])) for j in top])
            h = hubs_module.measure([owner_key[p] for p in picked], near)
            t = []
            for r, x in zip(rows, base):
                x = x.copy()
                x[:, 7] = [h.of(k) for k in r["keys"]]
                t.append(x)
            grid = study_grid(hub=(0.0, 0.25, 0.5, 0.75, 1.0))
            run(f"hub sample {size} depth {depth}", [t])
            grid = study_grid()
    if "hubprod" in names:
        grid = study_grid(hub=(0.0, 0.5, 0.75))
        run("hub prior as shipped (0, .5, .75)", [base])
        grid = study_grid(hub=(0.0, 0.25, 0.5, 0.75, 1.0))
        run("hub prior as shipped (0 .. 1)", [base])
        grid = study_grid()
    if "npasshub" in names:
        n = {k: np.log(len(ps)) for k, ps in key_positions.items()}
        prior = [np.array([n.get(k, 0.0) for k in r["keys"]]) for r in rows]
        tables = []
        for a in (0.0, 0.01, 0.02, 0.04):
            tables.append([np.column_stack([x[:, 0] - a * p, x[:, 1:]])
                           for x, p in zip(base, prior)])
        grid = study_grid(hub=(0.0, 0.5, 0.75))
        run("npass prior on top of the hub prior", tables)
        grid = study_grid()
    if "clauseshub" in names:
        names = [*names, "clauses"]
        grid = study_grid(hub=(0.0, 0.5, 0.75))
    if "npass" in names:
        # a result's prior: the log of its number of passages (max over many passages favours
        # the records with many)
        n = {k: np.log(len(ps)) for k, ps in key_positions.items()}
        prior = [np.array([n.get(k, 0.0) for k in r["keys"]]) for r in rows]
        tables = []
        for a in (0.0, 0.01, 0.02, 0.04, 0.06):
            tables.append([np.column_stack([x[:, 0] - a * p, x[:, 1:]])
                           for x, p in zip(base, prior)])
        run("npass prior (0, .01, .02, .04, .06)", tables)
    if "hub" in names or "hubz" in names:
        # a result's hubness: mean over the passages of other results of the best cosine
        # between them and its passages
        keys = sorted(key_positions)
        owner = np.full(len(V), -1)
        for i, k in enumerate(keys):
            owner[sorted(key_positions[k])] = i
        sims = V @ V.T
        hub = {}
        for i, k in enumerate(keys):
            ps = sorted(key_positions[k])
            best = sims[:, ps].max(axis=1)
            others = (owner != i) & (owner >= 0)
            hub[k] = float(best[others].mean())
        mean = float(np.mean(list(hub.values())))
        prior = [np.array([hub.get(k, mean) - mean for k in r["keys"]]) for r in rows]
        print("hub spread", np.percentile(list(hub.values()), [0, 25, 50, 75, 100]))
        tables = []
        for a in (0.0, 0.25, 0.5, 1.0, 1.5):
            tables.append([np.column_stack([x[:, 0] - a * p, x[:, 1:]])
                           for x, p in zip(base, prior)])
        run("hub prior (0, .25, .5, 1, 1.5)", tables)
        # the same from a sample of pseudo-queries, each searched (top 200 passages: a
        # passage beyond counts as the 200th's cosine), as the assistant would compute it
        for size in (32, 64, 128, 256):
            rng = np.random.default_rng(0)
            sample = rng.choice(np.flatnonzero(owner >= 0), size=min(size, int((owner >= 0).sum())),
                                replace=False)
            acc = np.zeros(len(keys))
            for s in sample:
                row = sims[s]
                top = np.argsort(-row)[:200]
                floor = row[top[-1]]
                best = np.full(len(keys), floor)
                for p in top:
                    if owner[p] >= 0 and owner[p] != owner[s]:
                        best[owner[p]] = max(best[owner[p]], row[p])
                best[owner[s]] = np.nan
                acc += np.nan_to_num(best, nan=0.0)
            counts = np.array([size - np.sum(owner[sample] == i) for i in range(len(keys))])
            h = acc / np.maximum(counts, 1)
            hubs = dict(zip(keys, h))
            m = float(h.mean())
            prior = [np.array([hubs.get(k, m) - m for k in r["keys"]]) for r in rows]
            tables = []
            for a in (0.0, 0.25, 0.5, 0.75, 1.0):
                tables.append([np.column_stack([x[:, 0] - a * p, x[:, 1:]])
                               for x, p in zip(base, prior)])
            run(f"hub sampled {size} (0, .25, .5, .75, 1)", tables)
    if "centroid" in names:
        # case-level vector: mean of the result's passages' vectors, every passage it has
        key_pos: dict[str, list[int]] = {}
        for r in rows:
            for k, hs in r["hits"].items():
                key_pos.setdefault(k, set()).update(p for p, _ in hs)
        cent = {}
        for k, ps in key_pos.items():
            m = V[sorted(ps)].mean(axis=0)
            cent[k] = m / (np.linalg.norm(m) or 1)
        ccos = [np.array([float(cent[k] @ r["q"]) if k in cent else 0.0 for k in r["keys"]])
                for r in rows]
        run("centroid mix", mixed(base, ccos, (0.0, 0.25, 0.5)))
    for name in names:
        if name.startswith("prf:"):
            # prf:k:beta  Rocchio on the dense top-k passages
            _, k, beta = name.split(":")
            k, beta = int(k), float(beta)
            new = []
            for r in rows:
                sims = V @ r["q"]
                top = np.argsort(-sims)[:k]
                q2 = r["q"] + beta * V[top].mean(axis=0)
                q2 /= np.linalg.norm(q2)
                r["_s"] = V @ q2
            new = group_max(rows, lambda r: r["_s"])
            run(f"prf dense top{k} beta{beta} mix", mixed(base, new, (0.0, 0.5, 1.0)))
        if name.startswith("prfrank"):
            # Rocchio on the first k results of the shipped ranking (their best passages)
            _, k, beta = name.split(":")
            k, beta = int(k), float(beta)
            p = RankParams(**{**RankParams().__dict__, **dict(
                semantic=0.5, coverage=0.05, lexical=0.5, name=0.25, kind=0.15,
                document_penalty=0.1, late=16.0)})
            for r in rows:
                sc = tuning._scores(r["x"], [p])[:, 0]
                firsts = [r["keys"][i] for i in np.argsort(-sc, kind="stable")[:k]]
                pos = [max(r["hits"][key], key=lambda h: h[1])[0] for key in firsts]
                q2 = r["q"] + beta * V[pos].mean(axis=0)
                q2 /= np.linalg.norm(q2)
                r["_s"] = V @ q2
            new = group_max(rows, lambda r: r["_s"])
            run(f"prf ranking top{k} beta{beta} mix", mixed(base, new, (0.0, 0.5, 1.0)))
    if "clauses" in names or "clausesmax" in names:
        if assistant is None:
            assistant = Assistant.open()
        texts = {r["id"]: clauses(r["text"]) for r in rows}
        many = {i: c for i, c in texts.items() if len(c) >= 2}
        print(f"{len(many)} questions with 2+ clauses", flush=True)
        flat = [c for cs in many.values() for c in cs]
        vecs = assistant.embedder.queries(flat)
        vecs = recentre(vecs, assistant.index.centre)
        at, agg_mean, agg_max = 0, [], []
        for r in rows:
            cs = many.get(r["id"])
            if not cs:
                agg_mean.append(r["x"][:, 0])
                agg_max.append(r["x"][:, 0])
                continue
            vs = vecs[at:at + len(cs)]
            at += len(cs)
            per = [group_max([r], lambda _r, v=v: V @ v)[0] for v in vs]
            agg_mean.append(np.mean(per, axis=0))
            agg_max.append(np.maximum(r["x"][:, 0], np.max(per, axis=0)))
        run("clauses mean mix", mixed(base, agg_mean, (0.0, 0.25, 0.5)))
        run("clauses max(full, clause) mix", mixed(base, agg_max, (0.0, 0.5, 1.0)))


if __name__ == "__main__":
    main(sys.argv[1:] or ["base"])
