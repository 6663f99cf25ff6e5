"""The ``spacekg_times`` component: tense from the parse, furniture skipped, anchor from ``doc._.published``."""

from __future__ import annotations

from datetime import date

import pytest


def _run_until_times(nlp, text: str, published, furniture=None):
    """Run the pipeline up to and including the time stage (later stages are not needed here)."""
    doc = nlp.make_doc(text)
    doc._.published = published
    for name, component in nlp.pipeline:
        if name == "spacekg_times" and furniture is not None:
            doc._.furniture = furniture
        doc = component(doc)
        if name == "spacekg_times":
            return doc
    raise AssertionError("spacekg_times is not in the pipeline")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The Soyuz will dock with the station on Friday.", date(2020, 12, 23), ["2020-12-25"]),
        ("The Soyuz docked with the station on Friday.", date(2020, 12, 23), ["2020-12-18"]),
        ("The crew is scheduled to land on 4 January.", date(2020, 12, 23), ["2021-01-04"]),
        ("The crew landed on 4 January.", date(2021, 2, 1), ["2021-01-04"]),
        ("The Soyuz launched on Friday and is due to dock with the station on Sunday.", date(2023, 2, 24),
         ["2023-02-24", "2023-02-26"]),
        ("She will lead the station until she returns to Earth in October.", date(2022, 9, 28), ["2022-10"]),
        ("Two Russian spacewalks are planned for April.", date(2022, 3, 24), ["2022-04"]),
        ("The qualifier has been postponed until Saturday.", date(2013, 3, 22), ["2013-03-23"]),
        ("Cargo Dragon undocked last week, she said on Wednesday.", date(2021, 10, 6), ["2021-W39", "2021-10-06"]),
        ("Cargo Dragon undocked last week.", "2021-10-06T10:00:00Z", ["2021-W39"]),
        ("ESA astronaut Luca Parmitano touched down at 09:12 GMT (10:12 CET), 6 February 2020 after his "
         "six-month mission.", date(2020, 2, 6), ["2020-02-06T09:12:00Z", "P6M"]),
    ],
)
def test_times_component_normalises_against_published(nlp, text, published, expected):
    doc = _run_until_times(nlp, text, published)
    assert [t.value for t in doc._.times] == expected
    assert [t.start for t in doc._.times] == sorted(t.start for t in doc._.times)
    for t in doc._.times:
        assert doc.text[t.start:t.end] == t.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Soyuz docked on Friday after launching on 4 January 2021.", ["2021-01-04"]),
        ("Launch is planned for next week, then a spacewalk in March 2021.", ["2021-03"]),
    ],
)
def test_times_component_without_anchor_keeps_only_absolute_times(nlp, text, expected):
    doc = _run_until_times(nlp, text, None)
    assert [t.value for t in doc._.times] == expected


@pytest.mark.parametrize(
    ("text", "furniture", "expected"),
    [
        ("Last updated 12 March 2021. The crew landed on 6 February 2020.", [(0, 27)], ["2020-02-06"]),
        ("Last updated 12 March 2021. The crew landed on 6 February 2020.", [], ["2021-03-12", "2020-02-06"]),
    ],
)
def test_times_component_skips_page_furniture(nlp, text, furniture, expected):
    doc = _run_until_times(nlp, text, date(2021, 3, 12), furniture=furniture)
    assert [t.value for t in doc._.times] == expected
