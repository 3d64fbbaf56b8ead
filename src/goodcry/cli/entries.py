"""Commands about entries: log, after, list, show, edit, delete."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any, TypeVar

import click

from goodcry.cli import options, output, render
from goodcry.cli.app import STATE, Argument, Command
from goodcry.core.errors import ValidationError
from goodcry.core.model import (
    CLARITY,
    HELD_BACK,
    MOOD,
    SHAME,
    TENSION,
    UNDERSTANDING,
    Body,
    Company,
    EmotionSource,
    Entry,
    Feeling,
    FollowUp,
    Kind,
    Place,
    Relief,
    Resolved,
    Trigger,
)
from goodcry.core.query import EntryFilter
from goodcry.journal import Saved

KINDS = ", ".join(k.value for k in Kind)

# Options shared by `log` and `edit` (and two of them by `after`).
AT = click.option("--at", metavar="WHEN", help="When it happened: 'yesterday 9pm', '2 hours ago', 2026-11-20 21:00.")
DURATION = click.option("--duration", metavar="MIN", help="How long, in minutes.")
INTENSITY = click.option("--intensity", metavar="1-4|WORD", help="1 moist-eyes, 2 tears, 3 crying, 4 sobbing.")
HELD = click.option("--held-back", metavar="1-5", help="How much you held the tears back (1 not at all … 5 completely).")
PLACE = click.option("--place", help="home, work-school, transit, public, other.")
TRIGGER = click.option("--trigger", metavar="LIST",
                       help="conflict, loss, personal-failing, others-suffering, physical-pain, stress, moved-joyful, "
                            "film-music-book, unclear (comma-separated).")
TRIGGER_NOTE = click.option("--trigger-note", metavar="TEXT", help="What set it off, in your words.")
FEEL = click.option("--feel", metavar="LIST", help="Feeling words, e.g. hurt:4,lonely (the first is the main one).")
MOOD_OPT = click.option("--mood", metavar="B:A", help="Mood before:after, −5…+5, e.g. -3:0.")
TENSION_OPT = click.option("--tension", metavar="B:A", help="Tension before:after, 0…10, e.g. 8:4.")
RELIEF = click.option("--relief", help="Right after: much-worse, worse, same, better, much-better.")
COMPANY = click.option("--company", help="alone, one-person, several (implied by --with).")
WITH = click.option("--with", "people", metavar="NAME[=RESPONSES]", multiple=True,
                    help="Who was there and how they responded, e.g. Sam=comforted+listened (repeatable). "
                         "Responses: comforted, listened, practical-help, ignored, awkward, critical.")
SHAME_OPT = click.option("--shame", metavar="1-5", help="Shame about crying (1 none … 5 very ashamed).")
RESOLVED = click.option("--resolved", help="Was the situation resolved? no, partly, yes.")
UNDERSTANDING_OPT = click.option("--understanding", metavar="1-5", help="New understanding (1 none … 5 a lot).")
CLARITY_OPT = click.option("--clarity", metavar="0-10", help="Clarity of thinking after (0 foggy … 10 clear).")
BODY = click.option("--body", metavar="LIST", help="Body after: tired, calm, relaxed, headache, drained.")
NOTES = click.option("--notes", metavar="TEXT", help="Anything else.")
ENTRY_OPTIONS = (AT, DURATION, INTENSITY, HELD, PLACE, TRIGGER, TRIGGER_NOTE, FEEL, MOOD_OPT, TENSION_OPT, RELIEF, COMPANY,
                 WITH, SHAME_OPT, RESOLVED, UNDERSTANDING_OPT, CLARITY_OPT, BODY, NOTES)
ID = functools.partial(click.argument, "entry_id", cls=Argument, metavar="ID")

F = TypeVar("F", bound=Callable[..., Any])


def entry_options(f: F) -> F:
    """The entry's fields as options, listed in this order in --help."""
    for option in reversed(ENTRY_OPTIONS):
        f = option(f)
    return f


def _fields(**raw: Any) -> dict[str, Any]:
    """Entry fields from the options that were given (None means 'not given')."""
    fields: dict[str, Any] = {}
    now = datetime.now().astimezone()
    if raw.get("at") is not None:
        from goodcry.core import when

        fields["at"] = when.parse(raw["at"], now)
    if raw.get("duration") is not None:
        fields["duration_min"] = options.minutes(raw["duration"])
    if raw.get("intensity") is not None:
        fields["intensity"] = options.intensity(raw["intensity"])
    if raw.get("held_back") is not None:
        fields["held_back"] = options.rating(raw["held_back"], HELD_BACK)
    if raw.get("place") is not None:
        fields["place"] = Place.parse(raw["place"], "place")
    if raw.get("trigger") is not None:
        fields["triggers"] = tuple(Trigger.parse(t, "trigger") for t in raw["trigger"].split(",") if t.strip())
    if raw.get("trigger_note") is not None:
        fields["trigger_note"] = raw["trigger_note"]
    if raw.get("feel") is not None:
        fields["feelings"] = options.feelings(raw["feel"])
    if raw.get("mood") is not None:
        fields["mood_before"], fields["mood_after"] = options.before_after(raw["mood"], MOOD)
    if raw.get("tension") is not None:
        fields["tension_before"], fields["tension_after"] = options.before_after(raw["tension"], TENSION)
    if raw.get("relief") is not None:
        fields["relief"] = Relief.parse(raw["relief"], "relief")
    if raw.get("company") is not None:
        fields["company"] = Company.parse(raw["company"], "company")
    if raw.get("people"):
        fields["people"] = options.presences(raw["people"])
    if raw.get("shame") is not None:
        fields["shame"] = options.rating(raw["shame"], SHAME)
    if raw.get("resolved") is not None:
        fields["resolved"] = Resolved.parse(raw["resolved"], "resolved")
    if raw.get("understanding") is not None:
        fields["understanding"] = options.rating(raw["understanding"], UNDERSTANDING)
    if raw.get("clarity") is not None:
        fields["clarity"] = options.rating(raw["clarity"], CLARITY)
    if raw.get("body") is not None:
        fields["body"] = tuple(Body.parse(b, "body sensation") for b in raw["body"].split(",") if b.strip())
    if raw.get("notes") is not None:
        fields["notes"] = raw["notes"]
    return fields


@click.command("log", cls=Command)
@click.argument("kind", cls=Argument, required=False, help=f"What happened: {KINDS} (default: cry).")
@click.argument("text", cls=Argument, required=False, help="What happened, in your words ('-' reads standard input).")
@entry_options
@click.option("--edit", "-e", is_flag=True, help="Write the text in $VISUAL/$EDITOR.")
@click.option("--json", "as_json", is_flag=True, help="Print the saved entry as JSON instead of its ID.")
def log(
    kind: str | None, text: str | None,
    at: str | None, duration: str | None, intensity: str | None, held_back: str | None, place: str | None,
    trigger: str | None, trigger_note: str | None, feel: str | None, mood: str | None, tension: str | None,
    relief: str | None, company: str | None, people: tuple[str, ...], shame: str | None, resolved: str | None,
    understanding: str | None, clarity: str | None, body: str | None, notes: str | None,
    edit: bool, as_json: bool,
) -> None:
    """Record a cry, a held-back urge or a mood check-in.

    With no arguments in a terminal, goodcry asks a few questions (every one can be skipped). Otherwise it is a
    one-line quick capture, e.g.: goodcry log cry "argued with Sam, felt hurt" --tension 8:4 --with Sam=comforted
    """
    raw = dict(locals())
    given = [v for k, v in raw.items() if k not in ("edit", "as_json") and v not in (None, (), False)]
    if not given and not edit and sys.stdin.isatty():
        from goodcry.cli.interview import interview

        entry = interview(STATE.journal())
    else:
        entry = _quick_entry(raw, edit)
    saved = STATE.journal().add(entry)
    _report_saved(saved, "Saved", as_json)


def _quick_entry(raw: dict[str, Any], edit: bool) -> Entry:
    kind_text, text = raw["kind"], raw["text"]
    if kind_text is not None and kind_text.strip().lower() not in {k.value for k in Kind}:
        if text is not None:
            raise ValidationError(f"unknown kind {kind_text!r}; choose one of: {KINDS}")
        kind_text, text = None, kind_text  # `goodcry log "text"` means a cry
    kind = Kind.parse(kind_text, "kind") if kind_text else Kind.CRY
    if text == "-" or (text is None and not edit and not sys.stdin.isatty()):
        text = _read_stdin()
    if edit:
        text = _edit_text(text or "")
    fields = _fields(**{k: v for k, v in raw.items() if k not in ("kind", "text", "edit", "as_json")})
    at = fields.pop("at", None) or datetime.now().astimezone()
    text = (text or "").strip()
    if "feelings" not in fields and text:
        fields["feelings"] = _suggested_feelings(text)
    return Entry(kind=kind, at=at, text=text, **fields)


def _suggested_feelings(text: str) -> tuple[Feeling, ...]:
    """Without --feel, the feelings goodcry reads in the text are kept as *suggested*: `edit` confirms or drops
    them, and insights count only confirmed feelings unless asked otherwise."""
    from goodcry.core.emotions import suggest

    suggestions = suggest(text, STATE.journal().vocabulary, limit=3)
    if suggestions:
        output.message("Feelings goodcry read in your words: " + ", ".join(
            s.word + (f" ({'; '.join(repr(e) for e in s.evidence)})" if s.evidence else "") for s in suggestions))
    return tuple(Feeling(s.word, source=EmotionSource.SUGGESTED) for s in suggestions)


def _report_saved(saved: Saved, verb: str, as_json: bool) -> None:
    entry = saved.entry
    for name in saved.new_people:
        output.message(f"Added {name} to your circle (goodcry people shows it).")
    if as_json:
        output.data(render.entry_json(entry))
    else:
        output.data(entry.id)
    label = {"cry": "cry", "held-back": "held-back urge", "check-in": "check-in"}[entry.kind.value]
    output.message(f"{verb} your {label} ({entry.id}).", style="green")
    if any(not f.source.confirmed for f in entry.feelings):
        output.message(f"They count as your feelings once you confirm them: goodcry edit {entry.id} --confirm-feelings")
    _care(saved)


def _care(saved: Saved) -> None:
    """Saved first, then — only for an entry screening flagged — the card with people to talk to."""
    if saved.screening.level.value != "none":
        from goodcry.cli.care import show_card

        show_card(saved.screening)


@click.command("after", cls=Command)
@ID(help="The episode's ID (or its first few characters).")
@click.option("--relief", help="Now, compared with before: much-worse … much-better.")
@click.option("--mood", metavar="−5…+5", help="Your mood now.")
@click.option("--tension", metavar="0-10", help="Your tension now.")
@RESOLVED
@UNDERSTANDING_OPT
@click.option("--note", metavar="TEXT", help="What you see differently now.")
@click.option("--at", metavar="WHEN", help="When you checked in (default: now).")
def after(
    entry_id: str, relief: str | None, mood: str | None, tension: str | None, resolved: str | None,
    understanding: str | None, note: str | None, at: str | None,
) -> None:
    """Add the later check-in to an episode (about 90 minutes after, or the next day): relief can come late."""
    from goodcry.core import when

    now = datetime.now().astimezone()
    if all(v is None for v in (relief, mood, tension, resolved, understanding, note)):
        raise ValidationError("say how it is now, e.g. --relief better --mood 1 --tension 3")
    follow_up = FollowUp(
        at=when.parse(at, now) if at else now,
        relief=Relief.parse(relief, "relief") if relief else None,
        mood=options.rating(mood, MOOD),
        tension=options.rating(tension, TENSION),
        resolved=Resolved.parse(resolved, "resolved") if resolved else None,
        understanding=options.rating(understanding, UNDERSTANDING),
        note=note or "",
    )
    saved = STATE.journal().follow_up(entry_id, follow_up)
    output.message(f"Added your later check-in to {saved.entry.id}.", style="green")
    _care(saved)


@click.command("list", cls=Command)
@click.option("--since", metavar="WHEN", help="From this time/date (e.g. 'last monday').")
@click.option("--until", metavar="WHEN", help="Up to this time/date.")
@click.option("--kind", multiple=True, help=f"Only these kinds: {KINDS} (repeatable).")
@click.option("--feel", metavar="WORD", multiple=True, help="Entries naming this feeling.")
@click.option("--with", "people", metavar="NAME", multiple=True, help="Entries where this person was there.")
@click.option("--tag", metavar="TAG", multiple=True, help="Entries with this #tag.")
@click.option("--contains", metavar="TEXT", help="Text containing this.")
@click.option("-n", type=click.IntRange(min=1), metavar="N", help="Only the N most recent.")
@click.option("--json", "as_json", is_flag=True, help="Print entries as JSON.")
def list_(
    since: str | None, until: str | None, kind: tuple[str, ...], feel: tuple[str, ...], people: tuple[str, ...],
    tag: tuple[str, ...], contains: str | None, n: int | None, as_json: bool,
) -> None:
    """List entries, oldest first. Filters combine: all must match."""
    from goodcry.core import when

    journal = STATE.journal()
    now = datetime.now().astimezone()
    query = EntryFilter(
        since=when.parse_bound(since, now, end=False) if since else None,
        until=when.parse_bound(until, now, end=True) if until else None,
        kinds=tuple(Kind.parse(k, "kind") for value in kind for k in value.split(",") if k.strip()),
        feelings=tuple(journal.vocabulary.lookup(f).name for f in feel),
        people=people,
        tags=tag,
        contains=contains or "",
        limit=n,
    )
    found = journal.find(query)
    if as_json:
        output.data(render.entries_json(found))
        return
    if not found:
        output.message("No entries match." if journal.count() else "No entries yet. Start with: goodcry log")
        return
    output.data("\n".join(render.summary_line(e) for e in found))


@click.command("show", cls=Command)
@ID(help="The entry's ID (or its first few characters).")
@click.option("--json", "as_json", is_flag=True, help="Print the entry as JSON.")
def show(entry_id: str, as_json: bool) -> None:
    """Show one entry in full."""
    entry = STATE.journal().get(entry_id)
    output.data(render.entry_json(entry) if as_json else render.show_plain(entry))


@click.command("edit", cls=Command)
@ID(help="The entry's ID (or its first few characters).")
@click.option("--text", help="Replace the text ('-' reads standard input).")
@click.option("--kind", help=f"Change the kind: {KINDS}.")
@entry_options
@click.option("--confirm-feelings", is_flag=True, help="Keep the suggested feelings as yours (they count in insights).")
@click.option("--drop-suggested", is_flag=True, help="Drop the feelings goodcry only suggested.")
def edit(
    entry_id: str, text: str | None, kind: str | None,
    at: str | None, duration: str | None, intensity: str | None, held_back: str | None, place: str | None,
    trigger: str | None, trigger_note: str | None, feel: str | None, mood: str | None, tension: str | None,
    relief: str | None, company: str | None, people: tuple[str, ...], shame: str | None, resolved: str | None,
    understanding: str | None, clarity: str | None, body: str | None, notes: str | None,
    confirm_feelings: bool, drop_suggested: bool,
) -> None:
    """Change an entry: give the fields to change, or none to edit its text in $VISUAL/$EDITOR."""
    raw = dict(locals())
    journal = STATE.journal()
    entry = journal.get(entry_id)
    fields = _fields(**{k: v for k, v in raw.items()
                        if k not in ("entry_id", "text", "kind", "confirm_feelings", "drop_suggested")})
    if confirm_feelings and drop_suggested:
        raise ValidationError("choose --confirm-feelings or --drop-suggested, not both")
    if confirm_feelings or drop_suggested:
        current = fields.get("feelings", entry.feelings)
        fields["feelings"] = tuple(
            replace(f, source=EmotionSource.ACCEPTED) if confirm_feelings and not f.source.confirmed else f
            for f in current if confirm_feelings or f.source.confirmed
        )
    if kind is not None:
        fields["kind"] = Kind.parse(kind, "kind")
    if "people" in fields and "company" not in fields:
        fields["company"] = None  # recomputed from the people named
    if text is not None:
        fields["text"] = (_read_stdin() if text == "-" else text).strip()
    if not fields:
        fields["text"] = _edit_text(entry.text).strip()
        if fields["text"] == entry.text:
            output.message("Nothing changed.")
            return
    saved = journal.update(replace(entry, **fields))
    for name in saved.new_people:
        output.message(f"Added {name} to your circle.")
    output.message(f"Saved your changes to {saved.entry.id}.", style="green")
    _care(saved)


@click.command("delete", cls=Command)
@ID(help="The entry's ID (or its first few characters).")
@click.option("--yes", "-y", is_flag=True, help="Don't ask for confirmation.")
def delete(entry_id: str, yes: bool) -> None:
    """Delete an entry for good (asks first)."""
    journal = STATE.journal()
    entry = journal.get(entry_id)
    if not yes:
        if not sys.stdin.isatty():
            raise ValidationError("add --yes to delete without being asked")
        output.data(render.summary_line(entry))
        if not click.confirm("Delete this entry for good?", default=False):
            output.message("Kept it.")
            return
    journal.delete(entry.id)
    output.message(f"Deleted {entry.id}.")


# --- helpers ------------------------------------------------------------------------------------------------

def _read_stdin() -> str:
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationError(f"standard input is not UTF-8 text (bad byte at offset {exc.start})") from None


def _edit_text(initial: str) -> str:
    """Edit text in the person's editor, in a private temporary file that is removed afterwards."""
    import shlex
    import subprocess
    import tempfile

    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        raise ValidationError("set $VISUAL or $EDITOR to write in an editor, or give the text on the command line")
    fd, path = tempfile.mkstemp(prefix="goodcry-", suffix=".txt")  # mode 0600: only you can read it
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(initial)
        result = subprocess.run([*shlex.split(editor), path], check=False)
        if result.returncode != 0:
            raise ValidationError(f"the editor exited with status {result.returncode}; nothing was saved")
        with open(path, "rb") as f:
            data = f.read()
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise ValidationError("the edited text is not UTF-8; nothing was saved") from None
    finally:
        os.unlink(path)
