"""'leave' is a departure only when what it leaves is no person: a craft leaving its crew behind is none.

Invented sentences: a capsule that came home empty, leaving its astronauts on the station, against a
capsule that left the station.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import make_doc
from pipeline.model import Article

LEFT_PEOPLE = """Capsule home

The Starliner capsule came back last week, leaving its two astronauts on the International Space Station until next year.
"""

LEFT_CREW = """Capsule home

The Starliner capsule came back last week, leaving the crew on the International Space Station.
"""

LEFT_STATION = """Capsule home

The Starliner capsule left the International Space Station on Friday.
"""


@pytest.fixture(scope="module")
def undockings(nlp):
    def extract(text: str):
        doc = nlp(make_doc(nlp, Article(id="leave-test", text=text, published=date(2024, 9, 14))))
        return [e for e in doc._.events if e.type == "Undocking"]
    return extract


@pytest.mark.parametrize("text, count", [(LEFT_PEOPLE, 0), (LEFT_CREW, 0), (LEFT_STATION, 1)])
def test_leaving_people_is_no_departure(undockings, text, count):
    assert len(undockings(text)) == count
