"""The pages.  Each route parses the request, calls the Journal, and renders view models."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.datastructures import FormData, UploadFile

from goodcry.core.errors import ConflictError, ValidationError
from goodcry.core.model import (
    MOOD,
    Body,
    Company,
    Entry,
    Intensity,
    Kind,
    Place,
    Relation,
    Relief,
    Resolved,
    Trigger,
)
from goodcry.core.model import (
    Response as Reaction,
)
from goodcry.core.query import EntryFilter
from goodcry.journal import Journal
from goodcry.web import charts, forms, helpers
from goodcry.web.app import Forbidden, LoginRequired, Web, redirect, set_cookie
from goodcry.web.security import MIN_PASSPHRASE, PASSPHRASE_KEY, hash_passphrase, same, verify_passphrase
from goodcry.web.views import AFTER_DELAY, AFTER_WINDOW, DayGroup, DueCheckIn, EntryView, PersonView, by_day, due_check_ins

public = APIRouter()
private = APIRouter()

STEPS = ("check-in", "let-it-out", "name-it", "reach-out", "check-out", "reflect")
STEP_TITLES = {
    "check-in": "Check in", "let-it-out": "Let it out", "name-it": "Name it", "reach-out": "Reach out",
    "check-out": "Check out", "reflect": "Reflect",
}
STEP_FIELDS: dict[str, tuple[str, ...]] = {
    "check-in": ("tension_before", "mood_before", "text"),
    "let-it-out": ("intensity", "duration"),
    "name-it": ("feel", "feel_other"),
    "reach-out": ("reach",),
    "check-out": ("tension_after", "mood_after", "clarity", "body", "relief"),
    "reflect": ("notes", "understanding"),
}
EXPORT_TYPES = {"json": "application/json", "csv": "text/csv", "md": "text/markdown"}


def now() -> datetime:
    return datetime.now().astimezone()


def web_of(request: Request) -> Web:
    web: Web = request.app.state.web
    return web


async def require_login(request: Request) -> None:
    session = web_of(request).session(request)
    if session is None or not session.authenticated:
        raise LoginRequired


async def checked_form(request: Request) -> FormData:
    """The posted form, only when its CSRF token matches this session's."""
    form = await request.form()
    session = web_of(request).session(request)
    token = form.get("csrf")
    if session is None or not isinstance(token, str) or not same(token, session.csrf):
        raise Forbidden("This form's security token is missing or out of date. Go back, reload the page and try again.")
    return form


Form = Depends(checked_form)


def flash(request: Request, message: str) -> None:
    session = web_of(request).session(request)
    if session is not None:
        session.flash.append(message)


def choices() -> dict[str, Any]:
    """Options for the entry forms, as (value, label) pairs."""

    def pairs(enum: Any) -> list[tuple[str, str]]:
        return [(m.value, m.value.replace("-", " ")) for m in enum]

    return {
        "kinds": [("cry", "A cry"), ("held-back", "Held back tears"), ("check-in", "A mood check-in")],
        "intensities": [(i.value, f"{i.level} · {i.value.replace('-', ' ')}") for i in Intensity],
        "places": pairs(Place), "triggers": pairs(Trigger), "reliefs": pairs(Relief), "companies": pairs(Company),
        "resolveds": pairs(Resolved), "bodies": pairs(Body), "responses": pairs(Reaction), "relations": pairs(Relation),
        "moods": [(str(v), f"{v:+d}" if v else "0") for v in range(-5, 6)],
        "tensions": [(str(v), str(v)) for v in range(0, 11)],
        "fives": [(str(v), str(v)) for v in range(1, 6)],
    }


def families(journal: Journal) -> list[tuple[str, str, list[str]]]:
    vocab = journal.vocabulary
    return [(f, vocab.family(f).description, [w.name for w in vocab.in_family(f)]) for f in vocab.family_names()]


# --- login ----------------------------------------------------------------------------------------------

def _client(request: Request) -> str:
    return request.client.host if request.client else "?"


def _safe_next(target: str) -> str:
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return "/"
    return target


@public.get("/login")
def login_page(request: Request, next: str = "/") -> Response:
    web = web_of(request)
    session = web.session(request)
    if session is not None and session.authenticated:
        return redirect(_safe_next(next))
    with web.pool.journal() as journal:
        has_passphrase = journal.setting(PASSPHRASE_KEY) is not None
    return web.render(request, "login.html", {"title": "Log in", "next": _safe_next(next),
                                              "has_passphrase": has_passphrase})


@public.post("/login")
def login(request: Request, form: FormData = Form) -> Response:
    web = web_of(request)
    client = _client(request)
    wait = web.limiter.retry_after(client)
    target = _safe_next(forms.text(form, "next") or "/")
    if wait:
        response = web.render(request, "login.html", {
            "title": "Log in", "next": target, "has_passphrase": True,
            "error": f"Too many attempts. Please wait {wait} seconds and try again."}, status=429)
        response.headers["Retry-After"] = str(wait)
        return response
    with web.pool.journal() as journal:
        stored = journal.setting(PASSPHRASE_KEY)
    passphrase = form.get("passphrase")
    ok = stored is not None and isinstance(passphrase, str) and verify_passphrase(stored, passphrase)
    if not ok:
        web.limiter.failed(client)
        return web.render(request, "login.html", {
            "title": "Log in", "next": target, "has_passphrase": stored is not None,
            "error": "That passphrase is not right." if stored else "No passphrase is set yet: open the link "
                     "that `goodcry serve` printed."}, status=401)
    web.limiter.succeeded(client)
    return _logged_in(request, target)


def _logged_in(request: Request, target: str) -> Response:
    web = web_of(request)
    session = web.sessions.rotate(web.session(request))
    response = redirect(target)
    set_cookie(response, session)
    return response


@public.get("/login/token/{token}")
def login_with_token(request: Request, token: str) -> Response:
    """The link ``goodcry serve`` prints and opens: it logs in once."""
    web = web_of(request)
    client = _client(request)
    wait = web.limiter.retry_after(client)
    if wait or not web.token.redeem(token):
        if not wait:
            web.limiter.failed(client)
        return web.render(request, "error.html", {
            "title": "This link has been used", "message": "Each link goodcry serve prints works once. Log in with "
            "your passphrase, or stop goodcry serve and start it again for a new link."}, status=429 if wait else 403)
    with web.pool.journal() as journal:
        needs_passphrase = journal.setting(PASSPHRASE_KEY) is None
    return _logged_in(request, "/setup" if needs_passphrase else "/")


@private.post("/logout")
def logout(request: Request, form: FormData = Form) -> Response:
    web = web_of(request)
    session = web.session(request)
    if session is not None:
        web.sessions.drop(session)
    response = redirect("/login")
    response.delete_cookie("goodcry_session", path="/")
    return response


def _new_passphrase(form: FormData) -> str:
    new, again = form.get("passphrase"), form.get("again")
    if not isinstance(new, str) or len(new) < MIN_PASSPHRASE:
        raise ValidationError(f"a passphrase needs at least {MIN_PASSPHRASE} characters")
    if new != again:
        raise ValidationError("the two passphrases are not the same")
    return new


@private.get("/setup")
def setup_page(request: Request) -> Response:
    return web_of(request).render(request, "setup.html", {"title": "Welcome to goodcry"})


@private.post("/setup")
def setup(request: Request, form: FormData = Form) -> Response:
    web = web_of(request)
    with web.pool.journal() as journal:
        if journal.setting(PASSPHRASE_KEY) is not None:
            raise Forbidden("A passphrase is already set; change it on the Settings page.")
        try:
            journal.set_setting(PASSPHRASE_KEY, hash_passphrase(_new_passphrase(form)))
        except ValidationError as exc:
            return web.render(request, "setup.html", {"title": "Welcome to goodcry", "error": str(exc)}, status=400)
    flash(request, "Your passphrase is set. You will use it to log in next time.")
    return redirect("/")


# --- help -----------------------------------------------------------------------------------------------

@public.get("/help")
def help_now(request: Request) -> Response:
    web = web_of(request)
    session = web.session(request)
    country = None
    if session is not None and session.authenticated:
        with web.pool.journal() as journal:
            country = journal.country
    return web.render(request, "help.html", {"title": "Help now", "card": helpers.help_card(country)})


# --- today ----------------------------------------------------------------------------------------------

@private.get("/")
def today(request: Request) -> Response:
    web = web_of(request)
    moment = now()
    midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    with web.pool.journal() as journal:
        recent = journal.find(EntryFilter(since=moment - AFTER_WINDOW, limit=200))
    due: tuple[DueCheckIn, ...] = due_check_ins(recent, moment)
    todays = [e for e in recent if e.at >= midnight]
    mood_done = any(e.mood_after is not None or e.kind is Kind.CHECK_IN for e in todays)
    return web.render(request, "today.html", {
        "title": "Today", "due": due, "mood_done": mood_done, "today": by_day(todays), **choices(),
    })


@private.post("/quick")
def quick_log(request: Request, form: FormData = Form) -> Response:
    web = web_of(request)
    try:
        mood = forms.number(form, "mood", MOOD)
        kind = forms.choice(form, "kind", Kind, "kind") or Kind.CRY
        entry = Entry(kind, now(), text=forms.text(form, "text"), mood_after=mood, source="web")
        if kind is Kind.CHECK_IN and mood is None and not entry.text:
            raise ValidationError("a check-in needs a mood or a few words")
    except ValidationError as exc:
        flash(request, f"Not saved: {exc}")
        return redirect("/")
    with web.pool.journal() as journal:
        saved = journal.add(entry).entry
    return redirect(f"/entries/{saved.id}?saved=1")


# --- the guided good cry --------------------------------------------------------------------------------

class _Draft:
    """The guided flow's answers so far, read like a posted form."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def get(self, key: str, default: object = None) -> object:
        value = self.data.get(key, default)
        return value[0] if isinstance(value, list) and value else value

    def getlist(self, key: str) -> list[object]:
        value = self.data.get(key)
        return list(value) if isinstance(value, list) else [] if value in (None, "") else [value]

    def keys(self) -> list[str]:
        return list(self.data)


def _draft(request: Request) -> dict[str, Any]:
    session = web_of(request).session(request)
    assert session is not None
    return session.draft


@private.get("/cry")
def cry_start(request: Request) -> Response:
    draft = _draft(request)
    draft.clear()
    draft["at"] = now().isoformat()
    return redirect("/cry/check-in")


@private.get("/cry/{step}")
def cry_step(request: Request, step: str) -> Response:
    if step not in STEPS:
        raise _not_found()
    draft = _draft(request)
    if "at" not in draft:
        draft["at"] = now().isoformat()
    return _render_step(request, step, draft)


def _not_found() -> Exception:
    from goodcry.core.errors import NotFoundError

    return NotFoundError("there is no such step in the guided good cry")


def _render_step(request: Request, step: str, draft: dict[str, Any], error: str = "", status: int = 200) -> Response:
    web = web_of(request)
    values = forms.Values(
        {k: str(v) for k, v in draft.items() if not isinstance(v, list)},
        {k: [str(x) for x in v] for k, v in draft.items() if isinstance(v, list)},
    )
    index = STEPS.index(step)
    ctx: dict[str, Any] = {
        "title": f"A good cry · {STEP_TITLES[step]}", "step": step, "steps": [(s, STEP_TITLES[s]) for s in STEPS],
        "index": index, "previous": STEPS[index - 1] if index else None, "v": values, "error": error, **choices(),
    }
    with web.pool.journal() as journal:
        if step == "name-it":
            ctx["families"] = families(journal)
            ctx["suggestions"] = helpers.suggestions(str(draft.get("text", "")), journal.vocabulary)
        if step == "reach-out":
            ctx["people"] = [PersonView.of(p) for p in journal.people() if p.relation is not Relation.STRANGER]
            reach = str(draft.get("reach", ""))
            ctx["message"] = _message(reach, draft) if reach else ""
    return web.render(request, "cry.html", ctx, status=status)


def _message(name: str, draft: dict[str, Any]) -> str:
    words = [str(w) for w in draft.get("feel", [])]
    words += [w.split(":")[0].strip() for w in str(draft.get("feel_other", "")).split(",") if w.strip()]
    feeling = ""
    if words:
        feeling = " I'm feeling " + (", ".join(words[:-1]) + " and " + words[-1] if len(words) > 1 else words[0]) + "."
    return (f"Hi {name}, I've just had a good cry.{feeling} Could we talk for a bit, or could you just be with me? "
            "You don't need to fix anything.")


@private.post("/cry/{step}")
def cry_answer(request: Request, step: str, form: FormData = Form) -> Response:
    if step not in STEPS:
        raise _not_found()
    web = web_of(request)
    draft = _draft(request)
    for key in STEP_FIELDS[step]:
        if key in forms.MULTI:
            draft[key] = [str(v) for v in form.getlist(key)]
        else:
            draft[key] = forms.text(form, key)
    if step == "name-it":
        draft["suggested"] = [str(v) for v in form.getlist("suggested")]
    try:  # check this step's answers now, so a mistake is shown where it was made
        forms.entry_fields(_Draft({k: draft[k] for k in STEP_FIELDS[step] if k in draft}), now())
        if step == "name-it":
            with web.pool.journal() as journal:
                for feeling in forms.feelings(_Draft(draft)):
                    journal.vocabulary.lookup(feeling.word)
    except ValidationError as exc:
        return _render_step(request, step, draft, str(exc), status=400)
    if step == "reach-out" and form.get("draft") is not None:
        return redirect("/cry/reach-out#message")
    index = STEPS.index(step)
    if index + 1 < len(STEPS):
        return redirect(f"/cry/{STEPS[index + 1]}")
    return _save_cry(request, draft)


def _save_cry(request: Request, draft: dict[str, Any]) -> Response:
    web = web_of(request)
    source = _Draft(draft)
    try:
        at = datetime.fromisoformat(str(draft.get("at"))) if draft.get("at") else now()
        fields = forms.entry_fields(source, at)
        feelings = forms.feelings(source, accepted=[str(w) for w in draft.get("suggested", [])])
        entry = Entry(**{**fields, "kind": Kind.CRY, "at": at, "feelings": feelings}, source="web")  # type: ignore[arg-type]
        with web.pool.journal() as journal:
            saved = journal.add(entry).entry
    except ValidationError as exc:
        return _render_step(request, "reflect", draft, str(exc), status=400)
    draft.clear()
    return redirect(f"/entries/{saved.id}?saved=1")


# --- the full form, entries -----------------------------------------------------------------------------

def _entry_form(request: Request, journal: Journal, v: forms.Values, *, title: str, action: str, error: str = "",
                status: int = 200, entry: EntryView | None = None) -> Response:
    return web_of(request).render(request, "log.html", {
        "title": title, "v": v, "action": action, "error": error, "entry": entry, "families": families(journal),
        "people": [PersonView.of(p) for p in journal.people()], **choices(),
    }, status=status)


@private.get("/log")
def log_page(request: Request, kind: str = "cry") -> Response:
    with web_of(request).pool.journal() as journal:
        v = forms.Values({"kind": kind if kind in ("cry", "held-back", "check-in") else "cry", "at": "now"},
                         {k: [] for k in forms.MULTI})
        return _entry_form(request, journal, v, title="Log an entry", action="/log")


@private.post("/log")
def log_entry(request: Request, form: FormData = Form) -> Response:
    with web_of(request).pool.journal() as journal:
        try:
            saved = journal.add(forms.new_entry(form, now())).entry
        except ValidationError as exc:
            return _entry_form(request, journal, forms.Values.of(form, forms.MULTI), title="Log an entry",
                               action="/log", error=str(exc), status=400)
    return redirect(f"/entries/{saved.id}?saved=1")


@private.get("/entries/{entry_id}")
def entry_page(request: Request, entry_id: str, saved: int = 0) -> Response:
    web = web_of(request)
    with web.pool.journal() as journal:
        entry = journal.get(entry_id)
        country = journal.country
    card = helpers.screen_card(entry, country) if saved else None
    due = f"{(entry.at + AFTER_DELAY).astimezone(now().tzinfo):%H:%M}"
    return web.render(request, "entry.html", {
        "title": "Entry", "e": EntryView.of(entry), "saved": bool(saved), "card": card, "after_due": due,
        "after_open": entry.is_episode and not entry.follow_ups and now() - entry.at < AFTER_WINDOW,
    })


@private.get("/entries/{entry_id}/edit")
def edit_page(request: Request, entry_id: str) -> Response:
    with web_of(request).pool.journal() as journal:
        entry = journal.get(entry_id)
        return _entry_form(request, journal, forms.values_of(entry), title="Edit entry",
                           action=f"/entries/{entry.id}/edit", entry=EntryView.of(entry))


@private.post("/entries/{entry_id}/edit")
def edit_entry(request: Request, entry_id: str, form: FormData = Form) -> Response:
    with web_of(request).pool.journal() as journal:
        entry = journal.get(entry_id)
        try:
            journal.update(forms.edited_entry(form, entry, now()))
        except (ValidationError, ConflictError) as exc:
            return _entry_form(request, journal, forms.Values.of(form, forms.MULTI), title="Edit entry",
                               action=f"/entries/{entry.id}/edit", error=str(exc), entry=EntryView.of(entry),
                               status=409 if isinstance(exc, ConflictError) else 400)
    return redirect(f"/entries/{entry.id}?saved=1")


@private.get("/entries/{entry_id}/delete")
def delete_page(request: Request, entry_id: str) -> Response:
    web = web_of(request)
    with web.pool.journal() as journal:
        entry = journal.get(entry_id)
    return web.render(request, "delete.html", {"title": "Delete entry", "e": EntryView.of(entry)})


@private.post("/entries/{entry_id}/delete")
def delete_entry(request: Request, entry_id: str, form: FormData = Form) -> Response:
    web = web_of(request)
    if form.get("confirm") != "yes":
        raise ValidationError("tick the box to confirm deleting this entry")
    with web.pool.journal() as journal:
        entry = journal.get(entry_id)
        if forms.text(form, "version") != str(entry.version):
            raise ConflictError("this entry changed since you opened it; look at it again before deleting it")
        journal.delete(entry.id)
    flash(request, "The entry is deleted.")
    return redirect("/journal")


@private.get("/entries/{entry_id}/after")
def after_page(request: Request, entry_id: str) -> Response:
    web = web_of(request)
    with web.pool.journal() as journal:
        entry = journal.get(entry_id)
    return web.render(request, "after.html", {"title": "Later check-in", "e": EntryView.of(entry),
                                              "v": forms.Values(), **choices()})


@private.post("/entries/{entry_id}/after")
def after(request: Request, entry_id: str, form: FormData = Form) -> Response:
    web = web_of(request)
    with web.pool.journal() as journal:
        entry = journal.get(entry_id)
        try:
            journal.follow_up(entry.id, forms.follow_up(form, now()))
        except ValidationError as exc:
            return web.render(request, "after.html", {"title": "Later check-in", "e": EntryView.of(entry),
                                                      "v": forms.Values.of(form), "error": str(exc), **choices()},
                              status=400)
    flash(request, "Thank you: your later check-in is saved.")
    return redirect(f"/entries/{entry.id}?saved=1")


# --- journal, insights ----------------------------------------------------------------------------------

@private.get("/journal")
async def journal_page(request: Request) -> Response:
    """Async on purpose: a cached page is two SQLite pragmas and a render, cheaper than a hop to a worker thread
    (bench/web_bench.py: p99 under 20 concurrent clients).  A miss queries on the event loop for ~1 ms."""
    web = web_of(request)
    params = dict(request.query_params)
    kinds = request.query_params.getlist("kind")
    try:
        limit = max(1, min(1000, int(params.get("n", web.settings.page_size))))
    except ValueError:
        limit = web.settings.page_size
    error = ""
    days: tuple[DayGroup, ...] = ()
    with web.pool.journal() as journal:
        key = ("journal", web.pool.stamp(journal), tuple(request.query_params.multi_items()), limit, now().date())
        cached = web.page_cache.get(key)
        if cached is not None:
            days, count = cached
        else:
            try:
                query = forms.entry_filter(params, kinds, now(), limit)
                query = replace(query, feelings=tuple(journal.vocabulary.lookup(w).name for w in query.feelings))
                entries = journal.find(query)
                days, count = by_day(entries), len(entries)
                web.page_cache.put(key, (days, count))
            except ValidationError as exc:
                error, count = str(exc), 0
    filtered = any(params.get(k) for k in ("since", "until", "feel", "with", "tag", "q")) or bool(kinds)
    return web.render(request, "journal.html", {
        "title": "Journal", "days": days, "p": params, "kinds_on": kinds, "error": error,
        "more": count >= limit, "next_n": limit * 2, "filtered": filtered, "kinds": choices()["kinds"],
        "query": urlencode([(k, v) for k, v in request.query_params.multi_items() if k != "n"]),
    }, status=400 if error else 200)


@private.get("/insights")
def insights_page(request: Request, since: str = "", until: str = "") -> Response:
    from goodcry.core import when
    from goodcry.core.insights import compute_insights
    from goodcry.core.insights.text import readout

    web = web_of(request)
    moment = now()
    try:
        start = when.parse_bound(since, moment, end=False) if since.strip() else None
        end = when.parse_bound(until, moment, end=True) if until.strip() else None
    except ValidationError as exc:
        return web.render(request, "error.html", {"title": "Please check", "message": str(exc)}, status=400)
    with web.pool.journal() as journal:
        key = (web.pool.stamp(journal), start, end, moment.date())
        cached = web.page_cache.get(key)
        if cached is None:
            result = compute_insights(journal.iter_all(EntryFilter(since=start, until=end)), circle=journal.people(),
                                      vocabulary=journal.vocabulary, until=end.date() if end else None)
            cached = (result, readout(result), [c for c in (charts.relief_chart(result), charts.feelings_chart(result))
                                                if c is not None], charts.weeks_chart(result))
            web.page_cache.put(key, cached)
    result, text, bar_charts, weeks = cached
    return web.render(request, "insights.html", {
        "title": "Insights", "counts": result.counts, "text": text, "bar_charts": bar_charts, "weeks": weeks,
        "since": since, "until": until, "rule": result.rule,
    })


# --- people, settings -----------------------------------------------------------------------------------

def _people_page(request: Request, journal: Journal, error: str = "", v: forms.Values | None = None,
                 status: int = 200) -> Response:
    return web_of(request).render(request, "people.html", {
        "title": "People", "people": [PersonView.of(p) for p in journal.people()], "error": error,
        "v": v or forms.Values(), **choices()}, status=status)


@private.get("/people")
def people_page(request: Request) -> Response:
    with web_of(request).pool.journal() as journal:
        return _people_page(request, journal)


@private.post("/people")
def add_person(request: Request, form: FormData = Form) -> Response:
    with web_of(request).pool.journal() as journal:
        try:
            journal.add_person(forms.person(form))
        except (ValidationError, ConflictError) as exc:
            return _people_page(request, journal, str(exc), forms.Values.of(form), status=400)
    flash(request, f"Added {forms.text(form, 'name')} to your circle.")
    return redirect("/people")


@private.get("/people/remove")
def remove_person_page(request: Request, name: str) -> Response:
    web = web_of(request)
    with web.pool.journal() as journal:
        person = journal.person(name)
    if person is None:
        raise _person_missing(name)
    return web.render(request, "remove_person.html", {"title": "Remove someone", "person": PersonView.of(person)})


def _person_missing(name: str) -> Exception:
    from goodcry.core.errors import NotFoundError

    return NotFoundError(f"{name} is not in your circle")


@private.post("/people/remove")
def remove_person(request: Request, form: FormData = Form) -> Response:
    name = forms.text(form, "name")
    if form.get("confirm") != "yes":
        raise ValidationError("tick the box to confirm")
    with web_of(request).pool.journal() as journal:
        journal.remove_person(name)
    flash(request, f"Removed {name} from your circle.")
    return redirect("/people")


def _settings_page(request: Request, journal: Journal, error: str = "", status: int = 200) -> Response:
    return web_of(request).render(request, "settings.html", {
        "title": "Settings", "country": journal.country or "", "countries": helpers.countries(), "error": error,
        "count": journal.count(), "where": journal.db.target.describe(),
    }, status=status)


@private.get("/settings")
def settings_page(request: Request) -> Response:
    with web_of(request).pool.journal() as journal:
        return _settings_page(request, journal)


@private.post("/settings/country")
def set_country(request: Request, form: FormData = Form) -> Response:
    code = forms.text(form, "country").upper()
    with web_of(request).pool.journal() as journal:
        if len(code) != 2 or not code.isalpha():
            return _settings_page(request, journal, "a country is a two-letter code such as GB, US or IE", 400)
        journal.set_country("GB" if code == "UK" else code)
    flash(request, "Your country is saved; Help now shows its crisis lines.")
    return redirect("/settings")


@private.post("/settings/passphrase")
def change_passphrase(request: Request, form: FormData = Form) -> Response:
    web = web_of(request)
    client = _client(request)
    with web.pool.journal() as journal:
        stored = journal.setting(PASSPHRASE_KEY)
        current = form.get("current")
        if stored is not None and not (isinstance(current, str) and verify_passphrase(stored, current)):
            web.limiter.failed(client)
            return _settings_page(request, journal, "your current passphrase is not right", 400)
        try:
            journal.set_setting(PASSPHRASE_KEY, hash_passphrase(_new_passphrase(form)))
        except ValidationError as exc:
            return _settings_page(request, journal, str(exc), 400)
    flash(request, "Your new passphrase is saved.")
    return redirect("/settings")


@private.get("/settings/export")
def export(request: Request, format: str = "json") -> Response:
    from goodcry.interchange.transfer import export as pieces

    if format not in EXPORT_TYPES:
        raise ValidationError("export as json, csv or md")
    with web_of(request).pool.journal() as journal:
        body = "".join(pieces(journal, format))
    stamp = now().strftime("%Y-%m-%d")
    return Response(body, media_type=f"{EXPORT_TYPES[format]}; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="goodcry-{stamp}.{format}"'})


@private.post("/settings/import")
def import_file(request: Request, form: FormData = Form) -> Response:
    from goodcry.interchange.transfer import import_batch, parse_file

    upload = form.get("file")
    fmt = forms.text(form, "format") or "goodcry-json"
    if not isinstance(upload, UploadFile) or not upload.filename:
        raise ValidationError("choose a file to import")
    data = upload.file.read()
    with tempfile.TemporaryDirectory() as folder, web_of(request).pool.journal() as journal:
        path = Path(folder) / Path(upload.filename).name
        path.write_bytes(data)
        result = import_batch(journal, parse_file(path, fmt))
    flash(request, f"Added {result.added} entries ({result.skipped_existing} were already there).")
    return redirect("/settings")


@private.get("/suggest")
def suggest(request: Request, text: str = "") -> Response:
    """Feeling words suggested by what was written: a fragment the page's script asks for while typing."""
    web = web_of(request)
    with web.pool.journal() as journal:
        found = helpers.suggestions(text[:5000], journal.vocabulary)
    return web.render(request, "suggest.html", {"title": "Suggestions", "suggestions": found})


