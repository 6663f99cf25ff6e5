"""A chain of handovers: "X handed command to Y on <date>, who in turn handed command to Z" is two changes
of command, the second from Y (the 'who' the parser may hang on the date stands for Y)."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events

ENTITIES = [
    ("Andreas Mogensen", "Astronaut", "andreas-mogensen"),
    ("Oleg Kononenko", "Astronaut", "oleg-kononenko"),
    ("Alexey Ovchinin", "Astronaut", "alexey-ovchinin"),
]


@pytest.mark.parametrize("text", [
    "Andreas Mogensen handed over command of the station to Oleg Kononenko on March 12, 2024, who in turn "
    "handed command to Alexey Ovchinin on Sept. 22, 2024.",
    "Andreas Mogensen handed over command of the station to Oleg Kononenko, who in turn handed command to "
    "Alexey Ovchinin in September.",
])
def test_events_command_who_in_turn_hands_over_from_the_previous_successor(nlp, text):
    events = run_events(nlp, annotate(nlp, text, ENTITIES, [], date(2024, 10, 1)))._.events
    handovers = {(e.from_, e.to) for e in events if e.type == "ChangeOfCommand"}
    assert handovers == {("andreas-mogensen", "oleg-kononenko"), ("oleg-kononenko", "alexey-ovchinin")}
