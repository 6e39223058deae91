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
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from assist.catalogue.library import ImportReport
from assist.catalogue.store import SEARCHES_COLUMNS, SqlStore, _now
from assist.errors import AssistError, BackendMissing, IndexDamaged

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
    (
        # Rows whose shape does not match the header: kept as written, never published.
        "CREATE TABLE quarantine(catalogue text NOT NULL, seq integer NOT NULL, "
        "row integer NOT NULL, line integer NOT NULL, problem text NOT NULL, "
        "text text NOT NULL)",
        "CREATE INDEX quarantine_catalogue ON quarantine(catalogue)",
        # Failed agent logins per account and per client address (wall-clock seconds).
        "CREATE TABLE login_throttle(key text PRIMARY KEY, failures integer NOT NULL, "
        "not_before double precision NOT NULL)",
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
# fusion wants (`retrieval.search.CANDIDATES`). 400: recall@10 0.948 against 0.938 with 200 at
# 300 000 synthetic passages (m=32) for 4 % more server CPU (`assist bench-pg`, PERFORMANCE.md).
EF_SEARCH = 400
# IVFFlat lists searched a question (ivfflat.probes; `pg_index.VectorIndex`, the default index):
# at 1 000 000 synthetic passages in 2 000 lists, recall@10 against exact search 0.915 / 0.962 /
# 0.978 with 40 / 80 / 120 probes, for 11 / 21 / 35 ms of server CPU (docs/PERFORMANCE.md).
PROBES = 80
# Lists searched when the question has a facet filter (`PgSearcher.dense`): the filtered top 10
# lies further out, so the same probes find less of it. Filtered recall@10 vs exact at 1 000 000
# (200 questions, three builds of the index): 0.943 / 0.955 / 0.963 at 80 probes, 0.967 / 0.975
# at 100, 0.966 / 0.981 at 120 (docs/PERFORMANCE.md, "Reading ahead").
FILTERED_PROBES = 100
# pgvector's search settings for every session, for either index: with a filter, the scan goes
# on until enough rows pass it (iterative scan; the caller restores the order among them). An
# IVFFlat scan may go through every list (ivfflat.max_probes is left at all of them), so a rare
# facet is never emptied; a common one is served by the first lists already.
SESSION = (f"SET hnsw.ef_search = {EF_SEARCH}", "SET hnsw.iterative_scan = relaxed_order",
           "SET hnsw.max_scan_tuples = 50000", f"SET ivfflat.probes = {PROBES}",
           "SET ivfflat.iterative_scan = relaxed_order")


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
    serves sessions from threads; a psycopg connection runs one statement at a time).

    Each login has a second connection, `lane=1`, opened on first use: a question's dense
    leg runs on it while its lexical leg runs on the first (`PgSearcher.legs`), so the
    question waits for the slower leg instead of both in turn."""

    def __init__(self, url: str, public_url: str = "") -> None:
        self.url = url
        self.owner = connect(url)
        if not public_url:
            ensure_reader(self.owner, url)
        self.public_url = public_url or reader_url(url)
        self.reader_role = unquote(urlsplit(self.public_url).username or "")
        self.where = safe_url(url)
        self._reader = None
        self._second: dict[str, Any] = {}
        self._locks = {"owner": threading.RLock(), "reader": threading.RLock()}
        self._second_locks = {"owner": threading.RLock(), "reader": threading.RLock()}

    @property
    def reader(self):
        if self._reader is None:
            self._reader = connect(self.public_url)
        return self._reader

    def second(self, who: str):
        """`who`'s second connection (opened on first use, with the same session settings)."""
        conn = self._second.get(who)
        if conn is None or conn.closed:
            conn = self._second[who] = connect(self.url if who == "owner" else self.public_url)
        return conn

    @contextmanager
    def use(self, who: str = "owner", lane: int = 0) -> Iterator[Any]:
        """A connection and its lock (`lane` 1: the login's second connection); PostgreSQL
        errors become `IndexDamaged` with a reason."""
        psycopg = _psycopg()
        with (self._second_locks if lane else self._locks)[who]:
            conn = self.second(who) if lane else self.owner if who == "owner" else self.reader
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
        for conn in (self.owner, self._reader, *self._second.values()):
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


class PgStore(SqlStore):
    """The store in PostgreSQL: `SqlStore`'s methods (those of the SQLite `Store`) on the
    owner's connection."""

    MIGRATIONS = MIGRATIONS

    ORDER = "seq"

    def __init__(self, db: Database) -> None:
        self.db = db
        self.path = safe_url(db.url)
        self.warnings: list[str] = []  # as `Store.warnings`
        self._migrate()

    def _sql(self, text: str) -> str:
        return text.replace("?", "%s")

    def _text(self, text: str) -> str:
        return _clean(text)

    def _reading(self):
        return self.db.use()

    def _transaction(self):
        return self.db.transaction()

    def _dicts(self, conn, sql: str, params: tuple | list = ()) -> list[dict[str, Any]]:
        with conn.cursor(row_factory=_dict_rows()) as cur:
            return list(cur.execute(self._sql(sql), params))

    def _schema_version(self, conn) -> int:
        conn.execute("CREATE TABLE IF NOT EXISTS assist_schema(version integer NOT NULL)")
        row = conn.execute("SELECT version FROM assist_schema").fetchone()
        if row is None:
            conn.execute("INSERT INTO assist_schema VALUES (0)")
        return row[0] if row else 0

    def _set_schema_version(self, conn, number: int) -> None:
        conn.execute("UPDATE assist_schema SET version = %s", (number,))

    @property
    def version(self) -> int:
        with self.db.use() as conn:
            return conn.execute("SELECT version FROM assist_schema").fetchone()[0]

    def _replace(self, conn, name: str, source: str, fingerprint: str,
                 report: ImportReport) -> None:
        conn.execute("DELETE FROM cases WHERE catalogue = %s", (name,))
        conn.execute("DELETE FROM import_problems WHERE catalogue = %s", (name,))
        conn.execute("DELETE FROM quarantine WHERE catalogue = %s", (name,))
        conn.execute("INSERT INTO catalogues VALUES (%s, %s, %s, %s, %s, true) "
                     "ON CONFLICT (name) DO UPDATE SET source_file = excluded.source_file, "
                     "imported_at = excluded.imported_at, fingerprint = excluded.fingerprint, "
                     "rows = excluded.rows, active = true",
                     (name, _clean(source), _now(), fingerprint, report.rows_read))
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO cases VALUES (%s, %s, %s, %s)",
                            [(name, c.id, seq, _clean(c.model_dump_json()))
                             for seq, c in enumerate(report.cases)])
            cur.executemany("INSERT INTO import_problems VALUES (%s, %s, %s, %s, %s, %s, %s)",
                            [(name, seq, p.row, _clean(p.field), _clean(p.problem),
                              _clean(p.value), p.severity)
                             for seq, p in enumerate(report.problems)])
            cur.executemany("INSERT INTO quarantine VALUES (%s, %s, %s, %s, %s, %s)",
                            [(name, seq, q.row, q.line, _clean(q.problem), _clean(q.text))
                             for seq, q in enumerate(report.quarantined)])


def _dict_rows():
    from psycopg.rows import dict_row

    return dict_row


def _clean(text: str) -> str:
    """PostgreSQL text cannot hold NUL (SQLite can); a NUL from a hostile export or a
    question becomes U+FFFD instead of failing the whole import."""
    return text.replace("\x00", "\ufffd") if "\x00" in text else text
