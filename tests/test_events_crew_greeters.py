"""The people who welcome or greet the arrivals were aboard the station already: the subject or 'by' agent
of a greeting verb is not aboard the arriving craft, while the welcomed object or passive subject is."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events

ENTITIES = [
    ("Shenzhou-19", "Spacecraft", "shenzhou-19"),
    ("Tiangong", "SpaceStation", "tiangong"),
    ("Cai Xuzhe", "Astronaut", "cai-xuzhe"),
    ("Song Lingdong", "Astronaut", "song-lingdong"),
    ("Ye Guangfu", "Astronaut", "ye-guangfu"),
    ("Li Cong", "Astronaut", "li-cong"),
]
ARRIVING = {"cai-xuzhe", "song-lingdong"}


def docking_of(nlp, text):
    events = run_events(nlp, annotate(nlp, text, ENTITIES, [], date(2024, 10, 29)))._.events
    dockings = [e for e in events if e.type == "Docking"]
    assert len(dockings) == 1, dockings
    return dockings[0]


@pytest.mark.parametrize("text", [
    "Shenzhou-19 docked with Tiangong on Wednesday carrying Cai Xuzhe and Song Lingdong, where Ye Guangfu "
    "and Li Cong welcomed them.",
    "Shenzhou-19 docked with Tiangong on Wednesday carrying Cai Xuzhe and Song Lingdong, where Ye Guangfu "
    "and Li Cong greeted them.",
])
def test_events_crew_greeters_are_not_aboard_the_arriving_craft(nlp, text):
    docking = docking_of(nlp, text)
    assert docking.spacecraft == "shenzhou-19"
    assert set(docking.participants) == ARRIVING


@pytest.mark.parametrize("text", [
    "Shenzhou-19 docked with Tiangong on Wednesday. Cai Xuzhe and Song Lingdong were welcomed by Ye Guangfu "
    "and Li Cong.",
    "Shenzhou-19 docked with Tiangong on Wednesday. Ye Guangfu and Li Cong greeted Cai Xuzhe and "
    "Song Lingdong.",
])
def test_events_crew_welcomed_after_the_arrival_are_its_crew(nlp, text):
    assert set(docking_of(nlp, text).participants) == ARRIVING
