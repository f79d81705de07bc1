"""The words and patterns a recognition is read by: the verb, its object, the status cues (plans,
refusals, consideration), and the lists of actors (see `recognitions`)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.lexicon import lexicon

PREFILTER = re.compile(r"recogni[sz]|recognition", re.IGNORECASE)
VERB = re.compile(r"\brecogni(?:s|z)(?:e|es|ed|ing)\b|\brecognition\b", re.IGNORECASE)
# documents a state issues, recognised as valid: not the state
_DOCUMENTS = (
    r"(?:licen[cs]e\s+plates|number\s+plates|driving\s+licen[cs]es?|passports?|diplomas?|degrees?|documents?|"
    r"qualifications?|certificates?|(?:ID|identity)\s+cards?)"
)
NOT_DIPLOMATIC = re.compile(
    # a sports body or a people's self-rule, not a state: "recognised Kosovo's football federation",
    # "recognised the self-government of the Nisga'a Nation"
    r"\brecogni(?:[sz](?:e|es|ed|ing)|tion\s+of)\s+(?:[\w'-]+\s+){0,3}?(?:football|soccer|sports?|olympic|chess|rugby|"
    r"basketball|hockey|athletics)\s+(?:federation|association|union|committee|team|league|club|body)\b|"
    r"\brecogni(?:[sz](?:e|es|ed|ing)|tion\s+of)\s+(?:[\w'-]+\s+){0,2}?(?:self-government|self-governance|self-rule|"
    r"land\s+rights|treaty\s+rights|land\s+claims?|aboriginal\s+title)\b|"
    r"\b(?:facial|face|speech|voice|image|pattern|character|object|handwriting|emotion|brand|name|"
    r"special|public|international\s+award|award)\s+recognition\b|\bin\s+recognition\s+of\b|"
    # a standing description, not an act: "Yemen's internationally recognised government"
    r"\b(?:internationally|UN|U\.N\.)[- ]recogni[sz]ed\b|"
    # and told as an adjective alone: "Libya's recognised government", "the recognised authorities"
    r"\b(?:[\w-]+['’]s|the|its|their)\s+recogni[sz]ed\s+(?:government|authorities|administration)\b|"
    r"\brecognition\s+(?:of|for)\s+(?:her|his|their|its|your|our)\b|\brecognition\s+(?:technology|software|system)|"
    # an existing recognition, not news: "thanked Paraguay for its continued recognition"
    r"\b(?:continued|continuing|ongoing|long-?standing|steadfast|continuous)\s+(?:diplomatic\s+)?recognition\b|"
    # what is recognised is not a state: "recognised as a refugee", "recognised the results"
    r"\brecogni[sz]ed\s+as\s+(?:an?\s+)?(?:refugee|asylum|victim|player|winner|best|one\s+of)|"
    r"\brecogni[sz](?:e|es|ed|ing)\s+(?:the\s+)?(?:results?|outcome|vote|election|parties|party)\b|"
    r"\brecognition\s+of\s+the\s+(?:[A-Z]\w+\s+)?genocide|"
    # a designation, not a recognition of statehood: "recognised Hamas as a terrorist organisation"
    r"\brecogni(?:[sz](?:e|es|ed|ing)|tion\s+of)\s+(?:[\w'-]+\s+){1,4}as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:terror\w*|extremist|criminal)\b|"
    # a city as another state's capital is not a state, government or territory: "recognises
    # Jerusalem as Israel's capital"
    r"\brecogni[sz](?:e|es|ed|ing)\s+(?:[\w'-]+\s+){1,3}as\s+(?:[\w'-]+\s+){0,2}capital\b|"
    # documents, not the state that issues them: "recognise vehicle licence plates issued by Kosovo",
    # and the noun: "a deal on the mutual recognition of driving licences"
    rf"\brecogni(?:[sz](?:e|es|ed|ing)|tion\s+of)\s+(?:[\w'-]+\s+){{0,3}}{_DOCUMENTS}\b|"
    rf"\b{_DOCUMENTS}\s+(?:\w+\s+){{0,2}}(?:be\s+|been\s+|are\s+|were\s+|is\s+)?recogni[sz]ed\b",
    re.IGNORECASE,
)
# recognition that already stands, restated: "reaffirmed his country's recognition of Taiwan"; a refusal
# restated is a refusal ("reiterated Spain will not recognise Kosovo": rejected)
REAFFIRMED = re.compile(
    r"\b(?:reaffirm\w*|reiterat\w*|confirm\w*\s+(?:its|their|his|her)\s+continued)\s+"
    r"(?:(?!(?:not|never|won't|cannot|can't|refus\w*)\s)[\w']+\s+){0,3}$",
    re.I,
)
# A comment on a recognition, not news of one: "recognition of Palestine was a first step" (a copula
# with a noun or adjective; "was approved" or "was formalised" is news and stays)
COMMENT_AFTER = re.compile(
    r"^\s+of\s+(?:the\s+)?[\w' -]{2,40}?\s+(?:was|is|has\s+been|had\s+been)\s+"
    r"(?!(?:\w+ed|\w+en|formally|officially|now|made|set|due|expected|about|to)\b)"
    # a timing stated is a status, not a comment: "Peru's recognition of Somaliland is not imminent"
    r"(?!not\s+(?:yet\s+)?(?:imminent|on\s+the\s+(?:agenda|cards)|an\s+option)\b)",
    re.IGNORECASE,
)
# A switch names both sides: "switches recognition from Taiwan to China" recognises China
FROM_TO = re.compile(
    r"\s*(?:back\s+)?from\s+(?:the\s+)?(?P<old>[\w' -]{2,40}?)\s+to\s+(?:the\s+)?(?P<new>[^,;.]{2,60})", re.I
)
# The side left in a switch told as cutting ties: "cut ties with Taiwan and recognised China",
# "ending eight decades of ties with Taipei". Only between rivals for one seat (RIVAL_OF): "Bolivia cut
# ties with Israel and recognised Palestine" withdraws no recognition of Israel.
TIES_CUT = re.compile(
    r"\b(?:cut(?:s|ting)?|sever\w*|br(?:oke|oken|eak\w*)\s+off|end(?:s|ed|ing)?|drop\w*|abandon\w*)\s+(?:its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:diplomatic\s+)?(?:ties|relations)\s+with\s+(?:the\s+)?(?P<old>[^,;.]{2,40})",
    re.I,
)
# a recognition on a condition, without a date: "would recognise a Palestinian state if Israel ..."
CONDITION_AFTER = re.compile(
    r"\b(?:only\s+(?:when|after|if|once)|if|unless|once|provided|as\s+soon\s+as|on\s+condition)\b", re.I
)
# A claim over a territory: "recognised Morocco's sovereignty over the disputed territory of Western
# Sahara" recognises Western Sahara (the project's label: the territory), not Morocco
# The same claim in other words: "Russian control of Crimea", "Israel's annexation of the Golan", "Crimea
# as Russian territory", "the peninsula as part of Russia"
SOVEREIGNTY_OVER = re.compile(
    r"\b(?:sovereignty|claims?)\s+(?:over|to|on)\s+(?P<rest>.*)"
    # control as the object itself, not a clause after it ("while Hamas remained in control of Gaza")
    r"|^\s*(?:the\s+)?(?:[\w'-]+\s+)?(?:control|rule|annexation|occupation)\s+(?:over|of)\s+(?P<ruled>.*)"
    r"|^\s*(?P<territory>(?:the\s+)?(?:(?-i:[A-Z])[\w'-]+\s+){1,3}?)as\s+(?:(?:a\s+)?part\s+of\s+(?-i:[A-Z])"
    r"|(?:an?\s+|the\s+)?(?:(?-i:[A-Z])[\w'-]+\s+)?(?:territory|soil|land|region)\b)",
    re.I,
)
# Recognition is sought, not given: "Somaliland's bid for recognition" (Somaliland is what is recognised)
SOUGHT_BY = re.compile(
    r"(?P<who>(?:(?-i:[A-Z])[\w-]+\s)?[\w-]+)'s?\s+(?:\w+\s+){0,2}?(?:bid|efforts?|quest|push|campaign|"
    r"drive|hopes?|desire|pursuit|aspirations?|request|application|appeal)\s+(?:for|to\s+(?:gain|win|secure|obtain|get|achieve))\s+"
    r"(?:international\s+|diplomatic\s+|formal\s+)?$",
    re.IGNORECASE,
)
BID_FOR = re.compile(
    r"\b(?:bid|push|quest|campaign|efforts?|drive|request|application)\s+for\s+(?:international\s+|diplomatic\s+|"
    r"formal\s+)?$",
    re.IGNORECASE,
)
# A recognition written into a deal still to be carried out is a promise: "the agreement ..., which
# involved Ethiopia recognising Somaliland"
IN_A_DEAL = re.compile(
    r"\b(?:agreement|deal|memorandum|MoU|accord|pact)\b[^.;]{0,120}\b(?:involv\w*|includ\w*|under\s+which|"
    r"provid\w*|in\s+which|whereby)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# a recognition dated before the news: "a year after recognising Palestine, Spain opened an embassy"
SINCE_BEFORE = re.compile(
    r"\b(?:(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|some|a\s+few)\s+)?"
    r"(?:years?|months?|weeks?|days?|decades?)\s+(?:after|since)|ever\s+since|(?-i:[A-Z])ince)\s+"
    # with the state that recognised between: "a decade after Sweden recognised", or a pronoun or a
    # noun standing for it: "a year after it recognised", "months after the government recognised"
    r"(?:(?:(?:the\s+)?(?-i:[A-Z][\w-]+)(?:'s)?\s+){1,3}|(?:it|they|the\s+(?:country|government|state|cabinet))\s+)?"
    r"(?:had\s+|has\s+)?(?:its\s+|their\s+|formally\s+|officially\s+)?$"
    # a look back: "Ten years on, Sweden's recognition"
    r"|\b(?:years?|decades?|months?)\s+(?:on|later),\s+[^,;]{0,40}$",
    re.IGNORECASE,
)
# under consideration, said after the verb: "recognising a Palestinian state was on the table"
ON_THE_TABLE = re.compile(
    r"^[^.;]{0,60}?\b(?:is|was|are|were|remains?|remained)\s+(?:still\s+)?['\"]?on\s+the\s+table\b|"
    r"^[^.;]{0,60}?['\"]?on\s+the\s+table\b",
    re.IGNORECASE,
)
# made already, told in the perfect: "announced that Britain had formally recognised"
PERFECT_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+|already\s+|formally\s+|officially\s+){0,2}$", re.IGNORECASE
)
# a recognition to take effect later is announced: "Canada's recognition ... will take effect in September"
TAKES_EFFECT_LATER = re.compile(
    r"^[^.;]{0,80}?\b(?:will|would|is\s+(?:due|set|expected)\s+to|is\s+to|are\s+to)\s+(?:\w+\s+)?(?:take\s+effect|"
    r"come\s+into\s+(?:force|effect)|be\s+(?:formalised|formalized|made\s+official|completed|sealed))\b",
    re.IGNORECASE,
)
# An earlier recognition in a relative clause: "Spain, which recognised Palestine last year, said ..."
RELATIVE_BEFORE = re.compile(
    r",\s*(?:which|who)\s+(?:has\s+|had\s+|already\s+|formally\s+|officially\s+)*$", re.I
)
# a recognition noun dated by the relative clause after it: "the country's recognition of Palestine, which
# the government formalised in 2024" (told as past, not news)
DATED_AFTER = re.compile(
    r"^[^,.;]{0,60},\s*which\s+(?:[\w-]+\s+){0,3}?(?:had\s+|has\s+)?\w+(?:ed|ade|ave)\b[^,.;]{0,30}?"
    r"\b(?:last\s+(?:year|month)|(?:a|two|\w+)\s+(?:years?|months?)\s+ago|in\s+(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
EARLIER = re.compile(
    r"\b(?:last\s+(?:year|month|week|spring|summer|autumn|fall|winter|"
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December))|"
    r"(?:a\s+|two\s+|\w+\s+)?(?:years?|months?|decades?)\s+ago|in\s+(?:19|20)\d\d|"
    r"previously|already|earlier)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def state_cue() -> re.Pattern[str]:
    """A state-like object of a recognition: a word for a state or its qualities, or the name of one
    not every state recognises (the lexicon's [recognition] disputed_names, anywhere in a word)."""
    names = lexicon("en").alternation("recognition", "disputed_names")
    return re.compile(
        r"\bstate\b|statehood|independen|sovereign|\bgovernment\b|\bregime\b|\brepublic\b|" + names, re.I
    )


OBJECT_END = re.compile(
    r"[,;:.!?\"|]|\s(?:as|in|at|on|by|with|during|if|unless|because|alongside|along|together|following|"
    r"after|before|when|while|amid|from|to|within|without|until|and\s+signed|would|will|is|was|has|have|could|"
    r"should|must|but|which|that)\s",
    re.IGNORECASE,
)
REJECT_BEFORE = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)\s+(?:down|against|out)|thr(?:ow|ows|ew|own|owing)\s+out|block\w*|defeat\w*|shelv\w*|no\s+(?:immediate\s+|current\s+)?plans?\s+to|no\s+reason\s+to|not\s+(?:yet\s+)?['\"‘’“”]?(?:ready|going|prepared)['\"‘’“”]?\s+to|"
    r"never|hold\w*\s+off|held\s+off|not\s+to|will\s+not|won't|would\s+not|wouldn't|does\s+not|doesn't|do\s+not|did\s+not|refus\w*|reject\w*|"
    # "is not recognising ... at this time": a refusal told in the present
    r"(?:(?:is|are|was|were)\s+not|isn't|aren't|wasn't|weren't)(?=\s+(?:yet\s+|currently\s+|formally\s+|officially\s+)?$)|"
    r"rul(?:e|es|ed|ing)\s+out|oppos(?!ition\b)\w*|opposition\s+to\b|not\s+join|(?<!not\s)against|declin\w*|no\s+intention|"
    r"thwart\w*|dismiss\w*|snub\w*|turn(?:s|ed|ing)?\s+down|postpon\w*|defer(?:s|red|ring)?|put(?:s|ting)?\s+off|"
    r"den(?:y|ies|ied|ying)\s+(?:that\s+)?(?:it|they|\w+)\s+(?:will|would|had|has|plans?\s+to|intends?\s+to)|"
    # "denies plans to recognise", "dismissed reports it would", "rejected suggestions that it was about to"
    r"(?:den(?:y|ies|ied|ying)|dismiss\w*|reject\w*|quash\w*|refut\w*)\s+(?:any\s+)?(?:plans?|intention|reports?|"
    r"suggestions?|claims?)\s+(?:that\s+)?(?:[\w']+\s+){0,4}?(?:to|would|will|was|is)(?:\s+(?:about|going|set)\s+to)?|"
    r"no\s+longer|back(?:s|ed|ing)?\s+(?:away|down)\s+from|walk\w*\s+back|retreat\w*\s+from|abandon\w*|"
    r"not\s+(?:\w+\s+)?(?:considering|planning|seeking|about\s+to)|"
    # the noun denied: "Italy: no recognition of Palestine for now"
    r"no(?=\s+(?:formal\s+|official\s+|immediate\s+|diplomatic\s+)?$)|"
    r"conditions\s+(?:are\s+|were\s+)?not\s+(?:yet\s+)?(?:met|right|in\s+place)\s+(?:for|to))\b",
    re.IGNORECASE,
)
# "not now" said softly: rejected, unless the text says a decision will follow consultation
NOT_NOW = re.compile(
    r"\bnot\s+(?:yet\s+)?in\s+a\s+position['\"]?\s+to|\b(?:no\s+(?:need\s+to\s+|reason\s+to\s+)?(?:rush|hurry)|in\s+no\s+(?:rush|hurry)|not\s+(?:be\s+)?(?:rushing|"
    r"hurrying|in\s+a\s+(?:rush|hurry))|not\s+to\s+rush|(?:not|n't)\s+(?:yet\s+)?ripe|decided\s+against|"
    r"no\s+reason\s+to|not\s+at\s+this\s+(?:time|stage)|not\s+now|not\s+(?:yet\s+)?the\s+(?:right\s+)?(?:time|moment)|"
    # "was not on the government's agenda": not now, said as a schedule
    r"not\s+(?:yet\s+|currently\s+)?on\s+(?:the|its|their|our)\s+(?:[\w'-]+\s+){0,2}?agenda|"
    r"(?:highly\s+|very\s+)?unlikely\s+to)\b",
    re.IGNORECASE,
)
# "not now" told after the verb: "will recognise it at the right time, not now"
NOT_NOW_AFTER = re.compile(
    r"^[^.;]{0,60}?(?:,|\bbut|\band)\s+not\s+(?:(?:right\s+)?now|at\s+(?:this\s+(?:time|stage|point)|the\s+moment|present)|"
    r"yet|for\s+now)\b|"
    # the same subject's refusal in a coordinated clause: "is open to recognising ... but will not do so at
    # this time" (not "while Italy said it would not"), or "but X said the cabinet would not follow it"
    r"^[^.;]{0,80}?,?\s+but\s+(?:[^.;]{0,60}?\b(?:said|says|told\s+\w+)\s+(?:that\s+)?(?:the\s+(?:government|cabinet)\s+)?)?"
    r"(?:(?:it|they)\s+)?(?:will|would|does|do|did|is|are|was|were|could|can|shall)(?:\s+not|n't)\s+(?:yet\s+)?(?:do\s+so|"
    r"act|follow\s+(?:it|suit|the\s+(?:motion|call|resolution))|take\s+(?:the|that|this)\s+step)\b|"
    r"^[^.;]{0,12}?\b(?:was|is|are|were)\s+not\s+(?:yet\s+|currently\s+)?on\s+(?:the|its|their|our)\s+(?:[\w'-]+\s+){0,2}?agenda",
    re.IGNORECASE,
)
# withdrawing or suspending a recognition: "withdrawal of its recognition", "suspends its recognition"
WITHDRAW_BEFORE = re.compile(
    r"\b(?:withdr[ae]w\w*|withdrawal|suspen\w*|revok\w*|revocation|rescind\w*|freez\w*|froze\w*|cancel\w*|"
    # "has put on hold its recognition"
    r"annul\w*|end(?:s|ed|ing)?|terminat\w*|break\w*\s+off|revers\w*|retract\w*|(?:put|puts|putting|placed?)\s+on\s+hold)"
    # the ties and the recognition under one verb: "suspending diplomatic relations with and recognition of"
    r"(?:\s+(?:its\s+|their\s+)?(?:diplomatic\s+)?(?:relations|ties)\s+with\s+and)?\s+(?:of\s+)?(?:its|their|his|her|the)?\s*"
    r"(?:official\s+|formal\s+|diplomatic\s+)?"
    # "reversed its 2012 decision to recognise", "withdrawal of Kosovo recognition"
    r"(?:(?:[\w-]+\s+){0,2}?(?:decision|move|vote)\s+to\s+|(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?\s+)?$",
    re.IGNORECASE,
)
# "not against", "not opposed to": open to it, i.e. considering
NOT_AGAINST = re.compile(
    # a refusal denied is an open door: "is not ruling out recognising", "won't rule out"
    r"(?:\bnot\s+|n't\s+)(?:\w+\s+)?(?:against|opposed\s+to|rul(?:e|es|ed|ing)\s+out|exclud\w*)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a promise in a deal: "in exchange for recognition", "in return for recognising"
PROMISED = re.compile(r"\bin\s+(?:exchange|return)\s+for\s+$", re.IGNORECASE)
# a modal before "become the first": "would become the first country to recognise" is a plan
_MODAL_FIRST = re.compile(
    r"\b(?:will|would|could|to|set\s+to|poised\s+to)\s+(?:\w+\s+)?become\s+", re.IGNORECASE
)
REJECT_AFTER = re.compile(
    r"\b(?:wrong\s+(?:signal|step|move)|counterproductive|counter-productive|premature|not\s+the\s+(?:right\s+)?time|"
    # "recognition must come at the end of a peace process": not now
    r"(?:must|should|can|could|will|would)\s+only\s+come|(?:must|should)\s+come\s+(?:only\s+)?(?:at\s+the\s+end|"
    r"at\s+end|after|later|last)|"
    r"time\s+(?:was|is|were)\s+not\s+(?:yet\s+)?right|"
    r"not\s+(?:on\s+the\s+(?:agenda|table)|an\s+option|imminent|(?:yet\s+)?on\s+the\s+cards|(?:yet\s+)?(?:timely|opportune))|"
    r"untimely)\b"
    # "the conditions for recognising a Palestinian state had not been met"
    # (a headline drops the verb: "conditions for recognising Palestine not yet met")
    r"|^[^.;]{0,60}?\b(?:(?:had|has|have|were|are|was|is)\s+)?not\s+(?:yet\s+)?(?:been\s+)?(?:met|fulfilled|in\s+place)\b"
    # "the moment to recognise Palestine has not yet come", "..., and that the time had not come"
    r"|^[^.;]{0,90}?\b(?:time|moment)\s+(?:has|had|have)\s+not\s+(?:yet\s+)?(?:come|arrived)\b"
    # "a vote on Slovenia's recognition of Palestine has been postponed"
    r"|^[^.;]{0,60}?\b(?:has\s+been|have\s+been|was|were|is|been)\s+(?:postponed|delayed|deferred|shelved|put\s+off|"
    r"blocked|rejected|voted\s+down)\b|^\s+(?:postponed|delayed|deferred|shelved|put\s+off|blocked|rejected)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def consider() -> re.Pattern[str]:
    """A weighing before the recognition verb (status `considering`): a word of the lexicon's
    [recognition] weighing_cues, or a phrase built around one ("hints at", "moves closer to")."""
    weighing = lexicon("en").alternation("recognition", "weighing_cues")
    return re.compile(
        rf"\b(?:{weighing}|"
        # "hints at recognising", "signals readiness to"
        r"hint\w*\s+at|signal\w*\s+(?:\w+\s+)?(?:openness|readiness)\s+to|"
        r"look\w*\s+(?:at|into)|think\w*\s+about|"
        r"(?:mov\w*|edg\w*|inch\w*|step\w*)\s+closer\s+to(?:wards?)?|decision\s+(?:yet\s+|so\s+far\s+)?(?:on|about|whether)|"
        # a stand still to be taken: "will take a position on recognising ... after studying the agreement"
        r"(?:take|takes|taking|adopt|adopts|reach|reaches)\s+a\s+[\"'“‘]?(?:final\s+|formal\s+|clear\s+)?"
        r"position[\"'”’]?\s+on|"
        # "will decide whether to", "to decide on Palestine recognition": a decision still to be taken
        r"decid(?:e|es|ing)\s+(?:whether|on|if|about))\b",
        re.IGNORECASE,
    )


# a weighing a few words before the verb: "is examining whether to follow Russia and extend recognition"
WHETHER_TO = re.compile(r"\bwhether\s+to\s+(?:[\w-]+\s+){0,6}$", re.IGNORECASE)
ANNOUNCE = re.compile(
    r"\b(?:will|would|shall|'ll|to|intends?\s+to|intend(?:s|ed)?|plans?\s+to|planning\s+to|set\s+to|"
    r"due\s+to|going\s+to|expected\s+to|decided\s+to|pledg\w*|promis\w*|vow\w*|ready\s+to|"
    r"moves?\s+to|moving\s+to|prepared\s+to|announc\w*|should)\b",
    re.IGNORECASE,
)
DONE_FIRST = re.compile(
    # a headline's ordinal right after its state, no verb: "Russia first to recognise ...", "Zambia latest
    # African state to recognise ..." (not "set to be first to": a plan)
    r"(?:\b(?:become|becomes|became|becoming|making\s+(?:it|them)|made\s+(?:it|them))|(?<![\w-])(?-i:[A-Z])[\w'-]+)\s+"
    r"(?:the\s+)?(?:first|second|third|\w+th|latest|last|newest)\s+"
    # "the second country after Russia to", "the first state in Europe to"
    r"(?:(?:[\w-]+\s+){0,4}?(?:country|nation|state|government)\s+(?:(?:after|since|in|outside|from)\s+"
    r"(?:[\w-]+\s+){1,3}?)?)?to\s+(?:\w+\s+)?$"
    # a text adopted to recognise: "approved a decision to", "adopts resolution to", "passed a bill to"
    r"|\b(?:approv|adopt|pass)\w*\s+(?:a\s+|the\s+)?(?:decision|resolution|bill|law|motion)\s+to\s+(?:\w+\s+)?$"
    # a vote that was held: "parliament voted 52-0 on Tuesday to recognise" (not "will vote on whether to")
    r"|\bvot(?:ed|es|e)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+|"
    r"\d+\s*(?:-|–|to)\s*\d+\s+|overwhelmingly\s+|unanimously\s+|late\s+\w+\s+)*to\s+(?:formally\s+|officially\s+)?$",
    re.IGNORECASE,
)
IN_EFFECT = re.compile(
    r"\b(?:comes?|came|takes?|took|go(?:es)?|went)\s+(?:into\s+)?effect\s+immediately|\beffective\s+immediately|"
    r"\bwith\s+immediate\s+effect",
    re.IGNORECASE,
)
CUT_ACTORS = re.compile(
    r"\b(?:such\s+as|like|including|join(?:s|ed|ing)?|follow(?:s|ed|ing)?(?!\s+by\b)|unlike|after|"
    # "together with", "along with" inside the subject join it ("Croatia, together with Hungary, is ...")
    r"(?<!together\s)(?<!along\s)(?<!jointly\s)with|than)\b",
    re.IGNORECASE,
)
# what is rumoured is no news: "addressed rumours of its recognition of ..." (a denial: rejected)
RUMOURED = re.compile(
    r"\b(?P<denied>(?:den(?:y|ies|ied)|dismiss\w*|refut\w*|quash\w*|address\w*|reject\w*)\s+)?"
    r"(?:the\s+)?(?:rumou?rs?|speculation|unconfirmed\s+reports?)\s+(?:of|about|over|that)\s+(?:[\w']+\s+){0,3}$",
    re.IGNORECASE,
)
# a standing state of affairs, no news: "remains the only country to recognise", "which still refuses to
# recognise it"
STANDING = re.compile(
    r"\b(?:remains?|remained)\s+(?:the\s+)?(?:only|sole|last|one\s+of\s+(?:the\s+)?(?:few|\w+))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:country|countries|nation|nations|state|states|government|governments)\s+(?:to|that|which|who)\s+(?:\w+\s+)?$"
    # "continues to refuse to recognise", "has long refused to recognise", and the noun: "continues to
    # refuse recognition", "has long withheld recognition": a position held, no news
    r"|\b(?:continu\w*\s+to|has\s+long|have\s+long|long)\s+(?:(?:refus\w*|declin\w*)(?:\s+to)?|withh[eo]ld\w*|"
    r"den(?:y|ies|ied|ying))\s+(?:formally\s+|officially\s+)?$"
    # a recognition kept, no change: "said it continues to recognise the republic", "still recognise it"
    r"|\b(?:continu(?:e|es|ed|ing)\s+to|still)\s+(?:formally\s+|officially\s+|fully\s+)?$"
    r"|\bstill\s+(?:refus\w*(?:\s+to)?|declines?\s+to|withholds?|does\s+not|do\s+not|doesn't|don't|has\s+not|hasn't|"
    r"won't|will\s+not|not)\s+"
    r"(?:formally\s+|officially\s+)?$"
    # a standing refusal told as an aside about a state or a thing, in commas: "Spain, which does not
    # recognise Kosovo's independence, allowed the match", "Kosovo's team, not recognised by Spain, plays"
    r"|,\s*(?:which|who)\s+(?:still\s+)?(?:does|do|did|has|have|had)\s+(?:not|never)\s+(?:formally\s+|officially\s+)?$"
    r"|,\s*(?:which\s+is\s+|still\s+)?(?:not|never)\s+(?:formally\s+|officially\s+)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def reacts_to() -> re.Pattern[str]:
    """A reaction to another state's act: "Serbia welcomed Togo's withdrawal of its recognition" (the
    lexicon's [recognition] reaction_verbs)."""
    verbs = lexicon("en").alternation("recognition", "reaction_verbs")
    return re.compile(rf"\b(?:{verbs})\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def reaction_stems() -> re.Pattern[str]:
    """The cheap gate before `reacts_to`, on lowercased words: a stem of the same list anywhere."""
    stems = (w.rstrip("*").lower() for w in lexicon("en").words("recognition", "reaction_verbs"))
    return re.compile("|".join(re.escape(s) for s in stems))


# recognition received: "Kosovo gains recognition from Israel" (Israel acts, Kosovo is recognised)
GAINED = re.compile(
    r"\b(?:gain\w*|wins?|won|winning|receiv\w*|secur\w*|obtain\w*|earn\w*|gets?|got)\s+"
    r"(?:formal\s+|official\s+|diplomatic\s+|full\s+)?$",
    re.IGNORECASE,
)
# where the clause holding the verb begins: a report ("X says") or a subordinate clause ("after X said")
CLAUSE_OPENER = re.compile(
    r"\b(?:says|said|told\s+\w+|reports?|reported|claims?|claimed|after|(?<!\bwell\s)as(?!\s+well\b)|when|"
    r"while|because|once|(?<=,\s)(?:though|although|but))\s+",
    re.IGNORECASE,
)
# a subordinate clause telling what its subject said or decided: "after Ethiopia said it would"
REPORTED_IN_CLAUSE = re.compile(
    r"\b(?:after|as|when|while|because|once)\s+(?P<subject>[^,;]{1,60}?)\s+(?:said|says|announced|declared|"
    r"decided|confirmed)\b[^,;]*$",
    re.IGNORECASE,
)
ALONGSIDE = re.compile(
    r"\b(?:alongside|along\s+with|together\s+with|jointly\s+with|in\s+concert\s+with|in\s+coordination\s+with|"
    # "followed hours later by Ireland", "joined on Tuesday by Norway": the same step by more states
    r"as\s+well\s+as|(?:followed|joined)\s+(?:[\w-]+\s+){0,3}?by|"
    # "..., as did Colombia", "and so did Peru": the same step by more states
    r"as\s+(?:did|has|have)|and\s+so\s+(?:did|has|have))\s+(?P<list>[^.;]{1,120})",
    re.IGNORECASE,
)
# A recognition stated as a requirement, not an act: "such a state would first have to be recognised by
# Israel", "must be recognised by its neighbours"
REQUIRED = re.compile(
    r"\b(?:(?:would|will)\s+(?:first\s+)?(?:have|need)\s+to|must|has\s+to|have\s+to|needs?\s+to|ought\s+to)\s+"
    r"(?:first\s+)?be\s+(?:formally\s+|officially\s+)?$",
    re.IGNORECASE,
)
# A step said not to be a recognition: "the step does not mean it recognises Kosovo", "would not
# amount to recognition": the disclaimer restates a standing position, it decides nothing
DISCLAIMER = re.compile(
    r"\b(?:does|do|did|would|will|should)\s+not\s+(?:mean|imply|amount\s+to|constitute|signal|equal|represent)"
    r"\s+(?:that\s+)?(?:[\w'-]+\s+){0,2}$|\b(?:is|was)\s+not\s+an?\s+(?:formal\s+|diplomatic\s+)?$",
    re.I,
)
# A recognition imagined, not made: "What if Britain recognised Somaliland?", "if Japan were to recognise"
# and a question put to readers or a debate: "Should Australia recognise Palestine?", "on whether
# Canberra should recognise"
HYPOTHETICAL = re.compile(
    r"\bwhat\s+if\s+(?:[\w'-]+\s+){0,4}$|\bif\s+(?:[\w'-]+\s+){1,4}(?:were|was)\s+to\s+$"
    # a sentence opened by the condition: "If Britain recognised Palestine, what would change?"
    r"|^\W*if\s+(?:[\w'-]+\s+){1,3}$"
    # a concession is imagined wherever it stands: "Even if Britain recognised Palestine, ..."
    r"|\beven\s+if\s+(?:[\w'-]+\s+){1,4}$"
    r"|^\W*(?:should|would|could|must)\s+(?:[\w'-]+\s+){1,4}$|\bwhether\s+(?:[\w'-]+\s+){1,4}should\s+$",
    re.I,
)
# An item whose step is explicitly not a recognition: "Spain to accept Kosovo passports without
# recognising Kosovo"; a refusal elsewhere in it ("stressing that it does not recognise Kosovo") says
# what the step is not, it is no decision about recognition (veto `disclaimer`)
STEP_WITHOUT = re.compile(
    r"\bwithout\s+(?:formally\s+|officially\s+|diplomatically\s+)?(?:recogni[sz]ing|(?:\w+\s+)?recognition)\b|"
    # "stressing that this did not mean recognising Kosovo": the step is said not to be one
    r"\b(?:does|do|did|would|will)\s+not\s+(?:mean|imply|amount\s+to|constitute|equal|signal)\s+(?:a\s+|any\s+)?"
    r"(?:formal\s+|diplomatic\s+|official\s+)?(?:recogni[sz]ing|recognition)\b",
    re.I,
)
# Not a recognition: "stopped short of formal recognition of the Taliban government"
SHORT_OF = re.compile(r"\b(?:stop\w*|f[ae]ll\w*)\s+short\s+of\s+(?:\w+\s+)?$|\bwithout\s+(?:\w+\s+)?$", re.I)
# "..., with Portugal following later in the day": more actors, same status
WITH_FOLLOWING = re.compile(
    r"\bwith\s+(?P<list>[^,;.]{1,80}?)\s+(?:following|followed|doing\s+the\s+same|joining|joined)\b", re.I
)
# more states taking the same step in an absolute clause, a list with commas: "..., with Belgium, Malta and
# Andorra also recognising Palestine", "with Uganda and Zambia also doing so"
WITH_ALSO = re.compile(
    r"\bwith\s+(?P<list>[^;.]{1,120}?)\s+(?:also|likewise|too|similarly)\s+(?:recogni[sz]ing|doing\s+(?:so|the\s+same)|"
    r"following\s+suit|taking\s+the\s+(?:same\s+)?step)\b",
    re.IGNORECASE,
)
# A government the text does not name: "The government rejected calls to recognise ..."
GENERIC_SUBJECT = re.compile(
    r"^\s*(?:The|Its|Their)\s+(?:\w+\s+)?(?:government|cabinet|parliament|coalition|administration|ministry)\b"
)


LIST_END = re.compile(
    r"\s(?:on|in|at|by|for|to|as|which|who|that|has|have|had|will|would|also|said)\s|[,;]\s+(?!and\b|the\b)[a-z]"
)
MONTH = r"January|February|March|April|May|June|July|August|September|October|November|December"
DATE = re.compile(
    rf"\b(?:in|this|next|by|at|during|from|on|until|before|end\s+of)\s+(?:(?:early|mid|late)[- ]?)?"
    rf"(?P<m>{MONTH})"
    rf"(?:\s+(?P<y>20\d\d))?\b|\b(?P<m2>{MONTH})'s\b"
)
NEXT_MONTH = re.compile(r"\bnext\s+month\b", re.IGNORECASE)
# (the place and the title on one line: a headline's last word is not a leader's country, "... recognising
# Somaliland" then a dateline's "President Donald Trump")
LEADER = re.compile(
    r"(?P<place>[A-Z][\w'&. -]{1,40}?)(?:'s)?[ \t]+"
    r"(?:(?:Prime|Foreign|Deputy|Defence|Defense|Interior|Vice)\s+)?"
    r"(?:President|Prime\s+Minister|Chancellor|Minister|Premier|King|Queen|Emir|Sultan|Leader|PM|"
    r"Foreign\s+Secretary)\s+(?:(?:[A-Z][\w'-]+)\s+){0,2}(?P<name>[A-Z][\w'-]+)"
)
GENERIC_LEADER = re.compile(
    r"(?<!with\s)(?<!and\s)\bthe\s+(?P<dem>[A-Z][a-z]+)\s+(?:leader|chancellor|president|prime\s+minister|"
    r"government|premier|foreign\s+minister|spokesman|spokeswoman|spokesperson)\b"
)
UN_BODIES = {"United Nations", "UN General Assembly", "UN Security Council", "UN Human Rights Council"}


COLLECTIVE_AFTER = re.compile(
    r"\s+(?:countries|states|members|member\s+(?:states?|countr(?:y|ies)|nations?)|nations|partners|allies|powers|"
    r"leaders)\b",
    re.I,
)
# a list after a collective noun names the actors: "several Western nations including Britain and France"
COLLECTIVE_INCLUDING = re.compile(
    r"\b(?:countries|states|nations|governments|allies|partners|members|powers)\s*,?\s+(?:including|such\s+as|like)\b",
    re.I,
)
# "Israel's recognition of", "Canada's decision to recognise": whose act it is
WHOSE = re.compile(
    r"(?P<who>(?-i:[A-Z][\w.-]+)(?:\s(?-i:[A-Z][\w.-]+)){0,2})'s?\s+(?:(?:\w+\s+){0,2}?(?:decision|move|plan|"
    r"announcement|pledge|vote)\s+to\s+|(?:formal\s+|official\s+|diplomatic\s+|unilateral\s+|"
    r"(?P<recalled>recent|earlier|previous|prior|past|last\s+year's)\s+)?)$"
)
# the country whose government is recognised is not an actor: "an ambassador of Afghanistan" (Taliban)
OWN_COUNTRY = {"Taliban government": "Afghanistan"}
OTHER_BEFORE = re.compile(r"\bother\s+$", re.I)


PLAN_AFTER = re.compile(
    # "the French plan", "France's peace plan"; not "Spain announced plans" (its own plan)
    r"(?:'s)?\s+(?:(?!\w+(?:ed|s)\b)\w+\s+)?(?:plan|plans|decision|move|proposal|initiative|bid|announcement|pledge)\b",
    re.I,
)

# a recognition imagined, not made: "A French recognition of Palestine would be largely symbolic" (an
# indefinite noun with a modal in its clause), "Would a British recognition change anything?"
IMAGINED_NOUN_BEFORE = re.compile(r"\b(?:an?|any)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
IMAGINED_MODAL_AFTER = re.compile(r"^[^,;.]{0,80}?\b(?:would|could|might)\b", re.IGNORECASE)
IMAGINED_QUESTION = re.compile(r"^\s*(?:Would|Could|Might|Should|What\s+would|What\s+if|How\s+would)\b")
