"""``goodcry``: the one exit point.  Errors goodcry expects become one friendly line; tracebacks need --debug."""

from __future__ import annotations

import importlib
import sys

from goodcry.cli.app import STATE, app
from goodcry.core.errors import GoodcryError

# The commands, in the order `--help` lists them: name → (module, click command or group).  Only the invoked
# command is imported and built: quick capture must not pay for every other command (bench/cli_speed.py).
COMMANDS: dict[str, tuple[str, str]] = {
    "log": ("entries", "log"),
    "after": ("entries", "after"),
    "list": ("entries", "list_"),
    "show": ("entries", "show"),
    "edit": ("entries", "edit"),
    "delete": ("entries", "delete"),
    "insights": ("insights", "insights"),
    "plot": ("charts", "plot"),
    "report": ("charts", "report"),
    "serve": ("serve", "serve"),
    "export": ("transfer", "export"),
    "import": ("transfer", "import_"),
    "help-now": ("care", "help_now"),
    "screen": ("care", "screen_command"),
    "feel": ("feel", "feel"),
    "backup": ("privacy", "backup"),
    "restore": ("privacy", "restore"),
    "encrypt": ("privacy", "encrypt"),
    "decrypt": ("privacy", "decrypt"),
    "passwd": ("privacy", "passwd"),
    "unlock": ("session", "unlock"),
    "lock": ("session", "lock"),
    "init": ("manage", "init"),
    "where": ("manage", "where"),
    "country": ("manage", "country"),
    "people": ("manage", "people_app"),
    "words": ("manage", "words_app"),
    "keyring": ("keys", "keyring_app"),
}
_GLOBAL_OPTIONS_WITH_VALUE = {"--db"}


def register(args: list[str]) -> None:
    """Register the command named in ``args`` with the app (all of them when it is not clear which)."""
    wanted = _command_name(args)
    names = [wanted] if wanted in COMMANDS else list(COMMANDS)
    for name in (n for n in names if n not in app.commands):
        module_name, attr = COMMANDS[name]
        app.add_command(getattr(importlib.import_module(f"goodcry.cli.{module_name}"), attr), name)
    app.commands = {n: app.commands[n] for n in COMMANDS if n in app.commands}  # --help keeps this order


def _command_name(args: list[str]) -> str | None:
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in _GLOBAL_OPTIONS_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def run(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code (0 ok, 1 error, 2 usage error, 130 interrupted)."""
    from click import exceptions as click_exc

    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    try:
        register(args)
        result = app.main(args=args, prog_name="goodcry", standalone_mode=False)
        return int(result) if isinstance(result, int) else 0
    except click_exc.NoArgsIsHelpError as exc:  # a group named alone (`goodcry people`): its help, as a usage error
        sys.stderr.write(exc.format_message() + "\n")
        return 2
    except click_exc.UsageError as exc:
        _fail(f"{exc.format_message()}" + (f"\n{exc.ctx.get_usage()}" if exc.ctx else ""))
        return 2
    except (KeyboardInterrupt, click_exc.Abort):
        _fail("stopped; nothing more was changed.")
        return 130
    except click_exc.Exit as exc:
        return exc.exit_code
    except GoodcryError as exc:
        if debug:
            _print_traceback()
        _fail(str(exc))
        return exc.exit_code
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if debug:
            _print_traceback()
            return 1
        _fail(f"unexpected error ({type(exc).__name__}); run again with --debug to see the details")
        return 1
    finally:
        STATE.close()


def _print_traceback() -> None:
    """--debug: the whole traceback on stderr; the exit code stays the one the error has."""
    import traceback

    traceback.print_exc()


def _fail(text: str) -> None:
    sys.stderr.write(f"goodcry: {text}\n")
