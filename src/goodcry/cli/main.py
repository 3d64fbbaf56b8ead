"""``goodcry``: the one exit point.  Errors goodcry expects become one friendly line; tracebacks need --debug."""

from __future__ import annotations

import sys

from goodcry.cli import entries, manage, transfer  # noqa: F401  (registers the commands)
from goodcry.cli.app import STATE, app
from goodcry.core.errors import GoodcryError


def run(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code (0 ok, 1 error, 2 usage error, 130 interrupted)."""
    from typer import exceptions as typer_exc
    from typer._click import exceptions as click_exc

    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    try:
        result = app(args=args, prog_name="goodcry", standalone_mode=False)
        return int(result) if isinstance(result, int) else 0
    except click_exc.UsageError as exc:
        _fail(f"{exc.format_message()}" + (f"\n{exc.ctx.get_usage()}" if exc.ctx else ""))
        return 2
    except (KeyboardInterrupt, typer_exc.Abort):
        _fail("stopped; nothing more was changed.")
        return 130
    except typer_exc.Exit as exc:
        return exc.exit_code
    except GoodcryError as exc:
        if debug:
            raise
        _fail(str(exc))
        return exc.exit_code
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if debug:
            raise
        _fail(f"unexpected error ({type(exc).__name__}); run again with --debug to see the details")
        return 1
    finally:
        STATE.close()


def _fail(text: str) -> None:
    sys.stderr.write(f"goodcry: {text}\n")
