"""The answer's sources panel: every passage its cards quote, numbered as the results are.

The summary's "[n]" link here (`#source-n`); each entry names the source, where in it the
passage is (field, page, section), quotes it, and links on to its card (`#resultat-n`).
Built as HTML (an ordered list with anchors Markdown cannot set); every value is escaped.
"""

from __future__ import annotations

import html

import streamlit as st

from assist.models import Answer, Result
from assist.text.i18n import t
from assist.ui import components

PANEL_ID = "sources"
CSS = """<style>
.sources { margin: 0 !important; padding-left: 0 !important; list-style: none; }
.sources > li { margin: 0 0 .9rem 0 !important; scroll-margin-top: 4.5rem; }  /* below the top bar */
.sources .n { font-weight: 700; margin-right: .35rem; }
.sources ul { margin: .25rem 0 0 0; padding-left: 1.6rem; list-style: none; }
.sources ul > li { margin: 0 0 .35rem 0; }
.sources blockquote { margin: .15rem 0; padding-left: .6rem; border-left: 3px solid #c8c8c8; }
.sources .where { color: #555; font-size: .9rem; }
</style>"""


def entries(assistant, answer: Answer, language: str
            ) -> list[tuple[Result, list[tuple[str, str, str]]]]:
    """Each result with its quoted passages as (source, where, quote): the passages its card
    shows (`components.shown_quotes`), named as the card names them."""
    out = []
    for result in answer.results:
        titles = components.source_titles(assistant, result, answer, language)
        quoted = [(components.source_name(c, result, titles),
                   components.section_label(c, language), c.quote)
                  for c in components.shown_quotes(result.citations)]
        out.append((result, quoted))
    return out


def panel_html(listed: list[tuple[Result, list[tuple[str, str, str]]]], language: str) -> str:
    """The panel as escaped HTML (`listed` from `entries`): one item a result, its anchor
    `source-n`; the quotes marked as French, the language they are in."""
    e = html.escape
    items = []
    for result, quoted in listed:
        n = result.rank
        passages = "".join(
            f'<li><span class="where">{e(t("card.source", language, source=source, section=where))}'
            f'</span><blockquote lang="fr">{e(quote)}</blockquote></li>'
            for source, where, quote in quoted) or \
            f'<li class="where">{e(t("sources.no_quote", language))}</li>'
        card = t("sources.to_card", language, n=n)
        items.append(
            f'<li id="{components.source_anchor(n)}"><span class="n">[{n}]</span>'
            f'<strong>{e(result.title)}</strong>'
            + (f" — {e(result.organisation)}" if result.organisation else "")
            + f' · <a href="#{components.anchor(n)}">{e(card)}</a><ul>{passages}</ul></li>')
    return (f'{CSS}<section id="{PANEL_ID}" aria-label="{e(t("sources.heading", language))}">'
            f'<ol class="sources">{"".join(items)}</ol></section>')


def panel(assistant, answer: Answer, language: str) -> None:
    """Heading, a line saying what the panel holds, then the list."""
    if answer.abstained or not answer.results:
        return
    listed = entries(assistant, answer, language)
    # A section beside "Résultats cités" (h2), so headings stay in order for screen readers.
    st.header(t("sources.heading", language), anchor=PANEL_ID + "-heading")
    st.caption(t("sources.caption", language, n=sum(len(q) for _, q in listed),
                 results=len(listed)))
    st.html(panel_html(listed, language))
