"""``shift``: "about 30 hours later" resolved against the time of the event it follows."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.timenorm import find_times, parse_duration, shift


def _first(text: str, kind: str):
    return next(t for t in find_times(text, None) if t.kind == kind)


@pytest.mark.parametrize(
    ("base_text", "duration_text", "direction", "value", "precision"),
    [
        ("It launched at 09:12 GMT, 6 February 2020.", "It docked 30 hours later.", 1,
         "2020-02-07T15:12:00Z", "minute"),
        ("It launched at 09:12 GMT, 6 February 2020.", "It was fuelled 3 hours earlier.", -1,
         "2020-02-06T06:12:00Z", "minute"),
        ("It launched on 6 February 2020.", "It docked two days later.", 1, "2020-02-08", "day"),
        ("It launched on 6 February 2020.", "It docked 30 hours later.", 1, "2020-02-07", "day"),
        ("It launched in February 2020.", "It returned 6 months later.", 1, "2020-08", "month"),
        ("It launched on 30 January 2020.", "It returned a month later.", 1, "2020-02", "month"),  # 29 Feb
    ],
)
def test_timenorm_shift_moves_time_by_duration(base_text, duration_text, direction, value, precision):
    base = _first(base_text, "time" if "GMT" in base_text else "date")
    duration = _first(duration_text, "duration")
    shifted = shift(base, duration, direction)
    assert (shifted.value, shifted.precision) == (value, precision)
    assert shifted.relative and shifted.anchor.startswith("shift:")
    assert shifted.earliest.tzinfo is not None and shifted.earliest <= shifted.latest


def test_timenorm_shift_keeps_bounds_width():
    base = _first("It launched at 09:12 GMT, 6 February 2020.", "time")
    shifted = shift(base, _first("30 hours later", "duration"))
    assert shifted.earliest == datetime(2020, 2, 7, 15, 12, tzinfo=UTC)
    assert shifted.latest - shifted.earliest == base.latest - base.earliest


@pytest.mark.parametrize("value", ["PXD", "P", "tomorrow"])
def test_timenorm_parse_duration_rejects_vague_values(value):
    with pytest.raises(ValueError):
        parse_duration(value)


@pytest.mark.parametrize(("value", "hours"), [("PT30H", 30), ("P1DT6H", 30), ("PT7H45M", 7.75)])
def test_timenorm_parse_duration_reads_iso(value, hours):
    start = datetime(2020, 1, 1, tzinfo=UTC)
    assert (start + parse_duration(value) - start).total_seconds() == hours * 3600
