"""Stage 1: readers for JSON Lines, text, Markdown and HTML, and how they report bad input."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from pipeline.readers import (
    Article,
    InvalidPublishedDate,
    ReadError,
    iter_articles,
    parse_published,
)


def _write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-02-06", date(2020, 2, 6)),
        ("2020-02-06T09:12:00Z", datetime(2020, 2, 6, 9, 12, tzinfo=timezone.utc)),
        ("2018-12-20T08:00:00+03:00", datetime(2018, 12, 20, 8, 0, tzinfo=timezone(timedelta(hours=3)))),
        ("", None),
        (None, None),
    ],
)
def test_readers_parse_published_iso(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["not a date at all", "32/13/2020", 20200206])
def test_readers_parse_published_rejects_garbage(value):
    with pytest.raises(InvalidPublishedDate):
        parse_published(value)


def test_readers_jsonl_reads_every_good_line_and_names_every_bad_one(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": "Soyuz MS-13 landed.", "published": "2020-02-06", "title": "T"}),
        "{not json",
        json.dumps({"id": "a2"}),
        json.dumps({"id": "a3", "text": "   "}),
        json.dumps({"id": "a4", "text": "Crew-8 docked.", "published": "yesterday-ish nonsense"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "a5", "text": "Progress 87 launched.", "url": "https://example.org/p87"}),
    ]
    path = _write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    path.write_bytes(path.read_bytes() + b'{"id": "a6", "text": "caf\xe9"}\n')

    items = list(iter_articles([path]))
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, ReadError)]

    assert [a.id for a in articles] == ["a1", "a5"]
    assert articles[0].published == date(2020, 2, 6)
    assert articles[0].title == "T"
    assert articles[1].url == "https://example.org/p87"
    reasons = {e.line: e.reason for e in errors}
    assert set(reasons) == {2, 3, 4, 5, 6, 8}
    assert reasons[2].startswith("malformed JSON")
    assert reasons[3] == "record has no text"
    assert reasons[4] == "text is empty"
    assert "unparseable published" in reasons[5]
    assert reasons[6] == "line is not a JSON object"
    assert "invalid UTF-8" in reasons[8]


def test_readers_markdown_front_matter_gives_metadata(tmp_path):
    path = _write(
        tmp_path / "landing.md",
        "---\nid: md-landing\npublished: 2024-09-23\ntitle: Crew lands\n---\nThe crew landed today.\n",
    )
    (article,) = list(iter_articles([path]))
    assert article.id == "md-landing"
    assert article.published == date(2024, 9, 23)
    assert article.title == "Crew lands"
    assert article.text.strip() == "The crew landed today."


@pytest.mark.parametrize(("name", "expected_id"), [("plain story.txt", "plain-story"), ("x_1.txt", "x_1")])
def test_readers_text_file_id_is_its_stem(tmp_path, name, expected_id):
    path = _write(tmp_path / name, "Soyuz MS-25 docked to the station.")
    (article,) = list(iter_articles([path]))
    assert article.id == expected_id
    assert article.published is None


def test_readers_html_main_text_and_metadata(tmp_path):
    html = """<html><head><title>Cygnus arrives at the station</title>
    <meta property="article:published_time" content="2024-08-06T10:00:00Z">
    <meta property="og:url" content="https://example.org/ng21"></head>
    <body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
    <article><h1>Cygnus arrives at the station</h1>
    <p>Northrop Grumman's Cygnus spacecraft was captured by the station's robotic arm on Tuesday morning,
    completing a two-day trip that began with a launch from Cape Canaveral in Florida.</p>
    <p>The cargo craft carries more than 3,800 kilograms of science experiments, food and supplies for the
    crew of Expedition 71, who will unload it over the coming weeks.</p></article>
    <footer>Cookie settings | Privacy</footer></body></html>"""
    path = _write(tmp_path / "ng21.html", html)
    (article,) = list(iter_articles([path]))
    assert article.id == "ng21"
    assert "robotic arm" in article.text
    assert "Cookie settings" not in article.text
    assert article.title == "Cygnus arrives at the station"
    assert article.published == date(2024, 8, 6)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("binary.txt", b"\x00\x01\x02binary", "binary content"),
        ("latin1.txt", "caf\xe9".encode("latin-1"), "invalid UTF-8"),
        ("empty.txt", "", "text is empty"),
        ("page.html", "<html><body></body></html>", "no main text"),
        ("notes.pdf", "whatever", "unsupported file type"),
    ],
)
def test_readers_bad_files_become_read_errors(tmp_path, name, content, reason):
    path = _write(tmp_path / name, content)
    (item,) = list(iter_articles([path]))
    assert isinstance(item, ReadError)
    assert reason in item.reason
    assert item.source == str(path)


def test_readers_folders_are_walked_in_stable_order_and_duplicate_ids_reported(tmp_path):
    _write(tmp_path / "b.txt", "Second.")
    _write(tmp_path / "a.txt", "First.")
    sub = tmp_path / "sub"
    sub.mkdir()
    _write(sub / "a.txt", "Same id as the first.")
    _write(tmp_path / ".hidden.txt", "Ignored.")
    items = list(iter_articles([tmp_path]))
    assert [i.id for i in items if isinstance(i, Article)] == ["a", "b"]
    (dup,) = [i for i in items if isinstance(i, ReadError)]
    assert "duplicate article id 'a'" in dup.reason


@pytest.mark.parametrize(
    ("changes", "same"),
    [({}, True), ({"text": "Other text."}, False), ({"published": date(2020, 1, 1)}, False)],
)
def test_readers_content_hash_tracks_what_affects_extraction(changes, same):
    base = Article(id="x", text="Some text.", published=date(2020, 2, 6))
    other = Article(**{"id": "x", "text": "Some text.", "published": date(2020, 2, 6), **changes})
    assert (base.content_hash == other.content_hash) is same
