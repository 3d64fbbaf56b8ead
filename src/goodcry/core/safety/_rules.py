"""The phrases behind :func:`goodcry.core.safety.screening.screen`, and the context patterns that read them.

Every pattern runs on lower-cased text whose typographic apostrophes and quotes were made plain (offsets kept),
so patterns are written in lower case with plain ``'``.  ``{name}`` inside a pattern is replaced by the macro of
that name (see ``MACROS``); other braces (``{0,2}``) are ordinary regular-expression repeats.

A rule's pattern runs only where it could match: ``scripts/build_safety_index.py`` derives, from each pattern,
the literal strings every match of it must contain, and writes them to ``_index.py`` (rebuild it after editing
a pattern; ``tests/test_safety.py`` fails while it is stale).  Nothing to keep in step by hand.

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
        r"planning|plan(?:ned)?|decided|deserve|hope|hoping|praying|pray|urges?|the urge|an urge)"
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
    r"wanting|wanted|thought|felt)){0,4}\s*$"
)

_SUBJECTS = (
    r"i|i'm|im|i've|ive|i'd|i'll|{extra}he|she|they|he's|hes|she's|shes|they're|theyre|we|we're|you|you're|"
    r"youre|u|someone|somebody|people|everyone|everybody|nobody|no one|one of (?:my|her|his|their) \w+|"
    r"(?:my|her|his|their|our|your|a|the|this|\w+'s|\w+s') (?:(?:little|big|older|younger|baby|twin|best|new|old|"
    r"eldest|oldest|youngest) )?" + _PERSON + r"|"
    r"the (?:character|girl|boy|man|woman|guy|narrator|singer|protagonist|hero|heroine|mc|kid|patient|author)|"
    r"(?:a|an|one|this|that) (?:man|woman|guy|girl|boy|lady|caller|patient|client|person|kid|teen|teenager|student|"
    r"customer|stranger|colleague|resident|user)"
)
# The nearest subject in the clause before a phrase ("my friend said she" → "she"); ".*" is greedy: the last.
SUBJECT_CLAUSE = r"^.*\b(" + _SUBJECTS.replace("{extra}", "me|") + r")\b"
# Failing that, the nearest subject earlier in the sentence (an object "me" is not one there).
SUBJECT_SENTENCE = r"^.*\b(" + _SUBJECTS.replace("{extra}", "") + r")\b"
FIRST_PERSON = frozenset({"i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "myself"})
# A question to peers about how they live with something the writer lives with ("how do you guys cope when you just
# want to die all the time?", "is it normal to still want to cut"): its generic "you" is the writer.
PEER_QUESTION = (
    r"(?<!asked )(?<!asks )(?<!asking )(?<!said )(?<!says )"
    r"\bhow (?:do|did|can|does|would) (?:you|u|y'?all|people|ppl|anyone)(?: guys| all| lot| people)? "
    r"(?:even |actually |just |all )?(?:cope|deal|handle|get through|keep going|carry on|go on|survive|live|stop|"
    r"hide|manage|function|get by|push through|get out of bed|make it|not)\b|"
    r"\b(?:is it|it'?s) (?:normal|weird|bad|wrong|okay|ok|common) (?:to|that|if|when)\b|"
    r"\b(?:does|do) (?:any ?one|anybody) (?:else )?|\bany ?one else\b|\bdo (?:you|u) (?:guys |all )?ever\b"
)
PEER_YOU = frozenset({"you", "u", "you're", "youre"})

# The sentence speaks of the past …
PAST = (
    r"\b(?:used to|use to|usta|when i was(?! \w+ing\b| asleep| at | on | out\b| about | just | home| there| here| alone)|"
    r"back when|back then|as a (?:kid|child|teen|teenager)|growing up|"
    r"in my (?:teens|childhood|twenties|early twenties)|during (?:high school|college|uni|my teens|my childhood)|"
    r"(?:years|months|a year|a month|year|month|decade) ago|last year|"
    # an age: "at 15", but "at 10" is far likelier a clock time ("took 40 of them at 10")
    r"(?:(?:i was|age|aged) (?:[5-9]|1\d|20)|at (?:1[3-9]|20))\b(?![.:]\d|"
    r" ?(?:am|pm|o'?clock|mins?|minutes|hours|hrs|km|kg|miles|floors))|"
    r"in (?:the past|(?:19|20)\d\d)|(?:years|months) (?:clean|free|sober)|clean (?:for|since)|old scars?|"
    r"in recovery|recovered|survived|back in (?:high school|school|college|uni|the day)|"
    # time since it stopped ("5 years since my overdose", "500 days no self harm", "since I stopped hurting myself")
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|many) (?:years?|months?|weeks?|days?) (?:since|no|"
    r"without|free (?:of|from)|clean)\b|since i (?:stopped|quit|last)\b|since my (?:overdose|attempt|last (?:relapse|"
    r"attempt|cut))|clean (?:from|of) |"
    # what is left of it: scars, an old box thrown away
    r"(?:self[- ]?harm|sh|cutting) scars|\bmy (?:old )?scars\b|\bmy old (?:box|blades?|razors?|kit|stash)|"
    r"(?:threw|chucked|binned|thrown|got rid of) (?:it|them|(?:all )?(?:my|the) \w+) (?:away|out|in the bin|"
    r"straight in the bin)|"
    r"(?:i was|i felt|i got) [^.!?\n]{0,30}\b(?:in|at|during) (?:college|uni|university|high school|secondary "
    r"school|sixth form))"
)
# … unless it also says it is happening again or now.
RECENT = (
    r"\b(?:again|relaps\w*|tonight|right now|these days|lately|recently|currently|this (?:week|morning|evening|"
    r"afternoon)|last night|last (?:weekend|week)|the other (?:night|day)|yesterday|still (?:want|wanna|cut|think|feel like|"
    r"have (?:urges|thoughts|the urge)))\b"
)
# With a negation: the person stopped ("I don't cut any more", "I haven't self-harmed in two years").
STOPPED = (
    r"\b(?:any ?more|no longer|stopped|quit|clean|in (?:\d+|a few|many|several|two|three|four|five|over a|over|a) "
    r"(?:years?|months?|weeks?)|since (?:i was|high school|school|college|(?:19|20)\d\d)|"
    r"since i (?:started|stopped|left|got|began|quit|moved)|"
    r"for (?:\d+|a few|many|several|two|three|four|five) (?:years?|months?))\b"
)
# Songs, films, books, games: words about someone else's words.
MEDIA = (
    r"\b(?:song|songs|lyric|lyrics|sings|sang|singer|rapper|album|track|films?|movies?|shows?|series|episodes?|books?|"
    r"novels?|chapters?|character|characters|protagonist|poems?|musical|anime|manga|video ?game|meme|tiktok|youtube|"
    r"video|scene|documentary|podcast|article|headline|quote|quoted|netflix|tv|play(?:ed)? (?:by|in)|goes like|"
    r"on repeat|playlist|spotify|radio)\b"
)
# Hypotheticals and someone else's questions ("if I ever …", "the nurse asked whether I …").
HYPOTHETICAL = (
    r"\b(?:if i (?:ever|were to|was to|had to)|in case i (?:ever )?|(?:asked|asks|asking) (?:me )?(?:if|whether)|"
    r"questionnaire|the question (?:was|is)|how to (?:help|support|talk to) (?:someone|a friend|people|them|him|her)|"
    r"signs of|warning signs|the (?:one|question|bit|item) about|(?:ticked|answered|circled|clicked|scored) "
    r"['\"]?(?:not at all|no|never|zero)['\"]? (?:for|to|on)|"
    # Exasperation: "if one more person asks me …, I'll …" is about the asking, not a plan.
    r"if (?:one more|another|i (?:have to|hear|see|get) (?:one more|another)) (?:\w+ ){0,2}(?:person|people|customer|"
    r"client|email|meeting|question|comment|ad|advert|message|call)s? (?:\w+ ){0,2}(?:asks?|says?|tells?|comments?|"
    r"sends?|calls?|mentions?|about|from|like)|"
    r"if (?:\w+ ){1,3}(?:one more|another) (?:\w+ ){0,2}(?:meeting|email|call|question|zoom|task|deadline|form|"
    r"spreadsheet|shift|exam|assignment)s?\b)"
)
# The writer says, in so many words, that they are safe ("i'm not suicidal", "i'm not going to do anything stupid"):
# the learned layer, which reads a text's words statistically, then abstains (the rules still read every phrase).
SAFE_STATEMENT = (
    r"\b(?:i'?m|im|i am) (?:not|never) (?:suicidal|in (?:any )?danger|at risk|going to (?:do anything|hurt myself|"
    r"kill myself|act on (?:it|them|anything))|gonna do anything)\b|"
    r"\bnot going to do anything (?:stupid|dumb|silly|drastic|rash)\b|"
    r"\b(?:i'?m|im|i am) (?:safe|fine|okay|ok|alright)[,.!]* (?:i )?(?:promise|really|honestly|just needed|just "
    r"wanted|just need)\b|"
    r"\bno (?:thoughts?|plans?) (?:of|about) (?:suicide|hurting myself|ending (?:it|my life)|killing myself)\b|"
    r"\bhaven'?t had (?:those|any|suicidal) thoughts\b"
)
# The writer takes it back ("… lol jk", "just kidding"): a joke, not a disclosure.
JOKE = (
    r"(?:\bjk\b|\bj/k\b|\bjust (?:kidding|joking)\b|\bonly joking\b|(?<!\w)/jk?\b|(?<=[.!?] )(?:joke|joking)[.!]|"
    r"\bhaha,? no\b)"
)
# Words about a song, poem, film … ("the poem was about wanting to sleep forever"): someone else's words.
MEDIA_ABOUT = (
    r"\b(?:song|songs|lyric|lyrics|album|track|film|movie|show|series|episode|book|novel|chapter|poem|poems|poetry|"
    r"play|musical|story|essay|documentary|podcast|article|painting|artwork)\b[^.!?\n]{0,40}?\b(?:(?:is|was|are|were|"
    r"'s) (?:all |partly |kind of |basically |really )?about|called|titled|explores|explored|deals with|dealt with)\b"
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

# A plan's words said of a video game ("trying to kill myself in minecraft to reset my spawn"), or made conditional
# on something trivial someone else does ("going to jump off a bridge if my group partner doesn't reply").
_NOT_A_PLAN = (
    r"\b(?:minecraft|fortnite|roblox|skyrim|elden ring|gta|the sims|respawn|spawn ?point|in[- ]game|gamer|speedrun|"
    r"hardcore mode|pvp|npc|boss fight|my character|my avatar|my sims?)\b|"
    r"\bif (?:my|the|this|that|he|she|they|someone|anyone|one more)\b[^.!?\n]{0,50}?\b(?:doesn'?t|don'?t|won'?t|does "
    r"not|do not|will not|isn'?t|aren'?t) (?:reply|answer|respond|text|call|show up|turn up|get here|hurry|stop|"
    r"shut up|load|work|fix|start|finish|come)"
)

RULES: tuple[Rule, ...] = (
    # -- suicide: plans, methods, goodbyes, attempts (imminent) --------------------------------------------------
    Rule(
        "intent", _PLAN, _C,
        r"(?:going to|gonna|gna|gunna|will|i'?ll|plan(?:ning)? to|planned to|decided to|ready to|about to|"
        r"tonight i'?m going to|time to) (?:finally |just |actually )?(?:kill {me}|kms|end (?:it all|my life|"
        r"my own life|{me}|everything)|commit suicide|take my (?:own )?life|hang {me}|overdose|od\b|"
        r"jump (?:off|from|in front))",
        unless=_NOT_A_PLAN,
        past=_PS,
    ),
    Rule(
        "attempt", _PLAN, _C,
        r"\bi (?:have |'ve )?attempted\b(?! to)|"
        r"(?:tried|try|trying|attempted|attempt) (?:to )?(?:kill {me}|end (?:it all|my life|{me}|it(?! (?:with|between|"
        r"off|for (?:us|them))))|take my (?:own )?life|hang {me}|overdose|suicide)|suicide attempt|"
        r"(?:an|the|my|a|another) attempt (?:on|at) my (?:own )?life|attempted suicide",
        unless=_NOT_A_PLAN,
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
        r"(?:bought|got|buying|getting|have) (?:a |some |the )?(?:(?:length|bit|piece|coil) of )?rope\b(?! (?:for|"
        r"to (?:climb|tie|hang (?:the|a|my) "
        r"(?:washing|laundry|clothes|hammock|swing))))|"
        r"(?:stockpil\w+|hoard\w*|saving up|saved up|collecting|collected|counting|counted) (?:up )?(?:all )?"
        r"(?:enough |my |the |some |a bottle of |a bunch of )?(?:sleeping )?(?:pills|tablets|meds|painkillers|"
        r"paracetamol|tylenol|antidepressants|sleeping pills|insulin)|enough (?:pills|tablets|meds)(?! (?:for|"
        r"to last|until|left|at|with))|"
        r"(?:took|taken|swallowed|downed|popped) (?:1\d|[2-9]\d|\d{3}|twenty|thirty|forty|fifty|a bunch of|"
        r"a handful of|"
        r"too many|all (?:of )?(?:my|the)|the whole|an entire|a whole|a bottle of) (?:bottle of |pack of |of )?"
        r"(?:my |the )?(?:sleeping )?(?:pills|tablets|meds|painkillers|paracetamol|tylenol|bottle|pack|box)|"
        r"\b(?:overdos\w+|od'd|oded|od'?ing)\b|jump(?:ing)? (?:off|from) (?:a|the|this) (?:bridge|building|roof|"
        r"balcony|cliff|overpass|ledge|tower)|(?:jump|step|stepping|jumping|walk|walking) in front of (?:a |the )?"
        r"(?:train|car|bus|truck|lorry|traffic)",
        unless=r"(?:jump\w* off (?:the|a) (?:cliff|ledge|rock|pier) into|bungee|diving|(?<!can't )(?<!cant )(?<!cannot )swim|"
               r"for (?:fun|work)|"
               r"thank you note|letter to (?:my|the|her|him|them)|love letter|cover letter|note to self|"
               r"in front of (?:the|a) (?:train|bus) (?:station|stop)|prescribed|pharmacy|dosette|organi[sz]er|"
               r"blood pressure|vitamins?|chopp\w*|cook\w*|kitchen|onions?|board|swing|hammock|tree ?house|boat|tent|"
               r"overdoses? (?:came in|was brought|patients?|cases?|management|protocols?|ward)|on (?:my|the|a) "
               r"(?:shift|ward|rota)|revis\w+|lecture|nomogram|antidote|rather (?:jump|throw myself)[^.!?\n]{0,40}than|"
               r"overdos\w* on (?:caffeine|coffee|sugar|energy drinks?|monster|red ?bull|chocolate|netflix|telly|tv|"
               r"carbs|cuteness|content)|"
               r"washing line|climbing|tow(?:ing)?|sledge|tyre)|" + _NOT_A_PLAN,
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
        unless=r"(?:plane|flight|holiday|trip|airport|abroad|on my way|married|moved|new job|back home|miss you)",
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
        unless=r"(?:kill\w* myself (?:laughing|at the gym)|could (?:have |just )?kill myself for (?:forgetting|"
               r"being|not|saying|doing)|\bkmsl\b|\boff myself (?:the|from)\b)|" + _NOT_A_PLAN,
        first_person=False, past=_PS,
    ),
    Rule(
        "suicidal", _ID, _C,
        r"(?<!died by )(?<!death by )(?<!lost (?:him|her) to )(?<!died of )(?<!loss to )"
        r"suicid(?:al|e|ality)(?! (?:prevention|awareness|squad|bomb\w*|hotline|helpline|walk|mission|doors|"
        r"run|survivors?|rates?|statistics|loss|scene|episode|story|storyline|plot|chapter|"
        r"documentary|song|of (?:my|a|her|his)))|suic1d\w*|sucid\w*|suiside|suicde|"
        r"sewer ?slide|sewerslide|self[- ]?delet\w*|\bctb\b|\bunaliv\w*|\bun-aliv\w*|\bsu!c!d\w*|s\*ic[*i]de|sui?c\*de",
        unless=r"(?:(?:plants?|succulents?|cactus|basil|goldfish|fish|battery|phone|laptop|printer|car|sourdough|"
               r"career|social life)\b[^.!?\n]{0,20}commit\w* suicide|"
               r"died by|death by|lost (?:\w+ ){1,3}to|took (?:his|her|their) own|committed suicide|killed "
               r"(?:himself|herself|themselves)|anniversary|funeral|memorial|(?:read|heard|reading|hearing|learned|news|"
               r"story|stories|reports?) (?:about|of) (?:a |the |another |his |her |their )?suicid|"
               r"a suicide (?:in|at|on|near|nearby|down|up)\b)",
        past=_PS,
    ),
    Rule(
        "want-to-die", _ID, _C,
        r"{want}{to} (?:just |really |honestly |simply |fucking |literally |actually )?(?:die|dye|dieee*|be dead|"
        r"not (?:be )?(?:alive|exist|be here)|not wake up|stop (?:existing|living|breathing)|cease to exist|"
        r"disappear (?:forever|off the face of the earth|for good|permanently)|be gone forever|go to sleep (?:and|"
        r"&) (?:never|not) wake up|fall asleep (?:and|&) "
        r"(?:never|not) wake up|sleep forever|end it all|end my life|end everything|end my own life|"
        r"not be alive any ?more|unalive|be with (?:him|her|them|my \w+) in heaven)"
        r"(?! (?:of|from|on (?:this|that) hill|happy|old|in peace at|at \d+|a little|inside|laugh\w*|embarrass\w*|"
        r"cringe\w*|cute\w*|in my sleep at|for (?:this|that|it)))",
        unless=r"(?:die (?:of|from) (?:embarrass\w*|shame|cringe|laugh\w*|boredom|happiness|cuteness)|"
               r"die (?:laughing|happy)|to die for|want to die (?:old|peacefully at|in my sleep at)|"
               r"dying to|before i die|when i die|bucket list|"
               r"wanted to die (?:when|as|after) [^.!?\n]{0,60}(?:in front of|embarrass|mortif|cringe|everyone "
               r"(?:saw|laughed)|whole (?:school|class|office|room))|die on (?:this|that) hill|dye my hair|"
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
        r"could just|would just|'d just|just|had|could|would|'d)? ?(?:dead|die|died|gone|never (?:been born|born|existed)|"
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
        unless=r"(?:wish i (?:was|were) dead (?:tired|asleep)|funeral (?:would|will) be (?:as|like|so|full)|"
               r"(?:tired|exhausted|sleepy|knackered|jet ?lag\w*)[^.!?\n]{0,20}(?:i )?could sleep (?:forever|for a "
               r"(?:week|year|month|century))|"
               r"better off (?:dead|without me) (?:in|at) (?:the|this) "
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
        first_person=False, negatable=False, past=_PS,
    ),
    Rule(
        "thinking-of-it", _ID, _C,
        r"(?:thinking|think|thought|thoughts|fantasi\w+|dream\w*|obsess\w*|planning|researching|googl\w+|"
        r"looked up|looking up|searched|searching) (?:a lot )?(?:about|of|on|up|for)? ?(?:killing {me}|"
        r"ending (?:it all|my life|it|things|everything)(?! (?:with|between|off))|taking my (?:own )?life|"
        r"not being (?:alive|here|around)|not existing|(?:how to|ways to|the best way to|painless ways to) "
        r"(?:die|kill {me}|end (?:it|my life))|how many (?:pills|tablets)|(?:lethal|fatal) dose)",
        past=_PS,
    ),
    Rule(
        "end-it", _ID, _C,
        r"(?:just |really |want to |wanna |gonna |going to |thinking of |think about |could |might |should )"
        r"end it(?: all| tonight| now| today| for good| forever| here| this week(?:end)?| tomorrow| soon)?{end}|"
        r"\bend it all\b|\bending (?:it all|everything)\b(?! (?:with|between))|"
        r"(?:want|wanna|need) (?:it all|everything|my life|this life) to (?:end|stop|be over)|"
        r"(?:want|wanna|need) (?:the pain|this pain|the suffering|the hurting) to (?:end|stop|be over)(?={end}| (?:forever|"
        r"for good|permanently|now))|"
        r"(?:make|want|wanna) (?:the pain|it|everything|it all) (?:to )?stop (?:for good|forever|permanently)",
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
        r"(?:cut|cutting|slit|slitting|slice|slicing|sliced|slashed|slashing|gouged|gouging|burn\w*|carv\w+|"
        r"scratch\w*|punch\w*|bruis\w*|stab\w*|"
        r"hit|hitting) (?:open )?my (?:wrists?|arms?|forearms?|legs?|thighs?|skin|stomach|hips?|veins?|body)|"
        r"(?:bang\w*|hit\w*|smash\w*|slam\w*|knock\w*) my head (?:against|on|into) (?:the|a) (?:\w+ )?(?:wall|floor|door)s? "
        r"(?:until|till|so hard|on purpose)|"
        r"carv\w+ (?:\w+ ){0,4}(?:into|on) my (?:wrists?|arms?|forearms?|legs?|thighs?|skin|stomach|hips?)",
        unless=r"(?:shav\w*|cook\w*|chopp\w*|slicing (?:onions|bread|veg)|on (?:a |the |some )?(?:knife|glass|paper|"
               r"stove|oven|pan|iron|kettle|door|table|corner|curling iron|straightener|grill)|by accident|"
               r"accident\w*|at the gym|running|playing|fell|falling|skiing|lifting|with the (?:iron|kettle|door|"
               r"knife)|making (?:tea|coffee|dinner|lunch|breakfast|toast)|gardening|paper ?cut|kitchen|"
               r"working out|workout|tripped|sunburn\w*|in the sun|lifting|football|soccer|basketball|hiking|"
               r"chef|knife skills|mandoline|peeler|grater|tomato\w*|onions?|potato\w*|veg\w*|recipe|dic(?:ing|ed)|"
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
        unless=r"(?:self[- ]?harm (?:awareness|charity|training|course|module|policy|research|statistics|chapters?|"
               r"scenes?|storyline|content|themes?|warning|trigger warning|tw\b|unit|ward|team|service|nurses?|"
               r"rotation|placement|lecture|webinar|workshop|resources?|support group)|"
               r"\btalk(?:ing)? (?:to (?:him|her|them|my \w+) )?about (?:his |her |their )?self[- ]?harm|"
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
        unless=r"(?:hair|bangs|fringe|ties|class|carbs|sugar|finger|thumb|onion|toast|dinner|food|pizza|cake)",
        first_person=False, past=_PSH,
    ),
    Rule(
        "stopped-cutting", _PSH, _N,
        r"(?:don'?t|do not|no longer|stopped|quit|haven'?t|have not) (?:cut|cutting|self[- ]?harm\w*|hurt myself|"
        r"hurting myself|burn(?:ed|ing)? myself)(?: (?:any ?more|since|in|for))",
        negatable=False,
    ),
    Rule(
        "scars", _PSH, _N,
        r"scars from (?:cutting|self[- ]?harm\w*|sh\b|burning)|"
        r"(?:self[- ]?harm|cutting|sh) scars|scars (?:on|from|across) my (?:arms?|wrists?|thighs?|legs?)|"
        r"\bclean (?:from|of) (?:self[- ]?harm|sh|cutting)",
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
        unless=r"(?:hit me (?:hard|like|that|how)|it (?:really |suddenly |finally )?hit me|reality|the (?:song|news|"
               r"truth|words?)|"
               r"(?:beat|beats) me (?:at|in|to)|(?:pushed|pushes) me (?:to (?:be|do|study|try|work)|away)|"
               r"(?:hits|hit) me (?:up)|grab(?:s|bed)? me (?:a |some |coffee|lunch|dinner|food|a drink)|"
               r"lock(?:s|ed)? me out|nostalgia|memory|memories|the feeling|(?:it|this|that|which) hurts me|"
               r"threaten\w* me with (?:firing|a warning|hr|disciplinary|legal|the sack|dismissal|a bad grade)|"
               r"with (?:a|the|his|her) (?:pillow|ball|toy|snowball|cushion|balloon|nerf)|play ?fight\w*|tickl\w*)",
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
        unless=r"(?:touched me (?:deeply|so much)|(?:song|story|film|movie|book|words?|speech|gesture|kindness|"
               r"letter|card|message) (?:really )?touch|touched my heart|\bkeeps? in touch|\bin touch\b)",
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
        unless=r"(?:afraid of (?:him|her) (?:leaving|dying|finding out)|scared of (?:him|her) (?:leaving|dying)|"
               r"lol|haha|lmao|\U0001f602|\U0001f644|if i tell (?:\w+ ){1,2}about (?:the|her|his|my|our|it))",
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
        unless=r"(?:food poisoning|stomach (?:bug|flu)|norovirus|hangover|drunk|pregnan\w*|morning sickness|"
               r"chemo|migraine|motion sickness|seasick|carsick)",
        past_drop=True,
    ),
    Rule(
        "fainted", _ED, _C,
        r"(?:faint(?:ed|ing)?|pass(?:ed|ing) out|black(?:ed|ing) out|collaps(?:ed|ing)|heart (?:is )?"
        r"(?:racing|skipping|pounding) and|can'?t stand up without)",
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
        unless=r"(?:can'?t take (?:it|this) (?:back|seriously|personally|off|with)|can'?t do this (?:job|class|"
               r"course|commute|exam|assignment|homework|workout|diet|recipe|puzzle) |recipe|lobster|crab|"
               r"this (?:heat|cold|noise|traffic|weather|wifi|commute))",
        unless_text=r"\b(?:kill|boil|cook|split)\w* (?:the|a) (?:lobster|crab|fish|chicken)\b",
        negatable=False, past_drop=True,
    ),
    Rule(
        "no-point", _HOPE, _N,
        r"how much longer i can (?:do this|keep going|go on|take (?:it|this)|cope|keep doing this)|"
        r"(?:i'?ve|i have|i) (?:just |completely )?(?:given|give) up{end}|(?:can'?t|don'?t|cannot) see (?:a|"
        r"any) future|"
        r"what(?:'?s| is) even the point|"
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
        unless=r"(?:point (?:of|in) (?:the|this|that) (?:meeting|class|exercise|app|game|show|movie|trip|party)|"
               r"what'?s the point of (?:arguing|asking|trying to explain|going to the|studying|the gym|"
               r"cleaning)|hopeless (?:at|with|romantic|case)|no way out of (?:this|the) (?:contract|lease|"
               r"meeting|parking|traffic)|disappear (?:for a|into|under|on holiday|for the weekend|to))",
        past_drop=True,
    ),
)


# --- semantic families ----------------------------------------------------------------------------------------
# Written for the *ways* people say things indirectly (a method within reach, arrangements and farewells, being at a
# high place now, wishing not to exist, tools and relapse, symptoms of starving, threats, secrecy), with synonym
# classes rather than sentences.  Each family was checked against the sad-but-safe rows of the case tables.

MACROS.update({
    "meds": (
        r"(?:pills|tablets|meds|medication|medications|medicine|painkillers|paracetamol|tylenol|ibuprofen|aspirin|"
        r"sertraline|fluoxetine|citalopram|antidepressants|sleeping (?:pills|tablets)|insulin|codeine|co-codamol|"
        r"oxy\w*|xanax|benzos|diazepam|lithium|quetiapine|seroquel|amitriptyline|propranolol|mirtazapine|"
        r"zopiclone|temazepam|tramadol|morphine|lorazepam|clonazepam|venlafaxine|pregabalin|gabapentin|prescription|pill|"
        r"tablet|strip|blister pack)"
    ),
    "high": (
        r"(?:bridge|roof|rooftop|ledge|cliff|cliffs|cliff edge|cliff road|edge|balcony|overpass|top floor|"
        r"multi-?storey|car park roof|level crossing|railway|tracks|train tracks|platform edge|motorway bridge|tower|"
        r"window ledge)"
    ),
    "body": (
        r"(?:arms?|wrists?|forearms?|legs?|thighs?|skin|stomach|hips?|hands?|ankles?|shoulders?|belly|fingers?|"
        r"knuckles?|palms?)"
    ),
    "tool": (
        r"(?:blades?|razors?|razor blades?|sharpeners?|lighter|cigarette|straighteners|hair straighteners|"
        r"curling iron|scissors|compass|glass|knife|knives|safety pin|pins?|needles?|matches|hot spoon|iron)"
    ),
    "kin": r"(?:mum|mom|dad|mummy|mommy|daddy|parents|family|sister|brother|wife|husband|kids|son|daughter|\w+)",
    "symptom": (
        r"(?:chest pains?|heart (?:pains?|palpitations|racing|flutter\w*|skipping|pounding|hurts?|rate)|palpitations|"
        r"dizzy|dizziness|faint|fainting|light-?headed|shaking|shaky|trembling|hair (?:is )?(?:falling|coming) out|"
        r"blue (?:fingers|lips|nails)|fingers (?:go|went|going|turn) blue|so cold|freezing all the time|"
        r"periods? (?:stopped|has stopped|have stopped)|black(?:ed|ing)? out|passed out|pass out|collaps\w+|"
        r"can'?t stand up|woke up on the floor|weak)"
    ),
})

_FAMILIES: tuple[Rule, ...] = (
    # -- suicide plan: a method within reach, an overdose taken, at a high place, arrangements and farewells -----
    Rule(
        "means-at-hand", _PLAN, _C,
        r"(?:the |my |all (?:the |my )?|a bottle of |a box of |some )?{meds} (?:are |is )?(?:all )?(?:lined up|laid out|"
        r"counted out|ready|next to me|beside me|in my hand|in front of me|on (?:the|my) (?:desk|bed|table|"
        r"nightstand|lap|floor))|"
        r"(?:with|got|have|brought|took|taking) (?:\w+ ){0,6}(?:and )?all (?:the|my) {meds}(?: from (?:the|my) "
        r"(?:bathroom|cabinet|cupboard|drawer))?|"
        r"how (?:many|much) (?:of )?(?:my |the |these )?{meds} (?:it (?:would|will|'d|'ll) take|would (?:do it|kill|"
        r"be enough)|(?:i'?d|i would|i'?ll|i will) need|to (?:die|kill|end|do it|be fatal|be lethal))|"
        r"(?:saving|saved|stockpil\w+|hoard\w*|hiding|hidden|stash\w*) (?:\w+ ){0,3}(?:them|{meds}) (?:up )?"
        r"(?:since|for (?:weeks|months)|up|away)",
        unless=r"(?:for (?:my|the|a) (?:headache|cold|flu|period|cramps|back|pain|migraine|fever|allergies|"
               r"holiday|trip)|pharmac\w+|prescribed|doctor (?:said|told|gave)|dosette|organi[sz]er|vitamins?|"
               r"to (?:take|remember) (?:with|before|after) (?:food|meals|breakfast)|the vet|for the (?:dog|cat))",
        past=_PS,
    ),
    Rule(
        "overdose-taken", _PLAN, _C,
        r"(?:took|taken|swallowed|downed|necked|popped|take|taking|swallowing) (?:\w+ ){0,2}(?:everything in (?:the|my) "
        r"(?:\w+ )?(?:cabinet|medicine cupboard|medicine box|first aid (?:kit|box))|(?:the |a )?(?:full|whole|"
        r"entire) (?:strip|pack|box|bottle|"
        r"packet|blister)|(?:about |nearly |over )?half (?:of )?(?:them|it|the (?:bottle|pack|box))(?: so far)?|"
        r"all of (?:them|it)|(?:double|triple|twice) (?:my|the) (?:dose|prescription))|"
        r"(?:took|taken|swallowed|downed|necked|popped) (?:a bunch|a handful|loads|lots|a lot|most|the rest|all|"
        r"half|a whole load|a fistful|a pile) of (?:\w+'?s? ){0,3}{meds}|"
        r"(?:took|taken|swallowed|downed|necked|popped) (?:like |about |around |over |maybe |nearly |almost )?"
        r"(?:[1-9]\d|\d{3}|twenty|thirty|forty|fifty|a hundred) (?:of )?(?:my |the |his |her |mum'?s |dad'?s )?"
        r"(?:\w+ )?{meds}\b|"
        r"swallowed (?:whatever|everything|all) (?:was |i (?:could )?f(?:ou|i)nd |i had )?(?:left )?(?:in|from) "
        r"(?:the|my|mum'?s|dad'?s) (?:\w+ )?(?:drawer|cabinet|cupboard|box|bag)|"
        r"(?:took|taken|swallowed|downed|necked) (?:\w+ ){0,3}{meds}\b.{0,40}(?:don'?t|do not|dont) know how long "
        r"(?:it )?takes|how long (?:it )?takes? (?:to work|to kick in|for (?:them|it) to)\b(?=.{0,40}(?:pills|"
        r"tablets|overdose|took|swallowed))",
        unless=r"(?:headache|period|cramps|migraine|fever|cold|flu|hangover|(?:my|the) vitamins|antibiotics|"
               r"nap|photo|picture|test|exam|course|class|break|time|deep breath|advice|bus|train|kids|dog)",
        past=_PS,
    ),
    Rule(
        "high-place-now", _PLAN, _C,
        r"(?:i'?m|im|i am|standing|stood|sitting|sat|stand|sit|here|up here|parked|waiting|writing this) "
        r"(?:\w+ ){0,3}(?:on|at|by|near|over) (?:the )?(?:top of |edge of |side of )?(?:the |a |this |my )"
        r"(?:\w+ )?{high}(?: of (?:my|the|a) (?:building|block|flats|car park|hotel|school|work|office))?"
        r"(?=\s*(?:rn|right now|now|tonight|again|[.!?,;:\n]|$|and|with|its|it'?s|looking|not sure|alone|"
        r"thinking|one|just|in the))",
        unless=r"(?:bar|terrace|party|drinks|view (?:is|was)|sunset|sunrise|picnic|fix\w*|repair\w*|holiday|hike|"
               r"fireworks|parade|regatta|boat race|marathon|"
               r"hiking|walk(?:ing)? the dog|photos?|tourist|festival|concert|garden|gutters?|leak|cat|edge of "
               r"(?:my|the) (?:seat|bed|sofa|couch|tears)|on edge|edge of a breakdown|table|desk|kitchen|"
               r"window seat|bus|train (?:is|was) (?:late|delayed|cancelled)|commute|work(?:ing)? on the|"
               r"knife'?s edge|cutting edge|bridge (?:the|that) gap|bridge loan|card game)",
        first_person=False, past=_PS,
    ),
    Rule(
        "exhaust-means", _PLAN, _C,
        r"(?:engine|car) (?:is |was )?(?:still )?running (?:in the garage|and the garage)|in the garage with the "
        r"(?:engine|car) (?:running|on)|(?:hose|hosepipe|tube|pipe)s? (?:\w+ ){0,2}(?:and|&) (?:some )?(?:tape|"
        r"duct tape|gaffer)|(?:hose|hosepipe|tube|pipe) (?:to|from|on|onto) the exhaust|exhaust (?:fumes|pipe)|"
        r"charcoal (?:in|inside) (?:the|my) (?:car|room|tent|bathroom)|(?:barbecue|bbq) (?:in|inside) (?:the|my) "
        r"(?:car|room|tent|bedroom)",
        unless=r"(?:mechanic|mot\b|garage (?:sale|door)|fix\w*|repair\w*|warm up|warming up|defrost|broke down|"
               r"garden|plants|watering)",
        first_person=False, past=_PS,
    ),
    Rule(
        "in-front-of", _PLAN, _C,
        r"(?:step|stepping|stepped|walk|walking|jump|jumping|throw myself|run|running|lie|lying|lay) (?:out )?"
        r"(?:in front of|under|onto|into the path of) (?:a |an |the )?(?:oncoming )?(?:train|car|bus|truck|lorry|"
        r"traffic|tube|tram|motorway)|"
        r"how easy (?:it )?(?:would|'d) be to (?:just )?(?:jump|step (?:off|out|forward)|take (?:one|a|that) "
        r"(?:step|small step)|swerve|fall|let go|drive off|not stop|end it|stop breathing)|"
        r"(?:swerve|swerving|steer|steering|drive|driving) (?:\w+ ){0,2}into (?:oncoming|a|the) (?:traffic|lorry|"
        r"truck|barrier|wall|tree|bridge)",
        unless=r"(?:almost|nearly) (?:got )?(?:hit|ran over)|parked|parking|queue|photo|crossing|zebra|"
               r"stepped in front of (?:me|him|her)|in front of (?:the )?(?:class|everyone|people|the team)",
        past=_PS,
    ),
    Rule(
        "arrangements", _PLAN, _C,
        r"(?:sorted|decided|figured out|worked out|arranged|planned|written down|wrote down|chosen|picked|"
        r"deciding|sorting) (?:out )?who (?:gets|will get|'ll get|takes|will take|should have|can have|should get|"
        r"looks after|will look after) my|"
        r"(?:made|making|wrote|writing|written|did|doing|drafted|updated|updating) (?:a|my) (?:will|last will)"
        r"(?! (?:power|and testament for))(?=\s*(?:on|in|[.!?,;:\n]|$|and|today|tonight|last))|"
        r"(?:after|when|once) i'?m (?:gone|dead|not here|not around)(?! (?:to|for|from|on|out|away|a |all|home|back))|"
        r"(?:so|and|that) (?:nobody|no one|noone|they|mum|mom|dad|\w+) (?:gets?|is|are|will be|won'?t be|isn'?t) "
        r"(?:stuck|left) with my (?:debts?|bills|mess|stuff|things|loans?)|"
        r"(?:nobody|no one|noone|they|nobody will) (?:will|'ll|won'?t|wont) (?:find|found) me (?:until|til|till|for|"
        r"before)|"
        r"the plan is (?:all )?(?:worked out|set|ready|made|in place|sorted|done|finali[sz]ed|happening)(?={end}| "
        r"(?:and|now|for (?:tonight|tomorrow)))|"
        r"next time (?:it (?:will|'ll)(?: work)?|i (?:won'?t|will not|wont) (?:fail|mess it up|wake up|step back|stop "
        r"myself|chicken out|back out|pull back|hesitate|turn back)|i'?ll take more)"
        r"{end}|"
        r"(?:by (?:then|tomorrow|morning|the morning|the time \w+ (?:reads?|sees?|wakes?))|soon) (?:it'?ll|it will|"
        r"it'?s|everything will|all this will|i'?ll|i will) (?:all )?(?:be )?(?:over|done|finished|gone)(?={end})",
        unless=r"(?:exam|test|interview|surgery|operation|meeting|presentation|appointment|procedure|move|wedding|"
               r"holiday|trip|semester|term|shift|deadline|party|funeral|jury|will power|willpower|"
               r"in my will|lawyer|solicitor|baby|pregnan\w*|mortgage|married|grown.?up|because we|grandma|grandad|"
               r"nan|mum'?s will|dad'?s will|his will|her will|"
               r"hide and seek|escape room|on holiday|when i'?m gone (?:to|on))",
        first_person=False, past=_PS,
    ),
    Rule(
        "farewell", _PLAN, _C,
        r"(?:doesn'?t|don'?t|didn'?t|won'?t|without (?:them|him|her|anyone|everyone) (?:knowing|realising)) "
        r"(?:know )?(?:that )?(?:it'?s|its|it is|it was|this is|this was) (?:goodbye|the last (?:one|time|message|"
        r"text|call|hug|night))|"
        r"said (?:my )?goodbyes? (?:to (?:\w+ ){1,3})?properly|"
        r"\blast (?:entry|post)(?={end}| (?:ever|from me|x|xx))|(?:this is|this will be|this'?ll be) (?:my )?"
        r"last (?:entry|post|message)|"
        r"sorry for everything\W+(?:i )?love (?:you|u) (?:all|guys|everyone)|love (?:you|u) all\W+(?:i'?m )?"
        r"(?:so )?sorry|"
        r"tell (?:\w+ ){1,2}(?:he|she|they) (?:was|were) my (?:best friend|favourite|world|everything)|"
        r"(?:notes?|letters?|messages?) (?:for|to) [^.!?\n]{1,60}?(?:so |make it so |so that )?(?:they |"
        r"he |she )?(?:don'?t|won'?t|wont|dont|not|never) blame (?:themselves|yourselves|yourself|himself|"
        r"herself)|"
        r"(?:gave|giving|given|left|leaving) (?:away )?(?:my|all my) (?:\w+ ){0,2}to (?:my )?(?:\w+ ){0,3}\w+\W+"
        r"(?:he|she|they) asked why",
        unless=r"(?:holiday|trip|airport|moving|move|flight|semester|term|until next|see you|for now|of the day|"
               r"wish i'?d|wish i had|if only i|before (?:she|he|they|\w+) (?:died|passed|left|went)|"
               r"didn'?t get to|never got to|couldn'?t|at the (?:funeral|hospice|hospital)|"
               r"of the year|for the night|last entry was|last post was|blog|instagram post)",
        first_person=False, past=_PS,
    ),
    Rule(
        "time-bound-intent", _PLAN, _C,
        r"(?:tonight|today|tomorrow|this weekend|this is the night|it'?s (?:tonight|time)),? (?:i'?m|im|i am|i'?ll|i will)"
        r" (?:finally |really |actually |definitely )?(?:going to |gonna )?(?:do it|go through with it|end it)"
        r"(?=\s*(?:[.!\n]|$))|"
        r"(?:gonna|going to|will|i'?ll) (?:finally )?(?:do it|go through with it) (?:when|once|after) (?:everyone|"
        r"they|mum|mom|dad|\w+) (?:is |are |goes |go |has |have )?(?:asleep|to bed|gone|out|leaves?|left)",
        unless=r"(?:ask (?:her|him)|tell (?:her|him|them|my)|confess|quit|gym|run|exam|interview|dye|haircut|"
               r"tattoo|piercing|apply|finally (?:going to )?do it (?:properly|right)|clean|tidy|declutter|"
               r"propose|break up|dump)",
        past=_PS,
    ),
    # -- suicidal thoughts: passive wishes, not existing, death as relief --------------------------------------
    Rule(
        "passive-wish", _ID, _C,
        r"(?:go to sleep|fall asleep|sleep|close my eyes) (?:and|&) (?:just |simply |then )?(?:never|not|don'?t|"
        r"won'?t) (?:ever )?(?:wake up|get up|open them|come back)|"
        r"why am i (?:still )?(?:alive|here|breathing)(?={end}| (?:honestly|tbh|i|even))|"
        r"if (?:a |the )?(?:bus|car|truck|train|lorry|plane|tube) (?:hit|hits|ran over|runs over|crashed|"
        r"crashes)(?: into)? me\b.{0,50}(?:grateful|glad|relieved|fine|okay|ok|happy|mind|relief|thankful|"
        r"wouldn'?t care)|"
        r"(?:wouldn'?t|would not|won'?t|wouldnt) mind (?:if i (?:died|didn'?t wake up|never woke up|got hit|was dead|"
        r"wasn'?t here|didn'?t make it)|dying|not waking up|being dead|getting hit)|"
        r"(?:i'?d|i would|id) (?:rather|prefer to) not (?:be|exist)(?={end}| (?:here|alive|around|anymore|any ?more))|"
        r"(?:pray|praying|prayed|hope|hoping|wish|wishing|asking|ask|beg\w*) (?:\w+ ){0,4}(?:god|the lord|jesus|"
        r"allah|the universe) (?:would |will |could |to )?(?:just )?(?:takes?|took) me(?: (?:in my sleep|away|"
        r"home|now|tonight|too|already|soon))?|"
        r"(?:what if|if only|maybe if|imagine if) i (?:just )?(?:didn'?t|did not|never|wasn'?t|weren'?t|stopped) "
        r"(?:exist|existed|existing|here|alive|around|born|wake up|woke up|waking up)|"
        r"(?:not existing|not being here|not being alive|being dead|dying|death|not waking up|the end) "
        r"(?:sounds|seems|feels|would be|would feel|looks) (?:so |really |kind of |kinda )?(?:peaceful|nice|good|"
        r"like (?:a )?relief|easier|better|restful|calm|like freedom|like the (?:only|best) (?:way out|option))|"
        r"(?:it |dying |death )?(?:feels|seems|is) like the only way out|"
        r"(?:thinking|think|thought|obsess\w*|fixat\w*) (?:\w+ ){0,2}about (?:dying|death|being dead|my death|"
        r"not being here|not existing|how to die)(?= all the time| constantly| every day| a lot| again| lately|"
        r" (?:like |literally )?(?:every|each) (?:hour|day|night|minute|second|morning|waking)| non-?stop| 24/7|"
        r"{end})|"
        r"(?:ready|want|wanna|need) to be (?:done|finished) with (?:this |my |being )?(?:life|living|alive|"
        r"existing|it all|everything)(?! (?:of|in|at|as))|"
        r"(?:i'?m|im|i am) (?:so |just |completely )?(?:done|finished) with (?:this |my )?(?:life|living|being "
        r"alive|existing)(?={end})|"
        r"(?:don'?t|do not|dont|can'?t|cannot|cant) see myself (?:making it|living|being (?:alive|here|around)|"
        r"surviving|getting) (?:to|past|until|till|beyond|through) (?:\d\d|christmas|next year|my (?:\d+\w*|next) "
        r"birthday|the new year|another year|summer|the end of the year)|"
        r"(?:finish|finishing) (?:myself|me)(?! off| up)(?={end}| (?:off )?(?:tonight|now|honestly|tbh))|"
        r"(?:they|she|he|family|kids|wife|husband|mum|mom|everyone)(?:'d| would) (?:\w+ ){0,3}(?:life )?insurance\b"
        r".{0,40}better off|life insurance (?:pay|pays|would pay) (?:out )?(?:for|on|if) (?:suicide|me)",
        unless=r"(?:die (?:of|from) (?:embarrass\w*|shame|cringe|laugh\w*|boredom)|in the morning for work|"
               r"alarm|nap|jet ?lag|exam|holiday|at work|at the office|at this (?:job|party|meeting)|"
               r"done with (?:this|my) (?:job|shift|degree|course|relationship|week)|"
               r"(?:grandad|grandma|nan|dad|mum|mom|father|mother) (?:died|passed)|since (?:\w+ ){0,3}(?:died|"
               r"passed)|book|film|movie|song)",
        first_person=False, past=_PS,
    ),
    # -- self-harm: tools, body, relapse language -----------------------------------------------------------------
    Rule(
        "sh-tools", _SH, _C,
        r"(?:took|take|taking|got|getting|get|pulled|popped|snapped|broke|broken|have|had|holding|hold) (?:the |a |"
        r"my |out (?:the |a |my )?)?(?:blade|blades|razor blades?)(?: out)?(?! (?:to shave|for shaving))|"
        r"(?:the |a |my )?{tool} (?:is |are |'s )?(?:right )?(?:next to me|beside me|in my hand|on my (?:bed|desk|lap)|"
        r"right here|in my (?:pocket|bag|drawer|room))|"
        r"(?:have|got|get|getting|took|take|taking|grabbed|grab) (?:the|my) (?:sh |self[- ]?harm )?(?:box|kit|"
        r"stash|tin) out|(?:my|the) (?:sh|self[- ]?harm) (?:box|kit|stash|tin)|box of (?:blades|razors)|"
        r"(?:used|use|using|put|held|hold|pressed|press|pressing|stubbed|stub) (?:the |a |my )?(?:\w+ ){0,2}"
        r"(?:straighteners?|lighter|cigarette|iron|razor|blade|knife|scissors|compass|pin|needle|match|hot spoon|"
        r"curling iron)(?: out)? (?:on|to|against|into|across|out on) my {body}|"
        r"(?:ice and salt|salt and ice)",
        unless=r"(?:shav\w*|cook\w*|chopp\w*|kitchen|knife set|new knife|sharpen(?:ing|ed)? (?:the |my )?"
               r"(?:knife|knives|pencils?)|pencils?|lawn ?mower|blender|rollerblades?|skate|ice skat\w*|"
               r"by accident|accident\w*|ouch|iron(?:ing)? (?:my|the) (?:shirt|clothes|dress)|sew\w*|"
               r"knit\w*|craft\w*|roads?|pavement|margarita|gritt\w*|cold drink|champagne|bucket|chill|drinks|"
               r"ice (?:cream|pack|bath|cube)|"
               r"lunch ?box|shoe ?box|box of (?:tissues|chocolates)|tool ?kit|first aid kit|for (?:the|my) "
               r"(?:hair|fringe|bangs))",
        first_person=False, past=_PSH,
    ),
    Rule(
        "sh-body", _SH, _C,
        r"(?:bit|bite|biting|dug|dig|digging|pressed|pressing|press|scratched|scratching|scratch|pinched|pinching|"
        r"clawed|clawing|hit|hitting|punched|punching|burned|burnt|burning|picked|picking|hurt|hurting|cut|cutting) "
        r"(?:my (?:nails|fingernails) |myself )?(?:into |on |at )?(?:my |the )?(?:own )?"
        r"(?:{body}|bruises?|cuts?|scabs?|wounds?|scars?)\b(?: \w+){0,8}?"
        r"(?: (?:til|till|until|so hard|to make (?:them|it|myself) (?:hurt|bleed|sting)|on purpose|hard enough|"
        r"purple|raw|bleed|bled|bleeding)\b)|"
        r"(?:ran out of|running out of|run out of|no more) (?:room|space|skin|places?) on my {body}|"
        r"(?:started|starting|start|moved) on (?:to )?my (?:legs?|thighs?|arms?|stomach|hips?|ankles?)|"
        r"(?:toilet roll|tissues?|bandages?|towel|plasters?|gauze|sock) (?:\w+ ){0,2}(?:wrapped|wrapping|pressed|"
        r"pressing|tied) (?:round|around|on|over|to) my (?:arm|wrist|thigh|leg|forearm)s?|"
        r"(?:the |my )?(?:cuts?|wounds?|it) (?:won'?t|wont|will not|doesn'?t|isn'?t|wouldn'?t|hasn'?t) "
        r"stop(?:ped)?(?:ping)? bleeding|"
        r"(?:i )?deserve (?:the |this |to feel )?(?:pain|to (?:hurt|bleed|suffer|feel pain|be hurt))|"
        r"\bcutting (?:is|was|has been) (?:the only|my only|what)|"
        r"(?:keep|kept|keeps) (?:pressing|pushing|poking|picking|hitting|pinching) (?:on )?(?:the |my )?"
        r"(?:bruises?|cuts?|scabs?|wounds?|burns?)",
        unless=r"(?:shav\w*|cook\w*|chopp\w*|kitchen|oven|stove|pan|kettle|by accident|accident\w*|fell|tripped|"
               r"mosquito|bug bites?|sunburn\w*|in the sun|sport|football|rugby|gym|workout|nose ?bleed|"
               r"my nose|period|dentist|tooth|teeth|paper ?cut|onion|the dog|the cat|puppy|kitten|rash|eczema|"
               r"itch\w*|nails? (?:done|painted)|my lip|my tongue|picking (?:up|out|at my food)|"
               r"start(?:ed|ing)? on my (?:legs?|arms?) (?:day|workout|routine|at the gym)|massage|tattoo|piercing|"
               r"hit my (?:\w+ )?on the|caught my)",
        first_person=False, past=_PSH,
    ),
    Rule(
        "relapse", _SH, _C,
        r"\brelaps(?:e|ed|ing)\b(?! (?:in|on|into|with) (?:my )?(?:drinking|alcohol|drugs|smoking|vaping|"
        r"gambling|depression|cancer|ms\b|illness|chocolate|sugar|sweets|junk))|\b(?:streak|clean streak|"
        r"\d+ (?:days|weeks|months)) "
        r"(?:is |are )?(?:gone|ruined|broken|over|reset|back to (?:zero|0|day (?:one|1)))|"
        r"(?:back to|reset (?:my )?(?:counter|streak) to) day (?:one|1|0|zero)",
        unless=r"(?:drink\w*|alcohol|booze|wine|beer|vodka|sober|sobriety|aa\b|drugs?|weed|coke|smok\w*|"
               r"cigarettes?|vap\w*|gambl\w*|porn|diet|gym|duolingo|language|exercise|running|workout|"
               r"cancer|\bms\b|illness|flare|symptoms|covid|infection|snapchat|snap streak|game|chess|"
               r"reading|writing|habit|procrastinat\w*|nail biting|bit(?:e|ing)? my nails|chocolate|sugar|sweets|crisps|"
               r"junk food|snack\w*|caffeine|coffee|shopping|online shopping|takeaway)",
        past=_PSH,
    ),
    # -- eating disorder: symptoms of starving, hiding food, purging variants ------------------------------------
    Rule(
        "starving-symptoms", _ED, _C,
        r"{symptom}\b(?: \w+){0,3}? (?:from|because of|cos of|cause of|bc of|since|due to|after (?:days|a week) of) "
        r"(?:not eating|starving|restricting|fasting|purging|hunger|no food|skipping (?:meals|food)|"
        r"throwing up|under-?eating|barely eating)|"
        r"(?:eating|food|a meal|dinner|lunch|breakfast) (?:feels|is|seems) (?:so )?(?:impossible|terrifying|"
        r"too scary|too hard|wrong)|(?:can'?t|cannot|couldn'?t) (?:make myself|bring myself to|let myself|"
        r"force myself to) (?:eat|swallow|have (?:dinner|lunch|breakfast|a meal))|"
        r"(?:still|again) (?:skipped|skip|skipping|won'?t eat|can'?t eat|didn'?t eat|not eating|refus\w+ to eat)|"
        r"(?:terrified|scared|afraid|frightened) (?:of|to) (?:eating|eat)(?: dinner| lunch| breakfast| anything)?",
        unless_text=r"(?s)^(?!.*(?:{symptom}|\bheart\b|\bbones?\b|\d\d ?kg|hospital|a&e|\ber\b|doctor|"
                    r"not eating|haven'?t eaten|starv|restrict|purg|laxative|\bfat\b|weight|calori|"
                    r"body check|\bbmi\b))|(?:fasting for|ramadan|yom kippur|surgery|colonoscopy|stomach bug|"
                    r"food poisoning|flu\b|nausea|pregnan\w*|chemo|dentist|wisdom teeth|braces)",
        first_person=True, past_drop=True,
    ),
    Rule(
        "ed-behaviours", _ED, _C,
        r"(?:hid|hide|hiding|binned|bin|binning|flushed|flush|stuffed) (?:my |the |all my )?(?:dinner|lunch|"
        r"breakfast|food|meals?|sandwich|packed lunch|tea)(?: \w+){0,3} (?:in|into|down|away|under|behind)\b|"
        r"(?:thinks|think|believes|believe|pretend\w*|pretending) (?:that )?(?:i'?m|im|i am|i) (?:eating|ate|"
        r"eaten|fine with food)|pretend(?:ed|ing)? to eat|lie\w* about (?:eating|what i ate|food|my weight)|"
        r"chew(?:ed|ing)? (?:and|&) (?:spat|spit|spitting)|\bchsp\b|"
        r"(?:haven'?t|can'?t|couldn'?t|not|havent|cant) (?:kept|keep|keeping) (?:any )?(?:food|anything|a meal|"
        r"meals) down|"
        r"only (?:had|ate|eaten|drank|drink|drinking|allowed myself) (?:a |an |some |one |half an? )?(?:diet coke|"
        r"black coffee|water|gum|ice|rice cakes?|lettuce|celery|cucumber|an apple|apple|mints?)(?: \w+){0,2} "
        r"(?:today|all day|this week|since|for (?:\w+ )?days)|body ?check\w*|"
        r"(?:i'?m|im|i am|weigh|down to|only|at) (?:only |now )?(?:[2-4]\d(?:\.\d)? ?kgs?|(?:[6-9]\d|10\d) ?(?:lbs?|"
        r"pounds))\b.{0,40}(?:still|more|fat|not enough|lose|huge)|\bbmi (?:is |of )?(?:1[0-6]|[5-9])\b|"
        r"(?:took|take|taking|used|popped|swallowed) (?:\w+ ){1,3}(?:laxatives|lax|diet pills|diuretics)\b",
        unless=r"(?:stomach bug|food poisoning|norovirus|flu\b|hangover|pregnan\w*|morning sickness|chemo|"
               r"the dog|the cat|vegetables|broccoli|sprouts|gum disease|fasting for|surgery|baby|toddler|"
               r"my (?:son|daughter|kid|kids)|lost \d+ ?(?:kg|lbs?|pounds)|gained|pregnan\w*|for a (?:run|race)|"
               r"water (?:bottle|fast for (?:health|religious))|baggage|luggage|suitcase|parcel)",
        # An illness named anywhere in the entry ("chemo round 4 today. couldn't keep anything down").
        unless_text=r"\b(?:chemo\w*|radiotherapy|radiation therapy|morning sickness|hyperemesis|norovirus|stomach (?:bug|"
                    r"flu|virus)|food poisoning|gastro\w*|migraine|hangover|vertigo)\b",
        first_person=True, past_drop=True,
    ),
)

MACROS.update({
    # Someone who can hurt the writer, including people described rather than named ("the man who lives with us").
    "someone": (
        r"(?:he|she|they|him|her|(?:my|her|his|our|mom'?s|mum'?s|mums|moms|the|a|this|that) (?:" + _PERSON + r"|"
        r"man|guy|woman|lady|person|adult|older (?:boy|guy|man|kid|girl)|lodger|coach|tutor|babysitter|priest|"
        r"pastor|stepdad|stepfather|step-dad|boyfriend|bf|ex|(?:older |big |bigger )?(?:boys|girls|kids|men|guys|lads))"
        r"(?: (?:who|that) (?:\w+ ){1,4}?)?|"
        r"(?:guy|man|someone|somebody|person) (?:from|off|i met) (?:online|the internet|an app|snapchat|"
        r"instagram|discord|tiktok|a game|roblox))"
    ),
})

_FAMILIES_2: tuple[Rule, ...] = (
    # -- danger and abuse: threats, stalking, sextortion, secrecy, being locked in, weapons in the house ----------
    Rule(
        "hurts-us", _AB, _C,
        r"\b(?:{someone}|dad|mum|mom|father|mother|stepdad|stepmum|stepmom|uncle|grandad|grandpa) {filler}"
        r"(?:hits|hit|beats|beat|kicks|kicked|slaps|slapped|punches|punched|chokes|choked|hurting|hitting|"
        r"beating|kicking|slapping|punching|choking|strangling|hurts|whips|whipped|belts|burns|burned|strangles|strangled|"
        r"throws (?:things|stuff) at) "
        r"(?:me|us|my \w+ and me|both of us)\b(?! (?:up|with (?:a (?:joke|question)|questions|work|homework)|back|"
        r"hard (?:with|in)))|"
        r"\b(?:did|does|do|doing|done|did bad|does bad) (?:things|stuff|bad things|sexual things) to me\b|"
        r"\b{someone} {filler}(?:makes|made|making|make|forces|forced|forcing|force) me (?:to )?do (?:stuff|things|sexual "
        r"things|stuff to him|things to him|stuff to her|things to them|stuff to them)|"
        r"(?:beaten|beat) up (?:\w+ ){0,3}(?:every day|all the time|at school|daily)",
        unless=r"(?:hit (?:me|us) (?:hard|like|that|how)|it (?:really |suddenly |finally )?hit (?:me|us)|reality|"
               r"the (?:song|news|truth|words?|film|movie|book)|(?:it|this|that|which|what (?:he|she) said) hurts? "
               r"(?:me|us)|hurt (?:me|us) (?:so much|deeply|emotionally|by)|(?:beat|beats) (?:me|us) (?:at|in|to)|"
               r"did (?:things|stuff) to me (?:that|which) (?:made|helped)|hurts (?:me|us) (?:when (?:he|she|they|you) "
               r"(?:\w+ )?(?:says?|said|ignores?|doesn'?t|don'?t|won'?t|forgets?|lies?|leaves?|talks?|acts?|compares?|"
               r"picks?|shouts?|yells?|laughs?)|that|to|by|so|how|more)|nice things|kind things|lovely things|"
               r"feelings|beat (?:me|us) at|game|match|quiz|race|snowball|pillow|play ?fight|tickl\w*)",
        first_person=False, past=_PAB,
    ),
    Rule(
        "threat", _AB, _C,
        r"(?:says?|said|saying|threaten\w*|warned|swore|swears|told me|tells me|texted|messaged|text|message)"
        r"(?: (?:me|that))? (?:he|she|they)(?:'ll| will|'d| would| is going to|'s going to|'re going to| are going to|"
        r" is gonna|'s gonna) (?:\w+ ){0,4}(?:kill|hurt|stab|shoot|burn|drop|send|post|share|leak|expose|take|"
        r"ruin|find|come for|come after|beat|get) (?:\w+ ){0,5}?(?:if|unless|when) i (?:tell|told|say|speak|"
        r"don'?t|do not|dont|leave|left|go|stop|report|call|try|block|ever)|"
        r"(?:says?|said|threaten\w*|warned|swore|told me) (?:that )?(?:he|she|they)(?:'ll| will|'d| would|'s going to|"
        r" is going to) take (?:the kids|my kids|the baby|my baby|her|him|them|my son|my daughter|the children)"
        r"(?: away)?(?: from me| and (?:i'?ll|i will|i'?d) never see)|"
        r"(?:no one|nobody|noone) (?:would|will|'d|'ll) (?:ever )?believe me|"
        r"(?:says|said|tells me|told me|made me promise|makes me promise) (?:to |that )?(?:it'?s|its|this is) "
        r"(?:our|a) (?:little )?secret|"
        r"(?:says|said|tells me|told me|tell me|made me promise|makes me promise) (?:to )?(?:not to|don'?t|dont|"
        r"never|to never|to not) tell (?:anyone|anybody|no one|mum|mom|dad|my mum|my mom|my dad|my parents|your parents|"
        r"my family|the teacher|"
        r"the police|teachers?|school)(?! (?:about (?:the|my|her|his) (?:surprise|party|present|gift|"
        r"engagement|pregnancy|crush)))",
        unless=r"(?:surprise|party|present|gift|birthday|engaged|engagement|pregnan\w*|secret santa|crush|lottery|"
               r"scratch ?card|won the|prize|"
               r"spoilers?|the ending|kill me (?:if|when) i (?:tell|eat|forget|spoil|finish)|lol|haha|lmao|\U0001f602|\U0001f644|"
               r"if i tell (?:\w+ ){1,2}about (?:the|her|his|my|our|it)|(?:mum|mom|sister|"
               r"brother|dad|boss|teacher|friend) (?:is going to|will|'ll) kill me)",
        unless_text=r"\b(?:her|his|their) (?:husband|wife|partner|boyfriend|girlfriend|dad|mum|mom|stepdad|ex) (?:\w+ )?"
                    r"(?:hits|beats|hurts|abuses|hit|beat|threatens|threatened) (?:her|him|them)\b",
        first_person=False, negatable=False, past=_PAB,
    ),
    Rule(
        "stalked", _AB, _C,
        r"(?:keeps?|kept|has been|been|is|started|keeps on) (?:\w+ )?(?:showing|turning) up (?:at|outside|near) "
        r"(?:my|the) (?:work|house|flat|school|door|home|office|job|uni|gym|place)|"
        r"\b{someone} (?:now |still |even |already )?(?:knows?|found out|has found out|figured out) where i "
        r"(?:live|am|work|sleep|'m staying|am staying|go to school|stay)|"
        r"(?:banging|bang|pounding|kicking|hammering|knocking|trying to (?:break|get|kick)(?: in| the door)?) "
        r"(?:on |at |down )?(?:the|my) (?:door|window|windows|front door)s?(?= (?:and|screaming|shouting|again|"
        r"right now|rn|now|still)|{end})|"
        r"police (?:are|is) (?:taking (?:ages|forever|so long)|on (?:their|the) way|coming)|"
        r"(?:\w+'?s|he'?s|she'?s|they'?ve|he has|she has|they have|he|she) (?:got|has|have|keeps|bought|owns|"
        r"carries|brought) (?:a |his |her )?(?:gun|knife|knives|weapon|firearm)s?\b(?! (?:collection|for "
        r"(?:hunting|work|fishing|camping)|licen[cs]e|club))",
        unless=r"(?:hunting|fishing|camping|army|military|police officer|cop show|film|movie|game|cooking|chef|"
               r"kitchen|knife set|building work|builders|renovat\w*|neighbou?rs? (?:are|is) (?:doing|having|drilling)|"
               r"delivery|parcel|postman|courier|surprise|my friends? (?:knows?|found)|lol|haha|the cat|the dog|"
               r"stolen|my bike|crime number|paperwork|insurance|uninvited|to visit|for (?:tea|dinner|coffee)|"
               r"(?:sister|brother|mum|mom|dad|nan|gran|grandma|friend|bff|auntie|aunt)'?s? keeps? showing up|"
               r"lost (?:my|the) keys|locked out)",
        first_person=False, negatable=False, past=_PAB,
    ),
    Rule(
        "sextortion", _AB, _C,
        r"(?:makes|made|making|forces|forced|wants|wanted|asks|asked|asking|keeps asking|pressur\w+|begging) "
        r"me (?:to )?(?:send|sending|take|taking) (?:him|her|them|pics|photos)?(?: )?(?:\w+ )?(?:photos|pics|"
        r"pictures|nudes|videos|selfies)|"
        r"(?:has|have|got|kept|saved|posted|post|share|sharing|send|sending|leak|leaking|show|showing) "
        r"(?:my|them|the|those|these) (?:\w+ )?(?:pics|photos|pictures|nudes|videos)\b.{0,80}(?:unless|if i "
        r"(?:don'?t|dont|tell|stop|say|block)|everyone|to my (?:\w+ )?(?:family|friends|parents|school|mum|mom|dad))",
        unless=r"(?:holiday|wedding|graduation|baby|puppy|my grandma|for the (?:album|scrapbook|memorial)|"
               r"photographer|instagram feed|camera roll|the funeral|send (?:her|him|them) (?:photos|pics) of "
               r"(?:the|my|our))",
        first_person=False, negatable=False, past=_PAB,
    ),
    Rule(
        "locked-in", _AB, _C,
        r"(?:lock|locks|locking|locked) (?:my|the) (?:bedroom )?door\b.{0,60}(?:because of|from (?:him|her|"
        r"my)|so (?:he|she|they) (?:can'?t|won'?t)|when (?:he|she|\w+ \w+) (?:is|comes|stays|gets|'s))|"
        r"(?:locked|locks|locking|keeps) me (?:in|inside|in my room|in the house|in the (?:\w+ )?(?:room|cupboard|"
        r"basement|shed|garage|flat|house))(?! (?:a|an|the loop|mind))|"
        r"(?:took|takes|taken|has|keeps|kept|won'?t give me) (?:away )?my (?:phone|passport|keys|money|bank card|"
        r"id)(?: away)?\b.{0,60}(?:can'?t|won'?t let|cannot|so i|leave|call|go out)",
        unless=r"(?:locked (?:myself )?out|lost my keys|the cat|the dog|privacy|changing|getting changed|"
               r"the lock is broken|phone (?:was|is) (?:broken|dead|stolen)|battery|for my (?:exam|studying)|"
               r"so i (?:can|could) (?:study|focus|sleep))",
        first_person=False, negatable=False, past=_PAB,
    ),
    # -- concern: hopelessness and the past, said indirectly ------------------------------------------------------
    Rule(
        "hopeless-indirect", _HOPE, _N,
        r"(?:such|a|like a|so much of a|huge|massive|total) (?:\w+ )?burden (?:to|on|for)|"
        r"(?:feel|feeling|i'?m|im|i am) (?:like )?(?:such )?a (?:massive |total |complete |huge )?burden\b|"
        r"what(?:'?s| is) (?:even )?the point(?={end}| (?:in|of) (?:trying|anything|any of (?:this|it)|living|"
        r"going on|me))|"
        r"(?:given|give|giving) up on (?:things|everything|life|ever|getting better|being happy|myself|"
        r"the future|feeling better)|"
        r"waste of (?:space|oxygen|air|a life|skin)|"
        r"(?:how much longer|how long) i can (?:keep|go|take|do|cope|carry|hold|bear|survive|last)|"
        r"(?:can'?t|cannot|don'?t) see how (?:my )?(?:life|things|it) (?:gets|will get|could get|is going to get) "
        r"better",
        unless=r"(?:point (?:of|in) (?:the|this|that) (?:meeting|class|exercise|app|game|show|movie|trip|party)|"
               r"on (?:my|the) diet|given up on (?:the|that|this) (?:show|book|series|diet|gym|recipe|game|"
               r"course|class)|waste of (?:money|time)|burden of proof|tax burden|financial burden|"
               r"(?:plants?|succulents?|basil|phone|laptop|car|printer|battery)\b[^.!?\n]{0,20}giving up)",
        past_drop=True,
    ),
    Rule(
        "past-attempt", _PS, _N,
        r"\bmy (?:suicide )?attempt\b(?! (?:at|to|of) (?!(?:uni|university|college|school|age|\d|home)))|"
        r"(?:almost|nearly) (?:jumped|killed myself|died by|overdosed|went through with it|ended it|ended my life|"
        r"took my (?:own )?life)|(?:never|didn'?t|did not) (?:go|went) through with it|"
        r"(?:wrote|written|writing) (?:a|my) (?:suicide )?note\b.{0,60}(?:never|didn'?t|years ago|back (?:then|in))",
        unless=r"(?:attempt (?:at|to) (?:baking|cooking|making|a |the |an |being|get|be|fix|learn)|went through with "
               r"it (?:and (?:bought|booked|got))|the (?:wedding|divorce|move|surgery|operation|tattoo|haircut|"
               r"interview|job|trip|purchase|application)|jumped (?:in|at|out of (?:my )?skin|for joy)|"
               r"nearly jumped (?:out|when)|note to (?:self|my)|laugh\w*|at the gym|trying to)",
        first_person=False,
    ),
    Rule(
        "past-abuse-indirect", _PAB, _N,
        r"(?:grew up with|growing up with|raised by) (?:a |my )?(?:\w+ )?(?:who|that) (?:screamed|hit|beat|threw|"
        r"hurt|yelled|drank|abused)|"
        r"(?:beat|hit|hurt|strangled|choked) my (?:mum|mom|mother|sister|brother|dad|father)\b.{0,40}when i was|"
        r"\bused to (?:lock me|control (?:every|my|all)|hit (?:us|me)|beat (?:us|me)|hurt (?:us|me)|"
        r"throw things|scream at (?:us|me))|(?:i |i still )?(?:flinch|jump|freeze) (?:when|at|whenever) "
        r"(?:anyone|someone|people|he|loud|a door)",
        unless=r"(?:ball|game|match|drum|dog|the cat|the kids'? (?:show|film))",
        first_person=False,
    ),
)

RULES = RULES + _FAMILIES + _FAMILIES_2

_FAMILIES_3: tuple[Rule, ...] = (
    Rule(
        "have-a-plan", _PLAN, _C,
        r"\bi (?:have|'ve got|'ve made|made|got|now have) (?:a|my) plan(?={end}| (?:now|for (?:how|when)|and|ready))|"
        r"(?:know|decided|worked out|figured out|planned) (?:exactly )?(?:how|when|where) (?:i'?d|i would|i'?ll|"
        r"i will|i'?m going to|i am going to|to|i'?m gonna) (?:do it|end it|die|go through with it)",
        unless=r"(?:wedding|trip|holiday|party|business|workout|diet|revision|study|budget|birthday|proposal|"
               r"project|essay|move|christmas|meal|recipe|presentation)",
        past=_PS,
    ),
    Rule(
        "urges", _SH, _C,
        r"\b(?:the |my )?urges? (?:is|are|were|was|has been|have been|keep|keeps)? ?(?:so |really |getting )?"
        r"(?:bad|strong|loud|back|winning|unbearable|screaming|overwhelming|worse|stronger|too much)\b|"
        r"\bclean (?:for|since) (?:\w+ ){0,3}(?:until|till|but|and then|then) (?:last night|tonight|today|"
        r"yesterday|this morning)",
        unless=r"(?:drink\w*|alcohol|booze|wine|beer|vodka|sober|sobriety|drugs?|weed|smok\w*|cigarettes?|"
               r"vap\w*|gambl\w*|porn|shop\w*|snack\w*|sugar|chocolate|pee|wee|toilet|sneeze|cough|scratch|"
               r"text (?:him|her)|call (?:him|her)|message (?:him|her)|ex\b|to cry)",
        past=_PSH,
    ),
    Rule(
        "fear-of-him", _AB, _C,
        r"(?:scared|afraid|terrified|worried|frightened|petrified) (?:that )?(?:he|she|they)(?:'ll|'s going to| will|"
        r" is going to|'s gonna| might| would|'d) (?:\w+ ){0,2}(?:kill|hurt|hit|strangle|choke|stab|shoot|beat) "
        r"(?:me|us|the kids|my)",
        unless=r"(?:lol|haha|when (?:he|she) (?:sees|finds out) (?:the|my|i)|dent|grades?|report card|mess|"
               r"spoil|surprise)",
        first_person=False, negatable=False, past=_PAB,
    ),
    Rule(
        "days-without-food", _ED, _N,
        r"(?:haven'?t|havent|have not|not|didn'?t) (?:eaten|eat|ate|had (?:any )?food)(?: anything)? since "
        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|last week|\w+day)|"
        r"(?:water fast|dry fast)\w*|\b(?:\d+|two|three|four|five|six|seven) days? (?:of )?(?:no food|without "
        r"eating|without food|fasting)",
        unless=r"(?:ramadan|yom kippur|lent|surgery|colonoscopy|stomach bug|food poisoning|flu\b|religious)",
        past_drop=True,
    ),
)

RULES = RULES + _FAMILIES_3

# --- generalisation families (written from a second blind table's misses: each a *kind* of saying) -------------
MACROS.update({
    # Ways people hurt themselves with what is at hand, as a class.
    "edge_tool": (
        r"(?:keys?|nails|fingernails|sharpeners?|ruler|broken glass|glass|ring ?pulls?|earrings?|paper ?clips?|"
        r"can lids?|tin lids?|staples?|a pen|compass)"
    ),
    "hang_point": (
        r"(?:wardrobe|door|door ?handle|banister|bannister|beam|rail|curtain rail|hook|ceiling|loft hatch|"
        r"light fitting|pipe|stair ?rail|bunk bed|my neck)"
    ),
    "ligature": r"(?:belt|rope|cord|cable|scarf|sheet|bedsheet|tie|dressing gown cord|charger cable|lead|ligature)",
    "weight": r"(?:kgs?|kilos?|kilograms?)",
    "kids": (
        r"(?:me|us|them|the kids|my kids|the children|my children|the baby|my baby|my (?:son|daughter|mum|mom|"
        r"sister|brother|family|dog|cat))"
    ),
    "food_context": (
        r"(?s)^(?!.*(?:\beat|\bate\b|\bfood|\bmeal|starv|\bfast(?:ing|ed)?\b|calori|\bcals?\b|\bpurg|"
        r"\bthrow(?:ing)? (?:it )?up|\bthrew (?:it )?up|restrict|\bweigh|\bkg\b|\bkilos?\b|\bscales?\b|\bfat\b|"
        r"\bthin\b|\bskinny\b|\bribs\b|\bbmi\b|\bed\b|anorex|bulim|binge|breakfast|lunch|dinner|\bskip))"
    ),
})

_FAMILIES_4: tuple[Rule, ...] = (
    # -- suicide plan: researching a method, a ligature tested, a firearm at hand, a note left, arrangements -----
    Rule(
        "method-research", _PLAN, _C,
        r"(?:googl\w*|search\w*|looked up|looking up|look up|research\w*|read up on|reading up on) (?:\w+ ){0,10}?"
        r"(?:how (?:much|many) (?:\w+ ){0,3}(?:you|i|it|a person|someone) (?:would |'d |will )?(?:need|needs|take|takes)|"
        r"(?:lethal|fatal|deadly|toxic) (?:dose|amount|overdose)|painless (?:ways?|methods?)|(?:suicide |suicidal )?"
        r"methods\b|which (?:bridge|building|cliff|car park|train|station)|how (?:long|high|tall|far) (?:\w+ ){0,4}"
        r"(?:to (?:die|drop|fall|work)|(?:the )?drop|bridge|building|cliff|car park))|"
        r"(?:settled|decided) on (?:a|one|the) (?:method|way)|"
        r"(?:bridge|building|car park|cliff|roof|balcony|overpass)s? (?:\w+ ){0,4}(?:has|have|with) no "
        r"(?:barrier|barriers|railing|railings|fence|net|nets)|"
        r"(?:measur\w*|eyeing|eyeballing|looking (?:down )?at|staring (?:down )?at|check\w*|work\w* out) the drop\b|"
        r"(?:the drop|\d+ (?:floors|storeys|stories)|\d+ ?(?:m|metres|meters|feet|ft) (?:high|down|up|drop))"
        r"[^\n]{0,30}?(?:(?:is|'s|thats|that'?s|would be|be|should be) (?:high |far |tall )?enough\b(?! (?:for|to "
        r"(?:see|get|fit|reach)))|would (?:do it|kill me|be fatal))",
        unless=r"(?:essay|assignment|homework|project|dissertation|thesis|article|research (?:paper|methods|project)|"
               r"methods (?:section|chapter|class|module)|science|biology|chemistry|for (?:my|a|the) (?:class|course|"
               r"job|book|story|novel)|my (?:dog|cat|puppy) ate|vet|chocolate|recipe|cake|kids|toddler|baby|"
               r"bungee|photography|photos?|hike|hiking|view ?point|the view|tourist|abseil\w*|climbing|parachute|"
               r"skydiv\w*|paraglid\w*|diving|skiing|snowboard\w*)",
        past=_PS,
    ),
    Rule(
        "ligature-tested", _PLAN, _C,
        r"(?:tied|tie|tying|knotted|fixed|hung|looped|put) (?:a |the |my )?{ligature} (?:\w+ ){0,2}(?:to|round|around|"
        r"over|on|from) (?:the |my )?{hang_point}|"
        r"(?:see|test|check|know) (?:if|whether) (?:it|the \w+) (?:would|will|could|can) (?:hold|take) "
        r"(?:my weight|me)?(?={end}| (?:my weight|me))|"
        r"(?:rope|belt|cord|ligature|noose) (?:\w+ ){0,3}(?:holds?|held|took|takes) my weight",
        unless=r"(?:swing|hammock|tree ?house|climbing|tent|boat|dog|puppy|lead for|christmas|decorations?|"
               r"fairy lights|bunting|curtains|washing|laundry|shelf|shelves|picture|painting|tv|mirror|"
               r"plant|bike|trailer|roof rack|present|bow|hair|dressing gown on)",
        first_person=False, past=_PS,
    ),
    Rule(
        "firearm-at-hand", _PLAN, _C,
        r"\b(?:gun|pistol|rifle|revolver|shotgun|firearm)\b[^.!?\n]{0,40}?(?:\bloaded\b|in my (?:hand|hands|lap|mouth)|"
        r"to my (?:head|temple|chin)|under my chin)|"
        r"(?:it'?s|its|it is|the gun is|gun'?s) loaded\b|"
        r"(?:found|holding|held|hold|took|take|got|have|loaded|load|cleaning|picked up) (?:\w+'?s? ){0,2}"
        r"(?:gun|pistol|rifle|revolver|shotgun)\b[^.!?\n]{0,50}?(?:keep (?:holding|looking at|staring at|thinking "
        r"about) it|in my (?:hand|lap)|(?:one|a single) bullet)",
        unless=r"(?:(?:even )?with a gun to my head|if (?:you|someone|somebody|they|he|she) (?:held|hold|put|had)|"
               r"water ?gun|nerf|glue ?gun|paintball|airsoft|toy|video ?game|in (?:the )?game|call of duty|"
               r"fortnite|range|hunting|clay|deer|season|stalking|rabbits?|pigeons?|vermin|foxes|"
               r"dishwasher|washing machine|camera|film|movie|loaded (?:fries|nachos|"
               r"question|potato)|staple ?gun|nail ?gun|heat ?gun|spray ?gun)",
        first_person=False, past=_PS,
    ),
    Rule(
        "note-left", _PLAN, _C,
        r"(?:the |my |a )?(?:note|notes|letter|letters) (?:(?:for|to) (?:my )?\w+ )?(?:is |are |'s )?(?:left |ready )?"
        r"(?:on|under|by) "
        r"(?:my|the) (?:pillow|bed)|"
        r"(?:saying|said|say|written) (?:my )?goodbyes? to (?:this|my) (?:journal|diary|blog)|"
        r"(?:sorry|apologies) to (?:whoever|the person who|anyone who) finds (?:this|me|my body)|"
        r"whoever finds (?:me|my body)|"
        r"(?:saying|said|say) (?:my )?goodbyes? (?:\w+ ){0,4}in my head|"
        r"(?:i |i'?ll |will )?(?:won'?t|will not|wont|don'?t|dont) need (?:any of (?:it|this|them)|it|them|my \w+) "
        r"(?:after (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight|tomorrow|this week|"
        r"the weekend)|where i'?m going)",
        unless=r"(?:tooth fairy|valentine|birthday|anniversary|surprise|love note|thank you|shopping|holiday|trip|"
               r"move|moving|flight|abroad|new job|uni|college|school|camp|hospital bag|packing|uniform)",
        first_person=False, past=_PS,
    ),
    Rule(
        "affairs-sorted", _PLAN, _C,
        r"\bmy will (?:is |'s )?(?:all )?(?:sorted|done|written|ready|signed|in order|up to date)|"
        r"(?:gave|given|giving|give) (?:away )?my (?:cat|dog|pets?|kitten|puppy|rabbit|hamster|bird) (?:away )?"
        r"(?:to|away)\b|"
        r"(?:schedul\w+|set|timed) (?:the |my )?(?:emails?|messages?|texts?|posts?) (?:\w+ ){0,4}(?:after i'?m gone|"
        r"for (?:after|when) i'?m gone)",
        unless=r"(?:holiday|trip|travel|abroad|moving|move|new flat|landlord|allerg\w*|rehom\w*|shelter|"
               r"foster\w*|vet|while i'?m (?:away|in hospital|at)|for the (?:week|weekend)|willpower|will power|"
               r"lawyer|solicitor|baby|pregnan\w*|wedding|married)",
        first_person=False, past=_PS,
    ),
    Rule(
        "pills-kept", _PLAN, _C,
        r"(?:count\w*|sav\w*|stockpil\w*|hoard\w*|stash\w*|collect\w*|hid\w*|keep\w*|kept) (?:out |up |away )?"
        r"(?:\d+ |all |enough |every )?(?:of )?(?:(?:\w+'?s?|the|my|her|his) ){0,2}{meds}\b(?! (?:for|with|in "
        r"(?:a|the|my) (?:dosette|organi[sz]er|box)))[^.!?\n]{0,60}?"
        r"(?:under my (?:bed|mattress|pillow)|in (?:a|my|the) (?:sandwich bag|sock|shoe ?box|bag|drawer|tin)|"
        r"since (?:\w+ )?(?:january|february|march|april|may|june|july|august|september|october|november|december|"
        r"christmas|summer|then|last)|for (?:weeks|months|ages|a while)|enough (?:now|to)|in case)|"
        r"(?:the |my |all the |those )?{meds} (?:is |are |'s )?(?:all )?(?:in my (?:bag|pocket|coat|car|hand)|"
        r"hidden|stashed|under my (?:bed|mattress|pillow))(?! (?:in case|for (?:my|the|a) (?:headache|cold|period)))",
        unless=r"(?:for (?:my|the|a) (?:headache|cold|flu|period|cramps|back|pain|migraine|fever|allergies|"
               r"holiday|trip)|pharmac\w+|prescribed|doctor (?:said|told|gave)|dosette|organi[sz]er|vitamins?|"
               r"the vet|for the (?:dog|cat)|remember to|forgot|forget|lunch|hay ?fever|antihistamine|"
               r"birth control|contracepti\w*|the pill\b|keep them away from|kids can'?t reach|out of reach)",
        past=_PS,
    ),
    Rule(
        "plan-is-method", _PLAN, _C,
        r"the plan is (?:\w+ ){0,3}(?:the )?(?:{high}|train line|train|tracks|line|overpass|pills|tablets|rope|"
        r"garage|river|sea|canal|motorway)\b",
        unless=r"(?:holiday|trip|meet|get the train to|catch the train|train (?:to|at|from) \w+ (?:station|at)|"
               r"picnic|walk|hike|visit|party|wedding|view)",
        past=_PS,
    ),
    # -- suicidal thoughts: reversed and indirect forms ---------------------------------------------------------
    Rule(
        "nobody-would-notice", _ID, _C,
        r"\bif i (?:just )?(?:died|was dead|were dead|was gone|were gone|disappeared|killed myself|wasn'?t here|"
        r"weren'?t here|wasn'?t around|didn'?t wake up)(?: (?:tonight|tomorrow|today|now))?,? (?:no one|nobody|"
        r"noone|no-one|not a single person|would anyone|would anybody|people|they|everyone|my \w+) "
        r"(?:would|'d|wouldn'?t|would not|will|won'?t|even) (?:\w+ ){0,2}(?:notice|care|miss me|be (?:relieved|"
        r"happier|better|fine|okay|ok))|"
        r"(?:relieved|happier|better off|fine|cope|coping|easier|lighter|glad) (?:\w+ ){0,4}if i (?:just )?"
        r"(?:was|were|died|disappeared|was no longer|wasn'?t|weren'?t) ?(?:dead|gone|here any ?more|around any ?more|"
        r"alive|in the picture any ?more|here any ?longer|around any ?longer)?(?={end}| (?:any ?more|honestly|tbh))",
        unless=r"(?:for (?:the|a) (?:week|weekend|night|day|bit|while|month)|on holiday|at the party|at work|"
               r"in the (?:meeting|office|group chat)|from the (?:team|group|project|band))",
        first_person=False, past=_PS,
    ),
    Rule(
        "no-reason-to-live", _ID, _C,
        r"(?:don'?t|do not|dont|can'?t|cannot|cant|no longer) see (?:a|any|the) (?:reason|point) (?:in |to |of )?"
        r"(?:living|being alive|staying alive|existing|going on|life|my life|waking up|being here|carrying on|"
        r"live|exist|stay alive|be alive|be here|keep living)|"
        r"so (?:i|that i) (?:don'?t|dont|do not|wouldn'?t|won'?t|will not) have to (?:keep going|go on|keep living|"
        r"be alive|be here any ?more|live any ?more|wake up|exist|keep existing|carry on|do life)(?={end}| "
        r"(?:any ?more|any ?longer|honestly|tbh))|"
        r"(?:don'?t|do not|dont) (?:plan on|plan to|expect to|intend to|think i'?ll|think i will) (?:being|be|still "
        r"be|still being) (?:around|here|alive)(?= (?:by|for|at|much longer|next|when|to see)|{end}| any ?more)|"
        r"(?:waiting for|waiting to (?:find|get|have)|working up|building up|finding|find|found|get|got|had|have) "
        r"(?:up )?the (?:courage|guts|nerve|balls)(?: to (?:do it|go through with it|end it|jump|finally do it))?"
        r"(?={end}| (?:honestly|tbh|to (?:do it|go through|end it|jump|finally do it)))|"
        r"(?:don'?t|do not|dont) (?:want|wanna) to (?:live|exist|be) in this (?:world|life|body)(?: \w+){0,5} "
        r"any ?more|"
        r"(?:going to|gonna|want to|wanna|need to|ready to|decided to|will|i'?ll) (?:finally )?end (?:my (?:own )?"
        r"(?:suffering|misery|pain)|the (?:pain|suffering) (?:for good|forever|permanently|tonight))|"
        r"\b(?:god|lord|jesus|allah),? (?:please |just )?(?:take|end|kill) me(?={end}| (?:now|already|home|tonight|"
        r"away|please))|"
        r"\bpainless(?:ly)?\b (?:way|ways|method|methods|death|exit|end)|(?:to|i could|i can|could i|i'?d|i would) "
        r"(?:just )?(?:do it|die|end it|end things|kill myself|go to sleep for good) painlessly|"
        r"(?:think|thought|thinking|imagin\w+) (?:about |of )?(?:just )?(?:not stopping|stepping (?:off|out|forward|"
        r"in front|onto the (?:tracks|road|line))|swerving|driving off|letting go of the (?:wheel|rail|railing)|"
        r"jumping (?:off|in front|onto|from))(?! (?:the (?:diving board|plane|cliff into)|a (?:plane|boat)))",
        unless=r"(?:to (?:ask|tell|talk|say|quit|leave (?:him|her|my job|the job)|break up|confront|apply|speak|"
               r"sing|dance|audition|try|go to the|come out)|ask (?:him|her) out|interview|the gym|driving lesson|"
               r"parachute|skydiv\w*|bungee|diving board|the pool|into the (?:pool|lake|sea|river) (?:with|to swim)|"
               r"(?:dog|cat|kid|toddler|child|son|daughter|pet)|tattoo|dentist|injection|jab|vaccine|vet)",
        past=_PS,
    ),
    Rule(
        "hinglish-die", _ID, _C,
        r"\b(?:mar jaa?(?:u|un|oon|aun|au|na)|marna (?:chahta|chahti|hai)|mar jana chahta|mar jana chahti|"
        r"khudkushi|khud ?kushi|aatma ?hatya|atmahatya|jeena nahi|jina nahi|jeene ka mann nahi)\b",
        past=_PS,
    ),
    # -- self-harm: everyday objects, wounds kept open, injuries explained away ---------------------------------
    Rule(
        "sh-objects", _SH, _C,
        r"(?:used|use|using|dragged|drag|dragging|pressed|press|dug|dig|digging|scraped|scrape|scraping|ran|run) "
        r"(?:my |the |a |some )?(?:\w+ )?{edge_tool} (?:on|into|across|along|over|down) my (?:own )?{body}|"
        r"(?:broke|broken|breaking|snapped|snap|smashed|took apart|taking apart|unscrewed|unscrew) (?:open )?"
        r"(?:a |my |the |another )?(?:pencil )?sharpeners?|"
        r"(?:blade|blades) (?:out )?(?:of|from) (?:a |my |the )?(?:pencil )?sharpeners?",
        unless=r"(?:by accident|accident\w*|ouch|tripped|fell|shav\w*|cook\w*|kitchen|craft\w*|diy|model|"
               r"scratch (?:card|off)|itch\w*|mosquito|bite|lotion|cream|moistur\w*|massage|tattoo|"
               r"for (?:my|the) (?:brother|sister|son|daughter|kid)|art class)",
        first_person=False, past=_PSH,
    ),
    Rule(
        "wounds-kept-open", _SH, _C,
        r"(?:reopen\w*|re-open\w*|rip\w* open|tear\w* open|tore open|pick\w* (?:open|at)|dig\w* (?:into|at)) "
        r"(?:them|the|my|those|old) (?:old )?(?:cuts?|wounds?|scabs?|stitches|burns?)|"
        r"(?:stitches|steri-?strips|butterfly (?:strips|stitches)|glue(?:d)?) (?:\w+ ){0,2}(?:from|for|after) "
        r"(?:cutting|self[- ]?harm\w*|sh\b|hurting myself|what i did)|"
        r"(?:my |the )?(?:cuts|burns) (?:on my {body} )?(?:are|is|got|have gotten|have got) (?:really )?"
        r"(?:infected|deep|gaping|bleeding through)",
        unless=r"(?:surgery|operation|c-section|caesarean|stitches from (?:the|my) (?:fall|accident|surgery|op)|"
               r"scabs? on my (?:knee|elbow)|chicken ?pox|eczema|knitting|sewing|spot|pimple|"
               r"(?:the|my) (?:dog|cat|kid|son|daughter|brother|sister)'s (?:cuts?|wounds?|stitches|scabs?|burns?))",
        first_person=False, past=_PSH,
    ),
    Rule(
        "sh-verb", _SH, _C,
        r"(?:used to|use to|usta|urges? to|want to|wanted to|wanna|need to|going to|gonna|tempted to|craving|crave|"
        r"craved|itching to) sh(?={end}| "
        r"(?:again|tonight|today|last night|so bad|badly|more|when|after|because|and|but|in|at|on|for))|"
        r"(?:i|i've|ive|have|just) sh(?={end}| (?:again|tonight|today|last night|so bad|badly|more|when|after|"
        r"because|and|but|in|at|on|for))|"
        r"(?:(?<=[.!?,] )|(?<=\band )|(?<=\bthen )|^)cut (?:for the first time in|again (?:tonight|today|last night)|"
        r"deeper|deep)|"
        r"(?:(?<=[.!?,] )|^)(?:deep(?:er)? |more |bad |worse )cuts? (?:tonight|today|last night|again|this time)|"
        r"(?:punch\w*|hit|hitting|kick\w*|head-?butt\w*|slam\w*) (?:the |a |my )?(?:\w+ )?walls? (?:until|till|so hard|"
        r"again)[^.!?\n]{0,40}?(?:knuckles|hand|fist|bled|bleed|blood|broke|bruised|split)|"
        r"(?:i )?wanted (?:it|myself) to hurt\b|"
        r"\bcut(?:ting)? (?:myself )?(?:until|till|til) (?:i (?:can'?t|could|feel|felt|bleed|bled|calm)|it (?:bleeds|"
        r"bled|stops|hurts)|there'?s|the (?:pain|blood))|"
        r"(?:pull\w*|rip\w*|tore|tear\w*|pick\w*|dug|dig\w*|bit|bite|scald\w*|pinch\w*) (?:out )?(?:\w+ ){0,3}(?:my|"
        r"myself) (?:\w+ ){0,4}(?:on purpose|deliberately|intentionally)\b|"
        r"fresh (?:cuts|wounds|burns|scratches)\b(?! (?:of|flowers))|(?:my )?{body} (?:is|are) (?:covered|full) "
        r"(?:in|of|with) (?:fresh |new |deep )?(?:cuts|scratches|burns|wounds|scars)",
        unless=r"(?:shh+|sh\*t|\bsh\.|cut (?:for the first time in|again) (?:\w+ ){0,3}(?:hair|fringe|bangs|grass|lawn|"
               r"hedge)|haircut|hairdress\w*|barber|cooking|kitchen|paper|film|movie|editing|onions|footage|"
               r"wanted it to hurt (?:him|her|them)|the neighbou?rs?|party next door|garden\w*|roses|brambles|"
               r"thorns|kitten|the cat|surgery|chicken ?pox|flowers|meat|butcher|(?:he|she) (?:pulled|bit|pinched))",
        first_person=False, past=_PSH,
    ),
    # -- danger and abuse: threats in other orders, threats to children, orders breached, held by the throat -----
    Rule(
        "threat-if-i-tell", _AB, _C,
        r"(?:says?|said|saying|threaten\w*|warned|warns|swore|swears|told me|tells me|texted|messaged) (?:me )?"
        r"(?:that )?if i (?:ever )?(?:tell|told|leave|left|go to|call|ring|report|say anything|speak|try to leave|"
        r"try to go)(?: \w+){0,4},? (?:he|she|they)(?:'ll| will|'d| would| is going to|'s going to|'s gonna| is "
        r"gonna|'re going to| are going to) (?:\w+ ){0,2}(?:kill|hurt|beat|take|ruin|send|post|find|burn|"
        r"come for|get)|"
        r"\b(?:he|she|they)(?:'ll| will|'d| would| is going to|'s going to|'s gonna| is gonna|'re going to) "
        r"(?:\w+ )?(?:kill|hurt|beat|stab|shoot|strangle) (?:me|us|the kids|my kids) (?:if|when|the (?:day|moment)) i "
        r"(?:ever )?(?:leave|left|tell|told|go|call|ring|report|try|say anything)\b|"
        r"(?:screaming|shouting|yelling|screams|shouts|yells|threaten\w*|said|says|swore|swears|texted|told me) "
        r"(?:that )?(?:he|she|they)(?:'ll| will|'d| would| is going to|'s going to|'s gonna| is gonna|'re going to|"
        r" are going to) (?:\w+ ){0,2}(?:kill|hurt|stab|shoot|strangle|drown|burn) {kids}\b",
        unless=r"(?:lol|haha|lmao|\U0001f602|\U0001f644|surprise|party|present|spoil\w*|(?:mum|mom|mam|dad|sister|"
               r"brother|boss|teacher|friend|bestie|coach) (?:is going to|will|'ll|'s going to|'s gonna) kill me|"
               r"kill me (?:if|when) i (?:tell|eat|forget|spoil|finish|am late|'m late)|the dog|the cat|if i "
               r"(?:tell|told) (?:\w+ ){1,2}about (?:the|her|his|my|our|it))",
        first_person=False, negatable=False, past=_PAB,
    ),
    Rule(
        "held-by-throat", _AB, _C,
        r"(?:grab\w*|held|holds|holding|pinned|pins|pinning|had|has|lifted|shoved|pushed|dragged|drags|pulled) "
        r"me (?:\w+ ){0,4}(?:by|around|round) (?:the|my) (?:throat|neck|hair)|"
        r"(?:hands?|fingers|arm) (?:around|round|on|across|over) my (?:throat|neck)(?! (?:pillow|warmer|scarf))|"
        r"(?:pinned|pins|pinning|held|holds|holding|hold|holds) me (?:down|against (?:the|a) (?:wall|floor|bed|door|fridge|car))|"
        r"forc\w+ (?:himself|herself|themselves|themself) (?:on|onto|upon|into) me|"
        r"\b(?:he|she|they|{someone}) (?:\w+ )?(?:broke|fractured|cracked|dislocated|split|busted|bloodied) my "
        r"(?:wrist|arm|nose|ribs?|jaw|lip|finger|fingers|hand|collar ?bone|cheek ?bone|eye socket|tooth|teeth|"
        r"eardrum|skull)\b|(?:gave|given|giving) me (?:a )?(?:black eye|concussion|split lip|fat lip)|"
        r"(?:breach\w*|broke|broken|breaking|violat\w*|ignor\w*) (?:his|her|their|the|my) (?:\w+ )?(?:restraining|"
        r"protection|no[- ]contact|non-?molestation|intervention|apprehended violence) order|"
        r"(?:not|isn'?t|is not|aren'?t) (?:supposed|allowed|meant|legally allowed) to (?:come|be|get|go) "
        r"(?:\w+ ){0,2}(?:within|near)(?: \d+ ?(?:m|metres|meters|feet|yards|miles))? (?:of )?(?:me|us|my|the kids)|"
        r"(?:he'?s|she'?s|they'?re|he is|she is|they are) (?:\w+ )?(?:banging|pounding|kicking|hammering|punching|"
        r"smashing) (?:on |at )?(?:it|the door|my door|the window|the wall)(?={end}| (?:and|again|screaming|"
        r"shouting|right now|rn|now))|"
        r"(?:hiding|hid|locked myself|barricad\w+(?: myself)?) in (?:the|my|a) (?:bathroom|toilet|closet|wardrobe|"
        r"room|bedroom|car|cupboard) (?:\w+ ){0,2}(?:with the door (?:locked|barricaded|shut)|and (?:he|she|they)"
        r"(?:'s| is|'re| are))",
        unless=r"(?:lol|haha|lmao|\U0001f602|game|match|wrestl\w*|rugby|judo|karate|bjj|jiu|play ?fight\w*|"
               r"tickl\w*|dance|dancing|hug\w*|massage|kiss\w*|puppy|the dog|the cat|toddler|baby|my son|my "
               r"daughter|hair (?:done|braided|cut)|hairdress\w*|hide and seek|escape room|neighbou?rs? (?:are|is)|"
               r"builders?|renovat\w*|diy|shelf|party next door)",
        first_person=False, negatable=False, past=_PAB,
    ),
    # -- eating disorder: weight and body chasing, extended fasts, compensating, purging routines --------------
    Rule(
        "ed-chase", _ED, _C,
        r"(?:(?:still|not|never|finally|almost|nearly|getting|get|be|i'?m|im|i am) (?:\w+ )?(?:thin|skinny|light|"
        r"small|tiny) enough)\b|"
        r"(?:see|feel|count|showing|show) (?:all )?my (?:ribs|hip ?bones|collar ?bones|spine|bones)\b|"
        r"(?:want|need|get|getting|have|has|my) (?:a |my )?thigh gap|"
        r"(?:{symptom}|ribs|hip ?bones|collar ?bones|period|bmi|underweight|lost (?:another )?\d+ ?(?:{weight}|lbs?|"
        r"pounds|stone))[^.!?\n]{0,60}?\b(?:want|need|have|going|gonna) (?:to )?lose (?:even |some |a bit |"
        r"a few )?(?:more|another)\b|"
        r"(?:under|below|down to|less than) (?:[2-4]\d(?:\.\d)?) ?{weight}\b|"
        r"(?<![\d.])(?:[6-9]\d|10\d) ?(?:lbs?|pounds)\b[^.!?\n]{0,40}?(?:fat|huge|not (?:thin|skinny|enough)|more "
        r"to lose|lose more)|"
        r"(?:(?:i'm|i am|weigh|weighed|only) (?:now |only |just )?|(?<=[.!?,] )|^)(?:[2-4]\d(?:\.\d)?) ?{weight}\b"
        r"[^.!?\n]{0,40}?"
        r"(?:fat|not enough|more to lose|lose more|to lose|huge|counting down|and counting|goal weight|my goal|proud|"
        r"worried|hospital|admit)",
        unless=r"(?:baby|toddler|newborn|my (?:son|daughter|kid|kids|dog|cat)|suitcase|luggage|bag|parcel|box|"
               r"weights?|dumbbell|kettlebell|barbell|deadlift|squat|bench|lift(?:ed|ing)?|the dog|puppy|"
               r"lost \d+ ?\w+ (?:in|over|since) (?:hospital|chemo|illness)|chemo|cancer|illness|surgery|gained|"
               r"lost (?:over |about |almost |nearly )?(?:[4-9]\d|1\d\d) ?(?:lbs?|pounds)|"
               r"dumbbells?|plates?|rucksack|backpack)",
        past_drop=True,
    ),
    Rule(
        "ed-compensate", _ED, _C,
        r"(?:exercis\w*|ran|run|running|work\w* out|train\w*|walk\w*) (?:till|until) (?:i'?m (?:sick|dizzy|"
        r"shaking)|i (?:throw up|threw up|faint|fainted|pass out|passed out|collapse|collapsed|can'?t stand))|"
        r"(?:so |to make )(?:the |that |my )?(?:food|it|calories|meal|dinner|lunch|what i ate) (?:doesn'?t|don'?t|"
        r"won'?t|didn'?t) count|"
        r"(?:one|only|single|a few|half an?|just a) (?:\w+ ){0,2}(?:rice cakes?|apple|crackers?|bites?|mouthfuls?|"
        r"grapes?|carrots?|celery|cucumber)[^.!?\n]{0,60}\bburn (?:it|that|them)(?: all)? off|"
        r"(?:have to|had to|need to|needed to|gonna|going to|will|'ll) (?:go )?(?:throw (?:it|that|them|everything) "
        r"(?:all )?up|get rid of it|make myself (?:sick|throw up))(?!\w)|"
        r"(?:throw\w*|threw|puk\w*|vomit\w*|bring\w*|brought) (?:it |it all |everything |food |them |that )?(?:all )?"
        r"up\b[^.!?\n]{0,50}?\b(?:after (?:every|each) (?:meal|time i eat|bite|snack)|like i (?:always )?do|every "
        r"time i eat|whenever i eat|on purpose)",
        unless=r"(?:stomach bug|food poisoning|norovirus|flu\b|hangover|drunk|pregnan\w*|morning sickness|chemo|"
               r"migraine|motion sickness|seasick|carsick|baby|toddler|my (?:son|daughter|kid|dog|cat)|"
               r"the (?:dog|cat)|anger|stress|energy|steam)",
        past_drop=True,
    ),
    Rule(
        "ed-fast-extended", _ED, _C,
        r"(?:fast\w*|without (?:food|eating)|no food|not eat\w*|zero (?:food|calories|cals)) (?:for )?(?:(?:[4-9]\d|"
        r"1\d\d) (?:hours?|hrs?|h)\b|(?:[3-9]|1\d) days\b)[^.!?\n]{0,50}?(?:another|again|more|then|straight|"
        r"in a row)|"
        r"\b(?:zero|0|no) (?:calories|cals|kcal)\b(?! (?:drink|drinks|soda|coke|pepsi|sweetener|lemonade|sauce))|"
        r"restrict\w* (?:to|myself to|at) (?:under |less than |below |only |just )?\d{2,4}(?: (?:calories|cals|"
        r"kcal))?(?: (?:a|per) day| daily)?\b|"
        r"(?:stopped|stop|not|barely|avoid\w*|refus\w* (?:to drink|drinking)) (?:drinking )?(?:any )?water\b"
        r"[^.!?\n]{0,50}?(?:scale|weight|kg|bloat\w*|fat|pounds|lbs)|"
        r"my (?:ed|eating disorder|ana|mia|anorexia|bulimia) (?:is|'s|came|has come) (?:back|loud|winning|"
        r"screaming|worse|taking over|in control|in charge|killing me|out of control|getting worse)|"
        r"(?:can'?t|cannot|cant) stop (?:starving|purging|restricting|throwing up|making myself sick)|"
        r"skip\w* [^.!?\n]{0,40}?\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth) day in a row|"
        r"(?:going for|aiming for|aim for|push(?:ing)? (?:it )?to|try(?:ing)? for|do another) (?:\d+|two|three|"
        r"four|five|six|seven|another|a (?:full )?week)(?: (?:days|more days|more|hours|more hours))?(?={end})",
        unless=r"(?:ramadan|yom kippur|lent|surgery|colonoscopy|blood test|stomach bug|food poisoning|flu\b|"
               r"religious|doctor'?s orders|before (?:the|my) (?:op|operation|procedure|scan)|zero (?:calorie|cal) "
               r"(?:drink|soda|coke)|water (?:bottle|tank|heater|bill|meter)|hosepipe)",
        unless_text=r"{food_context}",
        past_drop=True,
    ),
    Rule(
        "ed-starve-intent", _ED, _C,
        r"(?:going to|gonna|will|i'?ll|want to|wanna|need to|have to|plan to|planning to|keep|keeps) (?:just )?"
        r"starv(?:e|ing)\b(?! (?:to death if|for (?:a|the|some)|till (?:dinner|lunch|tea)|if))",
        unless=r"(?:lol|haha|dinner (?:is|isn'?t)|hungry|no food in|fridge is empty|till (?:dinner|lunch|tea)|"
               r"the (?:dog|cat)|if (?:dinner|lunch|you|he|she|they|mum|mom))",
        past_drop=True,
    ),
    # -- concern: hopelessness, eating worries and the past, said indirectly ------------------------------------
    Rule(
        "hopeless-more", _HOPE, _N,
        r"(?:don'?t|do not|dont) (?:even )?know why i (?:even )?bother(?={end}| (?:any ?more|trying|with "
        r"(?:anything|life|it all)))|"
        r"nothing (?:ever )?(?:gets|is going to get|will (?:ever )?get|is ever going to get) better(?! (?:than|"
        r"at))|"
        r"(?:feel|feeling|i'?m|im) (?:so )?empty (?:all the time|inside|every day|constantly)|"
        r"(?:don'?t|do not|dont|can'?t|cannot|cant) see how (?:i'?m going to|i (?:can|will|'ll)|i) (?:get through|"
        r"make it through|survive|keep going|go on|carry on)(?! (?:the|this) (?:exam|shift|meeting|week of "
        r"work))|"
        r"no point (?:in )?(?:carrying on|going on|trying any ?more|living|being alive)",
        unless=r"(?:exam|meeting|presentation|shift|deadline|interview|workout|diet|essay|commute|queue)",
        past_drop=True,
    ),
    Rule(
        "ed-worry", _ED, _N,
        r"counting (?:every|each|all (?:my|the)|my) calories?\b|(?:want|wanted|urge|urges|urge to|tempted) (?:to )?"
        r"(?:restrict|purge)\b|skip\w* (?:\w+ ){0,2}because i (?:felt|feel|look|looked) (?:so )?(?:fat|huge|"
        r"disgusting|bloated)|(?:checking|check|checked) my body\b|pinch\w* (?:my|at my) (?:stomach|belly|fat|"
        r"thighs|arms)|urge to get rid of it",
        unless=r"(?:for (?:my|the) (?:diabetes|doctor|dietitian)|diabetic|insulin|bodybuilding|macros|bulk\w*|"
               r"lumps?|moles?|ticks?|rash|self-exam|breast)",
    ),
    Rule(
        "past-harm-memory", _PAB, _N,
        r"what (?:he|she|they|my (?:\w+ ){0,2}\w+) did to me (?:when i was|as a (?:kid|child|teen)|growing up|"
        r"years ago)|(?:nightmares|flashbacks) (?:about|of) (?:him|her|what (?:he|she|they) did|my (?:ex|abuser|"
        r"dad|father|stepdad|uncle))",
        unless=r"(?:film|movie|horror|scary|book|exam|nice|kind|lovely|surprise)",
        first_person=False,
    ),
    Rule(
        "past-sh-memory", _PSH, _N,
        r"my old (?:cuts|scars|wounds|burns)\b|when i used to (?:sh|cut|self[- ]?harm|hurt myself|burn myself)\b",
        negatable=False,
    ),
)

_FAMILIES_5: tuple[Rule, ...] = (
    Rule(
        "passive-accident", _ID, _C,
        r"(?:wish|wished|hope|hoping|pray\w*|wishing) (?:that )?(?:a |the |some )?(?:\w+ )?(?:bus|car|truck|lorry|"
        r"train|tram|plane|driver) (?:would |will |could )?(?:just )?(?:hit|hits|run me over|ran me over|crash|"
        r"crashes|kill|kills|take) me\b|"
        r"(?:hope|hoping|wish|wishing|pray\w*) (?:\w+ ){0,3}(?:the |my )?(?:cancer|tumou?r|illness|disease) "
        r"(?:comes back|returns|spreads|wins|kills me|takes me)|"
        r"(?:world|everyone|everybody|family|they|people) (?:would|'d|will) be (?:a )?(?:so much |much |a lot )?"
        r"(?:better|happier|easier|lighter|quieter|calmer|simpler)(?: place| off)? without me(?: in it| around| here| "
        r"alive)?\b",
        unless=r"(?:at the party|on (?:the|this) (?:trip|team|project)|in the (?:group|team|band|meeting)|"
               r"for (?:a|the) (?:week|weekend|night|day)|lol|haha)",
        first_person=False, past=_PS,
    ),
    Rule(
        "sui-short", _ID, _C,
        r"\bsui (?:thoughts|ideation|feelings|urges|ideas|thinking)\b|\bs/i\b|\bsuicidal ideation\b",
        past=_PS,
    ),
    Rule(
        "grooming", _AB, _C,
        r"(?:asking|asks|asked|wants|wanted|keeps asking|begging|begs) (?:me )?(?:to )?(?:meet|meet up|hang out|come "
        r"(?:over|round)|see me|get in (?:his|her) car)(?: \w+){0,3} (?:alone|in secret|on my own|without (?:my|your) "
        r"(?:parents|mum|mom|dad|family)(?: knowing)?)|"
        r"(?:says|said|tells me|told me) (?:that )?(?:i'?m|im|i am) (?:so )?(?:mature|grown ?up) for my age|"
        r"(?:makes|made|forces|forced|tells|told|wants) me (?:to )?(?:sleep|get|stay) in (?:his|her|their) bed",
        unless_text=r"(?s)^(?!.*(?:\bi'?m (?:only )?(?:1[0-7]|[5-9])\b|\bim (?:only )?(?:1[0-7]|[5-9])\b|\byear "
                    r"(?:[5-9]|1[01])\b|\bgrade\b|\bschool\b|\bteacher\b|\bcoach\b|\btutor\b|\bsnap\b|"
                    r"snapchat|discord|roblox|\bonline\b|instagram|tiktok))",
        first_person=False, negatable=False, past=_PAB,
    ),
    Rule(
        "decided-when", _PLAN, _C,
        r"(?:i'?ve|i have|i|ive) (?:finally )?decided (?:it'?s|its|it is|it'?ll be|it will be|on) (?:tonight|"
        r"tomorrow|this weekend|this week|next week|(?:this |on |next )?(?:monday|tuesday|wednesday|thursday|"
        r"friday|saturday|sunday)|my birthday|the \d+(?:st|nd|rd|th)?)(?={end})|"
        r"(?:letter|note|notes|letters|message|messages) (?:\w+ ){0,4}explaining why i (?:did|do|had to do|'m doing|"
        r"am doing|have to do|couldn'?t (?:stay|go on|keep going))(?: (?:it|this))?",
        unless=r"(?:party|wedding|trip|holiday|flight|move|moving|date|exam|interview|appointment|birthday "
               r"(?:party|dinner|meal)|cake|haircut|dinner|lunch|brunch|drinks|quit(?:ting)? (?:my|the) job|"
               r"resign\w*|apolog\w*|sorry i (?:was|forgot|missed|snapped)|late|missed|cancell?ed)",
        past=_PS,
    ),
)

_FAMILIES_6: tuple[Rule, ...] = (
    Rule(
        "not-here-long", _ID, _C,
        r"(?:not|never) (?:gonna|going to) be (?:here|around|alive) (?:much longer|for much longer|for long|"
        r"tomorrow|by (?:the )?morning|by (?:christmas|the weekend|next week))|"
        r"(?:don'?t|dont|do not) think (?:i'?ll|ill|i will|i'?m going to|i'?m gonna|i can) (?:make it|last|survive|"
        r"be (?:here|around|alive)) (?:to|till|until|past|through) (?:christmas|my (?:\d+\w* )?birthday|next year|"
        r"the new year|summer|another year|the end of the year)|"
        r"(?:tired|sick|exhausted) of (?:fighting|trying|struggling) (?:to stay alive|to live|to survive|to keep "
        r"going|for my life)|fighting to stay alive|"
        r"(?:life|living|existence|being alive|alive)[^.!?\n]{0,40}\b(?:i )?(?:want|wanna|need) out(?={end})|"
        r"(?:want|wanna|need) out (?:permanently|for good|of (?:this life|life|existence))|"
        r"\bi (?:should|might as well|may as well|ought to) (?:just )?(?:die|be dead|kill myself|end it)(?={end}| "
        r"(?:already|now|honestly|tbh|and get it over))",
        unless=r"(?:job|work|shift|office|flat|house|city|town|country|relationship|marriage|contract|lease|uni|"
               r"school|course|class|party|trip|holiday|visa|hospital bed|ward|moving|flight|battery|phone)",
        past=_PS,
    ),
    Rule(
        "intent-take-all", _PLAN, _C,
        r"(?:going to|gonna|will|i'?ll|plan(?:ning)? to|planned to|decided to|ready to|about to|want to|wanna) "
        r"(?:just )?(?:take|swallow|down|neck) (?:all|every one|every single one|every single|every|the (?:whole|entire|"
        r"rest of (?:the|"
        r"my))|a (?:whole|full) (?:bottle|box|pack|strip) of)(?: of)? (?:my |the |these |those |mum'?s |mom'?s )?"
        r"{meds}|"
        r"(?:{meds}|rope|blade|razor|gun|bridge|note|letters)[^.!?\n]{0,60}\btonight(?:'s| is) the night\b|"
        r"\btonight(?:'s| is) the night\b[^.!?\n]{0,60}(?:{meds}|rope|blade|razor|gun|bridge)",
        unless=r"(?:as prescribed|with (?:me|food|breakfast|dinner|lunch|water)|on holiday|to the (?:pharmacy|"
               r"chemist|doctor|gp|hospital)|back to|in my bag|holiday|trip|remember|course of|antibiotics|"
               r"vitamins|doctor (?:said|told)|dosette|organi[sz]er|date|party|prom|gig|concert)",
        past=_PS,
    ),
    Rule(
        "drive-off", _PLAN, _C,
        r"(?:drive|driving|drove|steer\w*|swerv\w*|crash\w*) (?:my car |the car |off the road )?(?:off|over) "
        r"(?:a|the) (?:cliff|bridge|edge|overpass|pier|embankment|quay)",
        unless=r"(?:film|movie|game|gta|thelma|tv|show|video|dream|nightmare|almost|nearly|tourist|sat ?nav|"
               r"bus driver|taxi)",
        past=_PS,
    ),
    Rule(
        "threat-fire", _AB, _C,
        r"(?:he|she|they)(?:'ll| will|'d| would|'s going to| is going to|'s gonna) (?:\w+ ){0,2}(?:burn|blow up|"
        r"set fire to|torch) (?:\w+ ){0,3}(?:with|while) (?:me|us|the kids|my kids|the baby) (?:in|inside|asleep)",
        unless=r"(?:lol|haha|dinner|toast|cake|cooking|oven)",
        first_person=False, negatable=False, past=_PAB,
    ),
)

_FAMILIES_7: tuple[Rule, ...] = (
    Rule(
        "means-and-moment", _PLAN, _C,
        r"(?:stash|stockpile|hoard) of (?:\w+ )?{meds}|"
        r"{meds}[^.!?\n]{0,40}?\b(?:lined|lining|laid|laying|counted|counting|spread|set) (?:them|it|all of them|'em) "
        r"(?:all )?(?:up|out)\b|"
        r"(?:thinking|think|thought|obsess\w*) about (?:the |my |all the |those )?{meds}[^.!?\n]{0,50}?how many|"
        r"(?:i |i'?ve |ive |i have |just )(?:drank|drunk|swallowed|took|taken|ate|downed) (?:some |a (?:bottle|cup|glass|"
        r"mouthful) of )?(?:bleach|antifreeze|weed ?killer|rat poison|poison|drain cleaner|paraquat|pesticide|"
        r"disinfectant|dettol)\b|"
        r"this time (?:i'?m not going to|i'?m not gonna|i won'?t|i will not|it won'?t|it will not) (?:fail|mess (?:it )?"
        r"up|survive|wake up|be found|be saved)(?={end})|"
        r"(?:said|saying|say) (?:my )?goodbyes? to [^.!?\n]{0,30}[.!?,]\s*(?:he|she|they|it) (?:doesn'?t|don'?t|"
        r"didn'?t) (?:know|realise|realize|understand)|"
        r"{tool} (?:is |are )?under my (?:pillow|bed|mattress)|(?:for|in case) when (?:it|things) (?:gets?|get) "
        r"(?:too much|too bad|really bad)|"
        r"(?:looking|staring|stare|look|looked|stared|peering) (?:down )?at the (?:tracks|rails|drop|water below|"
        r"river below|road below|ground below)|"
        r"(?:note|letter|letters|notes)\b[^.!?\n]{0,60}?\bfor (?:my |the |her |him |them )?(?:\w+ )?to find\b|"
        r"(?:i'?m|im|i am) (?:going to |gonna )?(?:end|ending) (?:things|it|it all|everything) (?:this weekend|"
        r"tonight|tomorrow|this week|soon|for good|on \w+day)(?={end})|"
        r"{meds} (?:are |is |have |has )?(?:starting to |finally |already )?(?:kick(?:ing|ed)? in|taking effect|"
        r"working)[^\n]{0,40}?(?:sorry|goodbye|bye|love you|forgive|can'?t keep my eyes)|"
        r"(?:sat|sitting|lying|laying|in the bath|on the (?:bathroom |bedroom )?floor)[^.!?\n]{0,40}?\bwith (?:a|the|my) "
        r"(?:razor|blade|knife|pills|rope|belt)\b|"
        r"(?:it )?(?:would|'d|will|could) be (?:so |too |really )?easy to (?:just )?(?:let go|jump|step (?:off|out|"
        r"forward)|end it|not wake up|take them all|drive off|swerve|fall)(?={end}| (?:right now|now|tonight|"
        r"and|from here))",
        unless=r"(?:album|playlist|song|music|spotify|vinyl|mixtape|train (?:is|was) (?:late|delayed)|"
               r"find (?:it|them) (?:in|on|when)|treasure|scavenger|love note|thank|birthday|christmas|shopping|"
               r"with (?:him|her|them)|relationship|boyfriend|girlfriend|dating|break up|shav\w*|legs|"
               r"let go of (?:him|her|the|my|it|them|this|that)|painkillers? (?:are|is) (?:kicking|working)|"
               r"headache|cramps|migraine|period|surgery|dentist|sorry (?:for|about) (?:the|being)|"
               r"bungee|skydiv\w*|diving|cliff jump\w*|by mistake|toddler|the (?:dog|cat|puppy)|exam|test|driving|"
               r"interview|audition|diet|gym|bar exam|resit|accident\w*)",
        first_person=False, past=_PS,
    ),
    Rule(
        "picturing-death", _ID, _C,
        r"(?:have|got|there'?s|is|i see|i have) no (?:reason|point) (?:to|in) (?:keep(?:ing)? living|staying "
        r"alive|stay alive|being alive|be alive|living any ?more|keep going on|carry(?:ing)? on living)|"
        r"(?:picturing|imagining|picture|imagine|visuali[sz]\w*|seeing) myself (?:jumping|falling|hanging|dead|"
        r"in a coffin|bleeding out|stepping off|going under|not waking up|on the tracks)(?! (?:for joy|into (?:the|a) "
        r"(?:pool|lake|sea)|out of (?:a|the) plane|at the|with))",
        unless=r"(?:skydiv\w*|bungee|parachute|trampoline|pool|dive|diving|dance|dancing|game|dream|horror|film|movie)",
        first_person=False, past=_PS,
    ),
    Rule(
        "sh-ongoing", _SH, _C,
        r"(?:i'?ve been|ive been|been|i have been|still) (?:\w+ )?(?:cutting|self[- ]?harming|burning myself|hurting "
        r"myself|harming myself)(?: myself)? (?:for (?:\d+|two|three|a few|several|many|over a|about a|a) (?:years?|"
        r"months?|weeks?)|since|every (?:day|night|week)|most (?:days|nights)|on and off)|"
        r"(?:bang|hit|smash|slam|knock)\w* my head (?:against|on|into) (?:the |a |my )?(?:\w+ )?(?:walls?|floors?|"
        r"doors?|desk|table|headboard)\b[^.!?\n]{0,60}?(?:until|till|so hard|on purpose|when i (?:get|am|'m|feel)|"
        r"to (?:stop|make|feel|calm|numb)|over and over|again and again|repeatedly|saw stars)",
        unless=r"(?:hair|fringe|bangs|back on|down on|carbs|sugar|cutting (?:back|down|out|class)|by accident|"
               r"accident\w*|tripped|fell|slipped|low (?:door|ceiling|beam)|cupboard door|bunk|toddler|baby|son|"
               r"daughter|the dog|the cat)",
        first_person=True, past=_PSH,
    ),
    Rule(
        "danger-more", _AB, _C,
        r"(?:said|says|saying|threaten\w*|told me|tells me|texted|messaged|warned|swore|swears) (?:that )?(?:he|she|"
        r"they|he'?s|she'?s|they'?re)(?:'ll| will|'d| would|'s going to| is going to|'s gonna| are going to|'re going "
        r"to|'re gonna) (?:\w+ ){0,2}(?:beat me up|batter me|jump me|beat me|punch me|smash my face|slit my throat|"
        r"break my (?:legs?|arms?|neck|face|jaw))|"
        r"\b(?:and|then|also|sometimes|often|always|even) (?:\w+ )?(?:hits|slaps|slapped|punches|punched|kicks|kicked|"
        r"chokes|choked|beats|strangles|strangled|shoves|shoved|smacks|smacked) me\b|"
        r"(?:has been|have been|keeps|kept|been|started|keeps on) touching me\b|"
        r"(?:sending|sent|sends|send|leaving|leaves|left) me (?:death threats|threats|threatening (?:messages|texts|"
        r"voicemails|letters))|(?:i'?m|im|i am|i'?ve been|ive been|i have been|i keep|i) (?:getting|receiving|got|get) "
        r"(?:death threats|threats|threatening (?:messages|texts|voicemails|letters)) (?:from|off) (?:him|her|my|them)|"
        r"(?:keeps |kept |keep )?(?:coming|came|walking|walks|comes|barging) into the (?:bathroom|shower) when i'?m|"
        r"when i'?m (?:showering|in the shower|in the bath|getting changed|changing|asleep)\b[^.!?\n]{0,20}?(?:he|she) "
        r"(?:comes|walks|watches|touches|gets)|"
        r"(?:threw|throws|thrown|throwing|hurled|chucked) (?:a |the |his |her )?(?:knife|knives|plate|plates|glass|"
        r"bottle|chair|mug|phone|shoe|remote|pan|lamp|things|stuff) at (?:me|my head|my face|us)\b|"
        r"(?:watches|watched|watching|films|filmed|filming|records|recorded|photographs|photographed|spies on|"
        r"spied on|peeps at|looks at|stares at) me (?:in the (?:shower|bath|bathroom)|when i'?m (?:showering|changing|"
        r"getting changed|naked|undressed|in the (?:shower|bath))|(?:get|getting) changed|undress)|"
        r"(?:smashing|throwing|breaking|punching) (?:things|stuff|plates|glasses|furniture|holes in (?:the )?walls?)"
        r"[^.!?\n]{0,40}?(?:at me|screaming|shouting|yelling|scared|terrified|hiding)",
        unless=r"(?:lol|haha|lmao|at (?:chess|fifa|cards|the game)|in (?:the|a) (?:race|game|match)|pillow|"
               r"snowball|ball|play ?fight\w*|tickl\w*|reality|it hits me|hits me (?:hard|that|how)|realis\w*|"
               r"realiz\w*|the (?:song|music|wave|wind|smell|heat|cold)|touching me (?:up|base)|debt|scam|spam|bank|"
               r"bailiff|the dog|the cat|toddler|my (?:son|daughter|kid|baby)|(?:touching|touched) (?:my heart|"
               r"me deeply)|emotionally)",
        first_person=False, negatable=False, past=_PAB,
    ),
    Rule(
        "ed-more", _ED, _C,
        r"(?:haven'?t|havent|have not|not been|not|barely|hardly|didn'?t) (?:eaten|eating|eat|ate|had (?:any )?food)"
        r"[^.!?\n]{0,60}?\b(?:{symptom}|going to (?:pass out|faint|collapse))|"
        r"{symptom}[^.!?\n]{0,40}?\b(?:haven'?t|havent|have not|not been|barely|hardly) (?:eaten|eating)\b"
        r"(?: (?:properly|anything|much))? (?:in|for) (?:days|weeks|\d+|a (?:week|few days))|"
        r"(?:going to|gonna|will|i'?ll|want to|wanna|need to|have to|plan to) (?:just )?(?:stop eating|quit eating|"
        r"not eat (?:anything|at all|for))(?! (?:meat|sugar|junk|dairy|gluten|carbs|out|after|before|late|so late|"
        r"at night|takeaways?|crisps|chocolate))|"
        r"\bstopped eating(?={end}| (?:completely|altogether|again|because|so|to|since|for))|"
        r"binge\w* (?:and|then|&) (?:then )?(?:throw|threw|purge|purging|puke|vomit|make myself sick)|"
        r"if (?:the (?:number|scale|scales)|my weight) (?:goes|went|is|has gone) up[^.!?\n]{0,30}?(?:don'?t|won'?t|"
        r"can'?t|not) (?:eat|let myself eat)|"
        r"weigh myself (?:\d+|two|three|four|five|six|ten|twenty|so many) times a day",
        unless=r"(?:ramadan|yom kippur|lent|surgery|colonoscopy|stomach bug|food poisoning|norovirus|flu\b|"
               r"hangover|pregnan\w*|morning sickness|chemo|meat|vegan|vegetarian|since (?:breakfast|lunch|this "
               r"morning)|too busy|the dog|the cat|my (?:son|daughter|baby|toddler)|busy at work)",
        past_drop=True,
    ),
)

_FAMILIES_8: tuple[Rule, ...] = (
    Rule(
        "buying-means", _PLAN, _C,
        r"(?:bought|buying|buy|got|picked up|getting) (?:\w+ ){0,2}(?:packs?|boxes|box|bottles?|packets?) of {meds}"
        r"[^\n]{0,120}?(?:(?:another|other|different|next|second) (?:chemist|pharmacy|shop|store|supermarket|tesco|"
        r"boots|superdrug|walgreens|cvs)|so (?:they|she|he|nobody|no one) (?:wouldn'?t|won'?t|didn'?t|doesn'?t) "
        r"(?:ask|notice|suspect)|(?:two|three|four|\d) more\b)|"
        r"(?:another|more|an extra|extra) (?:box|pack|packet|bottle|strip)[^.!?\n]{0,40}?(?:got|have|'ve got) enough\b",
        unless=r"(?:for (?:my|the|a) (?:headache|cold|flu|period|cramps|back|pain|migraine|fever|allergies|"
               r"holiday|trip|first aid|the kids)|hay ?fever|vitamins?|nappies|formula|for the (?:dog|cat)|offer|"
               r"deal|buy one get one|bogof|stock(?:ing)? up for)",
        past=_PS,
    ),
    Rule(
        "farewell-note", _PLAN, _C,
        r"(?:sorry|love (?:you|u))[^\n]{0,60}?(?:this|it) (?:is ?n'?t|is not|was ?n'?t|was not|'s not) (?:your|"
        r"anyone'?s|anybody'?s|any of your) fault|"
        r"(?:saying|said|say) (?:my )?goodbyes?(?: to (?:\w+ ){0,2}\w+)? without (?:them|him|her|anyone|everyone|people|"
        r"anybody) (?:knowing|realising|realizing|noticing)|"
        r"(?:going to|gonna|will|i'?ll|about to|ready to) jump(?= tonight| today| now| tomorrow| soon|{end})",
        unless=r"(?:break ?up|broke up|relationship|dumped|we'?re done|argument|fight|divorce|cheat\w*|spilt|"
               r"spilled|broke (?:the|your)|late|forgot|parachute|skydiv\w*|bungee|trampoline|pool|hurdles?|horse|"
               r"queue|gun|ship|into bed|on the|at the|in the|off the diving|lake|river swim|plane)",
        first_person=False, past=_PS,
    ),
    Rule(
        "ideation-more", _ID, _C,
        r"(?:idc|i don'?t care|i dont care|dont care|don'?t even care|i do not care) (?:any ?more )?(?:if|whether) i "
        r"(?:die|live|wake up|make it|get hit|crash|don'?t wake up)(?! (?:trying|of|from|laughing|on))|"
        r"better off [^.!?\n]{0,40}?\b(?:me|i'?m|i was|i were) (?:not (?:in the picture|around|here|alive|in their "
        r"lives)|gone|dead)\b|"
        r"all i (?:can )?(?:think|thought) about (?:is|was) (?:death|dying|killing myself|ending it|ending my life|"
        r"not being here|how to die|being dead|suicide)",
        unless=r"(?:lol|haha|game|video ?game|roller ?coaster|exam|test)",
        first_person=False, past=_PS,
    ),
    Rule(
        "sh-more", _SH, _C,
        r"(?:dragg\w*|drag|scrap\w*|press\w*|dig\w*|dug|ran|run|running|pull\w*|push\w*) (?:it|them) (?:hard )?"
        r"(?:across|along|into|over|down|up|against) my (?:own )?{body}|"
        r"(?:\d+|two|three|four|five|six|some|a few|more|loads of) new (?:ones|cuts|scars|burns|marks)\b(?! (?:on my "
        r"(?:phone|car)))",
        unless=r"(?:water|tap|cream|lotion|moistur\w*|hand ?cream|fingers|ice|massage|brush|comb|sponge|loofah|"
               r"tattoo|piercing|song|episode|plants|shoes|clothes|friends|puppy|kitten|the cat|tyres?|scratch(?:es)? "
               r"on (?:the|my) car)",
        first_person=False, past=_PSH,
    ),
    Rule(
        "danger-even-more", _AB, _C,
        r"(?:cornering|cornered|corners|groping|groped|gropes|grope) me\b|"
        r"grabbing me\b(?! (?:a|some|coffee|lunch|food|a drink|dinner|by the hand to|for a hug))|"
        r"(?:scared|afraid|terrified|too scared|frightened) to (?:leave|come out of|go out of) my (?:room|bedroom|"
        r"house|flat)|"
        r"(?:said|says|told me|threaten\w*|texted|messaged) (?:that )?if i (?:don'?t|dont|do not|won'?t|refuse to) "
        r"(?:\w+ ){1,3}(?:he|she|they)(?:'ll| will|'d| would|'s going to| is going to|'s gonna) (?:\w+ ){0,2}"
        r"(?:tell|show|send|post|leak|share|expose|hurt|kill|beat|leave me|take)",
        unless=r"(?:lol|haha|lmao|surprise|party|birthday|homework|chores|tidy|clean my room|the dog|the cat|puppy|"
               r"toddler|baby|my (?:son|daughter|kid)|spider|wasp|storm|thunder|rain|snow|exam|pay (?:him|her) back|"
               r"reply|text back|answer)",
        first_person=False, negatable=False, past=_PAB,
    ),
    Rule(
        "ed-even-more", _ED, _C,
        r"(?:sick(?:ing|ed)? up|bring(?:ing)? up|brought up|throw(?:ing)? up|threw up|puk(?:e|ing|ed)|vomit(?:ing|ed)?) "
        r"(?:my |all my |all of my )?(?:tea|dinner|lunch|breakfast|food|meals?|everything)\b[^.!?\n]{0,30}?"
        r"(?:every (?:night|day|time|meal)|after (?:every|each|i eat)|again|on purpose|since|so i (?:don'?t|won'?t))|"
        r"(?:living|surviving|existing|live|survive) on (?:\d+ |one |two |three |half an? |just |only )?(?:apples?|"
        r"rice cakes?|crackers?|black coffee|water|diet coke|gum|lettuce|cucumbers?|celery|\d+ (?:calories|cals))"
        r"(?: a day| for (?:days|weeks|a week|a month|\d+))|"
        r"(?:fast|fasting|starve|starving|restrict|restricting|not eat|not eating|stop eating) (?:until|till|til) "
        r"(?:i (?:hit|reach|get (?:down )?to|weigh|see|am)|i'?m) |"
        r"(?:until|till|til) i (?:hit|reach|get (?:down )?to|weigh) \d+ ?(?:kg|kgs|kilos?|lbs?|pounds|stone)\b|"
        r"(?:scale|scales) (?:says|said|shows|showed|read|reads) \d+[^.!?\n]{0,50}?(?:cried|hate|disgust|fat|not "
        r"(?:low|enough)|wasn'?t|isn'?t|still)",
        unless=r"(?:stomach bug|food poisoning|norovirus|flu\b|hangover|drunk|pregnan\w*|morning sickness|chemo|"
               r"migraine|motion sickness|seasick|carsick|baby|toddler|my (?:son|daughter|kid|dog|cat)|the (?:dog|"
               r"cat)|ramadan|lent|surgery|doctor|dietitian|lost|happy|proud of my (?:progress|recovery)|"
               r"brought up (?:the|a|my|it|this|that|in)|bring(?:ing)? up (?:the|a|my|it|this|that))",
        past_drop=True,
    ),
)

# Families the third blind table (tests/data/safety_blind_tune3.tsv, session 3) showed missing: each phrased so that
# its everyday senses do not match (checked on every sad-but-safe row and on 5,426 everyday comments).
_FAMILIES_9: tuple[Rule, ...] = (
    Rule(
        "out-of-life", _ID, _C,
        r"\b(?:want|need|wanna|wish i (?:was|were|could get)|just want) out\b[^\n]{0,60}?\bout of (?:this )?"
        r"(?:life|existence|living)\b|"
        r"\b(?:want|need|wanna) out of (?:this )?(?:life|existence)\b|"
        r"\bif (?:i (?:had|was|were) (?:the |more )?(?:guts|courage|nerve|braver|brave enough|strong enough)|it "
        r"(?:wasn'?t|weren'?t) for (?:my|the) (?:kids|children|son|daughter|baby|mum|mom|dad|parents|family|dogs?|cats?|"
        r"pets?|partner|wife|husband|sister|brother|friends?|boyfriend|girlfriend|nan|gran)),? i'?d (?:be|have been) "
        r"(?:gone|dead)\b(?! (?:to|off|out|home|away|abroad|on holiday|travell?ing))",
        unless=r"(?:out of (?:this )?life (?:is|was)|lol|haha)",
        past=_PS,
    ),
    Rule(
        "dying-as-comfort", _ID, _C,
        r"\b(?:the )?(?:thought|idea|thoughts) of (?:dying|death|being dead|not waking up) (?:\w+ ){0,2}(?:is|feels|seems|"
        r"has become|gives me) (?:like )?(?:the only |my only |a |such a |so much )?(?:comfort|comforting|relief|"
        r"peace|peaceful|escape|calm)\b|"
        r"\b(?:think|thinking|thought) (?:about|of) (?:dying|death|being dead|killing myself|not existing) (?:more "
        r"than (?:i think about )?(?:anything|everything)|all the time|constantly|every (?:day|night|hour)|"
        r"nonstop|non-stop|24/7|most (?:days|nights))\b",
        unless=r"(?:scares|scared|terrif\w*|afraid|fear|anxiety|health anxiety|hypochondria|my (?:mum|dad|mother|"
               r"father|nan|gran|grandma|grandad|grandpa|dog|cat)|grief|grieving|funeral|philosophy|essay|book|film)",
        past=_PS,
    ),
    Rule(
        "sh-burn-hold", _SH, _C,
        r"\b(?:held|hold|holding|pressed|press|pressing|kept|keep|put) my (?:hand|hands|arm|arms|fingers?|wrist|palm|"
        r"thigh) (?:on|against|over|under|in) (?:the |a )?(?:hob|stove|hot plate|iron|kettle|flame|candle|lighter|"
        r"boiling water|radiator|oven)\b[^.!?\n]{0,60}?(?:as long as|until|till|on purpose|again|wanted|deserve|"
        r"punish|stand it|to feel)",
        unless=r"(?:by accident|accident\w*|didn'?t (?:notice|realise|realize|see)|forgot|oops|ouch)",
        past=_PSH,
    ),
    Rule(
        "sh-want-blade", _SH, _C,
        r"\b(?:want|need|crave|craving|wanting|needing) (?:a|the|my|some) (?:blade|blades|razor blade|razor blades)\b|"
        r"\bnew (?:ones|cuts|marks|scars|burns) on my (?:wrists?|arms?|forearms?|thighs?|legs?|stomach|hips?)\b",
        unless=r"(?:shav\w*|cat|kitten|dog|puppy|scratch\w*|bramble\w*|thorn\w*|rose|garden\w*|climb\w*|surgery|"
               r"stitches|mosquito|bites?|rash|eczema|tattoo\w*|sunburn\w*|cooking|oven glove)",
        past=_PSH,
    ),
)

RULES = RULES + _FAMILIES_4 + _FAMILIES_5 + _FAMILIES_6 + _FAMILIES_7 + _FAMILIES_8 + _FAMILIES_9

# Families the fourth blind table (tests/data/safety_blind_tune4.tsv, session 4) showed missing: long, flat,
# euphemistic or non-native writing.  Each is phrased by what it means, not by the table's words, and checked on
# every sad-but-safe row of the tables and on 5,426 everyday comments.
_FAMILIES_10: tuple[Rule, ...] = (
    Rule(
        "want-dead-adverb", _ID, _C,
        r"\b(?:want|wanted|wanna|need|wish)(?: (?:so|so much|so badly|really|badly|honestly|desperately|just))+ "
        r"(?:to )?(?:be dead|die|not (?:be )?alive|not exist|stop existing)\b(?! (?:of|from|laughing|inside))|"
        r"\b(?:i )?(?:not|no|don'?t|dont) (?:want|wanna) live (?:any ?more|no more|any ?longer)\b|"
        r"\b(?:to die|dying|death|being dead) (?:is|would be|will be|seems|feels) (?:so much |much |far )?better "
        r"than (?:this|living|being alive|this life|this pain|life)\b|"
        r"\b(?:press|push|pressed) a button and (?:\w+ ){0,2}(?:not (?:be alive|exist|be here|wake up)|stop "
        r"existing|die|be gone|cease to exist)\b|"
        r"\b(?:tired|sick) of being alive\b|"
        r"\b(?:don'?t|do not|dont) want to (?:go on|carry on|live|keep living|keep going) without (?:her|him|them|my "
        r"\w+)(?=[.!?,;\n]|$)|"
        r"\bshould have died\b[^.!?\n]{0,60}?\bi want to (?:now|too)\b",
        unless=r"(?:die (?:of|from) (?:embarrass\w*|shame|cringe|laugh\w*)|lol|haha|lmao|meme)",
        past=_PS,
    ),
    Rule(
        "not-waking-hope", _ID, _C,
        r"\bwhy (?:do|did|must|should) i (?:have to |even |still |keep )+(?:wake up|waking up|be alive|exist|"
        r"breathe)\b|\b(?:woke|wake|waking) up again[.!,]* ?(?:disappointed|gutted|sadly|unfortunately|damn(?:it| it)?|"
        r"ugh|fuck)\b|"
        r"\b(?:hop|pray|wish)\w* (?:\w+ ){0,3}(?:that )?my heart (?:will|would|might|could)? ?(?:just |simply )?stops?\b|"
        r"\b(?:go(?:ing)? to (?:sleep|bed)|fall(?:ing)? asleep|lie down)[^.!?\n]{0,30}?(?:hop|pray|wish)\w* "
        r"(?:that'?s it|thats it|this is it|it'?s over|i don'?t wake|i dont wake|not to wake|i won'?t wake|it'?s the "
        r"last)",
        unless=r"(?:alarm|snooze|early shift|lol|haha|exam results|interview|heart rate|palpitations)",
        past=_PS,
    ),
    Rule(
        "giving-away", _PLAN, _C,
        r"\b(?:gave|giving|given|give|sold|selling) (?:away )?(?:my|all my|the) (?:\w+ ){0,2}(?:to|away)\b[^\n]{0,60}?"
        r"(?:(?:won'?t|wont|don'?t|doesn'?t|didn'?t|will not|does not) (?:understand|know|realise|realize|get) why|"
        r"(?:think|thinks|believe|believes) i'?m (?:moving|going away|leaving)[^\n]{0,40}?i'?m not|"
        r"after (?:i'?m|i am) gone|when i'?m (?:gone|not here)|won'?t need (?:it|them) (?:any ?more|where i'?m going))|"
        r"\b(?:cards?|letters?) for (?:every|each) (?:year|birthday)\b[^.!?\n]{0,30}?(?:until|till|up to|to) "
        r"(?:they'?re|she'?s|he'?s|they are|she is|he is|\d+|18|21)|"
        r"\bso (?:he|she|they) can close (?:down )?(?:all )?my (?:accounts|bank accounts?|social media|email|"
        r"facebook|profiles?)\b|\bclose (?:down )?my accounts (?:after(?:wards)?|when i'?m gone|once i'?m gone)|"
        r"\b(?:the |a |my )?(?:letter|note|letters|notes) (?:for|to) \w+(?: and \w+)? (?:is|are) (?:in|under|on|inside|"
        r"behind|by) [^.!?\n]{0,40}?(?:he|she|they)(?:'ll| will) (?:find|see|get) (?:it|them)\b",
        unless=r"(?:charity|car boot|moving house|downsiz\w*|declutter\w*|spring clean|new (?:flat|house|home|job)|"
               r"emigrat\w*|abroad|uni\b|university|will (?:writing|solicitor)|solicitor|birthday present|"
               r"christmas|surprise)",
        first_person=False, past=_PS,
    ),
    Rule(
        "method-prep", _PLAN, _C,
        r"\b(?:tied|tie|tying|made|making|make) (?:a |the )?(?:knot|loop) in (?:the|my|a) (?:belt|rope|cord|cable|"
        r"scarf|sheet|dressing gown cord)\b|"
        r"\btested (?:it|the (?:belt|rope|noose|knot|cord|scarf)) on (?:the |my )?(?:wardrobe|door|banister|beam|"
        r"hook|tree|closet|rail|bunk)|"
        r"\b(?:looked up|googled|searched|researched|checked|worked out|calculated) how (?:many|much) (?:of )?(?:my "
        r"|the |those |these )?(?:\w+ ){0,3}{meds}\b[^.!?\n]{0,20}?(?:it would take|it'?d take|would (?:kill|do it|be "
        r"enough|be fatal)|to die|(?:is|are|would be) (?:fatal|lethal|enough))",
        unless=r"(?:dog|cat|the vet|for (?:my|the) (?:trip|holiday|flight)|knitting|sailing|scouts?|climbing|camping)",
        past=_PS,
    ),
    Rule(
        "sh-tool-on-body", _SH, _C,
        r"\b(?:used|use|using|took|take|taking|dragged|drag|ran) (?:my |a |the |an old )?{tool}(?: \w+){0,4} "
        r"(?:on|to|across|against|along|over|into) my (?:own )?(?:upper |lower |left |right |inner )?{body}\b|"
        r"\bwent (?:too |a bit |way |a lot |much )?deep(?:er)? (?:than (?:usual|before|ever|last time|i meant|i "
        r"wanted|normal)|this time)\b|"
        r"\bsh'd\b|\bsh(?:-ed|'ed) (?:again|tonight|today|last night)\b|"
        r"\b(?:another|one more|a fresh|fresh) new (?:scar|cut|burn|mark)\b|"
        r"\bcut (?:again )?for the first time (?:in|since)\b|"
        r"\b(?:put|pressed|held|placed|laid) my (?:palm|hand|arm|fingers?|wrist) (?:down )?(?:flat )?on (?:the |a )?"
        r"(?:hob|stove|hot plate|iron|kettle|oven door|grill|radiator)\b[^\n]{0,80}?\bon purpose\b|"
        r"\bi (?:\w+ )?cut myself (?:\w+ ){0,4}with (?:the |a |my )?(?:knife|razor|blade|scissors|glass)\b"
        r"(?=[^.!?\n]{0,80}?(?:again|to feel|not to die|punish|deserve|on purpose|so i|because))|"
        r"\bi again cut\b|\b(?:make|made|making) cuts (?:on|in|into) my (?:\w+ )?{body}\b",
        unless=r"(?:shav\w*|cook\w*|chopp\w*|onions?|vegetables|salad|by accident|accident\w*|surgery|stitches "
               r"out|hair|fringe|cake|pizza|crafts?|sewing|paper|gardening|pruning|roses|tattoo|piercing|"
               r"sunburn\w*|oven glove|burnt the toast)",
        past=_PSH,
    ),
    Rule(
        "abuse-now-more", _AB, _C,
        r"\b{abuser} {filler}(?:comes|came|coming|sneaks|sneaking|creeps|creeping) in(?:to)? my (?:room|bed|"
        r"bedroom)\b[^.!?\n]{0,40}?(?:touch\w*|at night|when (?:mum|mom|everyone)'?s? (?:asleep|out|at work))|"
        r"\b{abuser} {filler}(?:pinned|pins|pinning|held|holds|holding) me (?:down|to the (?:floor|bed|wall|ground)|"
        r"against the (?:wall|door|floor))|"
        r"\bnext time (?:he|she|they)(?:'ll| will| is going to|'s going to|'re going to) (?:use|get|bring) (?:the |a |"
        r"his |her |their )?(?:knife|gun|belt|bat|hammer|axe)\b|"
        r"\b(?:beat|beats|hit|hits|kick|kicks|slap|slaps|punch|punches|burn|burns) me (?:when|if|whenever|every time)"
        r" (?:i|the|my|dinner|food)\b|"
        r"\b(?:forced|made|pressured) me\b[^.!?\n]{0,60}?(?:even (?:after|though|when) i (?:said|told (?:him|her)) "
        r"(?:no|stop)|when i said (?:no|stop))|\beven (?:after|though|when) i said no\b[^.!?\n]{0,30}?(?:he|she|they) "
        r"(?:kept|carried|did it|forced|didn'?t stop|wouldn'?t stop)|"
        r"\b(?:said|says|told me) i (?:wasn'?t|was not|am not|'m not|ain'?t|wasnt) (?:going|leaving) anywhere\b|"
        r"\bknows? where (?:my \w+|i|we) (?:lives?|live|work|go to school|sleep)\b[^.!?\n]{0,80}?(?:happen|hurt|kill|"
        r"if i (?:go|tell|call|leave))|"
        r"\b(?:posted|shared|leaked|put) my (?:home )?address (?:online|on|everywhere|in)\b|"
        r"\b(?:pushed|put|moved|jammed|wedged|dragged) (?:the |a |my )?(?:chest of drawers|drawers|chair|wardrobe|"
        r"desk|bed|dresser|table|bookcase) (?:against|under|in front of) (?:the|my) (?:door|handle)|"
        r"\b(?:someone|somebody|a man|a guy|he|they) (?:is|'s|are|'re|keeps?) (?:trying|rattling|trying to open|banging "
        r"on|kicking|forcing) (?:the |my )?(?:handle|door|window|lock)s?\b[^\n]{0,60}?(?:right now|i'?m (?:alone|on my "
        r"own|home alone|by myself)|terrified|so scared|hiding)|"
        r"\bblackmail(?:ed|ing)? (?:me )?with (?:a |my |the |some )?(?:video|photos?|pics?|pictures|nudes|"
        r"recording)|"
        r"\bgives? me (?:\w+ )?(?:vapes|money|alcohol|drugs|weed|gifts|presents)\b[^.!?\n]{0,40}?makes? me do "
        r"(?:stuff|things)|"
        r"\b(?:found|find) (?:an? )?(?:airtag|air tag|tracker|tracking device|gps tracker)\b|"
        r"\b(?:unknown|private|blocked|new|different) numbers?\b[^.!?\n]{0,60}?(?:knows?|knew) (?:exactly )?"
        r"(?:what i'?m wearing|where i (?:am|live|work|was)|what i wore)|"
        r"\b(?:been|was|is|keeps? (?:being|standing|waiting|sitting|parking)) outside my (?:flat|house|home|work|"
        r"door|window|school)\b[^.!?\n]{0,30}?(?:(?:three|two|four|five|\d|several|every|all) (?:nights?|days?|"
        r"times?)|again|every)|"
        r"\b(?:have|has|need) to ask (?:his |her |their |for )?permission (?:to|before) (?:buy|go|see|leave|spend|eat|"
        r"use|wear|call)|"
        r"\b(?:tracks?|tracking|checks?|reads?|reading|goes through) (?:where i am|my location|all my (?:messages|"
        r"texts|emails))\b",
        unless=r"(?:lol|haha|lmao|play ?fight\w*|wrestl\w*|tickl\w*|game|judo|jiu|karate|rugby|football|the dog|"
               r"the cat|puppy|toddler|baby|my (?:son|daughter|kid)|find my (?:phone|iphone)|lost (?:my )?(?:keys|"
               r"wallet|bag)|my (?:mum|mom|dad|parents) (?:track|check)|life360|for (?:my|the) (?:kids?|son|"
               r"daughter)|amazon|parcel|delivery)",
        first_person=False, past=_PAB,
    ),
    Rule(
        "ed-now-more", _ED, _C,
        r"\brestrict(?:ing|ed)? (?:so |really )?(?:hard|heavily|again|rn|right now|more|so much)\b|\bugw\b|"
        r"\b(?:ate|eat|eaten|made me eat|had to eat|forced to eat)\b[^.!?\n]{0,60}?(?:so i (?:went and )?|then (?:i )?|"
        r"and (?:then )?(?:i )?)(?:got rid of|get rid of|threw (?:it |that )?up|throw (?:it |that )?up|purged?|sick(?:ed)? "
        r"it up)|"
        r"\b(?:eat|ate|eating|have|had|having) only (?:one|an?|half an?|\d+) (?:\w+ )?\w+ (?:a|per|each) day\b|"
        r"\bstop(?:ped)? eating (?:except|apart from|other than|besides)\b|"
        r"\b(?:throw|threw|throwing|bring|brought|sick|sicking) (?:that|it|them|this|everything) up\b[^.!?\n]{0,40}?"
        r"(?:before|after|in the (?:toilet|bathroom|loo|changing rooms?))|"
        r"\b(?:can'?t|won'?t|don'?t|cannot) (?:let|allow) myself (?:to )?(?:eat|have (?:food|dinner|lunch|breakfast|a "
        r"meal|anything))\b|"
        r"\b(?:haven'?t|have not|not|didn'?t) eat(?:en)? (?:anything )?(?:in|for) (?:\d+|two|three|four|five|six|seven|"
        r"several) days\b[^\n]{0,60}?(?:dizzy|faint\w*|passed out|black(?:ed)? out|shaking|heart|winning|proud)",
        unless=r"(?:stomach bug|food poisoning|norovirus|flu\b|hangover|drunk|pregnan\w*|morning sickness|chemo|"
               r"migraine|motion sickness|seasick|carsick|baby|toddler|my (?:son|daughter|kid|dog|cat)|the (?:dog|"
               r"cat)|ramadan|lent|surgery|colonoscopy|doctor|dietitian|gluten|dairy|allerg\w*|carbs|sugar|"
               r"restrict(?:ing|ed)? (?:access|my (?:screen|phone)|screen))",
        past_drop=True,
    ),
    Rule(
        "hopeless-yet-more", _HOPE, _N,
        r"\b(?:i'?m |im |i am |i feel like (?:i'?m |im )?|like i'?m |feel like )(?:just |such |nothing but )?(?:a |an )?"
        r"(?:weight around (?:[\w']+ )?necks?|drain on (?:everyone|everybody|my \w+|them|people)|waste of (?:space|"
        r"oxygen|air)|taking up space)\b|"
        r"\b(?:so |too )?tired of (?:fighting|trying|struggling|being strong)(?= *(?:[.!?,;\n]|$| any ?more| so hard))|"
        r"\bnothing left (?:in me|inside me|to give)\b|"
        r"\bno (?:hope|future) (?:for|in) (?:the|my) future\b|\bi (?:feel|have|see) no (?:hope|future)\b|"
        r"\b(?:can'?t|cannot) (?:picture|see|imagine) (?:a|any|my) future\b|"
        r"\bnothing (?:left )?to look forward to(?! (?:this|next|at|on|until|till|tomorrow|tonight|today))|"
        r"\bno light at the end of (?:the|this|my) tunnel\b|"
        r"\b(?:i'?m|im|i am|i feel) (?:so |completely |just |totally )?(?:empty|numb)[.!,]* (?:i )?(?:don'?t|can'?t|"
        r"cant|dont) feel anything\b|"
        r"\bwhy (?:even )?bother(?: trying| any ?more)?(?= *(?:[.!?\n]|$))",
        unless=r"(?:lol|haha|lmao|fighting (?:with|over|about)|tired of fighting (?:with|over|about)|this "
               r"(?:weekend|week|month)|holiday|dentist|meeting|exam|commute|washing up|dishes)",
        past_drop=True,
    ),
    Rule(
        "past-more", _PAB, _N,
        r"\b(?:abused|molested|raped|hurt|hit|beat|touched) me when i was (?:[3-9]|1[0-7]|three|four|five|six|seven|"
        r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|a (?:kid|child|teen(?:ager)?|"
        r"little girl|little boy)|little|young)\b|"
        r"\bused to (?:control|decide|check|track) (?:what i|who i|where i|my)\b|"
        r"\b(?:stalked|followed|harass\w*) me for (?:about |nearly |almost |over )?(?:a year|years|months|\d+ (?:years|"
        r"months))\b",
        unless=r"(?:lol|haha|game)",
        first_person=False, negatable=False,
    ),
)

_FAMILIES_10 += (
    Rule(
        "old-kit", _PSH, _N,
        r"\b(?:my |the )?old (?:razor|razors|blade|blades|sh) (?:box|tin|kit|stash|pouch)\b|"
        r"\b(?:my |the )?(?:razor|blade|sh) (?:box|tin|kit|stash) (?:i used to|from (?:back )?(?:then|when))",
        negatable=False,
    ),
)

RULES = RULES + _FAMILIES_10

# Families the fifth blind table (tests/data/safety_blind_tune5.tsv, session 4: forum and social-media voices)
# showed missing — method questions, filter-dodging spellings, preparing for after, coercive control, trafficking,
# neglect, pro-ana tips — checked as the others were.
_FAMILIES_11: tuple[Rule, ...] = (
    Rule(
        "method-question", _PLAN, _C,
        r"\bhow (?:many|much) (?:of )?(?:my |the |these |those )?(?:\w+ ){0,2}{meds}\b[^.!?\n]{0,30}?(?:would it take|"
        r"does it take|would (?:kill|do it)|to (?:die|od|overdose|end it)|(?:is|are) (?:fatal|lethal|enough|a lethal))|"
        r"\b(?:is it|would it be|does it) (?:\w+ )?(?:painful|quick|instant|fatal|hurt)\b[^.!?\n]{0,12}?(?:to )?(?:jump|"
        r"hang|drown|overdose|od|bleed out|die) (?:from|off|of|in|by|with)\b|"
        r"\bhow (?:long|quickly|fast) (?:does|would|will|do) (?:it take (?:for )?)?(?:antifreeze|bleach|paracetamol|"
        r"tylenol|an overdose|pills|tablets|hanging|carbon monoxide|charcoal|poison) (?:to )?(?:work|kill|take effect|"
        r"kick in)\b|"
        r"\b(?:is|are) (?:the |a |my |this )?(?:\w+ ){0,4}?(?:bridge|building|balcony|roof|cliff|car park|multi-?storey)"
        r"\b[^.!?\n]{0,25}?\bhigh enough\b|"
        r"\bhow deep (?:do )?(?:you|i|u) (?:need|have|got) to (?:go|cut)\b|"
        r"\bcharcoal (?:and|&) (?:the )?(?:duct )?tape\b|\btape (?:for|round|around) the (?:car )?(?:door|vents?|window)\b",
        unless=r"(?:for (?:a|my) (?:story|novel|book|essay|assignment|class|character|script)|\bbbq\b|barbecue|"
               r"grill|dog|cat|the vet|asking for a (?:friend|story) (?:lol|haha)|kite|drone|bungee|dive|diving|"
               r"climb\w*|abseil\w*)",
        first_person=False, past=_PS,
    ),
    Rule(
        "after-me", _PLAN, _C,
        r"\b(?:won'?t|wont|will not|not going to) be (?:around|here|alive) (?:for|by|at|on|to see) (?:christmas|xmas|"
        r"new year|my birthday|(?:her|his|their|mum'?s|mom'?s|dad'?s|my \w+'?s) birthday|the holidays|"
        r"thanksgiving|easter|next (?:week|month|year)|the weekend|graduation|summer)\b|"
        r"\bwhoever (?:has to|will have to|needs to|gets to) (?:clear|clean|sort|go) (?:out |through )?my (?:room|"
        r"flat|stuff|things|house|apartment|belongings)\b|"
        r"\b(?:this is|this'?ll be|this will be) the last time i(?:'ll| will)? (?:post|write|be on|log on) (?:here|on "
        r"here|in (?:this|here))\b|"
        r"\btell (?:my )?(?:\w+ ){0,2}(?:i love (?:her|him|them|you)|i'?m sorry)\b[^.!?\n]{0,30}?(?:if|when) (?:anyone|"
        r"someone|you|somebody)\b|"
        r"\b(?:had|have|keep|kept|hidden|hid|got) (?:the |a |some )?rope (?:in|under|hidden in|in the back of) my "
        r"(?:trunk|car|boot|bag|wardrobe|closet|room|drawer)\b|"
        r"\bpermanent solution (?:is|looks|seems|starting|feels|sounds)\b|"
        r"\b(?:swallowed|took|taken|downed|necked) (?:them|it)[.!,]* (?:like |about |maybe |nearly )?(?:half|all|most) "
        r"(?:of )?(?:the|a) (?:bottle|pack|box|packet|strip)\b",
        unless=r"(?:holiday|trip|travel\w*|abroad|away for|working|on shift|deployment|deployed|moving|new job|"
               r"exchange|semester|festival|wedding|camping|lol|haha|hair|paint|dye|tattoo|storage|sailing|climbing)",
        first_person=False, past=_PS,
    ),
    Rule(
        "ideation-spelt", _ID, _C,
        r"\bsu(?:[1!*]c[i1!*]|ic[1!*])d(?:e|al|ality)\b|\bk\*+ll(?:ing|ed)? (?:my ?self|myself)\b|"
        r"\b(?:want|wanting|wanna|wish|wished)\w* (?:to )?d[!1*]e\b|"
        r"\b(?:thinking|think|thought|thoughts) about (?:catching|catch) the bus\b|"
        r"\b(?:press|push) a button and disappear (?:forever|for good|permanently)\b|"
        r"\b(?:hope|hoping|wish|pray(?:ing)?) (?:that )?(?:the|my) (?:plane|flight|car|bus|train) crashes\b|"
        r"\b(?:god|lord|jesus|universe)\b[^.!?\n]{0,40}?\b(?:please |just )+(?:take me|let me die|end it)\b|"
        r"\bdisappear (?:like|as if) i (?:was|were|had) never (?:here|been here|born|existed)\b|"
        r"\b(?:jealous|envious) of (?:people|those|anyone|everyone) who (?:die|died|get to die|are dead|don'?t wake up)\b",
        unless=r"(?:lol|haha|lmao|jk|song|film|movie|game|story|character|news|article)",
        past=_PS,
    ),
    Rule(
        "sh-signs", _SH, _C,
        r"(?:^|[.!?]\s+)cutting again\b|"
        r"\b(?:got|bought|ordered|picked up) (?:some )?new (?:blades|razors|razor blades|sharpeners)\b|"
        r"\b(?:bit|bite|biting|bitten) (?:into )?my (?:own )?{body}\b[^.!?\n]{0,40}?(?:bleed|blood|marks|so hard|"
        r"when i panic|on purpose)|"
        r"\b(?:did|made|gave myself|do) (?:them|these|the burns|burns) with (?:the |a |my )?(?:curling iron|"
        r"straighteners|lighter|iron|cigarette|hot spoon|kettle)\b|"
        r"\b(?:opened|reopened|reopen|re-opened|opening|open) (?:up )?(?:the |my )?(?:old )?(?:scars|cuts|wounds)\b|"
        r"\b(?:pressing|press|picking|pick|poking|digging) (?:on|at|into) (?:my |yesterday'?s |the |last night'?s )?"
        r"(?:cuts|wounds|scabs|burns)\b|\bneed to feel pain to feel (?:real|alive|something)\b|"
        r"\beraser burns?\b",
        unless=r"(?:shav\w*|lawn ?mower|craft|stanley|skates?|surgery|stitches out|the dog|the cat|puppy|kitten|"
               r"mosquito|eczema|acne|spots|pimples?|nails?|lips?|cheek|tongue)",
        past=_PSH,
    ),
    Rule(
        "danger-control", _AB, _C,
        r"\b(?:said|says|threaten\w*|told me) (?:that )?(?:he|she|they)(?:'d| would|'ll| will|'s going to| is going to) "
        r"(?:post|share|send|leak|show) (?:the|my|our|those|a|that) (?:video|videos|photos?|pics|pictures|nudes)\b|"
        r"\bnot allowed to (?:leave|go out of) the (?:house|flat|apartment) without (?:him|her|them)\b|"
        r"\bnot allowed to go anywhere (?:any ?more|without (?:him|her))\b|"
        r"\bhave to ask (?:\w+ )?(?:for money|permission) (?:to|before|for) (?:buy|get|go|see|leave)\b|"
        r"\b(?:photo|picture|pic|video) (?:taken )?(?:from )?outside my (?:window|house|flat|door|room|dorm)\b|"
        r"\b(?:he|she|they|my ex|this guy|a guy)(?:'s| has| keeps| kept| have)? (?:shown|showed|turned|turning|"
        r"showing) up at my (?:work|job|house|flat|dorm|school|gym|door|lectures?|classes)\b|"
        r"\b(?:makes|made) me sleep (?:in|on) the (?:garage|floor|shed|car|porch|basement|cellar|yard)\b|"
        r"\b(?:doesn'?t|won'?t|don'?t|never|didn'?t) (?:feed|let me eat)\b(?: me| us)?|"
        r"\bsets me up with (?:guys|men|people|strangers)\b|\bsays i owe (?:him|her|them) for\b|"
        r"\b(?:there'?s|there is) (?:someone|somebody|a man|a guy) (?:trying to (?:get|break) in|outside (?:my|the) "
        r"(?:door|window|house|room))\b|"
        r"\bi'?m hiding (?:in|under) (?:the|my) (?:closet|wardrobe|bathroom|bed|cupboard)\b|"
        r"\bonly (?:gives?|lets?) (?:it|them|me)\b[^.!?\n]{0,30}?if i (?:do what (?:he|she|they) says?|behave|sleep "
        r"with|have sex)|"
        r"\b(?:keeps|locks|locked|hides|hid) my (?:insulin|meds|medication|inhaler|passport|id|documents)\b|"
        r"\b(?:said|says) if i (?:go|leave|see|talk|break up)[^.!?\n]{0,40}?(?:he|she)(?:'ll| will) (?:hurt|kill) "
        r"(?:himself|herself)\b[^.!?\n]{0,20}?(?:and|then) (?:come|find|hurt|kill)|"
        r"\b(?:giving|gives|gave) me (?:vapes|money|alcohol|drugs|weed)\b[^.!?\n]{0,60}?(?:older (?:guys|men)|his "
        r"(?:flat|house|car)|hang out)|"
        r"\b(?:going to|gonna|will|'ll) (?:break|kick|smash) (?:the|my) (?:door|window)s? (?:down|in)\b",
        unless=r"(?:lol|haha|lmao|hide and seek|hide-and-seek|from my boss|the dog|the cat|puppy|toddler|baby|"
               r"my (?:son|daughter|kid)'?s?|surprise|party|fire drill|game|film|movie|episode|the fish|"
               r"for (?:my|his|her) (?:own )?safety)",
        first_person=False, past=_PAB,
    ),
    Rule(
        "ed-signs", _ED, _C,
        r"\bday \d+ of (?:only )?(?:water|fasting|no food|not eating|eating nothing)\b|"
        r"\b(?:fainted|passed out|blacked out)\b[^.!?\n]{0,60}?\b(?:goal weight|so close|almost there)\b|"
        r"\bhow many (?:laxatives|diet pills|lax|diuretics)\b|\btook (?:\d+|twenty|thirty|ten|fifteen) "
        r"(?:laxatives|diet pills|lax)\b|"
        r"\b(?:ignore|suppress|trick|numb) (?:the |your |ur |my )?(?:hunger|appetite)\b|"
        r"\b\d+ days (?:straight )?(?:w|with|of) no food\b|"
        r"\b(?:hit|reached|at) my lowest weight\b|"
        r"\b(?:heart|dizzy|faint\w*)[^\n]{0,60}?(?:haven'?t|have not|not) eaten (?:in|for) (?:\d+|two|three|four|"
        r"five) days\b|"
        r"\bthrew up (?:\w+ ){0,3}after eating\b",
        unless=r"(?:stomach bug|food poisoning|norovirus|flu\b|hangover|drunk|pregnan\w*|morning sickness|chemo|"
               r"migraine|motion sickness|seasick|carsick|ramadan|lent|yom kippur|surgery|colonoscopy|doctor|"
               r"hospital (?:said|told)|blood test|after (?:chemo|illness|being ill))",
        past_drop=True,
    ),
    Rule(
        "hopeless-signs", _HOPE, _N,
        r"\bdead weight\b|"
        r"\bnothing (?:is )?(?:ever )?going to (?:change|get better)(?: for me)?\b|"
        r"\b(?:would be|'d be) (?:less stressed|happier|better off|fine) if (?:they|he|she|everyone|everybody) "
        r"(?:didn'?t have to (?:deal with|worry about|look after) me|never (?:met|had) me)\b|"
        r"\bjust a problem for (?:them|everyone|people)\b|"
        r"\b(?:can'?t|cannot|cant) do it any ?more\b|"
        r"\b(?:why|y) (?:even )?try(?:ing)?(?: any ?more)?(?= *(?:[.!?\n]|$))|"
        r"\bno light at the end\b|"
        r"\b(?:says?|saying|said|tell me) it gets better\b[^\n]{0,40}?(?:it doesn'?t|it won'?t|it never does|liars?)",
        unless=r"(?:lol|haha|lmao|dead weight (?:lift|lifts|lifting|exercise)|gym|workout|deadlift|recipe|"
               r"this (?:game|level|puzzle|recipe|diet|workout))",
        past_drop=True,
    ),
    Rule(
        "past-signs", _PSH, _N,
        r"\bmy (?:old )?scars\b[^\n]{0,80}?(?:from (?:high school|school|when i was|my teens|back then)|don'?t do (?:that|"
        r"it) any ?more)|"
        r"\bi (?:cut|self[- ]?harmed|burned myself) from (?:age )?\d+ (?:to|until|till) \d+\b",
        negatable=False,
    ),
    Rule(
        "past-abuse-signs", _PAB, _N,
        r"\b(?:starve|starved|beat|hit|lock|locked|hurt|whip|burn)s? (?:us|me) (?:as (?:a )?punishment|when we|if we)\b|"
        r"\b(?:who|that) (?:trafficked|abused|raped|molested|groomed|assaulted) me\b[^.!?\n]{0,60}?(?:sentenced|"
        r"convicted|jail|prison|trial|court|verdict|arrested|charged|died|dead)",
        first_person=False, negatable=False,
    ),
)

RULES = RULES + _FAMILIES_11

# Families the seventh blind table (tests/data/safety_blind_tune7.tsv, session 4: risk said indirectly, with
# surface-alike safe rows) showed missing: the day decided, settling affairs so nobody is left with them, a means
# at hand, questions about doses answered, trafficking and control, sextortion's demands, diabulimia, and the
# quieter ways of wishing not to be alive.
_FAMILIES_12: tuple[Rule, ...] = (
    Rule(
        "day-decided", _PLAN, _C,
        r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)(?:'s| is| will be) the "
        r"(?:day|night)(?= *(?:[.!?\n]|$))|"
        r"\b(?:tonight|today|tomorrow|this weekend|now) feels right(?= *(?:[.!?\n]|$))|"
        r"\beverything is decided\b|\b(?:once|now) (?:you|i) know the (?:exact )?(?:day|date)\b|"
        r"\b(?:nobody|no one|noone) (?:gets|will get|is) stuck with my (?:mess|debts?|bills|stuff)\b|"
        r"\bso (?:nobody|no one|noone) (?:has|will have) to(?= *(?:[.!?\n]|$))|"
        r"\b(?:sat|sitting|sit) with (?:the|my|a) (?:shotgun|gun|rifle|pistol|rope|noose|pills|tablets|blade) "
        r"(?:across|on|in)\b|"
        r"\b(?:drank|downed|necked|drinking) (?:the|a) (?:whole )?bottle (?:of \w+ )?(?:with|and) (?:the |my |all the )?"
        r"(?:pills|tablets)\b|"
        r"\b(?:now )?i know how many (?:i need|it takes|to take|would do it)\b|"
        r"\bsaving (?:them|it|the (?:pills|tablets|meds)) for (?:monday|tuesday|wednesday|thursday|friday|saturday|"
        r"sunday|tonight|tomorrow|the weekend|the day)\b|"
        r"\bwhich (?:ways?|methods?) (?:hurt|hurts) (?:the )?least\b|\bleast painful (?:way|method)s?\b|"
        r"\b(?:not|never|won'?t|don'?t|do not) come back down\b|"
        r"\b(?:keep|carry on) \w+ing without me\b|"
        r"\b(?:it'?s|its) (?:because )?(?:it'?s |its )?(?:a )?goodbye and (?:she|he|they) (?:doesn'?t|don'?t|didn'?t) "
        r"know\b|"
        r"\bwon'?t be there (?:for|at|to see)\b[^.!?\n]{0,40}?\bmade sure\b|"
        r"\blife insurance\b[^.!?\n]{0,60}?\b(?:clause|pays out|paid out)\b|"
        r"\b(?:told (?:them|her|him|everyone|people) )?i'?m (?:going|moving) (?:abroad|away)\b[^\n]{0,40}?\bi'?m not "
        r"(?:going|moving)\b|"
        r"\b(?:took|taken|swallowed|downed|necked) the (?:[1-9]\d|\d{3}) {meds}\b",
        unless=r"(?:wedding|party|birthday|holiday|trip|flight|exam|interview|match|game|date night|moving day|"
               r"results day|pay ?day|big day|lol|haha|dishes|washing up|cooking|hoover|bins|lift|climb\w*|"
               r"abseil\w*|skydiv\w*|deer|pigeons|clay|range|hunting|shooting club|insurance (?:quote|renewal))",
        first_person=False, past=_PS,
    ),
    Rule(
        "quiet-ideation", _ID, _C,
        r"\bbutton (?:to|that would|that could) (?:make me )?(?:never have existed|not exist|disappear|end it|stop "
        r"existing|make me disappear)\b|"
        r"\bwish i (?:wasn'?t|wasnt|weren'?t|was not) around\b|"
        r"\b(?:how to|ways to|way to) (?:stop|end it|go|leave) for good\b|"
        r"\bno reason to (?:continue|keep) (?:being|living|existing|going)\b|"
        r"\b(?:pull|urge|pulled) (?:towards|toward|to) (?:the edge|the tracks|the platform edge|step off|jump)\b|"
        r"\b(?:go to sleep|sleep|fall asleep) for good\b|"
        r"\b(?:benign|all clear|the all-clear|negative|not cancer)\b[^.!?\n]{0,30}?\bi (?:felt|was) (?:disappointed|"
        r"gutted)\b|"
        r"\b(?:hope|hoping|wish|pray(?:ing)?) (?:that )?(?:the|my) (?:plane|flight) (?:goes down|falls|crashes)\b|"
        r"\b(?:stopped|stop) looking (?:when|before) (?:i )?cross|\bcrossing the road i'?ve stopped looking\b|"
        r"\bobituaries\b[^.!?\n]{0,40}?\b(?:jealous|envious)\b|"
        r"\b(?:asking|begging|praying|ask|beg|pray) (?:to )?(?:god|the lord|jesus)(?: \w+){0,3} to take me(?: home)?\b|"
        r"\bwant not to (?:be alive|exist|be here)\b",
        unless=r"(?:lol|haha|lmao|jk|song|film|movie|game|story|character|news|article|my (?:nan|gran|mum|mom|dad)|"
               r"for (?:her|him|them))",
        past=_PS,
    ),
    Rule(
        "sh-more-signs", _SH, _C,
        r"\b(?:snapped|broke|took|taking|take) (?:open |apart )?(?:a |the |my )?(?:disposable |pencil sharpener )?"
        r"(?:razor|sharpener)s? (?:open|apart)\b|\b(?:snapped|broke) (?:open|apart) (?:a |the |my )?(?:disposable )?"
        r"razor|"
        r"\b(?:\d+|two|three|four|five|six|some|more|a few) (?:fresh|new) (?:lines|cuts|marks|ones) on my (?:\w+ )?"
        r"{body}\b|"
        r"\b(?:razors?|blades?)\b[^.!?\n]{0,40}?(?:wasn'?t|isn'?t|weren'?t|not) for shaving\b|"
        r"\bnew ones (?:keep|kept) (?:opening|bleeding|splitting)\b",
        unless=r"(?:cat|kitten|dog|puppy|garden\w*|bramble\w*|surgery|stitches|tattoo\w*|stretch marks?|shav\w*"
               r"(?! for)|craft|pencils?)",
        past=_PSH,
    ),
    Rule(
        "control-more", _AB, _C,
        r"\b(?:took|takes|has|keeps|kept|taken|collects|collected) (?:my|our) (?:passports?|papers|documents)\b"
        r"[^\n]{0,80}?(?:wages|owe|can'?t leave|cant leave|deport|hours|no money)|"
        r"\b(?:we|i) owe (?:him|her|them) for (?:the )?(?:flights?|bed|room|rent|travel|visa|food)\b|"
        r"\b(?:says|said|threaten\w*) (?:the )?police (?:will|would|'ll) deport (?:us|me)\b|"
        r"\b(?:he|she) (?:decides|chooses|picks|controls) what i (?:wear|eat|spend|say|do)\b|"
        r"\bcontrols all (?:the|my|our) money\b|"
        r"\bnot allowed to (?:see|call|talk to|visit|text) (?:\w+ ){1,2}any ?more\b|"
        r"\b(?:he|she) (?:smashed|broke|threw) my phone\b|"
        r"\b(?:checks|goes through|reads) my phone (?:every|each) (?:night|day|evening)\b|"
        r"\b(?:has|took|keeps) my (?:bank )?card and (?:won'?t|will not|refuses to) give it back\b|"
        r"\b(?:notes?|letters?|messages?) (?:under|through|on) my (?:door|car|windscreen)\b[^.!?\n]{0,60}?(?:what i "
        r"wore|where i|who i|about my day|see you soon)|"
        r"\bshowed me the (?:knife|gun|belt|hammer)\b|\bmake sure i never see (?:them|my kids|the kids|my children) "
        r"again\b|"
        r"\b(?:even|despite) (?:with )?the (?:restraining |protection |non-molestation |court )?order\b|"
        r"\b(?:pics|photos|pictures) of my (?:house|flat|car|window|door) from outside\b|"
        r"\bpay (?:in )?(?:another|a different|some other) way\b|"
        r"\blet himself in (?:while|when) i was (?:in the shower|asleep|in bed|alone|getting changed)\b|"
        r"\bpushed me out of the car\b|\b(?:he'?s|she'?s|they'?re) (?:coming|going to come) back for me\b|"
        r"\bif i (?:don'?t|dont|do not) (?:send|pay) (?:them |him |her )?(?:\$|£|€)?\d+\b",
        unless=r"(?:lol|haha|lmao|game|film|movie|episode|book|visa (?:application|renewal)|for the (?:holiday|trip)|"
               r"mum (?:checks|reads)|dad (?:checks|reads)|parental controls|the dog|the cat|puppy|toddler|baby|"
               r"bill|invoice|parking|fine\b|subscription|restaurant|order (?:came|arrived|was wrong))",
        first_person=False, past=_PAB,
    ),
    Rule(
        "ed-more-signs", _ED, _C,
        r"\b(?:skip|skipping|skipped|take|taking|took|miss|missing) (?:my )?insulin (?:short )?(?:on purpose|so (?:the "
        r"weight|i (?:can )?lose|i don'?t gain))|\binsulin (?:short|less) on purpose\b|"
        r"\bday \d+ (?:of|on) (?:only |just )?(?:water|black coffee|coffee|gum|diet coke|fasting|no food)\b",
        unless=r"(?:ramadan|lent|yom kippur|doctor|nurse|hypo|sick day|stomach bug|surgery|colonoscopy|blood test)",
        past_drop=True,
    ),
    Rule(
        "hopeless-quiet", _HOPE, _N,
        r"\b(?:can'?t|cant|don'?t|do not) see the point (?:of|in) (?:getting up|anything|living|going on|trying|carrying "
        r"on|waking up)\b|"
        r"\bnothing i do matters\b|\b(?:don'?t|do not) feel like anything i do matters\b|"
        r"\bnothing'?s (?:ever )?going to (?:change|get better)\b|"
        r"\b(?:don'?t|can'?t|do not) see how (?:this|it|things|life) (?:ever )?(?:gets?|will get|could get|is going to "
        r"get) better\b|"
        r"\b(?:i'?m|im|i am|such|a|like a) (?:\w+ )?drain on\b|"
        r"\b(?:don'?t|do not) think i'?ll ever be (?:okay|ok|alright|happy|better|well)\b|"
        r"\bi have nothing left(?= *(?:[.!?,\n]|$))|"
        r"\bapologi[sz]\w* for existing\b|"
        r"\bwaste of (?:everyone'?s|their|my parents'?) (?:time|money)\b",
        unless=r"(?:lol|haha|lmao|battery|phone|laptop|car|budget|wallet|bank account|power|energy bill|meeting|"
               r"this (?:game|level|puzzle|recipe|diet|workout))",
        past_drop=True,
    ),
    Rule(
        "past-quiet", _PAB, _N,
        r"\bused (?:his|her|a|the) belt on (?:us|me)\b|"
        r"\b(?:for (?:\w+ ){1,2}years?|back then) (?:my |her |his )?(?:\w+ )?decided (?:who i (?:saw|could see)|what i "
        r"(?:spent|wore|ate))\b",
        first_person=False, negatable=False,
    ),
    Rule(
        "past-attempt-found", _PS, _N,
        r"\bi was found (?:in|at|on) the (?:garage|bathroom|bath|car|woods|bridge|park|kitchen floor)\b|"
        r"\bwrote a note and (?:went|drove|walked) (?:up )?(?:to|into)\b|"
        r"\bplanning how (?:to not be here|not to be here|to die|to end it|to kill myself)\b",
        first_person=False, negatable=False,
    ),
    Rule(
        "past-marks", _PSH, _N,
        r"\bmy (?:old )?scars from (?:year|grade) \d+\b|"
        r"\bold (?:marks|scars|lines) on my (?:\w+ )?{body}\b[^\n]{0,80}?(?:from when i was|a long time ago|from "
        r"(?:school|my teens)|when i was a teen)",
        negatable=False,
    ),
)

_FAMILIES_12 += (
    Rule(
        "sh-excuse", _SH, _C,
        r"\b(?:cat|scratch|accident|clumsy)[^.!?\n]{0,30}?excuse (?:isn'?t|won'?t|doesn'?t|is not|will not|not) "
        r"(?:going to |gonna )?work\b",
        past=_PSH,
    ),
)

RULES = RULES + _FAMILIES_12

# --- generalisation families, session 5 (from a blind table of public-post voices, tune8: each a *kind* of saying)
_FAMILIES_13: tuple[Rule, ...] = (
    Rule(
        "goodbye-post", _PLAN, _C,
        r"\b(?:please )?(?:don'?t|do not|dont) (?:try to |come (?:and |to )?)?(?:find|look for|search for) me\b|"
        r"\bif i (?:don'?t|do not|dont) (?:post|reply|answer|log on|come online|show up)(?: \w+){0,2}[,.]? "
        r"(?:you(?:'ll| will)? know why|that'?s why)\b|"
        r"\b(?:tell|say) (?:my (?:\w+ )?(?:friends?|family|mum|mom|dad|sister|brother)|everyone|them) goodbye for me\b|"
        r"\b(?:already|just) (?:took|taken|swallowed|drank|downed) (?:them|it|the (?:lot|rest|whole (?:box|bottle|"
        r"packet|strip)))\b[^\n]{0,80}?\b(?:til+|until) it'?s (?:over|done)\b|"
        r"\b(?:drank|swallowed|downed|drinking) (?:the |some )?(?:stuff|cleaner|chemicals?|liquid|bottle) (?:from )?"
        r"under the sink\b",
        unless=r"(?:hide and seek|hide-and-seek|surprise|party|game|escape room|geocach\w*|treasure hunt)",
        first_person=False, past=_PS,
    ),
    Rule(
        "weapon-at-me", _AB, _C,
        r"\b(?:held|holding|holds|put|puts|pressed|presses|pulled|pulls|pointed|points) (?:a|the|his|her|their) "
        r"(?:knife|blade|gun|pistol|rifle|shotgun|machete|screwdriver|broken bottle) (?:to|against|at) my (?:throat|"
        r"neck|head|chest|face|stomach)\b",
        unless=r"(?:film|movie|scene|play|stage|rehears\w*|dream|nightmare|game|video)",
        first_person=False, past=_PAB,
    ),
    Rule(
        "threat-if-i-leave", _AB, _C,
        r"\b(?:he|she|they)(?:'ll| will| would|'d|'s going to|'s gonna| is going to| said he'?d| says he'?ll| said "
        r"she'?d| says she'?ll|s gonna|s going to) (?:kill|hurt|find and kill|put (?:me|us) in the ground) (?:me|us)?"
        r"\b[^.!?\n]{0,40}?\bif i (?:ever )?(?:leave|left|tell|told|go|went|call|called|report|reported|break up|try|"
        r"marry|complain|speak|talk)\b|"
        r"\bif i (?:ever )?(?:leave|left|tell \w+|told \w+|go to the police|call the police|report (?:him|her|them|it)|"
        r"break up with (?:him|her)|marry|complain|go for custody|speak|talk)\b[^.!?\n]{0,35}?\b(?:he|she|they)"
        r"(?:'ll| will| would|'d|'s going to|'s gonna| is going to|s gonna|s going to) (?:kill|hurt|put) (?:me|us)\b|"
        r"\b(?:coming|come|turn up|show up) (?:to|at|round|over to) my (?:work|house|flat|school|job|place)\b"
        r"[^.!?\n]{0,30}?\b(?:and|to) (?:finish (?:this|it|me)|end (?:this|me)|kill me|hurt me)\b",
        unless=r"(?:joke|joking|lol|lmao|haha|mum|mom|dad|mother|father|grandma|nan)\b",
        first_person=False, past=_PAB,
    ),
    Rule(
        "forced-marriage-and-papers", _AB, _C,
        r"\b(?:forcing|force|forced|making|make|pressuring) me (?:to |into )?(?:marry|marrying|a marriage|get "
        r"married)\b|"
        r"\b(?:employer|boss|husband|wife|partner|agency|agent|madam|sponsor|family|he|she|they) (?:\w+ )?(?:took|"
        r"take|takes|taken|keeps?|kept|holds?|holding|confiscated|has) (?:my|our) (?:passports?|documents|papers|id "
        r"cards?)\b",
        unless=r"(?:hotel|check-?in|reception|embassy|consulate|visa (?:office|application|centre|center)|renewal|"
        r"airport|border|airline|gate|safe at the|photocop\w*|scan(?:ned)?|for the application)",
        first_person=False, past=_PAB,
    ),
    Rule(
        "sh-hidden-use", _SH, _C,
        r"\b(?:hide|hiding|cover|covering|conceal) (?:the |my |these |fresh |new )?(?:cuts|scars|marks|burns|wounds)"
        r"(?: on (?:my|your|the) (?:arms?|wrists?|thighs?|legs?|stomach|hips?))?\b|"
        r"\bcuts?\b[^.!?\n]{0,60}?\b(?:want|wanna|urge|need|going) to (?:make|do) (?:more|another|some more|a few more|"
        r"new ones)\b|"
        r"\b(?:razor ?blades?|blades|razors?|sharpener blades?)\b[^\n]{0,120}?\bused (?:them|it) (?:every (?:day|"
        r"night)|again|daily|today|tonight|this week|last night)\b|"
        r"\b(?:burn(?:ed|t)?|scald(?:ed)?|cut|scratch(?:ed)?|hit|punch(?:ed)?) my (?:own )?(?:wrists?|arms?|hands?|"
        r"thighs?|legs?|skin|stomach|hips?)\b[^.!?\n]{0,50}?\bon purpose\b",
        unless=r"(?:surgery|c-section|caesarean|tattoo|acne|stretch marks|chicken ?pox|appendix|operation|"
        r"make-?up|concealer|foundation (?:for|to cover)|shaving|cooking|kitchen|chef|mandoline)",
        first_person=False, past=_PSH,
    ),
    Rule(
        "ed-hiding-and-living-on", _ED, _C,
        r"\b(?:throw|throwing|threw|thrown|bin|binning|binned|hide|hiding|hid) (?:away )?my (?:school )?(?:lunch|"
        r"lunches|breakfast|dinner|food|meals?)\b[^.!?\n]{0,60}?\b(?:for (?:\d+|two|three|four|a few|several) "
        r"(?:days|weeks)|every (?:day|single day)|again|so (?:i|that i) (?:don'?t|dont|do not) (?:have to )?eat)\b|"
        r"\bhide (?:not eating|that i'?m not eating|my not eating)\b|"
        r"\bliving on (?:one|an?|half an?|1) (?:apple|rice cake|yogh?urt|banana|cracker|black coffee)s? a day\b|"
        r"\bthrowing up (?:whatever|everything|anything) (?:she|he|they|mum|mom|my \w+|i) (?:makes?|made|gives?|"
        r"forces?) me\b|"
        r"\bi'?d (?:rather|sooner) (?:pass out|faint|starve|collapse) than eat\b",
        unless=r"(?:mou?ldy|gone off|expired|spoiled|rotten|dropped it|sandy|food poisoning|stomach bug)",
        first_person=False, past=None,
    ),
    Rule(
        "passive-wish-to-die", _ID, _C,
        r"\b(?:hoping|hope|praying|pray) (?:the|my) (?:biopsy|scan|test|results?|tests|bloods|diagnosis|mri|ct)\b"
        r"[^.!?\n]{0,20}?\b(?:comes? back|is|are|will be) (?:bad|positive|cancer|terminal)\b|"
        r"\bwish (?:the night|sleep|the dark) would (?:just )?(?:keep|take) me\b|"
        r"\b(?:dying|death|being dead) (?:sounds|seems|feels|looks) (?:like )?(?:a |so )?(?:vacation|holiday|relief|"
        r"rest|break|peaceful|nice|good|better)\b|"
        r"\bi hate (?:that|it when) i (?:woke|wake) up\b|"
        r"\bthink (?:about|of) being dead\b|\bfantasi[sz]e about (?:my own funeral|dying|being dead|not waking)\b",
        unless=r"(?:hair|dye|dyeing|fabric|character|game|plot|book|film|movie|show|zombie)",
        past=_PS,
    ),
)
_FAMILIES_13 += (
    Rule(
        "at-the-edge-now", _PLAN, _C,
        r"\b(?:i'?m|im|i am) (?:standing|sitting|stood|sat) (?:on|at) (?:the |a |this )?(?:bridge|ledge|edge|roof|"
        r"rooftop|cliff|railway|tracks|balcony railing)\b[^\n]{0,120}?\b(?:now|right now|goodbye|can'?t do this|"
        r"cant do this|last time)\b|"
        r"\bkeep (?:looking at|staring at|thinking about) the (?:yellow line|edge|tracks|drop|railing|platform edge)\b|"
        r"\b(?:holding|have|got) (?:the |a |my )?(?:razor|blade|knife|scissors)\b[^.!?\n]{0,40}?\b(?:can'?t|cannot|"
        r"cant) (?:put (?:it|them) down|stop|let (?:it|them) go)\b|"
        r"\bcalm (?:once|now that|since) (?:i'?ve|they'?ve|you'?ve|i) (?:decided|made (?:up my|the) (?:mind|decision))\b",
        unless=r"(?:fireworks|view|photo|picture|sunset|sunrise|selfie|tour|hike|hiking|climb\w*|abseil\w*|bungee|"
               r"fishing|train (?:was|is) (?:late|delayed|cancelled)|mind the gap|haircut|barber|craft|sewing)",
        first_person=False, past=_PS,
    ),
    Rule(
        "welcome-death", _ID, _C,
        r"\b(?:i'?d|i would|i'?d honestly|i would honestly) welcome (?:it|death|the end)\b|"
        r"\bnothing left (?:for me )?(?:here|any ?more|in this world|to live for)\b|"
        r"\bnot (?:be|being) anything (?:any ?more|at all)\b|"
        r"\bi won'?t be (?:around|here) (?:for|to see) (?:your|his|her|their|the kids'?|my \w+'?s?) (?:birthday|"
        r"wedding|graduation|christmas)\b",
        unless=r"(?:trip|travel\w*|work(?:ing)?|holiday|abroad|away|conference|flight|moving|shift|visiting|hospital|"
               r"surgery|new (?:job|city|house)|the fridge|in the (?:shop|shops|tank|bank|account)|to eat|battery|"
               r"welcome (?:it|the) (?:change|rain|break|news))",
        past=_PS,
    ),
)

RULES = RULES + _FAMILIES_13

# --- generalisation families, session 5 (from a blind table of terse, understated and second-language voices, tune9)
_FAMILIES_14: tuple[Rule, ...] = (
    Rule(
        "means-ready-terse", _PLAN, _C,
        r"\b(?:checked|tested) (?:the |that the )?(?:beam|rafter|hook|banister|bannister|rail|pipe|branch)(?:'ll| will|"
        r" would| can)? (?:hold|take (?:my|the) weight)\b|"
        r"\bi (?:have|'ve got|got) the (?:belt|rope|cord|cable)\b[^.!?\n]{0,30}?\b(?:i know where|and (?:a|the) "
        r"(?:place|spot|beam))\b|"
        r"\b(?:cord|rope|belt|cable)\b[^.!?\n]{0,20}?\b(?:snapped|broke)\b[^\n]{0,60}?\btry (?:it )?again\b|"
        r"\bloaded (?:it|the (?:rifle|gun|pistol|shotgun|revolver))\b|"
        r"\b(?:pistol|gun|rifle|shotgun|revolver)(?:'s| is) (?:in (?:the|my) (?:glovebox|glove box|nightstand|pocket|"
        r"coat)|on (?:the|my) (?:kitchen )?table|loaded)\b|"
        r"\b(?:sitting|sat|been sitting|been) (?:here )?(?:looking|staring) at (?:it|the (?:gun|pistol|rifle|shotgun|"
        r"pills|tablets|rope|blade|bottle))\b[^.!?\n]{0,30}?\bfor (?:an hour|hours|ages|a while|a long time|half an "
        r"hour)\b|"
        r"\blooked at the (?:shotgun|gun|rifle|pistol|pills|tablets|rope)\b[^.!?\n]{0,40}?\blonger than i "
        r"should(?:'?ve| have)\b|"
        r"\bhose\b[^.!?\n]{0,40}?\b(?:exhaust|car window)\b|\bgarage door seals\b|"
        r"\bexhaust\b[^\n]{0,80}?\bi'?ve decided\b|"
        r"\bcharcoal\b[^.!?\n]{0,40}?\b(?:close|closed|seal|sealed|tape|taped|shut) (?:the |all the )?(?:windows?|"
        r"doors?|room)\b|"
        r"\b(?:pesticide|rat poison|weed ?killer|paraquat|antifreeze)\b[^\n]{0,60}?\b(?:today i decide|i (?:have|'ve) "
        r"decided|is enough|drink it|take it|swallow it)\b|"
        r"\bbought (?:the )?(?:tablets|pills|paracetamol|painkillers)\b[^.!?\n]{0,40}?\b(?:three|several|different|"
        r"two|four) (?:pharmacies|chemists|shops|stores)\b|"
        r"\bhow many (?:of )?(?:the |my )?(?:\w+ )?(?:tablets|pills)\b[^.!?\n]{0,30}?\b(?:too many|would (?:kill|do "
        r"it)|fatal|lethal)\b|"
        r"\b(?:stockpil\w+|hoard\w*|stocking up|saving up|putting aside|setting aside|set aside|been saving)\b"
        r"[^.!?\n]{0,40}?\b(?:tablets|pills|meds|sleeping tablets)\b[^\n]{0,60}?\benough\b",
        unless=r"(?:hunt\w*|deer|range|season|clay|pigeons?|rabbits?|foxes|vermin|stalking|gun club|gunsmith|"
               r"mechanic|mot\b|garage sale|car wash|bbq|barbecue|grill|camping|greenhouse|rats? in|mice|"
               r"prescription|pharmacist said|the vet|for the (?:dog|cat|horse)|swing|hammock|climbing|gym)",
        first_person=False, past=_PS,
    ),
    Rule(
        "overdose-taken-terse", _PLAN, _C,
        r"\b(?:already (?:i )?)?(?:took|swallowed|swallow|downed|taken) (?:the lot of|the whole|(?:all|most) (?:of )?"
        r"(?:the|my)|my whole week'?s) (?:\w+ ){0,3}?(?:tablets|pills|meds|dosette box|sleeping tablets|painkillers)\b"
        r"[^\n]{0,100}?\b(?:drowsy|sleepy|at once|in one go|on purpose|bottle|sherry|whisky|vodka|jameson|maybe \d+|"
        r"better like this|that will be that|tired of it)\b|"
        r"\b(?:drank|drink|drinking|swallowed) (?:some|half|most|all|a bit) of the (?:bleach|pesticide|poison|"
        r"antifreeze|weed ?killer|rat poison)\b|"
        r"\btonight i (?:shall|will|am going to|'m going to) take all (?:of )?my (?:pills|tablets)\b",
        unless=r"(?:as prescribed|the doctor said to|with (?:food|breakfast|dinner|a meal)|antibiotics|course of)",
        first_person=False, past=_PS,
    ),
    Rule(
        "goodbye-said", _PLAN, _C,
        r"\b(?:my )?last message\b[^.!?\n]{0,40}?\b(?:ready|notes app|if (?:you'?re|ur|you are) reading)\b|"
        r"\bif (?:you'?re|ur|you are) reading this\b[^.!?\n]{0,30}?\b(?:it wasn'?t|it wasnt|it'?s not|its not) "
        r"(?:your|ur) fault\b|"
        r"\bnote for \w+ is (?:under|on|in|by)\b|"
        r"\bafter (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|this|tomorrow|tonight|today) i(?:'m| am) "
        r"not here any ?more\b|"
        r"\bwithout (?:her|him|them) knowing (?:that'?s|that is|it was) what it was\b|"
        r"\b(?:they'?ll|theyll|they will) (?:figure out|find out|understand) why\b|"
        r"\bdidn'?t (?:bother with|buy|book|get) a return (?:ticket|journey|trip)\b|"
        r"\bnot (?:getting|coming) back (?:in|into) the car\b|"
        r"\b(?:i (?:have|'ve) decided|i decide)[.!]? (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
        r"sunday|tomorrow|tonight)(?= *(?:[.!?\n]|$))|"
        r"\b(?:tomorrow|tonight|after this) i (?:go|walk|drive) to the (?:bridge|railway|tracks|cliffs?|quarry|"
        r"overpass|river|sea)\b(?! station)|"
        r"\bnobody (?:needs|has|will need|will have) to clean up (?:a|the|my) mess\b|"
        r"\binsurance\b[^.!?\n]{0,40}?\b(?:so )?they'?ll be (?:alright|all right|ok|okay|fine|looked after)\b|"
        r"\b(?:deleted|deleting) (?:all )?my (?:socials|accounts|social media)\b[^\n]{0,60}?\b(?:bye|goodbye|figure "
        r"out why)\b",
        unless=r"(?:holiday|moving|emigrat\w*|new job|gap year|one-way|work trip|festival|concert|exam|surprise "
               r"party|breaking up with|ending (?:it|things) with)",
        first_person=False, past=_PS,
    ),
    Rule(
        "wish-gone", _ID, _C,
        r"\bhoping i (?:don'?t|dont|do not|won'?t|wont) make it to\b|"
        r"\bwant to be where (?:he|she|they) (?:is|are) now\b|\bi want to be where (?:he|she|they) (?:is|are)$|"
        r"\bmight as well make it permanent\b|"
        r"\b(?:no|not much|don'?t see (?:much|any)) reason to keep (?:breathing|going|living|on)\b|"
        r"\bwouldn'?t mind if (?:the|a) \w+ (?:rolled (?:on|over)|hit|fell on|crushed|ran over|took) me\b|"
        r"\bshould(?:'?ve| have) died (?:over there|with (?:the rest|them|him|her)|in that)\b|"
        r"\bworld would be (?:fine|better|better off|okay|ok) without me\b|"
        r"\b(?:gone|without me|dead|free if i)\b[^\n]{0,80}?\bmaking (?:that|it) happen\b|"
        r"\b(?:not|n'?t) (?:going to |gonna )?fight(?:ing)? it\b[^\n]{0,60}?\b(?:hoping|then it'?s (?:done|over))\b|"
        r"\bi'?d like to go now\b|\bi(?:'ve| have) lived too long\b|"
        r"\bpray (?:every|each) night for (?:it|god|him) to\b|"
        r"\b(?:better|best) (?:if )?i die\b|\bif i (?:am|was|were) dead,? every(?:body|one) (?:is|would be|will be) "
        r"happy\b|"
        r"\bwish the (?:bomb|cancer|war|virus|accident|crash) (?:take|took|had taken|would take) me\b|"
        r"\b(?:no quiero vivir|quiero morirme|me quiero morir|ich will sterben|ich will nicht mehr leben|je veux "
        r"mourir|voglio morire|quero morrer|mujhe marna hai)\b",
        unless=r"(?:holiday|beach|abroad|party|concert|on stage|in the final|film|movie|game|book|song|lyrics|"
               r"making (?:that|it) happen (?:for|at) (?:work|the)|promotion|business)",
        past=_PS,
    ),
    Rule(
        "others-better-off", _ID, _C,  # the writer's wish, whoever the sentence's subject is
        r"\b(?:would|will|'d) be (?:free|better off|happier|fine) if i (?:were|was|am) gone\b",
        unless=r"(?:holiday|trip|away for|abroad|on tour|at work|deployment|at camp)",
        first_person=False, past=_PS,
    ),
    Rule(
        "sh-said-and-done", _SH, _C,
        r"\bsaid it was the (?:cat|dog)\b[^\n]{0,20}?\bit'?s not the (?:cat|dog)\b|"
        r"\bpulling (?:my )?hair out (?:in clumps|again)\b|"
        r"\b(?:strong )?wish to hurt (?:my body|myself)\b|\bhide the (?:razor|blade|knife)s? but i know where\b|"
        r"\bhit my head (?:on|against) the wall (?:many|several|lots of|so many|\d+) times\b|"
        r"\bme cort[eé] (?:otra vez|de nuevo|los brazos|las piernas)\b|"
        r"\b(?:cut|slashed|sliced|carved) (?:open )?my (?:wrists?|forearms?|arms?|thighs?|stomach|hips?) (?:with|using) "
        r"(?:a|the|my) (?:kitchen )?(?:knife|blade|razor|scissors|glass)\b",
        unless=r"(?:accident\w*|slipped|by mistake|tripped|fell|hairdresser|barber|extensions|wig)",
        first_person=False, past=_PSH,
    ),
    Rule(
        "danger-at-hand", _AB, _C,
        r"\b(?:he'?d|he would|he'?ll|he will|she'?d|she'?ll|they'?d|they'?ll) be back for me\b|"
        r"\b(?:nobody|no one|noone) (?:would|will|is going to|'d) believe (?:you|a)\b|\bwho (?:would|will|'d) "
        r"believe me\b|"
        r"\b(?:keeps|kept|been|started|keep) (?:\w+ ){0,4}touching me\b|"
        r"\bgrabbed my (?:wrist|arm|throat|neck|hair) (?:hard|tight|so hard)\b|"
        r"\b(?:come|comes|came|coming) into my (?:room|bed|bedroom) at night\b|"
        r"\b(?:someone|somebody)\b[^.!?\n]{0,30}?\btrying (?:the|my|our) (?:back |front )?door\b|"
        r"\bif i (?:complain|tell|leave|say anything)\b[^.!?\n]{0,30}?\b(?:immigration|deport\w*)\b|"
        r"\b(?:they|he|she) (?:know|knows|found out) where (?:i|we) live now\b",
        unless=r"(?:lottery|won|prize|ufo|famous|celebrity|baby|toddler|cat|dog|kitten|puppy|joke|lol|haha|parcel|"
               r"delivery|pop round|come over|visit)",
        first_person=False, past=_PAB,
    ),
    Rule(
        "ed-terse", _ED, _C,
        r"\bfainted\b[^.!?\n]{0,40}?\b(?:skipped|hadn'?t eaten|not eaten|didn'?t eat)\b|"
        r"\bif i eat (?:more than|over) \d+\b[^.!?\n]{0,40}?\b(?:not allowed|can'?t|have to|must)\b|"
        r"\b(?:huge|fat)\b[^.!?\n]{0,30}?\b(?:gonna|going to|need to|have to) (?:cut down|eat less|restrict|skip)"
        r" more\b|"
        r"\b(?:sicking|throwing|bringing) (?:it )?up after (?:every|each) meal\b|"
        r"\bhaven'?t had anything but (?:tea|water|coffee|black coffee|diet coke) since\b|"
        r"\bdon'?t (?:feel i |think i )?deserve (?:food|to eat)\b|"
        r"\b(?:so|and) (?:\w+ )?thinks i'?m eating\b",
        unless=r"(?:stomach bug|food poisoning|norovirus|flu\b|hangover|pregnan\w*|morning sickness|chemo\w*|"
               r"fasting for|ramadan|lent|surgery|operation|colonoscopy|blood test)",
        first_person=False, past=_PS,
    ),
)

RULES = RULES + _FAMILIES_14
