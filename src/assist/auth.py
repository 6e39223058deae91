"""Agent passwords: PBKDF2-SHA256 hashes, constant-time checks, a doubling delay on failures.

There is no default password: with no hash configured, agent login is off.

>>> stored = hash_password("correct horse")
>>> verify("correct horse", stored), verify("wrong", stored)
(True, False)
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000  # OWASP's 2023 figure for PBKDF2-HMAC-SHA256
FIRST_DELAY = 1.0
MAX_DELAY = 300.0


def hash_password(password: str, iterations: int = ITERATIONS, salt: str | None = None) -> str:
    """``"pbkdf2_sha256$<iterations>$<salt>$<hex digest>"`` of `password`."""
    if not password:
        raise ValueError("empty password")
    salt = salt or secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt.encode("ascii"),
                                 iterations)
    return f"{ALGORITHM}${iterations}${salt}${digest.hex()}"


def verify(password: str, stored: str) -> bool:
    """True when `password` matches `stored`; False for a wrong password or a malformed hash."""
    try:
        algorithm, iterations, salt, expected = stored.strip().split("$")
        rounds = int(iterations)
    except (ValueError, AttributeError):
        return False
    if algorithm != ALGORITHM or rounds < 1 or not password:
        return False
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt.encode("ascii"),
                                 rounds)
    return hmac.compare_digest(digest.hex(), expected.lower())


def delay_after(failures: int) -> float:
    """Seconds to wait after `failures` failures in a row: 1, 2, 4... at most `MAX_DELAY`."""
    return min(MAX_DELAY, FIRST_DELAY * 2 ** (failures - 1)) if failures > 0 else 0.0


def allowed_identity(email: str | None, allowed: str) -> bool:
    """Whether a logged-in OIDC identity is an agent: its address, or its domain (``@x.fr``
    or ``x.fr``), is in `allowed` (comma-separated). An empty list allows nobody: being able
    to log in at the identity provider does not make one an agent.

    >>> allowed_identity("ana@ville.fr", "@ville.fr"), allowed_identity("ana@ville.fr", "")
    (True, False)
    """
    email = (email or "").strip().lower()
    if "@" not in email:
        return False
    domain = email.rsplit("@", 1)[1]
    for entry in (e.strip().lower() for e in allowed.split(",")):
        if entry and (entry == email or entry.lstrip("@") == domain):
            return True
    return False


@dataclass
class Throttle:
    """After each failure the next attempt must wait twice as long (1 s, 2 s, 4 s...).

    `wait()` is how many seconds remain before an attempt is allowed. The app keeps the
    failures in the store (`Store.login_failed`), per account and per client address, so a
    reload or a restart does not reset them; this one is its fallback for a read-only home.
    """

    failures: int = 0
    not_before: float = 0.0

    def wait(self, now: float | None = None) -> float:
        now = time.monotonic() if now is None else now
        return max(0.0, self.not_before - now)

    def failed(self, now: float | None = None) -> float:
        """Record a failure; returns the delay now imposed."""
        now = time.monotonic() if now is None else now
        self.failures += 1
        delay = delay_after(self.failures)
        self.not_before = now + delay
        return delay

    def succeeded(self) -> None:
        self.failures = 0
        self.not_before = 0.0
