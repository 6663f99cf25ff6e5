"""spaCy extension attributes shared by the spacekg components.

Registered once, idempotently, so that importing any component (or the whole package in a worker
process) gives every stage the same ``Doc._``/``Span._`` slots. See docs/architecture.md for who sets what.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

_DOC_ATTRIBUTES: dict[str, object] = {
    "doc_id": None,
    "published": None,
    "furniture": None,
    "entities": None,
    "times": None,
    "events": None,
}
_SPAN_ATTRIBUTES: dict[str, object] = {
    "entity_key": None,
}


def register_extensions() -> None:
    """Register the ``Doc._`` and ``Span._`` attributes if they are not registered yet."""
    for name, default in _DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in _SPAN_ATTRIBUTES.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


def furniture_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges marked as page furniture (empty when the furniture stage did not run)."""
    return list(doc._.furniture or [])


def in_furniture(doc: Doc, start_char: int, end_char: int) -> bool:
    """True when the character range overlaps page furniture."""
    return any(start_char < f_end and end_char > f_start for f_start, f_end in doc._.furniture or [])


register_extensions()
