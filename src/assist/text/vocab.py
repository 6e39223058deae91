"""Controlled vocabularies of the library's data model, with the older labels they replace.

The schema (`schema.json`) still lists the first theme labels ("Transition écologique",
"Mobilité"...), while the booklet and the real export use the six current themes. Values are
matched after folding case, accents and punctuation, so "transition ecologique" or
"TERMINÉ" find their canonical label.
"""

from __future__ import annotations

from assist.text.analyser import fold

THEMES = [
    "Transition écologique et énergétique",
    "Attractivité et aménagement",
    "Citoyenneté, santé et solidarité",
    "Mobilités",
    "Gouvernance et socles technologiques",
    "Administration et organisation interne",
]
THEME_ALIASES = {
    "Transition écologique": "Transition écologique et énergétique",
    "Transition énergétique": "Transition écologique et énergétique",
    "Attractivité et développement": "Attractivité et aménagement",
    "Citoyenneté": "Citoyenneté, santé et solidarité",
    "Santé et solidarité": "Citoyenneté, santé et solidarité",
    "Mobilité": "Mobilités",
}
THEMES_EN = {
    "Transition écologique et énergétique": "Ecological and energy transition",
    "Attractivité et aménagement": "Attractiveness and planning",
    "Citoyenneté, santé et solidarité": "Citizenship, health and solidarity",
    "Mobilités": "Mobility",
    "Gouvernance et socles technologiques": "Governance and technology foundations",
    "Administration et organisation interne": "Administration and internal organisation",
}

STATUSES = ["En expérimentation", "En déploiement", "Terminée", "Abandonné"]
STATUS_ALIASES = {
    # English, as the UI and `assist fit` speak it too.
    "experimenting": "En expérimentation",
    "experiment": "En expérimentation",
    "deployed": "En déploiement",
    "deploying": "En déploiement",
    "finished": "Terminée",
    "completed": "Terminée",
    "abandoned": "Abandonné",
    "Terminé": "Terminée",
    "Expérimentation": "En expérimentation",
    "POC": "En expérimentation",
    "En construction": "En expérimentation",
    "En réflexion": "En expérimentation",
    "Déploiement": "En déploiement",
    "Déployé": "En déploiement",
    "Abandonnée": "Abandonné",
}

# The schema's six types, plus the kinds of EPCI the real export names (more telling than
# "EPCI", so they are kept as they are rather than folded into it).
AUTHORITY_TYPES = [
    "Commune",
    "EPCI",
    "Métropole",
    "EPT",
    "Communauté d'agglomération",
    "Communauté de communes",
    "Département",
    "Région",
    "Syndicat mixte",
    "Opérateur",
    "Ville étrangère",
]
AUTHORITY_ALIASES = {
    "Communauté d'agglomérations": "Communauté d'agglomération",
    "CA": "Communauté d'agglomération",
    "CC": "Communauté de communes",
    "Ville": "Commune",
    "Etablissement public territorial": "EPT",
    "Syndicat": "Syndicat mixte",
}

# The English names of authorities the catalogue holds under their French name: a question
# in English says "Greater Paris", the records say "Métropole du Grand Paris".
AUTHORITY_NAMES_EN = {
    "Greater Paris": "Métropole du Grand Paris",
    "Grand Paris Metropolis": "Métropole du Grand Paris",
    "Metropolis of Greater Paris": "Métropole du Grand Paris",
    "City of Paris": "Ville de Paris",
    "Paris City Council": "Ville de Paris",
    "Paris City Hall": "Ville de Paris",
    "Greater Lyon": "Métropole de Lyon",
    "Lyon Metropolis": "Métropole de Lyon",
    "Barcelona": "Barcelone",
    "Seoul": "Séoul",
    "Occitania": "Région Occitanie",
    "Vendee": "Département de la Vendée",
    "Rouen Normandy": "Métropole Rouen Normandie",
}

AUDIENCES = [
    "Grand public",
    "Bénéficiaire",
    "Agent",
    "Association",
    "Elu",
    "Entreprises",
    "Collectivités",
    "Etablissement scolaire",
    "Etablissement santé",
    "Aménageurs",
]
AUDIENCE_ALIASES = {"Élu": "Elu", "Élus": "Elu", "Agents": "Agent", "Entreprise": "Entreprises"}

# English labels of the values users see in badges, filters, charts and reasons.
STATUSES_EN = {
    "En expérimentation": "Being trialled",
    "En déploiement": "Being deployed",
    "Terminée": "Completed",
    "Abandonné": "Abandoned",
}
AUTHORITY_TYPES_EN = {
    "Commune": "Municipality",
    "EPCI": "Inter-municipal body (EPCI)",
    "Métropole": "Metropolitan authority",
    "EPT": "Territorial public body (EPT)",
    "Communauté d'agglomération": "Urban community",
    "Communauté de communes": "Community of municipalities",
    "Département": "Département",
    "Région": "Region",
    "Syndicat mixte": "Joint authority",
    "Opérateur": "Public operator",
    "Ville étrangère": "City abroad",
}
AUDIENCES_EN = {
    "Grand public": "General public",
    "Bénéficiaire": "Beneficiaries",
    "Agent": "Staff",
    "Association": "Associations",
    "Elu": "Elected officials",
    "Entreprises": "Businesses",
    "Collectivités": "Local authorities",
    "Etablissement scolaire": "Schools",
    "Etablissement santé": "Health facilities",
    "Aménageurs": "Developers",
}
# The booklet's sub-themes (not a closed list in the schema: others are shown as they are).
SUB_THEMES_EN = {
    "Performance énergétique": "Energy performance",
    "Gestion de l’eau": "Water management",
    "Déchets et économie circulaire": "Waste and circular economy",
    "Biodiversité et préservation des espaces naturels":
        "Biodiversity and protection of natural areas",
    "Qualité de l’air et nuisances sonores": "Air quality and noise",
    "Prévention et gestion des risques": "Risk prevention and management",
    "Modélisation et jumeau numérique": "Modelling and digital twin",
    "Construction et aménagement": "Building and planning",
    "Participation citoyenne": "Citizen participation",
    "Infrastructures numériques": "Digital infrastructure",
    "Outillage système d’information": "Information system tools",
    "Plateforme de données": "Data platform",
    "Gouvernance et stratégie numérique responsable":
        "Governance and responsible digital strategy",
    "Flux et trafic": "Traffic and flows",
    "Mobilité décarbonée": "Low-carbon mobility",
    "Logistique urbaine": "Urban logistics",
    "Gestion des assemblées": "Council meetings",
    "Aide à la rédaction et gestion documentaire": "Writing aid and document management",
    "Gestion des ressources humaines": "Human resources",
    "Aide juridique": "Legal aid",
    "Relation usagers": "Relations with residents",
    "Santé et action sociale": "Health and social care",
}

BUDGETS = ["moins de 50k€", "de 50k€ à 100k€", "plus de 100k€"]
IMPLEMENTATION = [
    "Projet développé en interne",
    "projet développé en externe",
    "mobilisation de prestataire(s)",
    "marché public",
]
HOSTING = ["cloud chez un tiers", "en interne de l'administration", "NSP"]
ALGORITHM_TYPES = [
    "Machine Learning",
    "Traitement Automatique du langage",
    "IA générative",
    "Computer vision",
    "Réseaux de neurones",
    "NSP",
]
DATA_SOURCES = ["usager", "jeu de données interne", "open data", "données d'un tiers", "NSP"]
DATA_ACCESS = ["par API", "automatisée", "par récupération manuelle", "NSP"]
RISK_CATEGORIES = ["risque minimal", "risque limité", "risque élevé", "inacceptable"]
LEVELS = ["faible", "moyen", "fort"]


ENGLISH: dict[str, dict[str, str]] = {
    "theme": THEMES_EN,
    "projet_status": STATUSES_EN,
    "coll_type": AUTHORITY_TYPES_EN,
    "audience_service": AUDIENCES_EN,
    "sous_theme": SUB_THEMES_EN,
}


def label(field: str, value: str, language: str) -> str:
    """A vocabulary value as shown: in English when the page is (older labels and other
    spellings first made canonical); values outside the vocabularies are shown as they are."""
    if language != "en" or field not in ENGLISH or not value:
        return value
    english = ENGLISH[field]
    if value in english:
        return english[value]
    canonical = VOCABULARIES[field].match(value) if field in VOCABULARIES else None
    if canonical is None:
        folded = fold(value)
        canonical = next((fr for fr in english if fold(fr) == folded), None)
    return english.get(canonical or "", value)


class Vocabulary:
    """A closed list of labels with aliases; `match` returns the canonical label or None."""

    def __init__(self, labels: list[str], aliases: dict[str, str] | None = None):
        self.labels = labels
        self._index = {fold(label): label for label in labels}
        for alias, label in (aliases or {}).items():
            self._index[fold(alias)] = label

    def match(self, value: str) -> str | None:
        return self._index.get(fold(value))

    def __contains__(self, value: str) -> bool:
        return self.match(value) is not None


VOCABULARIES: dict[str, Vocabulary] = {
    "theme": Vocabulary(THEMES, {**THEME_ALIASES, **{en: fr for fr, en in THEMES_EN.items()}}),
    "projet_status": Vocabulary(STATUSES, STATUS_ALIASES),
    "coll_type": Vocabulary(AUTHORITY_TYPES, AUTHORITY_ALIASES),
    "audience_service": Vocabulary(AUDIENCES, AUDIENCE_ALIASES),
    "budget": Vocabulary(BUDGETS),
    "mise_en_oeuvre": Vocabulary(IMPLEMENTATION),
    "herbergement": Vocabulary(HOSTING),
    "type_algorithme": Vocabulary(ALGORITHM_TYPES),
    "donnees_source": Vocabulary(DATA_SOURCES),
    "donnees_acces": Vocabulary(DATA_ACCESS),
    "risque_categorie": Vocabulary(RISK_CATEGORIES),
    "erreur": Vocabulary(LEVELS),
    "explicabilite": Vocabulary(LEVELS),
}
