"""Entity conventions most gold sets share: numbered historic capsules are craft, a resupply flight's
number before "mission" is the Mission, programmes are Missions, and places of landings on Earth and Moon."""
import pytest


def _found(nlp, text: str) -> set[tuple[str, str]]:
    return {(e.type, e.label) for e in nlp(text)._.entities}


@pytest.mark.parametrize("text, expected", [
    ("Gemini 4 lifted off from Cape Kennedy with two astronauts aboard.", ("Spacecraft", "Gemini 4")),
    ("The NG-21 mission is the company's twenty-first cargo flight to the station.", ("Mission", "NG-21")),
    ("The capsule, flying on the CRS-29 resupply mission, reached the outpost a day later.",
     ("Mission", "CRS-29")),
    ("Accreditation opened for the 31st Commercial Resupply Services (CRS-31) mission on Monday.",
     ("Mission", "CRS-31")),
    ("As was usual in the Vostok programme, the pilot ejected before touchdown.", ("Mission", "Vostok programme")),
    ("STS-1 opened the Space Shuttle programme in 1981.", ("Mission", "Space Shuttle programme")),
    ("The cosmonaut came down in a field near Saratov after one orbit.", ("Place", "Saratov")),
    ("Recovery ships waited in the Pacific near Guadalupe Island for the capsule.", ("Place", "Guadalupe Island")),
    ("The lunar module set down in the Sea of Tranquility on Sunday.", ("Place", "Sea of Tranquility")),
    ("Artemis astronauts will fly around the Moon next year.", ("Place", "Moon")),
    ("The rocket rolled out to Gagarin Start at the Baikonur Cosmodrome on Saturday.", ("Place", "Gagarin Start")),
    ("The trio lifted off from the Baikonur cosmodrome in the spring.", ("Place", "Baikonur Cosmodrome")),
])
def test_entities_gold_conventions(nlp, text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(nlp, text), _found(nlp, text)


@pytest.mark.parametrize("text, unexpected", [
    ("Gemini 4 lifted off from Cape Kennedy with two astronauts aboard.", ("Mission", "Gemini 4")),
    ("The NG-21 mission is the company's twenty-first cargo flight to the station.", ("Spacecraft", "NG-21")),
    ("As was usual in the Vostok programme, the pilot ejected before touchdown.", ("Spacecraft", "Vostok")),
])
def test_entities_gold_conventions_not_the_other_type(nlp, text: str, unexpected: tuple[str, str]) -> None:
    assert unexpected not in _found(nlp, text)


def test_entities_cargo_capsule_beside_its_flight_is_dragon(nlp) -> None:
    """The craft is the Dragon the article writes; the CRS number before "mission" is the flight."""
    text = ("A SpaceX Dragon cargo capsule docked with the station on Sunday. The uncrewed capsule, flying on the "
            "CRS-29 resupply mission, launched on Friday. The Dragon carries new experiments. SpaceX also flies "
            "astronauts in its Crew Dragon capsules.")
    found = _found(nlp, text)
    assert ("Spacecraft", "Dragon") in found and ("Mission", "CRS-29") in found, found
    assert ("Spacecraft", "CRS-29") not in found, found


@pytest.mark.parametrize("text, key", [
    ("The Shenzhou crew will return to the Dongfeng landing site. Landing at Dongfeng is set for April.",
     "dongfeng-landing-site"),
    ("Edward White floated outside Gemini 4 for 23 minutes. Ed White later died in the Apollo 1 fire.", "ed-white"),
])
def test_entities_one_thing_one_entity(nlp, text: str, key: str) -> None:
    entities = nlp(text)._.entities
    same_type = [e for e in entities if e.type == next(x.type for x in entities if x.key == key)]
    assert [e.key for e in same_type].count(key) == 1 and len(same_type) == 1, [(e.key, e.label) for e in entities]


def test_entities_station_flight_number_is_the_serial_named(nlp) -> None:
    """NASA's flight number ('Progress 88') and the serial ('Progress MS-27') far apart are one craft; a
    number whose serial the article does not name stays its own craft."""
    text = ("Progress MS-27 lifted off on Thursday. Controllers expect Progress 88 to dock on Saturday, two days "
            "after Progress 86 left the station.")
    craft = {e.label: e.surface_forms for e in nlp(text)._.entities if e.type == "Spacecraft"}
    assert craft.get("Progress MS-27") == ["Progress MS-27", "Progress 88"] and "Progress 86" in craft, craft
