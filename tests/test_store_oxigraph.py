"""The embedded store: atomic graph replacement, document hashes, counts, dumps."""

from __future__ import annotations

import pytest
from golden.seed_facts import landing_extraction, seed_extractions, undocking_extraction
from rdflib import Dataset, Graph

from pipeline.rdf import extraction_to_graph, graph_iri
from pipeline.store import FileFormat, FileStore, OxigraphStore, default_store_dir


@pytest.fixture()
def store(tmp_path):
    with OxigraphStore(tmp_path / "store") as opened:
        for extraction in seed_extractions():
            graph = extraction_to_graph(extraction)
            opened.replace_graph(graph.identifier, graph)
        yield opened


def test_store_replace_graph_is_idempotent(store):
    before = store.quad_count()
    graph = extraction_to_graph(landing_extraction())
    written = store.replace_graph(graph.identifier, graph)
    assert written == len(graph)
    assert store.quad_count() == before


def test_store_replace_graph_drops_old_facts(store):
    changed = landing_extraction()
    changed.events = changed.events[:1]  # the change of command is gone from the new version
    graph = extraction_to_graph(changed)
    store.replace_graph(graph.identifier, graph)
    rows = store.query("PREFIX skg: <https://w3id.org/spacekg/ontology#> "
                       "SELECT ?e WHERE { GRAPH ?g { ?e a skg:ChangeOfCommand } }").rows
    assert rows == []
    assert store.quad_count() == len(graph) + len(extraction_to_graph(undocking_extraction()))


def test_store_graph_iris_and_document_hashes(store):
    extractions = seed_extractions()
    assert store.graph_iris() == sorted(str(graph_iri(e.article.id)) for e in extractions)
    assert store.document_hashes() == {e.article.id: e.article.content_hash for e in extractions}


def test_store_drop_graph(store):
    landing_id = landing_extraction().article.id
    store.drop_graph(graph_iri(landing_id))
    assert landing_id not in store.document_hashes()
    assert len(store.graph_iris()) == 1


@pytest.mark.parametrize("query,kind", [("ASK { ?s ?p ?o }", "ask"),
                                        ("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "select"),
                                        ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3", "graph")])
def test_store_query_kinds_see_the_union_of_graphs(store, query, kind):
    result = store.query(query)
    assert result.kind == kind
    if kind == "ask":
        assert result.boolean is True
    elif kind == "select":
        assert int(result.rows[0]["n"]) == store.quad_count()
    else:
        assert len(result.graph) == 3


def test_store_stats_counts_classes_and_graphs(store):
    stats = store.stats()
    assert stats["quads"] == store.quad_count()
    assert stats["graphs"] == 2
    assert stats["classes"]["skg:Landing"] == 1
    assert stats["classes"]["skg:Article"] == 2
    assert sum(stats["quads_per_graph"].values()) == stats["quads"]


@pytest.mark.parametrize("fmt", list(FileFormat))
def test_store_dump_round_trips(store, tmp_path, fmt):
    path = tmp_path / f"dump.{fmt.value}"
    store.dump(path, fmt)
    dataset = Dataset()
    parse_format = {"trig": "trig", "nquads": "nquads", "turtle": "turtle", "jsonld": "json-ld"}[fmt.value]
    if fmt is FileFormat.turtle:
        graph = Graph().parse(path, format="turtle")
        assert len(graph) > 0
        assert len(graph) <= store.quad_count()  # graphs merged: shared nodes' triples collapse
    else:
        dataset.parse(path, format=parse_format)
        assert sum(len(g) for g in dataset.graphs() if len(g)) == store.quad_count()


def test_store_file_store_reopens_and_replaces(tmp_path):
    path = tmp_path / "out.nq"
    for _ in range(2):
        file_store = FileStore(path)
        graph = extraction_to_graph(landing_extraction())
        file_store.replace_graph(graph.identifier, graph)
        file_store.close()
    assert len(path.read_text(encoding="utf-8").splitlines()) == len(graph)


@pytest.mark.parametrize("env,expected", [(None, "spacekg-store"), ("/data/kg", "/data/kg")])
def test_store_default_directory_from_environment(monkeypatch, env, expected):
    if env is None:
        monkeypatch.delenv("SPACEKG_STORE", raising=False)
    else:
        monkeypatch.setenv("SPACEKG_STORE", env)
    assert str(default_store_dir()) == expected


@pytest.mark.parametrize("make", [lambda tmp: OxigraphStore(None), lambda tmp: FileStore(tmp / "x.trig")])
def test_store_backends_satisfy_the_protocol(tmp_path, make):
    from pipeline.store import GraphStore

    backend = make(tmp_path)
    try:
        assert isinstance(backend, GraphStore)
    finally:
        backend.close()
