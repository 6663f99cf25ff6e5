"""Stage 6: events. Placeholder until the events-and-times issue."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extensions import register_extensions


class EventExtractor:
    def __init__(self, data_dir: str | Path | None = None) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = []
        return doc


@Language.factory("spacekg_events", default_config={"data_dir": None})
def make_event_extractor(nlp: Language, name: str, data_dir: str | None) -> EventExtractor:
    return EventExtractor(data_dir)
