"""How the web app is run: which journal, where it listens, which Host names it answers to."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field

from goodcry.storage.database import Target

LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})


def is_loopback(host: str) -> bool:
    if host.strip("[]").lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class WebSettings:
    """Everything ``create_app`` needs.  ``login_token`` is the one-time token ``goodcry serve`` prints."""

    target: Target
    host: str = "127.0.0.1"
    port: int = 8765
    login_token: str | None = None
    allow_remote: bool = False
    extra_hosts: tuple[str, ...] = ()
    session_idle_s: int = 12 * 60 * 60
    login_attempts: int = 5
    """Failed logins allowed per ``login_window_s`` before goodcry answers 429."""
    login_window_s: float = 60.0
    page_size: int = 25
    pool_size: int = field(default=8)
    journal_key: bytes | None = field(default=None, repr=False)
    """An encrypted journal's raw key, derived once by ``goodcry serve`` (in memory only): every connection the
    app opens is keyed with it, without deriving it again."""

    def allowed_hosts(self) -> frozenset[str]:
        """Host names a request may name (DNS rebinding: a page at evil.example resolving to 127.0.0.1 is refused)."""
        names = set(LOOPBACK_NAMES) | {h.lower() for h in self.extra_hosts}
        if self.allow_remote or is_loopback(self.host):
            names.add(self.host.strip("[]").lower())
        return frozenset(names)
