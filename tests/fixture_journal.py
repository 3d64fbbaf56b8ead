"""The content of the schema fixture ``tests/data/journal-0001.db`` (written by scripts/make_schema_fixture.py):
every field of every table filled, so an upgrade that drops or changes one is caught."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from goodcry.core.model import (
    Body,
    Company,
    EmotionSource,
    Entry,
    Feeling,
    FollowUp,
    Intensity,
    Kind,
    Person,
    Place,
    Presence,
    Relation,
    Relief,
    Resolved,
    Response,
    Trigger,
)
from goodcry.core.vocabulary import Word

TZ = timezone(timedelta(hours=-5))
AT = datetime(2026, 11, 20, 21, 0, tzinfo=TZ)

WORDS = [Word("weltschmerz", "sadness", -3, -2, custom=True)]
PEOPLE = [Person("Sam", Relation.PARTNER, "lives with me"), Person("Ana", Relation.FRIEND), Person("Dr Lee")]
SETTINGS = {"country": "GB"}
ENTRIES = [
    Entry(
        kind=Kind.CRY, at=AT, id="06h0yp0000000001", text="Argued with Sam about moving — été #home", duration_min=12,
        intensity=Intensity.SOBBING, held_back=2, place=Place.HOME, triggers=(Trigger.CONFLICT, Trigger.LOSS),
        trigger_note="the flat", feelings=(Feeling("hurt", 4, True), Feeling("weltschmerz", 2, False,
                                                                                EmotionSource.ACCEPTED)),
        mood_before=-3, mood_after=0, tension_before=8, tension_after=4, relief=Relief.BETTER,
        company=Company.SEVERAL,
        people=(Presence("Sam", (Response.COMFORTED, Response.LISTENED)), Presence("Ana", (Response.AWKWARD,))),
        shame=2, resolved=Resolved.PARTLY, understanding=3, clarity=7, body=(Body.TIRED, Body.CALM),
        notes="slept after #sleep",
        follow_ups=(FollowUp(AT + timedelta(minutes=90), Relief.MUCH_BETTER, 2, 3, Resolved.YES, 4, "calmer"),),
        screening="none", source="goodcry",
    ),
    Entry(kind=Kind.HELD_BACK, at=AT + timedelta(days=1), id="06h0yq0000000002", text="kept it in #work",
          held_back=5, place=Place.WORK, company=Company.ONE, people=(Presence("Dr Lee"),)),
    Entry(kind=Kind.CHECK_IN, at=datetime(2026, 11, 22, 9, 0, tzinfo=timezone(timedelta(hours=5, minutes=30))),
          id="06h0yr0000000003", mood_after=1, source="daylio"),
]
