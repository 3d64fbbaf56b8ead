"""Where the CLI writes: data to stdout, messages to stderr, colour only on a terminal.

Rich is imported only when a terminal will show its output: quick capture and piped ``list`` stay fast.
"""

from __future__ import annotations

import sys
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


@cache
def console() -> Console:
    """Rich console for data (stdout)."""
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


@cache
def err_console() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def data(text: str) -> None:
    """Write data for the person or a script to stdout."""
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def message(text: str, *, style: str = "") -> None:
    """A message for the person, on stderr; styled only on a terminal, never parsed as markup."""
    if sys.stderr.isatty():
        err_console().print(text, style=style or None, markup=False)
    else:
        sys.stderr.write(text + "\n")


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()
