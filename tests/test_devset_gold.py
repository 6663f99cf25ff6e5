"""The development set's gold file is consistent with its articles and with the gold format."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.evaluate import load_gold, read_gold_articles, time_fields
from pipeline.model import ENTITY_TYPES, EVENT_TYPES

DEV_DIR = Path(__file__).resolve().parents[1] / "data" / "dev"
GOLD_PATH = DEV_DIR / "gold.json"
RAW = json.loads(GOLD_PATH.read_text(encoding="utf-8"))
DOCS = RAW["documents"]
DOC_IDS = [d["id"] for d in DOCS]
ISO_WEEK = re.compile(r"^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$")
ROLE_KEYS = ("spacecraft", "from", "to", "place")


@pytest.fixture(scope="module")
def articles() -> dict:
    return {a.id: a for a in read_gold_articles(load_gold(GOLD_PATH))}


def test_devset_has_enough_varied_documents():
    assert len(DOCS) >= 24
    suffixes = {Path(d["file"]).suffix for d in DOCS}
    assert {".txt", ".md", ".html"} <= suffixes
    assert len(set(DOC_IDS)) == len(DOC_IDS)


@pytest.mark.parametrize("record", DOCS, ids=DOC_IDS)
def test_devset_document_header(record):
    path = DEV_DIR / record["file"]
    assert path.is_file()
    assert record["id"] == path.stem
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["published"])


@pytest.mark.parametrize("record", DOCS, ids=DOC_IDS)
def test_devset_entities_are_well_formed(record):
    keys = set()
    for entity in record["entities"]:
        assert entity["type"] in ENTITY_TYPES
        assert entity["name"].strip() == entity["name"] and entity["name"]
        assert isinstance(entity["aliases"], list)
        key = (entity["type"], entity["name"])
        assert key not in keys, f"duplicate gold entity {key}"
        keys.add(key)


@pytest.mark.parametrize("record", DOCS, ids=DOC_IDS)
def test_devset_event_arguments_name_gold_entities(record):
    by_type: dict[str, set[str]] = {}
    for entity in record["entities"]:
        by_type.setdefault(entity["type"], set()).add(entity["name"])
    astronauts = by_type.get("Astronaut", set())
    for event in record["events"]:
        assert event["type"] in EVENT_TYPES
        assert event["status"] in ("occurred", "planned")
        for name in event["participants"]:
            assert name in astronauts, f"participant {name!r} is not a gold astronaut"
        if event["spacecraft"] is not None:
            assert event["spacecraft"] in by_type.get("Spacecraft", set())
        if event["type"] == "ChangeOfCommand":
            assert event["from"] in astronauts and event["to"] in astronauts and event["from"] != event["to"]
        else:
            for role in ("from", "to"):
                if event[role] is not None:
                    assert event[role] in by_type.get("SpaceStation", set())
        if event["place"] is not None:
            assert event["place"] in by_type.get("Place", set()) | by_type.get("SpaceStation", set())


@pytest.mark.parametrize("record", DOCS, ids=DOC_IDS)
def test_devset_times_are_iso_at_some_precision(record):
    for event in record["events"]:
        value = event["time"]
        if value is None:
            continue
        assert ISO_WEEK.match(value) or time_fields(value) is not None, value
        if "T" in value:
            assert value.endswith("Z"), "clock times in gold are UTC"


@pytest.mark.parametrize("record", DOCS, ids=DOC_IDS)
def test_devset_evidence_occurs_in_article(record, articles):
    text = articles[record["id"]].text
    for event in record["events"]:
        assert event["evidence"] and event["evidence"] in text, event["evidence"]


@pytest.mark.parametrize("record", DOCS, ids=DOC_IDS)
def test_devset_gold_names_occur_in_article(record, articles):
    """Every gold entity is named in the text by its name or one of its aliases (ignoring case)."""
    text = articles[record["id"]].text.casefold()
    for entity in record["entities"]:
        forms = [entity["name"], *entity["aliases"]]
        assert any(form.casefold() in text for form in forms), entity["name"]
