"""A change of command names both sides even when one is a pronoun ("handed command to her", "took over
from him"): the pronoun is the nearest astronaut before it who is not the other commander. Its place is
the station the sentence names, else the one the text before it is about (not a station named in passing
or only afterwards)."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events

ENTITIES = [
    ("Jasmin Moghbeli", "Astronaut", "jasmin-moghbeli"),
    ("Oleg Kononenko", "Astronaut", "oleg-kononenko"),
    ("Kononenko", "Astronaut", "oleg-kononenko"),
    ("Alexander Skvortsov", "Astronaut", "aleksandr-skvortsov"),
    ("Luca Parmitano", "Astronaut", "luca-parmitano"),
    ("Christina Koch", "Astronaut", "christina-koch"),
    ("Koch", "Astronaut", "christina-koch"),
    ("Sergey Prokopyev", "Astronaut", "sergey-prokopyev"),
    ("Dmitri Petelin", "Astronaut", "dmitri-petelin"),
    ("Expedition 71", "Mission", "expedition-71"),
    ("Expedition 72", "Mission", "expedition-72"),
    ("Crew-8", "Mission", "crew-8"),
    ("International Space Station", "SpaceStation", "international-space-station"),
    ("Mir", "SpaceStation", "mir"),
]


def commands_of(nlp, text):
    doc = run_events(nlp, annotate(nlp, text, ENTITIES, [], date(2024, 5, 20)))
    return [e for e in doc._.events if e.type == "ChangeOfCommand"]


@pytest.mark.parametrize("text, outgoing, incoming", [
    ("NASA astronaut Jasmin Moghbeli arrived in August. Oleg Kononenko has led the crew since then. "
     "On Monday Kononenko handed over command of the station to her.", "oleg-kononenko", "jasmin-moghbeli"),
    ("Alexander Skvortsov commanded the station until Wednesday, when he passed the role to Luca Parmitano.",
     "aleksandr-skvortsov", "luca-parmitano"),
    ("Christina Koch arrived in March. Oleg Kononenko commanded the crew. On Tuesday, Koch took over from him "
     "as commander.", "oleg-kononenko", "christina-koch"),
    ("Sergey Prokopyev passed leadership of the expedition to Dmitri Petelin on Monday.",
     "sergey-prokopyev", "dmitri-petelin"),
    ("Oleg Kononenko transferred the post of commander to Jasmin Moghbeli on Friday.",
     "oleg-kononenko", "jasmin-moghbeli"),
])
def test_events_command_both_sides_named(nlp, text, outgoing, incoming):
    commands = commands_of(nlp, text)
    assert len(commands) == 1
    assert (commands[0].from_, commands[0].to) == (outgoing, incoming)


@pytest.mark.parametrize("text", [
    "Luca Parmitano passed the ball to Alexander Skvortsov during a video call.",
    "Sergey Prokopyev, commander of the expedition, took a photo of the hurricane on Monday.",
    "Christina Koch took command of the robotic arm on Monday to capture the cargo ship.",
    "Oleg Kononenko took control of the experiment after Christina Koch left.",
    "Jasmin Moghbeli became commander of the Crew-8 mission in 2023.",
    "Christina Koch played a key role in the experiment, and Oleg Kononenko passed her the samples.",
])
def test_events_command_other_roles_and_passes_are_no_command(nlp, text):
    assert commands_of(nlp, text) == []


@pytest.mark.parametrize("text, place", [
    ("Sergey Prokopyev passed leadership of the expedition to Dmitri Petelin on Monday. "
     "The Russian station Mir was deorbited in 2001.", None),
    ("The International Space Station has hosted crews since 2000. It orbits every 90 minutes. "
     "On Monday, Oleg Kononenko handed command to Jasmin Moghbeli.", "international-space-station"),
    ("The International Space Station crew grew to seven. Aboard the International Space Station, work "
     "continued. Jasmin Moghbeli once trained near a Mir mock-up. Oleg Kononenko handed command to "
     "Jasmin Moghbeli.", "international-space-station"),
])
def test_events_command_place_is_the_station_of_the_text(nlp, text, place):
    commands = commands_of(nlp, text)
    assert len(commands) == 1
    assert commands[0].place == place


@pytest.mark.parametrize("text, outgoing, incoming, status", [
    ("Command of the station passed from Sergey Prokopyev to Dmitri Petelin on Monday.",
     "sergey-prokopyev", "dmitri-petelin", "occurred"),
    ("Sergey Prokopyev arrived in September. On Monday, the cosmonaut handed command of the station to "
     "Dmitri Petelin.", "sergey-prokopyev", "dmitri-petelin", "occurred"),
    ("Expedition 71 commander Oleg Kononenko will hand over the station to Jasmin Moghbeli, who then "
     "becomes commander of Expedition 72.", "oleg-kononenko", "jasmin-moghbeli", "planned"),
])
def test_events_command_one_handover_per_sentence(nlp, text, outgoing, incoming, status):
    commands = commands_of(nlp, text)
    assert [(c.from_, c.to, c.status) for c in commands] == [(outgoing, incoming, status)]


def test_events_command_of_an_expedition_is_a_change_of_command(nlp):
    commands = commands_of(nlp, "Oleg Kononenko became commander of Expedition 71 on Monday.")
    assert [c.to for c in commands] == ["oleg-kononenko"]
