"""A change of command that names no commander joins only a handover told beside it.

Invented articles: a photo caption about "the change of command ceremony" far from the sentence where
a later commander takes over, a caption alone, and a ceremony sentence right after a handover.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import make_doc
from pipeline.model import Article

FILLER = "The station hosted dozens of experiments on plant growth, fluid physics and materials that year. " * 6

CAPTION_FAR = f"""Women at the station

Left: During the change of command ceremony, Expedition 16 Commander Peggy Whitson hangs the crew's patch in the Destiny module.

{FILLER}

In September 2022, Samantha Cristoforetti assumed command of the space station.
"""

CAPTION_ALONE = """Women at the station

Left: During the change of command ceremony, Expedition 16 Commander Peggy Whitson hangs the crew's patch in the Destiny module.
"""

CEREMONY_BESIDE = """Station changes hands

On Monday, Oleg Kononenko handed command of the International Space Station to Tracy Dyson. The change of command ceremony was broadcast live.
"""


@pytest.fixture(scope="module")
def handovers(nlp):
    def extract(text: str):
        doc = nlp(make_doc(nlp, Article(id="handover-test", text=text, published=date(2024, 5, 1))))
        return [e for e in doc._.events if e.type == "ChangeOfCommand"]
    return extract


def test_far_caption_lends_no_sentence(handovers):
    found = handovers(CAPTION_FAR)
    assert [e.to for e in found] == ["samantha-cristoforetti"]
    assert all("ceremony" not in ev.sentence for ev in found[0].evidence)


def test_caption_alone_makes_no_handover(handovers):
    assert handovers(CAPTION_ALONE) == []


@pytest.mark.parametrize("field, value", [("from_", "oleg-kononenko"), ("to", "tracy-caldwell-dyson")])
def test_ceremony_beside_joins_the_handover(handovers, field, value):
    found = handovers(CEREMONY_BESIDE)
    assert len(found) == 1 and getattr(found[0], field) == value
    assert any("ceremony" in ev.sentence for ev in found[0].evidence)
