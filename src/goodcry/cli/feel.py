"""feel: suggest feeling words for a text, with the words of the text that suggested them.

Everything runs on this device; the model loads on first use (numpy is imported only by this command).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import click

from goodcry.cli import output
from goodcry.cli.app import Argument, Command
from goodcry.core.errors import ValidationError

BATCH = 1000


@click.command("feel", cls=Command)
@click.argument("text", cls=Argument, required=False, help="What happened, in your own words (or pipe it in).")
@click.option("--from", "source", type=click.Path(path_type=Path), metavar="FILE",
              help="Read one text per line from FILE ('-' for standard input).")
@click.option("--json", "as_json", is_flag=True,
              help='One JSON object per text: {"labels": [{"label", "family", "score", "evidence"}]}.')
@click.option("--taxonomy", default="goodcry",
              help="goodcry (the journal's feeling words), goemotions (28 labels) or ekman (7).")
def feel(text: str | None, source: Path | None, as_json: bool, taxonomy: str) -> None:
    """Suggest feeling words for a text and show which of your words suggested each."""
    from goodcry.core import emotions

    name = taxonomy.strip().lower()
    if name not in emotions.TAXONOMIES:
        raise ValidationError(f"unknown taxonomy {taxonomy!r}; choose one of: {', '.join(emotions.TAXONOMIES)}")
    if source is not None and text is not None:
        raise ValidationError("give a text or --from FILE, not both")
    if source is not None:
        for batch in _batches(_lines(source)):
            rows = emotions.predict(batch, name, evidence=True)
            for t, labels in zip(batch, rows, strict=True):
                _emit(t, labels, name, as_json)
        return
    if text is None:
        if sys.stdin.isatty():
            raise ValidationError('write what happened: goodcry feel "TEXT" (or pipe it in, or use --from FILE)')
        text = sys.stdin.read()
    labels = emotions.predict([text], name, evidence=True)[0]
    _emit(text, labels, name, as_json)


def _lines(source: Path) -> Iterator[str]:
    if str(source) == "-":
        stream = open(sys.stdin.fileno(), encoding="utf-8", errors="replace", closefd=False)  # noqa: SIM115
    else:
        if not source.is_file():
            raise ValidationError(f"no such file: {source}")
        stream = source.open(encoding="utf-8", errors="replace")
    with stream:
        for line in stream:
            yield line.rstrip("\r\n")


def _batches(lines: Iterator[str]) -> Iterator[list[str]]:
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _emit(text: str, labels: Sequence[object], taxonomy: str, as_json: bool) -> None:
    from goodcry.core.emotions import Label

    rows = [lab for lab in labels if isinstance(lab, Label)]
    if as_json:
        items = []
        for lab in rows:
            item: dict[str, object] = {"label": lab.label}
            if taxonomy == "goodcry":
                item["family"] = lab.family
            item.update(score=lab.score, evidence=list(lab.evidence))
            items.append(item)
        output.data(json.dumps({"labels": items}, ensure_ascii=False))
        return
    if not rows:
        output.data("No feeling words stood out. You can always name your own: goodcry words list.")
        return
    phrases = [p for lab in rows for p in lab.evidence]
    output.data(highlight(text.strip(), phrases, color=_color()))
    names = [lab.label + (f" ({lab.family})" if lab.family else "") for lab in rows]
    width = max(map(len, names))
    for name, lab in zip(names, rows, strict=True):
        evidence = " · ".join(f"“{p}”" for p in lab.evidence)
        output.data(f"  {name:<{width}}  {lab.score:.2f}" + (f"  ← {evidence}" if evidence else ""))


def _color() -> bool:
    return output.stdout_is_terminal() and not os.environ.get("NO_COLOR")


def highlight(text: str, phrases: Sequence[str], *, color: bool) -> str:
    """``text`` with each evidence phrase marked: bold yellow on a terminal, [brackets] otherwise."""
    spans: list[tuple[int, int]] = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        start = text.find(phrase)
        while start >= 0:
            end = start + len(phrase)
            if not any(start < b and a < end for a, b in spans):
                spans.append((start, end))
                break
            start = text.find(phrase, start + 1)
    out, last = [], 0
    for a, b in sorted(spans):
        out.append(text[last:a])
        out.append(f"\x1b[1;33m{text[a:b]}\x1b[0m" if color else f"[{text[a:b]}]")
        last = b
    out.append(text[last:])
    return "".join(out)
