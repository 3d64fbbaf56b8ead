"""The click application, its global options and the state commands share."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import click

from goodcry.core import notices
from goodcry.journal import Journal, resolve_target
from goodcry.storage.database import KeyMemory, Target

NOT_MEDICAL_ADVICE = f"{notices.NOT_MEDICAL_ADVICE} {notices.IN_DANGER}"


class Argument(click.Argument):
    """A positional argument with a help text (click < 8.5 takes none), shown as ``[NAME]`` when optional."""

    def __init__(self, param_decls: Sequence[str], help: str | None = None, **attrs: Any) -> None:
        super().__init__(param_decls, **attrs)
        self.help = help

    def make_metavar(self, ctx: click.Context | None = None) -> str:
        var = self.metavar or (self.name or "").upper()
        return var if self.required or var.startswith("[") else f"[{var}]"

    def get_help_record(self, ctx: click.Context) -> tuple[str, str]:
        extra = "[required]" if self.required else ""
        return self.make_metavar(ctx), "  ".join(part for part in (self.help or "", extra) if part)


def _format_parameters(command: click.Command, ctx: click.Context, formatter: click.HelpFormatter) -> None:
    """``--help``'s "Arguments:" (each with its help, and whether it is required), then "Options:"."""
    sections: dict[str, list[tuple[str, str]]] = {"Arguments": [], "Options": []}
    for param in command.get_params(ctx):
        record = param.get_help_record(ctx)
        if record is not None:
            sections["Arguments" if isinstance(param, click.Argument) else "Options"].append(record)
    for title, rows in sections.items():
        if rows:
            with formatter.section(title):
                formatter.write_dl(rows)


class Command(click.Command):
    """A command whose ``--help`` lists its arguments, then its options."""

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        _format_parameters(self, ctx, formatter)

    def format_arguments(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Already listed by ``format_options`` (click 8.5+ would add a "Positional arguments:" section too)."""


class Group(click.Group):
    """Subcommands listed in the order they were added (click sorts them by name)."""

    command_class = Command

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        _format_parameters(self, ctx, formatter)
        self.format_commands(ctx, formatter)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)


def group(help: str) -> Callable[[Callable[..., Any]], Group]:
    """A group of subcommands (``goodcry people …``): with no subcommand, it shows its help."""
    return click.group(cls=Group, help=help, no_args_is_help=True)


@dataclass
class State:
    """What every command needs: which journal, and whether to show tracebacks."""

    db: str | None = None
    debug: bool = False
    _journal: Journal | None = field(default=None, repr=False)

    @property
    def target(self) -> Target:
        return resolve_target(self.db)

    def journal(self, *, keyring: bool = True) -> Journal:
        """The open journal (opened once per command; an encrypted one asks for its passphrase, unless its key is
        remembered in the OS keyring — not consulted with ``keyring=False``: changing or removing the encryption
        takes the passphrase itself)."""
        if self._journal is None:
            self._journal = Journal.open(self.target, passphrase=self.passphrase,
                                         remembered=self.remembered() if keyring else None)
        return self._journal

    def remembered(self) -> KeyMemory | None:
        """Where a key may be had without the passphrase: an unlocked session (``goodcry unlock``), then the OS
        keyring (``goodcry keyring remember``) — neither when $GOODCRY_PASSPHRASE is given (that is used, as asked)."""
        from goodcry.cli import output, secret
        from goodcry.storage.agent import AgentMemory
        from goodcry.storage.remembered import KeyringMemory

        return None if secret.from_environment() else AgentMemory(KeyringMemory(output.message))

    def passphrase(self) -> str:
        from goodcry.cli import secret

        return secret.current(f"the journal at {self.target.describe()}")

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None


STATE = State()


@click.group(
    cls=Group,
    name="goodcry",
    help="A private journal for crying and the feelings behind it.",
    epilog=NOT_MEDICAL_ADVICE,
    no_args_is_help=True,
    # Every command's help: -h works too, and an option's default is shown beside its help.
    context_settings={"help_option_names": ["-h", "--help"], "show_default": True},
)
@click.option(
    "--db", metavar="PATH|URL",
    help="The journal: a SQLite file or postgresql+psycopg://… (default: $GOODCRY_DB, else your data folder).",
)
@click.option("--debug", is_flag=True, help="Show full tracebacks on errors.")
def app(db: str | None, debug: bool) -> None:
    """A private journal for crying and the feelings behind it: name what you feel, see who helps, and notice
    when a good cry brings relief."""
    STATE.db = db
    STATE.debug = debug
