"""Bounded load test on 127.0.0.1: N visitors asking questions for a fixed time.

    PYTHONPATH=src python scripts/load_test.py [--visitors 8] [--seconds 120] [--home DIR]
                                               [--write docs/RELIABILITY.md]

What is loaded, exactly:
- a real `streamlit run app.py` server (subprocess, 127.0.0.1, a free port) over the same
  ASSIST_HOME; every visitor fetches its health endpoint (`/_stcore/health`) and its page
  (`/`) at each turn. Streamlit's questions travel over a websocket whose protocol is
  internal, so the questions themselves are not sent through it;
- the `Assistant` the app's pages call (`assist.ui.runtime` holds one per server, shared by
  every session), opened once in this process and called by N threads at once, as the
  server's sessions do. The answer cache is turned off, so every question is searched.

Questions: the judged dev set (`tests/eval/dev.jsonl`), each with a top_k from 1 to 10.
Errors are any exception, an answer that is neither cited results nor an abstention, or an
HTTP status other than 200. Figures go to stdout (JSON) and, with --write, to a section of
docs/RELIABILITY.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LIBRARY = REPO.parent / "shared" / "library" / "data.csv"
START, END = "<!-- load-test: written by scripts/load_test.py -->", "<!-- /load-test -->"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str) -> tuple[int, float]:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=30) as response:
        response.read()
        return response.status, time.perf_counter() - started


def start_server(home: Path, port: int) -> subprocess.Popen:
    env = dict(os.environ, ASSIST_HOME=str(home),
               PYTHONPATH=os.pathsep.join(filter(None, [str(REPO / "src"),
                                                        os.environ.get("PYTHONPATH")])))
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(REPO / "app.py"),
         "--server.headless=true", "--server.address=127.0.0.1", f"--server.port={port}",
         "--browser.gatherUsageStats=false"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            if get(f"http://127.0.0.1:{port}/_stcore/health")[0] == 200:
                return server
        except OSError:
            time.sleep(1)
    server.terminate()
    raise SystemExit("the streamlit server did not answer its health check within 300 s")


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


class NothingKept(dict):
    """An answer cache that keeps nothing (the load test times searching, not the cache)."""

    def __setitem__(self, key, value) -> None:
        pass


def run(visitors: int, seconds: float, home: Path, command: str) -> dict:
    from assist.assistant import Assistant
    from assist.config import Settings
    from assist.models import Answer

    questions = [json.loads(line)["query"] for line in
                 (REPO / "tests/eval/dev.jsonl").read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    assistant = Assistant.open(Settings.from_env(home=home))
    assistant._answers = NothingKept()  # every question searched, none served from cache
    assistant.ask("eau")  # warm-up, as the app's runtime does
    port = free_port()
    server = start_server(home, port)
    base = f"http://127.0.0.1:{port}"
    asks: list[float] = []
    pages: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    load_before = os.getloadavg()
    deadline = time.monotonic() + seconds

    def visitor(number: int) -> None:
        turn = number
        while time.monotonic() < deadline:
            question = questions[turn % len(questions)]
            top_k = 1 + turn % 10
            turn += visitors
            try:
                for path in ("/_stcore/health", "/"):
                    status, took = get(base + path)
                    with lock:
                        pages.append(took)
                        if status != 200:
                            errors.append(f"HTTP {status} on {path}")
                started = time.perf_counter()
                answer = assistant.ask(question, top_k=top_k)
                took = time.perf_counter() - started
                ok = isinstance(answer, Answer) and (
                    (answer.abstained and answer.message and not answer.results)
                    or (not answer.abstained and answer.results
                        and all(r.citations for r in answer.results)))
                with lock:
                    asks.append(took)
                    if not ok:
                        errors.append(f"malformed answer to {question!r}")
            except Exception as exc:  # counted, never hidden
                with lock:
                    errors.append(f"{type(exc).__name__}: {exc}"[:200])

    threads = [threading.Thread(target=visitor, args=(n,)) for n in range(visitors)]
    started = time.perf_counter()
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        server.terminate()
        server.wait(timeout=30)
    elapsed = time.perf_counter() - started
    return {
        "date": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "command": command,
        "machine": f"{platform.machine()}, {os.cpu_count()} CPU, Python "
                   f"{platform.python_version()}",
        "load_average_before": round(load_before[0], 1),
        "load_average_after": round(os.getloadavg()[0], 1),
        "visitors": visitors, "seconds": round(elapsed, 1), "questions": len(asks),
        "questions_per_second": round(len(asks) / elapsed, 2),
        "ask_p50_s": round(percentile(asks, 50), 3), "ask_p95_s": round(percentile(asks, 95), 3),
        "ask_max_s": round(max(asks, default=float("nan")), 3),
        "http_requests": len(pages), "http_p95_s": round(percentile(pages, 95), 3),
        "errors": len(errors), "error_examples": sorted(set(errors))[:5],
        "passages": assistant.index.size,
    }


def markdown(figures: dict) -> str:
    rows = [("visitors at once", figures["visitors"]),
            ("duration", f"{figures['seconds']} s"),
            ("questions answered", f"{figures['questions']} "
                                   f"({figures['questions_per_second']} per second)"),
            ("answer latency p50 / p95 / max", f"{figures['ask_p50_s']} / "
             f"{figures['ask_p95_s']} / {figures['ask_max_s']} s"),
            ("HTTP requests to the server (health, page)", f"{figures['http_requests']}, "
                                                            f"p95 {figures['http_p95_s']} s"),
            ("errors (goal 0)", figures["errors"]),
            ("index", f"{figures['passages']} passages (shipped corpus + library export)"),
            ("machine", figures["machine"]),
            ("load average before / after (other work on the machine)",
             f"{figures['load_average_before']} / {figures['load_average_after']}")]
    lines = [START, "", "## Load test", "",
             f"`{figures['command']}` on {figures['date']}. A real `streamlit run app.py` on "
             "127.0.0.1 serves its health endpoint and page to every visitor at each turn; the "
             "questions are asked of the `Assistant` the app's pages share (one per server), "
             "from as many threads as visitors, answer cache off. Streamlit's own websocket "
             "protocol is not driven.", "", "| measure | value |", "| --- | --- |"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    if figures["error_examples"]:
        lines += ["", "Errors seen: " + "; ".join(f"`{e}`" for e in figures["error_examples"])]
    return "\n".join(lines + ["", END])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visitors", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--home", type=Path, help="a built ASSIST_HOME (default: a new one "
                        "with the library's export imported)")
    parser.add_argument("--write", type=Path, help="the Markdown file to put the figures in")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO / "src"))
    if args.home is None:
        from assist.catalogue.store import Store

        args.home = Path(tempfile.mkdtemp(prefix="assist-load-"))
        Store(args.home).import_file(LIBRARY, "bibliotheque")
    command = ("PYTHONPATH=src python scripts/load_test.py " + " ".join(sys.argv[1:])).strip()
    figures = run(args.visitors, args.seconds, args.home, command)
    print(json.dumps(figures, indent=1, ensure_ascii=False))
    if args.write:
        from assist.evaluation.docfile import replace_section

        replace_section(args.write, START, END, markdown(figures))
    return 0 if figures["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
