"""Floors under the pipeline's scores on the project's gold sets: the development set (data/dev) and the
held-out set (data/heldout, written by someone who did not write the rules; see its README).

The floors sit a little below what the pipeline achieved when they were last measured; raise them as
extraction improves (run ``spacekg eval data/dev/gold.json`` and keep about 0.05 of headroom).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluate import EvalReport, evaluate

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
GOLD_PATH = DATA_DIR / "dev" / "gold.json"
HELDOUT_PATH = DATA_DIR / "heldout" / "gold.json"

#: (what, floor): 0.05 under the figures measured 2026-11-21 15:46 UTC on 29 documents (entity P/R/F1 1.000,
#: event P 0.988 R 0.902 F1 0.943, time accuracy 0.974).
FLOORS: dict[str, float] = {
    "entity_f1": 0.95,
    "entity_precision": 0.95,
    "entity_recall": 0.95,
    "event_f1": 0.89,
    "event_precision": 0.93,
    "event_recall": 0.85,
    "time_accuracy": 0.92,
}


#: Held-out floors: 0.05 under the figures measured 2026-11-21 16:04 UTC on 12 documents (entity F1 0.979,
#: event P 0.949 R 0.822 F1 0.881, time accuracy 0.892).
HELDOUT_FLOORS: dict[str, float] = {
    "entity_f1": 0.93,
    "event_f1": 0.83,
    "event_precision": 0.90,
    "event_recall": 0.77,
    "time_accuracy": 0.84,
}


@pytest.fixture(scope="module")
def report(nlp) -> EvalReport:
    return evaluate(GOLD_PATH, nlp=nlp)


@pytest.fixture(scope="module")
def heldout_report(nlp) -> EvalReport:
    return evaluate(HELDOUT_PATH, nlp=nlp)


def _measure(report: EvalReport, what: str) -> float:
    if what == "time_accuracy":
        return report.events.time.accuracy
    part, metric = what.split("_")
    counts = (report.entities if part == "entity" else report.events).overall
    return getattr(counts, metric)


@pytest.mark.parametrize(("what", "floor"), sorted(FLOORS.items()))
def test_devset_score_stays_above_floor(report, what, floor):
    measured = _measure(report, what)
    assert measured >= floor, f"{what} fell to {measured:.3f} (floor {floor})"


def test_devset_scores_every_document(report):
    assert report.documents >= 24
    assert report.entities.overall.tp + report.entities.overall.fn > 200


@pytest.mark.parametrize(("what", "floor"), sorted(HELDOUT_FLOORS.items()))
def test_heldout_score_stays_above_floor(heldout_report, what, floor):
    measured = _measure(heldout_report, what)
    assert measured >= floor, f"held-out {what} fell to {measured:.3f} (floor {floor})"
