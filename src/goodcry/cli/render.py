"""Showing entries in a terminal (Rich) or as plain text (pipes), and as JSON for scripts."""

from __future__ import annotations

from collections.abc import Sequence

from goodcry.core.model import Entry


def entries_json(entries: Sequence[Entry]) -> str:
    import json

    from goodcry.interchange.goodcry_json import entry_to_dict

    return json.dumps([entry_to_dict(e) for e in entries], ensure_ascii=False, indent=2)


def entry_json(entry: Entry) -> str:
    import json

    from goodcry.interchange.goodcry_json import entry_to_dict

    return json.dumps(entry_to_dict(entry), ensure_ascii=False, indent=2)


def summary_line(entry: Entry, width: int = 60) -> str:
    """One line per entry: short ID, local time, kind, feelings and people, the start of the text."""
    # The whole ID: entries written in the same millisecond (imports) share their first ten characters.
    parts = [entry.id, entry.at.strftime("%Y-%m-%d %H:%M"), f"{entry.kind.value:<9}"]
    extras = []
    if entry.feelings:
        extras.append(", ".join(f.word + ("?" if not f.source.confirmed else "") for f in entry.feelings))
    if entry.people:
        extras.append("with " + ", ".join(p.person for p in entry.people))
    text = " ".join(entry.text.split())
    if len(text) > width:
        text = text[: width - 1] + "…"
    return "  ".join([*parts, " · ".join(extras), text] if extras else [*parts, text]).rstrip()


def details(entry: Entry) -> list[tuple[str, str]]:
    """The entry's recorded fields as (label, value) rows, skipping what was not recorded."""
    rows: list[tuple[str, str]] = [
        ("ID", entry.id),
        ("When", entry.at.strftime("%A %Y-%m-%d %H:%M (UTC%z)")),
        ("Kind", entry.kind.value),
    ]

    def add(label: str, value: object) -> None:
        if value not in (None, "", ()):
            rows.append((label, str(value)))

    add("Duration", f"{entry.duration_min} min" if entry.duration_min is not None else None)
    add("Intensity", entry.intensity.value if entry.intensity else None)
    add("Held back", f"{entry.held_back}/5" if entry.held_back else None)
    add("Where", entry.place.value if entry.place else None)
    add("Triggers", ", ".join(t.value for t in entry.triggers))
    add("Trigger note", entry.trigger_note)
    add("Feelings", ", ".join(
        f.word + (f" {f.strength}/5" if f.strength else "") + (" (main)" if f.main else "")
        + (" (suggested, not confirmed)" if not f.source.confirmed else "")
        for f in entry.feelings
    ))
    add("Mood", _pair(entry.mood_before, entry.mood_after))
    add("Tension", _pair(entry.tension_before, entry.tension_after))
    add("Right after", entry.relief.value if entry.relief else None)
    add("Company", entry.company.value if entry.company else None)
    add("With", "; ".join(
        p.person + (f" ({', '.join(r.value for r in p.responses)})" if p.responses else "") for p in entry.people
    ))
    add("Shame", f"{entry.shame}/5" if entry.shame else None)
    add("Resolved", entry.resolved.value if entry.resolved else None)
    add("Understanding", f"{entry.understanding}/5" if entry.understanding else None)
    add("Clarity", f"{entry.clarity}/10" if entry.clarity is not None else None)
    add("Body", ", ".join(b.value for b in entry.body))
    add("Tags", " ".join("#" + t for t in entry.tags))
    for f in entry.follow_ups:
        bits = [b for b in (
            f.relief.value if f.relief else "", f"mood {f.mood}" if f.mood is not None else "",
            f"tension {f.tension}" if f.tension is not None else "", f"resolved {f.resolved.value}" if f.resolved else "",
            f"understanding {f.understanding}/5" if f.understanding else "", f.note,
        ) if b]
        add("Later " + f.at.strftime("%Y-%m-%d %H:%M"), ", ".join(bits) or "checked in")
    add("Notes", entry.notes)
    return rows


def show_plain(entry: Entry) -> str:
    width = max(len(label) for label, _ in details(entry))
    lines = [f"{label:<{width}}  {value}" for label, value in details(entry)]
    if entry.text:
        lines += ["", entry.text]
    return "\n".join(lines)


def _pair(before: int | None, after: int | None) -> str | None:
    if before is None and after is None:
        return None
    return f"{'?' if before is None else before} → {'?' if after is None else after}"
