"""Time expressions: find them in text and normalise them (pure library, no spaCy).

A small grammar (regular expressions assembled from the vocabularies in ``data/lexicon/time-words.json``
and ``data/lexicon/time-zones.json``) finds expressions; each is normalised to a TIMEX3-style value
against a reference date (the publication date, or a TimeML document's creation time) and then, for the
knowledge graph, to a :class:`pipeline.model.TimeValue` with a precision and UTC bounds.

Why a grammar rather than dateparser: TIMEX values need the precision the text states ("February 2020" is
a month, "last week" a week), which dateparser does not report reliably (it borrows days from the base
date, drops "late 2026", jumps weeks on weekdays); the grammar also scans a whole article in a few
milliseconds (word triggers decide which rules run where), where dateparser costs about 1 ms per call.

API (used by ``pipeline.components.times`` and ``pipeline.timeml``; the events stage calls ``shift``):

- ``find_times(text, published, tense_of=None) -> list[TimeValue]``: everything below in one call, sorted
  by position. ``tense_of(start, end) -> "past" | "future" | "present" | None`` lets a caller with a parse
  say how a yearless date or a weekday looks from the publication date ("present": the nearest occurrence;
  default: :func:`guess_tense` on the sentence).
- ``TimeGrammar.load(data_dir)`` / ``default_grammar()``: the compiled grammar (cached per process).
- ``grammar.find(text, anchor, tense_of=None, narrative=False) -> list[Timex]``: TIMEX3 terms (``type``
  DATE/TIME/DURATION/SET, ``value``, ``mod``, offsets, ``utc_offset`` of a stated zone). Context rules: a
  clock time merges with its date ("09:12 GMT (10:12 CET), 6 February 2020" is one instant); a clock time
  restated in parentheses is one instant: a date inside the parentheses belongs to the restatement, which
  then gives the instant ("10:31 p.m. EDT (02:31 UTC on May 14)"), one outside to the first rendering, the
  restatement then taking the day nearest that instant ("7:08 p.m. EDT on May 13 (23:08 UTC)"); a bare clock
  time takes the day its sentence (the nearest day named before it first), paragraph or schedule heading
  (a date ending in a colon or alone on its line) names (dates, weekdays, "yesterday evening", "Wednesday
  night", "this morning", the local day of a dated clock time; small hours of a named night are the next
  day; a day of the paragraph before when both lie on the same side of the anchor as the clock time's
  tense: past clock, past day; future, future), else the anchor (in a retrospective, an undated clock time
  is dropped; told as coming "later" or "after launch" than a dated clock time it took its day from, an
  earlier reading is the next day), and only then converts to UTC (which may cross midnight), and the zone its
  range end ("1 to 4 p.m. EDT"), a "(zone)" after it ("on the UTC clock", a fixed offset "UTC+8" included),
  the place near "local time" ("local Alaska time"),
  or the one zone the document uses, else the zone last written within 1000 chars (a restated time counts
  in the zone it was first written in; a zone-less first rendering takes the offset its restatement
  implies: "11:05 p.m. (0305 GMT)" is UTC-4); a yearless date takes the year of its range end ("July 29 -
  Aug. 1, 2024"), the year in which its weekday fits ("Tuesday, April 2"), in a past sentence the year of
  the story being told (a full date >= 2 years before the anchor, not one naming an event such as "the
  December 1968 crash" nor one in passing: a relative clause, an aside, parentheses, "first ... in 2007";
  a sentence-opening "In 2011," or "Ten years ago," but not "By 2017,"; each for its own paragraph only,
  and only while the nearest date written with its year does not side with the anchor's year; a
  retrospective headline "55 Years Ago:", "Ten years since" for the whole article, save a paragraph going
  on with the flight the one before ended on), else the anchor's year, past or future by tense ("present": the
  nearest; a day a few days across the anchor keeps its year; a yearless Feb. 29 a leap year); without
  a parse the tense is read from the expression's clause first; a range start without a.m./p.m. takes the
  meridian of its end ("1:00-3:00 p.m."); "the week of May 20" is a week; "a decade ago today" a day;
  "Oct. 19 last year", "March of last year" one date in the year counted from the anchor; "the previous
  month/year" with no date before it counts from the anchor (not in history writing); "shortly before
  midnight" is 23:59 of the stated day. A clock time next to "N hours later/earlier" takes the day of the
  clock time before it shifted by N hours (as instants), "A day later," ("Exactly twenty years later,")
  moves the day it took; "the next day" counts from a date the text gave, never from a bare clock time. A
  clock time restating a UTC/GMT one in another zone ("0426 GMT, or 10:26 a.m. local time"; "In Houston
  it was 10:26 p.m. CST" the next sentence, a whole day off) is that instant, and so is a UTC clock time of no day of its own a whole day
  off the local one before it ("9:30 p.m. EDT [...] already 01:30 on the UTC clock"); "local time" takes a
  place of its own sentence or before. A story's months are cyclic: a January date after a December one
  in the paragraph before continues the story into the next year.
  ``narrative=True``
  (history writing) resolves against the last absolute date instead of the anchor.
- ``grammar.detect(text) -> list[Mention]`` / ``grammar.resolve(mention, anchor, ...)``: the two halves.
- ``timex_to_time_value(timex) -> TimeValue | None``: the graph's record: ``value`` in ISO 8601 at its
  precision (``2020-02-06T09:12:00Z`` minute in UTC; ``2020-02-06T09:12:00`` without ``Z`` when no zone
  is known, its bounds then widened by the world's offsets, -14 h/+12 h; ``2020-02-06`` day, also for
  "Friday morning"; ``2021-W39`` week; ``2021-W39-WE`` weekend; ``2020-02`` month; ``2020-SU`` season;
  ``2020-Q1`` quarter (precision "season"); ``2020`` year; ``199`` decade), kind "date"/"time";
  durations ``PT7H45M`` with kind "duration"; sets ``P1D`` with kind "set"; ``earliest``/``latest`` as
  UTC-aware datetimes (None for durations and sets; "early/mid/late" narrow them to a third of the
  period while the value keeps its precision); ``relative=True`` with ``anchor="published"`` when the
  value depended on the publication date, ``anchor="text:<date>"`` when it counted from a date the text
  gave ("the next day"). Values the graph cannot use (PRESENT_REF/PAST_REF, vague
  durations ``PXD``, partly unknown ``XXXX-..`` values, centuries, BC years) give None and are dropped,
  as are relative expressions when there is no anchor.
- ``shift(time, duration, direction=1) -> TimeValue``: "about 30 hours later" (direction 1) or "3 hours
  earlier" (-1) resolved against the time of the event it follows: bounds shifted, precision the coarser
  of the two (hours keep minute values), ``relative=True``, ``anchor="shift:<time>+<duration>"``;
  ValueError for a time without bounds or a vague duration.
- ``parse_duration(value) -> relativedelta``.
"""

from __future__ import annotations

import calendar
import json
import logging
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta

from pipeline.model import TimeValue
from pipeline.paths import DATA_DIR

log = logging.getLogger(__name__)

UTC = timezone.utc

# TIMEX unit codes used in the lexicon -> (ISO 8601 duration designator, is a time-part unit, factor)
_UNIT_ISO: dict[str, tuple[str, bool, int]] = {
    "S": ("S", True, 1), "MIN": ("M", True, 1), "H": ("H", True, 1), "D": ("D", False, 1),
    "W": ("W", False, 1), "FN": ("W", False, 2), "M": ("M", False, 1), "Y": ("Y", False, 1),
    "DE": ("Y", False, 10), "CE": ("Y", False, 100), "Q": ("M", False, 3),
}
_PRECISION_ORDER = ["second", "minute", "hour", "day", "week", "month", "season", "year", "decade"]

_FUTURE_CUES = re.compile(
    r"\b(?<!\bas\s)(?<!\bthan\s)(?:will|'ll|shall|going to|scheduled|planned (?:for|to)|plans? to|planning to|set to|set for|expected to|"
    r"expects? to|(?:is|are) due|slated|upcoming|targeting|aims? to|is to|are to|next|postponed|delayed|rescheduled|pushed back)\b", re.I)
_FUTURE_SLACK_DAYS = 14  # how far before the anchor a day in a future statement still means this year's
_PAST_SLACK_DAYS = 2  # how far after the anchor a day in a past statement still means this year's
_NIGHT_ENDS = 5  # clock hours before this, said of a named night ("Saturday night"), are the next calendar day
# a full stop, unless it ends "a.m."/"p.m." before a zone or a date ("at 8:21 p.m. EDT March 21")
_SENTENCE_END = re.compile(
    r"(?:(?<![ap]\.m)[.!?]|(?<=[ap]\.m)\.(?!\s+(?:[A-Z]{2,5}\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
    r"Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b(?!\s+[a-z]))))\s+(?=[A-Z\"“])|\n\s*\n")


@dataclass(frozen=True)
class Mention:
    """A detected stretch of text that names a time; ``parts`` holds the pieces of a merged mention."""

    start: int
    end: int
    text: str
    rule: str
    groups: dict[str, str | None] = field(default_factory=dict, hash=False, compare=False)
    parts: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Timex:
    """A normalised expression in TIMEX3 terms, plus what the graph needs beyond TimeML."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str
    mod: str | None = None
    relative: bool = False
    utc_offset: timedelta | None = None  # for TIME: the offset of the local clock value (None: unknown)
    zone_known: bool = False
    zone: str | None = None  # "abbr:GMT" or an IANA name, for TIME with a stated zone
    clock_only: bool = False  # a clock time whose date came from the anchor, not from the text
    anchor: str = "published"  # what a relative value was resolved against: "published" or "text"
    # a clock-only restatement ("10:31 p.m. EDT (02:31 UTC)"): the first rendering (value, zone), whose
    # local day the sentence's date names; the restatement's day is then the one nearest that instant
    restates: tuple[str, str] | None = None
    written_zone: str | None = None  # of a restated clock time: the zone of its first rendering (the text's own)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the sentence around [start, end) (at most 400 chars either side); "p.m. EDT"
    and "a.m. Thursday" do not end a sentence, a blank line does."""
    window_start = max(0, start - 400)
    sentence_start = window_start
    for m in _SENTENCE_END.finditer(text, window_start, start):
        sentence_start = m.end()
    m_end = _SENTENCE_END.search(text, end, end + 400)
    return sentence_start, (m_end.start() + 1 if m_end else min(len(text), end + 400))


def guess_tense(text: str, start: int, end: int) -> str:
    """"future" when the sentence around [start, end) speaks of the future, else "past" (news default)."""
    sentence_start, sentence_end = sentence_bounds(text, start, end)
    sentence = text[sentence_start:sentence_end]
    return "future" if _FUTURE_CUES.search(sentence) else "past"


def _alternation(words: list[str]) -> str:
    """A regex alternation, longest first so that "Sept" wins over "Sep"; spaces match any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


class TimeGrammar:
    """The compiled grammar and vocabularies; build once with ``load`` (cached by ``default_grammar``)."""

    def __init__(self, words: dict, zones: dict) -> None:
        self.months: dict[str, int] = words["months"]
        self.month_caps = set(words["month_names_needing_capital"])
        self.weekdays: dict[str, int] = words["weekdays"]
        self.seasons: dict[str, str] = words["seasons"]
        self.parts_of_day: dict[str, str] = words["parts_of_day"]
        self.numbers: dict[str, float] = words["numbers"]
        self.vague: set[str] = set(words["vague_quantities"])
        self.ordinals: dict[str, int] = words["ordinals"]
        self.units: dict[str, str] = words["units"]
        self.set_adverbs: dict[str, str] = words["set_adverbs"]
        self.present_words: dict[str, str] = words["present_words"]
        self.relative_days: dict[str, int] = words["relative_days"]
        self.shift_words: dict[str, int] = words["relative_shift_words"]
        self.modifiers: dict[str, str] = words["modifiers"]
        self.holidays: dict[str, str] = words.get("holidays", {})
        self.era_markers: dict[str, str] = words.get("era_markers", {})
        filters = words["filters"]
        self._year_blocked_after = re.compile(
            rf"\s*(?:{_alternation(filters['year_blockers_after'])}|[a-z]+s\s+(?:per|of)\b)(?!\w)", re.I)
        self._year_blocked_before = re.compile(rf"(?:{_alternation(filters['year_blockers_before'])})\s*$")
        self._may_modal = re.compile(rf"\s+(?:{_alternation(filters['may_modal_followers'])}|\w+ly)\b")
        self._season_modifier = re.compile(rf"[\s-]+(?:{_alternation(filters['season_noun_followers'])})\b", re.I)
        self._bare_month_context = re.compile(rf"\b(?:{_alternation(filters['bare_month_context_before'])})\s+$", re.I)
        self._past_evidence = re.compile(
            rf"\b(?:{_alternation(words.get('past_verbs', []))}|[a-z]{{2,}}ed)\b(?<!\bscheduled)(?<!\bplanned)(?<!\bexpected)"
            r"(?<!\btargeted)(?<!\bslated)(?<!\bneed)(?<!\bspeed)(?<!\bfeed)", re.I)
        narrative = words.get("narrative", {})
        self._passing_cue = re.compile(rf"\b(?:{_alternation(narrative.get('passing_cues', ['previous']))})\b", re.I)
        self._adverb_passing_cue = re.compile(
            rf"(?<![\w'’])(?P<before>\w+\s+)?(?:{_alternation(narrative.get('adverb_passing_cues', ['first']))})\b", re.I)
        self._adjective_determiners = {w.lower() for w in narrative.get("adjective_determiners", ["the"])}
        self._FORWARD_CUE = re.compile(
            rf"\b(?:{_alternation(narrative.get('forward_cues', ['later']))}|after\s+(?:the\s+|its\s+|their\s+)?"
            rf"(?:{_alternation(narrative.get('after_events', ['launch']))}))\b", re.I)
        self._BACKWARD_CUE = re.compile(
            rf"\b(?:{_alternation(narrative.get('backward_cues', ['earlier']))}|before\s+(?:the\s+|its\s+|their\s+)?"
            rf"(?:{_alternation(narrative.get('after_events', ['launch']))}))\b", re.I)
        self._relative_opener = re.compile(
            rf"(?:,|\(|—|–)\s*(?:{_alternation(narrative.get('relative_openers', ['who', 'which']))})\b", re.I)

        def scene_setter(openers: list[str]) -> re.Pattern:
            return re.compile(rf"(?:^|[.!?:;]\s+|\n\s*)[\"“(]?(?:(?:{_alternation(openers)})[\s,-]+){{0,4}}$", re.I)

        scene_openers = narrative.get('scene_openers', ['in'])
        self._scene_setter = scene_setter(scene_openers)
        # history writing moves forward: "By 1954, the war ..." does set the scene there
        self._history_scene_setter = scene_setter(scene_openers + narrative.get('history_scene_openers', []))
        self._retrospective = re.compile(
            rf"\b(?P<n>\d+|[a-z]+(?:[\s-][a-z]+)?)\s+(?:{_alternation(narrative.get('retrospective_headline', ['years ago']))})\b|"
            rf"\b(?P<ord>\d+)(?:st|nd|rd|th)\s+(?:{_alternation(narrative.get('anniversary_words', ['anniversary']))})\b", re.I)
        self.age_before = set(words["age_words_before"])
        self.age_after = set(words["age_words_after"])
        self.zone_abbreviations: dict[str, float] = zones["abbreviations"]
        self.zone_names: dict[str, str] = {k.lower(): v for k, v in zones["names"].items()}
        self.zone_names_exact: dict[str, str] = {k: v for k, v in zones["names"].items() if k.isupper()}
        self.places: dict[str, str] = zones["places"]
        self._compile()

    @classmethod
    def load(cls, data_dir: str | Path | None = None) -> TimeGrammar:
        lexicon = Path(data_dir or DATA_DIR) / "lexicon"
        words = json.loads((lexicon / "time-words.json").read_text(encoding="utf-8"))
        zones = json.loads((lexicon / "time-zones.json").read_text(encoding="utf-8"))
        return cls(words, zones)

    # ------------------------------------------------------------------ grammar
    def _compile(self) -> None:
        month = rf"(?P<month>{_alternation(list(self.months))})\.?"
        weekday_full = [w for w in self.weekdays if len(w) > 5]
        weekday = rf"(?P<weekday>{_alternation(weekday_full)})"
        day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d)"
        year = r"(?P<year>1[0-9]{3}|20[0-9]{2})(?![\d,]\d)"
        mods = rf"(?P<mod>{_alternation(list(self.modifiers))})"
        tens = _alternation([w for w, v in self.numbers.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)])
        ones = _alternation([w for w, v in self.numbers.items() if isinstance(v, int) and 1 <= v <= 9 and w not in ("a", "an")])
        num = (rf"(?P<num>\d+(?:[.,]\d+)?|(?:{tens})[\s-](?:{ones})|{_alternation([w for w in self.numbers])}|"
               rf"{_alternation(list(self.vague))})")
        units = rf"(?P<unit>{_alternation(list(self.units))})"
        unit2 = rf"(?P<unit2>{_alternation(list(self.units))})"
        num2 = rf"(?P<num2>\d+|{_alternation([w for w in self.numbers if ' ' not in w])})"
        zone_abbr = _alternation(list(self.zone_abbreviations))
        zone_name = _alternation([k for k in self.zone_names if not k.isupper()])
        zone_exact = _alternation(list(self.zone_names_exact))
        place = _alternation(list(self.places))
        # "04:43 on the UTC clock", "1204 GMT by the station's clock" is that zone; "(UTC+8)" a fixed offset
        on_clock = rf"(?:(?:on|by|per|according\s+to)\s+(?:the\s+)?(?=(?-i:{zone_abbr})\s+clocks?\b))?"
        fixed_offset = r"(?:(?<=UTC)|(?<=GMT))(?P<zoffset>[+−-](?:1[0-4]|0?\d)(?::?[0-5]\d)?)(?![\d:])"
        zone = (rf"(?:{on_clock}(?P<zabbr>(?-i:{zone_abbr}|{zone_exact}))(?:{fixed_offset}|\b)(?:\s+clocks?\b)?|"
                rf"(?P<zname>{zone_name})\b|"
                rf"(?:local\s+)?(?P<zplace>{place})\s+time\b|(?P<zlocal>local\s+time)\b)")
        ampm = r"(?P<ampm>[ap]\.?\s?m\b\.?)"
        rel = rf"(?P<rel>{_alternation(list(self.shift_words))})"
        seasons = rf"(?P<season>{_alternation(list(self.seasons))})"
        pod = rf"(?P<pod>{_alternation(list(self.parts_of_day))})"
        ordinal_words = _alternation(list(self.ordinals))
        set_adv = _alternation(list(self.set_adverbs))
        present = _alternation(list(self.present_words))
        relday = rf"(?P<relday>{_alternation(list(self.relative_days))})"

        rules: list[tuple[str, str]] = [
            ("iso", r"\b(?P<year>\d{4})-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?:[T ](?P<hour>[0-2]\d):(?P<minute>[0-5]\d)"
                    r"(?::(?P<second>[0-5]\d))?(?:\.\d+)?(?P<isozone>Z|[+-]\d\d:?\d\d)?)?(?![\d-])"),
            ("numeric", r"(?<![\d/.])\b(?P<na>[0-3]?\d)(?P<nsep>[/.])(?P<nb>[0-3]?\d)(?P=nsep)(?P<year>(?:19|20)\d\d)\b(?![/.]\d)"),
            ("dmy", rf"\b(?:{weekday},?\s+)?(?:the\s+)?{day}(?:\s+of)?\s+{month}(?:,?\s+{year})?\b"),
            ("mdy", rf"\b(?:{weekday},?\s+)?{month}\s+(?:the\s+)?{day}(?:,?\s+{year})?\b"),
            ("month_year", rf"\b(?:(?:the\s+)?{mods}[\s-]*(?:of\s+)?)?{month},?\s+(?:of\s+)?{year}\b"),
            ("month", rf"\b(?:(?:the\s+)?{mods}[\s-]*(?:of\s+)?)?(?:{rel}\s+)?{month}(?![\w-])"),
            ("year", rf"(?<![\d$€£.,:/])(?<![A-Za-z]-)\b(?:(?:the\s+)?{mods}[\s-]*(?:of\s+)?)?(?:(?:the\s+)?(?P<fiscal>fiscal|calendar)\s+(?:year\s+)?)?{year}\b(?!-\d\b)"),
            ("year_tail", r"(?<=\b\d{4}[-–])(?P<yy>\d\d)\b(?![-–/.,]\d)"),
            ("decade", rf"\b(?:the\s+)?(?:{mods}[\s-]*)?(?P<decade>1[0-9]{{2}}0|20[0-9]0|'[0-9]0)'?s\b"),
            ("century", rf"\b(?:(?:the\s+)?{mods}[\s-]*)?(?P<cent>\d{{1,2}}(?:st|nd|rd|th)|{ordinal_words})[\s-]+century\b"),
            ("season", rf"\b(?:(?:the\s+)?{mods}[\s-]*(?:of\s+)?)?(?:(?P<rel>last|next|this|previous|coming|the)\s+)?{seasons}(?:\s+(?:of\s+)?{year})?\b"),
            ("weekday", rf"\b(?:{rel}\s+)?{weekday}(?:\s+{pod})?(?:\s+(?:of\s+)?(?P<wkrel>next|last|this|the\s+following|the\s+previous)\s+week)?\b"),
            ("relday", rf"\b{relday}(?:\s+{pod})?\b"),
            ("podday", rf"\b(?P<podrel>this|last|yesterday|tomorrow|tonight|early\s+this|late\s+last)\s+{pod}\b"),
            ("relunit", rf"\b(?:(?P<pre>earlier|later)\s+)?(?:(?:the\s+)?{mods}[\s-]*(?:of\s+)?)?(?:the\s+)?{rel}\s+(?P<fiscal>fiscal\s+)?(?P<runit>week|weekend|month|year|decade|century|quarter|season)\b"),
            ("end_of_unit", rf"\b{mods}\s+the\s+(?P<eunit>week|month|year|decade)\b"),
            ("within", r"\b(?:earlier|later)\s+in\s+the\s+(?P<wunit>week|month|year)\b"),
            ("anchored", r"\b(?:the\s+)?(?P<adir>next|following|previous|preceding|prior|(?<=the\s)same|that(?:\s+same)?)\s+(?P<aunit>day|morning|afternoon|evening|night|week|month|year)\b(?!\s+(?:of|after|before)\b)|\bthe\s+day\s+(?P<adir2>before|after)\b(?=\s*[,.;:!?)]|\s+(?:and|but|while)\b)"),
            ("ordday", r"(?:(?<=\bon )|(?<=\bby )|(?<=\buntil )|(?<=\bfrom )|(?<=\bto )|(?<=\bbefore )|(?<=\bafter ))the\s+(?P<oday>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s*[A-Za-z0-9])"),
            ("quarter", rf"\b(?:the\s+)?(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter(?:\s+of\s+(?:(?P<qrel>this|last|next)\s+year|{year}))?\b|(?-i:\bQ(?P<qnum>[1-4]))(?:\s+(?:of\s+)?(?P<qyear>1[0-9]{{3}}|20[0-9]{{2}}))?\b"),
            ("ago", rf"\b{num}(?:[\s-]+and[\s-]+a[\s-]+half)?[\s-]+{units}\s+(?P<dir>ago|from\s+now|hence)\b(?:\s+(?P<agotoday>today)\b)?"),
            ("duration", rf"\b(?P<det>the\s+(?:past|last|next|first|previous|coming|following|final|remaining|latest|entire|whole)\s+|(?:past|last|next|previous|coming|following|recent)\s+|a\s+mere\s+|the\s+)?{num}(?P<half>[\s-]+and[\s-]+a[\s-]+half)?[\s-]+{units}(?:,?\s+(?:and\s+)?{num2}[\s-]+{unit2})?(?![\w-])"),
            ("halfunit", rf"\b(?:half\s+an?\s+(?P<hunit>hour|day|year|century|decade|minute)|(?:a\s+)?(?P<hunit2>half)-(?P<hunit3>hour|day|year|century))\b"),
            ("vague_plural", rf"\b(?P<vdet>recent|the\s+(?:past|last|coming|next|following|previous|preceding))\s+(?P<vunit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b"),
            ("set", rf"\b(?:(?:once|twice|three\s+times|\d+\s+times)\s+(?:a|an|per|each|every)\s+(?P<sunit>second|minute|hour|day|week|month|year|decade)|per\s+(?P<sunit3>day|week|month|year)|(?:every|each)\s+(?:(?P<sn>other|\d+|{_alternation([w for w in self.numbers if ' ' not in w and w not in ('a', 'an')])})\s+)?(?P<sunit2>{_alternation(list(self.units))}|season|{_alternation(list(self.seasons))}|{_alternation(weekday_full)}|morning|night|evening)|(?P<sadv>{set_adv}))\b"),
            ("bare_plural", r"(?:(?<=\bfor )|(?<=\bover )|(?<=\bin )|(?<=\bwithin ))(?P<bunit>years|decades|months|weeks|days|hours|minutes|centuries)\b(?!\s+(?:of|ago|later|earlier|before|after|old)\b)"),
            ("weekend", r"\bthe\s+weekend\b"),
            ("long_adj", r"\b(?P<lunit>year|month|week|day|hour|decade|minute|century)[\s-]long\b"),
            ("holiday", rf"\b(?P<holiday>{_alternation(list(self.holidays))})(?:\s+(?:of\s+)?{year})?\b"),
            ("era_year", rf"\b(?:(?P<era_pre>AD|A\.D\.)\s*)?(?P<era_year>\d{{1,4}})\s*(?P<era>BCE|BC|B\.C\.E\.|B\.C\.|AD|A\.D\.|CE)(?!\w)"),
            ("present", rf"(?<!\w)(?P<present>{present})\b"),
            ("clock", rf"(?<![\d:.])\b(?P<hour>2[0-3]|[01]?\d)(?:(?P<sep>[:.h])(?P<minute>[0-5]\d))?(?::(?P<second>[0-5]\d))?(?:\s*{ampm})?(?:\s*(?:\(\s*)?{zone})?"),
            ("clock4", rf"(?<![\d:.])\b(?P<hhmm>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s*(?:hours?\s+|h\s+)?(?:{zone})"),
            ("noon", rf"\b(?P<noon>noon|midday|midnight)(?:\s+{zone})?"),
        ]
        self._rules = [(name, re.compile(pattern, re.I)) for name, pattern in rules]
        self._zone_after = re.compile(rf"\s*\(\s*{zone}\s*\)|,?\s+(?P<zabbr_after>(?-i:{zone_abbr}))\b", re.I)
        # "at 5:42 a.m. on Wednesday, Beijing time,": a named zone set off by a comma
        self._zone_after_comma = re.compile(rf",\s+{zone}(?=\s*(?:[,.;:)]|$))", re.I)
        self._pod_of = re.compile(rf"\bthe\s+{pod}\s+of\s+$", re.I)
        # Cheap triggers: a rule runs only in windows around words it cannot match without (speed: most
        # rules begin with optional modifiers, which makes a regex scan of every position slow). Words are
        # looked up in a dict after one tokenising pass; a multi-word phrase triggers on its last word.
        word_classes: dict[str, set[str]] = {}

        def add(words, trigger: str) -> None:
            for phrase in words:
                word_classes.setdefault(phrase.lower().split()[-1].split("-")[-1], set()).add(trigger)

        add(self.months, "month")
        add(weekday_full, "weekday")
        add(["century", "centuries"], "century")
        add(self.seasons, "season")
        add(list(self.relative_days) + ["tonight"], "relday")
        add(self.parts_of_day, "pod")
        add([*self.units, "weekend", "weekends"], "unit")
        add(["quarter", "quarters", "q"], "quarter")  # "Q3" tokenises as "Q" + "3"
        add(["ago", "now", "hence"], "ago")
        add(["half"], "half")
        add(["once", "twice", "times", "every", "each", "per", *self.set_adverbs], "set")
        add(self.present_words, "present")
        add(["noon", "midday", "midnight"], "noon")
        add(["s"], "decade")  # "1990s" tokenises as "1990" + "s"
        add(["long"], "long")
        add(["st", "nd", "rd", "th"], "ordday")
        add(["next", "following", "previous", "preceding", "prior", "before", "after", "same", "that"], "anchored")
        add([h.split()[-1] for h in self.holidays] + [h.split()[0] for h in self.holidays], "holiday")
        add(["bc", "bce", "ad", "ce", "c", "d", "e"], "era")
        self._word_triggers = {w: tuple(sorted(c)) for w, c in word_classes.items()}
        self._token = re.compile(r"[A-Za-z]+|\d+")
        self._clock_trigger = re.compile(r"\d[:.h]\d\d|\d\s?[apAP]\.?\s?[mM]\b")
        self._rule_trigger = {
            "iso": "digits4", "numeric": "digits4", "end_of_unit": "unit", "within": "unit", "anchored": "anchored", "ordday": "ordday", "dmy": "month", "mdy": "month", "month_year": "month", "month": "month",
            "year": "digits4", "year_tail": "digits4", "decade": "decade", "century": "century", "season": "season", "weekday": "weekday",
            "relday": "relday", "podday": "pod", "relunit": "unit", "quarter": "quarter", "ago": "ago",
            "duration": "unit", "halfunit": "half", "vague_plural": "unit", "set": "set", "present": "present",
            "clock": "clock", "clock4": "digits4", "noon": "noon", "long_adj": "long", "bare_plural": "unit",
            "weekend": "unit", "holiday": "holiday",
            "era_year": "era",
        }

    def _trigger_windows(self, text: str, margin: int = 80) -> dict[str, list[tuple[int, int]]]:
        """For each trigger class, merged character windows around its hits."""
        hits: dict[str, list[tuple[int, int]]] = {}
        for m in self._token.finditer(text):
            word = m.group()
            classes = self._word_triggers.get(word.lower())
            if classes:
                for c in classes:
                    hits.setdefault(c, []).append(m.span())
            if word.isdigit() and len(word) == 4:
                hits.setdefault("digits4", []).append(m.span())
        for m in self._clock_trigger.finditer(text):
            hits.setdefault("clock", []).append(m.span())
        windows: dict[str, list[tuple[int, int]]] = {}
        for trigger, spans in hits.items():
            merged: list[tuple[int, int]] = []
            for start, end in sorted(spans):
                lo, hi = max(0, start - margin), min(len(text), end + margin)
                if merged and lo <= merged[-1][1]:
                    merged[-1] = (merged[-1][0], hi)
                else:
                    merged.append((lo, hi))
            windows[trigger] = merged
        return windows

    # ------------------------------------------------------------------ detection
    def detect(self, text: str) -> list[Mention]:
        """Non-overlapping candidate mentions, longest first, with clock times merged into their dates."""
        candidates: list[Mention] = []
        windows_by_trigger = self._trigger_windows(text)
        for name, pattern in self._rules:
            for lo, hi in windows_by_trigger.get(self._rule_trigger[name], ()):
                for m in pattern.finditer(text, lo, hi):
                    mention = self._accept(name, m, text)
                    if mention is not None:
                        candidates.append(mention)
        candidates.sort(key=lambda c: (-(c.end - c.start), c.start))
        taken: list[Mention] = []
        for c in candidates:
            if all(c.end <= t.start or c.start >= t.end for t in taken):
                taken.append(c)
        taken.sort(key=lambda c: c.start)
        return self._merge(text, taken)

    def _accept(self, name: str, m: re.Match, text: str) -> Mention | None:
        """Filter a raw match: reject what only looks like a time; trim the span to the expression."""
        groups = m.groupdict()
        start, end = m.start(), m.end()
        month = groups.get("month")
        if month and not month[0].isupper():
            return None  # news writes month names capitalised; "march", "august" are other words
        if month and name == "month" and not groups.get("mod") and not groups.get("rel") and \
                len(month) <= 4 and month.lower() in self.month_caps and month.lower() != "may" and \
                text[m.end("month"):m.end("month") + 1] != ".":
            return None  # a bare "Jan" or "Dec" is a name (Jan Woerner) far more often than a month
        if month and month.lower() == "may" and name == "month" and not groups.get("mod") and not groups.get("rel"):
            # "May" alone: a month only where it cannot be the modal verb
            if self._may_modal.match(text[end:end + 20]):
                return None
            if start == 0 or re.search(r"(?:^|[.!?\"“]\s*)$", text[max(0, start - 3):start]):
                return None
        if month and text[end - 1] == "." and end - 1 == m.end("month") and \
                not any(k != month.lower() and k.startswith(month.lower()) for k in self.months):
            end -= 1  # "in July." : the full stop ends the sentence, it is not an abbreviation's
        if name in ("dmy", "mdy", "month_year") and re.search(r"\n\s*\n", text[start:end]):
            return None  # "October\n\n12 | ...": a month and a number in different paragraphs
        if name == "numeric":
            a, b = int(groups["na"]), int(groups["nb"])
            if not (a == b or (a > 12) != (b > 12)) or max(a, b) > 31 or min(a, b) < 1:
                return None  # 03/04/2021 could be March or April
        weekday = groups.get("weekday")
        if weekday and not weekday[0].isupper():
            return None
        if name == "clock" and not groups.get("ampm") and not self._has_zone_groups(groups):
            range_hour = self._range_start_hour(text, m, groups)
            if range_hour is not None:
                groups = dict(groups, range_hour=str(range_hour))
        if name == "clock" and not groups.get("range_hour"):
            if groups.get("minute") is None and not groups.get("ampm") and not (groups.get("zabbr") or groups.get("zname") or groups.get("zplace")):
                return None
            if groups.get("minute") is None and not groups.get("ampm"):
                return None  # "5 GMT" is not how times are written
            if groups.get("sep") in (".", "h") and not (groups.get("ampm") or groups.get("zabbr") or groups.get("zname")):
                return None  # "3.14" is a number
            end = self._trim_paren(text, start, end)
        if name == "clock4":
            end = self._trim_paren(text, start, end)
        if name == "year":
            value = int(groups["year"])
            if not (1600 <= value <= 2099) and not groups.get("mod"):
                return None
            if re.search(r"(?:^|[^\d])\d{3}[-.]\s*$", text[max(0, start - 6):start]) or re.match(r"-\d{3}\b", text[end:end + 5]):
                return None  # a phone number (202-358-1600) or a release number (2024-067)
            if self._year_blocked_after.match(text[end:end + 20]):
                return None  # "1500 kilometers": a quantity
            if self._year_blocked_before.search(text[max(0, start - 12):start]):
                return None  # "Apollo 2020", "No. 1999": a name or a number
        if name in ("duration", "ago", "halfunit"):
            before = text[max(0, start - 12):start].lower().split()
            after = text[end:end + 8].lower()
            if (before and before[-1] in self.age_before) or re.match(r"[\s-]*(?:old|of age)\b", after):
                return None
            num = (groups.get("num") or "").lower()
            det = (groups.get("det") or "").strip().lower()
            if name == "duration" and num in ("a", "an", "one") and re.search(r"(?:once|twice|times|per)\s*$", text[max(0, start - 8):start].lower()):
                return None
            if name == "duration" and num in ("a", "an") and not groups.get("det") and not groups.get("unit2") and \
                    re.search(r"(?:\d|%|percent|dollars|euros|pounds|million|billion|trillion|people|tons|tonnes)\s*$", text[max(0, start - 12):start], re.I):
                groups = dict(groups, rate="yes")  # "$100,000 a year", "5 percent a year": a rate, i.e. a SET
            if name == "duration" and det == "the" and num in self.vague:
                return None
            if name == "duration" and num in ("some", "many") and not det:
                return None
            unit_word = (groups.get("unit") or "").lower()
            if name == "duration" and num == "one" and unit_word == "day" and not groups.get("det") and \
                    not re.search(r"\b(?:for|in|within|after|only|just|than|about|nearly|almost|lasted|of)\s+$", text[max(0, start - 8):start].lower()):
                return None  # "she would be an astronaut one day": some day, not a duration
            if name == "duration" and unit_word.startswith("quarter"):
                return None  # "three quarters of", "a quarter" are fractions far more often than durations
            if name == "duration" and unit_word == "second" and num in ("a", "an") and \
                    re.match(r"\s+[a-z]", text[end:end + 3], re.I) and not re.match(r"\s+(?:later|earlier|after|before|ago)\b", text[end:end + 10]):
                return None  # "a second attack": an ordinal
        if name == "season":
            rel = (groups.get("rel") or "").lower()
            if not rel and not groups.get("year") and not groups.get("mod") and \
                    not re.search(r"(?:\b(?:in|during|by|until|through|since|that|each|every|early|late)\s+)$", text[max(0, start - 10):start].lower()):
                return None
            if rel == "the" and not groups.get("year") and not re.search(r"(?:in|during|by|over|through|until|since)\s+$", text[max(0, start - 10):start].lower()):
                return None
            if groups["season"].lower() == "fall" and not groups.get("year") and rel not in ("last", "next", "this", "the"):
                return None
            if self._season_modifier.match(text[end:end + 14]):
                return None  # "the winter season", "summer internship": a modifier, not a time
        if name == "era_year":
            era = groups["era"].upper().replace(".", "")
            if era in ("AD", "CE") and not groups.get("era_pre") and int(groups["era_year"]) > 2100:
                return None
            if era == "CE" and not text[start:end].rstrip().endswith("CE"):
                return None
        if name == "relunit" and re.match(r"\s+of\b", text[end:end + 4]) and \
                (groups.get("rel") or "").lower() in ("last", "first", "next", "final", "previous", "following"):
            return None  # "the last week of August" is a week of August, not last week
        if name == "relunit" and (groups.get("rel") or "").lower() in ("following", "previous", "preceding"):
            return None  # "the following year" counts from the text's last date: the "anchored" rule
        if name == "present":
            word = groups["present"].lower()
            if word == "the present" and re.match(r"\s+(?:day|time)", text[end:end + 6]):
                end = m.end() + len(re.match(r"\s+(?:day|time)", text[end:end + 6]).group(0))
            if re.match(r"in\s+the\s", word):
                start += len(re.match(r"in\s+", word).group(0))  # "in the past": the expression is "the past"
        if name == "month" and not groups.get("mod") and not groups.get("rel"):
            # "March" as a verb/noun ("march on"), "Mar" in names: a bare month needs calendar context
            if month and month.lower() in ("march", "mar") and not self._bare_month_context.search(text[max(0, start - 10):start]):
                return None
        return Mention(start, end, text[start:end], name, groups)

    _RANGE_END_CLOCK = re.compile(r"\s*(?:-|–|—|to|and|until|till|through)\s*(?P<h2>[01]?\d)(?::[0-5]\d)?\s*(?P<m2>[ap])\.?\s?m\b", re.I)

    @staticmethod
    def _has_zone_groups(groups: dict) -> bool:
        return any(groups.get(k) for k in ("zabbr", "zname", "zplace", "zlocal"))

    def _range_start_hour(self, text: str, m: re.Match, groups: dict) -> int | None:
        """The 24-hour clock of a range start written without a.m./p.m. ("1:00-3:00 p.m.", "between 9 and
        10 a.m."): the latest reading before the range's end; None when ``m`` does not start such a range.
        A bare hour needs "between"/"from" before it or a dash after it ("9-11 a.m.")."""
        end_m = self._RANGE_END_CLOCK.match(text, m.end())
        if not end_m:
            return None
        dash = end_m.group(0).lstrip()[:1] in "-–—"
        if groups.get("minute") is None and not dash and \
                not re.search(r"\b(?:between|from)\s+$", text[max(0, m.start() - 10):m.start()], re.I):
            return None
        start_hour, end_hour = int(groups["hour"]), int(end_m.group("h2"))
        if not (1 <= start_hour <= 12 and 1 <= end_hour <= 12):
            return None
        end24 = end_hour % 12 + (12 if end_m.group("m2").lower() == "p" else 0)
        earlier = [h for h in (start_hour % 12, start_hour % 12 + 12) if h < end24]
        return max(earlier) if earlier else None

    @staticmethod
    def _trim_paren(text: str, start: int, end: int) -> int:
        """A clock match may swallow an opening parenthesis before its zone: "1:16 a.m. (EDT)" keeps its
        closing parenthesis; a '(' that is not closed right after the zone is cut off with the zone."""
        span = text[start:end]
        if "(" in span and ")" not in span:
            close = re.match(r"\s*\)", text[end:end + 3])
            return end + close.end() if close else start + span.index("(")
        return end

    _DATEISH = frozenset({"iso", "numeric", "dmy", "mdy", "weekday", "relday", "podday"})
    _CLOCKISH = frozenset({"clock", "clock4", "noon"})
    # (a blank line after a clock time parts it from a date: "2:00 PM CST\n\nJanuary 31" heads a new item;
    # a date then a blank line then a clock time is a schedule heading and its first entry)
    _CLOCK_THEN_DATE = re.compile(r"(?!.*\n\s*\n)\s*(?:,|on|of)?\s*(?:,\s*)?(?:on\s+)?", re.I | re.S)
    _DATE_THEN_CLOCK = re.compile(r"\s*,?\s*(?:at|@|,)?\s*(?:about|around|approximately|(?:(?:shortly|just|right)\s+)?(?:before|after))?\s*", re.I)
    _BEFORE_MIDNIGHT = re.compile(r"\bbefore\s+$", re.I)
    _AFTER_RESTATEMENT = re.compile(r"[,;]?\s+[A-Za-z][^\d()\[\]]{0,40}")
    _INSIDE_PARENS = re.compile(r"[\s,]*(?:(?:on|at|or|which\s+is|that\s+is|i\.e\.,?)\s+)?", re.I)

    def _merge(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Join a clock time with its date ("09:12 GMT (10:12 CET), 6 February 2020") into one mention.

        A clock time restated in another zone, in parentheses or after a slash ("10:31 p.m. EDT (02:31 UTC
        on May 14)", "12:00 UTC/14:00 CEST"), becomes one "restated" mention whose parts are the first
        rendering (with the date written outside the parentheses) and the restatement (with its own date).
        """
        out: list[Mention] = []
        i = 0
        while i < len(mentions):
            cur = mentions[i]
            if cur.rule in self._CLOCKISH:
                clock, i, end = cur, i + 1, cur.end
                alternate, i, end = self._restatement(text, mentions, i, end)
                if alternate is None and i < len(mentions) and mentions[i].rule in self._CLOCKISH and \
                        re.fullmatch(r"\s*/\s*", text[end:mentions[i].start]) and self._has_zone(clock) and \
                        self._has_zone(mentions[i]):
                    alternate, end, i = mentions[i], mentions[i].end, i + 1  # the same instant in two zones
                primary: Mention = clock
                if i < len(mentions) and mentions[i].rule in self._DATEISH and \
                        self._CLOCK_THEN_DATE.fullmatch(text[end:mentions[i].start]):
                    date_m = mentions[i]
                    primary = Mention(clock.start, date_m.end, text[clock.start:date_m.end], "datetime", {}, (date_m, clock))
                    i, end = i + 1, date_m.end
                    if alternate is None:  # "7:08 p.m. EDT on May 13 (23:08 UTC)"
                        alternate, i, end = self._restatement(text, mentions, i, end)
                out.append(self._restated(text, primary, alternate, end))
                continue
            if cur.rule in self._DATEISH and i + 1 < len(mentions) and mentions[i + 1].rule in self._CLOCKISH and \
                    self._DATE_THEN_CLOCK.fullmatch(text[cur.end:mentions[i + 1].start]):
                clock_m = mentions[i + 1]
                primary = Mention(cur.start, clock_m.end, text[cur.start:clock_m.end], "datetime", {}, (cur, clock_m))
                # "Feb. 6 at 12:30 p.m. EDT (1730 GMT)": the same instant again, absorbed
                alternate, i, end = self._restatement(text, mentions, i + 2, clock_m.end)
                out.append(self._restated(text, primary, alternate, end))
                continue
            out.append(cur)
            i += 1
        out = self._join_relative_year(text, out)
        out = [self._part_of_day_before(text, m) if m.rule in ("iso", "numeric", "dmy", "mdy", "weekday") else m
               for m in out]
        out = [self._week_of_before(text, m) if m.rule in ("iso", "numeric", "dmy", "mdy") else m for m in out]
        return [self._absorb_trailing_zone(text, m) if m.rule in ("clock", "clock4", "noon", "datetime") else m
                for m in out]

    def _restatement(self, text: str, mentions: list[Mention], index: int, end: int) -> tuple[Mention | None, int, int]:
        """A parenthesised (or bracketed) restatement of a clock time starting at ``mentions[index]``: "(1730
        GMT)", "(02:31 UTC on May 14)", "(0231 GMT May 14)", "[2:31 a.m. GMT on Tuesday]". Returns the restatement
        (a clock, or a "datetime" when it carries its own date), the next index and the new end; (None,
        index, end) when there is none."""
        opening = re.match(r"\s*([(\[])", text[end:])
        if not opening:
            return None, index, end
        open_at = end + opening.end()
        bracket, closing = opening.group(1), {"(": ")", "[": "]"}[opening.group(1)]
        close_at = text.find(closing, open_at)
        if close_at < 0 or bracket in text[open_at:close_at] or close_at - open_at > 80:
            return None, index, end
        inside: list[Mention] = []
        k = index
        while k < len(mentions) and mentions[k].end <= close_at:
            inside.append(mentions[k])
            k += 1
        clocks = [m for m in inside if m.rule in self._CLOCKISH]
        dates = [m for m in inside if m.rule in self._DATEISH]
        if len(clocks) != 1 or len(dates) > 1 or len(inside) != len(clocks) + len(dates):
            return None, index, end
        pieces = [open_at] + [p for m in inside for p in (m.start, m.end)] + [close_at]
        gaps = [text[pieces[n]:pieces[n + 1]] for n in range(0, len(pieces), 2)]
        # words may follow the restatement ("(02:31 UTC on May 14, in Kazakhstan)"), not precede it
        if not all(self._INSIDE_PARENS.fullmatch(gap) for gap in gaps[:-1]) or \
                not (self._INSIDE_PARENS.fullmatch(gaps[-1]) or self._AFTER_RESTATEMENT.fullmatch(gaps[-1])):
            return None, index, end
        clock = clocks[0]
        alternate = clock
        if dates:
            lo, hi = min(clock.start, dates[0].start), max(clock.end, dates[0].end)
            alternate = Mention(lo, hi, text[lo:hi], "datetime", {}, (dates[0], clock))
        return alternate, k, close_at + 1

    @staticmethod
    def _restated(text: str, primary: Mention, alternate: Mention | None, end: int) -> Mention:
        if alternate is None:
            return primary
        return Mention(primary.start, end, text[primary.start:end], "restated", {}, (primary, alternate))

    def _prefer_utc(self, first: Mention, alternate: Mention) -> Mention:
        """Of two renderings of one instant, the one in UTC/GMT: local-zone tables can be wrong, UTC cannot."""
        abbr = alternate.groups.get("zabbr")
        if abbr and self.zone_abbreviations.get(abbr) == 0 and not first.groups.get("zabbr") in ("UTC", "GMT", "Z", "UT"):
            return alternate
        return first

    @staticmethod
    def _has_zone(mention: Mention) -> bool:
        return any(mention.groups.get(k) for k in ("zabbr", "zname", "zplace", "zlocal"))

    def _absorb_trailing_zone(self, text: str, mention: Mention) -> Mention:
        """"9:56 a.m. Saturday (Beijing Time)": a zone in parentheses after the expression is its zone."""
        clock = mention.parts[1] if mention.rule == "datetime" else mention
        if any(clock.groups.get(k) for k in ("zabbr", "zname", "zplace", "zlocal")):
            return mention
        m = self._zone_after.match(text, mention.end)
        if not m:
            m = self._zone_after_comma.match(text, mention.end)
            if not m or not (m.group("zname") or m.group("zplace")):
                return mention
        if m.groupdict().get("zabbr_after") and mention.rule != "datetime":
            return mention  # "9:34 p.m. EST" is matched by the clock rule itself; only "March 19 EST" is new
        groups = dict(mention.groups)
        found = {k: v for k, v in m.groupdict().items() if v}
        if "zabbr_after" in found:
            found["zabbr"] = found.pop("zabbr_after")
        groups.update(found)
        return Mention(mention.start, m.end(), text[mention.start:m.end()], mention.rule, groups, mention.parts)

    _DATE_THEN_RELATIVE_YEAR = re.compile(r"\s*,?\s*(?:of\s+)?", re.I)

    def _join_relative_year(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"Oct. 19 last year", "March of last year", "in May this year", "the fall of last year": a yearless
        date or season and the relative year after it are one date in that year (counted from the
        publication date)."""
        out: list[Mention] = []
        i = 0
        while i < len(mentions):
            cur = mentions[i]
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if nxt is not None and cur.rule in ("dmy", "mdy", "month", "season") and not cur.groups.get("year") and \
                    (cur.groups.get("rel") or "the").lower() == "the" and nxt.rule == "relunit" and \
                    (nxt.groups.get("runit") or "").lower() == "year" and not nxt.groups.get("pre") and \
                    not nxt.groups.get("mod") and (nxt.groups.get("rel") or "").lower() in ("last", "this", "next", "current") and \
                    self._DATE_THEN_RELATIVE_YEAR.fullmatch(text[cur.end:nxt.start]):
                out.append(Mention(cur.start, nxt.end, text[cur.start:nxt.end], "date_relyear", cur.groups, (cur, nxt)))
                i += 2
                continue
            out.append(cur)
            i += 1
        return out

    _WEEK_OF = re.compile(r"\b(?:the\s+)?week\s+of\s+$", re.I)

    def _week_of_before(self, text: str, mention: Mention) -> Mention:
        """"the week of May 20": the week that day falls in."""
        m = self._WEEK_OF.search(text, max(0, mention.start - 16), mention.start)
        if not m:
            return mention
        return Mention(m.start(), mention.end, text[m.start():mention.end], "weekof", {}, (mention,))

    def _part_of_day_before(self, text: str, mention: Mention) -> Mention:
        """"the morning of December 28, 1979": the part of the day and the date are one TIME."""
        m = self._pod_of.search(text, max(0, mention.start - 30), mention.start)
        if not m:
            return mention
        return Mention(m.start(), mention.end, text[m.start():mention.end], "datepod", {"pod": m.group("pod")}, (mention,))

    # ------------------------------------------------------------------ normalisation
    def resolve(self, mention: Mention, anchor: date | datetime | None, tense: str | None = None,
                text: str = "", zone_hint: str | None = None, year_hint: int | None = None) -> Timex | None:
        """Normalise a mention to TIMEX3 terms; None when it cannot be resolved (e.g. no anchor).

        ``zone_hint``: the zone of a bare clock time when the context gives it ("1 p.m. to 4 p.m. EDT");
        ``year_hint``: the year of a yearless date when the context gives it ("July 29 - Aug. 1, 2024").
        """
        ref = anchor.date() if isinstance(anchor, datetime) else anchor
        if tense is None and text:
            tense = guess_tense(text, mention.start, mention.end)
        try:
            result = self._resolve(mention, ref, tense, text, zone_hint, year_hint)
        except (ValueError, KeyError, OverflowError) as err:
            log.debug("cannot normalise %r: %s", mention.text, err)
            return None
        if result is None:
            return None
        ttype, value, mod, relative, offset, zone_known = result[:6]
        zone = result[6] if len(result) > 6 else None
        restates = result[7] if len(result) > 7 else None
        written_zone = result[8] if len(result) > 8 else None
        clock_only = mention.rule in self._CLOCKISH or (
            mention.rule == "restated" and all(p.rule in self._CLOCKISH for p in mention.parts))
        return Timex(mention.start, mention.end, mention.text, ttype, value, mod, relative, offset, zone_known,
                     zone, clock_only, restates=restates if clock_only else None, written_zone=written_zone)

    def _resolve(self, m: Mention, ref: date | None, tense: str | None, text: str, zone_hint: str | None,
                 year_hint: int | None = None):
        g = m.groups
        rule = m.rule
        mod = self.modifiers.get(re.sub(r"\s+", " ", g["mod"].lower())) if g.get("mod") else None
        if rule == "weekof":
            d = self._resolve(m.parts[0], ref, tense, text, zone_hint, year_hint)
            if d is None or d[0] != "DATE" or not re.fullmatch(r"\d{4}-\d\d-\d\d", d[1]):
                return d
            iso = date.fromisoformat(d[1]).isocalendar()
            return ("DATE", f"{iso[0]:04d}-W{iso[1]:02d}", None, d[3], None, False)
        if rule == "datepod":
            d = self._resolve(m.parts[0], ref, tense, text, zone_hint, year_hint)
            if d is None or d[0] != "DATE" or not re.fullmatch(r"\d{4}-\d\d-\d\d", d[1]):
                return d
            return ("TIME", f"{d[1]}T{self.parts_of_day[g['pod'].lower()]}", None, d[3], None, False)
        if rule == "restated":
            return self._resolve_restated(m, ref, tense, text, zone_hint, year_hint)
        if rule == "date_relyear":
            if ref is None:
                return None
            year = self._resolve_relunit(m.parts[1].groups, ref, None)
            d = self._resolve(m.parts[0], ref, tense, text, zone_hint, int(year[1]))
            return d if d is None else (*d[:3], True, *d[4:])
        if rule == "datetime":
            date_part, clock_part = m.parts
            d = self._resolve(date_part, ref, tense, text, zone_hint, year_hint)
            trailing_zone = self._zone_of(g, m, text, None) if g else None
            c = self._resolve(clock_part, ref, tense, text, trailing_zone or zone_hint)
            if d is None or c is None or d[0] not in ("DATE", "TIME"):
                return d or c
            day_value = d[1][:10]
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", day_value):
                return d
            clock_value = c[1].split("T", 1)[1]
            zone = c[6] if len(c) > 6 else None
            offset = c[4]
            hour, minute = (int(x) for x in clock_value.split(":")[:2])
            if d[1].endswith("TNI") and hour < _NIGHT_ENDS:  # "Saturday night at 12:40 a.m."
                day_value = (date.fromisoformat(day_value) + timedelta(days=1)).isoformat()
            if zone is not None:
                offset = self._offset(zone, date.fromisoformat(day_value), hour, minute)
            return ("TIME", f"{day_value}T{clock_value}", None, d[3], offset, c[5], zone)
        if rule == "iso":
            value = f"{g['year']}-{g['mnum']}-{g['day']}"
            date(int(g["year"]), int(g["mnum"]), int(g["day"]))
            if g.get("hour"):
                value += f"T{g['hour']}:{g['minute']}" + (f":{g['second']}" if g.get("second") else "")
                offset = None
                if g.get("isozone"):
                    z = g["isozone"]
                    offset = timedelta(0) if z == "Z" else _parse_offset(z)
                return ("TIME", value, None, False, offset, offset is not None)
            return ("DATE", value, None, False, None, False)
        if rule == "numeric":
            # 06/02/2020: only when the order is unambiguous (a part above 12 must be the day)
            a, b, y = int(g["na"]), int(g["nb"]), int(g["year"])
            if a > 12 >= b:
                day_n, month = a, b
            elif b > 12 >= a:
                month, day_n = a, b
            elif a == b:
                month = day_n = a
            else:
                return None
            return ("DATE", date(y, month, day_n).isoformat(), None, False, None, False)
        if rule in ("dmy", "mdy"):
            month = self.months[g["month"].lower().rstrip(".")]
            day_n = int(g["day"])
            if not 1 <= day_n <= 31:
                return None
            if g.get("year"):
                y = int(g["year"])
                date(y, month, day_n)
                return ("DATE", f"{y:04d}-{month:02d}-{day_n:02d}", None, False, None, False)
            if year_hint is not None:
                y = year_hint
            elif ref is None:
                return None
            else:
                y = _year_for(ref, month, day_n, tense)
            if (month, day_n) == (2, 29) and year_hint is None:
                # a yearless "Feb. 29": the leap year nearest the one the tense gave
                y = min((c for c in range(y - 3, y + 4) if calendar.isleap(c)), key=lambda c: abs(c - y))
            if g.get("weekday"):
                # "Tuesday, April 2": the year in which that date is that weekday (near the story's year,
                # else near the anchor's)
                wanted = self.weekdays[g["weekday"].lower()]
                step = 4 if (month, day_n) == (2, 29) else 1
                candidates = [y, y - step, y + step]
                if year_hint is not None and ref is not None:
                    own = _year_for(ref, month, day_n, tense)
                    candidates += [own, own - step, own + step]
                for candidate in candidates:
                    try:
                        if date(candidate, month, day_n).isoweekday() == wanted:
                            y = candidate
                            break
                    except ValueError:
                        continue
            date(y, month, day_n)
            return ("DATE", f"{y:04d}-{month:02d}-{day_n:02d}", None, year_hint is None, None, False)
        if rule == "month_year":
            month = self.months[g["month"].lower().rstrip(".")]
            return ("DATE", f"{int(g['year']):04d}-{month:02d}", mod, False, None, False)
        if rule == "month":
            month = self.months[g["month"].lower().rstrip(".")]
            shift = self.shift_words.get((g.get("rel") or "").lower())
            if shift is None and year_hint is not None:
                return ("DATE", f"{year_hint:04d}-{month:02d}", mod, False, None, False)
            if ref is None:
                return None
            if shift is None:
                y = _year_for(ref, month, None, tense)
            elif shift < 0:
                y = ref.year if month < ref.month else ref.year - 1
            elif shift > 0:
                y = ref.year if month > ref.month else ref.year + 1
            else:
                y = ref.year
            return ("DATE", f"{y:04d}-{month:02d}", mod, True, None, False)
        if rule == "year_tail":
            # "1957-58": the second year of a span written short takes the first one's century
            first = int(text[m.start - 5:m.start - 1])
            tail = int(g["yy"])
            candidate = first // 100 * 100 + tail
            if candidate <= first:
                candidate += 100
            if candidate - first > 10:
                return None
            return ("DATE", f"{candidate:04d}", None, False, None, False)
        if rule == "era_year":
            n = int(g["era_year"])
            era = g["era"].upper().replace(".", "")
            if era.startswith("BC"):
                return ("DATE", f"BC{n:04d}", None, False, None, False)
            return ("DATE", f"{n:04d}", None, False, None, False)
        if rule == "holiday":
            month_day = self.holidays[re.sub(r"\s+", " ", g["holiday"].lower())]
            month, day_n = (int(x) for x in month_day.split("-"))
            if g.get("year"):
                y = int(g["year"])
            elif year_hint is not None:
                y = year_hint
            elif ref is None:
                return None
            else:
                y = _year_for(ref, month, day_n, tense)
            return ("DATE", f"{y:04d}-{month:02d}-{day_n:02d}", None, not g.get("year"), None, False)
        if rule == "bare_plural":
            iso, is_time, _ = _UNIT_ISO[self.units[g["bunit"].lower()]]
            return ("DURATION", f"P{'T' if is_time else ''}X{iso}", None, False, None, False)
        if rule == "weekend":
            if ref is None:
                return None
            monday = ref - timedelta(days=ref.weekday())
            if tense == "future" and ref.weekday() < 5:
                week = monday
            elif ref.weekday() >= 5:
                week = monday
            else:
                week = monday - timedelta(weeks=1)
            iso = week.isocalendar()
            return ("DATE", f"{iso[0]:04d}-W{iso[1]:02d}-WE", None, True, None, False)
        if rule == "long_adj":
            unit = self.units[g["lunit"].lower()]
            return ("DURATION", _duration_value({unit: 1}), None, False, None, False)
        if rule == "year":
            return ("DATE", f"{int(g['year']):04d}", mod, False, None, False)
        if rule == "decade":
            d = g["decade"]
            if d.startswith("'"):
                d = ("19" if int(d[1]) >= 3 else "20") + d[1:]
            return ("DATE", d[:3], mod, False, None, False)
        if rule == "century":
            c = g["cent"].lower()
            n = self.ordinals.get(c) or int(re.match(r"\d+", c).group(0))
            return ("DATE", f"{n - 1:02d}", mod, False, None, False)
        if rule == "season":
            season = self.seasons[g["season"].lower()]
            if g.get("year"):
                return ("DATE", f"{int(g['year']):04d}-{season}", mod, False, None, False)
            if year_hint is not None:  # "the fall of last year"
                return ("DATE", f"{year_hint:04d}-{season}", mod, True, None, False)
            if ref is None:
                return None
            rel = (g.get("rel") or "").lower()
            y = ref.year + self.shift_words.get(rel, 0) if rel in ("last", "next", "previous", "coming") else ref.year
            if rel in ("last", "previous") and _season_index(season) < _season_index(_season_of(ref)):
                y = ref.year
            return ("DATE", f"{y:04d}-{season}", mod, True, None, False)
        if rule == "weekday":
            if ref is None:
                return None
            target = self.weekdays[g["weekday"].lower()]
            shift = self.shift_words.get((g.get("rel") or "").lower())
            week = _WEEK_SHIFTS.get(re.sub(r"\s+", " ", (g.get("wkrel") or "").lower()))
            if week is not None:  # "on Wednesday of next week": that week's day, whatever the tense
                d = ref - timedelta(days=ref.weekday()) + timedelta(weeks=week, days=target - 1)
            else:
                d = _weekday_date(ref, target, tense, shift)
            value = d.isoformat()
            if g.get("pod"):
                return ("TIME", f"{value}T{self.parts_of_day[g['pod'].lower()]}", None, True, None, False)
            return ("DATE", value, None, True, None, False)
        if rule == "relday":
            if ref is None:
                return None
            word = re.sub(r"\s+", " ", g["relday"].lower())
            d = ref + timedelta(days=self.relative_days[word])
            if g.get("pod") or word == "tonight":
                pod = self.parts_of_day[(g.get("pod") or "night").lower()]
                return ("TIME", f"{d.isoformat()}T{pod}", None, True, None, False)
            return ("DATE", d.isoformat(), None, True, None, False)
        if rule == "podday":
            if ref is None:
                return None
            word = re.sub(r"\s+", " ", g["podrel"].lower())
            offset_days = -1 if word in ("last", "yesterday", "late last") else (1 if word == "tomorrow" else 0)
            d = ref + timedelta(days=offset_days)
            return ("TIME", f"{d.isoformat()}T{self.parts_of_day[g['pod'].lower()]}", None, True, None, False)
        if rule == "relunit":
            return self._resolve_relunit(g, ref, mod)
        if rule == "end_of_unit":
            # "by the end of the year": the current one
            return self._resolve_relunit({"rel": "this", "runit": g["eunit"]}, ref, mod)
        if rule == "quarter":
            q = int(g["qnum"]) if g.get("qnum") else \
                {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}[g["qord"].lower()]
            if g.get("year") or g.get("qyear"):
                y = int(g.get("year") or g["qyear"])
            elif ref is not None:
                y = ref.year + {"last": -1, "next": 1}.get((g.get("qrel") or "").lower(), 0)
            else:
                return None
            return ("DATE", f"{y:04d}-Q{q}", None, not (g.get("year") or g.get("qyear")), None, False)
        if rule == "ago":
            if ref is None:
                return None
            amount = self._number(g["num"])
            unit = self.units[g["unit"].lower()]
            if amount is None:
                return ("DATE", "PAST_REF" if g["dir"].lower() == "ago" else "FUTURE_REF", None, True, None, False)
            sign = -1 if g["dir"].lower() == "ago" else 1
            if g.get("agotoday") and unit in ("Y", "DE", "M", "W", "D") and float(amount).is_integer():
                # "a decade ago today": that very day
                months = {"Y": 12, "DE": 120, "M": 1}.get(unit)
                day = ref + (relativedelta(months=sign * int(amount) * months) if months else
                             timedelta(days=sign * int(amount) * (7 if unit == "W" else 1)))
                return ("DATE", day.isoformat(), None, True, None, False)
            return ("DATE", _shift_reference(ref, unit, sign * amount), None, True, None, False)
        if rule == "duration":
            return self._resolve_duration(g)
        if rule == "halfunit":
            unit_word = (g.get("hunit") or g.get("hunit3") or "").lower()
            unit = self.units[unit_word]
            return ("DURATION", _duration_value({unit: 0.5}), None, False, None, False)
        if rule == "vague_plural":
            unit = self.units[g["vunit"].lower()]
            iso, is_time, _ = _UNIT_ISO[unit]
            return ("DURATION", f"P{'T' if is_time else ''}X{iso}", None, False, None, False)
        if rule == "set":
            unit_word = (g.get("sunit") or g.get("sunit2") or g.get("sunit3") or "").lower()
            if g.get("sadv"):
                return ("SET", self.set_adverbs[g["sadv"].lower()], None, False, None, False)
            if unit_word in self.units:
                n = g.get("sn")
                amount = 2 if (n or "").lower() == "other" else (self._number(n) if n else 1)
                return ("SET", _duration_value({self.units[unit_word]: amount or 1}), None, False, None, False)
            if unit_word in self.weekdays:
                return ("SET", f"XXXX-WXX-{self.weekdays[unit_word]}", None, False, None, False)
            if unit_word in self.seasons:
                return ("SET", f"XXXX-{self.seasons[unit_word]}", None, False, None, False)
            if unit_word in ("morning", "night", "evening"):
                return ("SET", f"XXXX-XX-XXT{self.parts_of_day[unit_word]}", None, False, None, False)
            return ("SET", "P1Y", None, False, None, False)
        if rule == "present":
            word = re.sub(r"\s+", " ", g["present"].lower())
            return ("DATE", self.present_words.get(word, "PRESENT_REF"), None, True, None, False)
        if rule in ("clock", "clock4", "noon"):
            return self._resolve_clock(m, g, ref, text, zone_hint)
        return None

    def _resolve_restated(self, m: Mention, ref: date | None, tense: str | None, text: str,
                          zone_hint: str | None, year_hint: int | None):
        """One instant written twice ("10:31 p.m. EDT (02:31 UTC on May 14)"): a restatement with its own
        date gives the instant; one without takes the day that puts it nearest the first rendering's
        instant (the written date belongs to the first); a UTC/GMT rendering is preferred for the value,
        since local-zone tables can be wrong and UTC cannot."""
        primary, alternate = m.parts
        p = self._resolve(primary, ref, tense, text, zone_hint, year_hint)
        a = self._resolve(alternate, ref, tense, text, None, year_hint)
        if p is None or a is None or p[0] != "TIME" or a[0] != "TIME":
            return p or a
        written_zone = p[6] if len(p) > 6 else None
        prefer_alternate = self._prefer_utc(_clock_of(primary), _clock_of(alternate)) is _clock_of(alternate) or p[4] is None
        if p[4] is None and a[4] is not None and all(re.match(r"\d{4}-\d\d-\d\dT", v) for v in (p[1], a[1])):
            # "11:05 p.m. (0305 GMT) on Thursday": the first rendering's offset is the difference
            inferred = _written_offset(p[1], a[1], a[4])
            if inferred is not None:
                hours = inferred / timedelta(hours=1)
                written_zone = f"Etc/GMT{-int(hours):+d}" if hours.is_integer() else None  # POSIX sign
                p = (*p[:4], inferred, True, written_zone)
        p = (*p[:7], None, written_zone)
        if alternate.rule == "datetime" and a[4] is not None and (prefer_alternate or primary.rule != "datetime"):
            return (*a[:7], None, written_zone)
        if not prefer_alternate or a[4] is None:
            return p
        restates = (p[1], p[6]) if len(p) > 6 and p[6] is not None else None
        if p[4] is None or not re.match(r"\d{4}-\d\d-\d\dT", p[1]):
            day = p[1].split("T", 1)[0]
            return ("TIME", f"{day}T{a[1].split('T', 1)[1]}", None, p[3], a[4], True, a[6], restates, written_zone)
        value = _nearest_rendering(p[1], p[4], a[1].split("T", 1)[1], a[4])
        return ("TIME", value, None, p[3], a[4], True, a[6], restates, written_zone)

    def _resolve_relunit(self, g: dict, ref: date | None, mod: str | None):
        rel = g["rel"].lower()
        unit = g["runit"].lower()
        pre = (g.get("pre") or "").lower()
        if rel == "past" or (rel in ("last", "next", "coming", "following") and unit == "season"):
            code = {"week": "W", "weekend": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE", "quarter": "Q", "season": "M"}[unit]
            amount = 3 if unit == "season" else 1
            return ("DURATION", _duration_value({code: amount}), None, False, None, False)
        if ref is None:
            return None
        shift = self.shift_words.get(rel, 0)
        if pre and shift == 0:
            mod = mod or None
        if unit in ("week", "weekend"):
            monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=shift)
            iso = monday.isocalendar()
            value = f"{iso[0]:04d}-W{iso[1]:02d}" + ("-WE" if unit == "weekend" else "")
        elif unit == "month":
            first = date(ref.year, ref.month, 1) + relativedelta(months=shift)
            value = f"{first.year:04d}-{first.month:02d}"
        elif unit == "year":
            value = f"{ref.year + shift:04d}"
        elif unit == "decade":
            value = f"{(ref.year // 10 + shift):03d}"
        elif unit == "century":
            value = f"{(ref.year // 100 + shift):02d}"
        elif unit == "quarter":
            q = (ref.month - 1) // 3 + shift
            y = ref.year + q // 4
            value = f"{y:04d}-Q{q % 4 + 1}"
        else:  # "this season"
            value = f"{ref.year:04d}-{_season_of(ref)}"
        return ("DATE", value, mod, True, None, False)

    def _resolve_duration(self, g: dict):
        amount = self._number(g["num"])
        unit = self.units[g["unit"].lower()]
        if g.get("rate"):
            return ("SET", _duration_value({unit: 1}), None, False, None, False)
        if g.get("half") and amount is not None:
            amount += 0.5
        parts: dict[str, float | None] = {unit: amount}
        if g.get("unit2"):
            parts[self.units[g["unit2"].lower()]] = self._number(g["num2"])
        return ("DURATION", _duration_value(parts), None, False, None, False)

    def _number(self, word: str | None) -> float | None:
        """A number written in digits or words; None for vague quantities ("several")."""
        if word is None:
            return None
        w = re.sub(r"\s+", " ", word.lower().strip())
        if re.fullmatch(r"\d+(?:[.,]\d+)?", w):
            return float(w.replace(",", "")) if "," in w and len(w.split(",")[-1]) == 3 else float(w.replace(",", "."))
        if w in self.numbers:
            return float(self.numbers[w])
        parts = re.split(r"[\s-]", w)
        if len(parts) == 2 and all(p in self.numbers for p in parts):
            return float(self.numbers[parts[0]] + self.numbers[parts[1]])  # "twenty-five"
        return None

    def _resolve_clock(self, m: Mention, g: dict, ref: date | None, text: str, zone_hint: str | None):
        if m.rule == "noon":
            hour, minute, second = (12 if g["noon"].lower() in ("noon", "midday") else 0), 0, None
            if hour == 0 and text and self._BEFORE_MIDNIGHT.search(text, max(0, m.start - 12), m.start):
                hour, minute = 23, 59  # "on May 29 shortly before midnight": the end of the stated day
        elif m.rule == "clock4":
            hour, minute, second = int(g["hhmm"]), int(g["mm"]), None
        else:
            hour = int(g["hour"])
            minute = int(g["minute"]) if g.get("minute") else 0
            second = g.get("second")
            ampm = (g.get("ampm") or "").lower().replace(".", "").replace(" ", "")
            if g.get("range_hour"):
                hour = int(g["range_hour"])  # "1:00-3:00 p.m.": the meridian of the range's end
            elif ampm:
                if not 0 <= hour <= 12:
                    return None
                hour = hour % 12 + (12 if ampm.startswith("p") else 0)
        clock = f"{hour:02d}:{minute:02d}" + (f":{second}" if second else "")
        zone_id = self._zone_of(g, m, text, zone_hint) or zone_hint
        day = ref.isoformat() if ref else "XXXX-XX-XX"
        value = f"{day}T{clock}"
        offset = None
        if zone_id is not None:
            offset = self._offset(zone_id, ref, hour, minute)
        return ("TIME", value, None, ref is not None, offset, offset is not None, zone_id)

    def _zone_of(self, g: dict, m: Mention, text: str, zone_hint: str | None) -> str | None:
        """The zone a clock time is in: its own abbreviation or name, or the place 'local time' refers to."""
        if g.get("zabbr"):
            abbr = g["zabbr"]
            if g.get("zoffset"):  # "UTC+8", "GMT-05:00"
                return _fixed_zone(g["zoffset"])
            return f"abbr:{abbr}" if abbr in self.zone_abbreviations else self.zone_names_exact.get(abbr)
        if g.get("zname"):
            return self.zone_names.get(re.sub(r"\s+", " ", g["zname"].lower()))
        if g.get("zplace"):
            return self.places.get(re.sub(r"\s+", " ", g["zplace"].lower()))
        if g.get("zlocal"):
            return self.place_zone_near(text, m.start, m.end) or zone_hint
        return None

    _PLACE_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“])|\n\s*\n")

    def place_zone_near(self, text: str, start: int, end: int) -> str | None:
        """The zone of the nearest known place named within the sentence around [start, end)."""
        window_start = max(0, start - 250)
        window_end = min(len(text), end + 150)
        sentence_end = self._PLACE_SENTENCE_END.search(text, end, window_end)
        if sentence_end:
            window_end = sentence_end.start()  # a place in a later sentence is another scene ("In Houston ...")
        window = text[window_start:window_end]
        best: tuple[int, str] | None = None
        for place, zone in self.places.items():
            for pm in re.finditer(rf"\b{re.escape(place)}\b", window, re.I):
                distance = abs(window_start + pm.start() - start)
                if best is None or distance < best[0]:
                    best = (distance, zone)
        return best[1] if best else None

    def _offset(self, zone_id: str, ref: date | None, hour: int, minute: int) -> timedelta:
        if zone_id.startswith("abbr:"):
            return timedelta(hours=self.zone_abbreviations[zone_id[5:]])
        if zone_id.startswith(_FIXED_ZONE):
            return timedelta(minutes=int(zone_id[len(_FIXED_ZONE):]))
        when = datetime.combine(ref or date(2020, 1, 1), time(hour % 24, minute))
        return when.replace(tzinfo=ZoneInfo(zone_id)).utcoffset() or timedelta(0)

    # ------------------------------------------------------------------ convenience
    def find(self, text: str, anchor: date | datetime | None, tense_of=None, narrative: bool = False) -> list[Timex]:
        """Detect and resolve every expression; ``tense_of(start, end)`` may supply the tense.

        ``narrative=True`` (history writing) resolves yearless dates against the last absolute date the
        text gave rather than the document date.
        """
        results: list[Timex] = []
        reference = anchor
        mentions = self.detect(text)
        full_dates = self._full_dates(mentions, text)
        tenses: dict[int, str | None] = {}
        for index, mention in enumerate(mentions):
            if tense_of:
                tense = tense_of(mention.start, mention.end)
            else:
                tense = "narrative" if narrative else self.guess_clause_tense(text, mention.start, mention.end)
            tenses[mention.start] = tense
            year_hint = self._year_from_context(mentions, index, results, text, anchor, tense, full_dates, narrative)
            zone_hint = self._zone_from_range(mentions, index, text)
            if mention.rule == "anchored":
                timex = self._resolve_anchored(mention, results, None if narrative else anchor)
            elif mention.rule == "within":
                timex = self._resolve_within(mention, results, None if narrative else anchor)
            elif mention.rule == "ordday":
                timex = self._resolve_day_of_month(mention, results)
            else:
                timex = self.resolve(mention, reference, tense, text, zone_hint=zone_hint, year_hint=year_hint)
            if timex is None:
                continue
            results.append(timex)
            if narrative and timex.type in ("DATE", "TIME") and not timex.relative and re.match(r"\d{4}(-\d\d)?", timex.value):
                parts = timex.value[:10].split("-")
                reference = date(int(parts[0]), int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1,
                                 int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 1)
        anchor_day = anchor.date() if isinstance(anchor, datetime) else anchor
        bare_clocks = {t.start for t in results if t.clock_only}
        instants = self._by_instant(results)  # (once per document: every bare clock time looks moments up)
        results = [self._date_clock_from_sentence(t, results, text, tenses.get(t.start), anchor_day, instants)
                   if t.clock_only else t for t in results]
        results = self._shift_clocks_by_durations(results, bare_clocks, text)
        headline = self._headline_year(results, text, anchor)
        if headline is not None and anchor is not None and abs(headline - anchor.year) >= 2:
            # a retrospective ("55 Years Ago: ..."): a clock time no day of the story dates is not the
            # publication day's either
            results = [t for t in results if not (t.clock_only and t.relative)]
        return self._snap_restated_instants(self._apply_document_zone(results), text)

    # a clock time stating its own day ("11:26 p.m. CDT on Monday") tells of its own moment
    _OWN_DAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
                          r"oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
    _UTC_ZONES = {"abbr:GMT", "abbr:UTC", "abbr:Z", "UTC", "Etc/UTC"}
    _JOINED_RESTATEMENT = re.compile(r"\s*(?:,\s*)?(?:or|i\.e\.|that is|\(|—|–)\s*$", re.I)

    def _snap_restated_instants(self, timexes: list[Timex], text: str) -> list[Timex]:
        """A clock time restating a UTC/GMT one in another zone is the same instant, never another one:
        joined to it ("landed at 0426 GMT, or 10:26 a.m. local time"), or in the next sentence one whole day
        off it ("In Houston it was still 10:26 p.m. CST" once read on the wrong evening)."""
        out: list[Timex] = []
        last_utc: tuple[Timex, datetime] | None = None
        last_zoned: tuple[Timex, datetime] | None = None  # the last clock time of another zone than UTC
        for t in timexes:
            local = self._local_instant(t)
            if local is not None and last_zoned is not None and t.zone in self._UTC_ZONES \
                    and t.utc_offset is not None:
                t = self._utc_restating(t, local, last_zoned, text)
                local = self._local_instant(t)
            if local is not None and last_utc is not None and t.zone not in self._UTC_ZONES:
                utc_clock, utc_instant = last_utc
                between = text[utc_clock.end:t.start]
                joined = len(between) <= 12 and bool(self._JOINED_RESTATEMENT.fullmatch(between)) \
                    and local.minute == utc_instant.minute
                instant = local - t.utc_offset if t.utc_offset is not None else None
                day_off = instant is not None and len(between) <= 300 \
                    and len(re.findall(r"[.!?]\s+[A-Z\"“]", between)) <= 1 and "\n\n" not in between \
                    and abs(instant - utc_instant) == timedelta(days=1) and not self._OWN_DAY.search(t.text)
                if joined or day_off:
                    offset = t.utc_offset if t.utc_offset is not None else timedelta(0)
                    zone = t.zone if t.utc_offset is not None else utc_clock.zone
                    value = (utc_instant + offset).strftime("%Y-%m-%dT%H:%M")
                    t = replace(t, value=value, utc_offset=offset, zone=zone, zone_known=True)
                    local = self._local_instant(t)
            if local is not None and t.zone in self._UTC_ZONES and t.utc_offset is not None:
                last_utc = (t, local - t.utc_offset)
            elif local is not None and t.zone is not None and t.utc_offset is not None:
                last_zoned = (t, local - t.utc_offset)
            out.append(t)
        return out

    def _utc_restating(self, t: Timex, local: datetime, last_zoned: tuple[Timex, datetime], text: str) -> Timex:
        """ "splashed down at 9:30 p.m. EDT on June 5 [...] It was already 01:30 on the UTC clock": a UTC clock
        time of no day of its own, a whole day off the local clock time just before it at the same minute,
        restates that instant (it took the local day, which in UTC is the next or the one before)."""
        zoned, zoned_instant = last_zoned
        between = text[zoned.end:t.start]
        instant = local - t.utc_offset
        if len(between) > 300 or "\n\n" in between or len(re.findall(r"[.!?]\s+[A-Z\"“]", between)) > 1 \
                or abs(instant - zoned_instant) != timedelta(days=1) or self._OWN_DAY.search(t.text):
            return t
        return replace(t, value=(zoned_instant + t.utc_offset).strftime("%Y-%m-%dT%H:%M"))

    @staticmethod
    def _local_instant(timex: Timex) -> datetime | None:
        """The written (local) clock of a day-dated TIME, as a naive datetime."""
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)", timex.value)
        if timex.type != "TIME" or not m:
            return None
        return datetime.fromisoformat(f"{m[1]}T{m[2]}:{m[3]}")

    @staticmethod
    def _resolve_day_of_month(mention: Mention, done: list[Timex]) -> Timex | None:
        """"... in October 1920. On the 5th, ...": a day of the month the text was just talking about."""
        other = _last_dated(mention, done, r"\d{4}-\d\d(?!\d)")
        if other is None:
            return None
        try:
            day = date(int(other.value[:4]), int(other.value[5:7]), int(mention.groups["oday"]))
        except ValueError:
            return None
        return Timex(mention.start, mention.end, mention.text, "DATE", day.isoformat(), None, True,
                     anchor=other.value[:10])

    _WITHIN_UNIT_DATES = {"week": r"\d{4}-\d\d-\d\d", "month": r"\d{4}-\d\d", "year": r"\d{4}"}

    def _resolve_within(self, mention: Mention, done: list[Timex], anchor: date | datetime | None = None) -> Timex | None:
        """ "earlier in the week", "later in the month": the week (month, year) of the last date the text
        gave ("In January 2024, [...] later in the year" is 2024's; history writing's "Explorer 1 earlier in
        the year" the story's), or with none the publication date's, what a news text means by it."""
        unit = mention.groups["wunit"].lower()
        previous = _last_dated(mention, done, self._WITHIN_UNIT_DATES[unit], skip_clock_only=True)
        if previous is not None:
            parts = [int(part) for part in previous.value[:10].split("-")]
            day = date(*parts, *[1] * (3 - len(parts)))
        elif anchor is not None:
            day = anchor.date() if isinstance(anchor, datetime) else anchor
        else:
            return None
        if unit == "week":
            iso = day.isocalendar()
            value = f"{iso[0]:04d}-W{iso[1]:02d}"
        elif unit == "month":
            value = f"{day.year:04d}-{day.month:02d}"
        else:
            value = f"{day.year:04d}"
        return Timex(mention.start, mention.end, mention.text, "DATE", value, None, True,
                     anchor=previous.value[:10] if previous is not None else "published")

    def _resolve_anchored(self, mention: Mention, done: list[Timex], anchor: date | datetime | None = None) -> Timex | None:
        """"the next day", "the following year", "the day before": counted from the last date the text gave
        (within a few sentences); with none, a month or year before ("the previous month", "the previous
        year") counts from the publication date, what a news text means by it; other phrases stay
        unresolved (None)."""
        g = mention.groups
        word = re.sub(r"\s+", " ", (g.get("adir") or g.get("adir2") or "").lower())
        direction = 1 if word in ("next", "following", "after") else (0 if word in ("same", "that", "that same") else -1)
        unit = (g.get("aunit") or "day").lower()
        # (a bare clock's day is not yet the text's: "at 5:42 a.m. the next day")
        previous = _last_dated(mention, done, r"\d{4}-\d\d-\d\d", skip_clock_only=True)
        if previous is None:
            if anchor is None or direction != -1 or unit not in ("month", "year") or \
                    not re.match(r"(?:the\s+)?(?:previous|preceding|prior)\b", mention.text, re.I):
                return None
            ref = anchor.date() if isinstance(anchor, datetime) else anchor
            d = ref + relativedelta(months=-1) if unit == "month" else ref
            value = f"{d.year:04d}-{d.month:02d}" if unit == "month" else f"{ref.year - 1:04d}"
            return Timex(mention.start, mention.end, mention.text, "DATE", value, None, True)
        day = date.fromisoformat(previous.value[:10])
        if unit in ("day", "morning", "afternoon", "evening", "night"):
            value = (day + timedelta(days=direction)).isoformat()
            ttype = "DATE"
            if unit != "day":
                value, ttype = f"{value}T{self.parts_of_day[unit]}", "TIME"
        elif unit == "week":
            iso = (day + timedelta(weeks=direction)).isocalendar()
            value, ttype = f"{iso[0]:04d}-W{iso[1]:02d}", "DATE"
        elif unit == "month":
            d = day + relativedelta(months=direction)
            value, ttype = f"{d.year:04d}-{d.month:02d}", "DATE"
        else:
            value, ttype = f"{day.year + direction:04d}", "DATE"
        return Timex(mention.start, mention.end, mention.text, ttype, value, None, True, anchor=previous.value[:10])

    def _apply_document_zone(self, timexes: list[Timex]) -> list[Timex]:
        """Bare clock times take the zone every zoned clock time of the document states, if only one
        (of a restated time, the zone it was first written in: "10:25 p.m. EST (0325 GMT)" counts as EST);
        with several, the zone of the last zoned clock time before them, if near."""
        zones = {t.written_zone or t.zone for t in timexes if t.type == "TIME" and (t.written_zone or t.zone)}
        if not zones:
            return timexes
        only_zone = zones.pop() if len(zones) == 1 else None
        out = []
        last_zoned: Timex | None = None
        for t in timexes:
            m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)(?::\d\d)?", t.value)
            if t.type == "TIME" and t.zone is None and m and not self._LOCAL_TIME.search(t.text):
                zone = only_zone
                if zone is None and last_zoned is not None and t.start - last_zoned.end <= self._ZONE_REACH:
                    # several zones in the document: the one the text last wrote ("3:55 p.m. CDT March 21
                    # [...] docking at 6:30 a.m. March 23")
                    zone = last_zoned.written_zone or last_zoned.zone
                if zone is not None:
                    offset = self._offset(zone, date.fromisoformat(m[1]), int(m[2]), int(m[3]))
                    t = replace(t, zone=zone, utc_offset=offset, zone_known=True)
            elif t.type == "TIME" and (t.written_zone or t.zone):
                last_zoned = t
            out.append(t)
        return out

    _LOCAL_TIME = re.compile(r"\blocal\b", re.I)  # "10:26 a.m. local time" is the place's zone, not the text's
    _ZONE_REACH = 1000  # chars over which a written zone still holds for the clock times after it
    _PAST_DAY_REACH = 1200  # chars over which a past day still dates a past clock time after it

    def _is_heading_for(self, date_timex: Timex, clock: Timex, timexes: list[Timex], text: str) -> bool:
        """A date that heads a schedule ("Sunday, Feb. 25:", or a date alone on its line, then lines of
        times) dates the times under it."""
        if date_timex.start > clock.start or self._day_named(date_timex) is None:
            return False
        heading_end = date_timex.end
        if date_timex.type != "DATE":  # the heading merged with the first line's time: "Jan. 30\n\n11:50 a.m."
            if "\n" not in date_timex.text:
                return False
            heading_end = date_timex.start + date_timex.text.index("\n")
        with_colon = re.match(r"\s*:\s*\n", text[heading_end:heading_end + 4])
        alone_on_line = re.match(r"[ \t]*\n", text[heading_end:heading_end + 4]) and \
            re.search(r"(?:^|\n)[ \t]*$", text[max(0, date_timex.start - 10):date_timex.start])
        if not (with_colon or alone_on_line):
            return False
        heading_day = self._day_named(date_timex)
        return not any(date_timex.start < t.start < clock.start and self._day_named(t) not in (None, heading_day)
                       for t in timexes)

    _RANGE_CONNECTOR = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|and|or)\s*", re.I)

    def _year_from_context(self, mentions: list[Mention], index: int, done: list[Timex], text: str,
                           anchor: date | datetime | None, tense: str | None = None,
                           full_dates: list[tuple[int, date]] | None = None, narrative: bool = False) -> int | None:
        """The year a yearless date takes from its context rather than from the anchor.

        A range borrows the year of its end ("July 29 - Aug. 1, 2024"); a date in a story the text is
        telling about another time continues that story's year (see :meth:`_story_year`), unless it speaks
        of the future in an article that is not a retrospective as a whole, or unless the anchor's year
        lies nearer the full date (with its year) the text writes nearest to it: news is set in its own
        time by default, and "Nov. 22" beside "Jan. 15, 2020" is 2019's, whatever year was named in passing.
        """
        mention = mentions[index]
        core = _date_of(mention)
        if core.rule not in ("dmy", "mdy", "month", "holiday") or core.groups.get("year") or core.groups.get("rel"):
            return None
        month = self.months.get((core.groups.get("month") or "").lower().rstrip("."))
        if index + 1 < len(mentions):
            nxt = mentions[index + 1]
            nxt_core = _date_of(nxt)
            if nxt_core.groups.get("year") and nxt_core.rule in ("dmy", "mdy", "month_year") and \
                    self._RANGE_CONNECTOR.fullmatch(text[mention.end:nxt.start]):
                year = int(nxt_core.groups["year"])
                nxt_month = self.months.get((nxt_core.groups.get("month") or "").lower().rstrip("."))
                return year - 1 if month and nxt_month and month > nxt_month else year
        story = self._story_year(mention, done, text, anchor, narrative, month)
        if story is None:
            return None
        year, story_month, whole_article = story
        future = tense == "future" or (tense is None and bool(text) and guess_tense(text, mention.start, mention.end) == "future")
        if (future or tense == "present") and not whole_article:
            return None  # "Reporters must request credentials by Feb. 13": the article's own time
        if month and story_month and month < story_month and (
                anchor is None or future or _months_forward(story_month, month) == 1):
            # a story moving forward: "... on Oct. 30, 2008. [...] was planned for May"; a story's next month
            # is in the next year after December ("lifted off on Dec. 30, 1998. [...] docked on Jan. 2")
            year += 1
        near = [item for item in full_dates or () if abs(item[0] - mention.start) <= self._STORY_REACH]
        if month and anchor is not None and near and tense != "narrative":
            ref = anchor.date() if isinstance(anchor, datetime) else anchor
            day_text = core.groups.get("day")
            day_n = min(int(day_text), 28) if day_text and day_text.isdigit() else 15
            own = _year_for(ref, month, day_n if day_text else None, tense)
            nearest = min(near, key=lambda item: abs(item[0] - mention.start))[1]
            if own != year and abs((date(own, month, day_n) - nearest).days) < abs((date(year, month, day_n) - nearest).days):
                return None  # the nearest full date sides with the anchor's year
        return year

    # how far back (characters) a story's date still sets the year of a yearless date
    _STORY_REACH = 1200

    def _full_dates(self, mentions: list[Mention], text: str) -> list[tuple[int, date]]:
        """(offset, day) of every date written with its year and month, not in passing: the dates a
        yearless one must be consistent with (a month alone counts as its 15th)."""
        out: list[tuple[int, date]] = []
        for mention in mentions:
            core = _date_of(mention)
            g = core.groups
            try:
                if core.rule in ("dmy", "mdy", "month_year") and g.get("year"):
                    month = self.months[g["month"].lower().rstrip(".")]
                    day = int(g["day"]) if g.get("day") else 15
                    value = date(int(g["year"]), month, day)
                elif core.rule == "iso":
                    value = date(int(g["year"]), int(g["mnum"]), int(g["day"]))
                else:
                    continue
            except (ValueError, KeyError, TypeError):
                continue
            if not self._in_passing(core.start, text):
                out.append((core.start, value))
        return out

    def _story_year(self, mention: Mention, done: list[Timex], text: str, anchor: date | datetime | None,
                    narrative: bool = False, month: int | None = None) -> tuple[int, int | None, bool] | None:
        """(year, month or None, whole article) of the story being told where ``mention`` stands, when that
        is another time than the anchor's (two years or more away); None when the text speaks of its
        own time.

        The story's time is the last date the text gave with its year in its own paragraph ("Atlantis lifted
        off on July 8, 2011. [...] It undocked on July 19"; dates that took their year this way continue the
        chain), or a scene-setting year or "N years ago" at the start of a sentence of that paragraph ("In
        2011, Atlantis ...", "Ten years ago, ..."). A date in passing sets nothing: in a relative clause or
        aside ("Whitson, who first commanded the station in 2007,"), in parentheses, after "first",
        "previous", "last" in its clause, or naming an event ("the December 1968 crash"); nor does a
        background year ("By 2017, the pumps had failed"). A headline that is a retrospective ("55 Years
        Ago: ...", "Ten years since ...") sets the year of the whole article. A story told over paragraphs
        carries its year into the next paragraph when a yearless date there (``month``) continues it within
        a few weeks ("lifted off on Dec. 4, 1998. [...]" then "grabbed Zarya on Dec. 6"); a later month, or a
        paragraph further on, is news again.
        """
        anchor_year = anchor.year if anchor is not None else None

        def far(year: int) -> bool:
            # a story two years or more before the anchor (a story "in 2031" told in the past tense is a
            # plan mentioned in passing, not the time of what follows)
            return anchor_year is None or anchor_year - year >= 2

        headline = self._headline_year(done, text, anchor)
        whole_article = headline is not None and far(headline)
        for previous in reversed(done):
            if mention.start - previous.end > self._STORY_REACH:
                break
            if previous.type not in ("DATE", "TIME") or previous.start >= mention.start:
                continue
            breaks = len(_PARAGRAPH_BREAK.findall(text, previous.end, mention.start))
            if not whole_article and breaks > 1:
                break  # a story set in another year holds for its paragraph; the next one is news again
            m = re.match(r"(\d{4})-(\d\d)", previous.value)
            if not whole_article and breaks == 1 and not (m and not previous.relative
                                                          and self._continues_story(previous, month)):
                break
            if m and not previous.relative:
                if self._names_an_event(previous, text) or self._in_passing(previous.start, text):
                    continue  # "following the December 1968 crash", "who first flew in May 2007"
                year = int(m[1])
                if whole_article and year != headline and breaks and not (
                        breaks == 1 and self._continues_story(previous, month)
                        and self._stays_in_year(m[1], done, previous.end, mention.start)):
                    # a new paragraph of a retrospective returns to its year, unless it goes on with the
                    # flight the paragraph before ended on ("On April 12, 1981, [...]" then "landing on April 14")
                    return headline, None, True
                return (year, int(m[2]), whole_article) if far(year) else None
            if self._sets_scene(previous, text, narrative):
                year = int(previous.value[:4])
                return (year, None, whole_article) if far(year) else None
        return (headline, None, True) if whole_article else None

    @staticmethod
    def _stays_in_year(year: str, done: list[Timex], start: int, end: int) -> bool:
        """Whether the text between ``start`` and ``end`` stays in ``year``: no date of another year, no
        count of years ("Exactly twenty years later, at 7:00 a.m. EST" moved the story on; a bare clock time
        is not dated yet)."""
        between = [timex for timex in done if start < timex.start < end]
        return all(timex.value.startswith(year) for timex in between if timex.type == "DATE") and \
            not any(timex.type == "DURATION" and re.fullmatch(r"P\d+Y", timex.value) for timex in between)

    @staticmethod
    def _continues_story(previous: Timex, month: int | None) -> bool:
        """Whether a yearless date of ``month`` can continue, in the next paragraph, the story a full date
        of the previous paragraph set: a day of that date's month or of the next one (a flight, a visit)."""
        m = re.fullmatch(r"(\d{4})-(\d\d)(?:-\d\d(?:T.*)?)?", previous.value)
        if month is None or m is None:
            return False
        return _months_forward(int(m[2]), month) in (0, 1)  # (December to January is one month on)

    def _in_passing(self, start: int, text: str) -> bool:
        """Whether a date at ``start`` is told in passing rather than as the time of its sentence's story:
        inside parentheses, in a relative clause or aside ("Whitson, who first commanded the station in
        2007,"), or after a cue such as "first", "previous", "last" in its clause."""
        sentence_start, _ = sentence_bounds(text, start, start + 1)
        before = text[sentence_start:start]
        if before.count("(") > before.count(")"):
            return True
        openers = list(self._relative_opener.finditer(before))
        if openers and "," not in before[openers[-1].end():]:
            return True
        clause = re.split(r"[,;:—–]", before)[-1]
        if self._passing_cue.search(clause):
            return True
        # "who first commanded", "she last flew": adverbs; "The first spacecraft arrived" is the story itself
        return any(not m["before"] or m["before"].strip().lower() not in self._adjective_determiners
                   for m in self._adverb_passing_cue.finditer(clause))

    @staticmethod
    def _names_an_event(timex: Timex, text: str) -> bool:
        """A date used as a modifier that names an event ("the December 1968 crash", "the May 6 launch")."""
        return bool(re.search(r"\bthe\s+$", text[max(0, timex.start - 5):timex.start], re.I)) and \
            bool(re.match(r"\s+[a-z]+", text[timex.end:timex.end + 20])) and \
            not re.match(r"\s+(?:and|or|to|through|until|when|while|as|at|in|on|of|for|by|with|from)\b",
                         text[timex.end:timex.end + 10])

    def _sets_scene(self, timex: Timex, text: str, narrative: bool = False) -> bool:
        """A year (or "N years ago") that opens its sentence: "In 2011, ...", "Ten years ago, ..." (not "By
        2017, ...": a background fact)."""
        if not re.fullmatch(r"\d{4}(?:-(?:SP|SU|FA|WI))?", timex.value) and \
                not (re.fullmatch(r"\d{4}-\d\d-\d\d", timex.value) and re.search(r"\bago\b", timex.text, re.I)):
            return False
        if timex.relative and not re.search(r"\bago\b", timex.text, re.I):
            return False  # "this year", "last year": the anchor's time
        setter = self._history_scene_setter if narrative else self._scene_setter
        return bool(setter.search(text, max(0, timex.start - 60), timex.start))

    def _headline_year(self, done: list[Timex], text: str, anchor: date | datetime | None = None) -> int | None:
        """The year of a retrospective's headline ("55 Years Ago: Two Months Until the Moon Landing", "Ten
        years since wheels stop", "the 50th anniversary of Apollo 11" counted back from ``anchor``)."""
        first_line_end = text.find("\n")
        if first_line_end < 0 or first_line_end > 200:
            return None
        for timex in done:
            if timex.start >= first_line_end:
                break
            if timex.type == "DATE" and re.fullmatch(r"\d{4}", timex.value) and re.search(r"\bago\b", timex.text, re.I):
                return int(timex.value)
        if anchor is None:
            return None
        m = self._retrospective.search(text, 0, first_line_end)
        if not m:
            return None
        number = m["ord"] or m["n"]
        years = int(number) if number.isdigit() else self._number(number.lower())
        if not years or not float(years).is_integer() or years < 2:
            return None
        if "decade" in m.group(0).lower():
            years *= 10
        return anchor.year - int(years)

    def _zone_from_range(self, mentions: list[Mention], index: int, text: str) -> str | None:
        """A bare clock time at the start of a range takes the zone stated at its end ("1 to 4 p.m. EDT")."""
        mention = mentions[index]
        if mention.rule not in ("clock", "clock4") or index + 1 >= len(mentions):
            return None
        nxt = mentions[index + 1]
        if nxt.rule not in ("clock", "clock4", "noon") or not self._RANGE_CONNECTOR.fullmatch(text[mention.end:nxt.start]):
            return None
        g = nxt.groups
        if not (g.get("zabbr") or g.get("zname") or g.get("zplace")):
            return None
        return self._zone_of(g, nxt, text, None)

    def _date_clock_from_sentence(self, clock: Timex, timexes: list[Timex], text: str, tense: str | None = None,
                                  anchor: date | None = None,
                                  instants: dict[datetime, list[Timex]] | None = None) -> Timex:
        """A bare clock time takes the day named elsewhere in its sentence ("On 6 May ... at 09:12 GMT"),
        the nearest one before it first ("yesterday evening ... at 7:06 p.m."; in "at 7:06 p.m., three days
        after launching on Sept. 15" the date after it is another day), else the nearest after it.
        ``instants`` is ``_by_instant(timexes)`` when the caller has built it."""
        best: Timex | None = None

        def preference(t: Timex) -> tuple[bool, int]:
            return (t.start > clock.start, abs(t.start - clock.start))

        for other in timexes:
            if self._day_named(other) is None:
                continue
            lo, hi = sorted((other.end, clock.start)) if other.start < clock.start else (clock.end, other.start)
            if _SENTENCE_END.search(text, lo, hi) and not self._is_heading_for(other, clock, timexes, text):
                continue
            range_start = re.match(r"\s*(?:-|–|—|to|through|thru|until|till|and|or)\s*\d", text[clock.end:clock.end + 16], re.I)
            if other.start > clock.start and not range_start and self._OTHER_CLAUSE.search(text, lo, hi):
                continue  # "docked at 11:01 p.m. EDT and will stay until Oct. 3": another event's day
            if best is None or preference(other) < preference(best):
                best = other
        if best is None:
            # otherwise the day the paragraph was just talking about ("... on April 17, 2020. They landed
            # at 1:16 a.m. EDT."); a clock time may take it from the paragraph before, when no other day came
            # between and both lie on the same side of the anchor: a past clock time a past day ("... on
            # Wednesday night.\n\nAt 8:02 p.m. EDT the Falcon 9 lit up"), a future one a future day ("will
            # launch on Saturday, March 23.\n\n... are scheduled to lift off at 8:36 a.m. EDT")
            if tense is None and text:
                tense = guess_tense(text, clock.start, clock.end)
            past = tense in ("past", "narrative") and self._tells_past(text, clock)
            for other in timexes:
                day = self._day_named(other)
                if other.start >= clock.start or day is None or clock.start - other.end > self._PAST_DAY_REACH:
                    continue
                paragraphs = len(re.findall(r"\n\s*\n", text[other.end:clock.start]))
                same_side = anchor is None or (day <= anchor if past else (tense == "future" and day >= anchor))
                near = clock.start - other.end <= 600
                # a past clock time a few paragraphs on still tells of the story's last past day ("... a
                # spacewalk on Friday. [...] They switched to battery power at 6:39 a.m."), hardly of the
                # day the report came out
                if (near and (paragraphs == 0 or (paragraphs == 1 and (past or tense == "future") and same_side))) \
                        or (past and same_side and anchor is not None and day < anchor):
                    best = other
        if best is None:
            return clock
        day = self._day_named(best)
        if clock.restates is not None:
            # "On Monday ... at 10:31 p.m. EDT (02:31 UTC)": the day is the first rendering's; the
            # restatement is the one nearest that instant
            first_value, first_zone = clock.restates
            first_clock = first_value.split("T", 1)[1]
            hour, minute = (int(x) for x in first_clock.split(":")[:2])
            day = self._night_day(best, day, hour)
            first_offset = self._offset(first_zone, day, hour, minute)
            clock_value = clock.value.split("T", 1)[1]
            value = _nearest_rendering(f"{day.isoformat()}T{first_clock}", first_offset, clock_value,
                                       clock.utc_offset or timedelta(0))
            return replace(clock, value=value, relative=best.relative, clock_only=False, restates=None)
        clock_value = clock.value.split("T", 1)[1]
        hour, minute = (int(x) for x in clock_value.split(":")[:2])
        day = self._night_day(best, day, hour)
        before = self._local_clock(best)
        there = self._first_written_in_zone_of(best, clock, self._by_instant(timexes) if instants is None else instants)
        if there is not None:
            # "landed at 0426 GMT [...] still Tuesday evening, 10:26 p.m. CST. [...] three and a half hours
            # earlier, at 0102 GMT": the moment was first told on a clock of this one's zone, whose day it keeps
            day, before = there.date(), (there.hour, there.minute)
        bounds = sentence_bounds(text, clock.start, clock.end)
        days_moved = self._days_counted(best, clock, timexes, text, bounds) if best.start < clock.start else None
        if days_moved is not None:
            # "launched on April 27 ... A day later, the capsule docked at 7:37 p.m.": that many days on;
            # "On April 12, 1961, [...] Exactly twenty years later, at 7:00 a.m. EST": that many years
            day += days_moved
        elif before is not None and best.start < clock.start and (hour, minute) < before and \
                self._FORWARD_CUE.search(text, *bounds):
            # "lifted off at 8:59 p.m. on Thursday. It docked at 3:32 a.m., six hours later": the next day
            day += timedelta(days=1)
        elif before is not None and best.start < clock.start and (hour, minute) > before and \
                self._BACKWARD_CUE.search(text, *bounds) and not self._FORWARD_CUE.search(text, *bounds):
            # "landed at 0126 GMT on April 17. It undocked three and a half hours earlier, at 2150 GMT": the
            # day before
            day -= timedelta(days=1)
        offset = clock.utc_offset
        if clock.zone is not None:
            offset = self._offset(clock.zone, day, hour, minute)
        return replace(clock, value=f"{day.isoformat()}T{clock_value}", relative=best.relative, utc_offset=offset,
                       clock_only=False)

    def _shift_clocks_by_durations(self, timexes: list[Timex], bare_clocks: set[int], text: str) -> list[Timex]:
        """Bare clock times next to 'N hours later/earlier' take the day of the shifted clock time before
        them, once every clock time has its day (the one counted from may itself have been bare)."""
        out: list[Timex] = []
        for t in timexes:
            m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)", t.value)
            if t.start in bare_clocks and not t.clock_only and t.type == "TIME" and m:
                hour, minute = int(m[2]), int(m[3])
                bounds = sentence_bounds(text, t.start, t.end)
                shifted = self._day_from_shifted_reference(t, out, text, bounds, hour, minute)
                if shifted is not None:
                    day, offset = shifted
                    t = replace(t, value=f"{day.isoformat()}T{m[2]}:{m[3]}", utc_offset=offset)
            out.append(t)
        return out

    _SHIFT_WORD = re.compile(r"\s*(?P<word>later|afterwards?|after|earlier|before)\b", re.I)

    def _day_from_shifted_reference(self, clock: Timex, timexes: list[Timex], text: str, bounds: tuple[int, int],
                                    hour: int, minute: int) -> tuple[date, timedelta] | None:
        """'Some six and a half hours later, at 2142 GMT' / 'three and a half hours earlier, at 0102 GMT': a
        clock time next to a duration in hours takes the day of the clock time before it (in the same or the
        previous sentence) shifted by that duration, compared as instants (the two may be written in
        different zones); None without such a pair."""
        amount: timedelta | None = None
        for other in timexes:
            if other.type != "DURATION" or not (bounds[0] <= other.start and other.end <= clock.start):
                continue
            m = self._SHIFT_WORD.match(text, other.end)
            if not m or not re.fullmatch(r"PT\d+(?:\.\d+)?[HM](?:\d+M)?", other.value):
                continue
            try:
                delta = parse_duration(other.value)
            except ValueError:
                continue
            amount = timedelta(hours=delta.hours, minutes=delta.minutes)
            if m["word"].lower() in ("earlier", "before"):
                amount = -amount
        if amount is None or amount == timedelta(0) or abs(amount) >= timedelta(hours=24):
            return None
        # the clock time the duration counts from: in the same paragraph, a sentence or so before
        references = [t for t in timexes if t.type == "TIME" and t.end <= clock.start and t is not clock
                      and clock.start - t.end <= 400 and not re.search(r"\n\s*\n", text[t.end:clock.start])
                      and t.utc_offset is not None and not t.clock_only
                      and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?", t.value)]
        if not references:
            return None
        reference = references[-1]
        reference_instant = datetime.fromisoformat(reference.value[:16]) - reference.utc_offset
        target = reference_instant + amount
        zone = clock.zone
        if zone is None:
            if reference.written_zone not in (None, reference.zone):
                return None
            zone = reference.zone
        if zone is None:
            return None
        best: tuple[timedelta, date, timedelta] | None = None
        for shift_days in (-1, 0, 1):
            day = (target + self._offset(zone, target.date(), hour, minute)).date() + timedelta(days=shift_days)
            offset = self._offset(zone, day, hour, minute)
            instant = datetime.combine(day, time(hour, minute)) - offset
            gap = abs(instant - target)
            if best is None or gap < best[0]:
                best = (gap, day, offset)
        if best is None or best[0] > timedelta(hours=3):
            return None  # the duration and the clock time do not agree: leave the day as it was
        return best[1], best[2]


    def _days_counted(self, day: Timex, clock: Timex, timexes: list[Timex], text: str,
                      bounds: tuple[int, int]) -> relativedelta | None:
        """A count of whole days (weeks, months, years) before a forward or backward cue in the clock time's
        sentence ("A day later, ... at 7:37 p.m.", "two days earlier, at 0102 GMT", "Exactly twenty years
        later, at 7:00 a.m. EST"): how far to move the day it took; None without."""
        units = {"D": "days", "W": "weeks", "M": "months", "Y": "years"}
        for other in timexes:
            m = re.fullmatch(r"P(\d+)([DWMY])", other.value)
            if other.type != "DURATION" or not m or not (max(bounds[0], day.end) <= other.start < clock.start):
                continue
            after = text[other.end:other.end + 20]
            if re.match(r"\s*(?:later|afterwards?)\b", after, re.I):
                return relativedelta(**{units[m[2]]: int(m[1])})
            if re.match(r"\s*(?:earlier|before)\b(?!\s+(?:the|its|their|a|an)\b)", after, re.I):
                return relativedelta(**{units[m[2]]: -int(m[1])})
        return None

    def _written_local(self, timex: Timex) -> datetime | None:
        """A dated clock time as written (in the zone it was first written in), as a naive datetime; None
        for a date."""
        local = _naive_clock(timex)
        if local is None:
            return None
        if timex.written_zone and timex.written_zone != timex.zone and timex.utc_offset is not None:
            instant = local - timex.utc_offset
            local = instant + self._offset(timex.written_zone, instant.date(), instant.hour, instant.minute)
        return local

    @staticmethod
    def _instant(timex: Timex) -> datetime | None:
        """The UTC moment (naive) of a dated clock time whose zone is known; None otherwise."""
        local = _naive_clock(timex)
        if local is None or timex.utc_offset is None or not timex.zone_known:
            return None
        return local - timex.utc_offset

    @classmethod
    def _by_instant(cls, timexes: list[Timex]) -> dict[datetime, list[Timex]]:
        """The dated clock times of known zone grouped by the UTC moment they name, each group in text
        order: built once per document, so finding the first telling of a moment is a look-up."""
        groups: dict[datetime, list[Timex]] = {}
        for timex in timexes:
            instant = cls._instant(timex)
            if instant is not None:
                groups.setdefault(instant, []).append(timex)
        return groups

    def _first_written_in_zone_of(self, timex: Timex, clock: Timex,
                                  instants: dict[datetime, list[Timex]]) -> datetime | None:
        """The moment ``timex`` names as read on ``clock``'s zone (naive), when ``timex`` restates a moment
        the text first told on a clock of that zone ("0426 GMT [...] 10:26 p.m. CST" for a later GMT
        clock); None otherwise (the day as written holds: "landed at 10:01 p.m. MDT Friday [...] undocked
        at 6:04 p.m. EDT"). ``instants`` is :meth:`_by_instant` of the document's times."""
        instant = self._instant(timex)
        if instant is None or clock.utc_offset is None or not clock.zone_known or timex.utc_offset == clock.utc_offset:
            return None
        first = next((t for t in instants.get(instant, ()) if t.start < timex.start), None)
        if first is None or first.utc_offset != clock.utc_offset:
            return None
        return instant + clock.utc_offset

    def _local_clock(self, timex: Timex) -> tuple[int, int] | None:
        """(hour, minute) of a dated clock time as written (in the zone it was first written in); None for
        a date."""
        local = self._written_local(timex)
        return None if local is None else (local.hour, local.minute)

    # between a clock time and a later day of its sentence: the day is told of another clause (or event)
    _OTHER_CLAUSE = re.compile(r"[;—–]|\b(?:and|but|or|until|till|before|after|while|which|who|whom|whose|when|"
                               r"then|since|following|ahead|than|because|whereas)\b", re.I)

    _CLAUSE_START = re.compile(r"(?:[,;:(—–|]|\n\s*\n|\bthat\b|\bwhich\b|\bwho\b)\s*", re.I)
    _CLAUSE_END = re.compile(r"[,;:)—–|]|\n\s*\n|\bthat\b|\bwhich\b|[.!?](?:\s|$)", re.I)

    def guess_clause_tense(self, text: str, start: int, end: int) -> str:
        """Without a parse: the tense of the clause around [start, end) (between commas, "that", and the
        sentence's ends) when it shows one ("the minister said late Thursday" in a sentence about what
        "will" happen; ", announced March 15,"), else :func:`guess_tense` of the sentence."""
        window_start = max(0, start - 200)
        clause_start = window_start
        for m in _SENTENCE_END.finditer(text, window_start, start):
            clause_start = m.end()
        for m in self._CLAUSE_START.finditer(text, clause_start, start):
            clause_start = m.end()
        m_end = self._CLAUSE_END.search(text, end, end + 200)
        clause = text[clause_start:m_end.start() if m_end else min(len(text), end + 200)]
        if _FUTURE_CUES.search(clause):
            return "future"
        if self._past_evidence.search(clause):
            return "past"
        return guess_tense(text, start, end)

    def _tells_past(self, text: str, timex: Timex) -> bool:
        """Whether the sentence around ``timex`` has a verb in the past tense ("lit up", "splashed")."""
        start, end = sentence_bounds(text, timex.start, timex.end)
        return bool(self._past_evidence.search(text[start:end]))

    def _day_named(self, timex: Timex) -> date | None:
        """The day a bare clock time can take from ``timex``: a date, a part of a day ("yesterday evening",
        "Wednesday night") or the local day of a dated clock time ("undocked at 11:05 a.m. EDT on Sept. 18
        and splashed down at 7:06 p.m."; of a restated one, the day in the zone it was first written in)."""
        if timex.type not in ("DATE", "TIME") or timex.clock_only:
            return None
        if re.fullmatch(r"\d{4}-\d\d-\d\d(?:T(?:MO|AF|EV|NI|DT))?", timex.value):
            return date.fromisoformat(timex.value[:10])
        local = self._written_local(timex)
        return None if local is None else local.date()

    @staticmethod
    def _night_day(day_timex: Timex, day: date, hour: int) -> date:
        """"Saturday night ... at 1:30 a.m.": a small-hours clock time in a named night is the next day."""
        return day + timedelta(days=1) if day_timex.value.endswith("TNI") and hour < _NIGHT_ENDS else day


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")

_CLOCK_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)(?::\d\d)?")


def _naive_clock(timex: Timex) -> datetime | None:
    """The clock of a day-dated TIME as its value gives it (to the minute), as a naive datetime; None for
    anything else."""
    m = _CLOCK_VALUE.fullmatch(timex.value)
    if timex.type != "TIME" or not m:
        return None
    return datetime.fromisoformat(f"{m[1]}T{m[2]}:{m[3]}")


#: How far back (characters) a date may lie and still be the one a day of the month or "the next day" counts from.
_LOOK_BACK_CHARS = 600


def _last_dated(mention: Mention, done: list[Timex], value_pattern: str, skip_clock_only: bool = False) -> Timex | None:
    """The last date or time before ``mention``, within ``_LOOK_BACK_CHARS``, whose value starts with
    ``value_pattern`` (a month: "... in October 1920. On the 5th"; a day: "the next day")."""
    for other in reversed(done):
        if mention.start - other.end > _LOOK_BACK_CHARS:
            break
        if skip_clock_only and other.clock_only:
            continue
        if other.type in ("DATE", "TIME") and re.match(value_pattern, other.value):
            return other
    return None


def _date_of(mention: Mention) -> Mention:
    """The date part of a "datetime" (or of a "restated" mention's first rendering, else its restatement)."""
    if mention.rule == "restated":
        primary, alternate = mention.parts
        return _date_of(primary) if primary.rule == "datetime" else _date_of(alternate)
    return mention.parts[0] if mention.rule == "datetime" else mention


def _clock_of(mention: Mention) -> Mention:
    """The clock part of a clock or "datetime" mention."""
    return mention.parts[1] if mention.rule == "datetime" else mention


def _written_offset(local_value: str, restated_value: str, restated_offset: timedelta) -> timedelta | None:
    """The UTC offset of a zone-less clock time from its restatement in a known zone (the difference of
    the two clock readings, taken between -11 h and +13 h); None when it is not a real zone's offset."""
    local = datetime.fromisoformat(local_value[:16])
    restated_utc = datetime.fromisoformat(restated_value[:16]) - restated_offset
    minutes = round(((local.hour * 60 + local.minute) - (restated_utc.hour * 60 + restated_utc.minute)) % 1440)
    if minutes > 13 * 60:
        minutes -= 1440
    if minutes <= -11 * 60 or minutes % 15:
        return None
    return timedelta(minutes=minutes)


def _nearest_rendering(local_value: str, local_offset: timedelta, clock: str, clock_offset: timedelta) -> str:
    """``clock`` (in the zone of ``clock_offset``) dated so that it lies nearest the instant of
    ``local_value`` at ``local_offset``: "22:31" EDT on May 13 restated as "02:31" UTC is May 14."""
    instant = datetime.fromisoformat(local_value[:16]) - local_offset
    hour, minute = (int(x) for x in clock.split(":")[:2])
    day = (instant + clock_offset).date()
    candidates = [datetime.combine(day + timedelta(days=d), time(hour % 24, minute)) for d in (-1, 0, 1)]
    best = min(candidates, key=lambda c: abs((c - clock_offset) - instant))
    return f"{best.date().isoformat()}T{clock}"


def _parse_offset(text: str) -> timedelta:
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4]))


def _year_for(ref: date, month: int, day: int | None, tense: str | None) -> int:
    """The year of a yearless date: the past occurrence for past tense, the next one for future."""
    this_year = date(ref.year, month, min(day or 1, 28))
    if day is None:
        this_year = date(ref.year, month, 1)
        same_period = month == ref.month
    else:
        same_period = (month, day) == (ref.month, ref.day)
    if same_period or tense == "narrative":
        return ref.year
    # a day just behind a future statement ("originally set for Nov. 18", two days before publication) or
    # just ahead of a past one (a release dated in another zone) is this year's, not a year away
    if tense == "future":
        return ref.year if this_year > ref - timedelta(days=_FUTURE_SLACK_DAYS if day else 0) else ref.year + 1
    if tense == "past":
        return ref.year if this_year < ref + timedelta(days=_PAST_SLACK_DAYS if day else 0) else ref.year - 1
    # no tense: the nearest occurrence
    candidates = [ref.year - 1, ref.year, ref.year + 1]
    return min(candidates, key=lambda y: abs((date(y, month, min(day or 15, 28)) - ref).days))


#: The week a weekday names with "of ... week" ("Wednesday of next week"), counted from the reference's week.
_WEEK_SHIFTS = {"this": 0, "next": 1, "the following": 1, "last": -1, "the previous": -1}


def _weekday_date(ref: date, target: int, tense: str | None, shift: int | None) -> date:
    """The date a weekday names relative to the reference (same day counts as this one)."""
    delta = target - ref.isoweekday()
    if shift is not None and shift != 0:
        if shift < 0:  # "last Monday": the one before this week's... the most recent strictly before
            back = (ref.isoweekday() - target) % 7 or 7
            return ref - timedelta(days=back)
        forward = (target - ref.isoweekday()) % 7 or 7
        return ref + timedelta(days=forward)
    if delta == 0:
        return ref
    if tense == "future":
        return ref + timedelta(days=delta % 7)
    if tense == "present":  # "Media may request interviews by Thursday": the nearest one
        forward = delta % 7
        return ref + timedelta(days=forward) if forward <= 3 else ref - timedelta(days=7 - forward)
    return ref - timedelta(days=(-delta) % 7)


#: Zone ids of a fixed offset written after UTC or GMT ("UTC+8"): this prefix and the offset in minutes.
_FIXED_ZONE = "offset:"


def _fixed_zone(written: str) -> str:
    """The zone id of an offset written after UTC/GMT: "+8" -> "offset:480", "-05:30" -> "offset:-330"."""
    sign = -1 if written[0] in "-−" else 1
    digits = written[1:].replace(":", "")
    hours, minutes = (digits, "0") if len(digits) <= 2 else (digits[:-2], digits[-2:])
    return f"{_FIXED_ZONE}{sign * (int(hours) * 60 + int(minutes))}"


def _months_forward(first: int, second: int) -> int:
    """How many months on from month ``first`` month ``second`` is, counting round the year (0-11): December
    to January is one month on, not eleven back."""
    return (second - first) % 12


def _season_of(d: date) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(d.month, "FA")


def _season_index(code: str) -> int:
    return ["WI", "SP", "SU", "FA"].index(code)


def _shift_reference(ref: date, unit: str, amount: float) -> str:
    """The reference moved by N units, at that unit's precision ("six years ago" -> "2007")."""
    whole = int(amount)
    if unit in ("Y",):
        return f"{ref.year + whole:04d}"
    if unit == "DE":
        return f"{(ref.year + 10 * whole) // 10:03d}"
    if unit == "CE":
        return f"{(ref.year + 100 * whole) // 100:02d}"
    if unit in ("M", "Q"):
        d = ref + relativedelta(months=whole * (3 if unit == "Q" else 1))
        return f"{d.year:04d}-{d.month:02d}"
    if unit in ("W", "FN"):
        d = ref + timedelta(weeks=whole * (2 if unit == "FN" else 1))
        iso = d.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if unit == "D":
        return (ref + timedelta(days=whole)).isoformat()
    return ref.isoformat()


def _fmt_number(n: float | None) -> str:
    if n is None:
        return "X"
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _duration_value(parts: dict[str, float | None]) -> str:
    """ISO 8601 duration from unit codes: {"H": 7, "MIN": 45} -> "PT7H45M"; halves move down a unit."""
    date_part, time_part = "", ""
    for unit, amount in parts.items():
        iso, is_time, factor = _UNIT_ISO[unit]
        if amount is not None:
            amount = amount * factor
            if not float(amount).is_integer():
                lower = {"Y": ("M", False, 12), "M": ("D", False, 30), "W": ("D", False, 7), "D": ("H", True, 24),
                         "H": ("M", True, 60)}.get(iso if not (is_time and iso == "M") else "MIN")
                if lower and not (is_time and iso == "M"):
                    iso, is_time, amount = lower[0], lower[1], amount * lower[2]
        text = f"{_fmt_number(amount)}{iso}"
        if is_time:
            time_part += text
        else:
            date_part += text
    return "P" + date_part + (f"T{time_part}" if time_part else "")


_DURATION_RE = re.compile(r"P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?"
                          r"(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$")


def parse_duration(value: str) -> relativedelta:
    """An ISO 8601 duration ("PT30H", "P6M", "P1W") as a relativedelta; ValueError for vague ("PXD")."""
    m = _DURATION_RE.match(value)
    if not m or value in ("P", "PT"):
        raise ValueError(f"not a definite ISO 8601 duration: {value!r}")
    y, mo, w, d, h, mi, s = (float(x) if x else 0.0 for x in m.groups())
    return relativedelta(years=int(y), months=int(mo), weeks=w, days=d, hours=h, minutes=mi, seconds=s)


def _duration_precision(value: str) -> str:
    """The finest unit a duration names ("PT7H45M" -> minute)."""
    if "T" in value:
        tail = value.split("T", 1)[1]
        return "second" if tail.endswith("S") else ("minute" if tail.endswith("M") else "hour")
    return {"D": "day", "W": "week", "M": "month", "Y": "year"}.get(value[-1:], "day")


# ---------------------------------------------------------------------- TimeValue conversion
def _period_bounds(value: str) -> tuple[str, datetime, datetime] | None:
    """(precision, earliest, latest) in UTC for a zone-less calendar value; None if not calendar."""
    def span(start: datetime, end_exclusive: datetime) -> tuple[datetime, datetime]:
        return start.replace(tzinfo=UTC), (end_exclusive - timedelta(seconds=1)).replace(tzinfo=UTC)

    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T(MO|AF|EV|NI|DT))?", value):
        d = datetime(int(m[1]), int(m[2]), int(m[3]))
        return ("day", *span(d, d + timedelta(days=1)))
    if m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value):
        monday = datetime.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return ("week", *span(monday + timedelta(days=5), monday + timedelta(days=7)))
        return ("week", *span(monday, monday + timedelta(days=7)))
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        d = datetime(int(m[1]), int(m[2]), 1)
        return ("month", *span(d, d + relativedelta(months=1)))
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        d = datetime(int(m[1]), 3 * (int(m[2]) - 1) + 1, 1)
        return ("season", *span(d, d + relativedelta(months=3)))
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        y = int(m[1])
        starts = {"SP": (y, 3), "SU": (y, 6), "FA": (y, 9), "WI": (y, 12)}
        d = datetime(*starts[m[2]], 1)
        return ("season", *span(d, d + relativedelta(months=3)))
    if m := re.fullmatch(r"(\d{4})", value):
        d = datetime(int(m[1]), 1, 1)
        return ("year", *span(d, d + relativedelta(years=1)))
    if m := re.fullmatch(r"(\d{3})", value):
        d = datetime(int(m[1]) * 10, 1, 1)
        return ("decade", *span(d, d + relativedelta(years=10)))
    return None


def timex_to_time_value(timex: Timex, anchor_name: str = "published") -> TimeValue | None:
    """The graph's record for a normalised expression (None where the graph cannot use the value)."""
    anchor = anchor_name if timex.anchor == "published" else f"text:{timex.anchor}"
    common = dict(text=timex.text, start=timex.start, end=timex.end, relative=timex.relative,
                  anchor=anchor if timex.relative else None)
    if timex.type == "DURATION":
        if "X" in timex.value:
            return None
        return TimeValue(value=timex.value, precision=_duration_precision(timex.value), kind="duration", **common)
    if timex.type == "SET":
        return TimeValue(value=timex.value, precision=_duration_precision(timex.value) if timex.value.startswith("P") else "day",
                         kind="set", **common)
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)(?::(\d\d))?", timex.value)
    if m:
        local = datetime.fromisoformat(f"{m[1]}T{m[2]}:{m[3]}:{m[4] or '00'}")
        precision = "second" if m[4] else "minute"
        width = timedelta(seconds=0 if m[4] else 59)
        if timex.utc_offset is not None:
            instant = (local - timex.utc_offset).replace(tzinfo=UTC)
            value = instant.strftime("%Y-%m-%dT%H:%M:%SZ")
            return TimeValue(value=value, precision=precision, kind="time", earliest=instant,
                             latest=instant + width, **common)
        # zone unknown: the local clock value, bounded by the extreme offsets of the world's zones
        naive = local.replace(tzinfo=UTC)
        return TimeValue(value=local.strftime("%Y-%m-%dT%H:%M:%S"), precision=precision, kind="time",
                         earliest=naive - timedelta(hours=14), latest=naive + timedelta(hours=12) + width, **common)
    bounds = _period_bounds(timex.value)
    if bounds is None:
        return None
    precision, earliest, latest = bounds
    if timex.mod in ("START", "MID", "END") and precision in ("month", "season", "year", "decade"):
        # "early 2026", "late December": the first, middle or last third of the period
        third = (latest + timedelta(seconds=1) - earliest) / 3
        cut1 = (earliest + third).replace(hour=0, minute=0, second=0, microsecond=0)
        cut2 = (earliest + 2 * third).replace(hour=0, minute=0, second=0, microsecond=0)
        earliest, latest = {
            "START": (earliest, cut1 - timedelta(seconds=1)),
            "MID": (cut1, cut2 - timedelta(seconds=1)),
            "END": (cut2, latest),
        }[timex.mod]
    value = timex.value.split("T")[0] if precision == "day" else timex.value
    return TimeValue(value=value, precision=precision, kind="date", earliest=earliest, latest=latest, **common)


def shift(time_value: TimeValue, duration: TimeValue, direction: int = 1) -> TimeValue:
    """``time_value`` moved by ``duration`` ("about 30 hours later": direction +1, "earlier": -1).

    The result keeps the coarser of the two precisions (a day shifted by hours is still only known to
    the day) and its bounds are the shifted bounds; ``anchor`` records that it was derived. A value
    coarser than the clock is the period the middle of the shifted bounds falls in: "arrived in October,
    three hours after lifting off" launched in October, not on September 30.
    """
    if time_value.earliest is None or time_value.latest is None:
        raise ValueError(f"cannot shift a time without bounds: {time_value.value!r}")
    delta = parse_duration(duration.value)
    if direction < 0:
        delta = -delta
    earliest, latest = time_value.earliest + delta, time_value.latest + delta
    precision = max(time_value.precision, _duration_precision(duration.value), key=_precision_rank)
    middle = earliest + (latest - earliest) / 2
    if precision in ("second", "minute", "hour"):
        if precision == "hour":
            precision = "minute"
        value = earliest.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        kind = "time"
    elif precision == "day":
        value, kind = middle.date().isoformat(), "date"
    elif precision == "week":
        iso = middle.isocalendar()
        value, kind = f"{iso[0]:04d}-W{iso[1]:02d}", "date"
    elif precision in ("month", "season"):
        value, kind = middle.strftime("%Y-%m"), "date"
        precision = "month"
    else:
        value, kind = f"{middle.year:04d}", "date"
    return replace(time_value, value=value, precision=precision, kind=kind, earliest=earliest, latest=latest,
                   relative=True, anchor=f"shift:{time_value.value}{'+' if direction > 0 else '-'}{duration.value}",
                   text=duration.text or time_value.text, start=duration.start, end=duration.end)


def _precision_rank(precision: str) -> int:
    return _PRECISION_ORDER.index(precision) if precision in _PRECISION_ORDER else len(_PRECISION_ORDER)


@lru_cache(maxsize=4)
def default_grammar(data_dir: str | None = None) -> TimeGrammar:
    """The grammar built from ``data/lexicon`` (one per process)."""
    return TimeGrammar.load(data_dir)


def find_times(text: str, published: date | datetime | None, tense_of=None,
               grammar: TimeGrammar | None = None) -> list[TimeValue]:
    """Every usable time expression in ``text`` as ``TimeValue``s sorted by position."""
    grammar = grammar or default_grammar()
    values = (timex_to_time_value(t) for t in grammar.find(text, published, tense_of))
    return [v for v in values if v is not None]
