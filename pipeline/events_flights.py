"""A per-article model of the flights an article tells of: which craft, which mission, which crew.

An article about a crew rotation names two capsules of one kind (the arriving and the departing one),
two Soyuz, or a Shenzhou and the one it relieves. A sentence saying "the spacecraft", "Dragon" or "their
Soyuz" then stands for ONE of those flights, and a sentence naming only people ("X and Y will return to
Earth in February") for the flight those people flew. The model is built once per document from what the
article states (crew statements, "Crew-10's Dragon, Endurance", mission-craft links) and answers:

- which flight an explicit name in apposition or possessive picks ("Crew-10's Dragon, Endurance"),
- which flight a set of people or a mission belongs to (exactly one, else none),
- which flight leads the article (the first craft its headline names, else the one its first paragraph
  names): the one an unnamed launch or docking is of, and whose crew the arrivals a sentence greets are.

Precision first: when two flights stay equally plausible, the model answers None and the craft stays empty.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from spacy.tokens import Span, Token

from pipeline.events_roles import DocIndex, subject_of
from pipeline.model import Event

log = logging.getLogger(__name__)

_WORDS = re.compile(r"\w+")

#: Sentences at the top of an article (headline, dateline paragraph) that say what the article is about.
LEAD_SENTENCES = 3


FLIGHT_WORDS_FILE = "flights.json"


@dataclass(frozen=True)
class FlightWords:
    """Word lists of the flight model (``data/lexicon/flights.json``)."""

    crew_listing_verbs: frozenset[str] = frozenset()
    own_words: frozenset[str] = frozenset()
    cargo_words: frozenset[str] = frozenset()
    return_words: frozenset[str] = frozenset()
    launch_words: frozenset[str] = frozenset()
    launcher_words: frozenset[str] = frozenset()
    career_adverbs: frozenset[str] = frozenset()
    target_verbs: frozenset[str] = frozenset()
    listed_titles: frozenset[str] = frozenset()


def load_flight_words(lexicon_dir: Path) -> FlightWords:
    path = lexicon_dir / FLIGHT_WORDS_FILE
    if not path.exists():
        log.warning("no %s: the flight model reads no crew listings", path)
        return FlightWords()
    with path.open(encoding="utf-8") as handle:
        raw = json.load(handle)
    return FlightWords(**{name: frozenset(w.lower() for w in raw.get(name, []))
                          for name in FlightWords.__dataclass_fields__})


@dataclass
class Flight:
    """One craft's flight as the article tells it."""

    craft: str
    missions: set[str] = field(default_factory=set)
    crew: list[str] = field(default_factory=list)
    first_named: int = 0  # token index of the craft's first mention


@dataclass
class FlightModel:
    """The flights of one article and the facts about them computed once per document."""

    flights: dict[str, Flight]
    lead: str | None = None
    #: whether the lead flight is named in the headline or first paragraph (not only first and most below)
    lead_from_top: bool = False
    #: craft keys whose name is contained in another craft's name of the article ("Soyuz" / "Soyuz MS-28")
    generic: frozenset[str] = frozenset()
    #: every word each craft is called by in the article (its label, key and mentions)
    name_words: dict[str, frozenset[str]] = field(default_factory=dict)
    #: cargo craft ("the Dragon cargo craft"): no crew on any of their events
    cargo: frozenset[str] = frozenset()
    #: craft the article says came back empty ("Starliner Completes Uncrewed Return"): no crew on their return
    returned_empty: frozenset[str] = frozenset()

    @property
    def specific(self) -> list[str]:
        return [key for key in self.flights if key not in self.generic]

    @property
    def one_flight(self) -> bool:
        """An article naming at most two spacecraft tells of one flight (a crew's craft and perhaps a
        visitor); one naming more (a career, a year in review) links people to several flights."""
        return len(self.flights) <= 2

    def add_crew(self, craft: str, people: Iterable[str]) -> None:
        """Put people aboard a craft's flight (not a cargo craft's: it carries nobody)."""
        if craft in self.flights and craft not in self.cargo:
            crew = self.flights[craft].crew
            crew.extend(p for p in people if p not in crew)

    def flight_of_people(self, people: Iterable[str]) -> str | None:
        """The one flight whose crew holds all these people; None when none or several do."""
        wanted = set(people)
        if not wanted:
            return None
        found = {key for key, flight in self.flights.items() if wanted <= set(flight.crew)}
        return found.pop() if len(found) == 1 else None

    def flight_of_mission(self, mission: str | None) -> str | None:
        if mission is None:
            return None
        found = {key for key, flight in self.flights.items() if mission in flight.missions}
        return found.pop() if len(found) == 1 else None

    def crew_elsewhere(self, people: Iterable[str], craft: str) -> bool:
        """Whether any of these people is known as the crew of a flight other than ``craft`` (and not of it)."""
        own = set(self.flights[craft].crew) if craft in self.flights else set()
        return any(person not in own and any(person in flight.crew for key, flight in self.flights.items()
                                             if key != craft) for person in people)


def build_flights(index: DocIndex, mission_crafts: Mapping[str, str], words: FlightWords | None = None,
                  uncrewed_words: Iterable[str] = ()) -> FlightModel:
    """The article's flights from its spacecraft mentions and the craft each mission flew
    (``mission_crafts``), plus links the parse states ("Crew-10's Dragon, Endurance": the mission possesses
    the craft). Crews are added after (``FlightModel.add_crew``): finding them needs the lead flight."""
    flights: dict[str, Flight] = {}
    for span in index.mentions_by_type["Spacecraft"]:
        flights.setdefault(span._.entity_key, Flight(span._.entity_key, first_named=span.start))
    for mission, craft in mission_crafts.items():
        if craft in flights:
            flights[craft].missions.add(mission)
    for mission, craft in _possessed_crafts(index):
        if craft in flights:
            flights[craft].missions.add(mission)
    name_words = _name_words(index)
    generic = frozenset(key for key in flights if _name_within_other(key, name_words, index.labels))
    model = FlightModel(flights, generic=generic, name_words=name_words)
    if words is not None:
        model.cargo = cargo_crafts(index, words)
        model.returned_empty = crafts_returned_empty(index, words, tuple(uncrewed_words))
    model.lead, model.lead_from_top = _lead_flight(index, model)
    log.debug("flights %s lead %s", {k: (sorted(f.missions), f.crew) for k, f in flights.items()}, model.lead)
    return model


def cargo_crafts(index: DocIndex, words: FlightWords) -> frozenset[str]:
    """Craft whose noun phrase calls them cargo craft ("The SpaceX Dragon cargo craft", "the Cargo Dragon")."""
    found: set[str] = set()
    for span in index.mentions_by_type["Spacecraft"]:
        head = span.root
        while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head  # "the SpaceX Dragon cargo craft": up to the noun the name modifies
        phrase = [*span, head, *(c for c in head.lefts if c.dep_ in ("compound", "amod"))]
        if any(t.lower_ in words.cargo_words or t.lemma_.lower() in words.cargo_words for t in phrase):
            found.add(span._.entity_key)
    return frozenset(found)


def crafts_returned_empty(index: DocIndex, words: FlightWords, uncrewed_words: tuple[str, ...]) -> frozenset[str]:
    """Craft a sentence says came back without a crew: the sentence has an uncrewed phrase and a return word
    and names the craft (and only it)."""
    found: set[str] = set()
    lowered = index.text.lower()
    if not any(word in lowered for word in uncrewed_words):
        return frozenset()
    for sentence in index.sentences:
        text = lowered[sentence.start_char:sentence.end_char]
        if not any(word in text for word in uncrewed_words):
            continue
        if not any(t.lemma_.lower() in words.return_words or t.lower_ in words.return_words for t in sentence):
            continue
        if any(t.lemma_.lower() in words.launch_words for t in sentence):
            continue  # "an uncrewed Soyuz launched to return the crew": it flew up empty, not down
        named = {span._.entity_key for span in index.mentions_by_type["Spacecraft"]
                 if sentence.start <= span.start < sentence.end}
        if len(named) == 1:  # named: "the damaged capsule ... without a crew" may be either of two Soyuz
            found |= named
    return frozenset(found)


def _name_words(index: DocIndex) -> dict[str, frozenset[str]]:
    """The words each craft goes by: "Crew Dragon Endurance" is also a "Dragon" when its label is
    "Endurance"."""
    words: dict[str, set[str]] = {}
    for span in index.mentions_by_type["Spacecraft"]:
        key = span._.entity_key
        found = words.setdefault(key, set(_WORDS.findall(index.labels.get(key, key).lower())))
        found.update(_WORDS.findall(key.replace("-", " ")))
        found.update(_WORDS.findall(span.text.lower()))
    return {key: frozenset(found) for key, found in words.items()}


def _name_within_other(key: str, name_words: Mapping[str, frozenset[str]], labels: Mapping[str, str]) -> bool:
    words = set(_WORDS.findall(labels.get(key, key).lower()))
    return bool(words) and any(other != key and words < found for other, found in name_words.items())


def _possessed_crafts(index: DocIndex) -> list[tuple[str, str]]:
    """ "Crew-10's Dragon, Endurance", "the Ax-4 mission's capsule Grace": a mission that possesses a craft
    noun, and the craft that noun or its apposition names."""
    found: list[tuple[str, str]] = []
    for span in index.mentions_by_type["Mission"]:
        owner = span.root
        if owner.dep_ != "poss":
            continue
        noun = owner.head
        for token in [noun, *(c for c in noun.children if c.dep_ == "appos"),
                      *(c for c in noun.head.children if noun.dep_ in ("nmod", "compound") and c.dep_ == "appos")]:
            craft = index.entity_of(token)
            if craft is not None and craft.label_ == "Spacecraft":
                found.append((span._.entity_key, craft._.entity_key))
        craft = _appositive_of(noun, index)
        if craft is not None:
            found.append((span._.entity_key, craft))
    return found


def _lead_flight(index: DocIndex, model: FlightModel) -> tuple[str | None, bool]:
    """The flight the article leads with: the first specific craft named in the headline or first
    paragraph, or the craft of a mission named there; None when the top names none or two."""
    sentences = index.sentences[:LEAD_SENTENCES]
    if not sentences:
        return None, False
    headline = [span._.entity_key for span in index.mentions_by_type["Spacecraft"]
                if span.start < sentences[0].end and span._.entity_key not in model.generic]
    if headline:  # "Shenzhou-16 crew enters station, meets Shenzhou-15 astronauts": the first one named
        return headline[0], True
    end = sentences[-1].end
    named = [span._.entity_key for span in index.mentions_by_type["Spacecraft"]
             if span.start < end and span._.entity_key not in model.generic]
    if not named:
        named = [craft for span in index.mentions_by_type["Mission"] if span.start < end
                 for craft in [model.flight_of_mission(span._.entity_key)] if craft is not None]
    if not named:  # "Crew-11 astronauts reach station": the craft the article names first and most below
        counts = Counter(span._.entity_key for span in index.mentions_by_type["Spacecraft"])
        specific = sorted(model.specific, key=lambda key: model.flights[key].first_named)
        if len(specific) == 1:
            return specific[0], False
        if len(specific) > 1 and counts[specific[0]] > max(counts[key] for key in specific[1:]):
            return specific[0], False
        return None, False
    return (named[0], True) if len(set(named)) == 1 else (None, False)


def _appositive_of(token: Token, index: DocIndex) -> str | None:
    """The craft an apposition to ``token`` names ("Dragon, Endurance,": the parser may hang the name as
    the head and the noun as its modifier)."""
    for child in token.children:
        if child.dep_ == "appos":
            span = index.entity_of(child)
            if span is not None and span.label_ == "Spacecraft":
                return span._.entity_key
    return None


def craft_is_target(span: Span, words: FlightWords) -> bool:
    """ "spent two days chasing the Russian-built Zarya module", "grabbed Zarya": a craft that is the object
    of a verb of going after it (the crew's target, not their vehicle)."""
    token = span.root
    while token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i:
        token = token.head
    return token.dep_ == "dobj" and token.head.lemma_.lower() in words.target_verbs


def another_flight(span: Span, words: FlightWords) -> bool:
    """ "their own Dragon capsule": a craft word marked as another vehicle than the one the article is about
    (the entity stage may have keyed its short name to that one)."""
    head = span.root
    while head.dep_ in ("compound", "nmod") and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i:
        head = head.head
    return any(c.lower_ in words.own_words for c in (*head.children, *span.root.children) if c.i < span.start
               or c.i < head.i)


def craft_named_in_subject(trigger: Token, index: DocIndex, model: FlightModel) -> str | None:
    """The specific craft the trigger's subject names by apposition or possession ("Crew-10's Dragon,
    Endurance, will undock", "Endurance, Crew-10's Dragon, will undock"); None when it names none or two."""
    subject = subject_of(trigger)
    if subject is None:
        return None
    found = {span._.entity_key for t in subject.subtree for span in [index.entity_of(t)]
             if span is not None and span.label_ == "Spacecraft" and span._.entity_key not in model.generic
             and name_is_specific(span, index, model) and _names_subject(span.root, subject)}
    return found.pop() if len(found) == 1 else None


#: Dependencies by which a name belongs to the noun phrase it is in ("Crew-10's Dragon, Endurance").
NOUN_PHRASE_DEPS: frozenset[str] = frozenset({"appos", "poss", "compound", "nmod", "amod", "conj"})


def _names_subject(token: Token, subject: Token) -> bool:
    """Whether a name is the subject or part of its noun phrase, not of a clause inside it ("X, training to
    fly the shuttle Buran, arrived")."""
    while token != subject:
        if token.dep_ not in NOUN_PHRASE_DEPS or token.head == token:
            return False
        token = token.head
    return True


def names_specific_craft(sentence: Span, index: DocIndex, model: FlightModel) -> bool:
    """Whether a sentence names a specific spacecraft (not only "Soyuz", "Dragon" or "the capsule")."""
    return any(sentence.start <= span.start < sentence.end and span._.entity_key not in model.generic
               and span._.entity_key in model.flights and name_is_specific(span, index, model)
               for span in index.mentions_by_type["Spacecraft"])


def name_is_specific(span: Span, index: DocIndex, model: FlightModel) -> bool:
    """A mention whose own words are a generic name ("Dragon") keyed to one craft by the entity stage is
    not a specific name when the article has other craft of that name."""
    words = set(_WORDS.findall(span.text.lower()))
    return not any(key != span._.entity_key and words <= found for key, found in model.name_words.items())


#: Determiners of a crew noun that stands for a craft's crew ("the crew", "its crew"); "Kelly's crewmates"
#: are a station crew around one person.
DEFINITE_CREW_WORDS: frozenset[str] = frozenset({"the", "its", "their"})


def crew_listed_by_verb(sentence: Span, people: list[Span], crew_nouns: Iterable[str], words: FlightWords,
                        index: DocIndex, broken_off: list[Span] = ()) -> tuple[Token, list[str]] | None:
    """ "The crew consists of commander X, Y and Z", "Its crew includes X and Y", "Crew-10 includes X, Y
    ...": a definite crew noun or a mission whose verb lists two or more people after it (with the names of
    a verbless fragment the parser broke off the list, ``broken_off``). Returns the subject (a crew noun,
    which may name its craft, or the mission's name) and the people."""
    for verb in sentence:
        if not _listing_verb(verb, words.crew_listing_verbs) or verb.pos_ not in ("VERB", "AUX"):
            continue
        nouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and (
            (c.lower_ in crew_nouns or c.lemma_.lower() in crew_nouns)
            and any(d.lower_ in DEFINITE_CREW_WORDS for d in c.children if d.dep_ in ("det", "poss"))
            or index.entity_of(c) is not None and index.entity_of(c).label_ == "Mission")]
        if len(nouns) != 1:
            continue
        listed = [p for p in people if p.start > verb.i and _listed_by(p.root, verb, words.listed_titles)]
        if listed:
            listed += list(broken_off)
        members = list(dict.fromkeys(p._.entity_key for p in listed))
        if len(members) >= 2:
            return nouns[0], members
    return None


def _listing_verb(verb: Token, listing_verbs: frozenset[str]) -> bool:
    """A crew-listing verb: a lemma of the list, or a verb with its particle ("is made up of")."""
    lemma = verb.lemma_.lower()
    if lemma in listing_verbs:
        return True
    return any(f"{lemma} {c.lower_}" in listing_verbs for c in verb.children if c.dep_ == "prt")


#: Dependencies that leave a listed name's noun phrase for a clause or phrase of its own ("X, who flew with
#: Y", "X, replacing Y"): a name under one is not in the list.
CLAUSE_DEPS: frozenset[str] = frozenset({"relcl", "acl", "advcl", "prep", "agent", "mark"})


def _listed_by(token: Token, verb: Token, titles: frozenset[str] = frozenset()) -> bool:
    """Whether a name is an object of the listing verb: "consists of X", "includes X", "are X" (or a
    conjunct or apposition of one), or inside that object's phrase when the parser broke the list up
    ("includes cosmonauts X (the commander) and Y and NASA astronaut Z": "astronaut" taken for a verb), but
    not inside a clause or prepositional phrase of it ("X, who flew with Y"); ``titles``: a title the parser
    coordinated with the verb ("and NASA astronaut Z") still lists its names."""
    while token.dep_ in ("conj", "appos", "compound") and token.head != token:
        token = token.head
    if token.dep_ in ("dobj", "attr") and token.head == verb:
        return True
    if token.dep_ == "pobj" and token.head.head == verb and token.head.lower_ == "of":
        return True
    if token.dep_ == "pobj":
        return False
    while token.head != token and token.head != verb:
        if token.dep_ in CLAUSE_DEPS or token.head.i < verb.i:
            return False
        token = token.head
    return token.head == verb and (token.dep_ in ("dobj", "attr") or token.dep_ == "conj" and token.lower_ in titles)


def flights_of_craft(events: list[Event], crews: list[tuple[int, list[str]]], one_flight: timedelta,
                     may_split: bool = True) -> list[tuple[list[Event], list[list[str]]]]:
    """Split one craft's events into its flights (dated events more than ``one_flight`` apart: a reused
    capsule in a look-back), each with the crews stated nearest its events in the text (``crews``: the
    character offset of each crew statement and its people). Undated events go with the dated event told
    nearest them. One flight: all events and all crews. Several flights where ``may_split`` is false: none
    (no crew is shared)."""
    dated = sorted((e for e in events if e.time is not None and e.time.earliest is not None),
                   key=lambda e: e.time.earliest)
    clusters: list[list[Event]] = []
    for event in dated:
        if clusters and event.time.earliest - clusters[-1][-1].time.earliest <= one_flight:
            clusters[-1].append(event)
        else:
            clusters.append([event])
    if len(clusters) <= 1:
        return [(events, [people for _, people in crews])]
    if not may_split:
        return []

    def position(event: Event) -> int:
        return event.evidence[0].start if event.evidence else 0

    def nearest(offset: int) -> int:
        return min(range(len(clusters)), key=lambda i: min(abs(position(e) - offset) for e in clusters[i]))

    members: list[list[Event]] = [list(cluster) for cluster in clusters]
    for event in events:
        if event.time is None or event.time.earliest is None:
            members[nearest(position(event))].append(event)
    stated: list[list[list[str]]] = [[] for _ in clusters]
    for offset, people in crews:
        stated[nearest(offset)].append(people)
    return list(zip(members, stated))


def describe(model: FlightModel) -> str:
    """A short text of the model, for debugging."""
    lines = [f"  lead={model.lead} generic={sorted(model.generic)}"]
    for key, flight in model.flights.items():
        lines.append(f"  FLIGHT {key} missions={sorted(flight.missions)} crew={flight.crew}")
    return "\n".join(lines)
