"""``time_root`` stays in the sentence a time expression starts in: when the parser ends a sentence inside
one ("switched to battery power at 6:13 a.m. | CDT to begin"), the time still hangs from its own verb."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.events_time import time_root
from pipeline.model import TimeValue


@pytest.mark.parametrize(
    ("words", "heads", "deps", "surface", "expected_root", "expected_verb"),
    [
        # "CDT" opens a sentence of its own: the root is still "a.m.", under "switched"
        (["They", "switched", "at", "6:13", "a.m.", "CDT", "began", "."], [1, 1, 1, 4, 2, 6, 6, 6],
         ["nsubj", "ROOT", "prep", "nummod", "pobj", "nsubj", "ROOT", "punct"], "6:13 a.m. CDT", "a.m.", "switched"),
        # the parser hung "a.m." from the sentence's root as punctuation: "3:18" is the word to follow
        (["They", "depart", "and", "head", "for", "landing", "at", "3:18", "a.m.", "Saturday", "."],
         [1, 1, 1, 1, 3, 4, 3, 6, 1, 9, 9],
         ["nsubj", "ROOT", "cc", "conj", "prep", "pobj", "prep", "pobj", "punct", "ROOT", "punct"],
         "3:18 a.m. Saturday", "3:18", "head"),
        # one sentence: the root is the expression's own
        (["They", "switched", "at", "6:13", "a.m.", "CDT", "."], [1, 1, 1, 4, 2, 4, 1],
         ["nsubj", "ROOT", "prep", "nummod", "pobj", "appos", "punct"], "6:13 a.m. CDT", "a.m.", "switched"),
    ],
)
def test_events_time_root_within_its_first_sentence(nlp, words, heads, deps, surface, expected_root, expected_verb):
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    start = doc.text.index(surface)
    value = TimeValue(value="2020-07-01T11:13:00Z", precision="minute", kind="time", text=surface, start=start,
                      end=start + len(surface))
    root = time_root(doc, value)
    assert root.text == expected_root
    assert root.head.head.text == expected_verb
