"""Real PDF and DOCX files for the document tests, written from Markdown-like text.

`write_pdf` (reportlab) sets headings in larger bold type, can add bookmarks, and returns the
page each block landed on, so a test knows which page a sentence is on without trusting the
reader under test. `write_docx` (python-docx) uses Word's heading styles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "documents"
_FRONT = re.compile(r"\A\+\+\+\n.*?\n\+\+\+\n", re.DOTALL)


@dataclass
class Block:
    kind: str  # "heading", "text" or "page" (a page break)
    text: str = ""
    level: int = 0
    page: int = 0  # filled by write_pdf


def blocks_of(markdown: str) -> list[Block]:
    """Headings and paragraphs of a Markdown text ("\\f" alone on a line: a page break)."""
    out = []
    for raw in re.split(r"\n\s*\n", _FRONT.sub("", markdown)):
        raw = raw.strip()
        if raw == "\\f":
            out.append(Block("page"))
        elif (m := re.match(r"^(#{1,6})\s+(.+)$", raw)) and "\n" not in raw:
            out.append(Block("heading", m.group(2).strip(), len(m.group(1))))
        elif raw:
            out.append(Block("text", raw.replace("**", "")))
    return out


def corpus_blocks(name: str) -> list[Block]:
    return blocks_of((CORPUS / f"{name}.md").read_text(encoding="utf-8"))


def write_pdf(path: Path, blocks: list[Block], title: str = "", author: str = "",
              outline: bool = True, headings_bold: bool = True) -> list[Block]:
    """Write `blocks` as an A4 PDF; returns them with the page each one starts on."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    story = []
    for n, block in enumerate(blocks):
        if block.kind == "page":
            story.append(PageBreak())
            continue
        if block.kind == "heading":
            style = styles[f"Heading{min(block.level, 4)}"]
            if not headings_bold:  # larger type only, same weight as the body
                style = style.clone(f"plain{n}", fontName="Helvetica")
            flowable = Paragraph(escape(block.text), style)
        else:
            flowable = Paragraph(escape(block.text).replace("\n", "<br/>"), styles["BodyText"])
        flowable._block = n
        story.append(flowable)

    def after(flowable) -> None:
        n = getattr(flowable, "_block", None)
        if n is None:
            return
        blocks[n].page = doc.canv.getPageNumber()
        if outline and blocks[n].kind == "heading":
            key = f"b{n}"
            doc.canv.bookmarkPage(key)
            doc.canv.addOutlineEntry(blocks[n].text, key, level=blocks[n].level - 1)

    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author=author)
    doc.afterFlowable = after
    doc.build(story)
    return blocks


def write_docx(path: Path, blocks: list[Block], title: str = "", author: str = "") -> None:
    import docx

    document = docx.Document()
    for block in blocks:
        if block.kind == "heading":
            document.add_heading(block.text, level=min(block.level, 9))
        elif block.kind == "text":
            document.add_paragraph(block.text)
    document.core_properties.title = title
    document.core_properties.author = author
    document.save(str(path))


# A council deliberation written for the tests: several pages, facts on known pages, words
# that occur nowhere in the shipped corpus ("SecNumCloud", "Quimperlé", "Bellevigne").
DELIBERATION = """\
# Délibération n° 2026-041 du conseil communautaire de Bellevigne Agglomération

Séance du 12 mars 2026. Le conseil communautaire, régulièrement convoqué, s'est réuni sous la \
présidence de Mme la Présidente. Nombre de conseillers en exercice : 54 ; présents : 41.

## Exposé des motifs

Depuis 2024, les agents de Bellevigne Agglomération utilisent des outils d'intelligence \
artificielle générative sans cadre commun. Un recensement conduit à l'automne 2025 a montré que \
trois directions sur quatre y recourent pour rédiger des courriers, résumer des comptes rendus \
ou préparer des notes.

Le présent règlement fixe les règles d'usage de l'IA générative par les agents, afin de \
protéger les données des usagers et de garantir la qualité des actes administratifs.

\\f

## Article 1 – Objet du règlement

Le règlement s'applique à tous les agents, titulaires et contractuels, ainsi qu'aux \
prestataires travaillant pour la communauté d'agglomération. Il couvre les outils de \
génération de texte, d'image et de synthèse vocale.

## Article 2 – Outils autorisés

Seuls les outils inscrits au catalogue interne tenu par la direction du numérique peuvent \
être utilisés. L'inscription au catalogue suppose une analyse d'impact relative à la \
protection des données et l'avis du délégué à la protection des données.

\\f

## Article 3 – Hébergement des données

Les données saisies dans un outil d'IA générative sont hébergées en France par un prestataire \
qualifié SecNumCloud. Aucune donnée personnelle d'usager ne peut être saisie dans un outil \
hébergé hors de l'Union européenne.

## Article 4 – Formation des agents

Chaque agent suit une formation de trois heures avant tout usage, dispensée par le centre de \
formation de Quimperlé. Un référent IA est désigné dans chaque direction.

\\f

## Article 5 – Budget et évaluation

Une enveloppe de 180 000 euros est inscrite au budget 2026 pour les licences et la formation. \
Un bilan annuel de l'usage de l'IA générative est présenté au conseil communautaire chaque \
mois de juin, avec le nombre d'agents formés et les incidents signalés.

## Article 6 – Exécution

La Présidente est chargée de l'exécution de la présente délibération, qui sera publiée au \
recueil des actes administratifs.
"""


# A restricted deliberation (agents only): its distinctive words must never reach a public
# output. None of them occurs anywhere else in the corpus or the export.
SECRET_DELIBERATION = """\
# Délibération confidentielle n° 2026-007 de la commune de Zorbaville

## Exposé

Le conseil examine le projet KESTREL-42 de vidéoprotection algorithmique des parkings \
municipaux, conduit avec le prestataire Ombrelune Systèmes.

## Article 1 – Financement

Le projet KESTREL-42 est financé sur la ligne budgétaire confidentielle LB-9931-QZ, pour un \
montant de 412 000 euros, à l'abri de toute publicité avant l'appel d'offres.

## Article 2 – Données

Les images des parkings de Zorbaville sont conservées trente jours sur un serveur du \
prestataire Ombrelune Systèmes.
"""
DOC_SECRETS = ("KESTREL-42", "Zorbaville", "LB-9931-QZ", "Ombrelune")


def big_pdf(path: Path, pages: int, paragraphs: int = 3) -> None:
    """A report of `pages` pages, one chapter a page, `paragraphs` distinct paragraphs each
    (about 1 800 characters a page, like a page of a council's minutes)."""
    subjects = ("la voirie", "les écoles", "l'eau potable", "les déchets", "les transports",
                "la petite enfance", "les espaces verts", "l'éclairage public")
    blocks: list[Block] = []
    for n in range(1, pages + 1):
        blocks.append(Block("heading", f"Chapitre {n} – {subjects[n % len(subjects)]}", 1))
        for p in range(paragraphs):
            blocks.append(Block("text", (
                f"Point {n}.{p + 1}. Le conseil examine le dossier {n * 10 + p} relatif à "
                f"{subjects[(n + p) % len(subjects)]}. Les services présentent l'état des "
                f"travaux, le calendrier prévu pour l'année {2020 + (n + p) % 7} et le coût "
                f"estimé de {(n * 37 + p * 11) % 900 + 100} milliers d'euros. Après débat, la "
                f"commission recommande d'approuver la proposition et d'en suivre l'exécution "
                f"par un rapport trimestriel présenté en séance.")))
        blocks.append(Block("page"))
    write_pdf(path, blocks[:-1], title=f"Rapport de {pages} pages")


if __name__ == "__main__":  # python tests/docfiles.py big 500 /tmp/big.pdf
    import sys

    if sys.argv[1:2] == ["big"]:
        big_pdf(Path(sys.argv[3]), int(sys.argv[2]))
