"""What every format reader returns: the text of a file, its headings and pages, its metadata."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Extracted:
    """The readable text of one file.

    `headings` are (start, end, level, title): the heading's own text is `body[start:end]`
    (start == end when the heading is not in the text, e.g. a bookmark or "Page 3"), and its
    section runs from `end` to the next heading's start. `pages` are the offsets in `body`
    where each page begins (PDF only; empty when the format has no pages).
    Metadata fields are "" when the file does not say.
    """

    format: str  # "pdf", "docx", "html", "markdown" or "text"
    body: str
    headings: list[tuple[int, int, int, str]] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    title: str = ""
    publisher: str = ""
    date: str = ""
    language: str = ""
    notes: list[str] = field(default_factory=list)
