"""Where the project's data files live, in a checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.exists():
            return candidate
    return candidates[0]


#: ``data/`` at the repository root (a checkout, editable install) or inside the package (a wheel).
DATA_DIR: Path = _first_existing(_PACKAGE_DIR.parent / "data", _PACKAGE_DIR / "data")
#: ``ontologies/`` likewise.
ONTOLOGY_DIR: Path = _first_existing(_PACKAGE_DIR.parent / "ontologies", _PACKAGE_DIR / "ontologies")
#: Named SPARQL queries shipped with the package.
QUERY_DIR: Path = _PACKAGE_DIR / "queries"
#: The spaCy config that composes the NLP stages.
NLP_CONFIG: Path = _PACKAGE_DIR / "spacekg.cfg"
#: ``../shared`` beside the checkout, present on developer machines and in CI only.
SHARED_DIR: Path = _PACKAGE_DIR.parent.parent / "shared"
