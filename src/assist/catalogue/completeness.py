"""How complete a project's record is, over the library's data model, required fields first.

API (project page and explorer)::

    from assist.catalogue.completeness import completeness
    c = completeness(case, audience="public")   # public: the public fields of the model only
    c.filled, c.total, c.ratio                  # 12, 17, 0.71
    c.required_filled, c.required_total         # 8, 9
    c.missing_required                          # ["coll_siret"]: what to document next
    c.missing_optional

The fields and which of them are required are those of the library's `schema.json`
(`constraints.required`), copied here so that nothing reads the shared file at run time.
"""

from __future__ import annotations

from pydantic import BaseModel, Field, computed_field

from assist.access import case_view, field_access, may_read
from assist.models import Audience, Case

# The 38 fields of the library's data model, in its order.
SCHEMA_FIELDS = (
    "coll_nom", "nom_projet", "coll_siret", "latitude", "longitude", "coll_type",
    "projet_date", "projet_status", "status_abandon", "partenaires", "projet_contact",
    "financement", "budget", "usage_description", "mise_en_oeuvre", "theme", "sous_theme",
    "audience_service", "herbergement", "nom_algorithme", "algorithme_description",
    "algorithme_operations", "type_algorithme", "impact_environnement", "donnees_source",
    "donnees_acces", "risque", "risque_categorie", "proportionalite", "decision", "erreur",
    "explicabilite", "reversibilite", "objection", "url_infos", "url_ressources", "image_url",
    "date",
)
REQUIRED = tuple(Case.required_fields())


class Completeness(BaseModel):
    """Filled fields of one record over the fields of the data model an audience sees."""

    audience: Audience
    filled: int
    total: int
    required_filled: int
    required_total: int
    missing_required: list[str] = Field(default_factory=list)
    missing_optional: list[str] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def ratio(self) -> float:
        return self.filled / self.total if self.total else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def required_ratio(self) -> float:
        return self.required_filled / self.required_total if self.required_total else 0.0


def is_filled(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, (list, tuple, dict)):
        return any(is_filled(v) for v in value)
    return bool(str(value).strip())


def completeness(case: Case, audience: Audience = "public") -> Completeness:
    """Count the filled fields of `case`; in public, only the model's public fields count.

    >>> completeness(Case(id="x", coll_nom="Ville", nom_projet="P")).missing_required[:2]
    ['coll_siret', 'coll_type']
    """
    seen = case_view(case, audience)
    fields = [f for f in SCHEMA_FIELDS if may_read(audience, field_access(f))]
    required = [f for f in fields if f in REQUIRED]
    optional = [f for f in fields if f not in REQUIRED]
    missing_required = [f for f in required if not is_filled(getattr(seen, f))]
    missing_optional = [f for f in optional if not is_filled(getattr(seen, f))]
    missing = len(missing_required) + len(missing_optional)
    return Completeness(audience=audience, filled=len(fields) - missing, total=len(fields),
                        required_filled=len(required) - len(missing_required),
                        required_total=len(required), missing_required=missing_required,
                        missing_optional=missing_optional)
