#!/usr/bin/env python
"""Regenerate docs/ontology.html (human-readable pages for ontologies/spacekg.ttl) with pyLODE.

Usage: python scripts/build_ontology_docs.py [OUT.html]   (same as: spacekg docs [--out OUT.html])
"""

from __future__ import annotations

import logging
import sys

from pipeline.exports import build_ontology_docs


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    written = build_ontology_docs(argv[1] if len(argv) > 1 else None)
    sys.stdout.write(f"{written}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
