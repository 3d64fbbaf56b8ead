"""``goodcry unlock`` / ``goodcry lock``: an encrypted journal opened without its passphrase for a while."""

from __future__ import annotations

from datetime import datetime, timedelta

import click

from goodcry.cli import output
from goodcry.cli.app import STATE, Command
from goodcry.cli.keys import encrypted_path
from goodcry.storage import agent


@click.command("unlock", cls=Command)
@click.option("--for", "minutes", type=click.IntRange(1, agent.MAX_MINUTES), default=15, show_default=True,
              metavar="MINUTES", help="How long the journal stays unlocked.")
@click.option("--status", is_flag=True, help="Only say whether it is unlocked, and for how long.")
def unlock(minutes: int, status: bool) -> None:
    """Unlock your encrypted journal for a while: until then goodcry opens it without asking for the passphrase
    (its key is held in memory by a small background process, never written anywhere; `goodcry lock` ends it)."""
    path = encrypted_path("unlocking", "there is nothing to unlock")
    if status:
        left = agent.status(path)
        if left is None:
            output.data(f"locked: goodcry asks for the passphrase of the journal at {path}")
        else:
            output.data(f"unlocked for {_duration(left)} more (until {_until(left)})")
        return
    # The passphrase itself (prompt or $GOODCRY_PASSPHRASE), not a key held before: it proves you know it.
    journal = STATE.journal(keyring=False)
    try:
        assert journal.db.key is not None
        seconds = agent.unlock(path, journal.db.key.raw, minutes)
    finally:
        STATE.close()
    output.message(f"Your journal is unlocked until {_until(seconds)} ({_duration(seconds)}): goodcry opens it "
                   "without asking. Anyone using your account meanwhile can too. `goodcry lock` locks it now.")


@click.command("lock", cls=Command)
def lock() -> None:
    """Lock your journal now: goodcry asks for its passphrase again (ends `goodcry unlock`)."""
    path = STATE.target.path
    if path is not None and agent.lock(path):
        output.message(f"Locked: goodcry asks for the passphrase of the journal at {path} again.")
    else:
        output.message("Your journal was not unlocked; nothing was changed.")


def _until(seconds: float) -> str:
    return (datetime.now() + timedelta(seconds=seconds)).strftime("%H:%M")


def _duration(seconds: float) -> str:
    minutes = round(seconds / 60)
    if minutes < 1:
        return "less than a minute"
    if minutes < 120:
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    return f"{minutes / 60:.1f} hours"
