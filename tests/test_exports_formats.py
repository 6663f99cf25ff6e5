"""Exports: compact JSON-LD with the project's context, GraphML of the crew network, ontology HTML."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from pipeline.api import open_store
from pipeline.exports import (CONTEXT_PATH, build_ontology_docs, compact_jsonld, jsonld_context, write_graphml,
                              write_jsonld)
from pipeline.vocab import SKG

DATASET = Path(__file__).resolve().parent / "golden" / "analyst-dataset.trig"
ONTOLOGY = Path(__file__).resolve().parents[1] / "ontologies" / "spacekg.ttl"


@pytest.fixture(scope="module")
def kg():
    graph = open_store(DATASET)
    yield graph
    graph.close()


def test_context_names_every_ontology_property_it_uses():
    context = jsonld_context()
    for term in ("spacecraft", "crewMember", "spacewalker", "outgoingCommander", "incomingCommander",
                 "landingSite", "confidence", "earliest", "latest", "timeValue", "status"):
        definition = context[term]
        iri = definition["@id"] if isinstance(definition, dict) else definition
        assert iri == f"skg:{term}" and hasattr(SKG, term)
    assert context["skg"] == str(SKG._NS)


def test_jsonld_export_is_compact_and_round_trips(kg, tmp_path: Path):
    out = tmp_path / "kg.jsonld"
    quads = write_jsonld(kg.store, out)
    text = out.read_text(encoding="utf-8")
    document = json.loads(text)
    assert quads == kg.store.quad_count()
    body = json.dumps(document["graph"])
    assert "https://w3id.org/spacekg/ontology#" not in body  # every skg term compacted by the context
    assert '"crewMember"' in body and '"earliest": "2020-08-02T18:48:00Z"' in body
    assert len(document["graph"]) == 5  # one entry per article graph
    back = Dataset()
    back.parse(data=text, format="json-ld")
    assert sum(len(g) for g in back.graphs() if g.identifier != back.default_graph.identifier) == quads


def test_compact_jsonld_of_one_graph_uses_short_terms():
    graph = Graph()
    graph.add((URIRef("https://w3id.org/spacekg/resource/event/x"), SKG.status, Literal("planned")))
    document = compact_jsonld(graph)
    assert document["status"] == "planned" and document["id"].endswith("/event/x")
    assert json.loads(CONTEXT_PATH.read_text())["@context"].items() <= document["@context"].items()


def test_every_ontology_term_has_a_short_name():
    context = jsonld_context()
    for name in SKG.__annotations__:
        definition = context[name]
        assert (definition["@id"] if isinstance(definition, dict) else definition) == f"skg:{name}"


def test_graphml_round_trips_the_crew_network(kg, tmp_path: Path):
    network = kg.crew_network()
    out = write_graphml(network, tmp_path / "crew.graphml")
    back = nx.read_graphml(out)
    assert back.number_of_nodes() == network.number_of_nodes()
    assert back.number_of_edges() == network.number_of_edges()
    cassidy = "https://w3id.org/spacekg/resource/entity/astronaut/chris-cassidy"
    vagner = "https://w3id.org/spacekg/resource/entity/astronaut/ivan-vagner"
    assert back.nodes[cassidy]["label"] == "Chris Cassidy"
    assert int(back[cassidy][vagner]["weight"]) == 2


def test_ontology_docs_describe_every_event_class(tmp_path: Path):
    page = build_ontology_docs(tmp_path / "ontology.html").read_text(encoding="utf-8")
    for name in ("Launch", "Docking", "Undocking", "Landing", "Splashdown", "ChangeOfCommand", "Spacewalk",
                 "outgoing commander", "earliest"):
        assert name in page
    committed = Path(__file__).resolve().parents[1] / "docs" / "ontology.html"
    assert committed.read_text(encoding="utf-8") == page, "docs/ontology.html is stale: run spacekg docs"
