"""``spacekg eval``: exit codes and output shapes (the pipeline runs on one tiny article)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pipeline.cli import app


@pytest.fixture
def tiny_gold(tmp_path):
    (tmp_path / "a.txt").write_text("The Soyuz MS-13 spacecraft landed on 6 February 2020.\n", encoding="utf-8")
    gold = {"documents": [{"id": "a", "file": "a.txt", "published": "2020-02-06",
                           "entities": [{"type": "Spacecraft", "name": "Soyuz MS-13", "aliases": []}],
                           "events": [{"type": "Landing", "status": "occurred", "spacecraft": "Soyuz MS-13",
                                       "participants": [], "from": None, "to": None, "place": None,
                                       "time": "2020-02-06", "evidence": "landed on 6 February 2020"}]}]}
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


@pytest.mark.parametrize("args", [["--json"]])
def test_eval_cli_json_has_scores(tiny_gold, nlp, args):
    result = CliRunner().invoke(app, ["eval", str(tiny_gold), *args])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["documents"] == 1
    entities = payload["entities"]["overall"]
    assert entities["tp"] + entities["fn"] == 1
    assert set(payload["events"]["roles"]) == {"spacecraft", "participants", "from", "to", "place"}


def test_eval_cli_table_names_sections(tiny_gold, nlp):
    result = CliRunner().invoke(app, ["eval", str(tiny_gold)])
    assert result.exit_code == 0, result.output
    for heading in ("Entities", "Events", "overall (micro)", "time"):
        assert heading in result.stdout


@pytest.mark.parametrize("content", [None, "{not json", '{"documents": [{"id": "x", "file": "missing.txt"}]}'])
def test_eval_cli_exits_2_on_unreadable_gold(tmp_path, content):
    path = tmp_path / "gold.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(path)])
    assert result.exit_code == 2
