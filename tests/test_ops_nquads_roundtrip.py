"""Graphs cross process and network boundaries as strict N-Quads and come back unchanged."""

from __future__ import annotations

import pytest
from rdflib import XSD, BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from pipeline.workers import graph_to_nquads_text, nquads_to_graph

NAME = "https://w3id.org/spacekg/resource/graph/test"
S, P = URIRef("https://example.org/s"), URIRef("https://example.org/p")


@pytest.mark.parametrize("obj", [
    Literal("Suni Williams\n(left) and a \"quote\"\tand a tab"),  # n3() would write Turtle's """..."""
    Literal('ends with a quote"'),
    Literal("2024-06-05T14:52:00Z", datatype=XSD.dateTime, normalize=False),  # lexical form kept
    Literal("0.80", datatype=XSD.decimal, normalize=False),
    Literal("Baikonur", lang="en"),
    Literal("caf\u00e9 \U0001F680"),
    URIRef("https://example.org/o?x=1&y=%20"),
    BNode("b0"),
])
def test_a_triple_survives_the_round_trip(obj):
    graph = Graph(identifier=URIRef(NAME))
    graph.add((S, P, obj))
    text = graph_to_nquads_text(graph)
    assert text.count("\n") == 1  # one line per quad: strict N-Quads, never a multi-line literal
    back = nquads_to_graph(text, NAME)
    assert isomorphic(back, graph)
    if isinstance(obj, Literal):
        (_, _, got), = back
        assert str(got) == str(obj) and got.datatype == obj.datatype and got.language == obj.language


def test_only_the_named_graph_is_read_back():
    graph = Graph(identifier=URIRef(NAME))
    graph.add((S, P, Literal("x")))
    other = Graph(identifier=URIRef(NAME + "-other"))
    other.add((S, P, Literal("y")))
    back = nquads_to_graph(graph_to_nquads_text(graph) + graph_to_nquads_text(other), NAME)
    assert {str(o) for _, _, o in back} == {"x"}


def test_empty_graph_name_gives_n_triples():
    graph = Graph(identifier=URIRef(NAME))
    graph.add((S, P, Literal("x")))
    assert graph_to_nquads_text(graph, graph_name="").strip() == f'<{S}> <{P}> "x" .'
