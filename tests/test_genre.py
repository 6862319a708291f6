"""Genre detection (quotes.genre): a news story written in the past tense is
still news when it opens with a news headline; a novel's chapter or title
lines are no such headline."""

from __future__ import annotations

from quotes.genre import is_narrative
from quotes.segment import segment

# An invented feature story: dense past tense ("was", "were", "had"), a
# sentence-case headline of nine words and no dateline.
_BODY = (
    "For most of last winter it seemed that the soprano Mara Lindqvist would never sing with the orchestra again. "
    "The rehearsals had been cancelled, the season had been cut and the players were not speaking to the management. "
    "Lindqvist was in Lisbon when the letter came. She had been asked to leave, she was told, because the hall was "
    "being rebuilt. The players were furious. Several had written to the board, and two had resigned from the committee. "
) * 4
_NEWS = "Soprano and orchestra bury the hatchet after a bitter winter\n\n" + _BODY
_NOVEL_TITLES = ["CHAPTER I\n\n", "Phase the First: The Maiden\n\n", "THE TURN OF THE SCREW\n\n", "Chapter 1\n\n"]


def _narrative(text: str) -> bool:
    return is_narrative(text, segment(text))


def test_past_tense_news_story_with_a_headline_is_not_narrative() -> None:
    assert _narrative(_BODY)  # the body alone reads as narration
    assert not _narrative(_NEWS)


def test_chapter_and_title_lines_are_no_news_headline() -> None:
    for title in _NOVEL_TITLES:
        assert _narrative(title + _BODY), title
