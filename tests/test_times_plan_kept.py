"""Through the ``spacekg_times`` component: "as scheduled", "as planned", "earlier than expected" tell of a
plan kept, not of the future: a weekday or yearless date in such a sentence is read by its past verb."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.timenorm import find_times


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
        ("The rocket lifted off as scheduled from Baikonur at 2:40 p.m. (0840 GMT) Thursday.",
         date(2018, 10, 12), ["2018-10-11T08:40:00Z"]),
        ("The capsule docked as planned on Tuesday.", date(2024, 5, 16), ["2024-05-14"]),
        ("The crew landed earlier than expected on Sunday.", date(2024, 5, 16), ["2024-05-12"]),
        # a real plan still looks forward
        ("The capsule is scheduled to dock on Tuesday.", date(2024, 5, 16), ["2024-05-21"]),
    ],
)
def test_times_plan_kept_is_not_future(nlp, text, published, expected):
    assert _values(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The rocket lifted off as scheduled on Thursday.", date(2018, 10, 12), ["2018-10-11"]),
        ("The rocket will lift off as scheduled on Thursday.", date(2018, 10, 12), ["2018-10-18"]),
    ],
)
def test_timenorm_plan_kept_without_parse(text, published, expected):
    assert [t.value for t in find_times(text, published)] == expected
