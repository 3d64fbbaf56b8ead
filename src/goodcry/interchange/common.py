"""What every importer returns, and the helpers they share."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from goodcry.core.model import Entry, Person, new_id
from goodcry.core.vocabulary import Word


@dataclass
class ImportBatch:
    """Entries parsed from a file with the people, words and settings they bring, and the rows skipped."""

    entries: list[Entry] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    words: list[Word] = field(default_factory=list)
    settings: dict[str, str] = field(default_factory=dict)


def stable_id(at: datetime, *parts: str) -> str:
    """An entry ID derived from the source row, so importing the same file twice adds nothing."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).digest()
    return new_id(at, entropy=digest)
