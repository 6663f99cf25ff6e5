"""One event node per real event: compatible mentions merge, distinct events stay apart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pipeline.events_merge import labels_compatible, merge_mentions, times_compatible
from pipeline.model import Event, Evidence, TimeValue

LABELS = {"cargo-dragon": "SpaceX Cargo Dragon", "crs-23": "Cargo Dragon CRS-23", "crs-24": "Cargo Dragon CRS-24"}


def day(value: str) -> TimeValue:
    start = datetime.fromisoformat(value).replace(tzinfo=UTC)
    return TimeValue(value=value, precision="day", earliest=start, latest=start + timedelta(days=1, seconds=-1))


def event(type_="Undocking", evidence_start=0, **roles) -> Event:
    return Event(type=type_, evidence=[Evidence("s", evidence_start, evidence_start + 1)], **roles)


@pytest.mark.parametrize("a,b,expected", [
    ("crs-23", "cargo-dragon", False),  # "SpaceX" is not in "Cargo Dragon CRS-23"
    ("crs-23", "crs-24", False),
    ("crs-23", None, True),
    ("crs-23", "crs-23", True),
])
def test_events_merge_label_compatibility(a, b, expected):
    assert labels_compatible(a, b, LABELS) is expected


@pytest.mark.parametrize("a,b,expected", [
    (day("2021-09-30"), day("2021-09-30"), True),
    (day("2021-09-30"), day("2021-10-01"), False),
    (day("2021-09-30"), None, True),
])
def test_events_merge_time_compatibility(a, b, expected):
    assert times_compatible(a, b) is expected


@pytest.mark.parametrize("mentions,expected_count", [
    # an announcement then its details: one node, roles unioned
    ([event(spacecraft="crs-23"), event(evidence_start=5, from_="iss", time=day("2021-09-30"))], 1),
    # two different spacecraft: two nodes
    ([event(spacecraft="crs-23"), event(evidence_start=5, spacecraft="crs-24")], 2),
    # same type, different days: two nodes
    ([event(spacecraft="crs-23", time=day("2021-09-30")),
      event(evidence_start=5, spacecraft="crs-23", time=day("2021-11-02"))], 2),
    # a planned and an occurred one of different days are two events
    ([event(spacecraft="crs-23", time=day("2021-09-30")),
      event(evidence_start=5, spacecraft="crs-23", status="planned", time=day("2021-11-02"))], 2),
    # "X docked ... X will stay docked": the plan retells the docking the article reports
    ([event(spacecraft="crs-23"), event(evidence_start=5, spacecraft="crs-23", status="planned")], 1),
    # a plan without a craft is not merged into an occurred one
    ([event(spacecraft="crs-23"), event(evidence_start=5, status="planned")], 2),
    # spacewalks by different people without dates stay apart
    ([event("Spacewalk", participants=["a"]), event("Spacewalk", evidence_start=5, participants=["b"])], 2),
])
def test_events_merge_node_count(mentions, expected_count):
    merged = merge_mentions(mentions, LABELS)
    assert len(merged) == expected_count


def test_events_merge_unions_roles_and_evidence():
    merged = merge_mentions([event(spacecraft="crs-23"),
                             event(evidence_start=5, from_="iss", time=day("2021-09-30"))], LABELS)
    assert (merged[0].spacecraft, merged[0].from_, merged[0].time.value) == ("crs-23", "iss", "2021-09-30")
    assert [e.start for e in merged[0].evidence] == [0, 5]


@pytest.mark.parametrize("same_sentence,expected_count", [(True, 1), (False, 2)])
def test_events_merge_aggregate_joins_only_its_own_sentence(same_sentence, expected_count):
    aggregate = event("Spacewalk", participants=["a"], count=3)
    single = event("Spacewalk", evidence_start=0 if same_sentence else 5, participants=["a"])
    assert len(merge_mentions([aggregate, single], LABELS)) == expected_count


@pytest.mark.parametrize("gap,expected_count", [(10, 1), (2000, 2)])
def test_events_merge_craft_only_and_crew_only_need_to_be_near(gap, expected_count):
    craft_only = event("Landing", spacecraft="crs-23")
    crew_only = event("Landing", evidence_start=gap, participants=["a"])
    assert len(merge_mentions([craft_only, crew_only], LABELS)) == expected_count


@pytest.mark.parametrize("same_craft, merged", [(True, 1), (False, 2)])
def test_events_merge_different_missions_stay_apart_unless_one_craft(same_craft, merged):
    first = Event(type="Launch", spacecraft="soyuz-t-7", mission="soyuz-t-7-mission",
                  evidence=[Evidence("a", 0, 10)])
    second = Event(type="Launch", spacecraft="soyuz-t-7" if same_craft else None, mission="crew-6",
                   evidence=[Evidence("b", 20, 30)])
    assert len(merge_mentions([first, second], {})) == merged
