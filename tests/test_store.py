"""The SQLite store: catalogues replaced whole, stable re-imports, feedback, audit, locking."""

from __future__ import annotations

import json
import shutil
import sqlite3
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from assist.catalogue.searches import today
from assist.catalogue.store import DB_FILE, MIGRATIONS, Store
from assist.config import Settings
from assist.errors import AssistError, ImportFailed, IndexDamaged, WouldRemove


@pytest.fixture
def store(assist_home: Path) -> Store:
    return Store(Settings.from_env().home)


@pytest.fixture
def export(tmp_path: Path, library_csv: Path) -> Path:
    """A writable copy of the real export, outside the checkout, to edit in tests."""
    path = tmp_path / "bibliotheque.csv"
    shutil.copyfile(library_csv, path)
    return path


def test_store_lives_in_assist_home(store: Store, assist_home: Path) -> None:
    assert store.path == assist_home / DB_FILE and store.path.is_file()
    assert store.version == len(MIGRATIONS)
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"catalogues", "cases", "import_problems", "feedback", "audit"} <= tables


def test_import_real_export(store: Store, library_csv: Path) -> None:
    report = store.import_file(library_csv)
    assert "23 fiches" in report.summary()
    cases = store.cases()
    assert [c.id for c in cases] == [c.id for c in report.cases]
    assert cases[0].nom_projet == "Stacoptim" and cases[0].origin == "data"
    [catalogue] = store.catalogues()
    assert catalogue.name == "data" and catalogue.rows == 23 and catalogue.active
    assert catalogue.source_file == str(library_csv)
    assert [p.row for p in store.problems("data")] == [15, 16, 17]
    [event] = store.audit_log()
    assert event["event"] == "import" and '"cases": 23' in event["detail"]


def test_reimport_changes_nothing(store: Store, export: Path) -> None:
    first = store.import_file(export, "lib")
    before = (store.catalogues(), store.fingerprint(), [c.model_dump() for c in store.cases()])
    second = store.import_file(export, "lib")
    assert [c.id for c in second.cases] == [c.id for c in first.cases]
    after = (store.catalogues(), store.fingerprint(), [c.model_dump() for c in store.cases()])
    assert after == before
    assert [e["event"] for e in store.audit_log()] == ["import", "import"]
    assert '"unchanged": true' in store.audit_log()[-1]["detail"]


def test_reopened_store_keeps_everything(assist_home: Path, library_csv: Path) -> None:
    Store(assist_home).import_file(library_csv, "lib")
    again = Store(assist_home)
    assert len(again.cases()) == 23 and again.version == len(MIGRATIONS)


def test_failed_import_leaves_previous_catalogue(store: Store, export: Path,
                                                 tmp_path: Path) -> None:
    store.import_file(export, "lib")
    before = (store.catalogues(), store.fingerprint(), store.cases())
    png = tmp_path / "lib.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    for broken in (png, tmp_path / "absent.csv"):
        with pytest.raises(ImportFailed):
            store.import_file(broken, "lib")
    assert (store.catalogues(), store.fingerprint(), store.cases()) == before
    assert len(store.problems("lib")) == 3


def test_changed_content_changes_fingerprint(store: Store, export: Path) -> None:
    store.import_file(export, "lib")
    first = store.fingerprint()
    text = export.read_text(encoding="utf-8").replace("Stacoptim", "Stacoptim 2")
    export.write_text(text, encoding="utf-8")
    # a renamed project has a new id: its old id (and links to it) go, so it is confirmed
    with pytest.raises(WouldRemove, match="1 of the 23"):
        store.import_file(export, "lib")
    store.import_file(export, "lib", replace=True)
    assert store.fingerprint() != first
    assert store.cases()[0].nom_projet == "Stacoptim 2" and len(store.cases()) == 23


def test_header_only_import_empties_catalogue(store: Store, export: Path) -> None:
    store.import_file(export, "lib")
    header = export.read_text(encoding="utf-8").splitlines()[0]
    export.write_text(header + "\n", encoding="utf-8")
    with pytest.raises(WouldRemove):
        store.import_file(export, "lib")
    report = store.import_file(export, "lib", replace=True)
    assert report.cases == [] and store.cases() == []
    assert store.catalogues()[0].rows == 0


def test_several_catalogues_and_active_flag(store: Store, export: Path,
                                            library_csv: Path) -> None:
    store.import_file(library_csv, "a")
    store.import_file(export, "b")
    assert len(store.cases()) == 46
    both = store.fingerprint()
    store.set_active("a", False)
    assert {c.origin for c in store.cases()} == {"b"}
    assert store.fingerprint() != both
    store.set_active("a", True)
    assert store.fingerprint() == both


def test_feedback(store: Store) -> None:
    first = store.add_feedback("Quels projets sur l'eau ?", '{"results": []}', 1)
    second = store.add_feedback("Mobilité ?", {"results": ["x"]}, -1, "hors sujet")
    assert second == first + 1
    rows = store.feedback()
    assert [(r["vote"], r["comment"]) for r in rows] == [(1, ""), (-1, "hors sujet")]
    assert json.loads(rows[1]["answer_json"]) == {"results": ["x"]}
    assert rows[0]["ts"] == today()  # the day only, no time
    with pytest.raises(ValueError):
        store.add_feedback("q", "{}", 0)
    with pytest.raises(ValueError):
        store.add_feedback("q", "not json {", 1)


def test_feedback_keeps_no_personal_data_and_expires(store: Store) -> None:
    """A vote keeps the question as a kept search does: e-mail addresses and telephone
    numbers out of the question, the comment and the answer's copy of the question."""
    question = "Je suis marie.durand@ville.fr, 06 12 34 56 78 : quels projets sur l'eau ?"
    store.add_feedback(question, {"question": question, "results": []}, -1,
                       "rappelez-moi au +33 6 12 34 56 78")
    row = store.feedback()[-1]
    kept = row["question"] + row["answer_json"] + row["comment"]
    assert "marie.durand" not in kept and "12 34 56" not in kept, kept
    assert row["question"] == "Je suis [e-mail], [tel] : quels projets sur l'eau ?"
    assert json.loads(row["answer_json"])["question"] == row["question"]
    # An old vote goes when the next one comes; a retention of 0 keeps nothing at all.
    with store._transaction() as conn:
        conn.execute("UPDATE feedback SET ts = '2020-01-01'")
    store.add_feedback("Mobilité ?", "{}", 1, retention_days=90)
    assert [r["question"] for r in store.feedback()] == ["Mobilité ?"]
    assert store.add_feedback("Encore ?", "{}", 1, retention_days=0) == 0
    assert store.feedback() == []


def test_audit_log(store: Store) -> None:
    store.audit("login", "agent:marie", "OIDC")
    store.audit("export", "agent:marie", {"cases": 3})
    log = store.audit_log()
    assert [(e["event"], e["actor"], e["detail"]) for e in log] == [
        ("login", "agent:marie", "OIDC"), ("export", "agent:marie", '{"cases": 3}')]


def test_damaged_database(assist_home: Path) -> None:
    assist_home.mkdir(parents=True)
    (assist_home / DB_FILE).write_bytes(b"not a database at all" * 100)
    with pytest.raises(IndexDamaged, match="move it away"):
        Store(assist_home)


def test_newer_schema_is_refused(assist_home: Path) -> None:
    Store(assist_home)
    with sqlite3.connect(assist_home / DB_FILE) as conn:
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(AssistError, match="newer version"):
        Store(assist_home)


def _import_many(home: str, path: str, name: str) -> int:
    store = Store(Path(home))
    for _ in range(5):
        store.import_file(Path(path), name)
    return len(store.cases())


def test_two_processes_importing_at_once(assist_home: Path, library_csv: Path,
                                         export: Path) -> None:
    jobs = [(str(assist_home), str(library_csv), "a"), (str(assist_home), str(export), "b"),
            (str(assist_home), str(export), "a")]
    with ProcessPoolExecutor(max_workers=3) as pool:
        list(pool.map(_import_many, *zip(*jobs)))
    store = Store(assist_home)
    assert sorted(c.name for c in store.catalogues()) == ["a", "b"]
    assert len(store.cases()) == 46
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert len(store.audit_log()) == 15
