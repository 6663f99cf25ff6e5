"""A story told over paragraphs: a yearless date in the paragraph after a full date of another year continues
that story when it falls within a few weeks of it (the flight goes on); a later month, a second paragraph
break or a story of the article's own time do not carry the year over."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.timenorm import find_times


def _day_values(text: str, published) -> list[str]:
    return [t.value for t in find_times(text, published) if t.kind == "date" and t.precision == "day"]


@pytest.mark.parametrize(
    ("text", "published", "values"),
    [
        # the next paragraph goes on with the flight: the same month, or the next one
        ("The orbiter rose from the pad on Nov. 28, 1983, with six aboard.\n\n"
         "The crew worked around the clock and landed on Dec. 8 in California.",
         date(2023, 11, 20), ["1983-11-28", "1983-12-08"]),
        ("The station crew launched on March 3, 2009.\n\nThey docked on March 5 and began unpacking.",
         date(2024, 5, 15), ["2009-03-03", "2009-03-05"]),
        # the story's month alone carries it too ("in November", then "on Dec. 2")
        ("The module was launched on Nov. 20, 1998, from Baikonur, and parked in orbit in November.\n\n"
         "The shuttle caught it on Dec. 2 after a two-day chase.",
         date(2025, 8, 1), ["1998-11-20", "1998-12-02"]),
    ],
)
def test_timenorm_story_year_crosses_one_paragraph_within_weeks(text, published, values):
    assert _day_values(text, published) == values


@pytest.mark.parametrize(
    ("text", "published", "values"),
    [
        # months later: news of the article's own time
        ("The orbiter rose from the pad on Feb. 3, 2009.\n\nThe new crew docked on May 9 with fresh supplies.",
         date(2024, 6, 1), ["2009-02-03", "2024-05-09"]),
        # two paragraphs on: the story has ended
        ("The orbiter rose from the pad on May 3, 2009.\n\nIt was a long mission.\n\n"
         "The new crew docked on May 9 with fresh supplies.",
         date(2024, 6, 1), ["2009-05-03", "2024-05-09"]),
        # a story of the article's own time is no other story
        ("The capsule launched on May 3, 2024.\n\nIt docked on May 5 with four aboard.",
         date(2024, 6, 1), ["2024-05-03", "2024-05-05"]),
    ],
)
def test_timenorm_story_year_stops_at_later_months_and_paragraphs(text, published, values):
    assert _day_values(text, published) == values
