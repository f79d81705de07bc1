"""What is done about an arms embargo: the action ladder, tried rung by rung on the words near the
embargo (lifted, extended, imposed, suspended licences, called for, rejected ...)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from bot.core.extract.embargo_breaches import enforcement_extended, violation
from bot.core.extract.embargo_licence_patterns import ALL_FLOWS_HALTED, NO_MORE_LICENCES
from bot.core.extract.embargo_lift_calls import call_to_lift
from bot.core.extract.embargo_patterns import (
    AGAIN_PERIOD,
    ATTRIBUTION,
    CALL_FOR,
    CONDITION_AFTER,
    CONDITIONAL_WOULD,
    COURT_VERB,
    COURT_WORD,
    EXTEND,
    HYPOTHETICAL,
    IMPOSE,
    KEPT_AFTER,
    KEPT_BEFORE,
    LICENCES,
    LIFT_EMBARGO,
    MODAL_BEFORE,
    MODAL_CALL,
    NEGATED,
    OLD_DEALS_GO_ON,
    PACKAGE,
    PARTIAL,
    PREDICTED,
    PRESS_EMBARGO,
    RECALLED,
    REPORTED_PLAN,
    lift_pattern,
)
from bot.core.extract.embargo_refusals import (
    CALL_ON_COURT,
    COURT_REFUSES,
    non_state_refusal,
    refusal,
    refused_lifting,
    refused_renewal,
)
from bot.core.extract.embargo_restored import back_in_force
from bot.core.extract.embargo_unchanged import unchanged
from bot.core.extract.lexicon import lexicon


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
    if PACKAGE.search(before):
        return s[: span[1] + 60]  # "extended its sanctions on Myanmar, which include an arms embargo"
    start = max(0, span[0] - 80)
    contrast = None
    for found in _CONTRAST.finditer(s, start, span[0]):
        contrast = found  # the last one before the embargo words
    if contrast is not None:
        # the embargo's own clause, past a contrast: "eases trade curbs but keeps the arms embargo"
        # is not an easing of the embargo
        start = contrast.end()
    return s[start : span[1] + 60]


# a turn to another measure: what was done before it is done to something else
_CONTRAST = re.compile(r"\b(?:but|while|whereas|yet|although|though)\b", re.IGNORECASE)


# a verb in a condition clause: "if Spain extends", "unless the Council renews"
_IF_CLAUSE = re.compile(r"\b(?:if|unless|whether)\s+(?:[\w'-]+\s+){0,4}$", re.IGNORECASE)


_AGAIN_BEFORE = re.compile(r"\b(?:again|once\s+more|anew)\s+$", re.IGNORECASE)


def _lift_or_extend(s: str, span: tuple[int, int]) -> tuple[str, str] | None:
    """The direction of change, by whichever verb comes first: "extend the partial lifting" is an
    extension, "lifted the embargo that had been extended" a lifting."""
    near = _near(s, span)
    lift, extend = lift_pattern().search(near), EXTEND.search(near)
    first = min((m for m in (lift, extend) if m is not None), key=lambda m: m.start(), default=None)
    if first is not None and _IF_CLAUSE.search(near, max(0, first.start() - 50), first.start()):
        return "", first.group(0)  # "fear losses if Spain extends its arms ban": a condition, no development
    if lift and (extend is None or lift.start() < extend.start()):
        if lift.group(0).lower().startswith("resum") and not _RESTRICTION_NAMED.search(s):
            # exports resumed with no restriction named is no fact (the ten languages agree): "resumes
            # arms exports to Saudi Arabia" says nothing was lifted
            return "", lift.group(0)
        # (or told again before the verb: "Washington again waives the arms embargo on Cyprus")
        again = AGAIN_PERIOD.search(near, lift.end()) or _AGAIN_BEFORE.search(near, 0, lift.start())
        if again is not None:
            return "extended", f"{lift.group(0)} ... {again.group(0)}"  # an easing renewed for a period
        return "lifted", lift.group(0)
    if extend:
        return "extended", extend.group(0)
    # the decision told later in the sentence, of the embargo named before: "the embargo was hobbling its
    # army, a day after the Council renewed the measure"
    back = _BACK_REFERENCE.search(s, span[1])
    if back is None:
        return None
    return ("lifted" if lift_pattern().match(back.group(0)) else "extended"), back.group(0)


def _lift_embargo(s: str, span: tuple[int, int]) -> tuple[str, str] | None:
    """A verb acting on the embargo itself, unless an extension acts on that lifting: "extends the
    lifting of the arms embargo", "renews the partial lifting of the embargo" renew an easing
    (`extended`, corpus README), read by the next rungs."""
    m = LIFT_EMBARGO.search(s)
    if m is None or _EXTENDS_BEFORE.search(s, max(0, m.start() - 40), m.start()):
        return None
    return "lifted", m.group(0)


# an extension acting on what follows: "again extends (the) (partial) lifting of"
_EXTENDS_BEFORE = re.compile(
    r"\b(?:renew\w*|extend\w*|prolong\w*|roll(?:s|ed|ing)?\s+over)\s+(?:the\s+|its\s+|a\s+|their\s+)?"
    r"(?:partial\s+|temporary\s+)?$",
    re.IGNORECASE,
)


_RESTRICTION_NAMED = re.compile(
    r"\b(?:embargo\w*|ban(?:s|ned)?|freez\w*|froze\w*|restrict\w*|suspen\w*|moratorium|licen[cs]\w*|permits?|approvals?|holds?|"
    # resuming approving or licensing exports ends a halt on them: "to resume approving arms exports"
    r"block\w*|halt\w*|paus\w*|curbs?|veto\w*|approving|authori[sz]ing)\b",
    re.IGNORECASE,
)
_BACK_REFERENCE = re.compile(
    r"\b(?:renew\w*|extend\w*|prolong\w*|lift\w*|eas(?:e|es|ed|ing)|relax\w*|loosen\w*)\s+"
    r"(?:the\s+(?:measure|embargo|ban|restrictions?)|it)\b",
    re.IGNORECASE,
)


def _impose(s: str, span: tuple[int, int]) -> tuple[str, str] | None:
    m = IMPOSE.search(s)
    if m is None:
        return None
    partial = PARTIAL.search(s) or _route_restriction(s)
    return ("partial", f"{m.group(0)} ... {partial.group(0)}") if partial else ("imposed", m.group(0))


def _route_restriction(s: str) -> re.Match[str] | None:
    """A restriction on the routes arms take (transit, ports, airspace: lexicon [embargo]
    route_restrictions) covers part of the arms flows, unless the sentence calls the ban total or an
    embargo."""
    if _TOTAL.search(s):
        return None
    return _routes().search(s)


@lru_cache(maxsize=1)
def _routes() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + lexicon("en").alternation("embargo", "route_restrictions") + r")\b", re.I)


# a ban told as whole ("bans all arms trade", "writes its arms embargo into law and bars ships carrying
# weapons"), or one on the trade itself beside the routes ("banned imports, exports and transit of
# weapons"), is no partial one
_TOTAL = re.compile(
    r"\b(?:all|full|total|complete|comprehensive|blanket|embargo|exports?|imports?|trade)\b", re.IGNORECASE
)


def _court_acts(s: str, span: tuple[int, int]) -> bool:
    """A court is in the sentence, and not only in a clause after the embargo words that says why a
    government acts ("will resume exports ... after the Supreme Court overturned a ban")."""
    if not _COURT_STEMS.search(s):
        return False  # a cheap test before the costlier pattern
    courts = list(COURT_WORD.finditer(s))
    if not courts:
        return False
    return any(c.start() < span[1] or not _SINCE.search(s, span[1], c.start()) for c in courts)


_FORECAST_STEMS = re.compile(r"likely|xpected|poised|forecast|predicted|long shot|remote")
_COURT_STEMS = re.compile(r"[Cc]ourt|[Tt]ribunal|[Jj]udge|[Cc]ouncil|COURT|ICJ")
# (a ruling cited as the reason is no ruling on this halt: "suspended two licences ..., citing an ICJ ruling")
_SINCE = re.compile(r"\b(?:after|following|since|once|because|when|as|citing)\b", re.IGNORECASE)


def _should(s: str, span: tuple[int, int]) -> tuple[str, str] | None:
    """A modal call told by a speaker named before it ("X said Y should halt") or attributed after
    ("Y must impose an embargo, X said")."""
    said = MODAL_CALL.search(s, 0, span[0])
    if said is not None:
        return "called_for", f"{said.group(0).strip()} ... should"
    modal = MODAL_BEFORE.search(s, max(0, span[0] - 60), span[0])
    attributed = ATTRIBUTION.search(s, span[1]) if modal is not None else None
    if modal is None or attributed is None:
        return None
    return "called_for", f"{modal.group(0)} ... {attributed.group(0)[:40]}"


def _dated_background(s: str, span: tuple[int, int]) -> tuple[str, str] | None:
    """The only decision verb is a participle after the embargo words that dates it to an earlier
    year, month or week: the sentence is about the embargo's effect, not a new decision."""
    past = _DATED_PARTICIPLE.search(s, span[1])
    if past is None:
        return None
    first = IMPOSE.search(s)
    only_verb = first is not None and first.start() == past.start("verb")
    return ("", past.group(0).strip(" ,")) if only_verb else None


_DATED_PARTICIPLE = re.compile(
    r",\s+(?:first\s+|originally\s+)?(?P<verb>imposed|introduced|adopted|enacted|approved|declared)\s+"
    r"(?:last\s+(?:year|month|week|spring|summer|autumn|winter)|(?:\w+\s+){1,2}(?:years?|months?)\s+ago|"
    r"in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
    r"(?:19|20)\d\d)\s*,",
    re.IGNORECASE,
)


def _licences(s: str, span: tuple[int, int]) -> tuple[str, str] | None:
    """Licences suspended or revoked; licences no longer granted, unless only some arms are meant ("will
    no longer approve permits for weapons that could be used in Gaza": `partial`)."""
    m = LICENCES.search(s)
    if m is not None:
        # only new licences stop while the old deals go on ("existing permits remain valid")
        kept = OLD_DEALS_GO_ON.search(s)
        return ("partial", f"{m.group(0)} ... {kept.group(0)}") if kept else _all_halted(s, m)
    m = NO_MORE_LICENCES.search(s)
    if m is None:
        return None
    partial = PARTIAL.search(s)
    return ("partial", f"{m.group(0)} ... {partial.group(0)}") if partial else _all_halted(s, m)


def _all_halted(s: str, licences: re.Match[str]) -> tuple[str, str]:
    """Licences stopped, or a part of a halt of all arms flows told beside them (`imposed`)."""
    every = ALL_FLOWS_HALTED.search(s)
    return (
        ("imposed", f"{every.group(0)} ... {licences.group(0)}")
        if every
        else ("suspended_licences", licences.group(0))
    )


def _kept(s: str, span: tuple[int, int]) -> tuple[str, str] | None:
    """The verb right before the embargo words keeps it, or the embargo "would remain in force"."""
    kept = KEPT_BEFORE.search(s, max(0, span[0] - 40), span[0]) or KEPT_AFTER.match(s, span[1])
    return _found("extended", kept)


def _conditional(s: str, span: tuple[int, int]) -> tuple[str, str] | None:
    """ "would halt arms exports to Turkey if the offensive continues": a decision on a condition."""
    would = CONDITIONAL_WOULD.search(s, max(0, span[0] - 40), span[0])
    cond = CONDITION_AFTER.search(s[span[1] :]) if would is not None else None
    return ("", f"{would.group(0).strip()} ... {cond.group(0).strip()[-20:]}") if would and cond else None


# a headline giving a speaker's words as a bare imperative: "Amnesty: extend the Darfur arms embargo to
# all of Sudan", "UN experts: halt arms transfers to Israel now", the words quoted or not (the speaker
# calls on states; a call to lift is no development, and these verbs restrict)
_HEADLINE_CALL = re.compile(
    r"^\s*[^:.;]{2,60}:\s+['\"]?(?:now\s+|immediately\s+)?(?:impose|extend|expand|widen|broaden|enforce|renew|halt|stop|"
    r"ban|bar|suspend|freeze|cut\s+off|block|tighten|adopt|introduce|reinstate|restore|strengthen|embargo)\s",
    re.IGNORECASE,
)


# a court that hears a case or will rule, and has decided nothing in the sentence: "judges heard opening
# arguments ... a ruling is expected in spring", "the court will rule next month" (no fact until it rules)
_COURT_PENDING = re.compile(
    r"\b(?:ruling|decision|verdict|judgment|judgement)\s+(?:is|was|are)\s+(?:now\s+)?(?:expected|due)\b|"
    r"\b(?:will|is\s+due\s+to|is\s+expected\s+to|are\s+expected\s+to|are\s+due\s+to)\s+rule\b|"
    r"\bheard\s+(?:opening\s+|closing\s+)?arguments\b|\b(?:began|begins|opened|opens)\s+(?:a\s+)?hearings?\b",
    re.IGNORECASE,
)
_COURT_DECIDED = re.compile(
    r"\b(?:ruled|orders|ordered|barred|blocked|halted|dismiss(?:es|ed)|reject(?:s|ed)|uph[oe]ld|upholds|"
    r"suspended|quash(?:es|ed)|overturn(?:s|ed)|declined|refused|thr(?:ew|own)\s+out|struck\s+down)\b",
    re.IGNORECASE,
)


def _court_pending(s: str, span: tuple[int, int]) -> tuple[str, str] | None:
    if not _court_acts(s, span):
        return None
    m = _COURT_PENDING.search(s)
    return ("", m.group(0)) if m and not _COURT_DECIDED.search(s) else None


# The action is the first rung that reads one; a rung with action None is a named veto.
ACTION_LADDER: tuple[_Step, ...] = (
    _Step(
        "press_embargo",
        None,
        "veto: a report under a press embargo ('an embargoed report on the arms trade')",
        lambda s, sp: _found("", PRESS_EMBARGO.search(s)) if "mbargoed" in s or "until" in s else None,
    ),
    _Step(
        "recalled",
        None,
        "veto: an embargo remembered ('analysts recall the expiry of the arms embargo')",
        lambda s, sp: (
            _found("", RECALLED.search(s, max(0, sp[0] - 50), sp[0]))
            if "ecall" in s or "emember" in s or "ommemorat" in s
            else None
        ),
    ),
    _Step(
        "court_pending",
        None,
        "veto: a court hears a case or will rule, nothing decided ('a ruling is expected in spring')",
        _court_pending,
    ),
    _Step(
        "court_refuses",
        "rejected",
        "a court refuses a bid to stop sales",
        lambda s, sp: _found("rejected", COURT_REFUSES.search(s)) if _court_acts(s, sp) else None,
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
        lambda s, sp: _found("ruled_by_court", COURT_VERB.search(s)) if _court_acts(s, sp) else None,
    ),
    _Step(
        "unchanged",
        None,
        "veto: the embargo told as left as it was ('leaves the arms embargo unchanged', 'no change to the"
        " arms ban')",
        unchanged,
    ),
    _Step(
        "predicted",
        None,
        "veto: a forecast ('are expected to block any attempt to restrict arms sales', 'remains unlikely')",
        lambda s, sp: _found("", PREDICTED.search(s)) if _FORECAST_STEMS.search(s) else None,
    ),
    _Step(
        "reported_plan",
        None,
        "veto: a plan told only by reports ('after reports that Germany plans to halt arms sales')",
        lambda s, sp: _found("", REPORTED_PLAN.search(s, 0, sp[1])) if "report" in s else None,
    ),
    _Step(
        "not_a_refusal",
        None,
        "veto: what 'will not stop' arms flows is no state ('sanctions will not stop its arms exports')",
        non_state_refusal,
    ),
    _Step(
        "enforcement_extended",
        "extended",
        "what enforces the embargo renewed ('renewed authority to inspect ships suspected of breaching')",
        enforcement_extended,
    ),
    _Step(
        "violation",
        None,
        "veto: an embargo broken or said to be broken is no decision ('accused X of violating the embargo')",
        violation,
    ),
    _Step(
        "refused_lifting",
        None,
        "veto: a refusal to lift or ease an embargo leaves it as it was ('rejected lifting the embargo')",
        refused_lifting,
    ),
    _Step(
        "refused_renewal",
        "extended",
        "a refusal of a renewal, or beside it: the renewal is the fact ('rejects the decision to extend')",
        refused_renewal,
    ),
    _Step(
        "rejected",
        "rejected",
        "a refusal, denial or 'no plans to'",
        lambda s, sp: _found("rejected", refusal(s)),
    ),
    _Step(
        "call_to_lift",
        None,
        "veto: a call to lift or ease an embargo is no development ('urged the Council to lift it')",
        call_to_lift,
    ),
    _Step(
        "called_for",
        "called_for",
        "a call, demand or push before the embargo words",
        lambda s, sp: _found("called_for", CALL_FOR.search(s[: sp[0]][-80:])),
    ),
    _Step(
        "headline_call",
        "called_for",
        "a speaker's imperative after a headline colon ('Amnesty: extend arms embargo to all of Sudan')",
        lambda s, sp: _found("called_for", _HEADLINE_CALL.match(s, 0, sp[0])),
    ),
    _Step(
        "should",
        "called_for",
        "a speaker says another should act ('HRW said the Council should bar arms sales')",
        _should,
    ),
    _Step(
        "negated",
        None,
        "veto: no embargo was imposed or lifted ('no new embargo'); licences not granted are read below",
        lambda s, sp: None if NO_MORE_LICENCES.search(s) else _found("", NEGATED.search(s)),
    ),
    _Step(
        "back_in_force",
        "imposed",
        "an embargo in force again ('came back into force', 'arms embargo on Iran returns')",
        back_in_force,
    ),
    _Step(
        "lifted_embargo",
        "lifted",
        "a verb acting on the embargo itself ('revokes the embargo')",
        _lift_embargo,
    ),
    _Step(
        "kept",
        "extended",
        "the embargo kept in place beside another measure ('lifts sanctions, keeps the arms embargo')",
        _kept,
    ),
    _Step(
        "lifted_or_extended", "lifted", "lifting or extending, by whichever verb comes first", _lift_or_extend
    ),
    _Step(
        "hypothetical",
        None,
        "veto: a possibility, threat or condition ('could impose if')",
        lambda s, sp: _found("", HYPOTHETICAL.search(s[: sp[0]][-60:])) or _conditional(s, sp),
    ),
    _Step(
        "dated_background",
        None,
        "veto: the only verb dates the embargo ('Spain's embargo, imposed last year, has had ...')",
        _dated_background,
    ),
    _Step(
        "suspended_licences",
        "suspended_licences",
        "licences suspended or revoked",
        _licences,
    ),
    _Step("imposed", "imposed", "imposed; partial when only some arms are restricted", _impose),
    _Step("no_decision", None, "veto: arms words but no decision about them", lambda s, sp: ("", "")),
)


def _in_condition(s: str, words: str) -> bool:
    """The verb that gave the action stands in an if/unless clause ("if it cancelled the deal")."""
    first = words.split(" ... ")[0].strip()
    at = s.find(first) if first else -1
    return at > 0 and _IF_CLAUSE.search(s, max(0, at - 50), at) is not None


def action_of(s: str, span: tuple[int, int]) -> tuple[str | None, str, str]:
    """(action or None, the rung that decided, its words)."""
    for step in ACTION_LADDER:
        got = step.test(s, span)
        if got is not None:
            action, words = got
            if action and _in_condition(s, words):
                return None, "hypothetical", words  # "penalties if it cancelled the deal"
            return (action or None), step.name, words
    raise AssertionError("the ladder ends in a rung that always answers")
