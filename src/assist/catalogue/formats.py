"""Read a file an agent adds: sniff its format from its bytes, then read DOCX, HTML, Markdown
or plain text here (PDF in `assist.catalogue.pdf`), keeping headings as sections.

The extension is only a hint: a PDF named ``.txt`` is read as a PDF, and an HTML page named
``.md`` as HTML. HTML is read as text only: scripts, styles and embedded objects are dropped
unread, nothing is executed, and the text is never rendered as HTML afterwards.
"""

from __future__ import annotations

import bisect
import html
import io
import re
import tomllib
import zipfile
from collections.abc import Callable

from assist.catalogue.parsed import Extracted
from assist.errors import DocumentRefused

FORMATS = ("pdf", "docx", "html", "markdown", "text")
MAX_UNZIPPED = 200 * 1024 * 1024  # a DOCX inflating beyond this is refused (zip bomb)
_IMAGES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*", b"RIFF", b"BM")
_OFFICE_OLD = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_START = re.compile(r"\A\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)
_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$", re.MULTILINE)
_TOML_FRONT = re.compile(r"\A\+\+\+\n(.*?)\n\+\+\+\n", re.DOTALL)
_YAML_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
Progress = Callable[[int, int], None]


def _extension(name: str) -> str:
    return name.lower().rsplit(".", 1)[-1] if "." in name else ""


def decode(data: bytes) -> str:
    """Bytes of a text file as text: UTF-8 (with or without BOM), else Windows-1252, the
    usual legacy encoding of French files."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def sniff(data: bytes, name: str = "") -> str:
    """The format of `data` from its content ("pdf", "docx", "html", "markdown", "text");
    `DocumentRefused` for an empty file or a format that is not read here."""
    if not data.strip():
        raise DocumentRefused("document.empty")
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except zipfile.BadZipFile:
            raise DocumentRefused("document.damaged", format="DOCX/ZIP",
                                  reason="bad zip") from None
        if "word/document.xml" in names:
            return "docx"
        raise DocumentRefused("document.unsupported", kind="ZIP (ODT, XLSX, PPTX…)")
    if data.startswith(_OFFICE_OLD):
        raise DocumentRefused("document.unsupported", kind="Word/Excel 97-2003 (.doc, .xls)")
    if data.startswith(_IMAGES):
        raise DocumentRefused("document.no_text_layer")
    if data.lstrip().startswith(b"{\\rtf"):
        raise DocumentRefused("document.unsupported", kind="RTF")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentRefused("document.unsupported", kind="binary")
    text = decode(data[:65536])
    ext = _extension(name)
    if _HTML_START.match(text) or (ext in ("html", "htm", "xhtml") and "<" in text):
        return "html"
    if ext in ("md", "markdown") or _TOML_FRONT.match(text) or _MD_HEADING.search(text):
        return "markdown"
    return "text"


def extract(data: bytes, name: str = "", progress: Progress | None = None) -> Extracted:
    """The text, headings, pages and metadata of a file's bytes (`name` is only a hint)."""
    fmt = sniff(data, name)
    if fmt == "pdf":
        from assist.catalogue.pdf import read_pdf

        out = read_pdf(data, progress)
    else:
        out = {"docx": read_docx, "html": read_html, "markdown": read_markdown,
               "text": read_text}[fmt](data)
    out = _visible(out)
    if not out.body.strip():
        raise DocumentRefused("document.empty")
    expected = {"pdf": ("pdf",), "docx": ("docx",), "html": ("html", "htm", "xhtml"),
                "markdown": ("md", "markdown", "txt"), "text": ("txt", "text", "md")}[fmt]
    ext = _extension(name)
    if ext and ext not in expected:
        out.notes.append(f"extension .{ext}: read as {fmt.upper()} from its content")
    return out


# -- DOCX ----------------------------------------------------------------------------------

_DOCX_HEADING = re.compile(r"^(?:heading|titre|überschrift|título|titolo)\s*(\d)$", re.IGNORECASE)


def _docx_level(paragraph) -> int | None:
    """A paragraph's heading level from its style (or the style it is based on)."""
    style, hops = paragraph.style, 0
    while style is not None and hops < 4:
        name = (style.name or "").strip()
        if name.lower() in ("title", "titre"):
            return 1
        found = _DOCX_HEADING.match(name)
        if found:
            return min(int(found.group(1)) + 1, 6)  # "Title" is 1, "Heading 1" is 2...
        style, hops = style.base_style, hops + 1
    return None


def read_docx(data: bytes) -> Extracted:
    import docx
    from docx.table import Table

    archive = zipfile.ZipFile(io.BytesIO(data))
    if sum(info.file_size for info in archive.infolist()) > MAX_UNZIPPED:
        raise DocumentRefused("document.too_large", limit=f"{MAX_UNZIPPED // 2**20} Mo/MB")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on a damaged package
        raise DocumentRefused("document.damaged", format="DOCX", reason=str(exc)[:120]) from None
    body, headings = "", []
    levels_used: set[int] = set()
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            rows = [" | ".join(_clean(c.text) for c in row.cells) for row in block.rows]
            text, level = "\n".join(r for r in rows if r.strip(" |")), None
        else:
            text, level = _clean(block.text), _docx_level(block)
        if not text:
            continue
        if body:
            body += "\n\n"
        if level is not None and len(text) <= 300:
            headings.append((len(body), len(body) + len(text), level, text))
            levels_used.add(level)
        body += text
    if headings and 1 not in levels_used:  # "Heading 1" is the top when there is no Title
        shift = min(levels_used) - 1
        headings = [(a, b, lv - shift, h) for a, b, lv, h in headings]
    props = document.core_properties
    when = props.created or props.modified
    return Extracted(format="docx", body=body, headings=headings,
                     title=(props.title or "").strip(), publisher=(props.author or "").strip(),
                     date=when.date().isoformat() if when else "",
                     language=(props.language or "")[:2].lower())


def _clean(text: str) -> str:
    return re.sub(r"[ \t\u00a0]+", " ", text or "").strip()


# -- HTML ----------------------------------------------------------------------------------

# Never read: code, styles, embedded objects, and the page's furniture around its content.
_SKIP = {"script", "style", "noscript", "template", "iframe", "object", "embed", "applet",
         "svg", "math", "canvas", "audio", "video", "head", "nav", "footer", "aside", "form",
         "button", "select", "textarea", "dialog"}
_BLOCKS = {"p", "div", "section", "article", "main", "li", "ul", "ol", "table", "tr", "td",
           "th", "br", "pre", "blockquote", "dd", "dt", "dl", "figure", "figcaption", "header",
           "address", "hr", "caption", "tbody", "thead", "details", "summary"}
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_META_PUBLISHER = ("og:site_name", "publisher", "dc.publisher", "dcterms.publisher", "author")
_META_DATE = ("dcterms.date", "dc.date", "date", "article:published_time",
              "dcterms.created", "dcterms.issued", "dc.date.issued")
_META_TITLE = ("og:title", "dc.title", "dcterms.title")


def _html_text(data: bytes) -> str:
    head = data[:4096].decode("ascii", errors="ignore")
    declared = re.search(r"<meta[^>]+charset\s*=\s*[\"']?([\w-]+)", head, re.IGNORECASE)
    text = None
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode(declared.group(1))
        except (LookupError, UnicodeDecodeError):
            text = None
    text = text if text is not None else decode(data)
    # lxml refuses a str that declares its own encoding.
    return re.sub(r"\A\s*<\?xml[^>]*\?>", "", text)


def read_html(data: bytes) -> Extracted:
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(_html_text(data))
    except (etree.ParserError, ValueError) as exc:
        raise DocumentRefused("document.damaged", format="HTML", reason=str(exc)[:120]) from None
    metas = {}
    for meta in root.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").strip().lower()
        if key and meta.get("content") and key not in metas:
            metas[key] = meta.get("content").strip()
    title_el = root.find(".//title")
    title = _clean(title_el.text_content()) if title_el is not None else ""
    title = title or next((metas[k] for k in _META_TITLE if metas.get(k)), "")
    date = next((metas[k] for k in _META_DATE if metas.get(k)), "")
    if not date:
        stamp = root.find(".//time[@datetime]")
        date = stamp.get("datetime", "") if stamp is not None else ""
    mains = root.findall(".//main") or root.findall(".//article")
    body_el = root.find(".//body")
    top = mains[0] if len(mains) == 1 else (body_el if body_el is not None else root)
    body, headings = _walk_html(top, etree)
    if not body.strip():  # markup lxml gives up on (nesting thousands deep): tags stripped
        body, headings = _strip_tags(_html_text(data)), []
    return Extracted(format="html", body=body, headings=headings, title=title,
                     publisher=next((metas[k] for k in _META_PUBLISHER if metas.get(k)), ""),
                     date=date[:10], language=(root.get("lang") or "")[:2].lower())


def _walk_html(top, etree) -> tuple[str, list[tuple[int, int, int, str]]]:
    """Paragraphs and headings of an element, in document order, iteratively (a page nested
    thousands of levels deep must not exhaust the stack)."""
    parts: list[str] = []
    headings: list[tuple[int, int, int, str]] = []
    current: list[str] = []
    length = 0

    def flush(level: int | None = None) -> None:
        nonlocal length
        text = _clean(re.sub(r"\s+", " ", "".join(current)))
        current.clear()
        if not text:
            return
        if parts:
            length += 2
        if level is not None:
            headings.append((length, length + len(text), level, text))
        parts.append(text)
        length += len(text)

    walker = etree.iterwalk(top, events=("start", "end"))
    heading_level: int | None = None  # inside a heading, blocks do not cut it
    for event, element in walker:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _SKIP:
                walker.skip_subtree()  # never read, let alone run; its tail still counts
                continue
            if tag in _HEADINGS:
                flush()
                heading_level = _HEADINGS[tag]
            elif tag in _BLOCKS and heading_level is None:
                flush()
            if tag and element.text:
                current.append(element.text)
            continue
        if tag in _HEADINGS:
            flush(heading_level)
            heading_level = None
        elif tag in _BLOCKS and heading_level is None:
            flush()
        if element.tail and element is not top:
            current.append(element.tail)
    flush(heading_level)
    return "\n\n".join(parts), headings


def _strip_tags(text: str) -> str:
    """The text of markup that cannot be parsed: code and comments dropped (to the end when
    left open), every other tag a paragraph break, entities decoded."""
    text = re.sub(r"<(script|style|noscript|template|iframe|object|svg|head)\b.*?"
                  r"(</\1\s*>|\Z)", " ", text, flags=re.IGNORECASE | re.DOTALL)
    text = re.sub(r"<!--.*?(-->|\Z)", " ", text, flags=re.DOTALL)
    text = re.sub(r"<[^>]*>?", "\n\n", text)
    paragraphs = (_clean(re.sub(r"\s+", " ", html.unescape(p))) for p in text.split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


# -- Markdown and plain text ----------------------------------------------------------------

def read_markdown(data: bytes) -> Extracted:
    text = decode(data).replace("\r\n", "\n")
    meta: dict = {}
    front = _TOML_FRONT.match(text) or _YAML_FRONT.match(text)
    if front:
        if front.re is _TOML_FRONT:
            try:
                meta = tomllib.loads(front.group(1))
            except tomllib.TOMLDecodeError:
                meta = {}
        else:
            meta = dict(re.findall(r"^(\w+):\s*[\"']?(.*?)[\"']?\s*$", front.group(1), re.M))
        text = text[front.end():]
    headings = [(m.start(), m.end(), len(m.group(1)), m.group(2).strip().strip("*").strip())
                for m in _MD_HEADING.finditer(text)]
    first_h1 = next((h for _, _, lv, h in headings if lv == 1), "")
    return Extracted(format="markdown", body=text, headings=headings,
                     title=str(meta.get("title") or first_h1),
                     publisher=str(meta.get("publisher") or meta.get("author") or ""),
                     date=str(meta.get("date") or ""), language=str(meta.get("language") or ""))


# A plain-text heading: a short line alone between blank lines, in capitals or named like a
# part of an official text ("Article 3", "Action 2 – ...", "Chapitre II").
_TEXT_HEADING = re.compile(
    r"(?:^|\n[ \t]*\n)[ \t]*((?i:article|action|chapitre|titre|partie|section|annexe|ambition)"
    r"\b[^\n]{0,70}|[^\na-zà-ÿ]{4,80})[ \t]*(?=\n[ \t]*\n|\n?\Z)")


def read_text(data: bytes) -> Extracted:
    text = decode(data).replace("\r\n", "\n")
    headings = []
    for m in _TEXT_HEADING.finditer(text):
        line = m.group(1).strip()
        if any(ch.isalpha() for ch in line) and not line.endswith((".", ",", ";")):
            headings.append((m.start(1), m.start(1) + len(m.group(1).rstrip()), 1, line))
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return Extracted(format="text", body=text, headings=headings, title=first[:120])


# Control characters (NUL, ESC...: PostgreSQL refuses NUL in text, a terminal obeys ESC) and
# the invisible ones that change how a text reads (zero-width spaces and joiners,
# bidirectional overrides that show a heading reversed, BOMs), left by a file or by HTML's
# numeric entities. Tabs, line and page breaks are kept.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u2064\u2066-\u2069\ufeff]")


def _visible(out: Extracted) -> Extracted:
    """`out` without `_INVISIBLE` characters, its headings' and pages' offsets moved with the
    text, and a note saying how many were removed (nothing removed silently)."""
    removed = [m.start() for m in _INVISIBLE.finditer(out.body)]
    labels = [out.title, out.publisher, out.date, *(h[3] for h in out.headings)]
    if not removed and not any(_INVISIBLE.search(label) for label in labels):
        return out

    def moved(offset: int) -> int:
        return offset - bisect.bisect_left(removed, offset)

    out.body = _INVISIBLE.sub("", out.body)
    out.headings = [(moved(a), moved(b), level, _INVISIBLE.sub("", title))
                    for a, b, level, title in out.headings]
    out.pages = [moved(p) for p in out.pages]
    out.title, out.publisher, out.date = (_INVISIBLE.sub("", v)
                                          for v in (out.title, out.publisher, out.date))
    if removed:
        out.notes.append(f"{len(removed)} caractères de contrôle ou invisibles retirés / "
                         f"{len(removed)} control or invisible characters removed")
    return out
