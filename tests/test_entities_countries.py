"""A country, state or region is a Place where something is or happens, not where it stands for a state,
a nationality or the larger area around another named place (sentences written for these tests)."""

from __future__ import annotations

import pytest


def _places(nlp, text: str) -> set[str]:
    return {e.label for e in nlp(text)._.entities if e.type == "Place"}


@pytest.mark.parametrize("text, country", [
    ("Engineers from Canada and Sweden met Ivan Petrenko of Norway before the launch.", "Norway"),
    ("The flight also carried an astronaut from Belgium to the orbiting laboratory.", "Belgium"),
    ("Talks between Brazil and the European partners continued after the docking.", "Brazil"),
    ("Agencies including NASA, Russia's Roscosmos and Japan's JAXA have flown crews.", "Russia"),
    ("The capsule lifted off from the Jiuquan Satellite Launch Center in northwest China.", "China"),
    ("The crew will return to the Dongfeng landing site in north China's Inner Mongolia.", "China"),
    ("The crew landed despite the war in Ukraine, officials said.", "Ukraine"),
    ("A test rover in Portugal was driven from the station.", "Portugal"),
    ("The minister signed the accords on behalf of Estonia at the ceremony.", "Estonia"),
    ("The module was built by Italy for the orbiting laboratory.", "Italy"),
    ("Students from West Virginia University built the payload that flew to the station.", "West Virginia"),
    ("The winners were Florida Atlantic University and Tarleton State University.", "Atlantic"),
    ("Students at the University of Central Florida built the payload.", "Florida"),
])
def test_entities_country_not_a_location(nlp, text: str, country: str) -> None:
    assert country not in _places(nlp, text)


@pytest.mark.parametrize("text, country", [
    ("The Soyuz capsule landed in Kazakhstan on Wednesday morning.", "Kazakhstan"),
    ("The rocket lifted off from the Baikonur Cosmodrome in Kazakhstan at dawn.", "Kazakhstan"),
    ("Flight controllers in Toulouse, France, followed the approach.", "France"),
    ("The trio landed southeast of the town of Dzhezkazgan, Kazakhstan, at noon.", "Kazakhstan"),
    ("The capsule came down on the steppe of Kazakhstan after a three-hour descent.", "Kazakhstan"),
    ("The Cygnus launched from Wallops Island, Virginia, on Tuesday night.", "Virginia"),
    ("The Falcon 9 lifted off from Cape Canaveral, Florida, at dawn.", "Florida"),
])
def test_entities_country_where_it_happens(nlp, text: str, country: str) -> None:
    assert country in _places(nlp, text)
