"""Three ways an event's time goes wrong on new text: a yearless season of the article's own year ("this
summer") is no time the text gives (``contract_time``); a launch the docking counts from ("docked three
hours after lifting off") is dated back from the docking, in the docking's month, and a docking merged
with a headline's mention ("reaches") is dated on from the launch; a retrospective's paragraph going on
with the flight the paragraph before dated keeps that flight's year."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events_time import contract_time
from pipeline.timenorm import find_times, shift


@pytest.mark.parametrize("text,expected", [
    ("The two went outside three times this summer.", None),
    ("The crew will come home later in the summer.", None),
    ("The crew is due to head home in late summer.", None),
    ("The capsule is planned to launch next spring.", "2025"),
    ("The capsule is planned to launch in the summer of 2024.", "2024"),
    ("The capsule is planned to launch in August.", "2024-08"),
])
def test_time_season_of_the_articles_own_year_dates_nothing(text, expected):
    published = date(2024, 6, 10)
    (value,) = find_times(text, published)
    narrowed = contract_time(value, published)
    assert (narrowed.value if narrowed else None) == expected


@pytest.mark.parametrize("text,published,expected", [
    ("Cosmonauts Oleg Artemyev and Denis Matveev went on two spacewalks this summer to outfit the new airlock.", date(2021, 10, 22), None),
    ("Cosmonauts Oleg Artemyev and Denis Matveev went on two spacewalks last month to outfit the new airlock.", date(2021, 10, 22), "2021-09"),
])
def test_time_season_never_dates_a_spacewalk_of_this_year(events_of, text, published, expected):
    walks = [e for e in events_of(text, published) if e.type == "Spacewalk"]
    assert [e.time.value if e.time else None for e in walks] == [expected]


@pytest.mark.parametrize("stated,duration,direction,expected", [
    ("The capsule arrived in October.", "three hours", -1, "2020-10"),
    ("The capsule arrived on October 1, 2020.", "three hours", -1, "2020-10-01"),
    ("The capsule arrived on October 1, 2020.", "twenty hours", -1, "2020-09-30"),
    ("The capsule arrived on October 1, 2020.", "two days", 1, "2020-10-03"),
])
def test_time_shift_keeps_the_period_its_middle_falls_in(stated, duration, direction, expected):
    (value,) = find_times(stated, date(2020, 11, 2))
    (amount,) = find_times(f"It took {duration}.", date(2020, 11, 2))
    assert shift(value, amount, direction).value == expected


def test_time_launch_dated_back_from_the_docking_it_preceded(events_of):
    text = ("Kate Rubins and two cosmonauts arrived last month on Soyuz MS-17, which docked just three hours "
            "after lifting off from Baikonur.")
    events = events_of(text, date(2020, 11, 2))
    dated = {e.type: (e.time.value if e.time else None) for e in events if e.spacecraft}
    assert dated == {"Docking": "2020-10", "Launch": "2020-10"}


def test_time_headline_docking_dated_on_from_the_launch(events_of):
    text = ("Soyuz MS-31 with a new crew reaches the station\n\n"
            "The Soyuz MS-31 spacecraft blasted off from Baikonur at 11:05 Moscow time on Thursday, carrying "
            "a new crew to the International Space Station.\n\n"
            "The spacecraft docked with the Rassvet module about six hours after the launch.")
    events = events_of(text, date(2026, 4, 9))
    docking = [e for e in events if e.type == "Docking"]
    assert [e.time.value[:16] if e.time else None for e in docking] == ["2026-04-09T14:05"]


@pytest.mark.parametrize("headline,shuttle_paragraph,last_paragraph,expected", [
    ("Sixty years on: the April day that opened the space age",
     "On April 12, 1981, John Young and Robert Crippen blasted off aboard the shuttle Columbia.",
     "After two days in orbit, the shuttle glided to a landing in California on April 14.", "1981-04-14"),
    ("Sixty years on: the April day that opened the space age",
     "On April 12, 1981, John Young and Robert Crippen blasted off aboard the shuttle Columbia.",
     "The next shuttle flew on November 12.", "1961-11-12"),
    ("Forty years since Columbia: the April days that opened the shuttle era",
     "On April 12, 1961, Gagarin lifted off. Exactly twenty years later, at 7:00 a.m. EST, Columbia rose.",
     "On April 14 Columbia glided onto the runway at Edwards Air Force Base.", "1981-04-14"),
])
def test_time_retrospective_paragraph_going_on_with_the_flight_before(headline, shuttle_paragraph,
                                                                     last_paragraph, expected):
    text = (f"{headline}\n\n"
            "Yuri Gagarin lifted off aboard Vostok 1 on April 12, 1961, and came down near Saratov.\n\n"
            f"{shuttle_paragraph}\n\n{last_paragraph}")
    values = find_times(text, date(2021, 4, 12))
    assert values[-1].value == expected


@pytest.mark.parametrize("text,expected", [
    ("Walker handed command to Hoshide in a ceremony earlier in the week.", "2021-W17"),
    ("In January 2019, NASA assigned her to a flight later in the year.", "2019"),
    ("Explorer 1 lifted off on Jan. 31, 1958. Explorer 3 confirmed the belts later in the year.", "1958"),
    ("The capsule was launched on March 3. It reached orbit later in the month.", "2021-03"),
])
def test_time_earlier_or_later_in_the_unit_of_the_last_date(text, expected):
    values = find_times(text, date(2021, 5, 2))
    assert values[-1].value == expected


@pytest.mark.parametrize("text,expected", [
    ("The trio arrived at the station on the Shenzhou-20 spaceship, which blasted off from the Jiuquan "
     "Satellite Launch Center in April.", {"Docking": "2025-04", "Launch": "2025-04"}),
    ("The trio arrived at the station on the Shenzhou-20 spaceship. Shenzhou-21 blasted off from the Jiuquan "
     "Satellite Launch Center in April.", {"Docking": None, "Launch": "2025-04"}),
])
def test_time_docking_takes_the_month_of_its_launch_in_one_sentence(events_of, text, expected):
    events = events_of(text, date(2025, 7, 15))
    dated = {e.type: (e.time.value if e.time else None) for e in events if e.spacecraft}
    assert dated == expected
