"""The naming-scheme patterns in data/patterns are valid: each regex compiles, and its name and key
templates fill from its own groups."""

from __future__ import annotations

import re
import string

import pytest

from pipeline.components.entities import NamePattern
from pipeline.gazetteer import load_records
from pipeline.model import ENTITY_TYPES
from pipeline.paths import DATA_DIR

PATTERNS = [d for path in sorted((DATA_DIR / "patterns").glob("entities*.jsonl")) for d in load_records(path)]


@pytest.mark.parametrize("record", PATTERNS, ids=lambda r: r["name"])
def test_entities_patterns_templates_fill(record: dict) -> None:
    pattern = NamePattern.from_json(record)
    assert pattern.label in ENTITY_TYPES
    fields = {f for template in (pattern.name, pattern.key)
              for _, f, _, _ in string.Formatter().parse(template) if f}
    filled = set(pattern.regex.groupindex) | ({"prefix"} if pattern.prefixes else set())
    assert fields <= filled, (fields, pattern.regex.groupindex)


@pytest.mark.parametrize("text, label, name", [
    ("Soyuz MS-13", "Spacecraft", "Soyuz MS-13"),
    ("Soyuz TMA2", "Spacecraft", "Soyuz TMA-2"),
    ("Progress 87", "Spacecraft", "Progress 87"),
    ("Crew 3", "Mission", "Crew-3"),
    ("Expedition 62", "Mission", "Expedition 62"),
    ("STS-51C", "Mission", "STS-51C"),
])
def test_entities_patterns_match_names(text: str, label: str, name: str) -> None:
    names = set()
    for record in PATTERNS:
        pattern = NamePattern.from_json(record)
        match = pattern.regex.fullmatch(text)
        if match and pattern.label == label:
            names.add(pattern.name.format(**{k: v for k, v in match.groupdict().items() if v}))
    assert name in names


@pytest.mark.parametrize("text", ["Progress 2024", "crew 3", "Soyuz rocket"])
def test_entities_patterns_refuse(text: str) -> None:
    assert not any(re.fullmatch(r["regex"], text) for r in PATTERNS)
