"""What goodcry prints while it runs never contains what a person wrote (the real `goodcry serve` process)."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

SECRET = "zebrafish-tangerine-4471 cried about Theodora"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_the_served_app_logs_no_entry_text(tmp_path: Path) -> None:
    import httpx

    exe = Path(sys.executable).parent / "goodcry"
    if not exe.exists():
        pytest.skip("the goodcry console script is not installed beside this Python")
    env = {**os.environ, "GOODCRY_DB": str(tmp_path / "j.db"), "NO_COLOR": "1"}
    subprocess.run([str(exe), "init", "--country", "GB"], env=env, check=True, capture_output=True)
    port = _port()
    log = tmp_path / "server.log"
    with open(log, "wb") as out:
        server = subprocess.Popen([str(exe), "serve", "--no-browser", "--port", str(port)], env=env, stdout=out,
                                  stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        link = None
        deadline = time.monotonic() + 30
        while link is None and time.monotonic() < deadline:
            found = re.search(rf"{re.escape(base)}/login/token/\S+", log.read_text())
            link = found.group(0) if found else None
            time.sleep(0.1)
        assert link, log.read_text()
        with httpx.Client(base_url=base, follow_redirects=True, timeout=10) as client:
            for _ in range(100):  # the server may still be binding its port
                try:
                    client.get(link)
                    break
                except httpx.ConnectError:
                    time.sleep(0.1)
            page = client.get("/")
            csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
            assert csrf, page.text[:500]
            saved = client.post("/quick", data={"csrf": csrf.group(1), "kind": "cry", "text": SECRET},
                                headers={"Origin": base})
            assert saved.status_code == 200
            client.get("/journal", params={"contains": "zebrafish"})
            client.get("/suggest", params={"text": SECRET})
            client.post("/quick", data={"csrf": "wrong", "kind": "cry", "text": SECRET}, headers={"Origin": base})
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=20)
    printed = log.read_text()
    assert "zebrafish" not in printed and "Theodora" not in printed, printed
    from goodcry.journal import Journal
    from goodcry.storage.database import Target

    with Journal.open(Target.parse(tmp_path / "j.db")) as journal:
        assert [e.text for e in journal.find()] == [SECRET]
