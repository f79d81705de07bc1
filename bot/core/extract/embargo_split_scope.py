"""A split embargo: one decision that eases the restrictions on a government's forces and keeps those
on the armed groups in its country (the UN regimes on the Central African Republic, DR Congo ...).
The easing is the news: a partial lifting is `lifted` (corpus README), though the clause that names
the embargo may be the one that keeps it ("renewed the arms embargo on armed groups ... while removing
the notification requirement for government forces"). A renewal for a period told beside the easing
("for another year") is a second decision, `extended`, and stays a fact of its own (pure; used by
`embargoes.py`).

Lists: lexicon [embargo] lift_verbs, lift_verbs_with_object (the verbs of lifting), government_side
(what is eased: the government, its forces, a notification requirement), armed_groups (what stays
restricted: armed groups, militias)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from bot.core.extract.embargo_patterns import CALL_FOR, lift_verbs, lift_verbs_with_object
from bot.core.extract.lexicon import lexicon
from bot.core.model import ArmsEmbargo, Why

_READ = ("extended", "lifted")  # the actions a split decision is read as, by whichever clause named it


@lru_cache(maxsize=1)
def _eased_for_government() -> re.Pattern[str]:
    """A verb of lifting with the government side after it in its clause: "lifting the arms embargo on
    the government", "scrap the notification requirements for the security forces"."""
    lex = lexicon("en")
    side = lex.alternation("embargo", "government_side")
    return re.compile(
        rf"\b(?:{lift_verbs()}|{lift_verbs_with_object()})\b[^.;:]{{0,90}}?\b(?:{side})\b", re.IGNORECASE
    )


@lru_cache(maxsize=1)
def _non_state() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicon('en').alternation('embargo', 'armed_groups')})", re.IGNORECASE)


# a renewal for a period: "renewed the embargo on armed groups for another year", "Renewing the regime for
# another twelve months", "keeping restrictions on armed groups for another year", "renewed for a year"
_RENEWED_FOR_A_PERIOD = re.compile(
    r"\b(?:renew\w*|extend\w*|prolong\w*|keep(?:s|ing)?|kept)\b[^.;:]{0,120}?\bfor\s+(?:another|a\s+further|"
    r"an\s+additional|one\s+more|a|one)\s+(?:\w+\s+)?(?:years?|months)\b",
    re.IGNORECASE,
)


def split_scope(facts: list[ArmsEmbargo], body: str) -> list[ArmsEmbargo]:
    """The first fact read as a renewal or a lifting, when the text eases the embargo for the government
    side and names armed groups still restricted, becomes `lifted`; with a renewal for a period told too,
    an `extended` fact of the same actor and target follows it."""
    first = next((f for f in facts if f.action in _READ), None)
    if first is None or not _non_state().search(body):
        return facts
    eased = _eased_for_government().search(body)
    if eased is None or CALL_FOR.search(body[max(0, eased.start() - 60) : eased.start()]):
        return facts  # "urged the Council to lift the embargo on the government": a call, no easing
    lifted = _with_action(first, "lifted", f"split_scope: '{eased.group(0)}'")
    out = [lifted if f is first else f for f in facts]
    renewed = _RENEWED_FOR_A_PERIOD.search(body)
    if renewed is not None and not any(
        f.action == "extended" and f.actor == first.actor and f.target == first.target for f in out
    ):
        out.insert(
            out.index(lifted) + 1, _with_action(first, "extended", f"split_scope: '{renewed.group(0)}'")
        )
    seen: set[tuple[str | None, str | None, str]] = set()
    kept = []
    for f in out:  # one fact per event: a lifting read twice is one
        if (f.actor, f.target, f.action) not in seen:
            seen.add((f.actor, f.target, f.action))
            kept.append(f)
    return kept


def _with_action(f: ArmsEmbargo, action: str, status: str) -> ArmsEmbargo:
    if f.action == action:
        return f
    why = f.why
    if why is not None:
        why = Why(why.recognizer, why.trigger, why.clause, why.roles, status)
    return replace(f, action=action, why=why)
