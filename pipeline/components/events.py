"""Stage 6: events with their roles, modality and time, one node per real event of an article.

Only sentences that contain a trigger word are looked at (a dictionary look-up per token), so the stage
costs little beside the parser. For each trigger: roles from the dependency parse and the entities
(``pipeline.events_roles``), status from modality cues (``pipeline.events_modality``), the time its own
clause states; then the mentions of one event are merged (``pipeline.events_merge``).
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.events_flights import (
    FlightModel,
    FlightWords,
    build_flights,
    another_flight,
    craft_is_target,
    craft_named_in_subject,
    crew_listed_by_verb,
    flights_of_craft,
    load_flight_words,
    name_is_specific,
    names_specific_craft,
)
from pipeline.events_detect import (craft_just_before, inherit_from_host, measured_reference, requirements_met,
                                    station_of_stay, trigger_readings)
from pipeline.events_lexicon import EventLexicon, RoleWords, load_event_lexicon
from pipeline.events_merge import merge_mentions
from pipeline.events_modality import announced_by_coverage, mention_status, status_from_time
from pipeline.events_time import EventTimer, owner_of_time, share_times_between_conjuncts
from pipeline.events_roles import (
    DocIndex,
    after_comparison,
    Mention,
    SUBJECT_DEPS,
    greeted,
    in_other_flight_phrase,
    left_behind,
    observer,
    relieved,
    RoleFiller,
    is_loose_verb_chain,
    list_head,
    relation_to,
    restates_previous,
    subject_of,
    verb_of_stranded_conjunct,
    trigger_satisfied,
)
from pipeline.extensions import furniture_ranges, in_furniture, register_extensions
from pipeline.model import Event, Evidence, TimeValue
from pipeline.paths import DATA_DIR

log = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")

SPACECRAFT_EVENTS = ("Launch", "Docking", "Undocking", "Landing")


class EventExtractor:
    """The ``spacekg_events`` component: writes ``doc._.events``."""

    def __init__(self, data_dir: str | Path | None = None) -> None:
        register_extensions()
        self.lexicon: EventLexicon = load_event_lexicon(Path(data_dir or DATA_DIR) / "lexicon")
        self.roles = RoleFiller(self.lexicon)
        self.timer = EventTimer(self.lexicon)
        self.flight_words: FlightWords = load_flight_words(Path(data_dir or DATA_DIR) / "lexicon")

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = self.extract(doc)
        return doc

    def extract(self, doc: Doc) -> list[Event]:
        index = DocIndex(doc)
        flights = self._flight_model(index)
        times = [t for t in (doc._.times or []) if t.start >= 0 and t.kind in ("date", "time", "duration")]
        mentions: list[Event] = []
        unknown_subject: set[int] = set()  # ids of events whose subject names an unrecognised thing
        unguessable: set[int] = set()  # trigger tokens whose craft is either of two flights: no guessing
        crew_of_craft: dict[int, str] = {}  # id of an event -> the craft whose crew it names ("the X crew")
        previous_time: TimeValue | None = None
        ordinals: dict[int, int] = {}  # id of an event -> its ordinal ("their first excursion")
        for sent in doc.sents:
            triggers = [reading for reading in trigger_readings(sent, self.lexicon, index)
                        if not in_furniture(doc, reading.token.idx, reading.token.idx + len(reading.token))]
            if not triggers:
                continue
            trigger_ids = {reading.token.i for reading in triggers}
            filled: dict[int, Mention] = {}
            for token, entries, host in ((r.token, r.entries, r.host) for r in triggers):
                readings = []  # each entry in turn ("arrive" at a station, or aboard a craft): the first that holds
                for entry in entries:
                    mention = self.roles.fill(token, entry, index, trigger_ids)
                    governing = _governing_trigger(token, filled)
                    if governing is not None:
                        _inherit_from_governing(mention, governing)
                    if host is not None:  # "are due to undock": the tagger's noun takes its clause's roles
                        inherit_from_host(mention, self.roles.fill(host, entry, index, trigger_ids))
                    craft_just_before(mention, index)
                    station_of_stay(mention, index, self.lexicon.roles)
                    guessable = _bind_to_flight(mention, index, flights, self.lexicon.roles, self.flight_words,
                                                mention_status(token, self.lexicon.modality))
                    _whole_crew_for_anaphor(mention, index, flights, self.lexicon.roles)
                    readings.append((mention, guessable))
                    if self._satisfied(mention, index):
                        break
                mention, guessable = readings[-1] if self._satisfied(readings[-1][0], index) else readings[0]
                if not guessable:
                    unguessable.add(token.i)
                filled[token.i] = mention
            accepted: list[tuple[Mention, str]] = []
            for mention in filled.values():
                if not self._satisfied(mention, index):
                    continue
                if restates_previous(mention) and any(m.type == mention.event_type for m in mentions):
                    continue  # "It was the 270th spacewalk ...": the event just reported
                status = mention_status(mention.trigger, self.lexicon.modality)
                if status is None:
                    log.debug("not asserted: %r in %r", mention.trigger.text, sent.text)
                    continue
                accepted.append((mention, status))
            predicates = {m.trigger.i: m.trigger.i for m, _ in accepted}
            for mention, _ in accepted:
                if mention.support is not None:
                    predicates.setdefault(mention.support.i, mention.trigger.i)
            sentence_times = self.timer.sentence_times(doc, sent, times)
            owners = {id(tv): owner_of_time(root, predicates) for tv, root in sentence_times}
            accepted_ids = {m.trigger.i for m, _ in accepted}
            for mention, _ in accepted:
                restatements = frozenset(i for i, other in filled.items() if i not in accepted_ids
                                         and other.event_type == mention.event_type)
                mention.time = self.timer.time_of(mention, sentence_times, owners, previous_time, restatements)
                if mention.time is not None and owners.get(id(mention.time), (None,))[0] != mention.trigger.i \
                        and announced_by_coverage(mention.trigger, self.lexicon.modality):
                    mention.time = None  # "undocking coverage begins at 9:15 a.m.": the broadcast's time
                if mention.time is not None and mention.time.kind == "duration":
                    mention.time = None
                if mention.time is not None and measured_reference(mention, self.lexicon.modality.future_in_units):
                    mention.time = None  # "two days after launch, on 8 June, ... docked": the docking's date
                if mention.time is not None and _in_comparison(mention, self.lexicon.roles.comparison_prepositions):
                    mention.time = None  # "the first American to launch on a Soyuz since X in 2021"
                if mention.time is not None:
                    previous_time = mention.time  # "undocked at 09:57 and landed three hours later"
            for mention, _ in accepted:
                stranded = verb_of_stranded_conjunct(mention.trigger)
                first = filled.get(stranded.i) if stranded is not None else None
                if first is not None and first.time is not None and (
                        mention.time is None or not mention.trigger.idx < mention.time.start < sent.end_char):
                    mention.time = first.time  # "to undock on December 9 and land ... the same day"
            share_times_between_conjuncts([m for m, _ in accepted])
            self.timer.times_before_or_after([m for m, _ in accepted], filled, sentence_times)
            for mention, status in accepted:
                status = status_from_time(status, mention.time, doc._.published, mention.trigger)
                event = self._to_event(mention, status, sent)
                if mention.unknown_subject or mention.trigger.i in unguessable:
                    unknown_subject.add(id(event))
                if mention.crew_of_craft:
                    crew_of_craft[id(event)] = mention.crew_of_craft
                ordinal = _ordinal_of(mention.trigger, self.lexicon.roles.ordinal_words)
                if ordinal is not None:
                    ordinals[id(event)] = ordinal
                mentions.extend(_one_per_date(event, mention, sentence_times, ordinals))
        events = merge_mentions(mentions, index.labels, ordinals)
        named_crews = _crews_named_with_spacecraft(self._statements(index, events, flights))
        for event in events:
            if not event.participants and id(event) in crew_of_craft:
                event.participants.extend(named_crews.get(crew_of_craft[id(event)], []))
        # "the crew will return next spring": a planned landing must be told of its craft, not its crew
        crew_only_plans = {id(e) for e in events if e.spacecraft is None and e.status == "planned"
                           and e.type in ("Landing", "Undocking")}
        craft_from_crew: set[int] = set()
        for _ in range(2):  # a second round: a crew's craft found in the first names its other events'
            changed = [_complete_spacecraft(event, events, index, id(event) not in unknown_subject, named_crews,
                                            craft_from_crew, flights.one_flight, self.lexicon.roles)
                       for event in events]
            if not any(changed):
                break
            events = merge_mentions(events, index.labels, ordinals)
        if any(event.type == "Spacewalk" for event in events):
            if self.timer.date_spacewalks_by_start(events, index, times):
                events = merge_mentions(events, index.labels, ordinals)
        if self.timer.date_from_restatements(events, index, times):
            events = merge_mentions(events, index.labels, ordinals)
        events = [e for e in events if id(e) not in crew_only_plans & craft_from_crew
                  or _craft_told(e, index, self.lexicon.roles.craft_anaphors) or _lands_after_undocking(e, events)]
        _stations_of_events(events, index)
        _share_crews(events, index, self.lexicon.roles, self._statements(index, events, flights), flights,
                     self.flight_words)
        _empty_flights_carry_no_crew(events, flights)
        _add_relative_clause_riders(events, index, self.lexicon.roles)
        events = _drop_spacewalk_preparations(events)
        return [event for event in events if _has_key_roles(event)]

    def _satisfied(self, mention: Mention, index: DocIndex) -> bool:
        """Whether a mention has the roles its lexicon entry requires."""
        return trigger_satisfied(mention, index, self.lexicon.roles) \
            and requirements_met(mention, index, self.lexicon.roles)

    def _statements(self, index: DocIndex, events: list[Event], flights: FlightModel) -> list[CrewStatement]:
        return _crew_statements(index, self.lexicon.roles, events, flights, self.flight_words)

    def _flight_model(self, index: DocIndex) -> FlightModel:
        """The article's flights, built once per document before its sentences are read: a first pass
        finds the lead flight (the craft an unnamed crew listing belongs to), the second adds the crews."""
        mission_crafts = _crafts_in_clause_of_missions(index, self.lexicon.roles)
        model = build_flights(index, mission_crafts, self.flight_words, self.lexicon.roles.uncrewed_words)
        for statement in _crew_statements(index, self.lexicon.roles, (), model, self.flight_words):
            model.add_crew(statement.craft, statement.people)
        return model

    @staticmethod
    def _to_event(mention: Mention, status: str, sent: Span) -> Event:
        confidence = mention.entry.strength
        if mention.spacecraft or mention.participants or mention.from_ or mention.to:
            confidence = min(1.0, confidence + 0.05)
        return Event(
            type=mention.event_type,
            status=status,
            spacecraft=mention.spacecraft,
            participants=list(mention.participants),
            from_=mention.from_,
            to=mention.to,
            place=mention.place,
            mission=mention.mission,
            time=mention.time,
            evidence=[_evidence(sent, mention.trigger.idx, confidence)],
            confidence=round(confidence, 3),
            count=mention.count,
            trigger=mention.trigger.text,
        )


def _bind_to_flight(mention: Mention, index: DocIndex, flights: FlightModel, words: RoleWords,
                    flight_words: FlightWords, status: str | None) -> bool:
    """Bind a vehicle event to one of the article's flights when its sentence names no specific craft.

    An explicit name in the subject's apposition or possessive wins ("Crew-10's Dragon, Endurance, will
    undock"); then the flight of the people or mission the clause names; then, for a launch or docking
    told with a craft word ("the spacecraft lifted off"), the flight the article leads with, unless the
    clause's people flew another one or the word is "their own" craft. Otherwise the roles stand; but when
    two flights stay equally plausible, the craft is left empty. Returns False when the craft must not be
    guessed from the context later either."""
    if mention.event_type not in SPACECRAFT_EVENTS:
        return True
    sentence = mention.sentence
    if any(span._.entity_key == mention.spacecraft or mention.spacecraft is None
           for span in index.mentions_by_type["Spacecraft"] if sentence.start <= span.start < sentence.end
           and another_flight(span, flight_words)):
        # "undock in their own Dragon capsule ... and splash down": not the Dragon the article is about
        mention.spacecraft = None
        return False
    if mention.spacecraft is None and _launched_by_rocket(mention, index, flights, flight_words):
        mention.spacecraft = flights.lead
        return True
    if len(flights.flights) < 2:
        return True
    apposed = _specific_name_beside(mention.spacecraft, sentence, index, flights)
    if apposed is not None:
        mention.spacecraft = apposed  # "aboard another Dragon, Endeavour": the name, not the article's Dragon
        return True
    named = craft_named_in_subject(mention.trigger, index, flights)
    if named is not None:
        if named != mention.spacecraft and not _named_specifically(mention.spacecraft, sentence, index, flights):
            mention.spacecraft = named
        return True
    if names_specific_craft(sentence, index, flights):
        return True  # the roles took the craft the sentence names (or chose not to)
    if _unrecognised_vehicle_in(mention.trigger, index, words):
        return True  # "will return to Earth on MS-23": a vehicle the entity stage missed, not the people's last one
    clause = _clause_of(mention.trigger)
    told = _craft_word_in(clause, index, words, flight_words)
    bound = None
    if told or not NEEDS_CRAFT & set(mention.entry.requires):  # "Crew-9 is scheduled to launch": its craft
        bound = flights.flight_of_mission(mention.mission)
    # by its people: a planned return ("X and Y will return to Earth in February"; a past one may have been
    # in another craft than they flew up in), or a launch or docking told with a craft word ("their capsule
    # docked"; not "X's third launch", a career); not a trigger that needs its craft named ("leave the
    # station": for a spacewalk, too)
    if (told and mention.event_type in ("Launch", "Docking")) or (
            status == "planned" and mention.event_type in ("Undocking", "Landing")
            and (told or not NEEDS_CRAFT & set(mention.entry.requires))):
        bound = bound or flights.flight_of_people(mention.participants)
    if bound is None and mention.event_type in ("Launch", "Docking") and flights.lead is not None \
            and mention.trigger.pos_ in ("VERB", "AUX") \
            and (mention.mission is None or mention.mission in flights.flights[flights.lead].missions) \
            and not flights.crew_elsewhere(mention.participants, flights.lead) \
            and _craft_word_in(clause, index, words, flight_words, flights.name_words.get(flights.lead, frozenset())):
        bound = flights.lead  # "the spacecraft lifted off"; not "they dock with Starship"
    if bound is not None:
        mention.spacecraft = bound
    elif flights.lead is None and _last_named_two(sentence, index, flights):
        mention.spacecraft = None  # "S1 and S2 are docked. The spacecraft will undock": either; no guess
        return False
    return True


def _specific_name_beside(craft: str | None, sentence: Span, index: DocIndex, flights: FlightModel) -> str | None:
    """The specific craft named in apposition to a generic craft word keyed to ``craft`` ("another Dragon,
    Endeavour", "Endeavour, the other Dragon"); None when there is none."""
    for span in index.mentions_by_type["Spacecraft"]:
        if not (sentence.start <= span.start < sentence.end and span._.entity_key == craft) \
                or name_is_specific(span, index, flights):
            continue
        root = span.root
        linked = [root.head] if root.dep_ in ("nmod", "appos", "compound") else []
        linked += [c for c in root.children if c.dep_ in ("appos", "nmod")]
        for token in linked:
            other = index.entity_of(token)
            if other is not None and other.label_ == "Spacecraft" and other._.entity_key != craft \
                    and other._.entity_key in flights.flights and name_is_specific(other, index, flights):
                return other._.entity_key
    return None


def _launched_by_rocket(mention: Mention, index: DocIndex, flights: FlightModel, flight_words: FlightWords) -> bool:
    """ "The Falcon 9 rocket lifted off at 10:53 p.m. ... The capsule on top, named Endeavour, ...": a launch
    told of its rocket is the launch of the lead flight, when the sentence or one beside it names that craft."""
    if mention.event_type != "Launch" or flights.lead is None:
        return False
    subject = subject_of(mention.trigger)
    if subject is None or subject.lemma_.lower() not in flight_words.launcher_words:
        return False
    sentences = [mention.sentence.start, mention.sentence.end]
    if mention.sentence.start > 0:
        sentences[0] = index.doc[mention.sentence.start - 1].sent.start
    if mention.sentence.end < len(index.doc):
        sentences[1] = index.doc[mention.sentence.end].sent.end
    return any(span._.entity_key == flights.lead and sentences[0] <= span.start < sentences[1]
               for span in index.mentions_by_type["Spacecraft"])


def _whole_crew_for_anaphor(mention: Mention, index: DocIndex, flights: FlightModel, words: RoleWords) -> None:
    """ "The crew is scheduled to return in July": a crew noun or group pronoun the roles resolved to the
    last people named ("flight engineers Y and Z") stands for the whole crew of its flight, when those
    people are part of it ("he" stands for one person)."""
    flight = flights.flights.get(mention.spacecraft) if mention.spacecraft else None
    if flight is None or not mention.participants or mention.event_type not in SPACECRAFT_EVENTS:
        return
    subject = subject_of(mention.trigger)
    if subject is None or not (subject.lower_ in words.group_pronouns or subject.lower_ in words.crew_nouns
                               or subject.lemma_.lower() in words.crew_nouns):
        return
    sentence = mention.sentence
    if any(span._.entity_key in mention.participants for span in index.mentions_by_type["Astronaut"]
           if sentence.start <= span.start < sentence.end):
        return  # people named in the sentence are who it says
    if set(mention.participants) < set(flight.crew):
        mention.participants = list(flight.crew)


def _last_named_two(sentence: Span, index: DocIndex, flights: FlightModel) -> bool:
    """Whether the last sentence before this one that names a spacecraft names two specific ones."""
    earlier = [span for span in index.mentions_by_type["Spacecraft"] if span.end <= sentence.start]
    if not earlier:
        return False
    last = earlier[-1].sent
    return len({span._.entity_key for span in earlier if span.sent == last
                and name_is_specific(span, index, flights)}) >= 2


#: Requirements of a trigger that is a vehicle event only with its craft named ("leave", "depart").
NEEDS_CRAFT: frozenset[str] = frozenset({"spacecraft", "vehicle"})


def _unrecognised_vehicle_in(trigger: Token, index: DocIndex, words: RoleWords) -> bool:
    """Whether the trigger's clause rides a vehicle by a name that is no recognised entity ("on MS-23")."""
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in words.vehicle_prepositions - {"of"}:
            for object_ in prep.children:
                if object_.dep_ == "pobj" and index.entity_of(object_) is None and _serial_name(object_):
                    return True  # a serial name ("MS-23"), not a month ("in April") or a year
    return False


def _serial_name(token: Token) -> bool:
    """A vehicle's serial name: letters and digits in one word ("MS-23", "TMA-16M"), or a proper noun with
    a number ("Progress 86")."""
    text = token.text
    if any(ch.isalpha() for ch in text) and any(ch.isdigit() for ch in text):
        return True
    return token.pos_ == "PROPN" and any(ch.isdigit() for t in token.subtree for ch in t.text)


def _crafts_in_clause_of_missions(index: DocIndex, words: RoleWords) -> dict[str, str]:
    """The craft each mission flew, where a clause names both ("Crew-9 launched aboard Freedom"); not a
    craft a relative clause of the same sentence names ("Crew-9 ... for X, who arrived aboard Starliner")."""
    crafts: dict[str, set[str]] = {}
    for span in index.mentions_by_type["Mission"]:
        sentence = span.sent
        clause = _clause_head(span.root, words)
        crafts.setdefault(span._.entity_key, set()).update(
            c._.entity_key for c in index.mentions_by_type["Spacecraft"]
            if sentence.start <= c.start < sentence.end and _clause_head(c.root, words) == clause)
    return {mission: keys.pop() for mission, keys in crafts.items() if len(keys) == 1}


def _named_specifically(craft: str | None, sentence: Span, index: DocIndex, flights: FlightModel) -> bool:
    """Whether the sentence names ``craft`` by a name no other craft of the article shares."""
    return craft is not None and any(
        span._.entity_key == craft and sentence.start <= span.start < sentence.end
        and name_is_specific(span, index, flights) for span in index.mentions_by_type["Spacecraft"])


def _clause_of(trigger: Token) -> list[Token]:
    """The trigger's subject and prepositional phrases: where a vehicle event says what flew ("the carrier
    rocket with the spacecraft lifted off", "docked in the capsule")."""
    subject = subject_of(trigger)
    tokens = list(subject.subtree) if subject is not None else []
    tokens += [t for child in trigger.children if child.dep_ in ("prep", "dobj", "nsubjpass", "poss")
               for t in child.subtree]
    if trigger.pos_ == "NOUN":  # "the spacecraft's arrival", "the capsule's undocking"
        tokens += [c for c in trigger.children if c.dep_ in ("poss", "compound")]
    return tokens


#: Determiners of a craft word that refers back to a craft ("the spacecraft", "their capsule"); "three
#: spacecraft" or "a spacecraft" do not.
DEFINITE_CRAFT_WORDS: frozenset[str] = frozenset({"the", "its", "their", "this", "his", "her"})


def _craft_word_in(tokens: Iterable[Token], index: DocIndex, words: RoleWords, flight_words: FlightWords,
                   name_words: frozenset[str] | None = None) -> bool:
    """Whether these words refer to a craft without naming it specifically ("the spacecraft", "Dragon"),
    and not to "their own" craft (another flight than the article's). With ``name_words``, a craft name
    counts only when it is one of those names (a short name of that craft)."""
    for token in tokens:
        span = index.entity_of(token)
        is_word = (span is not None and span.label_ == "Spacecraft" and (
            name_words is None or set(_WORD.findall(span.text.lower())) <= name_words)) or (
            token.pos_ == "NOUN" and (token.lower_ in words.craft_anaphors or token.lemma_.lower() in words.craft_anaphors)
            and any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE_CRAFT_WORDS for c in token.children))
        if is_word:
            if any(c.lower_ in flight_words.own_words for c in token.children):
                return False
            return True
    return False


def _in_comparison(mention: Mention, prepositions: frozenset[str]) -> bool:
    """Whether the mention's time follows a comparison phrase of its trigger ("since X in 2021", "since
    Apollo 8 in 1968"): the time of the record compared with, not of the event."""
    return any(prep.dep_ == "prep" and prep.lower_ in prepositions and prep.idx <= mention.time.start
               and any(t.ent_type_ in ("Astronaut", "Spacecraft", "Mission") for t in prep.subtree)
               for prep in _trigger_phrase_children(mention.trigger))


def _trigger_phrase_children(trigger: Token) -> list[Token]:
    """The trigger's dependents, and its verb's when the trigger is that verb's object ("crewed splashdown
    ... since Apollo 8": the parser may hang the comparison on the verb)."""
    children = list(trigger.children)
    if trigger.dep_ in ("dobj", "attr") and trigger.head != trigger:
        children += [c for c in trigger.head.children if c.i > trigger.i]
    return children


def _evidence(sent: Span, trigger_char: int, confidence: float) -> Evidence:
    """The sentence as evidence, without the page furniture the parser may have glued to its start."""
    doc = sent.doc
    start, end = sent.start_char, sent.end_char
    for f_start, f_end in furniture_ranges(doc):
        if f_start <= start < f_end <= trigger_char:
            start = f_end
        if trigger_char < f_start < end:
            end = f_start
    text = sent.text[start - sent.start_char:end - sent.start_char]  # (doc.text would join the whole doc)
    stripped = text.strip()
    start += len(text) - len(text.lstrip())
    return Evidence(sentence=stripped, start=start, end=start + len(stripped), confidence=round(confidence, 3))


def _one_per_date(event: Event, mention: Mention, sentence_times: list[tuple[TimeValue, object]],
                  ordinals: dict[int, int]) -> list[Event]:
    """ "performed two spacewalks on Nov. 1 and Nov. 8": an aggregate whose own phrase gives as many
    days as it counts is that many events, one on each day (kept apart by their ordinal)."""
    if not event.count or event.count < 2:
        return [event]
    phrase = mention.support if mention.support is not None else mention.trigger
    start = min(t.idx for t in phrase.subtree)
    end = max(t.idx + len(t) for t in phrase.subtree)
    days = sorted({tv.value: tv for tv, _ in sentence_times if start <= tv.start < end
                   and tv.kind in ("date", "time") and tv.precision in ("day", "hour", "minute", "second")}.values(),
                  key=lambda tv: tv.start)
    if len(days) != event.count:
        return [event]
    events = []
    for number, day in enumerate(days, start=1):
        single = copy.deepcopy(event)
        single.count, single.time = None, day
        ordinals[id(single)] = number
        events.append(single)
    return events


def _ordinal_of(trigger: Token, ordinal_words: dict[str, int]) -> int | None:
    """The ordinal a trigger carries ("their third spacewalk", "the second launch"): mentions with
    different ordinals are different events. "They went out again" is another one than those before (a
    number no ordinal has). A description ("it was the fourth spacewalk of Koch's career") restates an
    event rather than counting the article's events."""
    if trigger.dep_ == "attr" or any(t.lemma_.lower() == "career" for t in trigger.subtree):
        return None
    for child in trigger.children:
        if child.dep_ in ("amod", "advmod", "nummod") and child.lower_ in ordinal_words:
            return ordinal_words[child.lower_]
        if child.dep_ == "advmod" and child.lower_ == "again":
            return -1 - trigger.i
    return None


def _governing_trigger(token, filled: dict[int, Mention]) -> Mention | None:
    """The trigger this one is conjoined to ("launched ... and docked") or hangs from through a
    preposition ("undocked in Soyuz MS-16 for a landing", "docked ... after launching", "docked six hours
    after launching")."""
    stranded = verb_of_stranded_conjunct(token)
    if stranded is not None:  # "to undock on December 9 and land in Kazakhstan"
        return filled.get(stranded.i)
    if token.dep_ == "conj" or is_loose_verb_chain(token):
        return filled.get(token.head.i)
    if token.dep_ in ("pobj", "pcomp") and token.head.dep_ == "prep":
        head = token.head.head
        if head.i not in filled and head.dep_ == "npadvmod":
            head = head.head  # "arrived aboard Endeavour, one day after lifting off": the measure's verb
        return filled.get(head.i)
    return None


def _inherit_from_governing(mention: Mention, first: Mention) -> None:
    """ "The trio launched aboard Soyuz MS-24 ... and docked to the station": the second trigger shares
    the first one's vehicle and crew."""
    if not mention.participants:
        mention.participants = list(first.participants)
    if mention.spacecraft is None and first.spacecraft not in (mention.target_spacecraft,):
        mention.spacecraft = first.spacecraft
    mention.mission = mention.mission or first.mission


def _complete_spacecraft(event: Event, events: list[Event], index: DocIndex, guess_from_context: bool,
                         named_crews: dict[str, list[str]] | None = None,
                         craft_from_crew: set[int] | None = None, one_flight: bool = False,
                         words: RoleWords | None = None) -> bool:
    """Name the vehicle as fully as the article does, or find it in the context when the event's own
    sentences do not name it ("The crew is scheduled to dock ..." after "... lifted off in Crew Dragon
    Endurance"). A craft its sentence names only in passing (``_named_in_passing``) is not guessed.
    Returns whether anything changed."""
    if event.type not in SPACECRAFT_EVENTS or not event.evidence:
        return False
    doc = index.doc
    sentence = doc.char_span(event.evidence[0].start, event.evidence[0].end, alignment_mode="expand")
    if sentence is None:
        return False
    before = sentence.end
    if event.spacecraft is not None:
        fuller = index.fuller_name(event.spacecraft, before)
        if fuller is not None:
            event.spacecraft = fuller
            return True
        return False
    crew = set(event.participants)
    for other in events:
        if other is not event and other.spacecraft and crew and crew & set(other.participants) \
                and (one_flight or _same_flight(event, other.spacecraft, events)):
            event.spacecraft = other.spacecraft
            if craft_from_crew is not None:
                craft_from_crew.add(id(event))
            return True
    if not guess_from_context:
        return False
    in_evidence = {span._.entity_key for span in index.mentions_by_type["Spacecraft"]
                   if any(e.start <= span.start_char < e.end for e in event.evidence)
                   and not (words is not None and _named_in_passing(span, event, words))}
    if len(in_evidence) == 1:  # the one craft its own sentences name (a parse that lost the subject)
        event.spacecraft = in_evidence.pop()
        return True
    # the crew's one spacecraft, named elsewhere in the article ("X, Y and Z launched aboard Soyuz MS-24");
    # with a mission named, only when that mission's sentences name this crew ("led Ax-1 crewmates X, Y")
    crafts_of_crew = {craft for craft, people in (named_crews or {}).items() if crew & set(people)}
    crafts_of_crew |= {other.spacecraft for other in events if other is not event and other.spacecraft
                       and other.type in SPACECRAFT_EVENTS and crew & set(other.participants)}
    if len(crafts_of_crew) == 1 and (event.mission is None or crew & index.crew_named_with("Mission", event.mission)):
        craft = next(iter(crafts_of_crew))
        if one_flight or _same_flight(event, craft, events):
            event.spacecraft = craft
            if craft_from_crew is not None:
                craft_from_crew.add(id(event))
            return True
    if event.mission is not None:
        # "Crew-7 undocked": the mission names the flight; its craft is the one a sentence names with it
        craft = index.craft_of_mission(event.mission) if words is None \
            else _craft_of_mission(index, event.mission, words)
        if craft is not None:
            event.spacecraft = craft
            return True
        return False
    antecedent = index.previous_mention("Spacecraft", before, max_sentences=2, prefer_subject=True)
    if antecedent is not None:
        event.spacecraft = antecedent._.entity_key
        return True
    return False


#: Dependencies by which a verb opens a clause of its own under another word ("X, who flew Soyuz MS-24",
#: "..., flying two crew members to leave room for the Starliner pair", "said that ...").
OWN_CLAUSE_DEPS: frozenset[str] = frozenset({"relcl", "advcl", "ccomp", "parataxis", "acl", "csubj"})


def _named_in_passing(craft: Span, event: Event, words: RoleWords) -> bool:
    """Whether the sentence names the craft only in passing, not as the vehicle of the event's trigger:
    after a comparison preposition ("It did so again after Columbia: STS-114 lifted off", "instead of
    Starliner"), or inside a clause that is not the trigger's own (a relative clause, a participle or a
    purpose clause: "Crew-9 will launch on Tuesday, flying two instead of four to leave room for the
    Starliner pair"). A guess from the sentence would take another flight's craft."""
    return after_comparison(craft, words) or _outside_clauses(
        craft, [t for t in craft.sent if t.text == event.trigger], words)


def _outside_clauses(craft: Span, anchors: list[Token], words: RoleWords) -> bool:
    """Whether the craft is outside the clause of every anchor (a trigger, a mission's name); False
    without anchors."""
    return bool(anchors) and all(_in_other_clause(craft.root, anchor, words) for anchor in anchors)


def _craft_of_mission(index: DocIndex, mission: str, words: RoleWords) -> str | None:
    """The one spacecraft the sentences naming ``mission`` name in the mission's own clause ("Crew-9 ...
    aboard a SpaceX Dragon"), not in passing ("Crew-9 will launch ..., flying two to leave room for the
    Starliner pair"); None when none or several."""
    return index.craft_of_mission(mission, lambda craft, span: not after_comparison(craft, words)
                                  and not _outside_clauses(craft, [span.root], words))


def _in_other_clause(token: Token, anchor: Token, words: RoleWords) -> bool:
    """Whether the way up from ``token`` to the anchor's clause passes a comparison preposition or a
    verb heading a clause of its own."""
    stops = {anchor.i} | {a.i for a in anchor.ancestors}
    node = token
    while node.i not in stops and node.head != node:
        child, node = node, node.head
        if node.i in stops:
            break
        if node.dep_ == "prep" and child.dep_ == "pobj" and node.lower_ in words.other_vehicle_prepositions:
            return True  # "after Columbia"; not "after splashing down in a Dragon"
        if node.lower_ == "instead":
            return True
        if node.pos_ in ("VERB", "AUX") and (node.dep_ in OWN_CLAUSE_DEPS or node.dep_ == "conj" and any(
                c.dep_ in SUBJECT_DEPS for c in node.children)):
            return True
    return False


#: How close (in characters) an undocking told just before a crew's planned landing must be.
UNDOCK_THEN_LAND_CHARS = 300


def _lands_after_undocking(event: Event, events: list[Event]) -> bool:
    """ "X, Y and Z are scheduled to undock in their Soyuz MS-23 spacecraft at 3:54 a.m. The trio will land
    on the steppe of Kazakhstan at 7:17 a.m.": a crew's landing told right after the undocking of their
    craft is that craft's, though its own sentence names none."""
    if event.type != "Landing" or not event.participants:
        return False
    return any(other.type == "Undocking" and other.spacecraft == event.spacecraft and other.status == event.status
               and set(event.participants) & set(other.participants) and min(
                   abs(a.start - b.end) for a in event.evidence for b in other.evidence) <= UNDOCK_THEN_LAND_CHARS
               and all(b.start <= a.start for a in event.evidence[:1] for b in other.evidence[:1])  # or in its sentence
               for other in events)


def _craft_told(event: Event, index: DocIndex, craft_anaphors: frozenset[str]) -> bool:
    """Whether the event's own sentences name its spacecraft or refer to it ("the capsule", "it")."""
    for evidence in event.evidence:
        span = index.doc.char_span(evidence.start, evidence.end, alignment_mode="expand")
        if span is None:
            continue
        if any(index.entity_of(t) is not None and index.entity_of(t)._.entity_key == event.spacecraft
               for t in span):
            return True
        if any(t.lower_ in craft_anaphors and t.lower_ != "it" and t.pos_ in ("NOUN", "PROPN") for t in span):
            return True
    return False


def _same_flight(event: Event, craft: str, events: list[Event]) -> bool:
    """Whether the event is dated within one flight of a dated event of ``craft``."""
    if event.time is None or event.time.earliest is None:
        return False
    return any(other.spacecraft == craft and other.time is not None and other.time.earliest is not None
               and abs(other.time.earliest - event.time.earliest) <= ONE_FLIGHT for other in events)


def _stations_of_events(events: list[Event], index: DocIndex) -> None:
    """The stations of spacecraft events that name none (``_station_left``); landings last, so that they
    can take the station their craft's undocking or docking has."""
    _mirror_undockings(events)
    for event in events:
        if event.type != "Landing":
            _station_left(event, index, events)
    for event in events:
        if event.type == "Landing":
            _station_left(event, index, events)


def _station_left(event: Event, index: DocIndex, events: list[Event] = ()) -> None:
    """A spacecraft that docks reached, and one that undocks left, the station of the article
    (``_station_reached``), unless a clause names another craft it docked with. A spacecraft that lands
    left the station its craft undocked from or docked with in the article, else, in an article about a
    station, the station last named before it (news of a landing rarely repeats where the crew came from);
    a free flyer that never docked names none."""
    if not event.evidence:
        return
    if event.type in ("Docking", "Undocking") and event.spacecraft is not None and any(
            event.spacecraft in (other.to, other.from_) for other in events if other.type in ("Docking", "Undocking")):
        return  # "Apollo docked with Soyuz 19": a craft other craft docked with, not a station's visitor
    if event.type == "Docking" and event.to is None:
        event.to = _station_reached(event, index)
        return
    if event.type == "Undocking" and event.from_ is None:
        event.from_ = _station_reached(event, index)
        return
    if event.type != "Landing" or event.from_ is not None:
        return
    visited = [other.from_ if other.type == "Undocking" else other.to for other in events
               if other.type in ("Undocking", "Docking") and other.spacecraft == event.spacecraft
               and other.status == event.status and _within_one_flight(event, other)]
    visited = [station for station in visited if station is not None and station != event.spacecraft
               and station in {s._.entity_key for s in index.mentions_by_type["SpaceStation"]}]
    if visited:
        event.from_ = visited[0]
        return
    span = index.doc.char_span(event.evidence[0].start, event.evidence[0].end, alignment_mode="expand")
    if span is None:
        return
    station = index.previous_mention("SpaceStation", span.end, max_sentences=1000)
    if station is not None:
        event.from_ = station._.entity_key


def _mirror_undockings(events: list[Event]) -> None:
    """ "Apollo docked with Soyuz 19 ... The ships undocked on 19 July": an undocking that names no craft
    it left, told of a craft that docked with another craft (or of that other craft), is that docking
    undone: the mover leaves its target, with the mover's crew."""
    dockings = [d for d in events if d.type == "Docking" and d.spacecraft and d.to and d.to != d.spacecraft]
    for event in events:
        if event.type != "Undocking" or event.from_ is not None or event.spacecraft is None:
            continue
        docking = next((d for d in dockings if event.spacecraft in (d.to, d.spacecraft)
                        and d.status == event.status and _within_one_flight(event, d)), None)
        if docking is None:
            continue
        if event.spacecraft == docking.to:
            event.spacecraft = docking.spacecraft
            event.participants = list(docking.participants)
        event.from_ = docking.to


def _within_one_flight(a: Event, b: Event) -> bool:
    if a.time is None or b.time is None or a.time.earliest is None or b.time.earliest is None:
        return True
    return abs(a.time.earliest - b.time.earliest) <= ONE_FLIGHT


def _station_reached(event: Event, index: DocIndex) -> str | None:
    """The station a docking (an undocking) that names none reached (left): the article's one station;
    else the station named just before it (its sentence or the one before), else the station the article
    names most, else the last named before it or the first after ("Zvezda had just arrived" in a career
    story naming the station often and Mir once: the station)."""
    stations = index.mentions_by_type["SpaceStation"]
    keys = {span._.entity_key for span in stations}
    if len(keys) <= 1:
        return keys.pop() if keys else None
    spans = [index.doc.char_span(e.start, e.end, alignment_mode="expand") for e in event.evidence]
    spans = [span for span in spans if span is not None]
    if not spans:
        return None
    end = max(span.end for span in spans)
    station = index.previous_mention("SpaceStation", end, max_sentences=STATION_WINDOW)
    if station is None:
        counts: dict[str, int] = {}
        for span in stations:
            counts[span._.entity_key] = counts.get(span._.entity_key, 0) + 1
        leaders = [key for key, count in counts.items() if count == max(counts.values())]
        if len(leaders) == 1:
            return leaders[0]
        start = min(span.start for span in spans)
        station = index.previous_mention("SpaceStation", end, max_sentences=1000) or next(
            (s for s in stations if s.start >= start), None)
    return station._.entity_key if station is not None else None


#: How many sentences before a docking that names no station a station named is the one it reached.
STATION_WINDOW = 1


@dataclass
class CrewStatement:
    """Astronauts a sentence puts aboard one spacecraft."""

    craft: str
    people: list[str]
    sentence_start: int  # character offset


def _crew_statements(index: DocIndex, words: RoleWords, events: list[Event] = (), flights: FlightModel | None = None,
                     flight_words: FlightWords | None = None) -> list[CrewStatement]:
    """Sentences that put astronauts aboard one spacecraft: "the capsule carrying X, Y and Z", "launched
    aboard S with X", "the Shenzhou-16 crew of X, Y and Z" (only the people of that crew phrase), and a
    sentence right after one naming a single craft that lists its crew without naming it ("On board are
    X, Y and Z", "Wakata is joined by X and Y")."""
    statements: list[CrewStatement] = []
    by_sentence: dict[int, tuple[list[Span], list[Span]]] = {}
    for label, slot in (("Spacecraft", 0), ("Astronaut", 1)):
        for span in index.mentions_by_type[label]:
            by_sentence.setdefault(index.sentence_at(span.start).start, ([], []))[slot].append(span)
    sentences = index.sentences
    previous_craft: str | None = None
    gap_passed = False  # one sentence naming nothing has passed since ``previous_craft`` was named
    mission_crafts = _crafts_of_missions(index, events)
    lead = flights.lead if flights is not None else None
    for sentence in sentences:
        crafts, people = by_sentence.get(sentence.start, ([], []))
        crafts = [c for c in crafts if not after_comparison(c, words)]  # "instead of Columbia": not aboard it
        targets = [c for c in crafts if flight_words is not None and craft_is_target(c, flight_words)]
        crafts = [c for c in crafts if c not in targets]  # "X, Y and Z spent two days chasing Zarya": not theirs
        if flight_words is not None and any(another_flight(c, flight_words) for c in crafts):
            previous_craft = None  # "X and Y will undock in their own Dragon": a craft the article does not name
            continue
        keys = {c._.entity_key for c in crafts}
        if flights is not None and crafts and not any(name_is_specific(c, index, flights) for c in crafts):
            keys = set()  # "to launch on a Soyuz": which of the article's Soyuz is not said
        if not crafts and not people and previous_craft is None:
            statements += _mission_crew_listed_after(sentence, people, index, words, mission_crafts)
            continue  # nothing here to put aboard anything
        if not crafts and not people and not gap_passed and not _names_mission_or_station(sentence, index):
            # "S lifted off at 19:23. At the launch site it was already 21:23. On board are X, Y and Z":
            # a sentence naming nobody and no vehicle leaves the craft before it the one a list is of
            gap_passed = True
            statements += _mission_crew_listed_after(sentence, people, index, words, mission_crafts)
            continue
        gap_passed = False
        text = sentence.text.lower()
        uncrewed = any(word in text for word in words.uncrewed_words)
        operated = any(c.root.head.lemma_.lower() in words.operator_verbs for c in crafts)
        if len(keys) == 1 and people and not uncrewed and not operated:
            craft = next(iter(keys))
            crew = _people_of_crew_phrase(crafts, people, words) if any(
                _crew_phrase_of(c, words) is not None for c in crafts) else None
            if crew is None:
                crew = _travellers_aboard(people, crafts, words, index)
                if any(t.lower_ in words.crew_links for t in sentence):
                    clauses = {_clause_head(c.root, words) for c in crafts}
                    crew += [p._.entity_key for p in people if _clause_head(p.root, words) in clauses
                             and not _met_aboard(p, sentence, words) and not relieved(p, sentence, words)
                             and not observer(p, words) and not _given_command(p, words)]
            if crew:
                statements.append(CrewStatement(craft, list(dict.fromkeys(crew)), sentence.start_char))
        elif not keys and people and previous_craft is not None and not uncrewed \
                and _lists_crew_of_previous(sentence, people, index, words, targets):
            listed = [p._.entity_key for p in people if not relieved(p, sentence, words)]
            if not sentence[-1].is_punct and sentence.end < len(index.doc):
                # a list the parser broke off mid-sentence ("..., as well as | NASA astronaut Z.")
                following = by_sentence.get(index.sentence_at(sentence.end).start, ([], []))
                if not following[0]:
                    listed += [p._.entity_key for p in following[1]]
            statements.append(CrewStatement(previous_craft, list(dict.fromkeys(listed)), sentence.start_char))
        elif not keys and people and previous_craft is not None and not uncrewed \
                and any(greeted(p, words) for p in people):
            # "S docked. X and Y were welcomed by Z": the welcomed are the craft's crew, the greeter is not
            arrivals = [p._.entity_key for p in people if greeted(p, words)]
            statements.append(CrewStatement(previous_craft, list(dict.fromkeys(arrivals)), sentence.start_char))
        if len(keys) > 1 and people and not uncrewed:
            # "The Shenzhou-13 crew succeeds the three astronauts of Shenzhou-12, X, Y and Z": each craft's
            # crew phrase holds its own people
            for craft_span in crafts:
                if _crew_phrase_of(craft_span, words) is not None:
                    crew = _people_of_crew_phrase([craft_span], people, words)
                    if crew:
                        statements.append(CrewStatement(craft_span._.entity_key, crew, sentence.start_char))
        if people and keys and lead is not None and lead not in keys and not uncrewed:
            # "The Shenzhou-15 crew of X and Y welcomed Z and W": the greeted arrived on the article's flight
            # unless their own phrase names their flight ("welcomed the Crew-8 folks (X, Y), whose Dragon
            # Endeavour docked last week": the crew of Endeavour)
            for craft in dict.fromkeys(_greeted_flight(p, index, flights) for p in people if greeted(p, words)):
                arrivals = [p._.entity_key for p in people if greeted(p, words)
                            and _greeted_flight(p, index, flights) == craft]
                if craft is not None:
                    statements.append(CrewStatement(craft, list(dict.fromkeys(arrivals)), sentence.start_char))
        if people and not uncrewed:
            statements += _crew_named_in_apposition(sentence, people, index, words, mission_crafts, lead)
        statements += _mission_crew_listed_after(sentence, people, index, words, mission_crafts)
        if people and not uncrewed:
            statements += _crew_led_by(sentence, people, index, words, mission_crafts, by_sentence, lead)
        if people and not uncrewed and flight_words is not None:
            statements += _crew_listed(sentence, people, index, words, flight_words, mission_crafts, lead)
        if ":" in sentence.text and not uncrewed:
            statements += _crew_listed_in_bullets(sentence, index, words, mission_crafts, lead)
        subjects = {c._.entity_key for c in crafts if index.in_subject(c)} & keys
        if len(keys) > 1 and len(subjects) == 1:
            keys = subjects  # "Endeavour lifted off, carrying the Unity node": the craft the sentence is about
        previous_craft = next(iter(keys)) if len(keys) == 1 and not uncrewed else None
    return statements


def _greeted_flight(person: Span, index: DocIndex, flights: FlightModel) -> str | None:
    """The flight greeted arrivals came on: the craft a relative clause of their phrase names ("the
    folks, whose Dragon Endeavour docked"), none when their phrase names a mission of another flight
    ("the Crew-8 folks" in an article led by Crew-7's craft), else the article's lead flight."""
    head = list_head(person.root)
    phrase = [person.root]  # the name and the nouns of the list or apposition up to its head
    while phrase[-1] != head:
        phrase.append(phrase[-1].head)
    for clause in (c for t in phrase for c in t.children if c.dep_ in ("relcl", "acl")):
        crafts = {index.entity_of(t)._.entity_key for t in clause.subtree if index.entity_of(t) is not None
                  and index.entity_of(t).label_ == "Spacecraft"}
        if len(crafts) == 1:
            return crafts.pop()
    lead = flights.lead
    missions = {index.entity_of(t)._.entity_key for t in head.lefts if index.entity_of(t) is not None
                and index.entity_of(t).label_ == "Mission"}
    if lead is None or missions - flights.flights[lead].missions:
        return None
    return lead


#: Marks that open the lines of a bulleted list.
BULLETS: tuple[str, ...] = ("-", "*", "\u2022", "\u2013")


def _crew_listed_in_bullets(sentence: Span, index: DocIndex, words: RoleWords, mission_crafts: dict[str, str],
                            lead: str | None) -> list[CrewStatement]:
    """ "The crew, in case you missed it:" and a line break, then bulleted lines that each open with a name
    ("- X, commander, ...", "- Y, the pilot, ..."): the first person of each line is the crew of the craft
    the crew noun names, else of the craft a subject named shortly before, else of the lead flight; not a
    station's or an expedition's crew."""
    colon = next((t for t in sentence if t.text == ":" and "\n" in index.text[t.idx:t.idx + 4]), None)
    if colon is None:
        return []
    head = index.doc[sentence.start:colon.i]
    nouns = [t for t in head if (t.lemma_.lower() in words.crew_apposition_nouns or t.lower_ in words.crew_nouns)
             and any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE_CREW_OWNERS for c in t.children)]
    if len(nouns) != 1 or any(t.lemma_.lower() in words.station_nouns for t in head) \
            or any(head.start <= span.start < head.end for label in ("Astronaut", "Mission", "SpaceStation")
                   for span in index.mentions_by_type[label]) and _vehicle_naming(nouns[0], index, mission_crafts) is None:
        return []
    text = index.text
    members: list[str] = []
    position = colon.idx + 1
    for line in text[position:].split("\n"):
        stripped = line.strip()
        if not stripped:
            if members:
                break
            position += len(line) + 1
            continue
        if not stripped.startswith(BULLETS):
            break
        start = position + line.index(stripped[0]) + 1
        first = next((span for span in index.mentions_by_type["Astronaut"]
                      if start <= span.start_char and text[start:span.start_char].strip() == ""), None)
        if first is None:
            break
        members.append(first._.entity_key)
        position += len(line) + 1
    members = list(dict.fromkeys(members))
    if len(members) < 2:
        return []
    craft = _vehicle_naming(nouns[0], index, mission_crafts)
    if craft is None:
        previous = index.previous_mention("Spacecraft", sentence.start, max_sentences=3, prefer_subject=True)
        craft = previous._.entity_key if previous is not None else lead
    return [CrewStatement(craft, members, sentence.start_char)] if craft is not None else []


#: Determiners of a crew noun that heads a list of its members.
DEFINITE_CREW_OWNERS: frozenset[str] = frozenset({"the", "its", "their", "our"})


def _names_mission_or_station(sentence: Span, index: DocIndex) -> bool:
    return any(sentence.start <= span.start < sentence.end for label in ("Mission", "SpaceStation")
               for span in index.mentions_by_type[label])


def _crew_listed(sentence: Span, people: list[Span], index: DocIndex, words: RoleWords, flight_words: FlightWords,
                 mission_crafts: dict[str, str], lead: str | None) -> list[CrewStatement]:
    """ "The crew consists of commander X, Y and Z": the crew of the craft its noun names, else of the craft
    a subject named shortly before, else of the article's lead flight; not a station's or expedition's crew
    (a station or mission the crew noun names that flew no known craft)."""
    found = crew_listed_by_verb(sentence, people, words.crew_apposition_nouns, flight_words, index,
                                _broken_off_names(sentence, index))
    if found is None:
        return []
    noun, members = found
    if any(t.lemma_.lower() in words.station_nouns for t in noun.subtree):
        return []
    mission = index.entity_of(noun)
    if mission is not None and mission.label_ == "Mission":  # "Crew-10 includes X, Y, ...": its known craft
        named = mission_crafts.get(mission._.entity_key)
        station_crew = any(w in mission.text.lower().split() for w in words.station_mission_words)
        return [CrewStatement(named, members, sentence.start_char)] if named and not station_crew else []
    craft = _vehicle_naming(noun, index, mission_crafts)
    if craft is None and any(index.entity_of(t) is not None and index.entity_of(t).label_ in ("Mission", "SpaceStation")
                             for t in noun.subtree):
        return []
    if craft is None:
        previous = index.previous_mention("Spacecraft", sentence.start, max_sentences=3, prefer_subject=True)
        craft = previous._.entity_key if previous is not None else lead
    return [CrewStatement(craft, members, sentence.start_char)] if craft is not None else []


def _broken_off_names(sentence: Span, index: DocIndex) -> list[Span]:
    """The astronauts of a verbless fragment right after a sentence ("..., as well as mission specialists |
    X of JAXA and Y of Roscosmos."): the rest of a list the parser broke off; none when it names a vehicle."""
    if sentence.end >= len(index.doc):
        return []
    following = index.doc[sentence.end].sent
    if any(t.pos_ in ("VERB", "AUX") for t in following):
        return []
    if any(following.start <= span.start < following.end for label in ("Spacecraft", "Mission", "SpaceStation")
           for span in index.mentions_by_type[label]):
        return []
    return [span for span in index.mentions_by_type["Astronaut"] if following.start <= span.start < following.end]


def _crew_named_in_apposition(sentence: Span, people: list[Span], index: DocIndex,
                              words: RoleWords, mission_crafts: dict[str, str],
                              lead: str | None = None) -> list[CrewStatement]:
    """ "The crew, commander X and first-time flyers Y and Z, floated through the hatch": a definite crew
    noun that names no vehicle but lists its people is the crew of the craft the text is about (the last
    one a clause had as subject a few sentences before); not a station's or an expedition's crew."""
    found: list[CrewStatement] = []
    for noun in sentence:
        if noun.pos_ != "NOUN" or not (noun.lemma_.lower() in words.crew_apposition_nouns or _counted_crew(noun, words)):
            continue
        if not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their") for c in noun.children):
            continue
        if noun.i + 1 >= sentence.end or noun.nbor(1).text not in (",", ":", "\u2014", "-"):
            continue
        # the apposition, read on the surface (parsers hang it anywhere): up to the next verb
        listed = [noun.nbor(-1), *noun.lefts]
        skip_to = 0
        for token in sentence.doc[noun.i + 2:sentence.end]:
            if token.i < skip_to:
                continue
            if token.dep_ == "relcl" and token.head.i < token.i and token.head.i in {t.i for t in listed}:
                skip_to = token.right_edge.i + 1  # "X, who commands the flight, pilot Y": a description of X
                continue
            if token.pos_ in ("VERB", "AUX") and index.entity_of(token) is None \
                    and token.lower_ not in words.person_titles:
                break
            listed.append(token)
        named = _vehicle_naming(noun, index, mission_crafts)
        def elsewhere(t: Token) -> bool:  # a station, or a vehicle other than the crew noun's own
            span = index.entity_of(t)
            return t.lemma_.lower() in words.station_nouns or t.lower_ in words.crew_statement_exclusions or (
                span is not None and span.label_ in ("Spacecraft", "Mission", "SpaceStation")
                and not (named and t in noun.lefts or t.head == noun and t.dep_ == "compound"))

        if any(elsewhere(t) for t in listed):
            continue
        positions = {t.i for t in listed}
        members = list(dict.fromkeys(p._.entity_key for p in people if p.start in positions))
        if len(members) < 2:
            continue
        if named:  # "the Ax-2 crew: commander X, pilot Y, ..."
            found.append(CrewStatement(named, members, sentence.start_char))
            continue
        craft = index.previous_mention("Spacecraft", sentence.start, max_sentences=3, prefer_subject=True)
        if craft is None:
            craft = _next_subject_craft(sentence, index)  # "The crew: ... . Atlantis lifted off on May 11"
        if craft is not None:
            found.append(CrewStatement(craft._.entity_key, members, sentence.start_char))
        elif lead is not None:  # the flight the article leads with
            found.append(CrewStatement(lead, members, sentence.start_char))
    return found


def _counted_crew(noun: Token, words: RoleWords) -> bool:
    """ "The three astronauts, X, Y and Z, ...": a plural crew noun with its number names a crew too."""
    return (noun.lower_ in words.crew_nouns or noun.lemma_.lower() in words.crew_nouns) and any(
        c.dep_ == "nummod" and (c.lower_ in words.number_words or c.lower_.isdigit()) for c in noun.children)


def _add_relative_clause_riders(events: list[Event], index: DocIndex, words: RoleWords) -> None:
    """ "Their Soyuz capsule, which also carried cosmonaut X, parachuted onto the steppe": the people a
    relative clause on the craft says it carried were aboard for the event of that sentence, besides the
    crew already known (a crew statement alone would not add people to a landing that names its own)."""
    for clause in index.doc:
        if clause.dep_ != "relcl" or clause.pos_ != "VERB" or (
                clause.lower_ not in words.crew_links and clause.lemma_.lower() not in words.carrier_verbs):
            continue
        craft_token = clause.head
        craft_span = index.entity_of(craft_token)
        if craft_span is not None and craft_span.label_ != "Spacecraft":
            continue
        if craft_span is None and craft_token.lemma_.lower() not in words.craft_anaphors:
            continue
        carried = {t.i for obj in clause.children if obj.dep_ == "dobj" for t in obj.subtree}
        riders = [span._.entity_key for span in index.mentions_by_type["Astronaut"] if span.root.i in carried]
        if not riders:
            continue
        sentence = clause.sent
        for event in events:
            if event.type not in SPACECRAFT_EVENTS or not event.spacecraft:
                continue
            if craft_span is not None and craft_span._.entity_key != event.spacecraft:
                continue
            if not any(e.start <= sentence.start_char < e.end or sentence.start_char <= e.start < sentence.end_char
                       for e in event.evidence):
                continue
            event.participants.extend(r for r in riders if r not in event.participants)


def _crew_led_by(sentence: Span, people: list[Span], index: DocIndex, words: RoleWords,
                 mission_crafts: dict[str, str],
                 by_sentence: dict[int, tuple[list[Span], list[Span]]], lead: str | None = None) -> list[CrewStatement]:
    """ "Commander X leads the crew, with pilot Y and mission specialists Z and W" / "The STS-130 crew was
    led by X. With him flew pilot Y and ...": a crew introduced by its leader and role titles is everyone
    the sentence names (and the next sentence's people when it opens "With him" or "Joining her"), aboard the craft its
    crew noun or mission names, else the craft the text is about; not a station's or expedition's crew.
    "X flies as commander, with Y as pilot" introduces a crew the same way."""
    for verb in sentence:
        if verb.lemma_.lower() not in words.crew_lead_verbs | words.crew_role_verbs or verb.pos_ != "VERB":
            continue
        candidates = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "The Ax-4 crew, led by commander X, includes ..."
            candidates.append(verb.head)
        nouns = [c for c in candidates
                 if c.lemma_.lower() in words.crew_apposition_nouns or c.lower_ in words.crew_apposition_nouns
                 or _names_flight_mission(c, index, words)]
        if verb.lemma_.lower() in words.crew_role_verbs:  # "X flies as commander, with Y as pilot and ..."
            roles = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children
                     if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lower_ in words.person_titles]
            with_phrase = any(p.dep_ == "prep" and p.lower_ == "with" for p in verb.children)
            nouns = roles[:1] if with_phrase and not any(
                span.label_ in ("Spacecraft", "SpaceStation", "Mission") for span in index.doc.ents
                if sentence.start <= span.start < sentence.end) else []
        if len(nouns) != 1:
            continue
        noun = nouns[0]
        named = _vehicle_naming(noun, index, mission_crafts)
        others = [span for span in index.doc.ents if sentence.start <= span.start < sentence.end
                  and span.label_ in ("Spacecraft", "SpaceStation", "Mission")]
        own = {t.i for t in noun.subtree}
        if any(t.lemma_.lower() in words.station_nouns for t in noun.subtree) \
                or any(span.start not in own for span in others):
            continue
        members = [p._.entity_key for p in people]
        if sentence.end < len(index.doc):
            following = index.doc[sentence.end].sent
            opener = [t.lower_ for t in following[:2]]
            joining = opener and (opener[0] == "with" or following[0].lemma_.lower() in words.companion_verbs)
            if joining and len(opener) > 1 and opener[1] in words.person_pronouns | words.group_pronouns:
                members += [p._.entity_key for p in by_sentence.get(following.start, ([], []))[1]]
            elif opener and opener[0] in words.person_pronouns and following.root.lemma_.lower() in \
                    words.companion_verbs and following.root.tag_ == "VBN":
                # "X commands the Crew-8 mission. He is joined by Y, Z and W."
                members += [p._.entity_key for p in by_sentence.get(following.start, ([], []))[1]]
        members = list(dict.fromkeys(members))
        if len(members) < 2:
            continue
        craft = named
        if craft is None:
            previous = index.previous_mention("Spacecraft", sentence.start, max_sentences=3, prefer_subject=True)
            craft = previous._.entity_key if previous is not None else lead
        if craft is not None:
            return [CrewStatement(craft, members, sentence.start_char)]
    return []


def _names_flight_mission(noun: Token, index: DocIndex, words: RoleWords) -> bool:
    """Whether a noun is a flight's mission ("the Crew-8 mission", "Crew-8"): no station's expedition."""
    span = index.entity_of(noun) or next((index.entity_of(c) for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod")
                                          and index.entity_of(c) is not None), None)
    return span is not None and span.label_ == "Mission" and not any(
        w in span.text.lower().split() for w in words.station_mission_words)


def _next_subject_craft(sentence: Span, index: DocIndex) -> Span | None:
    """The spacecraft the next sentence has as its subject, when the text names none before."""
    if sentence.end >= len(index.doc):
        return None
    following = index.doc[sentence.end].sent
    return next((span for span in index.mentions_by_type["Spacecraft"]
                 if following.start <= span.start < following.end and span.root.dep_ in SUBJECT_DEPS), None)


def _crafts_of_missions(index: DocIndex, events: list[Event]) -> dict[str, str]:
    """The craft each mission flew: from events naming both ("the Ax-2 crew lifted off aboard Freedom"),
    else from sentences naming both."""
    crafts: dict[str, set[str]] = {}
    for event in events:
        if event.mission and event.spacecraft:
            crafts.setdefault(event.mission, set()).add(event.spacecraft)
    found = {mission: next(iter(keys)) for mission, keys in crafts.items() if len(keys) == 1}
    for span in index.mentions_by_type["Mission"]:
        mission = span._.entity_key
        if mission not in found and mission not in crafts:
            craft = index.craft_of_mission(mission)
            if craft is not None:
                found[mission] = craft
    return found


def _vehicle_naming(noun: Token, index: DocIndex, mission_crafts: dict[str, str]) -> str | None:
    """The craft a crew noun names by itself or through its mission ("the Ax-2 crew", "the four members
    of Axiom Mission 2", "the Soyuz MS-26 crew")."""
    candidates = [t for t in noun.lefts if t.dep_ in ("compound", "poss", "nmod", "amod")]
    candidates += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
    for token in candidates:
        span = index.entity_of(token)
        if span is None:
            continue
        if span.label_ == "Spacecraft":
            return span._.entity_key
        if span.label_ == "Mission" and span._.entity_key in mission_crafts:
            return mission_crafts[span._.entity_key]
    return None


def _mission_crew_listed_after(sentence: Span, people: list[Span], index: DocIndex, words: RoleWords,
                               mission_crafts: dict[str, str]) -> list[CrewStatement]:
    """ "The four members of Axiom Mission 2 are preparing to leave. Commander X, pilot Y and mission
    specialists Z and W are scheduled to undock ...": a crew noun naming its vehicle but not its people,
    followed by a sentence whose subject lists two or more astronauts and names no other vehicle."""
    if people or sentence.end >= len(index.doc):
        return []
    crafts = set()
    for noun in sentence:
        if noun.lemma_.lower() in words.crew_nouns or noun.lower_ in words.crew_nouns:
            craft = _vehicle_naming(noun, index, mission_crafts)
            if craft is not None:
                crafts.add(craft)
    if len(crafts) != 1:
        return []
    following = index.doc[sentence.end].sent
    if any(span.label_ in ("Spacecraft", "Mission", "SpaceStation")
           for span in index.doc.ents if following.start <= span.start < following.end):
        return []
    listed = [span for span in index.mentions_by_type["Astronaut"]
              if following.start <= span.start < following.end
              and any(a.dep_ in ("nsubj", "nsubjpass") for a in [span.root, *span.root.ancestors])]
    members = list(dict.fromkeys(span._.entity_key for span in listed))
    if len(members) < 2:
        return []
    return [CrewStatement(crafts.pop(), members, following.start_char)]


def _crew_phrase_of(craft: Span, words: RoleWords) -> Token | None:
    """The crew noun a craft's name modifies ("the Shenzhou-16 crew", "the crew of Soyuz MS-26")."""
    token = craft.root
    for _ in range(3):
        if token.dep_ in ("compound", "poss", "nmod", "amod", "nummod"):
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of":
            token = token.head.head
        else:
            return None
        if token.lower_ in words.crew_nouns or token.lemma_.lower() in words.crew_nouns:
            return token
    return None


def _people_of_crew_phrase(crafts: list[Span], people: list[Span], words: RoleWords) -> list[str]:
    """The astronauts inside the crew phrase(s) a craft names: "the Shenzhou-16 crew of X, Y and Z" but not
    the other crew the sentence names."""
    phrases = [p for p in (_crew_phrase_of(c, words) for c in crafts) if p is not None]
    inside = [person for person in people
              if any(person.root == phrase or phrase in person.root.ancestors for phrase in phrases)]
    return [person._.entity_key for person in _with_list_continued(inside, people, words)]


def _with_list_continued(listed: list[Span], people: list[Span], words: RoleWords) -> list[Span]:
    """``listed`` and the names that continue its list on the surface ("the crew of X, Y and Z greeted
    them" where the parser hung "Y and Z" on the verb): names after the last listed one separated from it
    only by commas, "and" and titles."""
    if not listed:
        return listed
    found = list(listed)
    doc = listed[0].doc
    for person in sorted(people, key=lambda p: p.start):
        last = max(found, key=lambda p: p.end)
        if person.start < last.end or person in found:
            continue
        between = doc[last.end:person.start]
        if len(between) and all(t.text in (",", "and") or t.lower_ in words.person_titles for t in between) \
                and any(t.text in (",", "and") for t in between):
            found.append(person)
        else:
            break
    return found


def _travellers_aboard(people: list[Span], crafts: list[Span], words: RoleWords,
                       index: DocIndex | None = None) -> list[str]:
    """ "X, Y and Z returned in the Soyuz MS-11": the astronauts in the subject of a verb whose "in",
    "aboard" or "on" phrase is the craft; not those of another flight's crew phrase inside that subject
    ("X, who arrived on Soyuz MS-26, and the four members of the Crew-9 mission, among them Y")."""
    found: list[str] = []
    for craft in crafts:
        token = craft.root
        while token.dep_ in ("compound", "nummod", "amod") and token.head.i > token.i:
            token = token.head  # "in the Soyuz MS-11 spacecraft"
        if token.dep_ != "pobj" or token.head.lower_ not in words.vehicle_prepositions - {"of"}:
            continue
        verb = token.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = subject_of(verb)
        found += [p._.entity_key for p in people
                  if subject is not None and (p.root == subject or subject in p.root.ancestors)
                  and not (index is not None and in_other_flight_phrase(p, subject, index))
                  or verb in p.root.ancestors and relation_to(p.root, verb) in words.crew_prepositions
                  or subject is None and _dangling_before(p, verb)]
    return found



def _dangling_before(person: Span, verb: Token) -> bool:
    """A name before a verb the parser left without a subject ("X of Russia, Y of Canada and Z of the
    United States returned in the Soyuz MS-11"), attached to no other verb: the verb's subject in fact."""
    return person.end <= verb.i and person.sent == verb.sent and not any(
        a.pos_ in ("VERB", "AUX") and a != verb for a in person.root.ancestors)


def _clause_head(token: Token, words: RoleWords) -> Token:
    """The head of the clause a word belongs to: climbs until a reported, paratactic or conjoined clause
    with its own subject ("Cassidy handed command to Ryzhikov, and Cassidy, Ivanishin and Vagner
    undocked in Soyuz MS-16": Ryzhikov is not in the Soyuz's clause). A title the tagger took for a
    verb ("X and his crewmates, NASA astronaut Y", "X, Y and NASA astronaut Z are due to return") opens
    no clause."""
    for _ in range(12):
        if token.head == token:
            return token
        if token.dep_ in ("ccomp", "parataxis", "relcl") and token.lower_ not in words.person_titles \
                and token.head.lower_ not in words.person_titles:
            return token
        if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return token
        if token.dep_ == "advcl" and any(c.dep_ == "mark" for c in token.children) and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return token  # "X will remain aboard while Y and Z return in the Soyuz": Y and Z's own clause
        token = token.head
    return token


def _lists_crew_of_previous(sentence: Span, people: list[Span], index: DocIndex, words: RoleWords,
                            targets: list[Span] = ()) -> bool:
    """Whether a sentence naming no vehicle lists the crew of the craft the sentence before names: a
    crew cue ("On board are", "is joined by", "flew with") or a subject of two or more astronauts, and
    nothing that puts them on a station instead ("the new arrivals join", "aboard the station"); the phrase
    of a craft they go after ("chasing the Zarya module, which ...", ``targets``) is no station."""
    if any(index.mentions_by_type[label] and any(sentence.start <= s.start < sentence.end
                                                for s in index.mentions_by_type[label])
           for label in ("SpaceStation", "Mission")):
        return False
    aside = {t.i for span in targets for t in _phrase_head(span).subtree}
    tokens = [t for t in sentence if t.i not in aside]
    if any(t.lemma_.lower() in words.station_nouns or t.lower_ in words.crew_statement_exclusions
           for t in tokens):
        return False
    if any(_aboard_unrecognised_vehicle(t, index, words) for t in tokens):
        return False  # "Y, who arrived aboard TMA-18M, ...": another vehicle the entity stage missed
    if any(t.lower_ in words.crew_statement_cues for t in tokens):
        return True
    in_subject = [p for p in people if any(a.dep_ in ("nsubj", "nsubjpass") for a in [p.root, *p.root.ancestors]
                                           if a.sent == sentence)]
    return len({p._.entity_key for p in in_subject}) >= 2


def _phrase_head(span: Span) -> Token:
    token = span.root
    while token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i:
        token = token.head
    return token


def _given_command(person: Span, words: RoleWords) -> bool:
    """ "He will hand over command to Y and leave with X and Z aboard the Soyuz": Y takes over the station,
    Y is no traveller."""
    token = list_head(person.root)
    if token.dep_ != "pobj" or token.head.lower_ != "to":
        return False
    verb = token.head.head
    return any(t.lemma_.lower() in words.command_words for t in verb.subtree if t.i < token.i)


def _met_aboard(person: Span, sentence: Span, words: RoleWords) -> bool:
    """ "..., joining Expedition 69 crew members X and Y", "greeted by X": a person the arrivals meet."""
    return any(a.lemma_.lower() in words.crew_statement_exclusions or a.lower_ in words.crew_statement_exclusions
               for a in person.root.ancestors if a.i >= sentence.start)


def _aboard_unrecognised_vehicle(token: Token, index: DocIndex, words: RoleWords) -> bool:
    """A vehicle preposition ("aboard", "in") whose object is a name that is no recognised entity."""
    if token.dep_ != "prep" or token.lower_ not in words.vehicle_prepositions - {"of", "in", "on"}:
        return False
    return any(c.dep_ == "pobj" and c.pos_ == "PROPN" and index.entity_of(c) is None
               and not any(index.entity_of(t) is not None for t in c.subtree) for c in token.children)


def _crews_named_with_spacecraft(statements: list[CrewStatement]) -> dict[str, list[str]]:
    """Astronauts the article puts aboard each spacecraft (see ``_crew_statements``)."""
    crews: dict[str, list[str]] = {}
    for statement in statements:
        crew = crews.setdefault(statement.craft, [])
        crew.extend(p for p in statement.people if p not in crew)
    return crews


#: Events of one spacecraft more than a year apart belong to different flights (a reused capsule in a bio);
#: a long-duration crew stays with its Soyuz or Dragon for up to a year.
ONE_FLIGHT = timedelta(days=380)


def _share_crews(events: list[Event], index: DocIndex, words: RoleWords, statements: list[CrewStatement],
                 flights: FlightModel, flight_words: FlightWords | None = None) -> None:
    """One vehicle, one crew: the people an article puts aboard a spacecraft were aboard for its launch,
    docking, undocking and landing, unless a sentence says the vehicle flew without them.

    An event that names its own crew keeps it ("A, B and C landed in Soyuz MS-15" after "A launched on
    Soyuz MS-15 with D and E": a crew that flies up in one vehicle may come home in another); it only
    grows by a crew that contains it ("X lifted off" + "X is joined by Y and Z"), and a return that names
    two or more of its crew not even by that ("Dyson will remain aboard while Novitskiy and Vasilevskaya
    return"): only by the crew its own sentences put aboard. A launch or docking does not take people a
    clause puts aboard another craft ("Y, who had arrived on Endeavour"). An event without a
    crew of its own takes every crew the article puts aboard the craft. Only within one flight: a capsule
    flown twice in the article (dates more than a year apart) shares no crew, unless the article is about
    that craft: then it is two flights, each with the crews stated nearest its own events
    (``events_flights.flights_of_craft``)."""
    arrived_in = _arrival_crafts(index, words, flight_words.career_adverbs if flight_words else frozenset())
    launches = [(event, list(event.participants)) for event in events
                if event.type == "Launch" and event.spacecraft and event.participants]
    by_craft: dict[str, list[Event]] = {}
    for event in events:
        if event.type in SPACECRAFT_EVENTS and event.spacecraft:
            by_craft.setdefault(event.spacecraft, []).append(event)
    for craft, events_of_craft in by_craft.items():
        # a craft flown twice is told apart only in an article about that craft (a look-back at its last
        # flight); in a career round-up the crews of its flights cannot be told apart by position
        may_split = craft == flights.lead and flights.lead_from_top
        for craft_events, crews in flights_of_craft(events_of_craft, [
                (statement.sentence_start, statement.people) for statement in statements if statement.craft == craft],
                ONE_FLIGHT, may_split):
            _share_crew_of_flight(craft, craft_events, crews, statements, arrived_in, index, words, launches)


def _share_crew_of_flight(craft: str, craft_events: list[Event], crews: list[list[str]],
                          statements: list[CrewStatement], arrived_in: dict[str, set[str]], index: DocIndex,
                          words: RoleWords, launches: list[tuple[Event, list[str]]] = ()) -> None:
    """Share the crews put aboard one flight of ``craft`` among that flight's events (see ``_share_crews``).
    ``launches``: the article's launches with the crews their own sentences name."""
    own = {id(event): list(event.participants) for event in craft_events}
    # "launched an uncrewed Soyuz MS-23 ... to bring home X, Y and Z", "An uncrewed Soyuz docked ..., giving
    # a ride home to three crew members": it flew up and docked empty
    flew_up_empty = any(event.type in ("Launch", "Docking") and _told_uncrewed(event, words)
                        for event in craft_events)
    for event in craft_events:
        if _told_uncrewed(event, words):
            continue
        # "Starliner undocked without Wilmore and Williams": it flew empty of the crew it took up
        absent = {span._.entity_key for span in index.mentions_by_type["Astronaut"] if left_behind(span, words)
                  and any(e.start <= span.start_char < e.end for e in event.evidence)}
        if absent - set(own[id(event)]):
            continue
        if flew_up_empty and event.type in ("Launch", "Docking") and not own[id(event)]:
            continue
        mine = set(own[id(event)])
        flown_by_others = [own[id(other)] for other in craft_events if other is not event]
        if event.type in ("Undocking", "Landing") and len(mine) >= 2:
            # "Dyson will remain aboard while Novitskiy and Vasilevskaya return": a crew named for the
            # return is the crew that returned, not the one that flew up
            flown_by_others = [crew for crew in flown_by_others if not set(crew) - mine or any(
                other.type in ("Undocking", "Landing") and own[id(other)] == crew for other in craft_events)]
        crew_statements = crews
        if event.type in ("Undocking", "Landing") and len(mine) >= 2:
            crew_statements = []  # only the crew its own sentences put aboard (below)
        larger = crew_statements + flown_by_others
        if event.type in ("Launch", "Docking"):
            # not a crew that came home in another composition, nor those who flew up in another craft
            swapped = [set(own[id(other)]) for other in craft_events if _swapped_return_crew(other, own, craft_events)]
            larger = [[k for k in crew if craft in arrived_in.get(k, {craft})
                       and not _launched_in_other_craft(k, event, launches)] for crew in larger
                      if set(crew) not in swapped]
        if mine:  # a crew containing the event's own, or the crew its own sentences put aboard
            larger = [crew for crew in larger if mine < set(crew)] + [
                statement.people for statement in statements if statement.craft == craft
                and any(e.start <= statement.sentence_start < e.end for e in event.evidence)]
        for crew in larger:
            event.participants.extend(k for k in crew if k not in event.participants)


def _swapped_return_crew(other: Event, own: dict[int, list[str]], craft_events: list[Event]) -> bool:
    """ "Soyuz T-13 lifted off carrying X and Y" ... "X and Z returned aboard Soyuz T-13": a crew a return
    names that lacks someone an ascent of the craft names came home in another composition; it was not
    aboard the launch or docking."""
    if other.type not in ("Undocking", "Landing") or not own[id(other)]:
        return False
    returned = set(own[id(other)])
    return any(len(own[id(ascent)]) >= 2 and set(own[id(ascent)]) - returned for ascent in craft_events
               if ascent.type in ("Launch", "Docking"))


#: Two launches of one person closer than this are one flight: a person who launched in another craft
#: that long before or after an event was not aboard it.
SAME_TOUR = timedelta(days=200)


def _launched_in_other_craft(person: str, event: Event, launches: list[tuple[Event, list[str]]]) -> bool:
    """ "X and Y launched aboard Starliner in June ... will return in February aboard a Dragon with Z and
    W. Crew-9 is scheduled to launch in September": X and Y were not aboard the Dragon's launch; a launch
    naming the person, of another craft, within one tour of duty of the event."""
    if event.time is None or event.time.earliest is None:
        return False
    return any(person in crew and other.spacecraft != event.spacecraft and other.time is not None
               and other.time.earliest is not None and abs(other.time.earliest - event.time.earliest) <= SAME_TOUR
               for other, crew in launches)


def _empty_flights_carry_no_crew(events: list[Event], flights: FlightModel) -> None:
    """A cargo craft carries nobody on any event ("the arm operated by X captured the Dragon cargo craft");
    a craft the article says came back empty carries nobody on its undocking and landing."""
    for event in events:
        if event.type not in SPACECRAFT_EVENTS or not event.participants:
            continue
        if event.spacecraft in flights.cargo or (
                event.spacecraft in flights.returned_empty and event.type in ("Undocking", "Landing")):
            event.participants.clear()


def _told_uncrewed(event: Event, words: RoleWords) -> bool:
    """Whether one of the event's sentences says the craft flew without a crew ("an uncrewed Soyuz")."""
    return any(word in e.sentence.lower() for e in event.evidence for word in words.uncrewed_words)


def _arrival_crafts(index: DocIndex, words: RoleWords, career_adverbs: frozenset[str] = frozenset()
                    ) -> dict[str, set[str]]:
    """The craft each astronaut flew up in, where a relative or pluperfect clause of theirs says so ("Y, who
    arrived on Endeavour", "Z had flown up on Soyuz TMA-16M"), not a clause of another flight of theirs
    ("Ye, who also flew on Shenzhou-13"): astronaut key -> spacecraft keys."""
    found: dict[str, set[str]] = {}
    for span in index.mentions_by_type["Astronaut"]:
        token = list_head(span.root)
        verbs = [c for c in (span.root, token) for c in c.children if c.dep_ == "relcl"]
        if token.dep_ in SUBJECT_DEPS:
            verbs.append(token.head)
        for verb in verbs:
            if verb.lemma_.lower() not in words.arrival_verbs:
                continue
            if any(c.dep_ == "advmod" and c.lower_ in career_adverbs for c in verb.children):
                continue
            if verb.dep_ != "relcl" and not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
                continue  # a career's other flights ("he flew aboard Discovery in 2011") say nothing of this one
            if _dated_years_before(verb, index.doc._.published):
                continue  # "X, who flew on Shenzhou-11 in 2016": an earlier flight, not this arrival
            for prep in verb.children:
                if prep.dep_ != "prep" or prep.lower_ not in words.vehicle_prepositions - {"of"}:
                    continue
                for object_ in prep.children:
                    craft = index.entity_of(object_)
                    if object_.dep_ == "pobj" and craft is not None and craft.label_ == "Spacecraft":
                        found.setdefault(span._.entity_key, set()).add(craft._.entity_key)
    return found


#: A clause dated this many years or more before the article tells of an earlier flight, not this one.
EARLIER_FLIGHT_YEARS = 2


def _dated_years_before(verb: Token, published: date | None) -> bool:
    """Whether a verb's own "in YEAR" phrase puts it years before the article's publication."""
    if published is None:
        return False
    years = [int(t.text) for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "in"
             for t in prep.children if t.dep_ == "pobj" and t.like_num and len(t.text) == 4 and t.text.isdigit()]
    return any(published.year - year >= EARLIER_FLIGHT_YEARS for year in years)


def _drop_spacewalk_preparations(events: list[Event]) -> list[Event]:
    """ "X, Y and Z prepared for the spacewalk" then "X and Y ventured outside": an undated plan naming
    more people than a spacewalk that took place is that spacewalk's preparation, with the crew member
    who stayed inside, not another spacewalk."""
    walked = [set(e.participants) for e in events
              if e.type == "Spacewalk" and e.status == "occurred" and e.participants]
    return [e for e in events if not (
        e.type == "Spacewalk" and e.status == "planned" and e.time is None and e.count is None
        and any(crew < set(e.participants) for crew in walked))]


def _has_key_roles(event: Event) -> bool:
    """Keep only events that say who or what: an event without its key roles answers no question."""
    if event.type == "ChangeOfCommand":
        return bool(event.from_ or event.to)
    if event.type == "Spacewalk":
        return bool(event.participants)
    # a launch, docking, undocking or landing is the spacecraft's: without one it answers no question
    # (and breaks the shape skg:SpacecraftEvent-spacecraft)
    return event.spacecraft is not None


@Language.factory("spacekg_events", default_config={"data_dir": None},
                  assigns=["doc._.events"], requires=["doc._.times", "doc._.entities", "token.dep"])
def make_event_extractor(nlp: Language, name: str, data_dir: str | None) -> EventExtractor:
    return EventExtractor(data_dir)
