"""Screenshots of every page into docs/screenshots/, and the app's speed in a real browser.

    PYTHONPATH=src python tests/screenshots.py [--home DIR] [--perf]

Without --home, a temporary ASSIST_HOME is made with the library's export imported (the
product's normal set-up) and its index built first. --perf prints, for docs/PERFORMANCE.md,
the time from `streamlit run` to an interactive first page and from a question to its first
result card, median of 5 each.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_browser import (  # noqa: E402
    CHAT_INPUT,
    QUESTION,
    ROOT,
    ask,
    chromium,
    streamlit_server,
    wait_for,
)

LIBRARY = ROOT.parent / "shared" / "library" / "data.csv"
SHOTS = ROOT / "docs" / "screenshots"
PAGES = [  # (file name, path and query, text that says the page is drawn)
    ("explorer", "explorer", "Répartition"),
    ("project", "projet?id=sicoval-fuites-eau", "Sources"),
    ("fit", "adaptes?type=Commune&theme=Transition+%C3%A9cologique+et+%C3%A9nerg%C3%A9tique"
     "&need=r%C3%A9duire+la+consommation+d%27%C3%A9nergie+des+%C3%A9coles", "Projets retenus"),
    ("compare", "comparer?compare=sicoval-fuites-eau,rennes-stations-epuration", "diffèrent"),
    ("documents", "documents?find=fuites", "contiennent"),
    ("about", "a-propos", "Qualité mesurée"),
]
PERF_QUESTIONS = ["Comment détecter les fuites d'eau ?", "chatbot pour les usagers",
                  "IA générative pour les agents", "réduire les embouteillages en ville",
                  "végétalisation et îlots de chaleur"]


def prepare_home(home: Path) -> None:
    from assist.assistant import Assistant
    from assist.catalogue.store import Store
    from assist.config import Settings

    Store(home).import_file(LIBRARY, "bibliotheque")
    Assistant.open(Settings.from_env(home=home))


def top(driver) -> None:
    """Scroll the page's main area back to the top (the chat box scrolls it down)."""
    driver.execute_script("document.querySelectorAll('*').forEach(e => {"
                          "if (e.scrollTop > 0) e.scrollTop = 0; });")
    time.sleep(0.3)


def screenshots(home: Path, profile: Path) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver = chromium(profile, width=1400, height=1800)
    try:
        with streamlit_server(home) as (url, _):
            driver.get(url)
            ask(driver, QUESTION)
            time.sleep(1)
            top(driver)
            driver.save_screenshot(str(SHOTS / "assistant.png"))
            for name, path, marker in PAGES:
                driver.get(f"{url}/{path}")
                wait_for(driver, "h1, h2, h3, p, summary", marker, timeout=60)
                time.sleep(2)  # charts draw after their container
                top(driver)
                driver.save_screenshot(str(SHOTS / f"{name}.png"))
                print(f"docs/screenshots/{name}.png")
    finally:
        driver.quit()


def perf(home: Path, profile: Path) -> None:
    starts, answers = [], []
    for run in range(5):
        driver = chromium(profile / f"start-{run}")
        try:
            with streamlit_server(home) as (url, started):
                driver.get(url)
                wait_for(driver, CHAT_INPUT, timeout=90)
                starts.append(time.perf_counter() - started)
                if run == 0:
                    for question in PERF_QUESTIONS:
                        driver.get(url)
                        answers.append(ask(driver, question))
        finally:
            driver.quit()
    print("start to interactive (s):", ", ".join(f"{s:.2f}" for s in starts),
          f"median {statistics.median(starts):.2f}")
    print("question to first card (s):", ", ".join(f"{s:.2f}" for s in answers),
          f"median {statistics.median(answers):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path)
    parser.add_argument("--perf", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = args.home or Path(tmp) / "home"
        if not args.home:
            prepare_home(home)
        if args.perf:
            perf(home, Path(tmp) / "perf")
        else:
            screenshots(home, Path(tmp) / "profile")


if __name__ == "__main__":
    main()
