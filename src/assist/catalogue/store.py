"""SQLite store under ASSIST_HOME: imported catalogues, their problems, feedback and audit log."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from pydantic import BaseModel, ValidationError

from assist.auth import delay_after
from assist.catalogue.changes import diff
from assist.catalogue.library import ImportReport, read_export
from assist.catalogue.searches import checked_search, cutoff, scrub, today
from assist.config import DEFAULT_RETENTION_DAYS
from assist.errors import AssistError, ImportFailed, IndexDamaged, WouldRemove, disk_full
from assist.models import Case, ImportProblem, QuarantinedRow
from assist.text.i18n import t

DB_FILE = "assist.sqlite"
LOCK_SECONDS = 120
# What opening the lock file in a folder we may not write raises: the home is then read-only.
READ_ONLY_ERRORS = (errno.EACCES, errno.EPERM, errno.EROFS)


def connect_sqlite(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """A connection to the SQLite file at `path` (the store's, the document shelf's);
    `read_only`: a home on a read-only volume, whose file is only read."""
    if not read_only:
        return sqlite3.connect(path, timeout=LOCK_SECONDS, isolation_level=None)
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=LOCK_SECONDS,
                               isolation_level=None)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        # A WAL database whose folder cannot hold the shared-memory file: read it as an
        # immutable file (nobody can write that folder anyway).
        return sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True, isolation_level=None)
# Both stores' table of kept searches (`catalogue/searches.py`); the same SQL in SQLite and
# PostgreSQL (an integer key each adds to its own dialect).
SEARCHES_COLUMNS = ("day TEXT NOT NULL, question TEXT NOT NULL, language TEXT NOT NULL, "
                    "theme TEXT NOT NULL, outcome TEXT NOT NULL, vote INTEGER NOT NULL "
                    "DEFAULT 0")
SEARCHES_TABLE = ("CREATE TABLE searches(id INTEGER PRIMARY KEY AUTOINCREMENT, "
                  + SEARCHES_COLUMNS + ")")
# Applied in order; `PRAGMA user_version` is how many have run. Append, never edit.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        "CREATE TABLE catalogues(name TEXT PRIMARY KEY, source_file TEXT NOT NULL, "
        "imported_at TEXT NOT NULL, fingerprint TEXT NOT NULL, rows INTEGER NOT NULL, "
        "active INTEGER NOT NULL DEFAULT 1)",
        "CREATE TABLE cases(catalogue TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL, "
        "PRIMARY KEY(catalogue, id))",
        "CREATE TABLE import_problems(catalogue TEXT NOT NULL, row INTEGER NOT NULL, "
        "field TEXT NOT NULL, problem TEXT NOT NULL, value TEXT NOT NULL, "
        "severity TEXT NOT NULL)",
        "CREATE INDEX import_problems_catalogue ON import_problems(catalogue)",
        "CREATE TABLE feedback(id INTEGER PRIMARY KEY AUTOINCREMENT, ts TEXT NOT NULL, "
        "question TEXT NOT NULL, answer_json TEXT NOT NULL, vote INTEGER NOT NULL, "
        "comment TEXT NOT NULL DEFAULT '')",
        "CREATE TABLE audit(id INTEGER PRIMARY KEY AUTOINCREMENT, ts TEXT NOT NULL, "
        "event TEXT NOT NULL, actor TEXT NOT NULL, detail TEXT NOT NULL)",
    ),
    (
        # Agents' decisions on pairs of records (ids sorted, a < b): "merge" or "apart".
        "CREATE TABLE merge_decisions(a TEXT NOT NULL, b TEXT NOT NULL, "
        "decision TEXT NOT NULL, actor TEXT NOT NULL, ts TEXT NOT NULL, PRIMARY KEY(a, b))",
    ),
    (
        # Rows whose shape does not match the header: kept as written, never published.
        "CREATE TABLE quarantine(catalogue TEXT NOT NULL, row INTEGER NOT NULL, "
        "line INTEGER NOT NULL, problem TEXT NOT NULL, text TEXT NOT NULL)",
        "CREATE INDEX quarantine_catalogue ON quarantine(catalogue)",
    ),
    (
        # Failed agent logins per account and per client address (wall-clock seconds, so
        # that the delay survives a restart).
        "CREATE TABLE login_throttle(key TEXT PRIMARY KEY, failures INTEGER NOT NULL, "
        "not_before REAL NOT NULL)",
    ),
    (
        # What people look for (`catalogue/searches.py`): questions without personal data,
        # the day only, purged after the retention period.
        SEARCHES_TABLE,
        "CREATE INDEX searches_day ON searches(day)",
    ),
)
MERGE_DECISIONS = ("merge", "apart")


class CatalogueEntry(BaseModel):
    """One imported catalogue: where it came from, when, how many rows, whether it is searched."""

    name: str
    source_file: str
    imported_at: str
    fingerprint: str
    rows: int  # rows read from the file
    active: bool
    cases: int = 0  # records it holds


def catalogues_fingerprint(rows) -> str:
    """One hash of the active catalogues' (name, fingerprint) rows, in name order: what both
    stores (SQLite and PostgreSQL) return as their fingerprint."""
    text = "\n".join(f"{name}\t{fingerprint}" for name, fingerprint in rows)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def feedback_json(vote: int, answer_json: str | dict) -> str:
    """The answer of a vote as JSON text, after checking the vote is +1 or -1; the question
    it holds is scrubbed as the question itself is (`catalogue/searches.scrub`)."""
    if vote not in (1, -1):
        raise ValueError(f"vote must be +1 or -1, not {vote!r}")
    answer = answer_json
    if isinstance(answer, str):
        try:
            answer = json.loads(answer)
        except ValueError:
            raise ValueError("answer_json must be JSON text or a dict") from None
    if isinstance(answer, dict) and isinstance(answer.get("question"), str):
        answer = {**answer, "question": scrub(answer["question"])}
    return json.dumps(answer, ensure_ascii=False)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def content_fingerprint(report: ImportReport) -> str:
    """sha256 of what an import produced (cases and problems), not of the file's bytes."""
    digest = hashlib.sha256()
    for case in report.cases:
        digest.update(case.model_dump_json().encode("utf-8", "surrogatepass") + b"\n")
    for problem in report.problems:
        digest.update(problem.model_dump_json().encode("utf-8", "surrogatepass") + b"\n")
    return digest.hexdigest()


def refuse_removal(name: str, before: list[str], report: ImportReport) -> None:
    """`WouldRemove` when `report` lacks projects of catalogue `name` (ids `before`)."""
    removed = set(before) - {c.id for c in report.cases}
    if removed:
        counts = {"removed": len(removed), "before": len(before), "name": name,
                  "cases": len(report.cases), "quarantined": len(report.quarantined)}
        raise WouldRemove(
            t("import.would_remove", "fr", **counts) + " / " + t("import.would_remove", "en",
                                                                  **counts),
            removed=len(removed), kept=len(before) - len(removed))


class SqlStore:
    """What the SQLite `Store` and the PostgreSQL `PgStore` share: every method whose SQL is
    the same in both. Written with `?` placeholders (`_sql` gives PostgreSQL its `%s`); a
    subclass gives its connections (`_reading`, `_transaction`), rows as dicts (`_dicts`),
    the column that keeps a catalogue's file order (`ORDER`), text as it can be stored
    (`_text`) and how a catalogue's rows are replaced (`_replace`)."""

    ORDER = "rowid"
    path: Any
    warnings: list[str]

    def _sql(self, text: str) -> str:
        return text

    def _text(self, text: str) -> str:
        return text

    def _reading(self):
        raise NotImplementedError

    def _transaction(self):
        raise NotImplementedError

    def _dicts(self, conn, sql: str, params: tuple | list = ()) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _replace(self, conn, name: str, source: str, fingerprint: str,
                 report: ImportReport) -> None:
        raise NotImplementedError

    # Each backend has its own schema steps and keeps its version its own way.
    MIGRATIONS: tuple[tuple[str, ...], ...] = ()

    def _schema_version(self, conn) -> int:
        raise NotImplementedError

    def _set_schema_version(self, conn, number: int) -> None:
        raise NotImplementedError

    def _migrate(self) -> None:
        """Bring the schema up to date in one transaction; refuse a newer one."""
        with self._transaction() as conn:
            version = self._schema_version(conn)
            if version > len(self.MIGRATIONS):
                raise AssistError(f"{self.path} was written by a newer version of assist "
                                  f"(schema {version}): upgrade assist")
            for number, statements in enumerate(self.MIGRATIONS[version:], start=version + 1):
                for statement in statements:
                    conn.execute(statement)
                self._set_schema_version(conn, number)

    def import_file(self, path: Path, name: str | None = None,
                    actor: str = "local", source: str | None = None,
                    dry_run: bool = False, replace: bool = False) -> ImportReport:
        """Import an export as catalogue `name` (default: the file's stem), replacing it whole.

        The file is parsed before anything is written, then the catalogue's rows are replaced
        in one transaction: a failed import leaves the previous catalogue as it was. The same
        content imported again changes nothing (same ids, same rows, same fingerprint).
        `report.changes` says what changed since the catalogue's last import; with `dry_run`
        nothing is written. `source` is what the catalogue is said to come from (a URL),
        the file's path by default.
        An import that would remove projects the catalogue has raises `WouldRemove`
        (saying how many) unless `replace`: a broken or truncated file never wipes a
        catalogue quietly.
        """
        path = Path(path)
        name = (name or path.stem).strip()
        if not name:
            raise ImportFailed("Nom de catalogue vide / empty catalogue name")
        source = source or str(path)
        report = read_export(path, origin=name)
        fingerprint = content_fingerprint(report)
        with self._transaction() as conn:
            previous = conn.execute(self._sql("SELECT fingerprint, active FROM catalogues "
                                              "WHERE name = ?"), (name,)).fetchone()
            report.changes = diff(self._catalogue_cases(conn, name) if previous else None,
                                  report.cases)
            if dry_run:
                return report
            unchanged = previous is not None and tuple(previous) == (fingerprint, True)
            if not unchanged and not replace:
                refuse_removal(name, [row[0] for row in conn.execute(
                    self._sql("SELECT id FROM cases WHERE catalogue = ?"), (name,))], report)
            if not unchanged:
                self._replace(conn, name, source, fingerprint, report)
            detail = {"catalogue": name, "file": source, "cases": len(report.cases),
                      "problems": len(report.problems), "unchanged": unchanged,
                      "changes": report.changes.counts(),
                      "quarantined": len(report.quarantined), "replace": replace}
            self._audit(conn, "import", actor, detail)
        return report

    def _catalogue_cases(self, conn, name: str) -> list[Case]:
        rows = conn.execute(self._sql(f"SELECT json FROM cases WHERE catalogue = ? "
                                      f"ORDER BY {self.ORDER}"), (name,))
        return [Case.model_validate_json(row[0]) for row in rows]

    def catalogue_cases(self, name: str) -> list[Case]:
        """The cases of one catalogue, in file order (active or not)."""
        with self._reading() as conn:
            return self._catalogue_cases(conn, name)

    # -- agents' merge decisions ---------------------------------------------------------------

    def decide(self, a: str, b: str, decision: str, actor: str = "local") -> None:
        """Record that records `a` and `b` are one project ("merge") or two ("apart"); a
        later decision on the same pair replaces the earlier one."""
        if decision not in MERGE_DECISIONS:
            raise ValueError(f"decision must be 'merge' or 'apart', not {decision!r}")
        if a == b:
            raise ValueError(f"a record cannot be merged with itself: {a!r}")
        a, b = sorted((a, b))
        with self._transaction() as conn:
            conn.execute(self._sql("INSERT INTO merge_decisions VALUES (?, ?, ?, ?, ?) "
                                   "ON CONFLICT (a, b) DO UPDATE SET decision = "
                                   "excluded.decision, actor = excluded.actor, ts = excluded.ts"),
                         (self._text(a), self._text(b), decision, self._text(actor), _now()))
            self._audit(conn, f"merge-{decision}", actor, {"a": a, "b": b})

    def decisions(self) -> dict[tuple[str, str], str]:
        """(a, b) with a < b -> "merge" or "apart"."""
        with self._reading() as conn:
            rows = conn.execute("SELECT a, b, decision FROM merge_decisions").fetchall()
        return {(a, b): decision for a, b, decision in rows}

    def decision_log(self) -> list[dict[str, Any]]:
        with self._reading() as conn:
            return self._dicts(conn, "SELECT * FROM merge_decisions ORDER BY ts")

    # -- catalogues ----------------------------------------------------------------------------

    def set_active(self, name: str, active: bool) -> None:
        """Include (or leave out) a catalogue's cases in `cases()`."""
        with self._transaction() as conn:
            conn.execute(self._sql("UPDATE catalogues SET active = ? WHERE name = ?"),
                         (bool(active), name))

    def cases(self) -> list[Case]:
        """The cases of every active catalogue, in catalogue name then file order.

        A record that cannot be read any more (a damaged row) is left out and named in
        `warnings`, with the file to import again: one bad row does not stop every command.
        """
        out = []
        with self._reading() as conn:
            rows = conn.execute(self._sql(
                "SELECT c.catalogue, c.id, c.json, k.source_file FROM cases c JOIN catalogues "
                f"k ON k.name = c.catalogue WHERE k.active = ? ORDER BY k.name, c.{self.ORDER}"),
                (True,)).fetchall()
        for catalogue, case_id, text, source in rows:
            try:
                out.append(Case.model_validate_json(text))
            except ValidationError as exc:
                self._warn(f"fiche « {case_id} » du catalogue « {catalogue} » illisible, "
                           f"laissée de côté ({exc.error_count()} erreur(s)) : importez à "
                           f"nouveau {source} / record '{case_id}' of catalogue "
                           f"'{catalogue}' is unreadable and left out: import {source} "
                           "again")
        return out

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def catalogues(self) -> list[CatalogueEntry]:
        with self._reading() as conn:
            rows = self._dicts(conn, "SELECT k.*, (SELECT COUNT(*) FROM cases c WHERE "
                                     "c.catalogue = k.name) AS cases FROM catalogues k "
                                     "ORDER BY name")
        return [CatalogueEntry(**row) for row in rows]

    def problems(self, name: str) -> list[ImportProblem]:
        with self._reading() as conn:
            rows = self._dicts(conn, "SELECT row, field, problem, value, severity FROM "
                                     f"import_problems WHERE catalogue = ? ORDER BY {self.ORDER}",
                               (name,))
        return [ImportProblem(**row) for row in rows]

    def quarantined(self, name: str) -> list[QuarantinedRow]:
        """The rows of catalogue `name` kept out of it (agents only: they may hold restricted
        values in any place)."""
        with self._reading() as conn:
            rows = self._dicts(conn, "SELECT row, line, problem, text FROM quarantine WHERE "
                                     f"catalogue = ? ORDER BY {self.ORDER}", (name,))
        return [QuarantinedRow(**row) for row in rows]

    def fingerprint(self) -> str:
        """Changes whenever the set of active catalogues or any one's content changes."""
        with self._reading() as conn:
            rows = conn.execute(self._sql("SELECT name, fingerprint FROM catalogues WHERE "
                                          "active = ? ORDER BY name"), (True,)).fetchall()
        return catalogues_fingerprint(rows)

    # -- feedback, login delays, audit ---------------------------------------------------------

    def add_feedback(self, question: str, answer_json: str | dict, vote: int,
                     comment: str = "", retention_days: int = DEFAULT_RETENTION_DAYS) -> int:
        """Record a vote (+1 or -1) on an answer; returns the feedback's id (0: nothing kept,
        retention 0). Kept as "what people look for" keeps questions: e-mail addresses and
        telephone numbers taken out of the question, the comment and the answer's copy of the
        question, the day only; votes older than `retention_days` are deleted."""
        answer_json = feedback_json(vote, answer_json)
        with self._transaction() as conn:
            conn.execute(self._sql("DELETE FROM feedback WHERE ts < ?"),
                         (cutoff(retention_days),))
            if retention_days <= 0:
                return 0
            row = conn.execute(self._sql("INSERT INTO feedback(ts, question, answer_json, vote, "
                                         "comment) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                               (today(), self._text(scrub(question)), self._text(answer_json),
                                vote, self._text(scrub(comment)))).fetchone()
        return int(row[0])

    def feedback(self) -> list[dict[str, Any]]:
        with self._reading() as conn:
            return self._dicts(conn, "SELECT * FROM feedback ORDER BY id")

    # -- what people look for (`catalogue/searches.py`) ---------------------------------------

    def add_search(self, question: str, language: str, theme: str, outcome: str,
                   retention_days: int, vote: int = 0) -> int:
        """Keep a question (e-mails and telephone numbers taken out, the day only) and drop
        those older than `retention_days`; returns its id (0: nothing kept, retention 0)."""
        checked_search(outcome, vote)
        with self._transaction() as conn:
            conn.execute(self._sql("DELETE FROM searches WHERE day < ?"),
                         (cutoff(retention_days),))
            if retention_days <= 0:
                return 0
            row = conn.execute(self._sql("INSERT INTO searches(day, question, language, theme, "
                                         "outcome, vote) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                               (today(), self._text(scrub(question)), self._text(language),
                                self._text(theme), outcome, vote)).fetchone()
        return int(row[0])

    def vote_search(self, search_id: int, vote: int) -> None:
        """The vote (-1, 0, +1) the answer to a kept search got."""
        checked_search("answered", vote)
        with self._transaction() as conn:
            conn.execute(self._sql("UPDATE searches SET vote = ? WHERE id = ?"),
                         (vote, search_id))

    def searches(self, retention_days: int) -> list[dict[str, Any]]:
        """The kept searches of the retention period, oldest first (older ones may wait for
        the next write to be purged: they are not returned)."""
        with self._reading() as conn:
            return self._dicts(conn, "SELECT id, day, question, language, theme, outcome, vote "
                                     "FROM searches WHERE day >= ? ORDER BY id",
                               (cutoff(retention_days),))

    def login_wait(self, keys: list[str], now: float | None = None) -> float:
        """Seconds before a login may be tried for any of `keys` (``account:<name>``,
        ``ip:<address>``): the longest of their delays."""
        now = time.time() if now is None else now
        marks = ",".join("?" * len(keys))
        with self._reading() as conn:
            row = conn.execute(self._sql(f"SELECT max(not_before) FROM login_throttle WHERE "
                                         f"key IN ({marks})"),
                               [self._text(k) for k in keys]).fetchone()
        return max(0.0, (row[0] or 0.0) - now)

    def login_failed(self, keys: list[str], now: float | None = None) -> float:
        """Count a failed login against each of `keys`; returns the delay now imposed."""
        now = time.time() if now is None else now
        delay = 0.0
        with self._transaction() as conn:
            for key in map(self._text, keys):
                row = conn.execute(self._sql("SELECT failures FROM login_throttle WHERE key = ?"),
                                   (key,)).fetchone()
                failures = (row[0] if row else 0) + 1
                conn.execute(self._sql("INSERT INTO login_throttle VALUES (?, ?, ?) ON CONFLICT "
                                       "(key) DO UPDATE SET failures = excluded.failures, "
                                       "not_before = excluded.not_before"),
                             (key, failures, now + delay_after(failures)))
                delay = max(delay, delay_after(failures))
        return delay

    def login_succeeded(self, keys: list[str]) -> None:
        marks = ",".join("?" * len(keys))
        with self._transaction() as conn:
            conn.execute(self._sql(f"DELETE FROM login_throttle WHERE key IN ({marks})"),
                         [self._text(k) for k in keys])

    def audit(self, event: str, actor: str, detail: str | dict = "") -> None:
        """Append an event to the audit log (`detail` may be text or a JSON-able dict)."""
        with self._transaction() as conn:
            self._audit(conn, event, actor, detail)

    def _audit(self, conn, event: str, actor: str, detail: str | dict) -> None:
        if not isinstance(detail, str):
            detail = json.dumps(detail, ensure_ascii=False, sort_keys=True)
        conn.execute(self._sql("INSERT INTO audit(ts, event, actor, detail) VALUES "
                               "(?, ?, ?, ?)"),
                     (_now(), event, self._text(actor), self._text(detail)))

    def audit_log(self) -> list[dict[str, Any]]:
        with self._reading() as conn:
            return self._dicts(conn, "SELECT * FROM audit ORDER BY id")


class Store(SqlStore):
    """The program's database, ``<home>/assist.sqlite`` (WAL; writes behind a file lock).

    >>> store = Store(Settings.from_env().home)           # doctest: +SKIP
    >>> print(store.import_file(Path("export.csv")).summary())  # doctest: +SKIP
    """

    MIGRATIONS = MIGRATIONS

    def __init__(self, home: Path):
        self.home = Path(home)
        self.home.mkdir(parents=True, exist_ok=True)
        self.path = self.home / DB_FILE
        # Said once to whoever opens the store (the CLI on stderr, the app to agents).
        self.warnings: list[str] = []
        self.read_only = False
        # Several processes (CLI, app) may write; sqlite's own locking does not cover our
        # read-compare-replace of a catalogue, so writers also take this lock.
        self._lock = FileLock(str(self.path) + ".lock", timeout=LOCK_SECONDS)
        try:
            with self._write(opening=True) as conn:
                conn.execute("PRAGMA journal_mode=WAL")
            self._migrate()
        except OSError as exc:
            if exc.errno not in READ_ONLY_ERRORS or not self.path.is_file():
                raise
            # A built home on a read-only volume (a container image, a shared server):
            # everything can be read, nothing written.
            self.read_only = True
            if self.version < len(MIGRATIONS):
                raise AssistError(f"{self.path} is read-only and needs an upgrade of its "
                                  "schema: open it once where it can be written") from None

    def _set_aside_if_empty(self) -> None:
        """A 0-byte database (a copy cut short, a full disk) holds no catalogue: say so,
        keep the empty file aside and start a new database rather than lose them quietly."""
        wal = self.path.with_name(DB_FILE + "-wal")
        if not self.path.is_file() or self.path.stat().st_size or (
                wal.is_file() and wal.stat().st_size):  # in WAL mode data may wait there
            return
        aside = self.path.with_name(f"{DB_FILE}.empty-{dt.datetime.now():%Y%m%d-%H%M%S}")
        try:
            self.path.rename(aside)
            self.path.with_name(DB_FILE + "-shm").unlink(missing_ok=True)
        except OSError:
            aside = self.path
        self.warnings.append(
            f"{self.path} était vide (0 octet) : les catalogues importés n'y sont plus, "
            f"importez-les à nouveau (fichier vide gardé : {aside.name}) / was empty (0 bytes): "
            f"the imported catalogues are not in it any more, import them again (the empty "
            f"file is kept as {aside.name})")

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            conn = self._open_connection()
        except sqlite3.Error as exc:
            raise self._error(exc, "Cannot open") from None
        conn.row_factory = sqlite3.Row
        try:
            yield conn
        except sqlite3.DatabaseError as exc:
            raise self._error(exc) from None
        finally:
            conn.close()

    def _open_connection(self) -> sqlite3.Connection:
        return connect_sqlite(self.path, self.read_only)

    def _error(self, exc: sqlite3.Error, doing: str = "") -> AssistError:
        if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL \
                or "disk is full" in str(exc):
            return disk_full(self.path)
        if doing:
            return IndexDamaged(f"{doing} {self.path}: {exc}")
        return IndexDamaged(f"{self.path} is damaged ({exc}): move it away and import the "
                            "catalogues again")

    @contextmanager
    def _write(self, opening: bool = False) -> Iterator[sqlite3.Connection]:
        """A connection for writing, behind the file lock. `opening`: first check, under the
        lock, that the file is not an empty one to set aside — outside it, another process's
        database being created (0 bytes for an instant) would be taken for a damaged one."""
        if self.read_only:
            raise AssistError(f"ASSIST_HOME ({self.home}) est en lecture seule : rien ne peut "
                              f"y être écrit / is read-only: nothing can be written there")
        try:
            self._lock.acquire()
        except Timeout:
            raise AssistError(f"{self.path} is busy (another import is running): try again "
                              "later") from None
        try:
            if opening:
                self._set_aside_if_empty()
            with self._connect() as conn:
                yield conn
        finally:
            self._lock.release()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._write() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:  # SQLite rolls back by itself on some errors (full)
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def _schema_version(self, conn) -> int:
        return conn.execute("PRAGMA user_version").fetchone()[0]

    def _set_schema_version(self, conn, number: int) -> None:
        conn.execute(f"PRAGMA user_version = {number}")

    @property
    def version(self) -> int:
        """The schema version of the database file."""
        with self._connect() as conn:
            return conn.execute("PRAGMA user_version").fetchone()[0]

    def _reading(self):
        return self._connect()

    def _dicts(self, conn, sql: str, params: tuple | list = ()) -> list[dict[str, Any]]:
        return [dict(row) for row in conn.execute(sql, params)]

    def _replace(self, conn: sqlite3.Connection, name: str, source: str, fingerprint: str,
                 report: ImportReport) -> None:
        conn.execute("DELETE FROM cases WHERE catalogue = ?", (name,))
        conn.execute("DELETE FROM import_problems WHERE catalogue = ?", (name,))
        conn.execute("INSERT INTO catalogues VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT (name) DO "
                     "UPDATE SET source_file = excluded.source_file, imported_at = "
                     "excluded.imported_at, fingerprint = excluded.fingerprint, rows = "
                     "excluded.rows, active = 1", (name, source, _now(), fingerprint,
                                                   report.rows_read))
        conn.executemany("INSERT INTO cases VALUES (?, ?, ?)",
                         ((name, c.id, c.model_dump_json()) for c in report.cases))
        conn.executemany("INSERT INTO import_problems VALUES (?, ?, ?, ?, ?, ?)",
                         ((name, p.row, p.field, p.problem, p.value, p.severity)
                          for p in report.problems))
        conn.execute("DELETE FROM quarantine WHERE catalogue = ?", (name,))
        conn.executemany("INSERT INTO quarantine VALUES (?, ?, ?, ?, ?)",
                         ((name, q.row, q.line, q.problem, q.text) for q in report.quarantined))


