"""An event dated only by a count from another date ("A week later, X handed over command") takes the day
a word naming it states within that period in a neighbouring sentence ("The handover took place on March
13"): a stated time is preferred to a counted one."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events, time_value

ENTITIES = [
    ("International Space Station", "SpaceStation", "international-space-station"),
    ("Andreas Mogensen", "Astronaut", "andreas-mogensen"),
    ("Oleg Kononenko", "Astronaut", "oleg-kononenko"),
    ("Jeanette Epps", "Astronaut", "jeanette-epps"),
    ("Kononenko", "Astronaut", "oleg-kononenko"),
]
PUBLISHED = date(2024, 3, 20)
OPENING = ("Oleg Kononenko took command of the International Space Station from Andreas Mogensen on March 6. "
           "A week later, Kononenko handed over command to Jeanette Epps. ")


def command_times(nlp, text, stated_day: str | None):
    times = [time_value(text, "March 6", "2024-03-06"), time_value(text, "A week", "P1W", "week", "duration")]
    if stated_day is not None:
        times.append(time_value(text, stated_day, "2024-03-" + stated_day.split()[-1]))
    doc = annotate(nlp, text, ENTITIES, times, PUBLISHED)
    return [e.time.value if e.time else None for e in run_events(nlp, doc)._.events if e.type == "ChangeOfCommand"]


@pytest.mark.parametrize("sentence,stated_day,expected", [
    ("The handover took place on March 13.", "March 13", "2024-03-13"),
    ("The ceremony was held on March 12.", "March 12", "2024-03-12"),
    # a day outside the counted week is another matter: the count stands
    ("The ceremony was held on March 28.", "March 28", "2024-W11"),
    # a welcome ceremony is not the handover
    ("A welcome ceremony was held on March 13.", "March 13", "2024-W11"),
])
def test_events_time_stated_day_beats_a_counted_week(nlp, sentence, stated_day, expected):
    assert command_times(nlp, OPENING + sentence, stated_day) == ["2024-03-06", expected]
