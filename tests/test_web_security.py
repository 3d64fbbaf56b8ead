"""Each attack on the local web app, tried and refused: no session, foreign Host/Origin, missing CSRF token,
script in an entry, too many logins, a spent token, an open redirect."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from conftest import PASSPHRASE, WEB_BASE, Web
from goodcry.core.model import Entry, Kind
from goodcry.journal import Journal
from goodcry.storage.database import Target
from goodcry.web.security import CSP, PASSPHRASE_KEY


@pytest.fixture
def fresh(tmp_path: Path) -> Web:
    Journal.open(Target.parse(tmp_path / "journal.db"), create=True).close()
    return Web(str(tmp_path / "journal.db"))


def test_no_session_sees_nothing(web: Web, fresh: Web) -> None:
    with web.journal() as journal:
        entry = journal.add(Entry(Kind.CRY, datetime.now().astimezone(), text="private words")).entry
    stranger = Web(web.db, token="other")
    for path in ("/", "/journal", f"/entries/{entry.id}", "/insights", "/people", "/settings",
                 "/settings/export?format=json", "/suggest?text=x"):
        page = stranger.client.get(path, follow_redirects=False)
        assert page.status_code == 303 and page.headers["location"].startswith("/login"), path
    posted = stranger.client.post("/log", data={"text": "injected"}, follow_redirects=False)
    assert posted.status_code in (401, 403)
    with web.journal() as journal:
        assert journal.count() == 1


def test_a_forged_cookie_is_not_a_session(web: Web) -> None:
    stranger = Web(web.db, token="other")
    stranger.client.cookies.set("goodcry_session", "guessed-value")
    assert stranger.client.get("/journal", follow_redirects=False).status_code == 303


def test_foreign_host_is_refused_dns_rebinding(web: Web) -> None:
    page = web.client.get("/journal", headers={"Host": "evil.example:8765"})
    assert page.status_code == 421 and "private" not in page.text
    assert web.client.get("/help", headers={"Host": "evil.example"}).status_code == 421
    assert web.client.get("/journal", headers={"Host": "localhost:8765"}).status_code == 200


def test_foreign_origin_and_cross_site_posts_are_refused(web: Web) -> None:
    web.get("/log")
    for headers in ({"Origin": "http://evil.example"}, {"Origin": "null"}, {"Sec-Fetch-Site": "cross-site"}):
        refused = web.client.post("/log", data={"csrf": web.csrf, "text": "from elsewhere"}, headers=headers)
        assert refused.status_code == 403, headers
    assert web.client.post("/log", data={"csrf": web.csrf, "text": "mine"},
                           headers={"Origin": WEB_BASE, "Sec-Fetch-Site": "same-origin"}).status_code == 200
    with web.journal() as journal:
        assert [e.text for e in journal.find()] == ["mine"]


def test_missing_or_wrong_csrf_token_is_refused(web: Web) -> None:
    web.get("/log")
    assert web.client.post("/log", data={"text": "no token"}).status_code == 403
    assert web.client.post("/log", data={"text": "bad token", "csrf": "x" * 43}).status_code == 403
    other = Web(web.db, token="other")
    other.get("/login")  # another browser's token is not this session's
    assert web.client.post("/log", data={"text": "foreign token", "csrf": other.csrf}).status_code == 403
    with web.journal() as journal:
        assert journal.count() == 0


def test_script_in_an_entry_is_escaped(web: Web) -> None:
    evil = '<script>alert(1)</script><img src=x onerror=alert(2)> "quoted" #tag'
    web.get("/log")
    saved = web.post("/log", {"text": evil, "with_new": "Eve", "feel_other": "sad"})
    assert "<script>alert(1)</script>" not in saved.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in saved.text
    assert "<img src=x" not in saved.text
    for path in ("/journal", "/"):
        assert "<script>alert" not in web.get(path).text


def test_security_headers_and_csp_without_inline_script(web: Web) -> None:
    page = web.get("/")
    assert page.headers["content-security-policy"] == CSP
    assert "'unsafe-inline'" not in CSP and "script-src 'self'" in CSP and "frame-ancestors 'none'" in CSP
    assert page.headers["x-frame-options"] == "DENY" and page.headers["cache-control"] == "no-store"
    assert page.headers["referrer-policy"] == "same-origin"
    assert "<script>" not in page.text and "style=" not in page.text


def test_session_cookie_is_httponly_and_samesite_strict(fresh: Web) -> None:
    response = fresh.client.get(f"/login/token/{fresh.token}", follow_redirects=False)
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/" in cookie


def test_login_attempts_are_rate_limited(fresh: Web) -> None:
    fresh.first_start()
    guesser = Web(fresh.db, token="unused")
    guesser.get("/login")
    codes = [guesser.post("/login", {"passphrase": f"guess {i}"}).status_code for i in range(7)]
    assert codes[:5] == [401] * 5 and codes[5:] == [429, 429]
    blocked = guesser.post("/login", {"passphrase": PASSPHRASE})
    assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) > 0


def test_the_one_time_token_works_once(fresh: Web) -> None:
    assert fresh.client.get(f"/login/token/{fresh.token}", follow_redirects=False).status_code == 303
    reused = fresh.client.get(f"/login/token/{fresh.token}")
    assert reused.status_code in (403, 429)
    assert fresh.client.get("/login/token/wrong-guess").status_code in (403, 429)


def test_passphrase_is_stored_as_argon2id_and_never_exported(fresh: Web) -> None:
    fresh.first_start()
    with fresh.journal() as journal:
        stored = journal.setting(PASSPHRASE_KEY)
        assert stored is not None and stored.startswith("$argon2id$") and PASSPHRASE not in stored
        assert PASSPHRASE_KEY not in journal.settings()
        journal.add_many([], settings={PASSPHRASE_KEY: "$argon2id$planted"})
        assert journal.setting(PASSPHRASE_KEY) == stored


def test_setup_cannot_replace_an_existing_passphrase(fresh: Web) -> None:
    fresh.first_start()
    fresh.get("/setup")
    assert fresh.post("/setup", {"passphrase": "attacker wins", "again": "attacker wins"}).status_code == 403


def test_login_redirect_stays_on_this_site(fresh: Web) -> None:
    fresh.first_start()
    other = Web(fresh.db, token="x")
    other.get("/login?next=//evil.example/")
    landed = other.post("/login", {"passphrase": PASSPHRASE, "next": "//evil.example/"})
    assert landed.url.host == "127.0.0.1" and landed.url.path == "/"


def test_logout_ends_the_session(fresh: Web) -> None:
    fresh.first_start()
    fresh.get("/")
    fresh.post("/logout")
    assert fresh.client.get("/journal", follow_redirects=False).status_code == 303


def test_serving_beyond_this_computer_needs_the_flag(sqlite_cli) -> None:  # type: ignore[no-untyped-def]
    sqlite_cli.ok("init")
    refused = sqlite_cli("serve", "--host", "0.0.0.0", "--no-browser")
    assert refused.code == 2 and "--allow-remote" in refused.err
