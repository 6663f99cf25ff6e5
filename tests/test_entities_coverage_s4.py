"""Coverage of flight names, people, places and companies news writes (session 4 audit): bare designations
("MS-23" beside "Soyuz MS-23"), Cygnus ship names with initials and quoted nicknames, older Cygnus and
Progress series, builders of station vehicles, shores named after a state, and the town beside a spaceport.
Sentences are written for these tests."""

from __future__ import annotations

import pytest


def _entities(nlp, text: str) -> list:
    return nlp(text)._.entities


def _by_key(nlp, text: str) -> dict:
    return {e.key: e for e in _entities(nlp, text)}


@pytest.mark.parametrize("text, key, bare", [
    ("The Soyuz MS-29 docked on Monday. The three will ride home on MS-29 next spring.", "soyuz-ms-29", "MS-29"),
    ("Progress MS-35 brought fuel and food. Controllers plan to undock MS-35 in June.", "progress-ms-35", "MS-35"),
    ("Two Progress freighters are docked. MS-36 will leave first, ground teams said.", "progress-ms-36", "MS-36"),
    ("The Soyuz crew flew home in TMA-21M after half a year aboard.", "soyuz-tma-21m", "TMA-21M"),
])
def test_entities_bare_designation_joins_its_vehicle(nlp, text: str, key: str, bare: str) -> None:
    found = _by_key(nlp, text)
    assert key in found, [(e.key, e.label) for e in found.values()]
    assert found[key].type == "Spacecraft"
    assert bare in {m.text for m in found[key].mentions}


@pytest.mark.parametrize("text", [
    "The MS-40 form must be filed before the end of the month.",
    "Police said the MS-13 gang was behind the robbery.",
])
def test_entities_bare_designation_needs_its_vehicle_named(nlp, text: str) -> None:
    assert not [e for e in _entities(nlp, text) if e.type == "Spacecraft"]


@pytest.mark.parametrize("text, label", [
    ("Cargo arrived aboard the S.S. Francis R. 'Dick' Scobee on Tuesday.", "S.S. Francis R. 'Dick' Scobee"),
    ("The S.S. J.R. Thompson was released from the arm.", "S.S. J.R. Thompson"),
    ("Crews unpacked the S.S. C. Gordon Fullerton over the weekend.", "S.S. C. Gordon Fullerton"),
    ("The S.S. Sally Ride's hatch was opened a day after capture.", "S.S. Sally Ride"),
])
def test_entities_cygnus_ship_names(nlp, text: str, label: str) -> None:
    labels = {e.label for e in _entities(nlp, text) if e.type == "Spacecraft"}
    assert label in labels, labels


@pytest.mark.parametrize("text, entity_type, label", [
    ("Orb-3 was lost seconds after liftoff.", "Spacecraft", "Orb-3"),
    ("The OA-8E flight was the last of its series from Wallops.", "Spacecraft", "OA-8E"),
    ("Progress M1-7 delivered oxygen to the outpost.", "Spacecraft", "Progress M1-7"),
    ("Gemini 6A met Gemini 7 in orbit.", "Spacecraft", "Gemini 6A"),
    ("Galactic 05 carried three researchers to the edge of space.", "Mission", "Galactic 05"),
    ("ISRO moved the Gaganyaan-G1 flight to next year.", "Mission", "Gaganyaan-G1"),
])
def test_entities_more_naming_schemes(nlp, text: str, entity_type: str, label: str) -> None:
    found = {(e.type, e.label) for e in _entities(nlp, text)}
    assert (entity_type, label) in found, found


@pytest.mark.parametrize("text, key", [
    ("Mitsubishi Heavy Industries, Ltd. (MHI) built the H-IIB that lofted the freighter.", "mitsubishi-heavy-industries"),
    ("The rocket was assembled by China Aerospace Science and Technology Corporation engineers.", "casc"),
    ("Khrunichev builds the Angara rockets flown from Plesetsk.", "khrunichev"),
])
def test_entities_vehicle_builders_are_agencies(nlp, text: str, key: str) -> None:
    found = _by_key(nlp, text)
    assert key in found and found[key].type == "SpaceAgency", [(e.key, e.type) for e in found.values()]


def test_entities_company_suffix_keeps_its_period(nlp) -> None:
    found = _by_key(nlp, "JAXA and Mitsubishi Heavy Industries, Ltd. announced the date.")
    assert found["mitsubishi-heavy-industries"].label in {"Mitsubishi Heavy Industries",
                                                          "Mitsubishi Heavy Industries, Ltd."}


@pytest.mark.parametrize("text, label", [
    ("Endurance will undock on Monday and splash down off the California coast.", "California coast"),
    ("Rough seas along the Florida coast kept the capsule docked for two more days.", "Florida coast"),
    ("The crew launched from Florida and will splash down off the Florida coast.", "Florida"),
])
def test_entities_coast_is_the_state_with_its_own_label(nlp, text: str, label: str) -> None:
    places = [e for e in _entities(nlp, text) if e.type == "Place"]
    assert len(places) == 1, [(e.key, e.label) for e in places]
    assert places[0].key in {"california", "florida"}
    assert places[0].label == label


def test_entities_kourou_is_the_town_beside_the_spaceport(nlp) -> None:
    text = "The cargo ship lifted off from Europe's Spaceport in Kourou, French Guiana, on an Ariane 5."
    keys = {e.key for e in _entities(nlp, text) if e.type == "Place"}
    assert {"guiana-space-centre", "kourou", "french-guiana"} <= keys, keys


@pytest.mark.parametrize("text, key", [
    ("Vic Glover said the view of the Moon was unforgettable.", "victor-glover"),
    ("Nicole Aunapu Mann commanded the flight.", "nicole-mann"),
    ("Pablo Álvarez trained for a spacewalk in the pool.", "pablo-alvarez-fernandez"),
])
def test_entities_people_under_their_news_names(nlp, text: str, key: str) -> None:
    found = _by_key(nlp, text)
    assert key in found and found[key].type == "Astronaut", [(e.key, e.label) for e in found.values()]


def test_entities_named_orion_capsule(nlp) -> None:
    text = "The Artemis II astronauts named their Orion capsule Integrity before the flight."
    found = _by_key(nlp, text)
    assert "orion-integrity" in found, [(e.key, e.label) for e in found.values()]


@pytest.mark.parametrize("text", [
    "The prime minister of Japan congratulated the crew on the flight.",
    "The Prime Minister of India met the astronaut after landing.",
])
def test_entities_country_after_a_head_of_government_is_no_place(nlp, text: str) -> None:
    assert not [e for e in _entities(nlp, text) if e.type == "Place"]


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_entities_possessive_agency_prefix_either_apostrophe(nlp, apostrophe: str) -> None:
    text = f"Boeing{apostrophe}s Starliner docked with the space station on Thursday."
    found = {(e.type, e.label) for e in _entities(nlp, text)}
    assert ("SpaceAgency", "Boeing") in found and ("Spacecraft", "Starliner") in found, found


@pytest.mark.parametrize("text, key", [
    ("The Nova-C lander named Odysseus settled near a crater close to the lunar south pole.", "odysseus-lander"),
    ("Firefly's Blue Ghost lander reached the Moon's surface on a Sunday morning.", "blue-ghost"),
    ("Astrobotic's Peregrine lander never reached the Moon after a leak.", "peregrine-lander"),
    ("JAXA's SLIM lander came to rest on its nose, its solar cells facing west.", "slim"),
    ("China's Chang'e-6 probe brought samples home from the far side.", "change-6"),
    ("India's Chandrayaan-3 put its lander down near the south pole.", "chandrayaan-3"),
])
def test_entities_robotic_lunar_landers(nlp, text: str, key: str) -> None:
    found = _by_key(nlp, text)
    assert key in found and found[key].type == "Spacecraft", [(e.key, e.label) for e in found.values()]


@pytest.mark.parametrize("text", [
    "Odysseus sailed home after ten years, and Athena watched over him.",
    "A firefly blinked over the lawn; Firefly lights glowed in the dusk.",
])
def test_entities_lander_names_need_their_context(nlp, text: str) -> None:
    assert not [e for e in _entities(nlp, text) if e.type in {"Spacecraft", "SpaceAgency"}]


@pytest.mark.parametrize("text, key", [
    ("Chris Birch trained in the pool ahead of her first assignment.", "christina-birch"),
    ("Nora AlMatrooshi completed her training in Houston.", "nora-al-matrooshi"),
    ("Katy Perry and Gayle King floated in the cabin for a few minutes.", "katy-perry"),
    ("Shux said the view of India from orbit moved him.", "shubhanshu-shukla"),
])
def test_entities_recent_flyers_and_candidates(nlp, text: str, key: str) -> None:
    found = _by_key(nlp, text)
    assert key in found and found[key].type == "Astronaut", [(e.key, e.label) for e in found.values()]


@pytest.mark.parametrize("text, key", [
    ("The Long March rocket lifted off from Xichang before dawn.", "xichang-satellite-launch-center"),
    ("The recovery ship brought the capsule back to Port Canaveral on Friday.", "port-canaveral"),
])
def test_entities_more_launch_and_recovery_places(nlp, text: str, key: str) -> None:
    found = _by_key(nlp, text)
    assert key in found and found[key].type == "Place", [(e.key, e.label) for e in found.values()]


@pytest.mark.parametrize("listed, kept", [
    ("robert-gilruth\n", {"jane-flyer"}),
    ("# nobody to remove\n\n", {"jane-flyer", "robert-gilruth"}),
    ("robert-gilruth  # directed the programme, never flew\n", {"jane-flyer"}),
])
def test_entities_build_drops_listed_non_flyers(tmp_path, listed: str, kept: set) -> None:
    from pipeline.gazetteer_build import without_non_flyers

    path = tmp_path / "not-astronauts.txt"
    path.write_text(listed, encoding="utf-8")
    records = [{"id": "jane-flyer", "name": "Jane Flyer"}, {"id": "robert-gilruth", "name": "Robert Gilruth"}]
    assert {r["id"] for r in without_non_flyers(records, path)} == kept


def test_entities_programme_director_is_no_astronaut(nlp) -> None:
    text = "Robert Gilruth, who led the Space Task Group, chose the first seven."
    assert not [e for e in _entities(nlp, text) if e.type == "Astronaut"]


@pytest.mark.parametrize("text, names", [
    ("The crew is made up of Zhao Minghe, Sun Lixin and Qian Yuhang.", {"Zhao Minghe", "Sun Lixin", "Qian Yuhang"}),
    ("The Shenzhou-30 crew, made up of Zhao Minghe and Sun Lixin, entered the core module.",
     {"Zhao Minghe", "Sun Lixin"}),
    ("The crew consists of commander Pavel Drozdov, Ilya Kuznetsov and Mary Tanner.",
     {"Pavel Drozdov", "Ilya Kuznetsov", "Mary Tanner"}),
])
def test_entities_unknown_crew_in_a_composition_phrase(nlp, text: str, names: set) -> None:
    people = {e.label for e in _entities(nlp, text) if e.type == "Astronaut"}
    assert names <= people, people


def test_entities_composition_of_something_else_is_no_crew(nlp) -> None:
    text = "The review board is made up of John Smith, Mary Jones and Peter Brown."
    assert not [e for e in _entities(nlp, text) if e.type == "Astronaut"]


@pytest.mark.parametrize("text, names", [
    ("The three taikonauts, Zhao Minghe, Sun Lixin and Qian Yuhang, waved before boarding.",
     {"Zhao Minghe", "Sun Lixin", "Qian Yuhang"}),
    ("Two astronauts, Jane Doerfler and John Roebling, will fly next spring.", {"Jane Doerfler", "John Roebling"}),
])
def test_entities_plural_title_then_comma_list(nlp, text: str, names: set) -> None:
    people = {e.label for e in _entities(nlp, text) if e.type == "Astronaut"}
    assert names <= people, people


def test_entities_plural_title_then_comma_clause_is_no_list(nlp) -> None:
    text = "The astronauts, NASA said, were in good health after the landing."
    assert not [e for e in _entities(nlp, text) if e.type == "Astronaut"]


@pytest.mark.parametrize("text, name", [
    ("Soyuz MS-30 commander Pavel Drozdov docked the ship by hand.", "Pavel Drozdov"),
    ("Crew-13 pilot Jane Doerfler said the view was stunning.", "Jane Doerfler"),
    ("Shenzhou-23 commander Zhao Minghe opened the hatch.", "Zhao Minghe"),
])
def test_entities_flight_role_before_a_name(nlp, text: str, name: str) -> None:
    assert name in {e.label for e in _entities(nlp, text) if e.type == "Astronaut"}


def test_entities_bare_role_is_no_crew_title(nlp) -> None:
    assert not [e for e in _entities(nlp, "Navy Commander John Smith thanked the sailors.") if e.type == "Astronaut"]


@pytest.mark.parametrize("text, key", [
    ("Northrop Grumman's NG CRS-24 flight launched a Cygnus from Florida.", "ng-24"),
    ("SpaceX CRS-34 docked to the Harmony module.", "crs-34"),
])
def test_entities_resupply_contract_numbers_name_the_right_vehicle(nlp, text: str, key: str) -> None:
    assert key in _by_key(nlp, text), [(e.key, e.label) for e in _entities(nlp, text)]


@pytest.mark.parametrize("text, key", [
    ("During Apollo 10, Stafford and Cernan flew the lunar module Snoopy close to the Moon.", "apollo-10-lm"),
    ("On Apollo 9 the crew tested Spider in Earth orbit while Scott stayed in Gumdrop.", "apollo-9-cm"),
])
def test_entities_apollo_module_call_signs(nlp, text: str, key: str) -> None:
    assert key in _by_key(nlp, text), [(e.key, e.label) for e in _entities(nlp, text)]


def test_entities_shuttle_columbia_stays_the_shuttle_beside_apollo(nlp) -> None:
    text = "The crews of Apollo 1, Challenger STS-51L and Columbia STS-107 were honoured."
    keys = {e.key for e in _entities(nlp, text)}
    assert "space-shuttle-columbia" in keys, keys
