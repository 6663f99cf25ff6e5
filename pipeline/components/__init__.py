"""The project's spaCy components; importing this package registers their factories."""

from pipeline.components import entities, events, furniture, line_breaks, times  # noqa: F401
