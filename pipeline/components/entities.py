"""Stage 4: domain entities (astronauts, spacecraft, stations, missions, agencies, places).

Three sources of mentions, on top of the base model:

1. the gazetteer (``data/gazetteer/*.jsonl``, two PhraseMatchers): known names and aliases;
2. naming-scheme patterns (``data/patterns/entities*.jsonl``, regexes with a name template): "Soyuz MS-13",
   "Crew-8", "Expedition 71", "CRS-23", so that vehicles and missions no list holds are still found;
3. context for people no list knows: a title ("ESA astronaut", "Russian cosmonaut", "flight engineer"), an
   apposition ("X, a NASA astronaut") or a verb only crew do ("spacewalked"), around the base model's PERSON
   spans or a run of proper nouns after a title.

Overlaps are resolved (longest, most specific first), page furniture is ignored, and mentions are then
canonicalised into one :class:`~pipeline.model.Entity` per real thing: short names ("Luca", "Parmitano")
join the full name named in the same article, misspellings are linked with rapidfuzz, descriptions ("the
orbiting laboratory") join the station the article names, a bare "Soyuz" joins the one Soyuz MS-NN the
article names.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy
from spacy.attrs import IS_ALPHA, IS_UPPER, LENGTH, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.extensions import in_furniture, register_extensions
from pipeline.gazetteer import Gazetteer, GazetteerRecord, load_records, normalize_name, slugify
from pipeline.model import Entity, Span as TextSpan
from pipeline.paths import DATA_DIR

log = logging.getLogger(__name__)

_QUOTE_CHARS = "\"“”‘’'«»"
_INITIAL = re.compile(r"^[A-Z]\.$")
_QUOTED_NICKNAME = re.compile(r"\s*[\"“‘'][^\"”’']{1,20}[\"”’']\s*")
_UNCLOSED_NICKNAME = re.compile(r"\s[\"“‘][^\W\d_]+(?=\s+[A-Z])")
_TRANSLITERATION_LETTERS = re.compile(r"[yije'’]")
_GENERATIONAL_SUFFIX = re.compile(r",?\s+(?:Jr|Sr)\.?$|,?\s+(?:II|III)$")
#: A wire dateline at a line start: a town in capitals, maybe a region or a date, maybe an agency, a dash.
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<city>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})"
    r"(?P<region>, [A-Z][\w.]+(?: [A-Z][\w.]+){0,2})?(?P<date>,? [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"(?P<agency> ?\((?:[A-Z][\w.]*\s?){1,3}\))? ?[-–—]")
_BRACKETED_TAIL = re.compile(r"\s*[(\[][^)\]]*[)\]]?\s*$")
#: A full stop that belongs to an abbreviation ("Washington, D.C.", "Jr.").
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:Jr|Sr|St|Co|Inc|Ltd|Corp)\.$")


#: The possessive clitic as the tokenizer splits it off, with either apostrophe ("Boeing's", "Boeing’s").
_POSSESSIVE_TOKENS = frozenset({"'s", "’s"})
#: Base-model labels of a word that names a place, never a person's short name.
_PLACE_NER_TYPES = frozenset({"GPE", "LOC", "FAC"})
_HAS_WORD = re.compile(r"[^\W\d_]{2,}")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")  # the words a headline test counts
_TOKEN_COUNTS = "spacekg_token_counts"
_HEADLINE_LINES = "spacekg_headline_lines"


@dataclass(frozen=True)
class _TokenCounts:
    """How often each token text occurs in the document, and every text with its part before a hyphen
    ("STS-27" also as "STS"): what context words look for across the whole article."""

    texts: Counter
    words_and_prefixes: frozenset[str]


def _token_counts(doc: Doc) -> _TokenCounts:
    """The document's :class:`_TokenCounts`, counted once per document."""
    counts = doc.user_data.get(_TOKEN_COUNTS)
    if counts is None:
        # counted over the token hashes in one array: a Token object per word would cost more than the
        # lookups this saves
        orths, numbers = numpy.unique(doc.to_array(ORTH), return_counts=True) if len(doc) else ((), ())
        strings = doc.vocab.strings
        texts = Counter({strings[int(orth)]: int(number) for orth, number in zip(orths, numbers)})
        counts = doc.user_data[_TOKEN_COUNTS] = _TokenCounts(
            texts, frozenset(texts) | {text.split("-")[0] for text in texts})
    return counts


def _without_bracket(text: str) -> str:
    """A name without the acronym or gloss the article put after it in brackets ("International Space
    Station (ISS)", also cut off as "... (ISS")."""
    return _BRACKETED_TAIL.sub("", text).strip()


_TRAILING_JUNK = _POSSESSIVE_TOKENS | {"'", "’", ",", ".", ":", ";", "-", "–", "(", ")", '"', "“", "”", "‘"}

#: Tokens after a generic vehicle mention within which a specific one may still name it.
_FOLLOWING_WINDOW = 60
# How sure each way of recognising is; also the tie-break between overlapping candidates.
_SOURCE_CONFIDENCE = {"gazetteer": 0.95, "pattern": 0.9, "context": 0.8, "model": 0.6}


def person_label(name: str) -> str:
    """A person's label as the article writes the full name, without a quoted nickname:
    "Barry “Butch” Wilmore" -> "Barry Wilmore"; initials stay ("Tracy C. Dyson")."""
    name = _QUOTED_NICKNAME.sub(" ", name)
    if sum(name.count(q) for q in _QUOTE_CHARS) == 1:  # a nickname whose closing quote went missing
        name = _UNCLOSED_NICKNAME.sub(" ", name)
    return " ".join(name.split())


def spelling(text: str, record: GazetteerRecord) -> str:
    """The label for a mention of a known place: a one-word place spelt one of its one-word ways
    ("Zhezkazgan" or "Dzhezkazgan") keeps the article's spelling; otherwise the record's name."""
    if record.type == "Place" and " " not in record.name and " " not in text.strip() and text.isalpha():
        return text.title() if text.isupper() else text
    return record.name


def _plural_of(text: str, name: str) -> bool:
    """"Expeditions 68" written for "Expedition 68": a plural in a list, not the name."""
    words, name_words = normalize_name(text).split(), normalize_name(name).split()
    return len(words) == len(name_words) and words != name_words and all(
        w == n or w == n + "s" for w, n in zip(words, name_words))


def normalize_spaces(text: str) -> str:
    return " ".join(text.split())


def transliteration_skeleton(word: str) -> str:
    """A surname without the letters Russian transliterations disagree on ("Fedyaev"/"Fedyayev",
    "Novitsky"/"Novitskiy", "Kornienko"/"Korniyenko" meet; "Skripocha" still differs from "Skripochka")."""
    return _TRANSLITERATION_LETTERS.sub("", word.casefold())


def plain_name(name: str) -> str:
    """The name without nickname, middle initials or "Jr.": what lookups and keys compare."""
    name = _GENERATIONAL_SUFFIX.sub("", person_label(name))
    words = [w for w in name.split() if not _INITIAL.match(w)]
    return " ".join(words) if len(words) >= 2 else name


@dataclass
class Candidate:
    """A possible entity mention before overlaps are resolved."""

    start: int  # token indices
    end: int
    type: str
    key: str
    name: str
    source: str
    record: GazetteerRecord | None = None
    family: str | None = None
    generic: bool = False
    anaphoric: bool = False
    agency: str | None = None
    written: bool = True  # the span is the article's own proper name for it (not cut off, not misspelt)
    flight_designation: bool = False  # a flight's number ("CRS-26", "NG-18"): before "mission" it is the flight

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass
class _Group:
    """Mentions of one entity while canonicalising."""

    key: str
    type: str
    name: str
    source: str
    record: GazetteerRecord | None = None
    family: str | None = None
    generic: bool = False
    agency: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)  # token offsets
    names: list[str] = field(default_factory=list)
    written: list[tuple[int, int]] = field(default_factory=list)  # spans that name it as the article does
    flight_designation: bool = False

    def absorb(self, other: "_Group") -> None:
        """Take over the mentions of ``other``, the same thing under another group."""
        self.spans.extend(other.spans)
        self.names.extend(other.names)
        self.written.extend(other.written)


@dataclass(frozen=True)
class NamePattern:
    """A naming scheme: a regex whose groups fill the name and key templates."""

    label: str
    regex: re.Pattern[str]
    name: str
    key: str
    family: str | None = None
    #: for a designation written without its vehicle ("MS-23"): the vehicles it may belong to, in order of
    #: preference ("Soyuz", "Progress"); the chosen one fills ``{prefix}`` in the templates
    prefixes: tuple[str, ...] = ()
    #: the designation numbers the flight as much as the craft ("CRS-26", "NG-18"): written before
    #: "mission" it names the Mission, beside a vehicle word or name the vehicle
    flight_designation: bool = False

    @classmethod
    def from_json(cls, data: dict) -> "NamePattern":
        return cls(label=data["label"], regex=re.compile(data["regex"]), name=data["name"],
                   key=data["key"], family=data.get("family"), prefixes=tuple(data.get("prefixes") or ()),
                   flight_designation=bool(data.get("flight_designation", False)))

    def vehicle_prefix(self, doc: Doc, designation: str) -> str | None:
        """The vehicle a bare designation belongs to: the one the article also writes it with ("Soyuz
        MS-23" beside "return on MS-23"), else the one the article names most often; None where the
        article names none of them (then "MS-13" is no spacecraft of ours)."""
        text = doc.user_data["spacekg_text"]
        for prefix in self.prefixes:
            if re.search(rf"\b{re.escape(prefix)}[ -]?{re.escape(designation)}\b", text):
                return prefix
        counts = _token_counts(doc).texts
        best = max(self.prefixes, key=lambda p: counts[p], default=None)  # first of equals wins
        return best if best is not None and counts[best] > 0 else None


class EntityRecognizer:
    """Finds and canonicalises the six entity types; writes ``doc.ents`` and ``doc._.entities``."""

    def __init__(self, nlp: Language, data_dir: str | Path | None = None) -> None:
        register_extensions()
        data = Path(data_dir) if data_dir else DATA_DIR
        context = json.loads((data / "lexicon" / "entity-context.json").read_text(encoding="utf-8"))
        self.gazetteer = Gazetteer.from_dir(data / "gazetteer", data / "lexicon" / "entity-nicknames.json")
        self.exact_matcher, self.lower_matcher = self.gazetteer.phrase_matchers(nlp)
        self.truncated = self.gazetteer.truncated_names(context["truncation_tail_words"])
        self.truncated_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for prefix, record_id in self.truncated.items():
            self.truncated_matcher.add(record_id, [nlp.make_doc(prefix)])
        self.patterns = [NamePattern.from_json(d) for path in sorted((data / "patterns").glob("entities*.jsonl"))
                         for d in load_records(path)]
        titles = json.loads((data / "lexicon" / "titles.json").read_text(encoding="utf-8"))
        self.title_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.title_matcher.add("TITLE", list(nlp.tokenizer.pipe(titles["person_titles"])))
        self.non_crew_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.non_crew_matcher.add("NON_CREW", list(nlp.tokenizer.pipe(titles["non_crew_titles"])))
        self.plural_titles = {t.lower() for t in titles["plural_titles"]}
        self.apposition_titles = {t.lower() for t in titles["apposition_titles"]}
        self.person_verbs = set(titles["person_verbs_strict"])
        self.title_modifiers = set(titles.get("title_modifiers", []))
        self.rocket_words = {w.lower() for w in context["rocket_words"]}
        self.not_person_words = set(context["not_person_words"])
        self.place_event_lemmas = set(context["place_event_lemmas"])
        self.event_nouns = set(context["event_nouns"])
        self.place_head_nouns = set(context["place_head_nouns"])
        self.crew_cue_lemmas = set(context["crew_cue_lemmas"])
        self.position_words = set(context["caption_position_words"])
        self.role_words = set(context["role_words"])
        self.place_prepositions = set(context["place_prepositions"])
        self.place_ner_labels = set(context["place_ner_labels"])
        self.anaphora = {normalize_name(a): r.id for r in self.gazetteer.records.values() for a in r.anaphora}
        self.not_places = {normalize_name(p) for p in context["not_places"]}
        self.name_connectors = set(context.get("name_connectors", []))
        self.organisation_heads = set(context.get("organisation_heads", []))
        self.flight_verbs = set(context.get("flight_verb_lemmas", []))
        self.travel_verbs = set(context.get("travel_verb_lemmas", []))
        self.space_destinations = set(context.get("space_destinations", []))
        self.crew_nouns = set(context.get("crew_nouns", []))
        self.carry_verbs = set(context.get("carry_verb_lemmas", []))
        self.crew_list_verbs = set(context.get("crew_list_verb_lemmas", []))
        self.crew_made_of_verbs = set(context.get("crew_made_of_verb_lemmas", []))
        self.flight_role_nouns = set(context.get("flight_role_nouns", []))
        self.vehicle_descriptors = set(context.get("vehicle_descriptors", []))
        self.other_name_lemmas = set(context.get("other_name_lemmas", []))
        self.other_name_link_words = set(context.get("other_name_link_words", []))
        self.place_name_words = set(context.get("place_name_words", []))
        self.region_words = set(context.get("region_words", []))
        self.coast_words = set(context.get("coast_words", []))
        self.compass_words = set(context.get("compass_words", []))
        self.relation_prepositions = set(context.get("relation_prepositions", []))
        self.state_nouns = set(context.get("state_nouns", []))
        self.module_vehicle_verbs = set(context.get("module_vehicle_verbs", []))
        self.module_nouns = set(context.get("module_nouns", []))
        self.numbering_schemes = [(re.compile(scheme["from"]), scheme["min"], scheme["offset"], scheme["to"])
                                  for scheme in context.get("numbering_schemes", [])]
        # the head nouns of crew titles ("astronaut from Belarus"): a country after them is a nationality
        self.title_nouns = {t.split()[-1].lower() for t in titles["person_titles"]}
        # the exact spellings of every label, to keep case-insensitive matches honest ("space station" is
        # not the capitalised alias "Space Station")
        self.cased_labels: dict[str, set[str]] = {
            r.id: {normalize_spaces(v) for label in (*r.labels, *r.anaphora) for v in (label, label.replace("'", "’"))}
            for r in self.gazetteer.records.values()}
        # "Alexander" -> {"alex", "sasha"}: the short forms an article may call a named astronaut
        self.short_forms: dict[str, set[str]] = {
            normalize_name(k): {normalize_name(v) for v in vs} for k, vs in self.gazetteer.nicknames.items()}

    # ------------------------------------------------------------------ recognition
    def __call__(self, doc: Doc) -> Doc:
        # doc.text is rebuilt from the tokens on every access: one copy for this call; the token counts
        # and headline verdicts are filled on first use, once per document rather than per candidate
        doc.user_data["spacekg_text"] = doc.text
        try:
            self._recognise(doc)
        finally:
            for key in ("spacekg_text", _TOKEN_COUNTS, _HEADLINE_LINES):
                doc.user_data.pop(key, None)
        return doc

    def _recognise(self, doc: Doc) -> None:
        candidates = self._one_record_per_name(doc, self._gazetteer_candidates(doc))
        candidates += self._pattern_candidates(doc)
        title_spans = sorted(set(self._title_spans(doc)) | self._flight_role_spans(doc, candidates))
        candidates += self._person_candidates(doc, title_spans)
        candidates += self._place_candidates(doc)
        candidates = self._split_agency_prefixes(doc, candidates)
        chosen = self._resolve_overlaps(doc, candidates)
        chosen = self._drop_people_in_other_roles(doc, chosen, title_spans)
        chosen += self._coordinated_people(doc, chosen)
        flyers = self._people_who_flew(doc, chosen)
        if flyers:  # "the crew consists of A, B and C": B, listed with A, whom a flight word found
            chosen += flyers
            chosen += self._coordinated_people(doc, chosen)
        chosen = self._drop_people_in_other_roles(doc, chosen, title_spans)
        groups = self._canonicalise(doc, chosen, title_spans)
        self._write(doc, groups)

    def _accept_context(self, doc: Doc, start: int, end: int, record: GazetteerRecord) -> bool:
        """Ambiguous names ("Progress", "Alpha") need a context word nearby or quotes around them."""
        if not record.context:
            return True
        words = {w.lower() for w in record.context if not w.startswith("DOC:")} | {"QUOTED"} & set(record.context)
        doc_words = {w[4:] for w in record.context if w.startswith("DOC:")}
        if end - start == 1 and self._inside_other_name(doc, start):
            return False
        first = doc[start]
        if end - start == 1 and first.is_sent_start and first.dep_ in {"compound", "amod"} \
                and first.head.i > first.i and first.head.is_lower:
            return False  # a common word opening a sentence: "Endurance training is ..."
        # the word may stand in the name itself ("Dragon Endeavour"); "STS-27" counts for "STS"
        if doc_words and any(word in doc_words for word in _token_counts(doc).words_and_prefixes):
            return True
        if "QUOTED" in words and start > 0 and end < len(doc):
            if doc[start - 1].text in _QUOTE_CHARS and doc[end].text in _QUOTE_CHARS:
                return True
        window = doc[max(0, start - 3):min(len(doc), end + 3)]
        return any(t.lower_ in words or t.lemma_.lower() in words for t in window if not (start <= t.i < end))

    @staticmethod
    def _inside_other_name(doc: Doc, index: int) -> bool:
        """An ambiguous one-word name inside a longer proper name: "Discovery Program", "Challenger Center",
        "British Columbia", "District of Columbia"."""
        def proper(i: int) -> bool:
            return 0 <= i < len(doc) and doc[i].is_title and doc[i].is_alpha and not doc[i].is_sent_start

        if index + 1 < len(doc) and proper(index + 1):
            return True
        if not doc[index].is_sent_start and proper(index - 1):
            return True
        return index >= 2 and doc[index - 1].lower_ == "of" and proper(index - 2)

    def _place_inside_other_name(self, doc: Doc, start: int, end: int) -> bool:
        """A place's name as part of another proper name: "Houston Chronicle", "Virginia Tech", "Texas A&M",
        "University of Houston" name an organisation, not the place."""
        if end < len(doc):
            nxt = doc[end]
            if nxt.lower_ == "time":
                return True  # "Moscow time", "Beijing time": a clock, not a place named
            if nxt.text in self.organisation_heads and "\n" not in doc[end - 1].whitespace_:
                return True  # "West Virginia University", "Florida Atlantic University"
            if nxt.text[:1].isupper() and not nxt.is_sent_start and nxt.pos_ == "PROPN" \
                    and nxt.text not in self.not_person_words and nxt.text not in self.region_words \
                    and "\n" not in doc[end - 1].whitespace_ and not doc[end - 1].is_punct:
                return True
        if end - start == 1 and doc[start].ent_type_ == "PERSON" and (
                (start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start].ent_iob_ == "I")
                or (end < len(doc) and doc[end].ent_iob_ == "I")):
            return True  # a person's name: "Noah Webster", "Austin Smith"
        k = start - 1
        while k > 0 and doc[k].is_title and doc[k].pos_ == "PROPN" and start - k < 3:
            k -= 1  # "University of Central Florida"
        return k >= 1 and doc[k].lower_ == "of" and doc[k - 1].text in self.organisation_heads

    def _place_as_actor(self, doc: Doc, start: int, end: int) -> bool:
        """A country standing for its government or programme: "Russia launched a Soyuz", "China's
        Shenzhou-14 crew" (a possessive of something that is not a place: "Houston's Johnson Space Center"
        still names Houston)."""
        if any(t.text in self.place_name_words or t.lower_ in self.place_head_nouns for t in doc[start:end]):
            return False  # a facility ("Ames Research Center managed ...") is where people act, not a state
        root = doc[start:end].root
        if root.dep_ in {"nsubj", "nsubjpass"} and root.head.pos_ in {"VERB", "AUX"} \
                and root.head.lemma_.lower() not in {"be", "lie", "sit", "border", "host"}:
            return True
        if root.dep_ == "poss" or (end < len(doc) and doc[end].text in _POSSESSIVE_TOKENS):
            head = root.head if root.dep_ == "poss" else doc[end].head
            return head.lower_ not in self.place_head_nouns and head.text not in self.place_name_words \
                and head.ent_type_ not in self.place_ner_labels  # "California's Silicon Valley" 
        return False

    def _module_in_flight(self, doc: Doc, start: int, end: int) -> bool:
        """A station module is a vehicle where the text has it fly: launched, carried, chased, grabbed,
        docked ("Endeavour carried the Unity node", "Currie grabbed Zarya", "Nauka docked on Thursday");
        where it is only the place things happen ("docked to the Harmony module", "experiments in Kibo")
        it is no spacecraft of the story."""
        token = doc[start:end].root
        if token.dep_ == "compound" and token.head.lower_ in self.module_nouns:
            token = token.head  # "the Zarya module"
        for _ in range(3):  # "Zarya and Unity were joined", "the node, Unity, was carried"
            if token.dep_ not in {"conj", "appos"} or token.head.i == token.i:
                break
            token = token.head
        if token.dep_ in {"dobj", "nsubj", "nsubjpass"}:
            return token.head.lemma_.lower() in self.module_vehicle_verbs
        if token.dep_ == "pobj" and token.head.lower_ == "with":  # "mated Unity with Zarya"
            return token.head.head.lemma_.lower() in {"mate", "join", "connect", "pair"}
        return False

    def _country_not_a_location(self, doc: Doc, start: int, end: int, record: GazetteerRecord) -> bool:
        """A country, state or region named for something other than where a thing is or happens: a
        nationality ("Satoshi Furukawa of Japan", "an astronaut from Belarus"), a state in a relation
        ("cooperation between Russia and the West"), the owner of an agency ("Russia's Roscosmos"), a
        compass part locating another place ("in northwest China"), or where something other than a
        spaceflight matter is ("the war in Ukraine", "a rover in the Netherlands"). Where a vehicle
        lands, launches or stands ("landed in Kazakhstan", "the Baikonur Cosmodrome in Kazakhstan") it
        stays a place."""
        if record.kind not in {"country", "state", "region"}:
            return False
        if start > 0 and doc[start - 1].lower_ in self.compass_words and doc[start - 1].is_lower:
            return True
        if end < len(doc) and doc[end].text in _POSSESSIVE_TOKENS and end + 1 < len(doc):
            owned = doc[end].head if doc[end].head.i > end else doc[end + 1]
            if self.gazetteer.lookup(owned.text, "SpaceAgency") is not None:
                return True
        root = first = doc[start:end].root
        while first.dep_ == "conj" and first.head.i < start:  # "between Russia and China": the list's role
            first = first.head
        if first.dep_ == "pobj" and first.head.lower_ in self.relation_prepositions:
            return True
        if root.dep_ != "pobj":
            return False  # "in Toulouse, France": the town's country, however parsed
        preposition = root.head
        governor = preposition.head
        if preposition.lower_ in {"of", "from"} and (
                governor.ent_type_ == "PERSON" or governor.lower_ in self.title_nouns):
            return True
        if preposition.lower_ == "of" and governor.lower_ in self.state_nouns:
            return True
        return preposition.lower_ == "in" and governor.pos_ == "NOUN" and governor.is_lower \
            and governor.lower_ not in self.place_head_nouns and governor.lower_ not in self.event_nouns \
            and governor.lemma_.lower() not in self.place_event_lemmas

    def _gazetteer_candidates(self, doc: Doc) -> list[Candidate]:
        found: list[Candidate] = []
        strings = doc.vocab.strings
        for matcher in (self.exact_matcher, self.lower_matcher):
            for match_id, start, end in matcher(doc):
                record = self.gazetteer.records[strings[match_id]]
                if matcher is self.lower_matcher and not self._case_fits(doc[start:end], record):
                    continue
                if not self._accept_context(doc, start, end, record):
                    continue
                if record.type == "Spacecraft" and record.generic and self._before_rocket_word(doc, end):
                    continue
                if record.module_of and not self._module_in_flight(doc, start, end):
                    continue
                if record.type == "Place" and (self._place_inside_other_name(doc, start, end)
                                               or self._place_as_actor(doc, start, end)
                                               or self._country_not_a_location(doc, start, end, record)):
                    continue
                text = doc[start:end].text
                anaphoric = normalize_name(text) in self.anaphora and self.anaphora[normalize_name(text)] == record.id
                name = person_label(text) if record.type == "Astronaut" else spelling(text, record)
                found.append(Candidate(start, end, record.type, record.id, name, "gazetteer", record,
                                       family=record.family, generic=record.generic, anaphoric=anaphoric,
                                       agency=record.agency))
        # wire datelines write places in capitals: "BAIKONUR, Kazakhstan (Reuters) -" (the flags read as
        # one array: building a Token object per word costs more than the rest of this method)
        flags = doc.to_array([IS_UPPER, IS_ALPHA, LENGTH]) if len(doc) else ()
        for index, (is_upper, is_alpha, length) in enumerate(flags):
            if is_upper and is_alpha and length >= 4:
                token = doc[index]
                record = self.gazetteer.lookup(token.text.title(), "Place")
                if record is not None:
                    found.append(Candidate(token.i, token.i + 1, record.type, record.id,
                                           spelling(token.text, record),
                                           "gazetteer", record, agency=record.agency))
        found.extend(self._names_around_nicknames(doc))
        for match_id, start, end in self.truncated_matcher(doc):
            nxt = doc[end] if end < len(doc) else None
            if nxt is not None and nxt.is_alpha and nxt.text[:1].isupper():
                continue  # a longer name we do not know, not a cut-off one
            record = self.gazetteer.records[strings[match_id]]
            found.append(Candidate(start, end, record.type, record.id, record.name, "gazetteer", record,
                                   family=record.family, agency=record.agency, written=False))
        return found

    def _names_around_nicknames(self, doc: Doc) -> list[Candidate]:
        """ 'Warren "Woody" Hoburg', 'Scott "Kidd" Poteet': a known person whose first and last names
        frame a quoted nickname (the gazetteer knows "Warren Hoburg", not the form with the nickname)."""
        found: list[Candidate] = []
        for i, token in enumerate(doc[:-4]):
            if not (token.is_title and token.is_alpha) or doc[i + 1].text not in _QUOTE_CHARS:
                continue
            for close in range(i + 3, min(i + 6, len(doc) - 1)):
                if doc[close].text in _QUOTE_CHARS:
                    last = doc[close + 1]
                    if last.is_title and last.is_alpha:
                        record = self.gazetteer.lookup(f"{token.text} {last.text}", "Astronaut")
                        if record is not None:
                            found.append(Candidate(i, close + 2, record.type, record.id,
                                                   person_label(f"{token.text} {last.text}"), "gazetteer",
                                                   record, agency=record.agency))
                    break
        return found

    @staticmethod
    def _one_record_per_name(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """A bare name several records share ("Endeavour": the Shuttle orbiter or the Crew Dragon) means the
        one whose fuller name the article writes elsewhere, else the one whose article words ("DOC:")
        occur more often; with no difference it stays unsaid."""
        by_span: dict[tuple[int, int, str], list[Candidate]] = defaultdict(list)
        for cand in candidates:
            by_span[(cand.start, cand.end, cand.type)].append(cand)
        longer: dict[str, int] = defaultdict(int)
        for cand in candidates:
            longer[cand.key] = max(longer[cand.key], cand.length)

        def doc_words(record: GazetteerRecord | None) -> int:
            words = {w[4:] for w in (record.context if record else ()) if w.startswith("DOC:")}
            return sum(_token_counts(doc).texts[w] for w in words) if words else 0

        dropped: set[int] = set()
        for (start, end, _), group in by_span.items():
            keys = {c.key for c in group}
            if len(keys) < 2 or group[0].type == "Astronaut":  # a person's name is the article's either way
                continue
            named_fully = {c.key for c in group if longer[c.key] > end - start}
            if len(named_fully) == 1:
                keep = named_fully
            else:
                scores = {c.key: doc_words(c.record) for c in group}
                best = max(scores.values())
                keep = {k for k, v in scores.items() if v == best}
                keep = keep if len(keep) == 1 else set()
            dropped.update(id(c) for c in group if c.key not in keep)
        return [c for c in candidates if id(c) not in dropped]

    def _case_fits(self, span: Span, record: GazetteerRecord) -> bool:
        """A case-insensitive match counts when spelt as a label is, or capitalised as at a sentence start
        or in a headline ("The orbiting laboratory", "CAPE CANAVERAL"), not a lower-case common phrase."""
        text = normalize_spaces(span.text)
        if text in self.cased_labels[record.id] or text.isupper():
            return True
        first = span[0]
        if first.is_sent_start or first.i == 0 or self._in_headline(span.doc, first.i):
            return text[:1].isupper()
        return False

    def _before_rocket_word(self, doc: Doc, end: int) -> bool:
        following = doc[end:min(len(doc), end + 2)].text.lower()
        return any(following.startswith(w) for w in self.rocket_words)

    def _pattern_candidates(self, doc: Doc) -> list[Candidate]:
        found: list[Candidate] = []
        text = doc.user_data["spacekg_text"]
        for pattern in self.patterns:
            for match in pattern.regex.finditer(text):
                groups = {k: v for k, v in match.groupdict().items() if v is not None}
                s, e = match.span("mention") if "mention" in groups else match.span()
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is None:
                    continue
                family = pattern.family
                if pattern.prefixes:
                    prefix = pattern.vehicle_prefix(doc, match.group(0))
                    if prefix is None:
                        continue
                    groups["prefix"] = prefix
                    family = family.format(prefix=prefix.lower()) if family else None
                name = pattern.name.format(**groups)
                key = slugify(pattern.key.format(**groups))
                record = self.gazetteer.get(key)
                if pattern.label == "Spacecraft" and self._before_rocket_word(doc, span.end):
                    continue
                # "Expeditions 70 and 71": the mention "71" alone is no name the article writes
                written = ("mention" not in groups or normalize_name(span.text) == normalize_name(name)) \
                    and not _plural_of(span.text, name)
                found.append(Candidate(span.start, span.end, pattern.label, key,
                                       record.name if record else name, "pattern", record,
                                       family=family, agency=record.agency if record else None,
                                       written=written, flight_designation=pattern.flight_designation))
        return found

    # ------------------------------------------------------------------ people
    def _title_spans(self, doc: Doc) -> list[tuple[int, int]]:
        """Crew titles, except inside a proper name ("The Astronauts Memorial Foundation")."""
        spans = []
        for _, start, end in self.title_matcher(doc):
            first = doc[start]
            if first.is_title and start > 0 and not first.is_sent_start and doc[start - 1].is_title \
                    and doc[start - 1].is_alpha and len(doc[start - 1]) > 1:
                continue
            spans.append((start, end))
        return spans

    def _flight_role_spans(self, doc: Doc, candidates: list[Candidate]) -> set[tuple[int, int]]:
        """ "Soyuz MS-30 commander A B", "Crew-12 pilot A B": a crew role right after a flight's or a
        vehicle's name is a crew title for the name after it (the role alone, "Commander A B", is as often
        a naval rank)."""
        spans = set()
        for cand in candidates:
            end = cand.end
            if cand.type in {"Mission", "Spacecraft"} and end + 1 < len(doc) \
                    and doc[end].lower_ in self.flight_role_nouns and self._is_name_token(doc[end + 1]):
                spans.add((end, end + 1))
        return spans

    def _is_name_token(self, token: Token) -> bool:
        text = token.text
        if _INITIAL.match(text):
            return True
        return (token.pos_ == "PROPN" and text[:1].isupper() and text not in self.not_person_words
                and text not in self.role_words and any(c.isalpha() for c in text))

    def _names_after(self, doc: Doc, index: int, plural: bool,
                     title_starts: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
        """Runs of proper nouns right after a title: "astronaut Loral O'Hara", "astronauts A B, C D and E F"."""
        names = []
        i = index
        while i < len(doc):
            while i < len(doc) and doc[i].text in self.role_words:  # "Commander Zena Cardman"
                i += 1
            start = i
            while i < len(doc) and i - start < 8 and (
                    self._is_name_token(doc[i])
                    or (doc[i].text in {"-", "‑"} and i > start and i + 1 < len(doc)
                        and self._is_name_token(doc[i + 1]))):
                i += 1
                # a quoted nickname inside the name: Sunita “Suni” Williams
                if i + 3 < len(doc) and doc[i].text in _QUOTE_CHARS and any(c.isalpha() for c in doc[i + 1].text) \
                        and doc[i + 2].text in _QUOTE_CHARS and self._is_name_token(doc[i + 3]):
                    i += 3
            if i == start or any(k in title_starts for k in range(i, min(i + 2, len(doc)))
                                 if all(doc[j].pos_ == "PROPN" for j in range(i, k))):
                break  # "..., and United Arab Emirates astronaut X": a modifier of the next title, no name
            names.append((start, i))  # one word ("astronaut Luca") joins a full name later, or nothing
            if not plural:
                break
            # a list goes on after ", " or "and" or ", and", past "of Canada" / "from Belarus"
            j = i
            if j + 1 < len(doc) and doc[j].lower_ in {"of", "from"} and doc[j + 1].pos_ == "PROPN":
                j += 1
                while j < len(doc) and doc[j].pos_ == "PROPN":
                    j += 1
                i = j
            while j < len(doc) and doc[j].text in {",", "and", "&"}:
                j += 1
            if j == i:
                break
            i = j
        return names

    def _person_candidates(self, doc: Doc, title_spans: list[tuple[int, int]]) -> list[Candidate]:
        spans: dict[tuple[int, int], str] = {}
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                start, end = self._trim(doc, ent.start, ent.end)
                if end > start:
                    spans[(start, end)] = "model"
        title_starts = frozenset(s for s, _ in title_spans)
        for t_start, t_end in title_spans:
            title = doc[t_start:t_end].text.lower()
            plural = title in self.plural_titles
            if plural and t_end + 2 < len(doc) and doc[t_end].text == "," \
                    and self._is_name_token(doc[t_end + 1]) and self._is_name_token(doc[t_end + 2]):
                t_end += 1  # "the three taikonauts, Zhao Minghe, Sun Lixin and ...": the list after a comma
            for start, end in self._names_after(doc, t_end, plural, title_starts):
                start, end = self._trim(doc, start, end)
                if end > start:
                    spans[(start, end)] = "context"
        found: list[Candidate] = []
        for (start, end), source in spans.items():
            start, end = self._person_extent(doc, start, end)
            if end <= start:
                continue
            candidate = self._person(doc, start, end, title_spans, source)
            if candidate:
                found.append(candidate)
        return found

    def _trim(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """Without punctuation around, nor leading roles ("Mission Specialist", "Dr.")."""
        while end > start and (doc[end - 1].text in _TRAILING_JUNK or doc[end - 1].is_punct):
            end -= 1
        while start < end and (doc[start].is_punct or doc[start].text in _QUOTE_CHARS
                               or doc[start].text in self.role_words):
            start += 1
        return start, end

    def _person_extent(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """A name ends at a line break, before a word with a digit ("Koch.5" in a caption) and before words
        no name holds ("... Andreas Mogensen NASA" above a headline)."""
        for i in range(start, end):
            quoted = 0 < i < len(doc) - 1 and doc[i - 1].text in _QUOTE_CHARS and doc[i + 1].text in _QUOTE_CHARS
            if any(c.isdigit() for c in doc[i].text) and not quoted:  # a quoted nickname may: “2fish”
                end = i
                break
            if "\n" in doc[i].whitespace_ or (i + 1 < end and "\n" in doc[i + 1].text):
                end = i + 1
                break
        while end > start and doc[end - 1].text in self.not_person_words:
            end -= 1
        return self._trim(doc, start, end)

    def _person(self, doc: Doc, start: int, end: int, title_spans: list[tuple[int, int]],
                source: str) -> Candidate | None:
        text = person_label(doc[start:end].text)
        plain = plain_name(text)
        for form in (text, plain):
            record = self.gazetteer.lookup(form, "Astronaut")
            if record:  # a known spelling: keep the article's ("Alexander", not Wikidata's "Aleksandr")
                return Candidate(start, end, "Astronaut", record.id, text, "gazetteer",
                                 record, agency=record.agency)
        words = plain.split()
        if len(words) == 2:  # family name first ("Furukawa Satoshi")
            record = self.gazetteer.lookup(f"{words[1]} {words[0]}", "Astronaut")
            if record:
                return Candidate(start, end, "Astronaut", record.id, person_label(record.name), "gazetteer",
                                 record, agency=record.agency)
        for form in (text, plain):
            record = self.gazetteer.fuzzy_person(form)
            if record:
                # Same surname, other first name ("Nikolai"/"Nikolay", "Doug"/"Douglas"): a variant, the
                # article's spelling stands. A different surname ("Skripocha"): a misspelling, corrected.
                surname = transliteration_skeleton(normalize_name(form).split()[-1])
                same_surname = surname in {
                    transliteration_skeleton(normalize_name(label).split()[-1]) for label in record.labels}
                label = text if same_surname else record.name
                return Candidate(start, end, "Astronaut", record.id, label, "gazetteer", record,
                                 agency=record.agency, written=same_surname)
        if len([w for w in plain.split() if not _INITIAL.match(w)]) < 2:
            record = self.gazetteer.unique_surname(plain) if source == "context" else None
            if record is not None:  # "cosmonaut Kornienko": the one flyer of that surname, unless the
                # article's own full name with that surname claims it (see _merge_surname_only)
                return Candidate(start, end, "Astronaut", record.id, text, "surname", record,
                                 agency=record.agency)
            return None  # single unknown words ("George D.") join a full name later, or stay out
        if any(t.text in self.not_person_words for t in doc[start:end]):
            return None  # "Astronaut Memorial Grove", "SpaceX Crew Dragon"
        if self._in_headline(doc, start):
            return None  # in Title Case every word looks like a name ("Astronaut Fitness Trainer")
        if source == "context" or self._has_person_context(doc, start, end, title_spans):
            return Candidate(start, end, "Astronaut", slugify(plain), text, "context")
        return None

    @staticmethod
    def _in_headline(doc: Doc, index: int) -> bool:
        """The token's line is in Title Case (a headline)."""
        text, idx = doc.user_data["spacekg_text"], doc[index].idx
        line_start = text.rfind("\n", 0, idx) + 1
        verdicts = doc.user_data.setdefault(_HEADLINE_LINES, {})
        if line_start not in verdicts:
            line = text[line_start:(text.find("\n", idx) + 1 or len(text) + 1) - 1]
            words = _LONG_WORD.findall(line)
            verdicts[line_start] = len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)
        return verdicts[line_start]

    def _has_person_context(self, doc: Doc, start: int, end: int, title_spans: list[tuple[int, int]]) -> bool:
        """A title just before, an apposition just after, or a crew-only verb governing the name."""
        for t_start, t_end in title_spans:
            # "astronaut Jane Doe", "astronaut candidate"... but not "astronaut fitness trainer Jane Doe"
            if 0 <= start - t_end <= 2 and not any(
                    doc[k].is_punct or (doc[k].is_lower and doc[k].lower_ not in self.title_modifiers)
                    for k in range(t_end, start)):
                return True
        # apposition: "X, a NASA astronaut" / "X, Expedition 70 flight engineer"
        if end < len(doc) and doc[end].text == ",":
            for t_start, t_end in title_spans:
                if end < t_start <= end + 5 and doc[t_start:t_end].text.lower() in self.apposition_titles:
                    if not any(doc[k].pos_ in {"VERB", "AUX"} or doc[k].text in {".", ";"}
                               for k in range(end + 1, t_start)):
                        return True
        head = doc[start:end].root
        return head.dep_ in {"nsubj", "nsubjpass"} and head.head.lemma_ in self.person_verbs

    def _crew_sentence(self, token: Token) -> bool:
        """The sentence talks about flying (crew, aboard, launched...), not about a gala's guest list."""
        return any(t.lemma_.lower() in self.crew_cue_lemmas for t in token.sent)

    @staticmethod
    def _only_list_separators(doc: Doc, other: int, start: int, end: int) -> bool:
        """Between token ``other`` and the span [start, end) stand only commas and "and"."""
        between = range(other + 1, start) if other < start else range(end, other)
        gap = [doc[k] for k in between if not (doc[k].dep_ == "compound" and doc[k].head.i == other)]
        return len(gap) <= 2 and all(t.text in {",", "and", "&"} for t in gap)

    def _drop_people_in_other_roles(self, doc: Doc, chosen: list[Candidate],
                                    title_spans: list[tuple[int, int]]) -> list[Candidate]:
        """ "NASA Administrator Bill Nelson": a known flyer named in another role is not reported as an
        astronaut, unless a crew title names them elsewhere in the article."""
        other_roles = [(s, e) for _, s, e in self.non_crew_matcher(doc)]
        if not other_roles:
            return chosen
        other_role_ends = {e for _, e in other_roles}
        other_role_starts = {s for s, _ in other_roles}
        crew_title_ends = {e for _, e in title_spans}

        vehicles = self._vehicle_tokens(chosen)
        other_role: set[str] = set()
        crew_role: set[str] = set()
        for cand in chosen:
            if cand.type != "Astronaut":
                continue
            if cand.start in other_role_ends:
                other_role.add(cand.key)
            # "Ken Bowersox, associate administrator for ..."
            # "Bill Hill, second from right, director of safety"
            if cand.end < len(doc) and doc[cand.end].text == "," and any(
                    k in other_role_starts for k in range(cand.end + 1, min(len(doc), cand.end + 7))):
                other_role.add(cand.key)
            if cand.start in crew_title_ends or self._flight_subject(doc, cand.start, cand.end, vehicles):
                crew_role.add(cand.key)  # "film director Klim Shipenko launched ..." flew all the same
        dropped = other_role - crew_role
        return [c for c in chosen if not (c.type == "Astronaut" and c.key in dropped)]

    @staticmethod
    def _vehicle_tokens(chosen: list[Candidate]) -> frozenset[int]:
        """Token indices of the spacecraft and stations among the candidates."""
        return frozenset(i for c in chosen if c.type in {"Spacecraft", "SpaceStation"} for i in range(c.start, c.end))

    def _flight_subject(self, doc: Doc, start: int, end: int, vehicles: frozenset[int]) -> bool:
        """The name is (one of) the subject(s) of a verb only flyers do: "X, Y and Z launched", "X lifted
        off", "X flew to the station", "aboard were X and Y"; or what a vehicle carries ("the Soyuz carried
        actress X to the station"), or the crew is said to include ("The crew includes businessman X").
        ``vehicles``: token indices of the spacecraft and stations found."""
        token = doc[start:end].root
        for _ in range(8):  # "the actress X and the director Y launched": through appositions and lists
            if token.dep_ not in {"conj", "appos"} or token.head.i == token.i:
                break
            token = token.head
            if token.lemma_.lower() in self.crew_nouns:
                return True  # "The private crew, commander X, pilot Y, ..."
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in self.crew_nouns:
            return True  # "the crew of X, Y and Z"
        if token.dep_ == "pobj" and token.head.lower_ == "of" and self._crew_made_of(token.head.head):
            return True  # "the crew is made up of X, Y and Z"
        verb = token.head
        if token.dep_ == "dobj" and self._carried_or_listed_crew(verb, vehicles):
            return True
        if token.dep_ == "pobj" and verb.lower_ == "with" and verb.dep_ == "prep":
            # "X launched with actress Y": a companion of a flight verb flew too
            flight = verb.head
            if flight.lemma_.lower() in self.flight_verbs and not any(c.dep_ == "dobj" for c in flight.children):
                return True
        if token.dep_ in {"nsubj", "nsubjpass"}:
            lemma = verb.lemma_.lower()
            if lemma in self.flight_verbs:
                # flyers launch intransitively; "Nelson launched an initiative" is another launch
                return lemma == "orbit" or not any(c.dep_ == "dobj" for c in verb.children)
            if lemma in self.travel_verbs:
                return any(self._toward_space(child) for child in verb.children)
        if token.dep_ in {"attr", "nsubj"} and verb.lemma_ == "be":
            return any(child.lower_ == "aboard" for child in verb.children)  # "Aboard were X and Y"
        return False

    def _crew_made_of(self, verb: Token) -> bool:
        """ "The crew is made up of", "the Shenzhou-23 crew, made up of", "the crew consists of": a verb
        of composition whose subject, or the noun it describes, is a crew noun."""
        if verb.lemma_.lower() not in self.crew_made_of_verbs:
            return False
        holders = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if verb.dep_ in {"acl", "relcl"}:
            holders.append(verb.head)
        return any(h.lemma_.lower() in self.crew_nouns for h in holders)

    def _carried_or_listed_crew(self, verb: Token, vehicles: frozenset[int]) -> bool:
        """The verb's object flew: a carrying verb toward space or with a vehicle subject, or a crew noun
        subject of a listing verb."""
        lemma = verb.lemma_.lower()
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if lemma in self.crew_list_verbs:
            return any(s.lemma_.lower() in self.crew_nouns for s in subjects)
        if lemma not in self.carry_verbs:
            return False
        return any(self._toward_space(child) for child in verb.children) or any(
            s.i in vehicles or s.lower_ in self.vehicle_descriptors or s.lower_ in self.rocket_words
            for s in subjects)

    def _toward_space(self, preposition: Token) -> bool:
        """ "to the station", "into orbit", "aboard the capsule", "on Soyuz MS-19"."""
        if preposition.dep_ != "prep" or preposition.lower_ not in {"to", "into", "aboard", "on"}:
            return False
        objects = [c for c in preposition.children if c.dep_ == "pobj"]
        return any(o.lower_ in self.space_destinations or o.ent_type_ in {"Spacecraft", "SpaceStation"}
                   for o in objects) or preposition.lower_ == "aboard"

    def _people_who_flew(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """People no list knows who are said to fly: space tourists, an actress and a director on a Soyuz,
        a commercial crew ("Billionaire A, artist B and physician C launched aboard ...")."""
        taken = {i for c in chosen for i in range(c.start, c.end)}
        vehicles = self._vehicle_tokens(chosen)
        found = []
        spans = [(ent.start, ent.end) for ent in doc.ents if ent.label_ == "PERSON"]
        spans += self._names_after_role_nouns(doc)
        for ent_start, ent_end in spans:
            start, end = self._person_extent(doc, *self._trim(doc, ent_start, ent_end))
            if end - start < 2 or any(i in taken for i in range(start, end)) or self._in_headline(doc, start):
                continue
            if in_furniture(doc, doc[start].idx, doc[end - 1].idx + len(doc[end - 1])):
                continue
            if any(t.text in self.not_person_words for t in doc[start:end]):
                continue
            if not self._flight_subject(doc, start, end, vehicles):
                continue
            name = person_label(doc[start:end].text)
            record = self.gazetteer.lookup(name, "Astronaut")
            found.append(Candidate(start, end, "Astronaut", record.id if record else slugify(plain_name(name)),
                                   name, "gazetteer" if record else "context", record,
                                   agency=record.agency if record else None))
            taken.update(range(start, end))
        return found

    @staticmethod
    def _names_after_role_nouns(doc: Doc) -> list[tuple[int, int]]:
        """ "actress Marina Dobrova", "businessman Hiro Tanabe": two or three capitalised proper nouns after a
        lower-case noun that modifies them (the base model does not tag every such name a PERSON)."""
        spans = []
        i = 1
        while i < len(doc):
            role = doc[i - 1]
            if not (role.is_lower and role.pos_ == "NOUN" and role.dep_ == "compound" and role.head.i >= i):
                i += 1
                continue
            end = i
            while end < len(doc) and end - i < 3 and doc[end].pos_ == "PROPN" and doc[end].is_title \
                    and doc[end].is_alpha and "\n" not in doc[end - 1].whitespace_:
                end += 1
            if end - i >= 2 and role.head.i < end:
                spans.append((i, end))
            i = max(end, i + 1)
        return spans

    def _coordinated_people(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """A PERSON listed with astronauts ("Oleg Novitskiy, Marina Vasilevskaya from Belarus and ...") is
        one of the crew."""
        crew_tokens = {i for c in chosen if c.type == "Astronaut" for i in range(c.start, c.end)}
        if not crew_tokens:
            return []
        taken = {i for c in chosen for i in range(c.start, c.end)}
        found = []
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            start, end = self._trim(doc, ent.start, ent.end)
            if end - start < 2 or any(i in taken for i in range(start, end)):
                continue
            if in_furniture(doc, doc[start].idx, doc[end - 1].idx + len(doc[end - 1])):
                continue
            root = doc[start:end].root
            # lists ("A, B and C"); an apposition only between two names with nothing but a comma between
            # (otherwise it is as often a parse error as a crewmate)
            linked = {root.head.i} | {child.i for child in root.children if child.dep_ in {"conj", "appos"}}
            linked = {i for i in linked if doc[i].dep_ == "conj" or root.dep_ == "conj"
                      or self._only_list_separators(doc, i, start, end)}
            if root.dep_ in {"conj", "appos"} or any(c.dep_ in {"conj", "appos"} for c in root.children):
                if linked & crew_tokens and self._crew_sentence(doc[start]):
                    name = person_label(doc[start:end].text)
                    found.append(Candidate(start, end, "Astronaut", slugify(plain_name(name)), name, "context"))
                    taken.update(range(start, end))
        # names the base model missed: "... with Nick Hague and Aleksandr Gorbunov aboard"
        for token in doc:
            if token.i in taken or token.dep_ not in {"conj", "appos"} or token.head.i not in crew_tokens:
                continue
            if not self._is_name_token(token):
                continue
            start = token.i
            while start - 1 >= 0 and start - 1 not in taken and doc[start - 1].dep_ == "compound" \
                    and doc[start - 1].head.i == token.i and self._is_name_token(doc[start - 1]):
                start -= 1
            if token.dep_ == "appos" and not self._only_list_separators(doc, token.head.i, start, token.i + 1):
                continue
            if token.i + 1 - start < 2 or self._in_headline(doc, token.i) or not self._crew_sentence(token):
                continue
            if in_furniture(doc, doc[start].idx, token.idx + len(token)):
                continue
            name = person_label(doc[start:token.i + 1].text)
            record = self.gazetteer.lookup(name, "Astronaut") or self.gazetteer.fuzzy_person(plain_name(name))
            found.append(Candidate(start, token.i + 1, "Astronaut",
                                   record.id if record else slugify(plain_name(name)),
                                   name, "gazetteer" if record else "context", record,
                                   agency=record.agency if record else None))
            taken.update(range(start, token.i + 1))
        return found

    def _dateline_places(self, doc: Doc) -> list[Candidate]:
        """The town a wire story is filed from: "KOROLEV, Russia (Reuters) -", "STAR CITY, Feb 3 (AP) -"."""
        found = []
        for match in _DATELINE.finditer(doc.user_data["spacekg_text"]):
            span = doc.char_span(*match.span("city"), alignment_mode="contract")
            if span is None or len(span) == 0:
                continue
            name = match.group("city").title()
            if self.gazetteer.candidates(name) and not self.gazetteer.lookup(name, "Place"):
                continue  # "NASA", "ESA": an agency heading its own release
            record = self.gazetteer.lookup(name, "Place")
            if record is None and not any(match.group(g) for g in ("region", "date", "agency")):
                continue  # "BREAKING NEWS -": a banner, not a town
            found.append(Candidate(span.start, span.end, "Place", record.id if record else slugify(name),
                                   record.name if record else name, "gazetteer" if record else "pattern",
                                   record))
        return found

    def _place_candidates(self, doc: Doc) -> list[Candidate]:
        """Countries, states and towns the base model finds, where a launch or landing happens there
        ("splashed down off the coast of Florida", "landed near Zhezkazgan, Kazakhstan")."""
        found = self._dateline_places(doc)
        for ent in doc.ents:
            if ent.label_ not in self.place_ner_labels:
                continue
            if not self._town_in_known_region(doc, ent):
                sentence = ent.sent
                if not any(t.lemma_.lower() in self.place_event_lemmas for t in sentence):
                    continue
                if not self._attached_to_event(ent.root):
                    continue
            start, end = self._trim(doc, ent.start, ent.end)
            if start < end and doc[start].lower_ == "the":
                start += 1
            while end > start and doc[end - 1].is_lower:  # "... Regional Spaceport on"
                end -= 1
            if end > start and normalize_name(doc[start:end].text) not in self.not_places:
                name = doc[start:end].text
                record = self.gazetteer.lookup(name, "Place")
                if record is not None and self._country_not_a_location(doc, start, end, record):
                    continue
                found.append(Candidate(start, end, "Place", record.id if record else slugify(name),
                                       record.name if record else name, "model", record))
        return found

    def _town_in_known_region(self, doc: Doc, ent: Span) -> bool:
        """A town the lists do not hold, written as towns are: "in Pocatello, Idaho", "Thousand Oaks,
        California" (a known state or country right after a comma)."""
        if ent.label_ != "GPE" or len(ent.text) < 3 or not all(
                (t.is_title and t.is_alpha) or (t.text in {"-", "‑"} and 0 < t.i - ent.start < len(ent) - 1)
                for t in ent):  # "Saint-Hubert" 
            return False
        if normalize_name(ent.text) in self.not_places or self._in_headline(doc, ent.start):
            return False
        if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
            return False
        following = doc[ent.end + 1]
        for length in (3, 2, 1):
            region = doc[following.i:min(len(doc), following.i + length)]
            record = self.gazetteer.lookup(region.text, "Place")
            if record is not None and all(t.is_title for t in region):
                return True
        return False

    def _attached_to_event(self, token: Token) -> bool:
        """The place hangs (through "in"/"near"/"off the coast of", or as "Zhezkazgan, Kazakhstan") from a
        launch or landing word, not from a person ("Sharipov, originally from Kyrgyzstan")."""
        if token.dep_ in {"appos", "conj", "npadvmod"} and token.head.ent_type_ in self.place_ner_labels:
            token = token.head
        node = token
        for _ in range(4):  # place -> prep -> governor, through "the town of", "the coast of", "Center in"
            preposition = node.head
            if not (node.dep_ == "pobj" and preposition.lower_ in self.place_prepositions):
                return False
            governor = preposition.head
            if governor.lemma_.lower() in self.place_event_lemmas and (
                    governor.pos_ in {"VERB", "AUX"} or governor.lower_ in self.event_nouns):
                return True
            named_place = governor.pos_ == "PROPN" and governor.ent_type_ in self.place_ner_labels | {"ORG"}
            if not (governor.lower_ in self.place_head_nouns or named_place):
                return False
            node = governor
        return False

    def _split_agency_prefixes(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """ "SpaceX Crew Dragon", "Boeing's Starliner", "NASA's Kennedy Space Center": the operator is an
        entity of its own, so a longer name that starts with an agency loses that start."""
        agency_spans = {(c.start, c.end) for c in candidates if c.type == "SpaceAgency"}
        if not agency_spans:
            return candidates
        by_start: dict[int, int] = {}
        for start, end in agency_spans:
            by_start[start] = max(by_start.get(start, start), end)
        result = []
        for cand in candidates:
            agency_end = by_start.get(cand.start)
            part_of_name = agency_end is not None and normalize_name(cand.name).startswith(
                normalize_name(doc[cand.start:agency_end].text))  # "Axiom Mission 3" keeps its "Axiom"
            if cand.type != "SpaceAgency" and agency_end is not None and agency_end < cand.end \
                    and not part_of_name:
                new_start = agency_end
                if new_start < cand.end and doc[new_start].text in _POSSESSIVE_TOKENS:
                    new_start += 1
                if new_start < cand.end:
                    # what is left names the thing only if it is one of its names ("ESA's Astronaut Centre"
                    # leaves "Astronaut Centre", a fragment)
                    rest = normalize_name(doc[new_start:cand.end].text)
                    written = cand.written and (cand.record is None or any(
                        normalize_name(label) == rest for label in cand.record.labels))
                    cand = Candidate(new_start, cand.end, cand.type, cand.key, cand.name, cand.source,
                                     cand.record, cand.family, cand.generic, cand.anaphoric, cand.agency,
                                     written)
            result.append(cand)
        return result

    # ------------------------------------------------------------------ overlaps
    def _resolve_overlaps(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        def rank(c: Candidate) -> tuple:
            # a known place inside a longer span the base model guessed ("Virginia Spaceport Authority's
            # Mid-Atlantic Regional Spaceport") keeps its own name
            guessed_place = c.source == "model" and c.type == "Place"
            return (not guessed_place, c.length, not c.generic, c.source == "gazetteer", c.source == "pattern",
                    -c.start)

        taken = [False] * len(doc)
        chosen: list[Candidate] = []
        for cand in sorted(candidates, key=rank, reverse=True):
            if any(taken[cand.start:cand.end]):
                continue
            span = doc[cand.start:cand.end]
            if in_furniture(doc, span.start_char, span.end_char):
                continue
            for i in range(cand.start, cand.end):
                taken[i] = True
            chosen.append(cand)
        return sorted(chosen, key=lambda c: c.start)

    # ------------------------------------------------------------------ canonicalisation
    def _canonicalise(self, doc: Doc, chosen: list[Candidate],
                      title_spans: list[tuple[int, int]]) -> list[_Group]:
        groups: dict[str, _Group] = {}
        deferred_anaphora: list[Candidate] = []
        for cand in chosen:
            if cand.anaphoric:
                deferred_anaphora.append(cand)
                continue
            key = f"{cand.type}:{cand.key}"
            group = groups.get(key)
            if group is None:
                group = groups[key] = _Group(cand.key, cand.type, cand.name, cand.source, cand.record,
                                             cand.family, cand.generic, cand.agency,
                                             flight_designation=cand.flight_designation)
            group.spans.append((cand.start, cand.end))
            group.names.append(cand.name)
            if cand.written:
                group.written.append((cand.start, cand.end))

        self._missions_named_after_vehicles(doc, groups)
        self._merge_surname_phrases(groups)
        self._merge_surname_only(groups)
        self._merge_named_and_numbered(doc, groups)
        self._merge_generic_vehicles(groups)
        self._resolve_anaphora(groups, deferred_anaphora)
        self._add_short_names(doc, groups)
        self._attach_agencies(doc, groups, title_spans)
        for group in groups.values():
            group.name = self._article_label(doc, group)
        return sorted(groups.values(), key=lambda g: min(s for s, _ in g.spans))

    def _article_label(self, doc: Doc, group: _Group) -> str:
        """The label as the article names the thing: the canonical name (the gazetteer's, or a naming
        scheme's) when the article writes it; otherwise the article's fullest proper name for it ("Freedom",
        "JAXA", "Tracy Dyson"), so that the label is a form a reader of this article (and its annotator)
        recognises. Cut-off and misspelt mentions are no such form: with nothing else written the canonical
        name stays. Keys and QIDs do not change, so articles still meet on one node."""
        canonical = group.record.name if group.record is not None else (
            max(group.names, key=len) if group.type == "Astronaut" else group.name)
        canonical_words = canonical.split()
        if group.type == "Spacecraft" and len(canonical_words) > 1 and canonical_words[-1].islower() \
                and canonical_words[-1] in self.vehicle_descriptors:
            canonical = " ".join(canonical_words[:-1])  # "Apollo spacecraft": the kind is Apollo, not its head noun
        written = sorted(set(group.written))
        wanted = normalize_name(canonical)
        written_names = [normalize_name(_without_bracket(self._without_final_period(doc[s:e].text)))
                         for s, e in written]
        if wanted in written_names:
            return canonical
        if group.record is not None and group.type != "Astronaut" and any(w.islower() for w in canonical.split()):
            # a descriptive name written in full another way ("Space Shuttle programme"): that spelling
            for label in group.record.labels:
                if len(label.split()) == len(canonical.split()) and normalize_name(label) in written_names:
                    return label
        forms = [_without_bracket(f) for f in (self._proper_form(doc, s, e, group.type, group.record)
                                               for s, e in written) if f and _without_bracket(f)]
        # "pad 39A" leaves "39A": a number or code with no word is no name a reader knows the thing by
        forms = [f for f in forms if _HAS_WORD.search(f)]
        if group.record is not None and group.type != "Astronaut":
            descriptive = any(w.islower() for w in canonical.split())  # "Dongfeng landing site"
            unshared = [f for f in forms if not (descriptive and len(f.split()) < len(canonical.split()))
                        and self._names_no_other(f, group.record)]
            if not unshared and not descriptive:
                # "the Dragon named Endeavour": every form is shared with other things, but the article
                # resolved them to this one; its own name is the form fewest other things share
                own_labels = {normalize_name(label) for label in group.record.labels}
                own = [f for f in forms if normalize_name(f) in own_labels]
                if own:
                    return min(own, key=lambda f: (len(self.gazetteer.candidates(f)), -len(f)))
                if group.record.generic and forms:
                    # a kind the article writes only in its own words ("the SpaceX Dragon cargo
                    # spacecraft"): its proper name there ("Dragon") is what a reader calls it
                    return max(forms, key=lambda f: (len(normalize_name(f).split()), len(normalize_name(f))))
            forms = unshared
        if not forms:
            return canonical
        fullest = max(forms, key=lambda f: (len(normalize_name(f).split()), len(normalize_name(f))))
        labels = group.record.labels if group.record is not None and group.type != "Astronaut" else ()
        # the gazetteer's own casing of the same form ("space shuttle Atlantis" -> "Space Shuttle Atlantis")
        return next((label for label in labels if normalize_name(label) == normalize_name(fullest)), fullest)

    def _names_no_other(self, form: str, record: GazetteerRecord) -> bool:
        """The form is no other known thing's name ("Kazakhstan" left of "steppe of Kazakhstan")."""
        return all(other.id == record.id for other in self.gazetteer.candidates(form))

    def _proper_form(self, doc: Doc, start: int, end: int, entity_type: str,
                     record: GazetteerRecord | None = None) -> str | None:
        """The proper name a mention writes, without "the", a possessive or the common nouns around it
        ("Soyuz MS-22 spacecraft" -> "Soyuz MS-22", "orbiter Atlantis" -> "Atlantis"); None when a
        common word stands inside it ("Dragon spacecraft Freedom") or nothing proper is left."""
        if entity_type == "Astronaut":
            return person_label(doc[start:end].text) or None
        tokens = list(doc[start:end])
        known = record is not None and normalize_name(doc[start:end].text) in {
            normalize_name(label) for label in record.labels}
        if any(t.text in _POSSESSIVE_TOKENS for t in tokens[:-1]) and not (
                known and not any(t.is_lower and t.is_alpha for t in tokens)):
            return None  # "Kazakhstan's steppe": the possessor is another thing; "Europe's Spaceport" is a name
        if not (known and any(t.text in _POSSESSIVE_TOKENS for t in tokens[:-1])):
            tokens = [t for t in tokens if t.text not in _POSSESSIVE_TOKENS]
        while tokens and (tokens[0].is_lower or tokens[0].is_punct or tokens[0].text in _QUOTE_CHARS):
            if tokens.pop(0).pos_ == "ADP":
                return None  # "steppe of Kazakhstan" names the steppe, not Kazakhstan
        while tokens and (tokens[-1].is_lower or tokens[-1].text in _TRAILING_JUNK):
            if known and entity_type == "Place" and tokens[-1].lower_ in self.coast_words \
                    and not any(t.is_lower for t in tokens[:-1]):
                # "the California coast" is one of the place's own names: the shore, not the state
                return normalize_spaces(doc[tokens[0].i:tokens[-1].i + 1].text)
            tokens.pop()
        inner = [i for i, t in enumerate(tokens) if t.is_lower and t.is_alpha and t.lower_ not in self.name_connectors]
        if inner and record is not None:
            # "Dragon spacecraft Freedom": the vehicle's own name after the description, if it is one
            tail = normalize_name(doc[tokens[inner[-1] + 1].i:tokens[-1].i + 1].text) if inner[-1] + 1 < len(
                tokens) else ""
            if tail and any(normalize_name(label) == tail for label in record.labels):
                tokens, inner = tokens[inner[-1] + 1:], []
        if not tokens or inner:
            return None
        if record is not None and len(tokens) > 1 and tokens[-1].lower_ in self.vehicle_descriptors:
            shorter = normalize_name(doc[tokens[0].i:tokens[-2].i + 1].text)
            if any(normalize_name(label) == shorter for label in record.labels):
                tokens.pop()  # "Orion Capsule" in a Title Case headline is Orion
        return self._without_final_period(normalize_spaces(doc[tokens[0].i:tokens[-1].i + 1].text))

    @staticmethod
    def _without_final_period(text: str) -> str:
        """A sentence's full stop glued to the last word ("Launch Pad 39A."), not an abbreviation's
        ("Washington, D.C.")."""
        if text.endswith(".") and not _ABBREVIATION_END.search(text):
            return text[:-1]
        return text

    @staticmethod
    def _missions_named_after_vehicles(doc: Doc, groups: dict[str, _Group]) -> None:
        """ "as part of the Shenzhou-12 mission": a vehicle's name that the article only ever writes before
        "mission", in a phrase about the flight ("of", "during", "in" the mission), names the flight (a
        Mission), not the craft; "the Shenzhou-19 mission lifted off" keeps the craft its events need."""
        def named_as_the_flight(start: int, end: int) -> bool:
            """ "The resupply mission, known as NG-17": the name the text gives the flight itself."""
            token = doc[start:end].root
            if token.dep_ == "appos" and token.head.lower_ in {"mission", "flight"}:
                return True
            if token.dep_ == "pobj" and token.head.lower_ == "as":
                verb = token.head.head
                return verb.lemma_.lower() in {"know", "call", "name", "dub", "designate"} and (
                    verb.head.lower_ in {"mission", "flight"}
                    or any(c.dep_ == "nsubjpass" and c.lower_ in {"mission", "flight"} for c in verb.children))
            return False

        def flight_noun_after(end: int) -> Token | None:
            """ "CRS-26 mission", "CRS-26 resupply mission", "Resupply Services (CRS-30) mission": the
            mission noun after the name and its lower-case modifiers."""
            for index in range(end, min(len(doc), end + 3)):
                token = doc[index]
                if token.lower_ in {"mission", "missions"}:
                    return token
                if not (token.is_lower and token.is_alpha and token.pos_ in {"NOUN", "ADJ"}
                        or token.text == ")" and index == end):
                    return None
            return None

        def about_the_flight(span: tuple[int, int], flight_designation: bool) -> bool:
            start, end = span
            if named_as_the_flight(start, end):
                return True
            noun = flight_noun_after(end)
            if noun is None:
                return False
            if flight_designation:
                return True  # a resupply flight's number before "mission" is that mission's name
            return noun.i == end and noun.dep_ == "pobj" and noun.head.lower_ in {"of", "during", "in", "throughout"}

        for key, group in list(groups.items()):
            if group.type != "Spacecraft" or group.generic or not group.spans:
                continue
            flight = [span for span in group.spans if about_the_flight(span, group.flight_designation)]
            if len(flight) == len(group.spans):
                del groups[key]
                group.type, group.family = "Mission", None
                mission_key = f"Mission:{group.key}"
                if mission_key in groups:
                    groups[mission_key].absorb(group)
                else:
                    groups[mission_key] = group
            elif flight:
                # "the astronauts of the Shenzhou-21 mission" beside "the Shenzhou-21 spaceship docked":
                # the flight and the craft are both named; the craft keeps the mentions of the craft
                group.spans = [span for span in group.spans if span not in flight]
                group.written = [span for span in group.written if span not in flight]
                # a key of its own: events name the craft by key, and must not meet the flight
                mission_key = f"Mission:{group.key}-mission"
                mission = groups.get(mission_key)
                if mission is None:
                    mission = groups[mission_key] = _Group(f"{group.key}-mission", "Mission", group.name,
                                                           group.source, group.record, agency=group.agency)
                    mission.names.append(group.name)
                mission.spans.extend(flight)
                mission.written.extend(flight)

    @staticmethod
    def _merge_surname_only(groups: dict[str, _Group]) -> None:
        """A surname after a title that the gazetteer gave its one flyer ("cosmonaut Kornienko") joins the
        person of that surname whom the article names in full, if any; otherwise it stays that flyer."""
        people = [g for g in groups.values() if g.type == "Astronaut" and g.source != "surname"]
        for key, group in list(groups.items()):
            if group.type != "Astronaut" or group.source != "surname":
                continue
            surname = transliteration_skeleton(normalize_name(group.name).split()[-1])
            owners = [g for g in people if any(
                len(n.split()) >= 2 and transliteration_skeleton(normalize_name(n).split()[-1]) == surname
                for n in {g.name, *g.names})]
            if owners:
                if len(owners) == 1:
                    owners[0].spans.extend(group.spans)
                del groups[key]
            else:
                group.source = "context"

    @staticmethod
    def _merge_surname_phrases(groups: dict[str, _Group]) -> None:
        """ "Van Hoften" or "Caldwell Dyson" alone (a surname of two words, no first name) is the astronaut
        whose full name the article gives, not a person of its own."""
        people = [g for g in groups.values() if g.type == "Astronaut"]
        full = [(g.key, normalize_name(plain_name(n)).split()) for g in people for n in {g.name, *g.names}]
        for key, group in list(groups.items()):
            if group.type != "Astronaut" or group.record is not None:
                continue
            words = normalize_name(plain_name(group.name)).split()
            owners = {other for other, name in full
                      if other != group.key and len(name) > len(words) and name[-len(words):] == words}
            if len(owners) == 1:
                owner = owners.pop()
                target = next(g for g in people if g.key == owner)
                target.spans.extend(group.spans)
                del groups[key]

    def _names_same_thing(self, doc: Doc, first_end: int, second_start: int) -> bool:
        """The words between two mentions give the second as another name of the first: "Progress 88 (Progress
        MS-27)", "Progress MS-29, which NASA calls Progress 90", "Soyuz T-15, also known as ..."."""
        gap = doc[first_end:second_start]
        if second_start - first_end == 1 and doc[first_end].text == "(":
            return True
        if not 1 < len(gap) <= 6 or not any(t.lemma_.lower() in self.other_name_lemmas for t in gap):
            return False
        return all(t.is_punct or t.lower_ in self.other_name_link_words or t.lemma_.lower() in self.other_name_lemmas
                   or t.pos_ == "PROPN" or t.is_upper for t in gap)

    def _merge_named_and_numbered(self, doc: Doc, groups: dict[str, _Group]) -> None:
        """A ship's name and its number in one article are one vehicle: "the S.S. Patricia Hilliard Robertson"
        is "NG-20" where the article names one Cygnus of each kind; so are a station flight number and the
        serial it maps to ("Progress 87" and "Progress MS-26", ``numbering_schemes``)."""
        by_family: dict[str, list[_Group]] = defaultdict(list)
        for group in groups.values():
            if group.type == "Spacecraft" and not group.generic and group.family:
                by_family[group.family].append(group)
        # "Progress 88 (Progress MS-27)": one vehicle under two numbering schemes, side by side
        for family_groups in by_family.values():
            for first in family_groups:
                for second in family_groups:
                    key = f"{second.type}:{second.key}"
                    if first is second or key not in groups or f"{first.type}:{first.key}" not in groups:
                        continue
                    if any(self._names_same_thing(doc, e1, s2) for _, e1 in first.spans for s2, _ in second.spans):
                        first.absorb(second)
                        del groups[key]
            family_groups[:] = [g for g in family_groups if f"{g.type}:{g.key}" in groups]
        for pattern, lowest, offset, target_key in self.numbering_schemes:
            for key, group in list(groups.items()):
                number = pattern.fullmatch(group.key) if group.type == "Spacecraft" else None
                if number is None or int(number.group(1)) < lowest:
                    continue
                target = groups.get(f"Spacecraft:{target_key.format(n=int(number.group(1)) + offset)}")
                if target is not None:  # "Progress 87" in an article that also names Progress MS-26
                    target.absorb(group)
                    del groups[key]
        for family_groups in by_family.values():
            family_groups[:] = [g for g in family_groups if f"{g.type}:{g.key}" in groups]
            numbered = [g for g in family_groups if any(c.isdigit() for c in g.name)]
            named = [g for g in family_groups if not any(c.isdigit() for c in g.name)]
            if len(numbered) != 1 or len(named) != 1:
                continue
            target, source = numbered[0], named[0]
            target.absorb(source)
            del groups[f"{source.type}:{source.key}"]

    @staticmethod
    def _merge_generic_vehicles(groups: dict[str, _Group]) -> None:
        """A bare "Soyuz" or "Cargo Dragon" is the specific vehicle of that kind named just before it (or
        just after: "the Crew Dragon they named Endeavour"), or the only one the article names; with no vehicle
        of the kind named, a bare "Dragon" is the narrower kind the article names ("cargo Dragon"); with two
        such kinds, the one of them named before it when the other is not yet named, else the generic kind."""
        specific = [g for g in groups.values() if g.type == "Spacecraft" and not g.generic and g.family]
        for key, group in list(groups.items()):
            if group.type != "Spacecraft" or not group.generic or not group.family:
                continue
            same_kind = [g for g in specific if g.family.startswith(group.family)]
            if not same_kind:
                # "Dragon" in an article that names "cargo Dragon" (no vehicle of its own): that kind
                same_kind = [g for g in groups.values() if g.type == "Spacecraft" and g.generic and g.family
                             and g.family != group.family and g.family.startswith(group.family)]
                if not same_kind:
                    continue
            rival_kinds = len(same_kind) > 1 and all(g.generic for g in same_kind)
            positions = sorted((s, g) for g in same_kind for s, _ in g.spans)
            unresolved = []
            for span in group.spans:
                before = [g for s, g in positions if s < span[0]]
                after = [g for s, g in positions if span[0] < s <= span[0] + _FOLLOWING_WINDOW]
                target = before[-1] if before else (after[0] if after else None)
                if rival_kinds and len({id(g) for g in before}) != 1:
                    target = None  # "the Crew Dragon and the cargo Dragon ... Dragon": either
                if target is None and len(same_kind) == 1:
                    target = same_kind[0]
                if target is None:
                    unresolved.append(span)
                else:
                    target.spans.append(span)
            if unresolved and not (group.record is not None and group.record.context):
                group.spans = unresolved
            else:
                del groups[key]  # all joined a vehicle, or an ambiguous bare "Dragon": better unsaid

    @staticmethod
    def _resolve_anaphora(groups: dict[str, _Group], anaphora: list[Candidate]) -> None:
        """ "The orbiting laboratory" is the station the article names; with none named it stays out."""
        for cand in anaphora:
            stations = [g for g in groups.values() if g.type == cand.type]
            target = next((g for g in stations if g.key == cand.key), None)
            if target is None and len(stations) == 1:
                target = stations[0]
            if target is None and not stations and cand.record is not None:
                # nothing of the kind named outright: the description's default referent (the ISS)
                target = groups[f"{cand.type}:{cand.key}"] = _Group(
                    cand.key, cand.type, cand.record.name, cand.source, cand.record, agency=cand.agency)
                target.names.append(cand.record.name)
            if target is not None:
                target.spans.append((cand.start, cand.end))

    def _add_short_names(self, doc: Doc, groups: dict[str, _Group]) -> None:
        """ "Luca", "Parmitano", "O'Hara's" join the astronaut whose full name the article gives."""
        written: dict[str, set[str]] = defaultdict(set)  # first and last names as the article writes them
        short: dict[str, set[str]] = defaultdict(set)  # listed short forms of those first names
        first_names: dict[str, set[str]] = defaultdict(set)
        for key, group in groups.items():
            if group.type != "Astronaut":
                continue
            for name in {group.name, *(doc[s:e].text for s, e in group.spans)}:
                words = [w for w in normalize_name(name).split() if not _INITIAL.match(w.upper())]
                if len(words) >= 2:
                    written[words[0]].add(key)
                    first_names[words[0]].add(key)
                    written[words[-1]].add(key)
                    for nickname in self.short_forms.get(words[0], ()):
                        short[nickname].add(key)
        if not written:
            return
        taken = [False] * len(doc)
        for group in groups.values():
            for s, e in group.spans:
                for i in range(s, e):
                    taken[i] = True
        for token in doc:
            if taken[token.i] or not token.text[:1].isupper() or not token.is_alpha and "’" not in token.text \
                    and "'" not in token.text:
                continue
            if token.text in self.not_person_words:
                continue  # "May", "Friday": a month or weekday, whoever's first name it may also be
            # a name as written wins ("Kim" is Jonny Kim, not Kimiya Yui); a listed short form and the start
            # of another's first name ("Chris": Christopher and Christina) make two candidates: refused below
            word = normalize_name(token.text)
            keys = written.get(word) or short.get(word, set()) | self._first_name_prefix(token, first_names)
            if not keys or len(keys) != 1:
                continue
            if token.pos_ not in {"PROPN", "NOUN", "ADJ", "VERB"}:
                continue
            if token.pos_ != "PROPN" and token.is_sent_start:
                continue  # "Good morning" is not Michael Good
            if in_furniture(doc, token.idx, token.idx + len(token.text)):
                continue
            if self._starts_another_name(token, taken):
                continue  # "Alex Russell" in a photo credit is not Alexander Grebenkin
            end = token.i + 1
            groups[next(iter(keys))].spans.append((token.i, end))

    @staticmethod
    def _starts_another_name(token: Token, taken: list[bool]) -> bool:
        """A first name followed on the same line by a capitalised proper noun no entity holds begins
        someone else's full name."""
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return following is not None and not taken[following.i] and "\n" not in token.whitespace_ \
            and following.pos_ == "PROPN" and following.is_title and following.is_alpha

    @staticmethod
    def _first_name_prefix(token: Token, first_names: dict[str, set[str]]) -> set[str]:
        """ "Aki" for Akihiko Hoshide: a proper noun (tagged so, not opening its sentence, not a place) that
        begins the first name of the people the article names in full; their keys (more than one: refused)."""
        word = normalize_name(token.text)
        if len(word) < 3 or token.pos_ != "PROPN" or token.is_sent_start or token.ent_type_ in _PLACE_NER_TYPES:
            return set()
        return {key for name, keys in first_names.items()
                if len(name) > len(word) and name.startswith(word) for key in keys}

    def _attach_agencies(self, doc: Doc, groups: dict[str, _Group], title_spans: list[tuple[int, int]]) -> None:
        """ "ESA astronaut Luca Parmitano": the agency the text names before the title wins over the
        gazetteer's."""
        agency_at: dict[int, str] = {}
        for group in groups.values():
            if group.type == "SpaceAgency":
                for s, e in group.spans:
                    for i in range(s, e):
                        agency_at[i] = group.key
        title_before: dict[int, int] = {}  # token of a name after a title (or in a list after it) -> title start
        for t_start, t_end in title_spans:
            i = t_end
            while i < len(doc) and i - t_end < 30 and (
                    self._is_name_token(doc[i]) or doc[i].text in self.role_words
                    or doc[i].text in {",", "and", "&", "-", "‑"} or doc[i].text in _QUOTE_CHARS
                    or doc[i].lower_ in self.position_words  # photo captions: "A, left, B, right"
                    or doc[i].lower_ in self.title_modifiers):
                title_before.setdefault(i, t_start)
                i += 1
        for group in groups.values():
            if group.type != "Astronaut":
                continue
            for s, _ in sorted(group.spans):
                t_start = title_before.get(s)
                if t_start is None:
                    continue
                k = t_start - 1
                # skip "(Japan Aerospace Exploration Agency)" and "'s"
                if k >= 0 and doc[k].text == ")":
                    while k >= 0 and doc[k].text != "(":
                        k -= 1
                    k -= 1
                if k >= 0 and doc[k].text in _POSSESSIVE_TOKENS:
                    k -= 1
                # "ESA project astronaut", "NASA's veteran astronaut"
                if k >= 1 and k not in agency_at and doc[k].is_lower and doc[k].is_alpha:
                    k -= 1
                    if k >= 0 and doc[k].text in _POSSESSIVE_TOKENS:
                        k -= 1
                if k >= 0 and k in agency_at:
                    group.agency = agency_at[k]
                    break

    # ------------------------------------------------------------------ output
    def _write(self, doc: Doc, groups: list[_Group]) -> None:
        spans: list[Span] = []
        entities: list[Entity] = []
        for group in groups:
            record = group.record
            mentions = []
            for s, e in sorted(set(group.spans)):
                span = Span(doc, s, e, label=group.type)
                spans.append(span)
                mentions.append(TextSpan(span.start_char, span.end_char, span.text))
            label = group.name
            entities.append(Entity(
                key=group.key, type=group.type, label=label,
                mentions=mentions, wikidata=record.wikidata if record else None, agency=group.agency,
                confidence=_SOURCE_CONFIDENCE.get(group.source, 0.7), source=group.source))
        spans = filter_spans(spans)
        doc.ents = spans
        key_of = {(m.start, m.end): e.key for e in entities for m in e.mentions}
        for span in doc.ents:
            span._.entity_key = key_of.get((span.start_char, span.end_char))
        doc._.entities = entities


@Language.factory("spacekg_entities", default_config={"data_dir": None},
                  assigns=["doc.ents", "doc._.entities", "span._.entity_key"])
def make_entity_recognizer(nlp: Language, name: str, data_dir: str | None) -> EntityRecognizer:
    return EntityRecognizer(nlp, data_dir)
