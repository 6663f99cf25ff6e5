"""Helpers for the event tests: a parsed doc with hand-set entities and times.

The event stage reads ``doc.ents`` (with ``span._.entity_key``), ``doc._.entities`` and ``doc._.times``;
setting them by hand keeps these tests independent of the entity and time stages' progress.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.model import Entity, Span as TextSpan, TimeValue

_PRECISION_LENGTH = {"day": timedelta(days=1), "minute": timedelta(minutes=1), "month": timedelta(days=31)}


def _occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text)]


def time_value(text: str, surface: str, value: str, precision: str = "day", kind: str = "date",
               occurrence: int = 0) -> TimeValue:
    """A ``TimeValue`` for the ``occurrence``-th appearance of ``surface`` in ``text``."""
    start, end = _occurrences(text, surface)[occurrence]
    earliest = latest = None
    if kind != "duration":
        if precision == "minute":
            earliest = datetime.fromisoformat(value.replace("Z", "+00:00"))
        elif precision == "month":
            earliest = datetime.fromisoformat(value + "-01").replace(tzinfo=UTC)
        else:
            earliest = datetime.fromisoformat(value).replace(tzinfo=UTC)
        latest = earliest + _PRECISION_LENGTH.get(precision, timedelta(days=1)) - timedelta(seconds=1)
    return TimeValue(value=value, precision=precision, kind=kind, earliest=earliest, latest=latest,
                     text=surface, start=start, end=end)


def annotate(nlp: Language, text: str, entities: list[tuple[str, str, str]],
             times: list[TimeValue] = (), published: date | None = None) -> Doc:
    """Parse ``text`` with the base model's components, then set entities and times by hand.

    ``entities`` are ``(surface, label, key)``; every occurrence of a surface becomes an entity span.
    """
    doc = nlp.make_doc(text)
    doc._.published = published
    for name, component in nlp.pipeline:
        if not name.startswith("spacekg"):
            doc = component(doc)
    doc._.furniture = []
    spans = []
    records: dict[str, Entity] = {}
    for surface, label, key in entities:
        for start, end in _occurrences(text, surface):
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is None or any(span.start < s.end and s.start < span.end for s in spans):
                continue
            spans.append(span)
            record = records.setdefault(key, Entity(key=key, type=label, label=surface))
            if len(surface) > len(record.label):
                record.label = surface
            record.mentions.append(TextSpan(start, end, surface))
    doc.ents = sorted(spans, key=lambda s: s.start)
    for span in doc.ents:
        surface = span.text
        span._.entity_key = next(k for s, lab, k in entities if s == surface or s in surface and lab == span.label_)
    doc._.entities = list(records.values())
    doc._.times = list(times)
    return doc


def run_events(nlp: Language, doc: Doc) -> Doc:
    return nlp.get_pipe("spacekg_events")(doc)
