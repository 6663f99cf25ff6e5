"""The gazetteer build: name variants, cross-table identity, merging tables into records."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.gazetteer_build import build, name_variants, person_key
from pipeline.paths import DATA_DIR


@pytest.mark.parametrize("name, expected", [
    ("Jeanette J. Epps", {"Jeanette J. Epps", "Jeanette Epps"}),
    ("Tracy Caldwell Dyson", {"Tracy Caldwell Dyson", "Tracy Dyson"}),
    ("Edward T. Lu", {"Edward T. Lu", "Edward Lu"}),
])
def test_gazetteer_build_name_variants(name: str, expected: set[str]) -> None:
    assert name_variants(name) == expected


@pytest.mark.parametrize("a, b", [("Jeanette J. Epps", "Jeanette Epps"), ("Yuri Gagarin", "yuri  gagarin")])
def test_gazetteer_build_person_key_matches_spellings(a: str, b: str) -> None:
    assert person_key(a) == person_key(b)


@pytest.mark.parametrize("wikidata_row, tidy_name, nasa_name", [
    ("Q1,Anna Example,1980,female,Testland,European Space Agency,astronaut,", "Exampel, Anna", "Bert Q. Sample"),
])
def test_gazetteer_build_merges_tables(tmp_path: Path, wikidata_row: str, tidy_name: str, nasa_name: str) -> None:
    shared = tmp_path / "shared"
    (shared / "wikidata-astronauts").mkdir(parents=True)
    (shared / "tidytuesday-astronauts").mkdir()
    (shared / "nasa-eva-and-astronauts").mkdir()
    (shared / "wikidata-astronauts" / "astronauts_wikidata.csv").write_text(
        "qid,label,birth_year,sex,citizenship,employer,occupation,member_of\n" + wikidata_row + "\n")
    (shared / "wikidata-astronauts" / "astronauts.ttl").write_text(
        '<http://www.wikidata.org/entity/Q77> rdfs:label "Expedition 9" .\n')
    (shared / "tidytuesday-astronauts" / "astronauts.csv").write_text(
        f'id,name,year_of_birth\n1,"{tidy_name}",1980\n')
    (shared / "nasa-eva-and-astronauts" / "astronauts_nasa.csv").write_text(f"Name,Year\n{nasa_name},2000\n")
    out = tmp_path / "gazetteer"
    out.mkdir()
    shutil.copy(DATA_DIR / "gazetteer" / "agencies.jsonl", out / "agencies.jsonl")

    counts = build(shared, out)

    people = [json.loads(line) for line in (out / "astronauts.jsonl").read_text().splitlines()]
    anna = next(p for p in people if p["name"] == "Anna Example")
    assert anna["wikidata"] == "Q1" and anna["agency"] == "european-space-agency"
    assert "Anna Exampel" in anna["aliases"]  # the misspelt table row became an alias, not a person
    bert = next(p for p in people if p["name"] == nasa_name)
    assert bert["agency"] == "nasa" and "Bert Sample" in bert["aliases"]
    assert counts == {"astronauts.jsonl": 2, "expeditions.jsonl": 1}
