"""The small text syntaxes of the command line: ``8:4``, ``Sam=comforted+listened``, ``hurt:4,lonely``."""

from __future__ import annotations

import re

from goodcry.core.errors import ValidationError
from goodcry.core.model import (
    MOOD,
    TENSION,
    EmotionSource,
    Feeling,
    Intensity,
    Presence,
    Response,
    Scale,
    person_name,
)


def before_after(text: str | None, scale: Scale) -> tuple[int | None, int | None]:
    """``8:4`` → (8, 4); ``8`` → (8, None); ``:4`` → (None, 4)."""
    if text is None:
        return None, None
    before, sep, after = text.strip().partition(":")
    values = [_number(part, scale) for part in (before, after if sep else "")]
    if values == [None, None]:
        raise ValidationError(f"{scale.name} is BEFORE:AFTER, e.g. {_example(scale)}, not {text!r}")
    return values[0], values[1]


def rating(text: str | None, scale: Scale) -> int | None:
    if text is None:
        return None
    return _number(text, scale)


def _number(text: str, scale: Scale) -> int | None:
    text = text.strip().replace("−", "-")
    if not text:
        return None
    if not re.fullmatch(r"[+-]?\d{1,3}", text):
        raise ValidationError(f"{scale.name} must be a whole number from {scale.low} to {scale.high}, not {text!r}")
    return scale.check(int(text))


def _example(scale: Scale) -> str:
    return "-3:0" if scale is MOOD else "8:4" if scale is TENSION else f"{scale.high}:{scale.low}"


def presences(values: list[str] | None) -> tuple[Presence, ...]:
    """``--with Sam=comforted+listened --with Alex`` (commas also separate people)."""
    found: list[Presence] = []
    for value in values or []:
        for part in filter(None, (p.strip() for p in value.split(","))):
            name, _, responses = part.partition("=")
            words = [w for w in re.split(r"[+/]", responses) if w.strip()] if responses else []
            found.append(Presence(person_name(name), tuple(Response.parse(w, "response") for w in words)))
    return tuple(found)


def feelings(text: str | None, source: EmotionSource = EmotionSource.CHOSEN) -> tuple[Feeling, ...]:
    """``hurt:4,lonely`` — the first one named is the main feeling."""
    if not text:
        return ()
    found: list[Feeling] = []
    for i, part in enumerate(p.strip() for p in text.split(",") if p.strip()):
        word, _, strength = part.partition(":")
        level = None
        if strength:
            if not strength.strip().isdigit():
                raise ValidationError(f"a feeling's strength is 1–5 (e.g. hurt:4), not {strength!r}")
            level = int(strength)
        found.append(Feeling(word.strip(), level, main=i == 0, source=source))
    return tuple(found)


def minutes(text: str) -> int:
    """``10``, ``10m`` or ``10 min``."""
    value = text.strip().lower().removesuffix("min").removesuffix("m").strip()
    if not value.isdigit():
        raise ValidationError(f"duration is a number of minutes, e.g. 10, not {text!r}")
    return int(value)


def intensity(text: str) -> Intensity:
    """``1``…``4`` or the word (moist-eyes, tears, crying, sobbing)."""
    value = text.strip()
    levels = list(Intensity)
    if value.isdigit():
        if not 1 <= int(value) <= len(levels):
            raise ValidationError(f"intensity is 1–4 (moist-eyes, tears, crying, sobbing), not {value}")
        return levels[int(value) - 1]
    return Intensity.parse(value, "intensity")
