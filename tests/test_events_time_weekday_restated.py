"""An event dated by a bare day name ("on Wednesday") whose restatement gives the full date of that weekday
a week apart ("The handover took place on March 13") takes the full date: the day name was read against the
wrong week. Any other stated date leaves the day alone."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events, time_value

ENTITIES = [
    ("International Space Station", "SpaceStation", "international-space-station"),
    ("Oleg Kononenko", "Astronaut", "oleg-kononenko"),
    ("Jeanette Epps", "Astronaut", "jeanette-epps"),
]
PUBLISHED = date(2024, 3, 20)  # a Wednesday
OPENING = "Oleg Kononenko handed over command of the International Space Station to Jeanette Epps on Wednesday. "


@pytest.mark.parametrize("sentence,stated,stated_value,expected", [
    ("The handover took place on March 13 in the Zvezda module.", "March 13", "2024-03-13", "2024-03-13"),
    # not the same weekday: the day name stands
    ("The handover took place on March 14 in the Zvezda module.", "March 14", "2024-03-14", "2024-03-20"),
    # the same weekday two weeks off: too far to be the same day misread
    ("The handover took place on March 6 in the Zvezda module.", "March 6", "2024-03-06", "2024-03-20"),
    # a date of something else
    ("The crew took a photo on March 13 in the Zvezda module.", "March 13", "2024-03-13", "2024-03-20"),
])
def test_events_time_full_date_of_the_weekday_replaces_it(nlp, sentence, stated, stated_value, expected):
    text = OPENING + sentence
    times = [time_value(text, "Wednesday", "2024-03-20"), time_value(text, stated, stated_value)]
    doc = annotate(nlp, text, ENTITIES, times, PUBLISHED)
    found = [e.time.value if e.time else None for e in run_events(nlp, doc)._.events if e.type == "ChangeOfCommand"]
    assert found == [expected]
