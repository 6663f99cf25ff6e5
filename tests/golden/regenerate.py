"""Rewrite the golden N-Quads files from ``seed_facts.py`` (run after a deliberate modelling change)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from golden.seed_facts import seed_extractions  # noqa: E402

from pipeline.rdf import extraction_to_graph, graph_to_nquads  # noqa: E402


def main() -> None:
    for extraction in seed_extractions():
        path = HERE / f"{extraction.article.id}.nq"
        path.write_text(graph_to_nquads(extraction_to_graph(extraction)), encoding="utf-8")
        print(path)


if __name__ == "__main__":
    main()
