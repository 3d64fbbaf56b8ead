"""Web app throughput and latency: the journal page and the insights page with 10,000 entries, vs a bare endpoint.

The server (uvicorn, one process, as ``goodcry serve`` runs it) starts in a child process over a fresh SQLite
journal of synthetic entries (``goodcry.core.synthetic``).  This process is the load generator: 20 concurrent
keep-alive HTTP/1.1 clients on asyncio sockets (no HTTP library, so the client costs little), each sending the
next request as soon as the last answer arrives, for a fixed time per page.  In the same run and the same server,
``/bench/constant`` — a bare FastAPI route returning a constant — gives the floor of the framework itself.

    nice .venv/bin/python bench/web_bench.py [--entries 10000] [--clients 20] [--seconds 10]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path

TOKEN = "bench-token"


def _serve(db: str, port: int) -> None:
    import uvicorn
    from fastapi.responses import PlainTextResponse

    from goodcry.storage.database import Target
    from goodcry.web import WebSettings, create_app

    app = create_app(WebSettings(target=Target.parse(db), port=port, login_token=TOKEN))

    @app.get("/bench/constant")
    def constant() -> PlainTextResponse:
        return PlainTextResponse("ok")

    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def _fill(db: str, n: int) -> float:
    from goodcry.core import synthetic
    from goodcry.journal import Journal
    from goodcry.storage.database import Target

    started = time.perf_counter()
    with Journal.open(Target.parse(db), create=True) as journal:
        journal.add_many(synthetic.generate(n, seed=1, effects=synthetic.PLANTED), synthetic.circle())
    return time.perf_counter() - started


async def _request(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, raw: bytes) -> tuple[int, bytes]:
    writer.write(raw)
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    body = await reader.readexactly(length)
    return status, head + body


async def _login(port: int) -> str:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    raw = f"GET /login/token/{TOKEN} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()
    status, response = await _request(reader, writer, raw)
    writer.close()
    for line in response.split(b"\r\n"):
        if line.lower().startswith(b"set-cookie:") and b"goodcry_session=" in line:
            return line.split(b":", 1)[1].split(b";", 1)[0].strip().decode()
    raise RuntimeError(f"login failed ({status})")


async def _load(port: int, path: str, cookie: str, clients: int, seconds: float) -> list[float]:
    raw = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nCookie: {cookie}\r\n\r\n".encode()
    latencies: list[float] = []
    stop = time.perf_counter() + seconds

    async def client() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        while time.perf_counter() < stop:
            t0 = time.perf_counter()
            status, _ = await _request(reader, writer, raw)
            if status != 200:
                raise RuntimeError(f"{path} answered {status}")
            latencies.append(time.perf_counter() - t0)
        writer.close()

    await asyncio.gather(*(client() for _ in range(clients)))
    return latencies


def _report(name: str, latencies: list[float], seconds: float) -> None:
    ordered = sorted(latencies)
    p50 = ordered[len(ordered) // 2] * 1000
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000
    print(f"{name:<28} {len(ordered) / seconds:8.0f} req/s   p50 {p50:7.1f} ms   p99 {p99:7.1f} ms   "
          f"mean {statistics.fmean(ordered) * 1000:6.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()

    folder = tempfile.mkdtemp(prefix="goodcry-web-bench-")
    db = str(Path(folder) / "journal.db")
    print(f"filling a journal with {args.entries:,} synthetic entries … {_fill(db, args.entries):.1f} s")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    server = multiprocessing.get_context("spawn").Process(target=_serve, args=(db, port), daemon=True)
    server.start()
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        cookie = asyncio.run(_login(port))
        print(f"{args.clients} concurrent clients, {args.seconds:.0f} s per page, server pid {server.pid}, "
              f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
        for name, path in (("bare FastAPI constant", "/bench/constant"), ("journal page (25 newest)", "/journal"),
                           ("insights page", "/insights")):
            asyncio.run(_load(port, path, cookie, args.clients, 1.0))  # warm up (and fill the insight cache)
            latencies = asyncio.run(_load(port, path, cookie, args.clients, args.seconds))
            _report(name, latencies, args.seconds)
    finally:
        server.terminate()
        server.join(5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
