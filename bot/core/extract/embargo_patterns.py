"""The words and patterns an arms embargo is read by: embargo and arms-flow words, the action cues
(halt, lift, extend, impose, call, reject), attribution; where actors and targets stand is
embargo_role_patterns."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.embargo_arms_words import ARMS_WORD as _ARMS_WORD
from bot.core.extract.embargo_restored import _GIVEN_BACK
from bot.core.extract.lexicon import lexicon
from bot.core.extract.numbers import NUMBER_ANY

PREFILTER = re.compile(
    r"embargo|arms|weapon|munition|military\s+(?:equipment|exports|goods|aid|cargo)|defen[cs]e\s+(?:material|equipment|exports)|"
    r"export\s+(?:licen|permit)|F-35|F-16|fighter\s+jet|defen[cs]e\s+(?:sales|articles)|armou?red\s+vehicle|\barming\b|"
    r"military\s+(?:components|parts)|(?:shell|cartridge)\s+casings|Eurofighter|Gripen|Rafale|rifle|firearm|missile|"
    r"explosives|gunpowder|gun\s+parts|tank\s+(?:parts|components)|tanks|artillery|drones",
    re.IGNORECASE,
)
# a halting verb, as a gerund or bare: what a state keeps doing when it keeps a halt in place
_HALTING = (
    r"suspend(?:ing)?|halt(?:ing)?|ban(?:ning)?|block(?:ing)?|freez(?:e|ing)|restrict(?:ing)?|"
    r"withhold(?:ing)?"
)
_NON_ARMS = (
    r"(?:oil|trade|economic|grain|food|rice|wheat|gas|energy|press|news|media|import|financial|commercial|"
    r"coal)"
)
ARMS_EMBARGO = re.compile(
    rf"(?:\b(?:arms|weapons?|military|conventional\s+(?:arms|weapons))\s+(?:\w+\s+)?embargo(?:es)?\b"
    rf"|\bembargo(?:es)?\s+on\s+(?:the\s+)?(?:supply\s+of\s+|sales?\s+of\s+|exports?\s+of\s+|"
    # two flows in one: "an embargo on the sale and purchase of weapons"
    rf"(?:sales?|exports?|imports?|supply)\s+and\s+(?:purchases?|imports?|exports?|sales?)\s+of\s+)?"
    rf"(?:conventional\s+|lethal\s+)?{_ARMS_WORD}"
    rf"|\bban\s+on\s+(?:the\s+)?(?:new\s+)?(?:sales?|exports?|supply|supplies|transfers?|deliver(?:y|ies))\s+of\s+"
    rf"(?:lethal\s+|offensive\s+)?{_ARMS_WORD}"
    rf"|\bban\s+on\s+(?:\w+\s+){{0,2}}{_ARMS_WORD}\s+(?:sales|exports|supplies|transfers|deliveries)"
    # a ban on arms for a named state or its unit: "lifts ban on weapons and training for Ukraine's Azov
    # brigade" (not "a ban on weapons in parks", "at the capitol": no state named after "for"/"to")
    rf"|\bban\s+on\s+(?:[\w-]+\s+)?{_ARMS_WORD}(?:\s+and\s+[\w-]+)?\s+(?:for|to)\s+(?:the\s+)?(?=(?-i:[A-Z]))"
    # restrictions on arms are an embargo: "lifts arms restrictions on", "restrictions on weapons deliveries"
    rf"|\b(?:arms|weapons?|{_ARMS_WORD})\s+(?:restrictions|curbs|ban|halt|freeze|moratorium)\b|"
    # the halt as a noun: "Czech halt on weapons for Azerbaijan", "a freeze on arms sales"
    rf"\b(?:halt|freeze|moratorium)\s+on\s+(?:the\s+)?(?:(?:new|all|\w+)\s+)?{_ARMS_WORD}\b|"
    # a limit on military aid is one: "waived a restriction on military aid to Egypt"
    rf"\brestrictions?\s+on\s+(?:\w+\s+)?military\s+(?:aid|assistance)\b|"
    # "eases its re-export ban on weapons parts"
    # "lifts restrictions on defence articles for Cyprus"
    rf"\b(?:restrictions?|curbs?)\s+on\s+(?:the\s+)?(?:(?:sales?|exports?|transfers?|supply)\s+of\s+)?{_ARMS_WORD}\b|"
    rf"\b(?:re-?)?export\s+ban\s+on\s+(?:[\w-]+\s+){{0,2}}?{_ARMS_WORD}|\brestrictions\s+on\s+{_ARMS_WORD}\s+(?:sales|exports|supplies|"
    rf"transfers|deliveries)"
    rf"|\b{_ARMS_WORD}\s+(?:sales|exports?|export\s+ban|ban|supplies|transfers|deliveries)\s+ban"
    rf"|\b{_ARMS_WORD}\s+re-?export\s+(?:ban|rules|restrictions)\b"
    # the verb: "embargoing arms to Israel", "to embargo weapons for"
    rf"|\bembargo(?:es|ed|ing)?\s+(?:all\s+)?{_ARMS_WORD}\s+(?:to|for|on|bound\s+for)\b)",
    re.IGNORECASE,
)
# Words every match of ARMS_EMBARGO holds (one of them, lowercase), for a cheap test before the regex
ARMS_EMBARGO_WORDS = ("embargo", "ban", "restriction", "curb", "halt", "freeze", "moratorium")
BARE_EMBARGO = re.compile(r"\bembargo(?:es)?\b", re.IGNORECASE)
NON_ARMS_EMBARGO = re.compile(rf"\b{_NON_ARMS}\s+(?:\w+\s+)?embargo", re.IGNORECASE)
# (not a figure of speech: "use oil as a weapon", "food as a weapon of war")
ARMS_IN_SENTENCE = re.compile(rf"(?<!\bas a )\b{_ARMS_WORD}", re.IGNORECASE)
# arms flowing somewhere: "arms exports to", "weapons that can be used", "permits for arms shipments"
ARMS_FLOW = re.compile(
    rf"(?:\b(?:all\s+|future\s+|its\s+|their\s+|some\s+|new\s+)?{_ARMS_WORD}\s+"
    rf"(?:export\s+licen[cs]es|export\s+permits|exports?|sales?|shipments?|consignments?|cargo(?:es)?|deliver(?:y|ies)|supplies|"
    rf"supply|transfers?|flows?|licen[cs]es|permits|purchases?|imports?|trade|deals?|contracts?|cooperation|transit)"
    rf"|\b(?:arms|weapons|military|defen[cs]e|missile|rocket|tank|artillery|ammunition|rifle)\s+"
    rf"(?:exports?|sales?|shipments?|deliveries|supplies|transfers?"
    # the licences by what they let through: "military transit licences", "defence export permits"
    rf"|(?:export|transit)\s+(?:licen[cs]es|permits))"
    rf"|\b(?:exports?|sales?|shipments?|consignments?|deliver(?:y|ies)|supply|supplies|transfers?|purchases?|imports?|"
    rf"transit|flows?|containers?|crates?|cargo(?:es)?|loads?|"
    rf"contracts?\s+to\s+buy)\s+(?:[\w,'-]+\s+){{0,3}}?of\s+(?:[\w,'-]+\s+){{0,3}}?{_ARMS_WORD}"
    # drones as what is sold, not what a firm supplies under sanctions: "the sale of drones"
    rf"|\b(?:sales?|exports?|shipments?|deliver(?:y|ies)|transfers?)\s+of\s+(?:military\s+|armed\s+|attack\s+|combat\s+|"
    rf"commercial\s+)?drones\b"
    # "a contract for howitzers", "an order for 12 attack drones"
    rf"|\b(?:contracts?|deals?|orders?)\s+for\s+(?:[\w,.'-]+\s+){{0,3}}?{_ARMS_WORD}"
    # all trade cut, the arms named in it: "ended all trade with Israel, including military goods"
    rf"|\b(?:trade|exports|imports|commerce)\s+(?:and\s+(?:exports|imports)\s+)?with\s+(?-i:[A-Z])[^.;]{{0,60}}?,?\s+"
    rf"including\s+(?:[\w-]+\s+(?:and\s+)?){{0,2}}?{_ARMS_WORD}"
    # "all trade in arms with Israel"
    rf"|\b(?:trade|trading|traffic)\s+in\s+(?:[\w-]+\s+){{0,2}}?{_ARMS_WORD}"
    # (or what they let pass: "licences allowing gunpowder and other military goods to transit")
    rf"|\b(?:licen[cs]es?|permits?|approvals?)\s+(?:for|allowing)\s+(?:[\w,'-]+\s+){{0,4}}?{_ARMS_WORD}"
    rf"|\b(?:supplying|selling|sending|exporting|delivering|shipping|buying|purchasing|transferring|licensing|providing)\s+(?:\w+\s+){{0,3}}?{_ARMS_WORD}"
    # "ships carrying weapons for Israel", "to stop arming Myanmar's military"
    # "arms-laden ships", "weapons-carrying vessels"
    rf"|\b(?:arms|weapons?|munitions|ammunition|explosives)-(?:laden|carrying|loaded)\s+(?:ships?|vessels?|freighters?|"
    rf"flights?|planes?|aircraft|cargo|trucks?)"
    rf"|\b(?:ships?|vessels?|freighters?|flights?|planes?|aircraft|cargo|trucks?)\s+(?:carrying|loaded\s+with|transporting)\s+"
    rf"(?:\w+\s+){{0,2}}?{_ARMS_WORD}"
    rf"|\b(?:stop|stops|stopped|halt|end|cease|refrain\s+from)\s+(?:\w+\s+)?arming\b"
    # arms named by who sends them and where to, after a halting verb: "to halt German arms to Israel"
    rf"|\b(?:halt|stop|end|block|cut\s+off)\s+(?:(?-i:[A-Z])[\w-]+\s+)?(?:arms|weapons)\s+(?:to|for)\s+(?=(?-i:[A-Z]))"
    # (with a maker's name or demonym before the arms: "send Swedish-made howitzers", "sell German tanks")
    rf"|\b(?:export|sell|supply|deliver|ship|send)\s+(?:any\s+)?(?:more\s+|further\s+|new\s+)?"
    # (and up to two words saying what kind: "re-export Swiss-made anti-aircraft ammunition")
    rf"(?:(?-i:[A-Z])[\w]+(?:-made)?\s+)?(?:[\w-]+\s+){{0,2}}?{_ARMS_WORD}"
    rf"|\b(?:buy|purchase)\s+(?:[\w-]+\s+){{0,2}}?{_ARMS_WORD}"
    # a hold put on arms bound somewhere: "releases hold on 2,000-pound bombs for Israel"
    rf"|\b(?:holds?|pause)\s+on\s+(?:[\w,'-]+\s+){{0,2}}?{_ARMS_WORD}"
    # parts bound for an army: "the export of ship components to the Israeli navy"
    rf"|\b(?:exports?|deliver(?:y|ies)|shipments?|sales?|supply)\s+of\s+(?:[\w-]+\s+){{0,2}}?(?:components|parts|"
    rf"equipment)\s+(?:for|to)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:navy|army|air\s+force|military|armed\s+forces|"
    rf"defen[cs]e\s+forces))",
    re.IGNORECASE,
)
HALT = re.compile(
    r"\b(?:halt\w*|stop\w*|suspen(?:d\w*|sion)|freez\w*|froze|frozen|prevent\w*|ban(?:s|ned|ning)?|block\w*|ceas(?:e|es|ed|ing)\b(?!-)|end(?:s|ed|ing)?|"
    r"cut(?:s|ting)?\s+off|prohibit\w*|restrict\w*|limit\w*|pause\w*|revok\w*|cancel\w*|embargo\w*|"
    r"no\s+longer\s+(?:export|sell|supply|approve|authori[sz]e|license|licence|grant|issue)|not\s+(?:approve|authori[sz]e|grant|issue)\w*|"
    # "the Pentagon held back a shipment of munitions"
    r"h[oe]ld(?:s|ing)?\s+back|"
    # a port, customs or a state turning arms away: "closes its ports and airspace to", "turned away a
    # freighter", "refused to let the ship dock", "would not be allowed to transit"
    r"(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?)\s+(?:its\s+|their\s+|the\s+)?(?:\w+\s+)?(?:ports?|airspace|harbou?rs?|airports?|"
    r"borders?|territory|waters)|turn(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:away|back)|sen[dt]s?\s+back|"
    r"refus\w*\s+to\s+(?:let|allow|permit|unload|load|handle|clear|accept|receive|service|refuel)|(?:not|never)\s+(?:be\s+)?(?:allowed|permitted)\s+to|"
    # "will refuse export licences for", "denied a permit for"; a port or customs turning one cargo
    # away: "refused clearance to a ship carrying", "denied entry to a vessel loaded with"
    r"(?:refus\w*|den(?:y|ies|ied|ying)|turn(?:s|ed|ing)?\s+down)\s+(?:[\w']+\s+){0,2}?(?:licen[cs]es?|permits?|clearance|entry|docking|requests?|(?:landing|overflight|docking|transit)\s+rights|"
    r"permission(?:\s+to\s+dock)?|port\s+access)|"
    # "authorise no exports", "no more approvals for"
    r"authori[sz]e\s+no|no\s+(?:more|new|further)\s+(?:approvals|permits|licen[cs]es)|"
    r"stops?\s+approving|(?:will\s+not|won't|would\s+not|not\s+to)\s+(?:\w+\s+)?(?:export|sell|supply|deliver|ship|"
    r"issue|approve|grant|authori[sz]e|licen[cs]e|permit)|curb\w*|withhold\w*|withheld|bar(?:s|red|ring)?)\b",
    re.IGNORECASE,
)

COURT_WORD = re.compile(
    # (the world court by its abbreviation: "ICJ declines request to order a halt")
    r"\bcourts?\b|\btribunal\b|\bjudges?\b|\bCouncil\s+of\s+State\b|\bState\s+Council\b|\b(?-i:ICJ)\b",
    re.IGNORECASE,
)
COURT_VERB = re.compile(
    r"\b(?:rul(?:e|es|ed|ing)|order(?:s|ed)?|must|bar(?:s|red)|block(?:s|ed)|halt(?:s|ed)|told|dismiss\w*|reject\w*|"
    r"uph[oe]ld\w*|suspend\w*|quash\w*|overturn\w*|declin\w*|refus\w*|thr(?:ow|ows|ew|own|owing)\s+out|struck\s+down|"
    r"scrap\w*|annul\w*|revok\w*|cancel\w*|grant(?:s|ed)|unlawful|illegal)\b",
    re.I,
)
REJECT = re.compile(
    r"\b(?:reject\w*|rul(?:e|es|ed|ing)\s+out|oppos(?:e|es|ed|ing)|snub\w*|rebuff\w*|spurn\w*|brush\w*\s+aside|refus\w*|dismiss\w*|veto\w*|"
    r"resist\w*|vot(?:e|es|ed|ing)\s+(?:down|against))\b[^.;]{0,80}\b(?:embargo|ban|halt|suspen\w*|calls?|"
    r"block\w*|stop\w*|bids?|resolutions?|motions?|proposals?|measures?|demands?)"
    # a legislature defeating a bill or motion, active or passive: "defeats bill for arms embargo", "threw
    # out the motion", "a proposal to ban arms trade was voted down", "two resolutions failed"
    # (or a draft text a body would adopt: "vetoed a draft declaration that would have asked states to stop")
    r"|\b(?:defeat(?:s|ed|ing)?|block(?:s|ed|ing)?|veto(?:es|ed|ing)?|thr(?:ow|ows|ew|own|owing)\s+out|vot(?:e|es|ed|ing)\s+out|"
    r"turn(?:s|ed|ing)?\s+down)\s+"
    r"(?:an?\s+|the\s+|two\s+)?(?:[\w'-]+\s+){0,3}?(?:bills?|motions?|resolutions?|proposals?|amendments?|drafts?|"
    r"declarations?|statements?|texts?)\b"
    r"|\b(?:bills?|motions?|resolutions?|proposals?|amendments?)\b[^.;]{0,120}?\b(?:(?:was|were)\s+(?:\w+\s+)?"
    r"(?:defeated|voted\s+down|thrown\s+out|turned\s+down)|fail(?:s|ed)\b(?!\s+to\s+(?:stop|halt|prevent)))"
    # blocking the embargo itself: "Washington blocks UN arms embargo on Israel"
    r"|\bblock(?:s|ed|ing)?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:arms\s+|weapons\s+)?embargo"
    # voting against a proposal: "voted 201 to 98 against a Left Party proposal to ban ..."
    r"|\bvot(?:e|es|ed|ing)\s+(?:\S+\s+){0,4}?against\s+(?:\S+\s+){0,4}?(?:bills?|motions?|resolutions?|"
    r"proposals?|amendments?)\b"
    # blocking another's step: "blocks EU move to curb arms exports" (the blocker refuses it)
    r"|\bblock(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?(?:move|proposal|plan|bid|push|attempt|effort)s?\s+to\s+"
    r"(?:curb|restrict|limit|halt|suspend|stop|ban|freeze|cut|end|impose)\b"
    # (a port denying docking or entry to a ship halts its cargo, it denies no report)
    r"|\bden(?:y|ies|ied|ying)\s+(?!(?:docking|entry|clearance|access|permission)\b)(?:\w+\s+){0,2}"
    r"(?:reports?|claims?|suggestions?|that|\w+ing)\b"
    r"|\b(?:continu\w*|keep|keeps|kept|maintain\w*|stands?\s+by|stood\s+by|go\s+on)\s+"
    r"(?:(?!(?:halt|ban|freeze|suspension|moratorium|restrictions?|curbs?|limits|controls|embargo|"
    rf"{_HALTING}"
    r")\b)\w+\s+){0,3}?"
    # "keep supplying arms", not "keep an arms embargo in place" nor "keeps its arms export halt" (renewals)
    r"(?:supplying|selling|sending|exporting|delivering|arms|weapons|deliveries|exports|sales)\b"
    r"(?!\s+(?:\w+\s+)?(?:embargo|halt|ban|freeze|suspension|moratorium|restrictions?|curbs?|limits|controls)\b)"
    r"|(?:can't|cannot|can\s+not|won't|will\s+not|should\s+not|must\s+not)\s+be\s+(?:extended|renewed|"
    r"imposed|reimposed)"
    r"|\b(?:no\s+plans?['\"’”]?\s+to|will\s+not|won't|would\s+not|does\s+not|do\s+not|refus(?:es|ed|ing)?\s+to|"
    r"declin(?:es|ed|ing)?\s+to)\s+"
    r"(?:\w+\s+)?(?:impose|halt|stop|suspend|join|back|support|restrict|limit|curb|cut|condition|pause|ban|freeze|"
    r"slow(?:-walk)?)\b"
    # refusing to follow another's embargo named after the verb ("will not follow Denmark's arms embargo"; a
    # bare "would not follow" after a decision is a second state's refusal: SECOND_REFUSES)
    r"|\b(?:will\s+not|won't|would\s+not|does\s+not|do\s+not|refus(?:es|ed|ing)?\s+to|declin(?:es|ed|ing)?\s+to)\s+"
    r"(?:follow|copy|emulate|"
    r"match|mirror|honou?r|respect|observe|abide\s+by|comply\s+with)\s+(?:[\w'-]+\s+){0,3}?(?:arms\s+|weapons\s+)?"
    r"(?:embargo|ban|halt|suspension)\b",
    re.IGNORECASE,
)
# a refusal whose subject is no state: "sanctions will not stop its arms exports"
NON_STATE_SUBJECT = re.compile(
    r"\b(?:sanctions|pressure|threats?|criticism|protests?|calls|the\s+war|nothing|no\s+one|the\s+crisis)\s+$",
    re.I,
)
CALL_FOR = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+(?:for|on)|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+"
    r"(?:for|to)|press(?:es|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|propos(?:e|es|ed|ing)|"
    r"ask(?:s|ed|ing)?\s+for|petition\w*|advocat\w*|lobb\w*|"
    # "asks the Council to lift", "asked the Security Council on Monday to scrap"
    r"ask(?:s|ed|ing)?\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+[\w-]+){0,2}?(?:\s+(?:on|last|this)\s+\w+)?\s+to|"
    # "a motion asking the government to refuse", "asked member states to stop"
    r"ask(?:s|ed|ing)?\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:governments?|states|countries|"
    r"ministers|authorities|members)\s+to|"
    r"(?:push|press)(?:es|ed|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?to|"
    # "presses Security Council for Ethiopia arms embargo"
    r"(?:push|press|lobb(?:y|ies|ied|ying))(?:es|ed|ing)?\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+[\w-]+){0,2}?\s+for)\b",
    re.IGNORECASE,
)
# a speaker saying another should act calls for it, they decide nothing: "HRW said the Security Council
# should bar all weapons sales to Ethiopia", "Oxfam says Britain should stop selling weapons"; the
# reporting verb is where the caller's name ends
MODAL_CALL = re.compile(
    r"\b(?:say|says|said|argu(?:e|es|ed)|insist(?:s|ed)?|warn(?:s|ed)?|wr(?:ote|ites)|told\s+(?:\w+\s+){1,2}?)\s+"
    r"(?:on\s+\w+\s+|in\s+a\s+\w+\s+)?(?:that\s+)?(?=(?:[\w'-]+\s+){1,6}?(?:should|must|ought\s+to)\s+(?:now\s+)?"
    r"(?:impose|halt|stop|suspend|ban|bar|end|cut|freeze|restrict|curb|embargo|block|cease|"
    r"expand|extend|widen|broaden|tighten)\b)",
    re.IGNORECASE,
)
# the same modal before the embargo words, with the speaker after them: "The EU must impose an arms
# embargo, Ireland's foreign minister said"
MODAL_BEFORE = re.compile(
    r"\b(?:should|must|ought\s+to)\s+(?:now\s+)?(?:impose|halt|stop|suspend|ban|bar|end|cut|freeze|restrict|"
    r"curb|embargo|block|cease|expand|extend|widen|broaden|tighten)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _allowed_again_source() -> str:
    """Arms allowed again: "will allow sales of lethal weapons to Cyprus for the first time since 1987",
    "lets Somalia buy heavy weapons again" (an approval with no "again" is no lifting); the verbs and the
    again words are the lexicon's [embargo] allow_verbs and again_words."""
    lex = lexicon("en")
    allow, again = lex.alternation("embargo", "allow_verbs"), lex.alternation("embargo", "again_words")
    # (a verb, not the noun: "30 permits for arms shipments"; "again", not "against")
    return rf"\b(?:{allow})(?:s|ted|ting|ed|ing)?\b(?!\s+for\b)(?=[^.;]{{0,120}}?\b(?:{again})\b)"


@lru_cache(maxsize=1)
def allowed_again() -> re.Pattern[str]:
    return re.compile(_allowed_again_source(), re.IGNORECASE)


@lru_cache(maxsize=1)
def lift_pattern() -> re.Pattern[str]:
    """An embargo lifted, eased, or ended; arms allowed again (`allowed_again`)."""
    return re.compile(
        # the embargo ending on its own: "Arms embargo on Eritrea ends", "the ban lapsed at midnight"
        r"\b(?:embargo|ban|restrictions|curbs)\s+(?:on\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:ends|ended|lapses|lapsed)\b|"
        # a verb that lifts only with a restriction as its object: "ends its ban", "dropped the curbs"
        rf"\b(?:{lift_verbs_with_object()})\s+(?:its\s+|the\s+|a\s+|their\s+)?(?:[\w'-]+\s+){{0,3}}?(?:ban|embargo|"
        r"freeze|restrictions?|curbs?|limits|suspension|moratorium|block|blockade|veto|hold|pause)\b|\bunfreez\w*|"
        # a hold released, a flow given back (embargo_restored: "releases hold on bombs", "restore some arms
        # export licences"); arms allowed again (`allowed_again`); a block given up: "will no longer block"
        f"{_GIVEN_BACK}|{_allowed_again_source()}|"
        r"\bno\s+longer\s+(?:block|ban|bar|halt|restrict|stop|veto|oppos|object)\w*|"
        rf"\b(?:{lift_verbs()})\b",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def lift_verbs() -> str:
    """The verbs that lift with any object or none (lexicon [embargo] lift_verbs), as an alternation."""
    return lexicon("en").alternation("embargo", "lift_verbs")


@lru_cache(maxsize=1)
def lift_verbs_with_object() -> str:
    """The verbs that lift only with a restriction as their object ("ends the ban", "dropped the curbs";
    lexicon [embargo] lift_verbs_with_object), as an alternation."""
    return lexicon("en").alternation("embargo", "lift_verbs_with_object")


# a period added again: "eases the embargo for another year" renews an easing (`extended`)
AGAIN_PERIOD = re.compile(
    r"\bfor\s+(?:another|a\s+further|an\s+additional|one\s+more)\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?)\b",
    re.IGNORECASE,
)
EXTEND = re.compile(
    r"\b(?:renew\w*|extend\w*|extension|prolong\w*|roll(?:s|ed)?\s+over)\b"
    # an embargo's reach widened, the same embargo carried further (four authors' labels read it
    # `extended`): "widens the Haiti arms embargo to the whole country", "broadened its arms embargo"
    r"|\b(?:widen|broaden|expand)(?:s|ed|ing)?\s+(?:the\s+|its\s+|a\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:arms\s+|weapons\s+)?embargo"
    # a halt that goes on is renewed: "to keep suspending arms sales", "will continue to block exports"
    rf"|\b(?:keep|keeps|keeping|kept|continu\w*\s+(?:to\s+)?)\s*(?:{_HALTING})\b"
    r"|\b(?:keep|keeps|keeping|kept|maintain\w*)\b[^.;]{0,60}?\bin\s+(?:place|force)\b",
    re.IGNORECASE,
)
# licences no longer granted: "would no longer grant permits for", "stopped issuing licences for"
# (`suspended_licences`, or `partial` when only some arms are meant: embargo_actions._licences)
# the embargo kept beside another measure that changes: "lifts sanctions on Syria, keeps arms embargo",
# "ends travel bans but maintains the arms embargo", "the arms embargo would remain in force"
KEPT_BEFORE = re.compile(
    r"\b(?:keep|keeps|kept|keeping|maintain(?:s|ed|ing)?|retain(?:s|ed|ing)?|leav(?:e|es|ing)|left|preserv(?:e|es|ed|ing)|"
    # "lifted all sanctions except the arms embargo"
    r"except(?:\s+for)?|apart\s+from|excluding|other\s+than|with\s+the\s+exception\s+of)"
    r"\s+(?:in\s+place\s+)?(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
KEPT_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,4}?(?:would|will|is\s+to|shall)?\s*(?:remain|remains|stay|stays)(?:\s+(?:in\s+(?:force|place)|intact|"
    r"untouched|unchanged|until)\b|\s*(?:[.;]|$))",
    re.IGNORECASE,
)
LICENCES = re.compile(
    r"\b(?:suspend\w*|revok\w*|cancel\w*|freez\w*|froze|frozen|halt\w*|withdr\w*|pause\w*|stop\w*|block\w*|review\w*|"
    r"scrap\w*|annul\w*|suspension)\b[^.;]{0,60}\b(?:licen[cs]es?|permits?)\b"
    r"|\bno\s+new\s+(?:\w+\s+){0,2}(?:licen[cs]es|permits)\s+(?:would|will|are|were)\s+(?:be\s+)?(?:granted|issued|approved)"
    # "no new licences for arms exports to Israel would be granted"
    r"|\bno\s+new\s+(?:\w+\s+){0,2}(?:licen[cs]es|permits)\b[^.;]{0,60}?\b(?:would|will|are|were|had|has|have)\s+"
    r"(?:be\s+|been\s+)?(?:granted|issued|approved|authori[sz]ed)"
    # the passive: "export licences for weapons bound for Israel have been frozen"
    r"|\b(?:licen[cs]es|permits)\b[^.;]{0,60}?\b(?:have|has|had|were|was|are|is|been)\s+(?:been\s+)?"
    r"(?:suspended|revoked|cancell?ed|frozen|halted|withdrawn|paused|blocked)\b"
    r"|\b(?:licen[cs]es|permits)\s+(?:[\w-]+\s+){0,4}?(?:suspended|revoked|frozen)\s+by\b",
    re.IGNORECASE,
)
# a verb acting on the embargo itself, not on arms flows: "revokes the arms embargo" is a lifting
LIFT_EMBARGO = re.compile(
    r"\b(?:revok\w*|cancel\w*|scrap\w*|drop\w*|rescind\w*|withdr[ae]w\w*|lift\w*|end(?:s|ed|ing)?|repeal\w*)\s+"
    r"(?:the\s+|its\s+|their\s+|a\s+)?(?:partial\s+)?(?:\w+\s+)?(?:arms\s+|weapons\s+)?embargo",
    re.IGNORECASE,
)
OLD_DEALS_GO_ON = re.compile(
    # only new sales stop while the deals already made go on: "existing permits remain valid",
    # "contracts signed before then are being honoured", "honours old contracts"
    r"\b(?:existing|current|earlier|previous|prior|old)\s+(?:[\w-]+\s+){0,2}?(?:permits|licen[cs]es|contracts|deals|orders)\b"
    r"[^.;]{0,60}?\b(?:remain\w*|stay\w*|continu\w*|still|(?:are|were|is|was|be|being|been)\s+(?:honou?red|fulfill?ed|"
    r"delivered|valid|executed))\b|"
    r"\b(?:permits|licen[cs]es|contracts|deals|orders)\s+(?:signed|approved|issued|granted|agreed|concluded)\s+(?:before|prior\s+to)\b"
    r"[^.;]{0,80}?\b(?:honou?r\w*|fulfil\w*|continu\w*|remain\w*|valid)\b|"
    r"\bhonou?r(?:s|ed|ing)?\s+(?:its\s+|the\s+)?(?:old|existing|earlier|previous|prior|signed)\s+(?:contracts|deals|orders)\b",
    re.IGNORECASE,
)
PARTIAL = re.compile(
    # one sale or shipment of so many weapons: "halted the sale of 20,000 assault rifles"
    # (the count in words too: "the delivery of two submarines")
    r"\b(?:a|one|the)\s+(?:planned\s+|pending\s+)?(?:sale|shipment|delivery|order|transfer)\s+of\s+(?:[\d,]+|"
    + NUMBER_ANY
    + r")\s|"
    # a headline drops the article: "pauses shipment of 1,800 bombs"
    r"\b(?:paus|halt|suspend|delay|block|stopp?)\w*\s+(?:sale|shipment|delivery|transfer)\s+of\s+[\d,]+\s|"
    r"\b(?:a|one)\s+(?:shipment|consignment|batch|container)\b|"
    # one deal paused (a cancelled contract is labeled a halt, `imposed`): "paused a contract for shells",
    # and in a headline without the article: "Germany suspends contract for howitzers"
    r"\b(?:paus|halt|suspend|freez|froze)\w*\s+(?:(?:a|an|one|the)\s+)?(?:[\w$.-]+\s+){0,2}?(?:contract|deal|order)\b|"
    # one ship turned away: "refused clearance to a cargo ship carrying", "denied entry to a vessel"
    # (a headline drops the article: "turns away freighter loaded with explosives")
    r"\b(?:(?:a|one|the)\s+)?(?:cargo\s+|container\s+)?(?:ship|vessel|freighter|plane|flight)\s+(?:carrying|loaded|transporting)\b|"
    r"\b(?:(?:block|halt|stopp?|seiz|impound|paus)\w*|h[oe]ld(?:s|ing)?\s+(?:back|up)|withh[oe]ld\w*)\s+"
    r"(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:shipment|consignment|container|cargo)\b|"
    # the belts that feed a machine gun are weapon parts
    r"\b(?:cartridge|machine[- ]gun|ammunition)\s+links\b|"
    r"\bsome\s+(?:[\w-]+\s+)?(?:weapons|arms|deliveries|shipments|munitions|bombs|missiles|"
    r"shells|ammunition|equipment|components|parts|exports)\b|"
    r"\bpartial(?:ly)?\b|\bthat\s+(?:they\s+|it\s+)?(?:can|could|might|may)\s+(?:be\s+used|end\s+up)\b|"
    # (said as an adjective: "exports usable in Gaza", "arms for use in the Gaza Strip")
    r"\b(?:usable|useable|for\s+use)\s+(?:in|on|against|by)\b|"
    r"\bthat\s+(?-i:[A-Z][\w-]+)\s+(?:can|could|might|may)\s+use\b|"
    # a headline drops the "that": "arms exports Israel could use in Gaza"
    r"\b(?-i:[A-Z][\w-]+)\s+(?:can|could|might|may)\s+use\s+in\b|\b(?:components|parts)\b(?!\s+of\b)|\bcertain\s+(?:arms|weapons)|"
    r"\boffensive\s+weapons\b|\bfor\s+use\s+in\b|"
    # arms another state bought, passed on: one transfer ("blocks the re-export of ammunition to", "denied
    # Poland's request to send its tanks on to")
    r"\bre-?export(?:s|ing)?\b|\brequests?\s+to\s+(?:re-?export|pass\s+on|transfer|send|supply)\b"
    r"|" + OLD_DEALS_GO_ON.pattern,
    re.IGNORECASE,
)
IMPOSE = re.compile(
    r"\b(?:impos\w*|approv\w*|endors\w*|ratif\w*|adopt\w*|announc\w*|introduc\w*|enact\w*|establish\w*|agree\w*|backs|"
    r"backed|vot(?:e|es|ed)\s+(?:for|to)|decid\w*|implement\w*|enforc\w*|declar\w*|placed|slap\w*|"
    r"halt\w*|stop\w*|suspend\w*|ban(?:s|ned|ning)?|freez\w*|froze|frozen|prohibit\w*|ceas(?:e|es|ed|ing)\b(?!-)|block\w*|cut\s+off|"
    r"end(?:s|ed|ing)?|pass(?:es|ed)|enshrin\w*|reimpos\w*|to\s+halt|will\s+halt|paus\w*|revok\w*|"
    r"cancel\w*|not\s+(?:approve|authori[sz]e|grant|issue)\w*|stops?\s+approving|"
    r"(?:refus\w*|den(?:y|ies|ied|ying)|turn(?:s|ed|ing)?\s+down)\s+(?:[\w']+\s+){0,2}?(?:licen[cs]es?|permits?|clearance|entry|docking|requests?|"
    r"permission(?:\s+to\s+dock)?|port\s+access)|"
    r"authori[sz]e\s+no|no\s+(?:more|new|further)\s+(?:approvals|permits|licen[cs]es)|"
    # a refusal to supply is a halt: "will not export any more weapons", "won't issue export permits"
    r"(?:will\s+not|won't|would\s+not|not\s+to|no\s+longer)\s+(?:\w+\s+)?(?:export|sell|supply|deliver|ship|"
    r"issue|approve|grant|authori[sz]e|licen[cs]e|permit)|bar(?:s|red|ring)?|embargo(?:es|ed|ing)|(?:to|will|would|shall)\s+embargo|curb\w*|"
    r"withh[oe]ld\w*|h[oe]ld(?:s|ing)?\s+back|restrict(?:s|ed|ing)?|"
    # a port, customs or a state turning arms away: "closes its ports and airspace to", "turned away a
    # freighter", "refused to let the ship dock", "would not be allowed to transit"
    r"(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?)\s+(?:its\s+|their\s+|the\s+)?(?:\w+\s+)?(?:ports?|airspace|harbou?rs?|airports?|"
    r"borders?|territory|waters)|turn(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:away|back)|sen[dt]s?\s+back|"
    r"refus\w*\s+to\s+(?:let|allow|permit|unload|load|handle|clear|accept|receive|service|refuel)|(?:not|never)\s+(?:be\s+)?(?:allowed|permitted)\s+to)\b",
    re.IGNORECASE,
)
# The embargo is one part of a package the main clause acts on
PACKAGE = re.compile(
    r"\b(?:sanctions|measures|regime|package)\b[^.;]{0,60}\b(?:includ\w*|compris\w*|contain\w*)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
NEGATED = re.compile(
    r"\b(?:no\s+new|no)\s+(?:\w+\s+)?(?:arms\s+)?embargo|\b(?:not|never)\s+(?:been\s+)?(?:imposed|lifted|"
    r"approved|adopted)|\bwithout\s+(?:an?\s+)?(?:arms\s+)?embargo|"
    # no agreement reached: "ministers failed to agree on a proposal to suspend arms exports"
    r"\bfail(?:s|ed|ing)?\s+to\s+(?:agree|reach|adopt|approve|pass|muster)|"
    r"\b(?:could|can|did|do|does)\s*(?:n[o']t|not)\s+(?:agree|reach|muster|find)\b|"
    r"\bno\s+(?:agreement|consensus)\b",
    re.IGNORECASE,
)
# an embargo broken, or said to be, is no decision about it: "accused X of violating the arms embargo"
VIOLATION = re.compile(
    r"\b(?:violat\w*|breach\w*|flout\w*|bust\w*|circumvent\w*|evad\w*|defy\w*|defie\w*|in\s+violation\s+of|"
    r"smuggl\w*\s+(?:\w+\s+){0,3}?(?:despite|in\s+spite\s+of))\s+(?:the\s+|an?\s+|its\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# an embargo remembered, not news: "analysts recall the expiry of the arms embargo", "remembers the embargo"
RECALLED = re.compile(
    r"\b(?:recall(?:s|ed|ing)?|remember(?:s|ed|ing)?|commemorat\w*)\s+(?:on\s+\w+\s+)?"
    r"(?!(?:[\w'-]+\s+){0,2}?(?:ambassador|envoy|diplomat|embass(?:y|ies))s?\b)(?:[\w-]+\s+){0,5}$",
    re.IGNORECASE,
)
# a press embargo on a report, not on arms: "an embargoed report on the global arms trade"
PRESS_EMBARGO = re.compile(
    r"\bembargoed\s+(?:until\b|(?:[\w-]+\s+){0,2}(?:report|study|document|data|figures|release|story|paper|"
    r"article|statement|speech|survey))|\bunder\s+(?:a\s+)?(?:press\s+|news\s+|media\s+)?embargo\s+until\b",
    re.IGNORECASE,
)
# a plan told only by reports is no decision: "after reports that Germany plans to halt arms sales"
REPORTED_PLAN = re.compile(
    # (a denial of such reports stays a refusal: "Berlin denies reports it is preparing to stop ...")
    r"\b(?:after|amid|following|over)\s+(?:(?:media|press|news|"
    r"unconfirmed)\s+)?reports?\s+(?:that\s+)?(?:[\w'-]+\s+){1,4}?(?:plans?|planning|intends?|intending|is\s+preparing|"
    r"are\s+preparing|is\s+set|are\s+set|is\s+poised|was\s+preparing|would|could|may|might)\s+(?:to\s+)?",
    re.IGNORECASE,
)
# a forecast is no decision: "China and Russia are expected to block any attempt to restrict arms sales",
# "an embargo remains unlikely", "is likely to extend the embargo"
PREDICTED = re.compile(
    r"\b(?:(?:is|are|was|were|seen\s+as|appears?|seems?)\s+(?:widely\s+|still\s+)?(?:expected|likely|unlikely|"
    r"poised|forecast|predicted)\s+to|(?:remains?|looks?|seems?|is|are)\s+(?:highly\s+|still\s+)?(?:unlikely|"
    r"likely|improbable|a\s+long\s+shot|remote)\b)",
    re.IGNORECASE,
)
# a step not ruled out is a possibility, neither a decision nor a refusal: "could not rule out halting
# arms sales", "is not ruling out an embargo"
NOT_RULED_OUT = re.compile(
    r"\b(?:(?:could|would|can|did|does|do|will)(?:\s+not|n['’]t)|cannot|not)\s+(?:be\s+)?rul(?:e|ed|ing)\s+out\b",
    re.IGNORECASE,
)
# "would" alone is a reported decision ("said it would suspend"); with "if" or "would have" it is not
HYPOTHETICAL = re.compile(
    r"\b(?:could|might|may)\s+(?:\w+\s+)?(?:impose|halt|lift|suspend|ban|restrict|curb|limit|stop|block|freeze|"
    r"end|cut)|\bwould\s+have\b|\bthreat\w*\s+to\b|" + NOT_RULED_OUT.pattern + "|"
    r"\bconsider\w*\b|\bweigh\w*\b|\bmull\w*\b|\bif\b|\bwhether\b",
    re.IGNORECASE,
)
# the speaker of what came before: ", the minister said." (not a clause of its own joined by "while" or
# "but", nor a speaker saying what they will do: ", Sweden says it would not follow")
# a decision on a condition told after it: "would halt arms exports to Turkey if the offensive continues"
# ("would move to block all future sales ... if"): up to four words between
CONDITIONAL_WOULD = re.compile(r"\b(?:would|could|might)\s+(?:\w+\s+){0,4}$", re.IGNORECASE)
CONDITION_AFTER = re.compile(
    r"^[^.;]{0,80}?\b(?:if|unless|should\s+(?:[\w-]+\s+){1,5}?(?:continue|persist|fail|resume|go\s+ahead))\b",
    re.IGNORECASE,
)
ATTRIBUTION = re.compile(
    r",\s*(?!(?:while|but|whereas|and|though|although|yet)\b)(?P<who>[^,]{3,90}?)\s+(?:said|says|stated|"
    r"has\s+stated|had\s+stated|told|announced|added|declared|confirmed)\b"
    r"(?!\s+(?:that\s+)?(?:it|they|he|she|its\s+\w+)\s+(?:would|will|could|was|is|had|has|did|does|won't|"
    r"wouldn't|plans?|intends?|saw|sees?|found|finds?)\b)[^,]*$"
)
# a second state refusing to follow the decision the sentence tells: "..., while Sweden said it would
# not take the same step", "; Denmark declined to follow suit"
SECOND_REFUSES = re.compile(
    r"(?:,|;|\bwhile|\bbut|\bwhereas)\s+(?:while\s+|but\s+|whereas\s+)?(?P<who>[^,;]{2,60}?)\s+"
    r"(?:(?:said|says|stated|insisted|made\s+clear)\s+(?:that\s+)?(?:it|they)\s+)?"
    r"(?:(?:would|will|did|does|do|could)\s*(?:not|n't)|refused\s+to|refuses\s+to|declined\s+to|declines\s+to|"
    r"(?:has\s+|have\s+)?no\s+plans?\s+to|rul(?:ed|es)\s+out)\s+"
    r"(?:follow\w*(?:\s+suit)?|do(?:ing)?\s+the\s+same|tak(?:e|ing)\s+(?:the\s+same|a\s+similar|such\s+an?)\s+"
    r"(?:step|measure|action|course|decision)|join\w*|copy\w*|emulat\w*|go\w*\s+(?:that|as|so)\s+far)\b"
    # "..., while Australia said it would keep its policy unchanged"
    r"|(?:,|;|\bwhile|\bbut|\bwhereas)\s+(?:while\s+|but\s+|whereas\s+)?(?P<keeper>[^,;]{2,60}?)\s+(?:said\s+(?:that\s+)?"
    r"(?:it|they)\s+)?(?:would|will)\s+(?:keep\s+(?:its|their)\s+(?:\w+\s+)?(?:policy|position|exports|sales)\s+"
    r"(?:unchanged|as\s+(?:it|they)\s+(?:is|are))|(?:continue|keep)\s+(?:to\s+)?(?:export|sell|supply|deliver)\w*)\b"
    # "..., while Vienna said it saw no grounds for such a step"
    r"|(?:,|;|\bwhile|\bbut|\bwhereas)\s+(?:while\s+|but\s+|whereas\s+)?(?P<seer>[^,;]{2,60}?)\s+(?:said\s+(?:that\s+)?"
    r"(?:it|they)\s+)?(?:saw|sees?|found|finds?)\s+no\s+(?:grounds|reason|need|basis)\s+(?:for|to)\b",
    re.IGNORECASE,
)


# a request refused and the embargo kept, in one breath: "rejects the request, keeps the embargo"
KEPT_AFTER_REFUSAL = re.compile(
    r"(?:,|\band)\s+(?:keep|keeps|kept|keeping|maintain\w*|renew\w*|extend\w*|prolong\w*)\b", re.IGNORECASE
)
