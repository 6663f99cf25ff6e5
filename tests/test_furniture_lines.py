"""The furniture marker: boilerplate, navigation and contact lines are marked; story lines are not."""

from __future__ import annotations

import pytest

from pipeline.components.furniture import FurnitureRules, furniture_lines, is_furniture_line, merge_ranges
from pipeline.paths import DATA_DIR


@pytest.fixture(scope="module")
def rules() -> FurnitureRules:
    return FurnitureRules.from_file(DATA_DIR / "lexicon" / "furniture.json")


@pytest.mark.parametrize("line", [
    "Go to topicMaking space accessible",
    "You have already liked this page, you can only like it once!",
    "Thank you for liking",
    "Share this article",
    "Image Credit: NASA/Some Photographer",
    "› Back to Top",
    "12 min read",
    "press.office@example.org",
    "202-555-0100 / 281-555-0199",
    "https://www.example.org/station",
    "Home | Missions | Astronauts | Science | Contact",
    "Follow along on the blog and @some_account for updates.",
    "Related articles",
    "By Jane Writer",
])
def test_furniture_lines_marked(rules: FurnitureRules, line: str) -> None:
    assert is_furniture_line(line, rules)


@pytest.mark.parametrize("line", [
    "ESA astronaut Anna Example landed in the Kazakh Steppe on Friday after six months aboard the station.",
    "The crew will share their findings with researchers on the ground.",
    "By the end of the week, the crew had unloaded the cargo.",
    "NASA Astronaut Returns from Space Station",
])
def test_furniture_lines_story_kept(rules: FurnitureRules, line: str) -> None:
    assert not is_furniture_line(line, rules)


@pytest.mark.parametrize("text, story", [
    ("Title of a story\nThe crew docked on Monday.\n-end-\nJane Doe\nHeadquarters, Washington\n",
     "The crew docked on Monday."),
    ("Find out more about space activities in our 23 Member States, and more.\nA tagline without a stop\n"
     "Go to topicSomething\nThe spacecraft undocked at noon.", "The spacecraft undocked at noon."),
    ("The spacecraft undocked at noon.\nRelated links\nA tagline without a stop\nHuman and robotic exploration\n",
     "The spacecraft undocked at noon."),
])
def test_furniture_lines_sections(rules: FurnitureRules, text: str, story: str) -> None:
    ranges = merge_ranges(furniture_lines(text, rules), text)
    story_start = text.index(story)
    assert ranges, "some furniture expected"
    assert not any(s < story_start + len(story) and e > story_start for s, e in ranges)
    marked = "".join(text[s:e] for s, e in ranges)
    assert "Headquarters" in marked or "tagline" in marked
