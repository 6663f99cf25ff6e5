"""Stage 3: mark page furniture (navigation, cookie notices, "Share this article") so that no entity or
event is read from it. Placeholder until the entities issue deepens it."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extensions import register_extensions


class FurnitureMarker:
    def __init__(self, data_dir: str | Path | None = None) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.furniture = []
        return doc


@Language.factory("spacekg_furniture", default_config={"data_dir": None})
def make_furniture_marker(nlp: Language, name: str, data_dir: str | None) -> FurnitureMarker:
    return FurnitureMarker(data_dir)
