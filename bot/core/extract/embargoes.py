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
Target: the first place after "on / against / to" following the embargo words, else a place directly
before them ("Israel arms embargo"), else the nearest other place in the sentence.
"""

from __future__ import annotations

import re
from datetime import date

from bot.core.extract.places import Mention, canonical_name, find_places
from bot.core.extract.text import clean, sentences
from bot.core.model import ArmsEmbargo

_PREFILTER = re.compile(
    r"embargo|arms|weapon|munition|military\s+(?:equipment|exports|goods|aid)|defen[cs]e\s+(?:material|equipment|exports)|"
    r"export\s+(?:licen|permit)|F-35|F-16|fighter\s+jet",
    re.IGNORECASE,
)
_ARMS_WORD = (
    r"(?:arms|weapons?|weaponry|munitions|ammunition|military\s+(?:equipment|goods|hardware|items|exports|"
    r"materiel|material|technology)|defen[cs]e\s+(?:material|materiel|equipment|exports|goods|items)|"
    r"materiel|F-35s?(?:\s+(?:fighter\s+jet\s+)?parts)?|F-16s?|fighter\s+jets?(?:\s+parts)?|bombs|missiles|"
    r"dual-use\s+(?:goods|items|products))"
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
    rf"|\b{_ARMS_WORD}\s+(?:sales|exports?|export\s+ban|ban|supplies|transfers|deliveries)\s+ban)",
    re.IGNORECASE,
)
_BARE_EMBARGO = re.compile(r"\bembargo(?:es)?\b", re.IGNORECASE)
_NON_ARMS_EMBARGO = re.compile(rf"\b{_NON_ARMS}\s+(?:\w+\s+)?embargo", re.IGNORECASE)
_ARMS_IN_SENTENCE = re.compile(rf"\b{_ARMS_WORD}", re.IGNORECASE)
# arms flowing somewhere: "arms exports to", "weapons that can be used", "permits for arms shipments"
_ARMS_FLOW = re.compile(
    rf"(?:\b(?:all\s+|future\s+|its\s+|their\s+|some\s+|new\s+)?{_ARMS_WORD}\s+"
    rf"(?:export\s+licen[cs]es|export\s+permits|exports?|sales?|shipments?|deliver(?:y|ies)|supplies|"
    rf"supply|transfers?|licen[cs]es|permits|purchases?|imports?|trade|deals?|contracts?|cooperation)"
    rf"|\b(?:exports?|sales?|shipments?|deliver(?:y|ies)|supply|supplies|transfers?)\s+(?:\w+\s+){{0,3}}?of\s+"
    rf"(?:\w+\s+){{0,2}}?{_ARMS_WORD}"
    rf"|\b(?:licen[cs]es|permits)\s+for\s+(?:\w+\s+){{0,2}}{_ARMS_WORD}"
    rf"|\b(?:supplying|selling|sending|exporting|delivering|shipping)\s+(?:\w+\s+){{0,2}}?{_ARMS_WORD})",
    re.IGNORECASE,
)
_HALT = re.compile(
    r"\b(?:halt\w*|stop\w*|suspend\w*|freez\w*|ban(?:s|ned|ning)?|block\w*|cease\w*|end(?:s|ed|ing)?|"
    r"cut(?:s|ting)?\s+off|prohibit\w*|restrict\w*|limit\w*|pause\w*|revok\w*|cancel\w*|embargo\w*|"
    r"no\s+longer\s+(?:export|sell|supply|approve))\b",
    re.IGNORECASE,
)

_COURT = re.compile(r"\bcourts?\b|\btribunal\b|\bjudges?\b", re.IGNORECASE)
_COURT_VERB = re.compile(r"\b(?:rul(?:e|es|ed|ing)|order(?:s|ed)?|must|barred|blocked|halted|told)\b", re.I)
_REJECT = re.compile(
    r"\b(?:reject\w*|rul(?:e|es|ed|ing)\s+out|oppos(?:e|es|ed|ing)|snub\w*|refus\w*|dismiss\w*|veto\w*|"
    r"resist\w*)\b[^.;]{0,80}\b(?:embargo|ban|halt|suspen\w*|calls?)"
    r"|\b(?:continu\w*|keep|keeps|kept|maintain\w*|stands?\s+by|stood\s+by|go\s+on)\s+(?:\w+\s+){0,3}?"
    r"(?:supplying|selling|sending|exporting|delivering|arms|weapons|deliveries|exports|sales)"
    r"|(?:can't|cannot|can\s+not|won't|will\s+not|should\s+not|must\s+not)\s+be\s+(?:extended|renewed|"
    r"imposed|reimposed)"
    r"|\b(?:no\s+plans?\s+to|will\s+not|won't|would\s+not|does\s+not|do\s+not|refuses?\s+to)\s+"
    r"(?:\w+\s+)?(?:impose|halt|stop|suspend|join|back|support)\b",
    re.IGNORECASE,
)
_CALL = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+(?:for|on)|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+"
    r"(?:for|to)|press(?:es|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|propos(?:e|es|ed|ing)|"
    r"ask(?:s|ed|ing)?\s+for|petition\w*|advocat\w*|lobb\w*)\b",
    re.IGNORECASE,
)
_LIFT = re.compile(
    r"\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|expir(?:e|es|ed|ing|y)|scrap\w*|remov\w*|resum\w*|"
    r"rescind\w*|overturn\w*|repeal\w*|terminat\w*|relax\w*|loosen\w*)\b",
    re.IGNORECASE,
)
_EXTEND = re.compile(r"\b(?:renew\w*|extend\w*|extension|prolong\w*|roll(?:s|ed)?\s+over)\b", re.IGNORECASE)
_LICENCES = re.compile(
    r"\b(?:suspend\w*|revok\w*|cancel\w*|freez\w*|halt\w*|withdr\w*|pause\w*|stop\w*|block\w*|review\w*)\b"
    r"[^.;]{0,60}\b(?:licen[cs]es?|permits?)\b",
    re.IGNORECASE,
)
_PARTIAL = re.compile(
    r"\bpartial(?:ly)?\b|\bthat\s+(?:can|could|might|may)\s+be\s+used\b|\bcertain\s+(?:arms|weapons)|"
    r"\boffensive\s+weapons\b|\bfor\s+use\s+in\b",
    re.IGNORECASE,
)
_IMPOSE = re.compile(
    r"\b(?:impos\w*|approv\w*|adopt\w*|announc\w*|introduc\w*|enact\w*|establish\w*|agree\w*|backs|"
    r"backed|vot(?:e|es|ed)\s+(?:for|to)|decid\w*|implement\w*|enforc\w*|declar\w*|placed|slap\w*|"
    r"halt\w*|stop\w*|suspend\w*|ban(?:s|ned|ning)?|freez\w*|prohibit\w*|cease\w*|block\w*|cut\s+off|"
    r"end(?:s|ed|ing)?|pass(?:es|ed)|enshrin\w*|reimpos\w*|to\s+halt|will\s+halt)\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"\b(?:no\s+new|no)\s+(?:\w+\s+)?(?:arms\s+)?embargo|\b(?:not|never)\s+(?:been\s+)?(?:imposed|lifted|"
    r"approved|adopted)|\bwithout\s+(?:an?\s+)?(?:arms\s+)?embargo",
    re.IGNORECASE,
)
_HYPOTHETICAL = re.compile(
    r"\b(?:could|might|may|would)\s+(?:\w+\s+)?(?:impose|halt|lift|suspend|ban)|\bthreat\w*\s+to\b|"
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
    r"\b(?:group|panel|team|coalition|body|alliance|bloc|committee)\s+of\s+(?:[\w,]+\s+)?$", re.IGNORECASE
)
_TARGET_PREP = re.compile(
    r"\b(?:on|against|to|into|for|targeting|from|with)\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?$", re.IGNORECASE
)
_THE_COUNTRY = re.compile(r"\b(?:on|against|to)\s+the\s+country\b", re.IGNORECASE)
_EXTRA_ACTORS = re.compile(
    r"\b(?:independent\s+)?(?:UN|U\.N\.|United\s+Nations)\s+(?:(?:independent|human\s+rights|special|top|"
    r"legal)\s+)*(?:experts|rapporteurs?)\b|\b(?:UN\s+)?special\s+rapporteurs?\b|"
    r"\bAmnesty\s+International\b|\bHuman\s+Rights\s+Watch\b|\bOxfam\b",
)
_UN_BODIES = {"United Nations"}
_HISTORY = re.compile(r"\b(?:in|since)\s+((?:19|20)\d\d)\b")


def might_have_embargoes(text: str) -> bool:
    return bool(_PREFILTER.search(text))


def _is_arms_sentence(s: str) -> tuple[int, int] | None:
    """Span of the embargo words if the sentence is about an arms embargo or a halt to arms flows."""
    spans: list[tuple[int, int]] = []
    m = _ARMS_EMBARGO.search(s)
    if m:
        spans.append((m.start(), m.end()))
    elif _ARMS_IN_SENTENCE.search(s):
        for b in _BARE_EMBARGO.finditer(s):
            if not _NON_ARMS_EMBARGO.search(s[max(0, b.start() - 30) : b.end()]):
                spans.append((b.start(), b.end()))
                break
    f = _ARMS_FLOW.search(s)
    if f and (
        spans
        or _HALT.search(s[max(0, f.start() - 60) : f.end() + 40])
        or _REJECT.search(s)
        or _LIFT.search(s[max(0, f.start() - 60) : f.start()])
    ):
        spans.append((f.start(), f.end()))
    return min(spans) if spans else None


def _action(s: str, span: tuple[int, int]) -> str | None:
    before = s[: span[0]]
    if _COURT.search(s) and _COURT_VERB.search(s):
        return "ruled_by_court"
    if _REJECT.search(s):
        return "rejected"
    if _CALL.search(before[-80:]):
        return "called_for"
    if _NEGATED.search(s):
        return None
    near = s[max(0, span[0] - 80) : span[1] + 60]
    if _LIFT.search(near):
        return "lifted"
    if _EXTEND.search(near):
        return "extended"
    if _HYPOTHETICAL.search(before[-60:]):
        return None
    if _LICENCES.search(s):
        return "suspended_licences"
    if _IMPOSE.search(s):
        return "partial" if _PARTIAL.search(s) else "imposed"
    return None


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


def _target(s: str, span: tuple[int, int], ments: list[Mention]) -> Mention | None:
    for m in ments:
        if (
            m.start >= span[0]
            and m.canonical not in _UN_BODIES
            and _TARGET_PREP.search(s[max(0, m.start - 60) : m.start])
            and (not m.demonym or re.match(r"\s+(?:government|forces|army|military)", s[m.end :]))
        ):
            return m
    # "Israel arms embargo", "Iran arms embargo"
    for m in ments:
        if (
            m.end <= span[0]
            and not s[m.end : span[0]].strip(" '\"").lower().startswith(("and", ","))
            and len(s[m.end : span[0]]) <= 2
        ):
            return m
    if _THE_COUNTRY.search(s[span[0] :]):
        prior = [m for m in ments if m.start < span[0] and not m.demonym]
        if prior:
            return prior[-1]
    return None


def _actor(s: str, span: tuple[int, int], ments: list[Mention], target: Mention | None) -> Mention | None:
    def ok(m: Mention) -> bool:
        return target is None or (m.canonical != target.canonical)

    att = _ATTRIBUTION.search(s)
    if att:
        for m in ments:
            if att.start("who") <= m.start < att.end("who") and ok(m):
                return m
    for m in ments:
        if m.start >= span[0] and not re.match(r"\s*(?:arms\s+|weapons\s+)?embargo", s[m.end :], re.I):
            break
        before = s[max(0, m.start - 30) : m.start]
        if ok(m) and (not _NOT_SUBJECT_BEFORE.search(before) or _GROUP_OF.search(before)):
            return m
    for m in ments:
        if _PASSIVE_BY.search(s[: m.start]) and ok(m):
            return m
    return None


def _actor_name(m: Mention, action: str) -> str:
    if m.canonical in _UN_BODIES and action not in {"called_for", "rejected"}:
        return "UN Security Council"  # UN arms embargoes are the Security Council's to impose or lift
    return m.canonical


def _from_sentence(s: str, published: date | None) -> list[ArmsEmbargo]:
    span = _is_arms_sentence(s)
    if span is None:
        return []
    action = _action(s, span)
    if action is None:
        return []
    if action == "imposed" and published is not None:
        for h in _HISTORY.finditer(s):
            if int(h.group(1)) <= published.year - 3 and not _LIFT.search(s):
                return []
    ments = _mentions(s)
    target = _target(s, span, ments)
    actor = _actor(s, span, ments, target)
    evidence = s.strip()
    out = [
        ArmsEmbargo(
            _actor_name(actor, action) if actor else None,
            target.canonical if target else None,
            action,
            evidence=evidence,
        )
    ]
    if action == "rejected":
        # "..., snubbing Spanish calls for an embargo": the callers are a second fact
        for m in ments:
            after = s[m.end : m.end + 40]
            if re.match(r"(?:'s)?\s+(?:\w+\s+)?calls?\s+(?:for|to)\b", after, re.I) and (
                actor is None or m.canonical != actor.canonical
            ):
                out.append(
                    ArmsEmbargo(
                        m.canonical, target.canonical if target else None, "called_for", evidence=evidence
                    )
                )
    return [f for f in out if f.actor or f.target]


def extract_embargoes(text: str, published: date | None = None) -> list[ArmsEmbargo]:
    """Every arms-embargo development in `text`, one per (actor, target)."""
    if not might_have_embargoes(text):
        return []
    _, body = clean(text)
    facts: list[ArmsEmbargo] = []
    for sent in sentences(body):
        if _PREFILTER.search(sent.text):
            facts.extend(_from_sentence(sent.text, published))
    return merge_embargoes(facts)


def merge_embargoes(facts: list[ArmsEmbargo]) -> list[ArmsEmbargo]:
    """One fact per (actor, target), the first reading winning (a title states the news; its summary
    elaborates); a fact missing its actor or target is folded into one that has it."""
    out: list[ArmsEmbargo] = []
    for f in facts:
        same = [
            o
            for o in out
            if (o.actor == f.actor or f.actor is None or o.actor is None)
            and (o.target == f.target or f.target is None or o.target is None)
        ]
        if same:
            o = same[0]
            if (o.actor is None and f.actor) or (o.target is None and f.target):
                out[out.index(o)] = ArmsEmbargo(
                    o.actor or f.actor, o.target or f.target, o.action, evidence=o.evidence
                )
            continue
        out.append(f)
    return out


__all__ = ["canonical_name", "extract_embargoes", "merge_embargoes", "might_have_embargoes"]
