"""Every sentence and label users see, in French and English; French is the default."""

from __future__ import annotations

LANGUAGES = ("fr", "en")

MESSAGES: dict[str, dict[str, str]] = {
    "why.semantic": {"fr": "Sens proche de la question (similarité {score})",
                     "en": "Close in meaning to the question (similarity {score})"},
    "why.terms": {"fr": "Mots de la question retrouvés : {terms}",
                  "en": "Words of the question found: {terms}"},
    "why.facet": {"fr": "{facet} : {values}", "en": "{facet}: {values}"},
    "facet.theme": {"fr": "Thème", "en": "Theme"},
    "facet.sous_theme": {"fr": "Sous-thème", "en": "Sub-theme"},
    "facet.projet_status": {"fr": "Statut", "en": "Status"},
    "facet.coll_type": {"fr": "Type de collectivité", "en": "Type of authority"},
    "facet.audience_service": {"fr": "Public visé", "en": "Audience"},
    "facet.start_year": {"fr": "Année de démarrage", "en": "Start year"},
    "facet.origin": {"fr": "Source", "en": "Source"},
    "answer.intro": {"fr": "{n_cases} projet(s) et {n_docs} passage(s) de documents "
                           "correspondent à votre question.",
                     "en": "{n_cases} project(s) and {n_docs} document passage(s) match "
                           "your question."},
    "answer.item.case": {"fr": "[{n}] {title} ({org}) : « {quote} »",
                         "en": "[{n}] {title} ({org}): “{quote}”"},
    "answer.item.doc": {"fr": "[{n}] {title}, {section} : « {quote} »",
                        "en": "[{n}] {title}, {section}: “{quote}”"},
    "answer.abstain": {"fr": "Rien dans le catalogue ne correspond à cette question. "
                             "Vous pouvez parcourir les thèmes ci-dessous ou reformuler.",
                       "en": "Nothing in the catalogue fits this question. You can browse "
                             "the themes below or rephrase it."},
    "answer.empty": {"fr": "Posez une question sur les usages de l'IA par les collectivités, "
                           "par exemple : « Qui détecte les fuites d'eau avec l'IA ? »",
                     "en": "Ask a question about how local authorities use AI, for example: "
                           "“Who uses AI to detect water leaks?”"},
    "answer.truncated": {"fr": "Question tronquée à {limit} caractères.",
                         "en": "Question truncated to {limit} characters."},
    "answer.sources_fr": {"fr": "", "en": "Quotes are given in the sources' language "
                                          "(French)."},
    "similar.semantic": {"fr": "Description proche (similarité {score})",
                         "en": "Similar description (similarity {score})"},
    "similar.shared": {"fr": "{facet} en commun : {values}",
                       "en": "Same {facet}: {values}"},
}


def t(key: str, language: str = "fr", **values: object) -> str:
    """The message `key` in `language` (French when missing), formatted with `values`."""
    entry = MESSAGES.get(key)
    if entry is None:
        return key
    text = entry.get(language) or entry["fr"]
    return text.format(**values) if values else text
