"""Candidate "what the question is about against what its results are about" signals, each dev
file held out in turn (nested operating point, as `tuning` reports) and on random folds, over
the dump of scripts/about_dump.py (dev only; decide11, docs/EVALUATION.md, eleventh pass).

    python scripts/about_cv.py DUMP.pkl [extra,extra,...] [DENSE.pkl of scripts/about_dense.py]

An extra is a signal name added to the shipped 16 (`decide.FEATURES`), "a+b" several, "-a"
one removed; "@50" after it: that many trees.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import numpy as np

from assist.answers import decide
from assist.evaluation import tuning
from assist.text.topic import CEILING, salience

sys.path.insert(0, str(Path(__file__).parent))
from topic_cv import names_of, shim  # noqa: E402

ABOUT = ("title", "themes", "first")


def _seen(row: dict) -> dict[str, float]:
    """The question's content stems with their salience (the most salient surface), as
    `topic.salient_cover` weighs them."""
    seen: dict[str, float] = {}
    for surface, stem in row["tokens"]:
        if stem in row["idf"]:
            seen[stem] = max(seen.get(stem, 0.0), salience(surface))
    return seen


def about_signals(row: dict, data: dict, topics: set[str]) -> dict[str, float]:
    seen = _seen(row)
    total = sum(seen.values())
    about = data["about"]
    top = row["top10"]

    def cover(stems) -> float:
        stems = set(stems)
        return sum(s for st, s in seen.items() if st in stems) / total if total else 0.0

    def fields(key: str, names=ABOUT) -> set[str]:
        entry = about.get(key, {})
        return {s for n in names for s in entry.get(n, [])}

    keys = [t["key"] for t in top]
    v: dict[str, float] = {}
    v["about1"] = cover(fields(keys[0])) if keys else 0.0
    v["about3"] = max((cover(fields(k)) for k in keys[:3]), default=0.0)
    v["title1"] = cover(fields(keys[0], ("title",))) if keys else 0.0
    v["title3"] = max((cover(fields(k, ("title",))) for k in keys[:3]), default=0.0)
    v["desc1"] = cover(fields(keys[0], ("title", "themes", "description"))) if keys else 0.0
    v["desc3"] = max((cover(fields(k, ("title", "themes", "description"))) for k in keys[:3]),
                     default=0.0)
    held = [set(t["covered"]) for t in top[:5]]
    v["same5"] = max((cover(h) for h in held), default=0.0)
    v["union5"] = cover(set().union(*held)) if held else 0.0
    v["scatter"] = v["union5"] - v["same5"]
    # The catalogue's topics at all: the question's salience that some record's about fields
    # hold (not tied to the results), and the most salient word no record is about.
    v["topic_any"] = cover(topics)
    missing = [s for st, s in seen.items() if st not in topics]
    v["topic_missing"] = max(missing, default=0.0) / CEILING
    ranked = sorted(seen.items(), key=lambda x: -x[1])
    v["top_about1"] = float(bool(ranked) and bool(keys) and ranked[0][0] in fields(keys[0]))
    v["top_about3"] = float(bool(ranked) and any(ranked[0][0] in fields(k) for k in keys[:3]))
    v["top2_about3"] = (max((sum(st in fields(k) for st, _ in ranked[:2]) for k in keys[:3]),
                            default=0) / min(2, len(ranked)) if ranked else 0.0)
    # Dense contrasts.
    q = row.get("vector")
    if q is not None:
        centre = data["centre"]
        qc = q - centre
        qc = qc / (np.linalg.norm(qc) or 1.0)
        cos = data["passage_vectors"] @ qc
        v["central"] = float(q @ centre / (np.linalg.norm(centre) or 1.0))
        v["pz"] = float((cos.max() - cos.mean()) / (cos.std() or 1.0))
        v["pgap"] = float(cos.max() - np.quantile(cos, 0.9))
        cent = data["_centroid_matrix"]
        cc = cent @ qc
        v["cz"] = float((cc.max() - cc.mean()) / (cc.std() or 1.0))
        v["cgap"] = float(np.sort(cc)[-1] - np.sort(cc)[-2])
        best_key = data["passage_keys"][int(np.argmax(cos))]
        v["dense_first"] = float(bool(keys) and best_key == keys[0])
        first_rows = data["_rows_of"].get(keys[0]) if keys else None
        # What the first result is about as a whole (the mean of its passages' vectors)
        # against the passage it is met by.
        mean = data["_means"].get(keys[0]) if keys else None
        v["cfirst"] = float(mean @ qc) if mean is not None else 0.0
        v["cfirst_gap"] = float(cos[first_rows].max() - v["cfirst"]) if first_rows else 0.0
        v["cfirst_rel"] = v["cfirst"] - float(cc.max())
        dense = DENSE.get(row["text"], {})
        if DENSE:  # no salient word: no topic to embed
            v.update({f"{n}{k}": 0.0 for n in ("tbest", "tfirst", "tgap", "tmean")
                      for k in (1, 2, 3)})
        for k, tv in dense.items():
            tc = tv - centre
            tc = tc / (np.linalg.norm(tc) or 1.0)
            tcos = data["passage_vectors"] @ tc
            v[f"tbest{k}"] = float(tcos.max())
            v[f"tfirst{k}"] = float(tcos[first_rows].max()) if first_rows else 0.0
            v[f"tgap{k}"] = v[f"tbest{k}"] - v[f"tfirst{k}"]
            v[f"tmean{k}"] = float(mean @ tc) if mean is not None else 0.0
        v["first_cos_gap"] = float(cos.max() - cos[first_rows].max()) if first_rows else 0.3
    if q is not None and ABOUTVEC:
        qn = q / (np.linalg.norm(q) or 1.0)
        for f in ("desc", "tf", "title"):
            sims = ABOUTVEC[f] @ qn
            top2 = np.sort(sims)[-2:]
            v[f"q{f}_max"] = float(top2[-1])
            v[f"q{f}_mean"] = float(sims.mean())
            v[f"q{f}_z"] = float((top2[-1] - sims.mean()) / (sims.std() or 1.0))
            v[f"q{f}_gap"] = float(top2[-1] - top2[-2])
            v[f"q{f}_top5"] = float(top2[-1] - np.sort(sims)[-5:].mean())
            # As the assistant can read it at any catalogue size: the best over the first
            # 10 results' cases (not every case), against the mean and spread over all.
            among = [sims[ABOUTVEC["row"][k]] for k in keys if k in ABOUTVEC["row"]]
            v[f"q{f}_z10"] = float((max(among, default=sims.mean()) - sims.mean())
                                   / (sims.std() or 1.0))
            v[f"q{f}_first"] = float(sims[ABOUTVEC["row"][keys[0]]]) if keys and \
                keys[0] in ABOUTVEC["row"] else float(sims.mean())
    # Top results' agreement: how many of the first 5 are within 0.8 of the best score.
    scores = [t["score"] for t in top[:5]]
    v["close5"] = (sum(s >= 0.8 * scores[0] for s in scores) / 5) if scores and scores[0] > 0 \
        else 0.0
    return v


def prepare(data: dict) -> None:
    names = sorted(data["case_centroids"])
    data["_centroid_matrix"] = np.stack([data["case_centroids"][n] for n in names])
    rows: dict[str, list[int]] = {}
    for i, k in enumerate(data["passage_keys"]):
        rows.setdefault(k, []).append(i)
    data["_rows_of"] = rows
    means = {}
    for k, r in rows.items():
        m = data["passage_vectors"][r].mean(axis=0)
        means[k] = m / (np.linalg.norm(m) or 1.0)
    data["_means"] = means


DENSE: dict = {}
ABOUTVEC: dict = {}


def report(label: str, cands, groups, names, sizes) -> None:
    scored, nested = tuning.grouped_out_of_fold(cands, groups, names, **sizes)
    acted = tuning.answering(scored)

    def share(pick, want, pairs=acted, th=lambda c: nested[c.query.id]):
        v = [(p >= th(c)) == want for c, p in pairs if pick(c)]
        return 100 * float(np.mean(v)) if v else float("nan")

    ins = share(lambda c: not c.query.off_topic, True)
    off = share(lambda c: c.query.off_topic, False)
    adj = share(lambda c: c.query.kind == "adjacent" and not c.row.get("list_file"), False)
    adjl = share(lambda c: bool(c.row.get("list_file")), False)
    unrel = share(lambda c: c.query.kind in tuning.UNRELATED_KINDS, False)
    need = share(lambda c: c.query.kind == "need" and not c.query.off_topic, True)
    para = share(lambda c: c.query.kind == "paraphrase", True)
    strat = share(lambda c: c.query.kind == "strategy", True)
    adj_auc = tuning.auc([(c, p) for c, p in scored if c.query.kind == "adjacent"
                          or (not c.query.off_topic and c.query.kind in ("need", "paraphrase"))])
    # Random folds (5, by id), the threshold chosen on their own probabilities.
    rnd = tuning.features_out_of_fold(cands, 5, names, **sizes)
    th = tuning.fit_threshold(rnd)
    racted = tuning.answering(rnd)
    rins = share(lambda c: not c.query.off_topic, True, racted, lambda c: th)
    roff = share(lambda c: c.query.off_topic, False, racted, lambda c: th)
    radj = share(lambda c: c.query.kind == "adjacent" and not c.row.get("list_file"), False,
                 racted, lambda c: th)
    print(f"| {label} | {tuning.auc(scored):.4f} | {adj_auc:.4f} | {ins:.1f} | {off:.1f} | "
          f"**{min(ins, off):.1f}** | {adj:.1f} | {adjl:.1f} | {unrel:.1f} | {need:.1f} | "
          f"{para:.1f} | {strat:.1f} | {tuning.auc(rnd):.4f} | {rins:.1f} | {roff:.1f} | {radj:.1f} |",
          flush=True)


def main() -> None:
    data = pickle.load(open(sys.argv[1], "rb"))
    extras = sys.argv[2].split(",") if len(sys.argv) > 2 else [""]
    prepare(data)
    if len(sys.argv) > 3:
        DENSE.update(pickle.load(open(sys.argv[3], "rb")))
    if len(sys.argv) > 4:
        ABOUTVEC.update(pickle.load(open(sys.argv[4], "rb")))
        ABOUTVEC["row"] = {k: i for i, k in enumerate(ABOUTVEC["ids"])}
    # Only the records' own about fields (cases) count as the catalogue's topics.
    topics = {s for k, entry in data["about"].items() if k in data["case_centroids"]
              for n in ABOUT for s in entry.get(n, [])}
    cands = []
    for row in data["questions"]:
        values = dict(row["features"])
        if values:
            values.update(about_signals(row, data, topics))
        cands.append(shim(row, values))
    groups = {c.query.id: c.row["group"] for c in cands}
    n_adj = sum(c.query.kind == "adjacent" and not c.row.get("list_file") for c in cands)
    print(f"{len(cands)} items, {sum(not c.query.off_topic for c in cands)} in scope, "
          f"{sum(c.query.off_topic for c in cands)} declinable, {n_adj} adjacent (not lists), "
          f"{len(set(groups.values()))} files", flush=True)
    print("| signals | grouped AUC | AUC need+paraphrase vs adjacent | in-scope answered | "
          "declinable declined | lower | adjacent declined | adjacent lists declined | "
          "off-topic+nonsense declined | needs answered | paraphrases answered | "
          "random AUC | random answered | random declined | random adjacent declined |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for extra in extras:
        extra, _, rounds = extra.partition("@")
        sizes = {"rounds": int(rounds)} if rounds else {}
        report(f"+ {extra or 'nothing'} {sizes or ''}".strip(), cands, groups,
               names_of(decide.FEATURES, extra), sizes)


if __name__ == "__main__":
    main()
