"""Keeping a catalogue current: import from an http(s) URL (a local server on 127.0.0.1
serving the real export and a changed copy of it), what a re-import changes, --dry-run, and
bad URLs refused with a clear message."""

from __future__ import annotations

import csv
import http.server
import io
import threading
import time
from pathlib import Path

import pytest

from assist.assistant import import_export
from assist.catalogue.download import catalogue_name, fetch, is_url
from assist.catalogue.store import Store
from assist.cli.main import main
from assist.errors import ImportFailed, WouldRemove

CHANGED_PROJECT = "ViPARE"  # its status changes in the copy
REMOVED_PROJECT = "PREVIZO"
ADDED_PROJECT = "Détection des nids-de-poule par caméra embarquée"


def changed_copy(original: Path) -> str:
    """The real export with one row changed, one removed and one added."""
    with original.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    columns = list(rows[0])
    out = []
    for row in rows:
        if row["Nom_du_projet"] == REMOVED_PROJECT:
            continue
        if row["Nom_du_projet"] == CHANGED_PROJECT:
            assert row["Statut_du_projet"] == "En expérimentation"
            row = row | {"Statut_du_projet": "En déploiement"}
        out.append(row)
    out.append(out[0] | {"Nom_du_projet": ADDED_PROJECT,
                         "Description_service": "Des caméras embarquées sur les bennes "
                                                "repèrent les nids-de-poule de la voirie."})
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(out)
    return buffer.getvalue()


class Handler(http.server.BaseHTTPRequestHandler):
    pages: dict[str, tuple[int, str, bytes]] = {}

    def do_GET(self):  # noqa: N802 (http.server's name)
        if self.path == "/slow.csv":
            time.sleep(2)
        status, kind, body = self.pages.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):  # keep the test output quiet
        pass


@pytest.fixture(scope="module")
def server(library_csv):
    Handler.pages = {
        "/exports/data.csv": (200, "text/csv; charset=utf-8", library_csv.read_bytes()),
        "/exports/changed.csv": (200, "text/csv; charset=utf-8",
                                 changed_copy(library_csv).encode("utf-8")),
        "/page.html": (200, "text/html; charset=utf-8",
                       b"<!doctype html><html><body>Bienvenue</body></html>"),
        "/image.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64),
        "/png-as-csv.csv": (200, "text/csv", b"\x89PNG\r\n\x1a\n" + b"\0" * 64),
        "/slow.csv": (200, "text/csv", library_csv.read_bytes()),
    }
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_urls_are_told_from_file_names():
    assert is_url("https://example.org/data.csv") and is_url("ftp://host/x.csv")
    assert not is_url("data.csv") and not is_url("C:\\exports\\data.csv")
    assert catalogue_name("https://x.org/exports/bibliotheque.csv?v=2") == "bibliotheque"
    assert catalogue_name("https://x.org/") == "x.org"


def test_reimport_from_a_url_reports_new_changed_and_gone(server, tmp_path):
    store = Store(tmp_path / "home")
    first = import_export(store, f"{server}/exports/data.csv", "bibliotheque")
    assert first.changes.first and len(first.changes.new) == 23
    catalogue = store.catalogues()[0]
    assert catalogue.source_file == f"{server}/exports/data.csv"
    assert catalogue.cases == 23
    before = store.catalogue_cases("bibliotheque")

    # --dry-run: the changes are reported, nothing is written.
    preview = import_export(store, f"{server}/exports/changed.csv", "bibliotheque",
                            dry_run=True)
    changes = preview.changes
    assert [c.title for c in changes.new] == [ADDED_PROJECT]
    assert [c.title for c in changes.gone] == [REMOVED_PROJECT]
    assert [(c.title, c.fields) for c in changes.changed] == [(CHANGED_PROJECT,
                                                               ["projet_status"])]
    assert changes.unchanged == 21
    assert store.catalogue_cases("bibliotheque") == before
    assert store.catalogues()[0].fingerprint == catalogue.fingerprint
    summary = preview.summary("fr")
    assert "1 nouvelle, 1 modifiée, 1 disparue, 21 inchangées" in summary
    assert f"modifiée : {CHANGED_PROJECT}" in summary and "Statut" in summary
    assert "1 new, 1 changed, 1 gone, 21 unchanged" in preview.summary("en")

    # The real re-import writes the same changes once confirmed (a project goes: without
    # `replace` it is refused, issue 11); importing it again changes nothing.
    with pytest.raises(WouldRemove, match="1 of the 23"):
        import_export(store, f"{server}/exports/changed.csv", "bibliotheque")
    again = import_export(store, f"{server}/exports/changed.csv", "bibliotheque", replace=True)
    assert again.changes.counts() == changes.counts()
    titles = {c.nom_projet for c in store.catalogue_cases("bibliotheque")}
    assert ADDED_PROJECT in titles and REMOVED_PROJECT not in titles
    status = {c.nom_projet: c.projet_status for c in store.catalogue_cases("bibliotheque")}
    assert status[CHANGED_PROJECT] == "En déploiement"
    third = import_export(store, f"{server}/exports/changed.csv", "bibliotheque")
    assert third.changes.counts() == {"new": 0, "changed": 0, "gone": 0, "unchanged": 23}
    assert store.audit_log()[-1]["event"] == "import"


def test_a_renamed_project_is_changed_not_gone_and_new(library_csv, tmp_path):
    store = Store(tmp_path / "home")
    store.import_file(library_csv, "bibliotheque")
    text = library_csv.read_text(encoding="utf-8").replace(
        "IMMERSION IA,", "IMMERSION IA Lyon,", 1)
    renamed = tmp_path / "renamed.csv"
    renamed.write_text(text, encoding="utf-8")
    changes = store.import_file(renamed, "bibliotheque", dry_run=True).changes
    assert not changes.new and not changes.gone
    assert [(c.title, c.fields) for c in changes.changed] == [("IMMERSION IA Lyon",
                                                               ["nom_projet"])]
    assert changes.changed[0].previous_id.startswith("immersion-ia-")


@pytest.mark.parametrize("path, message", [
    ("/missing.csv", "404"),
    ("/page.html", "page web, pas un CSV / the URL returns a web page"),
    ("/image.png", "(image/png)"),
    ("/png-as-csv.csv", "PNG"),
])
def test_bad_urls_get_a_clear_message(server, tmp_path, path, message):
    store = Store(tmp_path / "home")
    with pytest.raises(ImportFailed) as caught:
        import_export(store, server + path, "bibliotheque")
    assert message in str(caught.value)
    assert store.catalogues() == []


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/data.csv",
                                 "gopher://127.0.0.1/x", "http:///nohost.csv"])
def test_only_http_urls_are_fetched(tmp_path, url):
    with pytest.raises(ImportFailed, match="only http:// and https://"):
        fetch(url, tmp_path)


def test_slow_and_large_downloads_are_cut(server, tmp_path):
    started = time.monotonic()
    with pytest.raises(ImportFailed, match="no answer within 0.5 s"):
        fetch(f"{server}/slow.csv", tmp_path, timeout=0.5)
    assert time.monotonic() - started < 2
    with pytest.raises(ImportFailed, match="file too large"):
        fetch(f"{server}/exports/data.csv", tmp_path, max_bytes=1000)
    with pytest.raises(ImportFailed, match="cannot reach"):
        fetch("http://127.0.0.1:9/data.csv", tmp_path, timeout=2)


def test_cli_dry_run_from_a_url(server, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ASSIST_HOME", str(tmp_path / "home"))
    assert main(["import-library", f"{server}/exports/data.csv", "--dry-run",
                 "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "First import of this catalogue: 23 new records." in out
    assert "Dry run (--dry-run): nothing was written." in out
    assert Store(tmp_path / "home").catalogues() == []
    assert main(["import-library", f"{server}/page.html", "--dry-run"]) == 2
    assert "page web" in capsys.readouterr().err
