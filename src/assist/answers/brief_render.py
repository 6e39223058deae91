"""Render a `Brief` as Markdown or as a standalone printable HTML page.

Everything that comes from data is escaped (``html.escape`` in HTML; every Markdown, HTML and
LaTeX character backslash-escaped in Markdown, so no viewer renders a link, an image or HTML
from it); only http(s) addresses become links.
"""

from __future__ import annotations

import html
from typing import Any

from assist.answers.brief import Brief, BriefProject, Fact, build
from assist.answers.compare import Comparison
from assist.models import Answer, Audience, Case
from assist.text.i18n import t
from assist.text.markdown import escape_inline

MARK = {"met": "✓", "not_met": "✗", "unknown": "?"}

CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
       color: #1a1a1a; max-width: 52rem; margin: 1.5rem auto; padding: 0 1rem;
       font-size: 11pt; line-height: 1.35; }
h1 { font-size: 1.45em; margin: 0 0 .2em; }
h2 { font-size: 1.15em; margin: 1em 0 .3em; border-bottom: 1px solid #bbb; }
h3 { font-size: 1em; margin: .7em 0 .2em; }
.meta, .foot { color: #555; font-size: .9em; }
ul { margin: .2em 0 .4em; padding-left: 1.2em; }
li { margin: .1em 0; }
sup { color: #555; }
table { border-collapse: collapse; width: 100%; font-size: .92em; }
th, td { border: 1px solid #ccc; padding: .2em .35em; vertical-align: top; text-align: left; }
tr.differs td { background: #fff4d6; }
.met { color: #1b6e20; } .not_met { color: #a11; } .unknown { color: #666; }
ol.sources { font-size: .85em; }
.verdict { border-left: 4px solid #b26a00; padding: .2em .6em; background: #fff4d6; }
.notice { border-left: 4px solid #3b6fb6; padding: .1em .6em; color: #333; }
.closest { border: 1px dashed #999; padding: 0 .8em .4em; margin-top: 1em; }
@media print {
  @page { size: A4; margin: 12mm; }
  body { margin: 0; padding: 0; max-width: none; font-size: 9pt; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; } li, tr { break-inside: avoid; }
}
"""


def _sep(lang: str) -> str:
    return t("brief.sep", lang)


def _md(text: str) -> str:
    return escape_inline(text)


def _cell(text: str) -> str:
    return _md(text)  # `escape` already escapes the table's pipes


def _sup(n: int | None) -> str:
    return f" [{n}]" if n else ""


def _facts_md(title: str, facts: list[Fact], with_label: bool, lang: str) -> list[str]:
    if not facts:
        return []
    lines = [f"**{title}**", ""]
    for f in facts:
        head = f"**{_md(f.label)}**{_sep(lang)}" if with_label else ""
        lines.append(f"- {head}{_md(f.value)}{_sup(f.cite)}")
    return [*lines, ""]


def _criterion_text(c, lang: str, escape) -> str:
    """"✓ Maturité : rempli (Terminée) — exigé — terminé : expérience déployée"."""
    text = f"{MARK[c.status]} {escape(c.label)}{_sep(lang)}{escape(t(f'fit.status.{c.status}', lang))}"
    text += f" ({escape(c.value)})" if c.value else ""
    text += f" — {escape(t('fit.must', lang))}" if c.must else ""
    return text + (f" — {escape(c.note)}" if c.note else "")


def _project_md(n: int, p: BriefProject, lang: str, level: str = "##") -> list[str]:
    org = f" — {_md(p.organisation)}" if p.organisation else ""
    lines = [f"{level} {n}. {_md(p.title)}{org}", ""]
    lines += _facts_md(t("brief.facts", lang), p.facts, True, lang)
    lines += _facts_md(t("field.key_figures", lang), p.key_figures, False, lang)
    if p.criteria:
        lines += [f"**{t('brief.criteria', lang)}**", ""]
        lines += [f"- {_criterion_text(c, lang, _md)}" for c in p.criteria] + [""]
    if p.action1:
        lines += [f"**{t('brief.action1', lang)}**", ""]
        for note in p.action1:
            said = " ; ".join(f"« {_md(q.text)} » ({_md(q.label)})" for q in note.quotes)
            lines.append(f"- *{_md(note.label)}*{_sep(lang)}{said or _md(note.message)}")
        lines.append("")
    vigilance = p.vigilance or []
    lines += _facts_md(t("field.vigilance", lang), vigilance, False, lang) if vigilance else [
        f"*{t('brief.no_vigilance', lang)}*", ""]
    return lines


def render_markdown(brief: Brief) -> str:
    lang = brief.language
    lines = [f"# {_md(brief.title)}", "",
             f"*{t('brief.generated', lang, date=brief.generated)}*", ""]
    if brief.question:
        lines += [f"**{t('brief.question', lang)}**{_sep(lang)}{_md(brief.question)}", ""]
    if brief.profile:
        lines += [f"**{t('brief.profile', lang)}**{_sep(lang)}{_md(brief.profile)}", ""]
    if brief.message:
        lines += [f"> **{_md(brief.message)}**", ""]
    lines += [f"> {_md(notice)}" for notice in brief.notices] + ([""] if brief.notices else [])
    for n, project in enumerate(brief.projects, start=1):
        lines += _project_md(n, project, lang)
    if brief.closest:
        # Apart and said to be so: they do not address the need.
        lines += [f"## {_md(brief.closest_heading)}", ""]
        lines += [f"*{_md(brief.closest_hint)}*", ""] if brief.closest_hint else []
        for n, project in enumerate(brief.closest, start=1):
            lines += _project_md(n, project, lang, "###")
    if brief.differences:
        names = [_cell(p.title) for p in brief.projects]
        lines += [f"## {t('brief.differences', lang)}", "",
                  f"| {t('brief.field', lang)} | " + " | ".join(names) + " |",
                  "|---" * (len(names) + 1) + "|"]
        lines += [f"| {_cell(r.label)} | " + " | ".join(_cell(v) or "—" for v in r.values)
                  + " |" for r in brief.differences] + [""]
    if brief.passages:
        lines += [f"## {t('brief.passages', lang)}", ""]
        lines += _facts_md("", brief.passages, True, lang)[2:]
    lines += [f"## {t('brief.sources', lang)}", ""]
    for c in brief.citations:
        lines.append(f"{c.n}. {_source_md(c)}")
    lines += ["", f"**{t('brief.data', lang)}**", ""]
    lines += [f"- {_md(d)}" for d in brief.data_sources] or [f"- {t('brief.no_data', lang)}"]
    return "\n".join([*lines, "", f"*{t('brief.footer', lang)}*", ""])


def _safe_url(url: str) -> str:
    return url if url.startswith(("http://", "https://")) else ""


def _source_md(c) -> str:
    text = _md(c.title)
    if c.section:
        text += f" — {_md(c.section)}"
    if c.quote:
        text += f" : « {_md(c.quote)} »"
    if c.date:
        text += f" ({_md(c.date)})"
    if url := _safe_url(c.url):
        text += f" <{url.replace('>', '%3E').replace(' ', '%20')}>"
    return text


# -- HTML ---------------------------------------------------------------------------------------

def _h(text: object) -> str:
    return html.escape(str(text), quote=True)


def _fact_li(f: Fact, with_label: bool, lang: str) -> str:
    head = f"<strong>{_h(f.label)}</strong>{_sep(lang)}" if with_label else ""
    sup = f" <sup>[{f.cite}]</sup>" if f.cite else ""
    return f"<li>{head}{_h(f.value)}{sup}</li>"


def _project_html(n: int, p: BriefProject, lang: str, level: str = "h2") -> list[str]:
    org = f" — {_h(p.organisation)}" if p.organisation else ""
    out = [f"<section><{level}>{n}. {_h(p.title)}{org}</{level}>", "<ul>"]
    out += [_fact_li(f, True, lang) for f in p.facts] + ["</ul>"]
    if p.key_figures:
        out += [f"<h3>{_h(t('field.key_figures', lang))}</h3><ul>"]
        out += [_fact_li(f, False, lang) for f in p.key_figures] + ["</ul>"]
    if p.criteria:
        out += [f"<h3>{_h(t('brief.criteria', lang))}</h3><ul>"]
        out += [f'<li class="{c.status}">{_criterion_text(c, lang, _h)}</li>'
                for c in p.criteria]
        out += ["</ul>"]
    if p.action1:
        out += [f"<h3>{_h(t('brief.action1', lang))}</h3><ul>"]
        for note in p.action1:
            said = " ; ".join(f"« {_h(q.text)} » ({_h(q.label)})" for q in note.quotes)
            out.append(f"<li><em>{_h(note.label)}</em>{_sep(lang)}{said or _h(note.message)}</li>")
        out += ["</ul>"]
    out += [f"<h3>{_h(t('field.vigilance', lang))}</h3>"]
    out += (["<ul>"] + [_fact_li(f, False, lang) for f in p.vigilance] + ["</ul>"] if p.vigilance
            else [f"<p class=\"meta\">{_h(t('brief.no_vigilance', lang))}</p>"])
    return [*out, "</section>"]


def _source_html(c) -> str:
    parts = [_h(c.title)]
    if c.section:
        parts.append(f" — {_h(c.section)}")
    if c.quote:
        parts.append(f" : « {_h(c.quote)} »")
    if c.date:
        parts.append(f" ({_h(c.date)})")
    if url := _safe_url(c.url):
        parts.append(f' <a href="{_h(url)}">{_h(url)}</a>')
    return f"<li>{''.join(parts)}</li>"


def render_html(brief: Brief) -> str:
    lang = brief.language
    out = ["<!DOCTYPE html>", f'<html lang="{_h(lang)}"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{_h(brief.title)}</title><style>{CSS}</style></head><body>",
           f"<h1>{_h(brief.title)}</h1>",
           f"<p class=\"meta\">{_h(t('brief.generated', lang, date=brief.generated))}</p>"]
    if brief.question:
        out.append(f"<p><strong>{_h(t('brief.question', lang))}</strong>{_sep(lang)}"
                   f"{_h(brief.question)}</p>")
    if brief.profile:
        out.append(f"<p><strong>{_h(t('brief.profile', lang))}</strong>{_sep(lang)}"
                   f"{_h(brief.profile)}</p>")
    if brief.message:
        out.append(f'<p class="verdict"><strong>{_h(brief.message)}</strong></p>')
    out += [f'<p class="notice">{_h(notice)}</p>' for notice in brief.notices]
    for n, project in enumerate(brief.projects, start=1):
        out += _project_html(n, project, lang)
    if brief.closest:
        # Apart and said to be so: they do not address the need.
        out += ['<div class="closest">', f"<h2>{_h(brief.closest_heading)}</h2>"]
        if brief.closest_hint:
            out.append(f"<p class=\"meta\">{_h(brief.closest_hint)}</p>")
        for n, project in enumerate(brief.closest, start=1):
            out += _project_html(n, project, lang, "h3")
        out.append("</div>")
    if brief.differences:
        out += [f"<h2>{_h(t('brief.differences', lang))}</h2><table><tr>"
                f"<th>{_h(t('brief.field', lang))}</th>"
                + "".join(f"<th>{_h(p.title)}</th>" for p in brief.projects) + "</tr>"]
        out += ['<tr class="differs"><th>' + _h(r.label) + "</th>"
                + "".join(f"<td>{_h(v) or '—'}</td>" for v in r.values) + "</tr>"
                for r in brief.differences] + ["</table>"]
    if brief.passages:
        out += [f"<h2>{_h(t('brief.passages', lang))}</h2><ul>"]
        out += [_fact_li(f, True, lang) for f in brief.passages] + ["</ul>"]
    out += [f"<h2>{_h(t('brief.sources', lang))}</h2>", '<ol class="sources">']
    out += [_source_html(c) for c in brief.citations] + ["</ol>"]
    data = brief.data_sources or [t("brief.no_data", lang)]
    out += [f"<p class=\"foot\"><strong>{_h(t('brief.data', lang))}</strong>{_sep(lang)}"
            + " · ".join(_h(d) for d in data) + "</p>",
            f"<p class=\"foot\">{_h(t('brief.footer', lang))}</p>", "</body></html>"]
    return "\n".join(out)


def brief_markdown(subject: Case | Comparison | Answer, language: str = "fr",
                   audience: Audience = "public", **kw: Any) -> str:
    """The brief as Markdown (``**kw``: assistant, profile, today — see `build`)."""
    return render_markdown(build(subject, language, audience, **kw))


def brief_html(subject: Case | Comparison | Answer, language: str = "fr",
               audience: Audience = "public", **kw: Any) -> str:
    """The brief as a standalone, printable HTML page (one A4 page for one project)."""
    return render_html(build(subject, language, audience, **kw))
