"""The knowledge base of known things (astronauts, spacecraft, stations, missions, agencies, places).

Records are scispaCy-KB-like JSONL lines in ``data/gazetteer/*.jsonl``::

    {"id": "international-space-station", "type": "SpaceStation", "name": "International Space Station",
     "aliases": ["ISS", ...], "wikidata": "Q25271", "agency": null}

Optional fields: ``family`` (vehicles of one kind: a generic "Soyuz" mention joins the one specific Soyuz
an article names), ``generic`` (the record is the kind, not one vehicle), ``context`` (words one of which
must stand near a mention of an ambiguous name such as "Progress" or "Alpha"; ``QUOTED`` accepts a name in
quotes; ``DOC:word`` accepts the name when the word occurs anywhere in the article, so a bare "Endeavour"
is the Dragon capsule in an article about Dragon) and ``anaphora`` (definite descriptions such as "the orbiting laboratory" that refer to the record
only when the article names it, or nothing of its type, explicitly) and ``replaces`` (ids of duplicate
records the generated tables hold for the same person, folded into this one) and ``full_name`` (a person's name is this whole name even where news shortens it:
"Tracy Dyson" is Tracy Caldwell Dyson). A record repeating an id
already loaded (files are read in name order: ``people-curated.jsonl`` after ``astronauts.jsonl``) corrects
it: its name wins and the labels of both are kept.

This module loads the records, indexes names and aliases by a normalised form, links misspelt person
names with rapidfuzz, and builds the spaCy PhraseMatchers the entity stage runs.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from rapidfuzz import fuzz, process
from spacy.language import Language
from spacy.matcher import PhraseMatcher

log = logging.getLogger(__name__)

_QUOTES = "\"'“”‘’«»`´"
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "–": "-"})
_POSSESSIVE = re.compile(r"(?:'s|')$")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
#: Below this rapidfuzz ratio a misspelt name is not linked.
FUZZY_MIN_SCORE = 88.0


_UNDECOMPOSABLE = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                                  "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i"})


def strip_accents(text: str) -> str:
    """ASCII letters for accented ones ("Uznański" -> "Uznanski", "Sławosz" -> "Slawosz")."""
    text = text.translate(_UNDECOMPOSABLE)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def normalize_name(text: str) -> str:
    """The form two names are compared in, as the gold format compares them: case, accents, surrounding
    quotes, a leading "the" and a trailing possessive do not count; hyphens count as spaces."""
    text = strip_accents(text).translate(_APOSTROPHES).strip().strip(_QUOTES).strip()
    text = _POSSESSIVE.sub("", text).casefold()
    if text.startswith("the "):
        text = text[4:]
    text = text.replace("-", " ")
    return " ".join(text.split())


def slugify(text: str) -> str:
    """A key for an entity no gazetteer knows: lower-case ASCII words joined by hyphens."""
    return _NON_ALNUM.sub("-", strip_accents(text).casefold()).strip("-")


@dataclass(frozen=True)
class GazetteerRecord:
    """One known thing."""

    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    agency: str | None = None
    family: str | None = None
    generic: bool = False
    context: tuple[str, ...] = ()
    anaphora: tuple[str, ...] = ()
    replaces: tuple[str, ...] = ()
    full_name: bool = False
    kind: str | None = None  # places: country, state, region, city, facility
    module_of: str | None = None  # a station module ("iss", "tiangong", "mir"): a Spacecraft only in flight

    @classmethod
    def from_json(cls, data: dict) -> "GazetteerRecord":
        return cls(id=data["id"], type=data["type"], name=data["name"],
                   aliases=tuple(data.get("aliases") or ()), wikidata=data.get("wikidata"),
                   agency=data.get("agency"), family=data.get("family"),
                   generic=bool(data.get("generic", False)), context=tuple(data.get("context") or ()),
                   anaphora=tuple(data.get("anaphora") or ()), replaces=tuple(data.get("replaces") or ()),
                   full_name=bool(data.get("full_name", False)), kind=data.get("kind"),
                   module_of=data.get("module_of"))

    def merged_with(self, other: "GazetteerRecord") -> "GazetteerRecord":
        """This record with the labels of ``other`` (a curated correction of a generated record, or a
        duplicate of the same person under another spelling); this record's name and ids win."""
        aliases = tuple(label for label in dict.fromkeys((*self.aliases, *other.labels)) if label != self.name)
        return replace(self, aliases=aliases, wikidata=self.wikidata or other.wikidata,
                       agency=self.agency or other.agency, full_name=self.full_name or other.full_name)

    @property
    def labels(self) -> tuple[str, ...]:
        """Name and aliases (not the anaphoric descriptions)."""
        return (self.name, *self.aliases)


def load_records(path: Path) -> Iterator[dict]:
    """The JSON records of one JSONL file (blank lines skipped)."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.strip()
            if line:
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as error:
                    raise ValueError(f"{path}:{number}: {error}") from error


def with_nicknames(record: GazetteerRecord, nicknames: dict[str, list[str]]) -> GazetteerRecord:
    """The record with "Bob Behnken" added beside "Robert Behnken"."""
    extra = []
    for label in record.labels:
        words = label.split()
        if len(words) >= 2:
            for short in nicknames.get(words[0], ()):
                extra.append(" ".join([short, *words[1:]]))
    if not extra:
        return record
    aliases = tuple(dict.fromkeys((*record.aliases, *extra)))
    return replace(record, aliases=aliases)


def merge_curated(records: Iterable[GazetteerRecord]) -> list[GazetteerRecord]:
    """One record per id: a later record with a known id is a curated correction (its name wins, the
    labels of both are kept), and a record's ``replaces`` ids (the same person twice in the generated
    tables: "Sergei"/"Sergey Prokopyev") are folded into it, so no label means two records."""
    by_id: dict[str, GazetteerRecord] = {}
    for record in records:
        known = by_id.get(record.id)
        if known is not None and known.type != record.type:
            log.warning("gazetteer id %s used for %s and %s: keeping the first", record.id, known.type,
                        record.type)
            continue
        by_id[record.id] = record.merged_with(known) if known is not None else record
    for record_id in [r.id for r in by_id.values() if r.replaces]:
        record = by_id[record_id]
        for old_id in record.replaces:
            old = by_id.pop(old_id, None)
            if old is None:
                log.warning("gazetteer record %s replaces unknown id %s", record_id, old_id)
            else:
                record = record.merged_with(old)
        by_id[record_id] = record
    return list(by_id.values())


def _apostrophe_variants(text: str) -> set[str]:
    """The typographic and the typewriter apostrophe both occur in real text."""
    return {text, text.replace("'", "’"), text.replace("’", "'")}


class Gazetteer:
    """Records indexed by normalised label, with fuzzy person linking."""

    def __init__(self, records: Iterable[GazetteerRecord],
                 nicknames: dict[str, list[str]] | None = None) -> None:
        self.records: dict[str, GazetteerRecord] = {}
        #: formal first name -> short forms ("Robert" -> ["Bob"]), as read from the nicknames file
        self.nicknames: dict[str, list[str]] = dict(nicknames or {})
        self._by_label: dict[str, set[str]] = defaultdict(set)
        for record in merge_curated(records):
            if nicknames and record.type == "Astronaut":
                record = with_nicknames(record, nicknames)
            self.records[record.id] = record
            for label in record.labels:
                self._by_label[normalize_name(label)].add(record.id)
        person_labels: dict[str, str] = {}
        for label, ids in self._by_label.items():
            people = [i for i in ids if self.records[i].type == "Astronaut"]
            if len(people) == 1 and len(label.split()) >= 2:
                person_labels[label] = people[0]
        self._person_labels = person_labels
        self._person_choices = list(person_labels)
        surnames: dict[str, set[str]] = defaultdict(set)
        for record in self.records.values():
            if record.type == "Astronaut":
                for label in record.labels:
                    words = normalize_name(label).split()
                    if len(words) >= 2:
                        surnames[words[-1]].add(record.id)
        self._surnames = surnames

    @classmethod
    def from_dir(cls, directory: Path, nicknames_file: Path | None = None) -> "Gazetteer":
        """All ``*.jsonl`` files of a gazetteer folder; short first names ("Bob" for Robert) from
        ``nicknames_file`` (JSON: formal name -> short forms) become aliases."""
        records = [GazetteerRecord.from_json(d) for path in sorted(directory.glob("*.jsonl"))
                   for d in load_records(path)]
        nicknames = None
        if nicknames_file is not None and nicknames_file.exists():
            nicknames = {k: v for k, v in json.loads(nicknames_file.read_text(encoding="utf-8")).items()
                         if not k.startswith("_")}
        log.debug("gazetteer: %d records from %s", len(records), directory)
        return cls(records, nicknames)

    def __len__(self) -> int:
        return len(self.records)

    def get(self, record_id: str | None) -> GazetteerRecord | None:
        return self.records.get(record_id) if record_id else None

    def candidates(self, text: str, entity_type: str | None = None) -> list[GazetteerRecord]:
        """Records whose name or alias equals ``text`` (normalised)."""
        ids = self._by_label.get(normalize_name(text), set())
        found = [self.records[i] for i in sorted(ids)]
        return [r for r in found if entity_type is None or r.type == entity_type]

    def lookup(self, text: str, entity_type: str | None = None) -> GazetteerRecord | None:
        """The one record named ``text``, or None when none or several are."""
        found = self.candidates(text, entity_type)
        return found[0] if len(found) == 1 else None

    def unique_surname(self, surname: str) -> GazetteerRecord | None:
        """The one astronaut whose names end in this surname ("Kornienko"), or None when none or several
        do ("Kelly") or the word is short enough to be something else."""
        key = normalize_name(surname)
        if len(key) < 5 or " " in key:
            return None
        ids = self._surnames.get(key, set())
        return self.records[next(iter(ids))] if len(ids) == 1 else None

    def fuzzy_person(self, text: str, min_score: float = FUZZY_MIN_SCORE) -> GazetteerRecord | None:
        """The astronaut a misspelt full name means ("Oleg Skripocha" -> Oleg Skripochka).

        Guards against linking a different person: at least two words, the same number of words, the same
        initial letters of first and last name, and one of the two words spelt exactly alike.
        """
        query = normalize_name(text)
        words = query.split()
        if len(words) < 2 or len(query) < 7:
            return None
        exact = self._person_labels.get(query)
        if exact:
            return self.records[exact]
        results = process.extract(query, self._person_choices, scorer=fuzz.ratio, score_cutoff=min_score,
                                  limit=3)
        plausible = []
        for label, score, _ in results:
            cand = label.split()
            if len(cand) != len(words) or cand[0][0] != words[0][0] or cand[-1][0] != words[-1][0]:
                continue
            if cand[0] != words[0] and cand[-1] != words[-1]:
                continue
            plausible.append((score, self._person_labels[label]))
        ids = {i for _, i in plausible}
        if len(ids) != 1:
            return None
        return self.records[ids.pop()]

    def truncated_names(self, tail_words: Iterable[str],
                        types: tuple[str, ...] = ("SpaceStation", "Place", "SpaceAgency")) -> dict[str, str]:
        """Unambiguous capitalised prefixes of long names ("International Space" -> the ISS): page
        scrapes and hurried writing cut names short. A prefix must end in one of ``tail_words`` ("Space"),
        so that "United Arab Emirates" is not read as a cut-off "United Arab Emirates Space Agency"."""
        tails = set(tail_words)
        # prefix -> record id -> words of its shortest label with that prefix
        prefixes: dict[str, dict[str, int]] = defaultdict(dict)
        for record in self.records.values():
            if record.type not in types:
                continue
            for label in record.labels:
                words = label.split()
                for n in range(2, len(words)):
                    prefix = words[:n]
                    if all(w[:1].isupper() for w in prefix) and prefix[-1] in tails:
                        lengths = prefixes[" ".join(prefix)]
                        lengths[record.id] = min(lengths.get(record.id, len(words)), len(words))
        result = {}
        for prefix, lengths in prefixes.items():
            if normalize_name(prefix) in self._by_label:
                continue
            # "Kennedy Space" is cut from "Kennedy Space Center", not from "... Center Visitor Complex"
            shortest = min(lengths.values())
            closest = [record_id for record_id, n in lengths.items() if n == shortest]
            if len(closest) == 1:
                result[prefix] = closest[0]
        return result

    def phrase_matchers(self, nlp: Language) -> tuple[PhraseMatcher, PhraseMatcher]:
        """Two matchers whose match ids are record ids: case-sensitive for single words and people's names
        (where "Progress" and "progress" differ), case-insensitive for multi-word names of things
        ("space shuttle Discovery", "the orbiting laboratory")."""
        exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        exact_phrases: dict[str, set[str]] = defaultdict(set)
        lower_phrases: dict[str, set[str]] = defaultdict(set)
        for record in self.records.values():
            for label in (*record.labels, *record.anaphora):
                for variant in _apostrophe_variants(label):
                    if record.type == "Astronaut" or " " not in variant:
                        exact_phrases[record.id].add(variant)
                    else:
                        lower_phrases[record.id].add(variant)
        for record_id, phrases in exact_phrases.items():
            exact.add(record_id, list(nlp.tokenizer.pipe(sorted(phrases))))
        for record_id, phrases in lower_phrases.items():
            lower.add(record_id, list(nlp.tokenizer.pipe(sorted(phrases))))
        return exact, lower
