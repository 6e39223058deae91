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


@dataclass
class Throttle:
    """After each failure the next attempt must wait twice as long (1 s, 2 s, 4 s...).

    One per session: `wait()` is how many seconds remain before an attempt is allowed.
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
        delay = min(MAX_DELAY, FIRST_DELAY * 2 ** (self.failures - 1))
        self.not_before = now + delay
        return delay

    def succeeded(self) -> None:
        self.failures = 0
        self.not_before = 0.0
