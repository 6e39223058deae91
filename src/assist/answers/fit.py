"""Needs profile → ranked fit: the experiments that suit an authority, criterion by criterion.

API (what the page "Trouver des projets adaptés" calls)::

    from assist.answers.fit import NeedsProfile, choices
    profile = NeedsProfile(coll_type=["Commune"], themes=["Transition écologique et énergétique"],
                           need="énergie de nos écoles", maturity="deployed",
                           budget=["moins de 50k€"], hosting=["en interne de l'administration"],
                           language="fr")
    answer = assistant.fit(profile, top_k=5, audience="public")      # an `Answer`
    for result in answer.results:                                     # cases only
        result.score           # the fit score below
        result.criteria        # [CriterionCheck]: each asked criterion met / not_met / unknown
        result.action1         # [Action1Note]: what the catalogue says on Action 1's criteria
    answer.notices             # e.g. "budget, hosting: judged for logged-in agents only"
    choices("budget")          # the values the form offers for a criterion
    describe(profile, "fr", audience)  # the profile in one line (briefs, headings)

Ranking: the need (or, when it is empty, the themes' names) is searched without facet
filters, so a case whose field is empty is never excluded by it; each retrieved case gets
``score = (1 - W_CRIT) * fused search score + W_CRIT * met / asked``, where `asked` counts the
criteria the profile sets that the audience may see (an unknown one counts as not met, which
is neither for nor against: it only lowers the share the case could have reached). Restricted
criteria (budget, hosting, implementation) are judged for the ``"agent"`` audience only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assist.access import case_view, checked, field_access, field_values, may_read
from assist.answers.action1 import notes
from assist.answers.compose import clean_question, summarise
from assist.models import Answer, Audience, Case, CriterionCheck, Result, Why
from assist.retrieval.fusion import FusionParams
from assist.retrieval.search import Group
from assist.text.analyser import fold, tokens
from assist.text.i18n import t
from assist.text.vocab import THEMES_EN, VOCABULARIES, Vocabulary


class Searchable(Protocol):
    """What fit needs of the front `Assistant` (structural: no import of a later stage)."""

    params: FusionParams

    def retrieve(self, text: str, audience: Audience = "public",
                 filters: dict | None = None) -> list[Group]: ...

    def result(self, rank: int, group: Group, query_tokens, filters: dict,
               audience: Audience, language: str) -> Result: ...

    def case(self, case_id: str, audience: Audience = "public") -> Case | None: ...

    def cases(self, filters: dict | None = None, audience: Audience = "public") -> list[Case]: ...

W_CRIT = 0.2  # tuned on tests/eval/profiles.jsonl (docs/EVALUATION.md, "Needs profiles")
POOL = 50  # cases retrieved before the re-ranking
UNKNOWN_VALUES = {"", "nsp"}  # "ne sait pas" says nothing either

MATURITY = {"experimenting": ["En expérimentation"], "deployed": ["En déploiement"]}
EXTRA_ALIASES = {
    "budget": {"<50k": "moins de 50k€", "50-100k": "de 50k€ à 100k€", ">100k": "plus de 100k€",
               "under 50k": "moins de 50k€", "over 100k": "plus de 100k€"},
    "herbergement": {"in-house": "en interne de l'administration",
                     "interne": "en interne de l'administration",
                     "internal": "en interne de l'administration",
                     "cloud": "cloud chez un tiers", "third-party cloud": "cloud chez un tiers"},
    "mise_en_oeuvre": {"in-house": "Projet développé en interne",
                       "interne": "Projet développé en interne",
                       "external": "projet développé en externe",
                       "externe": "projet développé en externe",
                       "provider": "mobilisation de prestataire(s)",
                       "prestataire": "mobilisation de prestataire(s)",
                       "procurement": "marché public",
                       "public procurement": "marché public"},
    "theme": {en: fr for fr, en in THEMES_EN.items()},
}


@dataclass(frozen=True)
class Criterion:
    key: str  # the profile's attribute
    field: str  # the case's field it is judged on

    @property
    def restricted(self) -> bool:
        return field_access(self.field) == "restricted"


CRITERIA = (Criterion("coll_type", "coll_type"), Criterion("themes", "theme"),
            Criterion("audience", "audience_service"), Criterion("maturity", "projet_status"),
            Criterion("budget", "budget"), Criterion("hosting", "herbergement"),
            Criterion("implementation", "mise_en_oeuvre"))
_BY_KEY = {c.key: c for c in CRITERIA}


def _vocabulary(field: str) -> Vocabulary:
    base = VOCABULARIES[field]
    aliases = {alias: label for alias, label in base._index.items()}
    return Vocabulary(base.labels, aliases | EXTRA_ALIASES.get(field, {}))


def choices(key: str) -> list[str]:
    """The values a form offers for criterion `key` (``"maturity"``: any/experimenting/...)."""
    if key == "maturity":
        return ["any", "experimenting", "deployed"]
    return [v for v in VOCABULARIES[_BY_KEY[key].field].labels if v != "NSP"]


class NeedsProfile(BaseModel):
    """A situation: who asks, for what, under which constraints. Every part is optional.

    Values are matched to the catalogue's labels (case, accents, a few English aliases:
    ``hosting=["in-house"]``); an unknown value raises ValueError naming the accepted ones.
    """

    model_config = ConfigDict(extra="forbid")

    coll_type: list[str] = Field(default_factory=list)
    themes: list[str] = Field(default_factory=list)
    need: str = ""
    audience: list[str] = Field(default_factory=list)
    maturity: Literal["any", "experimenting", "deployed"] = "any"
    budget: list[str] = Field(default_factory=list)
    hosting: list[str] = Field(default_factory=list)
    implementation: list[str] = Field(default_factory=list)
    language: Literal["fr", "en"] = "fr"

    @field_validator("coll_type", "themes", "audience", "budget", "hosting", "implementation")
    @classmethod
    def _labels(cls, values: list[str], info) -> list[str]:
        vocab = _vocabulary(_BY_KEY[info.field_name].field)
        out = []
        for value in values:
            if not str(value).strip():
                continue
            label = vocab.match(str(value))
            if label is None:
                raise ValueError(f"unknown {info.field_name} {value!r}; use one of: "
                                 + ", ".join(choices(info.field_name)))
            if label not in out:
                out.append(label)
        return out

    def wanted(self, key: str) -> list[str]:
        """The catalogue labels the profile asks for criterion `key` (empty: not asked)."""
        if key == "maturity":
            return MATURITY.get(self.maturity, [])
        return list(getattr(self, key))

    def asked(self, audience: Audience) -> list[Criterion]:
        return [c for c in CRITERIA if self.wanted(c.key)
                and may_read(audience, field_access(c.field))]

    def withheld(self, audience: Audience) -> list[Criterion]:
        """Criteria the profile sets that `audience` may not have judged."""
        return [c for c in CRITERIA if self.wanted(c.key) and c not in self.asked(audience)]

    def search_text(self) -> str:
        return self.need.strip() or " ".join(self.themes)


def _values(case: Case, field: str) -> list[str]:
    value = getattr(case, field)
    values = value if isinstance(value, list) else [value]
    return [str(v) for v in values if fold(str(v)) not in UNKNOWN_VALUES]


def judge(case: Case, profile: NeedsProfile, audience: Audience,
          language: str = "fr") -> list[CriterionCheck]:
    """Each criterion the profile sets (and `audience` may see), judged on `case`.

    >>> judge(case, NeedsProfile(coll_type=["Commune"]), "public")[0].status   # "met"
    """
    case = case_view(case, audience)
    checks = []
    for crit in profile.asked(audience):
        wanted = profile.wanted(crit.key)
        have = _values(case, crit.field)
        if not have:
            status = "unknown"
        elif {fold(v) for v in have} & {fold(w) for w in wanted}:
            status = "met"
        else:
            status = "not_met"
        checks.append(CriterionCheck(key=crit.key, label=t(f"fit.criterion.{crit.key}", language),
                                     field=crit.field, wanted=wanted, status=status,
                                     value=", ".join(have), restricted=crit.restricted))
    return checks


def fit_score(semantic: float, checks: list[CriterionCheck], w_crit: float = W_CRIT) -> float:
    """``(1 - w_crit) * semantic + w_crit * met / asked``; the semantic score alone if none."""
    if not checks:
        return semantic
    met = sum(c.status == "met" for c in checks)
    return (1 - w_crit) * semantic + w_crit * met / len(checks)


@dataclass
class Ranked:
    case: Case
    score: float
    semantic: float
    checks: list[CriterionCheck]
    group: Group | None


def candidates(assistant: Searchable, profile: NeedsProfile,
               audience: Audience) -> tuple[dict[str, Group | None], str, str]:
    """({case id: its search group}, text searched, its language) for up to POOL cases.

    Without any text to search, every case is a candidate, with no group (score 0).
    """
    text, _, language = clean_question(profile.search_text())
    if not any(ch.isalnum() for ch in text):
        return {c.id: None for c in assistant.cases(audience=audience)}, "", language
    groups = [g for g in assistant.retrieve(text, audience) if g.kind == "case"]
    return {g.parent_id: g for g in groups[:POOL]}, text, language


def rank(assistant: Searchable, profile: NeedsProfile, audience: Audience,
         w_crit: float = W_CRIT, pool: dict[str, Group | None] | None = None) -> list[Ranked]:
    """Every candidate (of `pool`, searched when None) with its fit score, best fit first."""
    if pool is None:
        pool, _, _ = candidates(assistant, profile, audience)
    out = []
    for case_id, group in pool.items():
        case = assistant.case(case_id, audience)
        if case is None:
            continue
        semantic = group.score if group is not None else 0.0
        checks = judge(case, profile, audience, profile.language)
        out.append(Ranked(case, fit_score(semantic, checks, w_crit), semantic, checks, group))
    return sorted(out, key=lambda r: (-r.score, -r.semantic, r.case.id))


def fit(assistant: Searchable, profile: NeedsProfile, top_k: int = 5,
        audience: Audience = "public") -> Answer:
    """The `top_k` cases that fit `profile` best, each with its criteria and Action 1 notes."""
    audience = checked(audience)
    language = profile.language
    pool, text, text_language = candidates(assistant, profile, audience)
    ranked = rank(assistant, profile, audience, pool=pool)[:max(1, min(int(top_k), POOL))]
    question = profile.need.strip() or describe(profile, language, audience)
    notices = _notices(assistant, profile, audience, ranked, text_language)
    if not ranked:
        return Answer(question=question, language=language, audience=audience, abstained=True,
                      message=t("fit.none", language), notices=notices)
    query_tokens = tokens(text)
    results = [_result(assistant, n, r, query_tokens, audience, language)
               for n, r in enumerate(ranked, start=1)]
    return Answer(question=question, language=language, audience=audience, results=results,
                  summary=summarise(results, language), notices=notices)


def _result(assistant: Searchable, rank_: int, r: Ranked, query_tokens, audience: Audience,
            language: str) -> Result:
    case = r.case
    if r.group is not None:
        result = assistant.result(rank_, r.group, query_tokens, {}, audience, language)
    else:
        result = Result(rank=rank_, kind="case", id=case.id, title=case.title,
                        organisation=case.coll_nom, score=0.0, why=Why(),
                        fields=field_values(case, audience))
    if r.checks:
        met = sum(c.status == "met" for c in r.checks)
        result.why.reasons.append(t("fit.reason", language, met=met, asked=len(r.checks)))
    result.score = round(r.score, 4)
    result.criteria = r.checks
    result.action1 = notes(case, audience, language)
    return result


def _notices(assistant: Searchable, profile: NeedsProfile, audience: Audience,
             ranked: list[Ranked], text_language: str) -> list[str]:
    language = profile.language
    out = []
    if withheld := profile.withheld(audience):
        names = ", ".join(t(f"fit.criterion.{c.key}", language).lower() for c in withheld)
        out.append(t("fit.agent_only", language, criteria=names))
    params = assistant.params
    floor = getattr(params, "min_score_en", None) if text_language == "en" else None
    floor = params.min_score if floor is None else floor
    if profile.search_text().strip() and ranked and max(r.semantic for r in ranked) < floor:
        out.append(t("fit.weak_need", language))
    return out


def describe(profile: NeedsProfile, language: str = "fr", audience: Audience = "public") -> str:
    """The profile in one line; criteria `audience` may not have judged are left out."""
    parts = []
    for crit in CRITERIA:
        if crit in profile.withheld(audience) or not profile.wanted(crit.key):
            continue
        values = (t(f"fit.maturity.{profile.maturity}", language) if crit.key == "maturity"
                  else ", ".join(profile.wanted(crit.key)))
        parts.append(f"{t(f'fit.criterion.{crit.key}', language)} : {values}" if language == "fr"
                     else f"{t(f'fit.criterion.{crit.key}', language)}: {values}")
    if profile.need.strip():
        parts.insert(0, t("fit.need_line", language, need=profile.need.strip()))
    return " · ".join(parts) or t("fit.empty_profile", language)
