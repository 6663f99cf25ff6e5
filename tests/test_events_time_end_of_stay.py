"""An undocking the text leaves undated takes the end of its craft's stay told in its own or a neighbouring
sentence ("The vehicle is planned to stay berthed to the station until late March"); another craft's stay,
or a stay of people, does not date it."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events, time_value

ENTITIES = [
    ("Kestrel", "Spacecraft", "kestrel"),
    ("Osprey", "Spacecraft", "osprey"),
    ("International Space Station", "SpaceStation", "international-space-station"),
]


@pytest.mark.parametrize(("stay", "expected"), [
    ("The vehicle is planned to stay berthed to the International Space Station until late March.", "2011-03"),
    ("Kestrel will remain attached to the International Space Station until late March.", "2011-03"),
    # another craft's stay, the crew's stay
    ("Osprey will remain attached to the International Space Station until late March.", None),
    ("The astronauts will stay aboard the International Space Station until late March.", None),
])
def test_events_time_undocking_at_the_end_of_the_stay(nlp, stay, expected):
    text = stay + " Then the robotic arm will release Kestrel."
    times = [time_value(text, "late March", "2011-03", precision="month")]
    doc = annotate(nlp, text, ENTITIES, times, date(2011, 1, 28))
    undockings = [e for e in run_events(nlp, doc)._.events if e.type == "Undocking" and e.spacecraft == "kestrel"]
    assert [e.time.value if e.time else None for e in undockings] == [expected]
