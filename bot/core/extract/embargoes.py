"""Arms embargoes: who (actor), on whom (target), and what happened (action).

A sentence is about an arms embargo when it names one (`_ARMS_EMBARGO`: "arms embargo", "embargo on
weapons", or a bare "embargo" beside arms words) or describes one without the word (`_ARMS_FLOW` with
a halting verb: "halts arms exports", "suspending 30 arms export licences", "stop delivery of F-35
parts"). Oil, trade, grain or press embargoes are not arms embargoes.

The action is the first of these that the sentence supports (order matters: "lifting the embargo
which was first imposed in 1992" is `lifted`): ruled_by_court, rejected, called_for, lifted,
extended, suspended_licences, partial, imposed. A negated or hypothetical sentence ("No new embargo
was imposed", "could impose") gives no fact.

Actor: the speaker of an attributed statement ("..., the Russian deputy minister said"), else the
agent of a passive ("approved by the UN Security Council"), else the first name before the verb.
A country asked to act ("Sweden was urged to ...") and a demonym before a non-state group ("Dutch
rights groups") are not actors; with no named actor, a well-known leader stands for their country
("Albanese ruled out ..."). An embargo inside a package ("sanctions ..., which include an arms
embargo") takes the package's verb. A headline's "halts arms sales" (imposed) is refined by a summary
that says which halt it is (suspended_licences, partial).
Target: the first place after "on / against / to" following the embargo words, else a place directly
before them ("Israel arms embargo"), else the nearest other place in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from bot.core.extract.doc import EMBARGO, Doc, prepare
from bot.core.extract.embargo_deciders import CALL_ON_COURT, COURT_REFUSES, REACTS_AFTER, court_of, decider_of
from bot.core.extract.lexicon import lexicon
from bot.core.extract.places import LEADERS, THEATRE_STATE, Mention, canonical_name, find_places
from bot.core.extract.vetoes import Dropped
from bot.core.model import ArmsEmbargo, Why

_PREFILTER = re.compile(
    r"embargo|arms|weapon|munition|military\s+(?:equipment|exports|goods|aid)|defen[cs]e\s+(?:material|equipment|exports)|"
    r"export\s+(?:licen|permit)|F-35|F-16|fighter\s+jet",
    re.IGNORECASE,
)
_ARMS_WORD = (
    r"(?:arms|weapons?|weaponry|munitions|ammunition|military\s+(?:equipment|goods|hardware|items|exports|"
    r"materiel|material|technology)|defen[cs]e\s+(?:material|materiel|equipment|exports|goods|items)|"
    r"materiel|F-35s?(?:\s+(?:fighter\s+jet\s+)?parts)?|F-16s?|fighter\s+jets?(?:\s+parts)?|bombs|missiles|"
    r"gunpowder|explosives|tank\s+rounds|artillery\s+shells|dual-use\s+(?:goods|items|products))"
)
_NON_ARMS = (
    r"(?:oil|trade|economic|grain|food|rice|wheat|gas|energy|press|news|media|import|financial|commercial|"
    r"coal)"
)
_ARMS_EMBARGO = re.compile(
    rf"(?:\b(?:arms|weapons?|military|conventional\s+(?:arms|weapons))\s+(?:\w+\s+)?embargo(?:es)?\b"
    rf"|\bembargo(?:es)?\s+on\s+(?:the\s+)?(?:supply\s+of\s+|sales?\s+of\s+|exports?\s+of\s+)?"
    rf"(?:conventional\s+|lethal\s+)?{_ARMS_WORD}"
    rf"|\bban\s+on\s+(?:the\s+)?(?:new\s+)?(?:sales?|exports?|supply|supplies|transfers?|deliver(?:y|ies))\s+of\s+"
    rf"(?:lethal\s+|offensive\s+)?{_ARMS_WORD}"
    rf"|\bban\s+on\s+(?:\w+\s+){{0,2}}{_ARMS_WORD}\s+(?:sales|exports|supplies|transfers|deliveries)"
    rf"|\b{_ARMS_WORD}\s+(?:sales|exports?|export\s+ban|ban|supplies|transfers|deliveries)\s+ban"
    # the verb: "embargoing arms to Israel", "to embargo weapons for"
    rf"|\bembargo(?:es|ed|ing)?\s+(?:all\s+)?{_ARMS_WORD}\s+(?:to|for|on|bound\s+for)\b)",
    re.IGNORECASE,
)
_BARE_EMBARGO = re.compile(r"\bembargo(?:es)?\b", re.IGNORECASE)
_NON_ARMS_EMBARGO = re.compile(rf"\b{_NON_ARMS}\s+(?:\w+\s+)?embargo", re.IGNORECASE)
_ARMS_IN_SENTENCE = re.compile(rf"\b{_ARMS_WORD}", re.IGNORECASE)
# arms flowing somewhere: "arms exports to", "weapons that can be used", "permits for arms shipments"
_ARMS_FLOW = re.compile(
    rf"(?:\b(?:all\s+|future\s+|its\s+|their\s+|some\s+|new\s+)?{_ARMS_WORD}\s+"
    rf"(?:export\s+licen[cs]es|export\s+permits|exports?|sales?|shipments?|deliver(?:y|ies)|supplies|"
    rf"supply|transfers?|licen[cs]es|permits|purchases?|imports?|trade|deals?|contracts?|cooperation|transit)"
    rf"|\b(?:arms|weapons|military|defen[cs]e)\s+(?:exports?|sales?|shipments?|deliveries|supplies|transfers?)"
    rf"|\b(?:exports?|sales?|shipments?|deliver(?:y|ies)|supply|supplies|transfers?|purchases?|imports?|transit|"
    rf"contracts?\s+to\s+buy)\s+(?:[\w,'-]+\s+){{0,3}}?of\s+(?:[\w,'-]+\s+){{0,3}}?{_ARMS_WORD}"
    rf"|\b(?:licen[cs]es|permits)\s+for\s+(?:[\w,'-]+\s+){{0,4}}?{_ARMS_WORD}"
    rf"|\b(?:supplying|selling|sending|exporting|delivering|shipping|buying|purchasing)\s+(?:\w+\s+){{0,2}}?{_ARMS_WORD}"
    rf"|\b(?:export|sell|supply|deliver|ship|send)\s+(?:any\s+)?(?:more\s+|further\s+|new\s+)?{_ARMS_WORD}"
    rf"|\b(?:buy|purchase)\s+(?:[\w-]+\s+){{0,2}}?{_ARMS_WORD})",
    re.IGNORECASE,
)
# export licences for anything bound for an army, navy or air force
_MILITARY_LICENCES = re.compile(
    r"\bexport\s+(?:licen[cs]es|permits)\b(?=[^.;]{0,80}\b(?:navy|army|air\s+force|military|armed\s+forces|"
    r"defen[cs]e\s+(?:ministry|forces)))",
    re.IGNORECASE,
)
_HALT = re.compile(
    r"\b(?:halt\w*|stop\w*|suspend\w*|freez\w*|ban(?:s|ned|ning)?|block\w*|cease\w*|end(?:s|ed|ing)?|"
    r"cut(?:s|ting)?\s+off|prohibit\w*|restrict\w*|limit\w*|pause\w*|revok\w*|cancel\w*|embargo\w*|"
    r"no\s+longer\s+(?:export|sell|supply|approve)|not\s+(?:approve|authori[sz]e|grant|issue)\w*|"
    r"stops?\s+approving|(?:will\s+not|won't|would\s+not|not\s+to)\s+(?:\w+\s+)?(?:export|sell|supply|deliver|ship|"
    r"issue|approve|grant|authori[sz]e)|curb\w*|withhold\w*|withheld)\b",
    re.IGNORECASE,
)

_COURT = re.compile(
    r"\bcourts?\b|\btribunal\b|\bjudges?\b|\bCouncil\s+of\s+State\b|\bState\s+Council\b", re.IGNORECASE
)
_COURT_VERB = re.compile(
    r"\b(?:rul(?:e|es|ed|ing)|order(?:s|ed)?|must|barred|blocked|halted|told|dismiss\w*|reject\w*|"
    r"uph[oe]ld\w*|suspend\w*|quash\w*|overturn\w*|declin\w*|refus\w*|thr[eo]w\s+out|struck\s+down|"
    r"scrap\w*|annul\w*|revok\w*|cancel\w*|unlawful|illegal)\b",
    re.I,
)
_REJECT = re.compile(
    r"\b(?:reject\w*|rul(?:e|es|ed|ing)\s+out|oppos(?:e|es|ed|ing)|snub\w*|refus\w*|dismiss\w*|veto\w*|"
    r"resist\w*|vot(?:e|es|ed|ing)\s+(?:down|against))\b[^.;]{0,80}\b(?:embargo|ban|halt|suspen\w*|calls?|"
    r"block\w*|stop\w*|bids?|resolutions?|motions?|proposals?|measures?|demands?)"
    r"|\bden(?:y|ies|ied|ying)\s+(?:\w+\s+){0,2}(?:reports?|claims?|suggestions?|that|\w+ing)\b"
    r"|\b(?:continu\w*|keep|keeps|kept|maintain\w*|stands?\s+by|stood\s+by|go\s+on)\s+(?:\w+\s+){0,3}?"
    r"(?:supplying|selling|sending|exporting|delivering|arms|weapons|deliveries|exports|sales)"
    r"|(?:can't|cannot|can\s+not|won't|will\s+not|should\s+not|must\s+not)\s+be\s+(?:extended|renewed|"
    r"imposed|reimposed)"
    r"|\b(?:no\s+plans?\s+to|will\s+not|won't|would\s+not|does\s+not|do\s+not|refuses?\s+to)\s+"
    r"(?:\w+\s+)?(?:impose|halt|stop|suspend|join|back|support|restrict|limit|curb|cut|condition|pause|"
    r"slow(?:-walk)?)\b",
    re.IGNORECASE,
)
_CALL = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+(?:for|on)|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+"
    r"(?:for|to)|press(?:es|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|propos(?:e|es|ed|ing)|"
    r"ask(?:s|ed|ing)?\s+for|petition\w*|advocat\w*|lobb\w*|"
    r"(?:push|press)(?:es|ed|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?to)\b",
    re.IGNORECASE,
)
_LIFT = re.compile(
    r"\bend(?:s|ed|ing)?\s+(?:its\s+|the\s+|a\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:ban|embargo|freeze|"
    r"restrictions?|suspension|moratorium)\b|\bunfreez\w*|"
    r"\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|expir(?:e|es|ed|ing|y)|scrap\w*|remov\w*|resum\w*|"
    r"rescind\w*|overturn\w*|repeal\w*|terminat\w*|relax\w*|loosen\w*)\b",
    re.IGNORECASE,
)
_EXTEND = re.compile(r"\b(?:renew\w*|extend\w*|extension|prolong\w*|roll(?:s|ed)?\s+over)\b", re.IGNORECASE)
_LICENCES = re.compile(
    r"\b(?:suspend\w*|revok\w*|cancel\w*|freez\w*|halt\w*|withdr\w*|pause\w*|stop\w*|block\w*|review\w*|"
    r"scrap\w*|annul\w*|suspension)\b[^.;]{0,60}\b(?:licen[cs]es?|permits?)\b"
    r"|\bno\s+new\s+(?:\w+\s+){0,2}(?:licen[cs]es|permits)\s+(?:would|will|are|were)\s+(?:be\s+)?(?:granted|issued|approved)",
    re.IGNORECASE,
)
# a verb acting on the embargo itself, not on arms flows: "revokes the arms embargo" is a lifting
_LIFT_EMBARGO = re.compile(
    r"\b(?:revok\w*|cancel\w*|scrap\w*|drop\w*|rescind\w*|withdr[ae]w\w*|lift\w*|end(?:s|ed|ing)?|repeal\w*)\s+"
    r"(?:the\s+|its\s+|their\s+|a\s+)?(?:partial\s+)?(?:\w+\s+)?(?:arms\s+|weapons\s+)?embargo",
    re.IGNORECASE,
)
_PARTIAL = re.compile(
    r"\b(?:a|one)\s+shipment\b|\bsome\s+(?:[\w-]+\s+)?(?:weapons|arms|deliveries|shipments|munitions)\b|"
    r"\bpartial(?:ly)?\b|\bthat\s+(?:can|could|might|may)\s+be\s+used\b|\bcertain\s+(?:arms|weapons)|"
    r"\boffensive\s+weapons\b|\bfor\s+use\s+in\b",
    re.IGNORECASE,
)
_IMPOSE = re.compile(
    r"\b(?:impos\w*|approv\w*|adopt\w*|announc\w*|introduc\w*|enact\w*|establish\w*|agree\w*|backs|"
    r"backed|vot(?:e|es|ed)\s+(?:for|to)|decid\w*|implement\w*|enforc\w*|declar\w*|placed|slap\w*|"
    r"halt\w*|stop\w*|suspend\w*|ban(?:s|ned|ning)?|freez\w*|prohibit\w*|cease\w*|block\w*|cut\s+off|"
    r"end(?:s|ed|ing)?|pass(?:es|ed)|enshrin\w*|reimpos\w*|to\s+halt|will\s+halt|paus\w*|revok\w*|"
    r"cancel\w*|not\s+(?:approve|authori[sz]e|grant|issue)\w*|stops?\s+approving|"
    # a refusal to supply is a halt: "will not export any more weapons", "won't issue export permits"
    r"(?:will\s+not|won't|would\s+not|not\s+to|no\s+longer)\s+(?:\w+\s+)?(?:export|sell|supply|deliver|ship|"
    r"issue|approve|grant|authori[sz]e)|embargo(?:es|ed|ing)|(?:to|will|would|shall)\s+embargo|curb\w*|"
    r"withh[oe]ld\w*)\b",
    re.IGNORECASE,
)
# The embargo is one part of a package the main clause acts on
_PACKAGE = re.compile(
    r"\b(?:sanctions|measures|regime|package)\b[^.;]{0,60}\b(?:includ\w*|compris\w*|contain\w*)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"\b(?:no\s+new|no)\s+(?:\w+\s+)?(?:arms\s+)?embargo|\b(?:not|never)\s+(?:been\s+)?(?:imposed|lifted|"
    r"approved|adopted)|\bwithout\s+(?:an?\s+)?(?:arms\s+)?embargo",
    re.IGNORECASE,
)
# "would" alone is a reported decision ("said it would suspend"); with "if" or "would have" it is not
_HYPOTHETICAL = re.compile(
    r"\b(?:could|might|may)\s+(?:\w+\s+)?(?:impose|halt|lift|suspend|ban)|\bwould\s+have\b|\bthreat\w*\s+to\b|"
    r"\bconsider\w*\b|\bweigh\w*\b|\bmull\w*\b|\bif\b|\bwhether\b",
    re.IGNORECASE,
)
_ATTRIBUTION = re.compile(
    r",\s*(?P<who>[^,]{3,90}?)\s+(?:said|says|stated|has\s+stated|had\s+stated|told|announced|added|"
    r"declared|confirmed)\b[^,]*$"
)
_PASSIVE_BY = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_NOT_SUBJECT_BEFORE = re.compile(
    r"\b(?:to|on|against|of|from|than|with|into|for|toward|towards|over|about)\s+(?:the\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
_GROUP_OF = re.compile(
    r"\b(?:group|panel|team|coalition|body|alliance|bloc|committee|council)\s+of\s+(?:[\w,]+\s+)?$",
    re.IGNORECASE,
)
_TARGET_PREP = re.compile(
    r"\b(?:on|against|to|into|for|targeting|from|with)\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?$", re.IGNORECASE
)
_THE_COUNTRY = re.compile(r"\b(?:on|against|to)\s+the\s+country\b", re.IGNORECASE)
_EXTRA_ACTORS = re.compile(
    r"\b(?:independent\s+)?(?:UN|U\.N\.|United\s+Nations)\s+(?:(?:independent|human\s+rights|special|top|"
    r"legal)\s+)*(?:experts|rapporteurs?)\b|\b(?:UN\s+)?special\s+rapporteurs?\b|"
    r"\bAmnesty(?:\s+International)?\b|\bHuman\s+Rights\s+Watch\b|\bOxfam\b",
)
_UN_BODIES = {"United Nations"}
_HISTORY = re.compile(r"\b(?:in|since)\s+((?:19|20)\d\d)\b")


def might_have_embargoes(text: str) -> bool:
    return bool(_PREFILTER.search(text))


def _is_arms_sentence(s: str, after_arms_embargo: bool = False) -> tuple[int, int] | None:
    """Span of the embargo words if the sentence is about an arms embargo or a halt to arms flows.
    `after_arms_embargo`: an earlier sentence of the same text named an arms embargo, so a bare "the
    embargo" here refers back to it."""
    spans: list[tuple[int, int]] = []
    m = _ARMS_EMBARGO.search(s)
    if m:
        spans.append((m.start(), m.end()))
    elif after_arms_embargo or _ARMS_IN_SENTENCE.search(s):
        for b in _BARE_EMBARGO.finditer(s):
            if not _NON_ARMS_EMBARGO.search(s[max(0, b.start() - 30) : b.end()]):
                spans.append((b.start(), b.end()))
                break
    f = _ARMS_FLOW.search(s) or _MILITARY_LICENCES.search(s)
    if (
        f
        and (
            spans
            or (_COURT.search(s) and _COURT_VERB.search(s))  # "judges ruled that arms exports ... unlawful"
            or _HALT.search(s[max(0, f.start() - 60) : f.end() + 40])
            or _REJECT.search(s)
            or _LIFT.search(s[max(0, f.start() - 60) : f.start()])
        )
    ):
        spans.append((f.start(), f.end()))
    return min(spans) if spans else None


@dataclass(frozen=True, slots=True)
class _Step:
    """One rung of the action ladder: its name, the action it reads (None: a veto, the sentence holds
    no decision), and its test, which returns the words that fired it."""

    name: str
    action: str | None
    description: str
    test: Callable[[str, tuple[int, int]], tuple[str, str] | None]  # -> (action, words)


def _found(action: str, m: re.Match[str] | None) -> tuple[str, str] | None:
    return (action, m.group(0)) if m else None


def _near(s: str, span: tuple[int, int]) -> str:
    before = s[: span[0]]
    if _PACKAGE.search(before):
        return s[: span[1] + 60]  # "extended its sanctions on Myanmar, which include an arms embargo"
    return s[max(0, span[0] - 80) : span[1] + 60]


def _lift_or_extend(s: str, span: tuple[int, int]) -> tuple[str, str] | None:
    """The direction of change, by whichever verb comes first: "extend the partial lifting" is an
    extension, "lifted the embargo that had been extended" a lifting."""
    near = _near(s, span)
    lift, extend = _LIFT.search(near), _EXTEND.search(near)
    if lift and (extend is None or lift.start() < extend.start()):
        return "lifted", lift.group(0)
    return ("extended", extend.group(0)) if extend else None


def _impose(s: str, span: tuple[int, int]) -> tuple[str, str] | None:
    m = _IMPOSE.search(s)
    if m is None:
        return None
    partial = _PARTIAL.search(s)
    return ("partial", f"{m.group(0)} ... {partial.group(0)}") if partial else ("imposed", m.group(0))


# The action is the first rung that reads one; a rung with action None is a named veto.
ACTION_LADDER: tuple[_Step, ...] = (
    _Step(
        "court_refuses",
        "rejected",
        "a court refuses a bid to stop sales",
        lambda s, sp: _found("rejected", COURT_REFUSES.search(s)) if _COURT.search(s) else None,
    ),
    _Step(
        "call_on_court",
        "called_for",
        "a court is asked to act ('asked the court for an order')",
        lambda s, sp: _found("called_for", CALL_ON_COURT.search(s)),
    ),
    _Step(
        "court",
        "ruled_by_court",
        "a court rules or orders",
        lambda s, sp: _found("ruled_by_court", _COURT_VERB.search(s)) if _COURT.search(s) else None,
    ),
    _Step(
        "rejected",
        "rejected",
        "a refusal, denial or 'no plans to'",
        lambda s, sp: _found("rejected", _REJECT.search(s)),
    ),
    _Step(
        "called_for",
        "called_for",
        "a call, demand or push before the embargo words",
        lambda s, sp: _found("called_for", _CALL.search(s[: sp[0]][-80:])),
    ),
    _Step(
        "negated",
        None,
        "veto: no embargo was imposed or lifted ('no new embargo')",
        lambda s, sp: _found("", _NEGATED.search(s)),
    ),
    _Step(
        "lifted_embargo",
        "lifted",
        "a verb acting on the embargo itself ('revokes the embargo')",
        lambda s, sp: _found("lifted", _LIFT_EMBARGO.search(s)),
    ),
    _Step(
        "lifted_or_extended", "lifted", "lifting or extending, by whichever verb comes first", _lift_or_extend
    ),
    _Step(
        "hypothetical",
        None,
        "veto: a possibility, threat or condition ('could impose if')",
        lambda s, sp: _found("", _HYPOTHETICAL.search(s[: sp[0]][-60:])),
    ),
    _Step(
        "suspended_licences",
        "suspended_licences",
        "licences suspended or revoked",
        lambda s, sp: _found("suspended_licences", _LICENCES.search(s)),
    ),
    _Step("imposed", "imposed", "imposed; partial when only some arms are restricted", _impose),
    _Step("no_decision", None, "veto: arms words but no decision about them", lambda s, sp: ("", "")),
)


def _action(s: str, span: tuple[int, int]) -> tuple[str | None, str, str]:
    """(action or None, the rung that decided, its words)."""
    for step in ACTION_LADDER:
        got = step.test(s, span)
        if got is not None:
            action, words = got
            return (action or None), step.name, words
    raise AssertionError("the ladder ends in a rung that always answers")


def _mentions(s: str) -> list[Mention]:
    found = find_places(s)
    for m in _EXTRA_ACTORS.finditer(s):
        found.append(
            Mention(
                m.start(),
                m.end(),
                m.group(0),
                "UN experts"
                if "UN" in m.group(0) or "United Nations" in m.group(0) or "rapporteur" in m.group(0)
                else "Amnesty International"
                if m.group(0) == "Amnesty"
                else m.group(0),
                False,
                False,
            )
        )
    # drop mentions inside a longer one ("UN" inside "UN experts")
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    out: list[Mention] = []
    for mention in found:
        if out and mention.start < out[-1].end:
            continue
        out.append(mention)
    return out


# Organisations act (impose, call for) but are not the targets of arms embargoes.
_NOT_TARGETS = {
    "United Nations", "UN Security Council", "UN General Assembly", "UN Human Rights Council",
    "European Parliament", "European Union", "NATO", "African Union", "Arab League", "ECOWAS",
    "International Criminal Court", "International Court of Justice", "UN experts",
    "Amnesty International", "Human Rights Watch", "Oxfam",
}  # fmt: skip
_MILITARY_AFTER = re.compile(
    r"\s+(?:government|forces|army|military|navy|air\s+force|armed\s+forces|defen[cs]e\s+(?:forces|ministry)|"
    r"national\s+guard|royal\s+guard|coalition)",
    re.I,
)
_EMBARGO_AFTER = re.compile(r"\s*(?:arms\s+|weapons\s+)?embargo", re.I)
_TARGET_PREP_NEAR = re.compile(r"\b(?:on|against|to|into|targeting|from)\s+(?:the\s+)?$", re.I)


def _target(s: str, span: tuple[int, int], ments: list[Mention]) -> tuple[Mention | None, str]:
    """(target, how it was found)."""
    for m in ments:
        if (
            m.start >= span[0]
            and m.canonical not in _NOT_TARGETS
            and not m.city
            and _TARGET_PREP.search(s[max(0, m.start - 60) : m.start])
            and (not m.demonym or _MILITARY_AFTER.match(s, m.end))
        ):
            return m, "named after 'on/against/to' following the embargo words"
    # "Israel arms embargo", "Iran arms embargo"
    for m in ments:
        if (
            m.end <= span[0]
            and not m.city
            and not s[m.end : span[0]].strip(" '\"").lower().startswith(("and", ","))
            and len(s[m.end : span[0]]) <= 2
        ):
            return m, "named right before the embargo words"
    if _THE_COUNTRY.search(s[span[0] :]):
        prior = [
            m
            for m in ments
            if m.start < span[0] and not m.demonym and not m.city and m.canonical not in _NOT_TARGETS
        ]
        if prior:
            return prior[-1], "'the country' refers to it"
    return None, ""


def _fallback_target(s: str, ments: list[Mention], actors: list[Mention]) -> tuple[Mention | None, str]:
    """With no target by the rules above: a country the sentence puts "on/against/to", else the first
    country named that is not an actor ("sanctions on Iran, including an arms embargo, were ...")."""
    taken = {a.canonical for a in actors}
    pool = [m for m in ments if m.canonical not in taken and m.canonical not in _NOT_TARGETS and not m.city]
    # where arms are used is not whose supply is restricted ("had been used in Yemen")
    pool = [
        m
        for m in pool
        if m.canonical in THEATRE_STATE or not _USED_IN.search(s, max(0, m.start - 40), m.start)
    ]
    for m in pool:
        if _TARGET_PREP_NEAR.search(s, 0, m.start) and (not m.demonym or _MILITARY_AFTER.match(s, m.end)):
            return m, "a country the sentence puts 'on/against/to'"
    for m in pool:
        if not m.demonym:
            return m, "the first country named that is not an actor"
    return None, ""


_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:as|while|amid|after|but|even\s+as)\s|\s(?:as|while|amid|even\s+as)\s", re.I
)
# "France urged to stop ..." (France is asked, not acting); "French rights groups urged ..." (the
# groups act, not France)
_ADDRESSED_AFTER = re.compile(
    r"\s+(?:is\s+|was\s+|being\s+|has\s+been\s+)?(?:urged|pressed|asked|called\s+on|told|pressured)\s+to\b",
    re.I,
)
_NON_STATE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:groups?|activists|campaigners|NGOs|charities|organi[sz]ations|lawyers|unions|"
    r"opposition|lawmakers|MPs|protesters|academics|artists|doctors)\b",
    re.I,
)
_AND_BETWEEN = re.compile(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?$", re.I)


def _actors(
    s: str, span: tuple[int, int], ments: list[Mention], target: Mention | None, action: str
) -> tuple[list[Mention], str]:
    """Who acts: the speaker of an attributed statement, else the subject of the clause holding the
    embargo words (with those joined to it by "and": "Amnesty International and Human Rights Watch
    called ..."), else the agent of a passive. For a call, only names before the calling verb count
    ("Activists urged the Australian government to ..." has no named caller)."""

    def ok(m: Mention) -> bool:
        return (
            (target is None or m.canonical != target.canonical)
            and not m.city
            and not _ADDRESSED_AFTER.match(s, m.end)
            and not (m.demonym and _NON_STATE_AFTER.match(s, m.end))
        )

    att = _ATTRIBUTION.search(s)
    if att and att.start("who") >= span[0]:
        for m in ments:
            if att.start("who") <= m.start < att.end("who") and ok(m):
                return [m], "the speaker of the attributed statement"
    limit = span[0]
    if action == "called_for":
        calls = [c.start() for c in _CALL.finditer(s, 0, span[0])]
        if calls:
            limit = calls[-1]
    lo = 0
    for c in _CLAUSE_BREAK.finditer(s, 0, limit):
        lo = c.end()
    for start_at in (lo, 0) if lo else (0,):
        for i, m in enumerate(ments):
            if m.start < start_at:
                continue
            if m.start >= limit and not (limit == span[0] and _EMBARGO_AFTER.match(s, m.end)):
                break
            before = s[max(0, m.start - 30) : m.start]
            if ok(m) and (not _NOT_SUBJECT_BEFORE.search(before) or _GROUP_OF.search(before)):
                found = [m]
                for n in ments[i + 1 :]:
                    if n.start >= limit or not ok(n) or not _AND_BETWEEN.fullmatch(s, found[-1].end, n.start):
                        break
                    found.append(n)
                return found, "the subject of the clause holding the embargo words"
        if action == "called_for":
            break  # "Activists urged the Australian government to ..."
    for m in ments:
        if _PASSIVE_BY.search(s[: m.start]) and ok(m):
            return [m], "the agent of a passive ('by ...')"
    # a well-known leader stands for their country: "Albanese rules out an arms embargo"
    for name, canon in LEADERS.items():
        at = s.find(name, 0, limit)
        if at >= 0 and (target is None or canon != target.canonical):
            return [Mention(at, at + len(name), name, canon, False, False)], f"'{name}' stands for {canon}"
    return [], ""


def _actor_name(m: Mention, action: str) -> str:
    if m.canonical in _UN_BODIES and action not in {"called_for", "rejected"}:
        return "UN Security Council"  # UN arms embargoes are the Security Council's to impose or lift
    return m.canonical


@lru_cache(maxsize=1)
def _call_only() -> frozenset[str]:
    """Bodies that can only call on states (lexicon [embargo] call_only_bodies): their "embargo" is a
    call unless they reject one."""
    return lexicon("en").word_set("embargo", "call_only_bodies")


# a territory where a state's arms are used stands for that state as a target: "exports that could be
# used in Gaza" restrict Israel
_USED_IN = re.compile(
    r"\b(?:used|use|deployed|employed)\s+(?:\w+\s+){0,3}?(?:in|on|against)\s+(?:the\s+)?$", re.I
)


def _from_sentence(
    s: str, published: date | None, after_arms_embargo: bool = False, trace: list[Dropped] | None = None
) -> tuple[list[ArmsEmbargo], bool]:
    """(facts, whether the sentence is about an arms embargo or arms flows)."""
    span = _is_arms_sentence(s, after_arms_embargo)
    if span is None:
        return [], False
    trigger = s[span[0] : span[1]]
    action, rung, words = _action(s, span)
    if action is None:
        if trace is not None:
            trace.append(Dropped("arms_embargo", rung, words, trigger, s.strip()))
        return [], True
    if action == "imposed" and published is not None:
        for h in _HISTORY.finditer(s):
            if int(h.group(1)) <= published.year - 3 and not _LIFT.search(s):
                if trace is not None:
                    trace.append(Dropped("arms_embargo", "history", h.group(0), trigger, s.strip()))
                return [], True
    ments = _mentions(s)
    # "Qatar welcomed the lifting of the embargo on it": who reacts to a decision did not take it;
    # a state hailing or deploring an embargo on itself is its target
    # (only when the embargo is what the reaction is about: no clause break in between, unlike "the
    # Assembly condemned the coup, calling for an arms embargo")
    reacting = [
        m
        for m in ments
        if m.start < span[0] and (r := REACTS_AFTER.match(s, m.end)) and "," not in s[r.end() : span[0]]
    ]
    ments = [m for m in ments if m not in reacting]
    target, target_how = _target(s, span, ments)
    if target is None and reacting and not reacting[0].demonym and not reacting[0].city:
        target, target_how = reacting[0], f"'{reacting[0].surface}' reacts to an embargo on itself"
    court = court_of(s) if rung in {"court", "court_refuses"} else None
    decider = decider_of(s, span)
    if court is not None:
        actors, actor_how = [court], "the court that ruled"
        ments = [m for m in ments if not court.start <= m.start < court.end]
    elif decider is not None:
        actors, actor_how = [decider], f"whose decision: '{decider.surface}'s ...'"
    else:
        actors, actor_how = _actors(s, span, ments, target, action)
    if target is None:
        target, target_how = _fallback_target(s, ments, actors)
    if (
        target is not None
        and target.canonical in THEATRE_STATE
        and _USED_IN.search(s, max(0, target.start - 40), target.start)
    ):
        target = Mention(
            target.start, target.end, target.surface, THEATRE_STATE[target.canonical], False, False
        )
        target_how = f"the state whose arms are used in {target.surface}"
    evidence = s.strip()
    tname = target.canonical if target else None

    def fact(actor: str | None, act: str, how: str) -> ArmsEmbargo:
        if actor in _call_only() and act not in {"called_for", "rejected"}:
            act, why_action = "called_for", f"{actor} can only call on states ({rung}: '{words}')"
        else:
            why_action = f"{rung}: '{words}'"
        roles = (
            ("actor", f"{actor}: {how}" if actor else "none named"),
            ("target", f"{tname}: {target_how}" if tname else "none named"),
        )
        why = Why("embargo_sentence", (trigger,), _clause_of(s, span), roles, why_action)
        return ArmsEmbargo(actor, tname, act, evidence=evidence, why=why)

    out = [fact(_actor_name(a, action), action, actor_how) for a in actors]
    if not out:
        out = [fact(None, action, "")]
    if action == "rejected":
        # "..., snubbing Spanish calls for an embargo": the callers are a second fact
        for m in ments:
            after = s[m.end : m.end + 40]
            if re.match(r"(?:'s)?\s+(?:\w+\s+)?calls?\s+(?:for|to)\b", after, re.I) and all(
                m.canonical != a.canonical for a in actors
            ):
                out.append(fact(m.canonical, "called_for", f"'{m.surface}' calls"))
    kept = [f for f in out if f.actor or f.target]
    if trace is not None and len(kept) < len(out):
        trace.append(Dropped("arms_embargo", "no_roles", "neither actor nor target named", trigger, evidence))
    return kept, True


def _clause_of(s: str, span: tuple[int, int]) -> str:
    lo = 0
    for c in _CLAUSE_BREAK.finditer(s, 0, span[0]):
        lo = c.end()
    hi_m = _CLAUSE_BREAK.search(s, span[1])
    return s[lo : hi_m.start() if hi_m else len(s)].strip()


def extract_embargoes(text: str, published: date | None = None) -> list[ArmsEmbargo]:
    """Every arms-embargo development in `text`, one per (actor, target)."""
    return embargoes_in(prepare(text), published)


def embargoes_in(
    doc: Doc, published: date | None = None, trace: list[Dropped] | None = None
) -> list[ArmsEmbargo]:
    """`extract_embargoes` on an already prepared text (what `extract_facts` calls)."""
    if not doc.mask & EMBARGO:
        return []
    facts: list[ArmsEmbargo] = []
    seen = False  # an arms embargo or arms flow was named earlier in the text
    for sent in doc.having(EMBARGO):
        found, about_arms = _from_sentence(sent.text, published, seen, trace)
        seen = seen or about_arms
        for f in found:
            if f.target is None and facts and facts[-1].target:
                # "Russia rejected the reimposed embargo": the target of the embargo named before
                why = f.why
                if why is not None:
                    roles = tuple(r for r in why.roles if r[0] != "target")
                    roles += (("target", f"{facts[-1].target}: the embargo named in an earlier sentence"),)
                    why = Why(why.recognizer, why.trigger, why.clause, roles, why.status)
                f = ArmsEmbargo(f.actor, facts[-1].target, f.action, evidence=f.evidence, why=why)
            facts.append(f)
    return merge_embargoes(facts)


_MORE_SPECIFIC = {"suspended_licences", "partial"}


def _same_actor(a: str | None, b: str | None) -> bool:
    """One actor named two ways: "UK High Court" and "High Court" (the shorter's words in the longer,
    the same last word)."""
    if a == b:
        return True
    if not a or not b:
        return False
    short, long = sorted((a.split(), b.split()), key=len)
    return short[-1] == long[-1] and set(short) <= set(long)


def merge_embargoes(facts: list[ArmsEmbargo]) -> list[ArmsEmbargo]:
    """One fact per (actor, target), the first reading winning (a title states the news; its summary
    elaborates); a fact missing its actor or target is folded into one that has it."""
    out: list[ArmsEmbargo] = []
    for f in facts:
        same = [
            o
            for o in out
            if (_same_actor(o.actor, f.actor) or f.actor is None or o.actor is None)
            and (o.target == f.target or f.target is None or o.target is None)
        ]
        if same:
            o = same[0]
            # a headline's "halts arms sales" read as imposed; the summary's "stopped approving export
            # permits" or "arms that could be used in Gaza" says which kind of halt it is
            action = f.action if o.action == "imposed" and f.action in _MORE_SPECIFIC else o.action
            if (o.actor is None and f.actor) or (o.target is None and f.target) or action != o.action:
                out[out.index(o)] = ArmsEmbargo(
                    o.actor or f.actor, o.target or f.target, action, evidence=o.evidence, why=o.why or f.why
                )
            continue
        out.append(f)
    return out


__all__ = ["canonical_name", "embargoes_in", "extract_embargoes", "merge_embargoes", "might_have_embargoes"]
