"""Hostile links (issue 11, item 9): every parameter read from the URL is checked; unknown
values are dropped with a notice, a link too long for a QR code is shown alone, and no page
shows a stack trace."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from test_app import APP, PAGES, TIMEOUT, all_text

LONG = "fuites d'eau " * 250  # about 3 000 characters


def open_page(page: str | None, english: bool = False, **params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    if english:
        at.session_state["lang_en"] = True
    if page:
        at.run()
        at.switch_page(PAGES + page + ".py")
    at.query_params.update(params)
    at.run()
    return at


def assert_no_trace(at: AppTest) -> None:
    assert not at.exception, at.exception
    text = all_text(at)
    for mark in ("Traceback", "File \"/", "ValidationError", "DataOverflowError",
                 "StreamlitAPIException"):
        assert mark not in text, mark


@pytest.mark.parametrize("page, params", [
    (None, {"q": LONG}),
    ("project", {"id": "x" * 3000}),
    ("project", {"id": "../../etc/passwd"}),
    ("documents", {"find": LONG}),
    ("documents", {"doc": "no-such-document"}),
    ("compare", {"compare": ",".join(["nope"] * 50)}),
    ("explorer", {"theme": "X", "type": "NotAType", "year": "abc", "status": "'; --"}),
    ("fit", {"type": "NotAType", "theme": "X", "audience": "Martiens", "maturity": "X",
             "need": LONG}),
])
def test_hostile_links_show_no_trace(app_home: Path, page: str | None,
                                     params: dict[str, str]) -> None:
    at = open_page(page, **params)
    assert_no_trace(at)


def test_a_link_too_long_for_a_qr_code_is_shown_alone(app_home: Path) -> None:
    at = open_page(None, q=LONG)
    assert_no_trace(at)
    assert not at.sidebar.get("image"), "a QR code was drawn for a link it cannot hold"
    short = open_page(None, q="fuites d'eau")
    assert short.sidebar.get("image"), "a short link has its QR code"


def test_unknown_fit_values_are_dropped_with_a_notice(app_home: Path) -> None:
    at = open_page("fit", type="NotAType", theme="Mobilités", audience="Martiens")
    assert_no_trace(at)
    notices = " ".join(w.value for w in at.warning)
    assert "NotAType" in notices and "Martiens" in notices
    assert at.query_params.get("theme") in ("Mobilités", ["Mobilités"])
    assert "type" not in at.query_params and "audience" not in at.query_params
    english = open_page("fit", english=True, type="NotAType")
    assert any("NotAType" in w.value and "ignored" in w.value for w in english.warning)
