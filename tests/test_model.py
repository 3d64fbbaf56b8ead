"""The domain model: scales, IDs, tags, people and later check-ins."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from goodcry.core.errors import ValidationError
from goodcry.core.model import (
    ID_RE,
    Company,
    Entry,
    Feeling,
    FollowUp,
    Intensity,
    Kind,
    Presence,
    Relief,
    Resolved,
    Response,
    new_id,
    tags_in,
    with_offset,
)

AT = datetime(2026, 11, 20, 21, 0, tzinfo=timezone(timedelta(hours=1)))


def test_an_entry_needs_only_a_kind_and_a_time() -> None:
    entry = Entry(Kind.HELD_BACK, AT)
    assert entry.is_episode and entry.feelings == () and entry.company is None


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("mood_before", 6, "mood must be from -5 to 5"),
        ("tension_after", -1, "tension must be from 0 to 10"),
        ("held_back", 0, "held back must be from 1 to 5"),
        ("shame", 9, "shame must be from 1 to 5"),
        ("clarity", 11, "clarity must be from 0 to 10"),
        ("understanding", 6, "understanding must be from 1 to 5"),
        ("duration_min", 24 * 60 + 1, "duration must be 0 to 1440 minutes"),
    ],
)
def test_ratings_outside_their_scale_are_refused(field: str, value: int, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Entry(Kind.CRY, AT, **{field: value})


def test_ids_are_stable_sortable_and_prefix_friendly() -> None:
    a, b = new_id(AT), new_id(AT + timedelta(seconds=1))
    assert ID_RE.match(a) and ID_RE.match(b) and a < b
    assert new_id(AT, entropy=b"abcd") == new_id(AT, entropy=b"abcd")


def test_tags_come_from_text_and_notes_lower_cased_once() -> None:
    entry = Entry(Kind.CRY, AT, text="Fight with #Mum at #work, again #mum", notes="#Sleep-loss")
    assert entry.tags == ("mum", "work", "sleep-loss")
    assert tags_in("email me at a#b or see issue #12 and C# code") == ()


def test_company_follows_the_people_named() -> None:
    one = Entry(Kind.CRY, AT, people=(Presence("Sam", (Response.COMFORTED,)),))
    two = Entry(Kind.CRY, AT, people=(Presence("Sam"), Presence("Ana")))
    assert one.company is Company.ONE and two.company is Company.SEVERAL
    with pytest.raises(ValidationError, match="cannot be 'alone'"):
        Entry(Kind.CRY, AT, company=Company.ALONE, people=(Presence("Sam"),))


def test_people_and_feelings_are_named_once() -> None:
    with pytest.raises(ValidationError, match="person is named twice"):
        Entry(Kind.CRY, AT, people=(Presence("Sam"), Presence("sam")))
    with pytest.raises(ValidationError, match="named twice"):
        Entry(Kind.CRY, AT, feelings=(Feeling("sad"), Feeling("sad")))
    with pytest.raises(ValidationError, match="only one feeling can be the main one"):
        Entry(Kind.CRY, AT, feelings=(Feeling("sad", main=True), Feeling("hurt", main=True)))


def test_the_first_feeling_is_main_unless_one_is_marked() -> None:
    entry = Entry(Kind.CRY, AT, feelings=(Feeling("sad"), Feeling("hurt", main=True)))
    assert entry.main_feeling == Feeling("hurt", main=True)


def test_responses_are_kept_in_a_fixed_order_without_repeats() -> None:
    presence = Presence("Sam", (Response.LISTENED, Response.COMFORTED, Response.LISTENED))
    assert presence.responses == (Response.COMFORTED, Response.LISTENED)


def test_a_later_check_in_is_part_of_the_episode() -> None:
    entry = Entry(Kind.CRY, AT, relief=Relief.SAME, resolved=Resolved.NO)
    later = entry.with_follow_up(FollowUp(AT + timedelta(minutes=90), relief=Relief.BETTER, resolved=Resolved.PARTLY))
    assert later.relief is Relief.SAME and later.later_relief() is Relief.BETTER
    assert later.resolved is Resolved.PARTLY


def test_relief_scores_and_directions() -> None:
    assert [r.score for r in Relief] == [-2, -1, 0, 1, 2]
    assert Relief.MUCH_BETTER.direction == "better" and Relief.SAME.direction == "same"
    assert Intensity.SOBBING.level == 4


def test_times_keep_the_offset_they_were_written_in() -> None:
    utc = AT.astimezone(UTC).replace(tzinfo=None)
    shown = with_offset(utc, 60)
    assert shown == AT and shown.utcoffset() == timedelta(hours=1)


def test_unknown_choice_lists_the_choices() -> None:
    with pytest.raises(ValidationError, match="unknown response 'hugged-a-tree'; choose one of: comforted, listened"):
        Response.parse("hugged-a-tree", "response")


def test_text_limits() -> None:
    with pytest.raises(ValidationError, match="the text is 100,001 characters; the limit is 100,000"):
        Entry(Kind.CRY, AT, text="x" * 100_001)
    with pytest.raises(ValidationError, match="NUL"):
        Entry(Kind.CRY, AT, text="a\x00b")
