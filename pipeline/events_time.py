"""When each event happened: the time its own clause states, or one derived from its neighbours.

Times are found and normalised by the time stage (``pipeline.timenorm``); this module only decides which
of them dates which event: the nearest one the trigger's clause governs (through a subjectless "as
scheduled" clause the parser hangs it from, and, for a spacewalk, its infinitive of purpose: "a spacewalk
to repair the spectrometer on Friday"), a clock time of the event's day elsewhere in its sentence, a
spacewalk's start rather than its end (a start verb of a neighbouring sentence gives an undated walk its
clock: "The spacewalk is scheduled to begin at 7:05 a.m."), and durations counted from the event before
("about 30 hours later") or after ("27 hours after launching"; "docked three hours after lifting off"
dates the launch back from the docking). An event its own clauses leave undated (or
dated to the day) takes what a restatement says: nearby, or paragraphs away when the restatement names its
craft; a robotic arm's berthing rather than its capture; the end of its craft's stay for an undocking; the
sentence before for one told "on that flight". Times offered as alternatives ("late April or early May")
or joined ("in June and July") date nothing; nor does the day of a talk about the event ("talked about
their spacewalk"), an "until" bound, or the day that looks back on it: "Today marks 45 years since the
launch" dates the launch 45 years before today. Conjoined verbs share a day only when the one taking it
has no phrase of its own (a month they always share), and a time opening the sentence sets the scene of
every clause joined after it. An event's time is always one the query contract states (minute, day,
week, month, year): a season becomes its year, one of the article's own year ("this summer") nothing
(``contract_time``).
"""

from __future__ import annotations

import calendar
import json
import logging
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from dateutil.relativedelta import relativedelta
from spacy.tokens import Doc, Span, Token

from pipeline.events_lexicon import EventLexicon
from pipeline.events_modality import mention_status
from pipeline.events_roles import CLAUSE_DEPS, SUBJECT_DEPS, DocIndex, Mention
from pipeline.extensions import in_furniture
from pipeline.model import Event, TimeValue
from pipeline.paths import DATA_DIR
from pipeline.timenorm import shift

log = logging.getLogger(__name__)

PRECISION_RANK: dict[str, int] = {
    "second": 0, "minute": 1, "hour": 2, "day": 3, "week": 4, "month": 5, "season": 6, "year": 7,
    "decade": 8}

#: Words after a duration that make it a time relative to the event before ("about 30 hours later").
LATER_WORDS = ("later", "afterwards", "afterward")
EARLIER_WORDS = ("earlier",)


def time_root(doc: Doc, value: TimeValue) -> Token | None:
    """The token a time expression hangs from, within the sentence it starts in (the parser may end a
    sentence inside one: "at 6:13 a.m. | CDT to begin the excursion")."""
    span = doc.char_span(value.start, value.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    cut = next((t.i for t in span[1:] if t.is_sent_start), None)
    if cut is None:
        return span.root
    # of the cut span, a word the parse attaches in earnest ("3:18" under "at"), not a stray "a.m." it hung
    # from the sentence's root as punctuation
    heads = [t for t in doc[span.start:cut] if not span.start <= t.head.i < cut or t.head == t]
    return next((t for t in heads if t.dep_ != "punct"), doc[span.start:cut].root)


def owner_of_time(root: Token, predicates: dict[int, int]) -> tuple[int | None, int, int | None]:
    """The trigger a time expression hangs from (nearest trigger ancestor), how far up it is, and the
    verb of the subordinate clause that stopped the walk (None when it was not stopped).

    ``predicates`` maps trigger tokens, and the light verbs of nominal triggers, to their trigger. The
    walk stops at an embedded clause that is not itself a trigger ("who arrived in July"), so a time is
    never credited to a predicate it does not modify.
    """
    distance = 0
    current = root
    while True:
        if current.i in predicates and current != root:
            return predicates[current.i], distance, None
        if current.head == current:
            return None, distance, None
        describes_trigger = current.dep_ in ("acl", "relcl") and current.head.i in predicates
        if current.pos_ in ("VERB", "AUX") and current != root and current.dep_ in CLAUSE_DEPS \
                and current.dep_ != "conj" and not describes_trigger and not _elliptical_comment(current) \
                and current.lower_ not in _person_titles():
            return None, -1, current.i  # inside a subordinate clause of some other verb
        if current.pos_ in ("VERB", "AUX") and current != root and current.dep_ == "conj" \
                and any(c.dep_ in SUBJECT_DEPS for c in current.children):
            return None, -1, current.i  # a conjoined clause with a subject of its own: "and the hatches opened"
        if current.pos_ == "VERB" and current != root and current.dep_ == "conj" and current.i not in predicates:
            nominal = _nominal_trigger_in(current, predicates)
            if nominal is not None:  # "will depart at 11:55 p.m. and will head for a landing [...] at 3:18 a.m."
                return predicates[nominal], distance, None
            if any(c.dep_ in ("aux", "dobj", "obj") for c in current.children):
                # "will be unberthed, loaded with waste, and will re-enter the atmosphere in early November":
                # a conjoined verb phrase with an auxiliary or an object of its own tells its own moment
                return None, -1, current.i

        current = current.head
        distance += 1


def _nominal_trigger_in(verb: Token, predicates: dict[int, int]) -> int | None:
    """A nominal trigger of the clause ``verb`` heads (no other verb between): the event a conjoined verb
    phrase tells of ("and will head for a parachute-assisted landing")."""
    for token in verb.subtree:
        if token.i not in predicates or token.pos_ not in ("NOUN", "PROPN"):
            continue
        governor = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if governor == verb:
            return token.i
    return None


@lru_cache(maxsize=1)
def _person_titles() -> frozenset[str]:
    """One-word titles of people who fly ("cosmonaut"): the parser sometimes tags one a verb ("to cosmonaut
    Oleg Skripochka early in February"), which is then no clause of its own."""
    path = DATA_DIR / "lexicon" / "titles.json"
    if not path.is_file():
        return frozenset()
    with path.open(encoding="utf-8") as handle:
        titles = json.load(handle).get("person_titles", [])
    return frozenset(t.lower() for t in titles if " " not in t)


def _elliptical_comment(clause: Token) -> bool:
    """ "lifted off as scheduled from Baikonur at 2:40 p.m.", "docked earlier than planned on Friday": a
    subjectless "as"/"than" clause comments on its head; the parser hangs the head's own phrases from it."""
    if clause.dep_ not in ("advcl", "acl") or any(
            c.dep_ in SUBJECT_DEPS or c.dep_ in ("expl", "csubj") for c in clause.children):
        return False
    if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "than") for c in clause.children):
        return True
    return _tells_the_load(clause) or _opens_the_series(clause) or (clause.dep_ == "advcl" and _depictive(clause))


def _opens_the_series(clause: Token) -> bool:
    """ "had performed spacewalks, starting with cosmonaut Alexei Leonov in March 1965": a participle that
    names the first of the events its head tells of (``series_participles`` of ``data/lexicon/event-time.json``
    with a "with" phrase); the time in it is that first event's."""
    return clause.tag_ == "VBG" and clause.lemma_.lower() in _time_words().get("series_participles", ()) \
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in clause.children)


def _tells_the_load(clause: Token) -> bool:
    """ "launched the H-IIB rocket, carrying the KOUNOTORI8 cargo craft, from Tanegashima at 1:05 a.m.": a
    bare participle of carrying (``load_participles`` in ``data/lexicon/event-time.json``) only says what
    the vehicle bore; the parser hangs the launch's own place and time from it."""
    return clause.tag_ == "VBG" and clause.lemma_.lower() in _time_words().get("load_participles", ()) \
        and not any(c.dep_ in ("mark", "aux") for c in clause.children)


@lru_cache(maxsize=1)
def _time_words() -> dict:
    """``data/lexicon/event-time.json`` as read (for the module-level helpers of the parse)."""
    path = DATA_DIR / "lexicon" / RESTATEMENT_FILE
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def _depictive(clause: Token) -> bool:
    """ "Starliner came back to Earth uncrewed in September": a bare participle after its verb that only
    describes the subject (no object, marker or auxiliary of its own); the parser hangs the verb's phrases
    from it. (A fronted participle is a clause of its own: "Built in 1998, the module ...".)"""
    return clause.tag_ == "VBN" and clause.i > clause.head.i and not any(
        c.dep_ in ("mark", "aux", "auxpass", "dobj", "obj", "ccomp", "xcomp", "advcl") for c in clause.children)


#: The precisions an event's time may have: the query contract (``../shared/docs/product.md``) states an
#: event's time as a minute, a day, a week, a month or a year.
CONTRACT_PRECISIONS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})


def contract_time(value: TimeValue | None, published: date | None = None) -> TimeValue | None:
    """An event's time as the query contract can state it. A season or quarter ("in spring 2025", "2025-SP")
    is only known to its year, so it becomes that year (value "2025", bounds the whole year: a query for
    the year finds it, one for a month does not wrongly); a decade ("in the 1990s") dates no event. A
    yearless season of the ``published`` year ("this summer", "later in the fall") dates no event either:
    its year is only the article's own, which the annotators do not count as a time the text gives ("next
    spring", another year, keeps its year). The time stage keeps seasons for TimeML; only an event's time
    is narrowed here."""
    if value is None or value.kind not in ("date", "time") or value.precision in CONTRACT_PRECISIONS:
        return value
    year = re.match(r"(\d{4})(?![\d])", value.value)
    if value.precision != "season" or year is None:
        log.debug("time %r (%s) dates no event: not a precision of the query contract", value.value, value.precision)
        return None
    if value.relative and value.anchor == "published" and published is not None and int(year[1]) == published.year:
        log.debug("season %r of the article's own year dates no event", value.text)
        return None
    first = datetime(int(year[1]), 1, 1, tzinfo=UTC)
    return replace(value, value=year[1], precision="year", kind="date", earliest=first,
                   latest=first.replace(year=first.year + 1) - timedelta(seconds=1))


def _published_day(doc: Doc) -> date | None:
    """The day ``doc`` was published (``doc._.published`` may be a date or a datetime)."""
    published = doc._.published
    return published.date() if isinstance(published, datetime) else published


def is_derived(value: TimeValue) -> bool:
    """A duration, or a time computed from one ("30 hours later"): a stated time is preferred to it."""
    return value.kind == "duration" or (value.anchor or "").startswith("shift:")


def choose_time(mention: Mention, sentence_times: list[tuple[TimeValue, Token]],
                owners: dict[int, tuple[int | None, int, int | None]],
                restatements: frozenset[int] = frozenset()) -> TimeValue | None:
    """The time the trigger's own clause states; else a free time of the same sentence, nearest first.

    ``restatements`` are words of the trigger's event type that did not make an event of their own; a
    clause they head under the trigger may date it.
    """
    looked_back = _looked_back_on(mention.trigger)
    if looked_back is not None and not any(owners[id(tv)][0] == mention.trigger.i and tv.kind in ("date", "time")
                                           for tv, _ in sentence_times):
        return _anniversary_time(looked_back, sentence_times, owners)
    chosen = _choose_time(mention, sentence_times, owners, restatements)
    if chosen is not None and _one_of_alternatives(chosen, sentence_times, mention.trigger.sent):
        return None
    if chosen is None or chosen.precision != "day" or is_derived(chosen):
        return chosen
    return _clock_of_day(mention, chosen, sentence_times, owners) or chosen


@dataclass(frozen=True)
class LookBack:
    """A trigger told as what a later day looks back on: "Today marks 45 years since the first launch",
    "Sunday is the 50th anniversary of the docking". ``counted_from`` is the word the span of years hangs
    from ("years", "marks", "anniversary"); ``years`` the ordinal of an anniversary, when it has one."""

    marker: Token
    counted_from: Token
    years: int | None = None


def _looked_back_on(trigger: Token) -> LookBack | None:
    """Whether the trigger's phrase is the object of "since" ("45 years since the first launch", "25 years
    since Columbia launched") or of an anniversary noun ("the 50th anniversary of the docking"): the day
    the sentence names is then the day that looks back, not the event's."""
    words = _time_words()
    markers = frozenset(words.get("look_back_markers", ()))
    anniversaries = frozenset(words.get("anniversary_nouns", ()))
    token = trigger
    for _ in range(6):
        if token.dep_ in ("pobj", "pcomp") and token.head.lower_ in markers:
            return LookBack(token.head, token.head.head)
        if token.pos_ in ("VERB", "AUX"):
            mark = next((c for c in token.children if c.dep_ == "mark" and c.lower_ in markers), None)
            if mark is not None and token.dep_ == "advcl":
                return LookBack(mark, token.head)
            if token.dep_ not in ("pobj", "pcomp"):
                return None  # a clause of its own ("since April, when he arrived"): no object of "since"
        if token.dep_ in ("pobj", "pcomp") and token.head.lower_ == "of" \
                and token.head.head.lemma_.lower() in anniversaries:
            noun = token.head.head
            return LookBack(token.head, noun, next(
                (n for n in (_ordinal_value(c) for c in noun.children if c.dep_ in ("amod", "nummod"))
                 if n is not None), None))
        if token.head == token or (token != trigger and token.pos_ in ("VERB", "AUX")):
            return None
        token = token.head
    return None


def _ordinal_value(token: Token) -> int | None:
    """50 for "50th" or "fiftieth"; None for another word."""
    match = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", token.lower_)
    if match:
        return int(match[1])
    ordinals = _ordinal_words()
    return ordinals.get(token.lower_)


@lru_cache(maxsize=1)
def _ordinal_words() -> dict[str, int]:
    """Ordinal words of ``data/lexicon/time-words.json`` ("fiftieth": 50)."""
    path = DATA_DIR / "lexicon" / "time-words.json"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as handle:
        return {w.lower(): int(n) for w, n in json.load(handle).get("ordinals", {}).items() if isinstance(n, int)}


def _anniversary_time(looked_back: LookBack, sentence_times: list[tuple[TimeValue, Token]],
                      owners: dict[int, tuple[int | None, int, int | None]]) -> TimeValue | None:
    """The time of an event a later day looks back on: that day less the years the sentence counts ("Today
    marks 45 years since ..." on 12 April 2026: 12 April 1981), at the day's precision; None when no count
    of years is given ("the first time since the launch")."""
    years = looked_back.years
    counted_from = looked_back.counted_from
    if years is None:
        count = next((tv for tv, root in sentence_times if tv.kind == "duration" and root.i < looked_back.marker.i
                      and (root == counted_from or root.head == counted_from)
                      and re.fullmatch(r"P\d+Y", tv.value)), None)
        years = int(count.value[1:-1]) if count is not None else None
    if years is None:
        return None
    days = [tv for tv, root in sentence_times if tv.kind in ("date", "time") and not is_derived(tv)
            and owners[id(tv)][0] is None and owners[id(tv)][1] >= 0
            and tv.precision in ("minute", "second", "day", "week", "month", "year")]
    if not days:
        return None
    day = min(days, key=lambda tv: abs(tv.start - looked_back.marker.idx))
    return _years_before(day, years)


def _years_before(value: TimeValue, years: int) -> TimeValue | None:
    """``value`` that many years earlier, at its own precision (a 29 February falls on the 28th)."""
    if value.earliest is None or value.latest is None or not re.match(r"\d{4}", value.value):
        return None
    back = relativedelta(years=years)
    rest = value.value[4:]
    if rest.startswith("-02-29"):
        rest = "-02-28" + rest[6:]
    return replace(value, value=f"{int(value.value[:4]) - years:04d}{rest}", earliest=value.earliest - back,
                   latest=value.latest - back, relative=True, anchor=f"anniversary:{value.value}-P{years}Y")


_ALTERNATIVE = re.compile(r"\s*,?\s*(?:or|and/or)\s+(?:perhaps\s+|possibly\s+|maybe\s+)?", re.I)


def _one_of_alternatives(chosen: TimeValue, sentence_times: list[tuple[TimeValue, Token]], sent: Span) -> bool:
    """ "return to Earth in late April or early May next year", "on Friday or Saturday": one of two times the
    text offers as alternatives; it does not say which the event takes."""
    roots = {id(tv): root for tv, root in sentence_times}
    for other, _ in sentence_times:
        if other is chosen or other.kind not in ("date", "time") or other.value == chosen.value:
            continue
        first, second = (chosen, other) if chosen.start < other.start else (other, chosen)
        if second.start - first.end > 40:
            continue
        offset = sent.start_char
        between = sent.text[first.end - offset:second.start - offset]
        if _ALTERNATIVE.fullmatch(between):
            return True
        # "went outside four times in June and July": two periods joined, no one time of them (not a range,
        # "between June and July", nor a clock time and its day)
        if _JOINED.fullmatch(between) and first.kind == second.kind == "date" \
                and first.precision == second.precision and _coordinated(roots.get(id(first)), roots.get(id(second))) \
                and not re.search(r"\bbetween\s+$", sent.text[max(0, first.start - offset - 12):first.start - offset]):
            return True
    return False


def _coordinated(first: Token | None, second: Token | None) -> bool:
    """Whether the parse joins two time expressions as one phrase ("in June and July"), not two clauses
    ("launched in February, and in March the crew set off")."""
    if first is None or second is None:
        return False
    return (second.dep_ == "conj" and second.head == first) or (
        second.head.dep_ == "conj" and second.head.head == first.head)


_JOINED = re.compile(r"\s*and\s+(?:in\s+|on\s+)?", re.I)


#: How far outside a day's UTC bounds a clock time of that day may fall (zones from UTC-12 to UTC+14).
_ZONE_SLACK = timedelta(hours=14)
# an event dated this coarsely may take the clock a restatement gives within its period ("In July she stepped
# outside [...] The pair left the airlock at 10:50 a.m. EDT on July 21")
_RESTATED_PRECISIONS = ("day", "week", "month")
#: How far a stated day may lie from the period a count gave ("A week later" is roughly seven days).
_COUNT_SLACK = {"week": timedelta(days=3), "month": timedelta(days=15)}
#: How many sentences after its own a day-dated event's clock may still be told (the neighbour included).
_FURTHER_SENTENCES = 3
#: How long after a robotic arm's capture a berthing clock may come (a capture, then hours of installation).
_BERTHING_WITHIN = timedelta(hours=12)
#: How many sentences before or after its own a restatement that identifies the event may date it.
_FAR_SENTENCES = 12


def _clock_of_day(mention: Mention, day: TimeValue, sentence_times: list[tuple[TimeValue, Token]],
                  owners: dict[int, tuple[int | None, int, int | None]]) -> TimeValue | None:
    """ "Dragon arrived last Friday; the arm captured it at 9:56 a.m. EDT": a clock time of the same
    sentence on the event's day, that no other trigger owns, says when on that day."""
    if day.earliest is None or day.latest is None:
        return None
    trigger = mention.trigger
    clocks = [(tv, root) for tv, root in sentence_times
              if tv.precision in ("minute", "second") and tv.kind == "time" and not is_derived(tv)
              and owners[id(tv)][0] in (None, trigger.i) and tv.earliest is not None
              and day.earliest - _ZONE_SLACK <= tv.earliest <= day.latest + _ZONE_SLACK
              and _elaborates(root, trigger)]
    if not clocks:
        return None
    return min(clocks, key=lambda pair: abs(pair[1].i - trigger.i))[0]


def _elaborates(token: Token, trigger: Token) -> bool:
    """Whether ``token`` lies in the trigger's own clause or a clause subordinate to it ("when the arm
    grappled it at 4:59 a.m."), not in a conjoined clause of its own ("and the hatches opened at ...")."""
    current = token
    while current != trigger:
        if current.head == current or current.dep_ in ("conj", "parataxis", "ccomp"):
            return False
        current = current.head
    return True


def _choose_time(mention: Mention, sentence_times: list[tuple[TimeValue, Token]],
                 owners: dict[int, tuple[int | None, int, int | None]],
                 restatements: frozenset[int] = frozenset()) -> TimeValue | None:
    trigger = mention.trigger
    own = [(tv, owners[id(tv)][1]) for tv, root in sentence_times if owners[id(tv)][0] == trigger.i
           and not _bound_of(root, trigger) and not (mention.support is not None and _bound_of(root, mention.support))]
    if own:
        own.sort(key=lambda pair: (is_derived(pair[0]), PRECISION_RANK.get(pair[0].precision, 9), pair[1]))
        return own[0][0]
    doc = trigger.doc
    # a trigger in a conjoined clause with a subject of its own: a time of the clause it is joined to is
    # that clause's, not its (owner_of_time stops the other way round)
    conjoined_clause = next((
        token for token in [trigger, *trigger.ancestors]
        if token.pos_ in ("VERB", "AUX") and token.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in token.children)),
        None)
    in_own_conjoined_clause = conjoined_clause is not None

    def fronted(root: Token) -> bool:
        # "At 8:02 p.m. EDT the Falcon 9 lit up the pad, and the Crew Dragon carried four people into orbit": a
        # time opening the sentence, before the first clause's subject, sets the scene of every clause joined
        first_clause = conjoined_clause.head
        subjects = [c for c in first_clause.children if c.dep_ in SUBJECT_DEPS]
        opening = min([first_clause.i, *(c.left_edge.i for c in subjects)])
        return root.i < opening and root.sent.start <= root.i and any(a == first_clause for a in root.ancestors)

    # "when he took over on 27 April shortly before she returned to Earth": a trigger in a clause that
    # puts it before or after another moment does not take that moment's time
    sequenced = next((v for v in [trigger, *trigger.ancestors] if v.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _SEQUENCE_PREPOSITIONS for c in v.children)), None)

    def reachable(value: TimeValue, owner: tuple[int | None, int, int | None], root: Token) -> bool:
        # a time of the main clause, or of a subordinate clause the trigger itself belongs to
        if owner[0] is not None:
            return False
        if sequenced is not None and not sequenced.left_edge.i <= root.i <= sequenced.right_edge.i \
                and PRECISION_RANK.get(value.precision, 9) <= PRECISION_RANK["day"]:
            return False  # (a month or year holds for both: "in 1999 after Columbia launched")
        if owner[1] >= 0:  # "test a freezer in May and then the capsule will land"
            return not in_own_conjoined_clause or fronted(root)
        blocker = doc[owner[2]]
        if owner[2] in restatements and blocker.head == trigger:
            return True  # "attached to the station since it arrived on 25 May": the same event restated
        if mention.event_type == "Spacewalk" and _purpose_of(blocker, trigger):
            return True  # "will conduct a spacewalk to repair the spectrometer on Friday": the walk's day
            # (a craft's purpose, "launched to deliver cargo on Saturday", is carried out later)
        return blocker == trigger or any(a == blocker for a in trigger.ancestors)

    if _told_as_topic(trigger):
        return None  # "On Friday, the pair talked about their spacewalk": Friday is the talk's
    free = [(tv, root) for tv, root in sentence_times if tv.kind != "duration" and reachable(tv, owners[id(tv)], root)]
    if not free:
        return None
    free.sort(key=lambda pair: (is_derived(pair[0]), abs(pair[1].i - trigger.i),
                                PRECISION_RANK.get(pair[0].precision, 9)))
    return free[0][0]


#: Prepositions whose object is a bound of the time a trigger's clause speaks of, not its moment.
_BOUND_PREPOSITIONS = frozenset({"until", "till", "through"})


def _bound_of(root: Token, trigger: Token) -> bool:
    """ "Until Thursday only government astronauts had performed spacewalks": a time in an "until" phrase of
    the trigger ends the stretch the clause speaks of; it is not when the event took place. (Negated, it is:
    "will not undock until Friday".)"""
    # (anywhere in the phrase: "assumed command until his return to Earth in March 2015")
    path = [root]
    for ancestor in root.ancestors:
        if ancestor == trigger:
            break
        path.append(ancestor)
    if not any(t.lower_ in _BOUND_PREPOSITIONS and t.dep_ == "prep" and t.head == trigger for t in path):
        return False
    return not any(c.dep_ == "neg" for c in trigger.children)


def _told_as_topic(trigger: Token) -> bool:
    """Whether a nominal trigger is what its clause's verb talks about ("talked about their spacewalk with
    ground teams", "discussed the docking"; ``topic_verbs`` in ``data/lexicon/event-time.json``): the times
    of that clause are the talk's, not the event's."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    topic_verbs = frozenset(_time_words().get("topic_verbs", ()))
    token = trigger
    for _ in range(4):
        if token.dep_ not in ("pobj", "dobj", "obj", "prep", "compound", "conj", "appos") or token.head == token:
            return False
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token.lemma_.lower() in topic_verbs
    return False


def _purpose_of(clause: Token, trigger: Token) -> bool:
    """Whether ``clause`` is the infinitive of purpose of the trigger or of the verb whose object the
    trigger is ("conducted a spacewalk to replace batteries on Tuesday", "spacewalk to repair it"): a
    spacewalk's purpose is carried out during it."""
    if clause.dep_ not in ("advcl", "xcomp", "acl", "relcl") or clause.tag_ != "VB":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    if clause.head == trigger:
        return True
    governor = trigger.head  # the verb the trigger is the object of ("conducted a spacewalk", "went on a spacewalk")
    if trigger.dep_ in ("pobj", "pcomp") and governor.dep_ == "prep":
        governor = governor.head
    elif trigger.dep_ not in ("dobj", "obj"):
        return False
    return clause.head == governor and governor.pos_ in ("VERB", "AUX")


#: The file of restatement words (``data/lexicon/event-time.json``).
RESTATEMENT_FILE = "event-time.json"


@dataclass(frozen=True)
class RestatementWords:
    """Words that restate an event beside its trigger words, read from ``data/lexicon/event-time.json``."""

    naming: dict[str, frozenset[str]] = field(default_factory=dict)
    same_moment: dict[str, frozenset[str]] = field(default_factory=dict)
    moment_from_place: dict[str, frozenset[str]] = field(default_factory=dict)
    other_event_modifiers: frozenset[str] = frozenset()
    unrelated_ceremonies: frozenset[str] = frozenset()
    spacewalk_cues: frozenset[str] = frozenset()
    capture_verbs: frozenset[str] = frozenset()
    berthing_verbs: frozenset[str] = frozenset()
    occasion_nouns: frozenset[str] = frozenset()
    stay_verbs: frozenset[str] = frozenset()
    stay_ends: frozenset[str] = frozenset()


def load_restatement_words(lexicon_dir: Path) -> RestatementWords:
    """The restatement words, or none when the file is absent (an older data directory)."""
    path = lexicon_dir / RESTATEMENT_FILE
    if not path.is_file():
        log.warning("no %s: events are dated by their own sentences only", path)
        return RestatementWords()
    with path.open(encoding="utf-8") as handle:
        raw = json.load(handle)

    def by_type(name: str) -> dict[str, frozenset[str]]:
        return {kind: frozenset(w.lower() for w in words) for kind, words in raw.get(name, {}).items()}

    by_kind = {"naming", "same_moment", "moment_from_place"}  # event type -> words; the rest are lists
    return RestatementWords(**{name: by_type(name) if name in by_kind
                               else frozenset(w.lower() for w in raw.get(name, []))
                               for name in RestatementWords.__dataclass_fields__})


class TimeIndex:
    """One document's sentences and, per sentence, its times with the tokens they hang from: built once
    per document rather than per event and sentence."""

    def __init__(self, doc: Doc, times: list[TimeValue]) -> None:
        self.doc = doc
        self.times = times
        self.sents: list[Span] = list(doc.sents)
        self.starts: list[int] = [s.start_char for s in self.sents]
        self._by_sentence: list[list[tuple[TimeValue, Token]]] = [[] for _ in self.sents]
        for value in times:
            position = _sentence_at(self.starts, value.start)
            if not self.sents or not self.starts[position] <= value.start < self.sents[position].end_char:
                continue
            root = time_root(doc, value)
            if root is not None:
                self._by_sentence[position].append((value, root))

    def in_sentence(self, sent: Span) -> list[tuple[TimeValue, Token]]:
        """The times of ``sent`` in text order, with their roots (a fresh list the caller may keep)."""
        position = _sentence_at(self.starts, sent.start_char)
        if self.sents and self.sents[position].start_char == sent.start_char \
                and self.sents[position].end_char == sent.end_char:
            return list(self._by_sentence[position])
        return [(value, root) for value, root in (pair for pairs in self._by_sentence for pair in pairs)
                if sent.start_char <= value.start < sent.end_char]  # a span that is not one of the sentences

    def has_times(self, position: int) -> bool:
        """Whether the sentence at ``position`` states any time."""
        return bool(self._by_sentence[position])

    def nearby(self, event: Event, sentences_around: int) -> list[TimeValue]:
        """Times in the event's own sentences and a few sentences around them."""
        if not event.evidence or not self.sents:
            return []
        positions = [_sentence_at(self.starts, e.start) for e in event.evidence]
        if not positions:
            return []
        low = self.starts[max(min(positions) - sentences_around, 0)]
        high = self.sents[min(max(positions) + sentences_around, len(self.sents) - 1)].end_char
        return [tv for tv in self.times if low <= tv.start < high]


class EventTimer:
    """Dates the mentions of one sentence and the events of one article (holds the lexicon's time words)."""

    def __init__(self, lexicon: EventLexicon, lexicon_dir: Path | None = None) -> None:
        self.lexicon = lexicon
        self._index: TimeIndex | None = None
        self.restatements = load_restatement_words(lexicon_dir or DATA_DIR / "lexicon")

    def date_spacewalks_by_start(self, events: list[Event], index: DocIndex, times: list[TimeValue]) -> bool:
        """A spacewalk is dated by its start ("began at 8:05 a.m.", "switched their suits to battery power
        at"), not its end ("ended at", "wrapped up", "returned to the airlock at"): a spacewalk whose time an
        end verb states takes the start time its own or the neighbouring sentences give, else its end minus
        the duration they give ("lasted 7 hours"). Returns whether any time changed."""
        roles = self.lexicon.roles
        doc = index.doc
        changed = False
        for event in events:
            if event.type != "Spacewalk" or not event.evidence:
                continue
            end = self._end_time_of_walk(event, doc, times)
            if end is None:
                continue
            nearby = self.time_index(doc, times).nearby(event, sentences_around=2)
            starts = [tv for tv in nearby if tv.kind in ("date", "time") and tv is not end
                      and _verb_of_time(doc, tv) in roles.spacewalk_start_verbs]
            start: TimeValue | None = None
            own_start = min(e.start for e in event.evidence)
            if starts:
                start = min(starts, key=lambda tv: abs(tv.start - end.start))
                start = _same_walk_day(start, end)
            elif end.earliest is not None and end.latest is not None:
                lasted = [tv for tv in self.time_index(doc, times).nearby(event, sentences_around=1)
                          if tv.kind == "duration" and tv.start >= own_start
                          and _verb_of_time(doc, tv) in roles.spacewalk_end_verbs | {"last", "take", "spend"}]
                if lasted:
                    try:
                        start = shift(end, lasted[0], -1)
                    except (ValueError, TypeError) as error:
                        log.debug("could not shift %r: %s", end.value, error)
            if start is not None:
                event.time = start
                changed = True
        return changed

    def _end_time_of_walk(self, event: Event, doc: Doc, times: list[TimeValue]) -> TimeValue | None:
        """The clock time an end verb gives a spacewalk: its own time, or, when it has none, one its own
        sentences give ("lasted 7 hours, ending at 3:40 p.m.")."""
        end_verbs = self.lexicon.roles.spacewalk_end_verbs
        if event.time is not None:
            if is_derived(event.time) or event.time.precision not in ("minute", "second"):
                return None  # a day is the start's day too
            return event.time if _verb_of_time(doc, event.time) in end_verbs else None
        own = [tv for tv in self.time_index(doc, times).nearby(event, sentences_around=0)
               if tv.kind == "time" and tv.precision in ("minute", "second") and _verb_of_time(doc, tv) in end_verbs]
        return own[0] if own else None

    def sentence_times(self, doc: Doc, sent: Span, times: list[TimeValue]) -> list[tuple[TimeValue, Token]]:
        """The times of ``sent`` with the tokens they hang from (the document is indexed once)."""
        return self.time_index(doc, times).in_sentence(sent)

    def time_index(self, doc: Doc, times: list[TimeValue]) -> TimeIndex:
        """The sentences and times of ``doc``, indexed on first use and kept for the document's next calls."""
        if self._index is None or self._index.doc is not doc or self._index.times is not times:
            self._index = TimeIndex(doc, times)
        return self._index

    def time_of(self, mention: Mention, sentence_times, owners, previous_time: TimeValue | None,
                 restatements: frozenset[int] = frozenset()) -> TimeValue | None:
        value = choose_time(mention, sentence_times, owners, restatements)
        published = _published_day(mention.trigger.doc)
        if value is None or value.kind != "duration":
            return contract_time(value, published)
        return contract_time(self._resolve_relative(mention, value, previous_time), published)

    def times_before_or_after(self, accepted: list[Mention], filled: dict[int, Mention],
                               sentence_times) -> None:
        """ "docked at 10:01 p.m., about 27 hours after launching": the launch is the docking's time minus
        the duration (plus, for "before"); and the other way round, "reaching the station three hours after
        lifting off at 05:45"."""
        self.times_after_other_trigger(accepted, filled, sentence_times)
        for mention in accepted:
            trigger = mention.trigger
            if mention.time is not None or trigger.dep_ not in ("pobj", "pcomp"):
                continue
            preposition = trigger.head
            direction = {"after": -1, "before": 1}.get(preposition.lower_)
            governing = filled.get(preposition.head.i)
            amount = None
            if governing is None and direction is not None:
                # "arrived on May 31, the day after their launch", "landed on May 2, two days after launch"
                governing, amount = self._counted_from_noun(preposition, filled, sentence_times)
            if direction is None or governing is None or governing.time is None or is_derived(governing.time):
                continue
            amount = amount or next((tv for tv, root in sentence_times if tv.kind == "duration"
                                     and any(a == preposition for a in root.ancestors)
                                     and root.i < preposition.i), None)
            if amount is None:
                if PRECISION_RANK.get(governing.time.precision, 0) >= PRECISION_RANK["month"]:
                    # "arrived last month after launching": hours or days apart, the same month or year
                    mention.time = governing.time
                continue
            try:
                mention.time = shift(governing.time, amount, direction)
            except (ValueError, TypeError) as error:
                log.debug("could not shift %r: %s", governing.time.value, error)

    @staticmethod
    def _counted_from_noun(preposition: Token, filled: dict[int, Mention],
                           sentence_times) -> tuple[Mention | None, TimeValue | None]:
        """ "arrived on May 31, the day after their launch": a preposition hanging from a noun of time ("the
        day", "two days") that hangs from a trigger: that trigger, and the amount ("the day" is one day)."""
        noun = preposition.head
        if noun.pos_ != "NOUN":
            return None, None
        # the trigger the noun hangs from, not across a clause ("aboard Endeavour, the day after": an apposition)
        governing = next((a for a in noun.ancestors if a.i in filled or a.pos_ in ("VERB", "AUX")), None)
        if governing is None or governing.i not in filled:
            return None, None
        count = next((tv for tv, root in sentence_times if tv.kind == "duration" and root == noun), None)
        if count is None and noun.lemma_.lower() == "day" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            count = TimeValue(value="P1D", precision="day", kind="duration", text="the day",
                              start=noun.idx, end=noun.idx + len(noun.text))
        return (filled[governing.i], count) if count is not None else (None, None)

    def times_after_other_trigger(self, accepted: list[Mention], filled: dict[int, Mention],
                                  sentence_times) -> None:
        """ "reaching the station three hours after lifting off at 05:45 UTC": a trigger whose own time
        is only a duration before "after"/"before" another, dated, trigger is that trigger's time plus
        (minus) the duration."""
        for mention in accepted:
            if mention.time is not None:
                continue
            trigger = mention.trigger
            for preposition in trigger.children:
                direction = {"after": 1, "before": -1}.get(preposition.lower_)
                if direction is None or preposition.dep_ != "prep":
                    continue
                other = next((filled[c.i] for c in preposition.children
                              if c.dep_ in ("pobj", "pcomp") and c.i in filled), None)
                if other is None or other is mention or other.time is None or is_derived(other.time):
                    continue
                amount = next((tv for tv, root in sentence_times if tv.kind == "duration"
                               and (root.head == preposition or root == preposition)
                               and root.i < preposition.i), None)
                if amount is None:
                    continue
                try:
                    mention.time = shift(other.time, amount, direction)
                except (ValueError, TypeError) as error:
                    log.debug("could not shift %r: %s", other.time.value, error)
                break

    def date_from_restatements(self, events: list[Event], index: DocIndex, times: list[TimeValue]) -> bool:
        """An event its own clauses leave undated, or dated to the day only, takes the time a restatement
        in its own or a neighbouring sentence states: a trigger word of its type that made no event of its
        own ("Liftoff came at 8:02 p.m. EDT", "reached the station on 25 May"), a word naming it ("the
        handover ceremony took place at 10:00 GMT", "Wednesday's ceremony"), or, for the clock of its day,
        a verb of its moment ("the arm grabbed the capsule at 9:56 a.m."). Returns whether any time changed."""
        doc = index.doc
        time_index = self.time_index(doc, times)
        sents, starts = time_index.sents, time_index.starts
        changed = self._berthing_after_capture(events, time_index)
        for event in events:
            if not event.evidence:
                continue
            own = sorted({_sentence_at(starts, e.start) for e in event.evidence})
            if event.time is None and len(own) == 1 and own[0] > 0:
                # (an aggregate too: "went outside twice on that flight")
                value = self._time_of_that_occasion(event, sents[own[0]], sents[own[0] - 1], time_index)
                if value is not None:
                    event.time = value
                    changed = True
                    continue
            if event.count is not None:
                continue
            if event.time is not None and (event.time.precision not in _RESTATED_PRECISIONS
                                           or (is_derived(event.time) and event.time.kind == "duration")):
                continue  # (a week or day counted from another date may still be stated: "A week later, [...]")
            if event.time is None:
                value = self._time_of_label(sents[own[0]], time_index)
                if value is not None:
                    event.time = value
                    changed = True
                    continue
            if event.time is None and event.type == "Undocking":
                value = self._end_of_stay(event, [sents[p] for p in _sentences_around(sents, own)], time_index)
                if value is not None:
                    event.time = value
                    changed = True
                    continue
            if event.time is None:
                value = _month_of_the_flights_other_end(event, [sents[p] for p in own], events)
                if value is not None:
                    event.time = value
                    changed = True
                    continue
                for position in own:
                    value = self._time_from_a_sequenced_event(event, sents[position], events, doc, times)
                    if value is not None:
                        event.time = value
                        changed = True
                        break
                if event.time is not None:
                    continue
            for position in _sentences_around(sents, own):
                value = _clock_of_a_twin(event, sents[position], events) \
                    or self._restated_time(event, sents[position], position in own, events, doc, times)
                if value is not None:
                    log.debug("%s dated %s by a restatement in %r", event.type, value.value, sents[position].text)
                    event.time = value
                    changed = True
                    break
            else:
                value = None
                if event.time is not None and event.time.precision == "day":
                    value = self._clock_further_on(event, sents, own, events, doc, times)
                value = value or self._restated_far_off(event, sents, own, events, doc, times)
                if value is not None:
                    event.time = value
                    changed = True
        changed = self._date_from_sequenced_events(events, time_index) or changed
        for event in events:
            narrowed = contract_time(event.time, _published_day(doc))
            if narrowed is not event.time:
                event.time, changed = narrowed, True
        return changed

    def _date_from_sequenced_events(self, events: list[Event], time_index: TimeIndex) -> bool:
        """A second look at events still undated that are told after or before another ("docked about six
        and a half hours after launch"): the launch they count from may have been dated above, after them
        (its own sentence came later, or it took a restatement's time). Returns whether any time changed."""
        changed = False
        for event in events:
            if event.time is not None or event.count is not None or not event.evidence:
                continue
            for position in sorted({_sentence_at(time_index.starts, e.start) for e in event.evidence}):
                value = self._time_from_a_sequenced_event(event, time_index.sents[position], events,
                                                          time_index.doc, time_index.times)
                if value is not None:
                    log.debug("%s dated %s from the event it follows or precedes", event.type, value.value)
                    event.time, changed = value, True
                    break
        return changed

    @staticmethod
    def _time_of_label(sent: Span, time_index: TimeIndex) -> TimeValue | None:
        """ "- Wednesday: Tom handed the keys of the station to Oleg Artemyev": a line of a list or timeline
        whose label is a day (a verbless sentence that is one date followed by a colon) dates the sentence it
        introduces."""
        position = _sentence_at(time_index.starts, sent.start_char)
        if position == 0:
            return None
        label = time_index.sents[position - 1]
        if label.text.rstrip()[-1:] != ":" or any(t.pos_ in ("VERB", "AUX") for t in label):
            return None
        stated = [value for value, _ in time_index.in_sentence(label) if value.kind in ("date", "time")]
        if len(stated) != 1 or len(stated[0].text) < len(label.text.strip(" -–—•*\n:")) - 2:
            return None  # (the label must be the date itself, not a phrase holding one)
        return stated[0]

    def _time_of_that_occasion(self, event: Event, sent: Span, before: Span, time_index: TimeIndex) -> TimeValue | None:
        """ "[...] installed in 2001 during Endeavour's STS-100 mission. Chris Hadfield went outside twice on
        that flight": an event whose sentence places it "on that flight" / "during the same mission" took place
        when the sentence before says (its last date)."""
        if not any(t.lemma_.lower() in self.restatements.occasion_nouns and t.dep_ in ("pobj", "npadvmod") and any(
                (c.dep_ == "det" and c.lower_ == "that") or (c.dep_ == "amod" and c.lower_ == "same")
                for c in t.children) for t in sent):
            return None
        dated = [value for value, _ in time_index.in_sentence(before)
                 if value.kind in ("date", "time") and not is_derived(value)]
        return contract_time(dated[-1], _published_day(before.doc)) if dated else None

    def _end_of_stay(self, event: Event, sents: list[Span], time_index: TimeIndex) -> TimeValue | None:
        """ "The vehicle is planned to stay berthed to the station until late March. [...] Canadarm2 will
        unberth and release it": the craft leaves when its stay ends. The time of an "until" phrase of a stay
        verb whose subject is the event's craft or a word for a craft, in the given sentences."""
        words = self.restatements
        anaphors = self._craft_anaphors
        doc = time_index.doc
        for sent in sents:
            for value, root in time_index.in_sentence(sent):
                if value.kind not in ("date", "time") or is_derived(value) or root.head.lower_ not in words.stay_ends:
                    continue
                verb = root.head.head
                if verb.dep_ == "acomp":  # "remain attached until March 25"
                    verb = verb.head
                if verb.lemma_.lower() not in words.stay_verbs:
                    continue
                subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
                if not subjects and verb.dep_ == "xcomp":  # "is planned to stay": the planning verb's subject
                    subjects = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
                if any(s.lower_ in anaphors or s.lemma_.lower() in anaphors or any(
                        span._.entity_key == event.spacecraft and span.start <= s.i < span.end for span in doc.ents)
                       for s in subjects):
                    log.debug("Undocking dated %s by the end of its craft's stay", value.value)
                    return value
        return None

    @property
    def _craft_anaphors(self) -> frozenset[str]:
        """Words that refer to a craft ("the capsule", "the vehicle"): none without the lexicon's role words."""
        return self.lexicon.roles.craft_anaphors if self.lexicon.roles is not None else frozenset()

    def _berthing_after_capture(self, events: list[Event], time_index: TimeIndex) -> bool:
        """ "the arm captured it at 5:31 a.m. EST. [...] where it was bolted into place at 8:56 a.m.": a
        docking dated by a robotic arm's capture takes the clock its berthing is given in the same or the
        next sentence, later the same day (within ``_BERTHING_WITHIN``), by a berthing verb whose clause
        refers to the craft. Returns whether any time changed."""
        words = self.restatements
        anaphors = self._craft_anaphors
        doc, sents = time_index.doc, time_index.sents
        changed = False
        for event in events:
            if event.type != "Docking" or event.time is None or event.time.precision not in ("minute", "second") \
                    or event.time.earliest is None or is_derived(event.time) or not event.evidence:
                continue
            position = _sentence_at(time_index.starts, event.evidence[0].start)
            trigger = next((t for t in sents[position] if t.text == event.trigger), None)
            if trigger is None or trigger.lemma_.lower() not in words.capture_verbs:
                continue
            berthed = []
            for sent in sents[position:position + 2]:
                for value, root in time_index.in_sentence(sent):
                    if value.kind != "time" or value.precision not in ("minute", "second") or is_derived(value) \
                            or value.earliest is None \
                            or not timedelta(0) < value.earliest - event.time.earliest <= _BERTHING_WITHIN:
                        continue
                    verb = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None)
                    if verb is None or verb.lemma_.lower() not in words.berthing_verbs or verb == trigger:
                        continue
                    if any(t.lower_ in anaphors and t != verb for t in verb.subtree) or \
                            _names_entity(doc, verb.left_edge.i, verb.right_edge.i, {event.spacecraft}):
                        berthed.append(value)
            if berthed:
                log.debug("Docking dated %s by its berthing rather than its capture", berthed[0].value)
                event.time = berthed[0]
                changed = True
        return changed

    def _restated_far_off(self, event: Event, sents: list[Span], own: list[int], events: list[Event], doc: Doc,
                          times: list[TimeValue]) -> TimeValue | None:
        """A restatement paragraphs away that cannot be of another event: "Georges Lemaître docked with the
        station today [...]" then, five sentences on, "ATV-5 left Kourou on an Ariane 5 at 23:47 GMT on 29
        July"; "carried out the first spacewalk on Thursday [...]" then "The spacewalk operations began at
        6:12 am". The restating clause must name the event's own spacecraft (a spacewalk, which has none:
        name the spacewalk and give a clock of its day), and no other event of its type and craft be told."""
        if event.type == "Spacewalk":
            if event.time is None or event.time.precision != "day":
                return None
        elif event.spacecraft is None:
            return None
        if any(other is not event and other.type == event.type and other.spacecraft == event.spacecraft
               for other in events):
            return None
        time_index = self.time_index(doc, times)
        distance = {p: min(abs(p - o) for o in own) for p in range(len(sents)) if time_index.has_times(p)}
        positions = sorted((p for p, d in distance.items() if 2 <= d <= _FAR_SENTENCES), key=distance.get)
        for position in positions:
            value = self._restated_time(event, sents[position], False, events, doc, times, identifies=True)
            if value is not None:
                log.debug("%s dated %s far off, in %r", event.type, value.value, sents[position].text)
                return value
        return None

    def _identifies(self, word: Token, kind: str, event: Event) -> bool:
        """Whether a restating word's clause says which event it is: it names the event's spacecraft (not an
        anaphor: "the capsule" may be another), or, for a spacewalk, the word names a spacewalk."""
        if event.type == "Spacewalk":
            return kind == "naming"
        clause = word.head if word.dep_ in _NOUN_SUBJECT_DEPS + ("compound",) else word
        subtree = list(clause.subtree)
        first, last = subtree[0].i, subtree[-1].i
        return _names_entity(word.doc, first, last, {event.spacecraft})

    def _clock_further_on(self, event: Event, sents: list[Span], own: list[int], events: list[Event], doc: Doc,
                          times: list[TimeValue]) -> TimeValue | None:
        """A day-dated event whose story goes on for a few sentences before telling its clock ("conducted a
        spacewalk on Thursday. [...] The two opened the hatch at 7:49 a.m. EDT"): a verb of its moment up to
        ``_FURTHER_SENTENCES`` sentences on gives the clock of its day, unless a sentence between tells of
        another event of its kind (the clock is then that one's)."""
        last = max(own)
        for position in range(last + 2, min(last + 1 + _FURTHER_SENTENCES, len(sents))):
            sent = sents[position]
            if any(other is not event and other.type == event.type
                   and any(sent.start_char <= ev.start < sent.end_char for ev in other.evidence) for other in events):
                return None
            value = self._restated_time(event, sent, False, events, doc, times)
            if value is not None and value.precision in ("minute", "second"):
                log.debug("%s given the clock %s further on, in %r", event.type, value.value, sent.text)
                return value
        return None

    def _time_from_a_sequenced_event(self, event: Event, sent: Span, events: list[Event], doc: Doc,
                                     times: list[TimeValue]) -> TimeValue | None:
        """ "Shenzhou-17 reached the station six and a half hours after liftoff. The launch took place at
        11:14 a.m.": a duration after (before) a trigger word whose event, of the same spacecraft, the
        article dates elsewhere counts from that event's time; and the other way round, "arrived last month
        on Soyuz MS-17, which docked three hours after lifting off": the launch the duration counts from is
        the docking's time minus it. The event's word in ``sent`` is its trigger, or (a merged mention: the
        headline's "reaches", the body's "docked") a trigger word of its type."""
        if event.spacecraft is None:
            return None
        words = [t for t in sent if t.text == event.trigger] or [
            t for t in sent if any(entry.event_type == event.type for entry in self._trigger_entries(t))]
        stated = self.sentence_times(doc, sent, times)

        def counted_from(other_word: Token, preposition: Token, direction: int) -> TimeValue | None:
            kinds = {entry.event_type for entry in self._trigger_entries(other_word)} - {event.type}
            dated = [other for other in events if other.type in kinds and other.spacecraft == event.spacecraft
                     and other.time is not None and not is_derived(other.time) and other.status == "occurred"]
            if len(dated) != 1:
                return None  # none, or several flights of one craft: which one is meant is not told
            amount = next((tv for tv, root in stated if tv.kind == "duration"
                           and (root.head == preposition or root == preposition) and root.i < preposition.i), None)
            if amount is None:
                return None
            try:
                return shift(dated[0].time, amount, direction)
            except (ValueError, TypeError) as error:
                log.debug("could not shift %r: %s", dated[0].time.value, error)
                return None

        for trigger in words:
            for preposition in trigger.children:
                direction = {"after": 1, "before": -1}.get(preposition.lower_)
                if direction is None or preposition.dep_ != "prep":
                    continue
                for word in preposition.children:
                    if word.dep_ in ("pobj", "pcomp") and (value := counted_from(word, preposition, direction)):
                        return value
            preposition = trigger.head
            direction = {"after": -1, "before": 1}.get(preposition.lower_)
            if trigger.dep_ in ("pobj", "pcomp") and direction is not None and preposition.dep_ == "prep" \
                    and (value := counted_from(preposition.head, preposition, direction)):
                return value
        return None

    def _restated_time(self, event: Event, sent: Span, own_sentence: bool, events: list[Event], doc: Doc,
                       times: list[TimeValue], identifies: bool = False) -> TimeValue | None:
        """The time a restating word of ``sent`` owns (the nearest word the time hangs from), if that word
        tells of this event and the time fits: any day or finer for an undated event (only a day for a verb
        of its moment), a clock of its day for a day-dated one."""
        if in_furniture(doc, sent.start_char, sent.end_char):
            return None
        stated = [(tv, root) for tv, root in self.sentence_times(doc, sent, times)
                  if tv.kind in ("date", "time") and not is_derived(tv) and tv.earliest is not None]
        if not stated:
            return None
        # (a mention without its key roles is dropped as no event later: "JAXA launched the H-IIB rocket,
        # carrying KOUNOTORI8, at 1:05 a.m." restates the craft's launch, it is not another one)
        others = [e for e in events if e is not event and _has_key_role(e)
                  and any(sent.start_char <= ev.start < sent.end_char for ev in e.evidence)]
        if not own_sentence and any(e.type == event.type for e in others):
            return None  # a sentence telling of another event of the same kind
        other_triggers = {e.trigger for e in others}
        words: dict[int, str] = {}  # candidate token -> how it restates the event (``_restating_kind``)
        predicates: dict[int, int] = {}
        for token in sent:
            kind = self._restating_kind(event, token)
            if self._trigger_entries(token) and not (_tells_the_load(token) and token.head.i in predicates):
                # any trigger word may own a time (it then is not ours); not "carrying" after "launched"
                predicates[token.i] = token.i
            if kind is None or token.text in other_triggers or (own_sentence and token.text == event.trigger):
                continue
            if not self._restates(event, token):
                continue
            words[token.i] = kind
            predicates[token.i] = token.i
        if not words:
            return None
        for i in list(words):
            verb = _light_verb(doc[i], self.lexicon.modality.announcement_nouns if self.lexicon.modality else ())
            if verb is not None and words.get(verb.i) != "naming":
                predicates[verb.i] = i  # "the ceremony took place at": the noun's time, whatever the verb
        found: list[TimeValue] = []
        for value, root in stated:
            owner = owner_of_time(root, predicates)[0]
            if owner not in words:
                continue
            if identifies and not self._identifies(doc[owner], words[owner], event):
                continue
            if event.time is None:
                if words[owner] == "naming" and PRECISION_RANK.get(value.precision, 9) <= PRECISION_RANK["day"]:
                    found.append(value)
                elif value.kind == "date" and value.precision == "day" and self._tells_of(doc[owner], event):
                    found.append(value)  # "the arm captured it on Friday", "returned to the airlock on Friday"
                elif words[owner] == "moment" and value.kind == "time" and value.precision in ("minute", "second") \
                        and self._tells_of(doc[owner], event):
                    found.append(value)  # "The spacewalk is scheduled to begin at 7:05 a.m. EST"
            elif words[owner] == "naming" and _same_weekday_restated(event.time, value):
                found.append(value)  # "handed over command on Wednesday. The handover took place on March 13"
            elif is_derived(event.time) and words[owner] == "naming" and value.kind == "date" \
                    and value.precision == "day" and event.time.precision in ("week", "month") \
                    and event.time.earliest is not None and event.time.latest is not None \
                    and event.time.earliest - _COUNT_SLACK[event.time.precision] <= value.earliest \
                    <= event.time.latest + _COUNT_SLACK[event.time.precision]:
                found.append(value)  # "A week later, X handed over command. The handover took place on March 13"
            elif words[owner] != "bound" and value.precision in ("minute", "second") and value.kind == "time" \
                    and event.time.earliest is not None and event.time.latest is not None \
                    and event.time.earliest - _ZONE_SLACK <= value.earliest <= event.time.latest + _ZONE_SLACK:
                found.append(_onto_day(value, event.time))
        if not found:
            return None
        return min(found, key=lambda tv: PRECISION_RANK.get(tv.precision, 9))

    def _trigger_entries(self, token: Token) -> list:
        return self.lexicon.entries_for(token.lemma_.lower()) or self.lexicon.entries_for(token.lower_)

    def _restating_kind(self, event: Event, token: Token) -> str | None:
        """ "naming" for a trigger word of the event's type or a word naming it, "moment" for a verb of
        its moment, "bound" for a verb of a spacewalk's end (its day, not its clock), else None."""
        words = self.restatements
        lemma, lower = token.lemma_.lower(), token.lower_
        if any(entry.event_type == event.type and entry.pos == token.pos_ and self._entry_fits(entry, token, event)
               for entry in self._trigger_entries(token)):
            return "naming"
        # (a naming word opening a sentence may be tagged a proper noun: "Capture occurred at 5:52 a.m.")
        if (token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_sent_start)) \
                and {lemma, lower} & words.naming.get(event.type, frozenset()):
            return "naming"
        if token.pos_ == "VERB" and lemma in words.same_moment.get(event.type, frozenset()):
            return "moment"
        if token.pos_ == "VERB" and lemma in words.moment_from_place.get(event.type, frozenset()) \
                and _object_is_a_place(token):
            return "moment"
        if token.pos_ == "VERB" and event.type == "Spacewalk" and self.lexicon.roles is not None \
                and lemma in self.lexicon.roles.spacewalk_end_verbs:
            return "bound"
        return None

    def _tells_of(self, verb: Token, event: Event) -> bool:
        """Whether a verb of an event's moment or end tells of the event: its clause names one of the
        event's roles, refers to its craft ("grabbed the freighter") or, for a spacewalk, names a thing of
        spacewalks ("returned to the airlock"; not "returned to space")."""
        subtree = list(verb.subtree)
        if verb.dep_ == "xcomp":  # "The spacewalk is scheduled to begin at": the controlling verb's subject
            subtree += [t for c in verb.head.children if c.dep_ in SUBJECT_DEPS for t in c.subtree]
        roles = {event.spacecraft, event.to, event.from_} - {None}  # (astronauts do many other things)
        first, last = subtree[0].i, subtree[-1].i
        if _names_entity(verb.doc, first, last, roles):
            return True
        if event.type == "Spacewalk":
            return any(t.lemma_.lower() in self.restatements.spacewalk_cues for t in subtree)
        anaphors = self._craft_anaphors
        return any(t.lower_ in anaphors for t in subtree if t != verb)

    def _entry_fits(self, entry, token: Token, event: Event) -> bool:
        """Whether a trigger word restates the event: a weak word ("reached", "flying") only with a role of
        the event named in its clause ("reached the International Space Station"), a word needing an
        object ("took command") only with one."""
        subtree = list(token.subtree)
        if entry.objects and not any(t.lemma_.lower() in entry.objects for t in subtree):
            return False
        if not entry.requires:
            return True
        roles = {event.spacecraft, event.to, event.from_, *event.participants} - {None}
        first, last = subtree[0].i, subtree[-1].i
        return _names_entity(token.doc, first, last, roles)

    def _restates(self, event: Event, token: Token) -> bool:
        """Whether the word tells of this event: not another one ("the next launch", "a welcome
        ceremony"), and with the event's modality (a planned launch is not restated by one that happened)."""
        words = self.restatements
        modifiers = {c.lower_ for c in token.children if c.dep_ in ("amod", "det", "advmod", "compound", "nummod")}
        if modifiers & words.other_event_modifiers:
            return False
        if token.lemma_.lower() == "ceremony" and modifiers & words.unrelated_ceremonies:
            return False
        subtree = list(token.subtree)
        first, last = subtree[0].i, subtree[-1].i
        if any(first <= span.start and span.end - 1 <= last and span.label_ == "Spacecraft"
               and span._.entity_key != event.spacecraft for span in token.doc.ents):
            return False  # "after the Progress MS-26 docking on Friday": another craft's event
        if self.lexicon.modality is None:
            return True
        return mention_status(token, self.lexicon.modality) == event.status

    def _resolve_relative(self, mention: Mention, duration: TimeValue,
                          previous_time: TimeValue | None) -> TimeValue | None:
        """ "About 30 hours later, Dragon docked": the duration counted from the event before."""
        doc = mention.trigger.doc
        span = doc.char_span(duration.start, duration.end, alignment_mode="expand")
        following = next((t.lower_ for t in doc[span.end:span.end + 3] if t.is_alpha), "") if span else ""
        direction = 1 if following in LATER_WORDS else -1 if following in EARLIER_WORDS else 0
        if direction == 0 or previous_time is None:
            return None
        try:
            return shift(previous_time, duration, direction)
        except (ValueError, TypeError) as error:
            log.debug("could not shift %r by %r: %s", previous_time.value, duration.value, error)
            return None


def _month_of_the_flights_other_end(event: Event, sents: list[Span], events: list[Event]) -> TimeValue | None:
    """ "The trio arrived at the station on Shenzhou-20, which blasted off from Jiuquan in April": an
    undated docking told in one sentence with its craft's launch dated to a month (or year) took place that
    month (hours or days apart), and an undated launch told with the docking's month the same."""
    partner_type = {"Docking": "Launch", "Launch": "Docking"}.get(event.type)
    if partner_type is None or event.spacecraft is None or event.status != "occurred":
        return None
    spans = [(sent.start_char, sent.end_char) for sent in sents]
    for other in events:
        if other.type != partner_type or other.spacecraft != event.spacecraft or other.status != "occurred" \
                or other.time is None or is_derived(other.time) \
                or PRECISION_RANK.get(other.time.precision, 0) < PRECISION_RANK["month"]:
            continue
        if any(start <= evidence.start < end for evidence in other.evidence for start, end in spans):
            return other.time
    return None


def _has_key_role(event: Event) -> bool:
    """Whether an event says who or what it is about (its spacecraft, its spacewalkers, a commander):
    without one it will not be kept as an event."""
    if event.type == "ChangeOfCommand":
        return bool(event.from_ or event.to)
    if event.type == "Spacewalk":
        return bool(event.participants)
    return event.spacecraft is not None


def _verb_of_time(doc: Doc, value: TimeValue) -> str | None:
    """The lemma of the verb a time expression hangs from ("began" in "began at 8:05 a.m.")."""
    root = time_root(doc, value)
    for _ in range(8):
        if root is None:
            return None
        if root.pos_ in ("VERB", "AUX") and root.text != value.text:
            return root.lemma_.lower()
        if root.head == root:
            return root.lemma_.lower() if root.pos_ in ("VERB", "AUX") else None
        root = root.head
    return None


_WEEKDAY_NAMES = frozenset(name.lower() for name in calendar.day_name)


def _same_weekday_restated(own: TimeValue, stated: TimeValue) -> bool:
    """Whether ``stated`` is a full date of the weekday ``own`` only names ("on Wednesday"), in another week
    of the same fortnight: the day name was read against the wrong week (the publication day's weekday is
    today or a week ago), the full date says which."""
    if own.kind != "date" or own.precision != "day" or stated.kind != "date" or stated.precision != "day" \
            or own.text.strip().lower() not in _WEEKDAY_NAMES or stated.text.strip().lower() in _WEEKDAY_NAMES \
            or own.earliest is None or stated.earliest is None or own.value == stated.value:
        return False
    gap = abs(own.earliest - stated.earliest)
    return gap == timedelta(days=7)


#: The UTC offsets a local day of space news lies between (Hawaii to New Zealand, daylight time included).
_WESTMOST_OFFSET, _EASTMOST_OFFSET = timedelta(hours=-10), timedelta(hours=13)


def _onto_day(clock: TimeValue, day: TimeValue) -> TimeValue:
    """A clock time of an event's moment that cannot lie on the event's local day in any zone news
    reports from (a bare clock time the time stage dated to the publication day, paragraphs after the
    event's day): moved by whole days onto the event's day; one that can is left alone ("6:10 a.m.
    Beijing time on Nov 30" is Nov 29 in UTC)."""
    if clock.earliest is None or day.earliest is None or day.latest is None or not clock.value.endswith("Z"):
        return clock
    low, high = day.earliest - _EASTMOST_OFFSET, day.latest - _WESTMOST_OFFSET
    if low <= clock.earliest <= high:
        return clock
    middle = day.earliest + (day.latest - day.earliest) / 2
    days = round((middle - clock.earliest) / timedelta(days=1))
    if days == 0 or not low <= clock.earliest + timedelta(days=days) <= high:
        return clock
    return _moved_by_days(clock, days)


def _moved_by_days(value: TimeValue, days: int) -> TimeValue:
    """A UTC clock time (``...Z``) moved by whole days."""
    earliest = value.earliest + timedelta(days=days)
    latest = value.latest + timedelta(days=days) if value.latest is not None else None
    return replace(value, value=earliest.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), earliest=earliest,
                   latest=latest)


def _same_walk_day(start: TimeValue, end: TimeValue) -> TimeValue:
    """A start clock stated without its day ("They started at 12:46 p.m.") lies within a day before the
    end the article dates: move it by whole days to there."""
    if start.precision not in ("minute", "second") or end.precision not in ("minute", "second") \
            or start.earliest is None or end.earliest is None or not start.value.endswith("Z"):
        return start
    gap = end.earliest - start.earliest
    days = gap.days  # floor: 0 when start is within the day before end
    if days == 0:
        return start
    return _moved_by_days(start, days)


#: Prepositions that put two events in sequence ("docked two days after the Cygnus docking").
_SEQUENCE_PREPOSITIONS = frozenset({"after", "before", "since", "until", "till", "following", "prior", "ahead"})


def _one_event(first: Mention, second: Mention) -> bool:
    """Whether two mentions can tell of one event: one type, and no two different spacecraft."""
    return first.event_type == second.event_type and (
        first.spacecraft is None or second.spacecraft is None or first.spacecraft == second.spacecraft)


def _names_entity(doc: Doc, first: int, last: int, keys: set[str | None]) -> bool:
    """Whether an entity whose key is one of ``keys`` lies wholly within tokens ``first``..``last``."""
    return any(first <= span.start and span.end - 1 <= last and span._.entity_key in keys for span in doc.ents)


def _same_occasion(first: Mention, second: Mention) -> bool:
    """Whether two conjoined events share a moment: a flight's events do ("undock and land next month"), a
    change of command, a ceremony days before the departure, does not share the flight's ("hand over
    command and leave the station in May")."""
    return (first.event_type == "ChangeOfCommand") == (second.event_type == "ChangeOfCommand")


def share_times_between_conjuncts(mentions: list[Mention]) -> None:
    """ "expected to undock and land next month": conjoined triggers without a time of their own share
    their conjunct's; so do two words of one event joined by a preposition ("went out for a spacewalk on
    May 16")."""
    by_token = {m.trigger.i: m for m in mentions}
    for mention in mentions:
        if mention.time is not None:
            continue
        trigger = mention.trigger
        conjuncts = ([(by_token.get(trigger.head.i), trigger.head)] if trigger.dep_ == "conj" else []) + \
            [(by_token.get(c.i), c) for c in trigger.children if c.dep_ == "conj"]
        partners = [p for p, word in conjuncts if p is not None and p.time is not None and (
            PRECISION_RANK.get(p.time.precision, 9) >= PRECISION_RANK["month"] or _bare_conjunct(trigger, word))]
        # "ventured outside for the third spacewalk on May 16": a word of the same event's type it governs
        # through a preposition, or that governs it, restates it
        partners += [p for p in (by_token.get(o.i) for c in trigger.children
                                 if c.dep_ == "prep" and c.lower_ not in _SEQUENCE_PREPOSITIONS
                                 for o in c.children if o.dep_ in ("pobj", "pcomp"))
                     if p is not None and _one_event(p, mention)]
        if trigger.dep_ in ("pobj", "pcomp") and trigger.head.dep_ == "prep" \
                and trigger.head.lower_ not in _SEQUENCE_PREPOSITIONS:
            governing = by_token.get(trigger.head.head.i)
            if governing is not None and _one_event(governing, mention):
                partners.append(governing)
        timed = [p for p in partners if p is not None and p.time is not None and _same_occasion(p, mention)]
        if timed:
            mention.time = timed[0].time


#: Dependents a verb may have and still be a bare conjunct that shares its partner's phrases.
_BARE_VERB_DEPS = frozenset({"aux", "auxpass", "neg", "cc", "conj", "punct", "prt", "nsubj", "nsubjpass", "advmod",
                             "preconj"})


def _bare_conjunct(trigger: Token, partner: Token) -> bool:
    """ "expected to undock and land in Kazakhstan on December 20": a conjoined verb with no phrase of its
    own (only auxiliaries, a particle, "then") shares the day its partner's phrase gives. One with phrases
    of its own ("will undock from the station no earlier than Wednesday and splash down off the California
    coast") tells of its own moment: the other's day is not its (a splashdown often comes the day after
    the undocking; a month both share). The phrases of a first conjunct are those before the second; a
    noun always shares ("the undocking and landing on Friday")."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return True
    own = [c for c in trigger.children if partner.i < trigger.i or c.i < partner.i]
    return all(c.dep_ in _BARE_VERB_DEPS for c in own)


def _sentence_at(starts: list[int], char: int) -> int:
    """The index of the sentence that holds ``char`` (``starts`` are the sentences' first characters)."""
    return max(bisect_right(starts, char) - 1, 0)


def _sentences_around(sents: list[Span], own: list[int]) -> list[int]:
    """The event's own sentences, then the one after and the one before each (a dateline or other
    sentence without a verb is stepped over), nearest first."""
    order = list(own)

    def has_verb(position: int) -> bool:
        return any(t.pos_ in ("VERB", "AUX") for t in sents[position])

    for step in (1, -1):
        for position in own:
            neighbour = position + step
            while 0 <= neighbour < len(sents) and not has_verb(neighbour) and abs(neighbour - position) < 3:
                neighbour += step
            if 0 <= neighbour < len(sents) and neighbour not in order:
                order.append(neighbour)
    return order


#: Verbs that only say when a nominal event happened ("the launch took place at", "liftoff came at").
_NOUN_SUBJECT_DEPS = ("nsubj", "nsubjpass")


def _light_verb(token: Token, announcement_nouns) -> Token | None:
    """The verb a nominal restatement is the subject of ("Liftoff came at", "Launch time was"), whose
    times are the restatement's; None for a verb or an announcement ("launch coverage begins at")."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = token
    if noun.dep_ == "compound":
        if noun.head.lemma_.lower() in announcement_nouns:
            return None
        noun = noun.head
    if noun.dep_ in _NOUN_SUBJECT_DEPS and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    return None


def _object_is_a_place(verb: Token) -> bool:
    """Whether a verb's direct object is a place on the ground ("left Kourou"; not "left the station")."""
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        return any(span.label_ == "Place" and span.start <= child.i < span.end for span in verb.doc.ents)
    return False


def _clock_of_a_twin(event: Event, sent: Span, events: list[Event]) -> TimeValue | None:
    """ "Endeavour lifted off on Saturday. Liftoff came at 10:53 p.m. EST": the clock another mention of
    the same event (type and spacecraft) in a neighbouring sentence states, when it falls on the day this
    one has (in some time zone); the two then merge as one event."""
    if event.time is None or event.time.earliest is None or event.time.latest is None or event.spacecraft is None:
        return None
    for other in events:
        if other is event or other.type != event.type or other.spacecraft != event.spacecraft \
                or other.status != event.status or other.time is None or other.time.earliest is None \
                or other.time.precision not in ("minute", "second") or is_derived(other.time):
            continue
        if not any(sent.start_char <= evidence.start < sent.end_char for evidence in other.evidence):
            continue
        if event.time.earliest - _ZONE_SLACK <= other.time.earliest <= event.time.latest + _ZONE_SLACK:
            return other.time
    return None
