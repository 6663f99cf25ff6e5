"""One writer per store: our pid lock file, and Oxigraph's RocksDB lock turned into the same clear error."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from pipeline.locking import StoreLockedError, WriterLock, is_lock_error, lock_path_for, open_store_locked
from pipeline.store import OxigraphStore


def _hold_in_child(code: str) -> subprocess.Popen:
    """A child process that runs ``code`` (which takes a lock), prints "ready", then sleeps."""
    script = textwrap.dedent(code) + "\nprint('ready', flush=True)\nimport time\ntime.sleep(60)\n"
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "ready"
    return child


def test_a_second_writer_is_refused_with_the_holders_pid(tmp_path):
    with WriterLock(tmp_path / "store") as first:
        assert first.held
        assert lock_path_for(tmp_path / "store").read_text().strip() == str(os.getpid())
        with pytest.raises(StoreLockedError, match=rf"in use by process {os.getpid()}"):
            WriterLock(tmp_path / "store").acquire()
    # released: the next writer gets it
    with WriterLock(tmp_path / "store") as again:
        assert again.held


def test_a_killed_holder_leaves_no_stale_lock(tmp_path):
    store_dir = tmp_path / "store"
    child = _hold_in_child(f"from pipeline.locking import WriterLock\nlock = WriterLock({str(store_dir)!r}).acquire()")
    try:
        with pytest.raises(StoreLockedError, match=rf"process {child.pid}"):
            WriterLock(store_dir).acquire()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    with WriterLock(store_dir) as lock:  # the kernel dropped the dead process's lock
        assert lock.held


def test_oxigraphs_own_lock_becomes_a_clear_error(tmp_path):
    store_dir = tmp_path / "store"
    child = _hold_in_child(f"import pyoxigraph\nstore = pyoxigraph.Store({str(store_dir)!r})")
    try:
        with pytest.raises(StoreLockedError, match="is in use by another process") as raised:
            open_store_locked(lambda: OxigraphStore(store_dir), store_dir)
        assert is_lock_error(raised.value.__cause__)
    finally:
        child.kill()
        child.wait()
    store = open_store_locked(lambda: OxigraphStore(store_dir), store_dir)
    assert store.quad_count() == 0
    store.close()


@pytest.mark.parametrize(("error", "expected"), [
    (OSError("IO error: While lock file: /s/LOCK: Resource temporarily unavailable"), True),
    (OSError("IO error: lock hold by current process, acquire time 1 acquiring thread 2: /s/LOCK: No locks available"), True),
    (OSError("IO error: No such file or directory"), False),
    (ValueError("lock Resource temporarily unavailable"), False),
])
def test_only_lock_errors_are_translated(error, expected):
    assert is_lock_error(error) is expected
