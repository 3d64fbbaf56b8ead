"""How a person asks for entries: filters that combine (all must match), as jrnl users expect."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from goodcry.core.model import Kind


@dataclass(frozen=True)
class EntryFilter:
    """Entries matching every given condition; ``limit`` keeps the most recent ones."""

    since: datetime | None = None
    until: datetime | None = None
    kinds: tuple[Kind, ...] = ()
    feelings: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    contains: str = ""
    limit: int | None = None
