"""The Typer application, its global options and the state commands share."""

from __future__ import annotations

from dataclasses import dataclass, field

import typer

from goodcry.core import notices
from goodcry.journal import Journal, resolve_target
from goodcry.storage.database import KeyMemory, Target

NOT_MEDICAL_ADVICE = f"{notices.NOT_MEDICAL_ADVICE} {notices.IN_DANGER}"

app = typer.Typer(
    name="goodcry",
    help="A private journal for crying and the feelings behind it.",
    epilog=NOT_MEDICAL_ADVICE,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


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
        """The OS keyring's remembered keys, unless $GOODCRY_PASSPHRASE is given (then that is used, as asked)."""
        from goodcry.cli import output, secret
        from goodcry.storage.remembered import KeyringMemory

        return None if secret.from_environment() else KeyringMemory(output.message)

    def passphrase(self) -> str:
        from goodcry.cli import secret

        return secret.current(f"the journal at {self.target.describe()}")

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None


STATE = State()


@app.callback()
def main(
    db: str | None = typer.Option(
        None, "--db", metavar="PATH|URL",
        help="The journal: a SQLite file or postgresql+psycopg://… (default: $GOODCRY_DB, else your data folder).",
    ),
    debug: bool = typer.Option(False, "--debug", help="Show full tracebacks on errors."),
) -> None:
    """A private journal for crying and the feelings behind it: name what you feel, see who helps, and notice
    when a good cry brings relief."""
    STATE.db = db
    STATE.debug = debug
