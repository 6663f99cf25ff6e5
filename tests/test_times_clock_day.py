"""Through the ``spacekg_times`` component (tense from the parse): clock times take the day their context
names, restated clock times give one instant, and evening times in US zones keep their UTC date."""

from __future__ import annotations

from datetime import date

import pytest


def _clock_values(nlp, text: str, published) -> list[str]:
    doc = nlp.make_doc(text)
    doc._.published = published
    for name, component in nlp.pipeline:
        doc = component(doc)
        if name == "spacekg_times":
            return [t.value for t in doc._.times if t.kind == "time"]
    raise AssertionError("spacekg_times is not in the pipeline")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The crew launched on Wednesday night from Florida. At 8:02 p.m. EDT the Falcon 9 lifted off.",
         date(2021, 9, 19), ["2021-09-16T00:02:00Z"]),
        ("Yesterday evening the four astronauts splashed down off Florida at 7:06 p.m. EDT.", date(2021, 9, 19),
         ["2021-09-18T23:06:00Z"]),
        ("The capsule landed at 10:31 p.m. EDT (02:31 UTC on May 14) in the Pacific.", date(2013, 5, 14),
         ["2013-05-14T02:31:00Z"]),
        ("The Cygnus will undock at 11:02 p.m. EDT on Friday, Oct. 4, and burn up over the Pacific.",
         date(2024, 10, 1), ["2024-10-05T03:02:00Z"]),
        ("The Cygnus undocked at 11:02 p.m. EDT on Friday, Oct. 4.", date(2024, 10, 7), ["2024-10-05T03:02:00Z"]),
        ("On Thursday the Dragon departed. It undocked at 8:58 p.m. CST.", date(2024, 12, 9),
         ["2024-12-06T02:58:00Z"]),
        ("Then on Sunday night the crew landed at 11:15 p.m. CDT.", date(2021, 9, 21), ["2021-09-20T04:15:00Z"]),
        ("Early this morning, at 5:40 a.m. EST, the ship undocked.", date(2021, 1, 19), ["2021-01-19T10:40:00Z"]),
        ("Last night at 9 p.m. Moscow time the Soyuz undocked.", date(2021, 1, 19), ["2021-01-18T18:00:00Z"]),
        ("The Soyuz landed at 10:31 p.m. EDT (2:31 a.m. GMT on Tuesday) in Kazakhstan.", date(2013, 5, 16),
         ["2013-05-14T02:31:00Z"]),
    ],
)
def test_times_clock_takes_day_then_converts_to_utc(nlp, text, published, expected):
    assert _clock_values(nlp, text, published) == expected
