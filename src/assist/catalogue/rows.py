"""From CSV records to cases: the export's columns, stable ids, and the checks of each row."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from typing import Any

from assist.access import field_access
from assist.catalogue import values
from assist.catalogue.values import Issue
from assist.models import Case, ImportProblem, QuarantinedRow
from assist.text.analyser import fold

# The Grist export's display names; other exports use the schema's field ids.
GRIST_COLUMNS = {
    "Nom_collectivite": "coll_nom", "Nom_du_projet": "nom_projet", "SIRET": "coll_siret",
    "Latitude": "latitude", "Longitude": "longitude", "Type_de_collectivite": "coll_type",
    "Date_de_demarrage": "projet_date", "Statut_du_projet": "projet_status",
    "Partenaires": "partenaires", "Description_service": "usage_description",
    "Theme": "theme", "Sous_Theme": "sous_theme", "Audience": "audience_service",
    "URL_Service": "url_infos", "URL_Logo": "image_url", "Date_de_derniere_mise_a_jour": "date",
}
# Fields an export can carry (not the ones `Case` adds for documents or bookkeeping).
EXPORT_FIELDS = [f for f in Case.model_fields if f not in {
    "id", "origin", "start_year", "experimented_in", "key_figures", "positives", "vigilance",
    "sources", "extra", "problems"}]
# `required: true` in the library's schema.json, marked on the model's fields.
REQUIRED = Case.required_fields()
KEY_COLUMNS = ("coll_nom", "nom_projet")
PROBLEM_VALUE_MAX = 500
# More items than this in one tags cell is a broken cell, not a list of partners: the first
# ones are kept, the whole cell goes to `extra` (agents) and the problem is reported.
MAX_TAGS = 500
SEPARATORS = ",;\t|"
SEPARATOR_NAMES = {",": "','", ";": "';'", "\t": "tab", "|": "'|'"}


def column_key(name: str) -> str:
    """A column name folded for matching: ``"Nom_du_projet"`` and ``"nom du projet"`` agree."""
    return re.sub(r"[^a-z0-9]", "", fold(name))


COLUMN_ALIASES = {column_key(f): f for f in EXPORT_FIELDS}
COLUMN_ALIASES.update({column_key(k): v for k, v in GRIST_COLUMNS.items()})
COLUMN_ALIASES.update({"siret": "coll_siret", "collectivite": "coll_nom", "projet": "nom_projet"})


def case_id(nom_projet: str, coll_siret: str, coll_nom: str) -> str:
    """Stable id: slug of the project name, then a hash of SIRET, authority and project.

    >>> case_id("Stacoptim", "24330031600011", "Bordeaux Métropole")[:10]
    'stacoptim-'
    """
    key = "|".join([re.sub(r"\D", "", coll_siret), fold(coll_nom), fold(nom_projet)])
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]
    return f"{values.slug(nom_projet) or 'projet'}-{digest}"


def missing_columns(columns: dict[str, int]) -> list[str]:
    """Required columns absent from a header.

    Restricted required columns are only expected from an agents' export (one that has at
    least one restricted column): the public export never has them.
    """
    agents_export = any(field_access(f) == "restricted" for f in columns if f in Case.model_fields)
    return [f for f in REQUIRED if f not in columns
            and (agents_export or field_access(f) == "public")]


class RowBuilder:
    """Turns records into cases one at a time, appending cases and problems to a report."""

    def __init__(self, header: list[str], origin: str, report: Any, today: dt.date,
                 delimiter: str = ","):
        self.origin, self.report, self.today = origin, report, today
        self.delimiter = delimiter
        self.width = len(header)
        self.columns: dict[str, int] = {}
        self.unknown: dict[int, str] = {}
        for index, name in enumerate(header):
            field = COLUMN_ALIASES.get(column_key(name))
            if field and field not in self.columns:
                self.columns[field] = index
                continue
            self.unknown[index] = name.strip() or f"column_{index + 1}"
            if field:
                self._problem(1, field, "colonne en double, gardée dans extra / duplicate "
                              "column, kept in extra", name)
        report.columns_unknown = [n for i, n in self.unknown.items() if header[i].strip()]
        report.columns_missing = missing_columns(self.columns)
        self.ids: dict[str, tuple[int, int]] = {}
        self.rows: dict[bytes, int] = {}
        self.last_row = 1
        self._start_year: int | None = None

    def _problem(self, row: int, field: str, message: str, value: str = "",
                 severity: str = "warning", into: list[ImportProblem] | None = None) -> None:
        if len(value) > PROBLEM_VALUE_MAX:
            value = value[:PROBLEM_VALUE_MAX] + "…"
        problem = ImportProblem(row=row, field=field, problem=message, value=value,
                                severity=severity)  # type: ignore[arg-type]
        self.report.problems.append(problem)
        if into is not None:
            into.append(problem)

    def add(self, row: int, record: list[str], line: int = 0, text: str = "") -> None:
        """Add one record (``row`` as a spreadsheet numbers it, `line` the file's line where it
        begins, `text` its lines as written); only blank records are skipped.

        A record whose number of cells differs from the header's is quarantined, not made a
        case: its values would land in the wrong fields (a restricted budget in a public
        name). Extra cells that are all empty (a trailing separator) are only reported.
        """
        self.report.rows_read += 1
        self.last_row = row
        if not "".join(record).strip():
            self._problem(row, "", "ligne vide ignorée / empty row skipped")
            return
        problems: list[ImportProblem] = []
        if len(record) > self.width and not "".join(record[self.width:]).strip():
            self._problem(row, "", f"{len(record)} cellules au lieu de {self.width}, les "
                          f"dernières vides / {len(record)} cells instead of {self.width}, the "
                          "last ones empty", into=problems)
            record = record[:self.width]
        elif len(record) != self.width:
            self.quarantine(row, line, self._shape_problem(record, text), text)
            return
        fields: dict[str, Any] = {}
        self._start_year = None
        self._capped: dict[str, tuple[int, str]] = {}
        for field, index in self.columns.items():
            raw = record[index] if index < len(record) else ""
            fields[field] = self._clean(row, field, raw, problems)
        for field in REQUIRED:
            if field in self.columns and fields[field] in ("", [], None):
                severity = "error" if field in KEY_COLUMNS else "warning"
                self._problem(row, field, "champ obligatoire vide / required field empty",
                              "", severity, problems)
        fields["start_year"] = self._start_year
        fields["extra"] = self._extra(row, record, problems)
        for field, (count, text) in self._capped.items():
            fields["extra"][f"{field} (complet / whole)"] = text
            self._problem(row, field, f"{count} éléments, les {MAX_TAGS} premiers gardés, la "
                          f"cellule entière dans extra / {count} items, the first {MAX_TAGS} "
                          "kept, the whole cell in extra", text, into=problems)
        fields["id"] = self._unique_id(row, record, fields, problems)
        self.report.cases.append(Case(origin=self.origin, problems=problems, **fields))

    def _clean(self, row: int, field: str, raw: str, problems: list[ImportProblem]) -> Any:
        multiline = field in values.MULTILINE or field in values.TAG_FIELDS
        text, issue = values.clean_text(raw, multiline)
        if issue:
            self._report(row, field, raw.encode("unicode_escape").decode("ascii"), issue, problems)
        if not multiline and len(text) > values.LONG_LINE:
            # A name, a status or a date of a whole page is a broken row more often than not
            # (a cell pasted into the wrong column): kept whole, and said.
            self._report(row, field, text, values.Issue(
                f"valeur très longue pour ce champ ({len(text)} caractères), gardée entière / "
                f"very long value for this field ({len(text)} characters), kept whole"),
                problems)
        value, issue = self._convert(field, text)
        if isinstance(issue, list):
            for one in issue:
                self._report(row, field, text, one, problems)
        elif issue:
            self._report(row, field, text, issue, problems)
        return value

    def _report(self, row: int, field: str, value: str, issue: Issue,
                problems: list[ImportProblem]) -> None:
        self._problem(row, field, issue.message, value, issue.severity, problems)

    def _convert(self, field: str, text: str) -> tuple[Any, Issue | list[Issue] | None]:
        if field == "coll_siret":
            return values.clean_siret(text)
        if field in ("latitude", "longitude"):
            return values.clean_coordinate(text, 90.0 if field == "latitude" else 180.0)
        if field in ("projet_date", "date"):
            year, issue = values.check_date(text, self.today)
            if field == "projet_date":
                self._start_year = year
            return text, issue
        if field in values.TAG_FIELDS:
            tags = values.split_tags(text, field)
            if len(tags) > MAX_TAGS:
                self._capped[field] = (len(tags), text)
                tags = tags[:MAX_TAGS]
            if field not in values.ENUM_FIELDS:
                return list(tags), None
            matched = [values.match_enum(field, tag) for tag in tags]
            return _unique([label for label, _ in matched]), [i for _, i in matched if i]
        if field in values.ENUM_FIELDS and text:
            return values.match_enum(field, text)
        return text, None

    def _extra(self, row: int, record: list[str], problems: list[ImportProblem]) -> dict:
        extra = {}
        for index, cell in enumerate(record):
            if index in self.columns.values():
                continue
            name = self.unknown.get(index, f"column_{index + 1}")
            text, issue = values.clean_text(cell, multiline=True)
            if issue:
                self._report(row, name, cell.encode("unicode_escape").decode("ascii"), issue,
                             problems)
            if text:
                extra[name] = text
        return extra

    def _unique_id(self, row: int, record: list[str], fields: dict[str, Any],
                   problems: list[ImportProblem]) -> str:
        base = case_id(fields.get("nom_projet", ""), fields.get("coll_siret", ""),
                       fields.get("coll_nom", ""))
        content = "\x1f".join(" ".join(cell.split()) for cell in record).rstrip("\x1f")
        signature = hashlib.sha1(content.encode("utf-8", "surrogatepass")).digest()
        first_same = self.rows.setdefault(signature, row)
        first_row, count = self.ids.get(base, (row, 0))
        self.ids[base] = (first_row, count + 1)
        if first_same != row:
            self._problem(row, "", f"ligne en double de la ligne {first_same} / duplicate of "
                          f"row {first_same}", into=problems)
        elif count:
            self._problem(row, "nom_projet", f"même collectivité et même projet que la ligne "
                          f"{first_row} / same authority and project as row {first_row}",
                          fields.get("nom_projet", ""), into=problems)
        return base if count == 0 else f"{base}-{count + 1}"

    def quarantine(self, row: int, line: int, problem: str, text: str) -> None:
        """Keep a row that cannot be read as the header says, as written, out of the cases."""
        if row > self.last_row:
            self.report.rows_read += 1
            self.last_row = row
        self.report.quarantined.append(QuarantinedRow(row=row, line=line, problem=problem,
                                                      text=text))

    def _shape_problem(self, record: list[str], text: str) -> str:
        for other in SEPARATORS.replace(self.delimiter, ""):
            try:
                cells = next(csv.reader(io.StringIO(text, newline=""), delimiter=other), [])
            except csv.Error:
                continue
            if len(cells) == self.width:
                return (f"ligne écrite avec le séparateur {SEPARATOR_NAMES[other]} au lieu de "
                        f"{SEPARATOR_NAMES[self.delimiter]} / row written with "
                        f"{SEPARATOR_NAMES[other]} instead of {SEPARATOR_NAMES[self.delimiter]}")
        return (f"{len(record)} cellules au lieu de {self.width} : une cellule manque ou est en "
                f"trop, les valeurs seraient dans d'autres colonnes / {len(record)} cells "
                f"instead of {self.width}: a cell is missing or extra, the values would be in "
                "other columns")


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
