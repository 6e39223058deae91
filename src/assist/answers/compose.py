"""Compose an `Answer`: the question's language, an extractive summary, or an abstention."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from assist.catalogue.documents import place
from assist.models import Answer, Audience, Result
from assist.text.i18n import t
from assist.text.markdown import plain
from assist.text.vocab import THEMES, THEMES_EN

MAX_QUESTION_CHARS = 2_000
SUMMARY_QUOTE_CHARS = 160
_EN_WORDS = {"the", "who", "what", "which", "how", "for", "of", "and", "with", "to", "in",
             "does", "do", "is", "are", "can", "cities", "city", "uses", "using", "projects"}
_FR_WORDS = {"le", "la", "les", "des", "du", "de", "qui", "quel", "quels", "quelle", "comment",
             "pour", "avec", "et", "est", "nos", "notre", "une", "un", "l", "d", "au", "aux"}


@lru_cache(maxsize=1)
def _langid():
    import py3langid

    py3langid.set_languages(["fr", "en"])
    return py3langid


def detect_language(question: str) -> str:
    """"fr" or "en"; French unless the question reads as English.

    Function words decide first (short questions fool character models); the language
    identifier decides ties.
    """
    words = re.findall(r"[a-zà-ÿ]+", question.lower())
    en = sum(w in _EN_WORDS for w in words)
    fr = sum(w in _FR_WORDS for w in words)
    if en != fr:
        return "en" if en > fr else "fr"
    if not words:
        return "fr"
    language, _ = _langid().classify(question)
    return "en" if language == "en" else "fr"


def clean_question(question: str) -> tuple[str, list[str], str]:
    """(question to search, notices, language): the one normalisation of what a user typed,
    for `Assistant.ask` and `fit` alike (the CLI and the app reach both through `Assistant`).

    Compatibility forms folded (NFKC: full-width "ＳＥＬＥＣＴ", ligatures, non-breaking
    spaces read as what they look like); control, format and surrogate characters removed
    (null bytes, zero-width spaces and joiners, bidirectional overrides that make a text read
    otherwise than it is stored), each removal said in a notice; whitespace runs made one
    space; a question longer than `MAX_QUESTION_CHARS` cut there, with a notice.
    """
    text = unicodedata.normalize("NFKC", str(question or ""))
    text = re.sub(r"\s+", " ", text)  # tabs and newlines are spaces, not controls
    kept = "".join(ch for ch in text if unicodedata.category(ch) not in _INVISIBLE)
    removed = len(text) - len(kept)
    text = re.sub(r"\s+", " ", kept).strip()
    language = detect_language(text[:MAX_QUESTION_CHARS])
    notices = []
    if removed:
        notices.append(t("answer.invisible", language, n=removed))
    if len(text) > MAX_QUESTION_CHARS:
        text = text[:MAX_QUESTION_CHARS]
        notices.append(t("answer.truncated", language, limit=MAX_QUESTION_CHARS))
    return text, notices, language


# Control (Cc), format (Cf: zero-width, bidi controls, soft hyphen, BOM) and lone surrogate
# (Cs: not text, and SQLite or JSON would refuse them later) characters.
_INVISIBLE = frozenset({"Cc", "Cf", "Cs"})


def shorten(text: str, limit: int = SUMMARY_QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:.") + "…"


def summarise(results: list[Result], language: str) -> str:
    """Numbered, extractive: each result's line quotes its first citation, nothing else
    (every result has its line, so the summary leaves none out)."""
    n_cases = sum(r.kind == "case" for r in results)
    n_docs = len(results) - n_cases
    # Say only what there is: "3 projets correspondent", not "... et 0 passage de documents".
    if n_docs == 0:
        intro = t("answer.intro_cases", language, n=n_cases)
    elif n_cases == 0:
        intro = t("answer.intro_docs", language, n=n_docs)
    else:
        intro = t("answer.intro", language, n_cases=n_cases, n_docs=n_docs)
    lines = [intro]
    for result in results:
        quote = shorten(plain(result.citations[0].quote)) if result.citations else ""
        bare = "" if quote else "_bare"  # no passage to quote: no empty « »
        if result.kind == "case":
            lines.append(t(f"answer.item.case{bare}", language, n=result.rank,
                           title=result.title, org=result.organisation or "?", quote=quote))
        else:
            page = result.citations[0].page if result.citations else None
            lines.append(t(f"answer.item.doc{bare}", language, n=result.rank,
                           title=result.title, section=place(result.section, page, language),
                           quote=quote))
    if language == "en":
        lines.append(t("answer.sources_fr", language))
    return "\n".join(lines)


def themes_to_browse(language: str) -> list[str]:
    return [THEMES_EN[th] if language == "en" else th for th in THEMES]


def refusal_message(reason: str, language: str) -> str:
    """Why a text is no question (`decide.refusal`: "code", "instructions"), in its detected
    language first, then the other: a language told from code is a guess."""
    other = "en" if language == "fr" else "fr"
    return t(f"answer.{reason}", language) + "\n\n" + t(f"answer.{reason}", other)


REFUSALS = ("code", "instructions")


def in_page_language(message: str, language: str) -> str:
    """A refusal (`refusal_message`, both languages: the question's was a guess) as a page
    in `language` shows it, in that language alone; any other message as it is."""
    for reason in REFUSALS:
        if message in (refusal_message(reason, "fr"), refusal_message(reason, "en")):
            return t(f"answer.{reason}", language)
    return message


def abstention(question: str, language: str, notices: list[str], empty: bool = False,
               audience: Audience = "public") -> Answer:
    return Answer(question=question, language=language, audience=audience, abstained=True,
                  message=t("answer.empty" if empty else "answer.abstain", language),
                  suggestions=themes_to_browse(language), notices=notices)
