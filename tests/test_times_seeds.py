"""The seed articles (../shared/seeds): every event time in the gold is among the stage's normalised times."""

from __future__ import annotations

import json
from datetime import date

import pytest


def _times_of(nlp, text: str, published: date):
    doc = nlp.make_doc(text)
    doc._.published = published
    for name, component in nlp.pipeline:
        doc = component(doc)
        if name == "spacekg_times":
            break
    return doc._.times


def _comparable(value: str) -> str:
    """Gold writes minute precision as 2020-02-06T09:12Z, the graph as 2020-02-06T09:12:00Z."""
    return value.replace(":00Z", "Z") if value.endswith(":00Z") else value


@pytest.mark.shared
@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("004_f9f2df75c10bfaf5", {("2020-02-06T09:12:00Z", "minute")}),
        ("000_c2867cb123784cca", {("2021-09-30", "day"), ("2021-W39", "week")}),
    ],
)
def test_times_seed_articles(nlp, shared_dir, doc_id, expected):
    gold = {d["id"]: d for d in json.loads((shared_dir / "seeds" / "gold.json").read_text())["documents"]}[doc_id]
    text = (shared_dir / "seeds" / gold["file"]).read_text(encoding="utf-8")
    times = _times_of(nlp, text, date.fromisoformat(gold["published"]))
    found = {(t.value, t.precision) for t in times}
    assert expected <= found
    gold_times = {e["time"] for e in gold["events"] if e.get("time")}
    assert gold_times <= {_comparable(t.value) for t in times}
