"""Several spacewalks of one pair: ordinals ("their first excursion", "their third spacewalk") and "went
out again" tell them apart; a career count ("the fourth spacewalk of her career") does not."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events

ENTITIES = [
    ("Christina Koch", "Astronaut", "christina-koch"),
    ("Jessica Meir", "Astronaut", "jessica-meir"),
    ("Koch", "Astronaut", "christina-koch"),
    ("Meir", "Astronaut", "jessica-meir"),
]


def spacewalks(nlp, text):
    doc = run_events(nlp, annotate(nlp, text, ENTITIES, [], date(2019, 10, 30)))
    return [e for e in doc._.events if e.type == "Spacewalk"]


@pytest.mark.parametrize("text, count", [
    ("Christina Koch and Jessica Meir completed their third spacewalk in ten days. Their first excursion "
     "was slowed by a problem with Meir's suit. Later they went out again to finish the job.", 3),
    ("Christina Koch and Jessica Meir completed a spacewalk on Friday. It was the fourth spacewalk of "
     "Koch's career.", 1),
])
def test_events_spacewalk_count_ordinals_tell_walks_apart(nlp, text, count):
    found = spacewalks(nlp, text)
    assert len(found) == count
    assert all(set(e.participants) == {"christina-koch", "jessica-meir"} for e in found)


def test_events_spacewalk_count_one_event_per_stated_day(nlp):
    from test_events_support import time_value
    text = "Christina Koch and Jessica Meir performed two spacewalks on Oct. 18 and Oct. 25."
    times = [time_value(text, "Oct. 18", "2019-10-18"), time_value(text, "Oct. 25", "2019-10-25")]
    doc = run_events(nlp, annotate(nlp, text, ENTITIES, times, date(2019, 10, 30)))
    found = [e for e in doc._.events if e.type == "Spacewalk"]
    assert sorted(e.time.value for e in found) == ["2019-10-18", "2019-10-25"]
    assert all(e.count is None for e in found)


def test_events_spacewalk_count_pronoun_among_walkers(nlp):
    text = "In October, Jessica Meir made history when she and Christina Koch ventured outside the station."
    found = spacewalks(nlp, text)
    assert len(found) == 1
    assert set(found[0].participants) == {"christina-koch", "jessica-meir"}
