"""Documents agents add (strategies, council deliberations, reports): read, kept, listed, removed.

A file or URL is read (`assist.catalogue.formats`), turned into a `Document` whose sections
are the file's headings and whose `pages` are the offsets where each PDF page begins, then kept
in ``ASSIST_HOME/documents.sqlite`` (metadata and extracted text; never in the repository's
corpus/). The same source added again with new content replaces its document under the same
id; the same content again changes nothing. Nothing is written until the file has been read
completely, so a refused file changes nothing.

The index is rebuilt from the documents at the next `Assistant.open`; the embedding cache makes
that embed only the new document's passages.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

from cachetools import LRUCache
from filelock import FileLock, Timeout
from pydantic import BaseModel

from assist.catalogue.corpus import slug
from assist.catalogue.fetch import fetch, is_url
from assist.catalogue.formats import extract
from assist.catalogue.parsed import Extracted
from assist.catalogue.store import READ_ONLY_ERRORS, connect_sqlite
from assist.errors import AssistError, DocumentRefused, IndexDamaged
from assist.models import Citation, Document, Section
from assist.text.i18n import t

DB_FILE = "documents.sqlite"
MAX_FILE_BYTES = 100 * 1024 * 1024
LOCK_SECONDS = 120
Access = Literal["public", "restricted"]
Progress = Callable[[str, int, int], None]
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS documents(id TEXT PRIMARY KEY, source TEXT NOT NULL UNIQUE, "
    "sha256 TEXT NOT NULL, format TEXT NOT NULL, access TEXT NOT NULL, added_at TEXT NOT NULL, "
    "actor TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '', json TEXT NOT NULL)",
)


class AddedDocument(BaseModel):
    """One line of `assist documents`: an added document without its text."""

    id: str
    title: str
    publisher: str = ""
    date: str = ""
    source: str
    format: str
    pages: int | None = None
    sections: int = 0
    access: Access = "public"
    added_at: str = ""
    sha256: str = ""


class Added(BaseModel):
    """What `add` did: the document, and whether it was new, replaced or unchanged."""

    document: AddedDocument
    status: Literal["added", "replaced", "unchanged"]
    notes: list[str] = []
    missing: list[str] = []  # metadata the file did not give and the agent did not either


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def read_source(source: str) -> tuple[bytes, str, str]:
    """(content, file name, canonical source) of a local path or an http(s) URL."""
    if is_url(source):
        data, name = fetch(source)
        return data, name, source.strip()
    path = Path(source).expanduser()
    if not path.is_file():
        raise DocumentRefused("document.not_found", path=str(path))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise DocumentRefused("document.too_large", limit=f"{MAX_FILE_BYTES // 2**20} Mo/MB")
    return path.read_bytes(), path.name, str(path.resolve())


# The shipped documents' longest heading is about 300 characters; a label past 500 is a page.
MAX_LABEL_CHARS = 500


def labelled(text: str, limit: int = MAX_LABEL_CHARS) -> str:
    """A title or heading short enough to name a document or section in a list, a citation
    or a CSV cell: a longer one (a <title> or a Markdown heading of a whole page) is cut at a
    word with "…"; the text itself keeps it whole."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(",;:.") + "…"


def build_document(extracted: Extracted, doc_id: str, title: str, publisher: str, date: str,
                   access: Access, url: str = "") -> Document:
    """A `Document` whose sections are the extracted headings; text before the first heading
    is a section named after the document."""
    body = extracted.body
    marks = sorted(extracted.headings, key=lambda h: h[0])
    if not marks or body[:marks[0][0]].strip():
        marks.insert(0, (0, 0, 1, title))
    sections: list[Section] = []
    path: list[tuple[int, str]] = []
    used: dict[str, int] = {}
    for i, (head_start, head_end, level, whole) in enumerate(marks):
        end = marks[i + 1][0] if i + 1 < len(marks) else len(body)
        start = min(head_end, end)
        heading = labelled(whole)
        if heading != whole:  # a heading too long to name a section: its text keeps it whole
            start = min(head_start, end)
        while start < end and body[start] in " \t\r\n":
            start += 1
        path = [(lv, hd) for lv, hd in path if lv < level] + [(level, heading)]
        key = slug(heading) or "section"
        used[key] = used.get(key, 0) + 1
        if used[key] > 1:  # two sections named alike ("Article 1" of two parts) stay apart
            key = f"{key}-{used[key]}"
        sections.append(Section(id=f"{doc_id}#{key}", heading=heading, level=level,
                                path=[hd for _, hd in path], text=body[start:end],
                                start=start, end=end))
    return Document(id=doc_id, title=title, publisher=publisher, date=date, url=url,
                    language=extracted.language or "fr", body=body, sections=sections,
                    origin="added", access=access, pages=list(extracted.pages))


def page_of(document: Document | None, offset: int) -> int | None:
    """The page (from 1) holding `offset` of the document's body; None without pages."""
    if document is None or not document.pages:
        return None
    return max(1, bisect.bisect_right(document.pages, offset))


def section_at(document: Document, offset: int) -> Section | None:
    """The section holding `offset` of the body (the one a citation quotes)."""
    return next((s for s in document.sections if s.start <= offset <= s.end), None)


def with_pages(citations: list[Citation], document: Document | None) -> list[Citation]:
    """The citations with the page of their quote, for a paginated document."""
    if document is None or not document.pages:
        return citations
    return [c.model_copy(update={"page": page_of(document, c.start)}) for c in citations]


def place(section: str, page: int | None, language: str) -> str:
    """Where a quote is: "p. 12, § Action 3", "§ Action 3" or "p. 12" (a page-sized section)."""
    if page is None:
        return section
    if not section or section == f"Page {page}":
        return t("citation.page", language, page=page)
    return t("citation.page_section", language, page=page, section=section)


def listing_of(doc: Document, source: str, fmt: str, added_at: str = "",
               sha256: str = "") -> AddedDocument:
    return AddedDocument(id=doc.id, title=doc.title, publisher=doc.publisher, date=doc.date,
                         source=source, format=fmt, pages=len(doc.pages) or None,
                         sections=len(doc.sections), access=doc.access, added_at=added_at,
                         sha256=sha256)


class DocumentShelf:
    """Added documents in ``<home>/documents.sqlite`` (WAL; writes behind a file lock)."""

    def __init__(self, home: Path) -> None:
        self.home = Path(home)
        self.home.mkdir(parents=True, exist_ok=True)
        self.path = self.home / DB_FILE
        self.read_only = False
        self._lock = FileLock(str(self.path) + ".lock", timeout=LOCK_SECONDS)
        try:
            with self._write() as conn:
                conn.execute("PRAGMA journal_mode=WAL")
                for statement in _SCHEMA:
                    conn.execute(statement)
        except OSError as exc:
            if exc.errno not in READ_ONLY_ERRORS:
                raise
            # A built home on a read-only volume answers questions as the store does
            # (`Store`): documents are read, none can be added or removed.
            self.read_only = True

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            conn = self._open_connection()
        except sqlite3.Error as exc:
            raise IndexDamaged(f"Cannot open {self.path}: {exc}") from None
        conn.row_factory = sqlite3.Row
        try:
            yield conn
        except sqlite3.DatabaseError as exc:
            raise IndexDamaged(f"{self.path} is damaged ({exc}): move it away and add the "
                               "documents again") from None
        finally:
            conn.close()

    def _open_connection(self) -> sqlite3.Connection:
        if self.read_only and not self.path.is_file():
            # Nothing was ever added: an empty shelf in memory.
            conn = sqlite3.connect(":memory:", isolation_level=None)
            for statement in _SCHEMA:
                conn.execute(statement)
            return conn
        return connect_sqlite(self.path, self.read_only)

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        if self.read_only:
            raise AssistError(f"{self.home} is read-only: documents can be read there, not "
                              "added or removed")
        try:
            self._lock.acquire()
        except Timeout:
            raise AssistError(f"{self.path} is busy (another document is being added): try "
                              "again later") from None
        try:
            with self._connect() as conn:
                yield conn
        finally:
            self._lock.release()

    # -- reading -----------------------------------------------------------------------------

    def documents(self) -> list[Document]:
        """Every added document, public and restricted: callers filter through the gate."""
        with self._connect() as conn:
            rows = conn.execute("SELECT json FROM documents ORDER BY added_at, id").fetchall()
        return [Document.model_validate_json(row[0]) for row in rows]

    def stored(self) -> Iterator[tuple[str, str]]:
        """(id, JSON as stored) of every added document, in `documents()`'s order, one row at
        a time: what the index's digest needs, without a `Document` object each."""
        with self._connect() as conn:
            yield from conn.execute("SELECT id, json FROM documents ORDER BY added_at, id")

    def document(self, doc_id: str) -> Document | None:
        """One added document, read by its id (none other is read)."""
        with self._connect() as conn:
            row = conn.execute("SELECT json FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return Document.model_validate_json(row[0]) if row else None

    def listing(self) -> list[AddedDocument]:
        with self._connect() as conn:
            rows = conn.execute("SELECT * FROM documents ORDER BY added_at, id").fetchall()
        return [listing_of(Document.model_validate_json(r["json"]), r["source"], r["format"],
                           r["added_at"], r["sha256"]) for r in rows]

    # -- writing -----------------------------------------------------------------------------

    def add(self, source: str, *, title: str = "", publisher: str = "", date: str = "",
            access: Access = "public", actor: str = "local", taken: set[str] = frozenset(),
            progress: Progress | None = None, data: bytes | None = None,
            name: str = "") -> Added:
        """Read `source` (a path or an http(s) URL; or `data` uploaded under file `name`) and
        keep it. Options given here win over the file's own metadata. `taken` are ids that
        an added document must not take (the shipped documents')."""
        if access not in ("public", "restricted"):
            raise DocumentRefused("document.access", access=access)
        if data is None:
            data, name, source = read_source(source)
        digest = hashlib.sha256(data).hexdigest()
        on_page = (lambda done, total: progress("read", done, total)) if progress else None
        extracted = extract(data, name or source, on_page)
        missing = [k for k, given in (("title", title), ("publisher", publisher), ("date", date))
                   if not (given.strip() or getattr(extracted, k).strip())]
        title = labelled(title.strip() or extracted.title.strip() or Path(name or source).stem)
        publisher = publisher.strip() or extracted.publisher.strip()
        date = date.strip() or extracted.date.strip()
        with self._write() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                before = conn.execute("SELECT id, sha256, added_at, json FROM documents "
                                      "WHERE source = ?", (source,)).fetchone()
                doc_id = before["id"] if before else self._new_id(conn, title, name, taken)
                url = source if is_url(source) else ""
                doc = build_document(extracted, doc_id, title, publisher, date, access, url)
                same = before is not None and before["sha256"] == digest and \
                    before["json"] == doc.model_dump_json()
                added_at = before["added_at"] if same else _now()
                if not same:
                    conn.execute("INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?, "
                                 "?, ?, ?)", (doc_id, source, digest, extracted.format, access,
                                              added_at, actor, "\n".join(extracted.notes),
                                              doc.model_dump_json()))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        status = "unchanged" if same else ("replaced" if before else "added")
        return Added(document=listing_of(doc, source, extracted.format, added_at, digest),
                     status=status, notes=extracted.notes, missing=missing)

    @staticmethod
    def _new_id(conn: sqlite3.Connection, title: str, name: str, taken: set[str]) -> str:
        base = slug(Path(name).stem if name else title, limit=50) or slug(title, 50) or "document"
        used = {row[0] for row in conn.execute("SELECT id FROM documents")} | set(taken)
        doc_id, n = base, 1
        while doc_id in used:
            n += 1
            doc_id = f"{base}-{n}"
        return doc_id

    def remove(self, doc_id: str) -> bool:
        """Forget an added document; False when there is none with this id."""
        with self._write() as conn:
            cursor = conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
            return cursor.rowcount > 0


class AddedDocuments(Mapping[str, Document]):
    """The documents agents added, by id, read from the shelf when asked for: opening an
    assistant holds none of their text (a shelf of a million passages' documents would be
    its size in memory); a result's document is read by its id, and the last few read are
    kept."""

    KEPT = 64

    def __init__(self, shelf: DocumentShelf) -> None:
        self.shelf = shelf
        self._kept: LRUCache[str, Document | None] = LRUCache(self.KEPT)  # under _lock
        self._lock = threading.Lock()

    def get(self, doc_id: str, default=None):  # type: ignore[override]
        with self._lock:
            if doc_id in self._kept:
                found = self._kept[doc_id]
                return default if found is None else found
        found = self.shelf.document(doc_id)
        with self._lock:
            self._kept[doc_id] = found
        return default if found is None else found

    def forget(self) -> None:
        """Drop the documents kept (one was added, replaced or removed)."""
        with self._lock:
            self._kept.clear()

    def __getitem__(self, doc_id: str) -> Document:
        found = self.get(doc_id)
        if found is None:
            raise KeyError(doc_id)
        return found

    def __iter__(self) -> Iterator[str]:
        return (doc_id for doc_id, _ in self.shelf.stored())

    def __len__(self) -> int:
        return sum(1 for _ in self.shelf.stored())

    def values(self):  # type: ignore[override]
        """Every added document, parsed one at a time (listings and index builds)."""
        return (Document.model_validate_json(text) for _, text in self.shelf.stored())


def missing_note(missing: list[str], language: str) -> str:
    """The metadata a file did not give, as a hint to pass it (empty when nothing lacks)."""
    if not missing:
        return ""
    names = ", ".join(t(f"document.meta.{m}", language) for m in missing)
    return t("document.missing", language, fields=names)

