"""Reading the files agents add: real PDF, DOCX and HTML files, and bad or hostile ones.

No model here: these tests read files and keep them on the shelf; `test_documents.py` searches
them with the real assistant.
"""

from __future__ import annotations

import http.server
import io
import threading
import time
import zipfile
from pathlib import Path

import pytest
from docfiles import DELIBERATION, Block, blocks_of, corpus_blocks, write_docx, write_pdf

from assist.catalogue import fetch as fetch_module
from assist.catalogue.corpus import parse_document
from assist.catalogue.documents import DocumentShelf, build_document, page_of, section_at
from assist.catalogue.formats import extract, sniff
from assist.errors import DocumentRefused
from assist.text.i18n import MESSAGES

STRATEGY = "grand-paris-strategie-ia"


def headings_of(blocks: list[Block]) -> list[tuple[str, int]]:
    return [(b.text, b.page) for b in blocks if b.kind == "heading"]


@pytest.fixture(scope="module")
def strategy_pdf(tmp_path_factory) -> tuple[Path, list[Block]]:
    path = tmp_path_factory.mktemp("pdf") / "strategie.pdf"
    blocks = write_pdf(path, corpus_blocks(STRATEGY), title="Stratégie IA du Grand Paris",
                       author="Métropole du Grand Paris")
    return path, blocks


def refused(key: str, data: bytes, name: str) -> DocumentRefused:
    with pytest.raises(DocumentRefused) as caught:
        extract(data, name)
    assert caught.value.key == key, caught.value
    return caught.value


# -- PDF ---------------------------------------------------------------------------------------

def test_pdf_outline_gives_every_heading_on_its_page(strategy_pdf):
    path, blocks = strategy_pdf
    extracted = extract(path.read_bytes(), path.name)
    doc = build_document(extracted, "strat", extracted.title, extracted.publisher, "", "public")
    assert (extracted.title, extracted.publisher) == ("Stratégie IA du Grand Paris",
                                                      "Métropole du Grand Paris")
    expected = headings_of(blocks)
    assert len(expected) >= 10 and max(page for _, page in expected) >= 4  # several pages
    # Each heading is found on the page it was set on (its section may start on the next).
    assert [(h[3], page_of(doc, h[0])) for h in extracted.headings] == expected
    assert [s.heading for s in doc.sections] == [h for h, _ in expected]
    # The Markdown's structure is kept: the same headings at the same levels.
    markdown = parse_document((Path(__file__).parents[1] / "corpus/documents"
                               / f"{STRATEGY}.md").read_text(encoding="utf-8"))
    assert [(s.heading, s.level) for s in doc.sections] == \
        [(s.heading, s.level) for s in markdown.sections]


def test_pdf_without_outline_finds_headings_by_type_size(tmp_path):
    blocks = write_pdf(tmp_path / "d.pdf", blocks_of(DELIBERATION), outline=False,
                       headings_bold=False)
    extracted = extract((tmp_path / "d.pdf").read_bytes(), "d.pdf")
    doc = build_document(extracted, "d", "D", "", "", "public")
    assert [(h[3], page_of(doc, h[0])) for h in extracted.headings] == headings_of(blocks)
    assert [s.heading for s in doc.sections] == [h for h, _ in headings_of(blocks)]
    assert len(extracted.pages) == 4
    # Lines of a paragraph are joined: a sentence is one line, ready to be quoted.
    article = next(s for s in doc.sections if s.heading.startswith("Article 3"))
    assert "hébergées en France par un prestataire qualifié SecNumCloud." in article.text


def test_pdf_without_any_heading_has_one_section_per_page(tmp_path):
    flat = [Block("text", b.text) if b.kind == "heading" else b for b in blocks_of(DELIBERATION)]
    write_pdf(tmp_path / "flat.pdf", flat, outline=False, headings_bold=False)
    extracted = extract((tmp_path / "flat.pdf").read_bytes(), "flat.pdf")
    doc = build_document(extracted, "flat", "Flat", "", "", "public")
    assert [s.heading for s in doc.sections] == ["Page 1", "Page 2", "Page 3", "Page 4"]
    secnum = doc.body.index("SecNumCloud")
    assert page_of(doc, secnum) == 3 and section_at(doc, secnum).heading == "Page 3"


def test_running_headers_and_page_numbers_are_dropped(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "furniture.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for n in range(1, 6):
        pdf.setFont("Helvetica-Bold", 16)
        pdf.drawString(72, 800, "Bellevigne Agglomération — Rapport annuel")
        pdf.setFont("Helvetica", 10)
        pdf.drawString(72, 700, f"Le chapitre {n} décrit les actions menées cette année-là.")
        pdf.drawString(300, 40, f"Page {n} / 5")
        pdf.showPage()
    pdf.save()
    extracted = extract(path.read_bytes(), path.name)
    assert "Rapport annuel" not in extracted.body and "/ 5" not in extracted.body
    assert extracted.body.count("décrit les actions") == 5


def test_500_page_pdf_reports_progress_and_finishes(tmp_path):
    blocks = []
    for n in range(1, 501):
        blocks += [Block("heading", f"Chapitre {n}", 1),
                   Block("text", f"Texte de la page {n}. " + "Le conseil délibère sur les "
                         "affaires courantes de la commune et approuve les comptes. " * 10),
                   Block("page")]
    write_pdf(tmp_path / "big.pdf", blocks[:-1])
    seen: list[tuple[int, int]] = []
    extracted = extract((tmp_path / "big.pdf").read_bytes(), "big.pdf",
                        progress=lambda done, total: seen.append((done, total)))
    assert len(extracted.pages) == 500 and seen[-1] == (500, 500) and len(seen) == 500
    doc = build_document(extracted, "big", "Big", "", "", "public")
    at = doc.body.index("Texte de la page 377.")
    assert page_of(doc, at) == 377 and section_at(doc, at).heading == "Chapitre 377"


def test_encrypted_pdf_is_refused(strategy_pdf, tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(strategy_pdf[0]))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    error = refused("document.encrypted", buffer.getvalue(), "locked.pdf")
    assert "chiffré" in error.message("fr") and "encrypted" in error.message("en")


def test_pdf_with_an_empty_password_is_read(strategy_pdf):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(strategy_pdf[0]))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert "Chaire de recherche" in extract(buffer.getvalue(), "open.pdf").body


def test_scanned_pdf_without_text_layer_is_refused(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(path))
    for _ in range(3):  # pages of drawings only, as a scanner's images would be
        pdf.rect(50, 50, 400, 600, fill=1)
        pdf.showPage()
    pdf.save()
    error = refused("document.no_text_layer", path.read_bytes(), "scan.pdf")
    assert "OCR is not done here" in str(error)


def test_damaged_and_truncated_pdfs_are_refused(strategy_pdf):
    data = strategy_pdf[0].read_bytes()
    for bad in (data[:400], b"%PDF-1.4\n" + b"\x00garbage" * 50):
        with pytest.raises(DocumentRefused) as caught:
            extract(bad, "bad.pdf")
        assert caught.value.key in ("document.damaged", "document.no_text_layer", "document.empty")


# -- DOCX, HTML, text --------------------------------------------------------------------------

def test_docx_keeps_word_heading_styles_and_metadata(tmp_path):
    name = "paris-capitale-ia-interet-general"
    write_docx(tmp_path / "p.docx", corpus_blocks(name), title="Paris capitale de l'IA",
               author="Ville de Paris")
    extracted = extract((tmp_path / "p.docx").read_bytes(), "p.docx")
    markdown = parse_document((Path(__file__).parents[1] / "corpus/documents"
                               / f"{name}.md").read_text(encoding="utf-8"))
    doc = build_document(extracted, "p", extracted.title, extracted.publisher, "", "public")
    assert [(s.heading, s.level) for s in doc.sections] == \
        [(s.heading, s.level) for s in markdown.sections]
    assert (extracted.title, extracted.publisher) == ("Paris capitale de l'IA", "Ville de Paris")
    assert extracted.pages == []  # Word files have no fixed pages: citations name the section


def test_html_scripts_are_never_read_and_text_stays_text():
    page = b"""<!DOCTYPE html><html lang="fr"><head><title>Conseil du 3 avril</title>
    <meta name="author" content="Ville de Testville"><meta name="date" content="2026-04-03">
    <script>document.title = "PWNED"; fetch("http://evil.example/")</script>
    <style>body { display: none }</style></head>
    <body onload="alert('PWNED')"><nav>Accueil | Plan du site</nav>
    <h1>Conseil municipal</h1><p>Le conseil adopte la charte de l'IA.<script>alert(1)</script>
    Elle entre en vigueur en mai.</p><p>Le texte &lt;script&gt;alert(2)&lt;/script&gt; est
    cit\xc3\xa9 tel quel.</p><h2>Vote</h2><ul><li>Pour : 30</li><li>Contre : 3</li></ul>
    <iframe src="http://evil.example/"></iframe><noscript>NOSCRIPT</noscript>
    <footer>Mentions l\xc3\xa9gales</footer></body></html>"""
    extracted = extract(page, "conseil.html")
    assert "PWNED" not in extracted.body and "alert(1)" not in extracted.body
    assert "NOSCRIPT" not in extracted.body and "Plan du site" not in extracted.body
    assert "Mentions" not in extracted.body and "display" not in extracted.body
    # Escaped markup in the page is text and stays text.
    assert "<script>alert(2)</script> est cité tel quel." in extracted.body
    assert [h[3] for h in extracted.headings] == ["Conseil municipal", "Vote"]
    assert (extracted.title, extracted.publisher, extracted.date, extracted.language) == (
        "Conseil du 3 avril", "Ville de Testville", "2026-04-03", "fr")


def test_deeply_nested_html_does_not_exhaust_the_stack():
    page = b"<html><body>" + b"<div>" * 5000 + b"profond" + b"</div>" * 5000 + b"</body></html>"
    assert "profond" in extract(page, "deep.html").body


def test_plain_text_headings_and_legacy_encoding():
    text = ("DÉLIBÉRATION DU CONSEIL\n\nLe conseil se réunit.\n\nArticle 1 – Objet\n\n"
            "Il approuve la charte.\n").encode("cp1252")
    extracted = extract(text, "d.txt")
    assert "réunit" in extracted.body
    assert [h[3] for h in extracted.headings] == ["DÉLIBÉRATION DU CONSEIL", "Article 1 – Objet"]


# -- formats from content, not from extensions -------------------------------------------------

def test_content_decides_the_format_not_the_extension(strategy_pdf, tmp_path):
    pdf = strategy_pdf[0].read_bytes()
    assert sniff(pdf, "notes.txt") == "pdf"
    extracted = extract(pdf, "notes.txt")
    assert extracted.format == "pdf" and "extension .txt" in extracted.notes[0]
    assert sniff(b"<!doctype html><p>x</p>", "page.md") == "html"
    assert sniff(b"# Titre\n\nTexte", "file.pdf") == "markdown"
    assert sniff(b"Du texte simple.", "page.docx") == "text"
    write_docx(tmp_path / "w.docx", blocks_of("# Titre\n\nTexte."))
    assert sniff((tmp_path / "w.docx").read_bytes(), "w.pdf") == "docx"


@pytest.mark.parametrize(("data", "key"), [
    (b"", "document.empty"),
    (b"   \n\n  ", "document.empty"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "document.no_text_layer"),
    (b"\xff\xd8\xff\xe0" + b"\x00" * 100, "document.no_text_layer"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "document.unsupported"),
    (b"{\\rtf1\\ansi texte}", "document.unsupported"),
    (b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 100, "document.unsupported"),
    (b"<html><body><script>alert(1)</script></body></html>", "document.empty"),
])
def test_bad_files_are_refused_with_a_message_in_both_languages(data, key):
    error = refused(key, data, "file.pdf")
    assert error.message("fr") != error.message("en")
    assert key in MESSAGES and {"fr", "en"} <= set(MESSAGES[key])


def test_a_zip_that_is_not_a_word_file_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("content.xml", "<office:document/>")
    refused("document.unsupported", buffer.getvalue(), "rapport.docx")


def test_a_docx_that_inflates_beyond_the_limit_is_refused(tmp_path, monkeypatch):
    from assist.catalogue import formats

    write_docx(tmp_path / "w.docx", blocks_of("# Titre\n\n" + "Texte. " * 5000))
    monkeypatch.setattr(formats, "MAX_UNZIPPED", 10_000)
    refused("document.too_large", (tmp_path / "w.docx").read_bytes(), "w.docx")


# -- the shelf: nothing changes on a refusal; same source replaced; removal -------------------

def test_shelf_adds_replaces_keeps_and_removes(tmp_path):
    shelf = DocumentShelf(tmp_path / "home")
    source = tmp_path / "deliberation.md"
    source.write_text(DELIBERATION, encoding="utf-8")
    first = shelf.add(str(source), publisher="Bellevigne Agglomération")
    assert first.status == "added" and first.document.id == "deliberation"
    assert first.missing == ["date"]
    assert shelf.add(str(source), publisher="Bellevigne Agglomération").status == "unchanged"
    source.write_text(DELIBERATION.replace("180 000", "250 000"), encoding="utf-8")
    again = shelf.add(str(source), publisher="Bellevigne Agglomération")
    assert again.status == "replaced" and again.document.id == "deliberation"
    (doc,) = shelf.documents()
    assert "250 000" in doc.body and "180 000" not in doc.body
    # The same name from another folder is another document, under another id.
    other = tmp_path / "other" / "deliberation.md"
    other.parent.mkdir()
    other.write_text("# Autre\n\nUne autre délibération.", encoding="utf-8")
    assert shelf.add(str(other), taken={"x"}).document.id == "deliberation-2"
    assert shelf.add(str(tmp_path / "x.md"), data=b"# X\n\ntexte", name="x.md",
                     taken={"x"}).document.id == "x-2"  # a shipped document's id is taken
    assert shelf.remove("deliberation") and not shelf.remove("deliberation")
    assert [d.id for d in shelf.listing()] == ["deliberation-2", "x-2"]


def test_a_refused_file_changes_nothing(tmp_path):
    shelf = DocumentShelf(tmp_path / "home")
    good = tmp_path / "good.md"
    good.write_text("# Charte\n\nLa charte de l'IA.", encoding="utf-8")
    shelf.add(str(good))
    before = shelf.path.read_bytes(), shelf.listing()
    for name, data in (("scan.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64), ("empty.txt", b""),
                       ("good.md", b"")):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(DocumentRefused):
            shelf.add(str(path))
    with pytest.raises(DocumentRefused):
        shelf.add(str(tmp_path / "missing.pdf"))
    with pytest.raises(DocumentRefused):
        shelf.add(str(good), access="secret")
    assert shelf.listing() == before[1]
    assert "La charte" in shelf.documents()[0].body


# -- URLs ----------------------------------------------------------------------------------------

class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep the test output clean
        pass

    def do_GET(self) -> None:
        if self.path == "/deliberation.html":
            body = ("<html><head><title>Délibération en ligne</title></head><body><h1>Charte"
                    "</h1><p>Le conseil adopte la charte.</p><script>alert(1)</script>"
                    "</body></html>").encode()
            self._send(200, body, "text/html; charset=utf-8")
        elif self.path == "/big":
            self._send(200, b"x" * 5000, "text/plain")
        elif self.path == "/slow":
            self.send_response(200)
            self.end_headers()
            time.sleep(3)
        elif self.path in ("/to-file", "/to-ftp"):
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd" if self.path == "/to-file"
                             else "ftp://127.0.0.1/x.pdf")
            self.end_headers()
        else:
            self._send(404, b"not found", "text/plain")

    def _send(self, code: int, body: bytes, kind: str) -> None:
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_is_downloaded_and_read_as_text(server, tmp_path):
    shelf = DocumentShelf(tmp_path / "home")
    added = shelf.add(f"{server}/deliberation.html")
    assert added.document.format == "html" and added.document.title == "Délibération en ligne"
    (doc,) = shelf.documents()
    assert doc.url == f"{server}/deliberation.html" and "alert" not in doc.body


def test_bad_urls_get_clear_errors(server, tmp_path, monkeypatch):
    shelf = DocumentShelf(tmp_path / "home")
    cases = [("file:///etc/passwd", "document.url_scheme"),
             ("ftp://127.0.0.1/x.pdf", "document.url_scheme"),
             (f"{server}/missing.pdf", "document.url_failed"),
             (f"{server}/to-file", "document.url_failed"),  # urllib refuses it itself
             (f"{server}/to-ftp", "document.url_scheme"),
             ("http://127.0.0.1:9/closed", "document.url_failed")]
    for url, key in cases:
        with pytest.raises(DocumentRefused) as caught:
            shelf.add(url)
        assert caught.value.key == key, (url, caught.value)
    monkeypatch.setattr(fetch_module, "MAX_BYTES", 1000)
    with pytest.raises(DocumentRefused) as caught:
        fetch_module.fetch(f"{server}/big", max_bytes=1000)
    assert caught.value.key == "document.too_large"
    with pytest.raises(DocumentRefused) as caught:
        fetch_module.fetch(f"{server}/slow", timeout=0.5)
    assert caught.value.key == "document.url_failed"
    assert shelf.listing() == []
