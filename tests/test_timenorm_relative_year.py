"""A yearless date with a relative year beside it ("Oct. 19 last year", "March of last year") is one date in
that year counted from publication; "the previous month" with no date before it counts from publication;
"shortly before midnight" is the end of the stated day."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.timenorm import default_grammar, find_times


def _values(text: str, published: date) -> dict[str, str]:
    return {t.text: t.value for t in find_times(text, published) if t.kind in ("date", "time")}


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        ("The freighter arrived on Oct. 19 last year.", date(2016, 11, 20), "Oct. 19 last year", "2015-10-19"),
        ("The module was launched in March of last year.", date(2016, 3, 20), "March of last year", "2015-03"),
        ("The crew rotated on 4 June last year, as planned.", date(2021, 2, 1), "4 June last year", "2020-06-04"),
        ("A cargo ship will fly in May this year.", date(2016, 11, 20), "May this year", "2016-05"),
        ("The next crew flies in February next year.", date(2016, 11, 20), "February next year", "2017-02"),
        ("The module arrived in the fall of last year.", date(2020, 2, 3), "the fall of last year", "2019-FA"),
        ("The crew trained in spring this year.", date(2020, 7, 3), "spring this year", "2020-SP"),
        # a relative year after a comma still belongs to the date
        ("The station was boosted in July, last year.", date(2016, 3, 20), "July, last year", "2015-07"),
    ],
)
def test_timenorm_date_with_relative_year(text, published, expression, value):
    assert _values(text, published)[expression] == value


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        ("The previous month, the crew had replaced a pump.", date(2016, 3, 20), "The previous month", "2016-02"),
        ("Engineers found the leak the previous year.", date(2016, 3, 20), "the previous year", "2015"),
        # with a date before it, it counts from that date
        ("The pump failed on Jan. 10, 2014. The previous month had been quiet.", date(2016, 3, 20),
         "The previous month", "2013-12"),
    ],
)
def test_timenorm_previous_period_counts_from_publication(text, published, expression, value):
    assert _values(text, published)[expression] == value


def test_timenorm_previous_day_without_date_stays_unresolved():
    """"the previous day" with no day before it is not guessed from the publication date."""
    assert "the previous day" not in _values("The crew had packed the previous day.", date(2016, 3, 20))


def test_timenorm_history_previous_year_is_not_publication_relative():
    text = "The alliance was unpopular. The previous year had seen famine."
    timexes = default_grammar().find(text, date(2008, 1, 1), narrative=True)
    assert [t.value for t in timexes if t.text.lower() == "the previous year"] == []


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("The rocket lifted off on May 29 shortly before midnight Eastern time.", date(2024, 5, 31),
         "2024-05-30T03:59:00Z"),
        ("The rocket lifted off just before midnight EDT on May 29.", date(2024, 5, 31), "2024-05-30T03:59:00Z"),
        ("The capsule landed on June 5, just after midnight Moscow time.", date(2024, 6, 7),
         "2024-06-04T21:00:00Z"),
        ("The crew went to bed at midnight GMT on June 5.", date(2024, 6, 7), "2024-06-05T00:00:00Z"),
    ],
)
def test_timenorm_midnight_belongs_to_its_side_of_the_day(text, published, value):
    assert [t.value for t in find_times(text, published) if t.kind == "time"] == [value]
