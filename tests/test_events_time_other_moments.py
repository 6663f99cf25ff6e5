"""A time of another moment does not date an event: a trigger in a clause that puts it before or after that
moment ("since 27 April, when she took over shortly before Soyuz MS-16 landed"), a change of command
conjoined with a flight's event ("hand over command and leave the station in May"); and a title the parser
tags a verb ("to cosmonaut Oleg Skripochka early in February") is no clause that hides a time."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from pipeline.events_time import owner_of_time
from test_events_support import annotate, run_events, time_value

ENTITIES = [
    ("Soyuz MS-16", "Spacecraft", "soyuz-ms-16"),
    ("International Space Station", "SpaceStation", "international-space-station"),
    ("Ann Walker", "Astronaut", "ann-walker"),
    ("Ben Ortiz", "Astronaut", "ben-ortiz"),
]


def _times(nlp, text, times, published=date(2021, 3, 1)):
    doc = annotate(nlp, text, ENTITIES, times, published)
    return {e.type: (e.time.value if e.time else None) for e in run_events(nlp, doc)._.events}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Walker had led the crew since 27 April, when she took command shortly before Soyuz MS-16 landed "
     "in Kazakhstan.", None),
    ("Ann Walker had led the crew since 27 April, after Soyuz MS-16 landed in Kazakhstan.", None),
])
def test_events_time_sequenced_clause_keeps_off_the_main_time(nlp, text, expected):
    times = [time_value(text, "27 April", "2021-04-27")]
    assert _times(nlp, text, times).get("Landing", "missing") == expected


@pytest.mark.parametrize("text", [
    "Ann Walker is scheduled to hand over command of the International Space Station to Ben Ortiz and to "
    "leave the station aboard Soyuz MS-16 in May.",
])
def test_events_time_command_does_not_share_a_flight_time(nlp, text):
    times = [time_value(text, "May", "2021-05", precision="month")]
    found = _times(nlp, text, times)
    assert found.get("ChangeOfCommand", "missing") is None
    assert found.get("Undocking") == "2021-05"


def test_events_time_title_tagged_as_verb_hides_no_time(nlp):
    words = ["to", "hand", "over", "command", "to", "cosmonaut", "Oleg", "early", "in", "February"]
    heads = [1, 1, 1, 1, 5, 1, 5, 8, 5, 8]
    deps = ["aux", "ROOT", "prt", "dobj", "aux", "advcl", "dobj", "advmod", "prep", "pobj"]
    tags = ["TO", "VB", "RP", "NN", "TO", "VB", "NNP", "RB", "IN", "NNP"]
    pos = ["PART", "VERB", "ADP", "NOUN", "PART", "VERB", "PROPN", "ADV", "ADP", "PROPN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    owner, _, blocker = owner_of_time(doc[9], {1: 1})
    assert (owner, blocker) == (1, None)
    # a real verb's clause still keeps its time to itself
    words[5] = "meet"
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert owner_of_time(doc[9], {1: 1})[0] is None


@pytest.mark.parametrize(("text", "surface", "value", "precision", "expected"), [
    # a month or a year holds for both moments of a sequence
    ("The first image came in 1999 after Soyuz MS-16 landed in Kazakhstan.", "1999", "1999", "year", "1999"),
])
def test_events_time_sequenced_clause_shares_a_coarse_time(nlp, text, surface, value, precision, expected):
    from datetime import UTC, datetime

    from pipeline.model import TimeValue
    start = text.index(surface)
    times = [TimeValue(value=value, precision=precision, kind="date", earliest=datetime(1999, 1, 1, tzinfo=UTC),
                       latest=datetime(1999, 12, 31, 23, 59, 59, tzinfo=UTC), text=surface, start=start,
                       end=start + len(surface))]
    assert _times(nlp, text, times, date(2024, 3, 1)).get("Landing", "missing") == expected


def test_events_time_conjoined_verb_phrase_owns_its_nominal_event(nlp):
    words = ["They", "will", "depart", "at", "noon", "and", "will", "head", "for", "a", "landing", "at", "3:18"]
    heads = [2, 2, 2, 2, 3, 2, 7, 2, 7, 10, 8, 7, 11]
    deps = ["nsubj", "aux", "ROOT", "prep", "pobj", "cc", "aux", "conj", "prep", "det", "pobj", "prep", "pobj"]
    pos = ["PRON", "AUX", "VERB", "ADP", "NOUN", "CCONJ", "AUX", "VERB", "ADP", "DET", "NOUN", "ADP", "NUM"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    predicates = {2: 2, 10: 10}  # "depart" and "landing" are triggers
    assert owner_of_time(doc[12], predicates)[0] == 10
    assert owner_of_time(doc[4], predicates)[0] == 2
