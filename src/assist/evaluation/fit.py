"""Measure `Assistant.fit` on judged needs profiles, against plain `ask(need)` in the same run.

The profile set is JSON Lines, one profile a line, judged like `tests/eval/dev.jsonl`::

    {"id": "p01", "profile": {"need": "...", "coll_type": ["Commune"], "maturity": "deployed"},
     "audience": "public", "relevant": {"noisy-le-grand-recital": 3, "lib:RECITAL": 3}}

Three rankings per profile: ``fit`` (the product), ``search`` (the same candidate cases
ranked by their search score alone, i.e. ``w_crit = 0``) and ``ask`` (what `ask(need)` shows,
document passages and abstention included). A grid over ``w_crit`` shows how the weight of
the criteria was chosen. `assist eval-fit FILE --write-section docs/EVALUATION.md` replaces
only the text between ``<!-- fit:start -->`` and ``<!-- fit:end -->`` (appended when absent).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from assist.answers.fit import W_CRIT, NeedsProfile, candidates, rank
from assist.evaluation.docfile import replace_section
from assist.evaluation.report import machine
from assist.evaluation.retrieval import library_ids, ndcg_at, recall_at, resolve

START, END = "<!-- fit:start -->", "<!-- fit:end -->"
GRID = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
DEPTH = 10


def load_profiles(path: Path, ids: dict[str, str]) -> list[dict]:
    """Profiles with their judgments resolved to result ids; ValueError for an unknown key."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        raw = json.loads(line)
        judged = {}
        for key, grade in raw["relevant"].items():
            rid = resolve(key, ids)
            if rid is None:
                raise ValueError(f"{path}:{n}: {raw['id']} judges {key!r}, which matches no "
                                 "case (import the library export first)")
            judged[rid] = int(grade)
        out.append({"id": raw["id"], "profile": NeedsProfile.model_validate(raw["profile"]),
                    "audience": raw.get("audience", "public"), "judged": judged})
    return out


def _mean(rows: list[dict], key: str) -> float:
    return sum(r[key] for r in rows) / len(rows) if rows else 0.0


def measure(assistant, profiles: list[dict]) -> dict:
    """nDCG@5 and Recall@5 of fit, search-only and ask, per profile and on average."""
    rows, grid = [], {w: [] for w in GRID}
    for p in profiles:
        profile, audience, judged = p["profile"], p["audience"], p["judged"]
        pool, _, _ = candidates(assistant, profile, audience)
        fit_ids = [r.case.id for r in rank(assistant, profile, audience, W_CRIT, pool)][:DEPTH]
        for w in GRID:
            ids = [r.case.id for r in rank(assistant, profile, audience, w, pool)]
            grid[w].append(ndcg_at(ids, judged))
        search_ids = [r.case.id for r in rank(assistant, profile, audience, 0.0, pool)]
        text = profile.search_text()
        answer = assistant.ask(text, top_k=DEPTH, audience=audience) if text else None
        ask_ids = [r.id for r in answer.results] if answer else []
        row = {"id": p["id"], "profile": profile.need or "(criteria only)", "audience": audience}
        for name, ids in (("fit", fit_ids), ("search", search_ids), ("ask", ask_ids)):
            row[f"{name}_ndcg"] = ndcg_at(ids, judged)
            row[f"{name}_recall"] = recall_at(ids, judged)
        rows.append(row)
    means = {f"{n}_{m}": _mean(rows, f"{n}_{m}") for n in ("fit", "search", "ask")
             for m in ("ndcg", "recall")}
    return {"profiles": len(rows), "w_crit": W_CRIT, "rows": rows, "means": means,
            "grid": {str(w): sum(v) / len(v) if v else 0.0 for w, v in grid.items()}}


def section(results: dict, command: str) -> str:
    m = results["means"]
    lines = [START, "## Needs profiles (fit)", "",
             f"- Command: `{command}` (ASSIST_HOME holding the imported library export "
             "`data.csv`)",
             f"- Machine: {machine()}",
             f"- Date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC",
             f"- Profiles: {results['profiles']} judged needs profiles "
             "(`tests/eval/profiles.jsonl`), grades as in the dev set", "",
             "`fit` ranks the cases retrieved for the need by "
             f"`(1 − w) × search score + w × criteria met / asked`, w = {results['w_crit']}; "
             "`search` is the same candidates by search score alone (w = 0); `ask` is what "
             "`assist ask \"<need>\"` shows (document passages and abstention included).", "",
             "w was chosen on these same profiles (no held-out set), and the profiles were "
             "judged by the author of `fit`: read the fit row as optimistic.", "",
             "| ranking | nDCG@5 | Recall@5 |", "|---|---|---|"]
    for name in ("fit", "search", "ask"):
        lines.append(f"| {name} | {m[name + '_ndcg']:.3f} | {m[name + '_recall']:.3f} |")
    lines += ["", "Weight of the criteria (nDCG@5 of fit):", "",
              "| w | " + " | ".join(results["grid"]) + " |",
              "|---" * (len(results["grid"]) + 1) + "|",
              "| nDCG@5 | " + " | ".join(f"{v:.3f}" for v in results["grid"].values()) + " |",
              "", "| profile | need | audience | fit nDCG@5 | ask nDCG@5 |", "|---|---|---|---|---|"]
    for r in results["rows"]:
        lines.append(f"| {r['id']} | {r['profile']} | {r['audience']} | {r['fit_ndcg']:.3f} | "
                     f"{r['ask_ndcg']:.3f} |")
    return "\n".join([*lines, "", END])


def write_section(path: Path, text: str) -> None:
    """Replace the fit section of `path` (between its markers), or append it."""
    replace_section(path, START, END, text)


def run_eval_fit(path: Path, args) -> int:
    """`assist eval-fit FILE [--json] [--write-section MARKDOWN]`."""
    from assist.assistant import Assistant

    assistant = Assistant.open()
    results = measure(assistant, load_profiles(path, library_ids(assistant)))
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    else:
        m = results["means"]
        print(f"{results['profiles']} profiles — nDCG@5 fit {m['fit_ndcg']:.3f}, search "
              f"{m['search_ndcg']:.3f}, ask {m['ask_ndcg']:.3f}; Recall@5 fit "
              f"{m['fit_recall']:.3f}, ask {m['ask_recall']:.3f}")
        print("grid: " + ", ".join(f"w={w} {v:.3f}" for w, v in results["grid"].items()))
    if getattr(args, "write_section", None):
        command = f"python -m assist eval-fit {path} --write-section {args.write_section}"
        write_section(Path(args.write_section), section(results, command))
        print(f"section written to {args.write_section}", file=sys.stderr)
    return 0
