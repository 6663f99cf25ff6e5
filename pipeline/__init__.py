"""spacekg: space-flight news to a knowledge graph.

The import package is ``pipeline``; its modules follow the stages text moves through
(see docs/architecture.md).
"""

from __future__ import annotations

__version__ = "0.1.0"


# The notebook API (pipeline/api.py), importable as ``from pipeline import open_store``. Loaded on first
# use, so ``import pipeline`` stays cheap for the command line and worker processes.
_API_NAMES = ("KnowledgeGraph", "extract_article", "extract_articles", "open_store", "to_graph")


def __getattr__(name: str):
    if name in _API_NAMES:
        from pipeline import api

        return getattr(api, name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
