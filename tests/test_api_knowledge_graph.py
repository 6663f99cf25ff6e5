"""The notebook API: DataFrames of Python values, named queries as methods, the crew network."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

import pipeline
from pipeline.api import KnowledgeGraph, open_store, python_value, to_graph
from pipeline.model import Extraction
from pipeline.network import centrality, communities, people_network
from pipeline.vocab import SKG

DATASET = Path(__file__).resolve().parent / "golden" / "analyst-dataset.trig"
RES = "https://w3id.org/spacekg/resource/entity/"


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    graph = open_store(DATASET)
    yield graph
    graph.close()


@pytest.mark.parametrize("term, expected", [
    (Literal("0.45", datatype=XSD.decimal), 0.45),
    (Literal("3", datatype=XSD.integer), 3),
    (Literal("2020-10-22", datatype=XSD.date), date(2020, 10, 22)),
    (Literal("2021-09", datatype=XSD.gYearMonth), "2021-09"),
    (URIRef("https://example.org/x"), "https://example.org/x"),
    (Literal("Soyuz MS-16"), "Soyuz MS-16"),
    (None, None),
])
def test_terms_become_python_values(term, expected):
    value = python_value(term)
    assert value == expected and type(value) is type(expected)


def test_sparql_gives_typed_columns(kg: KnowledgeGraph):
    frame = kg.sparql("""
        PREFIX skg: <https://w3id.org/spacekg/ontology#>
        SELECT ?event ?earliest ?confidence WHERE { GRAPH ?g { ?event a skg:Landing ; skg:confidence ?confidence ;
                                                               skg:time/skg:earliest ?earliest } }
        ORDER BY ?earliest ?confidence""")
    assert list(frame.columns) == ["event", "earliest", "confidence"]
    assert str(frame["earliest"].dtype).startswith("datetime64") and frame["earliest"].dt.tz is not None
    assert frame["confidence"].dtype == float
    assert frame["earliest"].iloc[0] == pd.Timestamp("2020-08-02T18:48:00Z")


def test_named_queries_are_methods_with_keyword_parameters(kg: KnowledgeGraph):
    landings = kg.landings(year=2020)
    assert list(landings["spacecraft"]) == ["Crew Dragon Endeavour", "Soyuz MS-16", "Soyuz MS-16"]
    assert landings["articles"].tolist() == [2, 1, 1]
    assert kg.landings(year=2021).empty
    assert kg.astronaut_timeline("Thomas Pesquet")["type"].tolist() == ["Spacewalk", "Spacewalk", "ChangeOfCommand"]
    assert kg.review_queue(threshold=0.75)["confidence"].tolist() == [0.45, 0.6, 0.7]
    # any .rq file is a method, spelled with underscores
    assert kg.events_per_mission().equals(kg.sparql("events-per-mission"))
    with pytest.raises(AttributeError):
        kg.no_such_query()


@pytest.mark.parametrize("day, types", [
    (date(2020, 8, 2), ["Landing"]), ("2020-10-22", ["Launch", "Landing"]), ("2021-09-30", ["Spacewalk"]),
    ("2019-01-01", []),
])
def test_on_day_accepts_dates_and_text(kg: KnowledgeGraph, day, types):
    assert kg.on_day(day)["type"].tolist() == types


def test_contract_queries_keep_their_columns(kg: KnowledgeGraph):
    assert list(kg.events().columns) == ["doc", "event", "type", "status", "spacecraft", "participants", "from",
                                         "to", "place", "time", "evidence", "confidence"]
    assert list(kg.entities().columns) == ["doc", "entity", "type", "label", "mentions", "wikidata"]


def test_crew_network_weights_shared_events(kg: KnowledgeGraph):
    network = kg.crew_network()
    cassidy, vagner, ryzhikov = RES + "astronaut/chris-cassidy", RES + "astronaut/ivan-vagner", \
        RES + "astronaut/sergey-ryzhikov"
    assert network.nodes[cassidy] == {"kind": "person", "label": "Chris Cassidy", "agency": "NASA"}
    assert network[cassidy][vagner] == {"kind": "flew with", "weight": 2}  # undocking and landing
    assert network[cassidy][ryzhikov]["weight"] == 1  # the change of command
    assert network[cassidy][RES + "spacecraft/soyuz-ms-16"] == {"kind": "flew on", "weight": 2}
    assert network.nodes[RES + "mission/alpha"]["kind"] == "mission"
    assert not network.has_edge(cassidy, RES + "astronaut/thomas-pesquet")
    people = people_network(network)
    assert {kind for _, _, kind in people.edges(data="kind")} == {"flew with"}
    assert nx.number_connected_components(people) == 3


def test_centrality_and_communities(kg: KnowledgeGraph):
    network = kg.crew_network()
    table = centrality(network)
    assert table.iloc[0]["label"] in {"Chris Cassidy", "Thomas Pesquet"}
    assert set(table.columns) >= {"label", "agency", "degree", "betweenness", "shared_events"}
    groups = communities(network)
    assert ["Bob Behnken", "Doug Hurley"] in groups
    assert sum(len(g) for g in groups) == len(table)


def test_add_replaces_an_articles_graph(kg: KnowledgeGraph):
    from test_named_queries_dataset import ms16_late_extraction

    memory = open_store(memory=True)
    extraction = ms16_late_extraction()
    first = memory.add(extraction)
    again = memory.add(extraction)
    assert first == again == memory.store.quad_count()
    graph = to_graph(extraction)
    assert (None, RDF.type, SKG.Article) in graph and len(graph) == first


def test_package_re_exports_the_api():
    assert pipeline.open_store is open_store
    assert callable(pipeline.extract_article) and callable(pipeline.to_graph)


def test_extract_article_returns_records_and_a_graph(nlp):
    text = ("ESA astronaut Thomas Pesquet took command of the International Space Station on 4 October 2021. "
            "He handed over to Anton Shkaplerov on 8 November 2021.")
    extraction = pipeline.extract_article(text, published="2021-11-09", id="api-test")
    assert isinstance(extraction, Extraction)
    assert extraction.article.id == "api-test" and extraction.article.published == date(2021, 11, 9)
    graph = pipeline.to_graph(extraction)
    assert (None, RDF.type, SKG.Article) in graph
    labels = {e.label for e in extraction.entities}
    assert "Thomas Pesquet" in labels or any("Pesquet" in label for label in labels)


def test_extract_article_names_an_article_by_its_text(nlp):
    one = pipeline.extract_article("Soyuz MS-16 landed in Kazakhstan.", published=datetime(2020, 10, 22, 3, 0))
    two = pipeline.extract_article("Soyuz MS-16 landed in Kazakhstan.")
    assert one.article.id == two.article.id and one.article.id.startswith("text-")
