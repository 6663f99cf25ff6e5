"""SHACL: valid graphs conform; hand-broken ones fail with the violated shape named."""

from __future__ import annotations

import pytest
from golden.seed_facts import landing_extraction, seed_extractions
from rdflib import Graph, Literal
from rdflib.namespace import RDF, XSD

from pipeline.rdf import extraction_to_graph
from pipeline.store import OxigraphStore
from pipeline.validate import load_shapes, validate_graph, validate_store
from pipeline.vocab import OA, SKG


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


def _landing_graph() -> Graph:
    return extraction_to_graph(landing_extraction())


def _same_commanders(graph: Graph) -> None:
    change = next(graph.subjects(RDF.type, SKG.ChangeOfCommand))
    graph.set((change, SKG.incomingCommander, graph.value(change, SKG.outgoingCommander)))


def _landing_without_spacecraft(graph: Graph) -> None:
    graph.remove((next(graph.subjects(RDF.type, SKG.Landing)), SKG.spacecraft, None))


def _confidence_too_high(graph: Graph) -> None:
    landing = next(graph.subjects(RDF.type, SKG.Landing))
    graph.set((landing, SKG.confidence, Literal("1.7", datatype=XSD.decimal)))


def _unknown_status(graph: Graph) -> None:
    graph.set((next(graph.subjects(RDF.type, SKG.Landing)), SKG.status, Literal("maybe")))


def _selector_backwards(graph: Graph) -> None:
    position = next(graph.subjects(RDF.type, OA.TextPositionSelector))
    graph.set((position, OA.start, Literal(10_000)))


def _crew_member_not_an_astronaut(graph: Graph) -> None:
    landing = next(graph.subjects(RDF.type, SKG.Landing))
    graph.add((landing, SKG.crewMember, graph.value(landing, SKG.spacecraft)))


@pytest.mark.parametrize("extraction", seed_extractions(), ids=lambda e: e.article.id)
def test_validate_valid_graph_conforms(shapes, extraction):
    results = validate_graph(extraction_to_graph(extraction), shapes)
    assert [r.describe() for r in results if r.severity == "Violation"] == []


@pytest.mark.parametrize(
    ("break_graph", "shape", "constraint"),
    [
        (_same_commanders, "shapes:ChangeOfCommand-incomingCommander", "DisjointConstraintComponent"),
        (_landing_without_spacecraft, "shapes:SpacecraftEvent-spacecraft", "MinCountConstraintComponent"),
        (_confidence_too_high, "shapes:Event-confidence", "MaxInclusiveConstraintComponent"),
        (_unknown_status, "shapes:Event-status", "InConstraintComponent"),
        (_selector_backwards, "shapes:TextPositionSelector-start", "LessThanOrEqualsConstraintComponent"),
        (_crew_member_not_an_astronaut, "shapes:Event-participant", "ClassConstraintComponent"),
    ],
)
def test_validate_broken_graph_names_the_shape(shapes, break_graph, shape, constraint):
    graph = _landing_graph()
    break_graph(graph)
    violations = [r for r in validate_graph(graph, shapes) if r.severity == "Violation"]
    assert violations, "the broken graph conformed"
    assert (shape, constraint) in {(v.shape, v.constraint) for v in violations}
    assert any(shape in v.describe() and constraint in v.describe() for v in violations)


def test_validate_event_without_evidence_is_only_a_warning(shapes):
    graph = _landing_graph()
    for annotation in list(graph.subjects(OA.motivatedBy, OA.describing)):
        graph.remove((annotation, OA.hasBody, None))
    results = validate_graph(graph, shapes)
    warnings = [r for r in results if r.shape == "shapes:Event-evidence"]
    assert warnings and all(r.severity == "Warning" for r in warnings)


def test_validate_store_checks_each_graph():
    with OxigraphStore(None) as store:
        for extraction in seed_extractions():
            graph = extraction_to_graph(extraction)
            store.replace_graph(graph.identifier, graph)
        assert validate_store(store).conforms
        broken = _landing_graph()
        _same_commanders(broken)
        store.replace_graph(broken.identifier, broken)
        report = validate_store(store)
    assert report.graphs == 2 and not report.conforms
    assert {v.graph for v in report.violations} == {str(broken.identifier)}


@pytest.mark.parametrize("meta", [True])
def test_validate_shapes_file_is_valid_shacl(shapes, meta):
    from pyshacl import validate as shacl_validate

    conforms, _, text = shacl_validate(Graph(), shacl_graph=shapes, meta_shacl=meta, inference="none")
    assert conforms, text
    assert len(set(shapes.subjects(RDF.type, None))) > 30
