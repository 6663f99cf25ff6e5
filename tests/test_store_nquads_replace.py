"""Graphs that arrive from worker processes as N-Quads text are stored exactly as the rdflib path stores them."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from pipeline.store import FileFormat, OxigraphStore
from pipeline.workers import graph_to_nquads_text

G = "https://example.org/graph/a"


def _graph(label: str) -> Graph:
    graph = Graph(identifier=URIRef(G))
    graph.add((URIRef("https://example.org/s"), URIRef("https://example.org/p"), Literal(label)))
    graph.add((URIRef("https://example.org/s"), URIRef("https://example.org/q"), URIRef("https://example.org/o")))
    return graph


@pytest.mark.parametrize("label", ["plain", "two\nlines \"quoted\" \\ back"])
def test_store_replace_graph_nquads_matches_rdflib_path(tmp_path, label):
    with OxigraphStore(tmp_path / "text") as by_text, OxigraphStore(tmp_path / "graph") as by_graph:
        by_text.replace_graph_nquads(G, graph_to_nquads_text(_graph("old")))
        written = by_text.replace_graph_nquads(G, graph_to_nquads_text(_graph(label)))
        by_graph.replace_graph(G, _graph(label))
        assert written == 2
        assert by_text.quad_count() == by_graph.quad_count() == 2
        by_text.dump(tmp_path / "text.nq", FileFormat.nquads)
        by_graph.dump(tmp_path / "graph.nq", FileFormat.nquads)
        assert isomorphic(_read(tmp_path / "text.nq"), _read(tmp_path / "graph.nq"))


def _read(path) -> Graph:
    graph = Graph()
    for line in path.read_text(encoding="utf-8").splitlines():
        graph.parse(data=line.rsplit(" <", 1)[0] + " .", format="nt")
    return graph
