"""Roles told across an article: the launch or landing site over the area around it, crews carried to
the flight a neighbouring sentence is about, and commanders of a handover (all sentences written for
these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events_roles import site_of
from test_events_support import annotate, run_events

THINGS = [
    ("Soyuz MS-90", "Spacecraft", "soyuz-ms-90"),
    ("Crew Dragon Valiant", "Spacecraft", "crew-dragon-valiant"),
    ("Valiant", "Spacecraft", "crew-dragon-valiant"),
    ("Marta Ilves", "Astronaut", "marta-ilves"),
    ("Pavel Dorin", "Astronaut", "pavel-dorin"),
    ("Kenji Arata", "Astronaut", "kenji-arata"),
    ("International Space Station", "SpaceStation", "international-space-station"),
    ("Florida", "Place", "florida"),
    ("Kazakhstan", "Place", "kazakhstan"),
    ("Launch Complex 39A", "Place", "launch-complex-39a"),
    ("Baikonur Cosmodrome", "Place", "baikonur-cosmodrome"),
    ("Gulf of Mexico", "Place", "gulf-of-mexico"),
    ("Pensacola", "Place", "pensacola"),
]


def events_of(nlp, text: str):
    return run_events(nlp, annotate(nlp, text, THINGS, [], date(2025, 3, 1)))._.events


@pytest.mark.parametrize("first,second,expected", [
    ("florida", "launch-complex-39a", "launch-complex-39a"),
    ("launch-complex-39a", "florida", "launch-complex-39a"),
    ("pensacola", "gulf-of-mexico", "gulf-of-mexico"),
    ("kazakhstan", "baikonur-cosmodrome", "baikonur-cosmodrome"),
    ("launch-complex-39a", "baikonur-cosmodrome", "launch-complex-39a"),  # two sites: the first told
    ("florida", "kazakhstan", "florida"),  # two areas: the first told
    (None, "florida", "florida"),
])
def test_events_roles_s4_site_over_area(first, second, expected):
    assert site_of(first, second) == expected


@pytest.mark.parametrize("text,event_type,expected", [
    ("Crew Dragon Valiant lifted off from Florida on Sunday. The spacecraft lifted off from Launch Complex 39A "
     "atop a Falcon 9 rocket.", "Launch", "launch-complex-39a"),
    ("Valiant splashed down off Pensacola on Tuesday. Valiant splashed down in the Gulf of Mexico "
     "shortly after sunrise.", "Landing", "gulf-of-mexico"),
])
def test_events_roles_s4_merged_event_keeps_the_site(nlp, text, event_type, expected):
    places = [e.place for e in events_of(nlp, text) if e.type == event_type]
    assert places == [expected]


CREW_THINGS = THINGS + [
    ("Soyuz MS-91", "Spacecraft", "soyuz-ms-91"),
    ("Shenzhou-40", "Spacecraft", "shenzhou-40"),
    ("Shenzhou-13", "Spacecraft", "shenzhou-13"),
    ("Crew Dragon Horizon", "Spacecraft", "crew-dragon-horizon"),
    ("Dragon Horizon", "Spacecraft", "crew-dragon-horizon"),
    ("Tiangong", "SpaceStation", "tiangong"),
    ("Crew-31", "Mission", "crew-31"),
    ("Lena Varga", "Astronaut", "lena-varga"),
    ("Varga", "Astronaut", "lena-varga"),
    ("Omar Haddad", "Astronaut", "omar-haddad"),
    ("Igor Sedov", "Astronaut", "igor-sedov"),
    ("Nora Quist", "Astronaut", "nora-quist"),
]


def crew_events(nlp, text: str):
    doc = run_events(nlp, annotate(nlp, text, CREW_THINGS, [], date(2025, 3, 1)))
    return {(e.type, e.spacecraft): sorted(e.participants) for e in doc._.events}


@pytest.mark.parametrize("text,craft,crew", [
    # a sentence naming nobody between the launch and the list of who is on board
    ("A Soyuz rocket carrying the Soyuz MS-90 spacecraft lifted off from the Baikonur Cosmodrome on "
     "Tuesday. It was already evening at the launch site. On board are cosmonauts Marta Ilves and Pavel "
     "Dorin and astronaut Kenji Arata.", "soyuz-ms-90", ["kenji-arata", "marta-ilves", "pavel-dorin"]),
    # "the crew is made up of"
    ("Shenzhou-40 lifted off from Jiuquan before dawn and docked with Tiangong six hours later. The crew "
     "is made up of Lena Varga, Omar Haddad and Igor Sedov.", "shenzhou-40",
     ["igor-sedov", "lena-varga", "omar-haddad"]),
])
def test_events_roles_s4_crew_listed_near_the_launch(nlp, text, craft, crew):
    events = crew_events(nlp, text)
    assert events.get(("Launch", craft)) == crew


@pytest.mark.parametrize("text", [
    "Crew Dragon Valiant splashed down off Florida on Tuesday with Marta Ilves, Pavel Dorin and Kenji "
    "Arata aboard. Before leaving, the crew welcomed the Crew-31 team (Lena Varga, Omar Haddad and Igor "
    "Sedov), whose Dragon Horizon docked last week.",
])
def test_events_roles_s4_greeted_crew_of_their_own_craft(nlp, text):
    events = crew_events(nlp, text)
    assert events[("Landing", "crew-dragon-valiant")] == ["kenji-arata", "marta-ilves", "pavel-dorin"]
    assert events[("Docking", "crew-dragon-horizon")] == ["igor-sedov", "lena-varga", "omar-haddad"]


@pytest.mark.parametrize("text,craft,station", [
    ("Shenzhou-40 docked with the forward port of the core module at 11:00 a.m. Hours later the crew "
     "floated into Tiangong.", "shenzhou-40", "tiangong"),
    ("The International Space Station is getting busy. Soyuz MS-91 docked at 9:12 p.m. on Friday.",
     "soyuz-ms-91", "international-space-station"),
])
def test_events_roles_s4_docking_reaches_the_article_station(nlp, text, craft, station):
    doc = run_events(nlp, annotate(nlp, text, CREW_THINGS, [], date(2025, 3, 1)))
    dockings = [e for e in doc._.events if e.type == "Docking" and e.spacecraft == craft]
    assert [e.to for e in dockings] == [station]


@pytest.mark.parametrize("text", [
    "An uncrewed Soyuz docked with the International Space Station on Sunday to bring three people home. "
    "Soyuz MS-91 had lifted off from the Baikonur Cosmodrome on Friday. Marta Ilves, Pavel Dorin and Kenji "
    "Arata will return to Earth on Soyuz MS-91 in September.",
])
def test_events_roles_s4_craft_that_docked_empty_launched_empty(nlp, text):
    events = crew_events(nlp, text)
    assert events.get(("Launch", "soyuz-ms-91")) == []
    assert events.get(("Landing", "soyuz-ms-91")) == ["kenji-arata", "marta-ilves", "pavel-dorin"]


@pytest.mark.parametrize("text", [
    "Soyuz MS-91 docked on Friday. The station now hosts seven people: Marta Ilves, Pavel Dorin and Kenji "
    "Arata, who arrived on Soyuz MS-91, and the four members of the Crew-31 mission, among them Lena Varga "
    "and Omar Haddad.",
])
def test_events_roles_s4_other_missions_members_not_aboard(nlp, text):
    events = crew_events(nlp, text)
    assert events.get(("Docking", "soyuz-ms-91")) == ["kenji-arata", "marta-ilves", "pavel-dorin"]


COMMAND_THINGS = [
    ("Renata Solberg", "Astronaut", "renata-solberg"),
    ("Hiroaki Tanabe", "Astronaut", "hiroaki-tanabe"),
    ("Grace Whitlow", "Astronaut", "grace-whitlow"),
    ("International Space Station", "SpaceStation", "international-space-station"),
]


@pytest.mark.parametrize("text,expected", [
    # "Hiro" is not recognised as a name; it is the short form of Hiroaki Tanabe's first name
    ("Renata Solberg took over as commander of the International Space Station today. She succeeds "
     "Hiroaki Tanabe. Hiro had led the crew since May, when he took over from Grace Whitlow.",
     {("hiroaki-tanabe", "renata-solberg"), ("grace-whitlow", "hiroaki-tanabe")}),
    # "Ren" begins no first name of the article: no guess
    ("Renata Solberg took over as commander of the International Space Station today. She succeeds "
     "Hiroaki Tanabe. Bo had led the crew since May, when he took over from Grace Whitlow.",
     {("hiroaki-tanabe", "renata-solberg")}),
])
def test_events_roles_s4_handover_by_short_first_name(nlp, text, expected):
    doc = run_events(nlp, annotate(nlp, text, COMMAND_THINGS, [], date(2025, 3, 1)))
    handovers = {(e.from_, e.to) for e in doc._.events if e.type == "ChangeOfCommand" and e.from_ and e.to}
    assert handovers == expected


FILLER = ("The countdown went smoothly and the weather held for the whole evening. Engineers in the firing room "
          "watched the data come in and reported no problems with the vehicle or the ground systems. ") * 3


@pytest.mark.parametrize("text", [
    "Crew Dragon Valiant lifted off from Launch Complex 39A on Sunday night. " + FILLER
    + "Their arrival will let the four astronauts of Crew-31, who launched last August, head home.",
])
def test_events_roles_s4_other_missions_launch_is_not_the_lead_launch(nlp, text):
    doc = run_events(nlp, annotate(nlp, text, CREW_THINGS, [], date(2025, 3, 1)))
    launches = [e for e in doc._.events if e.type == "Launch"]
    assert [(e.spacecraft, e.mission) for e in launches] == [("crew-dragon-valiant", None)]


@pytest.mark.parametrize("text,crew", [
    # "who also flew on X": another flight of his; he was aboard this one too
    ("Shenzhou-40 lifted off from Jiuquan on Thursday night. Commander Lena Varga and crew members Omar "
     "Haddad and Igor Sedov are in good health. Varga, who also flew on Shenzhou-13, is the most experienced "
     "member.", ["igor-sedov", "lena-varga", "omar-haddad"]),
    # "who had arrived on X": the craft she came up in, so she was not aboard this launch
    ("Shenzhou-40 lifted off from Jiuquan on Thursday night with Omar Haddad and Igor Sedov aboard. They "
     "will join Lena Varga, who had arrived on Soyuz MS-91 in March.", ["igor-sedov", "omar-haddad"]),
])
def test_events_roles_s4_career_flight_says_nothing_of_this_one(nlp, text, crew):
    assert crew_events(nlp, text).get(("Launch", "shenzhou-40")) == crew


@pytest.mark.parametrize("text,expected", [
    ("the Shenzhou-40 crew of Lena Varga, Omar Haddad and Igor Sedov greeted them",
     ["lena-varga", "omar-haddad", "igor-sedov"]),
    ("the Shenzhou-40 crew of Lena Varga, commander Omar Haddad and Igor Sedov greeted them",
     ["lena-varga", "omar-haddad", "igor-sedov"]),
    ("the Shenzhou-40 crew of Lena Varga greeted Omar Haddad and Igor Sedov", ["lena-varga"]),
])
def test_events_roles_s4_crew_phrase_list_continues_on_the_surface(nlp, text, expected):
    """The parser may hang the rest of "the crew of X, Y and Z" on the verb: the surface list goes on."""
    from pipeline.components.events import _with_list_continued

    doc = annotate(nlp, text, CREW_THINGS, [], date(2025, 3, 1))
    people = [span for span in doc.ents if span.label_ == "Astronaut"]
    words = nlp.get_pipe("spacekg_events").lexicon.roles
    assert [p._.entity_key for p in _with_list_continued(people[:1], people, words)] == expected


@pytest.mark.parametrize("text,crew", [
    ("Marta Ilves flew with Pavel Dorin and Kenji Arata. Their Crew Dragon Valiant lifted off from Launch "
     "Complex 39A at dawn on Tuesday.", ["kenji-arata", "marta-ilves", "pavel-dorin"]),
    ("Marta Ilves flew with Pavel Dorin and Kenji Arata. Their spacecraft lifted off from Launch Complex 39A "
     "at dawn on Tuesday, and Crew Dragon Valiant docked the next day.", ["kenji-arata", "marta-ilves", "pavel-dorin"]),
])
def test_events_roles_s4_craft_owned_by_their_crew(nlp, text, crew):
    launches = [e for e in events_of_crew(nlp, text) if e.type == "Launch"]
    assert [sorted(e.participants) for e in launches] == [crew]


def events_of_crew(nlp, text, things=CREW_THINGS):
    return run_events(nlp, annotate(nlp, text, things, [], date(2025, 3, 1)))._.events


@pytest.mark.parametrize("text", [
    "Crew Dragon Valiant docked with the International Space Station on Monday. The core module of the "
    "International Space Station was launched in 1998 from the Baikonur Cosmodrome.",
    "Crew Dragon Valiant docked with Tiangong on Monday. Tiangong's core module was launched in 2021.",
])
def test_events_roles_s4_station_module_launch_is_no_visitors_launch(nlp, text):
    assert [e for e in events_of_crew(nlp, text) if e.type == "Launch"] == []


@pytest.mark.parametrize("text,station", [
    # the station the article names most, not the one a career named in passing before
    ("Marta Ilves first flew to the International Space Station in 2001. She spent five months on the "
     "International Space Station. Years before, she had trained for a flight to Mir that never happened. "
     "Her crew installed new batteries and tested a robotic arm. Soyuz MS-91 docked two months later.",
     "international-space-station"),
])
def test_events_roles_s4_docking_reaches_the_station_named_most(nlp, text, station):
    things = CREW_THINGS + [("Mir", "SpaceStation", "mir")]
    doc = run_events(nlp, annotate(nlp, text, things, [], date(2025, 3, 1)))
    assert [e.to for e in doc._.events if e.type == "Docking"] == [station]


MIRROR_THINGS = CREW_THINGS + [
    ("Vega 7", "Spacecraft", "vega-7"),
    ("Orion Bay", "Spacecraft", "orion-bay"),
]


@pytest.mark.parametrize("text", [
    "Vega 7 docked with Orion Bay on 17 July with Marta Ilves and Pavel Dorin aboard. Kenji Arata was "
    "waiting inside Orion Bay. The ships undocked on 19 July and went their separate ways.",
])
def test_events_roles_s4_ships_undocking_undoes_the_docking(nlp, text):
    doc = run_events(nlp, annotate(nlp, text, MIRROR_THINGS, [], date(2025, 3, 1)))
    undockings = [(e.spacecraft, e.from_) for e in doc._.events if e.type == "Undocking"]
    assert undockings == [("vega-7", "orion-bay")]


@pytest.mark.parametrize("text", [
    "Splashdown for Valiant! Crew Dragon Valiant splashed down off Pensacola at 5:47 a.m. The capsule had "
    "undocked from the International Space Station on Monday.",
    "Crew Dragon Valiant splashed down off Pensacola at 5:47 a.m. after five months in orbit. Valiant "
    "undocked from the forward port of the International Space Station on Monday.",
])
def test_events_roles_s4_landing_left_the_station_its_craft_undocked_from(nlp, text):
    events = events_of_crew(nlp, text)
    assert [e.from_ for e in events if e.type == "Landing"] == ["international-space-station"]


TARGET_THINGS = CREW_THINGS + [
    ("Space shuttle Vigilant", "Spacecraft", "vigilant"),
    ("Vigilant", "Spacecraft", "vigilant"),
    ("Kestrel", "Spacecraft", "kestrel"),
    ("Harbor", "Spacecraft", "harbor"),
]


@pytest.mark.parametrize("text", [
    "Space shuttle Vigilant lifted off on May 4, carrying the Harbor node. Commander Marta Ilves, pilot "
    "Pavel Dorin and mission specialist Kenji Arata spent two days chasing the Kestrel module, which had "
    "been launched a month earlier.",
])
def test_events_roles_s4_crew_chasing_a_craft_is_the_crew_of_the_craft_before(nlp, text):
    doc = run_events(nlp, annotate(nlp, text, TARGET_THINGS, [], date(2025, 3, 1)))
    crews = {(e.type, e.spacecraft): sorted(e.participants) for e in doc._.events}
    assert crews[("Launch", "vigilant")] == ["kenji-arata", "marta-ilves", "pavel-dorin"]
    assert crews.get(("Launch", "kestrel"), []) == []


@pytest.mark.parametrize("text,crew", [
    ("Crew Dragon Valiant splashed down off Pensacola this morning.\n\nThe crew, for those who missed it:\n"
     "- Marta Ilves, commander, on her third flight.\n- Pavel Dorin, the pilot.\n- Kenji Arata, mission "
     "specialist.\n\nWhat a ride.", ["kenji-arata", "marta-ilves", "pavel-dorin"]),
    # the station's crew is no craft's
    ("Crew Dragon Valiant splashed down off Pensacola this morning.\n\nThe station crew now:\n"
     "- Marta Ilves, commander.\n- Pavel Dorin, flight engineer.\n\nWhat a ride.", []),
])
def test_events_roles_s4_crew_in_a_bulleted_list(nlp, text, crew):
    events = events_of_crew(nlp, text)
    assert [sorted(e.participants) for e in events if e.type == "Landing"] == [crew]


@pytest.mark.parametrize("text,crew", [
    # a relative clause set off by a comma after a list is of the whole list
    ("Apart from the newcomers, the station is staffed by NASA astronauts Marta Ilves and Pavel Dorin, "
     "Japan's Kenji Arata and cosmonaut Igor Sedov, who arrived aboard Crew Dragon Horizon last month.",
     ["igor-sedov", "kenji-arata", "marta-ilves", "pavel-dorin"]),
])
def test_events_roles_s4_relative_clause_of_a_whole_list(nlp, text, crew):
    events = events_of_crew(nlp, text)
    assert [sorted(e.participants) for e in events if e.type == "Docking"] == [crew]


@pytest.mark.parametrize("text,event_type,craft,crew", [
    # the tagger reads "astronaut" between names as a verb: the list goes on past it
    ("Soyuz MS-90 with a new crew lifted off from the Baikonur Cosmodrome on Thursday. The crew includes "
     "Roscosmos cosmonauts Pavel Dorin (the ship's commander) and Igor Sedov and NASA astronaut Marta Ilves.",
     "Launch", "soyuz-ms-90", ["igor-sedov", "marta-ilves", "pavel-dorin"]),
    ("This morning, Pavel Dorin, Roscosmos flight engineer Igor Sedov and NASA astronaut Marta Ilves climbed "
     "into the Soyuz MS-90 spacecraft, closed the hatch and undocked from the International Space Station.",
     "Undocking", "soyuz-ms-90", ["igor-sedov", "marta-ilves", "pavel-dorin"]),
    # two craft in one sentence: each crew phrase holds its own people
    ("Shenzhou-40 docked with Tiangong on Thursday. The Shenzhou-40 crew succeeds the three astronauts of "
     "Shenzhou-13, Lena Varga, Omar Haddad and Nora Quist. Shenzhou-13 landed at the Dongfeng landing site last "
     "month.",
     "Landing", "shenzhou-13", ["lena-varga", "nora-quist", "omar-haddad"]),
    # a relative clause dated years back tells of an earlier flight, not of the craft she arrived in
    ("Shenzhou-40 docked with Tiangong on Thursday. The crew consists of commander Lena Varga, Omar Haddad "
     "and Nora Quist. Lena Varga, who flew on Shenzhou-13 in 2016, is the most experienced of the three.",
     "Docking", "shenzhou-40", ["lena-varga", "nora-quist", "omar-haddad"]),
])
def test_events_roles_s4_crews_the_parse_breaks_up(nlp, text, event_type, craft, crew):
    events = events_of_crew(nlp, text)
    assert [sorted(e.participants) for e in events if e.type == event_type and e.spacecraft == craft] == [crew]


APPOSED_THINGS = THINGS + [
    ("Dragon", "Spacecraft", "crew-dragon-valiant"),
    ("Horizon", "Spacecraft", "crew-dragon-horizon"),
    ("Crew Dragon Horizon", "Spacecraft", "crew-dragon-horizon"),
]


@pytest.mark.parametrize("text", [
    "Crew Dragon Valiant splashed down off Pensacola this morning with Marta Ilves aboard. Pavel Dorin and "
    "Kenji Arata arrived at the International Space Station on April 24 aboard another Dragon, Horizon, one "
    "day after lifting off from Florida.",
])
def test_events_roles_s4_generic_craft_word_gives_way_to_its_apposed_name(nlp, text):
    events = events_of_crew(nlp, text, APPOSED_THINGS)
    assert [e.spacecraft for e in events if e.type == "Docking"] == ["crew-dragon-horizon"]


@pytest.mark.parametrize("text", [
    "Soyuz MS-90 lifted off from the Baikonur Cosmodrome on 6 June carrying Pavel Dorin and Igor Sedov. Two "
    "days later, Pavel Dorin docked Soyuz MS-90 to the International Space Station. In September Pavel Dorin "
    "and Kenji Arata returned to Earth aboard Soyuz MS-90, landing in Kazakhstan.",
])
def test_events_roles_s4_crew_that_came_home_otherwise_was_not_at_the_docking(nlp, text):
    crews = {e.type: sorted(e.participants) for e in events_of_crew(nlp, text)}
    assert crews["Docking"] == ["igor-sedov", "pavel-dorin"]
    assert crews["Landing"] == ["kenji-arata", "pavel-dorin"]


@pytest.mark.parametrize("text", [
    "Crew Dragon Valiant splashed down off Pensacola this morning with Marta Ilves aboard. Pavel Dorin and "
    "Kenji Arata arrived at the International Space Station on April 24 aboard Crew Dragon Horizon, one day "
    "after lifting off from Florida.",
])
def test_events_roles_s4_launch_measured_from_an_arrival_is_of_its_craft(nlp, text):
    launches = [(e.spacecraft, e.place) for e in events_of_crew(nlp, text) if e.type == "Launch"]
    assert launches == [("crew-dragon-horizon", "florida")]
