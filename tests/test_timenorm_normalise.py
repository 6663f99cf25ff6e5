"""Normalisation of time expressions against a publication date (pipeline.timenorm, no spaCy)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pipeline.timenorm import default_grammar, find_times


def _only(text: str, published, tense: str | None = None):
    """The single time expression the grammar finds in ``text``."""
    tense_of = (lambda start, end: tense) if tense else None
    values = find_times(text, published, tense_of)
    assert len(values) == 1, [v.text for v in values]
    return values[0]


@pytest.mark.parametrize(
    ("text", "published", "value", "precision", "kind"),
    [
        # clock times with zones, converted to UTC; the parenthesised CET is the same instant
        ("He landed at 09:12 GMT (10:12 CET), 6 February 2020 in the steppe.", date(2020, 2, 10),
         "2020-02-06T09:12:00Z", "minute", "time"),
        ("The capsule landed at 0502 GMT on Thursday.", date(2018, 12, 20), "2018-12-20T05:02:00Z", "minute", "time"),
        ("Liftoff is set for 9:30 a.m. EDT on April 7.", date(2013, 3, 22), "2013-04-07T13:30:00Z", "minute", "time"),
        ("Launch came on 5 January 2021 at 4:15 p.m. EST.", None, "2021-01-05T21:15:00Z", "minute", "time"),
        ("Docking occurred on 3 March 2022 at 10:05 CDT.", None, "2022-03-03T15:05:00Z", "minute", "time"),
        ("The hatch opened on 3 March 2022 at 10:05 CST.", None, "2022-03-03T16:05:00Z", "minute", "time"),
        ("Liftoff was on 2 June 2021 at 11:00 PDT.", None, "2021-06-02T18:00:00Z", "minute", "time"),
        ("The burn began on 2 August 2021 at 14:00 CEST.", None, "2021-08-02T12:00:00Z", "minute", "time"),
        ("Signal came on 2 August 2021 at 14:00 BST.", None, "2021-08-02T13:00:00Z", "minute", "time"),
        ("The Soyuz launched on 9 April 2021 at 10:42 Moscow time.", None, "2021-04-09T07:42:00Z", "minute", "time"),
        ("The Soyuz launched on 9 April 2021 at 10:42 MSK.", None, "2021-04-09T07:42:00Z", "minute", "time"),
        ("Soyuz MS-22 launched at 6:54 p.m. Baikonur time (13:54 GMT) on 21 September 2022.", None,
         "2022-09-21T13:54:00Z", "minute", "time"),
        ("Soyuz MS-25 launched at 4:36 p.m. Baikonur time on 23 March 2024.", None,
         "2024-03-23T11:36:00Z", "minute", "time"),
        ("The H-IIB lifted off on 22 May 2020 at 02:31 JST.", None, "2020-05-21T17:31:00Z", "minute", "time"),
        ("The crew woke at 6:00 UTC on 12 May 2021.", None, "2021-05-12T06:00:00Z", "minute", "time"),
        ("Docking is at 12:00 UTC/14:00 CEST on 12 May 2021.", None, "2021-05-12T12:00:00Z", "minute", "time"),
        ("Docking is at 14h00 CEST on 12 May 2021.", None, "2021-05-12T12:00:00Z", "minute", "time"),
        # absolute dates at their precision
        ("The Dragon undocked on 30 September 2021.", date(2021, 10, 6), "2021-09-30", "day", "date"),
        ("The Dragon undocked on September 30, 2021.", None, "2021-09-30", "day", "date"),
        ("The hardware shipped in February 2020.", None, "2020-02", "month", "date"),
        ("The station was finished in 2011.", None, "2011", "year", "date"),
        ("The lander should fly in late 2026.", None, "2026", "year", "date"),
        ("Engineers tested it in the 1990s.", None, "199", "decade", "date"),
        ("Launch is targeted for Q3 2025.", None, "2025-Q3", "season", "date"),
        ("The record is dated 2019-07-16.", None, "2019-07-16", "day", "date"),
        ("The page was updated 25/03/2021 by the team.", None, "2021-03-25", "day", "date"),
        ("The page was updated 3/25/2021 by the team.", None, "2021-03-25", "day", "date"),
        ("It docked on Feb. 6, 2020 at 12:30 p.m. EST (1730 GMT).", None, "2020-02-06T17:30:00Z", "minute", "time"),
        # dates without a year: the year of the publication date, past or future by tense
        ("The Soyuz docked on 6 February.", date(2020, 2, 10), "2020-02-06", "day", "date"),
        ("The Soyuz will dock on 4 January.", date(2020, 12, 23), "2021-01-04", "day", "date"),
        ("The Soyuz docked on 28 December.", date(2021, 1, 3), "2020-12-28", "day", "date"),
        ("The crew will return in March.", date(2020, 12, 23), "2021-03", "month", "date"),
        # weekdays and relative words against the publication date
        ("The crew docked on Tuesday.", date(2020, 12, 23), "2020-12-22", "day", "date"),
        ("The crew will dock on Friday.", date(2020, 12, 23), "2020-12-25", "day", "date"),
        ("The crew docked yesterday.", date(2020, 12, 23), "2020-12-22", "day", "date"),
        ("The hatch opens tomorrow.", date(2020, 12, 31), "2021-01-01", "day", "date"),
        ("The undocking took place last week.", date(2021, 10, 6), "2021-W39", "week", "date"),
        ("Visitors arrive this week.", date(2021, 10, 6), "2021-W40", "week", "date"),
        ("The cargo arrived earlier this month.", date(2021, 10, 6), "2021-10", "month", "date"),
        ("The rover landed last month.", date(2021, 1, 6), "2020-12", "month", "date"),
        ("The module launches next year.", date(2021, 10, 6), "2022", "year", "date"),
        ("The mission ended two years ago.", date(2021, 10, 6), "2019", "year", "date"),
        ("The station was busy last summer.", date(2021, 10, 6), "2021-SU", "season", "date"),
        # durations and sets
        ("The spacewalk lasted 7 hours 45 minutes.", None, "PT7H45M", "minute", "duration"),
        ("The spacewalk lasted 6 hours and 13 minutes.", None, "PT6H13M", "minute", "duration"),
        ("She returned after a six-month mission.", None, "P6M", "month", "duration"),
        ("The crew spent 197 days in orbit.", None, "P197D", "day", "duration"),
        ("He served twenty-five years in the corps.", None, "P25Y", "year", "duration"),
        ("The module should be ready by the end of the year.", date(2021, 10, 6), "2021", "year", "date"),
        ("The capsule landed about 30 hours later.", None, "PT30H", "hour", "duration"),
        ("It lasted half an hour.", None, "PT30M", "minute", "duration"),
        ("The crew exercises twice a day.", None, "P1D", "day", "set"),
        ("Rent costs $5 per day.", None, "P1D", "day", "set"),
        ("The contract pays $100,000 a year.", None, "P1Y", "year", "set"),
        ("It was a year-long mission.", None, "P1Y", "year", "duration"),
        ("The crew had dinner on Christmas.", date(2020, 12, 28), "2020-12-25", "day", "date"),
        ("The supply ship comes every month.", None, "P1M", "month", "set"),
    ],
)
def test_timenorm_normalises_expression(text, published, value, precision, kind):
    time_value = _only(text, published)
    assert (time_value.value, time_value.precision, time_value.kind) == (value, precision, kind)


@pytest.mark.parametrize(
    ("text", "published", "value", "precision", "kind"),
    [
        # Soyuz MS-18: 12:42 p.m. Baikonur time = 07:42 UTC (Baikonur keeps Kyzylorda time, UTC+5 since
        # December 2018; Almaty time, UTC+6 until March 2024, is the landing towns')
        ("On 9 April 2021 the rocket rose from Baikonur at 12:42 p.m. local time.", None,
         "2021-04-09T07:42:00Z", "minute", "time"),
        ("On 17 April 2021 the capsule landed in Kazakhstan at 10:55 a.m. local time.", None,
         "2021-04-17T04:55:00Z", "minute", "time"),
        ("On 30 May 2020 Crew Dragon lifted off from Kennedy at 3:22 p.m. local time.", None,
         "2020-05-30T19:22:00Z", "minute", "time"),
        ("On 1 December 2020 the flight controllers in Houston met at 8:00 a.m. local time.", None,
         "2020-12-01T14:00:00Z", "minute", "time"),
        ("On 16 October 2021 Shenzhou 13 lifted off from Jiuquan at 00:23 local time.", None,
         "2021-10-15T16:23:00Z", "minute", "time"),
    ],
)
def test_timenorm_local_time_takes_zone_from_place_and_day_from_sentence(text, published, value, precision, kind):
    """A clock time in "local time" uses the zone of the place named nearby and the day its sentence gives."""
    times = [t for t in find_times(text, published) if t.kind == "time"]
    assert [(t.value, t.precision, t.kind) for t in times] == [(value, precision, kind)]


@pytest.mark.parametrize(
    ("text", "published", "earliest", "latest"),
    [
        ("It landed at 09:12 GMT, 6 February 2020.", None,
         datetime(2020, 2, 6, 9, 12, tzinfo=UTC), datetime(2020, 2, 6, 9, 12, 59, tzinfo=UTC)),
        ("It undocked last week.", date(2021, 10, 6),
         datetime(2021, 9, 27, tzinfo=UTC), datetime(2021, 10, 3, 23, 59, 59, tzinfo=UTC)),
        ("It shipped in February 2020.", None,
         datetime(2020, 2, 1, tzinfo=UTC), datetime(2020, 2, 29, 23, 59, 59, tzinfo=UTC)),
        ("It was finished in 2011.", None,
         datetime(2011, 1, 1, tzinfo=UTC), datetime(2011, 12, 31, 23, 59, 59, tzinfo=UTC)),
        ("It should fly in late 2026.", None,
         datetime(2026, 9, 1, tzinfo=UTC), datetime(2026, 12, 31, 23, 59, 59, tzinfo=UTC)),
        ("It flew in early December 2020.", None,
         datetime(2020, 12, 1, tzinfo=UTC), datetime(2020, 12, 10, 23, 59, 59, tzinfo=UTC)),
    ],
)
def test_timenorm_bounds_are_utc_and_cover_the_precision(text, published, earliest, latest):
    time_value = _only(text, published)
    assert (time_value.earliest, time_value.latest) == (earliest, latest)
    assert time_value.earliest.tzinfo is not None


@pytest.mark.parametrize(
    ("text", "published", "relative", "anchor"),
    [
        ("It undocked last week.", date(2021, 10, 6), True, "published"),
        ("It undocked on 30 September 2021.", date(2021, 10, 6), False, None),
    ],
)
def test_timenorm_marks_relative_expressions(text, published, relative, anchor):
    time_value = _only(text, published)
    assert (time_value.relative, time_value.anchor) == (relative, anchor)


@pytest.mark.parametrize(
    "text",
    [
        "The crew docked last week on Friday yesterday.",
        "It happened on Tuesday.",
    ],
)
def test_timenorm_drops_relative_expressions_without_anchor(text):
    assert find_times(text, None) == []


@pytest.mark.parametrize(
    "text",
    [
        "Children ages 6 months and older can be vaccinated.",
        "The 5-year-old watched the launch.",
        "He may be late, and you may march with them.",
        "ESA Director General Jan Woerner addressed the august assembly.",
        "A second attempt followed.",
        "The offensive stalled in the last week of the war.",
        "The rocket carried 1500 kilograms and 2300 people watched.",
        "Version 3.14 of the software was installed.",
        "The ratio was 03/04/2021 in that ambiguous notation.",
        "Call the newsroom at 202-358-1600 and quote release 2024-067.",
        "Data flows at 267 megabits per second to the ground.",
        "She decided she would be an astronaut one day.",
    ],
)
def test_timenorm_ignores_what_only_looks_like_a_time(text):
    assert [m.text for m in default_grammar().detect(text)] == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Liftoff happened at 09:12 GMT (10:12 CET), 6 February 2020 after a delay.",
         "09:12 GMT (10:12 CET), 6 February 2020"),
        ("He said on Friday, March 22, 2013 that the crew was fine.", "Friday, March 22, 2013"),
        ("Reported in the last week, officials said.", "the last week"),
    ],
)
def test_timenorm_span_covers_the_whole_expression(text, span):
    assert [m.text for m in default_grammar().detect(text)] == [span]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("He spoke on Friday.", datetime(2013, 3, 22, 18, 30, tzinfo=UTC), "2013-03-22"),
        ("He spoke on Friday.", date(2013, 3, 22), "2013-03-22"),
    ],
)
def test_timenorm_accepts_date_or_datetime_anchor(text, published, value):
    assert _only(text, published).value == value


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a weekday fixes the year of a yearless date, whatever the tense suggests
        ("Media day will take place on Tuesday, April 2.", date(2024, 5, 20), ["2024-04-02"]),
        # a range borrows the year stated at its end
        ("The conference runs from July 29 - Aug. 1, 2024.", None, ["2024-07-29", "2024-08-01"]),
        ("It ran from Dec. 30 to Jan. 2, 2021.", None, ["2020-12-30", "2021-01-02"]),
        # a history passage keeps the year of the full date it just gave
        ("Atlantis landed on Dec. 6, 1988. It arrived back at the Cape on Dec. 13.", date(2024, 5, 20),
         ["1988-12-06", "1988-12-13"]),
        # "the next day" counts from the last date the text gave, not from the publication date
        ("Crew Dragon launched on May 30. Endeavour docked to the station the next day.", date(2020, 12, 20),
         ["2020-05-30", "2020-05-31"]),
        ("It launched on 14 October 2020. The following year it returned.", date(2022, 1, 5),
         ["2020-10-14", "2021"]),
        ("The next day will be busy.", date(2020, 12, 20), []),
        ("The offensive opened in October 1920. On the 5th, the lines broke.", None, ["1920-10", "1920-10-05"]),
        ("He finished on the 5th.", None, []),
        ("The Soyuz launched on 14 March 2020. Later that day it docked.", date(2020, 12, 20),
         ["2020-03-14", "2020-03-14"]),
        # a schedule heading dates the clock times listed under it; the document's one zone applies
        ("Schedule:\n\nSunday, March 3:\n\n6:45 p.m. - Coverage begins\n\n10:53 p.m. EST - Launch\n",
         date(2024, 2, 28), ["2024-03-03", "2024-03-03T23:45:00Z", "2024-03-04T03:53:00Z"]),
        ("Schedule:\n\nSunday, March 3:\n\n6:45 p.m. - Coverage begins\n\n10:53 p.m. - Launch\n",
         date(2024, 2, 28), ["2024-03-03", "2024-03-03T18:45:00", "2024-03-03T22:53:00"]),
        # a time in the paragraph after a full date takes that date
        ("She returned on April 17, 2020. The Soyuz landed at 1:16 a.m. EDT.", date(2020, 4, 20),
         ["2020-04-17", "2020-04-17T05:16:00Z"]),
        # part-of-day words and trailing zones in parentheses
        ("Yesterday afternoon at 3:22 p.m. EDT, the rocket lifted off.", date(2020, 5, 31),
         ["2020-05-30T19:22:00Z"]),
        ("It splashed down at 10:33 p.m. EST last night.", date(2021, 11, 9), ["2021-11-09T03:33:00Z"]),
        ("It touched down at 9:56 a.m. Saturday (Beijing Time).", date(2022, 4, 16), ["2022-04-16T01:56:00Z"]),
        ("It separated at 0:44 a.m. Saturday. It landed at 9:56 a.m. (Beijing Time).", date(2022, 4, 16),
         ["2022-04-15T16:44:00Z", "2022-04-16T01:56:00Z"]),
        # the zone at the end of a clock range applies to its start
        ("Coverage runs on 8 April 2024 from 1 p.m. to 4 p.m. EDT.", None,
         ["2024-04-08", "2024-04-08T17:00:00Z", "2024-04-08T20:00:00Z"]),
    ],
)
def test_timenorm_context_resolves_yearless_dates_and_zoneless_clocks(text, published, expected):
    assert [t.value for t in find_times(text, published)] == expected


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Athens won at Marathon in 490 BC.", "BC0490", "DATE"),
        ("Carthage fell in 146 B.C. after a siege.", "BC0146", "DATE"),
        ("The expedition of 1957-58 crossed Antarctica.", "1958", "DATE"),
        ("Ceasefire talks went on for the following days.", "PXD", "DURATION"),
        ("He had worked there for years.", "PXY", "DURATION"),
        ("Troops moved in on the morning of December 28, 1979.", "1979-12-28TMO", "TIME"),
        ("The raid began at 9:34 p.m., March 19 EST.", "2013-03-19T21:34", "TIME"),
        ("In the past, the rule was different.", "PAST_REF", "DATE"),
        ("Police arrested him over the weekend.", "2013-W11-WE", "DATE"),
    ],
)
def test_timenorm_timex_values_beyond_the_graph(text, value, kind):
    """TIMEX3 values the TimeML output carries even where the graph has no use for them."""
    assert (value, kind) in [(t.value, t.type) for t in default_grammar().find(text, date(2013, 3, 22))]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # before Kazakhstan's 1 March 2024 change Baikonur already kept UTC+5 (NASA, Progress 87, Feb. 2024)
        ("The freighter is scheduled to launch at 8:25 a.m. Baikonur time on 15 February 2024.", "2024-02-15T03:25:00Z"),
        ("The rocket rose from Baikonur at 10:45 a.m. local time on 14 October 2020.", "2020-10-14T05:45:00Z"),
        # the landing towns kept Almaty time (UTC+6) until March 2024, UTC+5 after
        ("The capsule landed near Dzhezkazgan at 10:55 a.m. local time on 17 April 2021.", "2021-04-17T04:55:00Z"),
        ("The capsule landed near Dzhezkazgan at 12:17 p.m. local time on 6 April 2024.", "2024-04-06T07:17:00Z"),
    ],
)
def test_timenorm_kazakh_local_time_by_place_and_date(text, value):
    clocks = [t for t in find_times(text, None) if t.kind == "time"]
    assert [t.value for t in clocks] == [value]
