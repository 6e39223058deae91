"""Needs profile → ranked fit: the experiments that suit an authority, criterion by criterion.

API (what the page "Trouver des projets adaptés" and `assist fit` call)::

    from assist.answers.fit import NeedsProfile, choices
    profile = NeedsProfile(coll_type=["Commune"], themes=["Transition écologique et énergétique"],
                           need="énergie de nos écoles", maturity="deployed",
                           budget=["moins de 50k€"], hosting=["en interne de l'administration"],
                           must=["maturity"], language="fr")
    answer = assistant.fit(profile, top_k=5, audience="public")      # an `Answer`
    answer.abstained, answer.message  # True, "no project addresses this need" when none does
    answer.closest         # then: the nearest projects, offered as such, never as fitting
    answer.excluded        # {"maturity": 2}: projects a "must" criterion excluded
    for result in answer.results:                                     # cases only
        result.score           # the fit score below
        result.criteria        # [CriterionCheck]: each asked criterion met / not_met / unknown
        result.action1         # [Action1Note]: what the catalogue says on Action 1's criteria
    answer.notices             # e.g. "budget, hosting: judged for logged-in agents only"
    choices("budget")          # the values the form offers for a criterion
    describe(profile, "fr", audience)  # the profile in one line (briefs, headings)

Needs first, criteria second. The need is judged by the same question-level decision as
`Assistant.ask` (`decide_need`), in its three states: answered; "closest" (nothing clearly
matches: "no project clearly addresses this need"); declined ("no project addresses this
need"). Not answered, no project is shown as fitting: the closest ones, by the need alone, are
offered apart (`Answer.closest`; none for a need that is no need, e.g. random letters). When it
answers, the projects that address the need are the case results close to the best one (need
score at least `RATIO` times the best's), and criteria re-rank only among them, in proportion
to how well each addresses the need:
``score = need * (1 - W_CRIT + W_CRIT * met / asked)``, ``need = need score / best need score``,
where `asked` counts the criteria the profile sets that the audience may see (unknown counts as
not met: neither for nor against, it only lowers the share the case could have reached). So
criteria never lift a project past one whose need score is more than ``1 / (1 - W_CRIT)``
times its own: a project of the right type that barely touches the need stays below the
projects that address it.
A criterion listed in `must` excludes every project whose field holds another value; an empty
(or "NSP") field is unknown and does not exclude. A profile without a need text ranks every
case by its criteria. Restricted criteria (budget, hosting, implementation) are judged for
the ``"agent"`` audience only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assist.access import case_view, checked, field_access, field_values, may_read
from assist.answers.action1 import notes
from assist.answers.compose import clean_question, refusal_message, shorten, summarise
from assist.answers.decide import CLOSEST, probability, state_of
from assist.models import Answer, Audience, Case, CriterionCheck, Result, Why
from assist.retrieval.embed import Embedder
from assist.retrieval.fusion import FusionParams
from assist.retrieval.search import Group
from assist.text.analyser import clauses, fold, tokens
from assist.text.i18n import t
from assist.text.vocab import THEMES_EN, VOCABULARIES, Vocabulary
from assist.text.vocab import label as vocab_label


class Searchable(Protocol):
    """What fit needs of the front `Assistant` (structural: no import of a later stage)."""

    params: FusionParams
    embedder: Embedder
    model: dict  # the question-level decision's model (`answers.decision_model.MODEL`)

    def candidates(self, vector: np.ndarray, text: str, audience: Audience = "public",
                   filters: dict | None = None
                   ) -> tuple[np.ndarray, dict[int, float], dict[int, float]]: ...

    def judge(self, text: str, language: str, allowed: np.ndarray, dense: dict[int, float],
              lexical: dict[int, float], *args, vector: np.ndarray | None = None,
              **kwargs) -> Any: ...

    def retrieve(self, text: str, audience: Audience = "public",
                 filters: dict | None = None) -> list[Group]: ...

    def result(self, rank: int, group: Any, query_tokens, filters: dict,
               audience: Audience, language: str) -> Result: ...

    def case(self, case_id: str, audience: Audience = "public") -> Case | None: ...

    def cases(self, filters: dict | None = None, audience: Audience = "public") -> list[Case]: ...


# Weight of the criteria among the projects that address the need. A profile's criteria say
# which projects suit the authority (`fit.intro`), so among the projects the need found, those
# that meet them come first: with every covered dev need answered, each dev profile file held
# out (219 covered profiles in 7 files), 0.2 -> 0.4 raised nDCG@5 from 0.828 to 0.845 and
# Recall@5 from 0.886 to 0.896, and won on 6 of 7 files; on profiles_blind6, turned dev after
# the choice, 0.835 -> 0.853 (docs/EVALUATION.md, "#16, sixth pass"). 0.4 is the lowest weight on
# the plateau (0.4-0.6 within 0.003 of each other; 0.8 and 1.0 fall back): the need still leads,
# a project passes another only with at least 0.6 of its need score.
W_CRIT = 0.4
RATIO = 0.3  # a case addresses the need when its need score is at least this share of the best (dev)
POOL = 50  # cases retrieved before the re-ranking
CLAUSE_CHARS = 120  # a clause quoted in a closest project's reasons, at most
# The middle state ("no project clearly addresses this need") offers as many projects "to
# check" as an answer shows by default, not `decide.CLOSEST` (3): its covered needs are there
# because their words differ from the project's, which is then often 4th or 5th by the need
# alone. Each dev profile file held out (decision and points chosen without it), covered
# needs in the middle state with a relevant project among those offered: 8 -> 10 of 14
# (profiles_blind4), 9 -> 10 of 12 (blind3), 5 -> 6 of 7 (blind2). It decides nothing: a
# need nobody covers is in the same state either way (docs/EVALUATION.md, fit7).
UNCLEAR_CLOSEST = 5
UNKNOWN_VALUES = {"", "nsp"}  # "ne sait pas" says nothing either

# A finished project ran: it is deployed experience, not an experiment (issue 16).
MATURITY = {"experimenting": ["En expérimentation"], "deployed": ["En déploiement", "Terminée"]}
FINISHED = "Terminée"
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
    `must` lists the criteria (keys of `CRITERIA`) the user makes hard; the others are "nice
    to have".
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
    must: list[str] = Field(default_factory=list)
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

    @field_validator("must")
    @classmethod
    def _criteria(cls, keys: list[str]) -> list[str]:
        out = []
        for key in keys:
            key = str(key).strip()
            if not key:
                continue
            if key not in _BY_KEY:
                raise ValueError(f"unknown criterion {key!r} in must; use one of: "
                                 + ", ".join(_BY_KEY))
            if key not in out:
                out.append(key)
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

    def hard(self, audience: Audience) -> list[str]:
        """The "must" criteria that are set and that `audience` may have judged."""
        return [c.key for c in self.asked(audience) if c.key in self.must]

    def search_text(self) -> str:
        return self.need.strip() or " ".join(self.themes)


def read_profile(data: NeedsProfile | dict) -> NeedsProfile:
    """`data` as a needs profile, or ValueError with one plain clause per problem ("coll_type:
    unknown coll_type 'X'; use one of: ..."), not pydantic's report with its types and links:
    what the CLI prints and the API raises."""
    try:
        return NeedsProfile.model_validate(data)
    except ValidationError as exc:
        clauses = []
        for error in exc.errors():
            where = ".".join(str(p) for p in error.get("loc", ())) or "profile"
            clauses.append(f"{where}: {str(error.get('msg', '')).removeprefix('Value error, ')}")
        raise ValueError("Profil de besoin invalide / invalid needs profile: "
                         + " ; ".join(clauses)) from None


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
        must = crit.key in profile.must
        note = ""
        if status == "unknown" and must:
            note = t("fit.must_unknown", language)
        elif crit.key == "maturity" and status == "met" and FINISHED in have:
            note = t("fit.finished", language)
        checks.append(CriterionCheck(key=crit.key, label=t(f"fit.criterion.{crit.key}", language),
                                     field=crit.field, wanted=wanted, status=status,
                                     # what the record says, in the reader's language
                                     value=", ".join(vocab_label(crit.field, v, language)
                                                     for v in have),
                                     restricted=crit.restricted,
                                     must=must, note=note))
    return checks


def violated(checks: list[CriterionCheck]) -> list[str]:
    """The "must" criteria `checks` break: the field holds another value (unknown does not)."""
    return [c.key for c in checks if c.must and c.status == "not_met"]


def met_share(checks: list[CriterionCheck]) -> float:
    """The share of the asked criteria that are met (unknown counts as not met)."""
    return sum(c.status == "met" for c in checks) / len(checks) if checks else 0.0


def fit_score(need: float, checks: list[CriterionCheck], w_crit: float = W_CRIT) -> float:
    """``need * (1 - w_crit + w_crit * met / asked)``; the need score alone if none asked.
    Multiplied, not added: a project that barely addresses the need gains little from its
    criteria, so they never make it look fitting."""
    if not checks:
        return need
    return need * (1 - w_crit + w_crit * met_share(checks))


# -- the need: the question-level decision of `ask` ------------------------------------------

@dataclass
class NeedDecision:
    """Whether the catalogue answers the need (the decision `ask` makes for a question), and
    the case results it ranked, best first, each with its score."""

    addressed: bool
    cases: list[tuple[str, object, float]]  # (case id, what `result()` explains, score)
    text: str = ""
    language: str = "fr"
    confidence: float | None = None  # the decision's probability, when it gives one
    weak: str = ""  # i18n key of why the need is answered only weakly ("" when it is not)
    # The decision's state: "answered"; "closest" (the catalogue may hold it, but nothing
    # clearly matches); "declined" (nothing does). Not answered either way: no project is
    # shown as fitting.
    state: str = "answered"
    nonsense: bool = False  # no need at all (declined before the model): nothing to offer
    reason: str = ""  # why it is no need at all, when its shape says so (`decide.refusal`)
    weakest: str = ""  # the need's word the best passage speaks of least (`retrieval/late`)
    # A need of several clauses: each clause with the projects it ranks first (`CLOSEST`), so
    # that a project offered in the middle state says which part of the need it is close to.
    parts: list[tuple[str, list[str]]] = field(default_factory=list)


def decide_need(assistant: Searchable, text: str, language: str,
                audience: Audience) -> NeedDecision:
    """The decision on the need's text: ranked as `Assistant.ask` ranks a question
    (`Assistant.judge`), then decided by the need's own model at its own operating point
    (`need_model`, `need_point`), on the same signals, read on the whole need and on each of
    its clauses (`need_probability`); criteria never enter it."""
    parts = clauses(text)
    vectors = assistant.embedder.queries([text] + (parts if len(parts) > 1 else []))
    allowed, dense, lexical = assistant.candidates(vectors[0], text, audience)
    found = assistant.judge(text, language, allowed, dense, lexical, vector=vectors[0])
    cases = [(s.group.parent_id, s, s.score) for s in found.ranked
             if s.group.kind == "case"][:POOL]
    decision = found.decision
    point = need_point(assistant.model, language)
    model = need_model(assistant.model)
    signals, firsts = [], []
    if decision.features:
        for part, vector in zip(parts if len(parts) > 1 else [], vectors[1:]):
            held = assistant.judge(part, language, *assistant.candidates(vector, part, audience),
                                   vector=vector)
            signals.append(held.decision.features)
            firsts.append((part, [s.group.parent_id for s in held.ranked
                                  if s.group.kind == "case"][:CLOSEST]))
    p = (need_probability(model, decision.features, signals) if decision.features
         else decision.probability)
    state = state_of(p, point) if decision.features else decision.state
    return NeedDecision(state == "answered", cases, text, language, p,
                        _weakness(decision.features, p, assistant.model, state, language),
                        state, nonsense=not decision.features, weakest=decision.weakest,
                        reason=decision.reason, parts=firsts)


def need_probability(model: dict, whole: dict[str, float],
                     parts: list[dict[str, float]] = ()) -> float:
    """The need model's probability that the catalogue addresses a need: on the whole need's
    signals, and, for a need told in several clauses (`text.analyser.clauses`), the geometric
    mean of that and its best clause's (parts judged nonsense, with no signals, left out).
    A long need mixes its situation with what it asks ("Nos canalisations ont soixante ans ;
    on voudrait savoir quels tronçons casseront les premiers"): the whole need's signals are
    diluted by the clauses no project speaks of, where the clause that asks meets its
    project; a need nobody covers seldom has such a clause. Each file held out in turn, on the
    dev profiles: 111 of 135 covered needs answered and 54 of 63 uncovered declined, against
    109 and 51 on the whole need alone (docs/EVALUATION.md, fit6)."""
    p = probability(whole, model)
    best = max((probability(f, model) for f in parts if f), default=None)
    return p if best is None else math.sqrt(p * best)


def need_model(model: dict) -> dict:
    """The need decision's model: its own logistic model fitted on dev needs only
    (`model["need"]["model"]`, `assist eval --fit`, `evaluation/tuning.fit_need`), else the
    question's. A need is long: many of its words meet the catalogue's vocabulary, so the
    question's signals of coverage read high for a need nobody covers; the need's model
    weighs them on needs, and reads the word lift (`answers/decide.NEED_FEATURES`)."""
    return (model.get("need") or {}).get("model") or model


def need_point(model: dict, language: str = "fr") -> dict:
    """The need decision's two thresholds for a need in `language` (the language detected in
    its text): the operating point fitted for needs of that language on dev
    (`model["need"]["thresholds"]`, `assist eval --fit`), else the one fitted on every dev need
    (`model["need"]["threshold"]`), else the question's. English needs get their own point:
    they meet a French catalogue with fewer shared words, so a covered English need scores
    lower on the same model (dev, leave one file out: docs/EVALUATION.md, fit5)."""
    need = model.get("need") or {}
    threshold = (need.get("thresholds") or {}).get(language,
                                                   need.get("threshold", model["threshold"]))
    return {"threshold": threshold,
            "closest": min(need.get("closest", model.get("closest", threshold)), threshold)}


WEAK_BAND = 0.2  # answered with a probability less than this above the threshold: weak (dev)
WEAK_SIGNALS = ("coverage", "cosine", "score", "support")  # the signals a reason can name


def _weakness(features: dict[str, float], probability: float, model: dict,
              state: str = "answered", language: str = "fr") -> str:
    """The i18n key of why an answered need is answered weakly, "" when it is not weak: the
    need model's own signal that lies furthest below its usual value names the reason."""
    if (state != "answered"
            or probability >= need_point(model, language)["threshold"] + WEAK_BAND):
        return ""
    fitted = need_model(model)
    below = {name: (features.get(name, 0.0) - fitted["mean"][name]) / fitted["scale"][name]
             for name in WEAK_SIGNALS if name in fitted["mean"]}
    name = min(below, key=below.get, default="")
    return f"fit.weak.{name}" if name and below[name] < 0 else "fit.weak.margin"


@dataclass
class Ranked:
    case: Case
    score: float
    need: float  # need score relative to the best case (1.0 for the best)
    checks: list[CriterionCheck]
    item: object | None  # what `Assistant.result` explains (None: no need text)
    clause: str = ""  # offered in the middle state: the part of the need it is close to


@dataclass
class Plan:
    """Everything `fit` decides before writing results: what to show and why."""

    decision: NeedDecision | None  # None: no need text, every case is a candidate
    results: list[Ranked] = field(default_factory=list)  # address the need, musts hold
    closest: list[Ranked] = field(default_factory=list)  # when nothing addresses the need
    excluded: dict[str, int] = field(default_factory=dict)  # criterion -> projects it excluded

    @property
    def declined(self) -> bool:
        return self.decision is not None and not self.decision.addressed


def _ranked(assistant: Searchable, profile: NeedsProfile, audience: Audience,
            items: list[tuple[str, object | None, float]]) -> list[Ranked]:
    best = max((score for _, _, score in items), default=0.0)
    out = []
    for case_id, item, score in items:
        case = assistant.case(case_id, audience)
        if case is None:
            continue
        need = score / best if best > 0 else 0.0
        out.append(Ranked(case, 0.0, need, judge(case, profile, audience, profile.language),
                          item))
    return out


def _hold(ranked: list[Ranked], excluded: dict[str, int] | None = None) -> list[Ranked]:
    """The projects no "must" criterion excludes; each exclusion counted by criterion."""
    out = []
    for r in ranked:
        broken = violated(r.checks)
        for key in broken:
            if excluded is not None:
                excluded[key] = excluded.get(key, 0) + 1
        if not broken:
            out.append(r)
    return out


def plan(assistant: Searchable, profile: NeedsProfile, audience: Audience,
         w_crit: float = W_CRIT, ratio: float = RATIO,
         decision: NeedDecision | None = None) -> Plan:
    """Decide on the need, keep the projects that address it and meet every "must", re-rank
    them by their criteria. `decision` may be given (the evaluation decides once per profile)."""
    text, _, language = clean_question(profile.search_text())
    if decision is None and profile.need.strip() and any(ch.isalnum() for ch in text):
        decision = decide_need(assistant, text, language, audience)
    if decision is None:
        # No need to decide on: every case is a candidate, ranked by its criteria alone.
        pool = _ranked(assistant, profile, audience,
                       [(c.id, None, 0.0) for c in assistant.cases(audience=audience)])
        out = Plan(None)
        kept = _hold(pool, out.excluded)
        for r in kept:
            r.score = met_share(r.checks)
        out.results = sorted(kept, key=lambda r: (-r.score, r.case.id))
        return out
    out = Plan(decision)
    pool = _ranked(assistant, profile, audience, decision.cases)
    if not decision.addressed:
        # Offered as the closest, by the need alone: criteria never make them look fitting.
        for r in pool:
            r.score = r.need
        offered = UNCLEAR_CLOSEST if decision.state == "closest" else CLOSEST
        out.closest = [] if decision.nonsense else _hold(pool)[:offered]
        if decision.state == "closest":
            # Nothing clearly addresses the need; a project close to one part of it says which
            # (it is among the first that part alone finds), the need's own words.
            for r in out.closest:
                r.clause = next((text for text, ids in decision.parts if r.case.id in ids), "")
        return out
    addressing = [r for r in pool if r.need >= ratio]
    for r in addressing:
        r.score = fit_score(r.need, r.checks, w_crit)
    kept = _hold(addressing, out.excluded)
    out.results = sorted(kept, key=lambda r: (-r.score, -r.need, r.case.id))
    return out


def fit(assistant: Searchable, profile: NeedsProfile, top_k: int = 5,
        audience: Audience = "public") -> Answer:
    """The `top_k` cases that fit `profile` best, each with its criteria and Action 1 notes;
    or "no project addresses this need" with the closest projects apart."""
    audience = checked(audience)
    language = profile.language
    top_k = max(1, min(int(top_k), POOL))
    p = plan(assistant, profile, audience)
    # The need as it was searched (normalised like a question: a lone surrogate or a control
    # character would break the answer's JSON and the page that shows it), and what that
    # normalisation did (a need cut at its length limit, invisible characters removed), said
    # as `ask` says it of a question: nothing dropped silently.
    need, cleaned, _ = clean_question(profile.need)
    question = need or describe(profile, language, audience)
    notices = cleaned + _notices(profile, audience, p)
    query_tokens = tokens(p.decision.text if p.decision else profile.search_text())
    excluded = {k: n for k, n in p.excluded.items()}
    confidence = round(p.decision.confidence or 0.0, 4) if p.decision else 0.0
    if p.declined:
        closest = [_result(assistant, n, r, query_tokens, audience, language)
                   for n, r in enumerate(p.closest, start=1)]
        return Answer(question=question, language=language, audience=audience, abstained=True,
                      message=refusal_message(p.decision.reason, language)
                      if p.decision.reason else t("fit.unclear" if p.decision.state == "closest"
                                                  else "fit.uncovered", language),
                      notices=notices, closest=closest,
                      excluded=excluded, confidence=confidence)
    ranked = p.results[:top_k]
    if not ranked:
        message = t("fit.all_excluded" if excluded else "fit.none", language)
        return Answer(question=question, language=language, audience=audience, abstained=True,
                      message=message, notices=notices, excluded=excluded)
    results = [_result(assistant, n, r, query_tokens, audience, language)
               for n, r in enumerate(ranked, start=1)]
    return Answer(question=question, language=language, audience=audience, results=results,
                  summary=summarise(results, language), notices=notices, excluded=excluded,
                  confidence=confidence)


def _result(assistant: Searchable, rank_: int, r: Ranked, query_tokens, audience: Audience,
            language: str) -> Result:
    case = r.case
    if r.item is not None:
        result = assistant.result(rank_, r.item, query_tokens, {}, audience, language)
    else:
        result = Result(rank=rank_, kind="case", id=case.id, title=case.title,
                        organisation=case.coll_nom, score=0.0, why=Why(),
                        fields=field_values(case, audience))
    if r.clause:
        result.why.reasons.append(t("fit.closest_clause", language,
                                    clause=shorten(r.clause, CLAUSE_CHARS)))
    if r.checks:
        met = sum(c.status == "met" for c in r.checks)
        result.why.reasons.append(t("fit.reason", language, met=met, asked=len(r.checks)))
    result.score = round(r.score, 4)
    result.criteria = r.checks
    result.action1 = notes(case, audience, language)
    return result


def _notices(profile: NeedsProfile, audience: Audience, p: Plan) -> list[str]:
    language = profile.language
    out = []
    if withheld := profile.withheld(audience):
        names = ", ".join(t(f"fit.criterion.{c.key}", language).lower() for c in withheld)
        out.append(t("fit.agent_only", language, criteria=names))
    if p.excluded:
        out.append(excluded_line(p.excluded, language))
    if p.decision is not None and p.decision.addressed and p.decision.weak:
        out.append(t("fit.weak_need", language,
                     reason=t(p.decision.weak, language, word=p.decision.weakest)))
    return out


def closest_texts(answer: Answer, language: str) -> tuple[str, str]:
    """The heading and hint over a fit's closest projects: "which do not address this need"
    when it is declined, "to check" in the middle state (nothing clearly addresses it: the
    closest may, and often do for a covered need said in other words)."""
    if answer.message == t("fit.unclear", language):
        return t("fit.closest_unclear", language), t("fit.closest_hint_unclear", language)
    return t("fit.closest", language), t("fit.closest_hint", language)


def excluded_line(excluded: dict[str, int], language: str) -> str:
    """"Excluded by a requirement: 3 (maturity), 1 (type of authority)"."""
    parts = ", ".join(f"{n} ({t(f'fit.criterion.{key}', language).lower()})"
                      for key, n in excluded.items())
    return t("fit.excluded", language, counts=parts)


def describe(profile: NeedsProfile, language: str = "fr", audience: Audience = "public") -> str:
    """The profile in one line; criteria `audience` may not have judged are left out."""
    parts = []
    for crit in CRITERIA:
        if crit in profile.withheld(audience) or not profile.wanted(crit.key):
            continue
        values = (t(f"fit.maturity.{profile.maturity}", language) if crit.key == "maturity"
                  else ", ".join(vocab_label(crit.field, v, language)  # as the form shows
                                 for v in profile.wanted(crit.key)))
        if crit.key in profile.must:
            values += f" ({t('fit.must', language)})"
        parts.append(f"{t(f'fit.criterion.{crit.key}', language)} : {values}" if language == "fr"
                     else f"{t(f'fit.criterion.{crit.key}', language)}: {values}")
    if need := clean_question(profile.need)[0]:
        parts.insert(0, t("fit.need_line", language, need=need))
    return " · ".join(parts) or t("fit.empty_profile", language)
