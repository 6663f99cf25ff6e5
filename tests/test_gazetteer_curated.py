"""Curated corrections of the generated gazetteer: repeated ids merge, duplicates fold, transliterated first
names meet, cut-off names go to their closest completion, and no curated person's name means two records."""

from __future__ import annotations

from collections import defaultdict

import pytest

from pipeline.gazetteer import Gazetteer, GazetteerRecord, merge_curated, normalize_name
from pipeline.gazetteer_build import Person, apply_curated, find_person
from pipeline.paths import DATA_DIR


def _record(record_id: str, name: str, *aliases: str, **extra) -> GazetteerRecord:
    return GazetteerRecord(id=record_id, type="Astronaut", name=name, aliases=aliases, **extra)


def test_gazetteer_curated_repeated_id_corrects_the_record() -> None:
    generated = _record("gregory-example", "Gregory Reid Example", "Gregory Example", wikidata="Q1")
    curated = _record("gregory-example", "Reid Example")
    (merged,) = merge_curated([generated, curated])
    assert merged.name == "Reid Example"
    assert {"Gregory Reid Example", "Gregory Example"} <= set(merged.aliases)
    assert merged.wikidata == "Q1"


def test_gazetteer_curated_replaces_folds_duplicates() -> None:
    records = merge_curated([_record("sergey-sample", "Sergey Sample", replaces=("sergei-sample",)),
                             _record("sergei-sample", "Sergei Sample")])
    assert [r.id for r in records] == ["sergey-sample"]
    assert Gazetteer(records).lookup("Sergei Sample").id == "sergey-sample"


@pytest.mark.parametrize("name, year, expected", [
    ("Sergei Sample", 1975, "Sergey Sample"),   # transliteration, same birth year
    ("Sergei Sample", None, "Sergey Sample"),   # no year to compare
    ("Sergei Sample", 1950, None),              # another person of that name
    ("Stefan Sample", 1975, None),              # another first name
])
def test_gazetteer_curated_transliterated_first_names(name: str, year: int | None, expected: str | None) -> None:
    people = {"sergey sample": Person(name="Sergey Sample", wikidata="Q2", birth_year=1975)}
    found = find_person(name, people, year)
    assert (found.name if found else None) == expected


def test_gazetteer_curated_apply_keeps_flags() -> None:
    generated = [{"id": "tina-b-c", "type": "Astronaut", "name": "Tina Bee Cee", "aliases": ["Tina Cee"],
                  "wikidata": None, "agency": None}]
    curated = [{"id": "tina-b-c", "type": "Astronaut", "name": "Tina Bee Cee", "aliases": [], "wikidata": "Q3",
                "agency": "nasa", "full_name": True}]
    (record,) = apply_curated(generated, curated)
    assert record["full_name"] is True and record["agency"] == "nasa" and record["aliases"] == ["Tina Cee"]


def test_gazetteer_curated_truncation_goes_to_closest_completion() -> None:
    records = [GazetteerRecord("ksc", "Place", "Kennedy Space Center"),
               GazetteerRecord("ksc-vc", "Place", "Kennedy Space Center Visitor Complex")]
    assert Gazetteer(records).truncated_names(["Space"])["Kennedy Space"] == "ksc"


def test_gazetteer_curated_people_are_unambiguous() -> None:
    """Every label of a hand-curated person leads to that person only."""
    gazetteer = Gazetteer.from_dir(DATA_DIR / "gazetteer")
    curated_ids = {line.split('"id": "')[1].split('"')[0]
                   for line in (DATA_DIR / "gazetteer" / "curated" / "people.jsonl").read_text().splitlines()
                   if line.strip()}
    owners: dict[str, set[str]] = defaultdict(set)
    for record in gazetteer.records.values():
        if record.type == "Astronaut":
            for label in record.labels:
                owners[normalize_name(label)].add(record.id)
    clashes = {label: ids for label, ids in owners.items() if len(ids) > 1 and ids & curated_ids}
    assert not clashes
    assert curated_ids <= set(gazetteer.records)


@pytest.mark.parametrize("curated_agency, override, expected", [
    (None, True, None),          # "agency_override": the curated null stands (no company he flew for)
    ("spacex", True, "spacex"),  # the curated agency replaces the generated employer
    (None, False, "blue-origin"),  # without the flag a curated null keeps the generated agency
])
def test_gazetteer_curated_agency_override(curated_agency: str | None, override: bool, expected: str | None) -> None:
    generated = [{"id": "jane-flyer", "type": "Astronaut", "name": "Jane Flyer", "aliases": [], "wikidata": "Q1",
                  "agency": "blue-origin"}]
    curated = [{"id": "jane-flyer", "type": "Astronaut", "name": "Jane Flyer", "aliases": [], "wikidata": "Q1",
                "agency": curated_agency, **({"agency_override": True} if override else {})}]
    (record,) = apply_curated(generated, curated)
    assert record["agency"] == expected


@pytest.mark.parametrize("person, agency", [("christopher-sembroski", None), ("sarah-gillis", "spacex")])
def test_gazetteer_curated_agencies_in_the_built_file(person: str, agency: str | None) -> None:
    gazetteer = Gazetteer.from_dir(DATA_DIR / "gazetteer")
    assert gazetteer.get(person).agency == agency
