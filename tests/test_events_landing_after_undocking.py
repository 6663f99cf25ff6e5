"""A crew's planned landing told right after the undocking of their craft is that craft's landing.

Invented articles: "X, Y and Z are scheduled to undock in their Soyuz MS-39 spacecraft ... The trio will
land ..." (kept), and a crew's landing with no undocking before it in an article naming two craft
(the craft is not said: dropped, as before).
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import make_doc
from pipeline.model import Article

UNDOCK_THEN_LAND = """Station changes hands

Ivan Ivanov, fellow cosmonaut Pyotr Petrov and NASA astronaut John Smith are scheduled to undock from the station in their Soyuz MS-39 spacecraft at 3:54 a.m. EDT on Wednesday. The trio will land on the steppe of Kazakhstan at 7:17 a.m. EDT.
"""

NO_UNDOCKING = """Two Soyuz at the station

Ivan Ivanov, Pyotr Petrov and John Smith arrived at the station in March aboard the Soyuz MS-39. The Soyuz MS-40 docked on Tuesday.

Mission managers met on Monday to review the schedule for the rest of the year, including a new set of experiments and repairs.

Ivanov, Petrov and Smith will return to Earth next spring.
"""


@pytest.fixture(scope="module")
def landings(nlp):
    def extract(text: str):
        doc = nlp(make_doc(nlp, Article(id="undock-land-test", text=text, published=date(2025, 11, 1))))
        return [e for e in doc._.events if e.type == "Landing"]
    return extract


@pytest.mark.parametrize("field, value", [("spacecraft", "soyuz-ms-39"), ("status", "planned")])
def test_landing_after_undocking_kept(landings, field, value):
    found = landings(UNDOCK_THEN_LAND)
    assert len(found) == 1 and getattr(found[0], field) == value


def test_crew_landing_without_undocking_not_guessed(landings):
    assert all(e.spacecraft != "soyuz-ms-40" for e in landings(NO_UNDOCKING))
