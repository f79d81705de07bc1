"""Diplomatic recognitions: who recognises (every actor), what (a state, a government, a territory),
and how far along it is (done, announced, considering, rejected), with the date when one is given.

A sentence counts when "recognise/recognize/recognition" has a state-like object (`state_cue`:
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

This module reads a verb (what is recognised, the history test, the facts); the vetoes on the words
around the verb are `recognition_verb`'s, the actors and status `recognition_subjects`', the roles'
patterns `recognition_roles`' and the other facts of a sentence `recognition_groups`'.
"""

from __future__ import annotations

import re
from dataclasses import replace as dc_replace
from datetime import date

from bot.core.extract.doc import RECOGNITION, Doc, prepare
from bot.core.extract.frames import invented_frame, not_commentary
from bot.core.extract.places import (
    RECOGNISABLE,
    RECOGNISABLE_AS_OBJECT,
    RIVAL_OF,
    canonical_name,
    find_places,
)
from bot.core.extract.recognition_designations import OCCUPIED_AS, designated_as
from bot.core.extract.recognition_facts import fact_clause
from bot.core.extract.recognition_groups import (
    COORDINATED,
    followers_told_after,
    leave_group,
    merge_recognitions,
    no_rival_recogniser,
    other_groups,
    other_side,
    own_clause,
    paired_entities,
    same_subject,
    side_left,
    similar_steps,
)
from bot.core.extract.recognition_history import told_as_history
from bot.core.extract.recognition_lasting import title_recalled
from bot.core.extract.recognition_leaders import leaders_in
from bot.core.extract.recognition_patterns import (
    BID_FOR,
    CONDITION_AFTER,
    FROM_TO,
    GAINED,
    NOT_DIPLOMATIC,
    OBJECT_END,
    PREFILTER,
    SOUGHT_BY,
    SOVEREIGNTY_OVER,
    STEP_WITHOUT,
    VERB,
    state_cue,
)
from bot.core.extract.recognition_roles import (
    date_given,
    firm_plan_told,
    group_government,
    recognized_in,
)
from bot.core.extract.recognition_subjects import actors_and_status
from bot.core.extract.recognition_switch import taipei_restored, ties_switches, ties_with_rival
from bot.core.extract.recognition_ties import disputed_ties
from bot.core.extract.recognition_verb import Drop, Verb, not_a_new_recognition, told_by_pronoun
from bot.core.extract.vetoes import Dropped
from bot.core.model import Recognition, Why

_STATE_POSSESSIVE = re.compile(r"(?-i:\b[A-Z][\w-]+)['’]s\s+(?:formal\s+|official\s+)?$")


def might_have_recognitions(text: str) -> bool:
    return bool(PREFILTER.search(text))


def _from_sentence(
    s: str,
    text: str,
    leaders: dict[str, str],
    published: date | None,
    trace: list[Dropped] | None = None,
    known: str | None = None,
) -> list[Recognition]:
    """The facts of one sentence; `known` is what an earlier sentence's recognition recognised, which an
    object told by a pronoun stands for ("also announced their recognition", "recognise the state")."""
    kept: list[Recognition] = []
    other_sense = ""  # a recognition of something else in this sentence ("Kosovo licence plates")
    first_end = 0
    for v in VERB.finditer(s):
        # a later verb of the sentence with no object of its own, after a state's possessive, recognises what
        # the first one did ("..., where Chile's minister also declared Chile's recognition"); not after a
        # pronoun, which may stand for another state's past step ("as Slovenia marked a year since its own
        # recognition")
        named = kept and _STATE_POSSESSIVE.search(s, max(0, v.start() - 30), v.start())
        told = known or (kept[0].recognized if named else None)
        read = _read_verb(Verb(s, v, s[: v.start()], s[v.end() :]), text, leaders, published, told)
        if isinstance(read, Drop) and read.veto == "not_diplomatic":
            other_sense = read.words
        elif other_sense and isinstance(read, list) and read and all(f.status == "rejected" for f in read):
            # "will recognise Kosovo licence plates ..., stressing it does not recognise Kosovo's
            # independence": the refusal says what the step is not, it decides nothing
            read = Drop("disclaimer", f"a refusal beside '{other_sense}'")
        if isinstance(read, Drop):
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
            kept, first_end = read, v.end()  # one reading per sentence ...
        elif other_side(kept, read) or own_clause(s, first_end, v.start(), kept, read):
            return kept + read  # ... unless it is the other half of a switch, or another state's clause
        elif kept:
            return kept
    return kept


def _read_verb(
    verb: Verb, text: str, leaders: dict[str, str], published: date | None, known: str | None = None
) -> list[Recognition] | Drop | None:
    """The facts one recognition verb gives, why it gives none, or None when it is not the one to read."""
    s, v, after = verb.sentence, verb.match, verb.after
    # the window reaches a document named after a state and a qualifier ("recognises Taiwan vaccination
    # certificates")
    nd = NOT_DIPLOMATIC.search(s[max(0, v.start() - 25) : v.end() + 45])
    if nd:
        return Drop("not_diplomatic", nd.group(0))
    told_fact = fact_clause(v.group(0), verb.before, after)
    if told_fact is not None:
        return Drop("fact_clause", told_fact)
    occupied = OCCUPIED_AS.match(after) if "occupied" in after[:100] else None
    if occupied:
        return Drop("not_diplomatic", occupied.group(0).strip())
    designated = designated_as().match(after)
    if designated:
        return Drop("not_diplomatic", designated.group(0).strip())
    obj, obj_text = _object_of(after)
    if re.match(r"\s*and\b", after, re.I):
        return None
    verb.passive = re.match(r"\s+by\s+(?:the\s+)?", after)
    if verb.passive is None and GAINED.search(verb.before[-30:]):
        verb.passive = re.match(r"\s+from\s+(?:the\s+)?", after)
    not_new = not_a_new_recognition(verb)
    if not_new is not None:
        return not_new
    found = _recognized_state(verb, obj, obj_text, known)
    if isinstance(found, Drop):
        return found
    recognized, recognized_how = found
    history = told_as_history(s, v.end(), published)
    if history is not None:
        return history
    acting = actors_and_status(verb, recognized, text, leaders)
    if isinstance(acting, Drop):
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
    groups = other_groups(s, v.group(0), after, recognized, actors, roles[1])
    paired = paired_entities(fact, obj)
    left = side_left(s, v.group(0), after, recognized, actors, status)
    return [leave_group(fact, groups), *paired, *left, *groups]


def _object_of(after: str) -> tuple[str, str]:
    """(the object of the verb, the words after the verb it was cut from): past "of the", "so-called"
    and an opening quote, up to the first clause boundary (or 80 characters)."""
    obj_text = re.sub(
        r"^\s*(?:of\s+)?(?:the\s+)?(?:so-called\s+|self-declared\s+|self-proclaimed\s+)?[\"']?", "", after
    )
    end = OBJECT_END.search(obj_text)
    return (obj_text[: end.start()] if end else obj_text[:80]), obj_text


def _recognized_state(
    verb: Verb, obj: str, obj_text: str, known: str | None = None
) -> tuple[str, str] | Drop:
    """(what is recognised, how it was found): the words after the verb, the side chosen in a switch,
    a claimed territory, who seeks it, the words before a passive, or a government."""
    after = verb.after
    recognized = recognized_in(obj, obj_text)
    recognized_how = f"the words after the verb: '{obj.strip()[:60]}'"
    if recognized is not None and canonical_name(recognized) is None and (group := group_government(after)):
        # "the Houthis' parallel government": the armed group's government, not a guess from capitals
        recognized, recognized_how = group, "a parallel government an armed group set up"
    switch = FROM_TO.match(after)
    if switch:
        named = [p for p in find_places(switch.group("new")) if not p.demonym]
        recognized = named[0].canonical if named else recognized
        recognized_how = f"the side chosen in a switch: '{switch.group(0).strip()[:60]}'"
    claim = SOVEREIGNTY_OVER.search(after[:60])
    if claim:
        claimed = claim.group("territory") or claim.group("ruled") or claim.group("rest")
        territory = [p for p in find_places(claimed[:60]) if not p.demonym]
        if not territory:
            # "recognised Moroccan sovereignty over the disputed territory": named elsewhere
            return Drop("unnamed_territory", claim.group(0)[:40])
        place = territory[0]
        # a part of a state not itself recognisable keeps its own name: "Russian sovereignty over
        # Crimea" is about Crimea, not Ukraine
        recognized = place.canonical if place.canonical in RECOGNISABLE else place.surface
        recognized_how = f"the territory of a sovereignty claim: '{claim.group(0)[:50]}'"
    recognized, recognized_how = _seeker(verb, recognized, recognized_how)
    if recognized is None and verb.match.group(0).lower() == "recognition":
        recognized, recognized_how = _compound(verb) or (recognized, recognized_how)
    if (
        recognized is None
        and verb.passive is None
        and _ACTIVE_VERB.fullmatch(verb.match.group(0))
        and _NOUN_OBJECT.match(obj)
    ):
        # an active verb whose object names no state ("will recognise three settlements as
        # neighbourhoods"): not a statehood recognition, and not the words before the verb either
        return Drop("no_state", obj.strip()[:40])
    if recognized is None or verb.passive:
        recognized, recognized_how = _named_before(verb, recognized), "the words before a passive verb"
    if recognized is None and known is not None and told_by_pronoun(verb, obj_text):
        recognized, recognized_how = known, f"'{obj.strip()[:30]}' stands for {known}, recognised before"
    if recognized is None:
        government = _government(verb.sentence, after, obj)
        if government is None:
            return Drop("no_state", obj.strip()[:40])
        recognized, recognized_how = government
    return recognized, recognized_how


def _compound(verb: Verb) -> tuple[str, str] | None:
    """What a compound names before the noun: "Togo's withdrawal of Kosovo recognition", "a vote on
    Palestine recognition", "of Sahrawi recognition"; only a name states dispute is what is recognised
    (in "as Slovenia, Ireland recognition takes effect" or "after Moscow recognition" the names are who
    recognises)."""
    named = find_places(verb.before[-40:])
    if named and _disputed(named[-1].canonical) and not verb.before[-40:][named[-1].end :].strip():
        return named[-1].canonical, f"the name before the noun: '{named[-1].surface}'"
    word = verb.before.split()[-1:]
    if word and word[0][:1].isupper() and state_cue().search(word[0]):
        found = recognized_in(word[0])
        return (found, f"the name before the noun: '{word[0]}'") if found else None
    return None


def _named_before(verb: Verb, recognized: str | None) -> str | None:
    """What the words before the verb name: the subject of a passive ("the 'independent state' officially
    recognised by Israel", "should be recognized"); for a noun with no object, a disputed entity named
    before it, never the state whose verb it follows ("Kosovo's hopes rise as Ghana signals recognition":
    Kosovo)."""
    prior = re.split(r"[.;!?]", verb.before)[-1]
    if recognized is None and verb.passive is None and verb.match.group(0).lower() == "recognition":
        disputed = [p for p in find_places(prior[-80:]) if p.canonical in RECOGNISABLE and not p.demonym]
        return disputed[-1].canonical if disputed else None
    return recognized or recognized_in(prior[-80:])


def _disputed(name: str) -> bool:
    """A name not every state recognises (places.toml [recognisable], [recognisable_as_object])."""
    return name in RECOGNISABLE or name in RECOGNISABLE_AS_OBJECT


_ACTIVE_VERB = re.compile(r"recogni[sz](?:e|es|ing)", re.IGNORECASE)
# an object opened by an article, a number or a quantity word: a noun phrase of its own
_NOUN_OBJECT = re.compile(
    r"\s*(?:a|an|the|some|several|many|more|new|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens)\s",
    re.IGNORECASE,
)


def _seeker(verb: Verb, recognized: str | None, how: str) -> tuple[str | None, str]:
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
    parallel = group_government(after)  # "the parallel administration set up by the RSF"
    if parallel is not None:
        return parallel, "a parallel government an armed group set up"
    if re.search(r"\b(?:government|rulers|regime|administration)\b", obj, re.I) and re.search(
        r"\bTaliban\b", s
    ):
        return "Taliban government", "a government the sentence ties to the Taliban"
    if re.search(r"\b(?:government|junta|regime|authorities|rulers|administration)\b", obj, re.I):
        seat = [p for p in find_places(after[:100]) if not p.demonym]
        if seat:
            # "the government in Taipei" is Taiwan itself, one of the two rival governments of China
            name = seat[0].canonical if seat[0].canonical in RIVAL_OF else f"{seat[0].canonical} government"
            return name, f"a government named by its seat or country: '{seat[0].surface}'"
    return None


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
    first: Recognition | None = None  # the first fact of the last sentence that gave any
    title: list[Recognition] = []  # the facts of the first sentence (the headline)
    for i, (sent, mask) in enumerate(zip(doc.sents, doc.masks, strict=True)):
        if not mask & RECOGNITION:
            if first is not None:  # "..., with Portugal following later in the day"
                facts.extend(followers_told_after(sent.text, first) or similar_steps(sent.text, first, []))
            continue
        read = _from_sentence(sent.text, doc.body, leaders, published, trace)
        if not read and first is not None:
            # "Malta and Andorra also announced their recognition": the state recognised before; only
            # states named here recognise it (no unnamed government is read into a pronoun)
            again = _from_sentence(sent.text, doc.body, leaders, published, None, first.recognized)
            read = [f for f in again if f.actors]
        # a switch told without "recognise", or ties with Taipei restored
        read = read or ties_switches(sent.text, published) or taipei_restored(sent.text)
        read = read or disputed_ties(sent.text, published)  # ties formed or cut with the SADR, Kosovo, ...
        if not read and first is not None:
            # a second group whose sentence names the step only by a noun the verb reader leaves: "In
            # Vienna, the cabinet said it was discussing whether its recognition should follow the vote"
            read = followers_told_after(sent.text, first)
        read = read + ties_with_rival(sent.text, read)  # "... and will seek relations with Beijing"
        if first is not None and i > 0:  # "Malta and Monaco announced similar steps, though ..."
            read = read + similar_steps(sent.text, first, read)
        elif read and first is None:  # the step told in this sentence: "...; Malta made similar declarations"
            read = read + similar_steps(sent.text, read[0], read, after_break=True)
        if i == 0:
            title = read
        facts.extend(read)
        first = read[0] if read else first
    frame = invented_frame(doc.body) if facts else None
    if frame is not None:  # a recognition in a novel or a game (veto `invented`, frames.py)
        if trace is not None:
            for f in facts:
                trace.append(
                    Dropped("recognition", "invented", frame, f"recognise {f.recognized}", f.evidence)
                )
        return []
    gone = title_recalled(title, [s.text for s in doc.sents[1:2]], trace)
    if gone:
        title, facts = [f for f in title if f not in gone], [f for f in facts if f not in gone]
    facts = _title_defers(title, facts)
    facts = _not_disclaimers(doc.body, facts, trace)
    told = not_commentary(doc.body, facts, trace, "recognition", lambda f: f"recognise {f.recognized}")
    return merge_recognitions(no_rival_recogniser(told, trace))


def _title_defers(title: list[Recognition], facts: list[Recognition]) -> list[Recognition]:
    """A headline read as `done` ("Berlin: Palestine recognition only at end of talks", "Ireland sets
        date for Palestine recognition", "parliament votes to recognise") gives way to the body's reading
        of the same recognition by the same states when it is a refusal, a weighing or a plan with a date
        ("will not recognise ... now", "will recognise on May 28", "a non-binding motion urging the
        government to recognise"); a plan read from "to" or "announced" alone is weaker than the headline.
        A headline's plan without a date gives way to the body's refusal ("Netherlands to recognise
        Palestine?" over "... was not yet ready to recognise"), and one the headline itself puts on a
        condition to the body's weighing ("ready to recognise ... once Hamas is disarmed" over "but only
        once ..."); otherwise a headline's plan stands ("would recognise if ..." in the body is often the
        same plan); the body's weighing told by its own verb ("would consider recognising ... when the time is
    right") wins over a headline's plan without a date ("'prepared to recognise', will consider timing")."""
    if not title:
        return facts
    body = facts[len(title) :]
    out = list(title)
    for f in title:
        if f.status == "done":
            weaker = {"rejected", "considering"}
        elif f.status == "announced" and f.date is None:
            weaker = {"rejected", "considering"} if _on_condition(f) else {"rejected"}
        elif f.status == "considering" and f.why is not None and "on a condition" in f.why.status:
            weaker = set()  # "to recognise ..., but only once" over the body's "will recognise ..."
        else:
            continue
        told = {
            a
            for g in body
            if g.recognized == f.recognized
            and (
                g.status in weaker
                or (f.status in ("done", "considering") and _firm_plan(g))
                or (f.status == "announced" and f.date is None and _weighed(g))
            )
            for a in g.actors
        }
        if f.actors and set(f.actors) <= told:
            out.remove(f)
        elif f.status == "done":
            # a headline's state the body tells a later effect of its own for, or a plan or a weighing
            # of its own ("Italy and Portugal recognise" over "Italy ... would also recognise Palestine, but
            # the formal act would only be completed once ..."), leaves the headline's group
            kept = leave_group(f, body)
            out[out.index(f)] = dc_replace(kept, actors=tuple(a for a in kept.actors if a not in told))
    return out + body


def _on_condition(f: Recognition) -> bool:
    """Whether a plan's own sentence sets a condition after its verb ("ready to recognise ... once")."""
    verb = VERB.search(f.evidence)
    return verb is not None and CONDITION_AFTER.search(f.evidence, verb.end()) is not None


def _weighed(f: Recognition) -> bool:
    """A weighing told by its own verb ("would consider recognising ... when the time is right"), not a
    plan on a condition ("would recognise if ...")."""
    return f.status == "considering" and f.why is not None and "on a condition" not in f.why.status


def _firm_plan(f: Recognition) -> bool:
    """A plan with a date, or told by a firm modal; not one read from "to" or "announced" alone."""
    return f.status == "announced" and (f.date is not None or bool(f.why and firm_plan_told(f.why.status)))


def _not_disclaimers(body: str, facts: list[Recognition], trace: list[Dropped] | None) -> list[Recognition]:
    """Drop refusals of an item whose step is done "without recognising": "Spain to accept Kosovo
    passports without recognising Kosovo ..., stressing that it does not recognise Kosovo" reports a
    passport rule; the refusal only says what the step is not."""
    if not facts or not any(f.status == "rejected" for f in facts):
        return facts
    step = STEP_WITHOUT.search(body)
    if step is None:
        return facts
    if trace is not None:
        for f in facts:
            if f.status == "rejected":
                what = f"recognise {f.recognized}"
                trace.append(Dropped("recognition", "disclaimer", step.group(0), what, f.evidence))
    return [f for f in facts if f.status != "rejected"]
