"""The per-article flight model: an article naming two craft of one kind binds each event to ONE flight.

Invented articles: an arriving and a departing Dragon, an arriving and a departing Soyuz, a crew listed by
"The crew consists of ...", a planned return bound by the people named, an uncrewed return, and a case
where the model must refuse to guess.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events_roles import DocIndex
from pipeline.extract import make_doc
from pipeline.model import Article

TWO_DRAGONS = """Crew-12 astronauts arrive at space station

Four astronauts pulled up to the International Space Station early Saturday.

SpaceX's Crew Dragon capsule Endeavour docked at 3:10 a.m. EDT on Saturday.

The crew consists of commander Jessica Meir, Jack Hathaway, Sophie Adenot and Andrey Fedyaev.

Their arrival frees the Crew-11 astronauts to head home. NASA said Crew-11's Dragon, Endurance, will undock from the station no earlier than Wednesday.
"""

TWO_SOYUZ = """Soyuz MS-30 docks with space station

BAIKONUR, March 5. The Soyuz MS-30 spacecraft with cosmonauts Oleg Kononenko and Nikolai Chub and NASA astronaut Tracy Dyson docked with the International Space Station on Thursday.

The carrier rocket with the spacecraft lifted off from the Baikonur Cosmodrome at 12:10 Moscow time.

Alexey Ovchinin, Ivan Vagner and Don Pettit, who arrived at the station in September aboard the Soyuz MS-29, will hand over the station to the newcomers. Ovchinin, Vagner and Pettit will return to Earth in April.
"""

UNCREWED = """Empty Soyuz to leave station

An uncrewed Soyuz MS-22 will undock from the International Space Station in March, Roscosmos said.

Sergey Prokopyev, Dmitri Petelin and Frank Rubio arrived at the station in September aboard the Soyuz MS-22.
"""

COUNTED_CREW = """Shenzhou-25 docks with Tiangong

The Shenzhou-25 crewed spaceship docked with China's space station on Tuesday afternoon.

The spaceship was launched at 9:31 a.m. from the Jiuquan Satellite Launch Center. It docked with the radial port of the Tianhe core module at 4:29 p.m.

The three astronauts, Jing Haipeng, Zhu Yangzhu and Gui Haichao, then entered the core module.
"""

ITS_CREW = """Crew-13 reaches the station

SpaceX's Crew Dragon Grace docked at 2:27 a.m. EDT on Saturday.

Its crew: NASA's Jessica Watkins, who commands the flight, pilot Jack Hathaway, Kimiya Yui of JAXA and Oleg Artemyev of Roscosmos.
"""

GREETED = """Shenzhou-26 crew enters station, meets Shenzhou-25 astronauts

The Shenzhou-26 spaceship docked with the Tiangong space station on Tuesday.

The Shenzhou-25 crew of Jing Haipeng, Zhu Yangzhu and Gui Haichao opened the hatch and welcomed their colleagues Chen Dong, Liu Yang and Cai Xuzhe.
"""

OTHER_VEHICLE = """Soyuz MS-23 docks with station

Sergey Prokopyev, Dmitri Petelin and Frank Rubio arrived at the station in September aboard Soyuz MS-22.

The trio will now return to Earth on MS-23 in September.
"""

EMPTY_RETURN = """Starliner completes uncrewed return to Earth

Starliner undocked from the International Space Station at 6:04 p.m. EDT and landed at White Sands Space Harbor at 10:01 p.m. MDT on Friday.

NASA astronauts Butch Wilmore and Suni Williams launched aboard Starliner on June 5 and docked to the station the following day.
"""

CARGO = """Dragon cargo craft reaches station

The SpaceX Dragon cargo craft launched on Friday atop a Falcon 9 rocket.

On Sunday, Commander Kevin Ford, backed up by Tom Marshburn, captured Dragon with the robotic arm. Dragon will remain attached until March 25, when the crew will release it for a splashdown in the Pacific Ocean.
"""

OWN_DRAGON = """SpaceX launches four more astronauts

The capsule on top, named Endeavour, is making its fifth trip to orbit. Endeavour is due to dock at the Harmony module on Tuesday.

Jessica Meir, Jack Hathaway, Sophie Adenot and Andrey Fedyaev are expected to undock in their own Dragon capsule a week later and to splash down off Florida.
"""

TWO_FLIGHTS_OF_ONE_CRAFT = """Remembering Atlantis

On May 14, 2010, the space shuttle Atlantis lifted off from the Kennedy Space Center.

The crew was led by commander Kenneth Ham, with pilot Dominic Antonelli and mission specialists Garrett Reisman, Michael Good, Stephen Bowen and Piers Sellers.

Atlantis docked with the International Space Station on May 16, 2010, and landed on May 26, 2010.

Atlantis first flew on October 3, 1985.
"""

LED_CREW = """Ten years since Atlantis flew

It was ten years ago today that Space Shuttle Atlantis lifted off from Launch Pad 39A for the last time, carrying four astronauts. The launch drew a million spectators. Traffic jammed the roads for hours. Hotels were full for a week.

The STS-200 crew was led by Christopher Ferguson. With him flew pilot Douglas Hurley and mission specialists Sandra Magnus and Rex Walheim.

Atlantis docked with the International Space Station two days later.
"""

CREW_WORD = """Soyuz MS-30 docks with station

The Soyuz MS-30 spacecraft with cosmonauts Oleg Kononenko and Nikolai Chub and NASA astronaut Tracy Dyson docked with the International Space Station on Thursday.

For flight engineers Chub and Dyson this is the first mission to orbit. The crew is scheduled to return to Earth in September.

Alexey Ovchinin and Ivan Vagner arrived at the station in April aboard the Soyuz MS-29.

Dyson is the second American to launch on a Soyuz this year.
"""

CLAUSE_IN_SUBJECT = """Soyuz MS-30 docks with station

The Soyuz MS-30 spacecraft docked with the International Space Station on Thursday.

Alexey Ovchinin, who flew the Soyuz MS-29 last year, arrived at the launch site on Monday to watch.
"""

MISSION_LISTED = """Crew-14 arrives at station

The Crew-14 astronauts arrived at the orbiting laboratory on Sunday. Their Dragon Endurance spacecraft docked to the Harmony module at 12:04 a.m. EDT Sunday.

Crew-14 includes NASA astronauts Zena Cardman, the commander, and Mike Fincke, the pilot, as well as Kimiya Yui and Oleg Platonov.
"""

GIVEN_COMMAND = """Wakata takes command

Koichi Wakata, Richard Mastracchio and Mikhail Tyurin launched aboard the Soyuz TMA-11M spacecraft on November 7, 2013.

Steven Swanson is scheduled to arrive in March aboard the Soyuz TMA-12M spacecraft.

Wakata is scheduled to hand over command to Swanson and to leave the station with Mastracchio and Tyurin aboard Soyuz TMA-11M in May.
"""

CLASS_LISTED = """Crew-15 launches to station

A Falcon 9 rocket carrying the Dragon Endeavour spacecraft launched Crew-15 on Monday with Jessica Meir and Jack Hathaway.

The graduating astronauts are Anil Menon, Nichole Ayers and Luke Delaney.

Endeavour docked with the station on Tuesday.
"""

NO_LEAD = """Two capsules at the station

Soyuz MS-29 and Soyuz MS-30 are both docked to the International Space Station.

Mission managers met on Monday. The spacecraft will undock in April.
"""


@pytest.fixture(scope="module")
def run(nlp):
    def extract(text: str):
        doc = nlp(make_doc(nlp, Article(id="flights-test", text=text, published=date(2025, 11, 1))))
        return doc
    return extract


def _events(doc, event_type: str):
    return [e for e in doc._.events if e.type == event_type]


@pytest.mark.parametrize("text, event_type, craft", [
    # the craft named in apposition wins over the short name the entity stage keyed to the other Dragon
    (TWO_DRAGONS, "Undocking", "crew-dragon-endurance"),
    (TWO_DRAGONS, "Docking", "crew-dragon-endeavour"),
    # "the spacecraft lifted off" is the lead flight's launch, not the Soyuz the article names later
    (TWO_SOYUZ, "Launch", "soyuz-ms-30"),
    # a planned return naming only people is the return of the flight those people arrived on
    (TWO_SOYUZ, "Landing", "soyuz-ms-29"),
])
def test_event_bound_to_the_right_flight(run, text, event_type, craft):
    events = _events(run(text), event_type)
    assert [e.spacecraft for e in events] == [craft]


@pytest.mark.parametrize("text, event_type, crew", [
    # "The crew consists of ..." puts its people aboard the lead flight's docking
    (TWO_DRAGONS, "Docking", {"jessica-meir", "jack-hathaway", "sophie-adenot", "andrey-fedyayev"}),
    # the crew the headline craft carried is carried to its launch; not the other Soyuz's crew
    (TWO_SOYUZ, "Launch", {"oleg-kononenko", "nikolay-chub", "tracy-caldwell-dyson"}),
    (TWO_SOYUZ, "Landing", {"aleksey-ovchinin", "ivan-vagner", "donald-pettit"}),
])
def test_flight_crew_carried_to_its_events(run, text, event_type, crew):
    (event,) = _events(run(text), event_type)
    assert set(event.participants) == crew


@pytest.mark.parametrize("text, event_type, crew", [
    # "The three astronauts, X, Y and Z, ...": a counted crew noun with its members' names
    (COUNTED_CREW, "Docking", {"jing-haipeng", "zhu-yangzhu", "gui-haichao"}),
    # "Its crew: X, who commands the flight, Y, ...": the relative clause describes X, it ends no list
    (ITS_CREW, "Docking", {"jessica-watkins", "jack-hathaway", "kimiya-yui", "oleg-artemyev"}),
    # the greeted arrivals flew the headline craft; the greeters' craft is the other one
    (GREETED, "Docking", {"chen-dong", "liu-yang", "cai-xuzhe"}),
])
def test_crew_statements_of_the_flight(run, text, event_type, crew):
    (event,) = _events(run(text), event_type)
    assert set(event.participants) == crew


def test_return_on_unrecognised_vehicle_is_not_bound_to_the_arrival_craft(run):
    """ "return to Earth on MS-23" is no return of the Soyuz MS-22 the trio arrived on (the entity stage
    may key the bare "MS-23" to the Soyuz MS-23 the headline names, or leave it unrecognised)."""
    crafts = [e.spacecraft for e in _events(run(OTHER_VEHICLE), "Landing")]
    assert "soyuz-ms-22" not in crafts and set(crafts) <= {"soyuz-ms-23"}


def test_departing_dragon_takes_no_arriving_crew(run):
    (event,) = _events(run(TWO_DRAGONS), "Undocking")
    assert not {"jessica-meir", "jack-hathaway"} & set(event.participants)


@pytest.mark.parametrize("event_type, crew", [
    ("Launch", {"barry-wilmore", "sunita-williams"}),
    ("Docking", {"barry-wilmore", "sunita-williams"}),
    ("Undocking", set()),  # the headline says it came back uncrewed
    ("Landing", set()),
])
def test_craft_that_came_back_empty_keeps_its_crew_for_the_way_up_only(run, event_type, crew):
    (event,) = _events(run(EMPTY_RETURN), event_type)
    assert event.spacecraft == "starliner"
    assert set(event.participants) == crew


def test_cargo_craft_carries_nobody(run):
    events = [e for e in run(CARGO)._.events if e.type in ("Launch", "Docking", "Undocking", "Landing")]
    assert events and all(e.participants == [] for e in events)


def test_uncrewed_return_takes_no_crew(run):
    (event,) = _events(run(UNCREWED), "Undocking")
    assert event.spacecraft == "soyuz-ms-22"
    assert event.participants == []


def test_their_own_craft_is_another_flight(run):
    """ "undock in their own Dragon capsule": the departing crew's craft, not the Endeavour the article is
    about (even when the entity stage keyed "Dragon" to it); neither gets that crew."""
    doc = run(OWN_DRAGON)
    assert _events(doc, "Undocking") == [] and _events(doc, "Landing") == []
    assert all(not {"jessica-meir", "sophie-adenot"} & set(e.participants) for e in doc._.events)


def test_reused_craft_shares_each_crew_with_its_own_flight_only(run):
    """A capsule flown decades apart is two flights: the crew stated beside the 2010 events flew those."""
    crew = {"kenneth-ham", "dominic-antonelli", "garrett-reisman", "michael-good", "stephen-bowen", "piers-sellers"}
    launches = sorted(_events(run(TWO_FLIGHTS_OF_ONE_CRAFT), "Launch"), key=lambda e: e.time.value)
    assert [e.time.value[:4] for e in launches] == ["1985", "2010"]
    assert launches[0].participants == [] and set(launches[1].participants) == crew
    (landing,) = _events(run(TWO_FLIGHTS_OF_ONE_CRAFT), "Landing")
    assert set(landing.participants) == crew


@pytest.mark.parametrize("text, event_type, crew", [
    # a crew led by X, "With him flew ...", named where no craft is near: the article's lead flight
    (LED_CREW, "Docking", {"christopher-ferguson", "douglas-hurley", "sandra-magnus", "rex-walheim"}),
    # "the crew" the roles read as the last two named is the whole crew of its flight
    (CREW_WORD, "Landing", {"oleg-kononenko", "nikolay-chub", "tracy-caldwell-dyson"}),
    # "Dyson ... to launch on a Soyuz" says nothing of which Soyuz: MS-29 keeps its own crew
    (CREW_WORD, "Docking", {"oleg-kononenko", "nikolay-chub", "tracy-caldwell-dyson"}),
])
def test_crew_of_the_flight_fills_its_events(run, text, event_type, crew):
    events = [e for e in _events(run(text), event_type) if e.status != "occurred" or event_type != "Landing"]
    by_craft = {e.spacecraft: set(e.participants) for e in events}
    assert crew in by_craft.values()


def test_generic_soyuz_puts_nobody_on_the_other_soyuz(run):
    arrivals = [e for e in _events(run(CREW_WORD), "Docking") if e.spacecraft == "soyuz-ms-29"]
    assert [set(e.participants) for e in arrivals] == [{"aleksey-ovchinin", "ivan-vagner"}]


def test_craft_in_a_clause_inside_the_subject_is_not_the_subject(run):
    """ "X, who flew the Soyuz MS-29 last year, arrived at the launch site": no MS-29 docking."""
    assert [e.spacecraft for e in _events(run(CLAUSE_IN_SUBJECT), "Docking")] == ["soyuz-ms-30"]


def test_mission_listing_its_crew_fills_its_craft(run):
    """ "Crew-14 includes X, Y, as well as Z and W": the crew of the craft that mission flew."""
    (docking,) = _events(run(MISSION_LISTED), "Docking")
    assert docking.spacecraft == "crew-dragon-endurance"
    assert set(docking.participants) == {"zena-cardman", "michael-fincke", "kimiya-yui", "oleg-platonov"}


def test_new_commander_is_no_traveller(run):
    """ "hand over command to Y and leave with X and Z aboard the Soyuz": Y stays."""
    doc = run(GIVEN_COMMAND)
    tma11 = [e for e in doc._.events if e.spacecraft == "soyuz-tma-11m"]
    assert tma11 and all("steven-swanson" not in e.participants for e in tma11)


def test_a_class_of_astronauts_is_no_crew(run):
    """ "The graduating astronauts are X, Y and Z" lists a class, not the crew of the flight."""
    (docking,) = _events(run(CLASS_LISTED), "Docking")
    assert not {"anil-menon", "nichole-ayers", "luke-delaney"} & set(docking.participants)


def test_two_equally_plausible_flights_bind_nothing(run):
    """No headline craft, no people: "the spacecraft will undock" is either Soyuz, so no event is made."""
    doc = run(NO_LEAD)
    assert [e.spacecraft for e in _events(doc, "Undocking")] == []


@pytest.mark.parametrize("text, lead, crews", [
    (TWO_SOYUZ, "soyuz-ms-30", {"soyuz-ms-30": {"oleg-kononenko", "nikolay-chub", "tracy-caldwell-dyson"},
                                "soyuz-ms-29": {"aleksey-ovchinin", "ivan-vagner", "donald-pettit"}}),
    (TWO_DRAGONS, "crew-dragon-endeavour", {"crew-dragon-endurance": set()}),
    (NO_LEAD, None, {"soyuz-ms-29": set(), "soyuz-ms-30": set()}),
])
def test_flight_model_of_article(run, nlp, text, lead, crews):
    doc = run(text)
    model = nlp.get_pipe("spacekg_events")._flight_model(DocIndex(doc))
    assert model.lead == lead
    for craft, crew in crews.items():
        assert set(model.flights[craft].crew) == crew
