"""The entity stage's contract with the events stage: labels, span keys, mention offsets."""

from __future__ import annotations

import pytest

from pipeline.model import ENTITY_TYPES

TEXT = ("NASA astronaut Loral O’Hara and Roscosmos cosmonaut Oleg Kononenko boarded the Soyuz MS-24 "
        "spacecraft at the Baikonur Cosmodrome. O’Hara later docked at the International Space Station "
        "with the Expedition 70 crew.")


@pytest.mark.parametrize("text", [TEXT])
def test_entities_contract_spans_and_keys(nlp, text: str) -> None:
    doc = nlp(text)
    keys = {e.key for e in doc._.entities}
    assert doc.ents, "entities expected"
    for span in doc.ents:
        assert span.label_ in ENTITY_TYPES
        assert span._.entity_key in keys
    for entity in doc._.entities:
        assert entity.type in ENTITY_TYPES
        for mention in entity.mentions:
            assert text[mention.start:mention.end] == mention.text
    ohara = next(e for e in doc._.entities if e.key == "loral-o-hara")
    assert len(ohara.mentions) == 2 and ohara.agency == "nasa"
    assert ohara.wikidata == "Q30157742"
