"""PostgreSQL store (`ASSIST_DATABASE_URL`): imported catalogues, their problems, feedback and
audit log, with the same methods as the SQLite `Store`; and the connections every PostgreSQL
part shares.

Two logins reach the database. The URL's role (the *owner*) creates the tables, writes, and
answers agents. Public questions go through a second login, the *reader*, that the database
itself keeps from restricted rows: row-level security on the retrieval tables and no grant at
all on the store's tables. The reader is `ASSIST_DATABASE_PUBLIC_URL` when set (a DBA made it);
otherwise the owner creates `<database>_public` (it needs CREATEROLE) with a password derived
from its own, so one URL is enough to configure.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from assist.catalogue.changes import diff
from assist.catalogue.library import ImportReport, read_export
from assist.catalogue.searches import checked_search, cutoff, scrub, today
from assist.catalogue.store import (
    MERGE_DECISIONS,
    SEARCHES_COLUMNS,
    CatalogueEntry,
    _now,
    catalogues_fingerprint,
    content_fingerprint,
    feedback_json,
    refuse_removal,
)
from assist.errors import AssistError, BackendMissing, ImportFailed, IndexDamaged
from assist.models import ImportProblem

# Serialises writers of one database (imports, index rebuilds): pg_advisory_xact_lock keys.
WRITE_LOCK = 7_405_001
LOCK_SECONDS = 120
# Applied in order; `assist_schema.version` is how many have run. Append, never edit.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        "CREATE TABLE catalogues(name text PRIMARY KEY, source_file text NOT NULL, "
        "imported_at text NOT NULL, fingerprint text NOT NULL, rows integer NOT NULL, "
        "active boolean NOT NULL DEFAULT true)",
        "CREATE TABLE cases(catalogue text NOT NULL, id text NOT NULL, seq integer NOT NULL, "
        "json text NOT NULL, PRIMARY KEY(catalogue, id))",
        "CREATE TABLE import_problems(catalogue text NOT NULL, seq integer NOT NULL, "
        "row integer NOT NULL, field text NOT NULL, problem text NOT NULL, "
        "value text NOT NULL, severity text NOT NULL)",
        "CREATE INDEX import_problems_catalogue ON import_problems(catalogue)",
        "CREATE TABLE feedback(id bigserial PRIMARY KEY, ts text NOT NULL, "
        "question text NOT NULL, answer_json text NOT NULL, vote integer NOT NULL, "
        "comment text NOT NULL DEFAULT '')",
        "CREATE TABLE audit(id bigserial PRIMARY KEY, ts text NOT NULL, event text NOT NULL, "
        "actor text NOT NULL, detail text NOT NULL)",
    ),
    (
        # Agents' decisions on pairs of records (ids sorted, a < b): "merge" or "apart".
        "CREATE TABLE merge_decisions(a text NOT NULL, b text NOT NULL, decision text NOT NULL, "
        "actor text NOT NULL, ts text NOT NULL, PRIMARY KEY(a, b))",
    ),
    (
        # What people look for (`catalogue/searches.py`), as in the SQLite store.
        "CREATE TABLE searches(id bigserial PRIMARY KEY, " + SEARCHES_COLUMNS + ")",
        "CREATE INDEX searches_day ON searches(day)",
    ),
)


def _psycopg():
    try:
        import psycopg
    except ImportError:
        raise BackendMissing("ASSIST_DATABASE_URL needs the PostgreSQL extra: "
                             "pip install -e '.[pg]'") from None
    return psycopg


def safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


# Graph candidates an HNSW search keeps (hnsw.ef_search): at least the 200 candidates the
# fusion wants (`retrieval.search.CANDIDATES`); `assist bench-pg` measures what more buys.
EF_SEARCH = 200
# pgvector's search settings for every session: with a filter, HNSW keeps scanning until
# enough rows pass it (iterative scan; the caller restores the order among them).
SESSION = (f"SET hnsw.ef_search = {EF_SEARCH}", "SET hnsw.iterative_scan = relaxed_order",
           "SET hnsw.max_scan_tuples = 50000")


def connect(url: str):
    """An autocommit connection, or an `AssistError` that says which server failed and why."""
    psycopg = _psycopg()
    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        for statement in SESSION:
            conn.execute(statement)
        return conn
    except psycopg.Error as exc:
        reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        raise AssistError(f"Cannot connect to PostgreSQL at {safe_url(url)}: {reason}. "
                          "Is the server running (scripts/local-postgres.sh start)?") from None


def reader_name(owner_url: str) -> str:
    database = urlsplit(owner_url).path.lstrip("/") or "assist"
    return f"{database}_public"[:63]


def reader_password(owner_url: str) -> str:
    """Derived from the owner's password: whoever holds the owner URL may read anyway."""
    secret = unquote(urlsplit(owner_url).password or "")
    if not secret:
        raise AssistError("ASSIST_DATABASE_URL has no password to derive the public reader's "
                          "from: set ASSIST_DATABASE_PUBLIC_URL to a login that may read "
                          "public rows only")
    return hmac.new(secret.encode(), b"assist-public-reader:" + reader_name(owner_url).encode(),
                    hashlib.sha256).hexdigest()[:40]


def reader_url(owner_url: str) -> str:
    parts = urlsplit(owner_url)
    host = parts.hostname or ""
    netloc = (f"{quote(reader_name(owner_url))}:{reader_password(owner_url)}@{host}"
              + (f":{parts.port}" if parts.port else ""))
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def ensure_reader(conn, owner_url: str) -> None:
    """Create the derived reader role if it is missing (the owner needs CREATEROLE)."""
    name = reader_name(owner_url)
    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
    psycopg = _psycopg()
    from psycopg import sql

    try:
        if not exists:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(name), sql.Literal(reader_password(owner_url))))
        conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
            sql.Identifier(urlsplit(owner_url).path.lstrip("/") or "assist"),
            sql.Identifier(name)))
        conn.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(sql.Identifier(name)))
    except psycopg.Error as exc:
        raise AssistError(f"Cannot create the public reader role {name}: {exc}. Give the "
                          "owner CREATEROLE, or set ASSIST_DATABASE_PUBLIC_URL") from None


class Database:
    """The owner's and the reader's connections to one database, one lock each (Streamlit
    serves sessions from threads; a psycopg connection runs one statement at a time)."""

    def __init__(self, url: str, public_url: str = "") -> None:
        self.url = url
        self.owner = connect(url)
        if not public_url:
            ensure_reader(self.owner, url)
        self.public_url = public_url or reader_url(url)
        self.reader_role = unquote(urlsplit(self.public_url).username or "")
        self.where = safe_url(url)
        self._reader = None
        self._locks = {"owner": threading.RLock(), "reader": threading.RLock()}

    @property
    def reader(self):
        if self._reader is None:
            self._reader = connect(self.public_url)
        return self._reader

    @contextmanager
    def use(self, who: str = "owner") -> Iterator[Any]:
        """A connection and its lock; PostgreSQL errors become `IndexDamaged` with a reason."""
        psycopg = _psycopg()
        with self._locks[who]:
            conn = self.owner if who == "owner" else self.reader
            try:
                yield conn
            except psycopg.Error as exc:
                raise IndexDamaged(f"PostgreSQL ({safe_url(self.url)}): "
                                   f"{str(exc).strip().splitlines()[0]}") from None

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """The owner's connection in one transaction, serialised with other writers."""
        with self.use("owner") as conn, conn.transaction():
            conn.execute("SET LOCAL lock_timeout = %s" % (LOCK_SECONDS * 1000))
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            yield conn

    def close(self) -> None:
        for conn in (self.owner, self._reader):
            if conn is not None:
                conn.close()


_OPEN: dict[tuple[str, str], Database] = {}
_OPEN_LOCK = threading.Lock()


def database(url: str, public_url: str = "") -> Database:
    """One `Database` per URL pair in a process (the app reopens assistants after imports)."""
    with _OPEN_LOCK:
        key = (url, public_url)
        db = _OPEN.get(key)
        if db is None or db.owner.closed:
            db = _OPEN[key] = Database(url, public_url)
        return db


def close_all() -> None:
    """Close every connection this process opened (before dropping a database)."""
    with _OPEN_LOCK:
        for db in _OPEN.values():
            db.close()
        _OPEN.clear()


class PgStore:
    """The store in PostgreSQL: the same methods and behaviour as `assist.store.Store`."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.path = safe_url(db.url)
        self.warnings: list[str] = []  # as `Store.warnings`
        self._migrate()

    def _migrate(self) -> None:
        with self.db.transaction() as conn:
            conn.execute("CREATE TABLE IF NOT EXISTS assist_schema(version integer NOT NULL)")
            row = conn.execute("SELECT version FROM assist_schema").fetchone()
            version = row[0] if row else 0
            if row is None:
                conn.execute("INSERT INTO assist_schema VALUES (0)")
            if version > len(MIGRATIONS):
                raise AssistError(f"{self.path} was written by a newer version of assist "
                                  f"(schema {version}): upgrade assist")
            for number, statements in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in statements:
                    conn.execute(statement)
                conn.execute("UPDATE assist_schema SET version = %s", (number,))

    @property
    def version(self) -> int:
        with self.db.use() as conn:
            return conn.execute("SELECT version FROM assist_schema").fetchone()[0]

    def import_file(self, path: Path, name: str | None = None,
                    actor: str = "local", source: str | None = None,
                    dry_run: bool = False, replace: bool = False) -> ImportReport:
        """Import an export as catalogue `name`, replacing it whole in one transaction;
        `report.changes` says what changed since its last import; `WouldRemove` when
        projects would go and not `replace` (see `Store.import_file`). Quarantined rows
        are reported but not kept here (the SQLite store keeps them)."""
        path = Path(path)
        name = (name or path.stem).strip()
        if not name:
            raise ImportFailed("Nom de catalogue vide / empty catalogue name")
        source = source or str(path)
        report = read_export(path, origin=name)
        fingerprint = content_fingerprint(report)
        with self.db.transaction() as conn:
            previous = conn.execute("SELECT fingerprint, active FROM catalogues WHERE name = %s",
                                    (name,)).fetchone()
            report.changes = diff(self._catalogue_cases(conn, name) if previous else None,
                                  report.cases)
            if dry_run:
                return report
            unchanged = previous is not None and tuple(previous) == (fingerprint, True)
            if not unchanged and not replace:
                refuse_removal(name, [row[0] for row in conn.execute(
                    "SELECT id FROM cases WHERE catalogue = %s", (name,))], report)
            if not unchanged:
                self._replace(conn, name, source, fingerprint, report)
            detail = {"catalogue": name, "file": source, "cases": len(report.cases),
                      "problems": len(report.problems), "unchanged": unchanged,
                      "changes": report.changes.counts()}
            self._audit(conn, "import", actor, detail)
        return report

    @staticmethod
    def _catalogue_cases(conn, name: str):
        from assist.models import Case

        rows = conn.execute("SELECT json FROM cases WHERE catalogue = %s ORDER BY seq",
                            (name,)).fetchall()
        return [Case.model_validate_json(row[0]) for row in rows]

    def catalogue_cases(self, name: str):
        with self.db.use() as conn:
            return self._catalogue_cases(conn, name)

    def decide(self, a: str, b: str, decision: str, actor: str = "local") -> None:
        if decision not in MERGE_DECISIONS:
            raise ValueError(f"decision must be 'merge' or 'apart', not {decision!r}")
        if a == b:
            raise ValueError(f"a record cannot be merged with itself: {a!r}")
        a, b = sorted((a, b))
        with self.db.transaction() as conn:
            conn.execute("INSERT INTO merge_decisions VALUES (%s, %s, %s, %s, %s) "
                         "ON CONFLICT (a, b) DO UPDATE SET decision = excluded.decision, "
                         "actor = excluded.actor, ts = excluded.ts",
                         (_clean(a), _clean(b), decision, _clean(actor), _now()))
            self._audit(conn, f"merge-{decision}", actor, {"a": a, "b": b})

    def decisions(self) -> dict[tuple[str, str], str]:
        with self.db.use() as conn:
            rows = conn.execute("SELECT a, b, decision FROM merge_decisions").fetchall()
        return {(a, b): decision for a, b, decision in rows}

    def decision_log(self) -> list[dict[str, Any]]:
        with self.db.use() as conn, conn.cursor(row_factory=_dict_rows()) as cur:
            return list(cur.execute("SELECT * FROM merge_decisions ORDER BY ts"))

    @staticmethod
    def _replace(conn, name: str, source: str, fingerprint: str, report: ImportReport) -> None:
        conn.execute("DELETE FROM cases WHERE catalogue = %s", (name,))
        conn.execute("DELETE FROM import_problems WHERE catalogue = %s", (name,))
        conn.execute("INSERT INTO catalogues VALUES (%s, %s, %s, %s, %s, true) "
                     "ON CONFLICT (name) DO UPDATE SET source_file = excluded.source_file, "
                     "imported_at = excluded.imported_at, fingerprint = excluded.fingerprint, "
                     "rows = excluded.rows, active = true",
                     (name, source, _now(), fingerprint, report.rows_read))
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO cases VALUES (%s, %s, %s, %s)",
                            [(name, c.id, seq, _clean(c.model_dump_json()))
                             for seq, c in enumerate(report.cases)])
            cur.executemany("INSERT INTO import_problems VALUES (%s, %s, %s, %s, %s, %s, %s)",
                            [(name, seq, p.row, _clean(p.field), _clean(p.problem),
                              _clean(p.value), p.severity)
                             for seq, p in enumerate(report.problems)])

    def set_active(self, name: str, active: bool) -> None:
        with self.db.transaction() as conn:
            conn.execute("UPDATE catalogues SET active = %s WHERE name = %s", (active, name))

    def cases(self):
        from assist.models import Case

        with self.db.use() as conn:
            rows = conn.execute("SELECT c.json FROM cases c JOIN catalogues k ON k.name = "
                                "c.catalogue WHERE k.active ORDER BY k.name, c.seq").fetchall()
        return [Case.model_validate_json(row[0]) for row in rows]

    def catalogues(self) -> list[CatalogueEntry]:
        with self.db.use() as conn, conn.cursor(row_factory=_dict_rows()) as cur:
            rows = cur.execute("SELECT k.*, (SELECT COUNT(*) FROM cases c WHERE c.catalogue "
                               "= k.name) AS cases FROM catalogues k ORDER BY name")
            return [CatalogueEntry(**row) for row in rows]

    def problems(self, name: str) -> list[ImportProblem]:
        with self.db.use() as conn, conn.cursor(row_factory=_dict_rows()) as cur:
            rows = cur.execute("SELECT row, field, problem, value, severity FROM "
                               "import_problems WHERE catalogue = %s ORDER BY seq", (name,))
            return [ImportProblem(**row) for row in rows]

    def fingerprint(self) -> str:
        with self.db.use() as conn:
            rows = conn.execute("SELECT name, fingerprint FROM catalogues WHERE active "
                                "ORDER BY name").fetchall()
        return catalogues_fingerprint(rows)

    def add_feedback(self, question: str, answer_json: str | dict, vote: int,
                     comment: str = "") -> int:
        answer_json = feedback_json(vote, answer_json)
        with self.db.transaction() as conn:
            row = conn.execute("INSERT INTO feedback(ts, question, answer_json, vote, comment) "
                               "VALUES (%s, %s, %s, %s, %s) RETURNING id",
                               (_now(), _clean(question), _clean(answer_json), vote,
                                _clean(comment))).fetchone()
        return int(row[0])

    def feedback(self) -> list[dict[str, Any]]:
        with self.db.use() as conn, conn.cursor(row_factory=_dict_rows()) as cur:
            return list(cur.execute("SELECT * FROM feedback ORDER BY id"))

    def add_search(self, question: str, language: str, theme: str, outcome: str,
                   retention_days: int, vote: int = 0) -> int:
        """As `Store.add_search`: the question without personal data, older ones purged."""
        checked_search(outcome, vote)
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM searches WHERE day < %s", (cutoff(retention_days),))
            if retention_days <= 0:
                return 0
            row = conn.execute("INSERT INTO searches(day, question, language, theme, outcome, "
                               "vote) VALUES (%s, %s, %s, %s, %s, %s) RETURNING id",
                               (today(), _clean(scrub(question)), _clean(language),
                                _clean(theme), outcome, vote)).fetchone()
        return int(row[0])

    def vote_search(self, search_id: int, vote: int) -> None:
        checked_search("answered", vote)
        with self.db.transaction() as conn:
            conn.execute("UPDATE searches SET vote = %s WHERE id = %s", (vote, search_id))

    def searches(self, retention_days: int) -> list[dict[str, Any]]:
        with self.db.use() as conn, conn.cursor(row_factory=_dict_rows()) as cur:
            return list(cur.execute("SELECT id, day, question, language, theme, outcome, vote "
                                    "FROM searches WHERE day >= %s ORDER BY id",
                                    (cutoff(retention_days),)))

    def audit(self, event: str, actor: str, detail: str | dict = "") -> None:
        with self.db.transaction() as conn:
            self._audit(conn, event, actor, detail)

    @staticmethod
    def _audit(conn, event: str, actor: str, detail: str | dict) -> None:
        if not isinstance(detail, str):
            detail = json.dumps(detail, ensure_ascii=False, sort_keys=True)
        conn.execute("INSERT INTO audit(ts, event, actor, detail) VALUES (%s, %s, %s, %s)",
                     (_now(), event, _clean(actor), _clean(detail)))

    def audit_log(self) -> list[dict[str, Any]]:
        with self.db.use() as conn, conn.cursor(row_factory=_dict_rows()) as cur:
            return list(cur.execute("SELECT * FROM audit ORDER BY id"))


def _dict_rows():
    from psycopg.rows import dict_row

    return dict_row


def _clean(text: str) -> str:
    """PostgreSQL text cannot hold NUL (SQLite can); a NUL from a hostile export or a
    question becomes U+FFFD instead of failing the whole import."""
    return text.replace("\x00", "\ufffd") if "\x00" in text else text
