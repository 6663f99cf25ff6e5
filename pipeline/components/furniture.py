"""Stage 3: mark page furniture (navigation, cookie notices, "Share this article", press contacts) so that no
entity or event is read from it.

Scraped pages carry text that is not the story: the site's own boilerplate ("The European Space Agency
(ESA) is Europe's gateway to space..."), navigation ("Go to topic..."), like buttons, bylines, image
credits, social links, and after NASA's "-end-" the press contacts. The marker works line by line with the
phrase and pattern lists in ``data/lexicon/furniture.json`` plus generic heuristics (contact lines, link
farms, short verbless lines wedged between furniture) and writes ``doc._.furniture``: merged
``(start_char, end_char)`` ranges. Later stages test spans with ``pipeline.extensions.in_furniture``.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extensions import register_extensions
from pipeline.paths import DATA_DIR

log = logging.getLogger(__name__)

_LINE = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[.!?…:;\"”’)]\s*$")


@dataclass(frozen=True)
class FurnitureRules:
    """The lists of ``data/lexicon/furniture.json``, compiled."""

    line_patterns: tuple[re.Pattern[str], ...]
    section_end_patterns: tuple[re.Pattern[str], ...]
    list_heading_patterns: tuple[re.Pattern[str], ...]
    max_words_in_link_list: int
    contact_patterns: tuple[re.Pattern[str], ...]
    link_separators: tuple[str, ...]
    min_link_separators: int
    max_words_for_line_patterns: int

    @classmethod
    def from_file(cls, path: Path) -> "FurnitureRules":
        data = json.loads(path.read_text(encoding="utf-8"))

        def compiled(key: str) -> tuple[re.Pattern[str], ...]:
            return tuple(re.compile(p, re.IGNORECASE) for p in data.get(key, []))

        return cls(line_patterns=compiled("line_patterns"),
                   section_end_patterns=compiled("section_end_patterns"),
                   list_heading_patterns=compiled("list_heading_patterns"),
                   max_words_in_link_list=int(data.get("max_words_in_link_list", 10)),
                   contact_patterns=compiled("contact_patterns"),
                   link_separators=tuple(data.get("link_separators", [])),
                   min_link_separators=int(data.get("min_link_separators", 3)),
                   max_words_for_line_patterns=int(data.get("max_words_for_line_patterns", 40)))


def furniture_lines(text: str, rules: FurnitureRules) -> list[tuple[int, int]]:
    """Character ranges of the lines of ``text`` that are furniture (not merged)."""
    lines = [(m.start(), m.end(), m.group().strip()) for m in _LINE.finditer(text)]
    lines = [(s, e, t) for s, e, t in lines if t]
    flags = [False] * len(lines)
    in_link_list = False
    for index, (_, _, line) in enumerate(lines):
        if any(p.search(line) for p in rules.section_end_patterns):
            for rest in range(index, len(lines)):
                flags[rest] = True
            break
        if any(p.search(line) for p in rules.list_heading_patterns):
            flags[index] = in_link_list = True  # "Related links": the short lines after it are links
            continue
        if in_link_list and len(line.split()) <= rules.max_words_in_link_list and not _SENTENCE_END.search(line):
            flags[index] = True
            continue
        in_link_list = False
        flags[index] = is_furniture_line(line, rules)
    # A short line without closing punctuation between two furniture lines is part of the same block
    # (ESA's topic taglines sit between "Find out more..." and "Go to topic...").
    for index in range(1, len(lines) - 1):
        line = lines[index][2]
        if not flags[index] and flags[index - 1] and flags[index + 1] and len(line.split()) <= 15 \
                and not _SENTENCE_END.search(line):
            flags[index] = True
    return [(s, e) for (s, e, _), flag in zip(lines, flags) if flag]


def is_furniture_line(line: str, rules: FurnitureRules) -> bool:
    """One line on its own: boilerplate phrase, contact detail, or link farm."""
    if len(line.split()) <= rules.max_words_for_line_patterns and any(p.search(line) for p in rules.line_patterns):
        return True
    if any(p.match(line) for p in rules.contact_patterns):
        return True
    separators = sum(line.count(sep) for sep in rules.link_separators)
    return separators >= rules.min_link_separators and not _SENTENCE_END.search(line)


def merge_ranges(ranges: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Adjacent ranges (only whitespace between) become one."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and not text[merged[-1][1]:start].strip():
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


class FurnitureMarker:
    """Writes ``doc._.furniture``."""

    def __init__(self, data_dir: str | Path | None = None) -> None:
        register_extensions()
        data = Path(data_dir) if data_dir else DATA_DIR
        self.rules = FurnitureRules.from_file(data / "lexicon" / "furniture.json")

    def __call__(self, doc: Doc) -> Doc:
        doc._.furniture = merge_ranges(furniture_lines(doc.text, self.rules), doc.text)
        return doc


@Language.factory("spacekg_furniture", default_config={"data_dir": None}, assigns=["doc._.furniture"])
def make_furniture_marker(nlp: Language, name: str, data_dir: str | None) -> FurnitureMarker:
    return FurnitureMarker(data_dir)
