"""Who makes an English recognition and how far along it is (pure): the states of a possessive
("France's recognition"), the agent of a passive, the subject of the clause holding the verb, the
states a collective noun lists, those joined by "alongside", else a leader standing for their
country; the status from the words around the verb (`recognition_roles.status_of`)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.lexicon import lexicon
from bot.core.extract.places import LEADERS, canonical_name, find_places
from bot.core.extract.recognition_clauses import deferred_or_formalised
from bot.core.extract.recognition_denials import denied_by_actor
from bot.core.extract.recognition_leaders import fallback_actor, lead_opening_state
from bot.core.extract.recognition_patterns import (
    ALONGSIDE,
    CLAUSE_OPENER,
    COLLECTIVE_INCLUDING,
    CUT_ACTORS,
    GENERIC_SUBJECT,
    IN_EFFECT,
    NOT_NOW,
    OWN_COUNTRY,
    REJECT_AFTER,
    REPORTED_IN_CLAUSE,
    TAKES_EFFECT_LATER,
    WHOSE,
    WITH_ALSO,
    WITH_FOLLOWING,
    reaction_stems,
    reacts_to,
)
from bot.core.extract.recognition_roles import (
    actor_mentions,
    actors_in,
    split_list,
    status_of,
)
from bot.core.extract.recognition_verb import Drop, Verb

_REPORT_WORDS = re.compile(r"said|says|announced|declared|decided|confirmed")
_AFTER = re.compile(r"\bafter\b", re.IGNORECASE)


def actors_and_status(
    verb: Verb, recognized: str, text: str, leaders: dict[str, str]
) -> tuple[list[str], str, tuple[str, str]] | Drop:
    """(who recognises, how they were found, (status, the words that set it))."""
    s, before, after, passive = verb.sentence, verb.before, verb.after, verb.passive
    whose = _whose_act(verb, text, leaders)
    status: tuple[str, str] | None = None
    if whose is not None:
        actors, actor_how, status = whose
    elif passive:
        actors = actors_in(split_list(after[passive.end() :]), recognized)
        actor_how = "the agent of a passive ('by ...')"
    elif (agents := _noun_agents(verb, recognized)) is not None:
        if isinstance(agents, Drop):
            return agents
        actors, actor_how = agents, "the agent of the noun ('recognition of ... by ...')"
    else:
        actors, actor_how = _subject_actors(without_asides(before), recognized)
    also = WITH_ALSO.finditer(after) if "with" in after else ()
    for a in [*ALONGSIDE.finditer(after), *WITH_FOLLOWING.finditer(after), *also]:
        for name in actors_in(split_list(a.group("list")), recognized):
            if name not in actors:
                actors.append(name)
    own = OWN_COUNTRY.get(recognized)
    # what is recognised does not recognise itself (nor its own country a claim over it)
    actors = [a for a in actors if a not in {own, recognized}]
    if not actors:
        fb = fallback_actor(s, text, leaders)
        if fb and fb != own:
            actors, actor_how = [fb], "a leader or government standing for their country"
    unnamed = not actors and _UNNAMED_STATE.search(before)
    if unnamed and (opener := lead_opening_state(s, text, {own, recognized})):
        # "Caribbean state recognises Palestine" then "Trinidad and Tobago's foreign ministry announced ..."
        actors, actor_how = [opener], "the state the lead opens with, for the headline's unnamed state"
    elif not actors and not unnamed:
        # (not for a state the clause leaves unnamed: "Pacific state withdraws recognition of Kosovo,
        # Belgrade says" tells another's step)
        actors = _speaker_after(after, recognized)
        actor_how = "the speaker of the statement that tells it ('..., X said')"
    if not actors and not GENERIC_SUBJECT.match(s):
        return Drop("no_actor", before[-40:].strip())
    status = status or status_of(without_asides(before), after, text)
    if status[0] != "rejected" and "den" in after and (denial := denied_by_actor(after, actors)):
        # "Kosovo says Kenya has recognised its independence; Nairobi denies"
        status = ("rejected", f"denied by the state itself: '{denial}'")
    return actors, actor_how, deferred_or_formalised(status, before, after)


# a state as the subject, unnamed: "Pacific state withdraws", "an African nation to", "Gulf kingdom
# considering", "Island nation rules out"
_UNNAMED_STATE = re.compile(
    r"(?-i:\b(?:state|nation|country|kingdom|republic|microstate|micro-state|monarchy|emirate))\s+"
    r"(?:(?-i:[a-z])\w*\s+){0,2}$"
)


# a comma-closed insertion between the subject and its verb: a relative clause ("Australia, which had
# said it was weighing the step, recognised ...") or an apposition ("Belgium, the host of the EU's
# institutions, recognised ...")
_ASIDE = re.compile(
    r",\s+(?P<open>(?:which|who|whose|where|the|a|an|its|their|long|once|home|host|itself)\b)[^,;:.]{1,120}?,\s*",
    re.IGNORECASE,
)
_LIST_WORDS = re.compile(r"[\s,]*(?:the|and|as\s+well\s+as)?[\s,]*", re.IGNORECASE)


def without_asides(before: str) -> str:
    """`before` without the asides that sit between the subject and the verb: the states and status
    words they name are not the clause's (the status nearest the verb, the subject before the aside).
    An insertion opened by "the" that is only a state's name ("Belgium, the Netherlands, and ...") is
    a list member, kept."""
    out, last = [], 0
    for m in _ASIDE.finditer(before):
        inner = m.group(0)[1:].rstrip().rstrip(",")
        if m.group("open").lower() in _DETERMINERS and _only_names(inner):
            continue
        out.append(before[last : m.start()] + " ")
        last = m.end()
    return "".join(out) + before[last:] if out else before


_DETERMINERS = {"the", "a", "an", "its", "their"}


def _only_names(words: str) -> bool:
    """Whether `words` are state names joined by "and" (a list member, not an apposition)."""
    places = find_places(words)
    rest, at = [], 0
    for p in places:
        rest.append(words[at : p.start])
        at = p.end
    rest.append(words[at:])
    return bool(places) and all(_LIST_WORDS.fullmatch(r) for r in rest)


def _noun_agents(verb: Verb, recognized: str) -> list[str] | Drop | None:
    """The states after "by" in "Recognition of Palestine by Slovenia took effect" (one imagined, "... by
    Ethiopia would give it access to the sea", is no recognition); None when "by" names no state ("the
    administration set up by the RSF")."""
    by = _NOUN_BY.match(verb.after) if verb.match.group(0).lower() == "recognition" else None
    if by is None:
        return None
    agents = actors_in(split_list(verb.after[by.end() :]), recognized)
    if not agents:
        return None
    imagined = _IMAGINED_AFTER.match(verb.after, by.end())
    return Drop("hypothetical", imagined.group(0).strip()[-40:]) if imagined else agents


_IMAGINED_AFTER = re.compile(r"[^,;.]{0,40}?\b(?:would|could|might|may)\b", re.IGNORECASE)
# (not the "by" of a participle: "recognition of Palestine at a summit co-chaired by Egypt", "recognition
# of the authority installed by Moscow" name a host or a sponsor, not who recognises)
_NOUN_BY = re.compile(
    r"\s+of\s+(?:the\s+)?[^,;]{1,60}?(?<!ed)(?<!\bset\sup)(?<!\bheld)(?<!\brun)\s+by\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "..., the Security Council said in a statement", "..., Kenya says": who tells an agentless decision
_SPEAKER_AFTER = re.compile(
    r",[\"”’']?\s+(?P<who>(?:the\s+)?[^,;]{2,60}?)\s+(?:said|says|announced|declared|stated|confirmed|insisted|"
    r"reiterated|warned|decided)\b",
    re.IGNORECASE,
)


def _speaker_after(after: str, recognized: str) -> list[str]:
    """The states or UN bodies that tell a decision whose subject the clause does not name ("The
    parallel government will not be recognised, the Security Council said")."""
    said = _SPEAKER_AFTER.search(after, 0, 160)
    if said is None:
        return []
    named = _states(said.group("who"), recognized)
    if named:
        return named
    # a quote whose speaker names no state: the state the attribution says will take the step
    # ('"The time has come to recognise ...," the prime minister said, announcing that Ireland would
    # do so on May 28')
    then = _ATTRIBUTED_STEP.match(after, said.end())
    return _states(then.group("who"), recognized) if then else []


def _states(words: str, recognized: str) -> list[str]:
    return list(
        dict.fromkeys(
            p.canonical
            for p in find_places(words)
            if not p.city and not p.demonym and p.canonical != recognized
        )
    )


_ATTRIBUTED_STEP = re.compile(
    r"[^.;]{0,40}?\bthat\s+(?P<who>[^,;.]{2,40}?)\s+(?:would|will|was\s+to|is\s+to)\s+(?:\w+\s+)?"
    r"(?:do\s+so|do\s+the\s+same|take\s+(?:the|that|this)\s+step)\b",
    re.IGNORECASE,
)


def _whose_act(
    verb: Verb, text: str, leaders: dict[str, str]
) -> tuple[list[str], str, tuple[str, str]] | None:
    """The actor of a possessive ("France's recognition of Palestine", "Macron's plan to recognise"),
    how it was found, and the status."""
    if verb.passive:
        return None
    before = verb.before
    whose = WHOSE.search(before, max(0, len(before) - 80))
    if not whose:
        return None
    who = whose.group("who")
    # the name is the longest tail of the capitalised words that is one ("Tuesday Lebanon's": Lebanon)
    words = who.split()
    actor = next((a for i in range(len(words)) if (a := canonical_name(" ".join(words[i:])))), None)
    actor = actor or LEADERS.get(words[-1]) or leaders.get(words[-1])
    if actor is None:
        return None
    status_before = before[: whose.start()]
    plan = re.search(r"\b(?:plan|pledge|announcement)\b", whose.group(0))
    status = ("announced", f"'{plan.group(0)}'") if plan else ("done", f"{who}'s act, reported as made")
    late = REJECT_AFTER.search(verb.after[:120])
    immediate = IN_EFFECT.search(verb.after)
    later = TAKES_EFFECT_LATER.search(verb.after) if not plan and immediate is None else None
    if later:
        status = ("announced", f"to take effect later: '{later.group(0).strip()[-40:]}'")
    elif not plan and late:
        status = ("rejected", f"'{late.group(0).strip()}' after the verb")  # "... has been postponed"
    elif not plan and NOT_NOW.search(status_before[-40:]):
        status = status_of(status_before, verb.after, text)
    return [actor], f"whose act it is: '{whose.group(0).strip()}'", status


@lru_cache(maxsize=1)
def _setting() -> re.Pattern[str]:
    phrases = lexicon("en").alternation("recognition", "setting_phrases")
    return re.compile(rf"\b(?:{phrases})\s+[^,;]{{1,80}}?(?=[,;]|\s+(?:said|says|told)\b|$)", re.IGNORECASE)


def _without_setting(before: str) -> str:
    """`before` with the setting of the statement blanked (same length): hosts, mediators, places
    visited (lexicon [recognition] setting_phrases) are not who recognises."""
    return _setting().sub(lambda m: " " * len(m.group(0)), before)


# the state told of a decision ("told Israeli Prime Minister Benjamin Netanyahu that his country would not
# ...", "had informed Belgrade that it was revoking ..."): it hears of the step, it does not take it
_TOLD_GATE = re.compile(r"\b(?:told|tells|inform|assur)", re.IGNORECASE)
_ADDRESSEE = re.compile(
    r"\b(?:told|tells|informed|informs|assured|assures)\s+(?P<who>[^,;]{1,80}?)\s+that\s+"
    r"(?=(?:it|they|he|she|his|her|its|their)\b)",
    re.IGNORECASE,
)


def _without_addressee(before: str) -> str:
    """`before` with the state told of the decision blanked (same length), when the decision is told
    as the teller's own ("that it", "that his country")."""
    if not _TOLD_GATE.search(before):
        return before
    for m in reversed(list(_ADDRESSEE.finditer(before))):
        before = before[: m.start("who")] + " " * len(m.group("who")) + before[m.end("who") :]
    return before


def _subject_actors(before: str, recognized: str) -> tuple[list[str], str]:
    """The states named before the verb, or the states a collective noun lists."""
    before = _without_addressee(_without_setting(before))
    if ";" in before and actors_in(before.rsplit(";", 1)[1], recognized):
        # "Ethiopia will recognise Somaliland; Djibouti refuses to recognise it": a clause of its own
        before = before.rsplit(";", 1)[1]
    low = before.lower()
    told = REPORTED_IN_CLAUSE.search(before) if _REPORT_WORDS.search(low) else None
    if told is not None and (named := actors_in(told.group("subject"), recognized)):
        # "Somalia recalled its envoy after Ethiopia said it would recognise ...": the clause's own
        # subject, not the state that reacts
        return named, f"the subject of the clause holding the verb: '{told.group(0).strip()[:60]}'"
    reacts = list(reacts_to().finditer(before)) if reaction_stems().search(low) else []
    reacted = before[reacts[-1].end() :] if reacts else ""
    then = _AFTER.search(reacted)
    if then and (named := actors_in(reacted[then.end() :], recognized, own_moves=True)):
        # "Serbia summoned Croatia's envoy after Montenegro recognised ...": the reaction's object (an envoy,
        # a statement) is not the act; the state named after "after" is
        return named, f"the states whose act is reacted to: after '{then.group(0).strip()}'"
    if reacts and (named := actors_in(reacted, recognized, own_moves=True)):
        # "Serbia welcomed Togo's withdrawal of its recognition": whose act it is, not who reacts
        return named, f"the states whose act is reacted to: after '{reacts[-1].group(0).strip()}'"
    if reacts and _UNNAMED_OBJECT.match(before, reacts[-1].end()):
        # "Israel condemns three Western states over Palestine recognition": the reacting state is not
        # the actor, and those it reacts to are not named here
        return [], f"states reacted to, unnamed: after '{reacts[-1].group(0).strip()}'"
    cut = CUT_ACTORS.search(before)
    # the clause after "after", also past the partner of a relation ("cut ties with Syria after Damascus
    # recognised"); not past "more than" ("more than a year after Spain recognised": an old act)
    first = cut.group(0).lower() if cut else ""
    own = _OWN_ACT_AFTER.search(before, cut.start()) if cut and first in ("after", "with") else None
    if own and (named := actors_in(own.group("who") or own.group("named"), recognized)):
        # "Taiwan regained an ally after Saint Lucia switched its recognition back ...": the subject of
        # the clause whose own recognition it is
        return named, f"whose own recognition it is: '{own.group(0).strip()[:60]}'"
    collective = COLLECTIVE_INCLUDING.search(before, max(0, cut.start() - 30), cut.end()) if cut else None
    if (
        cut
        and collective
        # the collective is the subject ("Several Western nations including ..."), not what the
        # subject follows or joins ("Austria will not follow countries such as Spain")
        and len(re.split(r"[,;:]", before[: collective.start()])[-1].split()) <= 3
    ):
        subject = before[cut.end() :]  # "several Western nations including Britain, France ..."
        return actors_in(subject, recognized), "the states a collective noun lists"
    subject = before[: cut.start()] if cut else before
    mentions = actor_mentions(subject, recognized)
    if len({name for name, _ in mentions}) > 1:
        for opener in reversed(list(CLAUSE_OPENER.finditer(subject))):
            if "," in subject[opener.end() :] and not _only_names(subject[opener.end() :]):
                break  # a clause break after the opener; a list of states is the clause's subject
                # ("Berlin holds back as Ireland, Spain and Norway recognise ...")
            # "Serbia says Sierra Leone has revoked ...", "Somalia recalled its envoy after Ethiopia
            # said it would recognise ...": who reports or suffers it is not who acts
            named = list(dict.fromkeys(name for name, at in mentions if at >= opener.end()))
            if named:
                return named, f"the subject of the clause holding the verb ('{opener.group(0).strip()} ...')"
    return list(dict.fromkeys(name for name, _ in mentions)), "the states named before the verb"


_UNNAMED_OBJECT = re.compile(
    r"(?:the\s+|those\s+|several\s+|some\s+|other\s+|\w+\s+)?(?:[\w-]+\s+)?(?:states|countries|nations|governments|"
    r"allies|partners|capitals|them)\s+(?:for|over)\b",
    re.IGNORECASE,
)
_OWN_ACT_AFTER = re.compile(
    r"\bafter\s+(?P<who>(?:the\s+)?(?-i:[A-Z])[\w' -]{1,40}?)\s+(?:had\s+|has\s+)?(?:formally\s+)?\w+ed\s+"
    r"(?:its|their)\s+(?:diplomatic\s+|formal\s+)?$"
    # "Algeria recalled its envoy after France recognised ...": the states right before the verb, after a
    # main clause (a sentence opened by "After Spain recognised ..." recalls what others did)
    r"|(?<=\S\s)after\s+(?P<named>(?:the\s+)?(?-i:[A-Z])[\w'-]+(?:(?:\s+|,\s+|\s+and\s+)(?-i:[A-Z])[\w'-]+)*)\s+"
    r"(?:had\s+|has\s+)?(?:formally\s+|officially\s+)?$",
    re.IGNORECASE,
)
