"""The evaluation's text summary and its Markdown report (docs/EVALUATION.md)."""

from __future__ import annotations

import os
import platform
import time
from pathlib import Path


def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model or platform.processor() or platform.machine()}, {os.cpu_count()} cores"


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.0f} %"


def config_rows(results: dict) -> list[str]:
    rows = ["| configuration | Recall@5 | MRR@10 | nDCG@5 | off-topic declined | "
            "in-scope answered |", "|---|---|---|---|---|---|"]
    for name, m in results["configs"].items():
        note = f" (cosine ≥ {m['threshold']})" if "threshold" in m else ""
        rows.append(f"| {name}{note} | {m['recall@5']:.3f} | {m['mrr']:.3f} | {m['ndcg@5']:.3f}"
                    f" | {_pct(m.get('declined'))} | {_pct(m.get('answered'))} |")
    return rows


def kind_rows(results: dict) -> list[str]:
    rows = ["| kind | queries | Recall@5 | MRR@10 | nDCG@5 | declined | answered |",
            "|---|---|---|---|---|---|---|"]
    for kind, m in results["kinds"].items():
        off = kind == "off-topic"
        rows.append(f"| {kind} | {m['n'] if not off else '—'} | "
                    + ("— | — | — |" if off else
                       f"{m['recall@5']:.3f} | {m['mrr']:.3f} | {m['ndcg@5']:.3f} |")
                    + f" {_pct(m['declined']) if off else '—'} |"
                    + f" {'—' if off else _pct(m['answered'])} |")
    return rows


def params_lines(results: dict) -> list[str]:
    grid, one = results["grid"], results["single_threshold"]
    lines = [f"Engine parameters used: `{_fmt(results['params'])}`.", "",
             f"One threshold for every language (the rule before `min_score_en`), placed just "
             f"above the best off-topic score: min_score={one['min_score']} declines "
             f"{_pct(one['declined'])} of off-topic queries and answers {_pct(one['answered'])}"
             " of the others.", "",
             f"Grid search: {grid['tried']} settings of weight × cos_floor × cos_ceiling × "
             "bm25_half; each gets the thresholds (per detected language) just above its best "
             "off-topic top score, so every off-topic query is declined; "
             f"{grid['feasible']} settings also answer at least 95 % of the other queries."]
    best = grid["best"]
    if best:
        what = "Best setting by nDCG@5" if best["feasible"] else (
            "No setting reaches 95 %; the one answering the most")
        lines += ["", f"{what}: `{_fmt(best['params'])}` — nDCG@5 {best['ndcg@5']:.3f}, "
                      f"in-scope answered {_pct(best['answered'])}."]
    return lines


def _fmt(params: dict) -> str:
    return ", ".join(f"{k}={v if v is None else round(v, 4)}" for k, v in params.items())


def summary_text(results: dict) -> str:
    corpus = results["corpus"]
    lines = [f"{results['queries']} queries ({len(results['skipped'])} skipped); "
             f"{corpus['cases']} cases, {corpus['passages']} passages", ""]
    lines += config_rows(results) + [""] + kind_rows(results) + [""] + params_lines(results)
    lines += ["", f"{len(results['failures'])} failures:"]
    lines += [f"  {f['id']} [{f['kind']}] {f['problem']}: {f['query']}"
              for f in results["failures"]]
    return "\n".join(lines)


def markdown(results: dict, path: str) -> str:
    corpus = results["corpus"]
    lines = [
        "# Retrieval evaluation", "",
        f"- Command: `python -m assist eval {path} --write docs/EVALUATION.md"
        f"{''.join(' --peer ' + p for p in results.get('peers', []))}` "
        "(ASSIST_HOME holding the imported library export `data.csv`)",
        f"- Machine: {machine()}",
        f"- Date: {time.strftime('%Y-%m-%d %H:%M %Z')}",
        f"- Corpus: {corpus['cases']} cases ({corpus['imported_cases']} imported from the "
        f"library), {corpus['passages']} passages",
        f"- Queries: {results['queries']} measured, {len(results['skipped'])} skipped "
        "(need the library, none imported)", "",
        "Recall@5 and MRR@10 count a result as relevant from grade 2 (clearly relevant); "
        "nDCG@5 uses all grades with gains 2^g − 1. Ranking metrics are over the queries "
        "that have judgments (off-topic ones have none). Abstention for hybrid is the engine's "
        "rule (a result answers when its fused score or its passage's re-centred cosine "
        "reaches the threshold of the question's language); for dense, a top-cosine "
        "threshold chosen on this same set, so that row is optimistic.", "",
        "## Configurations", "", *config_rows(results), "",
        "## Hybrid, by kind of query", "", *kind_rows(results), "",
        "## Tuned parameters", "", *params_lines(results), "",
        "## Failures (hybrid)", "",
        "| id | kind | problem | query | top 3 (score) |", "|---|---|---|---|---|",
    ]
    lines += [f"| {f['id']} | {f['kind']} | {f['problem']} | {f['query']} | "
              f"{'<br>'.join(f['top'])} |" for f in results["failures"]]
    if not results["failures"]:
        lines.append("| — | | | none | |")
    return "\n".join([EVAL_START, *lines, EVAL_END])


EVAL_START, EVAL_END = "<!-- eval:start -->", "<!-- eval:end -->"
