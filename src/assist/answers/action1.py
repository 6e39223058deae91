"""What the catalogue says about a case on each selection criterion of the Grand Paris strategy.

API: ``notes(case, audience, language) -> list[Action1Note]``, one note per criterion of
Action 1 (« Sourcing ») of the Métropole du Grand Paris' AI strategy, in its order: added
value, innovation, fit to needs, data sovereignty, legal and regulatory frame, environmental
impact. A note quotes the fields that say something (field name, label, value); a note with
no quote says the catalogue is silent on that point.

Only fields `audience` may see are read: in public, the restricted ones (hosting, algorithm,
risks...) are not looked at at all, so a public note never reveals that they hold anything.
Free text is quoted sentence by sentence, and only sentences naming the criterion's subject.
"""

from __future__ import annotations

import re

from assist.access import case_view, field_access, may_read
from assist.answers.compose import shorten
from assist.models import Action1Note, Action1Quote, Audience, Case
from assist.text.analyser import fold
from assist.text.i18n import t

QUOTE_CHARS = 220
MAX_QUOTES = 2  # per field
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")

# Keyword stems (folded) that make a free-text sentence speak to a criterion.
ENVIRONMENT = ("energ", "carbone", "co2", "frugal", "sobriet", "emission", "climat",
               "consommation", "environnement", "ecolog", "decarbon", "fluides")
LEGAL = ("rgpd", "juridique", "reglementa", "cnil", "donnees personnelles", "ai act",
         "reglement europeen", "ethique", "marche public", "loi ", "droit")
SOVEREIGNTY = ("souverain", "hebergement", "heberge", "open data", "donnees publiques",
               "cloud", "maitrise des donnees", "logiciel libre", "open source")

# (criterion key, [(field, keywords or None for the whole value)]); order is Action 1's.
SOURCES: tuple[tuple[str, tuple[tuple[str, tuple[str, ...] | None], ...]], ...] = (
    ("added_value", (("usage_description", None), ("key_figures", None), ("positives", None))),
    ("innovation", (("type_algorithme", None), ("nom_algorithme", None),
                    ("sous_theme", None))),
    ("fit", (("audience_service", None), ("coll_type", None), ("projet_status", None))),
    ("sovereignty", (("herbergement", None), ("donnees_source", None),
                     ("donnees_acces", None), ("usage_description", SOVEREIGNTY),
                     ("vigilance", SOVEREIGNTY))),
    ("legal", (("risque_categorie", None), ("proportionalite", None), ("objection", None),
               ("explicabilite", None), ("usage_description", LEGAL), ("vigilance", LEGAL))),
    ("environment", (("impact_environnement", None), ("usage_description", ENVIRONMENT),
                     ("key_figures", ENVIRONMENT), ("positives", ENVIRONMENT))),
)
CRITERIA = tuple(key for key, _ in SOURCES)


def _sentences(text: str) -> list[str]:
    return [m.group().strip() for m in _SENTENCE.finditer(text) if m.group().strip()]


def _mentions(text: str, keywords: tuple[str, ...]) -> bool:
    folded = fold(text)
    return any(k in folded for k in keywords)


def field_quotes(case: Case, field: str, keywords: tuple[str, ...] | None,
                 language: str) -> list[Action1Quote]:
    """Quotes of one field: its value (lists joined), or its sentences naming `keywords`."""
    value = getattr(case, field)
    items = [str(v) for v in (value if isinstance(value, list) else [value])
             if str(v).strip() and fold(str(v)) != "nsp"]
    if not items:
        return []
    label = t(f"field.{field}", language)
    if keywords is None:
        if field in ("key_figures", "positives"):
            return [Action1Quote(field=field, label=label, text=shorten(v, QUOTE_CHARS))
                    for v in items[:MAX_QUOTES]]
        return [Action1Quote(field=field, label=label,
                             text=shorten(", ".join(items), QUOTE_CHARS))]
    hits = [s for item in items for s in _sentences(item) if _mentions(s, keywords)]
    return [Action1Quote(field=field, label=label, text=shorten(s, QUOTE_CHARS))
            for s in hits[:MAX_QUOTES]]


def notes(case: Case, audience: Audience, language: str = "fr") -> list[Action1Note]:
    """One `Action1Note` per Action 1 criterion for `case` as `audience` may see it."""
    visible = case_view(case, audience)
    out = []
    for key, fields in SOURCES:
        quotes: list[Action1Quote] = []
        for field, keywords in fields:
            if not may_read(audience, field_access(field)):
                continue
            for quote in field_quotes(visible, field, keywords, language):
                if quote.text not in {q.text for q in quotes}:
                    quotes.append(quote)
        silent = "action1.silent" if audience == "agent" else "action1.silent_public"
        out.append(Action1Note(key=key, label=t(f"action1.{key}", language), quotes=quotes,
                               message="" if quotes else t(silent, language)))
    return out
