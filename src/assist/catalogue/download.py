"""Fetch a published export (http or https URL) into a file the importer reads.

Only http(s): a ``file://`` or ``ftp://`` URL would let a web form read the server's own
files or reach other services. The body is read up to a size limit, and a web page or
anything else that is not text is refused with a message that says what came back.
"""

from __future__ import annotations

import re
import socket
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import unquote, urlsplit

from assist.errors import ImportFailed

MAX_BYTES = 50 * 1024 * 1024  # the real export is 30 kB; a catalogue of 100 000 rows ~ 50 MB
TIMEOUT_SECONDS = 30
CHUNK = 1 << 16
# What a server may call a CSV file (many say text/plain or octet-stream).
TEXT_TYPES = ("text/csv", "text/plain", "text/tab-separated-values", "application/csv",
              "application/vnd.ms-excel", "application/octet-stream", "text/comma-separated")


def is_url(text: str) -> bool:
    """True for anything with a URL scheme (so that ``ftp://`` is refused, not read as a
    file name); Windows drive letters ("C:\\...") are file names."""
    return bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]+://", str(text)))


def catalogue_name(url: str) -> str:
    """Default catalogue name of a URL: its file's stem ("…/data.csv" -> "data"), else host."""
    parts = urlsplit(url)
    stem = Path(unquote(parts.path)).stem
    return stem or parts.hostname or "catalogue"


def fetch(url: str, folder: Path, max_bytes: int = MAX_BYTES,
          timeout: float = TIMEOUT_SECONDS) -> Path:
    """Download `url` into `folder`; returns the file's path. Raises `ImportFailed` with a
    French and English message for a bad scheme, an HTTP error, a timeout, a web page,
    a body over `max_bytes`."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ImportFailed(f"Adresse refusée : seules les adresses http:// et https:// sont "
                           f"acceptées / URL refused: only http:// and https:// URLs are "
                           f"accepted ({url})")
    request = urllib.request.Request(url, headers={"User-Agent": "assist-import",
                                                   "Accept": "text/csv, text/plain, */*"})
    target = Path(folder) / (Path(unquote(parts.path)).name or "export.csv")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            kind = (response.headers.get_content_type() or "").lower()
            if kind in ("text/html", "application/xhtml+xml"):
                raise ImportFailed(f"L'adresse renvoie une page web, pas un CSV / the URL "
                                   f"returns a web page, not a CSV: {url}")
            if kind and kind not in TEXT_TYPES and not kind.startswith("text/"):
                raise ImportFailed(f"L'adresse ne renvoie pas un CSV ({kind}) / the URL does "
                                   f"not return a CSV ({kind}): {url}")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise _too_big(url, max_bytes)
            size = 0
            with target.open("wb") as out:
                while block := response.read(CHUNK):
                    size += len(block)
                    if size > max_bytes:
                        raise _too_big(url, max_bytes)
                    out.write(block)
    except urllib.error.HTTPError as exc:
        raise ImportFailed(f"Le serveur répond {exc.code} ({exc.reason}) / the server "
                           f"answers {exc.code} ({exc.reason}): {url}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, (TimeoutError, socket.timeout)):
            raise _timeout(url, timeout) from None
        raise ImportFailed(f"Adresse injoignable / cannot reach the URL ({exc.reason}): "
                           f"{url}") from None
    except TimeoutError:
        raise _timeout(url, timeout) from None
    except (ValueError, OSError) as exc:  # malformed URL, connection reset mid-body
        raise ImportFailed(f"Téléchargement impossible / download failed ({exc}): "
                           f"{url}") from None
    return target


def _too_big(url: str, max_bytes: int) -> ImportFailed:
    mb = max_bytes / 1e6
    return ImportFailed(f"Fichier trop gros (plus de {mb:.0f} Mo) / file too large (over "
                        f"{mb:.0f} MB): {url}")


def _timeout(url: str, seconds: float) -> ImportFailed:
    return ImportFailed(f"Pas de réponse en {seconds:g} s / no answer within "
                        f"{seconds:g} s: {url}")
