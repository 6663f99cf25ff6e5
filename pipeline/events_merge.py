"""One event node per real event: merge the mentions of an article that describe the same event.

An article announces an event, then gives its details in later sentences ("Luca touched down in the
Kazakh Steppe ...", "Luca returned to Earth in the Soyuz MS-13 alongside ..."). Mentions merge when they
have the same type and status and nothing about them disagrees: spacecraft (the same key, or one name
contained in the other: "Cargo Dragon" / "Cargo Dragon CRS-23"), commanders, times (overlapping
bounds), crews, and aggregate counts ("three spacewalks" merges only with words of its own sentence); a
mention naming only a craft and one naming only a crew merge only when told side by side; a bare mention
joins the most recent compatible event. A change of command that names no commander ("the change of
command ceremony" in a photo caption) joins only a handover told beside it, of a compatible date; it never
stands alone nor lends its sentence to a handover told elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import timedelta

from pipeline.events_roles import site_of
from pipeline.events_time import PRECISION_RANK, is_derived
from pipeline.model import Event, TimeValue

_WORD = re.compile(r"\w+")


def labels_compatible(a: str | None, b: str | None, labels: Mapping[str, str]) -> bool:
    """Same entity, or the words of one name are all in the other ("Cargo Dragon" in "... CRS-23")."""
    if a is None or b is None or a == b:
        return True
    words_a = set(_WORD.findall(labels.get(a, a).lower()))
    words_b = set(_WORD.findall(labels.get(b, b).lower()))
    return bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a)


def more_specific(a: str | None, b: str | None, labels: Mapping[str, str]) -> str | None:
    if a is None or b is None:
        return a or b
    return b if len(labels.get(b, b)) > len(labels.get(a, a)) else a


#: How far a time computed from "about N hours after" may be from a stated one and still be the same event.
DERIVED_TOLERANCE = timedelta(hours=12)


#: How far a local calendar day ("Jan. 18" in a Beijing dateline) may reach past its UTC bounds.
LOCAL_DAY_SLACK = timedelta(hours=14)


def times_compatible(a: TimeValue | None, b: TimeValue | None) -> bool:
    if a is None or b is None:
        return True
    if (is_derived(a) or is_derived(b)) and a.earliest and b.earliest:
        return abs(a.earliest - b.earliest) <= DERIVED_TOLERANCE
    if a.earliest and a.latest and b.earliest and b.latest:
        # a day is told in local time, an instant in UTC: 01:46 Beijing on the 18th is 17:46Z on the 17th
        slack = LOCAL_DAY_SLACK if "day" in (a.precision, b.precision) and a.precision != b.precision \
            else timedelta(0)
        return a.earliest - slack <= b.latest and b.earliest - slack <= a.latest
    shorter, longer = sorted((a.value, b.value), key=len)
    return longer.startswith(shorter)


def finer_time(a: TimeValue | None, b: TimeValue | None) -> TimeValue | None:
    """The more exact of two times: a stated one before one derived from a duration, then precision."""
    if a is None or b is None:
        return a or b

    def rank(t: TimeValue) -> tuple[bool, int]:
        return is_derived(t), PRECISION_RANK.get(t.precision, 9)

    return b if rank(b) < rank(a) else a


def events_compatible(a: Event, b: Event, labels: Mapping[str, str]) -> bool:
    """Whether two mentions can be the same event (see the module docstring)."""
    if a.type != b.type:
        return False
    if a.status != b.status and not (a.type == "ChangeOfCommand" and _same_sentence(a, b)) \
            and not _planned_retelling(a, b):
        return False  # ("X will hand over the station to Y, who then becomes commander": one event)
    if (a.count is None) != (b.count is None) and not _same_sentence(a, b):
        return False
    if mover_of_pair(a, b) is not None:
        return a.status == b.status and times_compatible(a.time, b.time)
    if not labels_compatible(a.spacecraft, b.spacecraft, labels):
        return False
    one_handover = a.type == "ChangeOfCommand" and _same_sentence(a, b)  # Expedition 71 ends, 72 begins
    if a.mission is not None and b.mission is not None and a.mission != b.mission and not one_handover \
            and not (a.spacecraft is not None and a.spacecraft == b.spacecraft):
        return False  # "Soyuz T-7 launched in 1982" and "the launch of Crew-6 in 2023"
    if a.type == "ChangeOfCommand":
        return all(x is None or y is None or x == y for x, y in ((a.from_, b.from_), (a.to, b.to)))
    if not times_compatible(a.time, b.time):
        return False
    same_craft = a.spacecraft is not None and a.spacecraft == b.spacecraft
    if a.participants and b.participants and not same_craft:
        return bool(set(a.participants) & set(b.participants))
    if a.type == "Spacewalk" and a.time is None and b.time is None and a.count is None and a.participants \
            and b.participants:
        return bool(set(a.participants) & set(b.participants))
    if _identified(a) and _identified(b) and not same_craft \
            and not set(a.participants) & set(b.participants):
        # one names only the craft, the other only the crew: the same event only when told side by side
        return _gap(a, b) <= NEARBY_CHARS
    return True


def mover_of_pair(a: Event, b: Event) -> Event | None:
    """ "Apollo docked with Soyuz 19" and "the docking of the two ships" told of Soyuz 19: one docking of
    two craft, whose mover is the one whose target is the other craft."""
    if a.type not in ("Docking", "Undocking") or a.spacecraft is None or b.spacecraft is None \
            or a.spacecraft == b.spacecraft:
        return None
    for mover, other in ((a, b), (b, a)):
        target = mover.to if a.type == "Docking" else mover.from_
        if target == other.spacecraft and (other.to if a.type == "Docking" else other.from_) is None:
            return mover
    return None


def _planned_retelling(a: Event, b: Event) -> bool:
    """One mention occurred, the other is planned, of the same craft and (if any) the same crew: "X
    docked with the station ... X will stay docked" is the one docking the article reports."""
    if {a.status, b.status} != {"occurred", "planned"} or a.spacecraft is None or a.spacecraft != b.spacecraft:
        return False
    if a.type in ("Spacewalk", "ChangeOfCommand") or a.count is not None or b.count is not None:
        return False
    planned, occurred = (a, b) if a.status == "planned" else (b, a)
    if planned.time is not None and occurred.time is None:
        return False  # "X launched ... The next launch is set for 14 October": a date of its own, another one
    return not (a.participants and b.participants and not set(a.participants) & set(b.participants))


#: How close (in characters) two mentions that share no craft or crew must be to merge.
NEARBY_CHARS = 400


def _identified(event: Event) -> bool:
    """Whether a mention says whose event it is: a craft, a crew or a mission ("the four astronauts of
    Crew-7, who launched last August" is no retelling of a Dragon's launch told paragraphs away)."""
    return bool(event.spacecraft or event.participants or event.mission)


def _gap(a: Event, b: Event) -> int:
    return min(max(x.start - y.end, y.start - x.end, 0) for x in a.evidence for y in b.evidence)


def _same_sentence(a: Event, b: Event) -> bool:
    return bool({(e.start, e.end) for e in a.evidence} & {(e.start, e.end) for e in b.evidence})


def absorb(target: Event, other: Event, labels: Mapping[str, str]) -> None:
    """Union ``other``'s roles and evidence into ``target``."""
    mover = mover_of_pair(target, other)
    if mover is not None:  # one docking of two craft: the mover's craft and crew, the other is its target
        target.spacecraft, target.participants = mover.spacecraft, list(mover.participants)
        target.to, target.from_, target.mission = mover.to, mover.from_, mover.mission
        other = Event(type=other.type, status=other.status, time=other.time, place=other.place,
                      mission=None, evidence=other.evidence, confidence=other.confidence)
    if target.type != "ChangeOfCommand" and "occurred" in (target.status, other.status):
        target.status = "occurred"  # a planned retelling of an event the article reports as done
    target.spacecraft = more_specific(target.spacecraft, other.spacecraft, labels)
    for key in other.participants:
        if key not in target.participants:
            target.participants.append(key)
    target.from_ = target.from_ or other.from_
    target.to = target.to or other.to
    target.place = site_of(target.place, other.place)
    target.mission = target.mission or other.mission
    target.time = finer_time(target.time, other.time)
    if other.count is not None:
        target.count = max(target.count or 0, other.count)
    target.confidence = max(target.confidence, other.confidence)
    known = {(e.start, e.end) for e in target.evidence}
    for evidence in other.evidence:
        if (evidence.start, evidence.end) not in known:
            target.evidence.append(evidence)
            known.add((evidence.start, evidence.end))


def merge_mentions(mentions: list[Event], labels: Mapping[str, str],
                   ordinals: dict[int, int] | None = None) -> list[Event]:
    """Merge mentions in text order; each joins the most recent compatible event. ``ordinals`` (by
    ``id`` of an event) keep "their first excursion" and "their third spacewalk" apart."""
    ordinals = ordinals if ordinals is not None else {}

    def same_ordinal(earlier: Event, later: Event) -> bool:
        first, second = ordinals.get(id(earlier)), ordinals.get(id(later))
        if first is None and second is not None and second >= 2 \
                and earlier.participants and set(earlier.participants) == set(later.participants):
            # "X and Y performed an EVA ... The pair completed a second EVA on Dec. 19": the first one told
            return _same_sentence(earlier, later)
        if first is None or second is None or first == second:
            return True
        # "went out again on Jan. 20 for a second excursion": "again" is the ordinal its sentence gives
        return _same_sentence(earlier, later) and min(first, second) < 0 < max(first, second)

    merged: list[Event] = []
    roleless = [event for event in mentions if _roleless_handover(event)]
    for event in mentions:
        if _roleless_handover(event):
            continue
        target = next((c for c in reversed(merged) if same_ordinal(c, event)
                       and events_compatible(c, event, labels)), None)
        if target is None:
            merged.append(event)
        else:
            absorb(target, event, labels)
            if id(event) in ordinals:
                ordinals.setdefault(id(target), ordinals[id(event)])
    for event in roleless:
        nearby = [c for c in merged if c.type == event.type and c.status == event.status
                  and times_compatible(c.time, event.time) and _gap(c, event) <= NEARBY_CHARS]
        if nearby:
            absorb(min(nearby, key=lambda c: _gap(c, event)), event, labels)
    return merged


def _roleless_handover(event: Event) -> bool:
    """A change of command that names neither commander."""
    return event.type == "ChangeOfCommand" and event.from_ is None and event.to is None
