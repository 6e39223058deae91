"""Shared fixtures: the library's real export (read in place, never copied) and a temporary home."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# <repo>/../shared/library: the export lives next to the repository, not inside it.
LIBRARY_DIR = Path(__file__).resolve().parents[2] / "shared/library"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: takes several seconds (large generated files)")
    # Hypothesis keeps caches in ./.hypothesis by default; tests must not write into the
    # checkout, so they go to the system's temporary folder unless one is chosen already.
    os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY",
                          str(Path(tempfile.gettempdir()) / "assist-hypothesis"))


@pytest.fixture(scope="session")
def library_csv() -> Path:
    """The real Grist export (23 projects); a missing file fails the test, it never skips."""
    path = LIBRARY_DIR / "data.csv"
    assert path.is_file(), f"the library export is missing: {path}"
    return path


@pytest.fixture
def assist_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh ASSIST_HOME in tmp_path, so tests never write into the checkout."""
    home = tmp_path / "home"
    monkeypatch.setenv("ASSIST_HOME", str(home))
    return home
