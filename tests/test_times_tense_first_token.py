"""``clause_tense`` on a plan word that opens the document: its own "as"/"than" child still says the plan
was kept ("Delayed as expected until Friday" is not a future), as it does anywhere else in the text."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.components.times import clause_tense


def _parsed(nlp, words: list[str], tags: list[str], heads: list[int], deps: list[str]) -> Doc:
    """A hand-parsed document, so the test does not depend on what the statistical parser does."""
    return Doc(nlp.vocab, words=words, tags=tags, heads=heads, deps=deps, lemmas=[w.lower() for w in words])


@pytest.mark.parametrize(
    ("words", "tags", "heads", "deps", "expected"),
    [
        # the plan word is token 0 and governs "as": a plan kept, no future
        (["Delayed", "as", "expected", "until", "Friday"], ["VBN", "IN", "VBN", "IN", "NNP"],
         [0, 0, 1, 0, 3], ["ROOT", "prep", "pcomp", "prep", "pobj"], None),
        (["Scheduled", "than", "planned", "for", "Friday"], ["VBN", "IN", "VBN", "IN", "NNP"],
         [0, 0, 1, 0, 3], ["ROOT", "prep", "pcomp", "prep", "pobj"], None),
        # without "as"/"than" the same plan word looks forward
        (["Delayed", "until", "Friday"], ["VBN", "IN", "NNP"], [0, 0, 1], ["ROOT", "prep", "pobj"], "future"),
    ],
)
def test_times_tense_plan_word_at_document_start(nlp, words, tags, heads, deps, expected):
    doc = _parsed(nlp, words, tags, heads, deps)
    friday = doc[-1]
    assert clause_tense(doc, friday.idx, friday.idx + len(friday)) == expected
