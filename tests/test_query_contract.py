"""The ``events`` and ``entities`` named queries keep the contract of ../shared/docs/product.md."""

from __future__ import annotations

import json
import re

import pytest
from golden.seed_facts import landing_extraction, seed_extractions

from pipeline.query import format_result, list_queries, resolve_query, run_query, with_bindings
from pipeline.rdf import extraction_to_graph
from pipeline.store import OxigraphStore

EVENT_COLUMNS = ["doc", "event", "type", "status", "spacecraft", "participants", "from", "to", "place", "time",
                 "evidence", "confidence"]
ENTITY_COLUMNS = ["doc", "entity", "type", "label", "mentions", "wikidata"]


@pytest.fixture(scope="module")
def store():
    opened = OxigraphStore(None)
    for extraction in seed_extractions():
        graph = extraction_to_graph(extraction)
        opened.replace_graph(graph.identifier, graph)
    yield opened
    opened.close()


def _json_rows(store, name, **bindings) -> tuple[list[str], list[dict[str, str]]]:
    payload = json.loads(format_result(run_query(store, name, **bindings), "json"))
    rows = [{k: v["value"] for k, v in b.items()} for b in payload["results"]["bindings"]]
    return payload["head"]["vars"], rows


@pytest.mark.parametrize(("name", "columns"), [("events", EVENT_COLUMNS), ("entities", ENTITY_COLUMNS)])
def test_query_contract_columns(store, name, columns):
    variables, rows = _json_rows(store, name)
    assert variables == columns
    assert rows


def test_query_contract_events_rows(store):
    _, rows = _json_rows(store, "events")
    by_type = {row["type"]: row for row in rows}
    assert [row["doc"] for row in rows] == sorted(row["doc"] for row in rows)
    landing = by_type["Landing"]
    assert landing["doc"] == "seed-landing-2020"
    assert landing["spacecraft"] == "Soyuz MS-13"
    assert landing["participants"] == "Alexander Skvortsov; Christina Koch; Luca Parmitano"
    assert (landing["from"], landing["place"]) == ("International Space Station", "Kazakh Steppe")
    assert landing["time"] == "2020-02-06T09:12:00Z"
    assert landing["status"] == "occurred" and float(landing["confidence"]) == pytest.approx(0.9)
    assert landing["evidence"].startswith("The Soyuz MS-13 spacecraft carrying")
    change = by_type["ChangeOfCommand"]
    assert (change["from"], change["to"]) == ("Luca Parmitano", "Oleg Skripochka")
    assert "time" not in change
    assert by_type["Undocking"]["time"] == "2021-09-30"


def test_query_contract_splashdown_reports_landing():
    extraction = landing_extraction()
    extraction.events[0].trigger = "splashed down"
    with OxigraphStore(None) as store:
        graph = extraction_to_graph(extraction)
        store.replace_graph(graph.identifier, graph)
        _, rows = _json_rows(store, "events")
    assert sorted(row["type"] for row in rows) == ["ChangeOfCommand", "Landing"]


def test_query_contract_entities_rows(store):
    _, rows = _json_rows(store, "entities")
    iss = [row for row in rows if row["label"] == "International Space Station"]
    assert len(iss) == 2  # one row per entity and article
    assert all(row["wikidata"] == "Q25271" and row["type"] == "SpaceStation" for row in iss)
    luca = next(row for row in rows if row["label"] == "Luca Parmitano")
    assert luca["mentions"] == "Luca Parmitano; Parmitano; Luca"  # order of first appearance
    assert all(re.fullmatch(r"Q\d+", row["wikidata"]) for row in rows if "wikidata" in row)
    assert {row["type"] for row in rows} <= {"Astronaut", "Spacecraft", "SpaceStation", "Mission",
                                             "SpaceAgency", "Place"}


@pytest.mark.parametrize(("doc", "expected"), [("seed-undocking-2021", 3), ("no-such-doc", 0)])
def test_query_contract_binding_narrows_rows(store, doc, expected):
    _, rows = _json_rows(store, "entities", doc=doc)
    assert len(rows) == expected


@pytest.mark.parametrize("name", ["events", "entities"])
def test_query_contract_has_description(name):
    description = list_queries()[name]
    assert "One row per" in description


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv"])
def test_query_contract_text_formats_have_header_and_rows(store, fmt):
    text = format_result(run_query(store, "events"), fmt)
    header = text.splitlines()[0]
    assert header.replace(",", " ").replace("\t", " ").split()[:3] == ["doc", "event", "type"]
    assert "Soyuz MS-13" in text


@pytest.mark.parametrize("text", ["SELECT * WHERE { ?s ?p ?o }", "PREFIX x: <http://x/> ASK { ?s ?p ?o }"])
def test_query_inline_sparql_is_accepted(text):
    assert resolve_query(text) == text


def test_query_unknown_name_is_refused():
    with pytest.raises(ValueError, match="not a named query"):
        resolve_query("no-such-query")


def test_query_bindings_are_escaped_literals():
    sparql = with_bindings("SELECT ?doc WHERE { ?s ?p ?doc }", {"doc": 'x" } DROP ALL #'})
    assert 'VALUES (?doc) { ("x\\" } DROP ALL #") }' in sparql
