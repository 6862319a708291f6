"""The benchmarks' lenient name matching judges a speaker's name as a user reads it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from scoring import name_matches  # noqa: E402


@pytest.mark.parametrize(
    ("pred", "gold", "aliases", "right"),
    [
        ("Ana M. Ruiz", "Ana Ruiz", (), True),  # a surname match
        ("Ruiz", "Ana Ruiz", (), True),
        ("Jane and Elizabeth", "Elizabeth", (), False),  # two people are neither of them
        ("Jane and Elizabeth", "Jane", ("Miss Bennet",), False),
        ("Marks and Spencer", "Marks and Spencer", (), True),  # a firm's name built that way
        ("Greyling & Shaw", "Greyling & Shaw", (), True),
        ("Marjorie of Brenda", "Brenda", (), False),  # the name is before "of"
        ("Marjorie of Brenda", "Marjorie", (), True),
        ("Teodor Vasca of Calderia", "Teodor Vasca", (), True),
        ("Bank of England", "Bank of England", (), True),
        ("Duke of York", "Prince Andrew", ("the Duke of York",), True),
    ],
)
def test_name_matches(pred: str, gold: str, aliases: tuple[str, ...], right: bool) -> None:
    assert name_matches(pred, gold, aliases) is right


def test_chain_level_judges_the_cluster_and_a_user_the_name() -> None:
    """The coreference-based entity level: a speaker is right when its
    mentions are the gold speaker's; a user also wants the name where the
    gold label is one, and accepts the description where it is not."""
    from entities import chain_level, is_description_label

    assert is_description_label("THE STRANGE MAN") and is_description_label("our last guide")
    assert is_description_label("narrator") and not is_description_label("MRS SHAW")
    assert not is_description_label("Jack Durbeyfield")
    import quotes

    text = 'Teddy Henfrey came in. "A fire," he said. Mrs. Hall nodded. "Yes, sir," she said.'
    he, she = text.index("he said"), text.index("she said")
    doc = {"text": text, "quotes": [
        {"start": text.index("A fire"), "end": text.index("A fire") + 7, "speaker": "THE CLOCK MAN",
         "speaker_id": "S", "speaker_mentions": [[0, 13], [he, he + 2]]},
        {"start": text.index("Yes, sir"), "end": text.index("Yes, sir") + 9, "speaker": "Mrs Hall",
         "speaker_id": "H", "speaker_mentions": [[text.index("Mrs. Hall"), text.index("Mrs. Hall") + 9], [she, she + 3]]},
    ]}
    fig = chain_level([doc], quotes.extract)
    assert fig is not None and fig["n"] == 2
    assert fig["entity_right"] == 1.0 and fig["user_right"] == 1.0
    # The same clusters with the two quotes' gold speakers swapped are both wrong.
    swapped = {**doc, "quotes": [{**doc["quotes"][0], "speaker_id": "H", "speaker": "Mrs Hall"},
                                 {**doc["quotes"][1], "speaker_id": "S", "speaker": "THE CLOCK MAN"}]}
    swapped["quotes"][0]["speaker_mentions"], swapped["quotes"][1]["speaker_mentions"] = (
        doc["quotes"][1]["speaker_mentions"], doc["quotes"][0]["speaker_mentions"])
    fig = chain_level([swapped], quotes.extract)
    assert fig is not None and fig["entity_right"] == 0.0
    # The right cluster under a name that is not the gold name: the entity is right, a user's reading is not.
    renamed = {**doc, "quotes": [{**doc["quotes"][0], "speaker": "Fred Oakes"}, doc["quotes"][1]]}
    fig = chain_level([renamed], quotes.extract)
    assert fig is not None and fig["entity_right"] == 1.0 and fig["user_right"] == 0.5
    # A corpus without gold coreference has no such figure.
    assert chain_level([{"text": text, "quotes": [{**doc["quotes"][0], "speaker_id": None}]}], quotes.extract) is None


@pytest.mark.parametrize(
    ("pred", "gold", "aliases", "other"),
    [
        ("Tessa Marlow", "Mrs. Marlow", (), True),  # the lenient match credits any of the family
        ("Hitherto Marco", "Marco", (), True),  # a stray word glued on
        ("Tessa Marlow", "Tessa", ("Tess Marlow",), False),
        ("Marlow", "Tessa Marlow", (), False),  # a surname alone is still credited
        ("Mrs. Marlow", "Mrs. Marlow", (), False),  # honorifics aside
        ("Anton Marlow", "Mr. Marlow", ("Anton Marlow",), False),  # a full name the character list holds
    ],
)
def test_the_strict_entity_level_withholds_credit_from_another_given_name(pred: str, gold: str, aliases: tuple[str, ...], other: bool) -> None:
    """The strict figure of ``entities.entity_level``: a predicted name with a
    word before its surname that no gold name or alias holds is another
    person (or junk), whatever the lenient surname match says."""
    from entities import other_given_name

    assert other_given_name(pred, gold, aliases) is other
    if other:
        assert name_matches(pred, gold, aliases)  # (what the lenient figure credits)
