"""Trigger detection: second readings of a word, verbs the tagger mis-reads, and new launch, landing,
undocking and spacewalk phrasings (``pipeline/events_detect.py``, ``data/lexicon/event-triggers.json``).

All sentences are invented for these tests; the crews and craft are real names so that the entity stage
knows them.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import make_doc
from pipeline.model import Article

STATION_INTRO = "The International Space Station is home to seven people this month. "
UNDOCK_AND_LAND = "Soyuz MS-25 is due to undock and land in Kazakhstan on September 23."
CREW_UNDOCK_AND_LAND = ("Soyuz MS-25 docked in March with Oleg Kononenko, Nikolai Chub and Tracy Dyson. The Soyuz "
                        "MS-25 crew is due to undock and land in Kazakhstan on September 23.")


def _doc_of(nlp, text: str, published: date = date(2024, 6, 1)):
    return nlp(make_doc(nlp, Article(id="detect-s4-test", text=text, published=published)))


@pytest.fixture(scope="module")
def events_of(nlp):
    def extract(text: str):
        return _doc_of(nlp, text)._.events
    return extract


def _found(events, event_type: str, spacecraft: str | None = None, status: str | None = None) -> bool:
    return any(e.type == event_type and (spacecraft is None or e.spacecraft == spacecraft)
               and (status is None or e.status == status) for e in events)


@pytest.mark.parametrize("text, craft", [
    (STATION_INTRO + "Oleg Kononenko and Nikolai Chub, who arrived aboard the Soyuz MS-24 in September, "
     "will stay for a year.", "soyuz-ms-24"),
    (STATION_INTRO + "The newest residents are Alexey Ovchinin and Ivan Vagner, who arrived on Soyuz MS-26 "
     "last week.", "soyuz-ms-26"),
    (STATION_INTRO + "Chris Cassidy has lived aboard since April, when he arrived on the Soyuz MS-16 "
     "spacecraft.", "soyuz-ms-16"),
])
def test_background_arrival_aboard_a_craft_is_a_docking(events_of, text, craft):
    assert _found(events_of(text), "Docking", craft, "occurred")


@pytest.mark.parametrize("text", [
    STATION_INTRO + "The crew of Soyuz MS-26 arrived at the Baikonur Cosmodrome on Monday for training.",
    STATION_INTRO + "Fresh fruit arrived aboard the station last week, to the crew's delight.",
    "Oleg Kononenko arrived in Kazakhstan aboard the Soyuz MS-24 support aircraft on Monday.",
    STATION_INTRO + "Oleg Kononenko and Nikolai Chub arrived back on Earth aboard the Soyuz MS-25 on Monday.",
    STATION_INTRO + "Oleg Kononenko and Nikolai Chub arrived home aboard the Soyuz MS-25 on Monday.",
])
def test_arrival_on_the_ground_or_aboard_the_station_is_no_docking(events_of, text):
    assert not _found(events_of(text), "Docking")


@pytest.mark.parametrize("text, event_type", [
    (UNDOCK_AND_LAND, "Undocking"),
    (UNDOCK_AND_LAND, "Landing"),
    (CREW_UNDOCK_AND_LAND, "Undocking"),
    (CREW_UNDOCK_AND_LAND, "Landing"),
    ("Crew Dragon Endeavour will undock next week. A recovery ship will be waiting after Crew Dragon Endeavour "
     "splashes down off Florida.", "Landing"),
    ("After a month at the International Space Station, Cygnus NG-20 will be unberthed and burn up in "
     "the atmosphere.", "Undocking"),
])
def test_verb_read_as_noun_or_adjective_is_still_a_planned_event(events_of, text, event_type):
    assert _found(events_of(text), event_type, status="planned")


@pytest.mark.parametrize("text, craft", [
    ("The hatch closed on Monday morning and Crew Dragon Endurance backed away from the International Space "
     "Station at 11:20 a.m. EDT.", "crew-dragon-endurance"),
    ("Crew Dragon Grace backed away from the Harmony module of the International Space Station at 7:15 a.m. EDT "
     "on Monday.", "crew-dragon-grace"),
])
def test_backing_away_from_the_station_is_an_undocking(events_of, text, craft):
    assert _found(events_of(text), "Undocking", craft)


@pytest.mark.parametrize("text", [
    "The agency backed away from the plan to build a new module for the International Space Station.",
    "When a Cygnus departs from the space station, it takes several tons of rubbish with it.",
])
def test_no_undocking_without_a_departing_craft(events_of, text):
    assert not _found(events_of(text), "Undocking")


@pytest.mark.parametrize("text, event_type, craft", [
    ("The Crew Dragon Endeavour rode a Falcon 9 rocket off Launch Complex 39A at 11:43 a.m. EDT on Friday.",
     "Launch", "crew-dragon-endeavour"),
    ("On April 14, 1981, the space shuttle Columbia glided onto the dry lakebed runway at Edwards Air Force Base.",
     "Landing", "space-shuttle-columbia"),
])
def test_new_launch_and_landing_phrasings(events_of, text, event_type, craft):
    assert _found(events_of(text), event_type, craft, "occurred")


@pytest.mark.parametrize("text, expected", [
    ("On May 4, 1989, the space shuttle Atlantis took off from NASA's Kennedy Space Center.", True),
    ("The space shuttle Atlantis, atop the Shuttle Carrier Aircraft, took off from Edwards on May 4, 1989.", False),
    ("After landing, the space shuttle Atlantis crew took off their helmets.", False),
])
def test_taking_off_is_a_launch_only_to_space(events_of, text, expected):
    assert _found(events_of(text), "Launch") == expected


def test_riding_a_craft_to_lunar_orbit_is_no_launch(events_of):
    text = "On a later mission, astronauts will ride the Orion spacecraft from Earth to lunar orbit."
    assert not _found(events_of(text), "Launch")


@pytest.mark.parametrize("text, expected", [
    ("Two Russian spacewalks are planned this year. Last week, cosmonauts Oleg Kononenko and Nikolai Chub "
     "spent more than seven hours outside, inspecting a leaking radiator.", 1),
    ("On April 28, Sultan Alneyadi completed his first spacewalk, spending seven hours outside with "
     "Stephen Bowen.", 1),
])
def test_hours_spent_outside_are_one_spacewalk(events_of, text, expected):
    assert sum(e.type == "Spacewalk" and e.status == "occurred" for e in events_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("KOUNOTORI9 was launched in May. KOUNOTORI9 reached the International Space Station on Thursday.", 1),
    ("KOUNOTORI9 was launched in May. Since the first flight in 2009, all nine vehicles have reached the "
     "International Space Station.", 0),
    ("Cygnus NG-20 was launched in January. Since 2014, every Cygnus has reached the International Space "
     "Station on schedule.", 0),
])
def test_a_class_of_craft_is_no_event(events_of, text, expected):
    assert sum(e.type == "Docking" for e in events_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    (STATION_INTRO + "Oleg Kononenko and Nikolai Chub arrived back on Earth aboard the Soyuz MS-25 on Monday.", True),
    ("Oleg Kononenko and Nikolai Chub arrived home in Star City on Friday, a week after their landing.", False),
])
def test_arriving_back_on_earth_aboard_a_craft_is_a_landing(events_of, text, expected):
    assert _found(events_of(text), "Landing", "soyuz-ms-25" if expected else None) == expected


@pytest.mark.parametrize("text, word", [
    ("The visitors will share the lab with the Crew-8 astronauts, who are then due to undock and head home.",
     "undock"),
    ("Oleg Kononenko and Nikolai Chub will leave the station aboard Soyuz MS-25 and land on the steppe of "
     "Kazakhstan on September 23.", "land"),
])
def test_verb_after_a_schedule_word_or_in_a_future_phrase_is_read_as_a_verb(nlp, text, word):
    from pipeline.events_detect import misread_verb_entries
    from pipeline.events_roles import DocIndex
    doc = _doc_of(nlp, text)
    lexicon = nlp.get_pipe("spacekg_events").lexicon
    token = next(t for t in doc if t.lower_ == word)
    assert token.pos_ in ("VERB", "AUX") or misread_verb_entries(token, lexicon, DocIndex(doc))


@pytest.mark.parametrize("text, launches", [
    ("Soyuz MS-25 lifted off from Baikonur on March 21. Two days after launch, on March 23, the Soyuz MS-25 "
     "spacecraft docked to the station.", 1),
    ("Soyuz MS-25 lifted off from Baikonur on March 21 and docked to the station six hours later.", 1),
])
def test_a_launch_measured_from_is_the_launch_reported(events_of, text, launches):
    events = events_of(text)
    assert sum(e.type == "Launch" for e in events) == launches
    assert _found(events, "Docking", "soyuz-ms-25")


@pytest.mark.parametrize("text, expected", [
    (STATION_INTRO + "The Progress 88 cargo craft is still docked to the Poisk module.", False),
    (STATION_INTRO + "The crew unloaded the Progress 87 and Progress 88 cargo craft that are already attached "
     "to the station.", False),
    (STATION_INTRO + "The Progress 88 cargo craft docked to the Poisk module on Sunday.", True),
])
def test_a_craft_still_docked_is_no_docking(events_of, text, expected):
    assert _found(events_of(text), "Docking") is expected


def test_venturing_out_again_is_a_planned_spacewalk(events_of):
    text = ("Tracy Dyson and Mike Barratt completed a spacewalk on Monday. The pair is scheduled to venture out "
            "again on Tuesday, June 4, to finish the work.")
    assert _found(events_of(text), "Spacewalk", status="planned")


@pytest.mark.parametrize("text", [
    "The Cygnus NG-20 spacecraft is scheduled to remain at the space station until July, when it will depart "
    "with trash.",
    "Cygnus NG-20 will stay attached to the station until July, when it will depart and burn up in the "
    "atmosphere.",
])
def test_departure_at_the_end_of_a_stay_leaves_the_station(events_of, text):
    assert _found(events_of(text), "Undocking", status="planned")


@pytest.mark.parametrize("text, expected", [
    ("Tracy Dyson completed a spacewalk in June. On July 2, Tracy Dyson was supposed to venture outside with Mike "
     "Barratt, but the plan changed.", None),
    ("Tracy Dyson completed a spacewalk in June. Tracy Dyson is supposed to venture outside with Mike Barratt "
     "on July 2.", "planned"),
])
def test_supposed_to_is_a_plan_and_in_the_past_no_event(events_of, text, expected):
    statuses = {e.status for e in events_of(text) if e.type == "Spacewalk" and len(e.participants) == 2}
    assert statuses == ({expected} if expected else set())


@pytest.mark.parametrize("text, expected", [
    ("Wang Yaping flew on Shenzhou-10 and is set to become the first Chinese woman to walk in space.", "planned"),
    ("Wang Yaping became the first Chinese woman to walk in space in November 2021.", "occurred"),
])
def test_an_infinitive_after_first_takes_the_status_of_its_clause(nlp, text, expected):
    from pipeline.events_modality import mention_status
    doc = _doc_of(nlp, text, date(2021, 10, 16))
    cues = nlp.get_pipe("spacekg_events").lexicon.modality
    assert mention_status(next(t for t in doc if t.lower_ == "walk"), cues) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mission managers ordered Starliner to come back without its crew, and it landed empty in New Mexico "
     "last month.", True),
    ("Mission managers ordered Starliner to land empty in New Mexico.", False),
])
def test_a_conjunct_with_its_own_subject_is_its_own_clause(events_of, text, expected):
    assert _found(events_of(text), "Landing", "starliner", "occurred") is expected
