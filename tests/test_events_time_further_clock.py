"""A day-dated event whose article tells its clock a few sentences on ("conducted a spacewalk on 18 October.
[...] The two opened the hatch at 7:38 a.m. EDT") takes that clock, unless a sentence between tells of
another event of its kind."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events, time_value

ENTITIES = [
    ("International Space Station", "SpaceStation", "international-space-station"),
    ("Jessica Meir", "Astronaut", "jessica-meir"),
    ("Christina Koch", "Astronaut", "christina-koch"),
    ("Andrew Morgan", "Astronaut", "andrew-morgan"),
    ("Luca Parmitano", "Astronaut", "luca-parmitano"),
]
PUBLISHED = date(2020, 10, 19)


def spacewalk_times(nlp, text, times):
    doc = annotate(nlp, text, ENTITIES, times, PUBLISHED)
    return [e.time.value if e.time else None for e in run_events(nlp, doc)._.events if e.type == "Spacewalk"]


@pytest.mark.parametrize("text", [
    "Jessica Meir and Christina Koch conducted a spacewalk on 18 October outside the International Space "
    "Station. They worked for seven hours. Their main job was a faulty power unit. "
    "The two opened the hatch at 7:38 a.m. EDT.",
    "Jessica Meir and Christina Koch conducted a spacewalk on 18 October outside the International Space "
    "Station. They worked for seven hours. "
    "The two switched their suits to battery power at 7:38 a.m. EDT.",
])
def test_events_time_clock_a_few_sentences_on_refines_the_day(nlp, text):
    times = [time_value(text, "18 October", "2020-10-18"),
             time_value(text, "7:38 a.m. EDT", "2020-10-18T11:38:00Z", "minute", "time")]
    assert spacewalk_times(nlp, text, times)[0] == "2020-10-18T11:38:00Z"


@pytest.mark.parametrize("text", [
    # the clock is another spacewalk's, told between
    "Jessica Meir and Christina Koch conducted a spacewalk on 18 October outside the International Space "
    "Station. They worked for seven hours. Andrew Morgan and Luca Parmitano conducted a spacewalk on 18 "
    "October too. The two opened the hatch at 7:38 a.m. EDT.",
    # too far on: four sentences after
    "Jessica Meir and Christina Koch conducted a spacewalk on 18 October outside the International Space "
    "Station. They worked for seven hours. Their main job was a faulty power unit. The unit was old. "
    "The two opened the hatch at 7:38 a.m. EDT.",
])
def test_events_time_clock_of_another_or_a_far_sentence_is_not_taken(nlp, text):
    times = [time_value(text, "18 October", "2020-10-18"),
             time_value(text, "7:38 a.m. EDT", "2020-10-18T11:38:00Z", "minute", "time")]
    assert spacewalk_times(nlp, text, times)[0] == "2020-10-18"
