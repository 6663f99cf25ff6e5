"""Score extraction against a gold file (``../shared/docs/gold-format.md``).

The scoring functions are pure (gold records and ``Extraction``s in, counts out) so that they can be
tested on hand-made inputs without running any NLP; ``evaluate`` adds the reading and extraction.

Conventions beyond the gold-format text, chosen here and reported with the scores:

- Labels match ignoring case, accents (NFKD), surrounding straight or curly quotes, a leading "the" and
  runs of white space; nothing else (no fuzzy matching: a misspelt label is wrong).
- Each gold item is matched at most once; a second system item matching the same gold item is spurious.
  Optional gold items: found = true positive, missed = not counted.
- An event whose gold key argument is null (an unnamed spacecraft, a spacewalk without named
  walkers) matches a system event of the same type and status whatever its key argument, but only
  after every event with a named key argument has been matched.
- A change of command is keyed on both commanders; where gold leaves one of them null (the text names
  only the incoming commander), the named one must match.
- Time accuracy is over matched events whose gold time is not null; a system time on a matched event
  whose gold time is null is counted separately as a spurious time. A system time is correct when,
  truncated to the gold value's precision (in UTC), it equals the gold value: "2020-02-06T09:12:00Z"
  equals gold "2020-02-06T09:12Z" (and the reverse: zero seconds in gold are read as minute precision),
  and "2020-02-06T09:12Z" also equals gold "2020-02-06"; a day equals the ISO week that contains it.
- Role accuracy (spacecraft, participants, from, to, place) is likewise over matched events whose gold
  role is filled; participants are correct when the sets agree exactly (by label matching), and are
  also counted name by name (precision, recall and F1 of crew names on matched events).
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from pipeline.model import ENTITY_TYPES, EVENT_TYPES, Article, Entity, Event, Extraction

log = logging.getLogger(__name__)

#: Event types whose key argument is the spacecraft.
SPACECRAFT_KEYED: frozenset[str] = frozenset({"Launch", "Docking", "Undocking", "Landing"})
#: Argument roles scored on matched events (gold key -> ``Event`` attribute).
ROLES: dict[str, str] = {
    "spacecraft": "spacecraft",
    "participants": "participants",
    "from": "from_",
    "to": "to",
    "place": "place",
}
_QUOTES = "\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a"
_LEADING_THE = re.compile(r"^the\s+")
_SPACES = re.compile(r"\s+")


class GoldFormatError(ValueError):
    """A gold file that cannot be read or does not follow the gold format."""


# --------------------------------------------------------------------------------------------------
# Gold records


@dataclass(frozen=True)
class GoldEntity:
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    optional: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class GoldEvent:
    type: str
    status: str = "occurred"
    spacecraft: str | None = None
    participants: tuple[str, ...] = ()
    from_: str | None = None
    to: str | None = None
    place: str | None = None
    time: str | None = None
    evidence: str = ""
    count: int | None = None
    optional: bool = False

    def role(self, role: str) -> str | tuple[str, ...] | None:
        return getattr(self, ROLES[role])

    def key_argument(self) -> str:
        """A short human-readable name for reports."""
        if self.type == "ChangeOfCommand":
            return f"{self.from_} -> {self.to}"
        if self.type == "Spacewalk":
            return ", ".join(self.participants) or "(no participants)"
        return self.spacecraft or "(no spacecraft)"


@dataclass(frozen=True)
class GoldDocument:
    id: str
    file: Path
    published: str | None
    entities: tuple[GoldEntity, ...] = ()
    events: tuple[GoldEvent, ...] = ()

    def aliases_of(self, name: str) -> tuple[str, ...]:
        """``name`` plus the aliases of every gold entity of this document that it names."""
        names: list[str] = [name]
        for entity in self.entities:
            if any(match_label(name, n) for n in entity.names):
                names.extend(entity.names)
        return tuple(names)


def _require(record: dict, key: str, where: str) -> object:
    if key not in record:
        raise GoldFormatError(f"{where}: missing {key!r}")
    return record[key]


def parse_gold(data: object, base_dir: Path) -> list[GoldDocument]:
    """Gold documents from the parsed JSON of a gold file; article paths resolved against ``base_dir``."""
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise GoldFormatError('a gold file is a JSON object with a "documents" list')
    documents: list[GoldDocument] = []
    for number, record in enumerate(data["documents"], start=1):
        where = f"document {number}"
        if not isinstance(record, dict):
            raise GoldFormatError(f"{where}: not an object")
        doc_id = str(_require(record, "id", where))
        where = f"document {doc_id!r}"
        entities = []
        for item in record.get("entities") or []:
            etype = str(_require(item, "type", where))
            if etype not in ENTITY_TYPES:
                raise GoldFormatError(f"{where}: unknown entity type {etype!r}")
            entities.append(GoldEntity(
                type=etype,
                name=str(_require(item, "name", where)),
                aliases=tuple(str(a) for a in item.get("aliases") or ()),
                optional=bool(item.get("optional", False)),
            ))
        events = []
        for item in record.get("events") or []:
            etype = str(_require(item, "type", where))
            if etype not in EVENT_TYPES:
                raise GoldFormatError(f"{where}: unknown event type {etype!r}")
            events.append(GoldEvent(
                type=etype,
                status=str(item.get("status") or "occurred"),
                spacecraft=item.get("spacecraft"),
                participants=tuple(item.get("participants") or ()),
                from_=item.get("from"),
                to=item.get("to"),
                place=item.get("place"),
                time=item.get("time"),
                evidence=str(item.get("evidence") or ""),
                count=item.get("count"),
                optional=bool(item.get("optional", False)),
            ))
        documents.append(GoldDocument(
            id=doc_id,
            file=base_dir / str(_require(record, "file", where)),
            published=record.get("published"),
            entities=tuple(entities),
            events=tuple(events),
        ))
    return documents


def load_gold(path: str | Path) -> list[GoldDocument]:
    """Read and check a gold file; raises ``GoldFormatError`` with the reason."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise GoldFormatError(f"cannot read {path}: {err.strerror or err}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise GoldFormatError(f"{path} is not valid JSON: {err}") from None
    try:
        return parse_gold(data, path.resolve().parent)
    except (TypeError, AttributeError) as err:
        raise GoldFormatError(f"{path}: malformed gold record ({err})") from None


# --------------------------------------------------------------------------------------------------
# Label and time matching


def normalize_label(text: str) -> str:
    """The comparable form of a label: no accents, case, surrounding quotes or leading "the"."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = _SPACES.sub(" ", stripped.casefold()).strip()
    previous = None
    while previous != folded:  # quotes and "the" can nest: "“The Alpha”"
        previous = folded
        folded = folded.strip(_QUOTES).strip()
        folded = _LEADING_THE.sub("", folded)
    return folded


def match_label(system_label: str | None, gold_name: str | None, aliases: Iterable[str] = ()) -> bool:
    """Whether a system label names the gold item (its name or one of its aliases)."""
    if not system_label or not gold_name:
        return False
    wanted = normalize_label(system_label)
    if not wanted:
        return False
    return any(wanted == normalize_label(name) for name in (gold_name, *aliases))


_TIME = re.compile(
    r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2})(?::(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?)?"
    r"(?P<zone>Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$"
)
_WEEK = re.compile(r"^(?P<year>\d{4})-W(?P<week>\d{2})$")
_FIELDS = ("year", "month", "day", "hour", "minute", "second")


def time_fields(value: str) -> tuple[int, ...] | None:
    """(year, month, day, hour, minute, second) as far as ``value`` states them, in UTC; None if unparsable.

    A clock time with a non-UTC offset is converted to UTC; a clock time without a zone is taken as UTC.
    """
    match = _TIME.match(value.strip())
    if not match:
        return None
    parts = [int(match[f]) for f in _FIELDS if match[f] is not None]
    zone = match["zone"]
    if len(parts) >= 4 and zone and zone != "Z":
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
        full = parts + [0] * (6 - len(parts))
        try:
            moment = datetime(*full, tzinfo=UTC) - sign * offset
        except ValueError:
            return None
        parts = [moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second][:len(parts)]
    return tuple(parts)


def match_time(system_value: str | None, gold_value: str | None) -> bool:
    """Whether the system time equals the gold time at the gold's precision (see module docstring)."""
    if not system_value or not gold_value:
        return False
    gold_week = _WEEK.match(gold_value.strip())
    if gold_week:
        if system_value.strip() == gold_value.strip():
            return True
        fields = time_fields(system_value)
        if not fields or len(fields) < 3:
            return False
        iso = date(*fields[:3]).isocalendar()
        return (iso.year, iso.week) == (int(gold_week["year"]), int(gold_week["week"]))
    gold = time_fields(gold_value)
    system = time_fields(system_value)
    if gold is None or system is None:
        return system_value.strip() == gold_value.strip()  # seasons, decades: literal comparison
    if len(gold) == 6 and gold[5] == 0:
        gold = gold[:5]  # "09:12:00Z" is how a minute is written in ISO; "09:12Z" says the same
    return len(system) >= len(gold) and system[:len(gold)] == gold


# --------------------------------------------------------------------------------------------------
# Scores


@dataclass
class Counts:
    """True positives, false positives, false negatives; precision, recall and F1 from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True)
class Finding:
    """One miss or spurious find, for the error list."""

    doc: str
    type: str
    name: str
    status: str | None = None

    def to_dict(self) -> dict:
        out = {"doc": self.doc, "type": self.type, "name": self.name}
        if self.status is not None:
            out["status"] = self.status
        return out


@dataclass(frozen=True)
class ArgumentError:
    """A role or time of a matched event that disagrees with gold (None on one side: absent)."""

    doc: str
    type: str
    event: str
    role: str
    gold: str | None
    system: str | None

    def to_dict(self) -> dict:
        return {"doc": self.doc, "type": self.type, "event": self.event, "role": self.role,
                "gold": self.gold, "system": self.system}


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0
    spurious: int = 0  # system filled where gold is null

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def add(self, other: Accuracy) -> None:
        self.correct += other.correct
        self.total += other.total
        self.spurious += other.spurious

    def to_dict(self) -> dict:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.accuracy, 4),
                "spurious": self.spurious}


@dataclass
class EntityScores:
    by_type: dict[str, Counts] = field(default_factory=dict)
    misses: list[Finding] = field(default_factory=list)
    spurious: list[Finding] = field(default_factory=list)

    @property
    def overall(self) -> Counts:
        total = Counts()
        for counts in self.by_type.values():
            total.add(counts)
        return total

    def counts(self, etype: str) -> Counts:
        return self.by_type.setdefault(etype, Counts())

    def add(self, other: EntityScores) -> None:
        for etype, counts in other.by_type.items():
            self.counts(etype).add(counts)
        self.misses.extend(other.misses)
        self.spurious.extend(other.spurious)

    def to_dict(self) -> dict:
        return {
            "overall": self.overall.to_dict(),
            "by_type": {t: c.to_dict() for t, c in sorted(self.by_type.items())},
            "misses": [f.to_dict() for f in self.misses],
            "spurious": [f.to_dict() for f in self.spurious],
        }


@dataclass
class EventScores(EntityScores):
    time: Accuracy = field(default_factory=Accuracy)
    roles: dict[str, Accuracy] = field(default_factory=lambda: {r: Accuracy() for r in ROLES})
    #: Crew names on matched events, name by name (partial credit that the exact-set accuracy hides).
    participant_names: Counts = field(default_factory=Counts)
    argument_errors: list[ArgumentError] = field(default_factory=list)

    def add(self, other: EntityScores) -> None:
        super().add(other)
        if isinstance(other, EventScores):
            self.time.add(other.time)
            self.participant_names.add(other.participant_names)
            self.argument_errors.extend(other.argument_errors)
            for role, acc in other.roles.items():
                self.roles.setdefault(role, Accuracy()).add(acc)

    def to_dict(self) -> dict:
        out = super().to_dict()
        out["time"] = self.time.to_dict()
        out["roles"] = {r: a.to_dict() for r, a in self.roles.items()}
        out["participant_names"] = self.participant_names.to_dict()
        out["argument_errors"] = [e.to_dict() for e in self.argument_errors]
        return out


def score_entities(doc_id: str, gold: Sequence[GoldEntity], system: Sequence[Entity]) -> EntityScores:
    """Match one document's system entities to its gold entities (type and label, each gold item once)."""
    scores = EntityScores()
    # Candidate pairs, those matching the gold name before those matching only an alias, so that a
    # shared alias ("the station") cannot take the gold item another system entity names exactly.
    candidates: list[tuple[int, int, int]] = []  # (alias only?, system index, gold index)
    for s_index, entity in enumerate(system):
        for g_index, g in enumerate(gold):
            if g.type == entity.type and match_label(entity.label, g.name, g.aliases):
                candidates.append((int(not match_label(entity.label, g.name)), s_index, g_index))
    matched: set[int] = set()
    paired: set[int] = set()
    for _, s_index, g_index in sorted(candidates):
        if s_index not in paired and g_index not in matched:
            paired.add(s_index)
            matched.add(g_index)
    for s_index, entity in enumerate(system):
        if s_index in paired:
            scores.counts(entity.type).tp += 1
        else:
            scores.counts(entity.type).fp += 1
            scores.spurious.append(Finding(doc_id, entity.type, entity.label))
    for i, g in enumerate(gold):
        if i not in matched and not g.optional:
            scores.counts(g.type).fn += 1
            scores.misses.append(Finding(doc_id, g.type, g.name))
    return scores


def _labels(extraction: Extraction, keys: Iterable[str | None]) -> list[str]:
    labels = []
    for key in keys:
        entity = extraction.entity(key)
        if entity is not None:
            labels.append(entity.label)
        elif key:
            labels.append(key)  # a role filled with an unknown key: compare the key itself
    return labels


def _label(extraction: Extraction, key: str | None) -> str | None:
    found = _labels(extraction, [key])
    return found[0] if found else None


def _role_matches(gold_doc: GoldDocument, gold_value: str | None, system_label: str | None) -> bool:
    if gold_value is None:
        return False
    return match_label(system_label, gold_value, gold_doc.aliases_of(gold_value))


def participant_counts(gold_doc: GoldDocument, gold: Sequence[str], system: Sequence[str]) -> Counts:
    """Name-level agreement of two crews: each gold name matched by at most one system label."""
    remaining = list(system)
    counts = Counts()
    for name in gold:
        hit = next((s for s in remaining if _role_matches(gold_doc, name, s)), None)
        if hit is None:
            counts.fn += 1
        else:
            counts.tp += 1
            remaining.remove(hit)
    counts.fp = len(remaining)
    return counts


def _participants_agree(gold_doc: GoldDocument, gold: Sequence[str], system: Sequence[str]) -> bool:
    counts = participant_counts(gold_doc, gold, system)
    return counts.fn == 0 and counts.fp == 0


def key_argument_matches(gold_doc: GoldDocument, gold: GoldEvent, event: Event,
                         extraction: Extraction) -> bool | None:
    """Whether the event's key argument matches the gold's; None when the gold key argument is null."""
    if gold.type in SPACECRAFT_KEYED:
        if gold.spacecraft is None:
            return None
        return _role_matches(gold_doc, gold.spacecraft, _label(extraction, event.spacecraft))
    if gold.type == "ChangeOfCommand":
        commanders = [(g, s) for g, s in ((gold.from_, event.from_), (gold.to, event.to)) if g is not None]
        if not commanders:
            return None
        return all(_role_matches(gold_doc, g, _label(extraction, s)) for g, s in commanders)
    if gold.type == "Spacewalk":
        if not gold.participants:
            return None
        system = _labels(extraction, event.participants)
        return any(_role_matches(gold_doc, name, s) for name in gold.participants for s in system)
    return None


def _role_agreement(gold_doc: GoldDocument, gold: GoldEvent, event: Event,
                    extraction: Extraction) -> dict[str, bool | None]:
    """Per role: True/False on a filled gold role, None when gold is empty (and the system's fill flag)."""
    result: dict[str, bool | None] = {}
    for role, attribute in ROLES.items():
        gold_value = gold.role(role)
        if role == "participants":
            system = _labels(extraction, event.participants)
            result[role] = _participants_agree(gold_doc, gold.participants, system) if gold_value else None
        else:
            system_label = _label(extraction, getattr(event, attribute))
            result[role] = _role_matches(gold_doc, gold_value, system_label) if gold_value else None
    return result


def _system_event_name(event: Event, extraction: Extraction) -> str:
    if event.type == "ChangeOfCommand":
        return f"{_label(extraction, event.from_)} -> {_label(extraction, event.to)}"
    if event.type == "Spacewalk":
        return ", ".join(_labels(extraction, event.participants)) or "(no participants)"
    return _label(extraction, event.spacecraft) or "(no spacecraft)"


def score_events(gold_doc: GoldDocument, extraction: Extraction) -> EventScores:
    """Match one document's system events to its gold events and score roles and times on the matches.

    Candidate pairs agree on type and status and on the key argument; pairs with a named gold key
    argument are assigned before those whose gold key argument is null, and within each group the pairs
    that agree on more roles and the time go first, so that two spacewalks by one astronaut pair up with
    the right gold events.
    """
    scores = EventScores()
    gold_events = gold_doc.events
    candidates: list[tuple[int, int, int, int]] = []  # (-strict, -agreement, system index, gold index)
    for s_index, event in enumerate(extraction.events):
        for g_index, gold in enumerate(gold_events):
            if gold.type != event.type or gold.status != event.status:
                continue
            key = key_argument_matches(gold_doc, gold, event, extraction)
            if key is False:
                continue
            agreement = sum(1 for ok in _role_agreement(gold_doc, gold, event, extraction).values() if ok)
            agreement += int(match_time(event.time.value if event.time else None, gold.time))
            candidates.append((-int(key is True), -agreement, s_index, g_index))
    candidates.sort()
    pairs: dict[int, int] = {}  # system index -> gold index
    used_gold: set[int] = set()
    for _, _, s_index, g_index in candidates:
        if s_index in pairs or g_index in used_gold:
            continue
        pairs[s_index] = g_index
        used_gold.add(g_index)

    for s_index, event in enumerate(extraction.events):
        if s_index not in pairs:
            scores.counts(event.type).fp += 1
            scores.spurious.append(Finding(gold_doc.id, event.type, _system_event_name(event, extraction),
                                           event.status))
            continue
        gold = gold_events[pairs[s_index]]
        scores.counts(event.type).tp += 1
        system_time = event.time.value if event.time else None
        name = gold.key_argument()
        if gold.time is not None:
            scores.time.total += 1
            if match_time(system_time, gold.time):
                scores.time.correct += 1
            else:
                scores.argument_errors.append(ArgumentError(gold_doc.id, gold.type, name, "time", gold.time,
                                                            system_time))
        elif system_time is not None:
            scores.time.spurious += 1
            scores.argument_errors.append(ArgumentError(gold_doc.id, gold.type, name, "time", None, system_time))
        scores.participant_names.add(
            participant_counts(gold_doc, gold.participants, _labels(extraction, event.participants)))
        for role, ok in _role_agreement(gold_doc, gold, event, extraction).items():
            acc = scores.roles[role]
            system_value = getattr(event, ROLES[role])
            if ok is None:
                acc.spurious += int(bool(system_value))
            else:
                acc.total += 1
                acc.correct += int(ok)
            if not ok and (ok is False or system_value):
                gold_value = gold.role(role)
                scores.argument_errors.append(ArgumentError(
                    gold_doc.id, gold.type, name, role,
                    "; ".join(gold_value) if isinstance(gold_value, tuple) else gold_value,
                    "; ".join(_labels(extraction, system_value)) if isinstance(system_value, list)
                    else _label(extraction, system_value)))
    for g_index, gold in enumerate(gold_events):
        if g_index not in used_gold and not gold.optional:
            scores.counts(gold.type).fn += 1
            scores.misses.append(Finding(gold_doc.id, gold.type, gold.key_argument(), gold.status))
    return scores


@dataclass
class EvalReport:
    """Scores over a whole gold file."""

    documents: int = 0
    entities: EntityScores = field(default_factory=EntityScores)
    events: EventScores = field(default_factory=EventScores)
    #: Per document: overall entity and event counts, to find the articles that score worst.
    by_document: dict[str, dict[str, Counts]] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"documents": self.documents, "entities": self.entities.to_dict(),
                "events": self.events.to_dict(),
                "by_document": {doc: {part: c.to_dict() for part, c in parts.items()}
                                for doc, parts in self.by_document.items()}}


def score(gold_docs: Sequence[GoldDocument], extractions: Iterable[Extraction]) -> EvalReport:
    """Score extractions against gold documents (paired by article id; a missing extraction finds nothing)."""
    by_id = {x.article.id: x for x in extractions}
    report = EvalReport(documents=len(gold_docs))
    for gold_doc in gold_docs:
        extraction = by_id.get(gold_doc.id)
        if extraction is None:
            log.warning("no extraction for gold document %s: counted as finding nothing", gold_doc.id)
            extraction = Extraction(article=Article(id=gold_doc.id, text=""))
        entity_scores = score_entities(gold_doc.id, gold_doc.entities, extraction.entities)
        event_scores = score_events(gold_doc, extraction)
        report.entities.add(entity_scores)
        report.events.add(event_scores)
        report.by_document[gold_doc.id] = {"entities": entity_scores.overall, "events": event_scores.overall}
    return report


# --------------------------------------------------------------------------------------------------
# Reading the articles a gold file names, and running extraction


def read_gold_articles(gold_docs: Sequence[GoldDocument]) -> list[Article]:
    """The article of each gold document, with the gold's id and publication date.

    A ``.jsonl`` file contributes the line whose id is the document's id; any other file its one article.
    Raises ``GoldFormatError`` when a named file is missing or unreadable: the gold file is then broken.
    """
    from pipeline.readers import ReadError, parse_published, read_file

    articles: list[Article] = []
    for gold_doc in gold_docs:
        if not gold_doc.file.is_file():
            raise GoldFormatError(f"document {gold_doc.id!r}: no such file {gold_doc.file}")
        found: Article | None = None
        for item in read_file(gold_doc.file):
            if isinstance(item, ReadError):
                log.warning("%s", item.describe())
                continue
            if gold_doc.file.suffix.lower() != ".jsonl" or item.id == gold_doc.id:
                found = item
                break
        if found is None:
            raise GoldFormatError(f"document {gold_doc.id!r}: no readable article in {gold_doc.file}")
        published = parse_published(gold_doc.published) if gold_doc.published else found.published
        articles.append(replace(found, id=gold_doc.id, published=published))
    return articles


def evaluate(gold_path: str | Path, nlp=None) -> EvalReport:
    """Run extraction over the articles a gold file names and score it."""
    from pipeline.extract import extract_many

    gold_docs = load_gold(gold_path)
    articles = read_gold_articles(gold_docs)
    extractions = list(extract_many(articles, nlp=nlp))
    return score(gold_docs, extractions)


# --------------------------------------------------------------------------------------------------
# Human-readable report


def _row(name: str, counts: Counts) -> str:
    return (f"  {name:<18} {counts.tp:>5} {counts.fp:>5} {counts.fn:>5} "
            f"{counts.precision:>7.3f} {counts.recall:>7.3f} {counts.f1:>7.3f}")


def format_report(report: EvalReport, max_findings: int = 200) -> str:
    """The report as a plain-text table (what ``spacekg eval`` prints)."""
    header = f"  {'type':<18} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>7} {'R':>7} {'F1':>7}"
    lines = [f"Documents: {report.documents}", "", "Entities", header]
    for etype in ENTITY_TYPES:
        if etype in report.entities.by_type:
            lines.append(_row(etype, report.entities.by_type[etype]))
    lines.append(_row("overall (micro)", report.entities.overall))
    lines += ["", "Events", header]
    for etype in EVENT_TYPES:
        if etype in report.events.by_type:
            lines.append(_row(etype, report.events.by_type[etype]))
    lines.append(_row("overall (micro)", report.events.overall))
    time = report.events.time
    lines += ["", "On matched events (accuracy over those whose gold value is filled;",
              "spurious = system filled where gold is null)",
              f"  {'time':<14} {time.correct:>4}/{time.total:<4} {time.accuracy:>7.3f}  spurious {time.spurious}"]
    for role, acc in report.events.roles.items():
        lines.append(f"  {role:<14} {acc.correct:>4}/{acc.total:<4} {acc.accuracy:>7.3f}  spurious {acc.spurious}")
    names = report.events.participant_names
    lines.append(f"  crew names, one by one: tp {names.tp}  fp {names.fp}  fn {names.fn}  "
                 f"P {names.precision:.3f}  R {names.recall:.3f}  F1 {names.f1:.3f}")
    errors = report.events.argument_errors
    lines += ["", f"Wrong or spurious arguments on matched events ({len(errors)})"]
    for error in errors[:max_findings]:
        lines.append(f"  {error.doc}  {error.type} {error.event}: {error.role} gold={error.gold!r} "
                     f"system={error.system!r}")
    if len(errors) > max_findings:
        lines.append(f"  ... and {len(errors) - max_findings} more")
    for title, findings in (("Missed entities", report.entities.misses),
                            ("Spurious entities", report.entities.spurious),
                            ("Missed events", report.events.misses),
                            ("Spurious events", report.events.spurious)):
        lines += ["", f"{title} ({len(findings)})"]
        for finding in findings[:max_findings]:
            status = f" [{finding.status}]" if finding.status else ""
            lines.append(f"  {finding.doc}  {finding.type}{status}: {finding.name}")
        if len(findings) > max_findings:
            lines.append(f"  ... and {len(findings) - max_findings} more")
    return "\n".join(lines)

