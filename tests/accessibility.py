"""axe-core on every page of the app, French and English, public and agent: the violations
into docs/ACCESSIBILITY.md.

    PYTHONPATH=src python tests/accessibility.py [--home DIR] [--write docs/ACCESSIBILITY.md]
        [--json FILE]

axe-core comes from the pinned npm package in tests/js (`scripts/browser.sh` installs it
with `npm ci`), injected into each page once the app is idle. Public pages are opened by
their address (with the query a visitor's link would carry); the agent's are reached from
the sidebar after signing in on the About page, since a new address would start a new,
signed-out session. Any page of the sidebar not named below is scanned too.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_browser import (  # noqa: E402
    AXE,
    CHAT_INPUT,
    axe,
    chromium,
    idle,
    sign_in,
    streamlit_server,
    wait_for,
)

PASSWORD = "axe-agent-password"
QUESTION = {"fr": "Comment détecter les fuites d'eau ?", "en": "How can water leaks be detected?"}
# page -> (its address with a visitor's query); the sidebar's other pages are added bare.
PUBLIC = {
    "landing": "",
    "assistant": "?q=Comment+d%C3%A9tecter+les+fuites+d%27eau+%3F",
    "explorer": "explorer?theme=Transition+%C3%A9cologique+et+%C3%A9nerg%C3%A9tique",
    "fit": "adaptes?need=r%C3%A9duire+la+consommation+d%27%C3%A9nergie+des+%C3%A9coles",
    "compare": "comparer?compare=sicoval-fuites-eau,rennes-stations-epuration",
    "project": "projet?id=sicoval-fuites-eau",
    "documents": "documents?find=fuites",
    "about": "a-propos",
}
PATHS = {"": "landing", "explorer": "explorer", "adaptes": "fit", "comparer": "compare",
         "projet": "project", "documents": "documents", "a-propos": "about"}
# Violations inside Streamlit's own widgets, which the app cannot change:
# (rule, the widget's data-testid) -> what it is.
STREAMLIT_OWNED = {
    ("presentation-role-conflict", "stFileUploaderDropzone"):
        "`st.file_uploader`'s drop zone is a `<section role=\"presentation\">` that is "
        "focusable (`tabindex=-1`) and labelled; agents' pages only (import, add a document)",
}
# What the same scan found before issue 13's fixes, on main at cdaebbe (kept by hand: the
# code it measured is gone).
BEFORE = """## Before the fixes (main at cdaebbe, 2026-11-30 13:15 UTC, public pages, fr and en)

- `color-contrast` (WCAG 1.4.3, serious): 43 elements on all 16 public pages. Streamlit
  draws captions and quotes at 60 % opacity (#828180 on white, 3.9:1; AA asks 4.5:1):
  every "Source : ...", the chart summaries, the map's credits, the feedback question, the
  quotes of the Documents page. Fixed: captions and quotes in a solid #55575f (7:1).
- `heading-order` (moderate, best practice): 5 of 8 pages jumped from the page's `h1` to
  `h3` sections. Fixed: sections are `h2` (drawn at the size `h3` had), result cards `h3`.
- Not visible to axe: `<html lang="en">` on every page, French ones included (Streamlit's
  own), so a screen reader read French with English sounds (WCAG 3.1.1). Fixed: the page
  sets `lang` to `fr` or `en` with its language.
- Not visible to axe: the 390 px phone views were drawn 500 px wide (Chromium's smallest
  window); the screenshots now emulate a 390 px phone.
"""


def nav_paths(driver) -> list[str]:
    """The URL paths of the sidebar's pages ('' for the first)."""
    hrefs = driver.execute_script(
        "return [...document.querySelectorAll('[data-testid=stSidebarNav] a')]"
        ".map(a => a.href);")
    return [urlparse(h).path.strip("/") for h in hrefs]


def scan(driver, page: str, language: str, audience: str, found: list) -> None:
    idle(driver)
    time.sleep(0.5)  # the map's canvas and charts draw after the script's run
    violations = axe(driver)
    found.append({"page": page, "language": language, "audience": audience,
                  "violations": violations})
    print(page, language, audience,
          [(v["id"], v["impact"], len(v["nodes"])) for v in violations], flush=True)


def public(driver, url: str, language: str, found: list) -> None:
    driver.get(url)
    wait_for(driver, "h1", timeout=120)
    idle(driver)
    others = [p for p in nav_paths(driver) if p not in PATHS]
    pages = {**PUBLIC, **{p: p for p in others}}
    for page, path in pages.items():
        if language == "en":
            path = f"{path}&lang=en" if "?" in path else f"{path}?lang=en"
        driver.get(f"{url}/{path}")
        wait_for(driver, "h1, h2", timeout=120)
        scan(driver, page, language, "public", found)


def go(driver, path: str) -> None:
    """Open a sidebar page by clicking its link (the session, and its sign-in, stay)."""
    from selenium.webdriver.common.by import By

    for a in driver.find_elements(By.CSS_SELECTOR, "[data-testid=stSidebarNav] a"):
        if urlparse(a.get_attribute("href") or "").path.strip("/") == path:
            a.click()
            idle(driver, timeout=120)
            return
    raise AssertionError(f"no sidebar link to {path!r}")


def agent(driver, url: str, language: str, found: list) -> None:
    sign_in(driver, url, PASSWORD, language="en" if language == "en" else "")
    scan(driver, "about", language, "agent", found)
    for path in nav_paths(driver):
        page = PATHS.get(path, path)
        if page == "about":
            continue
        go(driver, path)
        scan(driver, page, language, "agent", found)
        if page == "landing":  # the answer, asked as an agent
            box = wait_for(driver, CHAT_INPUT)
            box.send_keys(QUESTION[language] + "\n")
            wait_for(driver, "h3", "[1]", timeout=120)
            scan(driver, "assistant", language, "agent", found)


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    chromium_version = subprocess.run(["/usr/bin/chromium", "--version"], capture_output=True,
                                      text=True).stdout.strip()
    return f"{os.cpu_count()} cores ({cpu}), {platform.system()} {platform.release()}; " \
           f"{chromium_version}"


def owner(rule: str, nodes: list[dict]) -> str:
    """"Streamlit" when every element at fault is inside a widget Streamlit draws."""
    owned = [testid for (r, testid) in STREAMLIT_OWNED if r == rule]
    inside = all(any(testid in n["html"] or testid in n["target"] for testid in owned)
                 for n in nodes)
    return "Streamlit" if owned and inside else "app"


def report(found: list, command: str) -> str:
    axe_version = json.loads((AXE.parent / "package.json").read_text())["version"]
    by_rule: dict[tuple, dict] = {}
    impacts: dict[tuple, int] = defaultdict(int)
    for scanned in found:
        for v in scanned["violations"]:
            kind = "WCAG 2.1 A/AA" if v["wcag"] else "best practice"
            row = by_rule.setdefault((v["id"], v["impact"], kind,
                                      owner(v["id"], v["nodes"])),
                                     {"help": v["help"], "nodes": 0, "where": []})
            row["nodes"] += len(v["nodes"])
            row["where"].append(f"{scanned['page']} ({scanned['language']}, "
                                f"{scanned['audience']})")
            impacts[(kind, v["impact"])] += len(v["nodes"])
    pages = sorted({(s["page"], s["language"], s["audience"]) for s in found})
    lines = [
        "# Accessibility",
        "",
        "axe-core's rules (WCAG 2.1 A and AA, which RGAA 4 follows, and axe's best "
        "practices apart) run in headless Chromium on every page of the app, in French and "
        "English, as the public and as a signed-in agent, over the library's export.",
        "",
        f"- Command: `{command}`",
        f"- axe-core {axe_version} (npm, pinned in `tests/js/package-lock.json`, injected "
        "into the page; no CDN)",
        f"- Machine: {machine()}",
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"- Pages scanned: {len(pages)}: public, "
        f"{', '.join(sorted({p for p, _, a in pages if a == 'public'}))}; agent, "
        f"{', '.join(sorted({p for p, _, a in pages if a == 'agent'}))}; each in fr and en",
        "",
        "## Violations by impact (elements)",
        "",
        "| rules | critical | serious | moderate | minor |",
        "| --- | --- | --- | --- | --- |",
    ]
    for kind in ("WCAG 2.1 A/AA", "best practice"):
        lines.append(f"| {kind} | " + " | ".join(
            str(impacts.get((kind, i), 0)) for i in ("critical", "serious", "moderate", "minor"))
            + " |")
    lines += ["", "## Violations by rule", ""]
    if not by_rule:
        lines.append("None.")
    else:
        lines += ["| rule | impact | kind | whose | elements | pages |",
                  "| --- | --- | --- | --- | --- | --- |"]
        for (rule, impact, kind, whose), row in sorted(by_rule.items()):
            lines.append(f"| `{rule}` ({row['help']}) | {impact} | {kind} | {whose} | "
                         f"{row['nodes']} | {', '.join(row['where'])} |")
    lines += ["", "## Inside Streamlit's own widgets (not fixable in the app)", ""]
    lines += [f"- `{rule}` in `{testid}`: {why}"
              for (rule, testid), why in sorted(STREAMLIT_OWNED.items())]
    lines += ["- Not a rule axe checks: `st.file_uploader` says \"Upload\" and \"200MB per "
              "file\" in English on French pages (agents' pages only); Streamlit has no "
              "setting for its widgets' own words."]
    lines += ["", BEFORE]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path)
    parser.add_argument("--write", type=Path)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    command = "PYTHONPATH=src python tests/accessibility.py --write docs/ACCESSIBILITY.md"
    with tempfile.TemporaryDirectory() as tmp:
        home = args.home
        if home is None:
            from screenshots import prepare_home
            home = Path(tmp) / "home"
            prepare_home(home)
        found: list = []
        with streamlit_server(home, agent_password=PASSWORD) as (url, _):
            for language in ("fr", "en"):
                driver = chromium(Path(tmp) / f"public-{language}", width=1440, height=1000)
                try:
                    public(driver, url, language, found)
                finally:
                    driver.quit()
                driver = chromium(Path(tmp) / f"agent-{language}", width=1440, height=1000)
                try:
                    agent(driver, url, language, found)
                finally:
                    driver.quit()
    if args.json:
        args.json.write_text(json.dumps(found, indent=1, ensure_ascii=False), encoding="utf-8")
    text = report(found, command)
    if args.write:
        args.write.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
