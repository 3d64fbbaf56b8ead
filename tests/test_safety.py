"""Safety (goodcry.core.safety): crisis-language screening, resources by country and the card.

The case table is tests/data/safety_cases.tsv: a "dev" part written with the rules (the thresholds of the issue
apply to it) and a "held-out" part written after the rules were frozen (a floor, to catch regressions; its
figures are reported by bench/safety_bench.py and are the honest estimate of how the rules generalise).
"""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from goodcry.core.safety import (
    IMMEDIATE_DANGER,
    NOT_MEDICAL_ADVICE,
    Category,
    Level,
    card_for,
    countries,
    help_card,
    resources_for,
    screen,
)
from goodcry.core.safety import screening as screening_module
from goodcry.core.safety.resources import raw_table

TABLE = Path(__file__).parent / "data" / "safety_cases.tsv"
EU = ("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
      "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE")


def _rows() -> list[tuple[str, str, str, str]]:
    rows, part = [], "dev"
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("# --- held-out"):
            part = "held-out"
        if not line.strip() or line.startswith("#") or line.startswith("level\t"):
            continue
        level, category, text = line.split("\t", 2)
        rows.append((part, level, category, text))
    return rows


ROWS = _rows()
DEV = [r for r in ROWS if r[0] == "dev"]
HELD_OUT = [r for r in ROWS if r[0] == "held-out"]


# --- the case table -----------------------------------------------------------------------------------------

def test_table_shape() -> None:
    assert len(ROWS) >= 400
    assert len(HELD_OUT) >= 100
    categories = {c.value for c in Category}
    for _part, level, category, text in ROWS:
        assert level in {"crisis", "concern", "none"}, level
        assert text.strip() == text and text
        if level != "none":
            assert category in categories, category
    sad_safe = [r for r in ROWS if r[1] == "none"]
    assert len(sad_safe) >= 200


def _recall(rows: list[tuple[str, str, str, str]], category: str | None = None) -> float:
    chosen = [r for r in rows if r[1] == "crisis" and (category is None or r[2] == category)]
    return sum(screen(r[3]).level is Level.CRISIS for r in chosen) / len(chosen)


def _false_alarms(rows: list[tuple[str, str, str, str]]) -> float:
    safe = [r for r in rows if r[1] == "none"]
    return sum(screen(r[3]).level is not Level.NONE for r in safe) / len(safe)


def test_dev_crisis_recall_at_least_95_percent() -> None:
    assert _recall(DEV) >= 0.95


@pytest.mark.parametrize("category", ["suicide-plan", "suicidal-ideation", "self-harm", "danger-abuse",
                                      "eating-disorder"])
def test_dev_recall_per_category(category: str) -> None:
    assert _recall(DEV, category) >= 0.9


def test_dev_false_alarms_at_most_2_percent() -> None:
    """Any card (crisis or concern) on a sad-but-safe text counts as a false alarm."""
    assert _false_alarms(DEV) <= 0.02


def test_held_out_floor() -> None:
    """Not the issue's thresholds: a floor under the held-out figures, so a change that generalises worse fails."""
    assert _recall(HELD_OUT) >= 0.6
    assert _false_alarms(HELD_OUT) <= 0.05


def test_concern_rows_are_flagged() -> None:
    concern = [r for r in DEV if r[1] == "concern"]
    assert sum(screen(r[3]).level is not Level.NONE for r in concern) / len(concern) >= 0.9


def test_triggers_are_exact_substrings() -> None:
    for _part, _level, _category, text in ROWS:
        for t in screen(text).triggers:
            assert text[t.start:t.end] == t.text
            assert t.text


def test_triggers_keep_the_original_characters() -> None:
    text = "I DON’T want to be here anymore"
    result = screen(text)
    assert result.level is Level.CRISIS
    assert result.triggers[0].text == "DON’T want to be here anymore"
    assert text[result.triggers[0].start:result.triggers[0].end] == result.triggers[0].text


def _build_index_module():  # type: ignore[no-untyped-def]
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "scripts" / "build_safety_index.py"
    spec = importlib.util.spec_from_file_location("build_safety_index", path)
    assert spec is not None and spec.loader is not None
    module = sys.modules.get(spec.name)
    if module is None:
        module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return module


def test_the_literal_index_is_current() -> None:
    """_index.py is what scripts/build_safety_index.py makes of today's rules (rebuild it after editing them)."""
    build = _build_index_module()
    committed = (Path(screening_module.__file__).with_name("_index.py")).read_text(encoding="utf-8")
    assert committed == build.build(), "stale: run .venv/bin/python scripts/build_safety_index.py"
    assert not screening_module._index().stale


PROBES = ["k!ll myself", "s*icide", "b/p again", "un-alive me", "(kms)", "dieeee", "i overdosed", "od'd last night",
          "binge and purge", "i will do it tonight. i'm going to end it", "sorted out who gets my cat"]


def test_every_rule_match_is_reached_through_the_index() -> None:
    """No match is skipped: wherever a rule's whole pattern matches (every text of every table, blind ones included,
    and every probe), some branch of it has a key literal inside the match, its other clauses hold, and its window
    covers the match."""
    from goodcry.core.safety import _rules

    index = screening_module._index()
    blind = [line.split("\t")[-1] for path in sorted(DATA.glob("safety_*.tsv")) if path != TABLE
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    for text in [r[3] for r in ROWS] + blind + PROBES:
        low = screening_module._lower(text)
        ends = [m.start() for m in screening_module._SENTENCE_END.finditer(low)]
        n_keys, lengths, keyed = index.keyed
        keys = [(last + 1 - lengths[k], last + 1, keyed[k]) for last, k in index.automaton.iter(low) if k < n_keys]
        for rule in _rules.RULES:
            for m in re.finditer(_rules.expand(rule.pattern), low):
                if m.start() == m.end():
                    continue
                reached = False
                for b, branch in enumerate(index.branches):
                    if branch.rule is not rule or not all(any(x in low for x in c) for c in branch.others):
                        continue
                    spans = [(i, j) for i, j, numbers in keys if b in numbers]
                    inside = [(i, j) for i, j in spans if m.start() <= i and j <= m.end()]
                    windows = screening_module._windows(spans, len(low), ends) if inside else []
                    if any(lo <= m.start() and m.end() <= hi for lo, hi in windows):
                        reached = True
                        break
                assert reached, (rule.name, m.group(), text)


def test_short_texts_find_the_same_candidates_without_the_automaton() -> None:
    """The literal-by-literal search for a one-off short entry finds exactly the branches (and key spans) that
    the automaton and its clause sets find."""
    index = screening_module._index()
    assert index.automaton is not None  # built: ``candidates`` now uses it
    for text in [r[3] for r in ROWS] + PROBES:
        low = screening_module._lower(text)
        fresh = screening_module._Index(index.literals, index.branches, index.patterns, index.unless,
                                        index.unless_text, index.stale)
        by_automaton = {b: sorted(spans) for b, spans in index.candidates(low).items()}
        assert fresh.candidates(low) == by_automaton, text


def test_the_index_derives_literals_from_patterns() -> None:
    build = _build_index_module()
    assert build.clauses(build.condition(r"kill (?:my ?self|me)")) == [frozenset({"kill "})] or build.clauses(
        build.condition(r"kill (?:my ?self|me)")) == [frozenset({"kill me", "kill my self", "kill myself"})]
    assert build.clauses(build.condition(r"(?:want|need) \w+ to die")) == [
        frozenset({"need ", "want "}), frozenset({" to die"})]
    assert build.clauses(build.condition(r"\w+ing")) == [frozenset({"ing"})]
    assert build.clauses(build.condition(r"(?:a|b)\w*")) == []  # nothing long enough to require
    assert build.branches("a(b|c)|[|]d|e\\|f|g") == [(0, 6), (7, 11), (12, 16), (17, 18)]


# --- units: the context rules -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I could die of embarrassment",
    "this exam is killing me",
    "I'm dying to see it",
    "I cried so hard I thought I'd die laughing",
    "killing it at work",
    "dead tired after the shift",
    "that cake is to die for",
    "my mom is going to kill me when she sees this",
    "I cut myself shaving",
    "I'm purging my wardrobe",
])
def test_idioms_are_not_flagged(text: str) -> None:
    assert screen(text).level is Level.NONE


@pytest.mark.parametrize("text", [
    "I would never hurt myself",
    "I'm not going to kill myself",
    "I don't want to die",
    "I'm not suicidal",
    "he doesn't hit me",
])
def test_negation(text: str) -> None:
    assert screen(text).level is Level.NONE


def test_negation_does_not_reach_past_another_verb() -> None:
    assert screen("I don't know why I want to die").level is Level.CRISIS


@pytest.mark.parametrize("text", [
    "my friend said she wanted to die",
    "my sister has been cutting herself",
    "my uncle died by suicide",
    "the song goes 'I want to die'",
    'she texted me "I want to kill myself lol"',
])
def test_other_people_and_quotes(text: str) -> None:
    assert screen(text).level is Level.NONE


@pytest.mark.parametrize(("text", "level"), [
    ("How do you guys cope when you just want to die all the time?", Level.CRISIS),
    ("does anyone else just want to die every single morning", Level.CRISIS),
    ("is it normal that you want to die after every single shift?", Level.CRISIS),
    ("my friend asked how do you cope when you want to die, i said therapy", Level.NONE),
    ("how do you help someone when they want to die?", Level.NONE),
    ("you want to die? lol it's a quiz", Level.NONE),
    ("if you want to kill yourself, call 988", Level.NONE),
])
def test_a_question_to_peers_is_about_the_writer(text: str, level: Level) -> None:
    """Forum posts ask peers how they live with what the writer lives with: the generic "you" is the writer."""
    assert screen(text).level is level


@pytest.mark.parametrize(("text", "category"), [
    ("this is my last post. please don't try to find me", Category.SUICIDE_PLAN),
    ("if i don't reply tomorrow you know why", Category.SUICIDE_PLAN),
    ("took the whole box already. lying down til it's over", Category.SUICIDE_PLAN),
    ("he pressed a knife to my neck in the car", Category.DANGER_ABUSE),
    ("she says she'll kill me if i ever tell anyone", Category.DANGER_ABUSE),
    ("my uncle is forcing me to marry his friend in june", Category.DANGER_ABUSE),
    ("my employer keeps my passport and i can't leave", Category.DANGER_ABUSE),
    ("what's the best way to hide fresh cuts on my thighs", Category.SELF_HARM),
    ("scratched my arms on purpose until they bled", Category.SELF_HARM),
    ("been binning my lunch every day so i don't have to eat", Category.EATING_DISORDER),
    ("i'd rather faint than eat dinner tonight", Category.EATING_DISORDER),
    ("part of me is hoping the scan comes back bad", Category.SUICIDAL_IDEATION),
    ("i hate that i woke up again", Category.SUICIDAL_IDEATION),
    ("i'm sitting on the ledge of the car park right now", Category.SUICIDE_PLAN),
    ("i keep staring at the tracks from the platform edge", Category.SUICIDE_PLAN),
    ("i've got the blade in my hand and i can't put it down", Category.SUICIDE_PLAN),
    ("i feel so calm now that i've made the decision", Category.SUICIDE_PLAN),
    ("honestly i'd welcome it, whatever takes me", Category.SUICIDAL_IDEATION),
    ("there's nothing left for me here since mum died", Category.SUICIDAL_IDEATION),
    # terse, understated and second-language voices (tune9's families)
    ("checked the rafter will hold. shed's locked", Category.SUICIDE_PLAN),
    ("pistol's in the glovebox. driving out to the lake", Category.SUICIDE_PLAN),
    ("been sat staring at the pills for an hour now", Category.SUICIDE_PLAN),
    ("took the lot of the sleeping tablets with a bottle of wine. getting drowsy", Category.SUICIDE_PLAN),
    ("i drank some of the weedkiller from the shed", Category.SUICIDE_PLAN),
    ("the note for dave is under the kettle", Category.SUICIDE_PLAN),
    ("i have decided. friday.", Category.SUICIDE_PLAN),
    ("nobody will have to clean up my mess", Category.SUICIDE_PLAN),
    ("no reason to keep breathing really", Category.SUICIDAL_IDEATION),
    ("wouldn't mind if the bus hit me on the way home", Category.SUICIDAL_IDEATION),
    ("the kids would be better off if i were gone", Category.SUICIDAL_IDEATION),
    ("no quiero vivir así", Category.SUICIDAL_IDEATION),
    ("he grabbed my arm so hard and said nobody would believe me", Category.DANGER_ABUSE),
    ("my uncle keeps coming into my room at night", Category.DANGER_ABUSE),
    ("fainted in the lunch queue, i'd skipped every meal since sunday", Category.EATING_DISORDER),
    ("throwing it up after every meal again", Category.EATING_DISORDER),
])
def test_public_post_sayings(text: str, category: Category) -> None:
    """Ways of saying it found in public posts (session 5's families), each written here in other words."""
    result = screen(text)
    assert result.level is Level.CRISIS and category in result.categories, result


@pytest.mark.parametrize("text", [
    "my mom is going to kill me if i tell her about the car",
    "the hotel kept my passport at reception overnight",
    "don't try to find me, i'm hiding behind the shed (hide and seek with the kids)",
    "dyeing my hair blue sounds like a good idea",
    "threw my lunch away because it was mouldy",
    "used concealer to hide the scars from my acne",
    "the villain held a knife to my throat in the school play",
    "kept trying to kill myself in fortnite to get back to the spawn point",
    "i'm going to jump off the roof if the wifi doesn't start working",
    "new chef's knife, cut myself dicing onions, worth it",
    "I work on the self-harm ward and tonight's shift was long",
    "how do I talk to my daughter about self harm? her friend told me she's struggling",
    "radiotherapy week 3. couldn't keep anything down today but the nurses are lovely",
    "not suicidal or anything, just lonely since I moved here",
    "i'm standing on the bridge right now watching the fireworks",
    "i won't be around for your birthday, the conference is that week",
    "nothing left in the fridge, going shopping",
    "i'd welcome the rain after this heatwave",
    "cleaned the rifle and loaded it for the deer season tomorrow",
    "took all my tablets with breakfast as prescribed",
    "i have decided. friday is the day i ask for a raise.",
    "won the lottery scratchcard, nobody would believe me",
    "my toddler keeps touching me with jammy hands",
    "my english is so bad today i want to kill myself haha, no. joke.",
])
def test_public_post_look_alikes(text: str) -> None:
    assert screen(text).level is Level.NONE


def test_the_writer_quoting_themselves_counts() -> None:
    assert screen("I keep thinking 'I want to die'").level is Level.CRISIS


@pytest.mark.parametrize(("text", "category"), [
    ("I used to cut", Category.PAST_SELF_HARM),
    ("I attempted suicide when I was 19", Category.PAST_SUICIDAL),
    ("My dad used to hit me when I was a kid", Category.PAST_ABUSE),
    ("I don't cut anymore", Category.PAST_SELF_HARM),
])
def test_past_is_concern(text: str, category: Category) -> None:
    result = screen(text)
    assert result.level is Level.CONCERN
    assert category in result.categories


def test_past_that_is_happening_again_is_crisis() -> None:
    assert screen("I used to cut but I relapsed last night").level is Level.CRISIS


@pytest.mark.parametrize("text", [
    "kms", "i wanna unalive", "dont want to be here anymore", "wanna die", "suicidal", "thinking about sewer slide",
    "ctb tonight", "I want to end it all", "I hope I don't wake up", "i want 2 die",
])
def test_shorthand_and_misspellings(text: str) -> None:
    result = screen(text)
    assert result.level is Level.CRISIS
    assert result.categories[0] in {Category.SUICIDAL_IDEATION, Category.SUICIDE_PLAN}


@pytest.mark.parametrize("text", [
    "my stepdad touches me and I'm 12", "he hits me", "I'm scared to go home",
])
def test_danger_and_abuse(text: str) -> None:
    result = screen(text)
    assert result.level is Level.CRISIS
    assert result.categories == (Category.DANGER_ABUSE,)


def test_a_minor_is_noted() -> None:
    assert screen("my stepdad touches me and I'm 12").minor
    assert not screen("he hits me").minor


@pytest.mark.parametrize("text", ["haven't eaten in 4 days and fainted", "purging after every meal"])
def test_eating_disorder_crisis(text: str) -> None:
    result = screen(text)
    assert result.level is Level.CRISIS
    assert result.categories == (Category.EATING_DISORDER,)


def test_days_without_eating_alone_is_concern() -> None:
    assert screen("I haven't eaten in two days").level is Level.CONCERN


# --- generalisation families: indirect ways of saying it, found by writing blind tables ------------------------

@pytest.mark.parametrize(("text", "category"), [
    # suicide plan: researching a method, a ligature, a firearm, a note left, arrangements, the moment
    ("been googling how much of my tablets you would need", Category.SUICIDE_PLAN),
    ("looked up which car park has no barrier on the top floor", Category.SUICIDE_PLAN),
    ("tied my dressing gown cord to the banister to see if it would hold", Category.SUICIDE_PLAN),
    ("my brother's rifle is in the shed and it's loaded, i keep thinking about it", Category.SUICIDE_PLAN),
    ("the letter for mum is under my pillow", Category.SUICIDE_PLAN),
    ("i've been stockpiling my quetiapine since january under my mattress", Category.SUICIDE_PLAN),
    ("got the tablets out and lined them up on the bed", Category.SUICIDE_PLAN),
    ("i drank bleach", Category.SUICIDE_PLAN),
    ("going to take every pill in the house tonight", Category.SUICIDE_PLAN),
    ("ive decided it's this friday", Category.SUICIDE_PLAN),
    ("stood at the level crossing again. next time i won't step back", Category.SUICIDE_PLAN),
    # suicidal ideation, said indirectly or in reverse
    ("if i disappeared tomorrow nobody would even notice", Category.SUICIDAL_IDEATION),
    ("my family would cope fine if i wasn't around anymore", Category.SUICIDAL_IDEATION),
    ("no point going on, i'm just waiting for the courage", Category.SUICIDAL_IDEATION),
    ("i hope the tumour comes back so i don't have to keep going", Category.SUICIDAL_IDEATION),
    ("i'm not gonna be here much longer", Category.SUICIDAL_IDEATION),
    ("i keep picturing myself jumping", Category.SUICIDAL_IDEATION),
    ("god please take me", Category.SUICIDAL_IDEATION),
    ("bas mar jaun, i can't take this pressure", Category.SUICIDAL_IDEATION),
    # self-harm: everyday objects, wounds kept open, shorthand, ongoing
    ("used a ring pull on my wrist in the toilets", Category.SELF_HARM),
    ("snapped a sharpener to get the blade out", Category.SELF_HARM),
    ("i keep reopening the cuts on my thigh", Category.SELF_HARM),
    ("craving sh so badly tonight", Category.SELF_HARM),
    ("i'm 15 and i've been cutting for 2 years", Category.SELF_HARM),
    ("i sliced my arm with a razor last night", Category.SELF_HARM),
    # danger and abuse: threats in other orders, to children, held, injured, orders breached, grooming
    ("he says if i ever leave he'll kill me", Category.DANGER_ABUSE),
    ("she's screaming that she'll hurt the kids", Category.DANGER_ABUSE),
    ("he had me by the throat against the wall", Category.DANGER_ABUSE),
    ("last night he fractured my jaw", Category.DANGER_ABUSE),
    ("he isn't allowed to come within 200 metres of me and he's at the window", Category.DANGER_ABUSE),
    ("my tutor keeps asking me to meet up alone. i'm 13", Category.DANGER_ABUSE),
    ("my older cousin touched me when i was staying over last week. i'm 10", Category.DANGER_ABUSE),
    ("my dad threw a plate at me tonight", Category.DANGER_ABUSE),
    # eating disorder: chasing weight and bones, extended fasts, compensating, purging routines
    ("37 kg and counting down", Category.EATING_DISORDER),
    ("i want to see my hip bones properly", Category.EATING_DISORDER),
    ("on day 4 of a water fast and going for 7", Category.EATING_DISORDER),
    ("i had one apple and walked 20km to burn it off", Category.EATING_DISORDER),
    ("if i have lunch i'll have to throw it up", Category.EATING_DISORDER),
    ("restricting to under 400 a day", Category.EATING_DISORDER),
    ("i binge and then throw it all up", Category.EATING_DISORDER),
])
def test_indirect_crisis_families(text: str, category: Category) -> None:
    result = screen(text)
    assert result.level is Level.CRISIS, result
    assert category in result.categories, result


@pytest.mark.parametrize("text", [
    # the same families' innocent neighbours
    "looked up how high the cliff walk goes for our hike",
    "tied the rope to the tree for the kids' swing",
    "the gun in call of duty is loaded with a silencer lol",
    "gave my cat to my mum while i'm away on holiday",
    "i keep my pills in my bag so i remember to take them at lunch",
    "my boss said if i'm late again he'll kill me lol",
    "i'm 48kg now and the dietitian is pleased with my recovery",
    "i went to the gym to burn off the anger",
    "the plan is to get the train to leeds at 11.40",
    "my cousin keeps in touch from australia",
    "the poem was about wanting to sleep forever",
    "if one more person asks when i'm having a baby i will walk into the sea",
    "i'm suicidal about this homework lol jk",
    "so tired i could sleep forever",
    "my little brother hit me with a pillow",
    "i cut for the first time in weeks, my hair i mean, the fringe was in my eyes",
])
def test_indirect_families_leave_innocent_neighbours_alone(text: str) -> None:
    # The rules themselves (the learned layer's false alarms are measured on the sad-but-safe tables).
    result = screening_module.screen_rules(text)
    assert result.level is not Level.CRISIS, result


def test_a_time_is_not_an_age() -> None:
    # "at 11.40" is a time, not "at 11" (childhood): the plan stays a crisis, not a past concern.
    assert screen("the plan is the bridge on the ring road at 11.40").level is Level.CRISIS


@pytest.mark.parametrize(("text", "category"), [
    ("whats even the point anymore", Category.HOPELESSNESS),
    ("i don't know why i even bother anymore", Category.HOPELESSNESS),
    ("counting every calorie again and it scares me", Category.EATING_DISORDER),
    ("what my stepdad did to me when i was little still follows me", Category.PAST_ABUSE),
    ("my old scars itch when i'm stressed", Category.PAST_SELF_HARM),
])
def test_indirect_concern(text: str, category: Category) -> None:
    result = screen(text)
    assert result.level is not Level.NONE, result
    assert category in result.categories, result


def test_empty_and_plain_texts() -> None:
    assert screen("").level is Level.NONE
    assert screen("A quiet day. Cried a little at the film, felt better.").categories == ()


def test_to_dict() -> None:
    data = screen("I want to die").to_dict()
    assert data["level"] == "crisis"
    assert data["categories"] == ["suicidal-ideation"]
    assert data["triggers"] == [{"text": "want to die", "start": 2, "end": 13, "category": "suicidal-ideation",
                                 "level": "crisis"}]


def test_long_and_odd_text_does_not_crash() -> None:
    text = ("İ " * 3000) + "I want to die" + ("\x00?!\"'" * 100)
    result = screen(text)
    assert result.level is Level.CRISIS
    for t in result.triggers:
        assert text[t.start:t.end] == t.text


def test_import_is_cheap() -> None:
    """Importing the package compiles no rules and reads no table (they load on first use)."""
    code = (
        "import sys, goodcry.core.safety as s\n"
        "assert 'goodcry.core.safety.resources' not in sys.modules  # loads only when a card is needed\n"
        "import goodcry.core.safety.screening as screening, goodcry.core.safety.resources as resources\n"
        "assert 'goodcry.core.safety._rules' not in sys.modules\n"
        "assert screening._index.cache_info().currsize == 0\n"
        "assert resources._table.cache_info().currsize == 0\n"
        "assert not any(m.split('.')[0] in {'typer', 'rich', 'sqlalchemy', 'fastapi'} for m in sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- resources ----------------------------------------------------------------------------------------------

def _rows_of_table() -> list[dict[str, object]]:
    data = raw_table()
    rows: list[dict[str, object]] = [data["fallback"]["emergency"], *data["fallback"]["lines"]]
    for country in data["countries"].values():
        rows.append(country["emergency"])
        rows.extend(country["lines"])
    return rows


def test_every_resource_row_has_a_source_and_a_checked_date() -> None:
    for row in _rows_of_table():
        source, checked = row.get("source"), row.get("checked")
        assert isinstance(source, str) and re.match(r"https://\S+$", source), row
        assert isinstance(checked, str), row
        assert date.fromisoformat(checked) <= date.today(), row


def test_table_is_versioned() -> None:
    assert raw_table()["version"]


def test_required_countries() -> None:
    codes = set(countries())
    assert {"US", "CA", "GB", "IE", "AU", "NZ", "IN", *EU} <= codes
    for code in EU:
        assert "112" in resources_for(code).emergency.number


@pytest.mark.parametrize(("code", "emergency", "line"), [
    ("US", "911", "988"), ("CA", "911", "988"), ("GB", "999", "116 123"), ("IE", "112 or 999", "116 123"),
    ("AU", "000", "13 11 14"), ("NZ", "111", "1737"), ("IN", "112", "14416"),
])
def test_country_rows(code: str, emergency: str, line: str) -> None:
    res = resources_for(code)
    assert res.country == code
    assert res.emergency.number == emergency
    assert any(line in (r.phone or "") + (r.text or "") + r.how for r in res.lines)
    assert res.lines[-1].url == "https://findahelpline.com"


@pytest.mark.parametrize("code", [None, "", "ZZ", "narnia"])
def test_fallback(code: str | None) -> None:
    res = resources_for(code)
    assert res.is_fallback and res.country is None
    assert res.emergency.number == "your local emergency number"
    assert [r.url for r in res.lines] == ["https://findahelpline.com"]


@pytest.mark.parametrize("code", ["UK", "uk", " gb ", "en-GB", "en_GB"])
def test_aliases_and_locales(code: str) -> None:
    assert resources_for(code).country == "GB"


# --- the card -----------------------------------------------------------------------------------------------

def test_crisis_card() -> None:
    card = card_for(screen("I want to die"), resources_for("US"))
    assert card is not None and card.level is Level.CRISIS
    assert card.footer == ("If you are in immediate danger, call 911.", NOT_MEDICAL_ADVICE)
    assert NOT_MEDICAL_ADVICE == "goodcry is a journal, not medical advice, and no person monitors it."
    assert [r.name for r in card.resources][:2] == ["988 Suicide & Crisis Lifeline", "Crisis Text Line"]
    assert all(len(line) <= 80 for line in (card.title, *card.lines))
    text = "\n".join(card.text_lines())
    assert "988" in text and "findahelpline.com" in text


def test_concern_card_is_gentler() -> None:
    crisis = card_for(screen("I want to die"), resources_for("GB"))
    concern = card_for(screen("I can't go on like this."), resources_for("GB"))
    assert crisis is not None and concern is not None
    assert concern.level is Level.CONCERN and concern.title != crisis.title
    assert concern.resources == crisis.resources
    assert "If you are in immediate danger, call 999." in concern.footer


def test_no_card_for_none() -> None:
    assert card_for(screen("Cried at the film, felt lighter."), resources_for("US")) is None


def test_card_fallback_emergency_line() -> None:
    card = card_for(screen("kms"), resources_for(None))
    assert card is not None
    assert IMMEDIATE_DANGER.format(emergency="your local emergency number") in card.footer


def test_abuse_card_says_it_is_not_their_fault() -> None:
    card = card_for(screen("he hits me"), resources_for("AU"))
    assert card is not None
    assert any("not your fault" in line for line in card.lines)


def test_help_card_and_to_dict() -> None:
    card = help_card(resources_for("NZ"))
    data = card.to_dict()
    assert data["emergency"] == "111"
    assert data["footer"] == ["If you are in immediate danger, call 111.", NOT_MEDICAL_ADVICE]


# --- the blind tables (written by helpers who never saw the rules) --------------------------------------------
# Each was measured once as it stood, before anyone read it.  A *tune* table was then read and used to write rules;
# a *hold-out* is never read: only its aggregate figures are looked at (scripts/safety_eval.py refuses --errors on
# it), and every look is counted below.  The floors are the figures reached, so a regression fails CI; the hold-outs'
# are the honest estimate of how the screener generalises.

DATA = Path(__file__).parent / "data"
_ALL = ("suicide-plan", "suicidal-ideation", "self-harm", "danger-abuse", "eating-disorder")


def _floors(overall: float, *per_category: float) -> list[tuple[str | None, float]]:
    return [(None, overall), *zip(_ALL, per_category, strict=True)]


BLIND: dict[str, tuple[list[tuple[str | None, float]], float]] = {
    # table: (crisis-recall floors, overall then per category; the ceiling on false alarms, any flag)
    #
    # tune: read and used to write the first semantic families.
    "safety_blind_tune.tsv": (_floors(0.99, 0.96, 1.0, 1.0, 1.0, 1.0), 0.01),
    # tune2: measured as it stood at 0.63 (plan 0.52, ideation 0.59, self-harm 0.81, danger 0.74, eating 0.52; 1/86
    # false alarms; rules alone 0.52), then read for the generalisation families and to train the learned layer.
    "safety_blind_tune2.tsv": (_floors(0.99, 0.96, 1.0, 1.0, 1.0, 1.0), 0.01),
    # tune3 (315 rows, session 3): as it stood 0.737 (plan 0.62, ideation 0.71, self-harm 0.88, danger 0.80, eating
    # 0.69; 3/71), then read: an overdose told by its count of pills, reading about someone's suicide, and
    # ``_FAMILIES_9``.  Training the learned layer with it lowered the hold-out (0.671 -> 0.658, one look), so it
    # stays out of the layer's training.
    "safety_blind_tune3.tsv": (_floors(0.78, 0.66, 0.82, 0.95, 0.80, 0.68), 0.03),
    # tune4 (330 rows, session 4; forum and journal voices, risk buried mid-story, non-native and shorthand writing):
    # as it stood 0.737 (plan 0.78, ideation 0.80, self-harm 0.77, danger 0.58, eating 0.76; 8/90).  Read:
    # ``_FAMILIES_10`` and context fixes (a clock time is not an age, media words in the plural, quotations next to
    # a named song or book, "my little brother" as a speaker, a questionnaire's question).
    "safety_blind_tune4.tsv": (_floors(0.98, 0.92, 1.0, 0.97, 1.0, 1.0), 0.023),
    # tune5 (330 rows, session 4, after tune4's families; forum and social-media voices): as it stood 0.737 (0.726
    # with the session-start rules: tune4's families carried over by one row in a hundred), 10/90 (6 of them the
    # learned layer's).  Read: ``_FAMILIES_11`` and the layer's abstention where the writer says plainly they are safe.
    "safety_blind_tune5.tsv": (_floors(0.95, 0.80, 1.0, 0.97, 1.0, 1.0), 0.045),
    # tune7 (330 rows, session 4; risk said only indirectly, beside safe rows alike on the surface: moving house, a
    # will at 70, climbing rope, a nurse's overdose patient): as it stood 0.695 (rules alone 0.405; plan 0.50,
    # ideation 0.73, self-harm 0.87, danger 0.65, eating 0.88), 11/90.  Read: ``_FAMILIES_12`` and context fixes
    # (someone described as a subject, songs on repeat, an overdose on a ward or in a textbook).
    "safety_blind_tune7.tsv": (_floors(0.91, 0.84, 0.93, 0.90, 0.97, 0.96), 0.067),
    # tune8 (330 rows, session 5; as close as a writer could come to real public posts: forum titles run into the
    # text, peer questions, slang, non-native English): as it stood 0.758 (plan 0.68, ideation 0.78, self-harm 0.80,
    # danger 0.80, eating 0.76; rules alone 0.52), 14/90.  Read: ``_FAMILIES_13`` and the peer question ("how do you
    # guys cope when you just want to die": the generic "you" is the writer); then its false alarms 14 -> 7 (a video
    # game, a plan made conditional on someone's trivial failing, kitchen cuts, a self-harm ward, a parent's
    # question, chemo, "not suicidal or anything, just …").  The rest: the learned layer on hard look-alikes (a
    # fight's weight cut, a mandoline), "i want to die every time the train sits in a tunnel", "walk into the sea".
    # Then its misses 23 -> 16: at the edge now, a blade that can't be put down, calm once decided, "i'd welcome it",
    # "nothing left for me here", a goodbye before a birthday.
    "safety_blind_tune8.tsv": (_floors(0.91, 0.84, 0.90, 0.94, 0.96, 0.92), 0.08),
    # tune9 (330 rows, session 5; young people in text-speak, terse men who rarely talk about feelings, people over 65,
    # second-language writers): as it stood 0.632 (the session-start screener 0.621: tune8's families carried over by
    # two rows; plan 0.42, ideation 0.66, self-harm 0.83, danger 0.60, eating 0.76; rules alone 0.50), 4/90.  Read:
    # ``_FAMILIES_14`` (means at hand, an overdose taken, goodbyes said, wishes to be gone, danger at hand, terse
    # eating-disorder lines), windows two sentences wide, a joke said as a sentence of its own.
    "safety_blind_tune9.tsv": (_floors(0.94, 0.92, 0.96, 1.0, 0.93, 0.92), 0.04),
    # hold-out (never read).  Session 1: rules alone 0.46; with the first learned layer 0.54 — a layer that also
    # called ~1.6% of everyday comments a crisis.  Session 2, after tune2's families and a layer trained with
    # everyday text as background (one look): 0.67, 1/63.  Session 3 (three looks): 0.68 (52/76), 1/63.  Session 4
    # (two looks): after tune4's and tune5's families 0.737 (56/76), 0/63; after tune7's 0.763 (58/76), 0/63.  Session
    # 5 (five looks): a retrained layer 0.711 (54/76); after the peer question 0.763; after tune8's families 0.763
    # (58/76), 0/63, twice; after tune9's 0.763; the retrained layer of holdout3's note 0.737 (56/76).
    "safety_blind_holdout.tsv": (_floors(0.76, 0.56, 0.93, 0.75, 0.73, 0.82), 0.016),
    # holdout2 (330 crying-journal entries, half of them long; session 4; never read).  Four looks: after tune5's
    # families 0.753 (143/190), 8/90; the session-start screener 0.742, 10/90; a learned layer retrained with tune3-5
    # 0.705, 8/90 (not shipped); after tune7's families 0.758 (144/190), 8/90.  Session 5, four looks: a learned layer
    # retrained with tune3-7 and two helper-written corpora (1,200 rows) 0.732, 5/90 (not shipped: the old hold-out
    # fell too, 0.763 -> 0.711); after tune8's first families 0.763 (145/190), 8/90.  A third look after the rest of
    # tune8's families: 0.768 (146/190), 8/90; after tune9's, the same.  The retrained layer (see holdout3) 0.747, 5/90.
    "safety_blind_holdout2.tsv": ([(None, 0.768)], 0.09),
    # holdout3 (330 rows, session 5; never read: new parents, chronic pain and addiction, LGBTQ+ people, students
    # under pressure, people living with violence, 3am fragments).  Written as a tune table, measured once and then
    # kept unread, because it showed how little a round of families carries over: the session-start screener 0.653
    # (124/190), after tune8's and tune9's families 0.658 (125/190), 11/90 (rules alone 0.511).  One more look: a
    # learned layer retrained on every read table and 1,200 helper-written rows 0.679, 9/90 — but 0.737 and 0.747
    # on the other hold-outs, so not shipped.
    "safety_blind_holdout3.tsv": ([(None, 0.65)], 0.13),
}
BLIND_TUNE = DATA / "safety_blind_tune.tsv"
BLIND_TUNE2 = DATA / "safety_blind_tune2.tsv"


def _blind(path: Path) -> list[tuple[str, str, str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("level\t"):
            continue
        level, category, text = line.split("\t", 2)
        rows.append(("blind", level, category, text))
    return rows


@pytest.mark.parametrize(
    ("table", "category", "floor"),
    [(table, category, floor) for table, (floors, _) in BLIND.items() for category, floor in floors],
)
def test_blind_recall_floor(table: str, category: str | None, floor: float) -> None:
    assert _recall(_blind(DATA / table), category) >= floor


@pytest.mark.parametrize(("table", "ceiling"), [(table, ceiling) for table, (_, ceiling) in BLIND.items()])
def test_blind_false_alarms(table: str, ceiling: float) -> None:
    assert _false_alarms(_blind(DATA / table)) <= ceiling


# --- the learned second layer (learned.py, scripts/train_safety.py) -------------------------------------------

EXTRA_SAFE = Path(__file__).parent / "data" / "safety_extra_safe.tsv"
INDIRECT = [
    "i gave my guitar to my brother and wrote letters to everyone. i finally feel calm about tonight",
    "gave away my books and my plants today. said my goodbyes. nobody will need to worry about me after tonight",
]


def test_the_artifact_format_round_trips(tmp_path: Path) -> None:
    """What ``write`` stores, ``read`` gives back exactly: the training script and the screener agree."""
    from goodcry.core.safety import learned

    m = learned.model()
    assert m is not None
    artifact = {
        "bits": m.bits, "threshold": m.threshold, "pairs": [" ".join(p) for p in m.pair_index],
        "crisis": {"bias": m.bias, "scale": m.scale, "weights": m.weights.tobytes()},
        "category": {"labels": list(m.categories), "bias": list(m.cat_bias), "scale": m.cat_scale,
                     "weights": [w.tobytes() for w in m.cat_weights]},
        "meta": m.meta,
    }
    back = learned.read(learned.write(artifact, tmp_path / "model.bin"))
    assert (tmp_path / "model.bin").read_bytes() == learned.MODEL_PATH.read_bytes()
    for name in ("bits", "threshold", "bias", "scale", "categories", "cat_bias", "cat_scale", "pair_index", "meta"):
        assert getattr(back, name) == getattr(m, name), name
    assert back.weights == m.weights and list(back.cat_weights) == list(m.cat_weights)
    with pytest.raises(ValueError, match="not a goodcry safety model"):
        learned.read(learned.MODEL_PATH.with_name("resources.json"))


def test_the_artifact_loads_and_is_small() -> None:
    from goodcry.core.safety import learned

    model = learned.model()
    assert model is not None
    assert learned.MODEL_PATH.stat().st_size < 1_000_000
    assert len(model.weights) == (1 << model.bits) + len(model.pair_index)
    assert 0.5 <= model.threshold < 1.0
    assert set(model.categories) <= {c.value for c in Category}
    assert all(len(w) == len(model.weights) for w in model.cat_weights)


def test_the_layer_is_deterministic() -> None:
    import zlib

    from goodcry.core.safety import learned

    # crc32, never hash(): the same bucket in every process
    assert zlib.crc32(b"w:die") & 0x7FFF == learned._word_features("die", 15)[0]
    model = learned.model()
    assert model is not None
    low = screening_module._lower(INDIRECT[0])
    assert learned.judge(low, model) == learned.judge(low, model)
    code = (
        "from goodcry.core.safety import learned, screening\n"
        f"print(learned.judge(screening._lower({INDIRECT[0]!r}), learned.model()).probability)\n"
    )
    runs = {subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
            for _ in range(2)}
    assert len(runs) == 1


@pytest.mark.parametrize("text", INDIRECT)
def test_the_layer_reads_indirect_crisis_language(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules miss these; the layer scores them far above everyday sad writing, and once its probability
    passes the threshold it raises the level, pointing at the words that did it."""

    from goodcry.core.safety import learned

    model = learned.model()
    assert model is not None
    assert screening_module.screen_rules(text).level is Level.NONE  # the rules alone miss it
    p = learned.probability(screening_module._lower(text), model)
    safe = sorted(learned.probability(screening_module._lower(r[3]), model) for r in _rows() if r[1] == "none")
    assert p > 0.9 > safe[len(safe) // 2]
    lower = model.replace(threshold=p - 0.01)  # the same weights, a threshold just below this text
    monkeypatch.setattr(learned, "model", lambda: lower)
    result = screen(text)
    assert result.level is Level.CRISIS
    learned_triggers = [t for t in result.triggers if t.rule == screening_module.LEARNED_RULE]
    assert learned_triggers
    for t in learned_triggers:
        assert text[t.start:t.end] == t.text


@pytest.mark.parametrize(
    "text",
    [
        "my friend said she gave her guitar to her brother and wrote letters to everyone. she said it was the last "
        "time she would write",
        "i would never give my guitar away and write letters to everyone, this is not the last time i write here",
        "in the novel the hero gives his guitar to his brother and writes letters to everyone before the last chapter",
    ],
)
def test_the_layer_is_vetoed_by_context(text: str, monkeypatch: pytest.MonkeyPatch) -> None:

    from goodcry.core.safety import learned

    model = learned.model()
    assert model is not None
    # Even a layer that took nearly anything for a crisis is vetoed by the context of these phrases.
    eager = model.replace(threshold=0.01)
    monkeypatch.setattr(learned, "model", lambda: eager)
    result = screen(text)
    assert not any(t.rule == screening_module.LEARNED_RULE for t in result.triggers)
    assert result.level is not Level.CRISIS


def test_the_layer_keeps_false_alarms_low_on_sad_but_safe_text() -> None:
    rows = [r for r in _blind(EXTRA_SAFE) + _blind(BLIND_TUNE) + _blind(BLIND_TUNE2) if r[1] == "none"]
    rows += [r for r in _rows() if r[1] == "none"]
    flagged = sum(screen(text).level is Level.CRISIS for _, _, _, text in rows)
    assert flagged / len(rows) <= 0.02


def test_the_layer_loads_only_when_screening() -> None:
    code = (
        "import sys, goodcry.core.safety.screening as screening\n"
        "assert 'goodcry.core.safety.learned' not in sys.modules\n"
        "screening.screen('a quiet day, some tears')\n"
        "assert 'goodcry.core.safety.learned' in sys.modules\n"
        "assert not any(m.split('.')[0] in {'numpy', 'scipy', 'sklearn'} for m in sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


PROSE = ("Woke up early and made coffee. The kitchen was cold so I stood by the radiator for a while. Work was busy: "
         "two meetings, a long call with the team and a pile of emails. Had soup for lunch with Sam. ")


def test_tokens_keep_words_and_sentence_ends() -> None:
    from goodcry.core.safety import learned

    assert learned.tokens("i can't… go on!! (really)") == ["i", "can't", ".", "go", "on", ".", ".", "really"]
    text = "Sorry. I can't—go on"
    low = screening_module._lower(text)
    assert [t for t, _, _ in learned.token_spans(low)] == learned.tokens(low)
    assert all(low[a:b] == t for t, a, b in learned.token_spans(low))


def test_the_word_memory_starts_again_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    from goodcry.core.safety import learned

    model = learned.model()
    assert model is not None
    low = screening_module._lower(PROSE * 3 + INDIRECT[0])
    expected = learned.probability(low, model)
    learned._scorer.cache_clear()
    monkeypatch.setattr(learned, "_KEEP_WORDS", 10)
    assert learned.probability(low, model) == expected
    assert learned.probability(screening_module._lower(PROSE), model) > 0
    assert learned.probability(low, model) == expected
    learned._scorer.cache_clear()


def test_the_fast_path_scores_as_the_full_one() -> None:
    from goodcry.core.safety import learned

    model = learned.model()
    assert model is not None
    for _, _, _, text in _rows()[::7]:
        low = screening_module._lower(text)
        assert abs(learned.probability(low, model) - learned.judge(low, model).probability) < 1e-9


def test_the_pair_bound_decides_as_the_probability_does() -> None:
    """``flags`` settles most texts without their word pairs (an upper bound on what pairs can add); its answer
    must be exactly ``probability >= threshold``, at any threshold — near the texts' own scores included."""
    from goodcry.core.safety import learned

    model = learned.model()
    assert model is not None
    texts = [text for _, _, _, text in _rows()] + [PROSE, PROSE + " " + INDIRECT[0], *INDIRECT]
    probs = [learned.probability_of(learned.tokens(screening_module._lower(t)), model) for t in texts]
    thresholds = sorted({model.threshold, 0.05, 0.5, 0.95, *probs[::25]})
    for threshold in thresholds:
        m = model.replace(threshold=threshold)
        for text, p in zip(texts, probs, strict=True):
            assert learned.flags(learned.tokens(screening_module._lower(text)), m) is (p >= threshold), text
    learned._scorer.cache_clear()


@given(st.text(alphabet=st.sampled_from("ab9Z .!?\n\u00e9\u2019"), max_size=40))
def test_sentence_ends_are_found_as_the_pattern_finds_them(text: str) -> None:
    low = screening_module._lower(text)
    assert screening_module._sentence_ends(low) == [m.start() for m in screening_module._SENTENCE_END.finditer(low)]


def test_the_layer_abstains_where_the_writer_says_they_are_safe() -> None:
    """A long sad post with "tonight" and "sitting in my car" reads like a plan to the learned layer; the writer's
    own plain word that they are fine stands.  The rules still read every phrase: a stated "not suicidal" does not
    hide "i want to die tonight"."""
    shift = ("nurse here. lost a patient tonight. i'm sitting in my car in the staff lot and i'm going to cry for ten "
             "minutes and then drive home and shower and sleep")
    assert screen(shift).level is Level.CRISIS  # the layer alone: no rule matches
    assert screening_module.screen_rules(shift).level is Level.NONE
    assert screen(shift + ". i'm fine, i just needed to write it down").level is Level.NONE
    assert screen("i'm not suicidal, honestly. i just want to die tonight").level is Level.CRISIS
