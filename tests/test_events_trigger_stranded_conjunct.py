"""Return triggers the parse hides: a second infinitive conjoined to a date, and a return to a landing site.

Invented sentences: "is scheduled to undock on December 9 and land in Kazakhstan the same day" (the
parser conjoins 'land' to the date) and "will return to the Dongfeng landing site aboard their
Shenzhou-29 spaceship" (a landing site is no other destination; the craft is in an aboard phrase), or
"the Shenzhou-29 crew will return to the Dongfeng landing site"; not a return to the station or a city.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import make_doc
from pipeline.model import Article

SAME_DAY = """Soyuz MS-40 docks

Ivanov, Petrov and Smith, who arrived in April aboard the Soyuz MS-39, will hand over the station to the new crew. Their spacecraft is scheduled to undock on December 9 and land in Kazakhstan the same day.
"""

LANDING_SITE = """Shenzhou-30 docks

After the handover, the Shenzhou-29 crew will return to the Dongfeng landing site in north China aboard their Shenzhou-29 spaceship, the agency said.
"""

CREW_TO_SITE = """Shenzhou-30 docks

The Shenzhou-29 crew will return to the Dongfeng landing site early next month.
"""

TO_CITY = """Crew-20 back in Houston

After splashdown, the Crew-20 astronauts returned to Houston on Friday aboard a NASA aircraft.
"""

OTHER_CRAFT_ABOARD = """Expedition 90 crew

The Expedition 90 crew launched on STS-400 space shuttle Atlantis expecting to return on STS-401 space shuttle Columbia after a two and a half month stay.
"""

TO_STATION = """Soyuz relocated

The crew will return to the station aboard Soyuz MS-39 after the relocation on Tuesday.
"""


@pytest.fixture(scope="module")
def landings(nlp):
    def extract(text: str):
        doc = nlp(make_doc(nlp, Article(id="stranded-test", text=text, published=date(2025, 11, 1))))
        return [e for e in doc._.events if e.type == "Landing"]
    return extract


@pytest.mark.parametrize("field, value", [
    ("spacecraft", "soyuz-ms-39"),
    ("status", "planned"),
    ("place", "kazakhstan"),
])
def test_conjunct_after_a_date_is_a_landing(landings, field, value):
    found = landings(SAME_DAY)
    assert len(found) == 1 and getattr(found[0], field) == value


def test_conjunct_takes_the_first_verbs_day(landings):
    found = landings(SAME_DAY)
    assert len(found) == 1 and found[0].time is not None and found[0].time.value == "2025-12-09"


@pytest.mark.parametrize("field, value", [
    ("spacecraft", "shenzhou-29"),
    ("status", "planned"),
    ("place", "dongfeng-landing-site"),
])
def test_return_to_a_landing_site(landings, field, value):
    found = landings(LANDING_SITE)
    assert len(found) == 1 and getattr(found[0], field) == value


def test_return_aboard_another_craft_is_not_the_launch_crafts(landings):
    assert all(e.spacecraft != "space-shuttle-atlantis" for e in landings(OTHER_CRAFT_ABOARD))


def test_crew_return_to_a_landing_site(landings):
    assert [e.spacecraft for e in landings(CREW_TO_SITE)] == ["shenzhou-29"]


@pytest.mark.parametrize("text", [TO_STATION, TO_CITY])
def test_return_elsewhere_is_no_landing(landings, text):
    assert landings(text) == []
