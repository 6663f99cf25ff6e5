"""Stage 5: time expressions. Placeholder until the events-and-times issue."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extensions import register_extensions


class TimeNormalizer:
    def __init__(self, data_dir: str | Path | None = None) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.times = []
        return doc


@Language.factory("spacekg_times", default_config={"data_dir": None})
def make_time_normalizer(nlp: Language, name: str, data_dir: str | None) -> TimeNormalizer:
    return TimeNormalizer(data_dir)
