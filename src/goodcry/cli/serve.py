"""``goodcry serve``: the journal as a private web app in your browser."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from goodcry.cli import output
from goodcry.cli.app import STATE, Command

if TYPE_CHECKING:
    from goodcry.web.settings import WebSettings


@click.command("serve", cls=Command)
@click.option("--host", default="127.0.0.1", help="Address to listen on (this computer only by default).")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, help="Port to listen on (0: any free port).")
@click.option("--no-browser", is_flag=True, help="Do not open the browser.")
@click.option("--allow-remote", is_flag=True,
              help="Allow listening on an address other computers can reach (not recommended).")
def serve(host: str, port: int, no_browser: bool, allow_remote: bool) -> None:
    """Open goodcry in your browser: the guided good cry, your journal, insights — on this computer only."""
    import secrets
    import socket
    import webbrowser

    from goodcry.web.settings import WebSettings, is_loopback

    if not is_loopback(host):
        if not allow_remote:
            raise click.BadParameter(
                f"{host} can be reached from other computers; add --allow-remote if you really mean it", param_hint="--host"
            )
        output.message(
            f"Warning: goodcry is listening on {host}, where other computers on the network can reach it. Anyone who "
            "can reach it can try to log in, and the connection is not encrypted (plain HTTP)."
        )
    target = STATE.target
    # A missing journal is one clear line, before any server starts; an encrypted one is unlocked here, once
    # (passphrase, $GOODCRY_PASSPHRASE or the remembered key), and the app's connections reuse its key.
    journal = STATE.journal()
    key = journal.db.key.raw if journal.db.key is not None else None
    STATE.close()
    if port == 0:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.bind((host, 0))
            port = int(probe.getsockname()[1])
    token = secrets.token_urlsafe(24)
    settings = WebSettings(target=target, host=host, port=port, login_token=token, allow_remote=allow_remote,
                           journal_key=key)
    shown = f"[{host}]" if ":" in host else host
    reach = "127.0.0.1" if host in ("0.0.0.0", "::") else shown
    link = f"http://{reach}:{port}/login/token/{token}"
    output.message(f"goodcry is running at http://{shown}:{port}/  (Ctrl-C to stop)")
    output.message(f"Log in once with this private link (it works one time): {link}")
    if not no_browser:
        webbrowser.open(link)
    _run(settings)


def _run(settings: WebSettings) -> None:
    import uvicorn

    from goodcry.web import create_app

    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="warning", access_log=False,
                server_header=False)
