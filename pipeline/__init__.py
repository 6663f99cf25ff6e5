"""spacekg: space-flight news to a knowledge graph.

The import package is ``pipeline``; its modules follow the stages text moves through
(see docs/architecture.md).
"""

from __future__ import annotations

__version__ = "0.1.0"
