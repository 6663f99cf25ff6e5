"""Stage 1: read articles from files.

Formats: JSON Lines (one article per line: ``id``, ``text`` and optional ``published``, ``title``,
``url``), ``.txt`` and ``.md`` (optional YAML front matter with the same keys) and ``.html`` (main text
through trafilatura, title and date from its metadata).

Reading streams: ``iter_articles`` yields one ``Article`` or one ``ReadError`` at a time and never holds
a corpus in memory. Bad input is never fatal: it becomes a ``ReadError`` naming the file, the line and
the reason, and reading goes on.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import dateparser

from pipeline.model import Article

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES: tuple[str, ...] = (".jsonl", ".txt", ".md", ".html", ".htm")
#: Articles longer than this are refused (a guard against runaway input such as a dumped database).
MAX_ARTICLE_CHARS = 2_000_000
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class ReadError:
    """An input record that could not become an article, and why."""

    source: str
    reason: str
    line: int | None = None
    id: str | None = None

    def describe(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


class InvalidPublishedDate(ValueError):
    """A ``published`` value that is not a date."""


def parse_published(value: object) -> datetime | date | None:
    """A publication date or date-time from ISO text (or a date object); None when absent.

    A date-only value stays a ``date`` so that "yesterday" is resolved against a day, not a midnight.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime | date):
        return value
    if not isinstance(value, str):
        raise InvalidPublishedDate(f"published must be an ISO date string, got {type(value).__name__}")
    text = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    if parsed is None:
        raise InvalidPublishedDate(f"unparseable published date {value!r}")
    return parsed.date() if parsed.time() == datetime.min.time() and ":" not in text else parsed


def make_article(record: dict, source: str, fallback_id: str) -> Article:
    """Validate one record and build the article; raises ValueError with a reason."""
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError("record has no text" if text is None else "text is not a string")
    if not text.strip():
        raise ValueError("text is empty")
    if len(text) > MAX_ARTICLE_CHARS:
        raise ValueError(f"text has {len(text):,} characters, more than the {MAX_ARTICLE_CHARS:,} allowed")
    if "\x00" in text:
        raise ValueError("text contains NUL bytes (binary content)")
    raw_id = record.get("id")
    article_id = str(raw_id).strip() if raw_id not in (None, "") else fallback_id
    title = record.get("title")
    url = record.get("url")
    return Article(
        id=article_id,
        text=text,
        published=parse_published(record.get("published") or record.get("date")),
        title=str(title) if title else None,
        url=str(url) if url else None,
        source=source,
    )


def _safe_id(stem: str) -> str:
    return _ID_UNSAFE.sub("-", stem).strip("-") or "article"


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    if b"\x00" in raw[:8192]:
        raise ValueError("binary content")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ValueError(f"invalid UTF-8 at byte {err.start}") from None


def read_jsonl(path: Path) -> Iterator[Article | ReadError]:
    """One article per line; each bad line becomes a ReadError and reading continues."""
    source = str(path)
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as err:
                yield ReadError(source, f"invalid UTF-8 at byte {err.start}", line=number)
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                yield ReadError(source, f"malformed JSON: {err.msg}", line=number)
                continue
            if not isinstance(record, dict):
                yield ReadError(source, "line is not a JSON object", line=number)
                continue
            try:
                yield make_article(record, source, fallback_id=f"{_safe_id(path.stem)}-{number}")
            except ValueError as err:
                rid = record.get("id")
                yield ReadError(source, str(err), line=number, id=str(rid) if rid is not None else None)


def read_text_file(path: Path) -> Article:
    """A ``.txt`` or ``.md`` article with optional YAML front matter."""
    import frontmatter  # python-frontmatter: tolerant YAML front matter parsing

    text = _read_text(path)
    metadata: dict = {}
    if text.startswith("---"):
        try:
            post = frontmatter.loads(text)
        except Exception as err:  # noqa: BLE001 - any YAML error is a bad-input reason
            raise ValueError(f"unreadable front matter: {err}") from None
        metadata, text = dict(post.metadata), post.content
    record = {**metadata, "text": text}
    return make_article(record, str(path), fallback_id=_safe_id(path.stem))


def read_html(path: Path) -> Article:
    """An ``.html`` page: main text via trafilatura, title and date from the page's metadata."""
    import trafilatura

    html = _read_text(path)
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text:
        raise ValueError("no main text found in HTML")
    meta = trafilatura.extract_metadata(html)
    record: dict = {"text": text, "id": _safe_id(path.stem)}
    if meta is not None:
        record.update({"title": meta.title, "url": meta.url, "published": meta.date})
    return make_article(record, str(path), fallback_id=_safe_id(path.stem))


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Supported files under the given files and folders, in a stable (sorted) order."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in SUPPORTED_SUFFIXES and not child.name.startswith("."):
                    yield child
        else:
            yield path


def read_file(path: Path) -> Iterator[Article | ReadError]:
    """Articles (or errors) from one file, by its suffix."""
    suffix = path.suffix.lower()
    if not path.exists():
        yield ReadError(str(path), "no such file")
        return
    if suffix == ".jsonl":
        yield from read_jsonl(path)
        return
    reader = {".txt": read_text_file, ".md": read_text_file, ".html": read_html, ".htm": read_html}.get(suffix)
    if reader is None:
        yield ReadError(str(path), f"unsupported file type {suffix or '(none)'}")
        return
    try:
        yield reader(path)
    except (ValueError, OSError) as err:
        yield ReadError(str(path), str(err))


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Article | ReadError]:
    """Every article under ``paths``, streamed; duplicates of an id are reported, the first one kept."""
    seen: set[str] = set()
    for path in iter_files(paths):
        for item in read_file(path):
            if isinstance(item, Article):
                if item.id in seen:
                    yield ReadError(item.source or str(path), f"duplicate article id {item.id!r}", id=item.id)
                    continue
                seen.add(item.id)
            yield item
