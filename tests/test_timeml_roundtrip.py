"""TimeML reading, writing and TempEval-3 scoring on a small hand-made document."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.timeml import GoldTimex, annotate, parse_timeml, read_timeml, score, write_timeml

FIXTURE = Path(__file__).parent / "fixtures" / "timeml" / "h4_sample.tml"


@pytest.fixture(scope="module")
def sample():
    return read_timeml(FIXTURE)


def test_timeml_reads_text_dct_and_gold(sample):
    assert sample.doc_id == "h4_sample"
    assert sample.dct.isoformat() == "2021-10-06"
    assert "<" not in sample.text and "&amp;" not in sample.text and " & " in sample.text
    assert [(t.text, t.type, t.value) for t in sample.timexes][:3] == [
        ("last week", "DATE", "2021-W39"), ("35 days", "DURATION", "P35D"), ("Wednesday", "DATE", "2021-10-06")]
    for t in sample.timexes:
        assert sample.text[t.start:t.end] == t.text


def test_timeml_write_then_read_keeps_spans_and_values(sample):
    again = parse_timeml(write_timeml(sample, sample.timexes))
    assert again.text == sample.text
    assert again.dct == sample.dct
    assert again.timexes == sample.timexes


@pytest.mark.parametrize(
    ("system_spans", "strict_f1", "relaxed_f1", "value_f1"),
    [
        ("gold", 1.0, 1.0, 1.0),
        ("none", 0.0, 0.0, 0.0),
        ("wrong_values", 1.0, 1.0, 0.0),
        ("one_short", 0.0, 1.0, 1.0),
    ],
)
def test_timeml_score_measures(sample, system_spans, strict_f1, relaxed_f1, value_f1):
    gold = sample.timexes
    if system_spans == "gold":
        system = list(gold)
    elif system_spans == "none":
        system = []
    elif system_spans == "wrong_values":
        system = [GoldTimex(t.start, t.end, t.text, t.type, "XXXX") for t in gold]
    else:  # every span one character shorter: relaxed (overlap) matches, strict does not
        system = [GoldTimex(t.start, t.end - 1, t.text[:-1], t.type, t.value) for t in gold]
    scores = score([("doc", gold, system)])
    assert (round(scores.strict_f1, 3), round(scores.relaxed_f1, 3), round(scores.value_f1, 3)) == (
        strict_f1, relaxed_f1, value_f1)


def test_timeml_system_finds_the_sample_timexes(sample):
    predicted = annotate(sample)
    scores = score([("h4_sample", sample.timexes, predicted)])
    assert scores.relaxed_f1 == 1.0
    assert scores.value_f1 >= 6 / 7
    assert scores.type_accuracy == 1.0
