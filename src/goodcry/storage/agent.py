"""An unlocked session: one encrypted journal's derived key, held for a while by a small background process.

``goodcry unlock`` derives the key once (the passphrase's 256,000 PBKDF2 rounds) and hands it to an *agent*: a
process of its own that keeps the key in memory only, answers on a Unix socket that only its owner can reach,
and ends when the time given runs out (``goodcry lock`` ends it at once).  Until then every command opens the
journal with no passphrase and no key derivation — what ssh-agent and gpg-agent do for their keys, and sudo's
few minutes of trust.  It is an alternative to remembering the key in the OS keyring (``remembered.py``): nothing
is stored anywhere, and it costs a command a socket round trip instead of importing ``keyring``.

What protects the key while a session lasts:

* the socket lives in a folder only the user can open (``$XDG_RUNTIME_DIR/goodcry``, else ``/tmp/goodcry-UID``,
  created ``0700`` and refused when another user owns it or others can enter it); the socket itself is ``0600``;
* on Linux the agent also checks the peer's user id on every connection (``SO_PEERCRED``), and marks itself not
  dumpable, so other processes of the same user cannot read its memory through ``/proc`` or a debugger without
  root; it never writes a core file;
* the key reaches the agent through a pipe (never its command line or environment) and is overwritten in memory
  when the agent ends; the agent writes nothing: no log, no file but its socket;
* a session is for one journal file: the agent says which journal it serves, and a client takes a key only for
  the journal it is opening (a key that does not fit fails SQLCipher's check of the first page: nothing is read).

What it does not protect against: anyone who can run code as the user while the session lasts can ask for the key
(as with an unlocked keyring).  Sessions are for a few minutes of writing, not all day.

POSIX only: on a system without Unix sockets ``unlock`` says so and nothing else changes.
"""

from __future__ import annotations

import os
import sys
import time
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from goodcry.core.errors import StorageError
from goodcry.storage.remembered import account as journal_id  # a session is for one journal file, by its path

if TYPE_CHECKING:
    from goodcry.storage.database import KeyMemory

MAX_MINUTES = 24 * 60
"""The longest session ``unlock`` starts."""
_TIMEOUT = 2.0  # seconds a client waits for the agent


class AgentError(StorageError):
    """An unlocked session could not be started or reached."""


def runtime_dir(create: bool = False) -> Path | None:
    """The user's private folder for agent sockets; None when it does not exist (and ``create`` is false).

    Raises AgentError when the folder is not private (another owner, or others may enter it).  None, always, on a
    system without user ids (Windows): sessions are POSIX-only."""
    if not hasattr(os, "getuid"):
        return None
    base = os.environ.get("XDG_RUNTIME_DIR")
    folder = Path(base) / "goodcry" if base else Path(os.environ.get("TMPDIR") or "/tmp") / f"goodcry-{os.getuid()}"
    try:
        info = folder.lstat()
    except FileNotFoundError:
        if not create:
            return None
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:  # made meanwhile: checked below like any other
            pass
        except OSError as exc:
            raise AgentError(f"cannot make {folder} ({exc.strerror})") from None
        info = folder.lstat()
    import stat

    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        raise AgentError(f"{folder} is not a private folder of yours; unlocked sessions are off until it is removed")
    return folder


def socket_path(path: Path, folder: Path) -> Path:
    """Where the agent of the journal at ``path`` listens (a short name: socket paths are limited to ~100 bytes)."""
    name = journal_id(path).encode("utf-8")
    return folder / f"agent-{zlib.crc32(name):08x}{zlib.adler32(name):08x}.sock"


# --- the client side ----------------------------------------------------------------------------------------------

def _ask(sock_path: Path, request: bytes) -> bytes | None:
    """Send one request to an agent and return its whole answer (None when no agent answers there)."""
    import socket

    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    conn.settimeout(_TIMEOUT)
    try:
        conn.connect(str(sock_path))
        conn.sendall(request)
        conn.shutdown(socket.SHUT_WR)
        chunks = []
        while chunk := conn.recv(4096):
            chunks.append(chunk)
        return b"".join(chunks)
    except (FileNotFoundError, ConnectionRefusedError):  # no agent: a socket left by one that was killed
        sock_path.unlink(missing_ok=True)
        return None
    except OSError:
        return None
    finally:
        conn.close()


def _session_socket(path: Path) -> Path | None:
    """The socket of the journal's session, if one may be there (a private folder and the socket in it)."""
    try:
        folder = runtime_dir()
    except AgentError:
        return None
    if folder is None:
        return None
    sock_path = socket_path(path, folder)
    return sock_path if sock_path.exists() else None


def _value(path: Path, request: bytes) -> bytes | None:
    """The value an agent gives for ``request`` ("ok", the journal it serves, the value), when it serves ``path``."""
    sock_path = _session_socket(path)
    answer = _ask(sock_path, request) if sock_path is not None else None
    lines = answer.split(b"\n") if answer else []
    if len(lines) < 3 or lines[0] != b"ok" or lines[1].decode("utf-8", "replace") != journal_id(path):
        return None
    return lines[2]


def recall(path: Path) -> bytes | None:
    """The key an unlocked session holds for the journal at ``path``; None when there is no session (fast: one
    ``stat`` when there is none)."""
    value = _value(path, b"key\n")
    try:
        raw = bytes.fromhex(value.decode("ascii")) if value is not None else b""
    except ValueError:
        return None
    return raw if len(raw) == 32 else None


def status(path: Path) -> float | None:
    """Seconds left in the journal's unlocked session; None when there is none."""
    value = _value(path, b"status\n")
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


def lock(path: Path) -> bool:
    """End the journal's unlocked session; whether there was one."""
    sock_path = _session_socket(path)
    if sock_path is None:
        return False
    answer = _ask(sock_path, b"lock\n")
    sock_path.unlink(missing_ok=True)
    return bool(answer and answer.startswith(b"ok"))


def unlock(path: Path, raw_key: bytes, minutes: float) -> float:
    """Start an agent holding ``raw_key`` for the journal at ``path`` for ``minutes`` (ending any session it had);
    returns the seconds it will last.  Raises AgentError when it cannot be started."""
    import socket
    import subprocess

    if not hasattr(socket, "AF_UNIX") or not hasattr(os, "getuid"):
        raise AgentError("unlocked sessions need Unix sockets, which this system does not have")
    if not 0 < minutes <= MAX_MINUTES:
        raise AgentError(f"a session lasts between a minute and {MAX_MINUTES // 60} hours")
    if len(raw_key) != 32:
        raise AgentError("not a journal key")
    folder = runtime_dir(create=True)
    assert folder is not None
    lock(path)
    sock_path = socket_path(path, folder)
    seconds = minutes * 60
    agent = subprocess.Popen(
        [sys.executable, "-m", "goodcry.storage.agent", journal_id(path), str(sock_path), repr(seconds)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, close_fds=True,
        start_new_session=True,  # not killed with the terminal's process group, nor by its Ctrl-C
        env={k: v for k, v in os.environ.items() if not k.startswith("GOODCRY_")},  # no passphrase in its environment
    )
    assert agent.stdin is not None and agent.stdout is not None
    try:
        agent.stdin.write(raw_key.hex().encode("ascii") + b"\n")
        agent.stdin.close()
        ready = agent.stdout.readline()  # "ready\n" once it listens (or nothing if it failed)
    finally:
        agent.stdout.close()
    if ready != b"ready\n":
        try:
            agent.wait(_TIMEOUT)
        except subprocess.TimeoutExpired:
            agent.kill()
        raise AgentError("the session could not be started")
    return seconds


# --- the agent ----------------------------------------------------------------------------------------------------

def _harden() -> None:
    """No core file, and (Linux) not dumpable: the key cannot be read through /proc or ptrace by the same user."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, OSError, ValueError):  # pragma: no cover - platform dependent
        pass
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE = 4
        except (OSError, AttributeError):  # pragma: no cover
            pass


def _now() -> float:
    """Seconds on a clock that keeps counting while the computer sleeps (Linux's boot-time clock, else the wall
    clock): a session of 15 minutes must not outlast a night with the lid closed."""
    if hasattr(time, "CLOCK_BOOTTIME"):
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    return time.time()


def _exit(signum: int, frame: object) -> None:
    raise SystemExit(0)


def _peer_is_owner(conn: object) -> bool:
    import socket
    import struct

    if not hasattr(socket, "SO_PEERCRED"):
        return True  # the socket's folder and mode are the guard there
    creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))  # type: ignore[attr-defined]
    _pid, uid, _gid = struct.unpack("3i", creds)
    return bool(uid == os.getuid())


def serve(journal: str, sock_path: Path, seconds: float) -> int:
    """Run the agent: read the key from stdin, listen, answer, end when the time is up or ``lock`` comes."""
    import signal
    import socket

    _harden()
    os.chdir("/")  # hold no folder busy (an unmountable drive, a deleted working folder)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit)  # end as `lock` does: key overwritten, socket removed
    key = bytearray(bytes.fromhex(sys.stdin.readline().strip()))
    sys.stdin.close()
    if len(key) != 32:
        return 1
    deadline = _now() + seconds
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    # From here on the socket exists: whatever ends the agent — a SIGTERM that comes the moment "ready" is out
    # included — goes through the ``finally`` that overwrites the key and removes the socket.
    try:
        old_mask = os.umask(0o177)
        try:
            sock_path.unlink(missing_ok=True)
            server.bind(str(sock_path))
        finally:
            os.umask(old_mask)
        server.listen(8)
        sys.stdout.write("ready\n")
        sys.stdout.flush()
        sys.stdout.close()
        while (left := deadline - _now()) > 0:
            server.settimeout(min(left, 60.0))
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(_TIMEOUT)
                try:
                    if not _peer_is_owner(conn):
                        continue
                    request = conn.recv(64).split(b"\n")[0]
                    if request == b"key":
                        conn.sendall(b"ok\n" + journal.encode("utf-8") + b"\n" + key.hex().encode("ascii") + b"\n")
                    elif request == b"status":
                        left = deadline - _now()
                        conn.sendall(b"ok\n" + journal.encode("utf-8") + b"\n" + repr(left).encode("ascii") + b"\n")
                    elif request == b"lock":
                        conn.sendall(b"ok\n")
                        break
                except OSError:
                    continue
    finally:
        for i in range(len(key)):
            key[i] = 0
        server.close()
        sock_path.unlink(missing_ok=True)
    return 0


class AgentMemory:
    """An unlocked session as a ``KeyMemory`` for ``Database.open``: asked before the OS keyring."""

    def __init__(self, then: KeyMemory | None = None) -> None:
        self._then = then  # asked when there is no session (the OS keyring, for those who opted in)

    def recall(self, path: Path) -> bytes | None:
        raw = recall(path)
        if raw is None and self._then is not None:
            return self._then.recall(path)
        return raw

    def stale(self, path: Path) -> None:
        if lock(path):  # the session's key no longer opens the journal (its passphrase changed): end it
            return
        if self._then is not None:
            self._then.stale(path)


if __name__ == "__main__":  # python -m goodcry.storage.agent JOURNAL SOCKET SECONDS (started by unlock())
    sys.exit(serve(sys.argv[1], Path(sys.argv[2]), float(sys.argv[3])))
