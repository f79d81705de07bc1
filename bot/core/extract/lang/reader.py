"""The three triggers read in any language that has a lexicon file (pure; no I/O).

One reader for every language other than English: what differs between languages is data, the
lists of `lexicon/<language>.toml` (see docs/languages.md), never code. The facts have the DESIGN §4
shapes with English canonical names, so a toll reported in Arabic and in English is one series.

How an item is read:
- the text is normalised (`tokens.normalise`) and cut into tokens and sentences once; every word
  list is matched over the tokens once (`WordMatcher`: words, phrases, prefixes, proclitics);
- **casualty**: each quantity (`numbers.quantities`) takes the casualty word right after it
  ("26,900 פלסטינים נהרגו", "69 ألفاً و775 شهيداً") or right before it ("مقتل 12", "погибли 22 313"),
  the nearer one, within its clause; a word that opens a new clause with "and" ("وإصابة") belongs
  to the next number. A part after "including" ("dont quatre enfants") takes its whole's kind. A
  casualty word before a lone person ("وإصابة شخص") is one victim. Victims, location (the first
  city, else country, the sentence names) and scope ("since the war began" vs "in the past 24
  hours", the nearest cue) come from the lists;
- **arms_embargo**: a sentence with an arms word and an embargo word (or a ban on arms supplies, or
  suspended arms licences); the action is the strongest action cue in it; the target is the first
  state after the trigger words, the actor the first state or body before them;
- **recognition**: a sentence with a recognition word and a state to recognise (Palestine ...);
  each state named in it is an actor, with the status of the nearest recognition word or status cue
  ("sera reconnue", "тянет", "رفض").

Every candidate passes the trigger's named vetoes (`VETOES`, in order); every fact carries `why`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property, lru_cache

from bot.core.extract.lang.names import Mention, affixes, find_mentions
from bot.core.extract.lang.numbers import Quantity, quantities
from bot.core.extract.lang.tokens import Hit, Token, WordMatcher, fold, normalise, tokenize
from bot.core.extract.lexicon import Lexicon, lexicon
from bot.core.extract.vetoes import Dropped, Veto, VetoTable
from bot.core.model import ArmsEmbargo, CasualtyFigure, Fact, Recognition, Why

_SENTENCE_END = frozenset(".!?؟\n|。")
_CLAUSE_END = frozenset(',;:—–()«»"،؛')
_PLACE_KINDS = frozenset({"city", "place", "country"})
_STATE_KINDS = frozenset({"country", "demonym", "leader", "place"})
_ACTION_ORDER = (
    "ruled_by_court", "called_for", "lifted", "extended", "suspended_licences", "partial", "rejected",
    "imposed",
)  # fmt: skip
_STATUS_ORDER = ("rejected", "considering", "announced", "done")
# how far after a number its casualty word may come: "une vingtaine de civils ont été tués",
# "Dutzende Menschen wurden bei den Angriffen auf Gaza verletzt" (a nearer word before it still wins)
_AFTER_WINDOW = 8
# and how far before it: "Жертвами теракта в Подмосковье стали 145 человек"
_BEFORE_WINDOW = 5
_RECOGNISABLE = frozenset(
    {"Palestine", "Kosovo", "Taiwan", "Western Sahara", "Somaliland", "Donetsk People's Republic",
     "Luhansk People's Republic", "Abkhazia", "South Ossetia", "Northern Cyprus"}
)  # fmt: skip


@dataclass
class _Lists:
    """A language's word lists as matchers, built once per language."""

    lex: Lexicon
    casualty: WordMatcher
    toll: WordMatcher
    parts: WordMatcher
    victims: WordMatcher
    one_victim: WordMatcher
    scope: WordMatcher
    not_after: WordMatcher
    violence: WordMatcher
    history: WordMatcher
    not_violence: WordMatcher
    embargo: WordMatcher
    actions: WordMatcher
    recognition: WordMatcher
    status: WordMatcher
    recognition_vetoes: WordMatcher
    embargo_vetoes: WordMatcher
    conjunctions: tuple[str, ...]


def _labelled(lex: Lexicon, section: str) -> list[tuple[str, str]]:
    return [(key, w) for key in lex.sections.get(section, {}) for w in lex.words(section, key)]


@lru_cache(maxsize=16)
def _lists(language: str) -> _Lists:
    lex = lexicon(language)
    pre = affixes(lex, "prefixes")

    def m(section: str, keys: tuple[str, ...] | None = None) -> WordMatcher:
        pairs = _labelled(lex, section)
        if keys is not None:
            pairs = [(k, w) for k, w in pairs if k in keys]
        return WordMatcher(pairs, pre)

    conj = tuple(fold(w) for w in lex.words("quantities", "and") if len(w) == 1)
    return _Lists(
        lex=lex,
        casualty=m("casualty", ("killed", "injured", "missing", "killed_and_injured")),
        toll=m("casualty", ("toll",)),
        parts=m("casualty", ("parts",)),
        victims=m("victims"),
        one_victim=m("one_victim"),
        scope=m("scope"),
        not_after=m("not_a_figure"),
        violence=m("context", ("violence",)),
        history=m("context", ("history",)),
        not_violence=m("context", ("not_violence",)),
        embargo=m("embargo"),
        actions=m("embargo_action"),
        recognition=m("recognition"),
        status=m("recognition_status"),
        recognition_vetoes=m("recognition_vetoes"),
        embargo_vetoes=m("embargo_vetoes"),
        conjunctions=conj,
    )


# --- the item, read once ---------------------------------------------------------------------------


@dataclass
class _Item:
    language: str
    original: str
    where: list[int]
    norm: str
    tokens: list[Token]
    sentence_of: list[int]  # token index -> sentence number
    clause_of: list[int]  # token index -> clause number (over the whole text)
    sentences: list[tuple[int, int]]  # (first token, last token + 1)
    lists: _Lists

    @cached_property
    def mentions(self) -> list[Mention]:
        """The names in the item, read only when a candidate needs a place or a state."""
        return find_mentions(self.language, self.tokens, self.original, self.where)

    def words(self, first: int, last: int) -> str:
        """The original text of tokens first..last."""
        a = self.where[self.tokens[first].start]
        b = self.where[self.tokens[last].end - 1] + 1
        return self.original[a:b]

    def sentence_text(self, s: int) -> str:
        first, end = self.sentences[s]
        return " ".join(self.words(first, end - 1).split())


def _read(language: str, text: str) -> _Item:
    norm, where = normalise(text)
    tokens = tokenize(norm)
    sentence_of: list[int] = []
    clause_of: list[int] = []
    sentences: list[tuple[int, int]] = []
    s = c = 0
    first = 0
    for i, tok in enumerate(tokens):
        if i:
            gap = norm[tokens[i - 1].end : tok.start]
            original_first = text[where[tok.start]]
            ends = any(ch in _SENTENCE_END for ch in gap) and not (
                original_first.islower() and "\n" not in gap
            )
            if ends:
                sentences.append((first, i))
                first = i
                s += 1
                c += 1
            elif any(ch in _CLAUSE_END for ch in gap):
                c += 1
        sentence_of.append(s)
        clause_of.append(c)
    if tokens:
        sentences.append((first, len(tokens)))
    lists = _lists(language)
    return _Item(language, text, where, norm, tokens, sentence_of, clause_of, sentences, lists)


def _by_sentence(item: _Item, hits: list[Hit]) -> dict[int, list[Hit]]:
    out: dict[int, list[Hit]] = {}
    for h in hits:
        out.setdefault(item.sentence_of[h.first], []).append(h)
    return out


# --- casualties ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Figure:
    item: _Item
    quantity: Quantity
    kind_hit: Hit | None
    sentence: int


def _article(c: _Figure) -> str | None:
    """'tués lors d'une attaque': "une" counts one only when a victim follows it ("un soldat")."""
    q, item = c.quantity, c.item
    tok = item.tokens[q.number_first]
    if q.count != 1 or tok.is_number or q.first != q.number_first:
        return None
    if item.lists.victims.hits(item.tokens[q.last + 1 : q.last + 3]):
        return None
    return tok.text


def _not_people(c: _Figure) -> str | None:
    """'24 hours', '7 October', '315 drones', '52 votes': the word after the number counts something else."""
    nxt = c.quantity.last + 1
    for h in c.item.lists.not_after.hits(c.item.tokens[nxt : nxt + 1]):
        return h.entry
    return None


def _year(c: _Figure) -> str | None:
    q = c.quantity
    tok = c.item.tokens[q.number_first]
    bare = q.number_first == q.last and tok.is_number and tok.text.isdigit() and len(tok.text) == 4
    return tok.text if bare and 1900 <= int(tok.text) <= 2099 else None


def _not_violence(c: _Figure) -> str | None:
    """A disaster, accident, disease or crime, and no word of violence to outweigh it (in the figure's
    sentence first, then in the whole item)."""
    item, lists = c.item, c.item.lists
    first, end = item.sentences[c.sentence]
    in_sentence = lists.not_violence.hits(item.tokens[first:end])
    if in_sentence and not lists.violence.hits(item.tokens[first:end]):
        return in_sentence[0].entry
    anywhere = lists.not_violence.hits(item.tokens)
    if anywhere and not lists.violence.hits(item.tokens):
        return anywhere[0].entry
    return None


def _history(c: _Figure) -> str | None:
    """An anniversary or a memorial restates an old toll: "the 10th anniversary of a massacre in
    which 200 were killed" is not news of 200 dead."""
    item = c.item
    first, end = item.sentences[c.sentence]
    for h in item.lists.history.hits(item.tokens[first:end]):
        return h.entry
    return None


def _no_violence(c: _Figure) -> str | None:
    """Nothing in the item speaks of violence (no attack, army, war, armed group ...): a figure of
    flu, heat or a plane crash the lists do not name is not a conflict figure either."""
    item = c.item
    first, end = item.sentences[c.sentence]
    if item.lists.violence.hits(item.tokens) or item.lists.toll.hits(item.tokens[first:end]):
        return None  # a death toll ("число погибших в секторе Газа") is how conflicts are counted
    return c.kind_hit.entry if c.kind_hit is not None else ""


CASUALTY_VETOES: VetoTable[_Figure] = VetoTable(
    "casualty",
    [
        Veto(
            "not_people",
            "the word after the number counts hours, days, votes, drones ... not people",
            _not_people,
        ),
        Veto("year", "a bare year (1900-2099) is a date, not a count", _year),
        Veto("article", "the word for 'one' with no victim after it is an article", _article),
        Veto(
            "not_violence", "a disaster, accident, disease or crime, with no word of violence", _not_violence
        ),
        Veto("history", "an anniversary or memorial restates an old toll", _history),
        Veto("no_violence", "no word of violence anywhere in the item", _no_violence),
    ],
)


def _starts_new_clause(item: _Item, hit: Hit) -> bool:
    """'وإصابة': a casualty word written onto 'and' opens the next part of the sentence."""
    text = item.tokens[hit.first].text
    return any(text.startswith(c) and len(text) > 2 for c in item.lists.conjunctions) and not any(
        text == fold(w.rstrip("*")) for w in (hit.entry,)
    )


def _kind_for(item: _Item, q: Quantity, kinds: list[Hit]) -> tuple[Hit | None, str]:
    """The casualty word of a quantity and which side it was on."""
    clause = item.clause_of[q.number_first]
    after = [
        h for h in kinds
        if q.last < h.first <= q.last + _AFTER_WINDOW and item.clause_of[h.first] == clause
        and not any(t.is_number for t in item.tokens[q.last + 1 : h.first])
    ]  # fmt: skip
    before = [
        h for h in kinds
        if q.first - _BEFORE_WINDOW <= h.last < q.first and item.clause_of[h.last] == item.clause_of[q.first]
        and not any(t.is_number for t in item.tokens[h.last + 1 : q.first])
    ]  # fmt: skip
    a = after[0] if after else None
    if a is not None and a.first - q.last > 1 and _starts_new_clause(item, a):
        a = None
    b = before[-1] if before else None
    if a is not None and (b is None or a.first - q.last <= q.first - b.last):
        return a, "figure_then_casualty_word"
    if b is not None:
        return b, "casualty_word_then_figure"
    return None, ""


def _toll_before(item: _Item, q: Quantity, tolls: list[Hit], kinds: list[Hit]) -> Hit | None:
    """'Число погибших ... превысило 22,3 тысячи': a toll phrase earlier in the clause gives the kind
    (the casualty word inside it, else killed)."""
    clause = item.clause_of[q.first]
    for t in reversed(tolls):
        if t.last < q.first and q.first - t.last <= 12 and item.clause_of[t.last] == clause:
            inside = [k for k in kinds if t.first <= k.first <= t.last]
            return inside[0] if inside else Hit(t.first, t.last, "killed", t.entry)
    return None


def _victims(item: _Item, q: Quantity, kind: Hit | None) -> tuple[str, str]:
    hits = item.lists.victims.hits(item.tokens[q.last + 1 : q.last + 4])
    if not hits and kind is not None and kind.last < q.first:
        hits = item.lists.victims.hits(item.tokens[kind.first - 2 : kind.first]) if kind.first >= 2 else []
    if hits:
        return hits[0].label, hits[0].entry
    return "people", ""


def _location(item: _Item, sentence: int) -> tuple[str | None, str]:
    in_sentence = [
        m for m in item.mentions if item.sentence_of[m.first] == sentence and m.kind in _PLACE_KINDS
    ]
    for wanted in (("city", "place"), ("country",)):
        for m in in_sentence:
            if m.kind in wanted:
                return m.canonical, item.words(m.first, m.last)
    for m in item.mentions:
        if m.kind in _PLACE_KINDS:
            return m.canonical, item.words(m.first, m.last)
    return None, ""


def _cumulative(
    item: _Item, q: Quantity, sentence: int, scope: dict[int, list[Hit]], toll_here: bool
) -> tuple[bool, str]:
    hits = scope.get(sentence, [])
    if hits:
        nearest = min(hits, key=lambda h: min(abs(h.first - q.number_first), abs(h.last - q.last)))
        return nearest.label == "cumulative", nearest.entry
    if toll_here:
        for hs in scope.values():
            for h in hs:
                if h.label == "cumulative":
                    return True, h.entry
    return False, ""


def casualties(item: _Item, trace: list[Dropped] | None) -> list[CasualtyFigure]:
    lists = item.lists
    kinds = lists.casualty.hits(item.tokens)
    if not kinds:
        return []
    qs = quantities(item.language, item.tokens)
    scope = _by_sentence(item, lists.scope.hits(item.tokens))
    tolls = _by_sentence(item, lists.toll.hits(item.tokens))
    parts = {h.last for h in lists.parts.hits(item.tokens)}
    out: list[CasualtyFigure] = []
    seen: set[tuple[int | None, str]] = set()
    previous_kind: dict[int, Hit] = {}
    for q in qs:
        sentence = item.sentence_of[q.number_first]
        kind, recognizer = _kind_for(item, q, kinds)
        if kind is None and q.first - 1 in parts and sentence in previous_kind:
            kind, recognizer = previous_kind[sentence], "part_of_figure"
        if kind is None:
            kind = _toll_before(item, q, tolls.get(sentence, []), kinds)
            recognizer = "toll_then_figure"
        if kind is None:
            continue
        candidate = _Figure(item, q, kind, sentence)
        veto = CASUALTY_VETOES.first(candidate)
        if veto is not None:
            if trace is not None:
                trace.append(
                    Dropped(
                        "casualty", veto[0], veto[1], f"{q.text} {kind.entry}", item.sentence_text(sentence)
                    )
                )
            continue
        previous_kind[sentence] = kind
        key = (q.count, kind.label)
        victims, victims_word = _victims(item, q, kind)
        location, place_words = _location(item, sentence)
        cumulative, scope_words = _cumulative(item, q, sentence, scope, sentence in tolls)
        words = item.words(q.first, q.last)
        if key in seen:
            # the same figure said twice ("о гибели 43,2 тыс." / "свыше 43,2 тыс. палестинцев убиты"):
            # one fact, with the more precise hedge, victims and scope of the two
            at = next(i for i, f in enumerate(out) if (f.count, f.kind) == key)
            old = out[at]
            out[at] = replace(
                old,
                qualifier=old.qualifier if old.qualifier != "exact" else q.qualifier,
                victims=old.victims if old.victims != "people" else victims,
                cumulative=old.cumulative or cumulative,
                location=old.location or location,
            )
            continue
        seen.add(key)
        out.append(
            CasualtyFigure(
                count=q.count,
                qualifier=q.qualifier,
                kind=kind.label,
                victims=victims,
                location=location,
                cumulative=cumulative,
                evidence=item.sentence_text(sentence),
                language=item.language,
                why=Why(
                    recognizer=f"{item.language}:{recognizer}",
                    trigger=(item.words(kind.first, kind.last),),
                    clause=item.sentence_text(sentence),
                    roles=(
                        ("count", f"'{words}'"),
                        (
                            "victims",
                            f"{victims}: '{victims_word}'" if victims_word else "people (no victim word)",
                        ),
                        ("location", f"{location}: '{place_words}'" if location else "none named"),
                    ),
                    status=(
                        f"cumulative from '{scope_words}'"
                        if cumulative
                        else f"one incident or day from '{scope_words}'"
                        if scope_words
                        else "no scope word: not cumulative"
                    ),
                ),
            )
        )
    out.extend(_one_victims(item, kinds, {f.kind for f in out}, seen))
    # "dozens" and "at least 34" of the same kind are one figure
    numeric = {f.kind for f in out if f.count is not None}
    return [f for f in out if f.count is not None or f.kind not in numeric]


def _one_victims(
    item: _Item, kinds: list[Hit], found: set[str], seen: set[tuple[int | None, str]]
) -> list[CasualtyFigure]:
    """A casualty word before a lone person and no number: one victim ('وإصابة شخص بجروح')."""
    out = []
    for k in kinds:
        if (1, k.label) in seen or k.last + 1 >= len(item.tokens):
            continue
        nxt = item.tokens[k.last + 1 : k.last + 2]
        if not item.lists.one_victim.hits(nxt):
            continue
        sentence = item.sentence_of[k.first]
        if _not_violence(
            _Figure(item, Quantity(k.last + 1, k.last + 1, k.last + 1, 1, "exact", ""), k, sentence)
        ):
            continue
        seen.add((1, k.label))
        location, _ = _location(item, sentence)
        out.append(
            CasualtyFigure(
                count=1, qualifier="exact", kind=k.label, victims="people", location=location,
                cumulative=False,
                evidence=item.sentence_text(sentence),
                language=item.language,
                why=Why(recognizer=f"{item.language}:one_victim", trigger=(item.words(k.first, k.last + 1),),
                        clause=item.sentence_text(sentence)),
            )
        )  # fmt: skip
    return out


# --- arms embargoes --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _EmbargoSentence:
    item: _Item
    sentence: int
    hits: list[Hit]


def _not_arms(c: _EmbargoSentence) -> str | None:
    """An embargo, ban or licence with no arms word: trade, oil, press ..."""
    labels = {h.label for h in c.hits}
    if labels & {"arms", "arms_embargo", "arms_supply"}:
        return None
    return c.hits[0].entry if c.hits else ""


def _no_restriction(c: _EmbargoSentence) -> str | None:
    """Arms words alone (deliveries, aid, production) restrict nothing."""
    labels = {h.label for h in c.hits}
    supply = "supply" in labels or "arms_supply" in labels
    if "arms_embargo" in labels or "embargo" in labels or ("ban" in labels and supply):
        return None
    if "licences" in labels and "ban" in labels:
        return None
    return next((h.entry for h in c.hits if h.label == "arms"), "")


def _embargo_veto_words(c: _EmbargoSentence) -> str | None:
    first, end = c.item.sentences[c.sentence]
    for h in c.item.lists.embargo_vetoes.hits(c.item.tokens[first:end]):
        return f"{h.label}: {h.entry}"
    return None


EMBARGO_VETOES: VetoTable[_EmbargoSentence] = VetoTable(
    "arms_embargo",
    [
        Veto("not_arms", "an embargo or ban on something other than arms", _not_arms),
        Veto("no_restriction", "arms are named but nothing restricts their supply", _no_restriction),
        Veto("listed", "a phrase of the language's embargo_vetoes list", _embargo_veto_words),
    ],
)


def _states(item: _Item, first: int, end: int, kinds: frozenset[str]) -> list[Mention]:
    return [m for m in item.mentions if first <= m.first < end and m.kind in kinds]


def embargoes(item: _Item, trace: list[Dropped] | None) -> list[ArmsEmbargo]:
    lists = item.lists
    by_sentence = _by_sentence(item, lists.embargo.hits(item.tokens))
    actions = _by_sentence(item, lists.actions.hits(item.tokens))
    out: list[ArmsEmbargo] = []
    seen: set[tuple[str | None, str | None, str]] = set()
    for sentence, hits in sorted(by_sentence.items()):
        candidate = _EmbargoSentence(item, sentence, hits)
        veto = EMBARGO_VETOES.first(candidate)
        if veto is not None:
            if trace is not None:
                trace.append(
                    Dropped("arms_embargo", veto[0], veto[1], hits[0].entry, item.sentence_text(sentence))
                )
            continue
        first, end = item.sentences[sentence]
        action, action_words = "imposed", "no action word: imposed"
        labels: dict[str, Hit] = {}
        for h in actions.get(sentence, []):
            labels.setdefault(h.label, h)
        if "licences" in {h.label for h in hits} and "suspended_licences" not in labels:
            labels.setdefault("suspended_licences", next(h for h in hits if h.label == "licences"))
        trigger_at = min(
            h.first for h in hits if h.label in {"arms", "arms_embargo", "arms_supply", "embargo"}
        )
        # the action word nearest the trigger words decides ("продлении ... эмбарго", not the
        # "ослабления" two clauses on); a court or a call anywhere in the sentence outranks it
        cues = sorted(
            labels.items(),
            key=lambda kv: (
                kv[0] not in {"ruled_by_court", "called_for"},
                abs(kv[1].first - trigger_at),
                _ACTION_ORDER.index(kv[0]),
            ),
        )
        if cues:
            name, cue = cues[0]
            action, action_words = name, f"{name} from '{item.words(cue.first, cue.last)}'"
        mentions = _states(
            item, first, end, frozenset({"country", "demonym", "organisation", "leader", "place"})
        )
        target = next((m for m in mentions if m.first > trigger_at and m.kind != "organisation"), None)
        if target is None:
            target = next(
                (m for m in reversed(mentions) if m.first < trigger_at and m.kind != "organisation"), None
            )
        actor = next(
            (m for m in mentions if m.first < trigger_at and (target is None or m.country != target.country)),
            None,
        )
        if actor is None:
            actor = next(
                (
                    m
                    for m in mentions
                    if target is not None and m.first > target.last and m.country != target.country
                ),
                None,
            )
        if actor is None:
            for m in item.mentions:
                if (
                    item.sentence_of[m.first] != sentence
                    and m.kind != "city"
                    and (target is None or (m.canonical != target.canonical and m.country != target.country))
                ):
                    actor = m
                    break
        actor_name = _actor_name(actor, action)
        target_name = (target.country or target.canonical) if target is not None else None
        if actor_name is None and action == "called_for":
            actor_name = "international community"
        if target_name is None and out:
            # "Belgium halts arms exports to Israel. The government suspended the licences ...": the
            # second sentence goes on about the first one's embargo
            target_name = out[-1].target
            actor_name = actor_name or out[-1].actor
        if target_name is None or actor_name == target_name:
            continue
        key = (actor_name, target_name, action)
        if key in seen:
            continue
        seen.add(key)
        same = next((i for i, f in enumerate(out) if (f.actor, f.target) == (actor_name, target_name)), None)
        if same is not None:
            # one embargo told twice, once with the plain verb ("halts") and once with its kind
            # ("suspends the licences"): one fact, with the more precise action
            if out[same].action == "imposed" and action != "imposed":
                out[same] = replace(out[same], action=action)
            continue
        out.append(
            ArmsEmbargo(
                actor=actor_name,
                target=target_name,
                action=action,
                evidence=item.sentence_text(sentence),
                language=item.language,
                why=Why(
                    recognizer=f"{item.language}:embargo_sentence",
                    trigger=tuple(item.words(h.first, h.last) for h in hits),
                    clause=item.sentence_text(sentence),
                    roles=(
                        (
                            "actor",
                            f"{actor_name}: '{item.words(actor.first, actor.last)}'"
                            if actor
                            else f"{actor_name}",
                        ),
                        (
                            "target",
                            f"{target_name}: '{item.words(target.first, target.last)}'" if target else "",
                        ),
                    ),
                    status=action_words,
                ),
            )
        )
    return out


def _actor_name(actor: Mention | None, action: str) -> str | None:
    if actor is None:
        return None
    name = actor.canonical if actor.kind == "organisation" else (actor.country or actor.canonical)
    if name == "United Nations" and action in {"imposed", "extended", "lifted"}:
        return "UN Security Council"  # the only UN body that can impose, renew or lift an arms embargo
    return name


# --- recognitions ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _RecognitionSentence:
    item: _Item
    sentence: int
    verbs: list[Hit]


def _recognised_in(item: _Item, sentence: int) -> str | None:
    """The state a recognition sentence is about: one it names, else the one the headline names (a
    lead goes on about its headline: "La France reconnaît la Palestine" / "Paris a franchi le pas")."""
    first, end = item.sentences[sentence]
    for lo, hi in ((first, end), item.sentences[0]):
        found = next(
            (m.canonical for m in item.mentions if lo <= m.first < hi and m.canonical in _RECOGNISABLE), None
        )
        if found is not None:
            return found
    return None


def _nothing_to_recognise(c: _RecognitionSentence) -> str | None:
    """No state to recognise in the sentence or the headline (faces, voices, merit ...)."""
    if _recognised_in(c.item, c.sentence) is not None:
        return None
    return c.verbs[0].entry


def _recognition_veto_words(c: _RecognitionSentence) -> str | None:
    first, end = c.item.sentences[c.sentence]
    for h in c.item.lists.recognition_vetoes.hits(c.item.tokens[first:end]):
        return f"{h.label}: {h.entry}"
    return None


RECOGNITION_VETOES: VetoTable[_RecognitionSentence] = VetoTable(
    "recognition",
    [
        Veto("nothing_to_recognise", "no state to recognise in the sentence", _nothing_to_recognise),
        Veto("listed", "a phrase of the language's recognition_vetoes list (internationally recognised, "
             "recognised as a refugee ...)", _recognition_veto_words),
    ],
)  # fmt: skip


def recognitions(item: _Item, trace: list[Dropped] | None) -> list[Recognition]:
    lists = item.lists
    verbs = _by_sentence(item, lists.recognition.hits(item.tokens))
    cues = _by_sentence(item, lists.status.hits(item.tokens))
    out: list[Recognition] = []
    seen: set[tuple[tuple[str, ...], str, str]] = set()
    unnamed: list[tuple[str, str, int]] = []
    for sentence, hits in sorted(verbs.items()):
        candidate = _RecognitionSentence(item, sentence, hits)
        veto = RECOGNITION_VETOES.first(candidate)
        if veto is not None:
            if trace is not None:
                trace.append(
                    Dropped("recognition", veto[0], veto[1], hits[0].entry, item.sentence_text(sentence))
                )
            continue
        first, end = item.sentences[sentence]
        mentions = [m for m in item.mentions if first <= m.first < end]
        recognised = _recognised_in(item, sentence) or ""
        # each recognition word, and each rejection cue, is a place a status is said
        anchors: list[tuple[int, str, str]] = []
        sentence_cues = cues.get(sentence, [])
        for v in hits:
            status, words = (v.label if v.label in _STATUS_ORDER else "done"), item.words(v.first, v.last)
            near = [c for c in sentence_cues if v.first - 6 <= c.first <= v.last + 2]
            for name in _STATUS_ORDER:
                got = next((c for c in near if c.label == name), None)
                if got is not None and _STATUS_ORDER.index(name) < _STATUS_ORDER.index(status):
                    status, words = name, f"{item.words(got.first, got.last)} {words}"
                    break
            anchors.append((v.first, status, words))
        for c in sentence_cues:
            if c.label == "rejected" and not any(abs(c.first - a[0]) <= 6 for a in anchors):
                anchors.append((c.first, "rejected", item.words(c.first, c.last)))
        groups: dict[str, list[Mention]] = {}
        for m in mentions:
            if m.kind not in _STATE_KINDS or m.canonical in _RECOGNISABLE or m.country in _RECOGNISABLE:
                continue
            nearest = min(anchors, key=lambda a: abs(a[0] - m.first))
            groups.setdefault(nearest[1], []).append(m)
        if not groups:
            unnamed.append((anchors[0][1], anchors[0][2], sentence))
        for status, members in groups.items():
            actors: list[str] = []
            for m in members:
                name = m.country or m.canonical
                if name not in actors:
                    actors.append(name)
            key = (tuple(sorted(actors)), recognised, status)
            if key in seen:
                continue
            seen.add(key)
            words = next(a[2] for a in anchors if a[1] == status)
            out.append(
                Recognition(
                    actors=tuple(actors),
                    recognized=recognised,
                    status=status,
                    evidence=item.sentence_text(sentence),
                    language=item.language,
                    why=Why(
                        recognizer=f"{item.language}:recognition_word",
                        trigger=tuple(item.words(h.first, h.last) for h in hits),
                        clause=item.sentence_text(sentence),
                        roles=tuple(
                            ("actor", f"{m.country or m.canonical}: '{item.words(m.first, m.last)}'")
                            for m in members
                        ),
                        status=f"{status} from '{words}'",
                    ),
                )
            )
    if not out and unnamed:
        status, words, sentence = unnamed[0]
        first, end = item.sentences[sentence]
        recognised = _recognised_in(item, sentence) or ""
        out.append(
            Recognition(
                actors=(), recognized=recognised, status=status, evidence=item.sentence_text(sentence),
                language=item.language,
                why=Why(recognizer=f"{item.language}:recognition_word", clause=item.sentence_text(sentence),
                        roles=(("actor", "no state named"),), status=f"{status} from '{words}'"),
            )
        )  # fmt: skip
    return out


# --- entry point -----------------------------------------------------------------------------------


def read_facts(
    language: str, title: str, summary: str, published: date | None = None, trace: list[Dropped] | None = None
) -> list[Fact]:
    """Every fact in one item written in `language` (which must have a lexicon file)."""
    text = f"{title}\n{summary}" if summary else title
    item = _read(language, text)
    facts: list[Fact] = []
    facts.extend(casualties(item, trace))
    facts.extend(embargoes(item, trace))
    facts.extend(recognitions(item, trace))
    return facts
