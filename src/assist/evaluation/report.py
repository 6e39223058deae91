"""The evaluation's text summary and its Markdown report (docs/EVALUATION.md)."""

from __future__ import annotations

import os
import platform
import time
from pathlib import Path

from assist.answers.decide import CLOSEST


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


def _f(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def headline_rows(split: dict) -> list[str]:
    """One row per way of answering: the figures the issue's targets name."""
    rows = ["| configuration | Recall@5 | nDCG@5 | MRR | in-scope answered | declined "
            "(adjacent, off-topic, nonsense) | paraphrase R@5 | list R@5 | nDCG@5 FR | "
            "nDCG@5 EN | closest offered (in scope / declinable) | relevant among the closest |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for name, m in split.items():
        if not isinstance(m, dict):
            continue
        kinds = m["kinds"]
        rows.append(f"| {name} | {_f(m['recall@5'])} | {_f(m['ndcg@5'])} | {_f(m['mrr'])} | "
                    f"{_pct(m['answered'])} | {_pct(m['declined'])} | "
                    f"{_f(kinds.get('paraphrase', {}).get('recall@5'))} | "
                    f"{_f(kinds.get('list', {}).get('recall@5'))} | "
                    f"{_f(m['ndcg@5 fr'])} | {_f(m['ndcg@5 en'])} | {_closest(m)} |")
    return rows


# The headline's columns an elected official reads on the About page (the others stay in
# docs/EVALUATION.md): header in the report -> key of its label in text/i18n.py.
READER_COLUMNS = {"Recall@5": "recall", "nDCG@5": "ndcg", "in-scope answered": "answered",
                  "declined (adjacent, off-topic, nonsense)": "declined",
                  "paraphrase R@5": "paraphrase", "list R@5": "lists",
                  "nDCG@5 FR": "ndcg_fr", "nDCG@5 EN": "ndcg_en"}
READER_ROWS = {"assistant": "assistant", "ranking only": "ranking", "today's rule": "rule",
               "bm25 alone": "bm25"}


def read_headline(markdown: str) -> list[dict[str, str]] | None:
    """The first table of an evaluation report (its headline, `headline_rows`), as rows
    {"row": key, <column key>: cell} for READER_ROWS and READER_COLUMNS; None when the
    first table is not a headline of this shape (a report written by another version)."""
    lines = []
    for line in markdown.splitlines():
        if line.startswith("|"):
            lines.append(line)
        elif lines:
            break
    if len(lines) < 3:
        return None
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    if header[0] != "configuration" or not set(READER_COLUMNS) <= set(header):
        return None
    rows = []
    for line in lines[2:]:
        cells = dict(zip(header, (cell.strip() for cell in line.strip("|").split("|"))))
        if cells.get("configuration") in READER_ROWS:
            rows.append({"row": READER_ROWS[cells["configuration"]]}
                        | {key: cells.get(name, "—") for name, key in READER_COLUMNS.items()})
    return rows or None


def _closest(m: dict) -> str:
    """The middle state's columns: only the assistant has one."""
    c = m.get("closest")
    if not c:
        return "— | —"
    return (f"{_pct(c['in_scope'])} / {_pct(c['declinable'])} | "
            f"{_pct(c['relevant_among'])} of {c['n']}")


def kind_rows(m: dict) -> list[str]:
    rows = ["| kind | questions judged | Recall@5 | nDCG@5 | MRR | answered | declined |",
            "|---|---|---|---|---|---|---|"]
    for kind, k in m["kinds"].items():
        rows.append(f"| {kind} | {k['n']} | {_f(k['recall@5'])} | {_f(k['ndcg@5'])} | "
                    f"{_f(k['mrr'])} | {_pct(k['answered'])} | {_pct(k['declined'])} |")
    return rows


def summary_text(results: dict) -> str:
    corpus = results["corpus"]
    lines = [f"{results['queries']} queries ({len(results['skipped'])} skipped); "
             f"{corpus['cases']} cases, {corpus['passages']} passages"]
    for name, split in results["splits"].items():
        lines += ["", f"== {name} split: {split['questions']} questions", ""]
        lines += headline_rows(split) + [""] + kind_rows(split["assistant"])
    for name, failures in results["failures"].items():
        if name == "test":  # counted, not listed: nothing is tuned on test failures
            lines += ["", f"{len(failures)} failures on the test split (not listed)"]
            continue
        lines += ["", f"{len(failures)} failures on the {name} split:"]
        lines += [f"  {f['id']} [{f['kind']}] {f['problem']} (p={f['confidence']}): "
                  f"{f['query']} -> {', '.join(f['top'])}" for f in failures]
    return "\n".join(lines)


def _sets(fitted: dict) -> str:
    """The query files a fit read, with how many dev questions each gave."""
    parts = fitted.get("of_which")
    if not parts:
        return f"`{fitted.get('file', '?')}`"
    return " and ".join(f"`{path}` ({n})" for path, n in parts.items())


def markdown(results: dict, path: str, split: str = "all") -> str:
    from assist.answers.decision_model import MODEL

    corpus = results["corpus"]
    splits = results["splits"]
    head = "test" if "test" in splits else next(iter(splits))
    fitted = MODEL.get("fitted_on", {})
    lines = [
        "# Retrieval evaluation", "",
        f"Headline: the **{head}** split ({splits[head]['questions']} questions), "
        "what people get (a declined question shows nothing and counts 0).", "",
        *headline_rows(splits[head]), "",
        f"- Command: `python -m assist eval {path} --split {split} --write docs/EVALUATION.md`"
        " (ASSIST_HOME holding the imported library export `data.csv`)",
        f"- Machine: {machine()}",
        f"- Date: {time.strftime('%Y-%m-%d %H:%M %Z')}",
        f"- Corpus: {corpus['cases']} cases ({corpus['imported_cases']} imported from the "
        f"library), {corpus['passages']} passages",
        f"- Questions: {results['queries']} ({len(results['skipped'])} skipped: they need the "
        "library and none is imported)",
        f"- Fitted numbers (ranking weights, decision, relative cut): on the "
        f"{fitted.get('split', '?')} split only, {fitted.get('questions', '?')} questions of "
        f"{_sets(fitted)}, {fitted.get('date', '?')} "
        f"(`{fitted.get('command', '?')}`); nothing was tuned on the test split.", "",
        "Rows: **assistant** is what `Assistant.ask` shows (one decision per question, then "
        "the results close to the best one); **ranking only** is its ranking with every "
        "question answered (top 5); **today's rule** is the rule before issue 10 (each "
        "result must clear a per-language fused-score or cosine threshold fitted on "
        "`tests/eval/dev.jsonl`); **bm25 alone** answers every question with BM25's top 5.",
        "Recall@5 and MRR count a result as relevant from grade 2; nDCG@5 uses every grade "
        "with gains 2^g − 1; they are over questions that have judgments and should be "
        "answered. Declined: share of adjacent, off-topic and nonsense questions that get "
        "\"nothing fits\". When the decision is unsure, the assistant says that no project "
        "clearly matches and offers the closest ones apart: that counts as **not answered** "
        "(no Recall, declined for a declinable question); **closest offered** is how often "
        "it happens (in-scope / declinable questions), **relevant among the closest** the "
        "share of those in-scope judged questions whose relevant result (grade 2 or more) is "
        f"among the {CLOSEST} offered.", "",
    ]
    for name, m in splits.items():
        lines += [f"## {name} split ({m['questions']} questions)", "", *headline_rows(m), "",
                  "Assistant, by kind of question:", "", *kind_rows(m["assistant"]), ""]
    cv = fitted.get("decision_cross_validated_dev")
    if cv:
        needs = fitted.get("profile_needs")
        extra = (f" and the {needs['covered'] + needs['uncovered']} dev needs of "
                 f"`{needs['file']}` ({needs['covered']} covered, {needs['uncovered']} that "
                 "nothing covers)" if needs else "")
        lines += ["## The decision, cross-validated on dev", "",
                  f"Fitted on {cv['folds'] - 1} folds of the dev questions{extra} and applied "
                  f"to the fifth, in turn: AUC {_f(cv.get('auc'))}, in-scope answered "
                  f"{_pct(cv['answered'])}, declinable declined {_pct(cv['declined'])}."]
        if "closest" in cv:
            band = cv["closest_offered"]
            lines += ["", f"Between a confidence of {cv['closest']} and {cv['threshold']} the "
                      "assistant says that no project clearly matches and offers the "
                      f"{CLOSEST} closest apart (counted as not answered above): "
                      f"{_pct(band['in_scope'])} of in-scope and {_pct(band['declinable'])} "
                      "of declinable dev questions, out of fold; the relevant result is among "
                      f"the closest for {_pct(cv.get('relevant_among_closest'))} of those "
                      "in scope."]
        grouped = fitted.get("decision_grouped_cross_validated_dev")
        if grouped and grouped.get("files"):
            nested = grouped["nested"]
            files = "; ".join(
                f"`{name}` {_pct(f['answered'])} / {_pct(f['declined'])}"
                for name, f in grouped["files"].items())
            lines += ["", "Grouped by file, the estimate for a new writer's questions: each "
                      "dev file held out in turn, the model fitted on the other files and its "
                      "threshold chosen on their own held-out probabilities: AUC "
                      f"{_f(grouped.get('auc'))}, in-scope answered "
                      f"{_pct(nested['answered'])}, declinable declined "
                      f"{_pct(nested['declined'])} (answered / declined by held-out file: "
                      f"{files})."]
        lines.append("")
    for name, failures in results["failures"].items():
        lines += [f"## Failures on the {name} split", ""]
        if name == "test":
            lines += [f"{len(failures)} questions (not listed here: the test split is for "
                      "measuring, not for tuning).", ""]
            continue
        lines += ["| id | kind | problem | confidence | question | top 3 (score) |",
                  "|---|---|---|---|---|---|"]
        lines += [f"| {f['id']} | {f['kind']} | {f['problem']} | {f['confidence']} | "
                  f"{f['query']} | {'<br>'.join(f['top'])} |" for f in failures]
        lines.append("")
    return "\n".join([EVAL_START, *lines, EVAL_END])


EVAL_START, EVAL_END = "<!-- eval:start -->", "<!-- eval:end -->"
