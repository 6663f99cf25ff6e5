"""TempEval-3 platinum (the 10 shared documents): the published anchor is HeidelTime's value F1 of 77.6."""

from __future__ import annotations

import pytest

from pipeline.timeml import evaluate_folder


@pytest.mark.shared
@pytest.mark.parametrize(("measure", "minimum"), [("value_f1", 0.80), ("relaxed_f1", 0.85), ("type_accuracy", 0.90)])
def test_timeml_tempeval3_platinum_scores(shared_dir, measure, minimum):
    scores = evaluate_folder(shared_dir / "data" / "tempeval3-platinum")
    assert scores.documents == 10 and scores.gold > 50
    assert getattr(scores, measure) >= minimum


@pytest.mark.shared
def test_timeml_wikiwars_narrative_value_f1(shared_dir):
    """WikiWars (history writing, TIMEX2 gold) as a check that the rules generalise beyond news."""
    scores = evaluate_folder(shared_dir / "data" / "wikiwars" / "keyinline", narrative=True)
    assert scores.documents == 22
    assert scores.value_f1 >= 0.70
