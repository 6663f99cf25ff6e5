"""Spacewalks from one mention: a career tally is no event, a simple past count is; people who help from
inside are no spacewalkers; phrasings of going outside."""

from __future__ import annotations

from datetime import date

import pytest

from test_events_support import annotate, run_events

PEOPLE = [
    ("Jane Porter", "Astronaut", "jane-porter"),
    ("Porter", "Astronaut", "jane-porter"),
    ("Mark Diaz", "Astronaut", "mark-diaz"),
    ("Diaz", "Astronaut", "mark-diaz"),
    ("Ana Lindqvist", "Astronaut", "ana-lindqvist"),
    ("Lindqvist", "Astronaut", "ana-lindqvist"),
    ("Yuri Belov", "Astronaut", "yuri-belov"),
    ("Belov", "Astronaut", "yuri-belov"),
    ("NASA", "SpaceAgency", "nasa"),
    ("International Space Station", "SpaceStation", "international-space-station"),
]


def spacewalks(nlp, text: str):
    doc = run_events(nlp, annotate(nlp, text, PEOPLE, [], date(2024, 5, 1)))
    return [e for e in doc._.events if e.type == "Spacewalk"]


@pytest.mark.parametrize("text", [
    "Porter, a retired Navy captain, is on her third flight and has already logged nine spacewalks.",
    "Both Porter and Diaz have now made seven spacewalks.",
    "Jane Porter, a veteran of four spacewalks, will command the flight.",
    "Jane Porter has conducted six spacewalks over her career.",
    "Mark Diaz brings a total of five spacewalks to the expedition.",
    "Her eight spacewalks make Jane Porter one of the most experienced spacewalkers in the corps.",
    "Jane Porter has completed seven spacewalks, totaling 50 hours and 40 minutes.",
    "Jane Porter has completed seven spacewalks since joining the corps.",
])
def test_events_roles_spacewalk_career_tally_is_no_event(nlp, text):
    assert spacewalks(nlp, text) == []


@pytest.mark.parametrize("text,people,count", [
    ("During the expedition Jane Porter conducted four spacewalks.", {"jane-porter"}, 4),
    ("Jane Porter and Mark Diaz have completed three spacewalks this month.", {"jane-porter", "mark-diaz"}, 3),
    ("Jane Porter and Mark Diaz have completed three spacewalks during the expedition.",
     {"jane-porter", "mark-diaz"}, 3),
])
def test_events_roles_spacewalk_counted_event_is_kept(nlp, text, people, count):
    events = spacewalks(nlp, text)
    assert len(events) == 1
    assert set(events[0].participants) == people
    assert events[0].count == count


@pytest.mark.parametrize("text,status,count", [
    ("Jane Porter and Mark Diaz finished a spacewalk on Friday. The pair is expected to head out two more "
     "times in July to replace the batteries.", "planned", 2),
    ("Jane Porter ventured outside three times with Mark Diaz.", "occurred", 3),
    ("During the docked phase Porter and Diaz went outside twice to install a new radiator.", "occurred", 2),
])
def test_events_roles_spacewalk_repeated_outings_are_counted(nlp, text, status, count):
    events = [e for e in spacewalks(nlp, text) if e.count is not None]
    assert len(events) == 1
    assert events[0].status == status
    assert events[0].count == count
    assert set(events[0].participants) == {"jane-porter", "mark-diaz"}


@pytest.mark.parametrize("text", [
    "Jane Porter finished a spacewalk on Friday. Afterwards the crew headed out to the cupola to take photos.",
])
def test_events_roles_spacewalk_heading_somewhere_is_no_outing(nlp, text):
    assert len(spacewalks(nlp, text)) == 1


def test_events_roles_spacewalk_total_hours_is_no_career(nlp):
    text = ("Porter and Diaz went outside twice during the docked phase, for a combined total of more than "
            "twelve hours.")
    events = spacewalks(nlp, text)
    assert [e.count for e in events] == [2]


@pytest.mark.parametrize("text,count", [
    ("During the expedition Porter and Diaz are to carry out 40 experiments and perform two spacewalks.", 2),
    ("Porter and Diaz will conduct three spacewalks in June.", 3),
])
def test_events_roles_spacewalk_announced_plan_is_planned(nlp, text, count):
    events = spacewalks(nlp, text)
    assert [(e.status, e.count) for e in events] == [("planned", count)]
    assert set(events[0].participants) == {"jane-porter", "mark-diaz"}


@pytest.mark.parametrize("text", [
    # a vague intention: a vague number
    "Porter and Diaz will carry out one or more spacewalks.",
    "Porter and Diaz will perform several spacewalks to upgrade the power system.",
    # a plan of the past, interrupted
    "On Monday, Porter and Diaz were preparing to leave the station for a spacewalk when controllers "
    "noticed a leak.",
    "Porter was to perform a spacewalk in June, but the suit failed.",
])
def test_events_roles_spacewalk_vague_or_past_plan_is_no_event(nlp, text):
    assert spacewalks(nlp, text) == []


def test_events_roles_spacewalk_first_of_a_class_is_its_own_walker(nlp):
    text = ("Jane Porter and Mark Diaz went outside on Thursday. Before them, only astronauts from government "
            "agencies had performed spacewalks, starting with cosmonaut Yuri Belov in 1968.")
    walkers = sorted(sorted(e.participants) for e in spacewalks(nlp, text))
    assert walkers == [["jane-porter", "mark-diaz"], ["yuri-belov"]]


@pytest.mark.parametrize("text,people", [
    # a class of people ("astronauts from ...") is no group the text introduced
    ("Jane Porter and Mark Diaz trained for months. Only astronauts from government agencies had performed "
     "spacewalks before.", []),
    # a definite group is
    ("Jane Porter and Mark Diaz trained for months. The astronauts performed a spacewalk on Friday.",
     [["jane-porter", "mark-diaz"]]),
])
def test_events_roles_spacewalk_generic_plural_is_no_group(nlp, text, people):
    assert sorted(sorted(e.participants) for e in spacewalks(nlp, text)) == people


@pytest.mark.parametrize("text", [
    "Jane Porter and Mark Diaz ventured outside on Friday, with Ana Lindqvist at the controls of the robotic arm.",
    "Jane Porter ventured outside on Friday with Mark Diaz, with Ana Lindqvist operating the robotic arm.",
    "Jane Porter and Mark Diaz conducted a spacewalk on Friday while Ana Lindqvist operated the robotic arm "
    "from inside the station.",
    "Jane Porter and Mark Diaz began the spacewalk at 8:05 a.m. Ana Lindqvist and Yuri Belov helped them into "
    "their suits and monitored the excursion from inside.",
])
def test_events_roles_spacewalk_helpers_inside_are_no_walkers(nlp, text):
    events = spacewalks(nlp, text)
    assert len(events) == 1
    assert set(events[0].participants) == {"jane-porter", "mark-diaz"}


@pytest.mark.parametrize("text,people", [
    # the title a list gave them picks the group; the group is looked for further back than three sentences
    ("Roscosmos cosmonauts Yuri Belov and Ana Lindqvist and NASA astronaut Jane Porter arrived on Tuesday. "
     "This is the third flight for Belov. Lindqvist works as a reporter. The three will stay eight months. "
     "The trip is long. During the expedition the cosmonauts are to perform two spacewalks.",
     {"yuri-belov", "ana-lindqvist"}),
    ("Roscosmos cosmonaut Yuri Belov and NASA astronauts Jane Porter and Mark Diaz arrived on Tuesday. The "
     "astronauts will perform three spacewalks in June.", {"jane-porter", "mark-diaz"}),
])
def test_events_roles_spacewalk_group_by_title(nlp, text, people):
    events = spacewalks(nlp, text)
    assert len(events) == 1
    assert set(events[0].participants) == people


@pytest.mark.parametrize("text,people", [
    # the sentence before names one person only: the pronoun is that person, not an earlier subject
    ("Jane Porter and Mark Diaz arrived in April. It was the first flight for Diaz, and Porter became the "
     "first woman to fly twice. For Ana Lindqvist, whose stay was called Aurora, it was her second visit. In "
     "July she stepped outside with cosmonaut Yuri Belov.", {"ana-lindqvist", "yuri-belov"}),
    # several people before: the last subject
    ("Jane Porter arrived in April with Mark Diaz. She ventured outside in July with Yuri Belov.",
     {"jane-porter", "yuri-belov"}),
])
def test_events_roles_spacewalk_pronoun_walker(nlp, text, people):
    events = spacewalks(nlp, text)
    assert len(events) == 1
    assert set(events[0].participants) == people


@pytest.mark.parametrize("text,word,status", [
    ("NASA to Provide Coverage of Spacewalk\nNASA will cover the spacewalk.", "Spacewalk", "planned"),
    # a fragment the sentence splitter cut after a clock time is no headline
    ("Jane Porter and Mark Diaz switched their spacesuits to battery power at 6:13 a.m. CDT to begin the "
     "excursion, which lasted 6 hours.", "excursion", "occurred"),
])
def test_events_roles_spacewalk_headline_infinitive(nlp, text, word, status):
    from pipeline.events_modality import mention_status

    doc = annotate(nlp, text, PEOPLE, [], date(2024, 5, 1))
    extractor = nlp.get_pipe("spacekg_events")
    trigger = next(t for t in doc if t.text == word)
    assert mention_status(trigger, extractor.lexicon.modality) == status


def test_events_roles_spacewalk_they_continue_a_named_crew(nlp):
    entities = PEOPLE + [("Tiangong-9", "Mission", "tiangong-9")]
    text = ("The Tiangong-9 crew of Jane Porter and Mark Diaz welcomed their colleagues Ana Lindqvist and Yuri "
            "Belov. Ana Lindqvist is the commander. The Tiangong-9 crew were launched in November. During their "
            "stay, they made four spacewalks.")
    doc = run_events(nlp, annotate(nlp, text, entities, [], date(2024, 5, 1)))
    walks = [e for e in doc._.events if e.type == "Spacewalk"]
    assert [sorted(e.participants) for e in walks] == [["jane-porter", "mark-diaz"]]


def test_events_roles_spacewalk_shares_of_a_count(nlp):
    text = ("During the mission Jane Porter conducted four spacewalks, all of them this year, two with Mark Diaz "
            "and two with Yuri Belov, partly to upgrade the station's power system with new batteries.")
    events = spacewalks(nlp, text)
    assert [(e.count, set(e.participants)) for e in events] == [(4, {"jane-porter", "mark-diaz", "yuri-belov"})]


def test_events_roles_spacewalk_walkers_of_a_when_clause(nlp):
    text = ("Jane Porter and Mark Diaz finished their second spacewalk on Wednesday. The spacewalk was a "
            "follow-up to Friday's outing, when the same two astronauts spent six hours outside.")
    mentions = []
    from pipeline.events_roles import DocIndex, find_triggers

    doc = annotate(nlp, text, PEOPLE, [], date(2024, 5, 1))
    extractor = nlp.get_pipe("spacekg_events")
    index = DocIndex(doc)
    for sentence in doc.sents:
        found = list(find_triggers(sentence, extractor.lexicon, index))
        for token, entry in found:
            mention = extractor.roles.fill(token, entry, index, {t.i for t, _ in found})
            mentions.append((token.text, sorted(mention.participants)))
    assert ("outing", ["jane-porter", "mark-diaz"]) in mentions
