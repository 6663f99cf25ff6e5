"""Narrative anchoring in news: a yearless date in a story the text tells about another time takes the
story's year (a scene-setting "In 2011," or "Ten years ago," at the start of a sentence, the last full date,
or a retrospective headline); a year in passing and the article's own time do not move the reference."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.timenorm import find_times


def _date_values(text: str, published) -> list[str]:
    return [t.value for t in find_times(text, published) if t.kind in ("date", "time") and t.precision in ("day", "minute")]


@pytest.mark.parametrize(
    ("text", "published", "values"),
    [
        # a scene-setting year opens the story
        ("In 2011, Atlantis flew the last shuttle mission. It lifted off on July 8 and landed on July 21.",
         date(2024, 5, 15), ["2011-07-08", "2011-07-21"]),
        ("Back in 1998, the first module reached orbit. Endeavour arrived on Dec. 6 with Unity.",
         date(2023, 3, 1), ["1998-12-06"]),
        # "N years ago" at the start of a sentence does too
        ("Ten years ago, Atlantis rolled to a stop. The crew had undocked from the station on July 19.",
         date(2021, 7, 21), ["2011-07-19"]),
        # a retrospective headline sets the year of the whole article, planned dates included
        ("55 Years Ago: The Countdown Begins\nEngineers began the countdown on May 13. The launch was planned "
         "for May 18.\n\n" + "Other material without a date follows here. " * 40 + "The crew splashed down on May 26.",
         date(2024, 5, 20), ["1969-05-13", "1969-05-18", "1969-05-26"]),
        # a full date continues its story across sentences
        ("Atlantis rolled out on Sept. 4, 2008. The crew arrived on Sept. 21 for the countdown test.",
         date(2024, 5, 15), ["2008-09-04", "2008-09-21"]),
    ],
)
def test_timenorm_story_year_dates_yearless_dates(text, published, values):
    assert _date_values(text, published) == values


@pytest.mark.parametrize(
    ("text", "published", "values"),
    [
        # a year in passing does not set the scene
        ("The first servicing mission flew in 1993. The new crew arrived on May 8.", date(2024, 5, 15),
         ["2024-05-08"]),
        ("Launched in 2014, the satellite has observed droughts. It saw heavy rain on May 3.", date(2024, 5, 15),
         ["2024-05-03"]),
        # the article's own year brings the reference back
        ("In 2011, Atlantis flew the last mission. In 2024, the crew trained. They launched on March 3.",
         date(2024, 5, 15), ["2024-03-03"]),
        # the future of a news release is not the story's
        ("In 2011, Atlantis flew the last mission. The next crew will launch on Aug. 3.", date(2024, 5, 15),
         ["2024-08-03"]),
    ],
)
def test_timenorm_story_year_stays_with_the_article_time(text, published, values):
    assert _date_values(text, published) == values


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a clock time telling the past takes the day of the paragraph before
        ("The crowd gathered on the causeway on Wednesday night.\n\nAt 8:02 p.m. EDT the Falcon 9 lit up the pad.",
         date(2021, 9, 19), "2021-09-16T00:02:00Z"),
        # one that speaks of the present or future keeps the publication day
        ("The crowd gathered on the causeway on Wednesday night.\n\nCoverage begins at 8:02 p.m. EDT.",
         date(2021, 9, 19), "2021-09-20T00:02:00Z"),
        # a future clock time takes a future day of the paragraph before
        ("Three crew members will launch on Saturday, March 23, to the station.\n\nThey are scheduled to lift "
         "off at 8:36 a.m. EDT.", date(2024, 3, 22), "2024-03-23T12:36:00Z"),
        ("The crew returned to Earth yesterday.\n\nThe next flight is scheduled at 7:06 p.m. EDT.",
         date(2024, 3, 22), "2024-03-22T23:06:00Z"),
    ],
)
def test_timenorm_clock_takes_day_of_previous_paragraph_on_same_side(text, published, value):
    assert [t.value for t in find_times(text, published) if t.kind == "time"] == [value]


@pytest.mark.parametrize(
    ("text", "published", "values"),
    [
        # a retrospective's new paragraph returns to the headline's year after a date from another year
        ("40 Years Ago: The Repair Mission\nThe crew landed at Edwards.\n\nThe image was taken on May 4, 1986."
         "\n\nOn April 17, the duo took off from Edwards.", date(2024, 4, 20), ["1986-05-04", "1984-04-17"]),
        # a date naming an event ("the December 1968 crash") does not set the story's year
        ("55 Years Ago: Moon Training\nManagers certified the trainer following the December 1968 crash of "
         "its twin. Astronauts began flights in early June.", date(2024, 5, 15), ["1969-06"]),
    ],
)
def test_timenorm_retrospective_keeps_headline_year(text, published, values):
    times = find_times(text, published)
    assert [t.value for t in times if t.kind == "date" and t.precision in ("day", "month")
            and t.text not in ("December 1968",)] == values


def test_timenorm_retrospective_drops_undated_clock_time():
    """In a retrospective, a clock time no day of the story dates is not dated to the publication day."""
    text = "55 Years Ago: Apollo 10\nThe crew boarded the spacecraft.\n\nApollo 10 lifted off at 12:49 p.m. EDT."
    assert [t for t in find_times(text, date(2024, 5, 15)) if t.kind == "time"] == []


@pytest.mark.parametrize(
    ("tense", "value"),
    [
        ("past", "2021-02-13"),  # continues the story of April 2021... in a past sentence
        ("present", "2024-02-13"),  # "Reporters must request credentials by Feb. 13": the article's time
        ("future", "2024-02-13"),
    ],
)
def test_timenorm_story_year_only_for_past_sentences(tense, value):
    text = "He became deputy director in April 2021. Reporters request credentials by Feb. 13 at the center."
    times = find_times(text, date(2024, 2, 1), tense_of=lambda start, end: tense)
    assert [t.value for t in times if t.text == "Feb. 13"] == [value]


def test_timenorm_weekday_overrides_story_year():
    """A weekday that does not fit the story's year near it takes the year near the anchor that it fits."""
    text = "He became deputy director in April 2021. Reporters were asked to come by Tuesday, Feb. 13, to the center."
    assert [t.value for t in find_times(text, date(2024, 2, 1)) if t.precision == "day"] == ["2024-02-13"]


def test_timenorm_future_year_does_not_set_the_story():
    """A year after the anchor named in passing ("arrive in 2031") does not date what the text tells next."""
    text = "The probe will reach its target in July 2031. It made a close flyby of Jupiter on May 12."
    assert [t.value for t in find_times(text, date(2024, 5, 20)) if t.text == "May 12"] == ["2024-05-12"]
