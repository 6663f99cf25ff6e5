"""Ingestion on Dask (a LocalCluster of 2 worker processes) stores the same graphs as one machine does.

Also the local process pool (``--workers 2``): both send articles out and get N-Quads back, and the
client alone writes, so every article graph must be isomorphic to the in-process run's.
"""

from __future__ import annotations

import json

import pytest
from rdflib import Dataset, URIRef
from rdflib.compare import isomorphic

from pipeline.ingest import ingest
from pipeline.rdf import RUNS_GRAPH
from pipeline.store import FileFormat, OxigraphStore

pytest.importorskip("distributed")

CREW = ["Sunita Williams", "Butch Wilmore", "Tracy Dyson", "Matthew Dominick"]
N_ARTICLES = 6


def write_articles(path) -> None:
    rows = []
    for i in range(N_ARTICLES):
        a, b = CREW[i % len(CREW)], CREW[(i + 1) % len(CREW)]
        rows.append({"id": f"d-{i}", "published": f"2024-06-{i + 10:02d}",
                     "text": f"NASA astronauts {a} and {b} undocked from the International Space Station aboard "
                             f"the Soyuz MS-25 spacecraft on June {i + 9}, 2024. They landed in Kazakhstan."})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def stored_graphs(store: OxigraphStore, dump_path) -> dict[str, Dataset]:
    store.dump(dump_path, FileFormat.nquads)
    dataset = Dataset()
    dataset.parse(dump_path, format="nquads")
    return {str(g.identifier): g for g in dataset.graphs() if len(g) and URIRef(str(g.identifier)) != RUNS_GRAPH}


def run_into_graphs(tmp_path, name: str, **options) -> dict[str, Dataset]:
    source = tmp_path / "articles.jsonl"
    if not source.exists():
        write_articles(source)
    store = OxigraphStore(None)
    try:
        report = ingest([source], store, gazetteer_dir=None, progress=False, **options)
        assert report.counts()["stored"] == N_ARTICLES and report.failed == 0, report.failures
        return stored_graphs(store, tmp_path / f"{name}.nq")
    finally:
        store.close()


@pytest.fixture(scope="module")
def single_machine(tmp_path_factory, nlp):
    return run_into_graphs(tmp_path_factory.mktemp("single"), "single")


def assert_same_graphs(got: dict, expected: dict) -> None:
    assert len(expected) == N_ARTICLES
    assert sorted(got) == sorted(expected)
    for name, graph in expected.items():
        assert isomorphic(got[name], graph), name


def test_dask_local_cluster_gives_isomorphic_graphs(tmp_path, single_machine):
    assert_same_graphs(run_into_graphs(tmp_path, "dask", dask="local", workers=2), single_machine)


def test_process_pool_gives_isomorphic_graphs(tmp_path, single_machine):
    assert_same_graphs(run_into_graphs(tmp_path, "pool", workers=2), single_machine)
