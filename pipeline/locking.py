"""One writer per store: a lock file holding the writer's pid, and Oxigraph's own lock made readable.

Scheduled ingestion overlaps when one run takes longer than the interval between runs; two writers on
one store would race on the same article graphs. ``WriterLock`` takes an exclusive ``flock`` on a file
in the store directory and writes the pid into it. The kernel drops an ``flock`` when the holding
process dies, SIGKILL included, so a crashed run never leaves a stale lock behind; the pid in the file
is only there to tell the operator who holds it.

Oxigraph (RocksDB) also locks its directory; ``open_store_locked`` turns that error into the same
``StoreLockedError`` so either path ends in one clear message (and exit code 2 on the command line).
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

LOCK_FILE_NAME = "spacekg-ingest.lock"
StoreT = TypeVar("StoreT")


class StoreLockedError(RuntimeError):
    """Another process is writing to the store."""


def lock_path_for(store_dir: str | Path) -> Path:
    """Where the writer lock of a store directory lives (inside it, so removing the store removes it)."""
    return Path(store_dir) / LOCK_FILE_NAME


def _holder_pid(path: Path) -> int | None:
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None


def locked_message(target: str | Path, pid: int | None = None) -> str:
    who = f"process {pid}" if pid else "another process"
    return (f"the store {target} is in use by {who} (another spacekg ingest is running, or a server "
            f"holds it open); wait for it to finish, or stop it, then run again")


class WriterLock:
    """An exclusive, non-blocking lock on a store; a context manager.

    Raises ``StoreLockedError`` on entry when another process holds it.
    """

    def __init__(self, store_dir: str | Path) -> None:
        self.store_dir = Path(store_dir)
        self.path = lock_path_for(self.store_dir)
        self._fd: int | None = None

    def acquire(self) -> WriterLock:
        self.store_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as err:
            os.close(fd)
            if err.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise StoreLockedError(locked_message(self.store_dir, _holder_pid(self.path))) from None
            raise
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        os.fsync(fd)
        self._fd = fd
        log.debug("writer lock %s taken by pid %d", self.path, os.getpid())
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        finally:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> WriterLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def is_lock_error(err: BaseException) -> bool:
    """Whether an error from opening a store means "someone else has it open" (RocksDB's LOCK file)."""
    text = str(err).lower()
    return isinstance(err, OSError) and "lock" in text and (
        "temporarily unavailable" in text or "no locks available" in text or "lock hold" in text)


def open_store_locked(opener: Callable[[], StoreT], target: str | Path) -> StoreT:
    """Call ``opener`` (e.g. ``lambda: OxigraphStore(dir)``), translating a lock error into ours."""
    try:
        return opener()
    except OSError as err:
        if is_lock_error(err):
            raise StoreLockedError(locked_message(target)) from err
        raise
