"""Through the ``spacekg_times`` component: where the expression's own clause gives no tense, the sentence
does; a sentence with only present-tense or modal verbs, or none (a heading, a schedule line), takes the
nearest occurrence of a yearless date or weekday, and a past participle without auxiliaries reads as past."""

from __future__ import annotations

from datetime import date

import pytest


def _values(nlp, text: str, published) -> list[str]:
    doc = nlp.make_doc(text)
    doc._.published = published
    for name, component in nlp.pipeline:
        doc = component(doc)
        if name == "spacekg_times":
            return [t.value for t in doc._.times]
    raise AssertionError("spacekg_times is not in the pipeline")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # present tense and modals: the nearest occurrence
        ("Reporters may request an interview by May 16 by emailing the newsroom.", date(2024, 5, 15),
         ["2024-05-16"]),
        ("May 3\n\nPrelaunch news conference at Kennedy", date(2024, 5, 1), ["2024-05-03"]),
        ("The crew is back on Earth after landing on Tuesday.", date(2024, 5, 15), ["2024-05-14"]),
        ("The spacecraft arrives at the station on Friday.", date(2024, 5, 15), ["2024-05-17"]),
        # what "after"/"since" governs in a present-tense sentence lies before the present
        ("The Soyuz is on its way to the station after launching Friday from Baikonur.", date(2024, 11, 20),
         ["2024-11-15"]),
        ("Media may request interviews by Thursday.", date(2024, 11, 20), ["2024-11-21"]),
        # past tense: the previous occurrence, also where the tagger reads the verb as a participle
        ("The crew returned to Earth on March 12.", date(2024, 5, 15), ["2024-03-12"]),
        ("The crew launched on Wednesday night from Florida.", date(2021, 9, 19), ["2021-09-15"]),
        ("On April 9, the Soyuz spacecraft launched from the Baikonur Cosmodrome.", date(2021, 1, 3),
         ["2020-04-09"]),
        # future: the next occurrence
        ("The crew will return to Earth on March 12.", date(2024, 5, 15), ["2025-03-12"]),
    ],
)
def test_times_sentence_tense_picks_the_occurrence(nlp, text, published, expected):
    assert _values(nlp, text, published) == expected


def test_times_sentence_split_after_meridian_keeps_the_verb(nlp):
    """The parser may end a sentence after "p.m."; the sentence's tense still comes from its verb."""
    text = "Progress 89 launched at 4:32 p.m. Baikonur time (6:32 a.m. EST) on Thursday."
    assert _values(nlp, text, date(2024, 11, 20)) == ["2024-11-14T11:32:00Z"]
