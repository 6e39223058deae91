"""The one gate: what an audience may see.

Every field of `Case` carries an access mark (``public`` or ``restricted``) in the data model
(`models.py`, copied from the library's schema). This module is the only place that turns those
marks into decisions: which fields an audience sees (`case_view`, `field_values`), whether a
passage cut from a field is public (`field_access`, used when passages are cut), and whether an
audience may read a passage. Everything that renders (answers, reasons, similar projects, fit,
comparisons, briefs, exports, pages) receives the view this gate returned, never the raw record.

Public is the default everywhere: an unknown audience is refused rather than guessed.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from functools import cache
from typing import Any, get_args

from assist.models import Access, Audience, Case

AUDIENCES: tuple[str, ...] = get_args(Audience)
# Bookkeeping fields a view carries but that are not the project's own values.
NOT_VALUES = frozenset({"id", "origin", "sources", "problems", "records", "provenance"})


def checked(audience: str) -> Audience:
    """`audience` itself, or ValueError when it is not ``"public"`` or ``"agent"``."""
    if audience not in AUDIENCES:
        raise ValueError(f"audience must be one of {', '.join(AUDIENCES)}, not {audience!r}")
    return audience  # type: ignore[return-value]


def field_access(field: str) -> Access:
    """A field's mark in the data model; a field the model does not know (an export's extra
    column) is restricted, because nothing says it is public."""
    info = Case.model_fields.get(field)
    extra = (info.json_schema_extra if info is not None else None) or {}
    return "public" if extra.get("access") == "public" else "restricted"  # type: ignore[union-attr]


def may_read(audience: Audience, access: str) -> bool:
    """Whether `audience` may read something marked `access`."""
    return access == "public" or checked(audience) == "agent"


def _is_meta(field: str) -> bool:
    """A merged record's bookkeeping (`records`, `provenance`), not a field of the model."""
    return bool((Case.model_fields[field].json_schema_extra or {}).get("meta"))  # type: ignore[union-attr]


def visible_fields(audience: Audience = "public") -> list[str]:
    """The `Case` fields `audience` may see, in the model's order (bookkeeping left out)."""
    return list(_visible(checked(audience)))


@cache
def _visible(audience: Audience) -> tuple[str, ...]:
    # The marks are the model's, fixed for the process: computed once per audience.
    return tuple(f for f in Case.model_fields
                 if may_read(audience, field_access(f)) and not _is_meta(f))


@cache
def _hidden(audience: Audience) -> tuple[tuple[str, Any, Callable[[], Any] | None], ...]:
    """(field, default, default factory) of each field `audience` may not read. Pydantic's
    `get_default` inspects the factory's signature at every call: that was 4 ms of each
    result of a public answer."""
    return tuple((f, info.default, info.default_factory) for f, info in Case.model_fields.items()
                 if not may_read(audience, field_access(f)))


def case_view(case: Case, audience: Audience = "public") -> Case:
    """The record as `audience` may see it: a copy with every field it may not read emptied,
    and, on a merged record, the provenance of those fields dropped (it holds their values)."""
    if checked(audience) == "agent":
        return case
    blank: dict[str, Any] = {f: factory() if factory is not None else copy.deepcopy(default)
                             for f, default, factory in _hidden(audience)}
    blank["provenance"] = {f: v for f, v in case.provenance.items()
                           if may_read(audience, field_access(f))}
    return case.model_copy(update=blank)


def field_values(case: Case, audience: Audience = "public") -> dict[str, Any]:
    """The project's own values `audience` may see, by field (no id, origin, sources).
    Only the fields `audience` may read are read, so no emptied copy is made (that copy,
    `case_view`'s, was made a second time for each result of an answer)."""
    return {f: getattr(case, f) for f in visible_fields(audience) if f not in NOT_VALUES}


def same_audience(audience: Audience, *parts: object) -> Audience:
    """`audience`, after checking that every part (an Answer, a Comparison...) was made for it:
    a brief for the public must not copy an agent's answer."""
    for part in parts:
        made_for = getattr(part, "audience", None)
        if made_for is not None and made_for != audience:
            raise ValueError(f"made for the {made_for!r} audience, asked for {audience!r}")
    return checked(audience)
