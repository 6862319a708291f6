"""Config validates every field at construction; extract() points stray options to Config."""

from __future__ import annotations

import math

import attrs
import pytest

import quotes
from quotes.config import MAX_NESTING_CEILING

INT_FIELDS = [f.name for f in attrs.fields(quotes.Config) if f.type in ("int", int)]
BOOL_FIELDS = [f.name for f in attrs.fields(quotes.Config) if f.type in ("bool", bool)]
BAD_INTS = ["4", 4.0, 3.9, math.nan, math.inf, -math.inf, True, False, None, -1]


def test_field_lists_are_not_empty() -> None:
    assert "max_nesting" in INT_FIELDS and "scare_max_words" in INT_FIELDS
    assert {"indirect", "keep_non_speech"} <= set(BOOL_FIELDS)


@pytest.mark.parametrize("name", INT_FIELDS)
@pytest.mark.parametrize("value", BAD_INTS, ids=repr)
def test_int_fields_refuse_non_ints(name: str, value: object) -> None:
    with pytest.raises(quotes.ConfigError) as info:
        quotes.Config(**{name: value})
    message = str(info.value)
    assert f"Config.{name}" in message and repr(value) in message and "allowed" in message


@pytest.mark.parametrize("name", BOOL_FIELDS)
@pytest.mark.parametrize("value", ["no", "yes", 0, 1, None, "False"], ids=repr)
def test_bool_fields_refuse_non_bools(name: str, value: object) -> None:
    with pytest.raises(quotes.ConfigError, match=f"Config.{name}.*True or False"):
        quotes.Config(**{name: value})


@pytest.mark.parametrize("name, value", [("genre", "poetry"), ("genre", None), ("backend_sentences", "stanza"),
                                         ("dash_dialogue", 1), ("dash_dialogue", "yes"), ("modes", "speech"),
                                         ("modes", ["speech", "singing"]), ("modes", 3)])
def test_choices_list_what_is_allowed(name: str, value: object) -> None:
    with pytest.raises(quotes.ConfigError, match=f"Config.{name}.*allowed"):
        quotes.Config(**{name: value})


def test_genre_error_is_a_config_error_that_lists_the_choices() -> None:
    with pytest.raises(quotes.ConfigError) as info:
        quotes.Config(genre="poetry")
    assert "'news'" in str(info.value) and "'fiction'" in str(info.value) and "'poetry'" in str(info.value)


@pytest.mark.parametrize("value", [math.nan, math.inf, -0.1, 1.0001, "0.5", True])
def test_min_speaker_confidence_is_a_finite_fraction(value: object) -> None:
    with pytest.raises(quotes.ConfigError, match="min_speaker_confidence"):
        quotes.Config(min_speaker_confidence=value)


def test_max_nesting_has_a_ceiling_and_its_default_works() -> None:
    with pytest.raises(quotes.ConfigError, match="max_nesting.*from 1 to 16"):
        quotes.Config(max_nesting=10**9)
    with pytest.raises(quotes.ConfigError):
        quotes.Config(max_nesting=MAX_NESTING_CEILING + 1)
    assert quotes.Config().max_nesting == 3
    deep = "\u201c" * 40 + "words" + "\u201d" * 40 + " she said."
    for n in (1, 3, MAX_NESTING_CEILING):
        quotes.extract(deep, config=quotes.Config(max_nesting=n))


def test_valid_values_still_accepted() -> None:
    cfg = quotes.Config(indirect=False, genre="news", dash_dialogue=True, modes={"speech"},
                        min_speaker_confidence=1, window_chars=0, max_nesting=16)
    assert cfg.modes == frozenset({quotes.Mode.SPEECH})


def test_replace_validates_and_refuses_unknown_fields() -> None:
    with pytest.raises(quotes.ConfigError, match="indirect"):
        quotes.Config().replace(indirect="no")
    with pytest.raises(quotes.ConfigError, match="no field 'indirekt'"):
        quotes.Config().replace(indirekt=False)


def test_extract_points_config_fields_to_config() -> None:
    with pytest.raises(quotes.ConfigError) as info:
        quotes.extract("Talks will resume, the official said.", indirect=False)
    assert str(info.value) == (
        "extract() got unknown option 'indirect'; tunables are fields of quotes.Config: "
        "extract(text, config=Config(indirect=False))"
    )


def test_extractor_and_unknown_options_point_to_config() -> None:
    with pytest.raises(quotes.ConfigError, match=r"Extractor\(\) got unknown option 'genre'.*quotes.Config"):
        quotes.Extractor(genre="news")
    with pytest.raises(quotes.ConfigError, match="unknown option 'colour'.*quotes.Config"):
        quotes.extract("x", colour="red")
