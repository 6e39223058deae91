"""The answer states an elected official meets, read in a real Chromium as they are drawn
(docs/screenshots/ shows each one; `tests/screenshots.py --only NAME` takes it again):

- a question declined as code or as instructions says so in the page's language alone (the
  question's language is a guess for code: both were shown, English in a French page);
- a result with no passage to quote has its summary line without empty quotation marks; a
  region's chip and its authority's ("portés par") are told apart;
- a project offered "to check" in the fit page's middle state says which part of the need
  it is close to on its card, not only in the folded "why" list; an English fit page names
  the profile's values in English (they were French under English widgets);
- the About page's measured quality: each figure with its unit, no engineers' word, and on a
  phone the table fits the screen.
"""

from __future__ import annotations

from urllib.parse import quote_plus

import pytest
from test_browser import chromium, idle, streamlit_server, wait_for

pytestmark = pytest.mark.browser

ALERT = '[data-testid="stAlert"]'
PIPES = ("Nos canalisations d'eau ont soixante ans de moyenne ; plutôt que de les remplacer "
         "au hasard, on voudrait savoir quels tronçons casseront les premiers.")


def page(driver, url: str, path: str, css: str, text: str = "") -> None:
    driver.get(f"{url}/{path}")
    wait_for(driver, css, text, timeout=120)
    idle(driver)


def visible_text(driver) -> str:
    """The main area's text as shown: what folded expanders hold is not read."""
    return driver.execute_script(
        "return document.querySelector('[data-testid=stMain]').innerText;")


def test_states_read_by_an_official(app_home, tmp_path):
    from assist.text.i18n import t

    driver = chromium(tmp_path / "profile", height=1200)
    try:
        with streamlit_server(app_home) as (url, _):
            # Declined as code: the page's language only, French then English.
            for lang, suffix in (("fr", ""), ("en", "&lang=en")):
                page(driver, url, "?q=" + quote_plus("SELECT * FROM projets WHERE 1=1;")
                     + suffix, ALERT, t("answer.code", lang)[:20])
                warning = wait_for(driver, ALERT, t("answer.code", lang)[:20]).text
                other = "en" if lang == "fr" else "fr"
                assert t("answer.code", other)[:20] not in warning, warning

            # A region named: a result matched by the place alone has no passage to quote.
            page(driver, url, "?q=" + quote_plus("Projets d'IA en Occitanie"), "h3", "[1]")
            summary = visible_text(driver)
            assert "Occitanie" in summary
            assert "« »" not in summary and ": « »" not in summary, summary[:2000]
            # What was understood, each said so that two chips cannot be confused.
            assert "Projets de la région Occitanie : " in summary, summary[:3000]
            assert "Projets de Région" not in summary, summary[:3000]

            # The fit page's middle state: the clause said on the card, above its quotes.
            page(driver, url, "adaptes?need=" + quote_plus(PIPES), ALERT)
            shown = visible_text(driver)
            if t("fit.unclear", "fr") in shown:  # the middle state at the shipped fit
                start = t("fit.closest_clause", "fr", clause="")[:30]
                assert start in shown, shown[:3000]
                card = wait_for(driver, "strong",
                                start)
                assert "Nos canalisations d'eau" in card.text, card.text
            else:
                pytest.fail(f"the pipes' need is no longer in the middle state: {shown[:500]}")
            # In English, the profile's line names the values as the form does.
            page(driver, url, "adaptes?lang=en&type=Commune&theme=Mobilit%C3%A9s&need="
                 + quote_plus("fewer traffic jams"), "h2", "Projects found")
            profile = wait_for(driver, '[data-testid="stCaptionContainer"]', "Profile:").text
            assert "Type of authority: Municipality · Theme: Mobility" in profile, profile
            shown = visible_text(driver)  # and each card's criteria, the record's value too
            assert "(asked: Municipality)" in shown and "(asked: Mobility)" in shown, shown
            assert "Theme: Mobilités" not in shown and "Theme : " not in shown, shown

            # About: figures with units, no engineers' words outside the folded report.
            page(driver, url, "a-propos", '[data-testid="stTable"] td')
            cells = [c.text for c in driver.find_elements(
                "css selector", '[data-testid="stTable"] td')]
            assert cells and all(c.replace("\u00a0", " ").endswith((" %", " / 100", "—"))
                                 for c in cells), cells
            shown = visible_text(driver)
            assert not [w for w in ("BM25", "nDCG", "Recall@", "rappel@", "embedding")
                        if w in shown], shown[:1500]
            # On a phone, the table fits the screen (eight measures across did not).
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                "width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
            page(driver, url, "a-propos?lang=en", '[data-testid="stTable"] td')
            right = driver.execute_script(
                "return document.querySelector('[data-testid=stTable] table')"
                ".getBoundingClientRect().right;")
            assert right <= 390, right
    finally:
        driver.quit()
