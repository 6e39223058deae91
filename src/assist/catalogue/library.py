"""Import of a library export (CSV) into cases, with a report of every problem found."""

from __future__ import annotations

import csv
import datetime as dt
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
from assist.models import Case, ImportProblem

DELIMITERS = ",;\t|"
SAMPLE_BYTES = 1 << 16
SUMMARY_PROBLEMS = 3
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
    columns_unknown: list[str] = Field(default_factory=list)
    columns_missing: list[str] = Field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str = ","
    rows_read: int = 0
    # What changed since the catalogue's last import (set by the store).
    changes: CatalogueChanges | None = None

    def summary(self, language: Literal["fr", "en"] = "fr") -> str:
        """A few lines for a person: counts, how the file was read, problems, columns."""
        text = _FR if language == "fr" else _EN
        lines = [text["head"].format(name=Path(self.source).name, cases=len(self.cases),
                                     rows=self.rows_read, encoding=self.encoding,
                                     delimiter=text["delimiters"].get(self.delimiter,
                                                                      self.delimiter))]
        if self.rows_read == 0:
            lines.append(text["header_only"])
        errors = sum(p.severity == "error" for p in self.problems)
        if self.problems:
            rows = len({p.row for p in self.problems})
            lines.append(text["problems"].format(n=len(self.problems), errors=errors,
                                                 warnings=len(self.problems) - errors, rows=rows))
            lines += [text["line"].format(row=p.row, field=p.field or "-", problem=p.problem)
                      for p in self.problems[:SUMMARY_PROBLEMS]]
            if len(self.problems) > SUMMARY_PROBLEMS:
                lines.append(text["more"].format(n=len(self.problems) - SUMMARY_PROBLEMS))
        else:
            lines.append(text["no_problem"])
        if self.columns_missing:
            lines.append(text["missing"] + ", ".join(self.columns_missing))
        if self.columns_unknown:
            lines.append(text["unknown"] + ", ".join(self.columns_unknown))
        if self.changes is not None:
            lines.append(self.changes.summary(language))
        return "\n".join(lines)


_FR = {
    "head": "Import de « {name} » : {cases} fiche(s) sur {rows} ligne(s) lue(s) "
            "(encodage {encoding}, séparateur {delimiter}).",
    "header_only": "Le fichier ne contient que la ligne d'en-tête : aucune fiche importée.",
    "problems": "{n} problème(s) sur {rows} ligne(s) : {errors} erreur(s), "
                "{warnings} avertissement(s) ; chaque ligne non vide est gardée.",
    "line": "  ligne {row}, {field} : {problem}",
    "more": "  … et {n} autre(s).",
    "no_problem": "Aucun problème trouvé.",
    "missing": "Colonnes obligatoires absentes : ",
    "unknown": "Colonnes inconnues (gardées dans extra) : ",
    "delimiters": {",": "virgule", ";": "point-virgule", "\t": "tabulation", "|": "barre"},
}
_EN = {
    "head": "Import of '{name}': {cases} case(s) from {rows} row(s) read "
            "(encoding {encoding}, delimiter {delimiter}).",
    "header_only": "The file holds only the header line: no case imported.",
    "problems": "{n} problem(s) in {rows} row(s): {errors} error(s), {warnings} warning(s); "
                "every non-empty row is kept.",
    "line": "  row {row}, {field}: {problem}",
    "more": "  … and {n} more.",
    "no_problem": "No problem found.",
    "missing": "Required columns missing: ",
    "unknown": "Unknown columns (kept in extra): ",
    "delimiters": {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"},
}


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
    return ["utf-8-sig", "cp1252", "latin-1"]


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
    with path.open(encoding=encoding, newline="") as handle:
        delimiter = _sniff_delimiter(handle.read(SAMPLE_BYTES))
        handle.seek(0)
        records = csv.reader(handle, delimiter=delimiter)
        header = _next_record(records)
        report = ImportReport(source=str(path), origin=origin, encoding=shown,
                              delimiter=delimiter)
        builder = RowBuilder(header, origin, report, dt.date.today())
        _check_key_columns(builder, header)
        last: list[str] = []
        for row, record in _numbered(records):
            builder.add(row, record)
            last = record
        _check_unclosed_quote(path, encoding, last, builder)
    return report


def _next_record(records: Iterator[list[str]]) -> list[str]:
    try:
        return next(records)
    except StopIteration:
        raise ImportFailed("Fichier vide / the file is empty") from None
    except csv.Error as exc:
        raise ImportFailed(f"En-tête illisible / unreadable header: {exc}") from None


def _numbered(records: Iterator[list[str]]) -> Iterator[tuple[int, list[str]]]:
    """Records numbered as a spreadsheet shows them: the header is row 1."""
    row = 1
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ImportFailed(f"CSV illisible ligne {row + 1} / unreadable CSV at row "
                               f"{row + 1}: {exc}") from None
        row += 1
        yield row, record


def _check_key_columns(builder: RowBuilder, header: list[str]) -> None:
    missing = [c for c in KEY_COLUMNS if c not in builder.columns]
    if len(missing) == len(KEY_COLUMNS):
        found = ", ".join(h for h in header[:20] if h.strip()) or "-"
        raise ImportFailed(f"Colonnes obligatoires manquantes / missing required columns: "
                           f"{', '.join(missing)} (colonnes trouvées / columns found: {found})")


def _check_unclosed_quote(path: Path, encoding: str, last: list[str],
                          builder: RowBuilder) -> None:
    # The csv module reads an unclosed quote to the end of the file without complaint, which
    # would fold the following rows into one field: say so rather than lose them quietly.
    if not last or "\n" not in last[-1]:
        return
    with path.open("rb") as handle:
        handle.seek(max(0, path.stat().st_size - 64))
        tail = handle.read().decode(encoding.replace("-sig", ""), errors="ignore")
    if not tail.rstrip().endswith('"'):
        builder.report_unclosed_quote()


__all__ = ["ImportReport", "case_id", "read_export"]
