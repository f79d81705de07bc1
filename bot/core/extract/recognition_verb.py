"""A recognition verb in an English sentence and whether it tells a new recognition (pure): the
words around the verb, and the named vetoes that find it stopped short of, reaffirmed, hypothetical,
a topic of talk, a standing or rumoured one, recalled from earlier, asked of others, required or
commented on (`recognitions` reads the rest)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from bot.core.extract.lexicon import lexicon
from bot.core.extract.recognition_clauses import CALL_ON_OTHERS, MOTION_CALL
from bot.core.extract.recognition_lasting import told_as_lasting
from bot.core.extract.recognition_patterns import (
    COMMENT_AFTER,
    DATED_AFTER,
    DISCLAIMER,
    EARLIER,
    HYPOTHETICAL,
    REAFFIRMED,
    RELATIVE_BEFORE,
    REQUIRED,
    RUMOURED,
    SHORT_OF,
    SINCE_BEFORE,
    STANDING,
    WHOSE,
)
from bot.core.extract.recognition_roles import imagined_recognition


class Drop(NamedTuple):
    """Why a recognition verb gives no fact: the veto and the words that decided it."""

    veto: str
    words: str


@dataclass
class Verb:
    """A recognition verb in a sentence and the words around it. `before` and `passive` narrow when
    the reading finds who seeks the recognition ("Somaliland's bid for recognition")."""

    sentence: str
    match: re.Match[str]
    before: str
    after: str
    passive: re.Match[str] | None = None


def _nobody_or_earlier(verb: Verb) -> Drop | None:
    """No state acts ("no UN member state recognises", "as the region seeks recognition"), a "when"
    clause dates an earlier step ("the step announced in September, when France ... recognised"), or
    another's recognition follows a state's own weighing ("mulls ties after Moscow recognition")."""
    before = verb.before
    nobody = _NO_STATE.search(before[-50:])
    if nobody:
        return Drop("standing", nobody.group(0).strip())
    sought = _SOUGHT.search(before[-40:]) if verb.match.group(0).lower() == "recognition" else None
    if sought:
        return Drop("sought", sought.group(0).strip())
    when = _WHEN_EARLIER.search(before[-140:]) if ", when " in before[-140:] else None
    if when:
        return Drop("recalled", when.group(0).strip()[:50])
    noun = verb.match.group(0).lower() == "recognition"
    after_other = noun and ("after" in before[-40:] or "following" in before[-40:])
    weighed = _weighed_after_others().search(before[-100:]) if after_other else None
    # "Tajikistan mulls Taliban ties after Moscow recognition": the other's step is context
    return Drop("recalled", weighed.group(0).strip()[-50:]) if weighed else None


# a speaker out of power: an opposition leader or party, a candidate (their pledge is not the state's;
# lexicon [recognition] opposition_heads, opposition_nouns, race_qualifiers, race_roles)
@lru_cache(maxsize=1)
def _out_of_power_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    en = lexicon("en")
    heads = en.alternation("recognition", "opposition_heads")
    nouns = en.alternation("recognition", "opposition_nouns")
    race = en.alternation("recognition", "race_qualifiers")
    roles = en.alternation("recognition", "race_roles")
    # a cheap test first: the words without their first letter ("Opposition", "opposition")
    hint_words = ("opposition", *en.words("recognition", "race_roles"))
    hint = re.compile("|".join(re.escape(w[1:]) for w in sorted(hint_words, key=len, reverse=True)))
    pattern = re.compile(
        rf"\b(?:(?:{heads})\s+of\s+(?:[\w'-]+\s+){{0,4}}?opposition|opposition\s+(?:{nouns})|"
        rf"(?:{race})\s+(?:{roles}))\b[^.;]*$",
        re.IGNORECASE,
    )
    return hint, pattern


def _member_bill(before: str) -> Drop | None:
    """A legislator bringing in a bill or motion to recognise: a proposal, not the state's step nor a
    chamber's vote ("a congresswoman filed a bill to recognise")."""
    bill = _member_bill_pattern().search(before, max(0, len(before) - 200))
    return Drop("not_the_state", bill.group(0).strip()[:60]) if bill else None


@lru_cache(maxsize=1)
def _member_bill_pattern() -> re.Pattern[str]:
    """lexicon [recognition] bill_sponsors, bill_moves, bill_nouns"""
    en = lexicon("en")
    sponsors, moves, bills = (
        en.alternation("recognition", k) for k in ("bill_sponsors", "bill_moves", "bill_nouns")
    )
    return re.compile(
        rf"\b(?:{sponsors})\b[^.;]{{0,60}}?\b(?:{moves})\s+(?:[\w-]+\s+){{0,3}}?(?:{bills})\b[^.;]*$",
        re.IGNORECASE,
    )


def _call_on_others(before: str, window: str) -> Drop | None:
    """A call on others to recognise: no fact. A legislature's motion is `status_of`'s; a call on others
    NOT to recognise tells the caller's own refusal ("the AU urged member states not to recognise ...":
    the AU, rejected)."""
    if not _OTHERS_WORDS.search(window):
        return None
    others = CALL_ON_OTHERS.search(before, max(0, len(before) - 90)) or _wished_of().search(before[-90:])
    if others and not MOTION_CALL.search(before[-160:]) and not _NOT_TO.search(others.group(0)):
        return Drop("call_on_others", others.group(0).strip())
    return None


@lru_cache(maxsize=1)
def _wished_of() -> re.Pattern[str]:
    """A wish that a named other recognise, whoever voices it: "protesters demand (that) Germany
    recognise", "demanded the immediate recognition of Palestine by Ireland", "groups press Canada to
    recognise", "Washington wants Riyadh to recognise" (lexicon [recognition] demand_verbs take the bare
    verb, wish_verbs need "to"; not "pressed ahead", "press conference", "demand to ...", nor a pronoun,
    the speaker's own stance: "demanding that it ...")."""
    en = lexicon("en")
    demand, wish = en.alternation("recognition", "demand_verbs"), en.alternation("recognition", "wish_verbs")
    manner = r"(?:formally\s+|officially\s+|immediately\s+|also\s+|now\s+)?"
    return re.compile(
        rf"\b(?:{demand})\s+(?:that\s+)?(?!to\b|for\b|it\b|they\b|he\b|she\b|we\b|I\b)(?:[\w'’-]+\s+){{1,5}}?"
        rf"(?:(?:should|must|to)\s+)?{manner}$|"
        rf"\b(?:{wish})\s+(?!ahead\b|on\b|forward\b|for\b|to\b|conference|release|briefing|statement|"
        rf"office|secretary|agency|freedom)(?:[\w'’-]+\s+){{1,5}}?to\s+{manner}$",
        re.IGNORECASE,
    )


def _out_of_power(before: str) -> Drop | None:
    """ "the opposition leader said he would recognise ... if elected": not the state's step."""
    hint, pattern = _out_of_power_pattern()
    hopeful = pattern.search(before[-120:]) if hint.search(before) else None
    return Drop("not_the_state", hopeful.group(0).strip()) if hopeful else None


_NOT_TO = re.compile(r"\bnot\s+to\s+(?:\w+\s+)?$", re.IGNORECASE)


def not_a_new_recognition(verb: Verb) -> Drop | None:
    """A recognition stopped short of, reaffirmed, recalled from earlier, or commented on."""
    before, after = verb.before, verb.after
    short = SHORT_OF.search(before[-40:])
    if short:
        return Drop("short_of", short.group(0))
    tail = before[-50:]
    disclaimer = DISCLAIMER.search(tail) if " not " in tail else None
    if disclaimer:
        return Drop("disclaimer", disclaimer.group(0).strip())
    low = tail.lower()
    asked = "if " in low or "whether" in low or verb.sentence.rstrip().endswith("?")
    hypothetical = HYPOTHETICAL.search(before) if asked else None
    if hypothetical:
        return Drop("hypothetical", hypothetical.group(0).strip())
    topic = _topic().search(before[-60:]) if " o" in before[-60:] or " a" in before[-60:] else None
    if topic:  # "a statement on recognising Palestine": the recognition is what is talked about
        return Drop("topic", topic.group(0).strip())
    reaffirmed = REAFFIRMED.search(before[-60:])
    if reaffirmed:
        return Drop("reaffirmed", reaffirmed.group(0))
    window = before[-80:].lower()
    standing = None
    if _STANDING_WORDS.search(window):  # a cheap test before the costlier pattern
        standing = STANDING.search(before, max(0, len(before) - 80))
    if standing:
        return Drop("standing", standing.group(0).strip())
    rumour = RUMOURED.search(before, max(0, len(before) - 80)) if _RUMOUR_WORDS.search(window) else None
    if rumour and not rumour.group("denied"):
        return Drop("rumoured", rumour.group(0).strip())
    whose = WHOSE.search(before, max(0, len(before) - 80)) if _RECALLED_WORDS.search(window) else None
    if whose and whose.group("recalled"):
        return Drop("recalled", whose.group(0).strip())
    others = _call_on_others(before, window) or _out_of_power(before) or _member_bill(before) or _polled(verb)
    if others is not None:
        return others
    anniversary = _ANNIVERSARY.search(before[-60:]) if "anniversar" in window or "since" in window else None
    if anniversary:  # "marked the anniversary of its recognition by the United States"
        return Drop("recalled", anniversary.group(0).strip())
    unowned = _nobody_or_earlier(verb)
    if unowned is not None:
        return unowned
    since = SINCE_BEFORE.search(before[-40:])
    lasting = since.group(0).strip() if since else told_as_lasting(before, after)
    if lasting:  # "since Sweden recognised", "said it had recognised Palestine since 2023"
        return Drop("recalled", lasting)
    required = REQUIRED.search(before[-40:])
    if required:
        return Drop("required", required.group(0).strip())
    relative = RELATIVE_BEFORE.search(before[-40:])
    earlier = EARLIER.search(after.split(",")[0]) if relative else None
    if earlier:
        return Drop("recalled", f"{relative.group(0) if relative else ''} ... {earlier.group(0)}")
    if verb.match.group(0).lower() == "recognition" and COMMENT_AFTER.match(after):
        return Drop("comment", after[:40].strip())
    dated = DATED_AFTER.match(after) if verb.match.group(0).lower() == "recognition" else None
    if dated:  # "the country's recognition of Palestine, which the government made in 2014"
        return Drop("recalled", dated.group(0).strip()[-50:])
    imagined = imagined_recognition(verb.sentence, verb.match.group(0), verb.before, verb.after)
    return Drop("hypothetical", imagined) if imagined else None


def _polled(verb: Verb) -> Drop | None:
    """An opinion poll's share backing a recognition ("a majority of voters back recognising ...,
    a survey found", "45% of respondents supported the UK recognising", "most voters want their
    government to recognise"): the public's view, no state's step. Without a poll or survey in the
    sentence, only a share of the public (lexicon [recognition] polled_public) counts ("majority of
    Dutch people favour ..."), not of a capitalised plural ("a majority of MPs back ...")."""
    polled = _POLL_WORDS.search(verb.sentence)
    if not polled and not _SHARE_WORDS.search(verb.before[-90:]):
        return None
    share = _polled_share().search(verb.before[-90:])
    if share is None or (not polled and share.group("people")):
        return None
    return Drop("polled", share.group(0).strip())


_POLL_WORDS = re.compile(r"\b(?:poll\w*|survey\w*|respondents)\b", re.IGNORECASE)
_SHARE_WORDS = re.compile(
    r"\b(?:majority|most|half|third|quarter)\b|\d\s*%|\bper\s*cent|percent", re.IGNORECASE
)


@lru_cache(maxsize=1)
def _polled_share() -> re.Pattern[str]:
    """A share of the public before the verb: "58% of Britons back", "most voters support" (lexicon
    [recognition] polled_public, or a people named by a capitalised plural: group `people`), or the
    public itself ("voters back"); the state whose step is backed may come between ("support the UK
    recognising", "want Denmark to recognise", "back their government recognising")."""
    public = lexicon("en").alternation("recognition", "polled_public")
    backed = (
        r"(?:back|support|favou?r|oppose|want|reject)\w*\s+"
        r"(?:(?:the|their|its)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?|(?-i:[A-Z])[\w-]+\s+(?:(?-i:[A-Z])[\w-]+\s+){0,2})??"
        r"(?:to\s+)?(?:formally\s+|officially\s+)?$"
    )
    return re.compile(
        r"\b(?:(?:(?:a\s+)?majority|most|half|(?:a|one)\s+(?:third|quarter)|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))\s+"
        rf"(?:of\s+)?(?:[\w-]+\s+){{0,2}}?(?:{public}|(?P<people>(?-i:[A-Z])\w+s))|(?:{public}))\s+"
        rf"(?:would\s+|now\s+)?{backed}",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _topic() -> re.Pattern[str]:
    """A recognition named as the subject of talk or text (lexicon [recognition] topic_nouns)."""
    nouns = lexicon("en").alternation("recognition", "topic_nouns")
    return re.compile(
        rf"\b(?:{nouns})\s+(?:on|about|over|concerning)\s+(?:the\s+)?(?:possible\s+|formal\s+|a\s+)?$", re.I
    )


_ANNIVERSARY = re.compile(
    r"\b(?:anniversary|(?:years?|decades?|months?)\s+since)\s+(?:of\s+)?(?:(?:its|their|the|his|her)\s+)?"
    r"(?:(?:formal|official|diplomatic)\s+)?$",
    re.IGNORECASE,
)
_NO_STATE = re.compile(
    r"\b(?:no|not\s+a\s+single|not\s+one|none\s+of\s+the)\s+(?:[\w-]+\s+){0,3}?(?:states?|countr(?:y|ies)|"
    r"nations?|governments?)\s+(?:\w+\s+)?(?:yet\s+|formally\s+|officially\s+)?$",
    re.IGNORECASE,
)
# a bid for recognition by what is to be recognised: "the territory seeks wider recognition"
_SOUGHT = re.compile(
    r"\b(?:seek(?:s|ing)?|sought|(?:push|lobb|campaign|press)(?:es|ies|s|ed|ied|ing)\s+for|wants?|wanting|crav(?:es|ing)|"
    r"hungry\s+for|in\s+search\s+of|(?:press|make|argue|plead|put)(?:es|s|ed|ing)?\s+(?:the|its|his|her|their)\s+"
    r"case\s+for)\s+(?:(?:wider|broader|more|international|diplomatic|formal|official|full)\s+){0,2}$",
    re.IGNORECASE,
)
# a recognition in a "when" clause dating an earlier step: "the step announced in September, when ..."
_WHEN_EARLIER = re.compile(
    r"\S\s+(?:in|back\s+in|since|during|earlier\s+(?:this|last))\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December|\d{4}|year|month|autumn|spring|summer|"
    r"winter|the\s+(?:autumn|spring|summer|winter))(?:\s+\d{4})?\s*,\s+when\s+[^;.]{0,90}$"
    r"|\blast\s+(?:year|month|autumn|spring|summer|winter)\s*,\s+when\s+[^;.]{0,90}$",
    re.IGNORECASE,
)
_OTHERS_WORDS = re.compile(
    r"should|must|ought|need|has to|have to|urg|call|press|appeal|encourag|push|lobb|demand|want|petition"
)
# "remains the only", "still refuses", an aside "..., which does not", "..., not recognised by"
_STANDING_WORDS = re.compile(r"remain|still|continu|long|, wh|, not|, never")
_RUMOUR_WORDS = re.compile(r"rumou?r|speculat|unconfirmed")


@lru_cache(maxsize=1)
def _weighed_after_others() -> re.Pattern[str]:
    """A state weighing its own step (lexicon [recognition] weighing_cues) after another's recognition
    told by a noun: "Tajikistan mulls Taliban ties after Moscow recognition"."""
    weighing = lexicon("en").alternation("recognition", "weighing_cues")
    return re.compile(
        rf"\b(?:{weighing})\b[^,;.]{{0,60}}?\b(?:after|following)\s+(?:(?-i:[A-Z])[\w-]+(?:'s)?\s+){{1,2}}"
        r"(?:formal\s+|official\s+)?$",
        re.IGNORECASE,
    )


_RECALLED_WORDS = re.compile(r"recent|earlier|previous|prior|past|last year")


# what an earlier sentence recognised, told again by a pronoun: "recognise the state", "recognise it",
# or the noun with a possessive and no object ("announced their recognition at the summit", "with its
# own recognition on Monday")
_PRONOUN_OBJECT = re.compile(r"(?:state|country|it|them)\b(?!\s+(?:of|as)\b)", re.IGNORECASE)
# (or a named state's: "where Chile's minister declared Chile's recognition")
_POSSESSIVE_BEFORE = re.compile(
    r"(?:\b(?:their|its|his|her)\s+(?:own\s+)?(?:(?:country|nation|government)'s\s+)?|(?-i:\b[A-Z][\w-]+)['’]s\s+)"
    r"(?:formal\s+|official\s+)?$",
    re.IGNORECASE,
)
_NO_OBJECT_AFTER = re.compile(
    r"\s*(?:[,;.]|$|(?:at|on|in|during|this|next|last|later|too|as\s+well|from|within|by|with\s+immediate)\b|"
    # a condition right after the noun: "would formalise its recognition only once ..."
    r"(?:only\s+)?(?:once|until|when)\b|"
    r"(?:would|will)\s+(?:only\s+)?(?:take|come\s+into|enter\s+into)\s+(?:legal\s+|full\s+|formal\s+)?(?:effect|force)\b)",
    re.IGNORECASE,
)


def told_by_pronoun(verb: Verb, obj_text: str) -> bool:
    """The verb's object is a pronoun or missing, standing for a state named in an earlier sentence."""
    if verb.match.group(0).lower().startswith("recognition"):
        return bool(_POSSESSIVE_BEFORE.search(verb.before[-25:]) and _NO_OBJECT_AFTER.match(verb.after))
    return bool(_PRONOUN_OBJECT.match(obj_text.lstrip()))
