"""Candidate "unknown topic words" signals, measured out of fold on the dump of
scripts/topic_dump.py (dev only): each dev file held out in turn, the model fitted on the others
and its operating point chosen on the others alone (nested), as `tuning` reports.

    python scripts/topic_cv.py DUMP.pkl
"""

from __future__ import annotations

import math
import pickle
import sys
from collections.abc import Iterable, Sequence
from types import SimpleNamespace as NS

import numpy as np

from assist.answers import decide
from assist.evaluation import tuning
from assist.text.topic import CEILING, real, salience, zipf

SPECIFIC = 4.0  # below: a specific word (Zipf 4: once in 100,000 words)


def topic_values(words: Sequence[tuple[str, str]], unknown: Iterable[str],
                 held: Sequence[Iterable[str]]) -> dict[str, float]:
    """The signals of one question: `words` its content words as (surface, stem), `unknown`
    the stems the corpus lacks, `held` the question's stems each first result holds (best
    first)."""
    unknown = set(unknown)
    seen: dict[str, tuple[str, float]] = {}
    for surface, stem in words:  # one entry a stem: its most salient surface
        s = salience(surface)
        if stem not in seen or s > seen[stem][1]:
            seen[stem] = (surface, s)
    total = sum(s for _, s in seen.values()) or 1.0
    foreign = [s for stem, (_, s) in seen.items() if stem in unknown and s > 0]
    first = set(held[0]) if held else set()
    ranked = sorted(((s, stem) for stem, (_, s) in seen.items() if s > 0), reverse=True)

    def cover(stems: set[str]) -> float:
        return sum(s for stem, (_, s) in seen.items() if stem in stems) / total

    specific = [s for stem, (surface, s) in seen.items()
                if stem in unknown and s > 0 and zipf(surface) < SPECIFIC]
    return {
        "foreign": sum(foreign) / total,
        "foreign_sum": sum(foreign) / CEILING,
        "foreign_n4": math.log1p(len(specific)),
        "foreign_spec": sum(specific) / total,
        "foreign_max": max(foreign, default=0.0) / CEILING,
        "salient_top1": cover(first),
        "salient_cov": max((cover(set(h)) for h in held[:3]), default=0.0),
        "rarest_held": float(bool(ranked) and ranked[0][1] in first),
        "rarest2_held": (sum(stem in first for _, stem in ranked[:2]) / min(2, len(ranked))
                         if ranked else 0.0),
    }


def topic_signals(row: dict, vocab=None) -> dict[str, float]:
    """`topic_values` of a dumped row (scripts/topic_dump.py)."""
    return {**topic_values(row["tokens"], row["unknown"], [t["covered"] for t in row["top"]]),
            **word_values(row.get("words", []))}


def word_values(words: Sequence[tuple[str, float, float, float]]) -> dict[str, float]:
    """Signals of the question's content words as the late interaction reads them: each
    (word, best match among the first results' best passages, median match over the
    background sample, IDF weight), weighed by the word's salience in the language."""
    rows = [(salience(w) if real(w) else CEILING, found - usual, found)
            for w, found, usual, _ in words]
    if not rows:
        return {"salient_lift": 0.0, "topic_lift": 0.0, "topic_min2": 0.0, "topic_found": 0.0}
    total = sum(s for s, _, _ in rows) or 1.0
    ranked = sorted(rows, key=lambda r: -r[0])
    return {"salient_lift": sum(s * lift for s, lift, _ in rows) / total,
            "topic_lift": ranked[0][1],
            "topic_min2": min(lift for _, lift, _ in ranked[:2]),
            "topic_found": ranked[0][2]}


def shim(row: dict, values: dict) -> NS:
    query = NS(id=row["id"], off_topic=row["off"], kind=row["kind"],
               language=row.get("language", row["detected"]), detected=row["detected"],
               source=row["source"], judged=row.get("judged", {}), text=row["text"])
    decision = NS(features=values, named=row.get("named", ()))
    return NS(query=query, judged=NS(decision=decision, ranked=[]), row=row)


DENSE: dict = {}


def with_signals(row: dict, vocab) -> dict:
    values = dict(row["features"])
    if values:
        values.update(topic_signals(row, vocab))
        values.update(DENSE.get(row["text"], {}))
        for k in (1, 2, 3, 5):
            if f"topic_cos{k}" in values:
                values[f"tg{k}"] = values[f"topic_cos{k}"] - values[f"generic_cos{k}"]
    return values


def question_row(label, cands, groups, names, sizes=None):
    sizes = sizes or {}
    scored, nested = tuning.grouped_out_of_fold(cands, groups, names, **sizes)
    acted = tuning.answering(scored)

    def share(pick, want):
        v = [(p >= nested[c.query.id]) == want for c, p in acted if pick(c)]
        return 100 * float(np.mean(v)) if v else float("nan"), len(v)

    ins = share(lambda c: not c.query.off_topic, True)
    off = share(lambda c: c.query.off_topic, False)
    adj = share(lambda c: c.query.kind == "adjacent" and not c.row.get("list_file"), False)
    adjl = share(lambda c: c.row.get("list_file") and c.query.off_topic, False)
    prof_cov = share(lambda c: c.query.kind == "profile" and not c.query.off_topic, True)
    prof_unc = share(lambda c: c.query.kind == "profile" and c.query.off_topic, False)
    adj_auc = tuning.auc([(c, p) for c, p in scored if c.query.kind == "adjacent"
                          or (not c.query.off_topic and c.query.kind in ("need", "paraphrase"))])
    print(f"| {label} | {tuning.auc(scored):.4f} | {adj_auc:.4f} | {ins[0]:.1f} | {off[0]:.1f} | "
          f"**{min(ins[0], off[0]):.1f}** | {adj[0]:.1f} ({adj[1]}) | {adjl[0]:.1f} | "
          f"{prof_cov[0]:.1f} | {prof_unc[0]:.1f} |", flush=True)


def need_score(model, c) -> float:
    p = decide.probability(c.whole, model)
    best = max((decide.probability(f, model) for f in c.clause_values if f), default=None)
    return p if best is None else math.sqrt(p * best)


def need_held_out(items, names, sizes=None):
    def fitted(train):
        x, y = [c.whole for c in train], [int(not c.query.off_topic) for c in train]
        model = decide.fit(x, y, l2=tuning.NEED_L2, names=names)
        if sizes:
            model = {**model, **decide.boost(x, y, model, names, **sizes)}
        return model

    def grouped(train):
        out = []
        for source in sorted({c.query.source for c in train}):
            model = fitted([c for c in train if c.query.source != source])
            out += [(c, need_score(model, c)) for c in train if c.query.source == source]
        return out

    out = []
    for source in sorted({c.query.source for c in items}):
        train = [c for c in items if c.query.source != source]
        model, inner = fitted(train), grouped(train)
        out += tuning._at([(c, need_score(model, c)) for c in items if c.query.source == source],
                          tuning.need_point_of(inner), tuning.need_points(inner))
    return out


def names_of(base, extra):
    names = list(base)
    for part in extra.replace("-", "+-").split("+"):
        if part.startswith("-"):
            names.remove(part[1:])
        elif part:
            names.append(part)
    return tuple(names)


def need_row(label, items, names, sizes=None):
    rows = need_held_out(items, names, sizes)
    pauc = tuning.auc([(c, p) for c, p, _ in rows if c.query.kind == "profile"])
    prof = [x for x in rows if x[0].query.kind == "profile"]
    cov = [p >= th for c, p, th in prof if not c.query.off_topic]
    unc = [p < th for c, p, th in prof if c.query.off_topic]
    allc = [p >= th for c, p, th in rows if not c.query.off_topic]
    allu = [p < th for c, p, th in rows if c.query.off_topic]
    newest = tuning.NEED_PROFILES[-1]
    mine = [x for x in prof if x[0].query.source == newest]
    mc = [p >= th for c, p, th in mine if not c.query.off_topic]
    mu = [p < th for c, p, th in mine if c.query.off_topic]
    print(f"| {label} | {sum(cov)} / {len(cov)} | {sum(unc)} / {len(unc)} | "
          f"{sum(allc)} / {len(allc)} | {sum(allu)} / {len(allu)} | "
          f"{sum(mc)} / {len(mc)} | {sum(mu)} / {len(mu)} | {pauc:.4f} |", flush=True)


def main() -> None:
    data = pickle.load(open(sys.argv[1], "rb"))
    which = sys.argv[2] if len(sys.argv) > 2 else "both"
    extras = sys.argv[3].split(",") if len(sys.argv) > 3 else None
    vocab = data["vocab"]
    if len(sys.argv) > 4:
        DENSE.update(pickle.load(open(sys.argv[4], "rb")))
    cands = []
    for row in data["questions"]:
        c = shim(row, with_signals(row, vocab))
        cands.append(c)
    groups = {c.query.id: c.row["group"] for c in cands}
    base = tuple(n for n in decide.FEATURES if n != "salient")  # the 15 shipped signals
    candidates = extras or ["foreign", "foreign_max", "salient_top1", "salient_cov",
                            "rarest_held", "rarest2_held"]
    if which in ("both", "q"):
        print("| question model (each dev file held out, nested point) | AUC | AUC need+paraphrase vs adjacent | in-scope answered |"
              " declinable declined | lower | adjacent declined | adjacent lists declined |"
              " covered profiles answered | uncovered profiles declined |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        for extra in ["", *candidates]:
            extra, _, rounds = extra.partition("@")
            sizes = {"rounds": int(rounds)} if rounds else {}
            question_row(f"+ {extra or 'nothing'} {sizes or ''}", cands, groups,
                         names_of(base, extra), sizes)
    if which in ("both", "n"):
        items = []
        for row in data["needs"]:
            if not row["features"]:
                continue
            c = shim(row, {})
            c.whole = with_signals(row, vocab)
            c.clause_values = [with_signals(p, vocab) for p in row["parts"] if p["features"]]
            items.append(c)
        print()
        print("| need model | profiles covered answered | uncovered declined | all need items "
              "covered | uncovered | newest file covered | uncovered | profiles AUC |")
        print("|---|---|---|---|---|---|---|---|")
        for extra in ["", *candidates]:
            extra, _, rounds = extra.partition("@")
            sizes = {"rounds": int(rounds)} if rounds else None
            need_row(f"+ {extra or 'nothing'} {sizes or ''}", items,
                     names_of(decide.NEED_FEATURES, extra), sizes)


if __name__ == "__main__":
    main()
