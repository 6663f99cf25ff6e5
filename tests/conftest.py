"""Fixtures shared by the whole suite.

``shared_dir`` is ``../shared`` beside the checkout (developer machines and CI only): tests that need it
skip cleanly in a user's checkout. The spaCy pipeline is loaded once per session.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_DIR = Path(__file__).resolve().parents[1]
SHARED_DIR = REPO_DIR.parent / "shared"


@pytest.fixture(scope="session")
def repo_dir() -> Path:
    return REPO_DIR


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared``, or a skip where it is absent."""
    if not (SHARED_DIR / "docs" / "product.md").exists():
        pytest.skip("../shared is not beside this checkout")
    return SHARED_DIR


@pytest.fixture(scope="session")
def nlp():
    """The full spacekg pipeline, loaded once."""
    from pipeline.nlp import shared_nlp

    return shared_nlp()


@pytest.fixture(scope="session")
def events_of(nlp):
    """``events_of(text, published)``: the events the full pipeline finds in a text published that day."""

    def run(text: str, published):
        doc = nlp.make_doc(text)
        doc._.published = published
        for _, component in nlp.pipeline:
            doc = component(doc)
        return doc._.events

    return run


@pytest.fixture(autouse=True)
def keep_log_handlers():
    """CLI tests configure the root logger on a stream the runner closes afterwards; put it back."""
    import logging

    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
