"""End to end in a real browser: Playwright driving Debian's chromium against ``goodcry serve``'s app.

Covers first start and login, the guided good cry to a saved entry, the later check-in, the journal filter,
insights with charts, the crisis card (when safety screening is installed), keyboard use, a phone-sized screen,
and an axe-core accessibility check of every page.  Screenshots land in ``artifacts/screenshots/``.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from conftest import PASSPHRASE
from goodcry.core.model import Entry, Kind, Person, Relation
from goodcry.journal import Journal
from goodcry.storage.database import Target

CHROMIUM = os.environ.get("GOODCRY_CHROMIUM", "/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
TOKEN = "browser-first-start-token"

if importlib.util.find_spec("playwright") is None:
    pytest.skip("the playwright package is not installed (pip install -e '.[dev]')", allow_module_level=True)
if not Path(CHROMIUM).exists():
    pytest.skip(f"no chromium at {CHROMIUM}: install it (apt-get install chromium; scripts/test.sh does this as root)",
                allow_module_level=True)

from playwright.sync_api import Browser, Page, expect, sync_playwright  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    def __init__(self, db: Path) -> None:
        import uvicorn

        from goodcry.web import WebSettings, create_app

        self.db = db
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        app = create_app(WebSettings(target=Target.parse(db), port=self.port, login_token=TOKEN))
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the web server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)

    def journal(self) -> Journal:
        return Journal.open(Target.parse(self.db))


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    db = tmp_path_factory.mktemp("browser") / "journal.db"
    with Journal.open(Target.parse(db), create=True) as journal:
        journal.set_country("GB")
        journal.add_person(Person("Ana", Relation.FRIEND))
    with Server(db) as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def page(browser: Browser, server: Server) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1100, "height": 900}, reduced_motion="reduce")
    errors: list[str] = []
    tab = context.new_page()
    expected = ("status of 401", "status of 400")  # the wrong passphrase and the refused forms the tests send on purpose
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" and not any(x in m.text for x in expected)
           else None)
    tab.on("pageerror", lambda e: errors.append(str(e)))
    yield tab
    context.close()
    assert not errors, f"browser console errors (CSP violations show here): {errors}"


def shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


_AXE: str | None = None


def axe(page: Page) -> list[dict[str, Any]]:
    """axe-core's violations on the current page (WCAG 2.x A and AA rules)."""
    global _AXE
    if _AXE is None:
        from importlib.resources import files

        _AXE = (files("axe_playwright_python") / "axe.min.js").read_text(encoding="utf-8")
    page.evaluate(_AXE)
    result: dict[str, Any] = page.evaluate(
        "async () => await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', "
        "'wcag21aa', 'best-practice']}})"
    )
    return [{"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:3]}
            for v in result["violations"]]


def check_page(page: Page, name: str) -> None:
    shot(page, name)
    violations = axe(page)
    assert violations == [], f"{name}: {violations}"


def test_first_start_and_login(page: Page, server: Server) -> None:
    page.goto(server.base + "/journal")
    expect(page).to_have_url(server.base + "/login?next=/journal")
    expect(page.get_by_text("No passphrase is set yet")).to_be_visible()
    check_page(page, "01-login-first-start")
    page.goto(f"{server.base}/login/token/{TOKEN}")
    expect(page.get_by_role("heading", name="Welcome to goodcry")).to_be_visible()
    check_page(page, "02-setup")
    page.get_by_label("Passphrase (at least 8 characters)").fill(PASSPHRASE)
    page.get_by_label("The same again").fill(PASSPHRASE)
    page.get_by_role("button", name="Set passphrase").click()
    expect(page.get_by_role("heading", name="Today", exact=True)).to_be_visible()
    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_label("Passphrase")).to_be_visible()
    page.get_by_label("Passphrase").fill("not the passphrase")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("alert")).to_contain_text("not right")
    check_page(page, "03-login")
    page.get_by_label("Passphrase").fill(PASSPHRASE)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Today", exact=True)).to_be_visible()
    check_page(page, "04-today")


def _pick(page: Page, name: str, value: str) -> None:
    page.locator(f'label:has(input[name="{name}"][value="{value}"])').click()


def test_guided_good_cry_to_a_saved_entry(page: Page, server: Server) -> None:
    page.get_by_role("link", name="A good cry").first.click()
    expect(page.get_by_role("heading", name="Check in")).to_be_visible()
    check_page(page, "05-cry-check-in")
    _pick(page, "tension_before", "8")
    _pick(page, "mood_before", "-3")
    page.get_by_label("What is happening? (optional)").fill("Sam said I never listen and I felt so alone")
    page.get_by_role("button", name="Next").click()

    expect(page.get_by_role("heading", name="Let it out")).to_be_visible()
    page.get_by_role("button", name="Start 5 quiet minutes").click()
    expect(page.locator("[data-timer-status]")).to_contain_text("Timer started")
    check_page(page, "06-cry-let-it-out")
    page.get_by_role("button", name="Next").click()

    expect(page.get_by_role("heading", name="Name it")).to_be_visible()
    page.get_by_label("hurt", exact=True).check()
    page.get_by_label("lonely", exact=True).check()
    check_page(page, "07-cry-name-it")
    page.get_by_role("button", name="Next").click()

    expect(page.get_by_role("heading", name="Reach out")).to_be_visible()
    page.get_by_label("Ana").check()
    page.get_by_role("button", name="Draft a message").click()
    expect(page.locator("#f-message")).to_have_value(
        "Hi Ana, I've just had a good cry. I'm feeling hurt and lonely. Could we talk for a bit, or could you just "
        "be with me? You don't need to fix anything.")
    expect(page.get_by_role("button", name="Copy message")).to_be_visible()
    check_page(page, "08-cry-reach-out")
    page.get_by_role("button", name="Next").click()

    expect(page.get_by_role("heading", name="Check out")).to_be_visible()
    _pick(page, "tension_after", "4")
    _pick(page, "mood_after", "0")
    _pick(page, "clarity", "7")
    page.get_by_label("calm", exact=True).check()
    page.get_by_label("Compared with before, you feel").select_option("better")
    check_page(page, "09-cry-check-out")
    page.get_by_role("button", name="Next").click()

    expect(page.get_by_role("heading", name="Reflect")).to_be_visible()
    page.get_by_label("What do you see differently now?").fill("It was about feeling unheard, not the move.")
    check_page(page, "10-cry-reflect")
    page.get_by_role("button", name="Save this cry").click()

    expect(page.get_by_text("Saved.", exact=True)).to_be_visible()
    expect(page.get_by_text("Come back around")).to_be_visible()
    check_page(page, "11-entry-saved")
    with server.journal() as journal:
        [entry] = journal.find()
    assert entry.tension_before == 8 and entry.tension_after == 4 and [f.word for f in entry.feelings] == ["hurt", "lonely"]


def test_later_check_in(page: Page, server: Server) -> None:
    with server.journal() as journal:
        earlier = journal.add(Entry(Kind.CRY, datetime.now().astimezone() - timedelta(hours=2),
                                    text="after the phone call")).entry
    page.goto(server.base + "/")
    page.locator(f'a[href="/entries/{earlier.id}/after"]').click()
    expect(page.get_by_role("heading", name="Later check-in")).to_be_visible()
    check_page(page, "12-after")
    page.get_by_label("Compared with before the cry, you feel").select_option("much-better")
    _pick(page, "mood", "2")
    page.get_by_role("button", name="Save check-in").click()
    expect(page.get_by_text("later check-in is saved")).to_be_visible()
    with server.journal() as journal:
        assert journal.get(earlier.id).follow_ups


def test_journal_filter(page: Page, server: Server) -> None:
    with server.journal() as journal:
        journal.add(Entry(Kind.HELD_BACK, datetime.now().astimezone() - timedelta(days=3), text="kept it in at work #work"))
    page.goto(server.base + "/journal")
    expect(page.get_by_text("kept it in at work")).to_be_visible()
    check_page(page, "13-journal")
    page.get_by_label("Search").fill("phone call")
    page.get_by_role("button", name="Show").click()
    expect(page.get_by_text("after the phone call")).to_be_visible()
    expect(page.get_by_text("kept it in at work")).to_have_count(0)
    page.goto(server.base + "/journal")
    page.get_by_label("Held back tears").check()
    page.get_by_role("button", name="Show").click()
    expect(page.locator("#timeline .entry")).to_have_count(1)
    shot(page, "14-journal-filtered")


def test_insights_with_charts(page: Page, server: Server) -> None:
    from goodcry.core import synthetic

    with server.journal() as journal:
        journal.add_many(synthetic.generate(500, seed=5, effects=synthetic.PLANTED,
                                            start=datetime.now().astimezone() - timedelta(days=400)))
    page.goto(server.base + "/insights")
    expect(page.get_by_role("heading", name="What your entries show")).to_be_visible()
    expect(page.locator("svg.bars rect").first).to_be_visible()
    assert page.locator("svg.columns rect").count() > 10
    check_page(page, "15-insights")


def test_entry_edit_delete_people_settings_help(page: Page, server: Server) -> None:
    page.goto(server.base + "/journal?q=phone+call")
    page.locator("#timeline .entry a").first.click()
    page.get_by_role("link", name="Edit").click()
    check_page(page, "16-edit")
    page.get_by_role("link", name="Back to the entry").click()
    page.get_by_role("link", name="Delete…").click()
    check_page(page, "17-delete")
    page.goto(server.base + "/log")
    check_page(page, "18-log")
    page.goto(server.base + "/people")
    check_page(page, "19-people")
    page.goto(server.base + "/settings")
    check_page(page, "20-settings")
    page.get_by_role("navigation").get_by_role("link", name="Help now").click()
    expect(page.get_by_text("In immediate danger?")).to_be_visible()
    check_page(page, "21-help")


@pytest.mark.skipif(importlib.util.find_spec("goodcry.core.safety") is None,
                    reason="safety screening (goodcry.core.safety) is not installed yet")
def test_crisis_card_after_saving(page: Page, server: Server) -> None:
    page.goto(server.base + "/")
    page.get_by_label("A few words (optional; #tags welcome)").fill("I want to end my life tonight, I have a plan")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("Saved.", exact=True)).to_be_visible()
    card = page.locator("section.card")
    expect(card).to_be_visible()
    expect(card).to_contain_text("Samaritans")
    check_page(page, "22-crisis-card")


def test_keyboard_only_and_phone_screen(browser: Browser, page: Page, server: Server) -> None:
    page.goto(server.base + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", ""), "focus must be visible"
    state = page.context.storage_state()
    phone = browser.new_context(viewport={"width": 375, "height": 740}, storage_state=state, is_mobile=True)
    tab = phone.new_page()
    for path, name in (("/", "23-phone-today"), ("/cry/check-in", "24-phone-cry"), ("/journal", "25-phone-journal"),
                       ("/insights", "26-phone-insights")):
        tab.goto(server.base + path)
        overflow = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} scrolls sideways on a phone ({overflow}px)"
        shot(tab, name)
    phone.close()
