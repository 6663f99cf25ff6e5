"""A craft a sentence names only in passing is not the vehicle of its event.

Invented articles: a look-back whose launch sentence compares with another orbiter ("after Columbia:",
"unlike Columbia", "instead of Columbia"), and a crew launch whose sentence names another craft in a
purpose clause ("to leave room for the Starliner pair"), with the people who flew up on that other craft
kept off the launch.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import make_doc
from pipeline.model import Article

COMPARED = [
    "It was also first up after Columbia: STS-300, flown by Mary Ellen Weber, lifted off in June 2006.",
    "It did the same after Columbia: STS-300, commanded by Mary Ellen Weber, lifted off in June 2006.",
    "Unlike Columbia, STS-300 lifted off on time in June 2006.",
    "Instead of Columbia, STS-300 lifted off in June 2006 with Mary Ellen Weber in command.",
]

LOOK_BACK = """Remembering Atlantis

Atlantis returned the fleet to flight in 1989. {sentence}
"""

ROOM_LEFT = """Starliner leaves station

Starliner undocked from the station on Friday. Butch Wilmore and Suni Williams launched aboard Starliner on June 5. They will return to Earth in February aboard a SpaceX Dragon with the two members of the Crew-9 mission, Nick Hague and Aleksandr Gorbunov. Crew-9 is scheduled to launch no earlier than Nov. 24, flying two crew members instead of four to leave room for the Starliner pair.
"""


@pytest.fixture(scope="module")
def run(nlp):
    def extract(text: str):
        return nlp(make_doc(nlp, Article(id="passing-test", text=text, published=date(2025, 11, 1))))._.events
    return extract


@pytest.mark.parametrize("sentence", COMPARED)
def test_compared_craft_is_not_the_launch_vehicle(run, sentence):
    launches = [e for e in run(LOOK_BACK.format(sentence=sentence)) if e.type == "Launch" and "2006" in str(e.time and e.time.value)]
    assert all(e.spacecraft != "space-shuttle-columbia" for e in launches), launches


def test_craft_of_a_purpose_clause_is_not_guessed(run):
    launches = [e for e in run(ROOM_LEFT) if e.type == "Launch" and e.status == "planned"]
    assert [e.spacecraft for e in launches] == ["dragon"]


@pytest.mark.parametrize("person, aboard", [
    ("nick-hague", True),
    ("aleksandr-gorbunov", True),
    # launched on Starliner five months before: not aboard the Dragon's launch
    ("barry-wilmore", False),
    ("sunita-williams", False),
])
def test_people_launched_in_another_craft_stay_off(run, person, aboard):
    launch = next(e for e in run(ROOM_LEFT) if e.type == "Launch" and e.status == "planned")
    assert (person in launch.participants) == aboard
