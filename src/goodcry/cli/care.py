"""Safety at the command line: the card after saving a flagged entry, ``help-now`` and ``screen``.

The entry is always saved first; the card comes after, on standard error (so a script reading the new ID from
standard output still gets just the ID), as a calm panel on a terminal and as plain lines elsewhere.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from goodcry.cli import output
from goodcry.cli.app import STATE, Argument, Command
from goodcry.core.errors import GoodcryError, JournalMissingError, ValidationError
from goodcry.core.safety import Card, Screening, card_for, help_card, resources_for, screen


def show_card(screening: Screening) -> None:
    """After saving: the card for a crisis or concern screening (nothing for ordinary entries)."""
    card = card_for(screening, resources_for(_country()))
    if card is not None:
        render(card)


def render(card: Card) -> None:
    if sys.stderr.isatty():
        from rich.panel import Panel
        from rich.text import Text

        body = Text()
        for line in card.lines:
            body.append(line + "\n")
        body.append("\n")
        for resource in card.resources:
            body.append(f"  {resource.name}: ", style="bold")
            body.append(f"{resource.how}  {resource.url}\n")
        body.append("\n")
        for line in card.footer:
            body.append(line + "\n", style="bold" if line.startswith("If you") else "dim")
        output.err_console().print(Panel(body, title=card.title, border_style="cyan", padding=(1, 2)))
    else:
        sys.stderr.write("\n".join(card.text_lines()) + "\n")


def _country() -> str | None:
    try:
        return STATE.journal().country
    except (JournalMissingError, GoodcryError):
        return None


@click.command("help-now", cls=Command)
@click.option("--country", metavar="CC", help="Show another country's lines.")
def help_now(country: str | None) -> None:
    """People to talk to right now: your country's crisis lines and emergency number."""
    from goodcry.cli.manage import country_code

    code = country_code(country) if country else _country()
    render(help_card(resources_for(code)))


@click.command("screen", cls=Command)
@click.argument("text", cls=Argument, required=False, help="A text to screen (or use --from).")
@click.option("--from", "source", type=click.Path(path_type=Path), help="A file with one text per line ('-' for standard input).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line: level, categories, triggers.")
def screen_command(text: str | None, source: Path | None, as_json: bool) -> None:
    """Screen text for crisis language, offline (for research and evaluation; nothing is stored or sent)."""
    if (text is None) == (source is None):
        raise ValidationError("give a TEXT or --from FILE (one text per line)")
    lines = _read_lines(source) if source is not None else [text or ""]
    for line in lines:
        result = screen(line)
        if as_json:
            output.data(json.dumps(result.to_dict(), ensure_ascii=False))
        else:
            found = ", ".join(c.value for c in result.categories)
            phrases = "; ".join(repr(t.text) for t in result.triggers)
            output.data(result.level.value + (f"  {found}  ({phrases})" if found else ""))


def _read_lines(source: Path) -> list[str]:
    from goodcry.interchange.transfer import read_text

    if str(source) == "-":
        data = sys.stdin.buffer.read()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValidationError(f"standard input is not UTF-8 text (bad byte at offset {exc.start})") from None
    else:
        text = read_text(source)
    return text.splitlines()
