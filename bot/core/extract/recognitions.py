"""Diplomatic recognitions: who recognises (every actor), what (a state, a government, a territory),
and how far along it is (done, announced, considering, rejected), with the date when one is given.

A sentence counts when "recognise/recognize/recognition" has a state-like object (`STATE_CUE`:
Palestine, "a Palestinian state", "Somaliland", "the Taliban's government", "independent", ...).
"Facial recognition", "in recognition of her work" or "recognition of the genocide" have none.

Actors are the countries named before the verb (a list: "Belgium, Malta and Luxembourg"), cut at
"such as / like / following" (partners named for comparison are not actors), plus those joined after
it by "alongside / along with / together with". "..., with Ireland due to follow suit" is a second,
announced fact. The actors are those of the clause holding the verb, not a reporter or a state that
reacts ("Serbia says Sierra Leone has revoked ...", "Somalia protested after Ethiopia said it would
recognise ..."). A passive ("recognised by Israel") takes its actor after "by". With no country in
the sentence, a leader named in the text ("Putin", found as "Russian President Vladimir Putin") or
"the German leader/chancellor/government" elsewhere in the text stands for their country.

What is recognised, by the project's labels: a switch names the side chosen ("from Taiwan to China":
China); a claim over a territory names the territory ("Moroccan sovereignty over Western Sahara":
Western Sahara); a city as a capital ("Jerusalem as Israel's capital") is no recognition; one party's
bid is what another weighs ("will study Somaliland's bid for recognition": Ethiopia, Somaliland). Not
news: a recognition in a relative clause with an earlier time ("Spain, which recognised Palestine last
year, ...", "France's recent recognition"), a rumour ("rumours of its recognition"; denied, it is a
refusal), a comment on one ("recognition of Palestine was a first step"), a restatement
("reaffirmed its recognition of Taiwan"), another country's plan ("the French plan to recognise").

Status: rejected ("no plans to", "never", "decided not to", "holds off", "will not", "rules out",
"the wrong signal", "not the right time", "postponed"), considering ("weighing", "could", "will decide
whether"), announced ("will", "intends to", "plans to",
"to recognise" in a headline), else done ("recognised", "recognises", "announced their recognition").
"Comes into effect immediately" or "with immediate effect" turns an announced recognition into a done one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from bot.core.extract.doc import RECOGNITION, Doc, prepare
from bot.core.extract.frames import invented_frame, not_commentary
from bot.core.extract.lexicon import lexicon
from bot.core.extract.places import LEADERS, RIVAL_OF, canonical_name, find_places
from bot.core.extract.recognition_groups import (
    COORDINATED,
    merge_recognitions,
    no_rival_recogniser,
    other_groups,
    other_side,
    same_subject,
    side_left,
)
from bot.core.extract.recognition_patterns import (
    ALONGSIDE,
    BID_FOR,
    CALL_ON_OTHERS,
    CLAUSE_OPENER,
    COLLECTIVE_INCLUDING,
    COMMENT_AFTER,
    CUT_ACTORS,
    DISCLAIMER,
    EARLIER,
    FROM_TO,
    GAINED,
    GENERIC_SUBJECT,
    HISTORY,
    HYPOTHETICAL,
    IN_EFFECT,
    NOT_DIPLOMATIC,
    NOT_NOW,
    OBJECT_END,
    OCCUPIED_AS,
    OWN_COUNTRY,
    PREFILTER,
    REACTS_TO,
    REAFFIRMED,
    REJECT_AFTER,
    RELATIVE_BEFORE,
    REPORTED_IN_CLAUSE,
    REQUIRED,
    RUMOURED,
    SHORT_OF,
    SINCE_BEFORE,
    SOUGHT_BY,
    SOVEREIGNTY_OVER,
    STANDING,
    STATE_CUE,
    TAKES_EFFECT_LATER,
    VERB,
    WHOSE,
    WITH_FOLLOWING,
    YEARS_AGO,
)
from bot.core.extract.recognition_roles import (
    actor_mentions,
    actors_in,
    date_given,
    fallback_actor,
    imagined_recognition,
    leaders_in,
    recognized_in,
    split_list,
    status_of,
)
from bot.core.extract.vetoes import Dropped
from bot.core.model import Recognition, Why


def might_have_recognitions(text: str) -> bool:
    return bool(PREFILTER.search(text))


class _Drop(NamedTuple):
    """Why a recognition verb gives no fact: the veto and the words that decided it."""

    veto: str
    words: str


@dataclass
class _Verb:
    """A recognition verb in a sentence and the words around it. `before` and `passive` narrow when
    the reading finds who seeks the recognition ("Somaliland's bid for recognition")."""

    sentence: str
    match: re.Match[str]
    before: str
    after: str
    passive: re.Match[str] | None = None


def _from_sentence(
    s: str, text: str, leaders: dict[str, str], published: date | None, trace: list[Dropped] | None = None
) -> list[Recognition]:
    kept: list[Recognition] = []
    for v in VERB.finditer(s):
        read = _read_verb(_Verb(s, v, s[: v.start()], s[v.end() :]), text, leaders, published)
        if isinstance(read, _Drop):
            if trace is not None:
                where = s[v.start() : v.end() + 40].strip()
                trace.append(Dropped("recognition", read.veto, read.words, where, s.strip()))
            continue
        if read is None:
            continue
        coord = COORDINATED.search(s, 0, v.start()) if kept else None
        if coord is not None and read and kept[0].actors:
            read = [same_subject(read[0], kept[0], coord.group(0), s[v.end() :], text), *read[1:]]
        if not kept:
            kept = read  # one reading per sentence ...
        elif other_side(kept, read):
            return kept + read  # ... unless it is the other half of a switch
        elif kept:
            return kept
    return kept


def _read_verb(
    verb: _Verb, text: str, leaders: dict[str, str], published: date | None
) -> list[Recognition] | _Drop | None:
    """The facts one recognition verb gives, why it gives none, or None when it is not the one to read."""
    s, v, after = verb.sentence, verb.match, verb.after
    # the window reaches a document named after a state and a qualifier ("recognises Taiwan vaccination
    # certificates")
    nd = NOT_DIPLOMATIC.search(s[max(0, v.start() - 25) : v.end() + 45])
    if nd:
        return _Drop("not_diplomatic", nd.group(0))
    occupied = OCCUPIED_AS.match(after) if "occupied" in after[:100] else None
    if occupied:
        return _Drop("not_diplomatic", occupied.group(0).strip())
    obj_text = re.sub(
        r"^\s*(?:of\s+)?(?:the\s+)?(?:so-called\s+|self-declared\s+|self-proclaimed\s+)?[\"']?", "", after
    )
    end = OBJECT_END.search(obj_text)
    obj = obj_text[: end.start()] if end else obj_text[:80]
    if re.match(r"\s*and\b", after, re.I):
        return None
    verb.passive = re.match(r"\s+by\s+(?:the\s+)?", after)
    if verb.passive is None and GAINED.search(verb.before[-30:]):
        verb.passive = re.match(r"\s+from\s+(?:the\s+)?", after)
    not_new = _not_a_new_recognition(verb)
    if not_new is not None:
        return not_new
    found = _recognized_state(verb, obj, obj_text)
    if isinstance(found, _Drop):
        return found
    recognized, recognized_how = found
    if published is not None:
        years = [int(y) for y in HISTORY.findall(s)]
        if years and max(years) <= published.year - 3:
            return _Drop("history", str(max(years)))
    ago = YEARS_AGO.search(s)
    if ago:  # "Four years ago Russia recognised ...": told as history
        return _Drop("history", ago.group(0))
    acting = _actors_and_status(verb, recognized, text, leaders)
    if isinstance(acting, _Drop):
        return acting
    actors, actor_how, (status, status_why) = acting
    roles = (
        (
            "actors",
            f"{', '.join(actors) or 'none named'}: {actor_how if actors else 'the government, unnamed'}",
        ),
        ("recognized", f"{recognized}: {recognized_how}"),
    )
    why = Why("recognition_verb", (v.group(0),), s.strip(), roles, f"{status}: {status_why}")
    when = date_given(s, published) if status == "announced" else None
    fact = Recognition(tuple(actors), recognized, status, when, evidence=s.strip(), why=why)
    return [
        fact,
        *side_left(s, v.group(0), after, recognized, actors, status),
        *other_groups(s, v.group(0), after, recognized, actors, roles[1]),
    ]


def _not_a_new_recognition(verb: _Verb) -> _Drop | None:
    """A recognition stopped short of, reaffirmed, recalled from earlier, or commented on."""
    before, after = verb.before, verb.after
    short = SHORT_OF.search(before[-40:])
    if short:
        return _Drop("short_of", short.group(0))
    tail = before[-50:]
    disclaimer = DISCLAIMER.search(tail) if " not " in tail else None
    if disclaimer:
        return _Drop("disclaimer", disclaimer.group(0).strip())
    low = tail.lower()
    asked = "if " in low or "whether" in low or verb.sentence.rstrip().endswith("?")
    hypothetical = HYPOTHETICAL.search(before) if asked else None
    if hypothetical:
        return _Drop("hypothetical", hypothetical.group(0).strip())
    topic = _topic().search(before[-60:]) if " o" in before[-60:] or " a" in before[-60:] else None
    if topic:  # "a statement on recognising Palestine": the recognition is what is talked about
        return _Drop("topic", topic.group(0).strip())
    reaffirmed = REAFFIRMED.search(before[-60:])
    if reaffirmed:
        return _Drop("reaffirmed", reaffirmed.group(0))
    window = before[-80:].lower()
    standing = None
    if "remain" in window or "still" in window:  # cheap tests before the costlier patterns
        standing = STANDING.search(before, max(0, len(before) - 80))
    if standing:
        return _Drop("standing", standing.group(0).strip())
    rumour = RUMOURED.search(before, max(0, len(before) - 80)) if _RUMOUR_WORDS.search(window) else None
    if rumour and not rumour.group("denied"):
        return _Drop("rumoured", rumour.group(0).strip())
    whose = WHOSE.search(before, max(0, len(before) - 80)) if _RECALLED_WORDS.search(window) else None
    if whose and whose.group("recalled"):
        return _Drop("recalled", whose.group(0).strip())
    others = CALL_ON_OTHERS.search(before, max(0, len(before) - 90)) if _OTHERS_WORDS.search(window) else None
    if others:
        return _Drop("call_on_others", others.group(0).strip())
    since = SINCE_BEFORE.search(before[-40:])
    if since:
        return _Drop("recalled", since.group(0).strip())
    required = REQUIRED.search(before[-40:])
    if required:
        return _Drop("required", required.group(0).strip())
    relative = RELATIVE_BEFORE.search(before[-40:])
    earlier = EARLIER.search(after.split(",")[0]) if relative else None
    if earlier:
        return _Drop("recalled", f"{relative.group(0) if relative else ''} ... {earlier.group(0)}")
    if verb.match.group(0).lower() == "recognition" and COMMENT_AFTER.match(after):
        return _Drop("comment", after[:40].strip())
    imagined = imagined_recognition(verb.sentence, verb.match.group(0), verb.before, verb.after)
    return _Drop("hypothetical", imagined) if imagined else None


@lru_cache(maxsize=1)
def _topic() -> re.Pattern[str]:
    """A recognition named as the subject of talk or text (lexicon [recognition] topic_nouns)."""
    nouns = lexicon("en").alternation("recognition", "topic_nouns")
    return re.compile(
        rf"\b(?:{nouns})\s+(?:on|about|over|concerning)\s+(?:the\s+)?(?:possible\s+|formal\s+|a\s+)?$", re.I
    )


_OTHERS_WORDS = re.compile(r"should|must|ought|need|has to|have to|urg|call|press|appeal|encourag")
_RUMOUR_WORDS = re.compile(r"rumou?r|speculat|unconfirmed")
_RECALLED_WORDS = re.compile(r"recent|earlier|previous|prior|past|last year")
_REPORT_WORDS = re.compile(r"said|says|announced|declared|decided|confirmed")
_REACT_WORDS = re.compile(
    r"welcom|hail|prais|applaud|condemn|critici|slam|denounc|protest|decr|deplor|blast|lament|thank"
)


def _recognized_state(verb: _Verb, obj: str, obj_text: str) -> tuple[str, str] | _Drop:
    """(what is recognised, how it was found): the words after the verb, the side chosen in a switch,
    a claimed territory, who seeks it, the words before a passive, or a government."""
    after = verb.after
    recognized = recognized_in(obj, obj_text)
    recognized_how = f"the words after the verb: '{obj.strip()[:60]}'"
    switch = FROM_TO.match(after)
    if switch:
        named = [p for p in find_places(switch.group("new")) if not p.demonym]
        recognized = named[0].canonical if named else recognized
        recognized_how = f"the side chosen in a switch: '{switch.group(0).strip()[:60]}'"
    claim = SOVEREIGNTY_OVER.search(after[:60])
    if claim:
        territory = [p for p in find_places(claim.group("rest")[:60]) if not p.demonym]
        if not territory:
            # "recognised Moroccan sovereignty over the disputed territory": named elsewhere
            return _Drop("unnamed_territory", claim.group(0)[:40])
        recognized = territory[0].canonical
        recognized_how = f"the territory of a sovereignty claim: '{claim.group(0)[:50]}'"
    recognized, recognized_how = _seeker(verb, recognized, recognized_how)
    if recognized is None and verb.match.group(0).lower() == "recognition":
        # a compound: "Togo's withdrawal of Kosovo recognition", "a vote on Palestine recognition"
        named = find_places(verb.before[-40:])
        if named and not verb.before[-40:][named[-1].end :].strip():
            recognized = named[-1].canonical
            recognized_how = f"the name before the noun: '{named[-1].surface}'"
        elif (word := verb.before.split()[-1:]) and word[0][:1].isupper() and STATE_CUE.search(word[0]):
            recognized = recognized_in(word[0])  # "of Sahrawi recognition"
            recognized_how = f"the name before the noun: '{word[0]}'"
    if recognized is None or verb.passive:
        # passive: "the 'independent state' officially recognised by Israel", "should be recognized"
        prior = re.split(r"[.;!?]", verb.before)[-1]
        recognized = recognized or recognized_in(prior[-80:])
        recognized_how = "the words before a passive verb"
    if recognized is None:
        government = _government(verb.sentence, after, obj)
        if government is None:
            return _Drop("no_state", obj.strip()[:40])
        recognized, recognized_how = government
    return recognized, recognized_how


def _seeker(verb: _Verb, recognized: str | None, how: str) -> tuple[str | None, str]:
    """Who seeks recognition is what is recognised: "will study Somaliland's bid for recognition",
    "dismissed the latest bid for recognition by the leader of Somaliland"."""
    before, after, passive = verb.before, verb.after, verb.passive
    sought = SOUGHT_BY.search(before, max(0, len(before) - 80)) if recognized is None else None
    if sought and canonical_name(sought.group("who")) is None and not sought.group("who")[0].isupper():
        sought = None  # a lowercase word is a seeker only when it names a place ("somaliland's bid")
    bid_by = BID_FOR.search(before, max(0, len(before) - 60)) if passive else None
    if bid_by and passive:
        seekers = [p for p in find_places(after[passive.end() : passive.end() + 80]) if not p.demonym]
        if seekers:
            recognized, how = seekers[0].canonical, f"who seeks it: '{bid_by.group(0).strip()} ... by'"
            verb.before, verb.passive = before[: bid_by.start()], None
    if sought:
        # the actor and status are read from the words before the seeker
        recognized = canonical_name(sought.group("who")) or sought.group("who")
        how = f"who seeks it: '{sought.group(0).strip()}'"
        verb.before = verb.before[: sought.start()]
    return recognized, how


def _government(s: str, after: str, obj: str) -> tuple[str, str] | None:
    """A government recognised by its rulers or its seat: "the Taliban government", "the military
    government in Niamey"."""
    if re.search(r"\b(?:government|rulers|regime|administration)\b", obj, re.I) and re.search(
        r"\bTaliban\b", s
    ):
        return "Taliban government", "a government the sentence ties to the Taliban"
    if re.search(r"\b(?:government|junta|regime|authorities|rulers)\b", obj, re.I):
        seat = [p for p in find_places(after[:100]) if not p.demonym]
        if seat:
            # "the government in Taipei" is Taiwan itself, one of the two rival governments of China
            name = seat[0].canonical if seat[0].canonical in RIVAL_OF else f"{seat[0].canonical} government"
            return name, f"a government named by its seat or country: '{seat[0].surface}'"
    return None


def _actors_and_status(
    verb: _Verb, recognized: str, text: str, leaders: dict[str, str]
) -> tuple[list[str], str, tuple[str, str]] | _Drop:
    """(who recognises, how they were found, (status, the words that set it))."""
    s, before, after, passive = verb.sentence, verb.before, verb.after, verb.passive
    whose = _whose_act(verb, text, leaders)
    status: tuple[str, str] | None = None
    if whose is not None:
        actors, actor_how, status = whose
    elif passive:
        actors = actors_in(split_list(after[passive.end() :]), recognized)
        actor_how = "the agent of a passive ('by ...')"
    else:
        actors, actor_how = _subject_actors(before, recognized)
    for a in [*ALONGSIDE.finditer(after), *WITH_FOLLOWING.finditer(after)]:
        for name in actors_in(split_list(a.group("list")), recognized):
            if name not in actors:
                actors.append(name)
    own = OWN_COUNTRY.get(recognized)
    actors = [a for a in actors if a != own]
    if not actors:
        fb = fallback_actor(s, text, leaders)
        if fb and fb != own:
            actors, actor_how = [fb], "a leader or government standing for their country"
    if not actors and not GENERIC_SUBJECT.match(s):
        return _Drop("no_actor", before[-40:].strip())
    return actors, actor_how, status or status_of(before, after, text)


def _whose_act(
    verb: _Verb, text: str, leaders: dict[str, str]
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
    actor = canonical_name(who) or LEADERS.get(who.split()[-1]) or leaders.get(who.split()[-1])
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


def _subject_actors(before: str, recognized: str) -> tuple[list[str], str]:
    """The states named before the verb, or the states a collective noun lists."""
    low = before.lower()
    told = REPORTED_IN_CLAUSE.search(before) if _REPORT_WORDS.search(low) else None
    if told is not None and (named := actors_in(told.group("subject"), recognized)):
        # "Somalia recalled its envoy after Ethiopia said it would recognise ...": the clause's own
        # subject, not the state that reacts
        return named, f"the subject of the clause holding the verb: '{told.group(0).strip()[:60]}'"
    reacts = list(REACTS_TO.finditer(before)) if _REACT_WORDS.search(low) else []
    if reacts and (named := actors_in(before[reacts[-1].end() :], recognized, own_moves=True)):
        # "Serbia welcomed Togo's withdrawal of its recognition": whose act it is, not who reacts
        return named, f"the states whose act is reacted to: after '{reacts[-1].group(0).strip()}'"
    cut = CUT_ACTORS.search(before)
    own = _OWN_ACT_AFTER.search(before, cut.start()) if cut and cut.group(0).lower() == "after" else None
    if own and (named := actors_in(own.group("who"), recognized)):
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
            if "," in subject[opener.end() :]:
                break
            # "Serbia says Sierra Leone has revoked ...", "Somalia recalled its envoy after Ethiopia
            # said it would recognise ...": who reports or suffers it is not who acts
            named = list(dict.fromkeys(name for name, at in mentions if at >= opener.end()))
            if named:
                return named, f"the subject of the clause holding the verb ('{opener.group(0).strip()} ...')"
    return list(dict.fromkeys(name for name, _ in mentions)), "the states named before the verb"


_OWN_ACT_AFTER = re.compile(
    r"\bafter\s+(?P<who>(?:the\s+)?(?-i:[A-Z])[\w' -]{1,40}?)\s+(?:had\s+|has\s+)?(?:formally\s+)?\w+ed\s+"
    r"(?:its|their)\s+(?:diplomatic\s+|formal\s+)?$",
    re.IGNORECASE,
)


def extract_recognitions(text: str, published: date | None = None) -> list[Recognition]:
    """Every recognition in `text`, merged per (recognised, status)."""
    return recognitions_in(prepare(text), published)


def recognitions_in(
    doc: Doc, published: date | None = None, trace: list[Dropped] | None = None
) -> list[Recognition]:
    """`extract_recognitions` on an already prepared text (what `extract_facts` calls)."""
    if not doc.mask & RECOGNITION:
        return []
    leaders = leaders_in(doc.body)
    facts: list[Recognition] = []
    for sent in doc.having(RECOGNITION):
        facts.extend(_from_sentence(sent.text, doc.body, leaders, published, trace))
    frame = invented_frame(doc.body) if facts else None
    if frame is not None:  # a recognition in a novel or a game (veto `invented`, frames.py)
        if trace is not None:
            for f in facts:
                trace.append(
                    Dropped("recognition", "invented", frame, f"recognise {f.recognized}", f.evidence)
                )
        return []
    told = not_commentary(doc.body, facts, trace, "recognition", lambda f: f"recognise {f.recognized}")
    return merge_recognitions(no_rival_recogniser(told, trace))
