"""A refusal about an arms embargo (pure): the REJECT words of a sentence, unless they refuse a licence
(a halt), keep the embargo, are a second state's bare refusal, or are negated ("could not rule out": a
possibility); a refusal whose subject is no state ("sanctions will not stop its arms exports"); and a
court refusing what it was asked ("rejects a bid to halt", "refuses injunction", "...; court declines")."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.embargo_patterns import (
    ARMS_IN_SENTENCE,
    BARE_EMBARGO,
    KEPT_AFTER_REFUSAL,
    NON_STATE_SUBJECT,
    NOT_RULED_OUT,
    REJECT,
    SECOND_REFUSES,
)

CALL_ON_COURT = re.compile(
    r"\b(?:ask\w*|urg\w*|petition\w*|call\w*\s+on|appeal\w*\s+to)\s+(?:the\s+)?(?:\w+\s+)?court\b", re.I
)
# a court refusing to stop sales: "threw out an attempt to halt", "rejected the request to suspend"
COURT_REFUSES = re.compile(
    r"\b(?:thr(?:ow|ows|ew|own|owing)\s+out|dismiss\w*|reject\w*|refus\w*|declin\w*|turn\w*\s+down|den(?:y|ies|ied))\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:attempt|bid|request|case|challenge|appeal|call|demand|petition|application|claim|motion|bids|requests|"
    # (or what it was asked to order: "rejects halt to arms exports", "refuses injunction")
    r"lawsuit|suit|complaint|injunction|halt|ban|order|measures|suspension)\b"
    # "declines to block arms exports", "refused to order a halt", "refused to grant an injunction"
    r"|\b(?:declin\w*|refus\w*)\s+(?:on\s+\w+\s+)?to\s+(?:block|halt|stop|ban|suspend|order|bar|freeze|grant|issue)\b"
    # a refusal with nothing after it ("...; court declines"), or said as a no: "says no to halting exports"
    r"|\b(?:declin|refus)(?:es|ed)\s*(?:[;,:.]|$)|\bsa(?:y|ys|id)\s+no\s+to\b"
    # the passive: "a bid by rights groups to halt the shipments was dismissed by the Federal Court"
    r"|\b(?:attempt|bid|request|case|challenge|appeal|petition|application|claim|lawsuit|suit|complaint)s?\b"
    r"[^.;]{0,140}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:dismissed|rejected|"
    r"thrown\s+out|turned\s+down|refused)\b"
    # the claimants lose: "campaigners lost their bid at the High Court to stop"
    r"|\blos(?:e|es|t|ing)\s+(?:[\w'-]+\s+){0,2}?(?:bid|case|challenge|appeal|lawsuit|fight|battle)\b"
    # a court undoing a halt: "overturned a lower court's order halting exports"
    r"|\b(?:overturn\w*|quash\w*|annul\w*|revers\w*|set\w*\s+aside|struck\s+down|strik\w*\s+down)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:order|ban|halt|injunction|suspension|ruling)(?:\s+(?:halting|banning|blocking|stopping|suspending|on)\b"
    # or the ban named before it: "overturns F-35 parts ban, says ..."
    r"|\s*(?:[,;:]|$))",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def refusal(s: str) -> re.Match[str] | None:
    """REJECT on a sentence, read once for the rungs of the action ladder that ask (`not_a_refusal`,
    `refused_lifting`, `rejected`). A refusal of licences is a halt, not a refusal of an embargo:
    "refused to license exports of drone parts to Israel, effectively blocking a deal" restricts
    Israel's supply."""
    m = REJECT.search(s)
    if m is not None and _REFUSED_LICENCE.match(s, m.start()):
        return None
    if m is not None and _not_ruled_out(s, m):
        return None  # "could not rule out an embargo": a possibility (rung `hypothetical`)
    if m is not None and KEPT_AFTER_REFUSAL.search(s, m.start(), m.end() + 20):
        return None  # "rejects the request, keeps the Darfur arms embargo": kept (extended)
    # "X suspends arms exports to Y, Z declines to join": a second state's bare refusal (no embargo words
    # after it) is its own fact (`_second_refuses`), not the sentence's decision
    second = SECOND_REFUSES.search(s) if m is not None else None
    bare = m is not None and not ARMS_IN_SENTENCE.search(s, m.end()) and not BARE_EMBARGO.search(s, m.end())
    return None if m is not None and second and second.start() <= m.start() < second.end() and bare else m


def _not_ruled_out(s: str, m: re.Match[str]) -> bool:
    """The refusal is "rule out" under a negation that ends on it ("did not rule out")."""
    negated = NOT_RULED_OUT.search(s, max(0, m.start() - 20), m.start() + 12)
    return negated is not None and negated.end() > m.start()


_REFUSED_LICENCE = re.compile(
    r"(?:refus\w*|den(?:y|ies|ied|ying))\s+(?:to\s+)?(?:\w+\s+){0,2}?(?:licen[cs](?:e|es|ed|ing)?|permits?|"
    r"authori[sz]e|approve)\b",
    re.IGNORECASE,
)


def non_state_refusal(s: str, span: tuple[int, int]) -> tuple[str, str] | None:
    m = refusal(s)
    subject = NON_STATE_SUBJECT.search(s, max(0, m.start() - 30), m.start()) if m else None
    return ("", f"{subject.group(0).strip()} {m.group(0)[:30]}") if m and subject else None


def refused_lifting(s: str, span: tuple[int, int]) -> tuple[str, str] | None:
    """("", the words) when the refusal is of lifting or easing the embargo ("rejected lifting the arms
    embargo", "refused calls to ease it"): the embargo stays as it was, neither renewed nor imposed,
    as a call to lift is no development (corpus README)."""
    m = refusal(s)
    lifting = _REFUSED_LIFTING.match(s, m.start()) if m is not None else None
    return ("", lifting.group(0)) if lifting else None


_REFUSED_LIFTING = re.compile(
    r"(?:reject\w*|rul(?:e|es|ed|ing)\s+out|refus\w*(?:\s+to)?|oppos\w*|dismiss\w*)\s+"
    r"(?:(?:calls?|demands?|requests?|bids?|proposals?|appeals?|pressure)\s+(?:to|for)\s+)?(?:the\s+|a\s+|any\s+)?"
    r"(?:lift\w*|eas(?:e|es|ing)|scrap\w*|relax\w*|loosen\w*|revisit\w*)\b",
    re.IGNORECASE,
)


def refused_renewal(s: str, span: tuple[int, int]) -> tuple[str, str] | None:
    """("extended", the words) when what is refused is a renewal the decider made: a reaction to it
    ("Sudan rejects the Council's decision to extend the arms embargo", "dismissed the vote extending
    it", "rejected the renewal of") or a refusal beside the renewal itself ("the Council extended the
    embargo for a year, rejecting calls to widen it"). The renewal is the fact; the refusal is a
    reaction or a side decision."""
    m = refusal(s)
    if m is None:
        return None
    renewal = _REFUSED_RENEWAL.match(s, m.start())
    if renewal:
        return ("extended", renewal.group(0))
    before = _RENEWED_THEN_REFUSING.search(s, 0, m.end())
    return ("extended", before.group(0)) if before and before.end() >= m.start() else None


_RENEW = r"(?:renew\w*|extend\w*|prolong\w*|roll(?:s|ed|ing)?\s+over)"
_RENEWAL = r"(?:renewal|extension|prolongation|rollover)"
# the refusal's object is the renewal: "rejects the UN Security Council's decision to renew",
# "dismissed the Security Council vote extending", "reject extension of"
_REFUSED_RENEWAL = re.compile(
    r"(?:reject\w*|refus\w*|dismiss\w*|oppos\w*|denounc\w*|condemn\w*|slam\w*)\s+"
    r"(?:(?:on|late|early)\s+\w+\s+)?(?:(?:the|a|its|this)\s+)?(?:[\w.-]+(?:'s|s')?\s+){0,4}?"
    rf"(?:(?:decision|vote|move|resolution|measure)s?\s+(?:to\s+{_RENEW}|{_RENEW})\b|{_RENEWAL}\s+of\b)",
    re.IGNORECASE,
)
# a renewal verb, then ", rejecting/refusing ..." in the same clause run: "extended for one year the
# arms embargo on Darfur and the mandate of its panel, rejecting calls to cover the whole of Sudan"
_RENEWED_THEN_REFUSING = re.compile(
    rf"\b{_RENEW}\b[^.;]{{0,160}}?,\s+(?:while\s+)?(?:rejecting|refusing|dismissing|turning\s+down)\b",
    re.IGNORECASE,
)
