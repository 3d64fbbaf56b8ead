"""Natural dates and times as people type them: ``yesterday 9pm``, ``2 hours ago``, ``last monday``, ISO dates.

Parsing is relative to a ``now`` the caller passes (so tests and imports are deterministic) and happens in
``now``'s time zone.  A date without a time gets ``DEFAULT_HOUR`` (as jrnl does); filters ask for the start or
the end of the day instead through ``parse_bound``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from goodcry.core.errors import ValidationError

DEFAULT_HOUR = 9

_UNITS = {
    "s": "seconds", "sec": "seconds", "secs": "seconds", "second": "seconds", "seconds": "seconds",
    "m": "minutes", "min": "minutes", "mins": "minutes", "minute": "minutes", "minutes": "minutes",
    "h": "hours", "hr": "hours", "hrs": "hours", "hour": "hours", "hours": "hours",
    "d": "days", "day": "days", "days": "days",
    "w": "weeks", "wk": "weeks", "wks": "weeks", "week": "weeks", "weeks": "weeks",
    "month": "months", "months": "months", "mo": "months", "mos": "months",
    "y": "years", "yr": "years", "yrs": "years", "year": "years", "years": "years",
}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10,
            "half an": 0.5, "half a": 0.5}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]

_AGO = re.compile(
    r"^(?P<n>\d+(?:\.\d+)?|an?|one|two|three|four|five|six|ten|half an?)\s*(?P<unit>[a-z]+)\s+ago$"
)
_TIME = re.compile(
    r"(?:^|\s)(?:at\s+)?(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?(?::(?P<s>\d{2}))?\s*(?P<ampm>am|pm|a\.m\.|p\.m\.)?$"
)
_NAMED_TIMES = {"noon": time(12), "midday": time(12), "midnight": time(0), "morning": time(9),
                "afternoon": time(15), "evening": time(19), "tonight": time(21), "night": time(22)}
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_SLASH_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


@dataclass(frozen=True)
class Parsed:
    at: datetime
    has_time: bool


def parse(text: str, now: datetime) -> datetime:
    """A point in time from what a person typed; dates alone get ``DEFAULT_HOUR``."""
    parsed = _parse(text, now)
    if parsed.has_time:
        return parsed.at
    return parsed.at.replace(hour=DEFAULT_HOUR)


def parse_bound(text: str, now: datetime, *, end: bool) -> datetime:
    """A filter bound: a date alone means the start (``end=False``) or the end (``end=True``) of that day."""
    parsed = _parse(text, now)
    if parsed.has_time:
        return parsed.at
    if end:
        return parsed.at.replace(hour=23, minute=59, second=59, microsecond=999999)
    return parsed.at


def _parse(text: str, now: datetime) -> Parsed:
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    raw = text
    text = " ".join(text.strip().lower().replace(",", " ").split())
    if not text:
        raise ValidationError("an empty date; try 'yesterday 9pm', '2 hours ago' or 2026-11-20")
    iso = _iso(raw.strip(), now)
    if iso is not None:
        return iso
    if text == "now":
        return Parsed(now, True)
    match = _AGO.match(text)
    if match:
        return Parsed(_back(now, match.group("n"), match.group("unit"), raw), True)
    head, sep, time_text = text.partition(" ago ")
    ago = _AGO.match(head + " ago") if sep else None
    if ago:  # "3 days ago 9pm": that day, at that time
        that_day = _back(now, ago.group("n"), ago.group("unit"), raw).date()
        time_text = time_text.removeprefix("at ").strip()
        at_time = _NAMED_TIMES[time_text] if time_text in _NAMED_TIMES else _clock(time_text, raw)
        return Parsed(datetime.combine(that_day, at_time, now.tzinfo), True)

    day, rest = _leading_day(text, now)
    if day is None:
        day, rest = _trailing_day(text, now)
    if rest in _NAMED_TIMES and day is None:
        day = now.date()
    if day is None:
        if _TIME.fullmatch(rest) or _TIME.match(rest):
            clock = _clock(rest, raw)
            candidate = datetime.combine(now.date(), clock, now.tzinfo)
            # "9pm" typed at 8am means last night, not tonight: a journal records what has happened.
            if candidate > now + timedelta(minutes=1):
                candidate -= timedelta(days=1)
            return Parsed(candidate, True)
        raise _error(raw)
    if not rest:
        return Parsed(datetime.combine(day, time(0), now.tzinfo), False)
    if rest in _NAMED_TIMES:
        return Parsed(datetime.combine(day, _NAMED_TIMES[rest], now.tzinfo), True)
    return Parsed(datetime.combine(day, _clock(rest, raw), now.tzinfo), True)


def _iso(text: str, now: datetime) -> Parsed | None:
    match = _ISO_DATE.match(text)
    if match:
        return Parsed(datetime.combine(_date(*map(int, match.groups()), raw=text), time(0), now.tzinfo), False)
    if re.match(r"^\d{4}-\d{1,2}-\d{1,2}[T ]\d", text):
        candidate = text.replace("Z", "+00:00").replace("z", "+00:00")
        try:
            at = datetime.fromisoformat(candidate)
        except ValueError:
            return None  # not ISO after all ("2026-10-05 10:00 pm"): the general parser reads it
        return Parsed(at if at.tzinfo else at.replace(tzinfo=now.tzinfo), True)
    return None


def _leading_day(text: str, now: datetime) -> tuple[date | None, str]:
    today = now.date()
    words = text.split(" ")
    head = words[0]
    if head in ("today", "tonight"):
        return today, " ".join(words[1:]) or ("tonight" if head == "tonight" else "")
    if head == "yesterday":
        return today - timedelta(days=1), " ".join(words[1:])
    if head == "tomorrow":
        return today + timedelta(days=1), " ".join(words[1:])
    if head == "last" and len(words) > 1 and words[1] in ("night", "evening"):
        return today - timedelta(days=1), " ".join(["night" if words[1] == "night" else "evening", *words[2:]])
    offset = 1 if head == "last" else 0
    if len(words) > offset and words[offset] in _WEEKDAYS:
        target = _WEEKDAYS.index(words[offset])
        back = (today.weekday() - target) % 7 or (7 if offset else 0)
        return today - timedelta(days=back), " ".join(words[offset + 1:])
    slash = _SLASH_DATE.match(head)
    if slash:
        # Day first, as most of the world writes it; ISO dates avoid the ambiguity.
        d, m, y = map(int, slash.groups())
        return _date(y, m, d, raw=text), " ".join(words[1:])
    iso = _ISO_DATE.match(head)
    if iso:
        return _date(*map(int, iso.groups()), raw=text), " ".join(words[1:])
    return _month_day(words, today, text)


def _trailing_day(text: str, now: datetime) -> tuple[date | None, str]:
    """'9pm yesterday', '21:00 on monday'."""
    words = text.split(" ")
    for i in range(1, len(words)):
        tail = " ".join(w for w in words[i:] if w != "on")
        day, rest = _leading_day(tail, now) if tail else (None, "")
        if day is not None and not rest:
            return day, " ".join(words[:i])
    return None, text


def _month_day(words: list[str], today: date, raw: str) -> tuple[date | None, str]:
    """'nov 20', '20 november 2026', 'november 20 2026 9pm'."""

    def month(word: str) -> int | None:
        for i, name in enumerate(_MONTHS):
            if len(word) >= 3 and name.startswith(word.rstrip(".")):
                return i + 1
        return None

    if len(words) >= 2:
        w0, w1 = words[0], words[1]
        m, d = month(w0), _day_number(w1)
        if m is None:
            m, d = month(w1), _day_number(w0)
        if m is not None and d is not None:
            rest = words[2:]
            year = today.year
            if rest and re.fullmatch(r"\d{4}", rest[0]):
                year, rest = int(rest[0]), rest[1:]
                return _date(year, m, d, raw=raw), " ".join(rest)
            day = _date(year, m, d, raw=raw)
            if day > today:  # "dec 24" typed in January is last December
                day = _date(year - 1, m, d, raw=raw)
            return day, " ".join(rest)
    return None, " ".join(words)


def _day_number(word: str) -> int | None:
    match = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", word)
    return int(match.group(1)) if match else None


def _date(y: int, m: int, d: int, *, raw: str) -> date:
    try:
        return date(y, m, d)
    except ValueError:
        raise ValidationError(f"{raw.strip()!r} is not a real date") from None


def _clock(text: str, raw: str) -> time:
    text = text.strip()
    match = _TIME.fullmatch(" " + text) or _TIME.fullmatch(text)
    if not match:
        raise _error(raw)
    hour, minute, second = int(match.group("h")), int(match.group("m") or 0), int(match.group("s") or 0)
    ampm = (match.group("ampm") or "").replace(".", "")
    if ampm:
        if not 1 <= hour <= 12:
            raise ValidationError(f"{raw.strip()!r}: {hour}{ampm} is not a time")
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    elif match.group("m") is None:
        raise _error(raw)  # a bare number is too ambiguous to be a time
    if hour > 23 or minute > 59 or second > 59:
        raise ValidationError(f"{raw.strip()!r} is not a time of day")
    return time(hour, minute, second)


def _back(now: datetime, n: str, unit: str, raw: str) -> datetime:
    """``now`` moved back by "n units"; months and years are calendar ones (Mar 31 − 1 month = Feb 28/29)."""
    key = _UNITS.get(unit)
    if key is None:
        raise _error(raw)
    amount = float(_NUMBERS[n]) if n in _NUMBERS else float(n)
    if amount > 100_000:
        raise ValidationError(f"{raw.strip()!r} is too far back")
    if key not in ("months", "years"):
        return now - timedelta(**{key: amount})
    if amount != int(amount):
        raise ValidationError(f"{raw.strip()!r}: count months and years in whole numbers")
    months = int(amount) * (12 if key == "years" else 1)
    index = now.year * 12 + now.month - 1 - months
    year, month = divmod(index, 12)
    if year < 1:
        raise ValidationError(f"{raw.strip()!r} is too far back")
    last_day = calendar.monthrange(year, month + 1)[1]
    return now.replace(year=year, month=month + 1, day=min(now.day, last_day))


def _error(raw: str) -> ValidationError:
    return ValidationError(
        f"can't read the date {raw.strip()!r}; try 'yesterday 9pm', '2 hours ago', 'last monday 8am' "
        "or 2026-11-20 21:00"
    )
