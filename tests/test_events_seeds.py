"""End to end on the two seed articles (../shared/seeds): every required event found, every time right.

The seeds are the project's acceptance check for the event stage: a landing whose crew is named in the
next sentence, an undocking in a nominal phrase, a change of command whose outgoing commander is "he",
and an aggregate of four spacewalks.
"""

from __future__ import annotations

import pytest

from pipeline.evaluate import evaluate


@pytest.fixture(scope="module")
def seed_report(nlp, shared_dir):
    return evaluate(shared_dir / "seeds" / "gold.json", nlp=nlp)


@pytest.mark.parametrize("event_type", ["Landing", "Undocking", "ChangeOfCommand", "Spacewalk"])
def test_events_seeds_every_required_event_found(seed_report, event_type):
    counts = seed_report.events.counts(event_type)
    assert (counts.tp, counts.fp, counts.fn) == (counts.tp, 0, 0)
    assert counts.tp >= 1


def test_events_seeds_every_time_right(seed_report):
    assert seed_report.events.time.total >= 2
    assert seed_report.events.time.accuracy == 1.0
