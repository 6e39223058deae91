"""Measure `Assistant.fit` on judged needs profiles, beside plain `ask(need)` and the search
score alone, in the same run, on one split of the set.

The profile set is JSON Lines, one profile a line (``tests/eval/README.md``)::

    {"id": "f08", "profile": {"need": "...", "coll_type": ["Région"], "maturity": "deployed"},
     "must": ["maturity"], "audience": "public", "covered": true, "split": "test",
     "relevant": {"lib:PEP-BIOccIA": 3}}

Three rankings per profile: ``fit`` (the product: the need decided first, "must" criteria
excluding, criteria re-ranking among the projects that address the need, in proportion to
their need score), ``search`` (the
cases the need retrieves, by their search score alone: no decision, no criteria) and ``ask``
(what `ask(need)` shows, documents and abstention included). On covered needs: nDCG@5 and
Recall@5; on uncovered needs: how many each declines; on every profile: how many shown
projects break a "must" criterion (`fit`'s closest projects, offered apart, count too).

`assist eval-fit FILE --split dev|test [--write-section docs/EVALUATION.md]`: tune on dev, report
test. The grid over the criteria's weight is only printed for the dev split; the section
replaces the text between ``<!-- fit:start -->`` and ``<!-- fit:end -->`` (appended when absent).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from assist.answers.compose import clean_question
from assist.answers.fit import (
    RATIO,
    UNCLEAR_CLOSEST,
    W_CRIT,
    WEAK_BAND,
    NeedsProfile,
    decide_need,
    judge,
    need_point,
    plan,
    violated,
)
from assist.evaluation.docfile import replace_section
from assist.evaluation.report import machine
from assist.evaluation.retrieval import library_ids, ndcg_at, recall_at, resolve


def markers(split: str) -> tuple[str, str]:
    """The section's markers: one section per split (test is the headline, dev shows the
    grid the weights were chosen on)."""
    name = "fit" if split == "all" else f"fit-{split}"
    return f"<!-- {name}:start -->", f"<!-- {name}:end -->"
GRID_W = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)
GRID_RATIO = (0.3, 0.4, 0.5, 0.6, 0.7)
K = 5
RANKINGS = ("fit", "search", "ask")


def load_profiles(path: Path, ids: dict[str, str], split: str = "all") -> list[dict]:
    """Profiles of `split` (``"dev"``, ``"test"`` or ``"all"``) with their judgments resolved
    to result ids and their "must" criteria in the profile; ValueError for an unknown key."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        raw = json.loads(line)
        if split != "all" and raw.get("split") != split:
            continue
        judged = {}
        for key, grade in raw["relevant"].items():
            rid = resolve(key, ids)
            if rid is None:
                raise ValueError(f"{path}:{n}: {raw['id']} judges {key!r}, which matches no "
                                 "case (import the library export first)")
            judged[rid] = int(grade)
        profile = NeedsProfile.model_validate({**raw["profile"], "must": raw.get("must", [])})
        out.append({"id": raw["id"], "profile": profile, "judged": judged,
                    "audience": raw.get("audience", "public"),
                    "covered": bool(raw.get("covered", bool(judged)))})
    return out


def _broken(assistant, profile: NeedsProfile, audience: str, ids: list[str]) -> int:
    """How many of the cases `ids` break a "must" criterion of `profile`."""
    count = 0
    for case_id in ids:
        case = assistant.case(case_id, audience)
        if case is not None and violated(judge(case, profile, audience)):
            count += 1
    return count


def measure(assistant, profiles: list[dict], grid: bool = False) -> dict:
    """Per profile and in total: the three rankings' metrics, declines and must violations;
    with `grid`, nDCG@5 of fit on covered needs for each weight and ratio."""
    rows = []
    cells = {(w, r): [] for w in GRID_W for r in GRID_RATIO} if grid else {}
    for p in profiles:
        profile, audience, judged = p["profile"], p["audience"], p["judged"]
        text, _, language = clean_question(profile.search_text())
        decision = (decide_need(assistant, text, language, audience)
                    if profile.need.strip() else None)
        made = plan(assistant, profile, audience, decision=decision)
        shown = {"fit": [r.case.id for r in made.results[:K]],
                 "search": [cid for cid, _, _ in decision.cases[:K]] if decision else
                 [c.id for c in assistant.cases(audience=audience)][:K]}
        answer = assistant.ask(text, top_k=K, audience=audience) if text.strip() else None
        shown["ask"] = [r.id for r in answer.results if r.kind == "case"] if answer else []
        closest = [r.case.id for r in made.closest]
        state = decision.state if decision else "answered"
        row = {"id": p["id"], "need": profile.need or "(criteria only)", "audience": audience,
               "covered": p["covered"], "must": profile.must, "fit_ids": shown["fit"],
               "closest": closest, "excluded": made.excluded, "state": state,
               "confidence": decision.confidence if decision else None,
               # the weak-fit notice: answered, but close to the decision's threshold
               "weak": bool(decision and decision.addressed and decision.weak)}
        # What the user sees in the middle state ("no project clearly addresses this need",
        # the closest offered "to check"): counted apart, never as fit's answer. Declined
        # outright, the closest are offered as "not addressing this need": nothing counts.
        offered = closest if state == "closest" else []
        row["fit_closest_ndcg"] = (ndcg_at(shown["fit"] or offered, judged, K)
                                   if p["covered"] else None)
        row["fit_closest_recall"] = (recall_at(shown["fit"] or offered, judged, K)
                                     if p["covered"] else None)
        for name in RANKINGS:
            ids = shown[name]
            row[f"{name}_ndcg"] = ndcg_at(ids, judged, K) if p["covered"] else None
            row[f"{name}_recall"] = recall_at(ids, judged, K) if p["covered"] else None
            row[f"{name}_declined"] = not ids
            extra = closest if name == "fit" else []
            row[f"{name}_violations"] = _broken(assistant, profile, audience, ids + extra)
        rows.append(row)
        if grid and p["covered"]:
            for w, r in cells:
                ids = [x.case.id for x in plan(assistant, profile, audience, w, r,
                                               decision).results[:K]]
                cells[(w, r)].append(ndcg_at(ids, judged, K))
    decision = ("the question-level decision of `ask` (`answers/decide.py`)"
                if getattr(assistant, "judge", None) else
                "the per-result threshold rule `ask` used before the question-level decision")
    point = need_point(assistant.model) if getattr(assistant, "model", None) else None
    if point is not None and (assistant.model.get("need") or {}):
        which = ("the need's own model (`MODEL[\"need\"][\"model\"]`: a logistic model over "
                 "`answers/decide.NEED_FEATURES`, fitted on dev needs only; a need of "
                 "several clauses scored on the whole need and its best clause, "
                 "`answers/fit.need_probability`)"
                 if assistant.model["need"].get("model") else
                 "the model of `ask`'s question-level decision (`answers/decide.py`)")
        english = need_point(assistant.model, "en")
        own = (f", English needs from {english['threshold']}"
               if english["threshold"] != point["threshold"] else "")
        decision = (f"{which} at the operating point fitted for needs on dev "
                    f"(`MODEL[\"need\"]`: answered from {point['threshold']}{own}, "
                    f"the closest offered from {point['closest']}; questions: "
                    f"{assistant.model['threshold']})")
    need = (getattr(assistant, "model", None) or {}).get("need") or {}
    need_cv = need.get("cross_validated_dev") if grid else None
    return {"profiles": len(rows), "w_crit": W_CRIT, "ratio": RATIO, "rows": rows,
            "decision": decision, "need_cv": need_cv,
            "need_grouped": need.get("grouped_cross_validated_dev") if grid else None,
            "means": summary(rows),
            "grid": {f"{w}|{r}": sum(v) / len(v) for (w, r), v in cells.items() if v}}


def summary(rows: list[dict]) -> dict:
    covered = [r for r in rows if r["covered"]]
    uncovered = [r for r in rows if not r["covered"]]
    out = {"covered": len(covered), "uncovered": len(uncovered)}
    for name in RANKINGS:
        for metric in ("ndcg", "recall"):
            values = [r[f"{name}_{metric}"] for r in covered]
            out[f"{name}_{metric}"] = sum(values) / len(values) if values else 0.0
        out[f"{name}_declined_uncovered"] = sum(r[f"{name}_declined"] for r in uncovered)
        out[f"{name}_declined_covered"] = sum(r[f"{name}_declined"] for r in covered)
        out[f"{name}_violations"] = sum(r[f"{name}_violations"] for r in rows)
    out["fit_weak_covered"] = sum(r["weak"] for r in covered)
    out["fit_weak_uncovered"] = sum(r["weak"] for r in uncovered)
    for metric in ("ndcg", "recall"):
        values = [r.get(f"fit_closest_{metric}") or 0.0 for r in covered]
        out[f"fit_closest_{metric}"] = sum(values) / len(values) if values else 0.0
    # The middle state: how many needs of each kind get "no project clearly addresses this
    # need" with the closest "to check", and, for covered ones, how often a relevant project
    # (grade 2 or more) is among them.
    out["fit_unclear_covered"] = sum(r.get("state") == "closest" for r in covered)
    out["fit_unclear_covered_hit"] = sum(r.get("state") == "closest"
                                         and (r.get("fit_closest_recall") or 0) > 0
                                         for r in covered)
    out["fit_unclear_uncovered"] = sum(r.get("state") == "closest" for r in uncovered)
    return out


def summary_text(results: dict, split: str) -> str:
    m = results["means"]
    lines = [f"{results['profiles']} profiles ({split}): {m['covered']} covered, "
             f"{m['uncovered']} uncovered; decision: {results['decision']}"]
    for name in RANKINGS:
        lines.append(f"  {name:6} nDCG@5 {m[name + '_ndcg']:.3f}  Recall@5 "
                     f"{m[name + '_recall']:.3f}  uncovered declined "
                     f"{m[name + '_declined_uncovered']}/{m['uncovered']}  covered declined "
                     f"{m[name + '_declined_covered']}/{m['covered']}  must violations "
                     f"{m[name + '_violations']}")
    lines.append(f"  weak-fit notice: {m['fit_weak_covered']}/{m['covered']} covered, "
                 f"{m['fit_weak_uncovered']}/{m['uncovered']} uncovered")
    lines.append(f"  middle state (closest to check): {m['fit_unclear_covered']}/{m['covered']}"
                 f" covered ({m['fit_unclear_covered_hit']} with a relevant one among them), "
                 f"{m['fit_unclear_uncovered']}/{m['uncovered']} uncovered; fit with the "
                 f"closest counted: nDCG@5 {m['fit_closest_ndcg']:.3f}  Recall@5 "
                 f"{m['fit_closest_recall']:.3f}")
    if results["grid"]:
        lines.append("grid (w|ratio: nDCG@5 of fit on covered needs): " + ", ".join(
            f"{k} {v:.3f}" for k, v in results["grid"].items()))
    return "\n".join(lines)


def section(results: dict, command: str, split: str,
            source: str = "tests/eval/profiles_v2.jsonl") -> str:
    m = results["means"]
    start, end = markers(split)
    title = {"test": "held-out test split", "dev": "dev split, where the weights were chosen",
             "all": "every profile"}[split]
    lines = [start, f"## Needs profiles (fit), {title}", "",
             f"- Command: `{command}` (ASSIST_HOME holding the imported library export "
             "`data.csv`)",
             f"- Machine: {machine()}",
             f"- Date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC",
             f"- Profiles: the **{split}** split of `{source}`: "
             f"{results['profiles']} profiles, {m['covered']} needs the catalogue covers and "
             f"{m['uncovered']} it does not (written from the sources by someone else than the "
             "author of `fit`; `tests/eval/README.md`)", "",
             "`fit` decides first whether the catalogue addresses the need (on the signals of "
             "the decision `ask` makes, at the need's own operating point, named below), keeps "
             "the case results whose need score is at least "
             f"{results['ratio']} of the best one's, drops those a \"must\" criterion excludes, "
             "and re-ranks the rest by `need × (1 − w + w × criteria met / asked)`, need = need "
             f"score / best, w = {results['w_crit']}. `search` is the cases the need retrieves, by their search "
             "score alone (no decision, no criteria); `ask` is what `assist ask \"<need>\"` shows "
             "(its project records). w and the ratio were chosen on the dev split only.", "",
             f"Decision on the need in this run: {results['decision']}.", "",
             "| ranking | nDCG@5 (covered) | Recall@5 (covered) | uncovered needs declined | "
             "covered needs declined | shown projects breaking a \"must\" |",
             "|---|---|---|---|---|---|"]
    for name in RANKINGS:
        lines.append(f"| {name} | {m[name + '_ndcg']:.3f} | {m[name + '_recall']:.3f} | "
                     f"{m[name + '_declined_uncovered']} / {m['uncovered']} | "
                     f"{m[name + '_declined_covered']} / {m['covered']} | "
                     f"{m[name + '_violations']} |")
    # Just below fit's row (before search and ask): what the user sees, the middle state's
    # closest counted.
    lines.insert(len(lines) - (len(RANKINGS) - 1),
                 f"| fit, the closest counted | {m['fit_closest_ndcg']:.3f} | "
                 f"{m['fit_closest_recall']:.3f} | — | — | — |")
    lines += ["", "The weak-fit notice (answered, the decision's probability less than "
              f"{WEAK_BAND} above the need's threshold) showed on {m['fit_weak_covered']} of "
              f"{m['covered']} covered needs and {m['fit_weak_uncovered']} of {m['uncovered']} "
              "uncovered ones that were not declined.", "",
              "The middle state (\"no project clearly addresses this need\", the "
              f"{UNCLEAR_CLOSEST} closest offered apart \"to check\") counts as declined in the rows above: 0 for a "
              "covered need, declined for one nobody covers, since it says no project clearly "
              f"addresses the need. It was given to {m['fit_unclear_covered']} of "
              f"{m['covered']} covered needs ({m['fit_unclear_covered_hit']} with a relevant "
              "project among the closest) and to "
              f"{m['fit_unclear_uncovered']} of {m['uncovered']} uncovered ones. **fit, the "
              "closest counted** scores a covered need in the middle state by the closest it "
              "offers (what the user sees there, below an honest notice); a need declined "
              "outright still counts 0.", ""]
    if split == "test":
        # Read in aggregate only: per-profile lines would invite tuning on the test split.
        lines.append("Per-profile lines are left out of the test split: it is read in aggregate.")
        return "\n".join([*lines, "", end])
    lines += ["| profile | need | covered | must | fit nDCG@5 | ask nDCG@5 | fit shows |",
              "|---|---|---|---|---|---|---|"]
    for r in results["rows"]:
        shows = (", ".join(r["fit_ids"]) if r["fit_ids"] else
                 ("not clear; to check: " if r.get("state") == "closest" else
                  "declined; closest: ") + (", ".join(r["closest"]) or "none"))
        lines.append(f"| {r['id']} | {r['need'].replace('|', '/')} | "
                     f"{'yes' if r['covered'] else 'no'} | {', '.join(r['must']) or '—'} | "
                     f"{_f(r['fit_ndcg'])} | {_f(r['ask_ndcg'])} | {shows} |")
    if cv := results.get("need_cv"):
        lines += ["", "The need's operating point (`assist eval --fit`, "
                  "`evaluation/tuning.fit_need`), chosen on dev needs with one file held out at "
                  f"a time: {cv['items']} dev needs ({cv['covered']} covered, "
                  f"{cv['uncovered']} that nothing covers: the dev profiles' needs of "
                  "`profiles_v2.jsonl`, `profiles_dev.jsonl` and `profiles_blind.jsonl` to "
                  "`profiles_blind6.jsonl`, the dev questions of kind need and "
                  "adjacent). On random folds (by id), at the chosen points: "
                  f"{cv['answered']:.1%} of covered ones answered and {cv['declined']:.1%} of "
                  f"the others declined (profiles only: {cv['profiles']['answered']:.1%} of "
                  f"{cv['profiles']['covered']} and {cv['profiles']['declined']:.1%} of "
                  f"{cv['profiles']['uncovered']}); AUC {cv['auc']}."]
        if grouped := results.get("need_grouped"):
            lines += ["", "Each file held out in turn (the model fitted on the other files, the "
                      "points chosen on their own held-out probabilities: an unseen writer's "
                      "set, as the next blind set will be):", "",
                      "| held-out file | covered answered | uncovered declined | middle state "
                      "(covered / uncovered) | fit nDCG@5 / R@5 (covered profiles) | "
                      "the closest counted |", "|---|---|---|---|---|---|"]
            for name, f in [*grouped["by file"].items(), ("all", grouped["all"])]:
                pr = f["profiles"]
                lines.append(
                    f"| {name} | {_share(f['answered'], f['covered'])} | "
                    f"{_share(f['declined'], f['uncovered'])} | {pr['covered_closest_count']} / "
                    f"{pr['uncovered_closest_count']} | "
                    + (f"{pr['ndcg@5']:.3f} / {pr['recall@5']:.3f} | "
                       f"{pr['ndcg@5 closest counted']:.3f} |" if pr["covered"] else "— | — |"))
        lines += ["", "Random folds, one threshold for every need item:", "",
                  "| need threshold | covered answered | uncovered declined |",
                  "|---|---|---|"]
        lines += [f"| {th} | {a:.3f} | {d:.3f} |"
                  for th, (a, d) in cv["curve (threshold: answered, declined)"].items()]
    if results["grid"]:
        lines += ["", "Chosen on this split: nDCG@5 of fit on covered needs for each weight w "
                  "of the criteria (rows) and share of the best need score (columns).", "",
                  "| w \\ ratio | " + " | ".join(str(r) for r in GRID_RATIO) + " |",
                  "|---" * (len(GRID_RATIO) + 1) + "|"]
        for w in GRID_W:
            lines.append(f"| {w} | " + " | ".join(f"{results['grid'][f'{w}|{r}']:.3f}"
                                                 for r in GRID_RATIO) + " |")
    return "\n".join([*lines, "", end])


def _share(x: float, n: int) -> str:
    return f"{x:.1%} of {n}" if n else "—"


def _f(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def write_section(path: Path, text: str, split: str = "all") -> None:
    """Replace the fit section of `split` in `path` (between its markers), or append it."""
    replace_section(path, *markers(split), text)


def run_eval_fit(path: Path, args) -> int:
    """`assist eval-fit FILE [--split dev|test|all] [--json] [--write-section MARKDOWN]`."""
    from assist.assistant import Assistant

    split = getattr(args, "split", "all") or "all"
    assistant = Assistant.open()
    profiles = load_profiles(path, library_ids(assistant), split)
    results = measure(assistant, profiles, grid=split == "dev")
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    else:
        print(summary_text(results, split))
    if getattr(args, "write_section", None):
        command = (f"python -m assist eval-fit {path} --split {split} "
                   f"--write-section {args.write_section}")
        write_section(Path(args.write_section), section(results, command, split, str(path)),
                      split)
        print(f"section written to {args.write_section}", file=sys.stderr)
    return 0
