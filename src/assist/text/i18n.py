"""Every sentence and label users see, in French and English; French is the default."""

from __future__ import annotations

import string

LANGUAGES = ("fr", "en")

MESSAGES: dict[str, dict[str, str]] = {
    # Why a result is shown, in plain words (the numbers are in the Why fields).
    "why.close": {"fr": "proche par le sens de votre question",
                  "en": "close in meaning to your question"},
    "why.close_only": {"fr": "proche par le sens de votre question, sans en reprendre les mots",
                       "en": "close in meaning to your question, in other words"},
    "why.late": {"fr": "les mots de votre question se retrouvent dans ce passage, même dits autrement",
                 "en": "the words of your question are found in this passage, even said otherwise"},
    "why.mentions": {"fr": "mentionne {terms}", "en": "mentions {terms}"},
    "why.and": {"fr": "et", "en": "and"},
    "why.quote": {"fr": "« {word} »", "en": "“{word}”"},
    "why.named.coll_nom": {"fr": "porté par {value}, que nomme votre question",
                           "en": "run by {value}, which your question names"},
    "why.named.publisher": {"fr": "publié par {value}, que nomme votre question",
                            "en": "published by {value}, which your question names"},
    "why.named.partenaires": {"fr": "mené avec {value}, que nomme votre question",
                              "en": "carried out with {value}, which your question names"},
    "why.named.nom_projet": {"fr": "c'est le projet {value} que nomme votre question",
                             "en": "it is the project {value} your question names"},
    "why.named.place": {"fr": "expérimenté à {value}, que nomme votre question",
                        "en": "tried out in {value}, which your question names"},
    "why.named.theme": {"fr": "même thème que votre question ({value})",
                        "en": "same theme as your question ({value})"},
    "why.named.sous_theme": {"fr": "même sujet que votre question ({value})",
                             "en": "same topic as your question ({value})"},
    "why.named.audience_service": {"fr": "s'adresse à : {value}, comme le demande votre question",
                                   "en": "meant for: {value}, as your question asks"},
    "why.named.coll_type": {"fr": "{value}, comme le demande votre question",
                            "en": "{value}, as your question asks"},
    "why.named.projet_status": {"fr": "statut « {value} », comme le demande votre question",
                                "en": "status “{value}”, as your question asks"},
    "why.named.start_year": {"fr": "démarré en {value}, comme le demande votre question",
                             "en": "started in {value}, as your question asks"},
    "why.filtered": {"fr": "filtré par : {values}", "en": "filtered by: {values}"},
    "why.record_first": {"fr": "fiche du projet lui-même", "en": "the project's own record"},
    # What the question was understood to name (Answer.understood), with its count.
    # "portés par": the authority that runs them ("Projets de Région Occitanie" read as the
    # region's chip beside "Projets de la région Occitanie").
    "understood.coll_nom": {"fr": "Projets portés par {value} : {count}",
                            "en": "Projects run by {value}: {count}"},
    "understood.partenaires": {"fr": "Projets avec {value} : {count}",
                               "en": "Projects with {value}: {count}"},
    "understood.nom_projet": {"fr": "Projet {value} : {count}",
                              "en": "Project {value}: {count}"},
    "understood.place": {"fr": "Projets expérimentés à {value} : {count}",
                         "en": "Projects tried out in {value}: {count}"},
    "understood.region": {"fr": "Projets de la région {value} : {count}",
                          "en": "Projects in the {value} region: {count}"},
    "understood.theme": {"fr": "Thème {value} : {count}", "en": "Theme {value}: {count}"},
    "understood.sous_theme": {"fr": "Sujet {value} : {count}", "en": "Topic {value}: {count}"},
    "understood.audience_service": {"fr": "Public visé {value} : {count}",
                                    "en": "Audience {value}: {count}"},
    "understood.coll_type": {"fr": "Collectivités de type {value} : {count}",
                             "en": "Authorities of type {value}: {count}"},
    "understood.projet_status": {"fr": "Projets au statut {value} : {count}",
                                 "en": "Projects with status {value}: {count}"},
    "understood.start_year": {"fr": "Projets démarrés en {value} : {count}",
                              "en": "Projects started in {value}: {count}"},
    "understood.remove": {"fr": "Retirer", "en": "Remove"},
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
    "answer.intro": {"fr": "{n_cases} {n_cases:projet|projets} et {n_docs} {n_docs:passage|passages} de documents "
                           "correspondent à votre question.",
                     "en": "{n_cases} {n_cases:project|projects} and {n_docs} document {n_docs:passage|passages} "
                           "match your question."},
    "answer.intro_cases": {"fr": "{n} {n:projet correspond|projets correspondent} à votre "
                                 "question.",
                           "en": "{n} {n:project matches|projects match} your question."},
    "answer.intro_docs": {"fr": "{n} {n:passage|passages} de documents {n:correspond|"
                                "correspondent} à votre question.",
                          "en": "{n} document {n:passage matches|passages match} your question."},
    "answer.item.case": {"fr": "[{n}] {title} ({org}) : « {quote} »",
                         "en": "[{n}] {title} ({org}): “{quote}”"},
    "answer.item.doc": {"fr": "[{n}] {title}, {section} : « {quote} »",
                        "en": "[{n}] {title}, {section}: “{quote}”"},
    # A result with no passage to quote (matched by what the question named, a place):
    # its line without empty quotation marks.
    "answer.item.case_bare": {"fr": "[{n}] {title} ({org})", "en": "[{n}] {title} ({org})"},
    "answer.item.doc_bare": {"fr": "[{n}] {title}, {section}", "en": "[{n}] {title}, {section}"},
    "answer.abstain": {"fr": "Rien dans le catalogue ne correspond à cette question. "
                             "Vous pouvez parcourir les thèmes ci-dessous ou reformuler.",
                       "en": "Nothing in the catalogue fits this question. You can browse "
                             "the themes below or rephrase it."},
    "answer.closest": {"fr": "Aucun projet ne correspond clairement à cette question. Les plus "
                             "proches sont proposés ci-dessous, à titre indicatif : vérifiez "
                             "qu'ils répondent bien à votre besoin.",
                       "en": "No project clearly matches this question. The closest ones are "
                             "offered below, for information only: check that they really "
                             "address your need."},
    "answer.named": {"fr": "Réponse donnée par ce que la question nomme ({names}) : seuls les "
                           "projets qui le portent sont montrés.",
                     "en": "Answered by what the question names ({names}): only the projects "
                           "that carry it are shown."},
    "answer.closest_heading": {"fr": "Les plus proches (pas une réponse)",
                               "en": "The closest ones (not an answer)"},
    "answer.empty": {"fr": "Posez une question sur les usages de l'IA par les collectivités, "
                           "par exemple : « Qui détecte les fuites d'eau avec l'IA ? »",
                     "en": "Ask a question about how local authorities use AI, for example: "
                           "“Who uses AI to detect water leaks?”"},
    "app.error": {"fr": "Une erreur imprévue a interrompu cette page. Rechargez-la ou revenez "
                        "à l'accueil ; si elle revient, signalez-la à l'administrateur.",
                  "en": "An unexpected error stopped this page. Reload it or go back to the "
                        "home page; if it happens again, tell the administrator."},
    "answer.invisible": {"fr": "{n} {n:caractère invisible ou de contrôle retiré|caractères "
                                "invisibles ou de contrôle retirés} de la question.",
                         "en": "{n} invisible or control {n:character|characters} removed "
                               "from the question."},
    "answer.code": {"fr": "Cette question ressemble à du code, pas à une question. Posez une "
                          "question en mots sur les usages de l'IA par les collectivités.",
                    "en": "This looks like code, not a question. Ask in words about how "
                          "local authorities use AI."},
    "answer.instructions": {"fr": "Ce texte donne des instructions à un programme ; il ne pose "
                                  "pas de question sur le catalogue. Posez une question sur les "
                                  "usages de l'IA par les collectivités.",
                            "en": "This text gives instructions to a program; it asks nothing "
                                  "about the catalogue. Ask about how local authorities use "
                                  "AI."},
    "answer.truncated": {"fr": "Question tronquée à {limit} caractères.",
                         "en": "Question truncated to {limit} characters."},
    "answer.sources_fr": {"fr": "", "en": "Quotes are given in the sources' language "
                                          "(French)."},
    "similar.semantic": {"fr": "Description proche", "en": "Similar description"},
    "similar.shared": {"fr": "{facet} en commun : {values}",
                       "en": "Same {facet}: {values}"},
    # -- fields of a case (project page, CSV headers, tooltips) ---------------------------
    "field.coll_nom": {"fr": "Collectivité", "en": "Local authority"},
    "field.nom_projet": {"fr": "Projet", "en": "Project"},
    "field.coll_siret": {"fr": "SIRET", "en": "SIRET"},
    "field.latitude": {"fr": "Latitude", "en": "Latitude"},
    "field.longitude": {"fr": "Longitude", "en": "Longitude"},
    "field.coll_type": {"fr": "Type de collectivité", "en": "Type of authority"},
    "field.projet_date": {"fr": "Date de démarrage", "en": "Start date"},
    "field.start_year": {"fr": "Année de démarrage", "en": "Start year"},
    "field.projet_status": {"fr": "Statut", "en": "Status"},
    "field.status_abandon": {"fr": "Raison de l'abandon", "en": "Why it was abandoned"},
    "field.partenaires": {"fr": "Partenaires", "en": "Partners"},
    "field.usage_description": {"fr": "Description", "en": "Description"},
    "field.theme": {"fr": "Thème", "en": "Theme"},
    "field.sous_theme": {"fr": "Sous-thèmes", "en": "Sub-themes"},
    "field.audience_service": {"fr": "Public visé", "en": "Audience"},
    "field.url_infos": {"fr": "En savoir plus", "en": "More information"},
    "field.image_url": {"fr": "Logo", "en": "Logo"},
    "field.date": {"fr": "Dernière mise à jour", "en": "Last updated"},
    "field.experimented_in": {"fr": "Expérimenté à", "en": "Trialled in"},
    "field.key_figures": {"fr": "Chiffres clés", "en": "Key figures"},
    "field.positives": {"fr": "Points positifs", "en": "What went well"},
    "field.vigilance": {"fr": "Points de vigilance", "en": "Points to watch"},
    "field.projet_contact": {"fr": "Contact", "en": "Contact"},
    "field.financement": {"fr": "Financement", "en": "Funding"},
    "field.budget": {"fr": "Budget", "en": "Budget"},
    "field.mise_en_oeuvre": {"fr": "Mise en œuvre", "en": "Implementation"},
    "field.herbergement": {"fr": "Hébergement", "en": "Hosting"},
    "field.nom_algorithme": {"fr": "Nom de l'algorithme", "en": "Algorithm name"},
    "field.algorithme_description": {"fr": "Description de l'algorithme",
                                     "en": "Algorithm description"},
    "field.algorithme_operations": {"fr": "Opérations de l'algorithme",
                                    "en": "What the algorithm does"},
    "field.type_algorithme": {"fr": "Type d'algorithme", "en": "Type of algorithm"},
    "field.impact_environnement": {"fr": "Impact environnemental",
                                   "en": "Environmental impact"},
    "field.donnees_source": {"fr": "Sources des données", "en": "Data sources"},
    "field.donnees_acces": {"fr": "Accès aux données", "en": "Data access"},
    "field.url_ressources": {"fr": "Ressources", "en": "Resources"},
    "field.risque": {"fr": "Risques", "en": "Risks"},
    "field.risque_categorie": {"fr": "Catégorie de risque", "en": "Risk category"},
    "field.proportionalite": {"fr": "Proportionnalité", "en": "Proportionality"},
    "field.decision": {"fr": "Décision", "en": "Decision"},
    "field.erreur": {"fr": "Risque d'erreur", "en": "Risk of error"},
    "field.explicabilite": {"fr": "Explicabilité", "en": "Explainability"},
    "field.reversibilite": {"fr": "Réversibilité", "en": "Reversibility"},
    "field.objection": {"fr": "Droit d'objection", "en": "Right to object"},
    "field.extra": {"fr": "Autres colonnes importées", "en": "Other imported columns"},
    # -- app: frame and pages -------------------------------------------------------------
    "app.title": {"fr": "Assistant IA territoriales", "en": "Local AI assistant"},
    "app.english": {"fr": "English", "en": "English"},
    "app.language_help": {"fr": "Afficher l'application en anglais",
                          "en": "Show the app in English"},
    "app.loading": {"fr": "Préparation de l'index : {stage} {done}/{total} passages",
                    "en": "Preparing the index: {stage} {done}/{total} passages"},
    "app.loading_model": {"fr": "Chargement du modèle et des index…",
                          "en": "Loading the model and the indexes…"},
    "page.assistant": {"fr": "Assistant", "en": "Assistant"},
    "page.explorer": {"fr": "Explorer", "en": "Explorer"},
    "page.project": {"fr": "Fiche projet", "en": "Project page"},
    "page.documents": {"fr": "Documents", "en": "Documents"},
    "page.about": {"fr": "À propos", "en": "About"},
    "share.title": {"fr": "Partager cette vue", "en": "Share this view"},
    "share.caption": {"fr": "Lien et QR code de la page telle qu'elle est affichée.",
                      "en": "Link and QR code of the page as shown."},
    "share.qr_alt": {"fr": "QR code du lien de cette page", "en": "QR code of this page's link"},
    "share.too_long": {"fr": "Lien trop long pour un QR code : copiez le lien ci-dessus.",
                       "en": "Link too long for a QR code: copy the link above."},
    "url.dropped": {"fr": "Valeurs du lien ignorées (inconnues) : {values}.",
                    "en": "Values in the link ignored (unknown): {values}."},
    # -- assistant page -------------------------------------------------------------------
    "assistant.heading": {"fr": "Que font les collectivités avec l'IA\u00a0?",
                          "en": "What are local authorities doing with AI?"},
    "assistant.notice": {
        "fr": "**Ceci est un système d'intelligence artificielle.** Il recherche dans le "
              "catalogue des projets d'IA des collectivités et dans les documents de "
              "référence les passages proches de votre question. Il ne rédige rien : chaque "
              "réponse est faite d'extraits numérotés qui citent leur source.",
        "en": "**This is an artificial intelligence system.** It searches the catalogue of "
              "local authorities' AI projects and the reference documents for passages close "
              "to your question. It writes nothing of its own: every answer is made of "
              "numbered quotes that cite their source."},
    "assistant.notice_short": {
        "fr": "**Système d'intelligence artificielle** : il ne rédige rien, chaque réponse est "
              "faite d'extraits qui citent leur source.",
        "en": "**An artificial intelligence system**: it writes nothing of its own; every "
              "answer is made of quotes that cite their source."},
    "landing.what": {
        "fr": "Les projets d'intelligence artificielle des collectivités françaises, réunis "
              "par la Bibliothèque d'IA territoriales : **{n} projets** de **{authorities} "
              "collectivités**. Posez une question en français ou en anglais : l'assistant "
              "répond par des extraits cités, ou dit que rien ne correspond.",
        "en": "French local authorities' artificial intelligence projects, gathered by the "
              "Bibliothèque d'IA territoriales: **{n} projects** from **{authorities} "
              "authorities**. Ask a question in French or English: the assistant answers with "
              "quoted extracts, or says that nothing fits."},
    "landing.switch": {"fr": "English", "en": "Français"},
    "assistant.placeholder": {"fr": "Posez votre question…", "en": "Ask your question…"},
    "assistant.examples": {"fr": "Exemples de questions", "en": "Example questions"},
    "assistant.example.1": {"fr": "Comment détecter les fuites d'eau ?",
                            "en": "How can water leaks be detected?"},
    "assistant.example.2": {"fr": "Quelles collectivités utilisent un chatbot ?",
                            "en": "Which cities use a chatbot?"},
    "assistant.example.3": {"fr": "IA et mobilité : quels projets ?",
                            "en": "AI for mobility: which projects?"},
    "assistant.filtered": {"fr": "Recherche restreinte par les filtres : {filters}",
                           "en": "Search narrowed by the filters: {filters}"},
    "assistant.summary": {"fr": "Réponse", "en": "Answer"},
    "assistant.results": {"fr": "Résultats cités", "en": "Cited results"},
    "assistant.browse": {"fr": "Parcourir un thème :", "en": "Browse a theme:"},
    "assistant.took": {"fr": "Réponse en {ms} ms", "en": "Answered in {ms} ms"},
    "feedback.ask": {"fr": "Cette réponse vous a-t-elle aidé ?",
                     "en": "Did this answer help you?"},
    "feedback.thanks": {"fr": "Merci, votre avis est enregistré sur ce poste.",
                        "en": "Thank you, your vote is stored on this machine."},
    # -- result cards ---------------------------------------------------------------------
    "card.document": {"fr": "Document", "en": "Document"},
    "card.source": {"fr": "Source : {source} — {section}", "en": "Source: {source} — {section}"},
    # What people look for (agents only; catalogue/searches.py, ui/pages/searches.py).
    "searches.agents_only": {"fr": "Réservé aux agents : connectez-vous pour voir ce que les "
                                   "gens cherchent.",
                             "en": "For agents only: sign in to see what people look for."},
    "searches.no_theme": {"fr": "Sans thème reconnu", "en": "No theme recognised"},
    # The command line's checks of its own options, said before anything is loaded.
    "cli.filter_form": {"fr": "--filter attend CLÉ=VALEUR (par ex. theme=Mobilités), pas {given}",
                        "en": "--filter takes KEY=VALUE (e.g. theme=Mobilités), not {given}"},
    "cli.filter_unknown": {"fr": "filtre inconnu {name} ; clés possibles : {keys}",
                           "en": "unknown filter {name}; use one of: {keys}"},
    "cli.top_k": {"fr": "nombre entier de 1 à {most} attendu, pas {given}",
                  "en": "a whole number from 1 to {most} expected, not {given}"},
    "searches.cli_agents_only": {"fr": "réservé aux agents : relancez avec --audience agent",
                                 "en": "for agents only: run again with --audience agent"},
    "page.searches": {"fr": "Ce que les gens cherchent", "en": "What people look for"},
    "searches.caption": {"fr": "Questions posées dans l'application depuis le {since} "
                               "(gardées {days} jours, puis effacées ; sans adresse e-mail ni "
                               "numéro de téléphone, sans identifiant ni adresse IP, le jour "
                               "seulement).",
                         "en": "Questions asked in the app since {since} (kept {days} days, "
                               "then deleted; without e-mail addresses or telephone numbers, "
                               "no identifier or IP address, the day only)."},
    "searches.totals": {"fr": "{asked} {asked:question posée|questions posées}, {nothing} sans réponse "
                              "(« rien ne correspond »), {disliked} {disliked:jugée|jugées} "
                              "pas {disliked:utile|utiles}.",
                        "en": "{asked} {asked:question|questions} asked, {nothing} with no answer "
                              "(“nothing fits”), {disliked} marked not helpful."},
    "searches.asked": {"fr": "Questions posées", "en": "Questions asked"},
    "searches.nothing": {"fr": "Rien ne correspond", "en": "Nothing fits"},
    "searches.disliked": {"fr": "Jugées pas utiles", "en": "Marked not helpful"},
    "searches.none": {"fr": "Aucune question gardée pour l'instant.",
                      "en": "No question kept yet."},
    "searches.off": {"fr": "Les questions ne sont pas gardées (durée de conservation : 0 jour).",
                     "en": "Questions are not kept (retention period: 0 days)."},
    "searches.theme_line": {"fr": "{label} — {asked} {asked:question|questions}, {nothing} sans "
                                  "réponse, {disliked} pas {disliked:utile|utiles}",
                            "en": "{label} — {asked} {asked:question|questions}, {nothing} with no "
                                  "answer, "
                                  "{disliked} not helpful"},
    "searches.question": {"fr": "Question", "en": "Question"},
    "searches.times": {"fr": "Posée", "en": "Asked"},
    "searches.last": {"fr": "Dernière fois", "en": "Last asked"},
    "searches.help": {"fr": "Regroupées par thème (celui des projets trouvés, sinon celui des "
                            "projets les plus proches par le sens) ; en premier, ce que le "
                            "catalogue ne sait pas encore montrer.",
                      "en": "Grouped by theme (that of the projects found, else of the closest "
                            "projects in meaning); first, what the catalogue cannot show yet."},
    # The answer's sources panel (ui/sources.py): every passage the cards quote.
    "sources.heading": {"fr": "Sources citées", "en": "Sources quoted"},
    "sources.caption": {"fr": "{n} {n:passage cité|passages cités} pour {results} {results:résultat|résultats} ; les "
                              "[n] de la réponse renvoient ici, chaque entrée à sa fiche.",
                        "en": "{n} {n:passage|passages} quoted for {results} {results:result|results}; the answer's "
                              "[n] lead here, each entry to its card."},
    "sources.to_card": {"fr": "voir le résultat {n}", "en": "see result {n}"},
    "sources.no_quote": {"fr": "Aucun passage cité pour ce résultat.",
                         "en": "No passage quoted for this result."},
    "card.why": {"fr": "Pourquoi ce résultat ?", "en": "Why this matches"},
    "card.semantic": {"fr": "Score sémantique", "en": "Semantic score"},
    "card.lexical": {"fr": "Score lexical", "en": "Lexical score"},
    "card.fused": {"fr": "Score combiné", "en": "Combined score"},
    "card.terms": {"fr": "Mots retrouvés", "en": "Matched words"},
    "card.facets": {"fr": "Critères retrouvés", "en": "Matched facets"},
    "card.none": {"fr": "aucun", "en": "none"},
    "explorer.download_json": {"fr": "Télécharger la liste (JSON, champs publics)",
                               "en": "Download the list (JSON, public fields)"},
    "conversation.earlier": {"fr": "Questions précédentes", "en": "Earlier questions"},
    "conversation.again": {"fr": "Reposer cette question", "en": "Ask this again"},
    "conversation.refine": {"fr": "Affiner en un clic :", "en": "Refine in one click:"},
    "conversation.understood": {"fr": "Compris dans la question (cliquez pour l'écarter) :",
                                "en": "Understood in the question (click to set it aside):"},
    "conversation.understood_help": {"fr": "Chercher sans en tenir compte",
                                     "en": "Search without it"},
    "data.json": {"fr": "Données (JSON)", "en": "Data (JSON)"},
    "data.csv": {"fr": "Tableau (CSV)", "en": "Table (CSV)"},
    "compare.empty": {"fr": "non renseigné", "en": "not given"},
    "project.choose_placeholder": {"fr": "Choisissez un projet", "en": "Choose a project"},
    "card.scores_agents": {"fr": "Scores de recherche, visibles des agents seulement.",
                           "en": "Search scores, shown to agents only."},
    "card.quotes_fr": {"fr": "", "en": "Quoted in French, the sources' language."},
    "card.similar": {"fr": "Projets similaires", "en": "Similar projects"},
    "card.open": {"fr": "Voir la fiche", "en": "Open the project"},
    "card.open_doc": {"fr": "Lire le document", "en": "Read the document"},
    # -- filters and explorer -------------------------------------------------------------
    "filters.title": {"fr": "Filtres", "en": "Filters"},
    "filters.clear": {"fr": "Effacer les filtres", "en": "Clear the filters"},
    "filters.any": {"fr": "Tous", "en": "Any"},
    "explorer.heading": {"fr": "Explorer les projets", "en": "Explore the projects"},
    "explorer.projects": {"fr": "Projets", "en": "Projects"},
    "explorer.authorities": {"fr": "Collectivités", "en": "Authorities"},
    "explorer.themes": {"fr": "Thèmes", "en": "Themes"},
    "explorer.deployed": {"fr": "En déploiement", "en": "Being deployed"},
    "explorer.mapped": {"fr": "Localisés", "en": "On the map"},
    "explorer.charts": {"fr": "Répartition", "en": "Breakdown"},
    "explorer.chart_data": {"fr": "Les chiffres du graphique", "en": "The chart's numbers"},
    "explorer.map": {"fr": "Carte des projets", "en": "Map of the projects"},
    "map.help": {"fr": "Cliquez sur un point pour ouvrir sa fiche, sur un cercle numéroté "
                        "pour zoomer sur ce groupe de projets ; la molette ou deux doigts "
                        "zooment, un glisser déplace la carte.",
                 "en": "Click a dot to open its project, a numbered circle to zoom into that "
                       "group of projects; scroll or pinch to zoom, drag to move the map."},
    "map.group": {"fr": "{n} projets ici : cliquez pour zoomer",
                  "en": "{n} projects here: click to zoom in"},
    "map.in_group": {"fr": "{n} {n:projet|projets} dans ce groupe :",
                     "en": "{n} {n:project|projects} in this group:"},
    "map.overview_alt": {"fr": "Carte des projets en France : chaque point ouvre la fiche de "
                                 "son projet, chaque cercle numéroté (des projets proches) la "
                                 "carte zoomable.",
                         "en": "Map of the projects in France: each dot opens its project, "
                               "each numbered circle (nearby projects) the zoomable map."},
    "map.overview_group": {"fr": "{n} projets proches : ouvrir la carte zoomable",
                           "en": "{n} nearby projects: open the zoomable map"},
    "map.overview_legend_group": {
        "fr": "Groupe de projets proches (leur nombre) : la carte zoomable les sépare",
        "en": "Group of nearby projects (how many): the zoomable map splits it"},
    "map.overview_open": {"fr": "Zoomer et filtrer sur la carte de l'Explorateur",
                          "en": "Zoom and filter on the Explorer's map"},
    "map.overview_help": {"fr": "Cliquez sur un point pour ouvrir la fiche de son projet, sur un "
                                "cercle numéroté pour ouvrir la carte zoomable.",
                          "en": "Click a dot to open its project, a numbered circle to open the "
                                "zoomable map."},
    "map.zoomable": {"fr": "Carte zoomable (fond de carte IGN, projets à l'étranger)",
                     "en": "Zoomable map (IGN basemap, projects abroad)"},
    "map.zoomable_help": {"fr": "Plus lourde à afficher : zoom, fond de carte, groupes qui se "
                                "séparent d'un clic, projets hors de France.",
                          "en": "Heavier to draw: zoom, basemap, groups that split on a click, "
                                "projects outside France."},
    "map.reset": {"fr": "Revenir à la vue d'ensemble", "en": "Back to the whole map"},
    "map.legend": {"fr": "Légende de la carte", "en": "Map legend"},
    "map.legend_other": {"fr": "Autre thème ou sans thème", "en": "Other or no theme"},
    "map.legend_group": {"fr": "Groupe de projets proches (leur nombre) : cliquez pour zoomer",
                         "en": "Group of nearby projects (how many): click to zoom in"},
    "map.alt": {"fr": "Carte des projets de la vue : chaque point ou cercle numéroté est un "
                      "projet ou un groupe de projets ; la liste des projets de l'Explorateur "
                      "donne les mêmes projets en texte.",
                "en": "Map of the projects in view: each dot or numbered circle is a project or "
                      "a group of projects; the Explorer's list of the projects gives the same "
                      "projects as text."},
    "map.credits_ign": {"fr": "Fond de carte : Plan IGN (IGN, Géoplateforme, Licence Ouverte) ; "
                              "contours des régions : IGN Admin Express, Licence Ouverte.",
                        "en": "Basemap: Plan IGN (IGN, Géoplateforme, Licence Ouverte); "
                              "region outlines: IGN Admin Express, Licence Ouverte."},
    "map.credits_tiles": {"fr": "Contours des régions : IGN Admin Express, Licence Ouverte.",
                          "en": "Region outlines: IGN Admin Express, Licence Ouverte."},
    "map.credits_outline": {"fr": "Contours des régions : IGN Admin Express, Licence Ouverte "
                                  "(fond de carte désactivé).",
                            "en": "Region outlines: IGN Admin Express, Licence Ouverte "
                                  "(basemap turned off)."},
    "explorer.map_scope": {"fr": "Étendue", "en": "Extent"},
    "explorer.map_france": {"fr": "France", "en": "France"},
    "explorer.map_world": {"fr": "Monde", "en": "World"},
    "explorer.map_summary": {"fr": "{n} {n:projet placé|projets placés} sur la carte, {missing} sans "
                                   "coordonnées.",
                             "en": "{n} {n:project|projects} on the map, {missing} without "
                                   "coordinates."},
    "explorer.table": {"fr": "Liste des projets", "en": "List of the projects"},
    "explorer.table_help": {"fr": "Sélectionnez une ligne pour ouvrir la fiche du projet.",
                            "en": "Select a row to open the project's page."},
    "explorer.download": {"fr": "Télécharger la liste (CSV, champs publics)",
                          "en": "Download the list (CSV, public fields)"},
    "explorer.none": {"fr": "Aucun projet ne correspond à ces filtres.",
                      "en": "No project matches these filters."},
    "stats.projects": {"fr": "Projets", "en": "Projects"},
    "stats.empty": {"fr": "Aucun projet à compter.", "en": "No project to count."},
    "stats.summary": {"fr": "{total} {total:mention répartie|mentions réparties} en {groups} {groups:valeur|valeurs} de "
                            "{facet} ; la plus fréquente : {top} ({n}).",
                      "en": "{total} {total:mention|mentions} across {groups} {groups:value|values} of {facet}; the "
                            "most frequent: {top} ({n})."},
    "stats.years": {"fr": "Démarrages de {first} à {last} ; l'année la plus chargée : {top} "
                          "({n} {n:projet|projets}).",
                    "en": "Starts from {first} to {last}; the busiest year: {top} "
                          "({n} {n:project|projects})."},
    "stats.label": {"fr": "Valeur", "en": "Value"},
    "stats.year": {"fr": "Année", "en": "Year"},
    # -- project page ---------------------------------------------------------------------
    "project.choose": {"fr": "Choisir un projet", "en": "Choose a project"},
    "project.missing": {"fr": "Ce projet n'existe pas (ou plus) dans le catalogue.",
                        "en": "This project is not (or no longer) in the catalogue."},
    "project.fields": {"fr": "Informations publiques", "en": "Public information"},
    "project.sources": {"fr": "Sources", "en": "Sources"},
    "project.no_source": {"fr": "Issu d'un catalogue importé ({origin}).",
                          "en": "From an imported catalogue ({origin})."},
    "project.similar": {"fr": "Projets similaires", "en": "Similar projects"},
    "project.restricted": {"fr": "Informations réservées aux agents",
                           "en": "Information for agents only"},
    "project.restricted_empty": {"fr": "Aucune information réservée pour ce projet.",
                                 "en": "No restricted information for this project."},
    # -- agent login ----------------------------------------------------------------------
    "agent.title": {"fr": "Accès agent", "en": "Agent access"},
    "agent.password": {"fr": "Mot de passe agent", "en": "Agent password"},
    "agent.submit": {"fr": "Se connecter", "en": "Log in"},
    "agent.sso": {"fr": "Se connecter avec le compte de la collectivité",
                  "en": "Log in with the authority's account"},
    "agent.logout": {"fr": "Se déconnecter", "en": "Log out"},
    "agent.logged_in": {"fr": "Connecté en tant qu'agent.", "en": "Logged in as an agent."},
    "agent.wrong": {"fr": "Mot de passe incorrect. Nouvel essai possible dans {s} s.",
                    "en": "Wrong password. You can try again in {s} s."},
    "agent.wait": {"fr": "Trop d'essais : patientez {s} s.",
                   "en": "Too many attempts: wait {s} s."},
    "agent.off": {"fr": "La connexion des agents n'est pas ouverte sur ce site : les "
                        "informations réservées aux agents restent masquées.",
                  "en": "Agent sign-in is not open on this site: information for agents "
                        "stays hidden."},
    # -- documents page -------------------------------------------------------------------
    "documents.heading": {"fr": "Documents de référence", "en": "Reference documents"},
    "documents.choose": {"fr": "Document", "en": "Document"},
    "documents.search": {"fr": "Chercher dans les documents",
                         "en": "Search the documents"},
    "documents.hits": {"fr": "{n} {n:section contient|sections contiennent} « {q} ».",
                       "en": "{n} {n:section contains|sections contain} “{q}”."},
    "documents.meta": {"fr": "Publié par {publisher}, {date}. {n} sections.",
                       "en": "Published by {publisher}, {date}. {n} sections."},
    "documents.all": {"fr": "Tous les documents", "en": "All documents"},
    # Documents agents add (assist.catalogue.documents): refusals, notes, the add control.
    "document.empty": {"fr": "Le fichier est vide ou ne contient aucun texte lisible ; rien "
                             "n'a été ajouté.",
                       "en": "The file is empty or holds no readable text; nothing was added."},
    "document.encrypted": {"fr": "Ce PDF est chiffré (protégé par un mot de passe) : enregistrez-"
                                 "en une copie sans protection ; rien n'a été ajouté.",
                           "en": "This PDF is encrypted (password-protected): save a copy "
                                 "without protection; nothing was added."},
    "document.damaged": {"fr": "Fichier {format} illisible ou endommagé ({reason}) ; rien n'a "
                               "été ajouté.",
                         "en": "Unreadable or damaged {format} file ({reason}); nothing was "
                               "added."},
    "document.too_many_pages": {"fr": "Ce PDF a {n} pages ; la limite est {limit} : découpez-le ; "
                                      "rien n'a été ajouté.",
                                "en": "This PDF has {n} pages; the limit is {limit}: split it; "
                                      "nothing was added."},
    "document.no_text_layer": {"fr": "Pas de couche texte (document numérisé ou image) : la "
                                     "reconnaissance de caractères (OCR) n'est pas faite ici ; "
                                     "rien n'a été ajouté.",
                               "en": "No text layer (a scan or an image): OCR is not done here; "
                                     "nothing was added."},
    "document.unsupported": {"fr": "Format non pris en charge ({kind}) : utilisez PDF, DOCX, "
                                   "HTML, Markdown ou texte ; rien n'a été ajouté.",
                             "en": "Unsupported format ({kind}): use PDF, DOCX, HTML, Markdown "
                                   "or plain text; nothing was added."},
    "document.too_large": {"fr": "Fichier trop volumineux (limite {limit}) ; rien n'a été "
                                 "ajouté.",
                           "en": "File too large (limit {limit}); nothing was added."},
    "document.url_scheme": {"fr": "Adresse refusée : seules les adresses http:// et https:// "
                                  "sont lues ({url}).",
                            "en": "Address refused: only http:// and https:// addresses are "
                                  "read ({url})."},
    "document.url_failed": {"fr": "Impossible de télécharger {url} ({reason}) ; rien n'a été "
                                  "ajouté.",
                            "en": "Could not download {url} ({reason}); nothing was added."},
    "document.not_found": {"fr": "Fichier introuvable : {path}", "en": "No such file: {path}"},
    "document.access": {"fr": "Accès inconnu « {access} » : public ou restricted.",
                        "en": "Unknown access '{access}': public or restricted."},
    "document.unknown": {"fr": "Aucun document ajouté ne porte l'identifiant « {id} ».",
                         "en": "No added document has the id '{id}'."},
    "document.meta.title": {"fr": "titre", "en": "title"},
    "document.meta.publisher": {"fr": "éditeur", "en": "publisher"},
    "document.meta.date": {"fr": "date", "en": "date"},
    "document.missing": {"fr": "Le fichier ne donne pas : {fields} ; précisez-les (--title, "
                               "--publisher, --date ou le formulaire).",
                         "en": "The file does not give: {fields}; give them (--title, "
                               "--publisher, --date or the form)."},
    "document.status.added": {"fr": "Document ajouté : {title} ({id}), "
                                    "{sections} {sections:section|sections}{pages}.",
                              "en": "Document added: {title} ({id}), "
                                    "{sections} {sections:section|sections}{pages}."},
    "document.status.replaced": {"fr": "Document remplacé (nouveau contenu) : {title} ({id}), "
                                       "{sections} {sections:section|sections}{pages}.",
                                 "en": "Document replaced (new content): {title} ({id}), "
                                       "{sections} {sections:section|sections}{pages}."},
    "document.status.unchanged": {"fr": "Document inchangé (même contenu) : {title} ({id}).",
                                  "en": "Document unchanged (same content): {title} ({id})."},
    "document.pages": {"fr": ", {n} {n:page|pages}", "en": ", {n} {n:page|pages}"},
    "document.removed": {"fr": "Document retiré : {id}.", "en": "Document removed: {id}."},
    "documents.add": {"fr": "Ajouter un document", "en": "Add a document"},
    "documents.add_agents": {"fr": "Les agents connectés (page À propos) peuvent ajouter une "
                                   "stratégie, une délibération ou un rapport : PDF, Word "
                                   "(DOCX), page web, Markdown ou texte.",
                             "en": "Logged-in agents (About page) can add a strategy, a council "
                                   "deliberation or a report: PDF, Word (DOCX), web page, "
                                   "Markdown or text."},
    "documents.add_file": {"fr": "Fichier (PDF, DOCX, HTML, Markdown, texte)",
                           "en": "File (PDF, DOCX, HTML, Markdown, text)"},
    "documents.add_url": {"fr": "… ou adresse web (http:// ou https://)",
                          "en": "… or web address (http:// or https://)"},
    "documents.add_meta": {"fr": "Laissez vide ce que le fichier indique lui-même ; ce que "
                                 "vous saisissez l'emporte.",
                           "en": "Leave empty what the file says itself; what you type wins."},
    "documents.add_title": {"fr": "Titre", "en": "Title"},
    "documents.add_publisher": {"fr": "Éditeur", "en": "Publisher"},
    "documents.add_date": {"fr": "Date (ex. 2026-03-12)", "en": "Date (e.g. 2026-03-12)"},
    "documents.add_access": {"fr": "Accès", "en": "Access"},
    "documents.access.public": {"fr": "Public", "en": "Public"},
    "documents.access.restricted": {"fr": "Restreint (agents seulement)",
                                    "en": "Restricted (agents only)"},
    "documents.add_submit": {"fr": "Ajouter et indexer", "en": "Add and index"},
    "documents.add_nothing": {"fr": "Choisissez un fichier ou saisissez une adresse.",
                              "en": "Choose a file or type an address."},
    "documents.add_reading": {"fr": "Lecture du document…", "en": "Reading the document…"},
    "documents.add_pages": {"fr": "Lecture : page {done} sur {total}",
                            "en": "Reading: page {done} of {total}"},
    "documents.remove": {"fr": "Retirer un document ajouté", "en": "Remove an added document"},
    "documents.remove_submit": {"fr": "Retirer", "en": "Remove"},
    "card.open_section": {"fr": "Ouvrir à cet endroit du document",
                          "en": "Open the document here"},
    "citation.page": {"fr": "p. {page}", "en": "p. {page}"},
    "citation.page_section": {"fr": "p. {page}, § {section}", "en": "p. {page}, § {section}"},
    # -- about page -----------------------------------------------------------------------
    "about.heading": {"fr": "À propos de cet assistant", "en": "About this assistant"},
    "about.what": {
        "fr": "Cet assistant est un **système d'IA** de recherche : il retrouve, dans le "
              "catalogue des projets d'IA des collectivités (Bibliothèque d'IA territoriales) "
              "et dans quelques documents de stratégie, les passages les plus proches d'une "
              "question, et les cite. Il cherche à la fois par le sens (un petit modèle de "
              "langue, qui reconnaît une même idée dite autrement) et par les mots de la "
              "question, puis dit pourquoi chaque résultat a été retenu. Avant de répondre, il "
              "décide si le catalogue couvre la question, d'après plusieurs signaux : la "
              "proximité de sens du meilleur passage, la part des mots de la question (surtout "
              "les plus rares dans la langue) que tiennent les premiers résultats, et à quel "
              "point la question se rapproche d'un projet (son titre et sa première phrase) "
              "plus que de tous les autres ; sinon, il dit que rien ne correspond (ou, s'il "
              "hésite, propose à part les projets les plus proches).",
        "en": "This assistant is a retrieval **AI system**: it finds, in the catalogue of "
              "local authorities' AI projects (Bibliothèque d'IA territoriales) and in a few "
              "strategy documents, the passages closest to a question, and cites them. It "
              "searches both by meaning (a small language model, which recognises one idea "
              "said in other words) and by the question's words, then says why each result "
              "was kept. Before answering, it decides whether the catalogue covers the question, "
              "from several signals: how close in meaning the best passage is, the share of "
              "the question's words (the rarest in the language above all) its first results "
              "hold, and how much closer the question is to one project (its title and first "
              "sentence) than to all the others; otherwise it says that nothing fits (or, when "
              "unsure, offers the closest projects apart)."},
    "about.not": {
        "fr": "Ce qu'il n'est pas : il ne génère aucun texte ni aucun fait, ne donne pas "
              "d'avis, ne connaît que le catalogue et les documents listés ci-dessous, et "
              "dit quand rien ne correspond. Il fonctionne sans connexion internet.",
        "en": "What it is not: it generates no text and no facts, gives no opinion, knows "
              "only the catalogue and the documents listed below, and says so when nothing "
              "fits. It works without an internet connection."},
    "about.model": {"fr": "Modèle", "en": "Model"},
    "about.catalogue_name": {"fr": "Catalogue", "en": "Catalogue"},
    "about.catalogue_imported_at": {"fr": "Importé le", "en": "Imported on"},
    "about.catalogue_rows": {"fr": "Fiches", "en": "Records"},
    "about.catalogue_active": {"fr": "Actif", "en": "Active"},
    "about.catalogue_source_file": {"fr": "Source", "en": "Source"},
    "field.records": {"fr": "Fiches réunies", "en": "Records joined"},
    "field.provenance": {"fr": "Provenance des valeurs", "en": "Where each value comes from"},
    "about.catalogue_cases": {"fr": "Projets", "en": "Projects"},
    "about.import_url": {"fr": "Adresse de l'export publié (http ou https)",
                         "en": "Address of the published export (http or https)"},
    "about.import_url_do": {"fr": "Importer depuis l'adresse", "en": "Import from the address"},
    "about.merged": {"fr": "{records} fiches de {sources} sources forment {projects} projets "
                           "({merged} projets réunissent plusieurs fiches).",
                     "en": "{records} records from {sources} sources make {projects} projects "
                           "({merged} projects join several records)."},
    # -- an import's report (catalogue/library.py) ------------------------------------------
    "import.head": {"fr": "Import de « {name} » : {cases} {cases:fiche|fiches} sur {rows} "
                          "{rows:ligne lue|lignes lues} (encodage {encoding}, séparateur "
                          "{delimiter}).",
                    "en": "Import of '{name}': {cases} {cases:case|cases} from {rows} "
                          "{rows:row|rows} read (encoding {encoding}, delimiter {delimiter})."},
    "import.header_only": {"fr": "Le fichier ne contient que la ligne d'en-tête : aucune fiche "
                                 "importée.",
                           "en": "The file holds only the header line: no case imported."},
    "import.problems": {"fr": "{n} {n:problème|problèmes} sur {rows} {rows:ligne|lignes} : "
                              "{errors} {errors:erreur|erreurs}, {warnings} "
                              "{warnings:avertissement|avertissements} ; chaque ligne non vide "
                              "est gardée.",
                        "en": "{n} {n:problem|problems} in {rows} {rows:row|rows}: {errors} "
                              "{errors:error|errors}, {warnings} {warnings:warning|warnings}; "
                              "every non-empty row is kept."},
    "import.would_remove": {
        "fr": "Cet import retirerait {removed} des {before} projets du catalogue « {name} » "
              "({cases} {cases:fiche lue|fiches lues}, {quarantined} {quarantined:ligne|lignes} "
              "en quarantaine) ; rien n'a été changé : relancez avec --replace pour confirmer",
        "en": "This import would remove {removed} of the {before} projects of catalogue "
              "'{name}' ({cases} read, {quarantined} quarantined); nothing was changed: run "
              "again with --replace to confirm"},
    "import.line": {"fr": "  ligne {row}, {field} : {problem}",
                    "en": "  row {row}, {field}: {problem}"},
    "import.no_problem": {"fr": "Aucun problème trouvé.", "en": "No problem found."},
    "import.quarantined": {"fr": "{n} {n:ligne mise|lignes mises} en quarantaine : leur forme "
                                 "ne correspond pas à l'en-tête, rien n'en est publié ; "
                                 "gardées telles qu'écrites pour les agents (corrigez-les dans "
                                 "le fichier et importez-le à nouveau) :",
                           "en": "{n} {n:row|rows} quarantined: their shape does not match the "
                                 "header, nothing of them is published; kept as written for "
                                 "agents (fix them in the file and import it again):"},
    "import.missing": {"fr": "Colonnes obligatoires absentes : ",
                       "en": "Required columns missing: "},
    "import.unknown": {"fr": "Colonnes inconnues (gardées dans extra) : ",
                       "en": "Unknown columns (kept in extra): "},
    "import.delimiter.,": {"fr": "virgule", "en": "comma"},
    "import.delimiter.;": {"fr": "point-virgule", "en": "semicolon"},
    "import.delimiter.\t": {"fr": "tabulation", "en": "tab"},
    "import.delimiter.|": {"fr": "barre", "en": "pipe"},
    # -- one project, one record (catalogue/merge.py, catalogue/changes.py) -----------------
    "changes.first": {"fr": "Premier import de ce catalogue : {n} {n:fiche nouvelle|fiches nouvelles}.",
                      "en": "First import of this catalogue: {n} new {n:record|records}."},
    "changes.head": {"fr": "Depuis le dernier import : {new} {new:nouvelle|nouvelles}, "
                           "{changed} {changed:modifiée|modifiées}, {gone} "
                           "{gone:disparue|disparues}, {unchanged} "
                           "{unchanged:inchangée|inchangées}.",
                     "en": "Since the last import: {new} new, {changed} changed, {gone} gone, "
                           "{unchanged} unchanged."},
    "changes.new": {"fr": "  + nouvelle : {title} ({id})", "en": "  + new: {title} ({id})"},
    "changes.gone": {"fr": "  - disparue : {title} ({id})", "en": "  - gone: {title} ({id})"},
    "changes.changed": {"fr": "  ~ modifiée : {title} ({id}) : {fields}",
                        "en": "  ~ changed: {title} ({id}): {fields}"},
    "changes.more": {"fr": "  … et {n} {n:autre|autres}.", "en": "  … and {n} more."},
    "changes.dry_run": {"fr": "Simulation (--dry-run) : rien n'a été écrit.",
                        "en": "Dry run (--dry-run): nothing was written."},
    "provenance.catalogue": {"fr": "catalogue « {name} »", "en": "catalogue “{name}”"},
    "provenance.document": {"fr": "« {title} »", "en": "“{title}”"},
    "provenance.value": {"fr": "{value} ({source}, {date})", "en": "{value} ({source}, {date})"},
    "provenance.undated": {"fr": "sans date", "en": "undated"},
    "provenance.heading": {"fr": "Sources de cette fiche", "en": "Sources of this record"},
    "provenance.records": {"fr": "Cette fiche réunit {n} fiches décrivant le même projet ; "
                                 "chaque champ vient de la source la plus récente qui le "
                                 "renseigne.",
                           "en": "This record joins {n} records of the same project; each "
                                 "field comes from the most recent source that fills it."},
    "provenance.record": {"fr": "{source}, {date} (fiche {id})",
                          "en": "{source}, {date} (record {id})"},
    "provenance.conflicts": {"fr": "Les sources divergent : {values}",
                             "en": "The sources disagree: {values}"},
    "provenance.from": {"fr": "Source : {sources}", "en": "Source: {sources}"},
    "merge.agents": {"fr": "Regroupement des fiches (agents)", "en": "Joining records (agents)"},
    "merge.apart": {"fr": "Séparer « {record} » de ce projet",
                    "en": "Separate “{record}” from this project"},
    "merge.with": {"fr": "Réunir avec un autre projet (le même projet décrit ailleurs)",
                   "en": "Join with another project (the same project described elsewhere)"},
    "merge.do": {"fr": "Réunir", "en": "Join"},
    "merge.done": {"fr": "Décision enregistrée : {a} et {b} → {decision}.",
                   "en": "Decision recorded: {a} and {b} → {decision}."},
    "merge.decision.merge": {"fr": "un seul projet", "en": "one project"},
    "merge.decision.apart": {"fr": "deux projets", "en": "two projects"},
    "merge.why": {"fr": "Pourquoi ces fiches sont réunies : {reasons}",
                  "en": "Why these records are joined: {reasons}"},
    "about.frugality": {"fr": "Sobriété (IA frugale, AFNOR SPEC 2314)",
                        "en": "Frugality (frugal AI, AFNOR SPEC 2314)"},
    "about.frugality_missing": {"fr": "Pas encore mesurée : lancez `assist bench`.",
                                "en": "Not measured yet: run `assist bench`."},
    "about.frugal_model": {"fr": "Taille du modèle", "en": "Model size"},
    "about.frugal_question": {"fr": "Énergie par question", "en": "Energy per question"},
    "about.frugal_build": {"fr": "Énergie par construction d'index",
                           "en": "Energy per index build"},
    "about.frugal_cpu": {"fr": "Temps de calcul par question", "en": "CPU time per question"},
    "about.frugal_how": {"fr": "Estimation : secondes de calcul × {watts} W par cœur occupé "
                               "(processeur seul, hors mémoire, disque et refroidissement), "
                               "index de {passages} passages, {cpu} ({cores} cœurs), mesuré "
                               "le {date} par `assist bench` (docs/PERFORMANCE.md).",
                         "en": "Estimate: CPU-seconds × {watts} W per busy core (processor "
                               "only; memory, disk and cooling left out), index of {passages} "
                               "passages, {cpu} ({cores} cores), measured on {date} by "
                               "`assist bench` (docs/PERFORMANCE.md)."},
    "about.model_text": {"fr": "Modèle de langue qui compare le sens : `{id}` ({size} Mo, "
                               "exécuté sur ce serveur, sans connexion). {chunks} passages "
                               "indexés.",
                         "en": "Language model that compares meaning: `{id}` ({size} MB, run "
                               "on this server, offline). {chunks} passages indexed."},
    "about.quality": {"fr": "Qualité mesurée", "en": "Measured quality"},
    "about.quality_split": {"fr": "Sur des questions qu'on n'a jamais répétées : écrites à "
                                  "partir des sources par quelqu'un qui n'avait jamais utilisé "
                                  "l'assistant, mesurées une seule fois, rien n'a été réglé "
                                  "dessus. « assistant » est ce que vous obtenez, « déclinées » "
                                  "les questions hors du catalogue auxquelles il répond « rien "
                                  "ne correspond » ou, s'il hésite, qu'aucun projet ne "
                                  "correspond clairement (les plus proches proposés à part).",
                            "en": "On questions nobody rehearsed: written from the sources by "
                                  "someone who had never used the assistant, measured once, "
                                  "nothing tuned on them. “assistant” is what you get, "
                                  "“declined” the questions outside the catalogue it answers "
                                  "“nothing fits” or, when unsure, that no project clearly "
                                  "matches (the closest offered apart)."},
    "about.q.assistant": {"fr": "L'assistant (ce que vous obtenez)",
                          "en": "The assistant (what you get)"},
    "about.q.ranking": {"fr": "Son classement, sans jamais décliner",
                        "en": "Its ranking, never declining"},
    "about.q.rule": {"fr": "La règle d'avant (un seuil par résultat)",
                     "en": "The previous rule (a threshold per result)"},
    "about.q.bm25": {"fr": "Les mots seuls, sans le sens", "en": "Words alone, without meaning"},
    # Shares of right projects found are shown as percentages, the quality of the order
    # out of 100 (`ui.pages.about.number`): no "Recall@5" or "nDCG@5" for an elected official.
    "about.q.recall": {"fr": "Bons projets parmi les 5 premiers",
                       "en": "Right projects among the first 5"},
    "about.q.ndcg": {"fr": "Qualité de l'ordre des 5 premiers",
                     "en": "Quality of the order of the first 5"},
    "about.q.answered": {"fr": "Questions du catalogue répondues",
                         "en": "Catalogue questions answered"},
    "about.q.declined": {"fr": "Questions hors catalogue déclinées",
                         "en": "Questions outside the catalogue declined"},
    "about.q.paraphrase": {"fr": "Questions reformulées : bons projets parmi les 5 premiers",
                           "en": "Reworded questions: right projects among the first 5"},
    "about.q.lists": {"fr": "« Quels projets… » : bons projets parmi les 5 premiers",
                      "en": "“Which projects…”: right projects among the first 5"},
    "about.q.ndcg_fr": {"fr": "Questions en français : qualité de l'ordre",
                        "en": "Questions in French: quality of the order"},
    "about.q.ndcg_en": {"fr": "Questions en anglais : qualité de l'ordre",
                        "en": "Questions in English: quality of the order"},
    "about.quality_report": {"fr": "Le rapport complet (en anglais)",
                             "en": "The full report"},
    "about.quality_units": {"fr": "Les pourcentages sont des parts de questions ou de bons "
                                  "projets ; la qualité de l'ordre est notée sur 100 (100 : "
                                  "les bons projets en tête, dans le bon ordre).",
                            "en": "Percentages are shares of questions or of right projects; "
                                  "the quality of the order is scored out of 100 (100: the "
                                  "right projects first, in the right order)."},
    "about.quality_missing": {"fr": "L'évaluation (docs/EVALUATION.md) n'est pas encore "
                                    "disponible.",
                              "en": "The evaluation (docs/EVALUATION.md) is not available "
                                    "yet."},
    "about.sources": {"fr": "Sources des données", "en": "Data sources"},
    "about.catalogues": {"fr": "Catalogues importés", "en": "Imported catalogues"},
    "about.no_catalogue": {"fr": "Aucun catalogue importé : seul le corpus livré est "
                                 "interrogé.",
                           "en": "No imported catalogue: only the shipped corpus is "
                                 "searched."},
    "about.limits": {"fr": "Limites", "en": "Limits"},
    "about.limits_text": {
        "fr": "- Le catalogue est déclaratif : les projets sont décrits par les collectivités "
              "elles-mêmes, à la date indiquée.\n"
              "- La recherche peut manquer une formulation très éloignée du texte, ou "
              "classer un passage voisin avant le plus pertinent : vérifiez les citations.\n"
              "- Les extraits sont en français, même quand l'interface est en anglais.\n"
              "- Les informations réservées (budget, contacts, algorithmes, risques) ne sont "
              "montrées qu'aux agents connectés.",
        "en": "- The catalogue is self-reported: projects are described by the authorities "
              "themselves, as of the date shown.\n"
              "- Search can miss a wording far from the text, or rank a nearby passage "
              "above the most relevant one: check the quotes.\n"
              "- Quotes are in French, even when the interface is in English.\n"
              "- Restricted information (budget, contacts, algorithms, risks) is shown to "
              "logged-in agents only."},
    "about.import": {"fr": "Importer l'export de la Bibliothèque",
                     "en": "Import the library's export"},
    "about.import_how": {
        "fr": "Un agent connecté dépose ici l'export CSV de la Bibliothèque (document Grist) : "
              "le fichier est d'abord vérifié (rapport de validation), puis indexé.",
        "en": "A logged-in agent drops the library's CSV export (Grist document) here: the "
              "file is checked first (validation report), then indexed."},
    "about.upload": {"fr": "Export CSV de la Bibliothèque", "en": "The library's CSV export"},
    "about.import_done": {"fr": "Import terminé et indexé.", "en": "Import done and indexed."},
    "about.import_agents": {"fr": "Connectez-vous comme agent pour importer un fichier.",
                            "en": "Log in as an agent to import a file."},
    "about.problems": {"fr": "Problèmes relevés", "en": "Problems found"},
    "about.quarantined": {"fr": "Lignes en quarantaine (non publiées, visibles des agents)",
                          "en": "Quarantined rows (not published, seen by agents)"},
    "about.would_remove": {
        "fr": "Ce fichier retirerait {removed} {removed:projet|projets} du catalogue (il en garderait "
              "{kept}) : rien n'a été changé. Vérifiez le fichier, ou confirmez le "
              "remplacement.",
        "en": "This file would remove {removed} {removed:project|projects} from the catalogue (keeping "
              "{kept}): nothing was changed. Check the file, or confirm the replacement."},
    "about.confirm_replace": {"fr": "Remplacer le catalogue par ce fichier",
                              "en": "Replace the catalogue with this file"},
    "about.publisher": {"fr": "Éditeur", "en": "Publisher"},
    "about.date": {"fr": "Date", "en": "Date"},
    # -- needs profile, comparison, brief, record quality (fit.py, compare.py, brief*.py) -
    "page.fit": {"fr": "Trouver des projets adaptés", "en": "Find projects that fit"},
    "page.compare": {"fr": "Comparer des projets", "en": "Compare projects"},
    "fit.need": {"fr": "Votre besoin, en quelques mots", "en": "Your need, in a few words"},
    "fit.criterion.coll_type": {"fr": "Type de collectivité", "en": "Type of authority"},
    "fit.criterion.themes": {"fr": "Thème", "en": "Theme"},
    "fit.criterion.audience": {"fr": "Public visé", "en": "Audience"},
    "fit.criterion.maturity": {"fr": "Maturité", "en": "Maturity"},
    "fit.criterion.budget": {"fr": "Budget", "en": "Budget"},
    "fit.criterion.hosting": {"fr": "Hébergement", "en": "Hosting"},
    "fit.criterion.implementation": {"fr": "Mise en œuvre", "en": "Implementation"},
    "fit.maturity.any": {"fr": "Indifférent", "en": "Any"},
    "fit.maturity.experimenting": {"fr": "En expérimentation", "en": "Being trialled"},
    "fit.maturity.deployed": {"fr": "Déjà déployé", "en": "Already deployed"},
    "fit.status.met": {"fr": "rempli", "en": "met"},
    "fit.status.not_met": {"fr": "non rempli", "en": "not met"},
    "fit.status.unknown": {"fr": "inconnu (champ vide)", "en": "unknown (field empty)"},
    "fit.reason": {"fr": "Critères remplis : {met} sur {asked}",
                   "en": "Criteria met: {met} of {asked}"},
    "fit.none": {"fr": "Aucun projet du catalogue ne correspond à ce profil.",
                 "en": "No project in the catalogue fits this profile."},
    "fit.agent_only": {"fr": "Critères réservés aux agents connectés, non évalués ici : "
                             "{criteria}.",
                       "en": "Criteria judged for logged-in agents only, not here: "
                             "{criteria}."},
    "fit.weak_need": {"fr": "Les projets trouvés répondent au besoin, mais faiblement : {reason}",
                      "en": "The projects found address the need, but weakly: {reason}"},
    "fit.weak.coverage": {"fr": "peu des mots de votre besoin figurent dans leurs fiches.",
                          "en": "few of your need's words appear in their records."},
    "fit.weak.cosine": {"fr": "leur description reste éloignée du sens de votre besoin.",
                        "en": "their description stays far from the meaning of your need."},
    "fit.weak.score": {"fr": "aucun ne ressort nettement.",
                       "en": "none of them stands out clearly."},
    "fit.weak.support": {"fr": "leurs textes parlent peu de « {word} ».",
                         "en": "their texts say little about “{word}”."},
    "fit.weak.margin": {"fr": "la décision est à peine au-dessus de son seuil.",
                        "en": "the decision is barely above its threshold."},
    "fit.unclear": {"fr": "Aucun projet du catalogue ne répond clairement à ce besoin.",
                    "en": "No project in the catalogue clearly addresses this need."},
    "fit.uncovered": {"fr": "Aucun projet du catalogue ne répond à ce besoin.",
                      "en": "No project in the catalogue addresses this need."},
    "fit.closest": {"fr": "Les plus proches, qui ne répondent pas à ce besoin",
                    "en": "The closest ones, which do not address this need"},
    "fit.closest_hint": {"fr": "Proposés pour information : ils touchent au même domaine, pas "
                               "à votre besoin.",
                         "en": "Offered for information: they touch the same field, not your "
                               "need."},
    # The middle state ("no project clearly addresses this need"): the closest may address it.
    "fit.closest_unclear": {"fr": "Les plus proches, à vérifier : aucun ne répond clairement à "
                                  "ce besoin",
                            "en": "The closest ones, to check: none clearly addresses this need"},
    "fit.closest_hint_unclear": {"fr": "Proposés à part : ils touchent au même domaine, mais rien "
                                       "ne dit clairement qu'ils répondent à votre besoin.",
                                 "en": "Offered apart: they touch the same field, but nothing "
                                       "says clearly that they address your need."},
    "fit.closest_clause": {"fr": "Proche de cette partie de votre besoin : « {clause} »",
                           "en": "Close to this part of your need: “{clause}”"},
    "fit.all_excluded": {"fr": "Des projets répondent à ce besoin, mais aucun ne remplit vos "
                               "exigences.",
                         "en": "Some projects address this need, but none meets your "
                               "requirements."},
    "fit.excluded": {"fr": "Projets écartés par une exigence : {counts}.",
                     "en": "Projects excluded by a requirement: {counts}."},
    "fit.must_unknown": {"fr": "inconnu : la fiche ne dit rien, le projet n'est donc pas écarté",
                         "en": "unknown: the record says nothing, so the project is not "
                               "excluded"},
    "fit.finished": {"fr": "terminé : expérience déployée", "en": "finished: deployed experience"},
    "fit.must": {"fr": "exigé", "en": "required"},
    "fit.must_toggle": {"fr": "Exiger : {criterion}", "en": "Require: {criterion}"},
    "fit.must_help": {"fr": "Exigé : un projet dont la fiche indique une autre valeur est écarté "
                            "(une fiche muette ne l'écarte pas). Sinon, le critère est "
                            "souhaitable : il ne fait que reclasser.",
                      "en": "Required: a project whose record holds another value is excluded "
                            "(a record that says nothing does not exclude it). Otherwise the "
                            "criterion is nice to have: it only re-ranks."},
    "fit.need_line": {"fr": "Besoin : {need}", "en": "Need: {need}"},
    "fit.empty_profile": {"fr": "Profil sans critère", "en": "Profile without criteria"},
    "action1.heading": {"fr": "Critères de choix de la stratégie du Grand Paris (Action 1)",
                        "en": "Selection criteria of the Grand Paris strategy (Action 1)"},
    "action1.added_value": {"fr": "Valeur ajoutée", "en": "Added value"},
    "action1.innovation": {"fr": "Innovation", "en": "Innovation"},
    "action1.fit": {"fr": "Adéquation aux besoins", "en": "Fit to needs"},
    "action1.sovereignty": {"fr": "Souveraineté de la donnée", "en": "Data sovereignty"},
    "action1.legal": {"fr": "Cadre juridique et réglementaire",
                      "en": "Legal and regulatory frame"},
    "action1.environment": {"fr": "Impact environnemental", "en": "Environmental impact"},
    "action1.silent": {"fr": "Le catalogue ne dit rien sur ce point.",
                       "en": "The catalogue says nothing on this point."},
    "action1.silent_public": {"fr": "Le catalogue ne dit rien publiquement sur ce point.",
                              "en": "The catalogue says nothing public on this point."},
    "compare.count": {"fr": "Sélectionnez de deux à quatre projets à comparer.",
                      "en": "Select two to four projects to compare."},
    "compare.differs": {"fr": "Différent", "en": "Differs"},
    "compare.dates": {"fr": "Dates", "en": "Dates"},
    "brief.title.project": {"fr": "Fiche projet : {name}", "en": "Project brief: {name}"},
    "brief.title.comparison": {"fr": "Comparaison de projets", "en": "Project comparison"},
    "brief.title.answer": {"fr": "Projets retenus", "en": "Selected projects"},
    "brief.title.declined": {"fr": "Aucun projet retenu", "en": "No project selected"},
    "brief.generated": {"fr": "Fiche générée le {date} à partir du catalogue et des documents "
                              "cités.",
                        "en": "Brief generated on {date} from the catalogue and the cited "
                              "documents."},
    "brief.question": {"fr": "Question", "en": "Question"},
    "brief.profile": {"fr": "Profil", "en": "Profile"},
    "brief.facts": {"fr": "Faits clés", "en": "Key facts"},
    "brief.criteria": {"fr": "Critères du profil", "en": "Profile criteria"},
    "brief.action1": {"fr": "Ce que dit le catalogue sur les critères de l'Action 1",
                      "en": "What the catalogue says on Action 1's criteria"},
    "brief.no_vigilance": {"fr": "Les sources ne signalent pas de point de vigilance.",
                           "en": "The sources report no point to watch."},
    "brief.differences": {"fr": "Différences", "en": "Differences"},
    "brief.passages": {"fr": "Passages de documents", "en": "Document passages"},
    "brief.field": {"fr": "Champ", "en": "Field"},
    "brief.sources": {"fr": "Sources", "en": "Sources"},
    "brief.data": {"fr": "Données", "en": "Data"},
    "brief.no_data": {"fr": "Corpus livré avec l'application.",
                      "en": "Corpus shipped with the application."},
    "brief.document_line": {"fr": "{title} ({publisher}, {date})",
                            "en": "{title} ({publisher}, {date})"},
    "brief.catalogue_line": {"fr": "Bibliothèque d'IA territoriales, export « {name} » "
                                   "importé le {date}",
                             "en": "Bibliothèque d'IA territoriales, export “{name}” "
                                   "imported on {date}"},
    "brief.footer": {"fr": "Extraits des sources : cette fiche ne rédige aucun fait. Vérifiez "
                           "les citations numérotées.",
                     "en": "Quoted from the sources: this brief writes no fact of its own. "
                           "Check the numbered citations."},
    "brief.sep": {"fr": " : ", "en": ": "},
    "brief.record": {"fr": "Fiche « {name} » du catalogue ({origin})",
                     "en": "Catalogue record “{name}” ({origin})"},
    "brief.shipped": {"fr": "corpus livré", "en": "shipped corpus"},
    "brief.download_md": {"fr": "Télécharger la fiche (Markdown)",
                          "en": "Download the brief (Markdown)"},
    "brief.download_html": {"fr": "Télécharger la fiche à imprimer (HTML)",
                            "en": "Download the printable brief (HTML)"},
    "quality.heading": {"fr": "Complétude de la fiche", "en": "Record completeness"},
    "quality.filled": {"fr": "{filled} champs renseignés sur {total} ({pct} %)",
                       "en": "{filled} of {total} fields filled ({pct} %)"},
    "quality.required": {"fr": "Champs obligatoires renseignés : {filled} sur {total}",
                         "en": "Required fields filled: {filled} of {total}"},
    "quality.missing": {"fr": "À documenter en priorité : {fields}",
                        "en": "To document first: {fields}"},
    "quality.complete": {"fr": "Tous les champs obligatoires sont renseignés.",
                         "en": "Every required field is filled."},
    "quality.column": {"fr": "Complétude", "en": "Completeness"},
    "quality.column_help": {"fr": "Part des champs publics du modèle de données renseignés",
                            "en": "Share of the data model's public fields that are filled"},
    # -- the Fit and Compare pages (ui/pages/fit.py, compare.py) ---------------------------
    "fit.heading": {"fr": "Trouver des projets adaptés à votre collectivité",
                    "en": "Find projects that fit your authority"},
    "fit.intro": {"fr": "Décrivez votre situation : chaque projet retenu indique, critère "
                        "par critère, s'il y répond (✓), n'y répond pas (✗) ou si sa fiche "
                        "ne dit rien (?).",
                  "en": "Describe your situation: each project found says, criterion by "
                        "criterion, whether it meets it (✓), does not (✗) or its record says "
                        "nothing (?)."},
    "fit.any": {"fr": "Indifférent", "en": "Any"},
    "fit.submit": {"fr": "Chercher", "en": "Search"},
    "fit.agent_fields": {"fr": "Critères réservés aux agents", "en": "Agents-only criteria"},
    "fit.agent_hint": {"fr": "Budget, hébergement et mode de mise en œuvre : critères proposés "
                             "aux agents connectés (connexion sur la fiche projet).",
                       "en": "Budget, hosting and implementation mode: criteria offered to "
                             "logged-in agents (log in on the project page)."},
    "fit.results": {"fr": "Projets retenus", "en": "Projects found"},
    "fit.profile": {"fr": "Profil : {profile}", "en": "Profile: {profile}"},
    "fit.criteria": {"fr": "Critères de votre profil", "en": "Your profile's criteria"},
    "fit.wanted": {"fr": "demandé : {values}", "en": "asked: {values}"},
    "fit.start": {"fr": "Remplissez au moins un critère ou décrivez votre besoin, puis "
                        "cliquez sur « Chercher ».",
                  "en": "Fill in at least one criterion or describe your need, then click "
                        "“Search”."},
    "compare.heading": {"fr": "Comparer des projets", "en": "Compare projects"},
    "compare.add": {"fr": "Comparer", "en": "Compare"},
    "compare.pick": {"fr": "Projets à comparer (de deux à quatre)",
                     "en": "Projects to compare (two to four)"},
    "compare.pick_help": {"fr": "Choisir des projets", "en": "Choose projects"},
    "compare.too_many": {"fr": "{n} projets sélectionnés : on en compare quatre au plus. "
                               "Retirez-en {extra}.",
                         "en": "{n} projects selected: at most four can be compared. "
                               "Remove {extra}."},
    "compare.open": {"fr": "Comparer la sélection ({n})", "en": "Compare the selection ({n})"},
    "compare.field": {"fr": "Champ", "en": "Field"},
    "compare.summary": {"fr": "{n} {n:ligne|lignes} sur {total} {n:diffère|diffèrent} (marquées ≠).",
                        "en": "{n} of {total} {total:row|rows} {n:differs|differ} (marked ≠)."},
    "compare.only_differing": {"fr": "Seulement les différences",
                               "en": "Differences only"},
    "compare.sources": {"fr": "Sources", "en": "Sources"},
    "compare.key_figures": {"fr": "Chiffres clés", "en": "Key figures"},
}


class _Plurals(string.Formatter):
    """`{n:projet|projets}` writes the singular or the plural form for the number `n`.

    French takes the singular for 0 and 1 ("0 projet", "1 projet"), English for 1 only
    ("0 projects"), so users read words, not "projet(s)".
    """

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language

    def format_field(self, value: object, format_spec: str) -> str:
        if "|" not in format_spec or not isinstance(value, (int, float)):
            return super().format_field(value, format_spec)
        one, many = format_spec.split("|", 1)
        singular = abs(value) < 2 if self.language == "fr" else value == 1
        return one if singular else many


_FORMATTERS = {"fr": _Plurals("fr"), "en": _Plurals("en")}


def t(key: str, language: str = "fr", **values: object) -> str:
    """The message `key` in `language` (French when missing), formatted with `values`."""
    entry = MESSAGES.get(key)
    if entry is None:
        return key
    text = entry.get(language) or entry["fr"]
    if not values:
        return text
    return _FORMATTERS.get(language, _FORMATTERS["fr"]).format(text, **values)
