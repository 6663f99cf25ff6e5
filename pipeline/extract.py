"""Stage 7: run the NLP stages over articles and collect their results as ``Extraction`` records."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.model import Article, Extraction
from pipeline.nlp import shared_nlp
from pipeline.time_anchor import infer_anchor

log = logging.getLogger(__name__)


def make_doc(nlp: Language, article: Article) -> Doc:
    """Tokenise an article and attach the per-document context the components read."""
    doc = nlp.make_doc(article.text)
    doc._.doc_id = article.id
    doc._.published = article.published
    if article.published is None:
        # the time stage's anchor only: the RDF states no publication date the article did not give
        doc._.published = infer_anchor(article.text)
        log.debug("%s: no publication date; times anchored on %s", article.id, doc._.published)
    return doc


def doc_to_extraction(doc: Doc, article: Article) -> Extraction:
    """Collect the components' results from a processed ``Doc``."""
    return Extraction(
        article=article,
        entities=list(doc._.entities or []),
        events=list(doc._.events or []),
        times=list(doc._.times or []),
    )


def extract(article: Article, nlp: Language | None = None) -> Extraction:
    """Extract entities, times and events from one article."""
    nlp = nlp or shared_nlp()
    doc = nlp(make_doc(nlp, article))
    return doc_to_extraction(doc, article)


def extract_many(articles: Iterable[Article], nlp: Language | None = None,
                 batch_size: int = 16) -> Iterator[Extraction]:
    """Extract from a stream of articles with ``nlp.pipe`` (batched, streamed, in order)."""
    nlp = nlp or shared_nlp()

    def docs_with_context() -> Iterator[tuple[Doc, Article]]:
        for article in articles:
            yield make_doc(nlp, article), article

    for doc, article in nlp.pipe(docs_with_context(), as_tuples=True, batch_size=batch_size):
        yield doc_to_extraction(doc, article)
