"""Loads the NLP pipeline at import: the worker fork server imports this module once, so that every
worker forked from it starts with the pipeline already in memory (shared copy-on-write) instead of each
spending seconds loading its own. Nothing else should import it.
"""

from pipeline.nlp import shared_nlp

shared_nlp()
