"""Whether an event mention is asserted as having occurred, announced as planned, or not asserted.

The cues are read on the trigger and on the words that govern it within its clause ("is scheduled to
undock", "NASA will provide coverage of the undocking", "the launch was scrubbed"), so that a future
or negated main verb decides for a nominal trigger too. Reported clauses ("said the crew would land")
are their own clause: the walk stops at them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from spacy.tokens import Token

from pipeline.events_lexicon import ModalityCues
from pipeline.model import TimeValue

Status = Literal["occurred", "planned"]

#: Dependencies the walk climbs from a trigger towards the verb that governs it.
GOVERNED_DEPS: frozenset[str] = frozenset({
    "xcomp", "conj", "pobj", "prep", "dobj", "pcomp", "nsubj", "nsubjpass", "compound", "appos", "attr",
    "acomp", "advcl", "npadvmod", "oprd", "dative", "nmod"})
MAX_CLIMB = 6
GOVERNED_DEPS_STOP: frozenset[str] = frozenset({"ccomp", "relcl", "acl", "csubj", "parataxis"})
#: How a trigger hangs from a scheduling word for it to be scheduled: "is set to launch", "targeting
#: Saturday for the launch", "the launch is scheduled"; not "set a record ... after lifting off".
SCHEDULED_LINKS: frozenset[str] = frozenset({"xcomp", "prep", "pobj", "nsubj", "nsubjpass", "dobj", "acomp"})


def governing_chain(trigger: Token, boundaries: frozenset[str]) -> list[Token]:
    """The trigger and the words above it up to its clause's head (stopping at reported clauses)."""
    chain = [trigger]
    current = trigger
    for _ in range(MAX_CLIMB):
        if current.head == current or (current.dep_ in boundaries and not _infinitival_relative(current)) \
                or (current.dep_ not in GOVERNED_DEPS and not _infinitival_relative(current)):
            break
        if current.dep_ == "conj" and current.pos_ in ("VERB", "AUX") \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            break  # "the launch was aborted, and the capsule made a ballistic descent, landing", "NASA ordered
            # Starliner to come back without its crew, and it landed empty": a conjunct with a subject is its own clause
        current = current.head
        chain.append(current)
    return chain


def mention_status(trigger: Token, cues: ModalityCues) -> Status | None:
    """``occurred``, ``planned``, or None for a negated, hypothetical or called-off mention.

    A condition ("if weather allows") leaves a scheduled event planned but unasserts any other.
    """
    if generic_statement(trigger, cues) or told_as_state(trigger, cues):
        return None
    planned = False
    conditional = False
    chain = governing_chain(trigger, cues.clause_boundaries)
    for position, token in enumerate(chain):
        lemma = token.lemma_.lower()
        if position > 0 and lemma in cues.called_off_words:
            return None
        if position > 0 and lemma in cues.prospective_words and chain[position - 1].dep_ == "prep" \
                and not any(t.tag_ == "VBD" for t in chain[position:]):
            planned = True  # "ahead of Dyson launching in March"; not "in preparation for landing, they tested"
        if position > 0 and (lemma in cues.schedule_words or token.lower_ in cues.schedule_words) \
                and (chain[position - 1].dep_ in SCHEDULED_LINKS or _elaborates_plan(chain[position - 1], token)) \
                and not (lemma == "go" and token.tag_ == "VBD"):
            # ("is go for launch", "going to launch"; not "the launch went smoothly")
            planned = True
            if _past_tense(token):
                return None  # "were preparing to leave for a spacewalk when ...": a plan of the past
        if position > 0 and lemma == "be" and chain[position - 1].dep_ == "xcomp" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in chain[position - 1].children):
            if token.tag_ == "VBD":
                return None  # "they were to perform a spacewalk": a plan of the past
            planned = True  # "the cosmonauts are to perform two spacewalks"
        for child in token.children:
            word = child.lower_
            if child.dep_ == "neg" or (child.dep_ == "det" and word == "no" and position == 0):
                return None
            if position > 0 and child.dep_ == "acomp" and child.lemma_.lower() in cues.schedule_words and (
                    chain[position - 1].dep_ == "advcl"
                    or chain[position - 1].dep_ == "conj" and chain[position - 1].tag_ == "VB"):
                # "he is due to return in June, landing on the steppe", "is due to catch up ... and dock"
                planned = True
            if child.dep_ in ("aux", "auxpass"):
                if word in cues.hypothetical_auxiliaries:
                    return None
                if word in cues.future_auxiliaries:
                    planned = True
                if word == "to" and token.head == token and _opens_a_line(token):
                    planned = True  # headline infinitive: "NASA to Provide Coverage of Launch"
                if child.lemma_.lower() == "go" or word == "going":
                    planned = True
            if child.dep_ == "mark" and word in cues.condition_markers:
                conditional = True
            if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in cues.condition_markers
                                             for g in child.children):
                conditional = True
            if position == 0 and child.dep_ in ("amod", "compound") and word in cues.planned_modifiers:
                planned = True
            if position == 0 and child.dep_ == "acl" and child.tag_ == "VBN" \
                    and child.lemma_.lower() in cues.schedule_words:
                planned = True  # "a dress rehearsal for the launch planned for Oct. 14"
            if position == 0 and child.dep_ == "compound" and child.lemma_.lower() in cues.called_off_words:
                return None  # "launch scrub", "docking attempt"
    if trigger.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in trigger.head.children):
            return None  # "had been assigned years ago to fly on a Soyuz": a plan of the past, overtaken
        planned = True  # a purpose: "launched an uncrewed Soyuz to bring home the crew"
    verbal = trigger.pos_ in ("VERB", "AUX") or trigger.dep_ == "ROOT"  # not "the first launch in nine years"
    if not planned and verbal and trigger.tag_ not in ("VBD", "VBN") and _in_a_span_of_time(trigger, cues):
        planned = True  # "Novitskiy and Vasilevskaya come back in about two weeks"
    announced = announced_by_coverage(trigger, cues, chain)
    if not planned and announced and not any(t.tag_ in ("VBD", "VBN") for t in chain):
        planned = True  # "NASA Sets Coverage for Crew-8 Launch"
    if conditional and not planned:
        return None
    if planned and vague_plan(trigger, cues):
        return None
    return "planned" if planned else "occurred"


#: Present-tense tags, with the plural-noun tag the tagger gives some verbs ("a Cygnus departs").
PRESENT_TAGS: frozenset[str] = frozenset({"VBZ", "VBP", "NNS"})


def generic_statement(trigger: Token, cues: ModalityCues) -> bool:
    """ "When a Cygnus departs from the station, it disposes of waste": a present-tense verb whose subject is
    any one of its kind, in a when-clause, tells how things go, not an event."""
    if trigger.tag_ not in PRESENT_TAGS:
        return False
    if not any(c.lower_ in cues.habitual_markers and c.dep_ in ("advmod", "mark") for c in trigger.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(
        d.dep_ == "det" and d.lower_ in cues.generic_determiners for d in c.children) for c in trigger.children)


def _infinitival_relative(word: Token) -> bool:
    """ "is set to become the first woman *to walk* in space": an infinitive qualifying a noun is told with the
    noun's own clause (planned there, as it would be occurred after "became")."""
    return word.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children)


def told_as_state(trigger: Token, cues: ModalityCues) -> bool:
    """ "the cargo craft that are already attached to the station", "Progress 88 is still docked": a present
    passive participle with an adverb of state tells where a craft is, not an event (the docking was told
    before, or is no news of the article)."""
    if trigger.tag_ != "VBN" or not any(c.dep_ == "advmod" and c.lower_ in cues.state_adverbs
                                        for c in trigger.children):
        return False
    return any(c.dep_ in ("auxpass", "aux") and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP")
               for c in trigger.children)


def _elaborates_plan(participle: Token, schedule_word: Token) -> bool:
    """ "X is scheduled to return in June, landing in Kazakhstan": a participle hung from the scheduling
    word that has a to-infinitive of its own elaborates the plan."""
    return participle.dep_ == "advcl" and participle.tag_ == "VBG" and any(
        c.dep_ in ("xcomp", "ccomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in schedule_word.children)


def _opens_a_line(token: Token) -> bool:
    """Whether the token's sentence starts the text or a line (a headline), not a fragment the sentence
    splitter cut from a longer sentence ("... at 6:13 a.m. CDT | to begin the excursion")."""
    start = token.sent.start
    if start == 0:
        return True
    before = token.doc[start - 1]
    return "\n" in before.whitespace_ or "\n" in before.text


def _past_tense(word: Token) -> bool:
    """Whether a verb or adjective of scheduling is told in the past ("were preparing", "was due")."""
    if word.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass", "cop") and c.tag_ == "VBD" for c in word.children) or (
        word.dep_ == "acomp" and word.head.tag_ == "VBD")


def vague_plan(trigger: Token, cues: ModalityCues) -> bool:
    """ "will carry out one or more spacewalks", "several spacewalks": a plural noun with a vague number is
    an intention rather than an announced event. (A bare plural, "will perform extravehicular activities",
    is kept: gold marks it optional, found by a strong system.)"""
    if trigger.tag_ not in ("NNS", "NNPS"):
        return False
    return any(t.lower_ in cues.vague_quantifiers for t in trigger.subtree if t.i < trigger.i)


def announced_by_coverage(trigger: Token, cues: ModalityCues, chain: list[Token] | None = None) -> bool:
    """Whether the trigger is the topic of an announcement ("coverage of the undocking begins at ...",
    "hatch closing and undocking coverage"): the announcement's own times are not the event's."""
    chain = chain if chain is not None else governing_chain(trigger, cues.clause_boundaries)
    return any(t.lemma_.lower() in cues.announcement_nouns or
               any(c.lemma_.lower() in cues.announcement_nouns for c in t.children) for t in chain[1:])


def _in_a_span_of_time(trigger: Token, cues: ModalityCues) -> bool:
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            if any(g.dep_ == "pobj" and g.lemma_.lower() in cues.future_in_units for g in child.children):
                return True
    return False


def status_from_time(status: Status, time: TimeValue | None, published: date | datetime | None,
                     trigger: Token) -> Status:
    """A tenseless mention ("the launch at 1:17 p.m. Saturday", a headline's present tense) whose time lies
    after publication is planned. A past-tense verb keeps its own word: the grammar is surer than a
    resolved weekday."""
    if status != "occurred" or time is None or published is None or time.kind not in ("date", "time"):
        return status
    if trigger.tag_ in ("VBD", "VBN"):
        return status
    nominal = trigger.pos_ in ("NOUN", "PROPN") or trigger.tag_ == "VBG"
    if nominal and any(t.tag_ == "VBD" for t in governing_chain(trigger, GOVERNED_DEPS_STOP)):
        return status  # "concluded their spacewalk at ...": the past-tense verb decides
    published_day = published.date() if isinstance(published, datetime) else published
    if time.earliest is not None and time.earliest.date() > published_day:
        return "planned"
    return status
