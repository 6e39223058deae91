"""Screenshots of every page into docs/screenshots/, and the app's speed in a real browser.

    PYTHONPATH=src python tests/screenshots.py [--home DIR] [--perf]

The landing, assistant, explorer (and its map), project and compare pages are taken in
French and English (`-en`), 1440 px wide and on a 390 px phone (`-phone`); the other pages
in French, wide.

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
    ROOT,
    ask,
    chromium,
    idle,
    streamlit_server,
    wait_for,
)

LIBRARY = ROOT.parent / "shared" / "library" / "data.csv"
SHOTS = ROOT / "docs" / "screenshots"
PAGES = [  # (file name, path and query, text that says the page is drawn), French, wide
    ("fit", "adaptes?type=Commune&theme=Transition+%C3%A9cologique+et+%C3%A9nerg%C3%A9tique"
     "&need=r%C3%A9duire+la+consommation+d%27%C3%A9nergie+des+%C3%A9coles", "Projets retenus"),
    ("documents", "documents?find=fuites", "contiennent"),
    ("about", "a-propos", "Qualité mesurée"),
]
# The demonstration's path, in French and English, on a wide screen and a phone (390 px):
# (file name, path and query, CSS of what says the page is drawn, scroll to the map).
VIEWS = [
    ("landing", "", "h1", False),
    ("landing-map", "", "h1", True),
    ("assistant", "?q={question}", "h3", False),
    ("explorer", "explorer", "h1", False),
    ("explorer-map", "explorer", "h1", True),
    ("project", "projet?id=sicoval-fuites-eau", "h1", False),
    ("compare", "comparer?compare=sicoval-fuites-eau,rennes-stations-epuration", "table",
     False),
]
SIZES = {"": (1440, 1000), "-phone": (390, 844)}
LANGUAGES = {"": "", "-en": "lang=en"}
QUESTIONS = {"": "Comment+d%C3%A9tecter+les+fuites+d%27eau+%3F",  # as a visitor would ask
             "-en": "How+can+water+leaks+be+detected%3F"}
MAP = '[data-testid="stDeckGlJsonChart"]'
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
    driver.execute_script("document.querySelectorAll('[data-testid=stMain], "
                          "[data-testid=stMainBlockContainer], [data-testid=stAppViewContainer], "
                          "[data-testid=stAppScrollToBottomContainer], section, main')"
                          ".forEach(e => { e.scrollTop = 0; });")
    time.sleep(0.3)


def with_language(path: str, query: str) -> str:
    if not query:
        return path
    return f"{path}&{query}" if "?" in path else f"{path}?{query}"


def to_map(driver) -> None:
    """Bring the map into view, once deck.gl has drawn it."""
    wait_for(driver, MAP + " canvas", timeout=60)
    driver.execute_script(f"document.querySelector('{MAP}').scrollIntoView();")
    time.sleep(2)


def shoot(driver, url: str, path: str, css: str, on_map: bool, name: str) -> None:
    driver.get(f"{url}/{path}")
    wait_for(driver, css, timeout=90)
    idle(driver)  # the whole page drawn, not a first part of it
    time.sleep(1)  # charts and the map draw after their container
    top(driver)
    if on_map:
        to_map(driver)
    driver.save_screenshot(str(SHOTS / name))
    print(f"docs/screenshots/{name}")


def screenshots(home: Path, profile: Path) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    with streamlit_server(home) as (url, _):
        for size, (width, height) in SIZES.items():
            driver = chromium(profile / f"w{width}", width=width, height=height)
            driver.set_script_timeout(120)  # WebGL in software is slow on a busy machine
            try:
                for suffix, query in LANGUAGES.items():
                    for name, path, css, on_map in VIEWS:
                        path = path.format(question=QUESTIONS[suffix])
                        shoot(driver, url, with_language(path, query), css, on_map,
                              f"{name}{suffix}{size}.png")
                if not size:
                    for name, path, marker in PAGES:
                        driver.get(f"{url}/{path}")
                        wait_for(driver, "h1, h2, h3, p, summary", marker, timeout=60)
                        idle(driver)
                        time.sleep(1)
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
