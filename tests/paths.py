"""The three users' paths, walked in a real Chromium: a screenshot and an axe-core scan at
every step, and how long each step took to settle.

    PYTHONPATH=src python tests/paths.py [--home DIR] [--out docs/screenshots]

- official (French elected official, 1440 px): landing → asks a need → opens a result →
  back to the answer, refines it in one click → downloads the brief and opens it;
- official-phone: the same on a 390 px phone;
- agent: signs in → Explorer filtered → Documents → what people look for (when the app has
  that page) → compares two projects;
- visitor (English, VivaTech): switches to English → an example question → the map → a
  project.

Screenshots are named `<path>-<n>-<step>.png`. `tests/test_browser.py` walks the same paths
into artifacts/ and fails on a serious or critical WCAG violation of the app's own.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_browser import (  # noqa: E402
    CHAT_INPUT,
    axe,
    chromium,
    idle,
    sign_in,
    streamlit_server,
    wait_for,
)

PASSWORD = "walk-agent-password"
NEED = "Comment réduire la consommation d'énergie de nos écoles ?"
PHONE, WIDE = (390, 844), (1440, 1000)
SERIOUS = ("serious", "critical")


@dataclass
class Walk:
    """One browser on one path: each step's screenshot, seconds and serious violations."""
    driver: object
    url: str
    out: Path
    name: str
    steps: list[tuple[str, float]] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    started: float = 0.0

    def begin(self) -> None:
        self.started = time.perf_counter()

    def step(self, label: str, focus: str | None = None, scan: bool = True) -> None:
        """The page has settled: time it, scan it, and keep what the user sees."""
        idle(self.driver, timeout=120)
        seconds = time.perf_counter() - self.started if self.started else 0.0
        if scan:
            for v in axe(self.driver):
                if v["wcag"] and v["impact"] in SERIOUS:
                    self.violations.append(f"{self.name} {label}: {v['id']} ({v['impact']}, "
                                           f"{len(v['nodes'])}) {v['nodes'][0]['target']}")
        top(self.driver)
        if focus:
            self.driver.execute_script(
                "var e = document.querySelector(arguments[0]);"
                "if (e) e.scrollIntoView({block: 'start'});", focus)
            time.sleep(0.3)
        n = len(self.steps) + 1
        self.driver.save_screenshot(str(self.out / f"{self.name}-{n}-{label}.png"))
        self.steps.append((label, seconds))
        print(f"{self.name}-{n}-{label}.png  {seconds:.2f} s", flush=True)


def top(driver) -> None:
    driver.execute_script("document.querySelectorAll('[data-testid=stMain], section, main')"
                          ".forEach(e => { e.scrollTop = 0; });")


def click(walk: Walk, css: str, text: str = "") -> None:
    """Click what the user clicks, and start the step's clock."""
    from selenium.common.exceptions import ElementClickInterceptedException

    element = wait_for(walk.driver, css, text, timeout=120)
    walk.driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    walk.begin()
    try:
        element.click()
    except ElementClickInterceptedException:  # the page still moving under a phone's header
        walk.driver.execute_script("arguments[0].click();", element)


def type_question(walk: Walk, question: str) -> None:
    from selenium.webdriver.common.keys import Keys

    box = wait_for(walk.driver, CHAT_INPUT, timeout=120)
    box.send_keys(question)
    walk.begin()
    box.send_keys(Keys.ENTER)
    wait_for(walk.driver, "h3", "[1]", timeout=120)


def open_page(walk: Walk, path: str) -> None:
    """A sidebar page by its link (the session stays); on a phone the sidebar opens first."""
    from selenium.webdriver.common.by import By

    links = [a for a in walk.driver.find_elements(By.CSS_SELECTOR, "[data-testid=stSidebarNav] a")
             if urlparse(a.get_attribute("href")).path.strip("/") == path]
    assert links, f"no sidebar link to {path}"
    walk.begin()
    walk.driver.execute_script("arguments[0].click();", links[0])
    idle(walk.driver, timeout=120)


def choose(walk: Walk, label: str, option: str) -> None:
    """Pick `option` in the multiselect labelled `label` (typed, as a keyboard user does)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    box = next(e for e in walk.driver.find_elements(By.CSS_SELECTOR,
                                                    "[data-testid=stMultiSelect]")
               if label in e.text)
    field_ = box.find_element(By.CSS_SELECTOR, "input")
    walk.driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", field_)
    field_.click()
    field_.send_keys(option)
    time.sleep(0.3)
    walk.begin()
    field_.send_keys(Keys.ENTER)
    field_.send_keys(Keys.ESCAPE)
    idle(walk.driver, timeout=120)


def official(walk: Walk, downloads: Path) -> None:
    d = walk.driver
    walk.begin()
    d.get(walk.url)
    wait_for(d, "h1", timeout=120)
    walk.step("landing")
    type_question(walk, NEED)
    walk.step("answer", focus="[data-testid=stChatMessage]")
    click(walk, "[data-testid=stPageLink] a", "Voir la fiche")
    wait_for(d, "h1", timeout=120)
    walk.step("project")
    d.back()  # the browser's back button: the answer is still there
    wait_for(d, "h3", "[1]", timeout=120)
    click(walk, '[class*="st-key-refine-"] button')
    wait_for(d, "h3", "[1]", timeout=120)
    walk.step("refined", focus="[data-testid=stChatMessage]")
    d.execute_cdp_cmd("Browser.setDownloadBehavior",
                      {"behavior": "allow", "downloadPath": str(downloads)})
    click(walk, '[class*="st-key-brief-html-reponse"] button')
    deadline = time.monotonic() + 30
    while not (files := list(downloads.glob("fiche-*.html"))) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert files, "the brief was not downloaded"
    d.get(files[0].as_uri())
    time.sleep(0.5)
    n = len(walk.steps) + 1
    d.save_screenshot(str(walk.out / f"{walk.name}-{n}-brief.png"))
    walk.steps.append(("brief", time.perf_counter() - walk.started))
    print(f"{walk.name}-{n}-brief.png", flush=True)


def agent(walk: Walk) -> None:
    d = walk.driver
    walk.begin()
    sign_in(d, walk.url, PASSWORD)
    walk.step("signed-in", focus='[data-testid="stAlertContentSuccess"]')
    open_page(walk, "explorer")
    choose(walk, "Thème", "Mobilit")
    walk.step("explorer-filtered")
    open_page(walk, "documents")
    walk.step("documents")
    hrefs = d.execute_script("return [...document.querySelectorAll("
                             "'[data-testid=stSidebarNav] a')].map(a => a.href);")
    known = ("assistant", "explorer", "adaptes", "comparer", "projet", "documents", "a-propos")
    for href in hrefs:  # a page the app has grown since (what people look for)
        path = urlparse(href).path.strip("/")
        if path and path not in known:
            open_page(walk, path)
            walk.step(path)
    open_page(walk, "explorer")
    choose(walk, "Projets à comparer", "Data Hub")  # two of the Mobilités projects shown
    choose(walk, "Projets à comparer", "GMAO")
    click(walk, "[data-testid=stPageLink] a", "Comparer la sélection")
    wait_for(d, "table", timeout=120)
    walk.step("compare")


def visitor(walk: Walk) -> None:
    d = walk.driver
    walk.begin()
    d.get(walk.url)
    wait_for(d, "h1", timeout=120)
    idle(d)
    click(walk, '[class*="st-key-landing-lang"] button', "English")
    wait_for(d, "h1", "What are local", timeout=120)
    walk.step("english")
    click(walk, '[class*="st-key-ex-assistant-example-1"] button')
    wait_for(d, "h3", "[1]", timeout=120)
    walk.step("example", focus="[data-testid=stChatMessage]")
    open_page(walk, "explorer")
    wait_for(d, ".overview-map", timeout=120)
    click(walk, '[class*="st-key-map_zoomable"] label', "Zoomable map")  # deck.gl's map
    wait_for(d, '[data-testid="stDeckGlJsonChart"] canvas', timeout=120)
    time.sleep(1.5)  # deck.gl draws after its container
    walk.step("map", focus='[data-testid="stDeckGlJsonChart"]')
    open_page(walk, "")  # back to the answer (the session keeps it); its cards open projects
    wait_for(d, "h3", "[1]", timeout=120)
    click(walk, "[data-testid=stPageLink] a", "Open the project")
    wait_for(d, "h1", timeout=120)
    walk.step("project")


PATHS = {"official": (official, WIDE), "official-phone": (official, PHONE),
         "agent": (agent, WIDE), "visitor": (visitor, WIDE)}


def walk_all(home: Path, out: Path, tmp: Path, only: list[str] | None = None) -> list[Walk]:
    out.mkdir(parents=True, exist_ok=True)
    walks = []
    with streamlit_server(home, agent_password=PASSWORD) as (url, _):
        for name, (path, (width, height)) in PATHS.items():
            if only and name not in only:
                continue
            driver = chromium(tmp / name, width=width, height=height)
            walk = Walk(driver, url, out, name)
            try:
                if path is official:
                    (tmp / f"{name}-downloads").mkdir(exist_ok=True)
                    path(walk, tmp / f"{name}-downloads")
                else:
                    path(walk)
            finally:
                driver.quit()
            walks.append(walk)
    return walks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = args.home
        if home is None:
            from screenshots import prepare_home
            home = Path(tmp) / "home"
            prepare_home(home)
        walks = walk_all(home, args.out, Path(tmp), args.only)
    for walk in walks:
        print(walk.name, ", ".join(f"{label} {s:.2f} s" for label, s in walk.steps))
        for v in walk.violations:
            print("  serious:", v)


if __name__ == "__main__":
    main()
