"""Finding event triggers and filling their roles from the dependency parse and the entities.

A trigger's roles come from its own clause: its subject (inherited through "is scheduled to undock",
"launched ... and docked", "performed four spacewalks"), its objects and its prepositional phrases
("to the station", "from Baikonur", "alongside X and Y", "Undocking of X from Y"). Each entity found
there fills a role by its type and the preposition that governs it. Pronouns and crew nouns ("he",
"they", "the trio", "its crew") are resolved to the most recent astronaut mentions before them.
"""

from __future__ import annotations

import json
import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from pipeline.events_lexicon import EventLexicon, RoleWords, TriggerEntry
from pipeline.model import ENTITY_TYPES, TimeValue
from pipeline.paths import DATA_DIR

log = logging.getLogger(__name__)

_WORDS = re.compile(r"\w+")

#: Dependants that open another clause: their words belong to that clause's predicate, not the trigger's.
CLAUSE_DEPS: frozenset[str] = frozenset(
    {"advcl", "relcl", "ccomp", "conj", "xcomp", "acl", "parataxis", "csubj", "pcomp"})
#: Dependants a trigger word has when it only modifies a noun ("docking port", "landing site").
MODIFIER_DEPS: frozenset[str] = frozenset({"compound", "amod", "nmod"})
SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass"})
#: The role a station plays in each spacecraft event.
STATION_ROLE: dict[str, str] = {"Docking": "to", "Undocking": "from", "Landing": "from"}

#: How many sentences before a group word ("the trio", "they") its people are looked for, at first.
GROUP_WINDOW = 3


#: Gazetteer place kinds that name an area around a site, not the site: "lifted off from Florida" is told
#: again as "from Launch Complex 39A", "splashed down off Pensacola" as "in the Gulf of Mexico".
BROAD_PLACE_KINDS: frozenset[str] = frozenset({"country", "state", "region", "city"})


@lru_cache(maxsize=4)
def broad_places(gazetteer_dir: Path = DATA_DIR / "gazetteer") -> frozenset[str]:
    """Keys of the gazetteer places every record of which is a country, state, region or city (a place
    of the curated list without a kind, such as a cosmodrome, an ocean or a landing site, is a site)."""
    kinds: dict[str, set[str | None]] = {}
    for path in sorted(gazetteer_dir.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                line = line.strip()
                if not line:
                    continue
                record = json.loads(line)
                if record.get("type") == "Place" and record.get("id"):
                    kinds.setdefault(record["id"], set()).add(record.get("kind"))
    return frozenset(key for key, found in kinds.items() if found <= BROAD_PLACE_KINDS)


def site_of(a: str | None, b: str | None) -> str | None:
    """The place to keep of two told of one event: a site over the area around it ("Launch Complex 39A"
    over "Florida", "Wenchang Spacecraft Launch Site" over "Hainan"), else the first told."""
    if a is None or b is None:
        return a or b
    broad = broad_places()
    return b if a in broad and b not in broad else a


def list_head(token: Token) -> Token:
    """The head of the list or apposition a name belongs to ("X and Y", "his crewmate, X")."""
    while token.dep_ in ("conj", "appos", "compound") and token.head != token:
        token = token.head
    return token


def relieved(person: Span, sentence: Span, words: RoleWords) -> bool:
    """ "They will relieve X", "who will take over from X": the crew the arrivals replace is not aboard.

    Only the object side counts: the subject of "relieve" is the arriving crew itself."""
    child = person.root
    for ancestor in child.ancestors:
        if ancestor.i < sentence.start or ancestor.i >= sentence.end:
            break
        if ancestor.lemma_.lower() in words.relief_verbs and child.dep_ not in SUBJECT_DEPS:
            return True
        if (ancestor.dep_ == "prep" and ancestor.lower_ in words.handover_prepositions
                and any(c.dep_ == "prt" and c.lower_ == "over" for c in ancestor.head.children)):
            return True
        child = ancestor
    return False


def left_behind(person: Span, words: RoleWords, verb: Token | None = None) -> bool:
    """ "Starliner left the station without Wilmore and Williams": people the craft flew without (of that
    verb's clause when given: "who will return on Crew Dragon" is another event of theirs)."""
    token = list_head(person.root)
    return (token.dep_ == "pobj" and token.head.lower_ in words.absence_prepositions
            and (verb is None or token.head.head == verb))


def greeter(person: Span, words: RoleWords) -> bool:
    """ "where X and Y welcomed them", "they were greeted by X": the people meeting the arrivals (the
    subject or 'by' agent of a greeting verb), who were aboard the station already, not the craft."""
    token = list_head(person.root)
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        token = token.head
        return token.head.lemma_.lower() in words.greeting_verbs
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in words.greeting_verbs


def in_other_flight_phrase(person: Span, subject: Token | None, index: "DocIndex") -> bool:
    """Whether a name hangs from a clause's subject through a noun that names a mission or craft of its own
    ("X, who arrived on Soyuz MS-26, and the four members of the Crew-9 mission, among them Y"): Y is of
    that flight's crew, not of the verb's."""
    if subject is None or subject not in person.root.ancestors:
        return False
    path = {person.root.i}
    token = person.root.head
    while token != subject:
        for child in token.children:
            if child.i in path or child.dep_ in ("conj", "appos", "cc", "punct"):
                continue
            if any(index.entity_of(t) is not None and index.entity_of(t).label_ in ("Mission", "Spacecraft")
                   for t in child.subtree):
                return True
        path.add(token.i)
        token = token.head
    return False


def greeted(person: Span, words: RoleWords) -> bool:
    """ "X and Y were welcomed by Z", "Z greeted X and Y": the arrivals a greeting verb is about."""
    token = list_head(person.root)
    return token.dep_ in ("nsubjpass", "dobj") and token.head.lemma_.lower() in words.greeting_verbs


def observer(person: Span, words: RoleWords) -> bool:
    """ "Dragon undocked, with X monitoring the departure", "with X operating the arm": a 'with' phrase
    whose person has a participle of watching or helping, or a post ("at the controls"), was elsewhere
    (on the station, in mission control), not aboard or outside."""
    token = list_head(person.root)
    participles = [token.head] if token.dep_ == "nsubj" else [c for c in token.children if c.dep_ == "acl"]
    if any(p.tag_ == "VBG" and p.lemma_.lower() in words.observer_verbs | words.helper_verbs
           and (p.head.lower_ == "with" or token.head.lower_ == "with") for p in participles):
        return True
    # "ventured outside, with X at the controls of the robotic arm": a post inside, not alongside
    return token.head.lower_ == "with" and any(
        c.dep_ == "prep" and any(t.lemma_.lower() in words.support_posts for t in c.subtree)
        for c in token.children)


@dataclass
class Mention:
    """One trigger in one sentence with the roles its clause fills (entity keys)."""

    event_type: str
    trigger: Token
    entry: TriggerEntry
    spacecraft: str | None = None
    participants: list[str] = field(default_factory=list)
    from_: str | None = None
    to: str | None = None
    place: str | None = None
    mission: str | None = None
    time: TimeValue | None = None
    count: int | None = None
    # role fills that came from a clause object rather than the subject ("docked to Dragon")
    target_spacecraft: str | None = None
    moved_target: str | None = None  # the craft docked with, taken as the mover while the subject was unknown
    spacecraft_relation: str | None = None
    unnamed_station: bool = False  # "arrived at the station" where the station is not a recognised entity
    # the light verb of a nominal trigger ("performed" four spacewalks): its times are the event's
    support: Token | None = None
    # the subject names something the entity stage did not recognise ("Europa Clipper launched"): the
    # vehicle must not be guessed from the context then
    unknown_subject: bool = False
    # "the Shenzhou-17 crew will perform extravehicular activities": the crew the article puts aboard
    # that craft (known only once the whole article is read)
    crew_of_craft: str | None = None

    @property
    def sentence(self) -> Span:
        return self.trigger.sent

    def add_participant(self, key: str) -> None:
        if key not in self.participants:
            self.participants.append(key)


class DocIndex:
    """Per-document look-ups shared by every trigger: entity spans by token, mentions in order."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.entity_at: dict[int, Span] = {}
        self.mentions_by_type: dict[str, list[Span]] = {t: [] for t in ENTITY_TYPES}
        for span in doc.ents:
            if span.label_ not in self.mentions_by_type or not span._.entity_key:
                continue
            self.mentions_by_type[span.label_].append(span)
            for i in range(span.start, span.end):
                self.entity_at[i] = span
        self.labels: dict[str, str] = {e.key: e.label for e in (doc._.entities or [])}
        self._mentions_spacewalks: bool | None = None
        # look-ups by position, built once: every trigger's anaphors and commanders search windows of these
        self._ends: dict[str, list[int]] = {label: [s.end for s in spans] for label, spans in self.mentions_by_type.items()}
        self._starts: dict[str, list[int]] = {label: [s.start for s in spans]
                                              for label, spans in self.mentions_by_type.items()}
        self.sentences: list[Span] = list(doc.sents)  # doc.sents walks every token: list them once
        self.text: str = doc.text  # Doc.text joins every token on each call: read it once
        self._sentence_starts: list[int] = [sent.start for sent in self.sentences]
        self._in_subject: dict[int, bool] = {}

    def sentence_at(self, i: int) -> Span:
        """The sentence holding token ``i`` (from the list built once, not by walking the doc)."""
        return self.sentences[bisect_right(self._sentence_starts, i) - 1]

    @property
    def mentions_spacewalks(self) -> bool:
        """Whether the article speaks of spacewalks at all (computed on first use)."""
        if self._mentions_spacewalks is None:
            self._mentions_spacewalks = any(t.lower_.startswith(("spacewalk", "eva", "extravehicular")) or
                                            (t.lower_ == "walk" and t.i > 0 and t.nbor(-1).lower_ == "space")
                                            for t in self.doc)
        return self._mentions_spacewalks

    def entity_of(self, token: Token) -> Span | None:
        return self.entity_at.get(token.i)

    def mentions_before(self, label: str, before: int, max_sentences: int = 3,
                        sentence_start: int | None = None) -> list[Span]:
        """The ``label`` mentions ending before token ``before`` and starting in the ``max_sentences``
        sentences before its own (or from token ``sentence_start``), in text order."""
        limit = self._window_start(before, max_sentences) if sentence_start is None else sentence_start
        low = bisect_left(self._starts[label], limit)
        high = bisect_right(self._ends[label], before)
        return self.mentions_by_type[label][low:high] if low < high else []

    def in_subject(self, span: Span) -> bool:
        """Whether a mention is (part of) the subject of its clause (computed once per mention)."""
        if span.start not in self._in_subject:
            self._in_subject[span.start] = _in_subject(span)
        return self._in_subject[span.start]

    def previous_mention(self, label: str, before: int, max_sentences: int = 3,
                         sentence_start: int | None = None, prefer_subject: bool = False) -> Span | None:
        """The last ``label`` mention ending before token ``before``, within a few sentences.

        With ``prefer_subject``, the last one that was a clause's subject wins: "the spacecraft" and "she"
        usually continue the topic, not the last name dropped in a prepositional phrase.
        """
        candidates = self.mentions_before(label, before, max_sentences, sentence_start)
        if prefer_subject:
            subjects = [s for s in candidates if self.in_subject(s)]
            if subjects:
                return subjects[-1]
        return candidates[-1] if candidates else None

    def person_antecedent(self, before: int) -> Span | None:
        """The astronaut "he"/"she" at token ``before`` stands for: when its own sentence names none before
        it and the sentence before names exactly one ("For X, it was her second visit. In July she stepped
        outside"), that one; else the last subject of the sentences before (see ``previous_mention``)."""
        sentence_start = self._window_start(before, 0)
        if not self.mentions_before("Astronaut", before, sentence_start=sentence_start) and sentence_start > 0:
            previous = self.mentions_before("Astronaut", sentence_start,
                                            sentence_start=self._window_start(sentence_start - 1, 0))
            if len({span._.entity_key for span in previous}) == 1:
                return previous[-1]
        return self.previous_mention("Astronaut", before, prefer_subject=True)

    def fuller_name(self, key: str, before: int, max_sentences: int = 3) -> str | None:
        """The key of the last spacecraft named shortly before token ``before`` whose name contains all the
        words of ``key``'s name and more ("the Soyuz" -> "Soyuz MS-25"); None when there is none."""
        words = set(_WORDS.findall(self.labels.get(key, key).lower()))
        if not words:
            return None
        limit = self._window_start(max(before - 1, 0), max_sentences)
        for span in reversed(self.mentions_by_type["Spacecraft"]):
            other = span._.entity_key
            if span.start >= before or span.start < limit or other == key:
                continue
            other_words = set(_WORDS.findall(self.labels.get(other, span.text).lower()))
            if words < other_words:
                return other
        return None

    def craft_of_mission(self, mission: str,
                         counts: Callable[[Span, Span], bool] | None = None) -> str | None:
        """The one spacecraft named in the same sentences as ``mission`` ("Crew-8 ... aboard Dragon
        Endeavour"); None when no sentence, or sentences naming different craft, do. ``counts(craft,
        mission_span)``, when given, says which of a sentence's craft count."""
        found: set[str] = set()
        for span in self.mentions_by_type["Mission"]:
            if span._.entity_key != mission:
                continue
            sent = span.sent
            found |= {c._.entity_key for c in self.mentions_by_type["Spacecraft"]
                      if sent.start <= c.start < sent.end and (counts is None or counts(c, span))}
        return found.pop() if len(found) == 1 else None

    def times_named(self, key: str, before: int) -> int:
        """How often the entity ``key`` is named before token ``before``."""
        return sum(1 for spans in self.mentions_by_type.values() for span in spans
                   if span._.entity_key == key and span.end <= before)

    def crew_named_with(self, label: str, key: str) -> set[str]:
        """Astronauts named in the sentences that name the mission or spacecraft ``key``."""
        sentences = {span.sent.start for span in self.mentions_by_type[label] if span._.entity_key == key}
        return {span._.entity_key for span in self.mentions_by_type["Astronaut"] if span.sent.start in sentences}

    def spacecraft_named(self, word: str) -> str | None:
        """The one spacecraft of this article whose name contains ``word`` ("Endeavour" in "Crew Dragon
        Endeavour"); None when none or several do."""
        found = {e.key for e in (self.doc._.entities or [])
                 if e.type == "Spacecraft" and word in _WORDS.findall(e.label.lower())}
        return found.pop() if len(found) == 1 else None

    def previous_group(self, before: int, size: int = 0, max_sentences: int = GROUP_WINDOW,
                       minimum: int = 1, groups_only: frozenset[str] | None = None) -> list[str]:
        """Astronaut keys of the most recent sentence(s) naming astronauts before token ``before``: ``size``
        people when the group's size is known ("the trio"), else at least ``minimum`` ("they": two; a
        sentence naming one of them, "a problem with Shane's suit", does not name the group). With
        ``groups_only`` (the person titles a tagger may take for verbs), a sentence where one of them acts on
        another ("X handed the keys to Y") names no group."""
        earlier = self.mentions_before("Astronaut", before, max_sentences)
        further = 2 * GROUP_WINDOW
        if groups_only is not None:
            kept = [s for s in earlier if not self._one_acts_on_another(s.sent, groups_only)]
            further += GROUP_WINDOW if len(kept) < len(earlier) else 0  # past the sentence it skipped
            earlier = kept
        if len({s._.entity_key for s in earlier}) < (size or minimum) and max_sentences < further:
            # "Zubritsky also works as a correspondent. [...] the cosmonauts are to": look further back
            earlier = self.mentions_before("Astronaut", before, further)
            if groups_only is not None:
                earlier = [s for s in earlier if not self._one_acts_on_another(s.sent, groups_only)]
        if not earlier:
            return []
        keys: list[str] = []
        sentence_start = earlier[-1].sent.start
        for span in reversed(earlier):
            if span.sent.start != sentence_start and len(keys) >= (size or minimum):
                break
            sentence_start = span.sent.start
            if span._.entity_key not in keys:
                keys.insert(0, span._.entity_key)
        return keys[-size:] if size else keys

    def _one_acts_on_another(self, sentence: Span, titles: frozenset[str]) -> bool:
        """Whether an astronaut of the sentence is the subject, and another the object or "to" phrase, of
        one verb ("X handed the keys of the station to Y", "X welcomed Y"): a giver and a receiver."""
        people = [s for s in self.mentions_by_type["Astronaut"] if sentence.start <= s.start < sentence.end]
        if len(people) < 2:
            return False
        roles: dict[int, set[str]] = {}
        for span in people:
            token = list_head(span.root)
            if token.dep_ in SUBJECT_DEPS:
                roles.setdefault(token.head.i, set()).add("subj")
            elif token.dep_ in ("dobj", "dative") or (token.dep_ == "npadvmod" and token.head.pos_ == "VERB"):
                roles.setdefault(token.head.i, set()).add("obj")  # (a name the parse hung loosely: "to cosmonaut Y")
            elif token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.pos_ == "VERB":
                roles.setdefault(token.head.head.i, set()).add("obj")
        return any(found == {"subj", "obj"} and self.doc[verb].lower_ not in titles
                   for verb, found in roles.items())  # not "X and NASA astronauts Y" read as a verb

    def title_of(self, person: Span, titles: frozenset[str]) -> str | None:
        """The title a list gives a person ("Roscosmos cosmonauts X and Y and NASA astronaut Z": X and Y
        cosmonaut, Z astronaut), or None."""
        doc = self.doc
        position = person.start - 1
        while position >= person.sent.start:
            token = doc[position]
            entity = self.entity_of(token)
            if token.lemma_.lower() in titles or token.lower_ in titles:
                attached = position == person.start - 1 or person.start <= token.head.i < person.end \
                    or token in (person.root.head, *person.root.children)
                return token.lemma_.lower() if attached else None  # not "X, a former test cosmonaut, and Y"
            if entity is not None and entity.label_ == "Astronaut":
                return self.title_of(entity, titles)  # "X and Y": Y has X's title
            if entity is None and token.pos_ not in ("PROPN", "ADJ", "CCONJ", "PUNCT", "DET"):
                return None
            position = (entity.start if entity is not None else position) - 1
        return None

    def _window_start(self, before: int, max_sentences: int) -> int:
        """The first token of the sentence ``max_sentences`` before the one holding token ``before``."""
        if not self._sentence_starts:
            return 0
        own = bisect_right(self._sentence_starts, min(before, len(self.doc) - 1)) - 1
        return self._sentence_starts[max(own - max_sentences, 0)]


def _in_subject(span: Span) -> bool:
    """Whether a mention is (part of) the subject of its clause."""
    token = span.root
    for _ in range(6):
        if token.dep_ in SUBJECT_DEPS:
            return True
        attached = token.dep_ in ("compound", "appos", "conj", "nmod", "amod", "poss", "nummod") or (
            token.dep_ == "pobj" and token.head.lower_ in ("with", "of"))  # "a rocket with the Soyuz MS-22"
        if not attached and not (token.dep_ == "prep" and token.lower_ in ("with", "of")):
            return False
        if token.head == token:
            return False
        token = token.head
    return False


def token_matches(token: Token, entry: TriggerEntry) -> bool:
    """Whether ``token`` (looked up by its head word) realises ``entry``."""
    if entry.uppercase and not token.text.isupper():
        return False
    if entry.pos == "NOUN" and token.pos_ not in ("NOUN", "PROPN"):
        return False
    if entry.pos == "VERB" and token.pos_ not in ("VERB", "AUX") and not _verbal_conjunct(token):
        return False
    for offset, word in enumerate(reversed(entry.leading_words), start=1):
        if token.i - offset < 0 or token.doc[token.i - offset].lower_ != word:
            return False
    if entry.particle and not _has_particle(token, entry.particle):
        return False
    if entry.not_followed_by and _word_after_particle(token, entry.particle) in entry.not_followed_by:
        return False
    if entry.intransitive and any(c.dep_ == "dobj" for c in token.children):
        return False
    if entry.objects and not _has_object(token, entry.objects):
        return False
    return True


def _verbal_conjunct(token: Token) -> bool:
    """A word the tagger took for a noun although it is a verb ("to undock and land", "X undocks",
    "are set to undock")."""
    if token.tag_ in ("NN", "VB") and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return True
    if token.tag_ == "NN" and token.dep_ in ("advcl", "ccomp", "conj", "ROOT") \
            and any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "PRON") for c in token.children):
        return True  # "while Kelly and Kornienko return to Earth": a noun has no subject
    if token.dep_ == "ROOT" and token.tag_ in ("NNS", "NNPS") and token.lower_.endswith("s"):
        return True  # "The Progress 88 spacecraft undocks from ...", headlines: "Crew Dragon Docks at Station"
    if verb_of_stranded_conjunct(token) is not None:
        return True
    return token.dep_ == "conj" and token.head.pos_ == "VERB" and token.tag_ in ("NN", "VB")


def verb_of_stranded_conjunct(token: Token) -> Token | None:
    """ "is scheduled to undock on December 9 and land in Kazakhstan": a bare word the parser conjoined
    to the date inside the infinitive's phrase is a second infinitive sharing its subject; returns that
    infinitive ("undock"), else None. Not a noun with a determiner ("on Monday and the landing")."""
    if token.dep_ != "conj" or token.tag_ not in ("NN", "VB") or any(
            c.dep_ in ("det", "poss", "amod", "nummod", "compound") for c in token.children):
        return None
    noun = token.head
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or not any(c.dep_ == "cc" for c in noun.children):
        return None
    verb = noun.head.head
    if verb.pos_ == "VERB" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return verb
    return None


def _has_particle(token: Token, particle: str) -> bool:
    if any(c.lower_ == particle for c in token.children if c.dep_ in ("prt", "advmod", "prep")):
        return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_ == particle


def _word_after_particle(token: Token, particle: str | None) -> str:
    """The word after the trigger, or after its particle when that follows it ("comes down *to*")."""
    doc = token.doc
    position = token.i + 1
    if particle and position < len(doc) and doc[position].lower_ == particle:
        position += 1
    return doc[position].lower_ if position < len(doc) else ""


def _has_object(token: Token, objects: frozenset[str], depth: int = 3) -> bool:
    """Whether one of ``objects`` is in the trigger's predicate (not its subject: "X, commander of
    Expedition 68, took a photo" is no taking of command)."""
    if any(c.dep_ in SUBJECT_DEPS and (c.lemma_.lower() in objects or c.lower_ in objects) for c in token.children):
        return True  # "Command of the station passed from X to Y"
    frontier = [c for c in token.children if c.dep_ not in SUBJECT_DEPS]
    if any(c.lemma_.lower() in objects or c.lower_ in objects for c in frontier):
        return True
    for _ in range(depth - 1):
        frontier = [c for t in frontier for c in t.children]
        if any(c.lemma_.lower() in objects or c.lower_ in objects for c in frontier):
            return True
    return False


def find_triggers(sent: Span, lexicon: EventLexicon, index: DocIndex) -> Iterator[tuple[Token, TriggerEntry]]:
    """Trigger tokens of one sentence, with the lexicon entry each realises (first fitting entry)."""
    for token in sent:
        entries = lexicon.entries_for(token.lemma_.lower()) or lexicon.entries_for(token.lower_)
        if not entries:
            continue
        if token.dep_ in MODIFIER_DEPS and not _verb_read_as_modifier(token):
            continue  # "docking port", "landing site", "launch pad"
        if index.entity_of(token) is not None:
            continue  # part of a name: "Launch Complex 39A"
        for entry in entries:
            if token_matches(token, entry):
                yield token, entry
                break


def _verb_read_as_modifier(token: Token) -> bool:
    """A past-tense verb the parser hung from the names before it ("X and his crewmates, Y and Z, undocked
    from the station"): it has a prepositional phrase of its own, which a modifier ("the docked craft")
    has not."""
    return token.dep_ == "amod" and token.tag_ in ("VBD", "VBN") and token.head.i < token.i \
        and any(c.dep_ == "prep" for c in token.children)


def _person_before_date(date_word: Token) -> Token | None:
    """ "handed command to X on March 12, who in turn handed command to Y": a "who" clause the parser
    hung on a date (a word no entity) stands for the astronaut right before the date's phrase (X)."""
    phrase_start = min(t.i for t in date_word.head.subtree) if date_word.dep_ == "pobj" else date_word.i
    for candidate in reversed(date_word.doc[date_word.sent.start:phrase_start]):
        if candidate.is_punct:
            continue
        return candidate if candidate.ent_type_ == "Astronaut" else None
    return None


def subject_of(token: Token, depth: int = 4) -> Token | None:
    """The grammatical subject of the clause a trigger belongs to, inherited where it has none."""
    for child in token.children:
        if child.dep_ in SUBJECT_DEPS:
            if child.lower_ in ("which", "that", "who") and token.dep_ in ("relcl", "acl"):
                if child.lower_ == "who" and not token.head.ent_type_ and (
                        token.head.like_num or token.head.pos_ == "PROPN"):
                    return _person_before_date(token.head) or token.head
                return token.head
            return child
    if depth == 0 or token.head == token:
        return None
    stranded = verb_of_stranded_conjunct(token)
    if stranded is not None:  # "to undock on December 9 and land in Kazakhstan"
        return subject_of(stranded, depth - 1)
    if token.dep_ in ("xcomp", "conj", "advcl") or is_loose_verb_chain(token):
        return subject_of(token.head, depth - 1)
    if _copula_infinitive(token):
        # "X became the first American to launch on a Soyuz": the copula's subject did
        subject = next((c for c in token.head.head.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
    if (token.dep_ in ("relcl", "acl") or _verb_read_as_modifier(token)) and (
            token.head.pos_ in ("NOUN", "PROPN") or token.head.pos_ == "NUM" and token.head.i < token.i):
        return token.head  # "The two launched aboard ...", read as a number modified by a participle
    if token.dep_ == "pcomp" and token.head.dep_ == "prep":
        return subject_of(token.head.head, depth - 1)
    return None


def _copula_infinitive(token: Token) -> bool:
    """ "X became the first American to launch ...": an infinitive describing the copula's complement."""
    return token.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
        and token.head.dep_ in ("attr", "oprd") and token.head.head.pos_ in ("VERB", "AUX")


def is_loose_verb_chain(token: Token) -> bool:
    """A verb the parser hung from the verb before it with an unlabelled "dep" ("lifted off on July 8,
    docked two days later and landed ..."): a conjunct in all but name."""
    return token.dep_ == "dep" and token.pos_ == "VERB" and token.head.pos_ == "VERB" and token.head.i < token.i


def support_verb_of(token: Token, support_verbs: frozenset[str]) -> Token | None:
    """The light verb of a nominal trigger: "performed" in "performed four spacewalks", "participated"
    in "participated in one of the spacewalks"."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in ("NUM", "PRON") \
            and token.head.head.dep_ in ("pobj", "dobj"):
        token = token.head.head  # "one of the spacewalks", "two of the expedition's spacewalks"
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif token.dep_ not in ("dobj", "nsubjpass", "attr", "oprd"):
        return None
    if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in support_verbs:
        return head
    return None


def clause_tokens(root: Token, blocked: set[int]) -> list[Token]:
    """Tokens of ``root``'s own clause: its subtree minus embedded clauses and other triggers."""
    found: list[Token] = []
    stack = list(root.children)
    while stack:
        token = stack.pop()
        if token.i in blocked:
            continue
        if token.dep_ in CLAUSE_DEPS and token.pos_ in ("VERB", "AUX"):
            continue
        found.append(token)
        stack.extend(token.children)
    return found


def _class_word_target(trigger: Token, index: DocIndex, prepositions: frozenset[str]) -> str | None:
    """ "it docked with Soyuz" after "Soyuz 19 lifted off": a bare class name the entity stage left
    unlinked stands for the article's one craft whose name it begins."""
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in prepositions:
            continue
        # ("docked with Soyuz using a docking module": the parse may make the craft the subject of "using")
        nouns = [c for c in prep.children if c.dep_ == "pobj"] + [
            g for c in prep.children if c.dep_ == "pcomp" for g in c.children if g.dep_ == "nsubj" and g.i < c.i]
        for noun in nouns:
            span = index.entity_of(noun)
            if span is not None and span.label_ == "Spacecraft" and span.root.i == noun.i:
                return span._.entity_key
            if noun.pos_ != "PROPN" or span is not None:
                continue
            keys = {span._.entity_key for span in index.mentions_by_type.get("Spacecraft", [])
                    if span.text.lower().startswith(noun.lower_ + " ")}
            if len(keys) == 1:
                return keys.pop()
    return None


def _craft_as_station(mention: Mention) -> None:
    """ "Apollo docked with Soyuz 19": the subject moves, the craft it docked with is where it arrived
    (or, undocking, what it left) when no station is named."""
    target = mention.target_spacecraft or mention.moved_target
    if target is None or mention.spacecraft is None or target == mention.spacecraft:
        return
    if mention.event_type == "Docking" and mention.to is None:
        mention.to = target
    elif mention.event_type == "Undocking" and mention.from_ is None:
        mention.from_ = target


def named_apposition(span: Span, index: DocIndex) -> Span | None:
    """The craft's own name told after a comma ("in their own Dragon, Freedom"): the class word alone may
    have been linked to another craft of that class, the name says which one. Not a list ("Soyuz, Progress
    and Dragon"): the name closes the phrase."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    named = index.entity_of(doc[span.end + 1])
    if named is None or named.label_ != "Spacecraft" or named.start != span.end + 1 \
            or named._.entity_key == span._.entity_key:
        return None
    if named.root.head.i not in range(span.start, span.end) or named.root.dep_ not in ("appos", "conj"):
        return None
    if any(child.dep_ in ("conj", "cc") for child in named.root.children) \
            or any(child.dep_ == "cc" for child in span.root.children):
        return None
    following = doc[named.end] if named.end < len(doc) else None
    return named if following is None or following.text in (",", ".", ";", ")") else None


def after_comparison(span: Span, words: RoleWords) -> bool:
    """ "after Columbia", "unlike the Soyuz", "instead of Starliner": the word before the name (past a
    determiner) compares it with the event's vehicle, whatever the parse made of it."""
    before = [t for t in span.doc[max(span.sent.start, span.start - 3):span.start] if t.pos_ != "DET"]
    return bool(before) and (before[-1].lower_ in words.other_vehicle_prepositions
                             or (before[-1].lower_ == "of" and len(before) > 1 and before[-2].lower_ == "instead"))


def relation_to(token: Token, root: Token) -> str:
    """How an argument hangs from its predicate: "subj", "obj", a preposition ("from"), or "mod"."""
    current = token
    while current != root and current.head != current:
        if current.dep_ in ("prep", "agent") or (current.pos_ == "ADP" and current.dep_ == "advmod"):
            return current.lower_
        if current.dep_ in SUBJECT_DEPS:
            return "subj"
        if current.dep_ in ("dobj", "dative"):
            return "obj"
        if current.dep_ == "poss" and current.head == root:
            return "of"
        current = current.head
    return "mod"


def entities_in(tokens: list[Token], root: Token, index: DocIndex) -> list[tuple[Span, str]]:
    """Distinct entity spans among ``tokens`` with their relation to ``root``, in text order."""
    seen: dict[int, tuple[Span, str]] = {}
    for token in sorted(tokens, key=lambda t: t.i):
        span = index.entity_of(token)
        if span is None or span.start in seen:
            continue
        seen[span.start] = (span, relation_to(span.root, root))
    return list(seen.values())


class RoleFiller:
    """Fills a ``Mention``'s roles from the trigger's clause, the subject it inherits and anaphora."""

    def __init__(self, lexicon: EventLexicon) -> None:
        self.lexicon = lexicon
        assert lexicon.roles is not None
        self.words = lexicon.roles

    def fill(self, token: Token, entry: TriggerEntry, index: DocIndex, blocked: set[int]) -> Mention:
        mention = Mention(event_type=entry.event_type, trigger=token, entry=entry)
        others = blocked - {token.i}
        arguments = entities_in(clause_tokens(token, others), token, index)

        subject = subject_of(token)
        support = None
        if entry.pos == "NOUN" or token.tag_ == "VBG":
            support = support_verb_of(token, self.words.support_verbs)
            if support is not None:
                mention.support = support
                subject = subject_of(support)
                extra = [t for t in clause_tokens(support, others | {token.i})
                         if relation_to(t, support) in self.words.crew_prepositions]
                arguments += [(s, "with") for s, _ in entities_in(extra, support, index)]
        arguments += self._companions(support or token, index)
        stranded = verb_of_stranded_conjunct(token)
        if stranded is not None:  # "to undock on December 9 and land in Kazakhstan": the phrases after it
            arguments += entities_in([t for c in stranded.children if c.dep_ == "prep" and c.i > token.i
                                      for t in c.subtree], stranded, index)
        if entry.event_type == "Spacewalk":
            arguments += self._first_instance(support or token, index)
        if subject is not None and (subject.i < token.sent.start or subject.i >= token.sent.end):
            subject = None
        if subject is not None and subject.i not in others and not _is_inside(subject, token):
            subject_tokens = [subject] + clause_tokens(subject, others)
            if entry.event_type == "ChangeOfCommand" and _relative_antecedent(token, subject):
                subject_tokens = [subject]  # "... Novitsky, astronaut X, who handed command": X alone
            elif _relative_antecedent(token, subject) and _after_comma(token) and subject.dep_ == "conj" \
                    and index.entity_of(subject) is not None and index.entity_of(subject).label_ == "Astronaut":
                # "X and Y, Z and W, who arrived aboard Endurance": the clause is of the whole list of people
                first = subject
                while first.dep_ == "conj" and first.head != first:
                    first = first.head
                subject_tokens += [t for t in (first, *first.conjuncts) if index.entity_of(t) is not None
                                   and index.entity_of(t).label_ == "Astronaut"]
            arguments = [(s, "subj") for s, _ in entities_in(subject_tokens, subject, index)] + arguments
        if subject is not None:
            # "the capsule carrying X, Y and Z landed": the participle's objects are the crew aboard
            carried = [t for c in subject.children if c.dep_ == "acl" and c.lower_ in self.words.crew_links
                       for t in c.subtree]
            arguments += [(s, "with") for s, _ in entities_in(carried, subject, index)
                          if s.label_ == "Astronaut"]
            if index.entity_of(subject) is None and not any(s.label_ == "Spacecraft" for s, _ in arguments):
                # "A Falcon 9 rocket carrying Crew Dragon Endurance lifted off": the payload is the craft
                arguments += [(s, "subj") for s, _ in entities_in(carried, subject, index)
                              if s.label_ == "Spacecraft"][:1]
        if entry.event_type != "ChangeOfCommand":
            arguments += self._surface_conjuncts(arguments, index)
            # "carrying X and Y, who will replace Z": the crew the arrivals relieve is not aboard
            arguments = [(s, role) for s, role in arguments
                         if s.label_ != "Astronaut" or not (relieved(s, s.sent, self.words)
                                                             or left_behind(s, self.words, support or token)
                                                             or greeter(s, self.words)
                                                             or observer(s, self.words)
                                                             or in_other_flight_phrase(s, subject, index))]
        arguments = [(named_apposition(s, index) or s, role) if s.label_ == "Spacecraft" else (s, role)
                     for s, role in arguments]
        self._assign(mention, arguments, entry)
        if mention.from_ is None and mention.to is None and entry.event_type in STATION_ROLE:
            self._station_anaphor(mention, clause_tokens(token, others), index)
        if subject is not None:
            self._resolve_anaphor(mention, subject, index, arguments)
            mention.unknown_subject = self._names_unknown_thing(subject, index, arguments)
            self._owners_of_craft(mention, subject, index)
        if mention.event_type == "Docking" and mention.target_spacecraft is None and mention.moved_target is None:
            mention.target_spacecraft = _class_word_target(token, index, self.words.to_prepositions)
        _craft_as_station(mention)
        if mention.spacecraft is None and not mention.unknown_subject:
            mention.unknown_subject = self._names_unknown_vehicle(token, index)
        if entry.pos == "NOUN" and not mention.participants:
            owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
            if owner is not None:
                group = self._owner_is_clause_subject(token, index)
                self._resolve_anaphor(mention, group if group is not None else owner, index, [])
        for child in token.children:
            if child.dep_ in ("dobj", "nsubjpass") or (child.dep_ == "prep" and (
                    child.lower_ == "of" or entry.pos == "NOUN" and child.lower_ in self.words.vehicle_prepositions)):
                # ("their return to Earth aboard the same spacecraft")
                target = child if child.dep_ != "prep" else next(
                    (g for g in child.children if g.dep_ == "pobj"), None)
                if target is not None:
                    self.resolve_craft(mention, target, index)
        self._fill_count(mention, token)
        if mention.event_type == "Spacewalk" and mention.count:
            for span in self._shares_of_count(mention, index):
                mention.add_participant(span._.entity_key)
        if entry.operator_subject:
            mention.participants = []  # the arm's operators, not the craft's crew
        if mention.event_type == "Spacewalk" and not mention.participants and entry.pos == "NOUN":
            self._walkers_of_host_clause(mention, index)
        if mention.event_type == "Spacewalk" and (not mention.participants and subject is None
                                                  or _copula_infinitive(token)):
            # ("X became the fourth German to walk in space when he and Y left the station": Y too)
            self._walkers_in_sentence(mention, index)
        if mention.event_type == "Spacewalk" and not mention.participants and entry.pos == "NOUN":
            root = token.sent.root  # a parse that lost the light verb: "The pair completed a second EVA lasting"
            root_subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
            if root.lemma_.lower() in self.words.support_verbs and root_subject is not None and root_subject.i < token.i:
                self._resolve_anaphor(mention, root_subject, index, [])
        if mention.event_type == "Spacewalk" and not mention.participants and entry.pos == "NOUN":
            self._walkers_of_when_clause(mention, index)
        if mention.event_type == "ChangeOfCommand":
            self._commander_pronouns(mention, clause_tokens(token, others), index)
        if mention.event_type == "ChangeOfCommand" and mention.to is None:
            self._commander_after_to(mention, index)
        if mention.event_type == "ChangeOfCommand" and mention.place is None:
            self._station_in_context(mention, index)
        if subject is not None and mention.event_type == "Launch" and index.entity_of(subject) is None \
                and _part_of_station(subject, index):
            # "The core module of the Mir space station was launched in 1986": a station's module, no
            # visiting craft and no crew ("and in March the first crew set off" is another launch)
            mention.spacecraft, mention.participants, mention.unknown_subject = None, [], True
        return mention

    def _owners_of_craft(self, mention: Mention, subject: Token, index: DocIndex) -> None:
        """ "X flew with Y and Z. Their Crew Dragon lifted off": a craft subject owned by a group pronoun
        carries the group the sentences before name."""
        if mention.participants or mention.event_type not in STATION_ROLE and mention.event_type != "Launch":
            return
        owner = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in self.words.group_pronouns), None)
        if owner is None:
            return
        span = index.entity_of(subject)
        if span is not None and span.label_ != "Spacecraft" or span is None and (
                subject.lemma_.lower() not in self.words.craft_anaphors):
            return
        self._resolve_anaphor(mention, owner, index, [])

    def _owner_is_clause_subject(self, trigger: Token, index: DocIndex) -> Token | None:
        """ "The Crew-1 astronauts celebrated their arrival": "their" is the subject of the clause the noun
        sits in, a group the sentence describes without naming its people (resolved as that group, not
        as the people named in the sentences before). None when the owner is no such subject."""
        for verb in trigger.ancestors:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is None and verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
                subject = verb.head  # "with the Crew-1 astronauts settling in after their arrival"
            if subject is None:
                continue
            if subject.i > trigger.i or subject.pos_ == "PRON":
                return None
            named = any(index.entity_of(t) is not None and index.entity_of(t).label_ == "Astronaut"
                        for t in subject.subtree)
            crew_noun = subject.lower_ in self.words.crew_nouns or subject.lemma_.lower() in self.words.crew_nouns
            return subject if crew_noun and not named else None
        return None

    def _companions(self, verb: Token, index: DocIndex) -> list[tuple[Span, str]]:
        """ "X conducted one spacewalk, joined by Y", "..., working with Y", "landed, bringing Y home": the agent of a participle of
        joining, or the object of one of carrying, that hangs from the event's verb went along."""
        found: list[tuple[Span, str]] = []
        for clause in verb.children:
            if clause.dep_ not in ("advcl", "acl"):
                continue
            lemma = clause.lemma_.lower()
            if lemma in self.words.companion_verbs and clause.tag_ == "VBN":
                carried = [t for a in clause.children if a.dep_ == "agent" for t in a.subtree]
            elif lemma in self.words.companion_verbs and clause.tag_ == "VBG":
                # "completed her ninth spacewalk, working with Butch Wilmore"
                carried = [t for p in clause.children if p.dep_ == "prep" and p.lower_ in ("with", "alongside")
                           for t in p.subtree]
            elif lemma in self.words.carrier_verbs and clause.tag_ == "VBG":
                # "Soyuz MS-24 landed ..., bringing Loral O'Hara home"
                carried = [t for a in clause.children if a.dep_ == "dobj" for t in a.subtree]
            else:
                continue
            found += [(span, "with") for span, _ in entities_in(carried, clause, index) if span.label_ == "Astronaut"]
        return found

    def _first_instance(self, verb: Token, index: DocIndex) -> list[tuple[Span, str]]:
        """ "(people) had performed spacewalks, starting with cosmonaut X in March 1965": the person a
        participle of starting names made the first one."""
        found: list[tuple[Span, str]] = []
        for clause in verb.children:
            if clause.dep_ != "advcl" or clause.lemma_.lower() not in self.words.first_instance_verbs:
                continue
            people = [t for p in clause.children if p.dep_ == "prep" and p.lower_ == "with" for t in p.subtree]
            found += [(span, "with") for span, _ in entities_in(people, clause, index) if span.label_ == "Astronaut"]
        return found

    def _walkers_of_host_clause(self, mention: Mention, index: DocIndex) -> None:
        """ "During a third outing on Dec. 2 they installed a radiator": a spacewalk noun in a time phrase
        of another verb was made by that verb's subject."""
        trigger = mention.trigger
        if trigger.dep_ != "pobj" or trigger.head.lower_ not in ("during", "on", "in", "throughout"):
            return
        host = trigger.head.head
        if host.pos_ not in ("VERB", "AUX") or host.lemma_.lower() in self.words.helper_verbs:
            return  # "capcoms X and Y assist Koch and Meir during the spacewalk": helpers, not walkers
        subject = subject_of(host)
        if subject is None or subject.sent != trigger.sent:
            return
        self._walkers_from_subject(mention, subject, index)

    def _walkers_from_subject(self, mention: Mention, subject: Token, index: DocIndex) -> None:
        """The astronauts a subject names went out; a subject naming none ("the pair") is resolved."""
        walkers = [span for span, _ in entities_in([subject, *subject.subtree], subject, index)
                   if span.label_ == "Astronaut"]
        for span in walkers:
            mention.add_participant(span._.entity_key)
        if not walkers:
            self._resolve_anaphor(mention, subject, index, [])

    def _walkers_of_when_clause(self, mention: Mention, index: DocIndex) -> None:
        """ "a follow-up to Friday's outing, when the same two astronauts spent six hours outside": a "when"
        clause right after the spacewalk noun tells who went out."""
        trigger = mention.trigger
        for verb in trigger.sent:
            if verb.i <= trigger.i or verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("advcl", "relcl"):
                continue
            if not any(c.dep_ == "advmod" and c.lower_ == "when" and c.i <= trigger.i + 3 for c in verb.children):
                continue
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is None or verb.lemma_.lower() in self.words.helper_verbs:
                return
            self._walkers_from_subject(mention, subject, index)
            return

    def _walkers_in_sentence(self, mention: Mention, index: DocIndex) -> None:
        """When the parse gives a spacewalk no subject, the astronauts its sentence names walked, but not
        one who only speaks of it or helps ("... the first spacewalk with an all-female team," X said)."""
        sent = mention.trigger.sent
        for span in index.mentions_by_type["Astronaut"]:
            if sent.start <= span.start < sent.end and not self._speaker_or_helper(span):
                mention.add_participant(span._.entity_key)

    def _speaker_or_helper(self, span: Span) -> bool:
        """Whether an astronaut is the subject (or agent) of a verb of saying or helping."""
        token = list_head(span.root)
        if token.dep_ in SUBJECT_DEPS or (token.dep_ == "pobj" and token.head.dep_ == "agent"):
            verb = token.head if token.dep_ in SUBJECT_DEPS else token.head.head
            return verb.lemma_.lower() in self.words.helper_verbs
        return False

    def _commander_pronouns(self, mention: Mention, tokens: list[Token], index: DocIndex) -> None:
        """ "handed over command of the station to her", "took over from him": a pronoun after "to" or
        "from" is the nearest astronaut named before it who is not the other commander."""
        for token in sorted(tokens, key=lambda t: t.i):
            if token.lower_ not in self.words.person_pronouns or token.dep_ not in ("pobj", "dative"):
                continue
            relation = relation_to(token, mention.trigger)
            if relation not in ("to", "from"):
                continue
            if (mention.to if relation == "to" else mention.from_) is not None:
                continue
            antecedent = _commander_antecedent(index, token.i, {mention.from_, mention.to})
            if antecedent is not None:
                self._assign_commander(mention, antecedent, relation, mention.entry)

    @staticmethod
    def _commander_after_to(mention: Mention, index: DocIndex) -> None:
        """ "handed command of the station to fellow Russian X" when the parse lost the "to": the first
        astronaut named within a few words after a "to" that follows the trigger. An agency's name and a
        bracketed aside ("to ESA (European Space Agency) astronaut X") count as no words."""
        trigger = mention.trigger
        sent = trigger.sent
        for token in sent.doc[trigger.i + 1:sent.end]:
            if token.lower_ != "to":
                continue
            words, depth = 0, 0
            for follower in sent.doc[token.i + 1:sent.end]:
                depth += int(follower.text in ("(", "[")) - int(follower.text in (")", "]"))
                span = index.entity_of(follower)
                if span is not None and span.label_ == "Astronaut":
                    if span._.entity_key != mention.from_:
                        mention.to = span._.entity_key
                    return
                if depth > 0 or follower.text in (")", "]") or (span is not None and span.label_ == "SpaceAgency"):
                    continue
                words += 1
                if words >= COMMANDER_AFTER_TO_WORDS:
                    return
            return

    @staticmethod
    def _station_in_context(mention: Mention, index: DocIndex) -> None:
        """A change of command happens on the station the sentence names, else on the station the text
        before it is about: the one it names most often (not "Mir" named once in passing), the nearest on
        a tie."""
        sent = mention.trigger.sent
        stations = index.mentions_by_type["SpaceStation"]
        in_sentence = [s for s in stations if sent.start <= s.start < sent.end]
        if in_sentence:
            mention.place = in_sentence[0]._.entity_key
            return
        counts: dict[str, int] = {}
        for span in stations:
            if span.end <= sent.start:  # a station named only after the event is no setting for it
                counts[span._.entity_key] = counts.get(span._.entity_key, 0) + 1
        if not counts:
            return
        most = max(counts.values())
        leaders = {key for key, count in counts.items() if count == most}
        if len(leaders) == 1:
            mention.place = leaders.pop()
            return
        nearest = [s for s in stations if s.end <= sent.start and s._.entity_key in leaders]
        if nearest:
            mention.place = nearest[-1]._.entity_key

    def _names_unknown_thing(self, subject: Token, index: DocIndex, arguments: list[tuple[Span, str]]) -> bool:
        """Whether the subject is a name that is no recognised entity ("Starship lifted off", "Japan's
        SLIM lander landed")."""
        if any(relation == "subj" and span.label_ in VEHICLE_OR_CREW for span, relation in arguments) \
                or index.entity_of(subject) is not None:
            return False
        if _has_unknown_name(subject, index):
            return True
        words = self.words
        word, lemma = subject.lower_, subject.lemma_.lower()
        if word in words.person_pronouns or word in words.group_pronouns or word in words.crew_nouns \
                or lemma in words.crew_nouns or word in words.craft_anaphors or lemma in words.craft_anaphors:
            return False
        capitalised_noun = subject.text[:1].isupper() and subject.i != subject.sent.start
        return subject.pos_ == "PROPN" or capitalised_noun

    @staticmethod
    def _names_unknown_vehicle(token: Token, index: DocIndex) -> bool:
        """ "the launch of SLS", "the Odysseus landing": the trigger names its vehicle, but not as an
        entity (so no vehicle may be guessed from the context)."""
        named = [c for c in token.children if c.dep_ in ("compound", "poss", "nmod")]
        named += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]
        def vehicle(t: Token) -> bool:
            span = index.entity_of(t)
            return span is not None and span.label_ in ("Spacecraft", "Mission")

        def unknown_name(t: Token) -> bool:
            return index.entity_of(t) is None and t.i != t.sent.start and (
                t.pos_ == "PROPN" or t.text[:1].isupper())

        return any(unknown_name(t) for t in named) and not any(vehicle(t) for t in named)

    def _station_anaphor(self, mention: Mention, tokens: list[Token], index: DocIndex) -> None:
        """ "docked to the station", "left the orbiting laboratory": a station noun without a recognised
        name stands for the station the article last named."""
        noun = next((t for t in sorted(tokens, key=lambda t: t.i)
                     if t.lemma_.lower() in self.words.station_nouns and index.entity_of(t) is None), None)
        if noun is None:
            return
        mention.unnamed_station = True
        named = index.previous_mention("SpaceStation", noun.i, max_sentences=50)
        if named is None:
            return
        if STATION_ROLE[mention.event_type] == "to":
            mention.to = named._.entity_key
        else:
            mention.from_ = named._.entity_key

    def _surface_conjuncts(self, arguments: list[tuple[Span, str]], index: DocIndex) -> list[tuple[Span, str]]:
        """Astronauts coordinated with an argument in the text ("X and NASA astronaut Y") that the parse
        failed to join (taggers often read "astronaut" between two names as a verb)."""
        found: list[tuple[Span, str]] = []
        known = {span.start for span, _ in arguments}
        for span, relation in arguments:
            if span.label_ != "Astronaut":
                continue
            for entity in (*self._names_listed_beside(span, index, -1), *self._names_listed_beside(span, index, 1)):
                if entity.start not in known:
                    found.append((entity, relation))
                    known.add(entity.start)
        return found

    def _names_listed_beside(self, span: Span, index: DocIndex, step: int) -> list[Span]:
        """Astronauts the text lists before (``step`` -1) or after (1) ``span`` with only commas, "and",
        titles and agencies between. After it only across a title the tagger read as a verb ("X, Y and NASA
        astronaut Z climbed in": Z the subject of another clause), so "X undocked, and astronaut Z stayed"
        keeps Z out."""
        found: list[Span] = []
        doc = span.doc
        position = span.start - 1 if step < 0 else span.end
        saw_link = misread = False
        while span.sent.start <= position < span.sent.end:
            token = doc[position]
            entity = index.entity_of(token)
            if entity is not None and entity.label_ == "Astronaut":
                if not saw_link or (step > 0 and not misread):
                    break
                found.append(entity)
                position = entity.start - 1 if step < 0 else entity.end
                saw_link = misread = False
                continue
            if token.lower_ in ("and", ","):
                saw_link = True
            elif token.lower_ in self.words.person_titles or (entity is not None and entity.label_ == "SpaceAgency"):
                misread = misread or token.pos_ in ("VERB", "AUX")
            else:
                break
            position += step
        return found

    def _assign(self, mention: Mention, arguments: list[tuple[Span, str]], entry: TriggerEntry) -> None:
        event_type = mention.event_type
        for span, relation in arguments:
            key = span._.entity_key
            label = span.label_
            if label == "Spacecraft" and (relation in self.words.other_vehicle_prepositions or (
                    relation != "subj" and after_comparison(span, self.words))):
                continue  # "unlike Columbia, ...", "it did so again after Columbia", "instead of X": another vehicle
            if label == "Spacecraft":
                if event_type == "Docking" and relation in self.words.to_prepositions:
                    mention.target_spacecraft = mention.target_spacecraft or key
                elif event_type == "Undocking" and relation in self.words.from_prepositions:
                    mention.target_spacecraft = mention.target_spacecraft or key
                elif mention.spacecraft is None and event_type not in ("ChangeOfCommand", "Spacewalk"):
                    mention.spacecraft = key
                    mention.spacecraft_relation = relation
            elif label == "SpaceStation":
                if event_type == "Docking":
                    mention.to = mention.to or key
                elif event_type in ("Undocking", "Landing"):
                    mention.from_ = mention.from_ or key
                elif event_type == "ChangeOfCommand":
                    mention.place = mention.place or key
            elif label == "Astronaut":
                if relation in self.words.comparison_prepositions:
                    continue  # "the first American to launch on a Soyuz since X": X is a record, not crew
                if event_type == "ChangeOfCommand":
                    self._assign_commander(mention, key, relation, entry)
                else:
                    mention.add_participant(key)
            elif label == "Place" and event_type in ("Launch", "Landing"):
                mention.place = site_of(mention.place, key)
            elif label == "Mission":
                mention.mission = mention.mission or key
        if mention.spacecraft is None and mention.target_spacecraft is not None:
            mention.spacecraft, mention.target_spacecraft = mention.target_spacecraft, None
            mention.moved_target = mention.spacecraft

    @staticmethod
    def _assign_commander(mention: Mention, key: str, relation: str, entry: TriggerEntry) -> None:
        """A commander by how the name hangs from the trigger. The person object of a verb of giving
        ("handed X the keys", "handed over command ... X" where the parse lost the "to") receives it; the
        person object of a verb of following ("succeeds X") gave it."""
        if relation == "subj":
            role = entry.agent_role or "from"
        elif relation == "to" or (relation == "obj" and entry.agent_role == "from"):
            role = "to"
        elif relation == "obj" and entry.agent_role == "to" and not entry.objects:
            role = "from"  # "she succeeds X", "he replaced X as commander": the one before
        elif relation in ("from", "of"):
            role = "from"
        else:
            return
        if role == "from" and mention.from_ is None and key != mention.to:
            mention.from_ = key
        elif role == "to" and mention.to is None and key != mention.from_:
            mention.to = key

    def _resolve_anaphor(self, mention: Mention, subject: Token, index: DocIndex,
                         arguments: list[tuple[Span, str]]) -> None:
        """Give a pronoun or crew-noun subject ("he", "the trio", "its crew") the entities it stands for."""
        # a subject that names its people or craft needs no antecedent; an agency or a mission in it
        # ("the passengers of Axiom Space", "the Ax-1 crew") does not name the crew
        if mention.event_type != "ChangeOfCommand":
            # "she and Zhai Zhigang ventured outside": a pronoun among the conjoined subjects is a person too
            for pronoun in [subject, *subject.conjuncts]:
                if pronoun.lower_ in self.words.person_pronouns and pronoun.dep_ in SUBJECT_DEPS | {"conj"} \
                        and (pronoun is not subject or subject.conjuncts):
                    antecedent = index.person_antecedent(pronoun.i)
                    if antecedent is not None:
                        mention.add_participant(antecedent._.entity_key)
        if index.entity_of(subject) is not None or any(
                r == "subj" and s.label_ in ("Astronaut", "Spacecraft") for s, r in arguments):
            return
        word = subject.lower_
        lemma = subject.lemma_.lower()
        words = self.words
        if mention.event_type == "ChangeOfCommand":
            definite_title = lemma in words.person_titles and any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in subject.children)
            if word in words.person_pronouns or definite_title:  # "he", "the cosmonaut"
                antecedent = _commander_antecedent(index, subject.i, {mention.from_, mention.to})
                if antecedent is not None:
                    self._assign_commander(mention, antecedent, "subj", mention.entry)
            return
        if word in words.person_pronouns:
            antecedent = index.person_antecedent(subject.i)
            if antecedent is not None:
                mention.add_participant(antecedent._.entity_key)
        elif _definite_number(subject, words.number_words) >= 2:
            # "the two launched aboard ...", "all three returned": a definite number stands for a group
            for key in index.previous_group(subject.i, _definite_number(subject, words.number_words)):
                mention.add_participant(key)
        elif word in words.group_pronouns and (crew_subject := self._crew_subject_before(subject, index)) is not None:
            # "The Shenzhou-15 crew were launched in November. During their stay, they made four EVAs"
            self._resolve_anaphor(mention, crew_subject, index, arguments)
        elif word in words.group_pronouns or word in words.crew_nouns or lemma in words.crew_nouns:
            if any(c.dep_ == "relcl" or (c.dep_ == "det" and c.lower_ in ("a", "an")) for c in subject.children):
                return  # "an international crew", "the crew that flew on the Soyuz": described, not referred to
            if _generic_plural(subject):
                return  # "only astronauts from government agencies had performed spacewalks": a class of people
            if mention.spacecraft is not None and subject.tag_ == "NNS" and not any(
                    c.dep_ in ("det", "poss", "nummod", "predet", "compound") for c in subject.children):
                # "the first time astronauts flew on Starliner": the crew the article puts aboard that craft
                mention.crew_of_craft = mention.spacecraft
                return
            named_by = [index.entity_of(c) for c in subject.children if c.dep_ in ("compound", "nummod", "poss", "nmod")]
            missions = [span for span in named_by if span is not None and span.label_ in ("Mission", "Spacecraft")]
            if missions:  # "the Crew-1 astronauts", "the Shenzhou-17 crew": that flight's crew, not the people
                crew = (_crew_phrase_members(index, missions[0]._.entity_key, subject.i, words)
                        or index.crew_named_with(missions[0].label_, missions[0]._.entity_key))  # named just before
                for key in dict.fromkeys(span._.entity_key for span in index.mentions_by_type["Astronaut"]
                                         if span._.entity_key in crew):
                    mention.add_participant(key)
                if not mention.participants and missions[0].label_ == "Spacecraft":
                    mention.crew_of_craft = missions[0]._.entity_key
                elif not mention.participants and not _group_flew_elsewhere(index, subject.i, mention.spacecraft):
                    for key in _previous_subject_group(index, subject.i):  # "X, Y and Z trained. The Crew-4 crew"
                        mention.add_participant(key)
                return
            size = words.crew_nouns.get(word, 0)
            size = size or _number_before(subject, words.number_words)
            group = index.previous_group(subject.i, size, minimum=2, groups_only=words.person_titles)
            if lemma in words.group_titles and not size:
                group = _with_title(group, lemma, subject.i, index, words.group_titles)
            for key in group:
                mention.add_participant(key)
        else:
            self.resolve_craft(mention, subject, index)

    def _crew_subject_before(self, pronoun: Token, index: DocIndex) -> Token | None:
        """The crew noun a group pronoun continues: the last subject before it, in its sentence or the one
        before, when that is a crew noun naming its flight ("the Shenzhou-15 crew", "the Crew-7 astronauts")."""
        sentence = pronoun.sent
        start = index.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        subjects = [t for t in index.doc[start:pronoun.i] if t.dep_ in SUBJECT_DEPS]
        if not subjects:
            return None
        last = subjects[-1]
        if not (last.lower_ in self.words.crew_nouns or last.lemma_.lower() in self.words.crew_nouns):
            return None
        named = [index.entity_of(c) for c in last.children if c.dep_ in ("compound", "nummod", "poss", "nmod")]
        return last if any(span is not None and span.label_ in ("Mission", "Spacecraft") for span in named) else None

    def resolve_craft(self, mention: Mention, word_token: Token, index: DocIndex) -> None:
        """ "The capsule undocked", "the arm released it", "Endeavour docked" (a short name of a spacecraft
        the article names in full): the spacecraft the text is about."""
        if mention.spacecraft is not None or mention.event_type in ("Spacewalk", "ChangeOfCommand"):
            return
        if index.entity_of(word_token) is not None or _has_unknown_name(word_token, index):
            return
        if word_token.pos_ == "PROPN":
            key = index.spacecraft_named(word_token.lower_)
            if key is not None:
                mention.spacecraft = key
                return
        words = self.words
        if word_token.lower_ in words.craft_anaphors or word_token.lemma_.lower() in words.craft_anaphors:
            # "its capsule", a part of the craft just named ("... return aboard the Soyuz MS-25. Its descent
            # capsule will land"): the sentence before first; "the spacecraft": the topic of the paragraph
            antecedent = None
            if any(c.dep_ == "poss" and c.lower_ == "its" for c in word_token.children):
                antecedent = index.previous_mention("Spacecraft", word_token.i, max_sentences=1,
                                                    prefer_subject=True)
            antecedent = antecedent or index.previous_mention("Spacecraft", word_token.i, prefer_subject=True)
            if antecedent is None and word_token.pos_ in ("NOUN", "PROPN"):
                # "the spacecraft", "the capsule" keep to the vehicle the article is about over a longer
                # stretch than a pronoun does: a vehicle the article names repeatedly, not one in passing
                antecedent = index.previous_mention("Spacecraft", word_token.i, max_sentences=10,
                                                    prefer_subject=True)
                if antecedent is not None and index.times_named(antecedent._.entity_key, word_token.i) < 2:
                    antecedent = None
            if antecedent is not None:
                mention.spacecraft = antecedent._.entity_key

    def _fill_count(self, mention: Mention, token: Token) -> None:
        head = token.head.head  # "two of the expedition's spacewalks"
        if token.dep_ == "pobj" and token.head.lower_ == "of" and head.pos_ == "NUM" and token.tag_ == "NNS":
            number = self.words.number_words.get(head.lower_) or (int(head.lower_) if head.lower_.isdigit() else 0)
            if number > 1:
                mention.count = number
        for child in token.children:
            word = child.lower_
            if child.dep_ == "nummod" and token.tag_ in ("NNS", "NNPS"):
                number = self.words.number_words.get(word)
                if number is None and word.isdigit():
                    number = int(word)
                if number is not None and number > 1:
                    mention.count = number
        if mention.event_type == "Spacewalk" and token.pos_ in ("VERB", "AUX"):
            self._count_repetitions(mention, token)

    def _shares_of_count(self, mention: Mention, index: DocIndex) -> list[Span]:
        """ "conducted four spacewalks, two with X and two with Y": the people of a share of the count
        ("two with X") that follows the trigger in its sentence went out too."""
        found: list[Span] = []
        trigger = mention.trigger
        for token in trigger.doc[trigger.i + 1:trigger.sent.end]:
            number = self.words.number_words.get(token.lower_) or (int(token.text) if token.text.isdigit() else 0)
            if not 0 < number <= mention.count or token.pos_ != "NUM":
                continue
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ in ("with", "alongside"):
                    found += [span for span, _ in entities_in(list(prep.subtree), prep, index)
                              if span.label_ == "Astronaut"]
        return found

    def _count_repetitions(self, mention: Mention, verb: Token) -> None:
        """ "went outside twice", "ventured out three times": a spacewalk verb done more than once."""
        # ("ventured outside three times": the parser may hang "times" from the particle)
        near = [*verb.children, *(g for c in verb.children if c.dep_ in ("prt", "advmod") for g in c.children)]
        for child in near:
            if child.dep_ == "advmod" and child.lower_ in self.words.repetition_words:
                mention.count = self.words.repetition_words[child.lower_]
            elif child.dep_ in ("npadvmod", "dobj", "pobj") and child.lemma_.lower() == "time" and child.tag_ == "NNS":
                number = next((self.words.number_words.get(g.lower_) for g in child.children
                               if g.dep_ == "nummod"), None)
                if number is not None and number > 1:
                    mention.count = number


def _crew_phrase_members(index: DocIndex, key: str, before: int, words: RoleWords) -> set[str]:
    """The astronauts a crew phrase of the flight ``key`` lists before token ``before`` ("the Shenzhou-15
    crew of X, Y and Z welcomed A, B and C": X, Y and Z only)."""
    members: set[str] = set()
    for span in index.mentions_by_type["Mission"] + index.mentions_by_type["Spacecraft"]:
        if span._.entity_key != key or span.end > before:
            continue
        head = span.root.head
        if span.root.dep_ not in ("compound", "nmod", "poss", "amod") or not (
                head.lower_ in words.crew_nouns or head.lemma_.lower() in words.crew_nouns):
            continue
        listed = [t for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of" for t in prep.subtree]
        members |= {index.entity_of(t)._.entity_key for t in listed
                    if index.entity_of(t) is not None and index.entity_of(t).label_ == "Astronaut"}
    return members


def _with_title(group: list[str], title: str, before: int, index: DocIndex, titles: frozenset[str]) -> list[str]:
    """ "the cosmonauts" after "cosmonauts X and Y and NASA astronaut Z": the members the text gave that
    title, when two or more of them but not all had it."""
    titled = {span._.entity_key for span in index.mentions_by_type["Astronaut"]
              if span.end <= before and span._.entity_key in group and index.title_of(span, titles) == title}
    kept = [key for key in group if key in titled]
    return kept if 2 <= len(kept) < len(group) else group


def _generic_plural(noun: Token) -> bool:
    """ "astronauts from government agencies", "only cosmonauts": a plural with no determiner, possessive or
    number, narrowed by a phrase of its own or "only", names a class of people rather than a group the text
    has introduced. (A bare "the first time astronauts flew on it" is kept: it restates the flight just
    reported, whose crew it means.)"""
    if noun.tag_ not in ("NNS", "NNPS") or any(c.dep_ in ("det", "poss", "nummod", "predet") for c in noun.children):
        return False
    return any(c.dep_ == "prep" or (c.dep_ == "advmod" and c.lower_ == "only") for c in noun.children)


def _previous_subject_group(index: DocIndex, before: int) -> list[str]:
    """Two or more astronauts who are together the subject of the last sentence naming astronauts before
    ``before`` ("X, Y and Z trained for months"); not a giver and a receiver ("X handed command to Y")."""
    earlier = index.mentions_before("Astronaut", before)
    if not earlier:
        return []
    sentence = earlier[-1].sent
    group = list(dict.fromkeys(s._.entity_key for s in earlier if s.sent == sentence and index.in_subject(s)))
    return group if len(group) >= 2 else []


def _group_flew_elsewhere(index: DocIndex, before: int, craft: str | None) -> bool:
    """Whether the sentence naming the last group before ``before`` names a spacecraft other than
    ``craft``: that group flew in another vehicle ("... undocked in Soyuz MS-16. The Crew-1 astronauts")."""
    earlier = index.mentions_before("Astronaut", before)
    if not earlier:
        return False
    sentence = earlier[-1].sent
    return any(sentence.start <= span.start < sentence.end and span._.entity_key != craft
               for span in index.mentions_by_type["Spacecraft"])


def _definite_number(token: Token, number_words: dict[str, int]) -> int:
    """The size of a group a bare number stands for ("the two", "all three"); 0 when it is none."""
    if token.pos_ != "NUM" or not any(c.lower_ in ("the", "all", "both") for c in token.children):
        return 0
    return number_words.get(token.lower_, 0)


def _relative_antecedent(trigger: Token, subject: Token) -> bool:
    """Whether ``subject`` is the noun a "who" clause of the trigger hangs from ("X, who handed command")
    rather than a subject of the trigger's own: then only that name is the subject, not the names the
    parser hung from it."""
    return trigger.dep_ == "relcl" and trigger.head == subject


def _after_comma(clause: Token) -> bool:
    """Whether a relative clause is set off by a comma (", who arrived ..."): it describes, not restricts."""
    first = clause.left_edge
    return first.i > 0 and first.nbor(-1).text == ","


def _commander_antecedent(index: DocIndex, before: int, exclude: set[str | None]) -> str | None:
    """The astronaut a pronoun in a change of command stands for: the nearest one named before it (a
    clause's subject first) who is not already the other commander ("X handed command to her"). None when
    a name the entity stage did not recognise is the subject just before it in its sentence."""
    sentence = index.doc[before].sent
    unknown = [t for t in index.doc[sentence.start:before]
               if t.dep_ in SUBJECT_DEPS and t.pos_ == "PROPN" and index.entity_of(t) is None]
    if unknown:
        # "Aki had led the crew since April, when he took over": he is the name not recognised, which may
        # be the short form of an astronaut's first name the article gives in full ("Akihiko Hoshide")
        short = short_name_of(unknown[-1], index)
        return short if short not in exclude else None
    candidates = [s for s in index.mentions_before("Astronaut", before) if s._.entity_key not in exclude]
    subjects = [s for s in candidates if index.in_subject(s)]
    chosen = subjects[-1] if subjects else (candidates[-1] if candidates else None)
    return chosen._.entity_key if chosen is not None else None


#: The shortest short form of a first name read as that name ("Aki" for Akihiko, "Suni" for Sunita).
SHORT_NAME_MIN = 3


def short_name_of(token: Token, index: DocIndex) -> str | None:
    """The one astronaut of the article whose first name begins with an unrecognised name ("Aki" for
    Akihiko Hoshide); None when none or several do."""
    word = token.text.lower()
    if len(word) < SHORT_NAME_MIN or not token.is_alpha:
        return None
    found = {span._.entity_key for span in index.mentions_by_type["Astronaut"]
             if len(span) >= 2 and span[0].text.lower().startswith(word) and span[0].text.lower() != word}
    return found.pop() if len(found) == 1 else None


def _names_vehicle_or_crew(token: Token, index: DocIndex, crew_nouns: dict[str, int]) -> bool:
    if token.lower_ in crew_nouns or token.lemma_.lower() in crew_nouns:
        return True
    labels = {index.entity_of(t).label_ for t in token.subtree if index.entity_of(t) is not None}
    return bool(labels & {"Spacecraft", "Mission", "Astronaut"}) or token.pos_ == "PRON"


#: How many words after "to" may stand between it and the incoming commander ("to fellow Russian X").
COMMANDER_AFTER_TO_WORDS = 5

VEHICLE_OR_CREW: frozenset[str] = frozenset({"Spacecraft", "Mission", "Astronaut"})


def _part_of_station(noun: Token, index: DocIndex) -> bool:
    """Whether a noun is a part of a named station ("the core module of the Mir space station", "Tiangong's
    core module"): the station's own modules, not a visiting spacecraft."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj"]
    return any(index.entity_of(t) is not None and index.entity_of(t).label_ == "SpaceStation"
               for owner in owners for t in owner.subtree)


def _has_unknown_name(token: Token, index: DocIndex) -> bool:
    """ "Japan's SLIM lander", "the Odysseus lander": a noun named by a proper noun that is no entity."""
    return any(index.entity_of(c) is None and (
        (c.dep_ in ("compound", "nmod", "appos") and (c.pos_ == "PROPN" or c.text[:1].isupper()))
        or (c.dep_ == "amod" and len(c.text) > 1 and c.text.isupper()))  # an acronym the tagger took for an adjective
        for c in token.children)


def _is_inside(token: Token, ancestor: Token) -> bool:
    return any(a == ancestor for a in token.ancestors)


def _number_before(token: Token, number_words: dict[str, int]) -> int:
    for child in token.children:
        if child.dep_ == "nummod":
            return number_words.get(child.lower_, 0)
    return 0


def trigger_satisfied(mention: Mention, index: DocIndex, roles: RoleWords) -> bool:
    """Whether a weak trigger ("release", "depart", "land") has the roles it needs to count.

    A plural noun of a vehicle event ("aircraft carrier landings", "the launches") counts only with its
    spacecraft named."""
    if mention.entry.pos == "NOUN" and mention.trigger.tag_ in ("NNS", "NNPS") \
            and mention.event_type in STATION_ROLE.keys() | {"Launch"} and mention.spacecraft is None:
        return False
    if mention.entry.vehicle_object:
        for child in mention.trigger.children:
            if child.dep_ == "dobj" and not _names_vehicle_or_crew(child, index, roles.crew_nouns):
                return False
    if mention.event_type == "ChangeOfCommand" and _commands_something_else(mention, index, roles):
        return False
    if mention.event_type == "Spacewalk" and career_statistic(mention, roles):
        return False
    for requirement in mention.entry.requires:
        if requirement == "spacecraft" and mention.spacecraft is None:
            return False
        if requirement == "spacecraft_aboard" and mention.spacecraft_relation not in ("aboard", "in", "on") \
                and not _rides_named_craft(mention.trigger, index, mention.spacecraft) \
                and not (mention.spacecraft is not None and _to_landing_site(mention.trigger)):
            return False
        if requirement == "spacecraft_aboard_or_first_flight" and not (
                mention.spacecraft_relation in ("aboard", "in", "on") and mention.participants) \
                and not _first_flight(mention, roles.first_flight_words):
            return False  # people fly aboard a craft; "science flying aboard the Dragon" is cargo
        if requirement == "commander_to" and mention.to is None:
            return False
        if requirement == "commander_from" and mention.from_ is None:
            return False
        if requirement == "spacewalk_context" and not index.mentions_spacewalks:
            return False
        if requirement == "command_context" and not _speaks_of_command(mention.trigger, roles):
            return False  # "handed him the keys" is a change of command only where the text says so
        if requirement == "station" and mention.from_ is None and mention.to is None \
                and not mention.unnamed_station:
            return False
        if requirement == "named_station" and mention.from_ is None and mention.to is None:
            return False
        if requirement == "no_destination" and _has_destination(mention.trigger, index):
            return False
        if requirement == "named_spacecraft" and (mention.spacecraft is None or mention.spacecraft_relation is None
                                                  or mention.trigger.tag_ in ("NNS", "NNPS")):
            return False  # "the arrival of eight visiting vehicles": no craft of its own
        if requirement == "named_spacecraft" and any(
                g.dep_ == "pobj" and (index.entity_of(g) is None and g.pos_ == "NOUN" or g.conjuncts)
                for c in mention.trigger.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
            return False  # "the arrival of both the SpaceX Dragon and the Progress": visitors, no one event
        if requirement == "no_place" and any(index.entity_of(t) is not None and index.entity_of(t).label_ == "Place"
                                             for t in mention.trigger.sent):
            return False  # "the crew's arrival at Kennedy Space Center": a trip to the launch site
        if requirement == "station_in_sentence" and not any(
                t.lemma_.lower() in roles.station_nouns or (index.entity_of(t) is not None
                                                            and index.entity_of(t).label_ == "SpaceStation")
                for t in mention.trigger.sent):
            return False  # "the pad where it awaited Atlantis' arrival": not at a station
        if requirement == "vehicle" and not (mention.spacecraft or mention.mission or mention.participants):
            return False
        if requirement == "no_person_object" and any(
                c.dep_ == "dobj" and (c.ent_type_ == "Astronaut" or c.lemma_.lower() in roles.crew_nouns
                                      or c.lower_ in roles.crew_nouns or c.lower_ in roles.group_pronouns
                                      or c.lemma_.lower() in ("astronaut", "cosmonaut", "taikonaut"))
                for c in mention.trigger.children):
            return False  # "returned empty, leaving its two astronauts on the station": they stayed
    return True


def _speaks_of_command(trigger: Token, roles: RoleWords) -> bool:
    """Whether the trigger's sentence speaks of command, or the one before does and a pronoun subject
    continues it ("X took over as commander. She succeeds Y"; not "Y replaced Z on the crew" after it)."""
    sentence = trigger.sent
    if any(t.lemma_.lower() in roles.command_words for t in sentence):
        return True
    subject = subject_of(trigger)
    if sentence.start == 0 or subject is None or subject.lower_ not in roles.person_pronouns:
        return False
    return any(t.lemma_.lower() in roles.command_words for t in trigger.doc[sentence.start - 1].sent)


def career_statistic(mention: Mention, roles: RoleWords) -> bool:
    """ "has already logged nine spacewalks", "a veteran of four spacewalks", "eight spacewalks over his
    career": spacewalks counted as a person's tally are no event the article reports (a simple past count,
    "conducted four spacewalks during the mission", is one)."""
    trigger = mention.trigger
    if trigger.tag_ not in ("NNS", "NNPS") and not (mention.count and mention.count > 1):
        return False
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" \
            and trigger.head.head.lemma_.lower() in roles.career_words:
        return True  # "a veteran of four spacewalks", "a total of nine spacewalks"
    if mention.support is None and trigger.dep_ in SUBJECT_DEPS and any(c.dep_ == "poss" for c in trigger.children):
        return True  # "his 10 spacewalks make him one of five people who ...": a possession, not a report
    verb = mention.support if mention.support is not None else trigger
    around = [*trigger.subtree, *(t for c in verb.children if c.dep_ == "prep" for t in c.subtree)]
    if any(t.lemma_.lower() in roles.career_words and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
           for t in around):
        return True  # "over his career", "his career total"; not "for a combined total of 12 hours"
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    if not perfect:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in roles.tally_adverbs for c in verb.children):
        return True  # "has already logged nine spacewalks"
    # "has completed seven spacewalks, totaling 50 hours": a perfect count with no time of its own ("this
    # month", "during the expedition", "on Friday") is a tally
    return not any(c.dep_ in ("npadvmod", "prep") and c.lower_ not in ("since", "over", "in")
                   or c.dep_ == "prep" and c.lower_ == "in" and any(g.ent_type_ == "DATE" or g.like_num for g in c.subtree)
                   for c in verb.children)


def restates_previous(mention: Mention) -> bool:
    """ "It was the 270th spacewalk in support of station assembly", "This was the first extravehicular
    activity for X since 2009", "this historic spacewalk": a nominal trigger predicated of "it"/"this", or
    with a demonstrative, describes the event just reported (its career ordinals, "since" years and the
    people around it are no new event)."""
    trigger = mention.trigger
    if mention.entry.pos != "NOUN":
        return False
    if any(c.dep_ == "det" and c.lower_ in ("this", "that") for c in trigger.children):
        return True  # "the capcom for this historic spacewalk was X": the one just reported, X no walker
    if trigger.dep_ not in ("attr", "acomp"):
        return False
    copula = trigger.head
    return copula.lemma_.lower() == "be" and any(
        c.dep_ in SUBJECT_DEPS and c.lower_ in ("it", "this", "that") for c in copula.children)


def _commands_something_else(mention: Mention, index: DocIndex, roles: RoleWords) -> bool:
    """ "took command of the robotic arm", "became commander of the Crew-8 mission", "took over as commander
    of the Starliner flight": the command word governs a thing that is no station, crew or expedition (a
    spacecraft's flight has a commander of its own)."""
    for word in mention.trigger.subtree:
        if word.lemma_.lower() not in ("command", "control", "helm", "leadership", "charge", "commander"):
            continue
        for prep in word.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for thing in prep.children:
                if thing.dep_ != "pobj":
                    continue
                named = [index.entity_of(t) for t in thing.subtree if index.entity_of(t) is not None]
                if any(span.label_ == "Spacecraft" or span.label_ == "Mission" and not any(
                        w in span.text.lower() for w in roles.station_mission_words) for span in named):
                    return True
                if any(span.label_ in ("SpaceStation", "Mission") for span in named):
                    continue
                if thing.lemma_.lower() not in roles.commanded_things:
                    return True
    return False


def _rides_named_craft(trigger: Token, index: DocIndex, craft: str | None) -> bool:
    """ "the Shenzhou-20 crew will return ... aboard their Shenzhou-20 spaceship": the trigger has an
    aboard/in/on phrase naming its spacecraft, though its subject named the craft first (not another
    craft: "launched on Endeavour expecting to return on Discovery")."""
    return craft is not None and any(c.dep_ == "prep" and c.lower_ in ("aboard", "in", "on") and any(
        index.entity_of(t) is not None and index.entity_of(t)._.entity_key == craft for t in c.subtree)
        for c in trigger.children)


def _to_landing_site(trigger: Token) -> bool:
    """ "The Shenzhou-15 crew will return to the Dongfeng landing site": a return whose goal is a landing
    site (not any place: "returned to Houston" after splashdown is a flight home)."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and any(t.lemma_.lower() == "landing" for t in g.subtree) for g in c.children)
        for c in trigger.children)


def _has_destination(trigger: Token, index: DocIndex | None = None) -> bool:
    """ "returned to space aboard Soyuz MS-25", "returned to the station": a goal other than Earth or home
    makes a return no landing; a place on the ground ("return to the Dongfeng landing site", "to
    Kazakhstan") does not."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into", "for") and not any(
        g.lower_ in ("earth", "home", "ground") or (g.dep_ == "pobj" and _place_on_ground(g, index))
        for g in c.children) for c in trigger.children)


def _place_on_ground(token: Token, index: DocIndex | None) -> bool:
    """A landing place: a Place entity, or a noun phrase about a landing ("the landing site")."""
    span = index.entity_of(token) if index is not None else None
    if span is not None:
        return span.label_ == "Place"
    return any(t.lemma_.lower() == "landing" for t in token.subtree)


def _first_flight(mention: Mention, first_flight_words: frozenset[str]) -> bool:
    """ "Columbia first flew in April 1981", "the capsule flew for the first time": a spacecraft subject's
    first flight is its launch."""
    if mention.spacecraft is None or mention.spacecraft_relation != "subj":
        return False
    return any(t.lower_ in first_flight_words for t in mention.trigger.subtree
               if t.i != mention.trigger.i and t.dep_ in ("advmod", "amod", "pobj", "npadvmod", "prep"))
