"""An event a later day looks back on ("Today marks 45 years since the first launch", "Sunday is the 50th
anniversary of the docking") took place that day less the years counted, never on the day itself; with no
count ("for the first time since the launch") the day dates nothing. "Since April, when he arrived" is not
a look-back: the arrival is April."""

from __future__ import annotations

from datetime import date

import pytest


PUBLISHED = date(2026, 4, 12)  # a Sunday


@pytest.mark.parametrize("text,event_type,expected", [
    ("Today marks 45 years since the launch of Soyuz T-15.", "Launch", "1981-04-12"),
    ("Today marks 45 years since Soyuz T-15 lifted off from Baikonur.", "Launch", "1981-04-12"),
    ("Friday marked twenty years since the docking of Soyuz TMA-1.", "Docking", "2006-04-10"),
    ("Sunday is the 50th anniversary of the launch of Soyuz 19 from Baikonur.", "Launch", "1976-04-12"),
    ("This month marks ten years since the landing of Soyuz TMA-18M.", "Landing", "2016-04"),
    ("Today, for the first time since the launch of Soyuz TMA-2, the crew rested.", "Launch", None),
    ("Soyuz TMA-2 has been docked since April 9, when it arrived at the station.", "Docking", "2026-04-09"),
])
def test_time_look_back_counts_the_years(events_of, text, event_type, expected):
    found = [e.time.value if e.time else None for e in events_of(text, PUBLISHED) if e.type == event_type]
    assert found == [expected]
