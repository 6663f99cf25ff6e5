"""Sentence starts at line breaks, set before the parser runs.

Web pages saved as text put a heading, a navigation link and the first sentence of the story on
neighbouring lines without end punctuation; the parser would glue them into one "sentence", and that
sentence becomes the evidence shown to analysts. A line break is therefore a sentence start, except in
hard-wrapped text (most lines of similar width), where only a blank line or a line ending in sentence
punctuation is. The parser respects sentence starts that are already set.
"""

from __future__ import annotations

import re
import statistics

from spacy.language import Language
from spacy.tokens import Doc

_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]\s*$")


def is_hard_wrapped(text: str, min_lines: int = 6) -> bool:
    """True when the text looks wrapped at a fixed width (most lines of similar length)."""
    lengths = [len(line) for line in text.splitlines() if line.strip()]
    if len(lengths) < min_lines:
        return False
    median = statistics.median(lengths)
    if median < 40 or median > 120:
        return False
    near = sum(1 for n in lengths if abs(n - median) <= 0.2 * median)
    return near >= 0.6 * len(lengths)


class LineBreakSentencizer:
    """Marks the first token after a line break as a sentence start (see module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        if "\n" not in text:
            return doc
        wrapped = is_hard_wrapped(text)
        for token in doc[:-1]:
            if "\n" not in token.text and "\n" not in token.whitespace_:
                continue
            nxt = doc[token.i + 1]
            if nxt.is_space:
                continue
            gap = text[token.idx: nxt.idx]
            if wrapped:
                before = text[: token.idx + (0 if token.is_space else len(token.text))]
                if gap.count("\n") < 2 and not _SENTENCE_END.search(before):
                    continue
            nxt.is_sent_start = True
        return doc


@Language.factory("spacekg_line_breaks")
def make_line_break_sentencizer(nlp: Language, name: str) -> LineBreakSentencizer:
    return LineBreakSentencizer()
