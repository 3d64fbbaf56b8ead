"""The web app's pages in-process (FastAPI TestClient) on SQLite and PostgreSQL; results checked in the Journal."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta

from conftest import PASSPHRASE, Web
from goodcry.core.model import Entry, Kind, Person, Relation, Relief
from goodcry.web.views import EntryView


def _saved_id(url: str) -> str:
    found = re.search(r"/entries/([0-9a-z]{16})", url)
    assert found, url
    return found.group(1)


def test_every_page_renders_when_logged_in(web: Web) -> None:
    for path in ("/", "/cry/check-in", "/cry/let-it-out", "/cry/name-it", "/cry/reach-out", "/cry/check-out",
                 "/cry/reflect", "/log", "/journal", "/insights", "/people", "/settings", "/help"):
        page = web.get(path)
        assert page.status_code == 200, path
        assert 'href="/help"' in page.text, f"{path}: Help now must be one click away"
        assert "<script>" not in page.text and " onclick=" not in page.text, path


def test_guided_good_cry_saves_one_entry(web: Web) -> None:
    with web.journal() as journal:
        journal.add_person(Person("Ana", Relation.FRIEND))
    web.get("/cry")
    web.post("/cry/check-in", {"tension_before": "8", "mood_before": "-3", "text": "argued with Sam, felt so alone"})
    web.post("/cry/let-it-out", {"intensity": "crying", "duration": "10"})
    web.post("/cry/name-it", {"feel": ["hurt", "lonely"], "feel_other": "homesick:4"})
    drafted = web.post("/cry/reach-out", {"reach": "Ana", "draft": "1"})
    assert "Hi Ana, I&#39;ve just had a good cry. I&#39;m feeling hurt, lonely and homesick." in drafted.text
    web.post("/cry/reach-out", {"reach": "Ana"})
    web.post("/cry/check-out", {"tension_after": "4", "mood_after": "0", "clarity": "7", "body": ["tired", "calm"],
                                "relief": "better"})
    saved = web.post("/cry/reflect", {"notes": "it was not about the move", "understanding": "4"})
    assert saved.status_code == 200 and "Saved." in saved.text and "Come back around" in saved.text
    with web.journal() as journal:
        entry = journal.get(_saved_id(str(saved.url)))
    assert entry.kind is Kind.CRY and entry.tension_before == 8 and entry.tension_after == 4
    assert [f.word for f in entry.feelings] == ["hurt", "lonely", "homesick"] and entry.feelings[2].strength == 4
    assert entry.relief is Relief.BETTER and entry.notes == "it was not about the move" and entry.people == ()
    assert entry.source == "web"


def test_a_mistake_in_a_step_is_shown_there_and_kept(web: Web) -> None:
    web.get("/cry")
    page = web.post("/cry/name-it", {"feel_other": "blorptastic"})
    assert page.status_code == 400 and "blorptastic" in page.text and "Not saved yet" in page.text


def test_later_check_in_is_due_after_90_minutes(web: Web) -> None:
    now = datetime.now().astimezone()
    with web.journal() as journal:
        old = journal.add(Entry(Kind.CRY, now - timedelta(hours=2), text="earlier today")).entry
        fresh = journal.add(Entry(Kind.CRY, now - timedelta(minutes=10), text="just now")).entry
    today = web.get("/").text
    assert f"/entries/{old.id}/after" in today and "Check in now" in today and "due around" in today
    web.get(f"/entries/{old.id}/after")
    done = web.post(f"/entries/{old.id}/after", {"relief": "much-better", "mood": "2", "resolved": "partly"})
    assert done.status_code == 200 and "later check-in is saved" in done.text
    with web.journal() as journal:
        assert journal.get(old.id).later_relief() is Relief.MUCH_BETTER
    assert f"/entries/{old.id}/after" not in web.get("/").text
    assert f"/entries/{fresh.id}/after" in web.get("/").text


def test_daily_mood_and_quick_log(web: Web) -> None:
    assert "How is your mood today?" in web.get("/").text
    web.post("/quick", {"kind": "check-in", "mood": "2"})
    assert "How is your mood today?" not in web.get("/").text
    saved = web.post("/quick", {"kind": "held-back", "text": "kept it in at work #work"})
    with web.journal() as journal:
        entry = journal.get(_saved_id(str(saved.url)))
        assert entry.kind is Kind.HELD_BACK and entry.tags == ("work",)
        assert journal.count() == 2


def test_full_form_edit_refuses_stale_version_and_delete_asks(web: Web) -> None:
    web.get("/log")
    saved = web.post("/log", {
        "kind": "cry", "at": "yesterday 9pm", "text": "the film ended", "intensity": "tears", "triggers": ["film-music-book"],
        "feel": ["moved"], "mood_before": "1", "mood_after": "2", "with": [], "with_new": "Sam",
        "resp.Sam": ["comforted"], "body": ["relaxed"],
    })
    entry_id = _saved_id(str(saved.url))
    with web.journal() as journal:
        entry = journal.get(entry_id)
    assert entry.at.hour == 21 and entry.people[0].person == "Sam" and entry.body
    form = web.get(f"/entries/{entry_id}/edit")
    assert 'value="the film ended"' not in form.text and ">the film ended</textarea>" in form.text
    fields = {"kind": "cry", "at": entry.at.strftime("%Y-%m-%d %H:%M"), "text": "the film ended, and I wept",
              "version": str(entry.version), "feel_other": "moved", "with": ["Sam"]}
    assert web.post(f"/entries/{entry_id}/edit", fields).status_code == 200
    stale = web.post(f"/entries/{entry_id}/edit", {**fields, "text": "an old tab"})
    assert stale.status_code == 409 and "changed elsewhere" in stale.text
    with web.journal() as journal:
        assert journal.get(entry_id).text == "the film ended, and I wept"

    assert "Yes, delete it" in web.get(f"/entries/{entry_id}/delete").text
    assert web.post(f"/entries/{entry_id}/delete", {"version": "2"}).status_code == 400
    assert web.post(f"/entries/{entry_id}/delete", {"version": "2", "confirm": "yes"}).url.path == "/journal"
    with web.journal() as journal:
        assert journal.count() == 0


def test_journal_filters_combine(web: Web) -> None:
    with web.journal() as journal:
        journal.add(Entry(Kind.CRY, datetime(2026, 3, 1, 20, 0).astimezone(), text="moving boxes #home"))
        journal.add(Entry(Kind.HELD_BACK, datetime(2026, 3, 2, 10, 0).astimezone(), text="meeting #work"))
        journal.add(Entry(Kind.CHECK_IN, datetime(2026, 3, 3, 9, 0).astimezone(), mood_after=2))
    everything = web.get("/journal").text
    assert "moving boxes" in everything and "meeting" in everything
    only = web.get("/journal", params={"kind": "cry", "q": "boxes"}).text
    assert "moving boxes" in only and "meeting" not in only
    assert "meeting" in web.get("/journal", params={"tag": "work", "since": "2026-03-02", "until": "2026-03-02"}).text
    assert "No entries match" in web.get("/journal", params={"tag": "home", "kind": "held-back"}).text
    bad = web.get("/journal", params={"since": "the day after never"})
    assert bad.status_code == 400


def test_insights_show_charts_from_synthetic_entries(web: Web) -> None:
    from goodcry.core import synthetic

    with web.journal() as journal:
        journal.add_many(synthetic.generate(600, seed=3, effects=synthetic.PLANTED), synthetic.circle())
    page = web.get("/insights")
    assert page.status_code == 200
    assert page.text.count("<svg") >= 2 and 'id="chart-relief-title"' in page.text and "chart-weeks" in page.text
    assert "Diary study: better" in page.text


def test_people_add_and_remove(web: Web) -> None:
    web.get("/people")
    web.post("/people", {"name": "Ana", "relation": "friend"})
    assert web.post("/people", {"name": "Ana"}).status_code == 400
    assert "Remove Ana" in web.get("/people/remove", params={"name": "Ana"}).text
    web.post("/people/remove", {"name": "Ana", "confirm": "yes"})
    with web.journal() as journal:
        assert journal.people() == []


def test_settings_country_export_import_and_passphrase(web: Web, tmp_path) -> None:  # type: ignore[no-untyped-def]
    web.get("/settings")
    web.post("/settings/country", {"country": "ie"})
    with web.journal() as journal:
        assert journal.country == "IE"
        journal.add(Entry(Kind.CRY, datetime(2026, 1, 5, 21, 0).astimezone(), text="winter"))
    exported = web.get("/settings/export", params={"format": "json"})
    assert exported.headers["content-disposition"].startswith("attachment")
    document = json.loads(exported.text)
    assert len(document["entries"]) == 1 and not any(k.startswith("private.") for k in document["settings"])
    web.get("/settings")
    again = web.post("/settings/import", {"format": "goodcry-json"},
                     files={"file": ("journal.json", exported.content, "application/json")})
    assert "Added 0 entries (1 were already there)" in again.text
    wrong = web.post("/settings/passphrase", {"current": "nope", "passphrase": "a new passphrase", "again": "a new passphrase"})
    assert wrong.status_code == 400
    changed = web.post("/settings/passphrase", {"current": PASSPHRASE, "passphrase": "a new passphrase",
                                                "again": "a new passphrase"})
    assert changed.status_code == 200, changed.text[:2000]
    fresh = Web(web.db, token="unused")
    fresh.get("/login")
    login = fresh.post("/login", {"passphrase": "a new passphrase", "next": "/journal"})
    assert login.url.path == "/journal", (login.status_code, login.text[:2000])


def test_help_now_is_public(db_url: str, journal) -> None:  # type: ignore[no-untyped-def]
    page = Web(db_url).get("/help")
    assert page.status_code == 200 and "emergency" in page.text


def test_templates_get_view_models_not_domain_rows(web: Web) -> None:
    with web.journal() as journal:
        saved = journal.add(Entry(Kind.CRY, datetime.now().astimezone(), text="view")).entry
    page = web.get(f"/entries/{saved.id}")
    assert isinstance(page.context["e"], EntryView)  # type: ignore[attr-defined]
    assert not any(isinstance(v, Entry) for v in page.context.values())  # type: ignore[attr-defined]
    fragment = web.get(f"/entries/{saved.id}", headers={"X-Goodcry-Fragment": "1"})
    assert "<html" not in fragment.text and "<article" in fragment.text


def test_crisis_card_after_saving_and_not_after_a_sad_entry(web: Web) -> None:
    web.get("/")
    sad = web.post("/quick", {"kind": "cry", "text": "I cried all evening, I miss her so much"})
    assert "Saved." in sad.text and 'class="card' not in sad.text
    crisis = web.post("/quick", {"kind": "cry", "text": "I want to end my life tonight"})
    assert "Saved." in crisis.text and 'class="card card-crisis"' in crisis.text and "Samaritans" in crisis.text
    with web.journal() as journal:
        assert journal.count() == 2  # saved first, always
    assert "Samaritans" in web.get("/help").text


def test_feeling_suggestions_show_the_words_behind_them(web: Web) -> None:
    fragment = web.get("/suggest?text=my grandmother died and I miss her so much")
    assert fragment.status_code == 200
    assert "grief" in fragment.text or "sad" in fragment.text
    assert "grandmother died" in fragment.text or "miss her" in fragment.text  # the evidence, from their words
    web.get("/cry")
    web.post("/cry/check-in", {"tension_before": "7", "text": "I feel so alone since the move"})
    page = web.get("/cry/name-it")
    assert "lonely" in page.text and "so alone" in page.text


def test_an_encrypted_journal_is_served_with_the_key_derived_at_start(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`goodcry serve` unlocks an encrypted journal once; the app's connections reuse that key, in memory only."""
    from goodcry.journal import Journal
    from goodcry.storage.database import Target

    path = tmp_path / "secret.db"
    secret = "a long enough passphrase"
    Journal.open(Target.parse(path), create=True, encrypt=True, passphrase=lambda: secret).close()
    with Journal.open(Target.parse(path), passphrase=lambda: secret) as journal:
        journal.set_country("GB")
        assert journal.db.key is not None
        key = journal.db.key.raw
    web = Web(str(path), journal_key=key)
    web.first_start()
    saved = web.post("/quick", {"kind": "cry", "text": "cried about the zanzibarian move"})
    assert saved.status_code == 200 and "Saved" in saved.text
    assert "zanzibarian" in web.get("/journal").text
    web.close()
    assert b"zanzibarian" not in path.read_bytes()
    with Journal.open(Target.parse(path), passphrase=lambda: secret) as journal:
        assert [e.text for e in journal.find()] == ["cried about the zanzibarian move"]
