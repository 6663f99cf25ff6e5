"""Through the ``spacekg_times`` component: a plan verb in the past perfect ("had been delayed", "had been
scheduled") tells of a plan of the past, so a yearless date or weekday it governs looks back."""

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
        ("The launch had been delayed by a helium leak in late August.", date(2024, 9, 12), ["2024-08"]),
        ("The docking had been scheduled for Tuesday, but it was called off.", date(2024, 5, 16), ["2024-05-14"]),
        # a plan still to come looks forward
        ("The launch has been delayed to late August.", date(2024, 5, 16), ["2024-08"]),
        ("The docking is scheduled for Tuesday.", date(2024, 5, 16), ["2024-05-21"]),
    ],
)
def test_times_past_perfect_plan_looks_back(nlp, text, published, expected):
    assert _values(nlp, text, published) == expected
