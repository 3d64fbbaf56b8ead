"""The phrases behind :func:`goodcry.core.safety.screening.screen`, and the context patterns that read them.

Every pattern runs on lower-cased text whose typographic apostrophes and quotes were made plain (offsets kept),
so patterns are written in lower case with plain ``'``.  ``{name}`` inside a pattern is replaced by the macro of
that name (see ``MACROS``); other braces (``{0,2}``) are ordinary regular-expression repeats.

A rule runs only when one of its ``anchors`` is in the text: a whole word (``"die"``, ``"can't"``: the text's
words are taken after punctuation is turned into spaces), or — ending in ``*`` or holding a character other than
a letter, digit or apostrophe — a substring (``"suicid*"``, ``"k!ll"``).  Every match of the rule's pattern must
contain one of them; ``tests/test_safety.py`` checks that on the case table and on probe texts, so a forgotten
anchor cannot silently hide a rule.

Nothing here is compiled at import time: :mod:`screening` compiles it once, on first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from goodcry.core.safety.screening import Category, Level


@dataclass(frozen=True, slots=True)
class Rule:
    """One family of phrases, what it means, and how context may change that."""

    name: str
    category: Category
    level: Level
    pattern: str
    anchors: tuple[str, ...]
    unless: str = ""
    """A pattern searched in the match's sentence that cancels the hit (an idiom, an innocent sense)."""
    unless_text: str = ""
    """A pattern searched in the whole text that cancels the hit."""
    first_person: bool = True
    """The writer must be the subject ("I want to die", not "she wants to die")."""
    negatable: bool = True
    """A negation right before the phrase cancels it ("I would never hurt myself")."""
    past: Category | None = None
    """When the sentence speaks of the past, the hit becomes this category at ``concern`` level."""
    past_drop: bool = False
    """When the sentence speaks of the past, the hit is dropped."""
    inword: bool = False
    """The match may start inside a word (otherwise it must start at a word boundary)."""


# --- macros -------------------------------------------------------------------------------------------------

_PERSON = (
    r"(?:best friend|friend|friends|bff|mom|mum|mommy|mother|dad|daddy|father|parents|sister|brother|sis|bro|"
    r"cousin|aunt|auntie|uncle|grandma|grandmother|grandpa|grandfather|nan|nana|gran|granny|son|daughter|kid|kids|"
    r"child|baby|husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|roommate|flatmate|housemate|coworker|"
    r"co-worker|colleague|boss|manager|teacher|student|classmate|neighbou?r|therapist|counsell?or|doctor|client|"
    r"patient|niece|nephew|step ?dad|step ?mom|step ?mum|step ?father|step ?mother|step ?brother|step ?sister|"
    r"fiance|fiancee|family|dog|cat|crush|mate|pal)"
)

MACROS: dict[str, str] = {
    "person": _PERSON,
    # Reflexive "me", misspelt as people type it.
    "me": r"(?:myself|my ?self|mysef|myslef|meself|mself)",
    # Wanting (any tense), as typed.
    "want": (
        r"(?:wanting|want(?:ed|s)?|wanna|wana|wan|need(?:ed)?|wish(?:ed)?|would like|ready|tempted|long(?:ing)?|"
        r"planning|plan(?:ned)?|decided|deserve|hope|hoping|praying|pray)"
    ),
    "to": r"(?: to| 2|)",
    "dont": r"(?:don'?t|do not|didn'?t|did not|dnt)",
    "cant": r"(?:can'?t|cannot|can not|cnt)",
    "anymore": r"(?:any ?more|any ?longer|no more)",
    # Someone who can hurt the writer: a pronoun or a person, with "my"/"her"/"his" before a person.
    "abuser": (
        r"(?:he|she|they|he's|she's|they're|hes|shes|him|(?:my|her|his|our|mom's|mum's|the) " + _PERSON + r"|"
        r"step ?dad|step ?father|uncle|dad|father|mom|mum|mother|brother|cousin|coach|teacher|babysitter|"
        r"priest|pastor|tutor|neighbou?r|boyfriend|girlfriend|husband|wife|partner)"
    ),
    "end": r"(?:$|(?=\s*[.!?,;:\n)]))",
    # Up to two words between a person and a verb, none of them a negation ("he always hits me", not "he never").
    "filler": r"(?:(?!never\b|not\b|no\b|\w+n'?t\b)[\w']+ ){0,2}",
}

_MACRO = re.compile(r"\{(\w+)\}")


def expand(pattern: str) -> str:
    """``pattern`` with its ``{macro}`` names replaced (repeat counts like ``{0,2}`` are left alone)."""
    return _MACRO.sub(lambda m: MACROS.get(m.group(1), m.group(0)), pattern)


# --- context ------------------------------------------------------------------------------------------------

# A negation close before the phrase, with only a few filler words between ("I'm not going to", "I would never",
# "I don't ever want to") — but not "I don't know why I …", where the negation belongs to another verb.
NEGATION = (
    r"(?:\bnot|\bnever|\bnvr|\b(?:don|doesn|didn|won|wouldn|couldn|shouldn|can|isn|aren|wasn|weren|haven|hasn|hadn|"
    r"ain)'?t|\bcannot|\bno longer|\bno (?:intention|intentions|plans?|desire|urge|urges|thoughts?|wish) (?:to|of)|"
    r"\bwithout)"
    r"(?:\s+(?:i|i'?d|i'?ll|i'?m|going|gonna|to|want|wanna|ever|really|actually|even|try|trying|plan|planning|"
    r"intend|intending|think|would|will|be|do|feel|feeling|like|ready|tempted|able|let|myself|have|had|been|"
    r"again|seriously|consider|considering|thinking|of|about|any|so|once|a|the|ll|d|anything|that|gonna|"
    r"wanting|wanted|thought)){0,4}\s*$"
)

_SUBJECTS = (
    r"i|i'm|im|i've|ive|i'd|i'll|{extra}he|she|they|he's|hes|she's|shes|they're|theyre|we|we're|you|you're|"
    r"youre|u|someone|somebody|people|everyone|everybody|nobody|no one|one of (?:my|her|his|their) \w+|"
    r"(?:my|her|his|their|our|your|a|the|this) " + _PERSON + r"|"
    r"the (?:character|girl|boy|man|woman|guy|narrator|singer|protagonist|hero|heroine|mc|kid|patient|author)"
)
# The nearest subject in the clause before a phrase ("my friend said she" → "she"); ".*" is greedy: the last.
SUBJECT_CLAUSE = r"^.*\b(" + _SUBJECTS.replace("{extra}", "me|") + r")\b"
# Failing that, the nearest subject earlier in the sentence (an object "me" is not one there).
SUBJECT_SENTENCE = r"^.*\b(" + _SUBJECTS.replace("{extra}", "") + r")\b"
FIRST_PERSON = frozenset({"i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "myself"})

# The sentence speaks of the past …
PAST = (
    r"\b(?:used to|use to|usta|when i was|back when|back then|as a (?:kid|child|teen|teenager)|growing up|"
    r"in my (?:teens|childhood|twenties|early twenties)|during (?:high school|college|uni|my teens|my childhood)|"
    r"(?:years|months|a year|a month|year|month|decade) ago|last year|(?:i was|at|age|aged) (?:[5-9]|1\d|20)\b|"
    r"in (?:the past|(?:19|20)\d\d)|(?:years|months) (?:clean|free|sober)|clean (?:for|since)|old scars?|"
    r"in recovery|recovered|survived|back in (?:high school|school|college|uni|the day))"
)
# … unless it also says it is happening again or now.
RECENT = (
    r"\b(?:again|relaps\w*|tonight|right now|these days|lately|recently|currently|this (?:week|morning|evening|"
    r"afternoon)|last night|yesterday|still (?:want|wanna|cut|think|feel like|have (?:urges|thoughts|the urge)))\b"
)
# With a negation: the person stopped ("I don't cut any more", "I haven't self-harmed in two years").
STOPPED = (
    r"\b(?:any ?more|no longer|stopped|quit|clean|in (?:\d+|a few|many|several|two|three|four|five|over a|over|a) "
    r"(?:years?|months?|weeks?)|since (?:i was|high school|school|college|(?:19|20)\d\d)|"
    r"for (?:\d+|a few|many|several|two|three|four|five) (?:years?|months?))\b"
)
# Songs, films, books, games: words about someone else's words.
MEDIA = (
    r"\b(?:song|songs|lyric|lyrics|sings|sang|singer|rapper|album|track|film|movie|show|series|episode|book|"
    r"novel|chapter|character|characters|protagonist|poem|musical|anime|manga|video ?game|meme|tiktok|youtube|"
    r"video|scene|documentary|podcast|article|headline|quote|quoted|netflix|tv|play(?:ed)? (?:by|in)|goes like)\b"
)
# Hypotheticals and someone else's questions ("if I ever …", "the nurse asked whether I …").
HYPOTHETICAL = (
    r"\b(?:if i (?:ever|were to|was to|had to)|in case i (?:ever )?|(?:asked|asks|asking) (?:me )?(?:if|whether)|"
    r"questionnaire|the question (?:was|is)|how to (?:help|support|talk to) (?:someone|a friend|people|them|him|her)|"
    r"signs of|warning signs)"
)
# Quoted words: double quotes, or single quotes that are not apostrophes.
QUOTE = r"\"[^\"\n]{1,400}\"|(?<![\w'])'(?![st]\b)[^'\n]{2,300}?'(?!\w)"
# The writer says they are a child or a teenager.
MINOR = (
    r"\b(?:i'?m|im|i am) (?:only |just |a )?(?:(?:[5-9]|1[0-7])(?: ?(?:yo|y/o|years? old|yrs? old))?\b"
    r"(?! ?(?:%|am|pm|hours?|hrs?|mins?|minutes?|days?|weeks?|months?|kg|lbs?|pounds|times|k\b|:|\.\d|mg))|"
    r"kid|child|minor|teen|teenager)|\b(?:[5-9]|1[0-7]) ?(?:yo|y/o|years? old)\b(?= (?:and|girl|boy|kid))|"
    r"\bin (?:[5-9]|1[0-2])(?:st|nd|rd|th) grade|\bin middle school"
)


# --- the rules ----------------------------------------------------------------------------------------------

_C, _N = Level.CRISIS, Level.CONCERN
_ID, _PLAN, _SH = Category.SUICIDAL_IDEATION, Category.SUICIDE_PLAN, Category.SELF_HARM
_AB, _ED, _HOPE = Category.DANGER_ABUSE, Category.EATING_DISORDER, Category.HOPELESSNESS
_PS, _PSH, _PAB = Category.PAST_SUICIDAL, Category.PAST_SELF_HARM, Category.PAST_ABUSE

RULES: tuple[Rule, ...] = (
    # -- suicide: plans, methods, goodbyes, attempts (imminent) --------------------------------------------------
    Rule(
        "intent", _PLAN, _C,
        r"(?:going to|gonna|gna|gunna|will|i'?ll|plan(?:ning)? to|planned to|decided to|ready to|about to|"
        r"tonight i'?m going to|time to) (?:finally |just |actually )?(?:kill {me}|kms|end (?:it all|my life|"
        r"my own life|{me}|everything)|commit suicide|take my (?:own )?life|hang {me}|overdose|od\b|"
        r"jump (?:off|from|in front))",
        ("kill", "k1ll", "kil", "kms", "end", "suicide", "life", "hang", "overdose", "od", "jump", "k!ll"),
        past=_PS,
    ),
    Rule(
        "attempt", _PLAN, _C,
        r"\bi (?:have |'ve )?attempted\b(?! to)|"
        r"(?:tried|try|trying|attempted|attempt) (?:to )?(?:kill {me}|end (?:it all|my life|{me}|it(?! (?:with|between|"
        r"off|for (?:us|them))))|take my (?:own )?life|hang {me}|overdose|suicide)|suicide attempt|"
        r"(?:an|the|my|a|another) attempt (?:on|at) my (?:own )?life|attempted suicide",
        ("tried", "try", "trying", "attempted", "attempt"),
        past=_PS,
    ),
    Rule(
        "method", _PLAN, _C,
        r"(?:going to|gonna|will|i'?ll|finally) (?:finally )?do it (?:tonight|tomorrow)|"
        r"(?:picked|chosen|chose) (?:the|a) (?:day|date|spot|place|time)\b|"
        r"(?:drive|driving|crash|crashing|steer) (?:my car |the car )?into (?:the|a) (?:river|wall|tree|lake|sea|"
        r"truck|lorry|canal)|"
        r"walk(?:ing)? into the (?:sea|river|ocean|lake|water)|bleed out|affairs in order|"
        r"(?:pills|knife|razor|blade|rope|gun)s? (?:is |are )?(?:ready|lined up|in my hand|next to me|in front of me)|"
        r"(?:knife|razor|blade|gun) in my hand|"
        r"(?:took|taken|swallowed) (?:a bunch|a handful|loads|lots|all|most|the rest|half) of (?:\w+'s |my |the |"
        r"her |his )?(?:sleeping )?(?:pills|tablets|meds|painkillers)|"
        r"(?:suicide|goodbye|farewell|final) (?:note|notes|letter|letters)|(?:the |a |my )noose|tied (?:a|the) rope|"
        r"(?:bought|got|buying|getting|have) (?:a |some |the )?rope\b(?! (?:for|to (?:climb|tie|hang (?:the|a|my) "
        r"(?:washing|laundry|clothes|hammock|swing))))|"
        r"(?:stockpil\w+|hoard\w*|saving up|saved up|collecting|collected|counting|counted) (?:up )?(?:all )?"
        r"(?:enough |my |the |some |a bottle of |a bunch of )?(?:sleeping )?(?:pills|tablets|meds|painkillers|"
        r"paracetamol|tylenol|antidepressants|sleeping pills|insulin)|enough (?:pills|tablets|meds)(?! (?:for|"
        r"to last|until|left|at|with))|"
        r"(?:took|taken|swallowed|downed|popped) (?:1\d|[2-9]\d|\d{3}|twenty|thirty|forty|fifty|a bunch of|"
        r"a handful of|"
        r"too many|all (?:of )?(?:my|the)|the whole|an entire|a whole|a bottle of) (?:bottle of |pack of )?"
        r"(?:my |the )?(?:sleeping )?(?:pills|tablets|meds|painkillers|paracetamol|tylenol|bottle|pack|box)|"
        r"\b(?:overdos\w+|od'?d|od'?ing)\b|jump(?:ing)? (?:off|from) (?:a|the|this) (?:bridge|building|roof|"
        r"balcony|cliff|overpass|ledge|tower)|(?:jump|step|stepping|jumping|walk|walking) in front of (?:a |the )?"
        r"(?:train|car|bus|truck|lorry|traffic)|(?:standing|sitting) on (?:the|a) (?:bridge|ledge|roof|edge)",
        ("note", "notes", "letter", "letters", "noose", "rope", "pills", "pill", "tablets", "meds", "painkillers",
         "paracetamol", "tylenol", "overdose", "overdosed", "overdosing", "overdoses", "od'd", "od'ing", "oded",
         "bottle", "pack", "box", "jump", "jumping", "front", "standing", "sitting", "antidepressants", "insulin",
         "picked", "chosen", "chose", "drive", "driving", "crash", "crashing", "steer", "bleed", "affairs", "knife",
         "razor", "blade", "gun", "tonight", "tomorrow", "sea", "river", "ocean", "lake", "water"),
        unless=r"(?:jump\w* off (?:the|a) (?:cliff|ledge|rock|pier) into|bungee|diving|swim|for (?:fun|work)|"
               r"thank you note|letter to (?:my|the|her|him|them)|love letter|cover letter|note to self|"
               r"in front of (?:the|a) (?:train|bus) (?:station|stop)|prescribed|pharmacy)",
        past=_PS, negatable=True,
    ),
    Rule(
        "goodbye", _PLAN, _C,
        r"(?:this is|this'?ll be|this will be) (?:my|the) last (?:entry|post|note|night|day|time i write|goodbye)"
        r"(?! (?:before|for|of|until|in|this|on|at|here|with|of the))|"
        r"goodbye (?:everyone|world|forever|cruel world)|(?:won'?t|will not|wont) (?:be (?:here|around|alive)|"
        r"wake up) (?:tomorrow|by (?:the )?morning|much longer){end}|by the time (?:anyone|someone|you|they|"
        r"people) (?:reads?|finds?|sees?) this|giving away my (?:things|stuff|belongings|cat|dog|pets?)|"
        r"(?:made|making) my peace (?:with dying|with it all|and i'?m ready)",
        ("last", "goodbye", "tomorrow", "morning", "longer", "time", "giving", "peace"),
        first_person=False,
    ),
    # -- suicidal thoughts ---------------------------------------------------------------------------------------
    Rule(
        "kill-myself", _ID, _C,
        r"(?:kill|kil|k!ll|k1ll|killing|killed|off|offing|unalive|unaliving|hang|hanging|shoot|shooting|drown|"
        r"drowning|poison|poisoning|suffocate|gas|end|ending|ended) {me}"
        r"(?! (?:laughing|up|in (?!the (?:bath|bathtub|tub|river|lake|sea|ocean|pool|canal))|at (?:the gym|work)|"
        r"working|studying|over (?:this|that|it|a)|trying to|to (?:finish|get|make|meet|please)|"
        r"for (?:a|this|that|nothing)|with (?:work|laughter|junk|fast food|sugar|caffeine|coffee)))|\bkms\b",
        ("kill", "kil", "k1ll", "killing", "killed", "off", "offing", "unalive", "unaliving", "hang", "hanging",
         "shoot", "shooting", "drown", "drowning", "poison", "poisoning", "suffocate", "gas", "end", "ending",
         "ended", "kms", "k!ll"),
        unless=r"(?:kill\w* myself (?:laughing|at the gym)|could (?:have |just )?kill myself for (?:forgetting|"
               r"being|not|saying|doing)|\bkmsl\b|\boff myself (?:the|from)\b)",
        first_person=False, past=_PS,
    ),
    Rule(
        "suicidal", _ID, _C,
        r"(?<!died by )(?<!death by )(?<!lost (?:him|her) to )(?<!died of )(?<!loss to )"
        r"suicid(?:al|e|ality)(?! (?:prevention|awareness|squad|bomb\w*|hotline|helpline|walk|mission|doors|"
        r"run|survivors?|rates?|statistics|loss|scene|episode|story|storyline|plot|chapter|"
        r"documentary|song|of (?:my|a|her|his)))|suic1d\w*|sucid\w*|suiside|suicde|"
        r"sewer ?slide|sewerslide|self[- ]?delet\w*|\bctb\b|\bunaliv\w*|\bun-aliv\w*|\bsu!c!d\w*|s\*ic[*i]de|sui?c\*de",
        ("suicide", "suicides", "suicidal", "suicidally", "suicidality", "suic1de", "suic1dal", "sucide", "sucidal",
         "suiside", "suisidal", "suicde", "sewer", "sewerslide", "delete", "deleted", "deleting", "deletes", "ctb",
         "unalive", "unalived", "unaliving", "unalives", "un", "su!c", "s*ic", "c*de"),
        unless=r"(?:died by|death by|lost (?:\w+ ){1,3}to|took (?:his|her|their) own|committed suicide|killed "
               r"(?:himself|herself|themselves)|anniversary|funeral|memorial)",
        past=_PS,
    ),
    Rule(
        "want-to-die", _ID, _C,
        r"{want}{to} (?:just |really |honestly |simply |fucking |literally |actually )?(?:die|dye|dieee*|be dead|"
        r"not (?:be )?(?:alive|exist|be here)|not wake up|stop (?:existing|living|breathing)|cease to exist|"
        r"disappear forever|be gone forever|go to sleep (?:and|&) (?:never|not) wake up|fall asleep (?:and|&) "
        r"(?:never|not) wake up|sleep forever|end it all|end my life|end everything|end my own life|"
        r"not be alive any ?more|unalive|be with (?:him|her|them|my \w+) in heaven)"
        r"(?! (?:of|from|on (?:this|that) hill|happy|old|in peace at|at \d+|a little|inside|laugh\w*|embarrass\w*|"
        r"cringe\w*|cute\w*|in my sleep at|for (?:this|that|it)))",
        ("die", "dye", "dead", "alive", "exist", "existing", "wake", "living", "breathing", "disappear", "gone",
         "sleep", "end", "unalive", "heaven", "diee*", "unalived", "unaliving", "unalives"),
        unless=r"(?:die (?:of|from) (?:embarrass\w*|shame|cringe|laugh\w*|boredom|happiness|cuteness)|"
               r"die (?:laughing|happy)|to die for|want to die (?:old|peacefully at|in my sleep at)|"
               r"dying to|before i die|when i die|bucket list|die on (?:this|that) hill|dye my hair|"
               r"dye (?:it|them)|tie[- ]?dye|hair dye|cross my heart)",
        past=_PS,
    ),
    Rule(
        "wish-dead", _ID, _C,
        r"(?:go to sleep|sleep|fall asleep) forever|why am i (?:still )?alive|"
        r"(?:imagin\w+|picturing|dream\w* (?:about|of)|fantasi\w+ (?:about|of)|planning) my (?:own )?(?:funeral|death)|"
        r"(?:death|dying) (?:seems|feels|is|sounds) (?:like )?(?:the only|my only|a|the) (?:way out|option|answer|"
        r"escape|relief|solution)|"
        r"better place without me|"
        r"(?:wish|wishing|wished|hope|hoping|pray|praying) (?:that )?(?:i|i'?d|id) (?:was|were|could be|would be|"
        r"could just|would just|'d just|just|had)? ?(?:dead|die|died|gone|never (?:been born|born|existed)|"
        r"didn'?t exist|did not exist|wasn'?t (?:alive|here|born)|weren'?t (?:alive|here|born)|don'?t wake up|"
        r"won'?t wake up|wouldn'?t wake up|never wake up|not wake up|do not wake up|dont wake up|disappear forever|"
        r"stop existing|"
        r"get hit by a (?:car|bus|truck))|"
        r"(?:i'?d|i would|id) rather be dead|(?:please |just )?let me die|(?:i'?m|im|i am) better off dead|"
        r"(?:would be|are|is|'d be|be|were) better off (?:without me|if i (?:was|were|wasn'?t|weren'?t|died|was dead|"
        r"were dead|was gone|didn'?t exist))|better off (?:dead|without me)|"
        r"(?:would be|are|is|'d be|be|were) (?:happier|better) if i (?:was|were|'d|had) (?:dead|died|gone|"
        r"never been born)|"
        r"(?:no one|nobody|noone) would (?:care|notice|miss me|even notice) if i (?:died|was dead|were dead|"
        r"killed myself)",
        ("wish", "wishing", "wished", "hope", "hoping", "pray", "praying", "dead", "die", "better", "happier",
         "died", "forever", "alive", "funeral", "death", "dying"),
        unless=r"(?:wish i (?:was|were) dead (?:tired|asleep)|better off (?:dead|without me) (?:in|at) (?:the|this) "
               r"(?:game|team|project|job|group))",
        first_person=False, past=_PS,
    ),
    Rule(
        "dont-want-to-live", _ID, _C,
        r"{dont} (?:really |even |honestly |just )?(?:want|wanna|wish|feel like|see (?:a|any) (?:reason|point)) "
        r"(?:to |2 |in )?(?:live|living|be alive|exist|existing|wake up|be here|be around|keep living|go on living|"
        r"stay alive)(?: (?:anymore|any ?more|any ?longer|tomorrow|again))?(?=\s*(?:[.!?,;:\n)]|$|"
        r"any ?more|any ?longer|tomorrow|again|honestly|lol|tbh|and|but|i|like this|without|in this world|"
        r"on this earth|or))"
        r"|(?:life|living|my life) (?:is ?n'?t|isnt|is not|ain'?t|not|is no longer) worth (?:living|it any ?more)",
        ("live", "living", "alive", "exist", "existing", "wake", "here", "around", "worth"),
        unless=r"(?:want to live (?:in|at|with|near|there|here|alone|abroad)|be here (?:at|in|for|with|when)|"
               r"wake up (?:early|at|for|so|to)\b)",
        first_person=True, past=_PS,
    ),
    Rule(
        "not-wake-up", _ID, _C,
        r"(?:go to sleep|fall asleep|sleep|close my eyes) (?:and|&) (?:never|not|don'?t|won'?t) (?:wake up|"
        r"open them again)|(?:never|not|don'?t|didn'?t) wake up (?:again|tomorrow)?,? (?:that'?s|it'?s|it would be|"
        r"it'?d be|i'?d be|i'?m|honestly) (?:fine|okay|ok|alright|good|a relief|for the best)|"
        r"(?:want|wanna|wish|hope|hoping)(?: to)? (?:never|not) (?:to )?wake up(?! (?:early|late|at|before|on time|"
        r"in time|until|till))",
        ("wake", "open"),
        first_person=False, negatable=False, past=_PS,
    ),
    Rule(
        "thinking-of-it", _ID, _C,
        r"(?:thinking|think|thought|thoughts|fantasi\w+|dream\w*|obsess\w*|planning|researching|googl\w+|"
        r"looked up|looking up|searched|searching) (?:a lot )?(?:about|of|on|up|for)? ?(?:killing {me}|"
        r"ending (?:it all|my life|it|things|everything)(?! (?:with|between|off))|taking my (?:own )?life|"
        r"not being (?:alive|here|around)|not existing|(?:how to|ways to|the best way to|painless ways to) "
        r"(?:die|kill {me}|end (?:it|my life))|how many (?:pills|tablets)|(?:lethal|fatal) dose)",
        ("killing", "ending", "taking", "alive", "here", "around", "existing", "die", "kill", "end", "pills",
         "tablets", "lethal", "fatal"),
        past=_PS,
    ),
    Rule(
        "end-it", _ID, _C,
        r"(?:just |really |want to |wanna |gonna |going to |thinking of |think about |could |might |should )"
        r"end it(?: all| tonight| now| today| for good| forever| here)?{end}|\bend it all\b|"
        r"(?:want|wanna|need) (?:it all|everything|my life|this life) to (?:end|stop|be over)|"
        r"(?:make|want|wanna) (?:the pain|it|everything|it all) (?:to )?stop (?:for good|forever|permanently)",
        ("end", "stop", "over"),
        unless=r"(?:end it (?:with|between)|(?:relationship|things with|with (?:him|her|them))|"
               r"(?:the|this) (?:semester|shift|week|exam|day|meeting|trip|call|argument|fight) to (?:end|be over))",
        past=_PS,
    ),
    # -- self-harm -----------------------------------------------------------------------------------------------
    Rule(
        "harm-myself", _SH, _C,
        r"punch\w* (?:the |a )?walls? (?:until|till|so hard)|"
        r"(?:use|used|using) (?:it|them|the razor|the blade|a blade) on (?:myself|my (?:arms?|wrists?|legs?|thighs?|"
        r"skin))|"
        r"(?:slam\w*|hit|hurt|burn\w*|cut|scratch\w*|bang\w*|punch\w*) (?:\w+ ){0,6}(?:on purpose|deliberately|"
        r"intentionally)(?! to (?:annoy|upset))|"
        r"(?:^|(?<=[.!?] ))cut (?:again|myself|for the first time in|tonight|last night|deep)|"
        r"(?:cut|cuts|cutting|slit|slitting|slice|slicing|burn|burned|burnt|burning|scratch\w*|carv\w+|hurt|"
        r"hurting|harm|harming|harmed|punch\w*|hit|hitting|bruis\w+|stab\w*|bit|bite|biting|"
        r"beat|beating|choke|choking|strangl\w+) {me}(?! (?:up|out|together|off|some slack|a break|short))|"
        r"(?:cut|cutting|slit|slitting|slice|slicing|burn\w*|carv\w+|scratch\w*|punch\w*|bruis\w*|stab\w*|"
        r"hit|hitting) (?:open )?my (?:wrists?|arms?|forearms?|legs?|thighs?|skin|stomach|hips?|veins?|body)|"
        r"bang\w* my head (?:against|on|into) (?:the|a) (?:wall|floor|door)s? (?:until|till|so hard)|"
        r"carv\w+ (?:\w+ ){0,4}(?:into|on) my (?:wrists?|arms?|forearms?|legs?|thighs?|skin|stomach|hips?)",
        ("myself", "mysef", "myslef", "meself", "mself", "self", "wrist", "wrists", "arm", "arms", "forearm",
         "forearms", "leg", "legs", "thigh", "thighs", "skin", "stomach", "hip", "hips", "vein", "veins", "body",
         "head", "walls", "wall", "purpose", "deliberately", "intentionally", "cut"),
        unless=r"(?:shav\w*|cook\w*|chopp\w*|slicing (?:onions|bread|veg)|on (?:a |the |some )?(?:knife|glass|paper|"
               r"stove|oven|pan|iron|kettle|door|table|corner|curling iron|straightener|grill)|by accident|"
               r"accident\w*|at the gym|running|playing|fell|falling|skiing|lifting|with the (?:iron|kettle|door|"
               r"knife)|making (?:tea|coffee|dinner|lunch|breakfast|toast)|gardening|paper ?cut|kitchen|"
               r"working out|workout|tripped|sunburn\w*|in the sun|lifting|football|soccer|basketball|hiking|"
               r"climbing|dancing|yoga|stretch\w*|pulled a|sprain\w*|burn\w* my (?:tongue|mouth|fingers?|hand) on|"
               r"bit (?:my|myself)(?: on)? (?:the )?(?:tongue|lip|cheek)|bite my (?:tongue|lip|nails)|"
               r"burnt? (?:out|myself out)|hurt my (?:back|knee|ankle|wrist|shoulder|neck)|emotionally|overthinking|"
               r"by (?:texting|checking|looking|reading|scrolling|stalking|going|thinking|staying|holding|letting|"
               r"trusting|keeping|comparing|watching|listening|caring|loving)|"
               r"hit myself (?:on|with|against) (?:the|a) (?:door|table|cupboard|shelf|head))",
        first_person=False, past=_PSH,
    ),
    Rule(
        "self-harm", _SH, _C,
        r"self[- ]?harm\w*|self[- ]?injur\w*|self[- ]?mutilat\w*|\bsh (?:urges?|again|relapse)|"
        r"relaps\w* (?:on|with|into) (?:sh|self[- ]?harm\w*|cutting)",
        ("harm", "harms", "harmed", "harming", "selfharm", "selfharmed", "selfharming", "selfharms", "injury",
         "injuring", "injure", "injured", "injurious", "mutilate", "mutilating", "mutilation", "mutilated", "sh",
         "relapse", "relapsed", "relapsing", "relapses"),
        unless=r"(?:self[- ]?harm (?:awareness|charity|training|course|module|policy|research|statistics)|"
               r"(?:signs|history) of self[- ]?harm in (?:teens|students|patients))",
        past=_PSH,
    ),
    Rule(
        "urge-to-cut", _SH, _C,
        r"(?:urges? to|urge|want to|wanna|need to|needed to|going to|gonna|tempted to|about to|craving|itching to|"
        r"itch to|started|start|keep|kept|still|been|used to|usta|use to|i) {filler}(?:cut|cutting|burn|burning)"
        r"(?: myself| again| deep(?:er)?| tonight| my (?:arms?|wrists?|legs?|thighs?|skin))?"
        r"(?=\s*(?:[.!?,;:\n]|$|again|myself|deep|tonight|my (?:arms?|wrists?|legs?|thighs?|skin)|so bad|badly|"
        r"last night|yesterday|today|when|because|and|but|to (?:cope|feel|numb|punish|stop)|so|really|are|is|back))",
        ("cut", "cutting", "burn", "burning"),
        unless=r"(?:cut (?:my|her|his|the) hair|haircut|cutting (?:back|down|out|corners|class|carbs|sugar|ties|"
               r"costs|it close|onions|vegetables|wood|paper|the cord)|cut (?:back|down|out|ties|corners|class|him|her|"
               r"them|it off|off|carbs|sugar|costs|in line|my losses)|burn (?:out|the|a|it|some|calories|bridges|"
               r"candles?|incense)|burning (?:out|up|candles?|calories|incense|the)|fat|calorie|budget|salary|"
               r"hours|pay|funding|film|movie|edit|scene|grass|lawn|fabric|pattern|coupon|deal|sleeve|accident\w*|"
               r"shav\w*|cook\w*|chopp\w*|kitchen|paper ?cut)",
        past=_PSH,
    ),
    Rule(
        "cut-again", _SH, _C,
        r"(?:i |i'?ve |ive |i have |have |i just |just )(?:cut|burned|burnt|hurt myself)"
        r"(?: (?:again|last night|tonight|today|yesterday|this morning|after (?:\d+|two|three|six|a few) "
        r"(?:days|weeks|months)))",
        ("cut", "burned", "burnt", "hurt"),
        unless=r"(?:hair|bangs|fringe|ties|class|carbs|sugar|finger|thumb|onion|toast|dinner|food|pizza|cake)",
        first_person=False, past=_PSH,
    ),
    Rule(
        "stopped-cutting", _PSH, _N,
        r"(?:don'?t|do not|no longer|stopped|quit|haven'?t|have not) (?:cut|cutting|self[- ]?harm\w*|hurt myself|"
        r"hurting myself|burn(?:ed|ing)? myself)(?: (?:any ?more|since|in|for))",
        ("cut", "cutting", "harm", "harms", "harmed", "harming", "selfharm", "selfharmed", "selfharming",
         "selfharms", "hurt", "hurting", "burn", "burned", "burning"),
        negatable=False,
    ),
    Rule(
        "scars", _PSH, _N,
        r"scars from (?:cutting|self[- ]?harm\w*|sh\b|burning)|"
        r"(?:self[- ]?harm|cutting|sh) scars|scars (?:on|from|across) my (?:arms?|wrists?|thighs?|legs?)|"
        r"\bclean (?:from|of) (?:self[- ]?harm|sh|cutting)",
        ("scars", "clean"),
        negatable=False,
    ),
    # -- danger and abuse ----------------------------------------------------------------------------------------
    Rule(
        "hurts-me", _AB, _C,
        r"\b{abuser} {filler}(?:threw|throws|thrown|slammed|slams|shoved) me (?:against|into|down|across|on)|"
        r"\b{abuser} {filler}(?:hits|hitting|hit|choke|kick|slap|punch|push|grab|strangle|beats|beating|beat|"
        r"punch(?:es|ed|ing)|kick(?:s|ed|ing)|"
        r"slap(?:s|ped|ping)|chok(?:es|ed|ing)|strangl\w+|shov(?:es|ed|ing)|smack(?:s|ed|ing)|whip(?:s|ped)|"
        r"hurts|abus(?:es|ed|ing)|rap(?:es|ed)|molest(?:s|ed|ing)|threaten(?:s|ed|ing)|burn(?:s|ed)|"
        r"push(?:es|ed)|grab(?:s|bed)|throws? (?:things|stuff) at|locks?|locked|strikes|belts?|bites) me\b"
        r"(?! (?:up|out|off|away|at (?:chess|cards|\w+ing)|in (?:a |the )?(?:race|game|match|argument)|to (?:it|the)|"
        r"back|with (?:a (?:joke|question)|questions|work|homework)|up to|into (?:doing|going|trying)))",
        ("hits", "hitting", "hit", "beats", "beating", "beat", "punches", "punched", "punching", "kicks", "kicked",
         "kicking", "slaps", "slapped", "slapping", "chokes", "choked", "choking", "strangle", "strangled",
         "strangles", "strangling", "shoves", "shoved", "shoving", "smacks", "smacked", "smacking", "whips",
         "whipped", "hurts", "abuses", "abused", "abusing", "rapes", "raped", "molests", "molested", "molesting",
         "threatens", "threatened", "threatening", "burns", "burned", "pushes", "pushed", "grabs", "grabbed",
         "throws", "throw", "locks", "locked", "strikes", "belts", "belt", "bites", "hit", "choke", "kick", "slap",
         "punch", "push", "grab", "strangle",
         "threw", "throws", "thrown", "slammed", "slams", "shoved"),
        unless=r"(?:hit me (?:hard|like|that|how)|it (?:really |suddenly |finally )?hit me|reality|the (?:song|news|"
               r"truth|words?)|"
               r"(?:beat|beats) me (?:at|in|to)|(?:pushed|pushes) me (?:to (?:be|do|study|try|work)|away)|"
               r"(?:hits|hit) me (?:up)|grab(?:s|bed)? me (?:a |some |coffee|lunch|dinner|food|a drink)|"
               r"lock(?:s|ed)? me out|nostalgia|memory|memories|the feeling|(?:it|this|that|which) hurts me|"
               r"threaten\w* me with (?:firing|a warning|hr|disciplinary|legal|the sack|dismissal|a bad grade))",
        first_person=False, past=_PAB,
    ),
    Rule(
        "touches-me", _AB, _C,
        r"\b{abuser} {filler}(?:keeps |kept )?(?:coming|came|sneaking|sneaks) into my (?:room|bed)|"
        r"\b{abuser} {filler}(?:touch(?:es|ed|ing)?|feels? me up|fondl\w+|undress\w*|comes into my (?:room|bed)"
        r"(?: at night)?|gets into my bed|makes me (?:touch|watch|undress|do (?:sexual|things|stuff))|"
        r"made me (?:touch|watch|undress|do (?:sexual|things|stuff))|sends? me (?:nudes|naked)|asks? (?:me )?for "
        r"(?:nudes|pics|photos of me))(?: me)?(?! (?:so much|deeply|emotionally|my heart|with (?:his|her) words))"
        r"|touch(?:es|ed|ing)? me (?:there|down there|at night|in my (?:sleep|bed|room)|under|where|"
        r"inappropriately|and i|when (?:no one|nobody|mom|mum|my mom|my mum))|"
        r"touch(?:es|ed|ing)? my (?:privates?|private parts|body|chest|breasts?|boobs|butt|bum|genitals|crotch|"
        r"thighs?|legs?)|(?:inappropriately|sexually) touch\w*",
        ("touch", "touches", "touched", "touching", "nudes", "naked", "pics", "photos", "sexual", "porn", "fondle",
         "fondled", "fondles", "fondling", "undress", "undressed", "undressing", "undresses", "feels me up",
         "feel me up", "felt me up", "room", "bed"),
        unless=r"(?:touched me (?:deeply|so much)|(?:song|story|film|movie|book|words?|speech|gesture|kindness|"
               r"letter|card|message) (?:really )?touch|touched my heart|keeps in touch|in touch)",
        first_person=False, past=_PAB,
    ),
    Rule(
        "assaulted", _AB, _C,
        r"(?:i was|i got|i'?ve been|i have been|i'?m being|im being|i am being|i keep getting|been|being) "
        r"(?:\w+ )?(?:raped|sexually assaulted|assaulted|molested|abused|groomed|beaten|beaten up|attacked|"
        r"strangled|choked|stalked|trafficked|held down|drugged|spiked|hit by (?:my|him|her)|kicked out "
        r"and (?:have|i have) nowhere)|\b(?:he|she|they|someone) (?:\w+ )?(?:raped|sexually assaulted|"
        r"assaulted|molested|drugged|spiked) me|(?:forc\w+|pressur\w+) me (?:to have sex|into sex|into (?:doing|"
        r"sexual)|to (?:do|touch|send) (?:sexual|things|stuff|nudes))",
        ("raped", "assaulted", "molested", "abused", "groomed", "beaten", "attacked", "strangled", "choked",
         "stalked", "trafficked", "held", "drugged", "spiked", "hit", "kicked", "forced", "forces", "forcing",
         "pressured", "pressures", "pressuring"),
        unless=r"(?:attacked by (?:a|the) (?:dog|bird|goose|seagull|swan|wasps?|bees?|mosquito\w*)|panic attack|"
               r"anxiety attack|(?:verbally|online) (?:attacked|abused)? by (?:trolls|strangers)|"
               r"by my (?:own )?(?:thoughts|brain|mind|anxiety|body|inner critic)|in the comments|criticism|"
               r"beaten (?:at|in)|at the groomer)",
        first_person=False, past=_PAB,
    ),
    Rule(
        "danger", _AB, _C,
        r"(?:scared|afraid|terrified|frightened|too scared|petrified) (?:to go|of going|to be|of being) (?:back )?"
        r"(?:home|alone with (?:him|her|my \w+))|"
        r"(?:not|never|don'?t feel|doesn'?t feel|do not feel|no longer feel|not feel) safe (?:at home|here|with him|"
        r"with her|around him|around her|in my (?:own )?(?:house|home|room)|with my \w+|around my \w+|anymore at home)|"
        r"(?:scared|afraid|terrified|frightened) (?:of|for my life with|for my life around) (?:him|her|my (?:step ?)?"
        r"(?:dad|father|mom|mum|mother|husband|boyfriend|partner|wife|girlfriend|brother|uncle))(?!'s| (?:will|"
        r"would|might|is|being|getting|dying|finding|reaction|leaving|disappointment|opinion|judgment|judgement))\b|"
        r"fear(?:ing)? for my (?:life|safety)|(?:threaten\w*(?: to)?|said (?:he|she|they)(?:'d| would| will|'ll)|"
        r"says (?:he|she|they)(?:'d| would| will|'ll)|swore (?:he|she|they)(?:'d| would)|tried to|trying to) "
        r"(?:kill|hurt|stab|shoot|strangle|choke) me|\b(?:he|she|they)(?:'s| is|'re| are|s) (?:going to|gonna) "
        r"(?:kill|hurt) me(?! (?:when|if|for|lol|haha|after|because|once|about))|"
        r"(?:won'?t|will not|doesn'?t|does not|don'?t) let me (?:leave|out of the house|see anyone|have my phone|"
        r"call (?:anyone|for help))(?! (?:early|work|the office|until|till|before|the table|class))|"
        r"locked me (?:in|up)|keeps me locked|(?:hiding|hid) from (?:him|her|my (?:step ?)?(?:dad|father|mom|mum|"
        r"husband|boyfriend|partner|wife|girlfriend|brother|uncle))|(?:hiding|hid|locked myself) in (?:the|my) "
        r"(?:bathroom|closet|wardrobe|room) (?:because|so|cause|until|from) (?:he|she|him|her|my)|"
        r"has a (?:gun|knife) and|(?:pointed|held) a (?:gun|knife) (?:at|to) me|"
        r"(?:keeps? |is |has been |been )?(?:following|stalking|follows|stalks|followed) me (?:home|everywhere|to work|"
        r"around|to school)|spiked my drink",
        ("scared", "afraid", "terrified", "frightened", "petrified", "safe", "fear", "fearing", "kill", "hurt",
         "stab", "shoot", "strangle", "choke", "let", "locked", "hiding", "hid", "gun", "knife", "following",
         "stalking", "follows", "stalks", "followed", "spiked"),
        unless=r"(?:afraid of (?:him|her) (?:leaving|dying|finding out)|scared of (?:him|her) (?:leaving|dying))",
        first_person=False, negatable=False, past=_PAB,
    ),
    # -- eating-disorder crisis ----------------------------------------------------------------------------------
    Rule(
        "purging", _ED, _C,
        r"(?:throw\w*|threw) up (?:everything|all|whatever|anything) i (?:eat|ate)|"
        r"(?:weak|dizzy|shaking|faint|collapsing) (?:from|because of) (?:not eating|hunger|starving)|"
        r"purg(?:e|ed|es|ing)(?! (?:my (?:closet|wardrobe|room|inbox|photos|phone|contacts|apartment|stuff|"
        r"things|emails|camera roll|feed)|the (?!food)|old|all (?:my|the) (?:clothes|stuff)|through|of|his|her|clothes|"
        r"photos|emails|files))|(?:make|made|making|force|forced|forcing) myself (?:throw up|sick|vomit|puke)"
        r"(?! (?:with|from|over|about|worrying))|"
        r"(?:throw(?:ing)?|threw) (?:it |everything |food )?up (?:after (?:every|each|eating|dinner|lunch|"
        r"breakfast|meals)|on purpose|again to)|fingers? down my throat|"
        r"(?:abus\w+|tak\w+|took|using|used|popp\w+|swallow\w+|ate) (?:\w+ )?(?:laxatives|diet pills|diuretics)|"
        r"laxatives (?:to|after|so|every|again)|(?:binge\w* and purg\w*|b/p|bp cycle)|\bpro[- ]?ana\b|\bthinspo|"
        r"\b(?:ana|mia) coach|starv(?:e|ed|ing) myself(?! (?:of sleep|for attention))|"
        r"(?:eat|ate|eating|allowed myself) (?:only |just )?(?:under |less than |fewer than )?(?:\d{1,3}) "
        r"(?:calories|cals|kcal)|(?:under|less than) \d{2,3} (?:calories|cals|kcal) a day|"
        r"(?:don'?t|do not) deserve (?:to eat|food)|punish\w* myself (?:by not eating|with (?:food|hunger))",
        ("purge", "purged", "purging", "purges", "throw", "throwing", "threw", "sick", "vomit", "puke", "throat",
         "laxative", "laxatives", "diet", "diuretic", "diuretics", "b/p", "bp", "ana", "mia", "proana", "thinspo",
         "thinspiration", "starve", "starved", "starving", "starves", "starvation", "calories", "cals", "kcal",
         "deserve",
         "weak", "dizzy", "shaking", "faint", "collapsing"),
        unless=r"(?:food poisoning|stomach (?:bug|flu)|norovirus|hangover|drunk|pregnan\w*|morning sickness|"
               r"chemo|migraine|motion sickness|seasick|carsick)",
        past_drop=True,
    ),
    Rule(
        "fainted", _ED, _C,
        r"(?:faint(?:ed|ing)?|pass(?:ed|ing) out|black(?:ed|ing) out|collaps(?:ed|ing)|heart (?:is )?"
        r"(?:racing|skipping|pounding) and|can'?t stand up without)",
        ("faint", "fainted", "fainting", "faints", "collapse", "collapsed", "collapsing", "passed", "passing",
         "pass", "blacked", "blacking", "black", "racing", "skipping", "pounding", "stand"),
        unless_text=r"(?s)^(?!.*(?:\beat|\bate\b|\bfood|\bmeal|starv|\bfast(?:ing|ed)\b|calori|\bcals\b|\bpurg|"
                    r"\bthrow(?:ing)? up|\bthrew up|restrict))",
        first_person=False, past_drop=True,
    ),
    Rule(
        "not-eating", _ED, _N,
        r"(?:haven'?t|havent|have not|hasn'?t|hadn'?t|didn'?t|did not|not|barely|hardly) (?:eaten|eat|ate|had "
        r"(?:any )?(?:food|a meal|anything to eat)|been eating|eating)(?: anything| properly| a thing| real food)? "
        r"(?:in|for|since) (?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple(?: of)?|"
        r"the (?:last|past) \d+|over a|almost a|nearly a|a) (?:days?|weeks?)|days|weeks)|"
        r"(?:\d+|two|three|four|five|six|seven) (?:days?|weeks?) (?:without|with no) (?:eating|food|a meal)|"
        r"restrict(?:ing|ed)? (?:again|my (?:food|eating|calories))|(?:skipping|skip|skipped) (?:all )?(?:my )?"
        r"meals (?:to|so|until|again|on purpose)|(?:afraid|scared|terrified) (?:to eat|of eating|of food)|"
        r"(?:my )?eating disorder (?:is|came|has) (?:back|worse|winning|loud)|\b(?:anorexi\w+|bulimi\w+)",
        ("eaten", "eat", "ate", "eating", "food", "meal", "meals", "restrict", "restricting", "restricted", "skip",
         "skipping", "skipped", "disorder", "anorexia", "anorexic", "bulimia", "bulimic"),
        unless=r"(?:fasting for|ramadan|yom kippur|lent|surgery|colonoscopy|stomach bug|food poisoning|"
               r"(?:\w+ )?(?:eat|ate) (?:out|meat|sugar|junk|dairy|gluten|fast food|takeout|sweets|chocolate))",
        past_drop=True,
    ),
    # -- hopelessness (concern) ----------------------------------------------------------------------------------
    Rule(
        "cant-go-on", _HOPE, _N,
        r"{cant} (?:go on|keep going|do this|take (?:it|this)|handle (?:it|this|life)|cope|keep doing this|live "
        r"like this|bear (?:it|this)|carry on|stand (?:it|this|being alive|myself))(?: (?:anymore|any ?more|"
        r"any ?longer|much longer|for much longer))?(?=\s*(?:[.!?,;:\n]|$|i |honestly|lol|tbh|and|but|like (?:this|"
        r"that)|with "
        r"(?:life|everything)))|"
        r"{cant} (?:go on|keep going|do this|take (?:it|this)|cope|carry on|keep living)(?: (?:anymore|any ?more|"
        r"any ?longer))",
        ("can't", "cant", "cannot", "can", "cnt"),
        unless=r"(?:can'?t take (?:it|this) (?:back|seriously|personally|off|with)|can'?t do this (?:job|class|"
               r"course|commute|exam|assignment|homework|workout|diet|recipe|puzzle) |this (?:heat|cold|noise|"
               r"traffic|weather|wifi|commute))",
        negatable=False, past_drop=True,
    ),
    Rule(
        "no-point", _HOPE, _N,
        r"how much longer i can (?:do this|keep going|go on|take (?:it|this)|cope|keep doing this)|"
        r"(?:i'?ve|i have|i) (?:just |completely )?(?:given|give) up{end}|(?:can'?t|don'?t|cannot) see (?:a|"
        r"any) future|"
        r"what(?:'s| is) even the point|"
        r"(?:what'?s|whats|what is) the point (?:of (?:living|anything|life|being alive|going on|it all|"
        r"existing|waking up|trying any ?more|even trying|me))|(?:what'?s|whats) the point(?: any ?more)?{end}|"
        r"(?:there'?s|there is|theres|i see|i don'?t see) no (?:point|reason) (?:in |to )?(?:living|"
        r"anything|life|being alive|going on|existing|waking up|trying any ?more|live|go on|exist|keep going|"
        r"be here)|no reason to (?:live|keep going|go on|stay|be alive|wake up)|nothing (?:left )?to live for|"
        r"(?:life|my life|everything|nothing) (?:is|feels) (?:pointless|meaningless|hopeless)|"
        r"(?:i'?m|im|i am|i feel|feeling|i felt) (?:so |completely |totally |just |really )?(?:hopeless|"
        r"worthless|like a burden|a burden|like i'?m a burden|empty inside and numb|trapped with no way out)"
        r"(?! (?:at|with|in the kitchen|romantic|case))|(?:i'?m|im|i am) (?:just )?a burden (?:to|on) "
        r"(?:everyone|my|them|him|her|people)|no way out|(?:tired|sick) of (?:living|being alive|existing|life)"
        r"|give up on (?:life|everything|myself|living)|want to (?:just )?disappear|wanna (?:just )?disappear|"
        r"(?:no one|nobody|noone) would (?:care|notice|miss me) if i (?:was gone|disappeared|wasn'?t here)",
        ("point", "reason", "live", "pointless", "meaningless", "hopeless", "worthless", "burden", "numb", "living",
         "alive", "existing", "disappear", "life", "give", "care", "notice", "miss", "longer", "given", "future",
         "give", "no way out"),
        unless=r"(?:point (?:of|in) (?:the|this|that) (?:meeting|class|exercise|app|game|show|movie|trip|party)|"
               r"what'?s the point of (?:arguing|asking|trying to explain|going to the|studying|the gym|"
               r"cleaning)|hopeless (?:at|with|romantic|case)|no way out of (?:this|the) (?:contract|lease|"
               r"meeting|parking|traffic)|disappear (?:for a|into|under|on holiday|for the weekend|to))",
        past_drop=True,
    ),
)
