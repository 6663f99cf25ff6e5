"""``spacekg query``: placeholder, filled in by the foundation's RDF/store work."""

from __future__ import annotations

from pipeline.cli import app  # noqa: F401
