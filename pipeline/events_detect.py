"""Trigger detection beyond the first fitting lexicon entry: readings the tagger hides, and second readings.

``events_roles.find_triggers`` yields, per token, the first lexicon entry whose word form fits. Two kinds of
mention slip through it:

* a verb the tagger took for a noun or adjective ("are due to *undock* and *land*", "will be *unberthed*",
  "undocks and *splashes* down", "will leave aboard Soyuz MS-23 and *land* on the steppe"): accepted here
  when the word is a known verb trigger and its context is a verb's (after "to", joined to a verb, after
  "will be", after "and" in a future verb's phrase);
* a word with a second, differently constrained entry ("arrive" with a craft and a station, or with a craft
  named after aboard/on/in in an article about a station): each entry is tried in turn and the first whose
  requirements hold is kept.

The requirements this module adds to ``events_roles.trigger_satisfied`` are checked by ``requirements_met``;
``station_of_stay`` and ``measured_reference`` read two constructions around a trigger (the station a
stay ends at, "two days after launch").
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from pipeline.events_lexicon import EventLexicon, ModalityCues, RoleWords, TriggerEntry
from pipeline.events_roles import DocIndex, Mention, find_triggers, token_matches

log = logging.getLogger(__name__)

#: Dependents a noun has and a verb has not: "the land", "their splashes", "a new launch".
NOUN_DEPENDENTS: frozenset[str] = frozenset({"det", "poss", "amod", "nummod", "compound"})
#: Tags a verb trigger is given by mistake.
MISREAD_TAGS: frozenset[str] = frozenset({"NN", "NNS", "JJ", "NNP"})
#: Inflections stripped to find the verb a mis-tagged word is a form of ("unberthed" -> "unberth").
INFLECTIONS: tuple[tuple[str, str], ...] = (("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ing", ""),
                                            ("ing", "e"), ("d", ""))
#: Prepositions whose place object means a trip on the ground ("arrived at Baikonur", "in Kazakhstan").
GROUND_GOAL_PREPOSITIONS: frozenset[str] = frozenset({"at", "in", "to", "into"})
#: Words of a return to the ground ("arrived back on Earth", "arrived home"): no arrival at a station.
HOMECOMING_WORDS: frozenset[str] = frozenset({"back", "home", "earth", "ground"})
#: Words of a flight in the air, not to space ("atop the Shuttle Carrier Aircraft takes off").
AIRCRAFT_WORDS: frozenset[str] = frozenset({"aircraft", "airplane", "plane", "jet", "ferry"})
#: How a mis-read verb hangs from the verb of its clause ("due to undock", "be unberthed", "undock and land").
HOST_LINKS: frozenset[str] = frozenset({"pobj", "pcomp", "prep", "acomp", "attr", "oprd", "conj", "xcomp"})
MAX_HOST_CLIMB = 4
#: How the verb of a when-clause hangs from the end of a stay ("until October, when it will depart").
STAY_END_LINKS: frozenset[str] = frozenset({"relcl", "conj", "auxpass", "advcl"})
#: Events of a vehicle, which a tally of a class of craft does not report.
VEHICLE_EVENTS: frozenset[str] = frozenset({"Launch", "Docking", "Undocking", "Landing"})
#: Determiners that make a craft word a whole class or tally ("all nine vehicles", "every capsule").
AGGREGATE_DETERMINERS: frozenset[str] = frozenset({"all", "every", "each"})


@dataclass(frozen=True)
class TriggerReading:
    """A trigger token, the entries it may realise (most specific first) and, for a verb the tagger read as
    a noun or adjective, the verb of its clause (whose subject and phrases are the mis-read verb's too)."""

    token: Token
    entries: list[TriggerEntry]
    host: Token | None = None


def trigger_readings(sent: Span, lexicon: EventLexicon, index: DocIndex) -> Iterator[TriggerReading]:
    """Trigger tokens of one sentence with the lexicon entries each may realise."""
    found: dict[int, TriggerEntry] = {token.i: entry for token, entry in find_triggers(sent, lexicon, index)}
    for token in sent:
        first = found.get(token.i)
        if first is not None:
            yield TriggerReading(token, [first, *_later_entries(token, first, lexicon)])
            continue
        misread = misread_verb_entries(token, lexicon, index)
        if misread:
            log.debug("verb read as %s: %r in %r", token.tag_, token.text, sent.text)
            own_subject = any(c.dep_ == "compound" for c in token.children)  # "after Orion splashes down"
            yield TriggerReading(token, misread, None if own_subject else clause_host(token))


def clause_host(token: Token) -> Token | None:
    """The verb a mis-read verb hangs from ("are" of "are due to undock", "be" of "will be unberthed")."""
    current = token
    for _ in range(MAX_HOST_CLIMB):
        if current.head == current or current.dep_ not in HOST_LINKS:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def inherit_from_host(mention: Mention, host: Mention) -> None:
    """A mis-read verb's empty roles from its host verb's: "X, Y and Z are due to undock", "KOUNOTORI8 will
    be unberthed"."""
    if not mention.participants:
        mention.participants = list(host.participants)
    if mention.spacecraft is None and host.spacecraft is not None:
        mention.spacecraft = host.spacecraft
        mention.spacecraft_relation = host.spacecraft_relation
    mention.mission = mention.mission or host.mission
    if mention.from_ is None and mention.to is None:
        mention.from_, mention.to = host.from_, host.to
    mention.unnamed_station = mention.unnamed_station or host.unnamed_station
    mention.unknown_subject = mention.unknown_subject or host.unknown_subject


def _later_entries(token: Token, first: TriggerEntry, lexicon: EventLexicon) -> list[TriggerEntry]:
    """The entries after ``first`` for the same word that the token also fits (a second reading)."""
    entries = lexicon.entries_for(first.head_word)
    position = next((i for i, entry in enumerate(entries) if entry is first), len(entries))
    return [entry for entry in entries[position + 1:] if token_matches(token, entry)]


def misread_verb_entries(token: Token, lexicon: EventLexicon, index: DocIndex) -> list[TriggerEntry]:
    """The verb entries a word realises that the tagger read as a noun or adjective, when its context is a
    verb's: "are due to undock and land", "will be unberthed", "it undocks and splashes down"."""
    if token.tag_ not in MISREAD_TAGS or index.entity_of(token) is not None:
        return []
    entries = [entry for word in verb_forms(token) for entry in lexicon.entries_for(word) if entry.pos == "VERB"]
    if not entries:
        return []
    if any(c.dep_ in NOUN_DEPENDENTS and not _subject_read_as_modifier(c, token, index) for c in token.children):
        return []
    cues = lexicon.modality
    if not verbal_context(token, cues) and not _inflected_with_particle(token, entries):
        return []
    return [entry for entry in entries if token_matches(token, replace(entry, pos="ANY"))]


def verb_forms(token: Token) -> list[str]:
    """The word itself, its lemma, and the verb stems its ending may inflect ("unberthed" -> "unberth")."""
    word = token.lower_
    forms = [token.lemma_.lower(), word]
    for ending, restore in INFLECTIONS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            forms.append(word[: -len(ending)] + restore)
    return list(dict.fromkeys(forms))


def verbal_context(token: Token, cues: ModalityCues | None = None) -> bool:
    """Whether the words around a word make it a verb whatever its tag: a bare infinitive after "to" that
    follows an adjective, verb or scheduling word ("ready to launch", "are then due to undock"), a passive
    or future predicate ("will be unberthed"), a conjunct of a verb ("undocks and splashes down") or of the
    phrase of a future verb ("will leave aboard Soyuz MS-23 and land on the steppe"), or a word with a
    subject."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.lower_ == "to" and before.i > 0 \
            and (doc[before.i - 1].pos_ in ("ADJ", "VERB", "AUX")
                 or cues is not None and doc[before.i - 1].lower_ in cues.schedule_words) \
            and (before.head == token or token.head in (before, doc[before.i - 1])):
        return True
    if cues is not None and _conjunct_of_future_phrase(token, before, cues):
        return True
    if token.dep_ in ("acomp", "attr", "oprd") and token.head.lemma_ == "be" and token.lower_.endswith("ed") \
            and any(c.dep_ == "aux" for c in token.head.children):
        return True  # "KOUNOTORI8 will be unberthed"
    if token.dep_ == "conj" and (token.head.pos_ in ("VERB", "AUX") or token.head.tag_ in MISREAD_TAGS
                                 and verbal_context(token.head, cues)):
        return True
    return any(c.dep_ == "nsubj" for c in token.children)


def _conjunct_of_future_phrase(token: Token, before: Token | None, cues: ModalityCues) -> bool:
    """ "will leave the station aboard Soyuz MS-23 and land on the steppe": a bare word right after "and",
    followed by a preposition, that the parser conjoined to a noun in the phrase of a verb with a future
    auxiliary, is that verb's second predicate (a noun "and land" would have come with its own verb)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.dep_ != "conj" or before is None or before.lower_ not in ("and", "or") \
            or following is None or following.pos_ != "ADP" or token.head.pos_ not in ("NOUN", "PROPN", "NUM"):
        return False
    verb = clause_host(token)
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in cues.future_auxiliaries for c in verb.children)


def _inflected_with_particle(token: Token, entries: list[TriggerEntry]) -> bool:
    """ "after Orion splashes down", "before it touches down": an inflected word right before the particle
    of a phrasal verb trigger is that verb (a noun takes no such particle)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and token.lower_.endswith(("s", "ed")) and any(
        entry.particle and following.lower_ == entry.particle for entry in entries)


def _subject_read_as_modifier(child: Token, token: Token, index: DocIndex) -> bool:
    """ "after Orion splashes down": a spacecraft name or pronoun the parser hung as a compound of the
    mis-read verb right before it is its subject, not a modifier of a noun."""
    if child.dep_ != "compound" or child.i != token.i - 1:
        return False
    span = index.entity_of(child)
    return child.pos_ == "PRON" or (span is not None and span.label_ == "Spacecraft")


def requirements_met(mention: Mention, index: DocIndex, roles: RoleWords) -> bool:
    """The requirements of a lexicon entry that ``events_roles.trigger_satisfied`` does not know; and no
    vehicle event told of a whole class of craft ("all nine vehicles have reached the ISS")."""
    if mention.event_type in VEHICLE_EVENTS and _class_of_craft_subject(mention.trigger, index, roles):
        return False
    for requirement in mention.entry.requires:
        if requirement == "crew_or_station_article" and not mention.participants \
                and not index.mentions_by_type["SpaceStation"]:
            return False  # "cargo that arrived aboard Dragon" in a text about no station at all
        if requirement == "no_ground_goal" and _ground_goal(mention.trigger, index):
            return False  # "arrived at Baikonur aboard ...": a trip on the ground
        if requirement == "station_after_particle" and not _station_after_particle(mention, index, roles):
            return False  # "backed away from the Harmony module"; not "backed away from the plan"
        if requirement == "craft_object" and not _craft_object(mention.trigger, index, roles):
            return False  # "grabbed the Cygnus spacecraft"; not "grappled with the problem"
        if requirement == "not_by_aircraft" and any(t.lemma_.lower() in AIRCRAFT_WORDS for t in mention.trigger.sent):
            return False  # "Columbia atop the Shuttle Carrier Aircraft takes off from Dryden": a ferry flight
        if requirement == "finite_verb" and mention.trigger.tag_ in ("VBG", "VBN") \
                and not any(c.dep_ in ("aux", "auxpass") for c in mention.trigger.children):
            return False  # "completed the spacewalk, spending seven hours outside": the same spacewalk
    return True


def _craft_object(trigger: Token, index: DocIndex, roles: RoleWords) -> bool:
    """Whether the verb's direct object names a spacecraft or is a craft word ("the vehicle")."""
    for obj in (c for c in trigger.children if c.dep_ == "dobj"):
        span = index.entity_of(obj)
        if (span is not None and span.label_ == "Spacecraft") or (
                obj.lemma_.lower() in roles.craft_anaphors and obj.lower_ != "it"):
            return True
    return False


def _class_of_craft_subject(trigger: Token, index: DocIndex, roles: RoleWords) -> bool:
    """ "Since 2009, all nine vehicles have reached the ISS", "every Cygnus has reached the station": a craft
    word or name with an all/every/each determiner is a tally or a rule, no one flight."""
    for subject in (c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")):
        span = index.entity_of(subject)
        craft = subject.lemma_.lower() in roles.craft_anaphors or (span is not None and span.label_ == "Spacecraft")
        if craft and any(
                c.dep_ in ("det", "predet") and c.lower_ in AGGREGATE_DETERMINERS for c in subject.children):
            return True
    return False


def _station_after_particle(mention: Mention, index: DocIndex, roles: RoleWords) -> bool:
    """Whether the trigger's particle has a from-phrase naming a station or a station word, which the parser
    hangs from the particle ("backed *away from the station*"); fills the station left when it is named."""
    particle = mention.entry.particle
    for word in mention.trigger.children:
        if word.lower_ != particle:
            continue
        for prep in word.children:
            if prep.dep_ != "prep" or prep.lower_ not in roles.from_prepositions:
                continue
            for noun in (g for g in prep.children if g.dep_ == "pobj"):
                span = index.entity_of(noun)
                if span is not None and span.label_ == "SpaceStation":
                    mention.from_ = mention.from_ or span._.entity_key
                    return True
                if noun.lemma_.lower() in roles.station_nouns:
                    return True
    return False


def measured_reference(mention: Mention, time_units: frozenset[str]) -> bool:
    """ "Two days after launch, on 8 June, ... docked", "four days after launch, the capsule splashed down":
    a bare event noun measured from by a span of time is the reference point of another event: its sentence's
    dates are the other event's, and its own is told elsewhere (or not at all)."""
    trigger = mention.trigger
    if mention.entry.pos != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ not in ("after", "before"):
        return False
    if any(c.dep_ in NOUN_DEPENDENTS for c in trigger.children):
        return False  # "two days after the launch of Progress 90": a phrase that may name a new flight
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in time_units for c in trigger.head.children)


def station_of_stay(mention: Mention, index: DocIndex, roles: RoleWords) -> None:
    """ "Cygnus is scheduled to remain at the station until October, when it will depart": a departure told
    in a when-clause of the end of a stay leaves the place of that stay."""
    if mention.event_type != "Undocking" or mention.from_ or mention.to or mention.unnamed_station:
        return
    current = mention.trigger
    for _ in range(MAX_HOST_CLIMB):
        if current.dep_ not in STAY_END_LINKS or current.head == current:
            return
        current = current.head
        if current.dep_ == "pobj" and current.head.lower_ == "until":
            break
    else:
        return
    until = current.head
    if until.head.dep_ not in ("prep", "acomp"):
        stay = [t for t in until.head.subtree if t.i < until.i]
    else:
        stay = [t for t in until.head.head.subtree if t.i < until.i]
    for token in stay:
        span = index.entity_of(token)
        if span is not None and span.label_ == "SpaceStation":
            mention.from_ = span._.entity_key
            return
        if token.lemma_.lower() in roles.station_nouns:
            mention.unnamed_station = True
            return


def craft_just_before(mention: Mention, index: DocIndex) -> None:
    """ "The hatch closed on Monday morning and Endurance backed away": a verb trigger the parser gave no
    subject, right after a spacecraft's name that is no other verb's subject, was done by that craft."""
    trigger = mention.trigger
    if mention.spacecraft is not None or mention.entry.pos != "VERB" or trigger.i == 0:
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in trigger.children):
        return
    span = index.entity_of(trigger.doc[trigger.i - 1])
    if span is None or span.label_ != "Spacecraft" or span.end != trigger.i:
        return
    if span.root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss") or (
            span.root.dep_ == "compound" and span.root.head != trigger):
        return  # the name belongs to another word: "in Soyuz MS-26 undocked"
    mention.spacecraft = span._.entity_key
    mention.spacecraft_relation = "subj"


def _ground_goal(trigger: Token, index: DocIndex) -> bool:
    """Whether the trigger's own at/in/to phrase names a place on the ground ("arrived at Kennedy"), or the
    arrival is a homecoming ("arrived back on Earth", "arrived home")."""
    for word in trigger.children:
        if word.lower_ in HOMECOMING_WORDS and word.dep_ in ("advmod", "prt", "npadvmod", "dobj"):
            return True
        if word.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in HOMECOMING_WORDS for g in word.children):
            return True
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in GROUND_GOAL_PREPOSITIONS:
            continue
        for word in prep.subtree:
            span = index.entity_of(word)
            if span is not None and span.label_ == "Place":
                return True
    return False
