"""Change of command from one mention: the incoming commander behind an agency's bracketed name, a person
object of "handed", the keys of the station, chains through "who passed it to", and a "who" clause
after a list of names."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events, time_value

PEOPLE = [
    ("Laura Brenner", "Astronaut", "laura-brenner"),
    ("Brenner", "Astronaut", "laura-brenner"),
    ("Kenji Moriyama", "Astronaut", "kenji-moriyama"),
    ("Moriyama", "Astronaut", "kenji-moriyama"),
    ("Pieter Janssen", "Astronaut", "pieter-janssen"),
    ("Pavel Orlov", "Astronaut", "pavel-orlov"),
    ("Orlov", "Astronaut", "pavel-orlov"),
    ("Ivan Sokolov", "Astronaut", "ivan-sokolov"),
    ("ESA", "SpaceAgency", "esa"),
    ("European Space Agency", "SpaceAgency", "esa"),
    ("Japan Aerospace Exploration Agency", "SpaceAgency", "jaxa"),
    ("JAXA", "SpaceAgency", "jaxa"),
    ("NASA", "SpaceAgency", "nasa"),
    ("International Space Station", "SpaceStation", "international-space-station"),
]


def handovers(nlp, text: str) -> list[tuple[str | None, str | None]]:
    doc = run_events(nlp, annotate(nlp, text, PEOPLE, [], date(2024, 5, 1)))
    return sorted((e.from_, e.to) for e in doc._.events if e.type == "ChangeOfCommand")


@pytest.mark.parametrize("text,expected", [
    # an agency with its name in brackets between "to" and the incoming commander
    ("Cosmonaut Pavel Orlov handed over command of the International Space Station to ESA (European Space "
     "Agency) astronaut Pieter Janssen during a short ceremony on Friday.",
     [("pavel-orlov", "pieter-janssen")]),
    ("NASA astronaut Laura Brenner turned over command of the International Space Station to Japan Aerospace "
     "Exploration Agency (JAXA) astronaut Kenji Moriyama on Monday.",
     [("laura-brenner", "kenji-moriyama")]),
    # the person is the object of "handed": the recipient
    ("Laura Brenner handed Kenji Moriyama command of the International Space Station on Monday.",
     [("laura-brenner", "kenji-moriyama")]),
    # the keys of the station, where the sentence speaks of command
    ("On Tuesday Laura Brenner handed the keys of the station to cosmonaut Pavel Orlov in the traditional "
     "change of command ceremony.", [("laura-brenner", "pavel-orlov")]),
    ("During the change of command, Laura Brenner handed Kenji Moriyama a symbolic key.",
     [("laura-brenner", "kenji-moriyama")]),
    # a chain: two events, no A -> C
    ("Laura Brenner handed command of the International Space Station to Kenji Moriyama, who passed it to "
     "Pieter Janssen four months later.",
     [("kenji-moriyama", "pieter-janssen"), ("laura-brenner", "kenji-moriyama")]),
    ("Laura Brenner handed command of the International Space Station to Kenji Moriyama in March. In July, "
     "Moriyama handed over command to Pieter Janssen.",
     [("kenji-moriyama", "pieter-janssen"), ("laura-brenner", "kenji-moriyama")]),
    # a "who" clause after a list: only the name it hangs from gave command
    ("The new arrivals were welcomed by a crew that included Ivan Sokolov, Laura Brenner, JAXA astronaut "
     "Kenji Moriyama, who handed command of the outpost to Pieter Janssen on Monday, and Pavel Orlov.",
     [("kenji-moriyama", "pieter-janssen")]),
])
def test_events_roles_command_handover(nlp, text, expected):
    assert handovers(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Laura Brenner handed Kenji Moriyama the keys to the rover before the geology exercise.",
    "Laura Brenner passed it to Kenji Moriyama after checking the camera settings.",
])
def test_events_roles_command_keys_need_a_command_context(nlp, text):
    assert handovers(nlp, text) == []


@pytest.mark.parametrize("text,expected", [
    ("ESA astronaut Pieter Janssen today took over as commander of the International Space Station. He "
     "succeeds JAXA astronaut Kenji Moriyama, his crewmate.", ("kenji-moriyama", "pieter-janssen")),
    ("Pieter Janssen replaced Kenji Moriyama as commander of the International Space Station on Monday.",
     ("kenji-moriyama", "pieter-janssen")),
])
def test_events_roles_command_successor(nlp, text, expected):
    assert expected in handovers(nlp, text)


@pytest.mark.parametrize("text", [
    "Pieter Janssen replaced Kenji Moriyama on the flight after a medical issue.",
    "Pieter Janssen succeeds Kenji Moriyama as the agency's head of training.",
    "Kenji Moriyama will be the station's next commander. Laura Brenner replaced Pieter Janssen on the crew.",
])
def test_events_roles_command_succession_needs_command(nlp, text):
    assert handovers(nlp, text) == []


def test_events_roles_command_pronoun_after_an_unrecognised_name_is_not_guessed(nlp):
    """The mention alone (before any merging): "he" is "Kenny", whom the entity stage did not name."""
    from pipeline.events_roles import DocIndex, find_triggers

    text = ("Pieter Janssen took over as commander of the International Space Station. Kenny had led the crew "
            "since April, when he took over from NASA astronaut Laura Brenner.")
    doc = annotate(nlp, text, PEOPLE, [], date(2024, 5, 1))
    extractor = nlp.get_pipe("spacekg_events")
    index = DocIndex(doc)
    pairs = []
    for sentence in doc.sents:
        found = list(find_triggers(sentence, extractor.lexicon, index))
        for token, entry in found:
            mention = extractor.roles.fill(token, entry, index, {t.i for t, _ in found})
            pairs.append((mention.from_, mention.to))
    assert pairs == [(None, "pieter-janssen"), ("laura-brenner", None)]


@pytest.mark.parametrize("text", [
    "Laura Brenner commanded the private flight, becoming the first woman commander of a private space mission.",
    "Kenji Moriyama took command of the flight after launch.",
])
def test_events_roles_command_of_a_flight_is_no_station_handover(nlp, text):
    assert handovers(nlp, text) == []
