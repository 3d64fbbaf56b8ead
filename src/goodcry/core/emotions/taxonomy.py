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
