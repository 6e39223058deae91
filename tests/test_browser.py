"""The app in a real headless Chromium: ask a question, see the cited project, keep a screenshot.

Needs Debian's `chromium` and `chromium-driver` (CI installs them in `.ci/run`); without them
the test fails and says so. The helpers are shared with `tests/screenshots.py`.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
CHAT_INPUT = 'textarea[data-testid="stChatInputTextArea"]'
QUESTION = "Comment détecter les fuites d'eau ?"

pytestmark = pytest.mark.browser


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def streamlit_server(home: Path, port: int | None = None, agent_password: str = ""):
    """`streamlit run app.py` on a free port; yields (base URL, process start time).
    With `agent_password`, agents sign in with it (else agent sign-in is closed)."""
    from assist.auth import hash_password

    port = port or free_port()
    env = {**os.environ, "ASSIST_HOME": str(home), "PYTHONPATH": str(ROOT / "src"),
           "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    env.pop("ASSIST_AGENT_PASSWORD_HASH", None)
    if agent_password:
        env["ASSIST_AGENT_PASSWORD_HASH"] = hash_password(agent_password, iterations=1000)
    log = open(ARTIFACTS / "streamlit.log", "w") if ARTIFACTS.is_dir() else subprocess.DEVNULL
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
         "--server.headless", "true", "--server.port", str(port),
         "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not start (exit {proc.poll()})")
            time.sleep(0.05)
        yield url, started
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        if log is not subprocess.DEVNULL:
            log.close()


def chromium(tmp: Path, width: int = 1400, height: int = 1000):
    """Headless Debian Chromium under Selenium, with a fresh profile and no network chatter."""
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).exists()]
    if missing:
        pytest.fail(f"{', '.join(missing)} missing: apt-get install chromium chromium-driver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    # WebGL (the map's deck.gl) through SwiftShader, the software renderer: no GPU here.
    for arg in ("--headless", "--no-sandbox", "--use-angle=swiftshader",
                "--enable-unsafe-swiftshader", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", f"--user-data-dir={tmp}",
                f"--window-size={width},{height}", "--lang=fr-FR"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_script_timeout(180)  # a renderer busy with WebGL in software answers late
    if width < 500:  # Chromium's windows are 500 px wide at least: a phone is emulated
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})
    return driver


def wait_for(driver, css: str, text: str = "", timeout: float = 60):
    """The first element matching `css` (whose text contains `text`), once it is shown."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def found(d):
        try:
            for element in d.find_elements(By.CSS_SELECTOR, css):
                if element.is_displayed() and text in element.text:
                    return element
        except StaleElementReferenceException:  # redrawn while read: look again
            pass
        return False

    return WebDriverWait(driver, timeout, poll_frequency=0.02).until(found)


def idle(driver, timeout: float = 90) -> None:
    """Wait until the app is idle: connected, its script run over, no element still loading.

    Streamlit marks its root with the script's state; a rerun asked for a moment ago may not
    have started yet, so a short wait for it to start comes first."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    state = ("var a = document.querySelector('[data-testid=stApp]');"
             "return a ? a.getAttribute('data-test-script-state') : null;")
    try:
        WebDriverWait(driver, 0.3, poll_frequency=0.02).until(
            lambda d: d.execute_script(state) == "running")
    except Exception:  # already over, or nothing to run
        pass
    def settled(d) -> bool:
        try:
            return d.execute_script(state) == "notRunning" and not d.execute_script(
                "return document.querySelector('[data-testid=stSkeleton], "
                "[data-testid=stSpinner], [data-testid=stStatusWidget] svg');")
        except WebDriverException:  # a renderer busy drawing (WebGL in software): again
            return False

    WebDriverWait(driver, timeout, poll_frequency=0.05).until(settled)


AXE = ROOT / "tests" / "js" / "node_modules" / "axe-core" / "axe.min.js"
# RGAA 4 follows WCAG 2.1 AA: the rules axe tags so; its best practices are reported apart.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def axe(driver) -> list[dict]:
    """axe-core's violations of WCAG 2.1 A and AA (`wcag` true) and of its best practices
    on the page as it stands, injected from the pinned npm package `scripts/browser.sh`
    installs (never from a CDN)."""
    if not AXE.is_file() and shutil.which("npm"):
        # A checkout that did not run scripts/browser.sh (a new worktree): the pinned
        # package, as the set-up would install it.
        subprocess.run(["npm", "ci", "--prefix", str(AXE.parents[2]), "--no-audit", "--no-fund",
                        "--silent"], check=False, timeout=300)
    if not AXE.is_file():
        pytest.fail(f"{AXE} missing: npm ci --prefix tests/js (scripts/browser.sh does it)")
    if not driver.execute_script("return !!window.axe"):
        driver.execute_script(AXE.read_text(encoding="utf-8"))
    driver.set_script_timeout(120)
    result = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes:"
        " ['violations']}).then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
        " help: v.help, wcag: v.tags.some(t => /^wcag2/.test(t)), nodes: v.nodes.map(n => ({target: n.target.join(' '),"
        " html: n.html.slice(0, 300), summary: n.failureSummary}))}))),"
        " e => done({error: String(e)}));", AXE_TAGS)
    if isinstance(result, dict):
        pytest.fail(f"axe-core failed: {result['error']}")
    return result


def sign_in(driver, url: str, password: str, language: str = "") -> None:
    """Sign in as an agent on the About page's form (the same session keeps it)."""
    from selenium.webdriver.common.by import By

    driver.get(f"{url}/a-propos" + (f"?lang={language}" if language else ""))
    box = wait_for(driver, 'input[type="password"]', timeout=90)
    box.send_keys(password)
    driver.find_element(By.CSS_SELECTOR, '[data-testid="stFormSubmitButton"] button').click()
    idle(driver)
    wait_for(driver, '[data-testid="stAlertContentSuccess"]', timeout=30)


def ask(driver, question: str) -> float:
    """Type `question` in the chat box; seconds until the first result card is shown."""
    from selenium.webdriver.common.keys import Keys

    box = wait_for(driver, CHAT_INPUT)
    box.send_keys(question)
    started = time.perf_counter()
    box.send_keys(Keys.ENTER)
    wait_for(driver, "h3", "[1]")
    return time.perf_counter() - started


def test_ask_in_a_real_browser(app_home, tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    driver = chromium(tmp_path / "profile", height=1600)
    try:
        with streamlit_server(app_home) as (url, _):
            first_screen_on_a_phone(driver, url)
            driver.get(url)
            wait_for(driver, CHAT_INPUT, timeout=90)
            # The first screen's map is SVG: a dot opens its project's page.
            dot = wait_for(driver, '.overview-map a[href^="projet?id="]', timeout=60)
            project = dot.get_dom_attribute("href").split("id=")[1]
            driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', "
                                  "{bubbles: true, cancelable: true}))", dot)
            wait_for(driver, "h1", timeout=90)
            assert f"id={project}" in driver.current_url
            driver.get(url)
            wait_for(driver, CHAT_INPUT, timeout=90)
            ask(driver, QUESTION)
            card = wait_for(driver, "h3", "[1]")
            assert "fuites" in card.text or "Sicoval" in card.text, card.text
            assert wait_for(driver, "blockquote").text  # a quoted, cited passage
            driver.save_screenshot(str(ARTIFACTS / "browser-assistant.png"))
    finally:
        driver.quit()
    assert (ARTIFACTS / "browser-assistant.png").stat().st_size > 10_000


def first_screen_on_a_phone(driver, url: str) -> None:
    """On a 390 x 844 phone, the three example questions are within the first screen, the
    four key figures sit two by two (a wrapping row left the fourth alone), and the
    Explorer's five three and two."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    try:
        driver.get(url)
        wait_for(driver, '[class*="st-key-ex-assistant-example-3"] button', timeout=90)
        idle(driver)
        bottoms = driver.execute_script(
            "return Array.from(document.querySelectorAll('[class*=st-key-ex-] button'))"
            ".map(b => b.getBoundingClientRect().bottom);")
        assert len(bottoms) == 3 and max(bottoms) <= 844, bottoms
        title = driver.execute_script(
            "return document.querySelector('h1').getBoundingClientRect().top;")
        assert 0 <= title < 300, title  # opened at its top, not scrolled to its end
        rows = driver.execute_script(
            "return Array.from(document.querySelectorAll('.key-figures dd'))"
            ".map(d => Math.round(d.getBoundingClientRect().top));")
        assert len(rows) == 4 and sorted({r: rows.count(r) for r in rows}.values()) == [2, 2]
        # The Explorer's five figures: three then two (one a line filled the screen).
        driver.get(f"{url}/explorer")
        wait_for(driver, ".key-figures dd", timeout=90)
        idle(driver)
        rows = driver.execute_script(
            "return Array.from(document.querySelectorAll('.key-figures dd'))"
            ".map(d => Math.round(d.getBoundingClientRect().top));")
        assert len(rows) == 5 and sorted({r: rows.count(r) for r in rows}.values()) == [2, 3]
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


@pytest.mark.walk
def test_three_users_paths(app_home, tmp_path):
    """The official (wide and on a 390 px phone), the agent and the English visitor walk
    their paths: every step settles, is kept as a screenshot in artifacts/paths/, and has
    no serious or critical WCAG 2.1 AA violation (axe-core)."""
    from paths import PATHS, walk_all

    out = ARTIFACTS / "paths"
    walks = walk_all(app_home, out, tmp_path)
    assert [w.name for w in walks] == list(PATHS)
    for walk in walks:
        assert len(walk.steps) >= 4, (walk.name, walk.steps)
        for n, (label, _) in enumerate(walk.steps, 1):
            assert (out / f"{walk.name}-{n}-{label}.png").stat().st_size > 10_000
    assert not [v for w in walks for v in w.violations]
