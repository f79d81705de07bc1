"""Arms embargoes: who (actor), on whom (target), and what happened (action).

A sentence is about an arms embargo when it names one (`ARMS_EMBARGO`: "arms embargo", "embargo on
weapons", or a bare "embargo" beside arms words) or describes one without the word (`ARMS_FLOW` with
a halting verb: "halts arms exports", "suspending 30 arms export licences", "stop delivery of F-35
parts"). Oil, trade, grain or press embargoes are not arms embargoes.

The action is the first of these that the sentence supports (order matters: "lifting the embargo
which was first imposed in 1992" is `lifted`): ruled_by_court, rejected, called_for, lifted,
extended, suspended_licences, partial, imposed. A negated or hypothetical sentence ("No new embargo
was imposed", "could impose") and a call to lift an embargo give no fact.

Actor: the speaker of an attributed statement ("..., the Russian deputy minister said"), else the
agent of a passive ("approved by the UN Security Council"), else the first name before the verb.
A country asked to act ("Sweden was urged to ..."), a headline's topic ("Haiti: ...") and a demonym
before a non-state group ("Dutch rights groups") are not actors; a state welcoming or condemning a
decision is its target, and the state named before the embargo words or whose decision it is, its
actor ("Cyprus welcomes lifting of US arms embargo"); a decider may follow the embargo words ("after
the Security Council voted to lift it"); with no named actor, a well-known leader stands for their country
("Albanese ruled out ..."). An embargo inside a package ("sanctions ..., which include an arms
embargo") takes the package's verb. A headline's "halts arms sales" (imposed) is refined by a summary
that says which halt it is (suspended_licences, partial).
Target: the first place after "on / against / to" following the embargo words, else a place directly
before them ("Israel arms embargo"), else the nearest other place in the sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from bot.core.extract.doc import EMBARGO, Doc, prepare
from bot.core.extract.embargo_actions import action_of
from bot.core.extract.embargo_deciders import (
    BARE_COUNCIL,
    brussels_for_eu,
    congress_for_us,
    council_by_its_full_name,
    item_decider,
    item_target,
    item_theatre,
    kinshasa_for_congo,
)
from bot.core.extract.embargo_gate import _arms_flow_outline, allowed_again_before, refused_licences_for_arms
from bot.core.extract.embargo_licence_patterns import MILITARY_LICENCES, NO_MORE_LICENCES
from bot.core.extract.embargo_merge import (
    COURT_RUNGS,
    court_by_its_name,
    court_in_its_country,
    merge_embargoes,
)
from bot.core.extract.embargo_patterns import (
    ARMS_EMBARGO,
    ARMS_EMBARGO_WORDS,
    ARMS_FLOW,
    ARMS_IN_SENTENCE,
    BARE_EMBARGO,
    COURT_VERB,
    COURT_WORD,
    HALT,
    NON_ARMS_EMBARGO,
    PREFILTER,
    REJECT,
    SECOND_REFUSES,
    lift_pattern,
)
from bot.core.extract.embargo_role_patterns import (
    HISTORY,
    STATE_BODY_SUBJECT,
)
from bot.core.extract.embargo_roles import (
    CLAUSE_BREAK,
    actor_name,
    call_only,
    co_targets,
    mentions_in,
)
from bot.core.extract.embargo_sentence_roles import EmbargoSentence, sentence_roles
from bot.core.extract.embargo_split_scope import split_scope
from bot.core.extract.embargo_unchanged import unchanged
from bot.core.extract.frames import invented_frame, not_commentary
from bot.core.extract.places import NOT_ARMS_TARGETS, Mention, canonical_name
from bot.core.extract.re2_outline import Outline
from bot.core.extract.text import lower_for_tests, may_hold
from bot.core.extract.vetoes import Dropped
from bot.core.model import ArmsEmbargo, Why


def might_have_embargoes(text: str) -> bool:
    return bool(PREFILTER.search(text))


@lru_cache(maxsize=2)
def _outline(pattern: re.Pattern[str]) -> Outline:
    return Outline(pattern)


def _found(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)`, tried only where its RE2 outline occurs (HALT, REJECT: long alternations
    that rarely match)."""
    return None if _outline(pattern).absent_in(text) else pattern.search(text)


# a hold on the flow ended, told right after it: "approved the sale of attack helicopters to Egypt,
# ending a hold placed by two senators" (an approval alone is no embargo fact)
_HOLD_ENDED_AFTER = re.compile(
    r"\s*,?\s+(?:ending|lifting|ended|lifted|releasing)\s+(?:a|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:hold|freeze|suspension|block|ban)\b",
    re.IGNORECASE,
)


def _is_arms_sentence(s: str, after_arms_embargo: bool = False) -> tuple[int, int] | None:
    """Span of the embargo words if the sentence is about an arms embargo or a halt to arms flows.
    `after_arms_embargo`: an earlier sentence of the same text named an arms embargo, so a bare "the
    embargo" here refers back to it."""
    spans: list[tuple[int, int]] = []
    low = lower_for_tests(s)  # the regexes below run only where their words are
    m = ARMS_EMBARGO.search(s) if may_hold(low, ARMS_EMBARGO_WORDS) else None
    if m:
        spans.append((m.start(), m.end()))
    elif may_hold(low, ("embargo",)) and (after_arms_embargo or ARMS_IN_SENTENCE.search(s)):
        for b in BARE_EMBARGO.finditer(s):
            if not NON_ARMS_EMBARGO.search(s[max(0, b.start() - 30) : b.end()]):
                spans.append((b.start(), b.end()))
                break
    at = None if _arms_flow_outline().absent_in(s) else _arms_flow_outline().first_start(s)
    f = None if at is None else ARMS_FLOW.search(s, at)
    if f is None and may_hold(low, ("export",)):
        f = MILITARY_LICENCES.search(s)
    if f is None and may_hold(low, ("licen", "permit")):
        f = refused_licences_for_arms(s)
    if (
        f
        and (
            spans
            # "judges ruled that arms exports ... unlawful"
            or (COURT_WORD.search(s) and COURT_VERB.search(s))
            or _found(HALT, s[max(0, f.start() - 60) : f.end() + 40])
            or _found(REJECT, s)
            or NO_MORE_LICENCES.search(s)  # "would grant no further export licences for military goods"
            or lift_pattern().search(s[max(0, f.start() - 80) : f.start()])
            or _HOLD_ENDED_AFTER.match(s, f.end())  # "cleared the sale of drones, ending a hold"
            or allowed_again_before(s, f.start())
        )
    ):
        spans.append((f.start(), f.end()))
    return min(spans) if spans else None


def _from_sentence(
    s: str,
    published: date | None,
    after_arms_embargo: bool = False,
    trace: list[Dropped] | None = None,
    others: list[str] | None = None,
) -> tuple[list[ArmsEmbargo], bool]:
    """(facts, whether the sentence is about an arms embargo or arms flows)."""
    span = _is_arms_sentence(s, after_arms_embargo)
    if span is None:
        return [], False
    trigger = s[span[0] : span[1]]
    action, rung, words = action_of(s, span)
    if action is None:
        if trace is not None:
            trace.append(Dropped("arms_embargo", rung, words, trigger, s.strip()))
        return [], True
    past = _history(s, published) if action in {"imposed", "lifted"} else None
    if past is not None:
        if trace is not None:
            trace.append(Dropped("arms_embargo", "history", past.group(0), trigger, s.strip()))
        return [], True
    sent = EmbargoSentence(s, span, rung, words)
    actors, actor_how, target, target_how, ments = sentence_roles(sent, action)
    tname = target.canonical if target else None
    out = [_fact(sent, actor_name(a, action), action, actor_how, tname, target_how) for a in actors]
    if target is not None and target.start >= span[1]:
        # "bans weapons exports to Saudi Arabia and the United Arab Emirates": one fact per state listed
        for t in co_targets(s, target, ments, actors):
            how = f"listed with {target.surface}"
            out += [_fact(sent, actor_name(a, action), action, actor_how, t.canonical, how) for a in actors]
    if not out:
        out = [_fact(sent, None, action, "", tname, target_how)]
    if action == "rejected":
        out.extend(_callers(sent, ments, actors, tname, target_how))
    else:
        out.extend(_second_refuses(sent, actors, tname, target_how))
    if others and action not in _NO_DECIDER_NEEDED:
        # "Export licences ... suspended" ... "were suspended on Tuesday by Finland's defence ministry"
        out = [
            f if f.actor else _with_role(f, "actor", *by) if (by := item_decider(others, f.target)) else f
            for f in out
        ]
    kept = [f for f in out if f.actor or f.target]
    if trace is not None and len(kept) < len(out):
        trace.append(
            Dropped("arms_embargo", "no_roles", "neither actor nor target named", trigger, s.strip())
        )
    body = STATE_BODY_SUBJECT.search(s, 0, span[0])
    # (a court's ruling with no court named here takes the one the text names elsewhere: embargoes_in)
    court = rung in COURT_RUNGS
    body = body or BARE_COUNCIL.search(s, 0, span[0])  # "Council votes to ...": the item names which
    decided = [f for f in kept if f.actor or f.action in _NO_DECIDER_NEEDED or ((body or court) and f.target)]
    if trace is not None and len(decided) < len(kept):
        trace.append(
            Dropped(
                "arms_embargo", "no_decider", f"'{words}' with no state or body deciding", trigger, s.strip()
            )
        )
    return decided + _later_decision(s, span, published, decided), True


# a later clause with a decision of its own: "Bratislava will keep selling ammunition to Azerbaijan, a day
# after Prague announced it was stopping all arms exports to Baku"; "..., while Rome suspended ..."
_LATER_CLAUSE = re.compile(
    r"(?:,\s*|\s+)(?:(?:a|one|two|three|four|five|six|several|\w+)\s+(?:days?|weeks?|months?|hours?)\s+)?"
    r"(?:after|while|whereas)\s+|;\s*",
    re.IGNORECASE,
)


def _later_decision(
    s: str, span: tuple[int, int], published: date | None, decided: list[ArmsEmbargo]
) -> list[ArmsEmbargo]:
    """The facts of a later clause that names its own decider and its own arms words (each clause read
    as a sentence of its own); only those with a decider of their own and a new (actor, target)."""
    later = _LATER_CLAUSE.search(s, span[1])
    if later is None or _is_arms_sentence(s[later.end() :]) is None:
        return []
    facts, _ = _from_sentence(s[later.end() :], published)
    seen = {(f.actor, f.target) for f in decided}
    return [f for f in facts if f.actor and (f.actor, f.target) not in seen]


# A decision needs a decider: "the studio halted sales of weapon skins in Belgium", "the toy company
# stopped exports of replica rifles to Australia" name no state, bloc, court or body that decides (veto
# `no_decider`). A call may come from anyone (activists, rights groups), a refusal from an unnamed
# government ("the prime minister rejected calls for an arms embargo"); a state body without its state
# (STATE_BODY_SUBJECT) decides too, folded into an earlier fact of its state.
_NO_DECIDER_NEEDED = frozenset({"called_for", "rejected"})


def _history(s: str, published: date | None) -> re.Match[str] | None:
    """A year three or more years before publication: an embargo imposed (or lifted) then is background."""
    if published is None:
        return None
    lifted = lift_pattern().search(s)
    for h in HISTORY.finditer(s):
        if int(h.group(1)) > published.year - 3:
            continue
        # a lifting is background only when the old year dates the lifting itself ("expired in October
        # 2020"), not the embargo it ends ("lifting the embargo first imposed in 1992")
        if lifted is None or 0 <= h.start() - lifted.end() <= 30:
            return h
    return None


_GOES_ON = re.compile(r"(?:continu|keep|kept|maintain|stands?\s+by|stood\s+by|go\s+on)", re.I)


def _fact(
    sent: EmbargoSentence, actor: str | None, act: str, how: str, tname: str | None, target_how: str
) -> ArmsEmbargo:
    if actor in call_only() and (
        act not in {"called_for", "rejected"} or (act == "rejected" and _GOES_ON.match(sent.words))
    ):
        # a body that sells no arms does not keep selling them: "continued transfers ... could amount to
        # complicity", said by UN experts, calls for a halt
        act, why_action = "called_for", f"{actor} can only call on states ({sent.rung}: '{sent.words}')"
    else:
        why_action = f"{sent.rung}: '{sent.words}'"
    roles = (
        ("actor", f"{actor}: {how}" if actor else "none named"),
        ("target", f"{tname}: {target_how}" if tname else "none named"),
    )
    why = Why("embargo_sentence", (sent.trigger,), _clause_of(sent.text, sent.span), roles, why_action)
    return ArmsEmbargo(actor, tname, act, evidence=sent.text.strip(), why=why)


def _callers(
    sent: EmbargoSentence, ments: list[Mention], actors: list[Mention], tname: str | None, target_how: str
) -> list[ArmsEmbargo]:
    """ "..., snubbing Spanish calls for an embargo": the callers are a second fact."""
    out: list[ArmsEmbargo] = []
    for m in ments:
        after = sent.text[m.end : m.end + 40]
        if re.match(r"(?:'s)?\s+(?:\w+\s+)?calls?\s+(?:for|to)\b", after, re.I) and all(
            m.canonical != a.canonical for a in actors
        ):
            out.append(_fact(sent, m.canonical, "called_for", f"'{m.surface}' calls", tname, target_how))
    return out


def _second_refuses(
    sent: EmbargoSentence, actors: list[Mention], tname: str | None, target_how: str
) -> list[ArmsEmbargo]:
    """ "Norway imposes an arms embargo, Sweden says it would not follow": a second state named after the
    decision that refuses to take the same step rejects it (a second fact, on the same target)."""
    m = SECOND_REFUSES.search(sent.text, sent.span[1])
    if m is None or tname is None:
        return []
    who_text = m.group("who") or m.group("keeper") or m.group("seer")
    taken = {a.canonical for a in actors} | {tname}
    who = [
        p
        for p in mentions_in(who_text)
        if not p.city and p.canonical not in taken and p.canonical not in NOT_ARMS_TARGETS
    ]
    if not who:
        return []
    how = f"'{who[0].surface}' refuses to take the same step ('{m.group(0).strip(' ,;')[:60]}')"
    return [_fact(sent, actor_name(who[0], "rejected"), "rejected", how, tname, target_how)]


def _clause_of(s: str, span: tuple[int, int]) -> str:
    lo = 0
    for c in CLAUSE_BREAK.finditer(s, 0, span[0]):
        lo = c.end()
    hi_m = CLAUSE_BREAK.search(s, span[1])
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
        others = [t.text for t in doc.sents if t is not sent]
        found, about_arms = _from_sentence(sent.text, published, seen, trace, others)
        seen = seen or about_arms
        for f in found:
            f = court_in_its_country(court_by_its_name(f, doc.body), doc.dateline)
            f = council_by_its_full_name(f, doc.body)
            if (
                f.actor is None
                and f.action not in _NO_DECIDER_NEEDED
                and not any(o.actor and o.target == f.target for o in facts)
            ):
                continue  # a state body's (or unnamed court's) decision with no fact before it to join
            f = congress_for_us(kinshasa_for_congo(brussels_for_eu(f, doc.body), doc.body), doc.body)
            if f.target is None and facts and facts[-1].target:
                # "Russia rejected the reimposed embargo": the target of the embargo named before
                why = f.why
                if why is not None:
                    roles = tuple(r for r in why.roles if r[0] != "target")
                    roles += (("target", f"{facts[-1].target}: the embargo named in an earlier sentence"),)
                    why = Why(why.recognizer, why.trigger, why.clause, roles, why.status)
                f = ArmsEmbargo(f.actor, facts[-1].target, f.action, evidence=f.evidence, why=why)
            facts.append(f)
    facts = _kept_but_unchanged(doc, facts, trace)
    merged = split_scope(merge_embargoes(_not_invented(doc.body, facts, trace)), doc.body)
    for i, f in enumerate(merged):
        if f.target is None and (
            named := item_target(_others(doc, f), {f.actor or ""}) or item_theatre(_others(doc, f))
        ):
            merged[i] = _with_role(f, "target", *named)  # "Canada freezes permits" ... "bound for Israel"
    return merged


def _kept_but_unchanged(doc: Doc, facts: list[ArmsEmbargo], trace: list[Dropped] | None) -> list[ArmsEmbargo]:
    """An embargo read as kept ("EU eases sanctions but keeps the arms embargo") in an item that tells
    it elsewhere as left unchanged ("... while the arms embargo was left unchanged"): nothing was done to
    it (veto `unchanged`, embargo_unchanged.py)."""
    kept = [f for f in facts if f.why is not None and f.why.status.startswith("kept:")]
    if not kept:
        return facts
    words = None
    for sent in doc.having(EMBARGO):
        span = _is_arms_sentence(sent.text, True)
        found = unchanged(sent.text, span) if span is not None else None
        if found is not None:
            words = found[1]
            break
    if words is None:
        return facts
    if trace is not None:
        for f in kept:
            trigger = f.why.trigger[0] if f.why else ""
            trace.append(Dropped("arms_embargo", "unchanged", words, trigger, f.evidence))
    return [f for f in facts if f not in kept]


def _others(doc: Doc, f: ArmsEmbargo) -> list[str]:
    """The item's sentences other than the one a fact was read in."""
    return [t.text for t in doc.sents if t.text.strip() != f.evidence]


def _with_role(f: ArmsEmbargo, role: str, name: str, how: str) -> ArmsEmbargo:
    why = f.why
    if why is not None:
        why = replace(why, roles=(*(r for r in why.roles if r[0] != role), (role, f"{name}: {how}")))
    if role == "actor":
        return replace(f, actor=name, why=why)
    return replace(f, target=name, why=why)


def _not_invented(body: str, facts: list[ArmsEmbargo], trace: list[Dropped] | None) -> list[ArmsEmbargo]:
    """No facts from an item framed as fiction or a game (veto `invented`, frames.py)."""
    frame = invented_frame(body) if facts else None
    if frame is None:
        return not_commentary(body, facts, trace, "arms_embargo", lambda f: f.why.trigger[0] if f.why else "")
    if trace is not None:
        for f in facts:
            trace.append(
                Dropped("arms_embargo", "invented", frame, f.why.trigger[0] if f.why else "", f.evidence)
            )
    return []


__all__ = ["canonical_name", "embargoes_in", "extract_embargoes", "merge_embargoes", "might_have_embargoes"]
