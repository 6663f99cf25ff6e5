"""The records that flow between stages.

Text moves read -> NLP -> entities -> events -> time -> RDF -> store -> query. Every stage after the
reader talks in these plain dataclasses, so the RDF writer, the evaluator and the Python API never need
to know about spaCy objects, and extraction results pickle cleanly between worker processes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

ENTITY_TYPES: tuple[str, ...] = (
    "Astronaut",
    "Spacecraft",
    "SpaceStation",
    "Mission",
    "SpaceAgency",
    "Place",
)
EVENT_TYPES: tuple[str, ...] = (
    "Launch",
    "Docking",
    "Undocking",
    "Landing",
    "ChangeOfCommand",
    "Spacewalk",
)
EntityType = Literal["Astronaut", "Spacecraft", "SpaceStation", "Mission", "SpaceAgency", "Place"]
EventStatus = Literal["occurred", "planned"]
Precision = Literal["second", "minute", "hour", "day", "week", "month", "season", "year", "decade"]


@dataclass(frozen=True)
class Article:
    """One input article, as read from disk, before any NLP."""

    id: str
    text: str
    published: datetime | date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None  # the file it came from, for reports

    @property
    def content_hash(self) -> str:
        """Hash of everything that influences extraction: a changed hash means re-extract."""
        h = hashlib.sha256()
        for part in (self.id, self.text, str(self.published or ""), self.title or "", self.url or ""):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\x1f")
        return h.hexdigest()


@dataclass(frozen=True)
class Span:
    """A stretch of the article's text, by character offsets into ``Article.text``."""

    start: int
    end: int
    text: str


@dataclass
class Entity:
    """One real thing named in an article, however many times and ways it is named.

    ``key`` is the canonical identity (a slug of the canonical label, or a gazetteer id); the RDF stage
    mints the entity IRI from ``type`` and ``key`` alone, so two articles naming the same astronaut meet
    on one node.
    """

    key: str
    type: str
    label: str
    mentions: list[Span] = field(default_factory=list)
    wikidata: str | None = None  # QID such as "Q25271"
    agency: str | None = None  # key of a SpaceAgency entity (an astronaut's agency)
    confidence: float = 1.0
    source: str = "pattern"  # "gazetteer", "pattern", "context" or "model": how it was recognised

    @property
    def surface_forms(self) -> list[str]:
        """Distinct surface forms in order of first appearance."""
        seen: dict[str, None] = {}
        for m in sorted(self.mentions, key=lambda m: m.start):
            seen.setdefault(m.text, None)
        return list(seen)


@dataclass
class TimeValue:
    """A normalised time expression.

    ``value`` is ISO 8601 at the precision the text supports: ``2020-02-06T09:12:00Z`` (minute),
    ``2020-02-06`` (day), ``2020-W06`` (week), ``2020-02`` (month), ``2020`` (year); a duration is
    ``P7H45M``-style with ``kind="duration"``. ``earliest``/``latest`` are UTC bounds of what a point or
    period can mean; they are what SPARQL filters and orders on.
    """

    value: str
    precision: str
    kind: Literal["date", "time", "duration", "set"] = "date"
    earliest: datetime | None = None
    latest: datetime | None = None
    text: str = ""
    start: int = -1
    end: int = -1
    anchor: str | None = None  # what a relative expression was resolved against ("published", an event)
    relative: bool = False


@dataclass
class Evidence:
    """The sentence a fact came from, with offsets into the article's text."""

    sentence: str
    start: int
    end: int
    confidence: float = 1.0


@dataclass
class Event:
    """One real event reported by an article (n-ary: a node with role slots).

    Role slots hold entity keys. ``from_``/``to`` mean the station left/reached for spacecraft events
    and the outgoing/incoming commander for a change of command, as in the gold format.
    """

    type: str
    status: EventStatus = "occurred"
    spacecraft: str | None = None
    participants: list[str] = field(default_factory=list)
    from_: str | None = None
    to: str | None = None
    place: str | None = None
    mission: str | None = None
    time: TimeValue | None = None
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 1.0
    count: int | None = None  # an aggregate ("four spacewalks")
    trigger: str = ""  # the word that signalled the event, for debugging and review


@dataclass
class Extraction:
    """Everything extracted from one article: the unit the RDF stage turns into one named graph."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    times: list[TimeValue] = field(default_factory=list)

    def entity(self, key: str | None) -> Entity | None:
        """The entity with this key, or None."""
        if key is None:
            return None
        for e in self.entities:
            if e.key == key:
                return e
        return None
