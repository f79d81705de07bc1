"""The roles of a recognition: what is recognised, who recognises (the states named, or a leader or
government standing for their country), how far along it is, and its date."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from bot.core.extract.embargo_roles import armed_group_states
from bot.core.extract.lexicon import lexicon
from bot.core.extract.places import DEMONYMS, RIVAL_OF, find_places
from bot.core.extract.recognition_clauses import (
    ADDED_NOT_YET,
    DECIDE_LATER,
    EFFECT_LATER,
    MOTION_CALL,
    MOTION_FAILED_AFTER,
    NEGATED_BEFORE,
    NOW_WORD_AFTER,
    PROPOSED,
    answer_to_question,
)
from bot.core.extract.recognition_denials import denied_before
from bot.core.extract.recognition_patterns import (
    ANNOUNCE,
    COLLECTIVE_AFTER,
    CONDITION_AFTER,
    DATE,
    DONE_FIRST,
    IMAGINED_MODAL_AFTER,
    IMAGINED_NOUN_BEFORE,
    IMAGINED_QUESTION,
    IN_A_DEAL,
    IN_EFFECT,
    LIST_END,
    MONTH,
    NEXT_MONTH,
    NOT_AGAINST,
    NOT_NOW,
    NOT_NOW_AFTER,
    OBJECT_END,
    ON_THE_TABLE,
    OTHER_BEFORE,
    PERFECT_BEFORE,
    PLAN_AFTER,
    PROMISED,
    REJECT_AFTER,
    REJECT_BEFORE,
    RUMOURED,
    UN_BODIES,
    WHETHER_TO,
    WITHDRAW_BEFORE,
    consider,
    state_cue,
)

# "the People's Republic" alone, or "of China", is China (not the Donetsk, Luhansk or Korean ones)
_PEOPLES_REPUBLIC = re.compile(r"\s*(?:the\s+)?People's\s+Republic\b(?!\s+of\s+(?!China\b))")


def recognized_in(obj: str, rest: str | None = None) -> str | None:
    """What is recognised, from the words after the verb (or before a passive). `rest`: the text the
    object was cut from, when `obj` is the verb's object (a state named alone counts only there)."""
    to = _SWITCHED_TO.match(rest) if rest is not None else None
    if to and rest is not None:  # "switching recognition back to Taiwan": the side chosen
        rest = rest[to.end() :]
        end = OBJECT_END.search(rest)
        obj = rest[: end.start()] if end else rest[:80]
    claimed = _claimed_as(rest if rest is not None else obj)
    if claimed:
        return claimed
    if not state_cue().search(obj):
        if rest is None:
            return None
        # a state named on its own is recognised as one ("recognised China" after cutting ties with
        # Taiwan); not its qualities ("Brazil's efforts") nor a role ("Spain as a partner")
        first = find_places(obj[:40])
        if (
            first
            and first[0].start <= 1
            and not (first[0].demonym or first[0].city)
            # a capital is its place, except the seats of the two rival governments of China, which
            # stand for them ("recognises Beijing" after cutting ties with Taipei)
            and not (first[0].capital and first[0].canonical not in RIVAL_OF)
            and not re.match(r"\s*(?:'s?\b|as\b)", rest[first[0].end :])
        ):
            return first[0].canonical
        return None
    if re.search(r"Palestin", obj, re.I):
        return "Palestine"
    if _PEOPLES_REPUBLIC.match(obj):
        return "China"  # "now recognised the People's Republic as the sole government of China"
    if re.match(r"\s*(?:the\s+)?Republic\s+of\s+China\b", obj):
        return "Taiwan"  # "again recognise the Republic of China (Taiwan)": Taipei's own name
    if re.match(r"\s*(?:the\s+)?(?:SADR|Sahrawi)\b(?!\s+(?:Arab\s+Democratic\s+)?Republic)", obj):
        return "Sahrawi Arab Democratic Republic"  # "Zambia's withdrawal of Sahrawi recognition"
    m = re.search(r"\bTaliban|\bIslamic\s+Emirate\b", obj)  # the Taliban's name for their state
    if m:
        return "Taliban government"
    places = find_places(obj)
    for i, p in enumerate(places):
        if p.demonym:
            if re.match(r"\s+(?:statehood|state|independence|sovereignty|republic)\b", obj[p.end :], re.I):
                return p.canonical  # "Kosovan statehood"
            continue
        if re.match(r"'s?\s", obj[p.end :]) and i + 1 < len(places):
            continue  # "Somalia's breakaway region of Somaliland": the region, not its possessor
        if _RULERS_AFTER.match(obj, p.end):
            return f"{p.canonical} government"  # "Myanmar's military government": not Myanmar
        return p.canonical
    caps = re.findall(r"(?-i:[A-Z][\w'-]+)(?:\s+and\s+(?-i:[A-Z][\w'-]+))?", obj)
    caps = [c for c in caps if c.lower() not in {"the", "an", "a", "state", "independent"}]
    return caps[0] if caps else None


_SWITCHED_TO = re.compile(r"\s*(?:back\s+)?to\s+(?:the\s+)?", re.IGNORECASE)
# a territory recognised as another state's: "recognising Crimea as Russian territory", "recognise the
# Golan Heights as part of Israel"
_AS_PART_OF = re.compile(r"\s+as\s+(?:(?:an?\s+)?(?:integral\s+)?part\s+of\s+|belonging\s+to\s+)(?:the\s+)?")
_AS_OWNED = re.compile(r"\s+as\s+(?:(?:sovereign|legitimate|lawful)\s+)?")
_NOT_TERRITORY_AFTER = re.compile(
    r"'|\s+(?:capital|city|ally|allies|partner|state|government|people)\b", re.I
)


def _claimed_as(obj: str) -> str | None:
    """ "Crimea as Russian territory": the territory, with whose sovereignty is recognised."""
    if " as " not in obj:
        return None
    places = find_places(obj[:80])
    if len(places) < 2 or places[0].start > 4 or places[0].demonym:
        return None
    owner = places[1]
    if owner.canonical == places[0].canonical:
        return None
    if owner.demonym:  # "Crimea as Russian territory", not "Jerusalem as Israeli capital"
        if not _AS_OWNED.fullmatch(obj, places[0].end, owner.start) or _NOT_TERRITORY_AFTER.match(
            obj, owner.end
        ):
            return None
    elif not _AS_PART_OF.fullmatch(obj, places[0].end, owner.start):
        return None
    adjective = owner.surface if owner.demonym else _DEMONYM_OF.get(owner.canonical, owner.canonical)
    land = places[0]
    # the territory's own name ("Golan": Golan Heights), not the state it is part of ("Crimea": Ukraine)
    name = land.canonical if land.canonical.startswith(land.surface) else land.surface
    return f"{name} ({adjective} sovereignty)"


_DEMONYM_OF = {country: dem for dem, country in reversed(list(DEMONYMS.items()))}

_RULERS_AFTER = re.compile(
    r"'s?\s+(?:new\s+|military\s+|interim\s+|transitional\s+)*(?:government|junta|regime|rulers|authorities)\b",
    re.IGNORECASE,
)


def actors_in(text: str, exclude: str | None, own_moves: bool = False) -> list[str]:
    return list(dict.fromkeys(name for name, _ in actor_mentions(text, exclude, own_moves)))


def actor_mentions(text: str, exclude: str | None, own_moves: bool = False) -> list[tuple[str, int]]:
    """(canonical name, where it starts) of every state `text` names as a possible actor. With
    `own_moves`, a state named with its decision ("Zambia's decision to withdraw") is the actor: the
    text is what someone reacts to."""
    out: list[tuple[str, int]] = []
    prev_end = -1
    for m in find_places(text):
        name = m.canonical
        owned = text[prev_end : m.start] in {"'s ", "' "}  # "Pakistan's Foreign Office": Pakistan's own body
        prev_end = m.end
        if name == "UN Security Council" and _BODY_DECIDES_AFTER.match(text, m.end):
            out.append((name, m.start))  # "the Security Council said it rejected any recognition"
            continue
        if (
            owned
            or _RELATION_AFTER.match(text, m.end)  # "Spain's neighbour holds firm": the neighbour acts
            or name in UN_BODIES
            or name == exclude
            or m.city
            or (exclude == "Palestine" and name in {"Gaza", "West Bank"})
            or COLLECTIVE_AFTER.match(text, m.end)  # "other EU countries", "Western partners"
            or OTHER_BEFORE.search(text, 0, m.start)
        ):
            continue
        if m.demonym and re.match(
            r"\s+(?:people|civilians|territor|enclave|statehood|state\b)", text[m.end :], re.I
        ):
            continue
        if (
            not own_moves
            and PLAN_AFTER.match(text, m.end)
            and (m.demonym or not _OWN_PLAN_VERB.match(text, m.end))
        ):
            continue  # "the French plan to recognise", "France's decision": another country's move
        out.append((name, m.start))
    return out


_RELATION_AFTER = re.compile(
    r"'s?\s+(?:\w+\s+)?(?:neighbou?rs?|allies|ally|partners?|rivals?|friends?|enem(?:y|ies)|foes?)\b", re.I
)
# the Security Council as the subject of a decision or statement on recognition
_BODY_DECIDES_AFTER = re.compile(
    r"(?:\s+members)?\s+(?:has\s+|have\s+)?(?:said|says|rejected|rejects|refused|refuses|decided|declared|stated|insisted|"
    r"warned|will\s+not|would\s+not|does\s+not)\b",
    re.I,
)
# the country's own plan told with a verb: "Canada plans to recognise", "Malta moves to recognise"
_OWN_PLAN_VERB = re.compile(r"\s+(?:plans|pledges|moves|proposes|decides)\s+to\b", re.IGNORECASE)

_OTHER_SPEAKER_AFTER = re.compile(
    r"\s+(?:as|while|whereas)\s+(?=(?:[\w'-]+\s+){1,5}?(?:says?|said|calls?|called|warns?|warned|argues?|argued|"
    r"insists?|insisted)\b)"
)


def status_of(before: str, after: str, whole_text: str) -> tuple[str, str]:
    """(status, the words that set it), by cue class in order: a refusal or a pause (withdrawn, not
    now, refused, postponed), a promise or an act already made, a weighing, a plan; else done."""
    # the verb's own clause: drop what comes before a conditional or a reported clause boundary
    # or another state's clause it is contrasted with ("Tokyo said it was not the right time, while
    # Brussels said it would recognise")
    clause = re.split(r"\b(?:if|unless)\b|,\s+(?:while|whereas)\s+", before)[-1]
    near = clause[-70:]
    # nor what another says after "as" or "while": "X recognises Y as Z says the step is premature"
    after = _OTHER_SPEAKER_AFTER.split(after, maxsplit=1)[0]
    later = EFFECT_LATER.match(after)
    if later:  # "its recognition would take legal effect only once ...": a plan
        return "announced", f"the effect is to come: '{later.group(0).strip()}'"
    return (
        answer_to_question(before, after, whole_text)
        or _refused_or_paused(near, after, whole_text)
        or _proposed(clause)
        or _peace_first(near, after)
        or _motion_call(clause, after)
        or _promised_or_made(near, clause, after)
        or _weighed_or_planned(near, after, whole_text)
        or ("done", "a recognition stated as made")
    )


def _refused_or_paused(near: str, after: str, whole_text: str) -> tuple[str, str] | None:
    """A rumour denied, the step denied, a withdrawal, "not against" (weighing), "not now" (a decision to
    come: weighing), a refusal or a postponement."""
    denied = denied_before(near)
    if denied:
        return "rejected", f"the step denied: '{denied}'"
    m = RUMOURED.search(near) if "rumo" in near or "specul" in near or "unconfirmed" in near else None
    if m and m.group("denied"):
        return "rejected", f"a rumour denied: '{m.group(0).strip()}'"
    m = WITHDRAW_BEFORE.search(near)
    if m:
        return "rejected", f"withdrawn or suspended: '{m.group(0).strip()}'"
    m = NOT_AGAINST.search(near)
    if m:
        return "considering", f"open to it: '{m.group(0).strip()}'"
    m = NOT_NOW.search(near) or NOT_NOW_AFTER.search(after[:120]) or ADDED_NOT_YET.match(after)
    if not m and NEGATED_BEFORE.search(near):
        m = NOW_WORD_AFTER.match(after)
    if m:
        later = DECIDE_LATER.search(whole_text)
        if later:
            return "considering", f"not now ('{m.group(0)}'), but a decision to come: '{later.group(0)}'"
        return "rejected", f"not now: '{m.group(0)}'"
    m = REJECT_BEFORE.search(near) or REJECT_AFTER.search(after[:120]) or refusal_cue(near)
    return ("rejected", f"'{m.group(0)}'") if m else None


# a recognition kept for the end of a peace process: "would only recognise ... as part of a final peace
# agreement", "will recognise only after a negotiated settlement" (not now: `rejected`)
_PEACE_CONDITION = re.compile(
    r"[^.;]{0,50}?\b(?P<only>only\s+)?(?:as\s+(?:the\s+)?(?:final\s+|last\s+)?(?:part|step|outcome|result|culmination)\s+of|"
    r"at\s+the\s+end\s+of|after|within|through|in\s+the\s+(?:context|framework)\s+of|once|when)\s+(?:there\s+is\s+)?"
    r"(?:(?:a|an|the|any)\s+)?(?:[\w-]+\s+){0,3}?(?:peace|settlement|negotiat\w*|two-state)",
    re.IGNORECASE,
)


def _proposed(clause: str) -> tuple[str, str] | None:
    m = PROPOSED.search(clause[-130:])
    return ("considering", f"offered in a proposal: '{m.group(0).strip()[:60]}'") if m else None


def _peace_first(near: str, after: str) -> tuple[str, str] | None:
    m = _PEACE_CONDITION.match(after[:140])
    if m is None or not (m.group("only") or re.search(r"\bonly\s+(?:\w+\s+)?$", near)):
        return None
    return "rejected", f"only with a peace settlement, not now: '{m.group(0).strip()[-50:]}'"


def _motion_call(clause: str, after: str) -> tuple[str, str] | None:
    """ "parliament approved a non-binding motion urging the government to recognise": the legislature
    calls, the government has yet to decide (considering); "voted down a motion calling on the
    government to recognise" and "a motion urging the cabinet to recognise ... failed" are refusals."""
    m = MOTION_CALL.search(clause[-160:])
    if m is None:
        return None
    if m.group("down") or MOTION_FAILED_AFTER.match(after):
        return "rejected", f"a call on the government voted down: '{m.group(0).strip()[:60]}'"
    return "considering", f"a legislature's call on its government: '{m.group(0).strip()[:60]}'"


def _promised_or_made(near: str, clause: str, after: str) -> tuple[str, str] | None:
    """A recognition promised in a deal (announced), one told as made first ("formally recognised";
    after a modal, a plan), on the table (considering) or in the perfect (done)."""
    low = clause.lower()
    m = PROMISED.search(near) or (
        IN_A_DEAL.search(clause)
        if any(w in low for w in ("agreement", "deal", "memorandum", "mou", "accord", "pact"))
        else None
    )
    if m:
        return "announced", f"promised in a deal: '{m.group(0).strip()[-60:]}'"
    m = DONE_FIRST.search(near)
    if m:
        modal = re.search(r"\b(?:will|would|could|to|set\s+to|poised\s+to)\s+(?:\w+\s+)?$", near[: m.start()])
        if modal:
            return "announced", f"a plan: '{modal.group(0)}{m.group(0).strip()}'"
        return "done", f"'{m.group(0).strip()}'"
    return _on_table_or_made(near, after)


# a weighing told after the noun: "Ghana says Kosovo recognition under review", "recognition of the
# state remains under review"
_UNDER_CONSIDERATION = re.compile(
    r"\s*(?:of\s+[\w' -]{2,40}?\s+)?(?:(?:is|was|remains?|remained)\s+)?(?:still\s+)?['‘\"“]?under\s+"
    r"(?:active\s+|serious\s+|careful\s+)?(?:consideration|review|study|discussion|examination)\b",
    re.IGNORECASE,
)


def _weighed_or_planned(near: str, after: str, whole_text: str) -> tuple[str, str] | None:
    """Weighing (considering), or a plan before the verb: announced, done when it takes effect at once,
    considering when only a condition with no date is given."""
    m = consider().search(near[-40:]) or WHETHER_TO.search(near) or _UNDER_CONSIDERATION.match(after)
    if m and not re.search(r"\bannounc", near, re.I):
        return "considering", f"'{m.group(0)}'"
    window = near[-45:]
    # a bare "to" with a comma before the verb is another verb's ("upgrades its mission to embassy,
    # recognising it as a state"), not a plan
    plan_cues = (
        c for c in ANNOUNCE.finditer(window) if c.group(0).lower() != "to" or "," not in window[c.end() :]
    )
    m = next(plan_cues, None)
    if m is None or _ANNOUNCED_MADE.search(near):
        return None
    effect = IN_EFFECT.search(whole_text)
    if effect:
        return "done", f"'{m.group(0)}' but '{effect.group(0)}'"
    cond = _conditional(m.group(0).lower(), after)
    if cond:
        return "considering", f"'{m.group(0)}' on a condition: '{cond}'"
    cue = m.group(0).lower()
    ready = cue.startswith(("ready", "prepared", "willing", "should"))
    open_when = _ready_but_open().match(after) if ready else None
    if open_when:
        return "considering", f"'{m.group(0)}' with the time left open: '{open_when.group(0).strip()[-50:]}'"
    return "announced", f"'{m.group(0)}' before the verb"


@lru_cache(maxsize=1)
def _ready_but_open() -> re.Pattern[str]:
    """Readiness whose time the same sentence leaves open, after "but", "and" or "while": a weighing verb in
    the progressive (lexicon [recognition] group_weighing_stems: "was still assessing") or an open timing
    (open_timing_cues): "is ready to recognise ..., but timing open", "... and was weighing when ..."."""
    en = lexicon("en")
    stems = en.alternation("recognition", "group_weighing_stems")
    timing = en.alternation("recognition", "open_timing_cues")
    return re.compile(
        rf"[^.;]{{0,80}}?\b(?:but|and|while)\b[^.;]{{0,70}}?"
        rf"(?:\b(?:{timing})\b|\b(?:is|was|are|were|been|still)\s+(?:still\s+)?(?:{stems}))",
        re.IGNORECASE,
    )


# a plan told by a firm modal ("will", "is ready to", "intends to"): `_weighed_or_planned` writes the cue into
# the fact's `why.status` ("announced: 'will' before the verb") and `firm_plan_told` reads it back, so the
# wording and its reader stay side by side in this module
_FIRM_PLAN = re.compile(
    r"'(?:will|shall|'ll|intends?\s+to|plans?\s+to|set\s+to|due\s+to|going\s+to|"
    r"ready\s+to|prepared\s+to|pledg\w*|promis\w*|vow\w*)' before the verb",
    re.IGNORECASE,
)


def firm_plan_told(status_why: str) -> bool:
    """Whether a fact's `why.status` tells a plan by a firm modal, not one read from "to" or "announced"."""
    status, _, how = status_why.partition(": ")
    firm = _FIRM_PLAN.match(how) is not None or how.startswith("the effect is to come")
    return status == "announced" and firm


# "announced their formal recognition", "announced that it has recognised": the announcement tells an act;
# so does a state's name before the noun ("announces UK recognition", "announced Chile's recognition")
_ANNOUNCED_MADE = re.compile(
    r"\bannounc\w*\s+(?:(?:their|its|his|her|the)\s+)?(?:(?:country|nation|government)'s\s+)?(?:formal\s+|official\s+)?$|"
    r"\bannounc\w*\s+(?:the\s+)?(?-i:[A-Z][\w.-]*(?:['’]s)?\s+){1,2}(?:formal\s+|official\s+)?$|"
    r"\bannounc\w*\s+that\s+(?:they|it|\w+)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _refusal_cues() -> re.Pattern[str]:
    en = lexicon("en")
    cues = "|".join(en.alternation("recognition", key) for key in ("postponement_cues", "not_yet_cues"))
    bare = en.alternation("recognition", "bare_negations")
    # the cue and the verb in one clause, a few words apart: "delays its decision on recognising"; a bare
    # negation right before the verb
    return re.compile(rf"\b(?:{cues})\b[^.;,]{{0,40}}$|\b(?:{bare})\s+$", re.IGNORECASE)


def refusal_cue(near: str) -> re.Match[str] | None:
    """A postponement or a "not yet" told as timing before the verb (lexicon [recognition]
    postponement_cues, not_yet_cues): a refusal for now."""
    return _refusal_cues().search(near)


def _conditional(modal: str, after: str) -> str | None:
    """The condition that makes a plan a possibility, with no date given: "would recognise a
    Palestinian state if Israel ...", "will recognise it only when ..." ("will recognise once hostages
    are freed" is a plan: `announced`)."""
    cond = CONDITION_AFTER.search(after[:120])
    if cond is None or DATE.search(after) or NEXT_MONTH.search(after):
        return None
    if modal not in _HYPOTHETICAL_MODALS and not cond.group(0).lower().startswith("only"):
        return None
    return cond.group(0)


def _on_table_or_made(near: str, after: str) -> tuple[str, str] | None:
    """ "recognising a Palestinian state was on the table" (considering); "announced that Britain had
    formally recognised" (done: the perfect tells an act already made)."""
    m = ON_THE_TABLE.search(after[:80]) if "table" in after[:80] else None
    if m:
        return "considering", f"'{m.group(0).strip()[-30:]}' after the verb"
    m = PERFECT_BEFORE.search(near)
    return ("done", f"made already: '{m.group(0).strip()}'") if m else None


_HYPOTHETICAL_MODALS = {"would", "should"}


def date_given(sentence: str, published: date | None) -> str | None:
    m = DATE.search(sentence)
    if m:
        month = m.group("m") or m.group("m2")
        return f"{month} {m.group('y')}" if m.group("y") else month
    if published is not None and NEXT_MONTH.search(sentence):
        months = MONTH.split("|")
        return months[published.month % 12]
    return None


def split_list(s: str) -> str:
    m = LIST_END.search(s)
    return s[: m.start()] if m else s


def imagined_recognition(sentence: str, verb: str, before: str, after: str) -> str | None:
    """The words that make a recognition asked about or imagined ("Would a French recognition change
    anything?", "a British recognition would be symbolic"), not one a state made or announced (veto
    `hypothetical`), or None."""
    if IMAGINED_QUESTION.match(sentence) and sentence.rstrip().endswith("?"):
        return sentence.split()[0]
    if verb.lower() != "recognition" or not IMAGINED_NOUN_BEFORE.search(before[-30:]):
        return None
    modal = IMAGINED_MODAL_AFTER.search(after)
    return f"{before[-20:].strip()} recognition ... {modal.group(0)[-6:].strip()}" if modal else None


_RULING_BODY = re.compile(
    r"^\s*(?:of\s+)?(?:the\s+|any\s+|a\s+)?(?:so-called\s+|self-declared\s+|self-proclaimed\s+)?"
    # the group that set it up may come first: "the Houthis' parallel government"
    r"(?:(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,2}['’]s?\s+)?"
    r"(?:parallel|rival|breakaway|shadow)\s+(?:government|administration|authority|cabinet)\b[^.;]{0,60}",
    re.IGNORECASE,
)


def group_government(after: str) -> str | None:
    """A parallel government an armed group set up (lexicon [embargo] armed_group_states): "any
    recognition of the parallel administration set up by the Rapid Support Forces": RSF parallel
    government (Sudan)."""
    body = _RULING_BODY.match(after)
    if body is None:
        return None
    pattern, states = armed_group_states()
    group = pattern.search(body.group(0))
    if group is None:
        return None
    words = group.group(0).split()
    short = "".join(w[0] for w in words) if len(words) > 2 else group.group(0)
    return f"{short} parallel government ({states[group.group(0).lower()]})"
