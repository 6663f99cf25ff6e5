"""Stage 4: domain entities. Placeholder until the entities issue."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extensions import register_extensions


class EntityRecognizer:
    def __init__(self, data_dir: str | Path | None = None) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = []
        return doc


@Language.factory("spacekg_entities", default_config={"data_dir": None})
def make_entity_recognizer(nlp: Language, name: str, data_dir: str | None) -> EntityRecognizer:
    return EntityRecognizer(data_dir)
