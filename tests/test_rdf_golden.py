"""Extraction -> RDF: the graphs for hand-built seed facts equal the reviewed golden files."""

from __future__ import annotations

from pathlib import Path

import pytest
from golden.seed_facts import landing_extraction, undocking_extraction
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import RDF

from pipeline.rdf import doc_iri, extraction_to_graph, graph_iri, graph_to_nquads
from pipeline.vocab import DCT, SKG

GOLDEN = Path(__file__).resolve().parent / "golden"


def _parsed(nquads: str, identifier: URIRef) -> Graph:
    """Triples of one graph as rdflib reads them (parsing normalises literals the same way on both sides)."""
    dataset = Dataset()
    dataset.parse(data=nquads, format="nquads")
    golden = Graph()
    for triple in dataset.graph(identifier):
        golden.add(triple)
    return golden


@pytest.mark.parametrize("build", [landing_extraction, undocking_extraction])
def test_rdf_golden_graph_is_isomorphic(build):
    extraction = build()
    graph = extraction_to_graph(extraction)
    produced = _parsed(graph_to_nquads(graph), graph.identifier)
    golden = _parsed((GOLDEN / f"{extraction.article.id}.nq").read_text(encoding="utf-8"), graph.identifier)
    assert len(golden) > 50
    if not isomorphic(produced, golden):
        _, only_produced, only_golden = graph_diff(to_isomorphic(produced), to_isomorphic(golden))
        pytest.fail(f"differs from golden:\n+ {sorted(only_produced)[:5]}\n- {sorted(only_golden)[:5]}")


@pytest.mark.parametrize("build", [landing_extraction, undocking_extraction])
def test_rdf_graph_identifier_and_article_node(build):
    extraction = build()
    graph = extraction_to_graph(extraction)
    article = extraction.article
    assert graph.identifier == graph_iri(article.id)
    doc = doc_iri(article.id)
    assert (doc, RDF.type, SKG.Article) in graph
    assert graph.value(doc, DCT.identifier) == Literal(article.id)
    assert str(graph.value(doc, SKG.contentHash)) == article.content_hash


@pytest.mark.parametrize("build", [landing_extraction, undocking_extraction])
def test_rdf_nquads_are_byte_stable(build):
    first = graph_to_nquads(extraction_to_graph(build()))
    second = graph_to_nquads(extraction_to_graph(build()))
    assert first == second
    assert "+00:00" not in first  # UTC is written with a Z
