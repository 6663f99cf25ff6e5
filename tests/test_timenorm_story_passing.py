"""News is set in its publication's time: a year told in passing (a relative clause, an aside, parentheses,
"first/previous/last ... in 2007", a background "By 2017,") does not move yearless dates to that year; a
scene-setting year holds for its own paragraph only, and even then a yearless date sides with the nearest
date written with its year; a retrospective headline ("Ten years since ...") sets the whole article."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.timenorm import find_times


def _values(text: str, published: date) -> dict[str, str]:
    return {t.text: t.value for t in find_times(text, published) if t.kind in ("date", "time")}


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        # a relative clause or an aside
        ("Peterson, who first commanded the outpost in October 2009, was back. The Soyuz launched on Oct. 19 "
         "from the steppe.", date(2018, 11, 20), "Oct. 19", "2018-10-19"),
        ("The laboratory, which the shuttle delivered in March 2008, got a new rack. The crew installed it on "
         "Nov. 4.", date(2019, 1, 10), "Nov. 4", "2018-11-04"),
        # parentheses
        ("The old pump (replaced in June 2015) failed again. Engineers fixed it on Dec. 2.",
         date(2020, 2, 3), "Dec. 2", "2019-12-02"),
        # "first / previous ... in" a month of another year
        ("She made her previous flight in May 2012. This mission docked on Nov. 22 after a two-day trip.",
         date(2020, 2, 3), "Nov. 22", "2019-11-22"),
        # a background fact is not the story's setting, and the next paragraph is news again
        ("By 2017, the coolant pumps had failed.\n\nOn Nov. 15, the crew opened the hatch.",
         date(2020, 2, 3), "Nov. 15", "2019-11-15"),
        ("In 2013, the tank was installed.\n\nThe crew worked on it again in October.",
         date(2020, 2, 3), "October", "2019-10"),
    ],
)
def test_timenorm_year_in_passing_keeps_publication_year(text, published, expression, value):
    assert _values(text, published)[expression] == value


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        # a scene-setter, but the nearest date with its year is the article's own time
        ("In 2017, engineers designed the new cooling kit. The crew fitted it during spacewalks on Nov. 22 and "
         "on Jan. 15, 2020.", date(2020, 2, 3), "Nov. 22", "2019-11-22"),
        # a scene-setter whose nearest full date agrees keeps the story's year
        ("In 2011, Atlantis flew the final shuttle mission. It lifted off on July 8, 2011, and undocked on "
         "July 19.", date(2021, 7, 21), "July 19", "2011-07-19"),
        # without any full date the scene-setter holds within its paragraph
        ("Back in 1998, the first module reached orbit. Endeavour arrived on Dec. 6 with the node.",
         date(2023, 3, 1), "Dec. 6", "1998-12-06"),
    ],
)
def test_timenorm_scene_year_is_consistent_with_nearest_full_date(text, published, expression, value):
    assert _values(text, published)[expression] == value


@pytest.mark.parametrize(
    ("headline", "published", "value"),
    [
        ("Ten years since wheels stop: the last orbiter comes home", date(2021, 7, 21), "2011-07-19"),
        ("50 years on: remembering the crew of the lunar module", date(2019, 7, 25), "1969-07-19"),
        ("Marking the 40th anniversary of the first shuttle flight", date(2021, 4, 12), "1981-07-19"),
    ],
)
def test_timenorm_retrospective_headline_counts_years_back(headline, published, value):
    text = f"{headline}\nThe orbiter undocked on July 19.\n\n" + "Other words fill this space. " * 50 + \
        "The crew had trained for years."
    assert _values(text, published)["July 19"] == value


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        # "first" as an adjective of the subject is the story itself, not a passing mention
        ("The first spacecraft for the test arrived at the Cape on Oct. 4, 1963. The rocket arrived on Oct. 26.",
         date(2024, 4, 8), "Oct. 26", "1963-10-26"),
        ("The last orbiter rolled out on Sept. 4, 2008. The crew arrived on Sept. 21 for the test.",
         date(2024, 5, 15), "Sept. 21", "2008-09-21"),
        # as an adverb it is a passing mention
        ("Lu, who first flew in September 2000, talked to students. He docked on Oct. 26 in a Soyuz.",
         date(2024, 4, 8), "Oct. 26", "2023-10-26"),
    ],
)
def test_timenorm_first_and_last_are_cues_only_as_adverbs(text, published, expression, value):
    assert _values(text, published)[expression] == value


def test_timenorm_far_away_full_date_does_not_overrule_retrospective():
    """Only a full date near the yearless one can side with the anchor: an update line at the end of a
    retrospective does not pull its story into the publication year."""
    text = ("55 Years Ago: The Countdown\nEngineers began the countdown on May 13.\n\n" + "More words here. " * 90 +
            "\n\nThis article was updated on May 10, 2024.")
    assert _values(text, date(2024, 5, 20))["May 13"] == "1969-05-13"


def test_timenorm_headline_about_now_is_not_a_retrospective():
    """"two years after launch" in a headline about today's landing is not a look back."""
    text = "Probe lands two years after launch\nThe lander touched down on July 19."
    assert _values(text, date(2024, 7, 21))["July 19"] == "2024-07-19"


def test_timenorm_history_writing_keeps_by_year_as_scene():
    """In history writing (narrative mode) "By 1954, ..." does set the scene for what follows."""
    from pipeline.timenorm import default_grammar
    text = "By 1954, the war had grown unpopular. The battle began on March 13 with an artillery attack."
    timexes = default_grammar().find(text, date(2010, 1, 1), narrative=True)
    assert [t.value for t in timexes if t.text == "March 13"] == ["1954-03-13"]
