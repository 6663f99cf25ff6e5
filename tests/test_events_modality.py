"""Modality: planned events are marked planned; negated, hypothetical and called-off ones are dropped."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events, time_value

ENTITIES = [
    ("Progress 88", "Spacecraft", "progress-88"),
    ("International Space Station", "SpaceStation", "international-space-station"),
    ("Kazakhstan", "Place", "kazakhstan"),
]


def statuses(nlp, text):
    doc = annotate(nlp, text, ENTITIES, [], date(2024, 5, 1))
    return [(e.type, e.status) for e in run_events(nlp, doc)._.events]


@pytest.mark.parametrize("text,expected", [
    ("Progress 88 undocked from the International Space Station.", [("Undocking", "occurred")]),
    ("Progress 88 is scheduled to undock from the International Space Station.", [("Undocking", "planned")]),
    ("Progress 88 will dock with the International Space Station.", [("Docking", "planned")]),
    ("The Progress 88 spacecraft undocks from the International Space Station in two days.",
     [("Undocking", "planned")]),
    ("Progress 88 undocked on Monday, the first undocking of a Progress in two years.", [("Undocking", "occurred")]),
    ("NASA will provide coverage of the undocking of Progress 88.", [("Undocking", "planned")]),
    ("The upcoming launch of Progress 88 draws attention.", [("Launch", "planned")]),
    ("NASA Sets Coverage for Progress 88 Launch", [("Launch", "planned")]),
    ("NASA provided coverage of the Progress 88 launch.", [("Launch", "occurred")]),
    ("Progress 88 did not dock with the International Space Station.", []),
    ("Progress 88 could land in Kazakhstan.", []),
    ("Progress 88 will land in Kazakhstan if the weather permits.", [("Landing", "planned")]),
    ("Progress 88 landed in Kazakhstan if the reports are right.", []),
    ("Progress 88 is designed to dock with the International Space Station.", []),
    ("The launch of Progress 88 was postponed.", []),
    ("The launch of Progress 88 was scrubbed.", []),
    # a purpose under a past perfect: a plan overtaken; under a simple past: still to come
    ("Progress 88 had been assigned years ago to dock with the International Space Station.", []),
    ("Progress 88 was moved on Monday to dock with the International Space Station.", [("Docking", "planned")]),
])
def test_events_modality_status(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a nominal trigger under a past-tense verb stays occurred even when its date lies after publication
    ("Progress 88 crews concluded the docking on 1 June 2024.", [("Docking", "occurred")]),
    # a tenseless mention dated after publication is planned
    ("Docking of Progress 88 on 1 June 2024.", [("Docking", "planned")]),
])
def test_events_modality_calendar_only_for_tenseless_mentions(nlp, text, expected):
    times = [time_value(text, "1 June 2024", "2024-06-01")]
    doc = annotate(nlp, text, ENTITIES, times, date(2024, 5, 1))
    assert [(e.type, e.status) for e in run_events(nlp, doc)._.events] == expected
