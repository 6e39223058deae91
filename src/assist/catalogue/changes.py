"""What a re-import changes in a catalogue: new records, changed ones (which fields), gone ones."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from assist.catalogue.merge import TITLE_CLOSE, same_authority, title_closeness
from assist.models import Case
from assist.text.i18n import t

# Not the record's content: its id, where it was imported from, and row-level bookkeeping.
_IGNORED = {"id", "origin", "problems", "records", "provenance"}
SHOWN = 10  # records listed by name in a summary; the rest are counted


class Changed(BaseModel):
    id: str
    title: str
    fields: list[str] = Field(default_factory=list)
    previous_id: str = ""  # when the id changed with the title or the authority


class Listed(BaseModel):
    id: str
    title: str


class CatalogueChanges(BaseModel):
    """A catalogue's records against its previous import; `first` when there was none."""

    first: bool = False
    new: list[Listed] = Field(default_factory=list)
    changed: list[Changed] = Field(default_factory=list)
    gone: list[Listed] = Field(default_factory=list)
    unchanged: int = 0

    def counts(self) -> dict[str, int]:
        return {"new": len(self.new), "changed": len(self.changed), "gone": len(self.gone),
                "unchanged": self.unchanged}

    def summary(self, language: Literal["fr", "en"] = "fr") -> str:
        if self.first:
            return t("changes.first", language, n=len(self.new))
        lines = [t("changes.head", language, **self.counts())]
        for key, items in (("changes.new", self.new), ("changes.gone", self.gone)):
            lines += [t(key, language, title=i.title, id=i.id) for i in items[:SHOWN]]
        lines += [t("changes.changed", language, title=c.title, id=c.id,
                    fields=", ".join(t(f"field.{f}", language) for f in c.fields))
                  for c in self.changed[:SHOWN]]
        hidden = sum(max(0, len(x) - SHOWN) for x in (self.new, self.gone, self.changed))
        if hidden:
            lines.append(t("changes.more", language, n=hidden))
        return "\n".join(lines)


def changed_fields(old: Case, new: Case) -> list[str]:
    a, b = old.model_dump(), new.model_dump()
    return [f for f in Case.model_fields if f not in _IGNORED and a.get(f) != b.get(f)]


def diff(old: list[Case] | None, new: list[Case]) -> CatalogueChanges:
    """Records matched by id first; a record whose id changed (its title or authority was
    edited) is then matched to a gone one of the same authority with a close title."""
    if old is None:
        return CatalogueChanges(first=True, new=[Listed(id=c.id, title=c.title) for c in new])
    before = {c.id: c for c in old}
    after = {c.id: c for c in new}
    out = CatalogueChanges()
    unmatched_new = [c for c in new if c.id not in before]
    unmatched_old = [c for c in old if c.id not in after]
    for case in new:
        if case.id in before:
            fields = changed_fields(before[case.id], case)
            if fields:
                out.changed.append(Changed(id=case.id, title=case.title, fields=fields))
            else:
                out.unchanged += 1
    for case in unmatched_new:
        match = max(unmatched_old, default=None,
                    key=lambda o: (bool(same_authority(o, case)),
                                   title_closeness(o.nom_projet, case.nom_projet)))
        if match is not None and same_authority(match, case) and \
                title_closeness(match.nom_projet, case.nom_projet) >= TITLE_CLOSE:
            unmatched_old.remove(match)
            out.changed.append(Changed(id=case.id, title=case.title, previous_id=match.id,
                                       fields=changed_fields(match, case)))
        else:
            out.new.append(Listed(id=case.id, title=case.title))
    out.gone = [Listed(id=c.id, title=c.title) for c in unmatched_old]
    return out
