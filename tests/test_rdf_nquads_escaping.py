"""N-Quads text from the RDF stage is strict N-Quads: literals with line breaks, quotes and backslashes
parse back to the same graph (rdflib's n3() would write Turtle long strings)."""

from __future__ import annotations

import pytest
from pyoxigraph import RdfFormat, parse
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

from pipeline.rdf import graph_to_nquads, graph_to_ntriples


@pytest.mark.parametrize(
    "literal",
    [
        Literal("Go to topic\nESA astronaut Luca Parmitano touched down."),
        Literal('He said "we are home"\r\nand smiled \\ waved'),
        Literal("Capsule", lang="en"),
        Literal("0.95", datatype=XSD.decimal),
    ],
)
def test_rdf_nquads_text_is_strict_and_round_trips(literal):
    graph = Graph(identifier=URIRef("https://example.org/graph/1"))
    graph.add((URIRef("https://example.org/s"), URIRef("https://example.org/p"), literal))
    nquads = graph_to_nquads(graph)
    assert '"""' not in nquads
    (quad,) = list(parse(nquads, format=RdfFormat.N_QUADS))  # a strict parser
    assert quad.graph_name.value == "https://example.org/graph/1"
    back = Graph()
    back.parse(data=graph_to_ntriples(graph), format="nt")
    assert isomorphic(back, graph)
