"""A reference date for articles that come without a publication date.

"On Wednesday", "May 22" and "last week" mean nothing without an anchor, so an article read without
``published`` would lose every such time (the 1,000 NASA releases in the shared data carry none). The
text itself usually pins its date down: a full date ("May 16, 2024"), or a weekday with a day of the
month ("Wednesday, May 22"), which fits only a few years. This module infers that reference date. It is
used as the time stage's anchor only: the RDF never states it as the article's publication date.

Month and weekday names come from the time lexicon (``data/lexicon/time-words.json``).
"""

from __future__ import annotations

import json
import logging
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from pipeline.paths import DATA_DIR

log = logging.getLogger(__name__)

#: Years a news article about human spaceflight can be dated to.
FIRST_YEAR = 1957
#: How far past today a stated date may lie and still be taken as the article's time (previews).
FUTURE_SLACK_YEARS = 1


@lru_cache(maxsize=1)
def _names(lexicon_dir: str = str(DATA_DIR / "lexicon")) -> tuple[dict[str, int], dict[str, int]]:
    """Month and weekday names (full and abbreviated, lower case) from the time lexicon."""
    words = json.loads(Path(lexicon_dir, "time-words.json").read_text(encoding="utf-8"))
    months = {name.lower().rstrip("."): number for name, number in words["months"].items()}
    # the lexicon numbers weekdays from Monday = 1; ``date.weekday()`` from Monday = 0
    weekdays = {name.lower().rstrip("."): number - 1 for name, number in words["weekdays"].items()}
    return months, weekdays


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    months, weekdays = _names()
    month = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    weekday = "|".join(sorted(map(re.escape, weekdays), key=len, reverse=True))
    # "Wednesday, May 22" / "May 22, 2024" / "Wednesday, May 22, 2024"
    month_first = re.compile(
        rf"(?:\b(?P<weekday>{weekday})\.?,?\s+)?\b(?P<month>{month})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
        rf"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?", re.IGNORECASE)
    # "22 May 2024" / "Wednesday 22 May"
    day_first = re.compile(
        rf"(?:\b(?P<weekday>{weekday}),?\s+)?\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{month})\.?"
        rf"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?", re.IGNORECASE)
    iso = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
    return month_first, day_first, iso


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def infer_anchor(text: str, today: date | None = None) -> date | None:
    """The date an undated article is most likely written on, or None when the text does not say.

    The latest full date the text states (not later than a year from ``today``); else the latest
    weekday-and-day date ("Wednesday, May 22"), in the year that fits the weekday nearest to the latest
    year the text names (or to ``today`` when it names none).
    """
    today = today or date.today()
    months, weekdays = _names()
    month_first, day_first, iso = _patterns()
    full: list[date] = []
    weekday_days: list[tuple[int, int, int]] = []  # (month, day, weekday)
    for pattern in (month_first, day_first):
        for match in pattern.finditer(text):
            month = months.get(match.group("month").lower().rstrip("."))
            day = int(match.group("day"))
            if month is None or not 1 <= day <= 31:
                continue
            if match.group("year"):
                found = _safe_date(int(match.group("year")), month, day)
                if found is not None:
                    full.append(found)
            elif match.group("weekday"):
                weekday_days.append((month, day, weekdays[match.group("weekday").lower().rstrip(".")]))
    for match in iso.finditer(text):
        found = _safe_date(int(match.group("year")), int(match.group("month")), int(match.group("day")))
        if found is not None:
            full.append(found)
    latest_allowed = today.year + FUTURE_SLACK_YEARS
    full = [d for d in full if FIRST_YEAR <= d.year <= latest_allowed]
    if full:
        return max(full)
    if not weekday_days:
        return None
    years_named = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text) if FIRST_YEAR <= int(y) <= latest_allowed]
    target = max(years_named) if years_named else today.year
    fitting: list[date] = []
    for month, day, weekday in weekday_days:
        candidates = [d for year in range(FIRST_YEAR, latest_allowed + 1)
                      if (d := _safe_date(year, month, day)) is not None and d.weekday() == weekday]
        if candidates:
            fitting.append(min(candidates, key=lambda d: (abs(d.year - target), -d.year)))
    return max(fitting) if fitting else None
