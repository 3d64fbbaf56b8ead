"""How GoEmotions' 28 labels and Ekman's groups map onto goodcry's own feeling words."""

from __future__ import annotations

GOEMOTIONS_TO_WORD: dict[str, str] = {
    "admiration": "admiring",
    "amusement": "amused",
    "anger": "angry",
    "annoyance": "frustrated",
    "caring": "caring",
    "confusion": "confused",
    "curiosity": "curious",
    "disappointment": "disappointed",
    "disgust": "disgusted",
    "embarrassment": "embarrassed",
    "excitement": "excited",
    "fear": "scared",
    "gratitude": "grateful",
    "grief": "grief",
    "joy": "happy",
    "love": "loved",
    "nervousness": "anxious",
    "optimism": "hopeful",
    "pride": "proud",
    "relief": "relieved",
    "remorse": "guilty",
    "sadness": "sad",
    "surprise": "surprised",
}
"""GoEmotions label → goodcry word.  approval, disapproval, desire, realization and neutral name no feeling a
person cries with (on Reddit, disapproval is mostly arguing) and suggest nothing; lonely, hurt, overwhelmed,
helpless, hopeless, ashamed, moved … come from the phrase lexicon (``lexicon.json``), since GoEmotions has no
label for them."""

EKMAN_GROUPS: dict[str, tuple[str, ...]] = {
    "anger": ("anger", "annoyance", "disapproval"),
    "disgust": ("disgust",),
    "fear": ("fear", "nervousness"),
    "joy": (
        "joy", "amusement", "approval", "excitement", "gratitude", "love", "optimism", "relief", "pride",
        "admiration", "desire", "caring",
    ),
    "sadness": ("sadness", "disappointment", "embarrassment", "grief", "remorse"),
    "surprise": ("surprise", "realization", "confusion", "curiosity"),
    "neutral": ("neutral",),
}
"""The Ekman grouping of GoEmotions (Demszky et al. 2020), as in the data's ``ekman_*`` files."""

EKMAN_TO_WORD: dict[str, tuple[str, frozenset[str]]] = {
    "anger": ("angry", frozenset({"anger"})),
    "disgust": ("disgusted", frozenset({"disgust"})),
    "fear": ("scared", frozenset({"fear"})),
    "joy": ("happy", frozenset({"joy", "calm", "tenderness"})),
    "sadness": ("sad", frozenset({"sadness", "hurt", "loneliness", "shame"})),
    "surprise": ("surprised", frozenset({"surprise"})),
}
"""Ekman group → (goodcry word, the families that already cover it).  A person describing what happened ("the
landlord kept our whole deposit for a stain that was there before") often leaves every one of the 28 labels below
its threshold while the group's own head passes: the group's plain word is then suggested, unless a word of one of
those families already is."""
