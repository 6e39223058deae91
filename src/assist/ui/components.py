"""Small pieces of the pages: escaped text, highlighted quotes, badges, result cards, sharing.

Catalogue text goes to `st.markdown` only after `escape()`: every Markdown, HTML and LaTeX
character is backslash-escaped, so a description can neither format itself nor inject a link,
an image or HTML. Only http(s) addresses become links. Control characters (and the
invisible marks that reverse text direction) are dropped before display.
"""

from __future__ import annotations

import html
import io
import json
import re
from collections.abc import Callable
from urllib.parse import quote

import segno
import streamlit as st

from assist.answers.brief import build
from assist.answers.brief_render import render_html, render_markdown
from assist.answers.exports import csv_bytes
from assist.catalogue.documents import place
from assist.catalogue.figures import label
from assist.catalogue.merge import source_label
from assist.catalogue.spreadsheet import neutralise
from assist.models import Answer, Citation, Result
from assist.text.analyser import fold, tokens
from assist.text.i18n import MESSAGES, t
from assist.text.markdown import escape, is_bare_address, plain
from assist.ui import agent, selection, state

STATUS_COLOURS = {"En déploiement": "green", "En expérimentation": "blue",
                  "Terminée": "gray", "Abandonné": "orange"}


# Streamlit fades captions and quotes (text at 60 % opacity: #828180, 3.9:1 on white, under
# WCAG AA's 4.5:1); a solid grey keeps them quieter than the text and readable (7:1).
# On a phone, Streamlit's 2.75rem titles take three or four lines and 6rem of blank space
# stand above them: a smaller title, less space, so the first screen shows what matters.
READABLE_CSS = ("<style>[data-testid=stCaptionContainer], [data-testid=stMarkdownContainer] "
                "blockquote { color: #55575f; opacity: 1; }\n@media (max-width: 640px) { "
                "[data-testid=stMainBlockContainer] { padding-top: 3.2rem; } "
                "[data-testid=stMainBlockContainer] h1 { font-size: 1.85rem; } }</style>")


# Streamlit writes lang="en" on every page: the page's own language goes on <html>.
SETUP_JS = "<script>document.documentElement.lang = %s;</script>"


def page_setup(language: str) -> None:
    """Readable captions and the document's language ("fr" or "en"), so that a screen
    reader reads French pages with French sounds."""
    code = "en" if language == "en" else "fr"
    st.html(READABLE_CSS + SETUP_JS % json.dumps(code), unsafe_allow_javascript=True)


# Key figures as a list of terms and numbers, in a grid: all in one row on a wide screen; on a
# phone two or three a row, so that none is left alone on its line (st.metric columns stacked
# one per line on a phone, five figures filling a screen).
KEY_FIGURES_CSS = """<style>
.key-figures { display: grid; grid-template-columns: repeat(var(--n), max-content);
  gap: .4rem 2.6rem; margin: .2rem 0 1rem 0; padding: 0 !important; }
.key-figures div { margin: 0; }
.key-figures dt { font-size: .875rem; font-weight: 400; color: #31333F; }
.key-figures dd { font-size: 2.25rem; line-height: 1.25; margin: 0; color: #31333F; }
@media (max-width: 640px) {
  .key-figures { grid-template-columns: repeat(var(--phone-n), minmax(0, 1fr)); gap: .2rem 1.2rem; }
  .key-figures dd { font-size: 1.75rem; }
}
</style>"""


def key_figures(numbers: dict, names: tuple[str, ...], language: str) -> None:
    """The figures `names` of `numbers`, labelled `explorer.<name>`."""
    items = "".join(f"<div><dt>{html.escape(t(f'explorer.{name}', language))}</dt>"
                    f"<dd>{numbers[name]}</dd></div>" for name in names)
    per_row_on_phone = 3 if len(names) % 2 else 2
    st.html(KEY_FIGURES_CSS + f'<dl class="key-figures" style="--n: {len(names)}; '
            f'--phone-n: {per_row_on_phone}">{items}</dl>')


def highlight(text: str, stems: set[str]) -> str:
    """Escaped `text` with the words whose stem is in `stems` in bold."""
    out, pos = [], 0
    for tok in tokens(text):
        if tok.stem in stems:
            out.append(escape(text[pos:tok.start]))
            out.append(f"**{escape(text[tok.start:tok.end])}**")
            pos = tok.end
    out.append(escape(text[pos:]))
    return "".join(out)


def corpus_markdown(text: str, stems: set[str]) -> str:
    """A section of a shipped document (our own cleaned Markdown, not catalogue data) kept
    as Markdown, with `$` escaped (Streamlit would read LaTeX) and the searched words marked."""
    if not stems:  # nothing searched: no need to read every word (a page holds 139 sections)
        return text.replace("$", "\\$")
    out, pos = [], 0
    for tok in tokens(text):
        if tok.stem in stems:
            out += [text[pos:tok.start], f":orange-background[{text[tok.start:tok.end]}]"]
            pos = tok.end
    out.append(text[pos:])
    return "".join(out).replace("$", "\\$")


def link(text: str, url: str) -> str:
    """A Markdown link when `url` is http(s), else the escaped text and address."""
    url = (url or "").strip()
    if re.match(r"^https?://[^\s<>\"]+$", url, re.IGNORECASE):
        safe = quote(url, safe=":/?#@!&'*+,;=%-._~")
        return f"[{escape(text)}]({safe.replace('(', '%28').replace(')', '%29')})"
    return escape(f"{text} ({url})" if url else text)


def badges(fields: dict, language: str) -> str:
    """Theme, status and audience as Streamlit badges (escaped labels)."""
    parts = []
    if fields.get("theme"):
        parts.append(f":violet-badge[{escape(label('theme', fields['theme'], language))}]")
    if fields.get("projet_status"):
        status = fields["projet_status"]
        colour = STATUS_COLOURS.get(status, "gray")
        parts.append(f":{colour}-badge[{escape(label('projet_status', status, language))}]")
    for value in fields.get("audience_service") or []:
        parts.append(f":gray-badge[{escape(label('audience_service', value, language))}]")
    if fields.get("coll_type"):
        parts.append(f":blue-badge[{escape(label('coll_type', fields['coll_type'], language))}]")
    return " ".join(parts)


def described(filters: dict[str, list[str]], language: str) -> str:
    """Facets and their values in words: "Statut : En déploiement; Thème : Mobilités"."""
    sep = " : " if language == "fr" else ": "
    return "; ".join(f"{t('facet.' + k, language)}{sep}"
                     f"{', '.join(label(k, str(v), language) for v in values)}"
                     for k, values in filters.items())


def shown_quotes(citations: list[Citation], limit: int = 3) -> list[Citation]:
    """The passages worth showing in a card: Markdown marks taken out, no bare web address,
    no passage twice (nor one inside another), the partner list only when nothing else."""
    out: list[Citation] = []
    seen: list[str] = []
    ranked = sorted(citations, key=lambda c: c.section == "partenaires")  # stable
    for c in ranked:
        text = plain(c.quote)
        key = fold(text)
        if not key or is_bare_address(text) or any(key in s or s in key for s in seen):
            continue
        if c.section == "partenaires" and out:
            continue
        seen.append(key)
        out.append(c.model_copy(update={"quote": text}))
        if len(out) == limit:
            break
    return out


def anchor(rank: int) -> str:
    return f"resultat-{rank}"


def source_anchor(rank: int) -> str:
    return f"source-{rank}"


def summary_markdown(summary: str) -> str:
    """The answer's summary, escaped, its "[n]" markers linked to their entry in the
    sources panel (`ui.sources`), which links on to the card."""
    lines = []
    for line in summary.split("\n"):
        text = escape(line)
        if match := re.match(r"\\\[(\d+)\\\]", text):
            n = match.group(1)
            text = f"[\\[{n}\\]](#{source_anchor(int(n))})" + text[match.end():]
        lines.append(text)
    return "  \n".join(lines)


def section_label(c: Citation, language: str) -> str:
    """Where a quote is, in words: a case's passages are cited by field id
    ("usage_description"), shown by its label; a paginated document's by page and section
    ("p. 12, § Action 3")."""
    return t(f"field.{c.section}", language) if f"field.{c.section}" in MESSAGES \
        else place(c.section, c.page, language)


def source_titles(assistant, result: Result, answer: Answer, language: str) -> dict[str, str]:
    """Citation source id -> the name people read: a document's title; for a merged
    record, the project's title and which source its passage comes from."""
    titles = {d.id: d.title for d in assistant.documents(answer.audience)}
    if result.kind == "case" and (case := assistant.case(result.id)) is not None:
        # A merged record's passages are quoted from each source's own record.
        titles |= {r.id: f"{result.title} ({source_label(r, language)})"
                   for r in case.records if r.id != result.id}
    return titles


def source_name(c: Citation, result: Result, titles: dict[str, str]) -> str:
    return titles.get(c.source, result.title if c.source == result.id else c.source)


def citation(c: Citation, stems: set[str], language: str, title: str = "") -> None:
    st.markdown("> " + highlight(c.quote, stems).replace("  \n", "  \n> "))
    st.caption(escape(t("card.source", language, source=title or c.source,
                        section=section_label(c, language))))


def why_block(result: Result, language: str) -> None:
    """The reasons in words, as the domain wrote them; the scores only for agents (they
    are in the JSON too): a number means nothing to the public."""
    why = result.why
    with st.expander(t("card.why", language)):
        for reason in why.reasons:
            st.markdown("- " + escape(reason))
        if agent.is_agent():
            cols = st.columns(3)
            cols[0].metric(t("card.semantic", language), f"{why.semantic:.2f}")
            cols[1].metric(t("card.lexical", language), f"{why.lexical:.2f}")
            cols[2].metric(t("card.fused", language), f"{why.fused:.2f}")
            st.caption(t("card.scores_agents", language))


def similar_list(assistant, case_id: str, language: str, top_k: int = 3) -> None:
    """Similar cases with their reasons and a link to each one's page."""
    for sim in assistant.similar(case_id, top_k=top_k, language=language):
        st.markdown(f"**{escape(sim.title)}** — {escape(sim.organisation)}")
        reasons = " · ".join(sim.reasons)
        if agent.is_agent():
            reasons += f" · {t('card.fused', language)} {sim.score:.2f}"
        st.caption(escape(reasons))
        page_link("project", t("card.open", language), {"id": sim.id},
                  key=f"simlink-{case_id}-{sim.id}")


def page_link(page: str, text: str, params: dict, key: str | None = None) -> None:
    pages = st.session_state.get("_pages", {})
    if page in pages:
        query = {**({"lang": "en"} if state.language() == "en" else {}), **params}
        st.page_link(pages[page], label=text, query_params=query)


def result_card(assistant, result: Result, answer: Answer, language: str,
                where: str = "assistant", extra: Callable[[], None] | None = None,
                lead: str = "") -> None:
    """One result: title, authority, badges, highlighted quotes, why, similar projects, a
    "compare" tick box; `extra` draws more inside the card (the Fit page's criteria);
    `lead`, a reason said above the quotes (why a project is offered to check)."""
    stems = {tok.stem for tok in tokens(answer.question)}
    with st.container(border=True):
        kind = "" if result.kind == "case" else f"{t('card.document', language)} · "
        # A heading with a fixed anchor: the summary's [n] link here.
        st.subheader(f"[{result.rank}] {escape(kind + result.title)}",
                     anchor=anchor(result.rank))
        if result.organisation:
            st.markdown(f"**{escape(result.organisation)}**")
        if result.kind == "case" and (marks := badges(result.fields, language)):
            st.markdown(marks)
        if lead:
            st.markdown(f"**{escape(lead)}**")
        titles = source_titles(assistant, result, answer, language)
        if language == "en" and result.citations:
            st.caption(t("card.quotes_fr", language))
        for c in shown_quotes(result.citations):
            citation(c, stems, language, source_name(c, result, titles))
        if extra is not None:
            extra()
        why_block(result, language)
        if result.kind == "case":
            cols = st.columns(3)
            with cols[0]:
                page_link("project", t("card.open", language), {"id": result.id})
            with cols[1]:
                with st.popover(t("card.similar", language)):
                    similar_list(assistant, result.id, language)
            with cols[2]:
                selection.checkbox(result.id, language, where)
        else:
            # Opens the Documents page at the cited section.
            page_link("documents", t("card.open_section", language),
                      {"doc": result.id.split("#")[0], "section": result.id})


def brief_buttons(subject, language: str, audience: str, assistant, name: str,
                  profile=None) -> None:
    """Markdown and printable-HTML downloads of the brief of `subject` (a Case, an Answer
    or a Comparison); `name` makes the file names and keys (``fiche-<name>.md``)."""
    # Built once for both files: every rerun of the page draws these buttons.
    brief = build(subject, language, audience, assistant=assistant, profile=profile)
    cols = st.columns(2)
    cols[0].download_button(
        t("brief.download_md", language), render_markdown(brief),
        file_name=f"fiche-{name}.md", mime="text/markdown", on_click="ignore",
        icon=":material/download:", key=f"brief-md-{name}")
    cols[1].download_button(
        t("brief.download_html", language), render_html(brief),
        file_name=f"fiche-{name}.html", mime="text/html", on_click="ignore",
        icon=":material/print:", key=f"brief-html-{name}")


TABLE_CSS = """<style>
.wrapped { overflow-x: auto; max-width: 100%; border: 1px solid #d5d5d5; border-radius: .5rem; }
.wrapped table { border-collapse: separate; border-spacing: 0; width: 100%; font-size: .92rem; }
.wrapped th, .wrapped td { padding: .5rem .65rem; vertical-align: top; text-align: left;
  border-bottom: 1px solid #e6e6e6; white-space: normal; overflow-wrap: anywhere;
  min-width: 10rem; }
.wrapped thead th { background: #eef1f5; font-weight: 600; }
.wrapped th[scope=row] { position: sticky; left: 0; z-index: 1; background: #f8f9fb;
  min-width: 7.5rem; max-width: 11rem; font-weight: 600; }
.wrapped thead th:first-child { position: sticky; left: 0; z-index: 2; min-width: 7.5rem; }
.wrapped tr.differs th[scope=row] { box-shadow: inset 4px 0 0 #b2182b; }
.wrapped .mark { color: #b2182b; font-weight: 700; }
.wrapped .empty { color: #6b6b6b; font-style: italic; }
</style>"""


def wrapped_table(frame, mark: str, mark_help: str, empty: str) -> str:
    """`frame` (a mark column, a name column, then one column per item) as an HTML table:
    cells wrap, the names stay in view when the table scrolls sideways, marked rows have a
    red edge and the mark before their name, empty cells say so. Every value is escaped."""
    columns = [c for c in frame.columns if c != mark]
    head = "".join(f'<th scope="col">{html.escape(str(c))}</th>' for c in columns)
    body = []
    for _, row in frame.iterrows():
        marked = bool(row[mark])
        name = html.escape(str(row[columns[0]]))
        if marked:
            name = f'<span class="mark" title="{html.escape(mark_help)}">{html.escape(mark)}' \
                   f"</span> {name}"
        cells = "".join(f"<td>{html.escape(str(v))}</td>" if str(v).strip() else
                        f'<td class="empty">{html.escape(empty)}</td>' for v in
                        (row[c] for c in columns[1:]))
        body.append(f'<tr class="{"differs" if marked else "same"}">'
                    f'<th scope="row">{name}</th>{cells}</tr>')
    return (f'{TABLE_CSS}<div class="wrapped"><table><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table></div>')


def dataframe(frame, **kwargs):
    """`st.dataframe` of `frame` with every text cell a spreadsheet would run as a formula
    neutralised (`spreadsheet.neutralise`): the table's own toolbar downloads it as CSV, cell
    by cell as shown (Streamlit 1.67 quotes separators, not formulas), and its cells hold
    what visitors typed and imports brought ("=HYPERLINK(...)" shows as "'=HYPERLINK(...)")."""
    return st.dataframe(frame.map(neutralise), **kwargs)


def data_buttons(name: str, json_text: str, table, language: str) -> None:
    """The view's content as data: JSON (the model, as the CLI's --json) and CSV (a row an
    item); `name` makes the file names (``<name>.json``) and the keys."""
    cols = st.columns(2)
    cols[0].download_button(t("data.json", language), json_text, file_name=f"{name}.json",
                            mime="application/json", on_click="ignore",
                            icon=":material/data_object:", key=f"data-json-{name}")
    cols[1].download_button(t("data.csv", language), csv_bytes(table), file_name=f"{name}.csv",
                            mime="text/csv", on_click="ignore", icon=":material/table:",
                            key=f"data-csv-{name}")


def share_box(language: str) -> None:
    """The current view's link and its QR code (generated locally with segno)."""
    with st.sidebar.expander(t("share.title", language)):
        url = state.share_url()
        st.caption(t("share.caption", language))
        st.code(url, language=None, wrap_lines=True)
        png = qr_png(url)
        if png is None:
            st.caption(t("share.too_long", language))
            return
        st.image(png, caption=t("share.qr_alt", language))


@st.cache_data(show_spinner=False, max_entries=256)
def qr_png(url: str) -> bytes | None:
    """The link's QR code (PNG), made once per link: every rerun draws the share box."""
    # A QR code holds about 2 300 characters at this error level: a longer link (a long
    # question, a hostile one) is shown alone rather than crash the page.
    try:
        code = segno.make(url, error="m")
    except segno.DataOverflowError:
        return None
    buf = io.BytesIO()
    code.save(buf, kind="png", scale=4, border=2)
    return buf.getvalue()
