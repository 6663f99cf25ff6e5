"""Build the astronaut and expedition gazetteers from the third-party tables in ``../shared/data``.

Run ``python -m pipeline.gazetteer_build`` on a machine that has ``../shared`` beside the checkout. The
generated files (``data/gazetteer/astronauts.jsonl``, ``data/gazetteer/expeditions.jsonl``) are committed,
because users have no ``../shared``; the hand-curated files (agencies, spacecraft, stations, missions,
places) are edited by hand and only read here (to map employers to agency ids); ``curated/people.jsonl``
(recent crews and corrections, by hand) is merged into the generated people. Sources and licences are in
``data/gazetteer/SOURCE.md``.

Merging: Wikidata is the spine (it has QIDs); the TidyTuesday table (Stavnichuk & Corlett) and NASA's
astronaut fact book add people Wikidata lacks and spelling variants of those it has. People are matched
across tables by a normalised "first last" key, so "Gagarin, Yuri" meets "Yuri Gagarin" and
"Jeanette J. Epps" meets "Jeanette Epps".
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz, process

from pipeline.gazetteer import GazetteerRecord, load_records, merge_curated, normalize_name, slugify
from pipeline.paths import DATA_DIR, SHARED_DIR

log = logging.getLogger(__name__)

SHARED_DATA = SHARED_DIR / "data"
_MIDDLE_INITIAL = re.compile(r"\s+[A-Z]\.(?=\s)")
_QUOTED_NICKNAME = re.compile(r"\s+[\"“'‘][^\"”'’]+[\"”'’](?=\s)")
_GENERATIONAL_SUFFIX = re.compile(r",?\s+(Jr\.?|Sr\.?|II|III)$")
_EXPEDITION_LABEL = re.compile(
    r'^<http://www\.wikidata\.org/entity/(Q\d+)>\s+rdfs:label\s+"(Expedition \d+)"')


@dataclass
class Person:
    """One astronaut while the tables are merged."""

    name: str
    wikidata: str | None = None
    agency: str | None = None
    aliases: set[str] = field(default_factory=set)
    birth_year: int | None = None

    def record(self, record_id: str) -> dict:
        aliases = sorted(a for a in self.aliases if a != self.name)
        return {"id": record_id, "type": "Astronaut", "name": self.name, "aliases": aliases,
                "wikidata": self.wikidata, "agency": self.agency}


def name_variants(name: str) -> set[str]:
    """Spellings a text is likely to use for a full name: with and without middle initials, nicknames
    and generational suffixes."""
    name = " ".join(name.split())
    variants = {name}
    stripped = _GENERATIONAL_SUFFIX.sub("", name)
    stripped = _QUOTED_NICKNAME.sub("", stripped)
    variants.add(stripped)
    without_initials = _MIDDLE_INITIAL.sub("", stripped)
    variants.add(without_initials)
    words = without_initials.split()
    if len(words) >= 3:  # "Tracy Caldwell Dyson" is also "Tracy Dyson"
        variants.add(f"{words[0]} {words[-1]}")
    return {v for v in variants if len(v.split()) >= 2}


def person_key(name: str) -> str:
    """Cross-table identity: normalised first and last word of the name without initials."""
    words = normalize_name(_MIDDLE_INITIAL.sub("", _GENERATIONAL_SUFFIX.sub("", name))).split()
    return f"{words[0]} {words[-1]}" if len(words) >= 2 else " ".join(words)


def agency_index(gazetteer_dir: Path) -> dict[str, tuple[str, bool]]:
    """Normalised agency names and aliases -> (agency id, whether it has an astronaut corps), from the
    curated agencies file."""
    index: dict[str, tuple[str, bool]] = {}
    for record in load_records(gazetteer_dir / "agencies.jsonl"):
        for label in [record["name"], *record.get("aliases", [])]:
            index[normalize_name(label)] = (record["id"], bool(record.get("astronaut_corps")))
    return index


def employing_agency(employers: list[str], agencies: dict[str, tuple[str, bool]]) -> str | None:
    """The agency among the employers, an astronaut corps (ESA) before others (CNES, Air France)."""
    known = [agencies[normalize_name(e)] for e in employers if normalize_name(e) in agencies]
    known.sort(key=lambda found: not found[1])
    return known[0][0] if known else None


#: Below this rapidfuzz ratio two first names with the same surname are different people.
TRANSLITERATION_MIN_SCORE = 70


def find_person(name: str, people: dict[str, Person], birth_year: int | None = None) -> Person | None:
    """The merged person a name from another table means: same key, a near-identical spelling with the
    same first name ("Cristofretti" is Cristoforetti), or the same surname with a first name transliterated
    otherwise ("Sergei"/"Sergey", "Yuri"/"Yury") and, where both tables give one, the same birth year."""
    key = person_key(name)
    if key in people:
        return people[key]
    match = process.extractOne(key, list(people), scorer=fuzz.ratio, score_cutoff=90)
    if match and match[0].split()[0] == key.split()[0]:
        return people[match[0]]
    first, _, last = key.partition(" ")
    same_surname = [p for k, p in people.items() if k.partition(" ")[2] == last and k[:1] == first[:1]
                    and fuzz.ratio(k.partition(" ")[0], first) >= TRANSLITERATION_MIN_SCORE]
    if birth_year is not None:
        same_surname = [p for p in same_surname if p.birth_year in (None, birth_year)]
    return same_surname[0] if len(same_surname) == 1 else None


def read_wikidata(path: Path, agencies: dict[str, str]) -> dict[str, Person]:
    """People from the Wikidata export; the first employer that is a known agency becomes the agency."""
    people: dict[str, Person] = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            label = row["label"].strip()
            if not label or label.startswith("Q") or len(label.split()) < 2:
                continue
            employers = [e.strip() for e in row.get("employer", "").split(";") if e.strip()]
            agency = employing_agency(employers, agencies)
            year = int(row["birth_year"]) if row.get("birth_year", "").isdigit() else None
            person = Person(name=label, wikidata=row["qid"], agency=agency, birth_year=year,
                            aliases=name_variants(label))
            key = person_key(label)
            known = people.get(key)
            # Two people share a name (e.g. two Oleg Kononenkos): keep the younger, who is the one
            # current news talks about.
            if known is None or (year or 0) > (known.birth_year or 0):
                people[key] = person
    return people


def read_tidytuesday(path: Path, people: dict[str, Person]) -> None:
    """Add people and spellings from the TidyTuesday table ("Last, First" names)."""
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            raw = row["name"].strip()
            if "," not in raw:
                continue
            last, first = (part.strip() for part in raw.split(",", 1))
            name = f"{first} {last}"
            year = int(row["year_of_birth"]) if row.get("year_of_birth", "").isdigit() else None
            person = find_person(name, people, year)
            if person is None:
                people[person_key(name)] = Person(name=name, birth_year=year, aliases=name_variants(name))
            else:
                person.aliases |= name_variants(name)


def read_nasa_factbook(path: Path, people: dict[str, Person]) -> None:
    """Add NASA astronauts (all employed by NASA) from the NASA astronaut fact book."""
    with path.open(encoding="utf-8-sig") as handle:
        for row in csv.DictReader(handle):
            name = " ".join(row["Name"].split())
            if len(name.split()) < 2:
                continue
            person = find_person(name, people)
            if person is None:
                person = people[person_key(name)] = Person(name=name, aliases=name_variants(name))
            else:
                person.aliases |= name_variants(name)
            person.agency = person.agency or "nasa"


def read_expeditions(path: Path) -> list[dict]:
    """"Expedition N" items and their QIDs, from the labels in the Wikidata Turtle export."""
    found: dict[str, str] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            match = _EXPEDITION_LABEL.match(line)
            if match:
                found.setdefault(match.group(2), match.group(1))
    return [{"id": slugify(label), "type": "Mission", "name": label, "aliases": [], "wikidata": qid,
             "agency": None} for label, qid in sorted(found.items(), key=lambda kv: int(kv[0].split()[1]))]


def build(shared_data: Path, gazetteer_dir: Path) -> dict[str, int]:
    """Write the generated gazetteer files; returns how many records each holds."""
    agencies = agency_index(gazetteer_dir)
    people = read_wikidata(shared_data / "wikidata-astronauts" / "astronauts_wikidata.csv", agencies)
    read_tidytuesday(shared_data / "tidytuesday-astronauts" / "astronauts.csv", people)
    read_nasa_factbook(shared_data / "nasa-eva-and-astronauts" / "astronauts_nasa.csv", people)

    records: list[dict] = []
    used_ids: set[str] = set()
    for person in sorted(people.values(), key=lambda p: normalize_name(p.name)):
        record_id = slugify(_MIDDLE_INITIAL.sub("", person.name))  # robert-behnken, not robert-l-behnken
        if record_id in used_ids:
            record_id = f"{record_id}-{(person.wikidata or str(person.birth_year or '')).lower()}"
        used_ids.add(record_id)
        records.append(person.record(record_id))
    curated = gazetteer_dir / "curated" / "people.jsonl"
    if curated.exists():
        records = apply_curated(records, list(load_records(curated)))
    records = without_non_flyers(records, gazetteer_dir / "curated" / "not-astronauts.txt")
    expeditions = read_expeditions(shared_data / "wikidata-astronauts" / "astronauts.ttl")

    write_jsonl(gazetteer_dir / "astronauts.jsonl", records)
    write_jsonl(gazetteer_dir / "expeditions.jsonl", expeditions)
    return {"astronauts.jsonl": len(records), "expeditions.jsonl": len(expeditions)}


def apply_curated(records: list[dict], curated: list[dict]) -> list[dict]:
    """The generated people corrected by hand-curated records (``data/gazetteer/curated/people.jsonl``):
    people the tables lack (recent crews), better names ("Reid Wiseman"), agencies, and duplicates folded
    together (``replaces``); see :func:`pipeline.gazetteer.merge_curated`."""
    merged = merge_curated(GazetteerRecord.from_json(r) for r in [*records, *curated])
    merged.sort(key=lambda r: normalize_name(r.name))
    # a curated "agency_override" states the agency outright, null included: Wikidata's first employer
    # can be a later one (a Polaris Dawn flyer filed under a company she never flew for)
    overrides = {r["id"]: r["agency"] for r in curated if r.get("agency_override")}
    return [{"id": r.id, "type": r.type, "name": r.name, "aliases": sorted(set(r.aliases) - {r.name}),
             "wikidata": r.wikidata, "agency": overrides.get(r.id, r.agency),
             **({"full_name": True} if r.full_name else {})}
            for r in merged]


def without_non_flyers(records: list[dict], path: Path) -> list[dict]:
    """The people without those the tables file as astronauts who never trained or flew as one (a
    programme director such as Robert Gilruth): ``path`` lists their record ids, one a line, ``#``
    comments."""
    if not path.exists():
        return records
    excluded = {line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines()}
    excluded.discard("")
    unknown = excluded - {r["id"] for r in records}
    if unknown:
        log.warning("not-astronauts list names unknown ids: %s", sorted(unknown))
    return [r for r in records if r["id"] not in excluded]


def write_jsonl(path: Path, records: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared-data", type=Path, default=SHARED_DATA)
    parser.add_argument("--out", type=Path, default=DATA_DIR / "gazetteer")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for name, count in build(args.shared_data, args.out).items():
        log.info("wrote %s: %d records", args.out / name, count)


if __name__ == "__main__":
    main()
