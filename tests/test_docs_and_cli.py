"""Settings are documented, the public surface is explicit, the CLI speaks clearly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_cli

import assist
from assist.cli.main import main
from assist.cli.output import filters_of
from assist.config import SETTINGS
from assist.facets import FACETS

REPO = Path(__file__).resolve().parents[1]


def test_every_setting_is_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name, _default, _help in SETTINGS:
        assert f"| `{name}` |" in readme, f"{name} is not documented in the README"


def test_exported_members():
    assert assist.__all__ == sorted(assist.__all__)
    for name in assist.__all__:
        assert hasattr(assist, name), name


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
    assert bad_filter.stderr.startswith("assist: filtre inconnu 'colour'")
    assert "/ unknown filter 'colour'" in bad_filter.stderr and "Traceback" not in bad_filter.stderr
    not_csv = tmp_path / "image.csv"
    not_csv.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    failed = run_cli(home_with_library, "import-library", str(not_csv))
    assert failed.returncode == 2 and "Traceback" not in failed.stderr
    unknown = run_cli(home_with_library, "similar", "no-such-case")
    assert unknown.returncode == 2 and "no-such-case" in unknown.stderr


# Arguments the command line checks itself, before it opens the assistant: each is one line,
# French / English, with the value escaped and cut, and nothing loaded for it.
BAD_ARGUMENTS = [
    (["ask", "eau", "--filter", "colour=blue"], "filtre inconnu 'colour'"),
    (["ask", "eau", "--filter", "=Mobilités"], "--filter attend CLÉ=VALEUR"),
    (["ask", "eau", "--filter", "theme=  "], "--filter attend CLÉ=VALEUR"),
    (["cases", "--filter", "theme"], "--filter attend CLÉ=VALEUR"),
    (["export", "--filter", "thème\x00\u202e=1"], r"'thème\x00\u202e'"),
    (["ask", "eau", "--filter", "theme\udcff=x"], r"'theme\udcff'"),
    (["cases", "--filter", "x" * 5000 + "=1"], "'" + "x" * 60 + "'…"),
    (["ask", "eau", "--filter", "status=deployed", "--filter", "{0}{keys}=x"], "'{0}{keys}'"),
    (["ask", "eau", "--top-k", "abc"], "nombre entier de 1 à 50 attendu, pas 'abc'"),
    (["ask", "eau", "--top-k", "0"], "pas '0'"),
    (["ask", "eau", "--top-k", "51"], "pas '51'"),
    (["ask", "eau", "--top-k", "9" * 5000], "'" + "9" * 60 + "'…"),
    (["similar", "sicoval-fuites-eau", "--top-k", "-1"], "pas '-1'"),
    (["fit", "--need", "eau", "--top-k", "1e3"], "pas '1e3'"),
]


def run_main(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as exc:  # argparse's own checks (the parser's one-line error)
        return int(exc.code)


@pytest.mark.parametrize("argv, said", BAD_ARGUMENTS, ids=lambda a: repr(a)[:40])
def test_bad_arguments_are_one_line_before_anything_is_loaded(argv, said, tmp_path,
                                                               monkeypatch, capsys):
    home = tmp_path / "home"
    monkeypatch.setenv("ASSIST_HOME", str(home))
    assert run_main(argv) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("assist") and said in err and "Traceback" not in err
    assert " / " in err and len(err) < 400, err  # French / English, never the whole value
    assert not home.exists(), "the assistant was opened before the arguments were checked"


def test_a_bad_filter_loads_neither_the_model_nor_the_index(tmp_path):
    """In a fresh process, as a user types it: the retrieval stack is never imported."""
    script = ("import sys\nfrom assist.cli.main import main\nrc = main(sys.argv[1:])\n"
              "heavy = ('assist.assistant', 'assist.retrieval.embed', 'onnxruntime', 'faiss')\n"
              "print(rc, [m for m in heavy if m in sys.modules])")
    env = dict(os.environ, ASSIST_HOME=str(tmp_path / "home"))
    done = subprocess.run([sys.executable, "-c", script, "ask", "eau", "--filter", "colour=x"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.stdout.strip() == "2 []", (done.stdout, done.stderr)
    assert done.stderr.startswith("assist: filtre inconnu 'colour'")
    assert not (tmp_path / "home").exists()


def test_every_facet_key_and_alias_passes_the_check():
    for f in FACETS:
        for key in dict.fromkeys((f.name, f.param, *f.aliases)):
            assert filters_of([f" {key} = x "]) == {key: ["x"]}
    assert filters_of(["status=deployed", "status=experimenting", "theme=a=b"]) == {
        "status": ["deployed", "experimenting"], "theme": ["a=b"]}
    assert filters_of(None) == {}
