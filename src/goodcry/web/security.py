"""Who may use the journal over HTTP: passphrase (Argon2id), one-time token, sessions, CSRF, rate limits.

On localhost the threats are other local users and processes, and web pages open in the same browser:

* a session cookie that is HttpOnly and SameSite=Strict (other sites' pages never send it);
* a CSRF token in every form, checked on every POST, and a foreign ``Origin`` refused;
* the ``Host`` header checked against the names goodcry listens on (DNS rebinding);
* a strict Content-Security-Policy without inline script;
* failed logins limited per client and overall.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

PASSPHRASE_KEY = "private.web.passphrase"
MIN_PASSPHRASE = 8
COOKIE = "goodcry_session"

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",  # "no-referrer" would make browsers send `Origin: null` on our own forms
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


def _hasher() -> Any:
    from argon2 import PasswordHasher  # Argon2id with the library's RFC 9106 "low memory" defaults

    return PasswordHasher()


def hash_passphrase(passphrase: str) -> str:
    return str(_hasher().hash(passphrase))


def verify_passphrase(stored: str, passphrase: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return bool(_hasher().verify(stored, passphrase))
    except (VerificationError, InvalidHashError):
        return False


def same(a: str | None, b: str | None) -> bool:
    """Constant-time comparison; None never matches."""
    return a is not None and b is not None and hmac.compare_digest(a.encode(), b.encode())


@dataclass
class Session:
    id: str
    csrf: str
    authenticated: bool = False
    last_seen: float = field(default_factory=time.monotonic)
    draft: dict[str, Any] = field(default_factory=dict)
    """The guided good cry in progress (kept here, never in the page's URL)."""
    flash: list[str] = field(default_factory=list)


class Sessions:
    """Sessions in memory: a restart of ``goodcry serve`` logs everyone out, which is what a local app wants."""

    def __init__(self, idle_s: int) -> None:
        self._idle = idle_s
        self._by_id: dict[str, Session] = {}
        self._lock = threading.Lock()

    def get(self, session_id: str | None) -> Session | None:
        if not session_id:
            return None
        now = time.monotonic()
        with self._lock:
            session = self._by_id.get(session_id)
            if session is None:
                return None
            if now - session.last_seen > self._idle:
                del self._by_id[session_id]
                return None
            session.last_seen = now
            return session

    def new(self, *, authenticated: bool = False) -> Session:
        session = Session(secrets.token_urlsafe(32), secrets.token_urlsafe(32), authenticated)
        with self._lock:
            self._prune()
            self._by_id[session.id] = session
        return session

    def rotate(self, old: Session | None) -> Session:
        """A fresh authenticated session (a session ID chosen before login is never trusted after it)."""
        if old is not None:
            self.drop(old)
        return self.new(authenticated=True)

    def drop(self, session: Session) -> None:
        with self._lock:
            self._by_id.pop(session.id, None)

    def _prune(self) -> None:
        now = time.monotonic()
        for key in [k for k, s in self._by_id.items() if now - s.last_seen > self._idle]:
            del self._by_id[key]


class RateLimiter:
    """At most ``attempts`` failures per ``window`` seconds per client, and ``4 × attempts`` overall."""

    def __init__(self, attempts: int, window: float) -> None:
        self.attempts = attempts
        self.window = window
        self._failures: dict[str, deque[float]] = {}
        self._all: deque[float] = deque()
        self._lock = threading.Lock()

    def retry_after(self, client: str) -> int:
        """Seconds to wait before another attempt (0: go ahead)."""
        now = time.monotonic()
        with self._lock:
            waits = [0.0]
            for times, limit in ((self._failures.get(client, deque()), self.attempts), (self._all, 4 * self.attempts)):
                while times and now - times[0] > self.window:
                    times.popleft()
                if len(times) >= limit:
                    waits.append(self.window - (now - times[0]))
            return int(max(waits) + 0.999)

    def failed(self, client: str) -> None:
        now = time.monotonic()
        with self._lock:
            self._failures.setdefault(client, deque()).append(now)
            self._all.append(now)

    def succeeded(self, client: str) -> None:
        with self._lock:
            self._failures.pop(client, None)


class OneTimeToken:
    """The token ``goodcry serve`` prints: it logs in once, then it is spent."""

    def __init__(self, token: str | None) -> None:
        self._token = token
        self._lock = threading.Lock()

    def redeem(self, offered: str) -> bool:
        with self._lock:
            if self._token is not None and same(self._token, offered):
                self._token = None
                return True
            return False
