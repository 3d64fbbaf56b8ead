"""The emotion engine: the shipped artifact, the lexicon's rules, evidence and lazy loading."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goodcry.core import emotions
from goodcry.core.emotions import Label, Suggestion, lexicon, predict, suggest
from goodcry.core.emotions.taxonomy import EKMAN_GROUPS, GOEMOTIONS_TO_WORD
from goodcry.core.errors import ValidationError
from goodcry.core.vocabulary import BUILTIN, Word

ROOT = Path(__file__).resolve().parents[1]
ARTIFACT = ROOT / "src" / "goodcry" / "core" / "emotions" / "model.npz"


def words(text: str) -> list[str]:
    return [s.word for s in suggest(text)]


def families(text: str) -> set[str]:
    return {s.family for s in suggest(text)}


# --- the artifact --------------------------------------------------------------------------------------------


def test_artifact_is_small_and_loads() -> None:
    assert ARTIFACT.stat().st_size <= 10_000_000
    info = emotions.load()
    assert len(info.labels) == 28 and info.labels[-1] == "neutral"
    assert info.ekman == ("anger", "disgust", "fear", "joy", "neutral", "sadness", "surprise")
    assert info.features > 10_000


@functools.cache
def _vocabulary() -> tuple[list[str], list[str]]:
    import numpy as np

    with np.load(ARTIFACT) as z:
        return bytes(z["words"]).decode("utf-8").split("\n"), bytes(z["chars"]).decode("utf-8").split("\n")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs"]) | st.sampled_from(" \t\n'’!?.\udcff"),
                        max_size=60), max_size=6))
def test_batch_features_match_the_string_definition(texts: list[str]) -> None:
    """The runtime's numpy char-gram hashing finds exactly the known grams that ``grams()`` spells out."""
    from goodcry.core.emotions._features import Featurizer, grams

    words, chars = _vocabulary()
    fz = Featurizer(words, "\n".join(chars))
    word_id = {w: i for i, w in enumerate(words)}
    char_id = {c: i + len(words) for i, c in enumerate(chars)}
    samples = [*texts, "", "I’m SO   happy!!! 😭😭 :)", "x" * 60 + " hello", "ok \udcff ok", "don't\tstop\nme now"]
    rows, ids = fz.pairs(samples)
    for i, text in enumerate(samples):
        w, c = grams(text)
        expected = sorted([word_id[g] for g in w if g in word_id] + [char_id[g] for g in c if g in char_id])
        assert sorted(ids[rows == i].tolist()) == expected, text


@pytest.mark.parametrize(
    ("text", "expected_family", "expected_word"),
    [
        ("my grandmother died and I miss her so much", "sadness", "grief"),
        ("I feel so lonely since I moved to the city", "loneliness", "lonely"),
        ("Thank you so much for being there for me", "tenderness", "grateful"),
        ("I'm really frustrated, nothing I do at work is ever enough", "anger", "frustrated"),
        ("I'm so nervous about the exam tomorrow", "fear", None),
        ("It was my fault and I can't stop thinking about it", "shame", "guilty"),
        ("So relieved the surgery went well", "calm", "relieved"),
        ("I cried at the wedding, tears of joy, I was so moved", "tenderness", "moved"),
        ("Everything is too much and I can't cope anymore", "fear", "overwhelmed"),
        ("When I found maggots in the rubbish bin", "disgust", "disgusted"),
        ("Walking home at night when someone started following me", "fear", "scared"),
    ],
)
def test_sensible_suggestions(text: str, expected_family: str, expected_word: str | None) -> None:
    found = suggest(text)
    assert expected_family in {s.family for s in found}, found
    if expected_word:
        assert expected_word in {s.word for s in found}, found


def test_suggestions_are_stable_and_well_formed() -> None:
    text = "my grandmother died and I miss her so much"
    first = suggest(text)
    assert first == suggest(text)
    assert first == sorted(first, key=lambda s: (-s.score, s.word))
    for s in first:
        assert isinstance(s, Suggestion)
        assert 0.0 <= s.score <= 1.0
        assert s.word in BUILTIN and BUILTIN.lookup(s.word).family == s.family
        assert s.source in {"model", "lexicon", "model+lexicon"}


def test_every_mapped_word_is_in_the_vocabulary() -> None:
    for label, word in GOEMOTIONS_TO_WORD.items():
        assert word in BUILTIN, (label, word)
    grouped = [label for members in EKMAN_GROUPS.values() for label in members]
    assert sorted(grouped) == sorted(emotions.load().labels)


def test_neutral_text_suggests_little() -> None:
    assert suggest("The meeting is at 3pm in room 204.") == []
    assert suggest("") == []


# --- evidence ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my grandmother died and I miss her so much",
        "I’m SO frustrated… my boss ignored me again!!",
        "Thank you, really. I'm grateful you came 🙏",
        "He hurt me so badly; I feel lonely and a bit ashamed",
        "  tabs\tand\nnewlines:\tI feel so alone\n",
    ],
)
def test_evidence_is_from_the_text(text: str) -> None:
    found = suggest(text)
    assert found
    for s in found:
        assert s.evidence, s
        for phrase in s.evidence:
            assert phrase and phrase in text, (phrase, text)


def test_evidence_names_the_words_that_matter() -> None:
    grief = next(s for s in suggest("my grandmother died and I miss her so much") if s.word == "grief")
    assert any("died" in e for e in grief.evidence)
    frustrated = next(s for s in suggest("I'm really frustrated with my boss") if s.word == "frustrated")
    assert "really frustrated" in frustrated.evidence


# --- the lexicon's rules -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["I'm not lonely", "I don't feel lonely at all", "I am never lonely here", "I'm not really lonely anymore"],
)
def test_negation(text: str) -> None:
    assert "lonely" not in words(text)
    hits = lexicon.find(text)
    assert hits and all(h.negated for h in hits if h.word == "lonely")


@pytest.mark.parametrize(("text", "moved"), [
    ("we moved in last week and the flat is freezing", False),
    ("moving house again, boxes everywhere", False),
    ("she touched the screen and it froze", False),
    ("I was so moved by her speech", True),
    ("his letter touched my heart", True),
    ("I was moved to tears", True),
])
def test_a_phrase_with_another_sense_is_read_by_what_follows(text: str, moved: bool) -> None:
    """"moved in", "moving house", "touched the screen": the next word shows the other sense of the phrase."""
    assert ("moved" in {h.word for h in lexicon.find(text)}) is moved


def test_negation_stays_in_its_clause() -> None:
    assert "lonely" in words("I can't sleep, I feel so lonely")
    assert "sad" not in words("I'm not sad, just tired")


@pytest.mark.parametrize(
    "text",
    ["She felt hurt", "My mom was sad all day", "He is so lonely since the divorce", "I think they feel hopeless"],
)
def test_other_people_feelings_are_not_the_writers(text: str) -> None:
    hits = lexicon.find(text)
    assert hits and not any(h.writer for h in hits)
    assert not {h.word for h in hits} & set(words(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He hurt me", "hurt"),
        ("She made me feel lonely", "lonely"),
        ("I felt hurt when she left", "hurt"),
        ("Lonely again tonight.", "lonely"),
        ("my heart is so heavy, I feel hopeless", "hopeless"),
        ("My sister died last spring", "grief"),
    ],
)
def test_the_writers_feelings(text: str, word: str) -> None:
    assert word in words(text)


def test_intensifiers_raise_and_downtoners_lower() -> None:
    def score(text: str) -> float:
        return next(h.score for h in lexicon.find(text) if h.word == "lonely")

    plain, strong, mild = score("I feel lonely"), score("I feel so lonely"), score("I feel a bit lonely")
    assert mild < plain < strong
    assert score("I feel extremely lonely") == score("I feel really lonely") == strong
    hit = next(h for h in lexicon.find("I feel extremely lonely") if h.word == "lonely")
    assert "I feel extremely lonely"[hit.start : hit.end] == "extremely lonely"


def test_custom_words_are_found() -> None:
    vocab = BUILTIN.with_custom([Word("wistful-ish", "sadness", -1, -1, custom=True)])
    found = suggest("today I felt wistful-ish about the old house", vocab)
    assert "wistful-ish" in {s.word for s in found}


# --- batch prediction ----------------------------------------------------------------------------------------


def test_predict_taxonomies() -> None:
    texts = ["I love this so much!", "wow, I did not expect that at all", "This is disgusting"]
    go = predict(texts, "goemotions")
    assert "love" in {lab.label for lab in go[0]}
    ek = predict(texts, "ekman")
    assert "joy" in {lab.label for lab in ek[0]}
    assert "surprise" in {lab.label for lab in ek[1]}
    assert "disgust" in {lab.label for lab in ek[2]}
    own = predict(texts, "goodcry", evidence=True)
    assert all(isinstance(lab, Label) and lab.family for row in own for lab in row)
    assert all(lab.family is None for row in go for lab in row)
    assert predict([], "ekman") == []


def test_predict_long_texts_are_scored_by_sentence() -> None:
    filler = "We went to the shop and then to the station to catch the train home. " * 4
    text = filler + "Thank you so much for helping me!"
    assert "gratitude" in {lab.label for lab in predict([text], "goemotions")[0]}


def test_unknown_taxonomy() -> None:
    with pytest.raises(ValidationError):
        predict(["x"], "plutchik")  # type: ignore[arg-type]


# --- lazy loading --------------------------------------------------------------------------------------------


def test_import_does_not_load_numpy_or_the_model() -> None:
    code = (
        "import sys, goodcry.core.emotions as e\n"
        "assert 'numpy' not in sys.modules, 'numpy imported'\n"
        "assert e._model is None\n"
        "e.suggest('I feel lonely')\n"
        "assert 'numpy' in sys.modules and e._model is not None\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=60)


def test_a_words_own_name_suggests_that_word() -> None:
    assert "humiliated" in words("I felt so humiliated at work today")
    assert "panicked" in words("I panic every time the phone rings")


def test_long_entries_keep_each_feeling() -> None:
    entry = (
        "Today was hard. I woke up early and could not get back to sleep. At work my manager criticised my report "
        "in front of everyone and I felt so humiliated. I held it together until lunch and then cried in the "
        "bathroom. I feel so alone in this job. In the evening I called my mum and she listened for an hour, and "
        "I am grateful that she is there."
    )
    found = set(words(entry))
    assert {"humiliated", "lonely", "grateful"} <= found, found


# --- first-person writing ------------------------------------------------------------------------------------


def test_an_emotion_is_listed_before_neutral() -> None:
    """GoEmotions often gives neutral beside an emotion; ``predict`` lists the emotion first, so the first label
    of a row is the one that says something about the text."""
    texts = ["There were maggots crawling in the bin under the sink.", "The meeting is at 3pm in room 204.",
             "My grandfather passed away last night in the hospital."]
    rows = predict(texts, "ekman")
    assert rows[0][0].label == "disgust" and "neutral" in {lab.label for lab in rows[0]}
    assert [lab.label for lab in rows[1]] == ["neutral"]
    assert rows[2][0].label == "sadness"
    for row in [*rows, *predict(texts, "goemotions")]:
        names = [lab.label for lab in row]
        if "neutral" in names:
            assert names.index("neutral") == len(names) - 1, names


def test_a_situation_told_without_a_feeling_word_is_named_by_its_group() -> None:
    """No label of the 28 passes on "he charged me twice …", but the anger group's own head does: its plain word is
    suggested, with the words behind it.  A group whose family a word already covers adds nothing."""
    text = "The mechanic charged me twice for a repair he never did and laughed when I complained."
    angry = next(s for s in suggest(text) if s.family == "anger")
    assert angry.word == "angry" and angry.evidence and all(e in text for e in angry.evidence)
    grief = suggest("my grandmother died and I miss her so much")
    assert sorted(s.word for s in grief if s.family == "sadness") == ["grief", "sad"]
    assert suggest("I walked the dog and paid the gas bill.") == []


def _tsv(path: Path) -> list[tuple[str, str]]:
    """(labels, text) rows, read by the benchmark's own reader."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from emotions_firstperson import load
    finally:
        sys.path.remove(str(ROOT / "bench"))
    return [(",".join(labels), text) for labels, text in load(path, known=None)]


def test_first_person_training_texts_are_well_formed_and_apart_from_the_blind_tables() -> None:
    """goodcry's own training texts: GoEmotions labels only, no repeats, and none of them copied into the blind
    tables that measure the engine on first-person writing (a shared text would measure memory)."""
    training = _tsv(ROOT / "data" / "emotions_firstperson.tsv")
    known = set(emotions.load().labels)
    assert len(training) > 6000
    for labels, text in training:
        assert set(labels.split(",")) <= known, labels
        assert text == text.strip() and text
    texts = {t.lower() for _, t in training}
    assert len(texts) == len(training)
    for table in ("emotions_blind_tune.tsv", "emotions_blind_holdout.tsv", "emotions_blind_holdout2.tsv"):
        rows = _tsv(ROOT / "tests" / "data" / table)
        assert len(rows) == 400
        ekman = {"anger", "disgust", "fear", "joy", "neutral", "sadness", "surprise"}
        assert all(set(labels.split(",")) <= ekman for labels, _ in rows)
        assert not texts & {t.lower() for _, t in rows}, table
