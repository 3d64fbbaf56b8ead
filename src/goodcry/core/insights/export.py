"""Insights as plain JSON-ready data (for ``--json`` and the web): dicts, lists, strings, numbers and None."""

from __future__ import annotations

import dataclasses
import enum
import math
from datetime import date
from typing import Any

from goodcry.core.insights.results import Insights
from goodcry.core.insights.text import Readout, readout


def plain(value: Any) -> Any:
    """Dataclasses to dicts, enums to their values, dates to ISO text, infinite numbers to None."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def as_dict(insights: Insights, text: Readout | None = None) -> dict[str, Any]:
    """The whole report: the insights, the sentences and the rule, ready for ``json.dumps``."""
    data: dict[str, Any] = plain(insights)
    data["findings"] = [c.key for c in insights.findings()]
    data["text"] = plain(text or readout(insights))
    return data
