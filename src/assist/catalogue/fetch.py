"""Download a document an agent names by URL: http(s) only, size-limited, time-limited."""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from email.message import Message
from urllib.parse import unquote, urlsplit

from assist.errors import DocumentRefused

MAX_BYTES = 50 * 1024 * 1024
TIMEOUT_SECONDS = 20.0  # per connection or read
DEADLINE_SECONDS = 120.0  # for the whole download (a server sending a byte a second)
MAX_REDIRECTS = 5
USER_AGENT = "assist/0.1 (document import; +https://github.com/)"


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a few redirects, and only to http(s) addresses (never file:, ftp:...)."""

    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise DocumentRefused("document.url_scheme", url=newurl[:200])
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def check_url(url: str) -> str:
    """`url` stripped, or `DocumentRefused` when it is not an http(s) address."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise DocumentRefused("document.url_scheme", url=url[:200])
    return url


def is_url(text: str) -> bool:
    return "://" in text[:12]


def fetch(url: str, max_bytes: int = MAX_BYTES, timeout: float = TIMEOUT_SECONDS,
          deadline: float = DEADLINE_SECONDS) -> tuple[bytes, str]:
    """(content, file name) of `url`; `DocumentRefused` with the reason when it fails."""
    url = check_url(url)
    opener = urllib.request.build_opener(_HttpOnlyRedirects())
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    started = time.monotonic()
    try:
        with opener.open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise DocumentRefused("document.too_large", limit=_mb(max_bytes))
            chunks, size = [], 0
            while block := response.read(1 << 16):
                size += len(block)
                if size > max_bytes:
                    raise DocumentRefused("document.too_large", limit=_mb(max_bytes))
                if time.monotonic() - started > deadline:
                    raise DocumentRefused("document.url_failed", url=url[:200],
                                          reason=f"> {deadline:.0f} s")
                chunks.append(block)
            return b"".join(chunks), _name(response.geturl(), response.headers)
    except DocumentRefused:
        raise
    except urllib.error.HTTPError as exc:
        raise DocumentRefused("document.url_failed", url=url[:200],
                              reason=f"HTTP {exc.code}") from None
    except urllib.error.URLError as exc:
        raise DocumentRefused("document.url_failed", url=url[:200],
                              reason=str(exc.reason)[:120]) from None
    except (TimeoutError, OSError, ValueError) as exc:
        raise DocumentRefused("document.url_failed", url=url[:200],
                              reason=str(exc)[:120] or type(exc).__name__) from None


def _name(url: str, headers: Message) -> str:
    """A file name for the download: the server's, else the URL's last segment, with an
    extension from the content type when it has none (a hint only: the content decides)."""
    disposition = headers.get_filename() if hasattr(headers, "get_filename") else None
    name = disposition or unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])
    if "." not in name:
        kind = (headers.get_content_type() or "").lower()
        name += {"text/html": ".html", "application/pdf": ".pdf", "text/plain": ".txt",
                 "text/markdown": ".md"}.get(kind, "")
    return name or "page.html"


def _mb(n: int) -> str:
    return f"{n // 2**20} Mo/MB"
