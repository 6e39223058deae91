"""Catalogue text made safe for Markdown: shown as the plain text it is, never as markup.

Every Markdown, HTML and LaTeX character is backslash-escaped, so a description can neither
format itself nor inject a link, an image or HTML. Control characters and the invisible
marks that reverse text direction are dropped. The app and the Markdown brief share it.
"""

from __future__ import annotations

import html
import re

_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:&=\"'^%@])")
# What can start markup inside a line of a Markdown file: links, images, emphasis, code,
# HTML, tables, formulas. Lighter than `_SPECIAL`, so that a downloaded file stays readable.
_MARKUP = re.compile(r"([\\`*_{}\[\]()#!|$~^])")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e"
                      "\u2066-\u2069]")


def strip_control(text: object) -> str:
    return _CONTROL.sub("", str(text or ""))


def escape(text: object) -> str:
    """`text` with Markdown/HTML/`$` characters escaped and line breaks kept.

    >>> escape("[clic](javascript:alert(1)) $x$")
    '\\\\[clic\\\\]\\\\(javascript\\\\:alert\\\\(1\\\\)\\\\) \\\\$x\\\\$'
    """
    escaped = _SPECIAL.sub(r"\\\1", strip_control(text))
    return escaped.replace("\r", "").replace("\n", "  \n")


_MARKS = [
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # [text](address) -> text
    (re.compile(r"(\*\*|__)(?=\S)|(?<=\S)(\*\*|__)"), ""),  # bold marks
    (re.compile(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])"), ""),  # italic stars
    (re.compile(r"`+"), ""),
    (re.compile(r"^\s{0,3}#{1,6}\s+", re.M), ""),  # headings
    (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+", re.M), ""),  # list bullets
    (re.compile(r"^\s*>\s?", re.M), ""),  # quote marks
]
_BARE_ADDRESS = re.compile(r"\s*[(<]?(?:https?://|www\.)\S+[)>]?\s*[.;,]?\s*", re.I)


def plain(text: str) -> str:
    """Markdown (of the shipped documents) reduced to its words, for quoting a passage:
    "Février 2025** : le conseil" -> "Février 2025 : le conseil"."""
    text = strip_control(text)
    for pattern, replacement in _MARKS:
        text = pattern.sub(replacement, text)
    return re.sub(r"[ \t]+", " ", text).strip()


def is_bare_address(text: str) -> bool:
    """Whether `text` is only a web address (not a passage worth quoting)."""
    return bool(_BARE_ADDRESS.fullmatch(text or ""))


def escape_inline(text: object) -> str:
    """One line of Markdown showing `text` as written (for files people also read raw).

    >>> escape_inline("[clic](javascript:x) 2026-11-22")
    '\\\\[clic\\\\]\\\\(javascript:x\\\\) 2026-11-22'
    """
    # HTML characters as entities: safe even where a viewer renders raw HTML.
    text = html.escape(" ".join(strip_control(text).split()), quote=False)
    return _MARKUP.sub(r"\\\1", text)
