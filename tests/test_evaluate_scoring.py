"""The scorer on hand-made gold and system records (no NLP)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluate import (
    GoldDocument,
    GoldEntity,
    GoldEvent,
    GoldFormatError,
    load_gold,
    match_label,
    match_time,
    score,
    score_entities,
    score_events,
)
from pipeline.model import Article, Entity, Event, Extraction, TimeValue


@pytest.mark.parametrize(
    ("system", "gold", "aliases", "expected"),
    [
        ("luca parmitano", "Luca Parmitano", (), True),
        ("Sergei Prokopyev", "Sergey Prokopyev", ("Sergei Prokopyev",), True),
        ("Sergei Prokopyev", "Sergey Prokopyev", (), False),
        ("Rosalie Courtois", "Rosalie Courtois", (), True),
        ("Rosalie Courtôis", "Rosalie Courtois", (), True),  # accents ignored
        ("“Alpha”", "Alpha", (), True),  # curly quotes
        ("'Beyond'", "‘Beyond’", (), True),  # straight vs curly quotes
        ("the Kazakh Steppe", "Kazakh Steppe", (), True),
        ("The International Space Station", "International Space Station", (), True),
        ("Theodore", "Odore", (), False),  # "the" only as a separate leading word
        ("ISS", "International Space Station", ("ISS", "the station"), True),
        ("station", "International Space Station", ("the station",), True),
        ("Soyuz MS-13", "Soyuz MS-12", (), False),
        ("", "Soyuz MS-13", (), False),
        (None, "Soyuz MS-13", (), False),
    ],
)
def test_match_label_rules(system, gold, aliases, expected):
    assert match_label(system, gold, aliases) is expected


@pytest.mark.parametrize(
    ("system", "gold", "expected"),
    [
        ("2020-02-06T09:12:00Z", "2020-02-06T09:12Z", True),
        ("2020-02-06T09:12Z", "2020-02-06T09:12:00Z", True),
        ("2020-02-06T10:12:00+01:00", "2020-02-06T09:12Z", True),  # offsets converted to UTC
        ("2020-02-06T09:13:00Z", "2020-02-06T09:12Z", False),
        ("2020-02-06T09:12:00Z", "2020-02-06", True),  # more precise than gold: truncated
        ("2020-02-06", "2020-02-06T09:12Z", False),  # less precise than gold: wrong
        ("2020-02-06", "2020-02", True),
        ("2020-03", "2020-02", False),
        ("2020", "2020", True),
        ("2020-02-06", "2020-W06", True),  # the day lies in ISO week 6
        ("2020-02-12", "2020-W06", False),
        ("2020-W06", "2020-W06", True),
        (None, "2020", False),
        ("2019-12-31T23:30:00-01:00", "2020-01-01", True),  # crosses midnight in UTC
    ],
)
def test_match_time_at_gold_precision(system, gold, expected):
    assert match_time(system, gold) is expected


def _entity(etype: str, label: str, key: str | None = None) -> Entity:
    return Entity(key=key or label.lower().replace(" ", "-"), type=etype, label=label)


GOLD_ENTITIES = (
    GoldEntity("Astronaut", "Luca Parmitano", ("Luca",)),
    GoldEntity("Astronaut", "Christina Koch"),
    GoldEntity("Place", "Cologne", optional=True),
    GoldEntity("SpaceStation", "International Space Station", ("the Station",)),
)


@pytest.mark.parametrize(
    ("system", "tp", "fp", "fn"),
    [
        ([], 0, 0, 3),  # the optional Cologne is not a miss
        ([_entity("Place", "Cologne")], 1, 0, 3),  # finding an optional item is a true positive
        ([_entity("Astronaut", "Luca Parmitano"), _entity("Astronaut", "Christina Koch"),
          _entity("SpaceStation", "International Space Station")], 3, 0, 0),
        ([_entity("Astronaut", "Luca Parmitano"), _entity("Astronaut", "luca", key="luca")], 1, 1, 2),  # duplicate
        ([_entity("Spacecraft", "International Space Station")], 0, 1, 3),  # wrong type
        ([_entity("Astronaut", "Oleg Skripochka")], 0, 1, 3),
    ],
)
def test_score_entities_counts(system, tp, fp, fn):
    scores = score_entities("doc", GOLD_ENTITIES, system)
    overall = scores.overall
    assert (overall.tp, overall.fp, overall.fn) == (tp, fp, fn)
    assert len(scores.misses) == fn and len(scores.spurious) == fp


def test_score_entities_per_type_and_findings():
    scores = score_entities("doc", GOLD_ENTITIES, [_entity("Spacecraft", "International Space Station")])
    assert scores.by_type["Spacecraft"].fp == 1
    assert scores.by_type["SpaceStation"].fn == 1
    assert ("doc", "SpaceStation", "International Space Station") in {
        (f.doc, f.type, f.name) for f in scores.misses}


GOLD_DOC = GoldDocument(
    id="doc",
    file=Path("doc.txt"),
    published="2020-02-06",
    entities=(
        GoldEntity("Astronaut", "Luca Parmitano", ("Luca",)),
        GoldEntity("Astronaut", "Christina Koch"),
        GoldEntity("Astronaut", "Oleg Skripochka", ("Oleg Skripocha",)),
        GoldEntity("Spacecraft", "Soyuz MS-13"),
        GoldEntity("SpaceStation", "International Space Station", ("ISS",)),
        GoldEntity("Place", "Kazakh Steppe"),
    ),
    events=(
        GoldEvent("Landing", "occurred", spacecraft="Soyuz MS-13", participants=("Luca Parmitano", "Christina Koch"),
                  from_="International Space Station", place="Kazakh Steppe", time="2020-02-06T09:12Z"),
        GoldEvent("ChangeOfCommand", "occurred", from_="Luca Parmitano", to="Oleg Skripochka",
                  place="International Space Station"),
        GoldEvent("Spacewalk", "occurred", participants=("Luca Parmitano",), count=4),
        GoldEvent("Undocking", "planned", spacecraft="Soyuz MS-13", optional=True),
    ),
)
KNOWN = [
    _entity("Astronaut", "Luca Parmitano", "luca"),
    _entity("Astronaut", "Christina Koch", "koch"),
    _entity("Astronaut", "Oleg Skripocha", "oleg"),  # the text's misspelling, listed as a gold alias
    _entity("Astronaut", "Alexander Skvortsov", "skvortsov"),
    _entity("Spacecraft", "Soyuz MS-13", "ms13"),
    _entity("Spacecraft", "Soyuz MS-15", "ms15"),
    _entity("SpaceStation", "ISS", "iss"),
    _entity("Place", "Kazakh Steppe", "steppe"),
]


def _extraction(*events: Event) -> Extraction:
    return Extraction(article=Article(id="doc", text="..."), entities=list(KNOWN), events=list(events))


def _minute(value: str) -> TimeValue:
    return TimeValue(value=value, precision="minute", kind="time")


@pytest.mark.parametrize(
    ("events", "tp", "fp", "fn"),
    [
        ([], 0, 0, 3),  # the optional planned undocking is not a miss
        ([Event("Landing", spacecraft="ms13")], 1, 0, 2),
        ([Event("Landing", spacecraft="ms15")], 0, 1, 3),  # wrong key argument
        ([Event("Landing", status="planned", spacecraft="ms13")], 0, 1, 3),  # wrong status
        ([Event("Docking", spacecraft="ms13")], 0, 1, 3),  # wrong type
        ([Event("Landing", spacecraft="ms13"), Event("Landing", spacecraft="ms13")], 1, 1, 2),  # duplicate
        ([Event("ChangeOfCommand", from_="luca", to="oleg")], 1, 0, 2),  # alias of the incoming commander
        ([Event("ChangeOfCommand", from_="luca", to="koch")], 0, 1, 3),  # both commanders must match
        ([Event("ChangeOfCommand", from_="oleg", to="luca")], 0, 1, 3),  # direction matters
        ([Event("Spacewalk", participants=["skvortsov", "luca"])], 1, 0, 2),  # one participant suffices
        ([Event("Spacewalk", participants=["skvortsov"])], 0, 1, 3),
        ([Event("Undocking", status="planned", spacecraft="ms13")], 1, 0, 3),  # optional found: a hit
    ],
)
def test_score_events_key_argument_rules(events, tp, fp, fn):
    scores = score_events(GOLD_DOC, _extraction(*events))
    overall = scores.overall
    assert (overall.tp, overall.fp, overall.fn) == (tp, fp, fn)


@pytest.mark.parametrize(
    ("event", "time_correct", "role_correct"),
    [
        (Event("Landing", spacecraft="ms13", participants=["luca", "koch"], from_="iss", place="steppe",
               time=_minute("2020-02-06T09:12:00Z")),
         1, {"spacecraft": 1, "participants": 1, "from": 1, "place": 1}),
        (Event("Landing", spacecraft="ms13", participants=["luca"], time=_minute("2020-02-06T10:12:00Z")),
         0, {"spacecraft": 1, "participants": 0, "from": 0, "place": 0}),
        (Event("Landing", spacecraft="ms13", participants=["luca", "koch", "skvortsov"], from_="steppe",
               place="iss"),
         0, {"spacecraft": 1, "participants": 0, "from": 0, "place": 0}),
    ],
)
def test_score_events_roles_and_time_on_matches(event, time_correct, role_correct):
    scores = score_events(GOLD_DOC, _extraction(event))
    assert (scores.time.correct, scores.time.total) == (time_correct, 1)
    for role, correct in role_correct.items():
        assert (scores.roles[role].correct, scores.roles[role].total) == (correct, 1)
    assert scores.roles["to"].total == 0


def test_score_events_counts_time_where_gold_has_none_as_spurious():
    event = Event("ChangeOfCommand", from_="luca", to="oleg", time=_minute("2020-02-01T10:00:00Z"))
    scores = score_events(GOLD_DOC, _extraction(event))
    assert scores.time.total == 0
    assert scores.time.spurious == 1


def test_score_events_pairs_same_key_events_by_time():
    doc = GoldDocument(
        id="doc", file=Path("doc.txt"), published=None, entities=GOLD_DOC.entities,
        events=(GoldEvent("Spacewalk", participants=("Luca Parmitano",), time="2019-11-15"),
                GoldEvent("Spacewalk", participants=("Luca Parmitano",), time="2019-11-22")),
    )
    days = [TimeValue(value=v, precision="day") for v in ("2019-11-22", "2019-11-15")]
    events = [Event("Spacewalk", participants=["luca"], time=t) for t in days]
    scores = score_events(doc, _extraction(*events))
    assert scores.overall.tp == 2
    assert (scores.time.correct, scores.time.total) == (2, 2)


def test_score_counts_a_missing_extraction_as_finding_nothing():
    report = score([GOLD_DOC], [])
    assert report.entities.overall.fn == 6
    assert report.events.overall.fn == 3
    assert report.to_dict()["by_document"]["doc"]["events"]["fn"] == 3


@pytest.mark.parametrize(
    "content",
    ["not json", '{"docs": []}', '{"documents": [{"id": "a"}]}',
     '{"documents": [{"id": "a", "file": "a.txt", "entities": [{"type": "Planet", "name": "Mars"}]}]}'],
)
def test_load_gold_rejects_malformed_files(tmp_path, content):
    path = tmp_path / "gold.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFormatError):
        load_gold(path)


def test_load_gold_resolves_files_against_the_gold_file(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"documents": [{"id": "a", "file": "sub/a.txt", "published": "2020-01-01",
                                               "entities": [], "events": []}]}), encoding="utf-8")
    (doc,) = load_gold(path)
    assert doc.file == tmp_path / "sub" / "a.txt"


def test_score_events_change_of_command_with_one_named_commander():
    doc = GoldDocument(id="doc", file=Path("doc.txt"), published=None, entities=GOLD_DOC.entities,
                       events=(GoldEvent("ChangeOfCommand", "planned", to="Luca Parmitano"),))
    hit = score_events(doc, _extraction(Event("ChangeOfCommand", status="planned", to="luca")))
    miss = score_events(doc, _extraction(Event("ChangeOfCommand", status="planned", to="koch")))
    assert (hit.overall.tp, hit.overall.fp) == (1, 0)
    assert (miss.overall.tp, miss.overall.fp, miss.overall.fn) == (0, 1, 1)


@pytest.mark.parametrize(
    ("participants", "tp", "fp", "fn", "exact"),
    [
        (["luca", "koch"], 2, 0, 0, 1),
        (["koch"], 1, 0, 1, 0),
        (["luca", "koch", "skvortsov"], 2, 1, 0, 0),
        (["luca", "luca"], 1, 1, 1, 0),  # one system name cannot stand for two gold names
    ],
)
def test_score_events_counts_crew_names_one_by_one(participants, tp, fp, fn, exact):
    scores = score_events(GOLD_DOC, _extraction(Event("Landing", spacecraft="ms13", participants=participants)))
    names = scores.participant_names
    assert (names.tp, names.fp, names.fn) == (tp, fp, fn)
    assert scores.roles["participants"].correct == exact


def test_score_events_lists_argument_errors():
    event = Event("Landing", spacecraft="ms13", participants=["luca", "koch"], from_="iss", place="iss",
                  time=_minute("2020-02-06T10:12:00Z"))
    scores = score_events(GOLD_DOC, _extraction(event))
    errors = {(e.role, e.gold, e.system) for e in scores.argument_errors}
    assert errors == {("time", "2020-02-06T09:12Z", "2020-02-06T10:12:00Z"), ("place", "Kazakh Steppe", "ISS")}


@pytest.mark.parametrize("order", [("station", "International Space Station"), ("International Space Station", "station")])
def test_score_entities_prefers_exact_names_over_shared_aliases(order):
    gold = (GoldEntity("SpaceStation", "International Space Station", ("station",)),
            GoldEntity("SpaceStation", "Tiangong", ("station",)))
    scores = score_entities("doc", gold, [_entity("SpaceStation", label) for label in order])
    assert (scores.overall.tp, scores.overall.fp, scores.overall.fn) == (2, 0, 0)
