"""Import of a library export (CSV) into cases, with a report of every problem found."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from assist.catalogue.changes import CatalogueChanges
from assist.catalogue.rows import (
    COLUMN_ALIASES,
    KEY_COLUMNS,
    RowBuilder,
    case_id,
    column_key,
)
from assist.errors import ImportFailed
from assist.models import Case, ImportProblem, QuarantinedRow
from assist.text.i18n import MESSAGES, t

DELIMITERS = ",;\t|"
SAMPLE_BYTES = 1 << 16
SUMMARY_PROBLEMS = 3
# A record longer than this many lines is not taken as the place to resume reading after a
# broken row (bounds the search when an unclosed quote runs to the end of the file).
RESYNC_LINES = 200
# (signature, what it is): files people pick by mistake instead of the CSV export.
SIGNATURES = [
    (b"\x89PNG", "une image PNG / a PNG image"), (b"\xff\xd8\xff", "une image JPEG / a JPEG"),
    (b"GIF8", "une image GIF / a GIF image"), (b"%PDF", "un PDF / a PDF document"),
    (b"PK\x03\x04", "un classeur Excel/ODS ou un ZIP / an Excel/ODS workbook or a ZIP: "
                    "export it as CSV"),
    (b"\xd0\xcf\x11\xe0", "un classeur Excel ancien / an old Excel workbook: export it as CSV"),
    (b"\x1f\x8b", "une archive gzip / a gzip archive"),
]


class ImportReport(BaseModel):
    """What an import produced: the cases, every problem, and how the file was read."""

    source: str = ""
    origin: str = ""
    cases: list[Case] = Field(default_factory=list)
    problems: list[ImportProblem] = Field(default_factory=list)
    quarantined: list[QuarantinedRow] = Field(default_factory=list)
    columns_unknown: list[str] = Field(default_factory=list)
    columns_missing: list[str] = Field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str = ","
    rows_read: int = 0
    # What changed since the catalogue's last import (set by the store).
    changes: CatalogueChanges | None = None

    def summary(self, language: Literal["fr", "en"] = "fr") -> str:
        """A few lines for a person: counts, how the file was read, problems, columns."""
        key = f"import.delimiter.{self.delimiter}"  # named when it is one of the usual four
        delimiter = t(key, language) if key in MESSAGES else self.delimiter
        lines = [t("import.head", language, name=Path(self.source).name, cases=len(self.cases),
                   rows=self.rows_read, encoding=self.encoding,
                   delimiter=delimiter)]
        if self.rows_read == 0:
            lines.append(t("import.header_only", language))
        errors = sum(p.severity == "error" for p in self.problems)
        if self.problems:
            rows = len({p.row for p in self.problems})
            lines.append(t("import.problems", language, n=len(self.problems), errors=errors,
                           warnings=len(self.problems) - errors, rows=rows))
            lines += [t("import.line", language, row=p.row, field=p.field or "-",
                        problem=p.problem) for p in self.problems[:SUMMARY_PROBLEMS]]
            if len(self.problems) > SUMMARY_PROBLEMS:
                lines.append(t("changes.more", language,
                               n=len(self.problems) - SUMMARY_PROBLEMS))
        elif not self.quarantined:
            lines.append(t("import.no_problem", language))
        if self.quarantined:
            lines.append(t("import.quarantined", language, n=len(self.quarantined)))
            lines += [t("import.line", language, row=q.row, field="-", problem=q.problem)
                      for q in self.quarantined[:SUMMARY_PROBLEMS]]
            if len(self.quarantined) > SUMMARY_PROBLEMS:
                lines.append(t("changes.more", language,
                               n=len(self.quarantined) - SUMMARY_PROBLEMS))
        if self.columns_missing:
            lines.append(t("import.missing", language) + ", ".join(self.columns_missing))
        if self.columns_unknown:
            lines.append(t("import.unknown", language) + ", ".join(self.columns_unknown))
        if self.changes is not None:
            lines.append(self.changes.summary(language))
        return "\n".join(lines)


def read_export(path: Path, origin: str) -> ImportReport:
    """Read a CSV export of the library; every data row becomes a `Case` (``origin`` set).

    Raises `ImportFailed` when the file cannot be read as a CSV export at all (missing, empty,
    binary, or without both `coll_nom` and `nom_projet` columns).
    """
    path = Path(path)
    head = _read_head(path)
    for encoding in _encodings(head):
        try:
            return _parse(path, origin, encoding, head)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            head = handle.read(SAMPLE_BYTES)
    except OSError as exc:
        raise ImportFailed(f"Fichier illisible / cannot read the file {path}: "
                           f"{exc.strerror or exc}") from None
    if not head.strip(b" \t\r\n\xef\xbb\xbf"):
        raise ImportFailed(f"Fichier vide / the file is empty: {path.name}")
    for signature, kind in SIGNATURES:
        if head.startswith(signature):
            raise ImportFailed(f"Ce n'est pas un CSV mais {kind} / not a CSV file: {path.name}")
    if not head.startswith((b"\xff\xfe", b"\xfe\xff")) and _looks_binary(head):
        raise ImportFailed(f"Fichier binaire, pas un CSV / binary file, not a CSV: {path.name}")
    return head


def _looks_binary(head: bytes) -> bool:
    # A few stray control bytes are cleaned per value; many mean the file is not text.
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return head.count(0) > len(head) // 100 or controls > len(head) // 20


def _encodings(head: bytes) -> list[str]:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return ["utf-16"]
    # latin-1 last: it never fails, so it only ever catches bytes cp1252 leaves undefined.
    # Between UTF-8 and cp1252, UTF-8 with a few damaged bytes (`DAMAGED_UTF8`).
    return ["utf-8-sig", DAMAGED_UTF8, "cp1252", "latin-1"]


# A UTF-8 file with a few bytes that are not UTF-8 (a row pasted from elsewhere, a cut
# character): read as UTF-8 with those bytes replaced by U+FFFD and each cell holding one
# reported (values.clean_text), not as cp1252, which would turn every accent of the file into
# two characters ("MÃ©tropole") without a word. It is UTF-8 when most of its non-ASCII
# characters read as UTF-8: in a cp1252 file, accented letters almost never form valid
# UTF-8 sequences.
DAMAGED_UTF8 = "utf-8 (damaged)"


def _mostly_utf8(path: Path) -> bool:
    text = path.read_bytes().decode("utf-8", errors="replace")
    damaged = text.count("\ufffd")
    read = sum(1 for ch in text if ord(ch) > 127) - damaged
    return read > damaged


def _raise_field_limit() -> None:
    # Descriptions may be long and must be kept whole; the csv module's limit is process-wide.
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 2


def _sniff_delimiter(sample: str) -> str:
    """The delimiter that makes the most known columns out of the header line.

    The header is the one line whose content we know, so scoring candidates on it beats
    `csv.Sniffer` (fooled by descriptions full of commas) and clevercsv (slower, still a guess
    on free text). Sniffer only decides when no candidate yields a known column.
    """
    first = sample.splitlines()[0] if sample else ""

    def score(delimiter: str) -> tuple[int, int]:
        names = next(csv.reader([first], delimiter=delimiter), [])
        return sum(column_key(n) in COLUMN_ALIASES for n in names), len(names)

    best = max(DELIMITERS, key=score)
    if score(best)[0] > 0:
        return best
    try:
        return csv.Sniffer().sniff(sample[:SAMPLE_BYTES], DELIMITERS).delimiter
    except csv.Error:
        return ","


def _parse(path: Path, origin: str, encoding: str, head: bytes) -> ImportReport:
    _raise_field_limit()
    shown = "utf-8" if encoding == "utf-8-sig" else encoding
    if encoding == "utf-8-sig" and head.startswith(b"\xef\xbb\xbf"):
        shown = "utf-8-sig"
    if encoding == DAMAGED_UTF8:
        if not _mostly_utf8(path):
            raise UnicodeDecodeError("utf-8", b"", 0, 1, "not mostly UTF-8")
        shown = "utf-8"
        with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
            text = handle.read()
    else:
        with path.open(encoding=encoding, newline="") as handle:
            text = handle.read()
    delimiter = _sniff_delimiter(text[:SAMPLE_BYTES])
    # Physical lines, endings kept: a broken row is cut out by its lines and reading resumes
    # at the next line that reads as a whole row.
    lines = io.StringIO(text, newline="").readlines()
    del text
    header, start = _header(lines, delimiter)
    report = ImportReport(source=str(path), origin=origin, encoding=shown, delimiter=delimiter)
    builder = RowBuilder(header, origin, report, dt.date.today(), delimiter)
    _check_key_columns(builder, header)
    keys = [builder.columns[c] for c in KEY_COLUMNS if c in builder.columns]
    row = 1  # as a spreadsheet numbers rows: the header is row 1
    for first, end, record, error in _records(lines, start, delimiter, len(header)):
        row += 1
        raw = "".join(lines[first:end])
        if record is None:
            builder.quarantine(row, first + 1, _quote_problem(error), raw)
            continue
        if end - first > 2:
            _check_swallowed(lines[first + 1:end - 1], delimiter, len(header), keys, row, first)
        builder.add(row, record, line=first + 1, text=raw)
    return report


def _header(lines: list[str], delimiter: str) -> tuple[list[str], int]:
    """The header's names and the number of lines it takes (a quoted name may hold one)."""
    reader = csv.reader(iter(lines), delimiter=delimiter)
    try:
        return next(reader), reader.line_num
    except StopIteration:
        raise ImportFailed("Fichier vide / the file is empty") from None
    except csv.Error as exc:
        raise ImportFailed(f"En-tête illisible / unreadable header: {exc}") from None


def _records(lines: list[str], start: int, delimiter: str,
             width: int) -> Iterator[tuple[int, int, list[str] | None, str]]:
    """(first line, end line, record, "") for each record after the header, or
    (first, end, None, error) for lines that cannot be read as a record.

    Strict mode makes the csv module stop at a quote that does not close a field properly
    (where it would otherwise read on, swallowing the rows that follow into one field);
    reading resumes at the first later line that reads as a whole row.
    """
    while start < len(lines):
        reader = csv.reader(itertools.islice(lines, start, None), delimiter=delimiter,
                            strict=True)
        done = 0
        try:
            for record in reader:
                yield start + done, start + reader.line_num, record, ""
                done = reader.line_num
            return
        except csv.Error as exc:
            bad = start + done
            start = _resume_at(lines, bad + 1, delimiter, width)
            yield bad, start, None, str(exc)


def _resume_at(lines: list[str], start: int, delimiter: str, width: int) -> int:
    """The first line from `start` where a record of `width` cells begins."""
    for candidate in range(start, len(lines)):
        window = itertools.islice(lines, candidate, candidate + RESYNC_LINES)
        reader = csv.reader(window, delimiter=delimiter, strict=True)
        try:
            record = next(reader)
        except (csv.Error, StopIteration):
            continue
        if len(record) == width:
            return candidate
    return len(lines)


def _quote_problem(error: str) -> str:
    if "expected after" in error or "end of data" in error:
        return ("guillemet non fermé ou en trop : la ligne ne se lit pas comme une ligne du "
                "tableau / unclosed quote or stray quote: the row cannot be read as a row of the "
                f"table ({error})")
    return f"ligne illisible / unreadable row: {error}"


def _check_swallowed(inner: list[str], delimiter: str, width: int, keys: list[int], row: int,
                     first: int) -> None:
    """Fail when a quoted field holds lines that read as whole rows: an unclosed quote that
    happened to close later, so that several rows of data became one."""
    for offset, line in enumerate(inner, start=first + 2):
        if '"' in line:
            continue
        cells = next(csv.reader([line], delimiter=delimiter), [])
        if len(cells) == width and keys and all(cells[k].strip() for k in keys):
            raise ImportFailed(
                f"CSV illisible : la ligne {row} (lignes {first + 1} à {offset} du fichier et "
                f"plus) englobe des lignes de données entières, sans doute un guillemet non "
                f"fermé ; rien n'a été importé / unreadable CSV: row {row} (file lines "
                f"{first + 1} to {offset} and beyond) takes in whole rows of data, probably an "
                f"unclosed quote; nothing was imported")


def _check_key_columns(builder: RowBuilder, header: list[str]) -> None:
    missing = [c for c in KEY_COLUMNS if c not in builder.columns]
    if len(missing) == len(KEY_COLUMNS):
        found = ", ".join(h for h in header[:20] if h.strip()) or "-"
        raise ImportFailed(f"Colonnes obligatoires manquantes / missing required columns: "
                           f"{', '.join(missing)} (colonnes trouvées / columns found: {found})")


__all__ = ["ImportReport", "case_id", "read_export"]
