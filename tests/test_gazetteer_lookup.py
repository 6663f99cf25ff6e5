"""The gazetteer: normalised lookup, fuzzy person linking with guards, nickname aliases, cut-off names."""

from __future__ import annotations

import pytest

from pipeline.gazetteer import Gazetteer, GazetteerRecord, normalize_name, slugify
from pipeline.paths import DATA_DIR


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_dir(DATA_DIR / "gazetteer", DATA_DIR / "lexicon" / "entity-nicknames.json")


@pytest.mark.parametrize("text, expected", [
    ("“Alpha”", "alpha"),
    ("The Kazakh Steppe", "kazakh steppe"),
    ("Thomas Pesquet’s", "thomas pesquet"),
    ("Crew-3", "crew 3"),
    ("Hervé", "herve"),
])
def test_gazetteer_normalize_name(text: str, expected: str) -> None:
    assert normalize_name(text) == expected


@pytest.mark.parametrize("text, expected", [("Soyuz MS-13", "soyuz-ms-13"), ("Loral O’Hara", "loral-o-hara")])
def test_gazetteer_slugify(text: str, expected: str) -> None:
    assert slugify(text) == expected


@pytest.mark.parametrize("text, entity_type, expected_id", [
    ("ISS", "SpaceStation", "international-space-station"),
    ("ESA", "SpaceAgency", "european-space-agency"),
    ("Thomas Pesquet", "Astronaut", "thomas-pesquet"),
    ("Bob Behnken", "Astronaut", "robert-behnken"),
    ("Expedition 63", "Mission", "expedition-63"),
])
def test_gazetteer_lookup_known_names(gazetteer: Gazetteer, text: str, entity_type: str, expected_id: str) -> None:
    record = gazetteer.lookup(text, entity_type)
    assert record is not None and record.id == expected_id


@pytest.mark.parametrize("misspelt, expected_name", [
    ("Oleg Skripocha", "Oleg Skripochka"),
    ("Nikolai Chub", "Nikolay Chub"),
    ("Samantha Cristofretti", "Samantha Cristoforetti"),
])
def test_gazetteer_fuzzy_person_links_misspellings(gazetteer: Gazetteer, misspelt: str, expected_name: str) -> None:
    record = gazetteer.fuzzy_person(misspelt)
    assert record is not None and record.name == expected_name


@pytest.mark.parametrize("unrelated", ["Mark Jones", "Oleg Smith", "Jessica Meyers", "Parmitano", "Luca Bianchi"])
def test_gazetteer_fuzzy_person_refuses_other_people(gazetteer: Gazetteer, unrelated: str) -> None:
    assert gazetteer.fuzzy_person(unrelated) is None


@pytest.mark.parametrize("prefix, expected_id", [("International Space", "international-space-station"),
                                                 ("Kennedy Space", "kennedy-space-center")])
def test_gazetteer_truncated_names(gazetteer: Gazetteer, prefix: str, expected_id: str) -> None:
    truncated = gazetteer.truncated_names(["Space"])
    assert truncated[prefix] == expected_id
    assert "United Arab Emirates" not in truncated


@pytest.mark.parametrize("records, text", [
    ([GazetteerRecord("a", "Astronaut", "Anna Smith"), GazetteerRecord("b", "Astronaut", "Anna Smith")], "Anna Smith"),
])
def test_gazetteer_lookup_ambiguous_returns_none(records: list[GazetteerRecord], text: str) -> None:
    assert Gazetteer(records).lookup(text) is None
