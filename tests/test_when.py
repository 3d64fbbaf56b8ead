"""Natural dates, relative to a fixed now (Wednesday 2026-11-25 10:30 at UTC+1)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from goodcry.core import when
from goodcry.core.errors import ValidationError

TZ = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 25, 10, 30, tzinfo=TZ)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("now", NOW),
        ("yesterday 9pm", datetime(2026, 11, 24, 21, 0, tzinfo=TZ)),
        ("yesterday at 21:30", datetime(2026, 11, 24, 21, 30, tzinfo=TZ)),
        ("9pm yesterday", datetime(2026, 11, 24, 21, 0, tzinfo=TZ)),
        ("2 hours ago", NOW - timedelta(hours=2)),
        ("an hour ago", NOW - timedelta(hours=1)),
        ("90 min ago", NOW - timedelta(minutes=90)),
        ("3 days ago", NOW - timedelta(days=3)),
        ("3 days ago 9pm", datetime(2026, 11, 22, 21, 0, tzinfo=TZ)),
        ("3 months ago", datetime(2026, 8, 25, 10, 30, tzinfo=TZ)),
        ("a year ago", datetime(2025, 11, 25, 10, 30, tzinfo=TZ)),
        ("13 months ago", datetime(2025, 10, 25, 10, 30, tzinfo=TZ)),
        ("2 days ago at 07:30", datetime(2026, 11, 23, 7, 30, tzinfo=TZ)),
        ("last monday 8am", datetime(2026, 11, 23, 8, 0, tzinfo=TZ)),
        ("monday", datetime(2026, 11, 23, 9, 0, tzinfo=TZ)),
        ("wednesday", datetime(2026, 11, 25, 9, 0, tzinfo=TZ)),
        ("last wednesday", datetime(2026, 11, 18, 9, 0, tzinfo=TZ)),
        ("last night", datetime(2026, 11, 24, 22, 0, tzinfo=TZ)),
        ("9pm", datetime(2026, 11, 24, 21, 0, tzinfo=TZ)),
        ("8:15", datetime(2026, 11, 25, 8, 15, tzinfo=TZ)),
        ("2026-11-20", datetime(2026, 11, 20, 9, 0, tzinfo=TZ)),
        ("2026-11-20 21:00", datetime(2026, 11, 20, 21, 0, tzinfo=TZ)),
        ("2026-11-20T21:00:00+00:00", datetime(2026, 11, 20, 21, 0, tzinfo=UTC)),
        ("20/11/2026 10:00 pm", datetime(2026, 11, 20, 22, 0, tzinfo=TZ)),
        ("nov 20", datetime(2026, 11, 20, 9, 0, tzinfo=TZ)),
        ("20 November 2025 7am", datetime(2025, 11, 20, 7, 0, tzinfo=TZ)),
        ("dec 24", datetime(2025, 12, 24, 9, 0, tzinfo=TZ)),
        ("today noon", datetime(2026, 11, 25, 12, 0, tzinfo=TZ)),
    ],
)
def test_natural_dates(text: str, expected: datetime) -> None:
    assert when.parse(text, NOW) == expected


def test_filter_bounds_cover_whole_days() -> None:
    assert when.parse_bound("2026-11-20", NOW, end=False) == datetime(2026, 11, 20, 0, 0, tzinfo=TZ)
    assert when.parse_bound("2026-11-20", NOW, end=True).date().day == 20
    assert when.parse_bound("2026-11-20", NOW, end=True).hour == 23


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("blurgh", "can't read the date 'blurgh'"),
        ("2026-02-30", "'2026-02-30' is not a real date"),
        ("2026-13-01 10:00", "is not a real date|can't read the date"),
        ("yesterday 25:00", "is not a time of day"),
        ("13pm", "13pm is not a time"),
        ("", "an empty date"),
        ("5 fortnights ago", "can't read the date"),
        ("1.5 months ago", "count months and years in whole numbers"),
    ],
)
def test_bad_dates_say_what_to_type(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        when.parse(text, NOW)
