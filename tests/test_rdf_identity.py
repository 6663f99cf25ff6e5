"""IRIs are pure functions of content: two articles about one landing meet on one event node."""

from __future__ import annotations

from dataclasses import replace

import pytest
from golden.seed_facts import landing_extraction

from pipeline.model import Article, Event, Extraction, TimeValue
from pipeline.rdf import datetime_literal, decimal_literal, entity_iri, event_iri, extraction_to_graph
from pipeline.vocab import SKG


def _other_article_same_landing() -> Extraction:
    original = landing_extraction()
    article = Article(id="another-outlet", text=original.article.text)
    return replace(original, article=article)


def test_rdf_identity_same_event_in_two_articles_meets_on_one_node():
    first = landing_extraction()
    second = _other_article_same_landing()
    assert event_iri(first.events[0], first.article.id) == event_iri(second.events[0], second.article.id)
    g1, g2 = extraction_to_graph(first), extraction_to_graph(second)
    assert g1.identifier != g2.identifier
    landings_1 = set(g1.subjects(None, SKG.Landing))
    assert landings_1 and landings_1 == set(g2.subjects(None, SKG.Landing))


@pytest.mark.parametrize(
    "changed",
    [
        {"spacecraft": "soyuz-ms-14"},
        {"time": TimeValue("2020-02-07", "day")},
        {"type": "Docking"},
    ],
)
def test_rdf_identity_changes_with_identifying_roles(changed):
    event = landing_extraction().events[0]
    assert event_iri(event, "a") != event_iri(replace(event, **changed), "a")


@pytest.mark.parametrize("changed", [{"status": "planned"}, {"confidence": 0.2}, {"place": None}])
def test_rdf_identity_ignores_non_identifying_slots(changed):
    event = landing_extraction().events[0]
    assert event_iri(event, "a") == event_iri(replace(event, **changed), "a")


def test_rdf_identity_events_without_roles_do_not_collide():
    walks = [Event("Spacewalk", trigger="spacewalk"), Event("Spacewalk", trigger="EVA")]
    assert event_iri(walks[0], "doc") != event_iri(walks[1], "doc")


@pytest.mark.parametrize(
    ("entity_type", "key", "expected"),
    [("SpaceStation", "international-space-station", "entity/spacestation/international-space-station"),
     ("Astronaut", "a key with spaces", "entity/astronaut/a%20key%20with%20spaces")],
)
def test_rdf_identity_entity_iri(entity_type, key, expected):
    assert str(entity_iri(entity_type, key)).endswith(expected)


def test_rdf_identity_splashdown_is_also_a_landing():
    extraction = landing_extraction()
    extraction.events[0].trigger = "splashed down"
    graph = extraction_to_graph(extraction)
    splashdowns = set(graph.subjects(None, SKG.Splashdown))
    assert splashdowns and splashdowns <= set(graph.subjects(None, SKG.Landing))


def test_rdf_identity_duplicate_events_merge_into_one_node():
    extraction = landing_extraction()
    again = replace(extraction.events[0], participants=["oleg-skripochka"], evidence=[])
    extraction.events.append(again)
    graph = extraction_to_graph(extraction)
    landing = next(iter(graph.subjects(None, SKG.Landing)))
    assert len(list(graph.objects(landing, SKG.status))) == 1
    assert len(list(graph.objects(landing, SKG.crewMember))) == 4


@pytest.mark.parametrize(
    ("literal", "lexical"),
    [(datetime_literal(__import__("datetime").date(2020, 2, 6)), "2020-02-06T00:00:00Z"),
     (decimal_literal(0.9), "0.9"), (decimal_literal(1), "1.0"), (decimal_literal(0.12345), "0.1235")],
)
def test_rdf_identity_literal_lexical_forms(literal, lexical):
    assert str(literal) == lexical
