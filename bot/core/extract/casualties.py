"""Casualty figures: how many were killed, injured or missing, who, where, and whether the figure is a
running toll or one incident.

How a figure is read (every pattern is a regex in `casualty_patterns` or `casualty_readings`, named for
what it catches):

- a quantity (`numbers.QUANTITY`: "nearly 61,500", "two dozen", "dozens") is a casualty figure when
  * a victim phrase and a casualty word follow it: "five Al Jazeera journalists were killed",
    "17 martyrs", "38 dead", "434 casualties", "Thousands missing"           (`AFTER`)
  * a casualty verb precedes it: "killed nearly 61,500 Palestinians", "wounding 102"   (`VERB_BEFORE`)
  * a toll precedes it: "death toll ... rose to 40", "bringing the total ... to 232"  (`toll_before`)
  * it is a part of another figure: "killing 18 people, among them nine children", "20 people, 18 of
    them women", "including 10 women and three infants"                                (`parts_after`)
  * a range gives its floor: "between 20 and 30 were killed" -> 20, at_least
  * a sentence counts within the previous one's figure: "Of those, 21 were waiting for aid"
  * bodies found are the dead: "the bodies of 12 people were recovered", "17 bodies"   (`_bodies`)
  * one verb can count two groups: "killed 33 children and two teachers"             (`sibling_after`)
- a number is not a figure when it is an age ("dead at 77"), a date ("29 April"), money, or remains
  handed back in a deal ("the bodies of 18 dead captives").
- the figure is dropped when the text is about a disaster, accident or disease and not about violence
  (the cue tables in `cues.py`, read in the figure's own clause first: "cholera killed 40 ..., as
  fighting raged" is disease), or when it is background history ("the 1994 genocide ... killed", "to
  mark two years since the attack, in which 1,200 people were killed").
- not a figure either: animals and idioms ("kill two birds"), and "killed or abducted" (a mixed count).
- cumulative: a running toll ("death toll", "since the war began", "so far") unless the figure is
  scoped to one day or incident ("in the past 24 hours", "on Saturday alone", "the strike").
- location: a place the sentence puts the figure in ("in Gaza", "the town of Pokrovsk", "attacked
  southern Israel"); failing that, the place the whole text most often puts things in.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from bot.core.extract.casualty_as_many import as_many_after, uncounted_after
from bot.core.extract.casualty_conjuncts import CONJUNCT_GAP, conjuncts, part_of_running_toll, part_own_scope
from bot.core.extract.casualty_earlier import corrected_in_passing, earlier_of
from bot.core.extract.casualty_location import figure_location
from bot.core.extract.casualty_merge import TOLL_NO_INCIDENT, merge_casualties
from bot.core.extract.casualty_one_victim import WITH_KIN, figure_why, one_victim_figures
from bot.core.extract.casualty_part_lists import sibling_after
from bot.core.extract.casualty_patterns import (
    MONTH_AFTER,
    TOLL_NOUN_JUST_BEFORE,
    TOLL_WORD,
    victim_phrase,
)
from bot.core.extract.casualty_place_parts import (
    figure_by_place,
    part_of_them_where,
    place_siblings_after,
    siblings_from,
)
from bot.core.extract.casualty_readings import (
    BETWEEN,
    FROM_BEFORE,
    KIND_AFTER_END,
    RANGE_TAIL,
    Reading,
    part_before,
    parts_after,
    place_part_after,
    qualifier_from_toll,
    read_figure,
)
from bot.core.extract.casualty_refer_back import (
    others_of_before,
    part_told_back,
    parts_listed_back,
    refer_back,
)
from bot.core.extract.casualty_running_siblings import with_running_toll_before
from bot.core.extract.casualty_scope import month_frames_figure, told_incident, toll_of_one_incident
from bot.core.extract.casualty_scope_words import (
    CUMULATIVE,
    MONTH_SPAN,
    MONTHS_BETWEEN,
    SINGLE,
    TOLL_MAY_RISE,
    figure_clause_right,
    incident_named,
    span_of_days,
)
from bot.core.extract.casualty_text_context import TextContext
from bot.core.extract.casualty_vetoes import (
    CASUALTY_VETOES,
    SKIP_ONE_VETOES,
    Candidate,
    earlier_figure,
)
from bot.core.extract.doc import CASUALTY, Doc, prepare
from bot.core.extract.numbers import parse_quantity, quantities, vague_floor
from bot.core.extract.text import Sentence, lower_for_tests
from bot.core.extract.vetoes import Dropped
from bot.core.model import CasualtyFigure

_CLAUSE_LEFT_CUT = re.compile(r";| but | and |, ")


_PARTICIPLE_START = re.compile(r"\s*(?:killing|wounding|injuring|leaving)\b", re.I)


# cheap test before MONTH_AFTER: the months, "monthly", and the last month or year, as written
_MONTH_WORDS = (
    "last month",
    "last year",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "monthly",
)


def _cumulative(sentence: str, start: int, end: int, via_toll: bool) -> tuple[bool, str]:
    """(running toll?, the words that decided it)."""
    # the clause holding the figure: back to the previous clause break, on to the next one
    left = sentence[:start]
    cut = -1
    for m in _CLAUSE_LEFT_CUT.finditer(left):
        cut = m.start() + (1 if m.group(0) in {";", ", "} else 0)
    clause_left = left[cut + 1 :] if cut >= 0 else left
    right = sentence[end:]
    clause_right = figure_clause_right(right)
    local = clause_left[-90:] + " # " + clause_right[:90]
    single = SINGLE.search(local)
    if single and single.group(0).lower() == "alone":
        month = MONTH_SPAN.search(local)  # "in May alone" is a month's toll, "on Saturday alone" a day's
        if month:
            return True, f"a toll over a span of time: '{month.group(0).strip()}'"
    if single:
        return False, f"one day or incident: '{single.group(0)}'"
    cum = CUMULATIVE.search(local) or CUMULATIVE.search(left[-80:]) or MONTHS_BETWEEN.search(right[:150])
    if cum:
        single = SINGLE.search(clause_right[:60])
        one_attack = toll_of_one_incident(clause_left) if cum.group(0).lower() == "bringing" else None
        if single or one_attack:
            return False, f"one day or incident: '{single.group(0) if single else one_attack}'"
        return True, f"running toll: '{cum.group(0)}'"
    if _PARTICIPLE_START.match(clause_left):
        # "Drones struck Odesa in eight nights of attacks, killing 3": the span is the main clause's
        local = left[max(0, cut - 90) : cut + 1] + local
    low_local = local.lower()
    # (the span may end a long clause: "were killed when fighters stormed the camp in ... over four days")
    span_words = ("day", "night", "week", "month", "year", " 20", " 19", "quarter", "half")
    wide = local if len(clause_right) <= 90 else f"{local[: local.index(' # ')]} # {clause_right[:180]}"
    low_wide = wide.lower()
    over_days = span_of_days(wide) if any(u in low_wide for u in span_words) else None
    if over_days is None and (
        "alone" in low_local or left[:12].lower().startswith(("in ", "during ", "through"))
    ):
        over_days = MONTH_SPAN.search(left) or MONTH_SPAN.search(local)
    if over_days is None and any(m in right[:90] for m in _MONTH_WORDS):
        month = MONTH_AFTER.match(right)
        # not a month named as the date of one attack or massacre: "massacred 223 villagers ... in February"
        one_event = any(incident_named().search(t) for t in (left[-120:], local)) or "massacr" in low_local
        if month and not one_event and month_frames_figure(month.group(0)):
            span = "a year's" if month.group(0).rstrip().endswith("year") else "a month's"
            return True, f"{span} toll: '{month.group(0).strip()}'"
    if over_days:
        return True, f"a toll over a span of time: '{over_days.group(0).strip()}'"
    toll = TOLL_WORD.search(left[-120:])
    if via_toll or toll:
        # a rising toll of one attack is not a running toll: "toll from the station attack rose to 57",
        # "toll rises to 90 in the airport blast"
        incident = incident_named().search(left[-120:]) or incident_named().search(clause_right[:90])
        if incident is None and toll is not None:
            incident = TOLL_MAY_RISE.match(left, toll.end())  # "the toll could rise": a fresh attack's
        if incident:
            return False, f"toll of one incident: '{incident.group(0)}'"
        return True, f"{TOLL_NO_INCIDENT}: '{toll.group(0) if toll else 'toll'}'"
    return False, "no running-toll words"


def _extract(
    doc: Doc, published: date | None, trace: list[Dropped] | None, ctx: TextContext
) -> list[CasualtyFigure]:
    wanted = {s.start: (words, cas) for s, words, cas in doc.casualty_sentences()}
    if not wanted:
        return []
    out: list[CasualtyFigure] = []
    previous: CasualtyFigure | None = None  # the last figure of the previous sentence
    before: list[CasualtyFigure] = []  # the figures of the previous sentence
    for sent in doc.sents:
        listed = parts_listed_back(sent, previous, ctx) if previous is not None else []
        if listed:  # "They include 12 civilians and 30 fighters": parts of the last figure
            out.extend(listed)
            previous, before = None, []
            if sent.start in wanted:  # and what the sentence counts of its own: ", 80 of whom were shot"
                rest, _ = _sentence_figures(sent, *wanted[sent.start], published, trace, ctx, out)
                out.extend(f for f in rest if f.count not in {p.count for p in listed})
            continue
        told_back = part_told_back(sent, previous, ctx) if previous is not None else None
        if told_back is not None:  # "Nine of the dead were children": a part of the last figure
            out.append(told_back)
            previous, before = None, []
            if sent.start in wanted:  # and what the sentence goes on to count: "; dozens more were hurt"
                rest, _ = _sentence_figures(sent, *wanted[sent.start], published, trace, ctx, out)
                out.extend(f for f in rest if f.count != told_back.count)
            continue
        if sent.start not in wanted:
            part = refer_back(sent, previous, ctx) if previous is not None else None
            if part is not None:
                out.append(part)
            previous, before = None, []
            continue
        number_words, casualty_words = wanted[sent.start]
        running = previous is not None and previous.cumulative
        last = previous
        figures, previous = _sentence_figures(sent, number_words, casualty_words, published, trace, ctx, out)
        figures = with_running_toll_before(figures) if len(figures) > 1 else figures
        figures = [part_of_running_toll(f, sent.text) if running else f for f in figures]
        if last is not None and figures:  # "Four others are still missing": the sentence before's victims
            figures = others_of_before(sent.text, figures, (last, before), out[: len(out) - len(before)])
        before = figures
        out.extend(figures)
    return out


def _sentence_figures(
    sent: Sentence,
    number_words: list[int],
    casualty_words: list[int],
    published: date | None,
    trace: list[Dropped] | None,
    ctx: TextContext,
    told: list[CasualtyFigure] | None = None,
) -> tuple[list[CasualtyFigure], CasualtyFigure | None]:
    """The figures of one sentence, with their parts, and the sentence's last figure (parts aside);
    `told`: the item's figures before this sentence."""
    s = sent.text
    out: list[CasualtyFigure] = []
    last: CasualtyFigure | None = None
    last_at = 0  # where `last` is in `out`
    consumed = -1
    low = lower_for_tests(s)
    for q_start, q_end, q_qual, num in quantities(s, number_words):
        if q_start < consumed or not any(q_start - 200 <= c <= q_end + 120 for c in casualty_words):
            continue  # no casualty word near enough to make this number a figure
        end, parsed = _range_end(s, q_start, q_end, q_qual, num)
        read = read_figure(s, q_start, end, num, q_qual or "", low)
        if read is None:
            earlier = earlier_of(sent, q_start, end, (q_qual, num), last) if last is not None else None
            if earlier is not None:
                out.append(earlier)
            continue
        count, qual = parse_quantity(q_qual, num) if parsed is None else parsed
        read = _total_of(read, out)
        kind, _vic, _via_toll, phrase_end, _recognizer, _trigger = read
        vetoed = CASUALTY_VETOES.first(Candidate(sent, q_start, phrase_end, kind, ctx, published, q_end))
        if vetoed is not None:
            if trace is not None:
                trace.append(Dropped("casualty", *vetoed, f"{s[q_start:phrase_end]} ({kind})", s.strip()))
            if vetoed[0] in SKIP_ONE_VETOES:
                continue
            break  # the sentence is about something else: its other numbers are too
        fact, roles = _figure(sent, q_start, end, num, (count, qual), read, ctx, [*(told or ()), *out])
        if last is not None and CONJUNCT_GAP.match(s[consumed:q_start]):
            last, fact = conjuncts(last, fact, read[1])
            out[last_at] = last
        last, last_at = fact, len(out)
        out.append(last)
        consumed = phrase_end
        for part in _parts_of(sent, q_start, end, phrase_end, last, read, roles):
            out.append(part[0])
            consumed = max(consumed, part[1])
        if (same := as_many_after(sent, phrase_end, last)) is not None:
            out.append(same)
        elif (more := uncounted_after(sent, phrase_end, last)) is not None:
            out.append(more)
        if (corrected := corrected_in_passing(sent, end, phrase_end, last)) is not None:
            out.append(corrected)
    return out, last


def _total_of(read: Reading, before: list[CasualtyFigure]) -> Reading:
    """A bare total or a force's losses ("putting the total since the invasion at 1,181,200", "bringing
    its losses to 412") name no kind of their own: it
    sums what the figures before it in the sentence count ("1,050 servicemen killed or wounded"), so it
    takes their kind, and their victims when it names none. After figures of several kinds ("63 killed
    and 287 injured, bringing the total to 64,718") it stays a death toll."""
    if not before or read[4] != "toll_then_figure" or read[5].split()[-1] not in ("total", "losses"):
        return read
    if len({f.kind for f in before}) != 1:
        return read
    _kind, vic, via_toll, phrase_end, recognizer, trigger = read
    return before[-1].kind, vic or before[-1].victims, via_toll, phrase_end, recognizer, trigger


def _range_end(
    s: str, q_start: int, q_end: int, q_qual: str | None, num: str
) -> tuple[int, tuple[int | None, str] | None]:
    """Where the quantity ends, past a range ("between 20 and 30" gives 20, at_least), and its value
    when a range made it parsed (most numbers are parsed only once read as a figure)."""
    end = q_end
    parsed: tuple[int | None, str] | None = None
    rng = RANGE_TAIL.match(s, end)
    if rng:
        parsed = parse_quantity(q_qual, num)
        if (
            parsed[0] is not None
            and parse_quantity(rng.group("qual"), rng.group("num"))[0] is not None
            and (
                BETWEEN.search(s, 0, q_start)
                if rng.group(0).lstrip().startswith("and")
                else not FROM_BEFORE.search(s, 0, q_start)
            )
        ):
            end = rng.end()
            if parsed[1] == "exact":
                parsed = (parsed[0], "at_least")
    return end, parsed


def _figure(
    sent: Sentence,
    q_start: int,
    end: int,
    num: str,
    value: tuple[int | None, str],
    read: Reading,
    ctx: TextContext,
    told: list[CasualtyFigure] | None = None,
) -> tuple[CasualtyFigure, list[tuple[str, str]]]:
    """The figure read at s[q_start:end], and the evidence for its roles (`told`: the item's figures
    before it)."""
    s = sent.text
    count, qual = value
    kind, vic, via_toll, phrase_end, recognizer, trigger = read
    left = s[:q_start]
    if qual == "up_to" and TOLL_NOUN_JUST_BEFORE.search(left[-40:]):
        qual = "exact"  # "injuries up to 11,530": the total went up to it
    if via_toll:
        qual = qualifier_from_toll(left, qual)
    cumulative, cumulative_why = _cumulative(s, q_start, phrase_end, via_toll)
    if cumulative and cumulative_why.startswith(TOLL_NO_INCIDENT) and told:
        incident = told_incident(count, kind, s, told)
        cumulative, cumulative_why = (False, incident) if incident else (cumulative, cumulative_why)
    earlier = earlier_figure(s, q_start)
    if earlier is not None:
        cumulative_why = f"an earlier figure quoted for comparison: {earlier}; {cumulative_why}"
    location, how = figure_location(s, q_start, ctx, victim_phrase(vic), sent.start, cumulative)
    roles = [
        ("count", f"'{s[q_start:end].strip()}' ({qual})"),
        ("kind", f"'{trigger}' -> {kind}"),
        ("victims", f"'{vic}'" if vic else "none named: people"),
        ("location", f"{location}: {how}"),
    ]
    floor = vague_floor(num) if count is None else None
    if floor is not None:
        roles.append(("lower_bound", f"'{num}' means at least {floor}"))
    why = figure_why(recognizer, trigger, sent, q_start, phrase_end, roles, cumulative_why)
    fact = CasualtyFigure(
        count,
        qual,
        kind,
        victim_phrase(vic),
        location,
        cumulative,
        evidence=s.strip(),
        why=why,
        lower_bound=floor,
        earlier=earlier is not None,
    )
    return fact, roles


def _parts_of(
    sent: Sentence,
    q_start: int,
    end: int,
    phrase_end: int,
    whole: CasualtyFigure,
    read: Reading,
    roles: list[tuple[str, str]],
) -> list[tuple[CasualtyFigure, int]]:
    """The parts of a figure ("including 10 women and three infants"), each with where it ends."""
    s = sent.text
    trigger = read[5]
    # "seven police and 23 civilians, including four children, were hurt": the part is the 23's
    pair = read[4] == "two_groups_then_casualty_word"
    # parts are read after the figure's own casualty word: "left 23 dead, including four children"
    parts = [] if pair else parts_after(s, end) or (parts_after(s, phrase_end) if phrase_end > end else [])
    if not parts and not pair and (before := part_before(s, q_start)) is not None:
        parts = [before]
    sibling = None
    if not parts and phrase_end > end and not KIND_AFTER_END.search(s, end, phrase_end):
        sibling = sibling_after(s, phrase_end)
        parts = [sibling] if sibling else []
    # a second group of the same verb is no part and may be the larger: "killed 14 soldiers and 20
    # civilians" (not of a pair: "10 soldiers and 19 civilians, among them six children, were wounded"
    # reads the 19 as its own figure, with its part)
    within = sibling is None or pair
    cumulative_why = whole.why.status if whole.why is not None else ""
    out: list[tuple[CasualtyFigure, int]] = []
    if not parts:
        by_place = place_part_after(s, phrase_end) or place_part_after(s, end)
        where = part_of_them_where(s, phrase_end) if by_place is None else []
        told = [("part_of_figure", by_place)] if by_place else [("part_of_them_where", p) for p in where]
        told += [("part_of_figure", p) for p in siblings_from(s, by_place[3])] if by_place else []
        told += [("place_sibling", p) for p in place_siblings_after(s, phrase_end)] if not told else []
        out += [figure_by_place(sent, q_start, p, whole, (r, roles, cumulative_why)) for r, p in told if p]
    for pcount, pqual, pvic, pend in parts:
        if within and whole.count is not None and pcount is not None and pcount > whole.count:
            continue  # a part is no larger than its whole: "kills one, injures 28, among them four children"
        of = "a second group of the same verb as" if sibling is not None else "a part of"
        part_roles = [
            ("count", f"{pcount} ({pqual}), {of} '{s[q_start:end].strip()}'"),
            *roles[1:],
        ]
        part_roles[2] = ("victims", f"'{pvic}'")
        recognizer = "same_verb_group" if sibling is not None else "part_of_figure"
        part_why = figure_why(recognizer, trigger, sent, q_start, pend, part_roles, cumulative_why)
        kind, cumulative, part_why = part_own_scope(s, pend, whole, part_why)
        part = CasualtyFigure(
            pcount,
            pqual,
            kind,
            victim_phrase(pvic) if pvic else whole.victims,  # "two of them by live fire": the whole's
            whole.location,
            cumulative,
            evidence=s.strip(),
            why=part_why,
        )
        out.append((part, pend))
    return out


def _without_loss_restated(figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """ "Russia lost 1,120 troops" beside "1,120 troops killed and wounded": a force's losses are the
    figure its kind is said for elsewhere in the item, not a second figure of the killed."""
    lost = [f for f in figures if f.why is not None and f.why.recognizer == "lost_then_figure"]
    if not lost:
        return figures
    said = {(f.count, f.kind) for f in figures if f not in lost}
    # a force's losses told elsewhere in the item as killed and wounded ("total personnel losses have
    # reached about 1,041,000 killed or wounded") are what its "lost 1,130 troops" counts too
    both = any(k == "killed_and_injured" for _, k in said)
    return [
        replace(f, kind="killed_and_injured") if f in lost and both else f
        for f in figures
        if f not in lost or not any(c == f.count and k != f.kind for c, k in said)
    ]


def _last_word(victims: str | None) -> str:
    return victims.split()[-1].lower() if victims else ""


def _kin_held(f: CasualtyFigure) -> tuple[str, int, str] | None:
    """(kind, count, victim noun) of the kin a one-victim figure holds: "a man and his two sons" (3)
    holds "two sons" (killed, 2, "sons"), which is then no figure of its own."""
    count_why = dict(f.why.roles).get("count", "") if f.why is not None else ""
    if not count_why.startswith(WITH_KIN) or f.count is None:
        return None
    return f.kind, f.count - 1, _last_word(count_why.split("'")[1])


def extract_casualties(text: str, published: date | None = None) -> list[CasualtyFigure]:
    """Every casualty figure in `text`, in order, de-duplicated."""
    return casualties_in(prepare(text), published)


def casualties_in(
    doc: Doc, published: date | None = None, trace: list[Dropped] | None = None
) -> list[CasualtyFigure]:
    """`extract_casualties` on an already prepared text (what `extract_facts` calls); with `trace`,
    every figure a veto dropped is appended to it."""
    if not doc.mask & CASUALTY:
        return []
    ctx = TextContext(doc.sents, doc.dateline)  # lazy: it reads the whole text only when a figure asks
    ones = one_victim_figures(doc, published, trace, ctx)
    numbered = _extract(doc, published, trace, ctx)
    numbered = _without_loss_restated(numbered)
    held = {_kin_held(f) for f in ones} - {None}
    if held:  # "A man and his two sons were killed" is 3; "two sons" (here or in the headline) is in it
        numbered = [f for f in numbered if (f.kind, f.count, _last_word(f.victims)) not in held]
    return merge_casualties(numbered + ones, doc.sents[0].text.strip() if doc.sents else "")
