"""An event's time has a precision the query contract states (minute, day, week, month, year): a season
or quarter becomes its year, a decade dates no event (``events_time.contract_time``). The time stage
itself keeps "2025-SP" for TimeML."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events_time import contract_time
from pipeline.timenorm import find_times


def _time(text: str, published: date):
    values = find_times(text, published)
    assert len(values) == 1, values
    return values[0]


@pytest.mark.parametrize("text,stage_value,event_value,event_precision", [
    ("The cargo craft will fly in spring 2025.", "2025-SP", "2025", "year"),
    ("The cargo craft will fly in the summer of 2026.", "2026-SU", "2026", "year"),
    ("The cargo craft will fly in the third quarter of 2027.", "2027-Q3", "2027", "year"),
    ("The cargo craft flew in the 1990s.", "199", None, None),
    ("The cargo craft flew on 3 May 2024.", "2024-05-03", "2024-05-03", "day"),
    ("The cargo craft flew in May 2024.", "2024-05", "2024-05", "month"),
])
def test_time_season_contract_event_precision(text, stage_value, event_value, event_precision):
    value = _time(text, date(2024, 10, 1))
    assert value.value == stage_value
    narrowed = contract_time(value)
    if event_value is None:
        assert narrowed is None
        return
    assert (narrowed.value, narrowed.precision) == (event_value, event_precision)
    if event_precision == "year":  # bounds widened to the whole year
        assert narrowed.earliest.isoformat().startswith(f"{event_value}-01-01T00:00:00")
        assert narrowed.latest.isoformat().startswith(f"{event_value}-12-31T23:59:59")


@pytest.mark.parametrize("text,expected", [
    ("Soyuz MS-27 is scheduled to launch from Baikonur in spring 2025.", "2025"),
    ("Soyuz MS-27 is scheduled to launch from Baikonur in the autumn of 2025.", "2025"),
    ("Soyuz MS-27 is scheduled to launch from Baikonur in April 2025.", "2025-04"),
])
def test_time_season_contract_never_reaches_an_event(events_of, text, expected):
    launches = [e for e in events_of(text, date(2024, 11, 20)) if e.type == "Launch"]
    assert [e.time.value if e.time else None for e in launches] == [expected]
