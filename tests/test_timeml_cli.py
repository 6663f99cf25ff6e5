"""``spacekg timeml`` and ``spacekg eval-time`` on the hand-made TimeML fixture."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

FIXTURES = Path(__file__).parent / "fixtures" / "timeml"


def test_timeml_cli_tags_then_scores(tmp_path):
    runner = CliRunner()
    tagged = runner.invoke(app, ["timeml", str(FIXTURES / "h4_sample.tml"), "--out", str(tmp_path)])
    assert tagged.exit_code == 0, tagged.output
    written = (tmp_path / "h4_sample.tml").read_text(encoding="utf-8")
    assert 'functionInDocument="CREATION_TIME"' in written and 'value="2021-W39"' in written
    scored = runner.invoke(app, ["eval-time", str(FIXTURES), "--pred", str(tmp_path), "--json"])
    assert scored.exit_code == 0, scored.output
    scores = json.loads(scored.output)
    assert scores["documents"] == 1 and scores["relaxed_f1"] == 1.0 and scores["value_f1"] >= 0.85


@pytest.mark.parametrize(
    "args",
    [
        ["eval-time", "/nonexistent-gold-dir"],
        ["timeml", "/nonexistent.tml", "--out", "/tmp/unused-spacekg-out"],
    ],
)
def test_timeml_cli_missing_input_exits_2(args):
    assert CliRunner().invoke(app, args).exit_code == 2
