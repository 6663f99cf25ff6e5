"""The project's spaCy components; importing this package registers their factories."""

from pipeline.components import entities, events, furniture, times  # noqa: F401
