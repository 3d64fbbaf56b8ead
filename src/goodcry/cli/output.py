"""Where the CLI writes: data to stdout, messages to stderr, colour only on a terminal.

Rich is imported only when a terminal will show its output: quick capture and piped ``list`` stay fast.
"""

from __future__ import annotations

import os
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


_ANSI = {"green": "32", "yellow": "33", "red": "31", "bold": "1", "dim": "2"}


def message(text: str, *, style: str = "") -> None:
    """A message for the person, on stderr; coloured only on a terminal (and never with NO_COLOR set).

    Plain ANSI rather than Rich: quick capture prints one line and must not pay for importing Rich.
    """
    code = _ANSI.get(style)
    if code and sys.stderr.isatty() and not os.environ.get("NO_COLOR"):
        text = f"\x1b[{code}m{text}\x1b[0m"
    sys.stderr.write(text + "\n")


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()
