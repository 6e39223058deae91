"""Settings are documented, the public surface is explicit, the CLI speaks clearly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import assist
from assist.config import SETTINGS

REPO = Path(__file__).resolve().parents[1]


def test_every_setting_is_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name, _default, _help in SETTINGS:
        assert f"| `{name}` |" in readme, f"{name} is not documented in the README"


def test_exported_members():
    assert assist.__all__ == sorted(assist.__all__)
    for name in assist.__all__:
        assert hasattr(assist, name), name


def run_cli(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, ASSIST_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "assist", *args], capture_output=True,
                          text=True, env=env, timeout=600)


def test_cli_ask_json_is_the_answer_model(home_with_library):
    done = run_cli(home_with_library, "ask", "Comment détecter les fuites d'eau ?", "--json",
                   "--top-k", "3")
    assert done.returncode == 0, done.stderr
    answer = assist.Answer.model_validate_json(done.stdout)
    # Sicoval's project is in the corpus and in the export: one result, not two.
    ids = [r.id for r in answer.results]
    assert 2 <= len(ids) <= 3 and len(set(ids)) == len(ids) and answer.results[0].citations
    assert ids.count("sicoval-fuites-eau") == 1


def test_cli_cases_json_lists_every_case(home_with_library):
    done = run_cli(home_with_library, "cases", "--json")
    assert done.returncode == 0, done.stderr
    # 20 shipped, 23 exported and 1 restricted record; 3 projects are both shipped and exported.
    assert len(json.loads(done.stdout)) == 20 + 23 + 1 - 3


def test_cli_errors_are_one_clear_line(home_with_library, tmp_path):
    bad_filter = run_cli(home_with_library, "ask", "eau", "--filter", "colour=blue")
    assert bad_filter.returncode == 2
    assert bad_filter.stderr.startswith("assist: unknown filter") and "Traceback" not in bad_filter.stderr
    not_csv = tmp_path / "image.csv"
    not_csv.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    failed = run_cli(home_with_library, "import-library", str(not_csv))
    assert failed.returncode == 2 and "Traceback" not in failed.stderr
    unknown = run_cli(home_with_library, "similar", "no-such-case")
    assert unknown.returncode == 2 and "no-such-case" in unknown.stderr
