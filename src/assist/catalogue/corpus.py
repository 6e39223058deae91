"""The shipped corpus: founding documents (Markdown with TOML front matter) and case records."""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from assist.models import Case, Document, Section
from assist.text.analyser import fold

_FRONT_MATTER = re.compile(r"\A\+\+\+\n(.*?)\n\+\+\+\n", re.DOTALL)
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$", re.MULTILINE)


def slug(text: str, limit: int = 60) -> str:
    """A URL-safe id: "Action 1 – Sourcing" -> "action-1-sourcing".

    A longer text is cut and given a short hash of the whole, so that headings sharing a
    long start ("Quels sont les points positifs ... — Sicoval", "... — Rouen") stay apart.
    """
    full = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    if len(full) <= limit:
        return full
    digest = hashlib.sha1(full.encode()).hexdigest()[:6]
    return f"{full[:limit - 7].rstrip('-')}-{digest}"


def parse_document(text: str, seed_name: str = "") -> Document:
    """Read a document file: front matter, then sections cut at every heading.

    Section offsets (`start`, `end`) index the body, the text after the front matter, so that
    a citation's quote is always `body[start:end]`.
    """
    match = _FRONT_MATTER.match(text)
    meta = tomllib.loads(match.group(1)) if match else {}
    body = text[match.end():] if match else text
    doc_id = meta.get("id") or slug(seed_name or "document")
    headings = list(_HEADING.finditer(body))
    sections: list[Section] = []
    path: list[tuple[int, str]] = []
    for i, h in enumerate(headings):
        level, heading = len(h.group(1)), h.group(2).strip().strip("*").strip()
        path = [(lv, hd) for lv, hd in path if lv < level] + [(level, heading)]
        start = h.end() + 1
        end = headings[i + 1].start() if i + 1 < len(headings) else len(body)
        sections.append(Section(
            id=f"{doc_id}#{slug(heading)}", heading=heading, level=level,
            path=[hd for _, hd in path], text=body[start:end] if start < end else "",
            start=min(start, end), end=end))
    return Document(
        id=doc_id, title=meta.get("title", doc_id), publisher=meta.get("publisher", ""),
        date=str(meta.get("date", "")), seed_file=meta.get("seed_file", ""),
        url=meta.get("url", ""), language=meta.get("language", "fr"), body=body,
        sections=sections)


@dataclass
class Corpus:
    """Documents and cases, with look-ups by id."""

    documents: list[Document] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)

    # (document id, folded heading) -> its first section; built on first use, since every
    # result of a shipped case looks its sources up here.
    _sections: dict[tuple[str, str], Section] | None = field(default=None, repr=False,
                                                              compare=False)

    def document(self, doc_id: str) -> Document | None:
        return next((d for d in self.documents if d.id == doc_id), None)

    def section(self, doc_id: str, heading: str) -> Section | None:
        if self._sections is None:
            table: dict[tuple[str, str], Section] = {}
            for doc in self.documents:
                for s in doc.sections:
                    table.setdefault((doc.id, fold(s.heading)), s)
            self._sections = table
        return self._sections.get((doc_id, fold(heading)))


def load_corpus(folder: Path) -> Corpus:
    """Load `folder/documents/*.md` and `folder/cases/*.json`, sorted by file name."""
    documents = [parse_document(p.read_text(encoding="utf-8"), p.stem)
                 for p in sorted((folder / "documents").glob("*.md"))]
    cases = [Case.model_validate_json(p.read_text(encoding="utf-8"))
             for p in sorted((folder / "cases").glob("*.json"))]
    return Corpus(documents=documents, cases=cases)
