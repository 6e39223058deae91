"""The same content as a page, as data: JSON (the models) and CSV (one row per item).

An `Answer` or a `Comparison` is made for one audience (`access.py`): what it holds is what
that audience may read, so its export holds nothing more. CSV is UTF-8 with a BOM, so a
spreadsheet opens accents right; lists are joined with " | ".
"""

from __future__ import annotations

import pandas as pd

from assist.answers.compare import Comparison
from assist.catalogue.spreadsheet import neutralise
from assist.models import Answer, Result
from assist.text.i18n import t


def _joined(value: object) -> str:
    if isinstance(value, list):
        return " | ".join(str(v) for v in value)
    return "" if value is None else str(value)


def answer_rows(answer: Answer) -> pd.DataFrame:
    """One row a result: rank, kind, id, title, authority, the first quote and its source,
    the reasons, the criteria (fit), the search scores, and the record's fields.

    A fit answer adds, apart (`shown_as`), the closest projects when none addresses the need
    (``closest``: they do not) and one row a "must" criterion with how many projects it
    excluded (``excluded``, `count`), so the file says what the page says."""
    rows = [_result_row(r, "result") for r in answer.results]
    rows += [_result_row(r, "closest") for r in answer.closest]
    rows += [{"shown_as": "excluded", "id": key,
              "title": t(f"fit.criterion.{key}", answer.language), "count": n}
             for key, n in answer.excluded.items()]
    frame = pd.DataFrame(rows)
    for column in ("rank", "count"):  # whole numbers, blank where a row has none (not "1.0")
        if column in frame:
            frame[column] = frame[column].astype("Int64")
    return frame


def _criterion(c) -> str:
    must = " (must)" if c.must else ""
    note = f" — {c.note}" if c.note else ""
    return f"{c.label}: {c.status}{must}{note}"


def _result_row(r: Result, shown_as: str) -> dict:
    first = r.citations[0] if r.citations else None
    row = {"shown_as": shown_as, "rank": r.rank, "kind": r.kind, "id": r.id, "title": r.title,
           "organisation": r.organisation, "section": r.section,
           "quote": first.quote if first else "",
           "quote_source": f"{first.source} § {first.section}" if first else "",
           "reasons": " | ".join(r.why.reasons),
           "criteria": " | ".join(_criterion(c) for c in r.criteria),
           "semantic": r.why.semantic, "lexical": r.why.lexical, "fused": r.why.fused}
    return row | {f"field.{k}": _joined(v) for k, v in r.fields.items()}


def comparison_rows(comparison: Comparison) -> pd.DataFrame:
    """One row a field, one column a project (its title), and whether the values differ."""
    heads = [f"{n}. {c.title}" for n, c in enumerate(comparison.cases, start=1)]
    field = t("compare.field", comparison.language)
    differs = t("compare.differs", comparison.language)
    return pd.DataFrame([{field: row.label, **dict(zip(heads, row.values)),
                          differs: row.differs} for row in comparison.rows])


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """The table as CSV, every cell a spreadsheet would run as a formula neutralised (a
    question, a title or a quote may begin with "=")."""
    return frame.map(neutralise).to_csv(index=False).encode("utf-8-sig")
