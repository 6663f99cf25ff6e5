"""Time nodes: OWL-Time class and XSD position by precision, UTC bounds as xsd:dateTime with a Z."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from rdflib.namespace import RDF, TIME, XSD

from pipeline.model import Article, Event, Extraction, TimeValue
from pipeline.rdf import extraction_to_graph, time_iri
from pipeline.vocab import SKG


def _time_graph(value: TimeValue):
    article = Article(id="time-test", text="x")
    extraction = Extraction(article, events=[Event("Launch", spacecraft="x", time=value)])
    return extraction_to_graph(extraction), time_iri(value)


@pytest.mark.parametrize(
    ("value", "precision", "cls", "position", "datatype"),
    [
        ("2020-02-06T09:12:00Z", "minute", TIME.Instant, TIME.inXSDDateTimeStamp, XSD.dateTimeStamp),
        ("2020-02-06", "day", TIME.Instant, TIME.inXSDDate, XSD.date),
        ("2020-02", "month", TIME.Instant, TIME.inXSDgYearMonth, XSD.gYearMonth),
        ("2020", "year", TIME.Instant, TIME.inXSDgYear, XSD.gYear),
        ("2020-W06", "week", TIME.ProperInterval, None, None),
        ("2020-SU", "season", TIME.ProperInterval, None, None),
        ("2020-Q1", "month", TIME.ProperInterval, None, None),  # does not fit gYearMonth: an interval
    ],
)
def test_rdf_time_class_and_position(value, precision, cls, position, datatype):
    earliest = datetime(2020, 2, 6, 9, 12, tzinfo=UTC)
    graph, node = _time_graph(TimeValue(value, precision, earliest=earliest, latest=earliest + timedelta(days=1)))
    assert (node, RDF.type, cls) in graph
    assert str(graph.value(node, SKG.timeValue)) == value
    assert str(graph.value(node, SKG.precision)) == precision
    if position is None:
        assert not any(p in (TIME.inXSDDate, TIME.inXSDgYearMonth, TIME.inXSDgYear, TIME.inXSDDateTimeStamp)
                       for p in graph.predicates(node))
    else:
        literal = graph.value(node, position)
        assert literal is not None and literal.datatype == datatype


@pytest.mark.parametrize(
    ("earliest", "lexical"),
    [
        (datetime(2020, 2, 6, 10, 12, tzinfo=timezone(timedelta(hours=1))), "2020-02-06T09:12:00Z"),
        (datetime(2020, 2, 6, 9, 12), "2020-02-06T09:12:00Z"),  # naive: taken as UTC
    ],
)
def test_rdf_time_bounds_are_utc(earliest, lexical):
    graph, node = _time_graph(TimeValue("2020-02-06T09:12:00Z", "minute", earliest=earliest, latest=earliest))
    bound = graph.value(node, SKG.earliest)
    assert str(bound) == lexical and bound.datatype == XSD.dateTime


def test_rdf_time_relative_records_its_anchor():
    value = TimeValue("2020-02-05", "day", earliest=datetime(2020, 2, 5, tzinfo=UTC), relative=True,
                      anchor="published")
    graph, node = _time_graph(value)
    assert graph.value(node, SKG.resolvedAgainst) is not None
    assert str(graph.value(node, SKG.anchor)) == "published"
