"""Text, pages and headings of a PDF (pypdf): the PDF side of `assist.catalogue.extract`.

pypdf gives each run of text with its font and position. From those runs this module rebuilds
lines, joins the lines of a paragraph (so a quote is a sentence, not a line cut by the page
width), drops running headers and footers, and finds headings: from the outline (bookmarks)
when the file has one, else from font size and weight (a line set larger than the body text,
or a short bold line alone). A file with neither gets one section per page.

Page numbers are physical pages, counted from 1, as a PDF viewer's "go to page" counts them.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

from assist.catalogue.parsed import Extracted
from assist.errors import DocumentRefused as Refused

MAX_PAGES = 2000
# Below this many letters per page on average, the file has no usable text layer (a scan).
MIN_LETTERS_PER_PAGE = 20
HEADING_RATIO = 1.15  # a line this much larger than the body text is a heading
MAX_HEADING_CHARS = 200
Progress = Callable[[int, int], None]


@dataclass
class _Line:
    text: str
    y: float
    size: float
    bold: bool


@dataclass
class _Block:
    """A paragraph or a heading of one page: lines of one size, close together."""

    lines: list[_Line] = field(default_factory=list)

    @property
    def text(self) -> str:
        out = ""
        for line in self.lines:
            piece = line.text.strip()
            if not piece:
                continue
            # A line broken after a hyphen joins without a space ("acculturation-idéation").
            out += piece if (not out or out.endswith("-")) else " " + piece
        return out

    @property
    def size(self) -> float:
        return max(line.size for line in self.lines)

    @property
    def bold(self) -> bool:
        return all(line.bold for line in self.lines)


def _runs_to_lines(page) -> list[_Line]:
    """The page's lines, each with its baseline, font size and weight."""
    lines: list[_Line] = []
    current: list[tuple[str, float, float, bool]] = []

    def flush() -> None:
        if current:
            text = "".join(piece for piece, *_ in current)
            letters = [(size, bold) for piece, _, size, bold in current if piece.strip()]
            size = max((s for s, _ in letters), default=current[0][2])
            lines.append(_Line(text=text, y=current[0][1], size=size,
                               bold=bool(letters) and all(b for _, b in letters)))
            current.clear()

    def visit(text, cm, tm, font, size) -> None:
        if not text:
            return
        scale = abs(tm[3] * cm[3]) or abs(tm[0] * cm[0]) or 1.0
        y = tm[5] * cm[3] + cm[5]
        name = str((font or {}).get("/BaseFont", "")) if hasattr(font, "get") else ""
        bold = bool(re.search(r"bold|black|heavy|semibold", name, re.IGNORECASE))
        for i, piece in enumerate(text.split("\n")):
            if i:
                flush()
            if piece:
                current.append((piece, y, round(float(size) * scale, 1), bold))

    plain = page.extract_text(visitor_text=visit)
    flush()
    if not any(line.text.strip() for line in lines) and plain.strip():
        # Runs without positions (some generators): the plain text, one line each.
        lines = [_Line(text=t, y=0.0, size=0.0, bold=False) for t in plain.splitlines()]
    return lines


def _blocks(lines: list[_Line]) -> list[_Block]:
    """Group lines into paragraphs: a new block at a change of size or weight, or at a gap
    wider than the usual line spacing of that type size."""
    gaps: dict[float, list[float]] = {}
    for a, b in zip(lines, lines[1:]):
        if a.size == b.size and a.y != b.y:
            gaps.setdefault(a.size, []).append(abs(a.y - b.y))
    # Line spacing is about 1.2 times the type size; a paragraph's gap is wider.
    usual = {size: min(sorted(g)[len(g) // 2], size * 1.3) for size, g in gaps.items()}
    blocks: list[_Block] = []
    for line in lines:
        if not line.text.strip():
            continue
        last = blocks[-1].lines[-1] if blocks else None
        spacing = usual.get(line.size, line.size * 1.2)
        new = (last is None or abs(line.size - last.size) > 0.5 or line.bold != last.bold
               or (spacing > 0 and abs(last.y - line.y) > spacing * 1.3))
        if new:
            blocks.append(_Block())
        blocks[-1].lines.append(line)
    return blocks


def _furniture(pages: list[list[_Block]], headings: set[str]) -> set[str]:
    """Texts that open or close most pages alike, digits aside (running headers, footers,
    page numbers); a text the outline names is a heading, never furniture."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for blocks in pages:
        if len(blocks) > 1:
            counts.update({_shape(blocks[0].text), _shape(blocks[-1].text)})
    return {text for text, n in counts.items()
            if n > len(pages) / 2 and len(text) < 150 and text not in headings}


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip().lower())


def _outline(reader: PdfReader) -> list[tuple[int, int, str]]:
    """(page index, level, title) of each bookmark that points at a page of this file."""
    out: list[tuple[int, int, str]] = []

    def walk(items, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
                continue
            try:
                page = reader.get_destination_page_number(item)
            except Exception:  # a dangling bookmark: ignore it, not the file
                continue
            title = re.sub(r"\s+", " ", str(getattr(item, "title", "") or "")).strip()
            if title and page is not None and page >= 0:
                out.append((page, level, title))

    try:
        walk(reader.outline, 1)
    except Exception:
        return []
    return out


def _heading_pattern(title: str) -> re.Pattern:
    words = [re.escape(w) for w in title.split()]
    return re.compile(r"\s*".join(words[:1]) + "".join(r"\s+" + w for w in words[1:]),
                      re.IGNORECASE)


def _metadata(reader: PdfReader) -> dict[str, str]:
    try:
        info = reader.metadata or {}
    except Exception:
        return {}
    date = str(info.get("/CreationDate") or info.get("/ModDate") or "")
    found = re.match(r"D?:?(\d{4})(\d{2})?(\d{2})?", date)
    parts = [p for p in (found.groups() if found else ()) if p]
    return {"title": str(info.get("/Title") or "").strip(),
            "publisher": str(info.get("/Author") or "").strip(),
            "date": "-".join(parts)}


def read_pdf(data: bytes, progress: Progress | None = None) -> Extracted:
    """A PDF's text with its pages and headings; `Refused` for what cannot be read."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # Many PDFs are "encrypted" with an empty password only to set permissions.
            try:
                if not reader.decrypt(""):
                    raise Refused("document.encrypted")
            except (DependencyError, FileNotDecryptedError, NotImplementedError):
                raise Refused("document.encrypted") from None
        n_pages = len(reader.pages)
    except Refused:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        raise Refused("document.damaged", format="PDF", reason=str(exc)[:120]) from None
    if n_pages == 0:
        raise Refused("document.empty")
    if n_pages > MAX_PAGES:
        raise Refused("document.too_many_pages", n=n_pages, limit=MAX_PAGES)
    pages: list[list[_Block]] = []
    for number, page in enumerate(reader.pages, start=1):
        try:
            pages.append(_blocks(_runs_to_lines(page)))
        except Exception:  # one unreadable page costs its text, not the whole file
            pages.append([])
        if progress:
            progress(number, n_pages)
    letters = sum(ch.isalpha() for blocks in pages for b in blocks for ch in b.text)
    if letters < MIN_LETTERS_PER_PAGE * n_pages and letters < 2000:
        raise Refused("document.no_text_layer")
    outline = _outline(reader)
    furniture = _furniture(pages, {_shape(title) for _, _, title in outline})
    pages = [[b for i, b in enumerate(blocks)
              if not (i in (0, len(blocks) - 1) and _shape(b.text) in furniture)]
             for blocks in pages]
    return _assemble(pages, outline, _metadata(reader))


def _assemble(pages: list[list[_Block]], outline: list[tuple[int, int, str]],
              meta: dict[str, str]) -> Extracted:
    body = ""
    starts: list[int] = []
    sized: list[tuple[int, int, _Block]] = []  # (start, end, block) of every block
    for blocks in pages:
        if body:
            body += "\n\n"
        starts.append(len(body))
        for i, block in enumerate(blocks):
            if i:
                body += "\n\n"
            sized.append((len(body), len(body) + len(block.text), block))
            body += block.text
    headings = (_outline_headings(body, starts, outline) if len(outline) >= 2
                else _font_headings(sized))
    if not headings:  # no structure at all: one section per page
        headings = [(start, start, 1, f"Page {n}") for n, start in enumerate(starts, start=1)
                    if n == 1 or start < len(body)]
    return Extracted(format="pdf", body=body, headings=headings, pages=starts, **meta)


def _outline_headings(body: str, starts: list[int],
                      outline: list[tuple[int, int, str]]) -> list[tuple[int, int, int, str]]:
    """(start, end of the heading's own text, level, title) for each bookmark, found on its
    page (the section starts after the heading line), else at the top of its page."""
    out = []
    floor = 0
    for page, level, title in outline:
        page_start = starts[min(page, len(starts) - 1)]
        page_end = starts[page + 1] if page + 1 < len(starts) else len(body)
        lo = max(page_start, floor) if floor < page_end else page_start
        found = _heading_pattern(title).search(body, lo, page_end)
        if found:
            out.append((found.start(), found.end(), level, title))
            floor = found.end()
        else:
            out.append((page_start, page_start, level, title))
            floor = max(floor, page_start)
    return sorted(out, key=lambda h: h[0])


def _font_headings(blocks: list[tuple[int, int, _Block]]) -> list[tuple[int, int, int, str]]:
    """Blocks set larger than the body text (or short, bold and alone) are headings; the
    larger the type, the higher the level."""
    weights: Counter[float] = Counter()
    for _, _, block in blocks:
        weights[block.size] += len(block.text)
    if not weights:
        return []
    body_size = weights.most_common(1)[0][0]
    if body_size <= 0:
        return []
    candidates = []
    for start, end, block in blocks:
        text = block.text
        if not (0 < len(text) <= MAX_HEADING_CHARS) or not any(ch.isalpha() for ch in text):
            continue
        if block.size >= body_size * HEADING_RATIO:
            candidates.append((start, end, block.size, text))
        elif block.bold and block.size >= body_size - 0.5 and not text.endswith((".", ",", ";")):
            candidates.append((start, end, body_size, text))
    sizes = sorted({size for _, _, size, _ in candidates}, reverse=True)
    level = {size: min(n, 6) for n, size in enumerate(sizes, start=1)}
    return [(start, end, level[size], text) for start, end, size, text in candidates]
