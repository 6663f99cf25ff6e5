"""SIGKILL in the middle of ``spacekg ingest``, then a re-run: the store equals an uninterrupted run's.

The killed run is a real subprocess (``-vv`` logs each stored article, so it is killed once some are
stored); the re-run and the uninterrupted reference run in-process on the session's pipeline. The runs
graph (clock readings of each run) is left out of the comparison; every article graph must match.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest
from rdflib import Dataset, URIRef
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.ingest import ingest
from pipeline.rdf import RUNS_GRAPH
from pipeline.store import FileFormat, OxigraphStore

CREW = ["Sunita Williams", "Butch Wilmore", "Tracy Dyson", "Matthew Dominick", "Jeanette Epps", "Mike Barratt"]
VEHICLES = ["SpaceX Dragon", "Soyuz MS-25", "Boeing Starliner"]
N_ARTICLES = 30
CLI = "import sys\nfrom pipeline.cli import main\nsys.argv[0] = 'spacekg'\nmain()\n"


def generated_articles(n: int) -> list[dict]:
    rows = []
    for i in range(n):
        a, b = CREW[i % len(CREW)], CREW[(i + 2) % len(CREW)]
        vehicle, day = VEHICLES[i % len(VEHICLES)], 1 + i % 27
        rows.append({"id": f"gen-{i:03d}", "published": f"2024-05-{day + 1:02d}",
                     "text": f"NASA astronauts {a} and {b} launched aboard the {vehicle} spacecraft on May {day}, "
                             f"2024. The spacecraft docked with the International Space Station {i % 5 + 1} days "
                             "later."})
    return rows


def article_graphs(store_dir, dump_path) -> dict[str, Dataset]:
    store = OxigraphStore(store_dir)
    try:
        store.dump(dump_path, FileFormat.nquads)
    finally:
        store.close()
    dataset = Dataset()
    dataset.parse(dump_path, format="nquads")
    return {str(g.identifier): g for g in dataset.graphs()
            if len(g) and URIRef(str(g.identifier)) != RUNS_GRAPH}



def test_sigkill_mid_run_then_rerun_equals_an_uninterrupted_run(tmp_path, nlp, keep_log_handlers):
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in generated_articles(N_ARTICLES)), encoding="utf-8")
    killed_store = tmp_path / "killed"

    process = subprocess.Popen([sys.executable, "-c", CLI, "-vv", "ingest", str(source), "--store",
                                str(killed_store), "--no-gazetteer"],
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    deadline = time.monotonic() + 180
    try:
        for line in process.stderr:
            if "pipeline.ingest: stored " in line:
                break
            assert time.monotonic() < deadline, "the ingest subprocess stored nothing in time"
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == -signal.SIGKILL

    stored_before_rerun = OxigraphStore(killed_store)
    try:
        partial = len(stored_before_rerun.document_hashes())
    finally:
        stored_before_rerun.close()
    assert 0 < partial < N_ARTICLES

    # the re-run (the lock file of the killed process is still there, its flock is gone) finishes the work
    report_path = tmp_path / "rerun.json"
    result = CliRunner().invoke(app, ["ingest", str(source), "--store", str(killed_store), "--no-gazetteer",
                                      "--report", str(report_path)])
    assert result.exit_code == 0, result.output
    counts = json.loads(report_path.read_text())["counts"]
    assert counts["skipped_unchanged"] == partial and counts["stored"] == N_ARTICLES - partial

    reference_store = OxigraphStore(tmp_path / "reference")
    try:
        ingest([source], reference_store, gazetteer_dir=None, progress=False)
    finally:
        reference_store.close()

    killed = article_graphs(killed_store, tmp_path / "killed.nq")
    reference = article_graphs(tmp_path / "reference", tmp_path / "reference.nq")
    assert len(reference) == N_ARTICLES
    assert sorted(killed) == sorted(reference)
    for name, graph in reference.items():
        assert isomorphic(killed[name], graph), name
