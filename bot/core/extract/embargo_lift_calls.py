"""A call to lift or ease an arms embargo is no development (the `call_to_lift` veto of the action
ladder, pure): a call whose verb lifts the embargo ("urged the Council to lift it"), or a lifting only
wished for, told after the embargo words ("said the embargo on X should be lifted") or before them ("the
Council must lift the arms embargo"), or a call told after the embargo words whose verb takes them back
("... and asked the Council to lift it")."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.embargo_patterns import CALL_FOR, lift_pattern, lift_verbs, lift_verbs_with_object

# a lifting only wished for, after the embargo words ("the embargo on X should be lifted for ...") or
# before them ("the Council must lift the arms embargo"): a call to lift, no development
_LIFT_MODAL = r"(?:should|must|ought\s+to|needs?\s+to|has\s+to|have\s+to)\s+(?:now\s+|also\s+|finally\s+)?"


@lru_cache(maxsize=1)
def _lifted_words() -> str:
    """Every verb of lifting (lexicon [embargo] lift_verbs and lift_verbs_with_object: the list
    `lift_pattern` reads), as a group."""
    return f"(?:{lift_verbs()}|{lift_verbs_with_object()})"


@lru_cache(maxsize=1)
def _modal_lift_after() -> re.Pattern[str]:
    return re.compile(
        rf"[^.;]{{0,60}}?\b{_LIFT_MODAL}(?:be\s+(?:partially\s+|fully\s+)?)?{_lifted_words()}\b",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _modal_lift_before() -> re.Pattern[str]:
    return re.compile(
        rf"\b{_LIFT_MODAL}(?:partially\s+|fully\s+)?{_lifted_words()}\s+"
        r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?$",
        re.IGNORECASE,
    )


# a lifting verb taking back the embargo words, after a call told after them: "... asked the Council to
# lift it"
@lru_cache(maxsize=1)
def _lift_it() -> re.Pattern[str]:
    return re.compile(
        rf"\s+{_lifted_words()}\s+(?:it|them|the\s+(?:measure|embargo|ban|restrictions?))\b", re.IGNORECASE
    )


# a wish that is no decision, before the embargo words: "Caracas wants the arms embargo scrapped", "seeks
# the lifting of", "hopes for an end to" (read only by this rung: a wish to lift is a call to lift)
_WISH = re.compile(
    r"\b(?:wants?|wanted|wanting|would\s+like|seek(?:s|ing)?|sought|hop(?:e|es|ed|ing)\s+for|"
    r"campaign(?:s|ed|ing)?\s+for|work(?:s|ed|ing)?\s+(?:for|towards?))\b",
    re.IGNORECASE,
)
# the verbs that lift only a restriction, as the participle of a wish: "wants the embargo ended"
_ENDED = r"ended|dropped|ditched|axed|done\s+away\s+with"
# what the call would end must be a restriction, not an arms flow ("calls for an end to arms sales" calls
# for a halt)
_RESTRICTION = re.compile(
    r"\b(?:embargo|ban|restrictions?|curbs?|limits|freeze|moratorium|suspension)\b", re.IGNORECASE
)
# the lifting told as a noun after the call: "pushes for an end to the UN arms embargo"
_END_TO = re.compile(r"\b(?:an?\s+|the\s+)?end\s+to\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _lifted_after() -> re.Pattern[str]:
    """The lifting wished for, told after the embargo words in their clause: "wants the arms embargo on
    South Sudan removed", "appeals for the Council's arms embargo to be dropped"."""
    return re.compile(
        rf"[^.;,]{{0,50}}?\b(?:to\s+be\s+|be\s+)?(?:partially\s+|fully\s+)?(?:{lift_verbs()}|{_ENDED})\b(?!\s+up\b)",
        re.IGNORECASE,
    )


def call_to_lift(s: str, span: tuple[int, int]) -> tuple[str, str] | None:
    """A call whose verb, between the call and the embargo words, lifts or eases it; or a modal lifting
    told of the embargo ("said the arms embargo on X should be lifted", "... should lift the embargo")."""
    modal = _modal_lift_after().match(s, span[1]) or _modal_lift_before().search(
        s, max(0, span[0] - 50), span[0]
    )
    if modal is not None:
        return "", modal.group(0).strip()
    before = s[: span[0]]
    start = max(0, len(before) - 80)
    calls = sorted(
        [*CALL_FOR.finditer(before, start), *_WISH.finditer(before, start)], key=lambda m: m.start()
    )
    if not calls:
        # or told after the embargo words, of them: "the UN ban on arms for Somalia hurt its army,
        # and asked the Council to lift it"
        later = CALL_FOR.search(s, span[1])
        back = _lift_it().match(s, later.end()) if later is not None else None
        return ("", f"{later.group(0)} ... {back.group(0).strip()}") if later and back else None
    # up to the end of the embargo words: "urged the EU to drop arms restrictions" names what it drops
    lift = (
        lift_pattern().search(s[: span[1]], calls[-1].end())
        or (
            _RESTRICTION.search(s, span[0], span[1])
            and (_END_TO.search(s, calls[-1].end(), span[0]) or _lifted_after().match(s, span[1]))
        )
        or None
    )
    return ("", f"{calls[-1].group(0)} ... {lift.group(0).strip()}") if lift else None
