"""The other facts one recognition sentence gives besides its first reading, and the merging of an
item's facts: the side a switch gives up ("from Taiwan to China": Taiwan, `rejected`), a verb
coordinated with the first ("would no longer recognise Taiwan and would instead recognise China"), a
second group ("..., while Belgium said it would do so"), those due to follow suit (see `recognitions`).
"""

from __future__ import annotations

import re
from dataclasses import replace as dc_replace
from functools import lru_cache

from bot.core.extract.lexicon import lexicon
from bot.core.extract.places import RECOGNISABLE, RIVAL_OF, canonical_name, find_places, regions_of
from bot.core.extract.recognition_clauses import FOLLOW_SUIT, second_group
from bot.core.extract.recognition_patterns import EARLIER, FROM_TO, TIES_CUT, WITH_FOLLOWING
from bot.core.extract.recognition_roles import actors_in, status_of
from bot.core.extract.vetoes import Dropped
from bot.core.model import Recognition, Why

# a verb coordinated with an earlier one shares its subject: "would no longer recognise Taiwan ... and
# would instead recognise the People's Republic of China"
COORDINATED = re.compile(
    r"\b(?:and|but)\s+(?:(?:would|will|to|has|had|now|then|also)\s+){0,2}(?:instead\s+|now\s+)?"
    r"(?:formally\s+|officially\s+)?$"
    # a withdrawal coordinated with a recognition: "recognised Morocco's sovereignty ... and withdrew its"
    r"|\b(?:and|but)\s+(?:also\s+)?(?:withdr[ae]w\w*|revok\w*|suspend\w*|rescind\w*|cancel\w*)\s+"
    r"(?:its|their)\s+(?:diplomatic\s+|formal\s+)?$",
    re.IGNORECASE,
)


def same_subject(f: Recognition, first: Recognition, tail: str, after: str, text: str) -> Recognition:
    """A coordinated verb's fact: the first verb's actors, the status from its own words only."""
    status, words = status_of(tail, after, text)
    why = f.why
    if why is not None:
        roles = tuple(r for r in why.roles if r[0] != "actors")
        roles = (
            ("actors", f"{', '.join(first.actors)}: the subject of the verb it is coordinated with"),
            *roles,
        )
        why = dc_replace(why, roles=roles, status=f"{status}: {words}")
    return dc_replace(f, actors=first.actors, status=status, why=why)


# a clause with a subject of its own: "Portugal recognised Palestine, while Italy said it would not
# recognise ...", "Ethiopia will recognise Somaliland; Djibouti refuses to", "... at a summit in Cairo,
# where Jordan's minister also declared his country's recognition"
_OWN_CLAUSE = re.compile(
    r";|,?\s+(?:while|whereas|but|although|even\s+as)\s|,\s+(?:as|where)\s", re.IGNORECASE
)


def own_clause(
    s: str, first_end: int, verb_start: int, kept: list[Recognition], read: list[Recognition]
) -> bool:
    """A second reading is another state's own decision: a clause break stands between the verbs and
    no actor is shared (two states, two facts; a verb coordinated with the first shares its subject)."""
    if not read or not all(f.actors for f in read) or not _OWN_CLAUSE.search(s, first_end, verb_start):
        return False
    return not {a for f in kept for a in f.actors} & {a for f in read for a in f.actors}


def other_side(kept: list[Recognition], read: list[Recognition]) -> bool:
    """A second reading is the other half of a switch: "would no longer recognise Taiwan and would
    instead recognise the People's Republic of China" (something else recognised, one side given up)."""
    statuses = {f.status for f in kept} | {f.status for f in read}
    return (
        "rejected" in statuses
        and bool(statuses & {"done", "announced"})
        and not {f.recognized for f in read} & {f.recognized for f in kept}
    )


def side_left(
    s: str, trigger: str, after: str, recognized: str, actors: list[str], status: str
) -> list[Recognition]:
    """The side a switch gives up, a withdrawal (`rejected`): "switched recognition from Taiwan to
    China" (Taiwan), "cut ties with Taipei and recognised Beijing" (between rivals for one seat)."""
    if status not in {"done", "announced"} or not actors:
        return []
    old: str | None = None
    sw = FROM_TO.match(after)
    cut = TIES_CUT.search(s) if sw is None and recognized in RIVAL_OF else None
    found = sw or cut
    if found is not None:
        named = [p for p in find_places(found.group("old")) if not p.demonym]
        old = named[0].canonical if named else None
        if cut is not None and old != RIVAL_OF[recognized]:
            old = None
    if old is None or old == recognized or old in actors:
        return []
    roles = (
        ("actors", f"{', '.join(actors)}: who switches"),
        ("recognized", f"{old}: the side left in a switch: '{found.group(0).strip()[:60] if found else ''}'"),
    )
    why = Why("switch", (trigger,), s.strip(), roles, "rejected: the side a switch gives up")
    return [Recognition(tuple(actors), old, "rejected", None, evidence=s.strip(), why=why)]


def _group_status(verb: str, lead: str = "") -> str:
    """The status of a second group by its verb: "followed", "did so" (done), "still weighing the move"
    (considering), "would not do so", "would hold off", "not ready" (rejected), "will do so" (announced);
    a weighing in the group's own words before the step wins ("Denmark said it would decide in the
    spring whether to follow": considering)."""
    if _WEIGHED_LEAD.search(lead):
        return "considering"
    if re.match(r"followed|did\b", verb, re.I):
        return "done"
    if _weighing_verb().search(verb):
        return "considering"
    return "rejected" if _refused().search(verb) else "announced"


@lru_cache(maxsize=1)
def _weighing_verb() -> re.Pattern[str]:
    """A second group's verb that weighs the step: a verb of the lexicon's [recognition]
    group_weighing_stems anywhere in it, a decision of its own, or one not yet taken."""
    stems = lexicon("en").alternation("recognition", "group_weighing_stems")
    return re.compile(
        rf"{stems}|(?:own|its|their|final|formal|considered)\s+decision|\b(?:make|take|reach)\s+a\s+decision|"
        r"\byet\s+to\b|\bnot\s+yet\s+(?:decide|reach|take|taken|make|made|form)|undecided",
        re.I,
    )


@lru_cache(maxsize=1)
def _refused() -> re.Pattern[str]:
    """A group's verb that refuses: a negation, holding off, ruling out, or a refusal in its own words
    (lexicon [recognition] refusal_phrases, the list `second_group` reads the group by: an entry added
    there is read as a refusal here too)."""
    refuse = lexicon("en").alternation("recognition", "refusal_phrases")
    return re.compile(
        r"\bnot?\b|\brejec|\bvot\w*\s+down\b|\bh[oe]ld(?:s|ing)?\s+off|\brul(?:es|ed|ing)\s+out\b|\bdeclin|"
        r"\brefus|reluctant|intention|"
        rf"\b(?:{refuse})\b",
        re.I,
    )


# waiting on something before deciding: "said it would wait for an AU position before deciding"
_DECIDES_AFTER_WAIT = re.compile(
    r"[^.;]{0,80}?\bbefore\s+(?:deciding|(?:making|taking|reaching)\s+(?:a|any|its|their|the)\s+(?:final\s+)?decision|"
    r"(?:it|they)\s+decides?)\b",
    re.IGNORECASE,
)


def _held_back(g: re.Match[str], text: str) -> str | None:
    """The status of a second group that holds back, None when it does not: holding off or waiting
    for something is `rejected` for now (the corpus's "not at this time"); waiting for something
    before deciding is the corpus's "will decide after consulting": `considering`."""
    back = g.group("back")
    if not back:
        return None
    if re.search(r"\bwait", back, re.IGNORECASE) and _DECIDES_AFTER_WAIT.match(text, g.end()):
        return "considering"
    return "rejected"


_WEIGHED_LEAD = re.compile(
    r"\b(?:whether|weigh\w*|consider\w*|study\w*|mull\w*|examin\w*)\s*$", re.IGNORECASE
)
# (the list may hold commas before names: "days after Spain, Ireland and Norway did so")
_RECALLED_GROUP = re.compile(
    r"\b(?:after|since|before|following)\s+(?:[^,;]|,\s+(?-i:[A-Z])){0,60}$", re.IGNORECASE
)


def group_actors(g: re.Match[str], recognized: str) -> list[str]:
    """The states of a second group: its list, or the state whose capital it speaks in."""
    return actors_in(g.group("list"), recognized) or actors_in(g.group("where") or "", recognized)


def other_groups(
    s: str, trigger: str, after: str, recognized: str, actors: list[str], recognized_role: tuple[str, str]
) -> list[Recognition]:
    """A second group of states ("..., and Belgium will follow") and those due to follow suit."""
    out: list[Recognition] = []
    for g in second_group().finditer(after):
        if _RECALLED_GROUP.search(after, max(0, g.start() - 50), g.start()) or told_earlier(after, g.end()):
            continue  # "days after Jamaica and Trinidad did so": those who did so earlier are context
        own = bool(g.group("own"))  # a state named before, whose own step takes effect later
        extra = [a for a in group_actors(g, recognized) if own or a not in actors]
        if extra:
            held = _held_back(g, after)
            gstatus = "announced" if own else held or _group_status(g.group("verb"), g.group("list"))
            gwhy = Why(
                "effect_later_group" if own else "second_group",
                (trigger,),
                s.strip(),
                (("actors", f"{', '.join(extra)}: '{g.group(0).strip()[:60]}'"), recognized_role),
                f"{gstatus}: '{g.group('verb')}'",
            )
            out.append(Recognition(tuple(extra), recognized, gstatus, None, evidence=s.strip(), why=gwhy))
    for f in FOLLOW_SUIT.finditer(after):
        extra = [a for a in actors_in(_followers(f), recognized) if a not in actors]
        if extra:
            fwhy = Why(
                "follow_suit",
                (trigger,),
                s.strip(),
                (("actors", f"{', '.join(extra)}: '{f.group(0)[:50]}'"), recognized_role),
                "announced: due to follow suit",
            )
            out.append(Recognition(tuple(extra), recognized, "announced", None, evidence=s.strip(), why=fwhy))
    return out


def leave_group(fact: Recognition, groups: list[Recognition]) -> Recognition:
    """`fact` without the states a group of `groups` tells a later effect of its own for ("France,
    Belgium and Malta recognised ..., while Belgium said its decision would take effect only once ...")."""
    moved = {a for g in groups if g.why and g.why.recognizer == "effect_later_group" for a in g.actors}
    kept = tuple(a for a in fact.actors if a not in moved)
    return dc_replace(fact, actors=kept) if moved and kept else fact


def _followers(m: re.Match[str]) -> str:
    """The states of a follow-suit clause, with those the list names after its time ("... and Portugal
    later in the week")."""
    more = m.groupdict().get("more")
    return f"{m.group('list')} and {more}" if more else m.group("list")


# what may come after "with Malta following" when it follows the step: an end, or when ("a day later")
_FOLLOWS_WHEN = re.compile(
    r"\s*(?:[,;.)]|$)|\s+(?:suit|later|soon|shortly|within|on|in|at|by|a|an|that|this|next|hours?|days?|weeks?|"
    r"the\s+(?:next|same|following))\b",
    re.IGNORECASE,
)


def followers_told_after(s: str, first: Recognition) -> list[Recognition]:
    """States that follow, told in a sentence of their own with no recognition word, after the sentence
    of `first`: "The two governments announced the step on Monday, with Malta following a day later"
    (Malta, `first`'s status); "..., with Malta due to follow suit" (announced)."""
    out: list[Recognition] = []
    for pattern, status in ((FOLLOW_SUIT, "announced"), (WITH_FOLLOWING, first.status)):
        for f in pattern.finditer(s):
            if pattern is WITH_FOLLOWING and not _FOLLOWS_WHEN.match(s, f.end()):
                continue  # "with Germany following the trend": following something else
            extra = [a for a in actors_in(_followers(f), first.recognized) if a not in first.actors]
            if not extra:
                continue
            why = Why(
                "follows_next_sentence",
                (f.group(0).split()[-1],),
                s.strip(),
                (("actors", f"{', '.join(extra)}: '{f.group(0)[:50]}'"), ("recognized", first.recognized)),
                f"{status}: following the recognition told before",
            )
            out.append(Recognition(tuple(extra), first.recognized, status, None, evidence=s.strip(), why=why))
        if out:
            return out
    return _groups_told_after(s, first)


def _groups_told_after(s: str, first: Recognition) -> list[Recognition]:
    """Second groups told in a sentence of their own, opened by their states: "Portugal said it would
    do the same later in the week, while New Zealand said it was still weighing the move" (announced,
    considering), "Belgium and New Zealand said they would do so at a later date"."""
    out: list[Recognition] = []
    placed = set(first.actors)
    for g in second_group().finditer("; " + s.strip()):
        extra = [a for a in group_actors(g, first.recognized) if a not in placed]
        if not extra or told_earlier("; " + s.strip(), g.end()):
            continue  # "Belize and Guyana did so last year": earlier steps told as context
        placed.update(extra)
        status = _held_back(g, "; " + s.strip()) or _group_status(g.group("verb"), g.group("list"))
        why = Why(
            "group_next_sentence",
            (g.group("verb").split()[-1],),
            s.strip(),
            (
                ("actors", f"{', '.join(extra)}: '{g.group(0).strip('; ')[:60]}'"),
                ("recognized", first.recognized),
            ),
            f"{status}: '{g.group('verb')}', the step told in the sentence before",
        )
        out.append(Recognition(tuple(extra), first.recognized, status, None, evidence=s.strip(), why=why))
    return out


def paired_entities(fact: Recognition, obj: str) -> list[Recognition]:
    """The same step for the disputed entities listed after the first in the object ("revokes its
    recognition of Abkhazia and South Ossetia": South Ossetia too), one fact each; only entities not
    every state recognises (places.toml [recognisable]), so "Palestine and Israel's right to exist" or
    "Palestine and Jerusalem as its capital" add none."""
    if fact.recognized not in RECOGNISABLE:
        return []
    places = [p for p in find_places(obj) if not p.demonym]
    first = next((i for i, p in enumerate(places) if p.canonical == fact.recognized), None)
    if first is None:
        return []
    out: list[Recognition] = []
    for prev, p in zip(places[first:], places[first + 1 :], strict=False):
        joined = _LIST_JOIN.fullmatch(obj, prev.end, p.start)
        if not joined or p.canonical not in RECOGNISABLE or obj[p.end : p.end + 1] in {"'", "’"}:
            break
        if p.canonical == fact.recognized or any(f.recognized == p.canonical for f in out):
            continue
        why = fact.why
        if why is not None:
            listed = ("recognized", f"{p.canonical}: listed with {fact.recognized}")
            roles = tuple(r if r[0] != "recognized" else listed for r in why.roles)
            why = dc_replace(why, roles=roles)
        out.append(dc_replace(fact, recognized=p.canonical, why=why))
    return out


_LIST_JOIN = re.compile(r"\s*,?\s*(?:and\s+|as\s+well\s+as\s+)?(?:the\s+)?", re.IGNORECASE)


def _vaguer(a: Recognition, b: Recognition) -> bool:
    """`a` names less precisely what `b` names, for the same actors and status: a guess that is no
    known name ("Polisario-backed republic"), or a place that holds it ("Western Sahara's self-declared
    republic" beside the Sahrawi Arab Democratic Republic)."""
    if a.actors != b.actors or a.status != b.status or a.recognized == b.recognized:
        return False
    if canonical_name(b.recognized) is None:
        return False
    guess = canonical_name(a.recognized) is None and not a.recognized.endswith(" government")
    return guess or a.recognized.lower() in regions_of(b.recognized)


def merge_recognitions(facts: list[Recognition]) -> list[Recognition]:
    """One fact per (recognised, status) with the union of actors; an actor already placed in an
    earlier fact (the title's reading) is not repeated under another status; a reading that names
    the recognised entity less precisely than another of the same actors gives way to it."""
    facts = [f for f in facts if not any(_vaguer(f, g) for g in facts)]
    out: list[Recognition] = []
    placed: dict[tuple[str, str], str] = {}
    for f in facts:
        actors = tuple(a for a in f.actors if placed.get((f.recognized, a), f.status) == f.status)
        if f.actors and not actors:
            continue  # every actor already placed under another status
        for a in actors:
            placed[(f.recognized, a)] = f.status
        same = next((o for o in out if o.recognized == f.recognized and o.status == f.status), None)
        if same is None:
            out.append(Recognition(actors, f.recognized, f.status, f.date, evidence=f.evidence, why=f.why))
            continue
        merged = same.actors + tuple(a for a in actors if a not in same.actors)
        out[out.index(same)] = Recognition(
            merged, same.recognized, same.status, same.date or f.date, evidence=same.evidence, why=same.why
        )
    return out


def no_rival_recogniser(facts: list[Recognition], trace: list[Dropped] | None) -> list[Recognition]:
    """The rival seat of China recognises not the other: "drops Taipei, recognises Beijing" names Taiwan
    before the verb, never as a recogniser (read after a coordinated verb has taken its subject)."""
    out = []
    for f in facts:
        rival = RIVAL_OF.get(f.recognized)
        if rival not in f.actors:
            out.append(f)
            continue
        actors = tuple(a for a in f.actors if a != rival)
        if actors:
            out.append(dc_replace(f, actors=actors))
        elif trace is not None:
            trace.append(Dropped("recognition", "no_actor", rival, f"recognise {f.recognized}", f.evidence))
    return out


# states that took "similar steps" after a recognition told before: "Luxembourg, Malta and Monaco announced
# similar steps at the same conference" (the earlier step's status)
# "earlier" that stays within the news's day: "earlier on Monday", "earlier in the day"
_SAME_DAY = re.compile(
    r"earlier\s+(?:today|tonight|in\s+the\s+day|on\s+(?:the\s+same\s+day|(?-i:[A-Z])\w+day)|this\s+(?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)
_SIMILAR_STEPS = re.compile(
    r"(?:^|[;:]\s*|,\s+(?:while|and)\s+)(?:the\s+)?(?P<list>(?-i:[A-Z])[^;.]{1,100}?)\s+(?:also\s+|later\s+|then\s+)?"
    r"(?:(?:announced|declared|took|made|unveiled|followed\s+with)\s+(?:similar|the\s+same|identical|parallel)\s+"
    r"(?:steps?|moves?|decisions?|announcements?|declarations?)|"
    # "..., and Portugal announced its own recognition hours later"
    r"(?:announced|declared)\s+(?:its|their)\s+own\s+(?:recognitions?|decisions?))\b",
    re.IGNORECASE,
)


def told_earlier(s: str, end: int) -> bool:
    """Whether the words after a group's verb, up to the clause's end, date its step before this news
    ("did so last year", "took the same step earlier this month"; not "earlier on Sunday")."""
    when = re.split(r"[,;.]", s[end:], maxsplit=1)[0]
    earlier = EARLIER.search(when)
    return earlier is not None and not _SAME_DAY.match(when, earlier.start())


def similar_steps(
    s: str, first: Recognition, taken: list[Recognition], after_break: bool = False
) -> list[Recognition]:
    """States told to have taken "similar steps" to `first`'s recognition; a state with a reading of its
    own in the sentence (`taken`) keeps that one ("..., though Belgium said its recognition would take
    effect later"). With `after_break` (`first` told in this very sentence) the states follow a clause
    break ("...; Malta made similar declarations"), never the sentence's own opening."""
    m = _SIMILAR_STEPS.search(s.strip(), 1 if after_break else 0)  # "^" never matches after the start
    if m is None:
        return []
    if re.search(r",\s*(?:which|who)$", m.group("list")):
        return []  # "..., joining France, which announced its own decision in July": a step recalled
    if told_earlier(s.strip(), m.end()):
        # "..., following Bolivia and Ecuador, which took the same step a decade ago", "Jamaica took
        # the same step last month", "... made the same decision earlier in the week": earlier steps
        # told as context, not this news's
        return []
    placed = set(first.actors) | {a for f in taken if f.recognized == first.recognized for a in f.actors}
    extra = [a for a in actors_in(m.group("list"), first.recognized) if a not in placed]
    if not extra:
        return []
    why = Why(
        "similar_steps",
        (m.group(0).split()[-1],),
        s.strip(),
        (("actors", f"{', '.join(extra)}: '{m.group(0).strip()[:60]}'"), ("recognized", first.recognized)),
        f"{first.status}: similar steps to the recognition told before",
    )
    return [Recognition(tuple(extra), first.recognized, first.status, None, evidence=s.strip(), why=why)]
