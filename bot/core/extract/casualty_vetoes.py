"""Why a figure read is dropped: a disaster or disease not violence, a court's verdict, an
anniversary, history, a duration, statistics, a review (the vetoes, in the order they are tried)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cached_property, lru_cache

from bot.core.extract import cues
from bot.core.extract.casualty_commemoration import commemoration, own_stretch
from bot.core.extract.casualty_dating import (
    anniversary_adjunct,
    ended_war,
    past_year,
    remembered,
)
from bot.core.extract.casualty_figurative import cognate_death, exchanged_wounded, returned_remains
from bot.core.extract.casualty_forecast import forecast_words
from bot.core.extract.casualty_lexicon_patterns import lexicon_patterns
from bot.core.extract.casualty_not_said import armed_group_court, charge, negated
from bot.core.extract.casualty_patterns import (
    COURT,
    CUMULATIVE,
    EARLIER_FIGURE_BEFORE,
    EARLIER_FIGURE_HINTS,
    FRESH,
    NOT_AS_REPORTED,
    NOT_AS_REPORTED_AFTER,
    OVER_DAYS,
)
from bot.core.extract.casualty_personal import personal_motive
from bot.core.extract.casualty_recognised_atrocity import recognised_atrocity
from bot.core.extract.casualty_text_context import TextContext, first_in_lead

# clause_around is re-exported: casualty_one_victim reads it from here
from bot.core.extract.casualty_violence import clause_around as clause_around
from bot.core.extract.casualty_violence import (
    conflict_only_police_storming,
    conflict_tie,
    may_tie,
    not_violence,
)
from bot.core.extract.lexicon import lexicon
from bot.core.extract.places import find_places, places_at_war
from bot.core.extract.text import Sentence
from bot.core.extract.vetoes import Veto, VetoTable


def _court(c: Candidate) -> str | None:
    """A verdict on past killings (new deaths are not reported in a court's sentence)."""
    return c.ctx.per_sentence("court", c.sent, _court_words)


_COURT_HINTS = ("sentenc", "convict", "verdict", "acquit", "jailed", "guilty", "court", "tribunal")


def _court_words(sent: Sentence) -> str | None:
    low = sent.text.lower()
    if not any(h in low for h in _COURT_HINTS):
        return None  # a cheap test first: most sentences name no court
    for m in COURT.finditer(sent.text):
        if not armed_group_court(sent.text, m.start(), m.end()):
            return m.group(0)
    return None


def _told_of_the_past(c: Candidate, lead: str | None, what: str) -> str | None:
    """`lead` (the words that make the item's lead tell of the past) unless the figure's own stretch
    dates it as new ("... survivors gathered on Monday" dates the gathering, not the deaths)."""
    if lead is None:
        return None
    s = c.sent.text
    lo, hi = own_stretch(s, c.start, c.end)
    return None if FRESH.search(s, lo, hi) else f"'{lead}' ({what})"


def _obituary(c: Candidate) -> str | None:
    """A figure in an obituary tells the life of the dead ("the general, whose troops killed hundreds
    in the 1982 offensive, died at 91"), not news."""
    return _told_of_the_past(c, c.ctx.lead("obituary"), "an obituary lead")


def _designation(c: Candidate) -> str | None:
    """A figure in an item whose lead is a terror designation ("Australia lists the group as a terrorist
    organisation ... behind hundreds of killings"): the group's past, given as the reason, not news,
    unless the figure's own stretch dates it as new (lexicon designation_verbs, designation_nouns)."""
    lead = c.ctx.per_sentence("designation", c.ctx.sents[0], lambda _: _designation_lead(c.ctx.sents[:2]))
    return _told_of_the_past(c, lead, "a terror designation")


def _designation_lead(lead: list[Sentence]) -> str | None:
    return first_in_lead(lead, ("terror",), _designation_pattern())


@lru_cache(maxsize=1)
def _designation_pattern() -> re.Pattern[str]:
    lex = lexicon("en")
    return re.compile(
        rf"\b(?:{lex.alternation('casualty', 'designation_verbs')})\b[^.;]{{0,80}}?"
        rf"\b(?:{lex.alternation('casualty', 'designation_nouns')})\b",
        re.I,
    )


def _recognised_atrocity(c: Candidate) -> str | None:
    """A past atrocity's toll that the item recognises (casualty_recognised_atrocity)."""
    lead = recognised_atrocity(c.sent, c.start, c.ctx)
    return _told_of_the_past(c, lead, "a recognised atrocity of the past")


def _recollection(c: Candidate) -> str | None:
    """A figure recalled from the long past ("the veteran recalled the night his unit lost 20 men")."""
    return _told_of_the_past(c, c.ctx.lead("recollection"), "a recollection of the long past")


def _history(c: Candidate) -> str | None:
    """A year long past that the figure is told in ("the 1994 genocide killed ..."), read up to the end
    of the figure's clause: a year in a later "as ..." clause dates that clause ("a strike killed six
    on Saturday, as veterans recalled the 2022 siege")."""
    published = c.published
    hi = clause_around(c.sent.text, c.start, c.end)[1]
    # "kills 9 on the eve of the anniversary of the 2017 bombing": that year dates the anniversary's event
    hi = min(hi, anniversary_adjunct(c.sent.text, c.start, c.end) or hi)
    # "the Korean War left nearly three million dead", "died in the First World War"
    war = ended_war(c.sent.text[:hi], c.start, c.end)
    if war:
        return war
    return c.ctx.per_sentence(f"history:{hi}", c.sent, lambda sent: past_year(sent.text[:hi], published))


def _duration(c: Candidate) -> str | None:
    """A number of days, nights, years ... is a duration, never a figure ("over five days", "a 20-year
    war", "two days of clashes"); the sentence's other numbers are still read."""
    m = lexicon_patterns()["duration"].match(c.sent.text, c.num_end)
    return f"'{c.sent.text[c.start : m.end()].strip()}'" if m else None


def _statistics(kind: str) -> Callable[[Candidate], str | None]:
    def test(c: Candidate) -> str | None:
        res = lexicon_patterns()
        m = c.ctx.about(kind)  # the item is about such statistics (judged once per item)
        if m is None:
            return None
        lo, hi = clause_around(c.sent.text, c.start, c.end)
        if res["armed_conflict"].search(c.sent.text, lo, hi):
            return None  # "journalists killed in the war in Gaza, the CPJ said" is conflict news
        return f"'{m.group(0)}'"

    return test


def earlier_figure(sentence: str, start: int) -> str | None:
    """The words that quote the figure at `start` for comparison ("up from 23 on Friday", "its
    previous toll of 300"), or None. Such a figure is still a figure (the corpus labels it), but it
    is marked `earlier` so that the new one heads its series."""
    left = sentence[max(0, start - 70) : start]
    if NOT_AS_REPORTED.search(left) and (corrected := NOT_AS_REPORTED_AFTER.match(sentence, start)):
        return f"'not {corrected.group(0)}'"
    low = left.lower()
    if not any(h in low for h in EARLIER_FIGURE_HINTS):
        return None  # a cheap test first: most figures quote nothing earlier
    m = EARLIER_FIGURE_BEFORE.search(left)
    return f"'{m.group(0).strip()}'" if m else None


def _crime_not_war(c: Candidate) -> str | None:
    """Crime or policing that looks like war ("police killed 8 gang members in a raid", a cartel
    shooting at a bar, a prison riot): words of crime in the item and none of armed conflict or
    political violence (an army, an armed group, a weapon of war, a protest, a place at war); the police
    storming a place is policing, not such a word."""
    crime = c.ctx.about("crime_context")
    if crime is None:
        return None
    if c.ctx.about("conflict_context") is not None and not _conflict_only_forces_of_order(c.ctx):
        return None
    return f"'{crime.group(0)}', and no word of armed conflict in the item"


def _conflict_only_forces_of_order(ctx: TextContext) -> bool:
    """Whether every word of armed conflict in a crime item belongs to the forces of order at their
    work: the police storming a place ("officers stormed the favelas"), or troops restoring order
    ("troops regained control of the penitentiary", "soldiers were sent in to restore order"), lexicon
    police_forces, order_forces and order_restoring."""
    if conflict_only_police_storming(ctx):
        return True
    patterns = lexicon_patterns()
    for sent in ctx.sents:
        covered = [
            (m.start(), m.end())
            for name in ("police_storming", "order_restoring")
            for m in _pattern(name, patterns).finditer(sent.text)
        ]
        for m in patterns["conflict_context"].finditer(sent.text):
            if not any(lo <= m.start() and m.end() <= hi for lo, hi in covered):
                return False
    return True


def _pattern(name: str, patterns: dict[str, re.Pattern[str]]) -> re.Pattern[str]:
    return _order_restoring() if name == "order_restoring" else patterns[name]


@lru_cache(maxsize=1)
def _order_restoring() -> re.Pattern[str]:
    """Troops restoring order in the same clause: "troops regained control", "soldiers were sent in
    to restore order" (lexicon order_forces, order_restoring)."""
    lex = lexicon("en")
    return re.compile(
        rf"\b(?:{lex.alternation('casualty', 'order_forces')})\b[^.;,]{{0,40}}?"
        rf"\b(?:{lex.alternation('casualty', 'order_restoring')})\b",
        re.I,
    )


def _no_conflict_tie(c: Candidate) -> str | None:
    """A figure with nothing in the item that ties it to armed conflict or political violence: no cue
    word at all (neither violence nor a disaster, accident, disease or crime word, which the vetoes
    before decide on), no army, armed group, weapon, protest (lexicon conflict_context), no attacker,
    weapon or attack of the kinds that are no cue words elsewhere (lexicon conflict_tie: "assailants",
    "an IED", "cross-border firing", "vigilantes"), no place at war (places.toml [at_war]), and the
    figure is no tally or running toll (lexicon conflict_tally). "Five gored, 30 hurt on final day of
    bull run", "19 shot dead over the holiday weekend in Chicago": "killed" or "hurt" alone in news is
    not yet a conflict figure. The words tie a toll wherever it happens; the list of places is only
    the last of the ties ("Fourteen killed near Kramatorsk")."""
    ctx = c.ctx
    if ctx.cue_kinds or ctx.about("conflict_context") is not None or not ctx.sents:
        return None
    if any(may_tie(sent.text) and conflict_tie().search(sent.text) for sent in ctx.sents):
        return None  # "assailants killed six people in Mandera county": the attacker says it
    s = c.sent.text
    if lexicon_patterns()["conflict_tally"].search(s) or CUMULATIVE.search(s) or OVER_DAYS.search(s):
        # "31 killed in 24 hours", "172 journalists killed around the world in 2024", "during a
        # two-day assault": a tally or running toll is how conflicts are counted
        return None
    if ctx.per_sentence("place_at_war", ctx.sents[0], lambda _: _place_at_war(ctx.sents)) is not None:
        return None  # "Fourteen killed near Kramatorsk": the place says it (judged once per item)
    return "no word of violence, armed force or place at war in the item"


def _place_at_war(sents: list[Sentence]) -> str | None:
    """The first place at war (places.toml [at_war]) the sentences name, a city by its country ("near
    Kramatorsk" is in Ukraine), or None."""
    zones = places_at_war()
    for sent in sents:
        for m in find_places(sent.text):
            if m.canonical in zones:
                return m.surface
    return None


def _restated_history(c: Candidate) -> str | None:
    """A headline figure its lead restates and dates three or more years back ("Team exhumes 120 bodies
    from mass grave" over "the remains of 120 people shot in 1936"): the headline tells the same past."""
    sents = c.ctx.sents
    if not sents or sents[0].start != c.sent.start:
        return None
    digits = _DIGITS.search(c.sent.text, c.start, c.num_end)
    if digits is None:
        return None
    again = re.compile(rf"(?<![\d,.]){re.escape(digits.group(0))}(?![\d,])")
    for later in sents[1:]:
        t = later.text
        for m in again.finditer(t):
            # the number's own stretch, comma to comma: "Gunmen killed 12 on Sunday in the town where,
            # two decades ago, militiamen killed 300" dates the 300, not the 12
            lo = max(t.rfind(",", 0, m.start()), t.rfind(";", 0, m.start())) + 1
            hi = next((i for i in (t.find(",", m.end()), t.find(";", m.end())) if i >= 0), len(t))
            year = past_year(t[lo:hi], c.published)
            if year is not None and not FRESH.search(t, lo, hi):
                return f"the lead restates {digits.group(0)} in '{year}'"
    return None


_DIGITS = re.compile(r"\d[\d,]*\d|\d")


def _game(c: Candidate) -> str | None:
    """Killing in a video game or a board game ("kill five enemies in a row ... call in an air strike")."""
    m = c.ctx.about("game_context")
    return f"'{m.group(0)}'" if m else None


def _training_accident(c: Candidate) -> str | None:
    """A military training accident ("a tank shell exploded during a live-fire exercise, killing two
    soldiers"): a training setting in the item, a mishap in the figure's sentence, no attack in the item
    (a headline's "grenade goes off during drill" is set by its lead's "training session")."""
    setting = c.ctx.about("training_context")
    mishap = lexicon_patterns()["training_mishap"].search(c.sent.text) if setting else None
    if setting is None or mishap is None or c.ctx.about("training_attack"):
        return None
    return f"'{setting.group(0)}', '{mishap.group(0)}'"


def _invented(c: Candidate) -> str | None:
    """A toll in a work of fiction or a game ("in the Netflix drama, a coup leaves 40 soldiers dead"):
    the frame words are read on the whole item, as for embargoes and recognitions (frames.py)."""
    return c.ctx.invented


def _forecast(c: Candidate) -> str | None:
    """A figure of what may happen ("a nuclear exchange could kill 100 million", "5,000 more would
    die without aid", "the model predicts 10,000 deaths if ...") or could have ("could have been
    killed"): no one was harmed yet (casualty_forecast.py)."""
    return forecast_words(c.sent.text, c.start, c.num_end, c.end)


def _review(c: Candidate) -> str | None:
    """A review of a book or film about a war (the first two sentences say so)."""
    return c.ctx.review


def _missing_outside_conflict(c: Candidate) -> str | None:
    """Missing people are casualties only in conflict news, not in a police appeal."""
    return "missing, and no conflict word in the text" if c.kind == "missing" and not c.ctx.conflict else None


def _one_victim_outside_conflict(c: Candidate) -> str | None:
    """One victim told without a number is read only in conflict news: in crime news it is no toll. An
    item naming armed conflict's forces or places (lexicon conflict_context: "Israeli forces", "West
    Bank", "militants") is conflict news even with no word of fighting ("a teenager was shot dead by
    Israeli forces near Jenin")."""
    if c.ctx.conflict or c.ctx.about("conflict_context") is not None:
        return None
    return "one victim, and no conflict word in the text"


def _not_violence_veto(category: str) -> Veto[Candidate]:
    def test(c: Candidate) -> str | None:
        verdict = c.not_violence
        return f"'{verdict[1]}'" if verdict is not None and verdict[0] == category else None

    return Veto(
        category, f"a {category} word decides the figure is not about violence (lexicon not_{category})", test
    )


class Candidate:
    """A figure read but not yet judged: what the vetoes test."""

    __slots__ = ("__dict__", "ctx", "end", "kind", "num_end", "published", "sent", "start")

    def __init__(
        self,
        sent: Sentence,
        start: int,
        end: int,
        kind: str,
        ctx: TextContext,
        published: date | None,
        num_end: int | None = None,
    ) -> None:
        self.sent = sent
        self.start = start
        self.end = end
        self.kind = kind
        self.ctx = ctx
        self.published = published
        self.num_end = end if num_end is None else num_end  # where the number itself ends

    @cached_property
    def not_violence(self) -> tuple[str, str] | None:
        return not_violence(self.sent, self.start, self.end, self.ctx)


_COMMON_VETOES: list[Veto[Candidate]] = [
    Veto("review", "a review of a book or film about a war", _review),
    Veto("negated", "a denied figure: 'no one was killed', 'not a single soldier died'", negated),
    *(_not_violence_veto(c) for c in cues.NOT_CATEGORIES),
    Veto("cognate_death", "deaths told as the object of 'died': 'died a thousand deaths'", cognate_death),
    Veto("exchanged_wounded", "wounded prisoners handed over in an exchange", exchanged_wounded),
    Veto("returned_remains", "the dead's remains handed back by the other side", returned_remains),
    Veto("game_context", "killing in a video game or board game (lexicon game_context)", _game),
    Veto(
        "training_accident",
        "a military training accident, no attack (lexicon training_context, _mishap, _attack)",
        _training_accident,
    ),
    Veto("invented", "a work of fiction or a game (lexicon [cues] invented_frame)", _invented),
    Veto("forecast", "what may happen, not what happened (lexicon forecast_modals)", _forecast),
    Veto(
        "press_freedom",
        "press-freedom statistics not tied to a war in the figure's clause",
        _statistics("press_freedom"),
    ),
    Veto(
        "crime_statistics",
        "crime statistics not tied to a war in the figure's clause",
        _statistics("crime_statistics"),
    ),
    Veto("crime_not_war", "crime or policing, and no word of armed conflict in the item", _crime_not_war),
    Veto("court", "a court's verdict restates past killings", _court),
    Veto("charge", "what a verdict punishes: 'hanged for the deaths of three ...'", charge),
    Veto("personal_motive", "a killing over a quarrel, a feud, a debt, and no word of war", personal_motive),
    Veto("commemoration", "an anniversary restates a past toll ('in which ... were killed')", commemoration),
    Veto("remembered", "what a remembrance honours, its deaths dated long past by the lead", remembered),
    Veto("history", "told in a year three or more years before publication", _history),
    Veto(
        "restated_history",
        "a headline figure its lead restates in a year three or more years back",
        _restated_history,
    ),
    Veto("obituary", "an obituary tells the life of the dead (lexicon obituary_*)", _obituary),
    Veto(
        "designation",
        "a terror designation gives a group's past killings (lexicon designation_*)",
        _designation,
    ),
    Veto(
        "recognised_atrocity",
        "a past atrocity's toll that the item recognises (lexicon recognised_atrocity_*)",
        _recognised_atrocity,
    ),
    Veto("recollection", "a recollection of the long past (lexicon recall_verbs, long_past)", _recollection),
    # the most general veto last, so that a specific one names the reason when both apply
    Veto(
        "no_conflict_tie",
        "no word of violence, armed force or place at war anywhere in the item",
        _no_conflict_tie,
    ),
]
# Ordered: the first veto that applies names the reason a figure was dropped.
CASUALTY_VETOES: VetoTable[Candidate] = VetoTable(
    "casualty",
    [
        _COMMON_VETOES[0],
        Veto("duration", "a number of days, nights, years: a duration, not a figure", _duration),
        Veto("missing_outside_conflict", "missing people outside conflict news", _missing_outside_conflict),
        *_COMMON_VETOES[1:],
    ],
)
# vetoes that drop one number and let the sentence's other numbers be read
# ("thousands could die in the siege that has killed 200": the forecast goes, the toll stays)
SKIP_ONE_VETOES = frozenset({"duration", "missing_outside_conflict", "forecast", "negated"})
ONE_VICTIM_VETOES: VetoTable[Candidate] = VetoTable(
    "casualty",
    [
        _COMMON_VETOES[0],
        Veto(
            "one_victim_outside_conflict",
            "one victim without a number outside conflict news",
            _one_victim_outside_conflict,
        ),
        *_COMMON_VETOES[1:],
    ],
)
