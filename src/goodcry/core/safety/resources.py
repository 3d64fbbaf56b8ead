"""Where to turn: crisis lines and emergency numbers by country, from the versioned table ``resources.json``.

``resources_for("GB")`` gives the country's lines, its emergency number and — always last — findahelpline.com.
An unknown or missing country gives findahelpline.com and "your local emergency number".  Every row carries the
page it comes from and the date it was last checked; the table loads once, on first use.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

FALLBACK_EMERGENCY = "your local emergency number"


@dataclass(frozen=True, slots=True)
class HelpLine:
    """One crisis line: who it is, how to reach it, and where that was checked."""

    name: str
    how: str
    """How to reach it, in a few words: "Call or text 988", "Text SHOUT to 85258"."""
    url: str
    source: str
    checked: date
    phone: str | None = None
    text: str | None = None
    """What to text, where texting works: "988", "HOME to 741741"."""


@dataclass(frozen=True, slots=True)
class Emergency:
    """The emergency number ("911", "112 or 999", or "your local emergency number")."""

    number: str
    source: str
    checked: date


@dataclass(frozen=True, slots=True)
class Resources:
    """Everything to show one person: their country's lines (then findahelpline.com) and the emergency number."""

    country: str | None
    """The ISO code the rows are for; None when the fallback was used."""
    name: str
    lines: tuple[HelpLine, ...]
    emergency: Emergency
    version: str

    @property
    def is_fallback(self) -> bool:
        return self.country is None


@dataclass(frozen=True, slots=True)
class _Table:
    version: str
    aliases: dict[str, str]
    countries: dict[str, Resources]
    fallback: Resources


def _line(row: dict[str, Any]) -> HelpLine:
    return HelpLine(
        name=row["name"], how=row["how"], url=row["url"], source=row["source"],
        checked=date.fromisoformat(row["checked"]), phone=row.get("phone"), text=row.get("text"),
    )


def _emergency(row: dict[str, Any]) -> Emergency:
    return Emergency(row["number"], row["source"], date.fromisoformat(row["checked"]))


def raw_table() -> dict[str, Any]:
    """The table exactly as stored (for tests and for showing its version)."""
    text = Path(__file__).with_name("resources.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@functools.cache
def _table() -> _Table:
    data = raw_table()
    version = str(data["version"])
    fallback_lines = tuple(_line(r) for r in data["fallback"]["lines"])
    fallback = Resources(None, "anywhere", fallback_lines, _emergency(data["fallback"]["emergency"]), version)
    countries = {
        code: Resources(
            code, row["name"], (*(_line(r) for r in row["lines"]), *fallback_lines), _emergency(row["emergency"]),
            version,
        )
        for code, row in data["countries"].items()
    }
    return _Table(version, dict(data.get("aliases", {})), countries, fallback)


def _code(country: str | None) -> str | None:
    if country is None:
        return None
    code = country.strip().upper().replace("_", "-")
    if "-" in code:  # a locale such as "en-GB"
        code = code.rsplit("-", 1)[1]
    table = _table()
    code = table.aliases.get(code, code)
    return code if code in table.countries else None


def resources_for(country: str | None) -> Resources:
    """The resources for an ISO 3166-1 alpha-2 code ("US", "gb", "UK", "en-IE"); the fallback for None/unknown."""
    code = _code(country)
    table = _table()
    return table.countries[code] if code is not None else table.fallback


def is_known_country(country: str | None) -> bool:
    """Whether the table has rows of its own for this code (else the fallback is used)."""
    return _code(country) is not None


def countries() -> dict[str, str]:
    """The codes the table covers, with their names, sorted by code."""
    return {code: r.name for code, r in sorted(_table().countries.items())}


def table_version() -> str:
    return _table().version
