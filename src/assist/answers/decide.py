"""Decide once per question whether the catalogue answers it, then which results to show.

The decision is a small logistic model over signals of the whole question (not of each
result): how close in meaning the best passage is, how much of the question's rare words the
best results hold, how strongly its words match anywhere (best BM25), how many of its words
the corpus knows at all (random letters: none), whether it asks for a list by what the
catalogue records, its length and language, and how well the best passage speaks of each
of its content words, token by token (`retrieval/late.py`: the word nothing speaks of is what
tells a domain-adjacent question from a paraphrase), and how much better than a passage taken
anywhere its best results speak of it (the lift), how well a passage taken anywhere speaks
of it (its usual support: a question in the catalogue's common vocabulary), whether the
lexical leg's own first result is the ranking's first, the share of its salient words (in the
language at large) the first result shown holds, and how far it stands out towards one
project, read on what each project is about (its title and first sentence: `about_contrast`). Small trees over the
logistic score (`boost`) correct where the signals do not add up (English questions, lists).
Its coefficients and trees are fitted on the dev split only (`assist eval --fit`) and live in
`decision_model.py` with their provenance.

Three outcomes, from the model's probability and two thresholds fitted on dev:
- ``"answered"`` (probability >= ``threshold``): the results are shown as answers;
- ``"closest"`` (between ``closest`` and ``threshold``): the catalogue may hold what is asked
  but nothing clearly matches; the nearest results are offered apart, as such, never as an
  answer (`Answer.closest`);
- ``"declined"`` (below ``closest``, or nonsense): the plain "nothing fits".

Nonsense (no content word, nothing the corpus knows, code or markup, one word repeated) is
declined before the model: it carries no need, whatever a stray token matches. Code, markup
and instructions to a program are told from the text's shape (`refusal`), and the user is
told so ("Cette question ressemble à du code, pas à une question.").

An answered question then shows every result whose score is close to the best one, relative
to it, up to `top_k`: a list question lists, a precise one stops after its answer.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import numpy as np

from assist.answers.decision_model import MODEL
from assist.catalogue.geo import region_names
from assist.retrieval.late import Support
from assist.retrieval.ranking import Scored, Terms
from assist.retrieval.understand import Mention
from assist.text.analyser import tokens
from assist.text.topic import salient_cover

FEATURES = ("cosine", "coverage", "lexical", "known", "kind", "kind_list", "score", "english",
            "words", "score_en", "support", "lift", "agree", "known_en", "usual", "salient",
            "about")
# The need decision's own model (`answers.fit.decide_need`, issue 16), fitted on dev needs
# only: the question's signals that say whether a long description is covered, without those
# made for short questions (a list asked by what the catalogue records, the question's length,
# the English score's own weight), and the word lift (`retrieval/late.py`): a need nobody
# covers has many words the catalogue speaks of, and a quarter of them spoken of no better by
# its best results than by any passage.
NEED_FEATURES = ("cosine", "coverage", "lexical", "known", "score", "english", "support",
                 "lift", "word_lift")
State = Literal["answered", "closest", "declined"]
CLOSEST = 3  # results offered apart in the middle state

# Code, markup and injection attempts: SQL keywords with their punctuation, comment dashes,
# tags, paths. A question made only of these (once removed, nothing the corpus knows is left)
# is nonsense.
_CODE = re.compile(
    r"""(<[^>]{0,200}>|--+|/\*|\*/|;|\.\./|[=<>]+|\b(?:select|insert|update|delete|drop|union|
    from|where|table|or|and|null|true|false|alert|script|exec|etc|passwd)\b|["'`%*()\[\]{}])""",
    re.IGNORECASE | re.VERBOSE)
# One to three words repeated over many ("eau eau eau ..."): no need. A whole question pasted
# many times keeps its words and is answered (tests/test_robustness.py).
MANY_WORDS = 20
FEW_DISTINCT = 3


@dataclass
class Decision:
    answer: bool
    probability: float
    features: dict[str, float]
    state: State = "declined"
    weakest: str = ""  # the question's word the best passage speaks of least (`late`)
    # Why it is no question at all, when its shape says so (`refusal`): "code",
    # "instructions"; the user reads the reason (i18n "answer.<reason>").
    reason: str = ""
    # What a question asking for projects names that designates some of its first results
    # (`designated`): the mentions' keys ("place=Île-de-France"); and whether that, not the
    # model, answered it (`by_name`: then only the results they designate are shown).
    named: tuple[str, ...] = ()
    by_name: bool = False


def nonsense(text: str, terms: Terms) -> bool:
    """A question that carries no need: no content word, none the corpus knows, one word
    repeated over and over, or code and markup that leave no real word once set aside."""
    if not terms.stems:
        return True
    words = re.findall(r"\w+", text.lower())
    if len(words) >= MANY_WORDS and len(set(words)) <= FEW_DISTINCT:
        return True
    letters = re.findall(r"[^\W\d_]+", text.lower())
    # No word the corpus knows, and most of them struck at random ("qsdkjf lmqkj zerpoi
    # wxcv": one letter run that happens to hold vowels must not hand it to the model,
    # where it sat on the threshold, 0.3998 or 0.4004 with the runtime's rounding).
    if terms.known == 0.0 and letters and 2 * sum(map(_gibberish, letters)) > len(letters):
        return True
    if refusal(text):
        return True
    if _CODE.search(text) is None:
        return False
    left = [w for w in re.findall(r"[^\W\d_]{2,}", _CODE.sub(" ", text))
            if w.lower() not in _CODE_WORDS]
    return not left


# -- code, markup and instructions to the program, told from the text's own shape ----------
#
# A question is a run of words; code is a run of syntax. Each whitespace-separated token is
# either syntax (it holds a mark of a known syntax: a tag, a comment, a statement of SQL in
# capitals, a template or prompt delimiter, a path that climbs or a percent-encoded byte, a
# shell operator, a call with a literal argument, an identifier_with_underscores, a long
# base64 or hex run (`_encoded`), or the symbols `= < > { } [ ] | $ \` * ^ ~` that prose does not use),
# a word (letters), or neither (numbers, emoji, the punctuation prose uses: , ; : ? ! ' " -
# ( ) & / %). The question is code when it holds at least one mark of syntax and its syntax
# tokens are at least as many as its words: "SELECT * FROM cases" or
# "'; EXEC xp_cmdshell('dir'); --" (no word left), not "Quels projets utilisent <b>l'IA</b>
# pour nos écoles ?" (two tags among eight words), nor "Paris&Co", "Urba(IA)",
# "CM2025/04/07/19-1", "Mission 90+" or a need with a French " ; " (no syntax at all).
_SYNTAX = re.compile(r"""
      </?[a-z][a-z0-9]*\b[^<>]*>                 # a tag
    | <[!?][^<>]*>                                # a declaration, a processing instruction
    | (?:^|(?<=[\s'";)]))--(?=\s|$|')         # SQL's comment
    | /\*|\*/
    | '\s*;|;\s*--                                # out of a string literal, end of statement
    | '\s*(?:or|and)\s+'?\w+'?\s*=              # ' OR '1'='1
    | [\w'"]\s*(?:==?|!=|<=|>=|<>)\s*[\w'"]      # a comparison, an assignment
    | ^[=+@]\s*[a-z.]+\s*\(                     # a spreadsheet formula
    | \.\.[/\\] | %(?:2e|2f|5c|00|3c|3e|27|22)      # a path that climbs, bytes in disguise
    | (?:^|\s)/(?:etc|bin|usr|var|proc|dev)/ | \b[a-z]:\\
    | \$\( | \$\{ | `[^`]*` | \|\| | && | ;\s*(?:rm|cat|ls|wget|curl|sh|bash|nc)\b
    | \{\{ | \}\} | \{% | %\} | <% | %>               # templates
    | <\|[^|<>]{0,40}\|> | \[/?INST\] | <</?SYS>>     # prompt delimiters
    | ^\s*(?:def|class|function|import|var|let|const|\#include)\s+\w
    | \b\w+\((?:\s*|\d+|'[^']*'|"[^"]*"|\w+\.\w+)\)     # a call with a literal argument
    | \b[a-z]+_[a-z_]+\b                            # an identifier_with_underscores
    """, re.IGNORECASE | re.VERBOSE)
# SQL's statements in capitals (lower case, "select" and "update" are English words).
_SQL = re.compile(r"\b(?:SELECT|INSERT|UPDATE|DELETE|DROP|UNION|EXEC|EXECUTE|TRUNCATE|ALTER|"
                  r"CREATE|WHERE|FROM|TABLE)\b")
# Base64 or hex: a run of 24 (16) such characters holding digits and letters (`_encoded`).
_BASE64 = re.compile(r"[A-Za-z0-9+/]{24,}={0,2}")
_HEX = re.compile(r"\b(?:0x)?[0-9a-fA-F]{16,}\b")
_SYMBOLS = re.compile(r"[=<>{}\[\]|$`\\*^~]")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
# Instructions addressed to a program that reads the question ("ignore all previous
# instructions", OWASP's LLM01): this assistant has no prompt to reveal, but such a text
# carries no need and must not be offered projects.
_INSTRUCTIONS = re.compile(
    r"\b(?:ignore|disregard|forget|oublie[rz]?|ignore[rz]?)\b.{0,40}\b(?:instructions?|"
    r"consignes?|rules|règles|prompts?)\b.{0,20}\b(?:previous|prior|above|précédentes?|"
    r"antérieures?|ci-dessus)\b|\b(?:previous|prior|above|précédentes?)\s+(?:instructions|"
    r"consignes)\b|\bsystem\s+prompt\b|\bprompt\s+syst[eè]me\b",
    re.IGNORECASE)


def refusal(text: str) -> str:
    """Why `text` is no question at all, told from its shape: ``"code"`` (code or markup,
    see `_SYNTAX`), ``"instructions"`` (instructions to a program), or ``""``."""
    if _INSTRUCTIONS.search(text):
        return "instructions"
    if not (_SYNTAX.search(text) or _SQL.search(text) or _encoded(text)):
        return ""
    syntax = words = 0
    for token in text.split():
        if _SYNTAX.search(token) or _SQL.search(token) or _SYMBOLS.search(token) \
                or _encoded(token):
            syntax += 1
        elif (letters := _LETTERS.findall(token)) and not all(
                w.lower() in _CODE_WORDS for w in letters):
            words += 1
        elif letters:
            syntax += 1  # a word of code ("alert", "passwd") among code
    return "code" if syntax >= words else ""


def _encoded(text: str) -> bool:
    """A base64 or hex run in `text`: digits and letters mixed (a long word is letters only)."""
    return any(re.search(r"\d", run) and re.search(r"[A-Za-z]", run)
               for pattern in (_BASE64, _HEX) for run in pattern.findall(text))


_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "azertyuiop", "qsdfghjklm", "wxcvbn")


def _gibberish(word: str) -> bool:
    """Keys struck along a keyboard row ("azerty", "qsdfgh", "poiuy"), or no vowel at all
    in four letters or more ("xkcdvt"): not a word of any language the catalogue speaks."""
    if len(word) < 4:
        return len(word) < 2
    if not re.search(r"[aeiouyàâäéèêëîïôöùûü]", word):
        return True
    return any(word in row or word in row[::-1] for row in _ROWS)


# Words of code that say nothing about a need once they sit among code.
_CODE_WORDS = frozenset({
    "select", "insert", "into", "values", "update", "set", "delete", "drop", "union", "from",
    "where", "table", "or", "and", "not", "null", "true", "false", "like", "alert", "script",
    "exec", "eval", "etc", "passwd", "bin", "sh", "cmd", "cases", "users", "user", "admin",
    "root", "password", "login", "help", "img", "src", "onerror", "onload", "href", "div",
    "jndi", "ldap", "http", "https", "www", "javascript", "document", "cookie", "window",
    "def", "return", "print", "echo", "todo", "function", "var", "const", "import",
    "cat", "ls", "rm", "nc", "wget", "curl", "bash", "sudo", "chmod", "whoami", "dir"})


def features(ranked: list[Scored], terms: Terms, mentions: list[Mention],
             language: str, records: bool = False, support: float = 0.0,
             lift: float = 0.0, word_lift: float = 0.0, usual: float = 0.0,
             words: list[tuple[str, str]] | None = None, first: Scored | None = None,
             about: float = 0.0) -> dict[str, float]:
    """The question-level signals (and the need's: `NEED_FEATURES`)."""
    top = ranked[:3]
    english = float(language == "en")
    values = {
        "cosine": max((s.cosine for s in ranked[:10]), default=0.0),
        "coverage": max((s.coverage for s in top), default=0.0),
        # The strongest word match anywhere (saturated BM25): a name or a rare word held.
        "lexical": max((s.lexical for s in ranked), default=0.0),
        "known": terms.known,
        "kind": float(any(not m.is_name for m in mentions)),
        # "Quels projets sont terminés ?": a list asked by what the catalogue records.
        "kind_list": float(records and any(not m.is_name for m in mentions)),
        "score": ranked[0].score if ranked else 0.0,
        "english": english,
        "words": math.log1p(len(terms.stems)),
    }
    # An English question meets French passages with fewer shared words: its fused score
    # gets its own weight.
    values["score_en"] = values["score"] * english
    # Token by token, how well the top result's best passage speaks of each content word.
    values["support"] = support
    # How much better than a passage taken anywhere the best results speak of it.
    values["lift"] = lift
    # The lower quartile of its content words' own lifts (the need decision reads it).
    values["word_lift"] = word_lift
    # Whether the lexical leg's own first result (the passage of highest BM25) is the
    # ranking's first. The fit weighs it down where the word match is weak: one word in
    # common that leads the ranking is how a neighbouring need meets a project ("fuites de
    # gaz" and the water leaks), where a paraphrase shares no word with its project.
    values["agree"] = float(ranked[0] is lexical_first(ranked)) if ranked else 0.0
    # English questions meet a French corpus: how many of their words it knows means
    # something else for them (the glossary of a French catalogue is French).
    values["known_en"] = terms.known * english
    # How well a passage taken anywhere speaks of the question (the lift's baseline): a
    # question in the catalogue's common vocabulary ("une IA pour nos écoles") is spoken of a
    # little by every passage, as a domain-adjacent one is; read beside the lift, it tells
    # the two apart better than the lift alone (dev, each file held out in turn).
    values["usual"] = usual
    # The share of the question's salience in the language at large (`text.topic`: "écluse"
    # says more than "données") that the first result shown holds (`first`: the ranking's
    # first with the late signal, what the user sees first; else the first of `ranked`): a
    # domain-adjacent question meets its result on its generic words, its topic word held
    # by no source; the corpus's own IDF cannot weigh a word it lacks. `words`: the
    # question's (surface, stem). Each dev file held out, the first shown told adjacent
    # questions from needs and paraphrases better than the first of `ranked` (AUC 0.814
    # against 0.804, 0.795 without the signal; docs/EVALUATION.md, "topic words").
    first = first if first is not None else (ranked[0] if ranked else None)
    values["salient"] = salient_cover(words or (), first.covered) if first else 0.0
    # How far the question stands out towards ONE project, read on what each project is
    # about (its title and the first sentence of its description, embedded as a question
    # is: `about_contrast`), not on any passage that mentions its words: a domain-adjacent
    # question ("les jours de chasse dans le bois communal") is about as close to every
    # project as to the nearest one, a question a project answers is much closer to that
    # one. Each dev file held out: AUC 0.9251 -> 0.9321, adjacent questions declined 72.8
    # -> 74.7 %, in scope answered 85.4 -> 85.7 % (docs/EVALUATION.md, eleventh pass).
    values["about"] = about
    return values


def about_contrast(similarities: np.ndarray) -> float:
    """How many spreads above the catalogue's mean the question's nearest project stands:
    `similarities`, the question's cosine to each project's "about" vector (title and first
    sentence). 0 with fewer than two projects (nothing to stand out from)."""
    sims = np.asarray(similarities, dtype=float)
    if sims.size < 2 or not sims.std():
        return 0.0
    return float((sims.max() - sims.mean()) / sims.std())


def lexical_first(ranked: list[Scored]) -> Scored | None:
    """The result holding the passage of highest BM25 (None: no word matched anywhere)."""
    best, top = None, 0.0
    for s in ranked:
        bm25 = s.group.bm25 if s.group.hits else 0.0
        if bm25 > top:
            best, top = s, bm25
    return best


def probability(values: dict[str, float], model: dict = MODEL) -> float:
    """The logistic model's score, plus its small trees' corrections (`boost`)."""
    z = model["intercept"] + sum(
        model["coef"][name] * (values.get(name, 0.0) - model["mean"][name]) / model["scale"][name]
        for name in model["coef"])
    z += model.get("rate", 0.0) * sum(_leaf(tree, values) for tree in model.get("trees", ()))
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def _leaf(tree, values: dict[str, float]) -> float:
    """A tree is a leaf's value, or [signal, cut, tree if value <= cut, tree otherwise]."""
    while isinstance(tree, list):
        name, cut, low, high = tree
        tree = low if values.get(name, 0.0) <= cut else high
    return float(tree)


def state_of(p: float, model: dict = MODEL) -> State:
    if p >= model["threshold"]:
        return "answered"
    return "closest" if p >= model.get("closest", model["threshold"]) else "declined"


def decide(ranked: list[Scored], terms: Terms, mentions: list[Mention], language: str,
           records: bool = False, model: dict = MODEL, text: str = "",
           support: Callable[[], Support] | None = None, first: Scored | None = None,
           about: Callable[[], float] | None = None) -> Decision:
    """`support` measures the late-interaction signal when asked (not for nonsense);
    `first`: the first result shown, when the ranking shown is not `ranked` (`features`);
    `about`: the question's `about_contrast`, measured when asked (not for nonsense)."""
    reason = refusal(text)
    if not ranked or reason or nonsense(text, terms):
        return Decision(False, 0.0, {}, "declined", reason=reason)
    held = support() if support is not None else Support()
    values = features(ranked, terms, mentions, language, records, held.value, held.lift,
                      held.word_lift, held.usual,
                      [(t.surface, t.stem) for t in tokens(text) if t.stem in terms.idf],
                      first, about() if about is not None else 0.0)
    p = probability(values, model)
    state = state_of(p, model)
    named = tuple(dict.fromkeys(m.key for m in designated(ranked, mentions, records)))
    by = bool(named) and state != "answered"
    return Decision(state == "answered" or by, p, values, "answered" if by else state,
                    held.weakest, named=named, by_name=by)


# A question that asks for projects by what the catalogue records of them ("Quels projets
# d'IA en Île-de-France ?", "Quels projets sont terminés ?", "Which projects does Leakmited
# work on?") is answered by the records that carry it, whatever the model says of its words:
# such a question holds little else for the signals to read (dev, each file held out: the
# model declined 13 of them, relevant first result each time; docs/EVALUATION.md, eighth
# pass). A kind of authority ("quelles villes...") designates most records and is how
# domain-adjacent lists are asked ("Quelles villes détectent les frelons ?"): it does not
# count; a name counts when written as one (capitals or digits: "predict" is a verb, not the
# product "Predict"), a region however it is written.
DESIGNATING = ("place", "coll_nom", "partenaires", "nom_projet", "projet_status", "start_year",
               "theme", "sous_theme", "audience_service")
DESIGNATED_AMONG = 5  # the first results, one of which the question must designate


def designated(ranked: list[Scored], mentions: list[Mention], records: bool) -> list[Mention]:
    """What a question asking for projects (`records`) names that designates one of its first
    results: the mentions that answer it, or none."""
    if not records:
        return []
    telling = [m for m in mentions if m.facet in DESIGNATING and (
        not m.is_name or _written_as_name(m.surface)
        or (m.facet == "place" and m.value in region_names()))]
    # `Scored.named`: what designates each result as the ranking read it (for a question
    # asking for projects, an authority designates its records, not its documents).
    return [m for m in telling if any(m in s.named for s in ranked[:DESIGNATED_AMONG])]


def by_name(ranked: list[Scored], named: tuple[str, ...]) -> list[Scored]:
    """The results a decision answered by name (`Decision.named`) designates, in their order:
    what the question asked for, not what else its words come near."""
    return [s for s in ranked if any(m.key in named for m in s.named)]


def picked(ranked: list[Scored], decision: Decision, top_k: int, ratio: float | None = None,
           records: bool = False) -> list[Scored]:
    """What an answered question shows: the results its name designates when that answered
    it (`by_name`), else those close to the best one (`shown`). `ask()` and the evaluation
    both show this, so what is measured is what people see."""
    if decision.by_name:
        return by_name(ranked, decision.named)[:top_k]
    return shown(ranked, top_k, ratio, records=records)


def _written_as_name(surface: str) -> bool:
    return any(ch.isupper() or ch.isdigit() for ch in surface)


def shown(ranked: list[Scored], top_k: int, ratio: float | None = None,
          records: bool = False) -> list[Scored]:
    """The results close to the best one: score at least `ratio` times the best's; by default
    the fitted cut, or, for a question asking for projects (`records`: "quels projets..."),
    its own fitted cut (`ratio_list`): a list should list every match, not stop after the
    strongest (dev: docs/EVALUATION.md, fifth pass)."""
    if not ranked:
        return []
    if ratio is None:
        ratio = MODEL.get("ratio_list", MODEL["ratio"]) if records else MODEL["ratio"]
    best = ranked[0].score
    return [s for s in ranked[:top_k] if s.score >= ratio * best]


# -- fitting (the evaluation calls this on the dev split only) -------------------------------

def fit(rows: list[dict[str, float]], labels: list[int], l2: float = 1.0,
        names: tuple[str, ...] = FEATURES) -> dict:
    """Logistic regression with an L2 penalty, by Newton's method on standardised features;
    both classes weigh the same in the fit, the threshold is chosen after it."""
    x = np.array([[r[n] for n in names] for r in rows], dtype=float)
    y = np.array(labels, dtype=float)
    sw = _class_weights(y)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    penalty = np.diag([0.0] + [l2] * len(names))
    for _ in range(100):
        p = 1 / (1 + np.exp(-z @ w))
        grad = z.T @ (sw * (p - y)) + penalty @ w
        hess = z.T @ (z * (sw * p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return {"intercept": float(w[0]),
            "coef": {n: float(c) for n, c in zip(names, w[1:])},
            "mean": {n: float(m) for n, m in zip(names, mean)},
            "scale": {n: float(s) for n, s in zip(names, scale)}}


# Small trees on the logistic model's residuals: signals do not add up linearly (an English
# question's lexical signals mean less; a list question holds its words over several
# results), and, out of fold on dev, depth-2 trees over the logistic score answered more of
# the questions in scope and declined more of the others (docs/EVALUATION.md, fifth pass).
TREE_DEPTH = 2
TREE_ROUNDS = 100
TREE_RATE = 0.05
TREE_LEAF = 10  # questions at least in each leaf
TREE_CUTS = 19  # candidate cuts per signal: its 5 %, 10 %, ... 95 % quantiles


def boost(rows: list[dict[str, float]], labels: list[int], model: dict,
          names: tuple[str, ...] = FEATURES, rounds: int = TREE_ROUNDS, depth: int = TREE_DEPTH,
          leaf: int = TREE_LEAF, rate: float = TREE_RATE) -> dict:
    """Gradient-boosted trees (logistic loss, Newton leaves, both classes weighing the same,
    as in `fit`) started from `model`'s logistic score; returns its "trees" and "rate"."""
    x = np.array([[r[n] for n in names] for r in rows], dtype=float)
    y = np.array(labels, dtype=float)
    sw = _class_weights(y)
    base = {**model, "trees": []}
    z = np.array([_margin(probability(r, base)) for r in rows])
    cuts = [np.unique(np.round(np.quantile(x[:, j], np.linspace(0.05, 0.95, TREE_CUTS)), 6))
            for j in range(len(names))]
    # Every (signal, cut) as one row of a matrix: which rows fall at or below it; a node's
    # candidate cuts are then weighed all at once (the same cuts, in the same order).
    pairs = [(j, float(c)) for j in range(len(names)) for c in cuts[j]]
    below = np.array([x[:, j] <= c for j, c in pairs], dtype=float).reshape(len(pairs), len(y))
    trees = []
    for _ in range(rounds):
        p = 1 / (1 + np.exp(-z))
        grad, hess = sw * (p - y), sw * p * (1 - p)
        tree, values = _grow(below, pairs, grad, hess, np.arange(len(y)), names, depth, leaf)
        trees.append(tree)
        z += rate * values
    return {"trees": trees, "rate": rate}


def _class_weights(y: np.ndarray) -> np.ndarray:
    """Each row's weight so that both classes weigh the same in total (there are more
    in-scope questions than others), as `fit` and `boost` both weigh them."""
    n_pos, n_neg = max(1.0, y.sum()), max(1.0, len(y) - y.sum())
    return np.where(y == 1, len(y) / (2 * n_pos), len(y) / (2 * n_neg))


def _margin(p: float) -> float:
    p = min(max(p, 1e-12), 1 - 1e-12)
    return math.log(p / (1 - p))


def _grow(below: np.ndarray, pairs: list[tuple[int, float]], grad: np.ndarray,
          hess: np.ndarray, rows: np.ndarray, names: tuple[str, ...], depth: int, leaf: int
          ) -> tuple[object, np.ndarray]:
    """One regression tree on the loss's gradient: the cut of highest gain, `depth` deep (the
    first of the best in the order of the signals and their cuts); returns the tree and its
    value for every row (0 outside `rows`)."""
    values = np.zeros(len(grad))
    g, h = grad[rows].sum(), hess[rows].sum()
    value = round(float(-g / (h + 1.0)), 6)
    values[rows] = value
    if depth == 0 or len(rows) < 2 * leaf or not pairs:
        return value, values
    low = below[:, rows]
    n = low.sum(axis=1)
    gl, hl = low @ grad[rows], low @ hess[rows]
    gain = gl ** 2 / (hl + 1) + (g - gl) ** 2 / (h - hl + 1) - g ** 2 / (h + 1)
    gain[(n < leaf) | (len(rows) - n < leaf)] = -np.inf
    if not np.isfinite(gain).any():
        return value, values
    best = int(np.argmax(gain))
    j, cut = pairs[best]
    mask = low[best] > 0
    low_tree, low_values = _grow(below, pairs, grad, hess, rows[mask], names, depth - 1, leaf)
    high_tree, high_values = _grow(below, pairs, grad, hess, rows[~mask], names, depth - 1,
                                   leaf)
    return [names[j], cut, low_tree, high_tree], low_values + high_values
