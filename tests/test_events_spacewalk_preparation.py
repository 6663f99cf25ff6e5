"""Preparing a spacewalk is no second spacewalk: an undated plan that names more people than a spacewalk
that took place (the crew member who stayed inside helped prepare) is dropped; a plan naming its own
crew, with no spacewalk done, stays."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events

ENTITIES = [
    ("Nick Hague", "Astronaut", "nick-hague"),
    ("Suni Williams", "Astronaut", "sunita-williams"),
    ("Butch Wilmore", "Astronaut", "barry-wilmore"),
    ("Hague", "Astronaut", "nick-hague"),
    ("Williams", "Astronaut", "sunita-williams"),
    ("Wilmore", "Astronaut", "barry-wilmore"),
]


def spacewalks_of(nlp, text):
    events = run_events(nlp, annotate(nlp, text, ENTITIES, [], date(2025, 1, 17)))._.events
    return [e for e in events if e.type == "Spacewalk"]


@pytest.mark.parametrize("text", [
    "Nick Hague, Suni Williams and Butch Wilmore prepared for the spacewalk. Hague and Williams ventured "
    "outside on Thursday, while Wilmore remained inside.",
])
def test_events_spacewalk_preparation_is_not_another_spacewalk(nlp, text):
    spacewalks = spacewalks_of(nlp, text)
    assert [set(e.participants) for e in spacewalks] == [{"nick-hague", "sunita-williams"}]
    assert spacewalks[0].status == "occurred"


def test_events_spacewalk_plan_alone_stays(nlp):
    text = "Nick Hague and Suni Williams will conduct a spacewalk to replace a radio."
    spacewalks = spacewalks_of(nlp, text)
    assert len(spacewalks) == 1 and spacewalks[0].status == "planned"
