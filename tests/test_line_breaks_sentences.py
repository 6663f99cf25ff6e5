"""Line breaks start sentences before the parser runs, except inside hard-wrapped paragraphs."""

from __future__ import annotations

import pytest

from pipeline.components.line_breaks import is_hard_wrapped


@pytest.mark.parametrize(
    ("text", "expected_starts"),
    [
        (
            "Go to topicThank you for liking\nESA astronaut Luca Parmitano touched down today.",
            ["Go", "ESA"],
        ),
        ("Crew lands safely\n\nThe Soyuz landed at 09:12 GMT.", ["Crew", "The"]),
    ],
)
def test_line_breaks_split_headings_from_story(nlp, text, expected_starts):
    doc = nlp(text)
    starts = [sent[0].text for sent in doc.sents if not sent[0].is_space]
    assert starts[: len(expected_starts)] == expected_starts


def test_line_breaks_hard_wrapped_paragraph_stays_one_sentence(nlp):
    line = "The crew of four undocked from the station aboard the Crew Dragon capsule\n"
    text = (
        "NASA astronauts and their crewmates left the orbiting laboratory early this morning\n"
        "after a six-month science mission and began the long trip home to a splashdown\n"
        "off the coast of Florida, where recovery teams were waiting for the capsule.\n"
        + line * 4
        + "Splashdown is expected tomorrow.\n"
    )
    assert is_hard_wrapped(text)
    doc = nlp(text)
    first = next(iter(doc.sents))
    assert "splashdown\noff the coast" in first.text


@pytest.mark.parametrize(
    ("text", "wrapped"),
    [("short\nlines\nonly", False), ("A heading\n" + "x" * 70 + "\n" + "y" * 20, False)],
)
def test_line_breaks_unwrapped_text_is_detected(text, wrapped):
    assert is_hard_wrapped(text) is wrapped
