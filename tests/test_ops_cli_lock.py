"""``spacekg ingest`` on a store another writer holds: a clear message and exit code 2, nothing written."""

from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.locking import WriterLock
from pipeline.store import OxigraphStore

runner = CliRunner()



@pytest.fixture
def articles(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a1", "text": "A capsule docked with the station."}) + "\n", encoding="utf-8")
    return path


def test_a_held_writer_lock_means_exit_2_with_the_holders_pid(tmp_path, articles):
    store_dir = tmp_path / "store"
    with WriterLock(store_dir):
        result = runner.invoke(app, ["ingest", str(articles), "--store", str(store_dir), "--no-gazetteer"])
    assert result.exit_code == 2
    assert f"is in use by process {os.getpid()}" in result.output
    assert "another spacekg ingest is running" in result.output


def test_a_store_held_open_elsewhere_means_exit_2(tmp_path, articles):
    store_dir = tmp_path / "store"
    holder = OxigraphStore(store_dir)  # Oxigraph's RocksDB lock, without our lock file
    try:
        result = runner.invoke(app, ["ingest", str(articles), "--store", str(store_dir), "--no-gazetteer"])
        assert result.exit_code == 2
        assert "is in use by another process" in result.output
        assert holder.quad_count() == 0
    finally:
        holder.close()
    # and the failed attempt released our lock: the next run may proceed to opening the store
    with WriterLock(store_dir) as lock:
        assert lock.held


@pytest.mark.parametrize("options", [
    ["--dask", "not-an-address"],
    ["--endpoint", "ftp://127.0.0.1/store"],
    ["--out", "x.trig", "--endpoint", "http://127.0.0.1:1/store"],
])
def test_usage_errors_exit_2(tmp_path, articles, options):
    result = runner.invoke(app, ["ingest", str(articles), *options])
    assert result.exit_code == 2
    assert "error:" in result.output
