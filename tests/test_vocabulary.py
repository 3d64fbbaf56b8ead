"""goodcry's feeling words and the person's own."""

from __future__ import annotations

import pytest

from goodcry.core.errors import ValidationError
from goodcry.core.vocabulary import BUILTIN, make_custom_word

RESEARCH_WORDS = ["sad", "hurt", "lonely", "frustrated", "angry", "anxious", "ashamed", "guilty", "overwhelmed",
                  "helpless", "disappointed", "grief", "moved", "relieved", "grateful", "calm"]


@pytest.mark.parametrize("word", RESEARCH_WORDS)
def test_the_research_vocabulary_is_there(word: str) -> None:
    assert BUILTIN.lookup(word).name == word


@pytest.mark.parametrize(("noun", "word"), [("sadness", "sad"), ("hurt", "hurt"), ("frustration", "frustrated"),
                                             ("anger", "angry"), ("loneliness", "lonely"), ("Touched", "moved")])
def test_the_articles_five_feelings_and_aliases_find_their_word(noun: str, word: str) -> None:
    assert BUILTIN.lookup(noun).name == word


def test_every_word_has_a_family_and_mood_meter_place() -> None:
    for word in BUILTIN:
        assert word.family in BUILTIN.family_names()
        assert -5 <= word.pleasantness <= 5 and -5 <= word.energy <= 5
    assert BUILTIN.lookup("lonely").pleasantness < 0 < BUILTIN.lookup("calm").pleasantness


def test_unknown_words_suggest_close_ones() -> None:
    with pytest.raises(ValidationError, match="unknown feeling word 'lonley'; did you mean 'lonely'"):
        BUILTIN.lookup("lonley")


def test_people_can_add_their_own_words() -> None:
    word = make_custom_word("Weltschmerz", "sadness", -3, -2, BUILTIN)
    vocabulary = BUILTIN.with_custom([word])
    assert vocabulary.lookup("weltschmerz").custom
    with pytest.raises(ValidationError, match="already in the vocabulary"):
        make_custom_word("sadness", "sadness", -3, -2, BUILTIN)
    with pytest.raises(ValidationError, match="unknown feeling family 'blue'"):
        make_custom_word("meh", "blue", 0, 0, BUILTIN)
    with pytest.raises(ValidationError, match="pleasantness of 'meh' must be between -5 and \\+5, not 9"):
        make_custom_word("meh", "sadness", 9, 0, BUILTIN)
