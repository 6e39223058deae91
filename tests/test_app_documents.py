"""The Documents page with added documents: public sessions never see a restricted one; agents
add one by address (a real local web server) and remove it; a citation opens its section."""

from __future__ import annotations

import http.server
import threading

import pytest
from docfiles import DELIBERATION, SECRET_DELIBERATION
from test_app import all_text, run

from assist.catalogue.documents import DocumentShelf


@pytest.fixture(scope="module")
def docs_home(tmp_path_factory):
    """A home with the shipped corpus, a public and a restricted added document."""
    home = tmp_path_factory.mktemp("app-documents")
    shelf = DocumentShelf(home)
    folder = tmp_path_factory.mktemp("app-documents-files")
    (folder / "deliberation.md").write_text(DELIBERATION, encoding="utf-8")
    (folder / "confidentielle.md").write_text(SECRET_DELIBERATION, encoding="utf-8")
    shelf.add(str(folder / "deliberation.md"), publisher="Bellevigne Agglomération")
    shelf.add(str(folder / "confidentielle.md"), access="restricted")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ASSIST_HOME", str(home))
        mp.delenv("ASSIST_AGENT_PASSWORD_HASH", raising=False)
        yield home


class _Page(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        body = (b"<html><head><title>Charte IA de Testville</title><script>window.PWNED = 1</script>"
                b"</head><body><h1>Charte</h1><p>La commune publie chaque algorithme au "
                b"registre municipal.</p></body></html>")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_public_documents_page_hides_restricted_documents(docs_home):
    at = run(docs_home, "documents")
    text = all_text(at)
    assert "Délibération n° 2026-041" in text
    assert "Zorbaville" not in text and "KESTREL" not in text
    assert "Ajouter et indexer" not in text  # the add control is for agents
    at = run(docs_home, "documents", agent=True)
    assert "Zorbaville" in all_text(at) and "Restreint (agents seulement)" in all_text(at)


def test_citation_link_opens_the_section_first(docs_home):
    at = run(docs_home, "documents", doc="deliberation",
             section="deliberation#article-3-hebergement-des-donnees")
    expanders = [e for e in at.expander]
    assert "Article 3 – Hébergement des données" in expanders[0].label
    assert expanders[0].proto.expanded and not expanders[1].proto.expanded


def test_agent_adds_a_web_page_and_removes_it(docs_home):
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        at = run(docs_home, "documents", agent=True)
        at.text_input(key="add_url").input(f"http://127.0.0.1:{httpd.server_address[1]}/charte")
        at.text_input(key="add_date").input("2026-05-01")
        at.button[0].click()  # the add form's submit button
        at.run()
        assert not at.exception, at.exception
        said = " ".join(s.value for s in at.success)
        assert "Document ajouté : Charte IA de Testville (charte)" in said
        assert "PWNED" not in all_text(at)
        at.selectbox(key="remove_pick").select("charte")
        next(b for b in at.button if b.label == "Retirer").click()
        at.run()
        assert "Document retiré : charte." in " ".join(s.value for s in at.success)
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert {d.id for d in DocumentShelf(docs_home).listing()} == {"deliberation",
                                                                  "confidentielle"}


def test_a_refused_address_says_why_in_the_page_language(docs_home):
    at = run(docs_home, "documents", agent=True)
    at.toggle(key="lang_en").set_value(True).run()
    at.text_input(key="add_url").input("file:///etc/passwd")
    at.button[0].click()
    at.run()
    assert "only http:// and https:// addresses are read" in " ".join(e.value for e in at.error)
