"""Spacewalks named as nouns: "during a third outing on Dec. 2 they ..." was made by the verb's subject;
"floated out of the airlock" in an article about spacewalks is one; "It was the 270th spacewalk ..." restates
the one just reported (no second event with a career year); the helper inside is no spacewalker."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events, time_value

ENTITIES = [
    ("Sergey Prokopyev", "Astronaut", "sergey-prokopyev"),
    ("Dmitri Petelin", "Astronaut", "dmitri-petelin"),
    ("Jasmin Moghbeli", "Astronaut", "jasmin-moghbeli"),
    ("Loral O'Hara", "Astronaut", "loral-o-hara"),
    ("Andreas Mogensen", "Astronaut", "andreas-mogensen"),
    ("Satoshi Furukawa", "Astronaut", "satoshi-furukawa"),
    ("Mike Barratt", "Astronaut", "mike-barratt"),
    ("Barratt", "Astronaut", "mike-barratt"),
    ("Tracy Dyson", "Astronaut", "tracy-dyson"),
]


def walks_of(nlp, text, times=()):
    doc = run_events(nlp, annotate(nlp, text, ENTITIES, list(times), date(2024, 5, 20)))
    return [e for e in doc._.events if e.type == "Spacewalk"]


def test_events_spacewalk_noun_in_a_time_phrase_takes_the_verb_subject(nlp):
    text = ("Sergey Prokopyev and Dmitri Petelin began a spacewalk on Nov. 15. During a third outing on Dec. 2 "
            "they installed a radiator.")
    times = [time_value(text, "Nov. 15", "2023-11-15"), time_value(text, "Dec. 2", "2023-12-02")]
    walks = walks_of(nlp, text, times)
    assert sorted(w.time.value for w in walks) == ["2023-11-15", "2023-12-02"]
    assert all(set(w.participants) == {"sergey-prokopyev", "dmitri-petelin"} for w in walks)


@pytest.mark.parametrize("text", [
    "The spacewalk plan was set. Jasmin Moghbeli and Loral O'Hara floated out of the Quest airlock on "
    "Wednesday. Andreas Mogensen operated the robotic arm and Satoshi Furukawa helped them suit up.",
    "Jasmin Moghbeli and Loral O'Hara began their spacewalk on Wednesday. Andreas Mogensen assisted from "
    "inside, and Satoshi Furukawa helped them suit up.",
])
def test_events_spacewalk_only_the_pair_outside(nlp, text):
    walks = walks_of(nlp, text)
    assert len(walks) == 1
    assert set(walks[0].participants) == {"jasmin-moghbeli", "loral-o-hara"}


@pytest.mark.parametrize("text", [
    "Jasmin Moghbeli and Loral O'Hara floated out of the hatch into the station after docking.",
])
def test_events_spacewalk_floating_out_without_spacewalk_context_is_none(nlp, text):
    assert walks_of(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Tracy Dyson and Mike Barratt began the excursion at 8:46 a.m. It was the first extravehicular "
    "activity for Barratt since 2009.",
    "Jasmin Moghbeli and Loral O'Hara completed a spacewalk on Wednesday. This was the 270th spacewalk in "
    "support of station assembly since 1998.",
])
def test_events_spacewalk_restatement_is_no_second_event(nlp, text):
    walks = walks_of(nlp, text)
    assert len(walks) == 1
    assert len(walks[0].participants) == 2


@pytest.mark.parametrize("text, walkers, count", [
    ("Jasmin Moghbeli conducted one spacewalk, joined by NASA astronaut Loral O'Hara, to replace a bearing.",
     {"jasmin-moghbeli", "loral-o-hara"}, None),
    ("Tracy Dyson participated in one of the spacewalks with fellow NASA astronaut Mike Barratt.",
     {"tracy-dyson", "mike-barratt"}, None),
    ("Loral O'Hara took part in two of the expedition's spacewalks.", {"loral-o-hara"}, 2),
])
def test_events_spacewalk_companions_and_partitives(nlp, text, walkers, count):
    walks = walks_of(nlp, text)
    assert len(walks) == 1
    assert set(walks[0].participants) == walkers
    assert walks[0].count == count


def test_events_spacewalk_companion_of_another_verb_is_no_walker(nlp):
    text = "Jasmin Moghbeli conducted one spacewalk. Loral O'Hara, joined by Andreas Mogensen, ran the arm."
    walks = walks_of(nlp, text)
    assert len(walks) == 1
    assert walks[0].participants == ["jasmin-moghbeli"]


@pytest.mark.parametrize("text", [
    "Jasmin Moghbeli and Loral O'Hara began a spacewalk on Wednesday. The flight controller in Houston for "
    "this historic spacewalk was Andreas Mogensen.",
    "Jasmin Moghbeli and Loral O'Hara began a spacewalk on Wednesday. Satoshi Furukawa watched that spacewalk "
    "from the cupola.",
])
def test_events_spacewalk_demonstrative_restates_the_last_one(nlp, text):
    walks = walks_of(nlp, text)
    assert len(walks) == 1
    assert set(walks[0].participants) == {"jasmin-moghbeli", "loral-o-hara"}


@pytest.mark.parametrize("text, walkers", [
    ('"It is worth celebrating the first spacewalk with an all-female team," Tracy Dyson said on Friday.', set()),
    ("Flight controllers Tracy Dyson and Mike Barratt assist Jasmin Moghbeli and Loral O'Hara during the "
     "spacewalk from Houston.", {"jasmin-moghbeli", "loral-o-hara"}),
])
def test_events_spacewalk_speakers_and_helpers_are_no_walkers(nlp, text, walkers):
    walks = walks_of(nlp, text)
    assert {p for w in walks for p in w.participants} == walkers


def test_events_spacewalk_ordinal_after_an_unnumbered_one_is_another(nlp):
    text = ("Sergey Prokopyev and Dmitri Petelin performed a spacewalk lasting seven hours. The pair completed "
            "a second spacewalk lasting six hours on Dec. 19.")
    times = [time_value(text, "Dec. 19", "2023-12-19")]
    walks = walks_of(nlp, text, times)
    assert len(walks) == 2
    assert all(set(w.participants) == {"sergey-prokopyev", "dmitri-petelin"} for w in walks)


def test_events_spacewalk_again_and_its_ordinal_are_one(nlp):
    text = ("Jasmin Moghbeli and Loral O'Hara conducted a spacewalk on Nov. 1. They went out again on Jan. 20 "
            "for a second excursion.")
    times = [time_value(text, "Nov. 1", "2023-11-01"), time_value(text, "Jan. 20", "2024-01-20")]
    assert sorted(w.time.value for w in walks_of(nlp, text, times)) == ["2023-11-01", "2024-01-20"]


def test_events_spacewalk_crew_named_by_its_craft(nlp):
    entities = ENTITIES + [("Soyuz MS-24", "Spacecraft", "soyuz-ms-24")]
    text = ("The crew, commander Jasmin Moghbeli and Loral O'Hara, docked aboard Soyuz MS-24 on Friday. "
            "During their stay, the Soyuz MS-24 crew will perform extravehicular activities.")
    doc = run_events(nlp, annotate(nlp, text, entities, [], date(2024, 5, 20)))
    walks = [e for e in doc._.events if e.type == "Spacewalk"]
    assert len(walks) == 1
    assert set(walks[0].participants) == {"jasmin-moghbeli", "loral-o-hara"}
    assert walks[0].spacecraft is None
