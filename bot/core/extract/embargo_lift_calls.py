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


def call_to_lift(s: str, span: tuple[int, int]) -> tuple[str, str] | None:
    """A call whose verb, between the call and the embargo words, lifts or eases it; or a modal lifting
    told of the embargo ("said the arms embargo on X should be lifted", "... should lift the embargo")."""
    modal = _modal_lift_after().match(s, span[1]) or _modal_lift_before().search(
        s, max(0, span[0] - 50), span[0]
    )
    if modal is not None:
        return "", modal.group(0).strip()
    before = s[: span[0]]
    calls = list(CALL_FOR.finditer(before, max(0, len(before) - 80)))
    if not calls:
        # or told after the embargo words, of them: "the UN ban on arms for Somalia hurt its army,
        # and asked the Council to lift it"
        later = CALL_FOR.search(s, span[1])
        back = _lift_it().match(s, later.end()) if later is not None else None
        return ("", f"{later.group(0)} ... {back.group(0).strip()}") if later and back else None
    # up to the end of the embargo words: "urged the EU to drop arms restrictions" names what it drops
    lift = lift_pattern().search(s[: span[1]], calls[-1].end())
    return ("", f"{calls[-1].group(0)} ... {lift.group(0)}") if lift else None
