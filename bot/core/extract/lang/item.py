"""One item as the multilingual reader sees it: its tokens, sentences and clauses, every word list of
its language matched once, and the names in it (read when first asked for). Pure; no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache, partial

from bot.core.extract.lang.names import Mention, affixes, find_mentions
from bot.core.extract.lang.numbers import is_scale_word
from bot.core.extract.lang.tokens import Hit, Token, WordMatcher, fold, normalise, tokenize
from bot.core.extract.lexicon import Lexicon, lexicon, plain_lexicon

_SENTENCE_END = frozenset(".!?؟\n|。")
_CLAUSE_END = frozenset(",;:—–()،؛")


@dataclass
class Lists:
    """A language's word lists as matchers, built once per language."""

    lex: Lexicon
    casualty: WordMatcher
    toll: WordMatcher
    parts: WordMatcher
    parts_after: WordMatcher
    others: WordMatcher  # "otros", "weitere", "آخرين": beside a number, more of the victims named before
    of_them: WordMatcher  # "از آنان": after a number, its victims come after "of them"
    of_them_after: WordMatcher  # "חמישה מהם במצב קשה": a number then "of them", a part of the figure before
    victims: WordMatcher
    one_victim: WordMatcher
    scope: WordMatcher
    not_after: WordMatcher
    not_before: WordMatcher
    violence: WordMatcher
    history: WordMatcher
    not_violence: WordMatcher
    accident: WordMatcher
    hypothetical: WordMatcher
    gatherings: WordMatcher  # "похорон*", "funérailles": a funeral or a mourning an attack may strike
    modal: WordMatcher  # "podem", "pueden": right before a casualty word, a death that may come
    forecast: WordMatcher  # "craint que", "по прогнозам": a warning, in the figure's own clause
    toll_rises: WordMatcher  # "aumente", "s'alourdisse": after a fear, the toll rising (no forecast)
    disease: WordMatcher  # "холера", "dengue": an epidemic's toll, whatever war is around it
    war_context: WordMatcher  # "war", "conflict": violence words that set the scene, no attack
    wounded: WordMatcher
    attacking: WordMatcher
    attack_nouns: WordMatcher
    attacker_after: WordMatcher
    embargo: WordMatcher
    actions: WordMatcher
    recognition: WordMatcher
    status: WordMatcher
    bare_not: WordMatcher  # "nicht", "pas": a negation standing for a verb left out ("– Italien nicht")
    recognition_vetoes: WordMatcher
    embargo_vetoes: WordMatcher
    embargo_covers: WordMatcher  # "also", "covers": a later sentence saying what a ban takes in
    embargo_reasons: WordMatcher  # "لأن", "parce que": the words that open a reason
    embargo_agent: WordMatcher  # "imposé par", "על ידי", "tarafından": who decided, in a passive
    and_words: frozenset[str]  # "and" in this language, as tokens ("und", "ve", "و")
    and_proclitics: tuple[str, ...]  # the one-letter "and"s written onto the next word ("وإصابة")
    after_window: int  # how far after a number its casualty word may come
    cue_after: int  # how far after a recognition word its status cue may come
    person_before: int  # how far before a casualty word its one victim may come
    town_words: WordMatcher  # "بلدة", "قرية", "הכפר": a small town after one is a town, not a word
    policing: WordMatcher  # "police", "Polizei": not violence, unless the item names a place at war
    region_words: WordMatcher  # "district", "province": a town named before one lies in that region
    source_after: WordMatcher  # the words of an authority after its region's name
    destination: WordMatcher  # the words before a place people were moved to


def _labelled(lex: Lexicon, section: str) -> list[tuple[str, str]]:
    return [(key, w) for key in lex.sections.get(section, {}) for w in lex.words(section, key)]


def _number_words(lex: Lexicon) -> frozenset[str]:
    """The language's number words (lexicon [numbers]), folded as tokens are: what "<num>" stands for."""
    return frozenset(fold(w) for key in lex.sections.get("numbers", {}) for w in lex.words("numbers", key))


_CASUALTY_KINDS = ("killed", "injured", "missing", "killed_and_injured")


def _singular_phrases(lex: Lexicon) -> list[tuple[str, str]]:
    """The casualty phrases that open with a singular auxiliary (`[casualty] singular`: "a été tué",
    "resultó herido", "ficou ferido"): each names one victim, so the one-victim list takes them
    from the kind lists rather than a second copy. Optional: most languages have no such list."""
    if "singular" not in lex.sections.get("casualty", {}):
        return []
    auxiliaries = tuple(a + " " for a in lex.words("casualty", "singular"))
    phrases = _labelled(lex, "casualty")
    return [(k, w) for k, w in phrases if k in _CASUALTY_KINDS and w.startswith(auxiliaries)]


_BARE = "bare_not"


def _section_matcher(
    lex: Lexicon, prefixes: tuple[str, ...], section: str, keys: tuple[str, ...] | None = None
) -> WordMatcher:
    """The lists of a lexicon `section` (or only those named in `keys`) as one matcher, each hit labelled
    with its list's name; no hits for a section or list the language lacks."""
    pairs = _labelled(lex, section)
    if keys is not None:
        pairs = [(k, w) for k, w in pairs if k in keys]
    return WordMatcher(pairs, prefixes)


@lru_cache(maxsize=16)
def lists_of(language: str, plain: bool = False) -> Lists:
    """The lists as matchers; `plain`: without their accents, for a text written without them."""
    lex = plain_lexicon(language) if plain else lexicon(language)
    pre = affixes(lex, "prefixes")
    m = partial(_section_matcher, lex, pre)

    and_words = frozenset(fold(w) for w in lex.words("quantities", "and"))
    return Lists(
        lex=lex,
        casualty=m("casualty", _CASUALTY_KINDS),
        toll=m("casualty", ("toll",)),
        parts=m("casualty", ("parts",)),
        parts_after=m("casualty", ("parts_after",)),  # optional: "12'si çocuk" (12 of them children)
        others=m("casualty", ("others",)),  # optional, as is the next
        of_them=m("casualty", ("of_them",)),
        of_them_after=m("casualty", ("of_them_after",)),  # optional
        victims=m("victims"),
        one_victim=WordMatcher(_labelled(lex, "one_victim") + _singular_phrases(lex), pre),
        scope=m("scope"),
        not_after=m("not_a_figure", ("after",)),
        not_before=m("not_a_figure", ("before",)),
        violence=m("context", ("violence",)),
        history=m("context", ("history",)),
        not_violence=m("context", ("not_violence",)),
        accident=m("context", ("accident",)),  # optional: a language without it has none
        hypothetical=m("context", ("hypothetical",)),  # optional, as are the next eight
        gatherings=m("context", ("gatherings",)),  # optional, as the next
        modal=m("context", ("modal",)),
        forecast=m("context", ("forecast",)),
        toll_rises=m("context", ("toll_rises",)),
        disease=m("context", ("disease",)),
        war_context=m("context", ("war_context",)),
        wounded=m("context", ("wounded",)),
        attacking=m("context", ("attacking",)),
        attack_nouns=m("context", ("attack_nouns", "backed_by", "border_with")),  # a backer, a neighbour too
        attacker_after=m("context", ("attacker_after", "border_after")),  # "Ermenistan sınırında"
        embargo=m("embargo"),
        actions=WordMatcher(_labelled(lex, "embargo_action"), pre, _number_words(lex)),
        recognition=m("recognition"),
        # a bare negation is read on its own, never in place of a longer cue it opens ("לא יכירו")
        status=m("recognition_status", tuple(k for k in lex.sections["recognition_status"] if k != _BARE)),
        bare_not=m("recognition_status", (_BARE,)),
        recognition_vetoes=m("recognition_vetoes"),
        embargo_vetoes=m("embargo_vetoes"),
        embargo_covers=m("embargo_scope", ("covers",)),  # optional: a language without it has none
        embargo_reasons=m("embargo_scope", ("because",)),  # optional, as the list above
        embargo_agent=m("embargo_agent"),  # optional, as is the list above
        and_words=and_words,
        and_proclitics=tuple(w for w in and_words if len(w) == 1),
        # verb-final languages (Persian) put the verb after the whole clause: "۱۵ نفر در حمله هوایی
        # اسرائیل به جنوب لبنان کشته شدند"
        after_window=int(lex.sections["language"].get("after_window", 8)),
        cue_after=int(lex.sections["language"].get("cue_after", 2)),
        person_before=int(lex.sections["language"].get("person_before", 3)),
        town_words=m("names", ("town_words",)),  # optional: a language without it reads no small town
        policing=m("context", ("policing",)),  # optional, as the list above
        region_words=m("names", ("region_words",)),  # optional, as the list above
        source_after=m("context", ("source_after",)),  # optional, as the list above
        destination=m("context", ("destination",)),  # optional: where the displaced or wounded were moved
    )


@lru_cache(maxsize=64)
def section_matcher(language: str, plain: bool, section: str) -> WordMatcher:
    """Every list of an optional lexicon `section` as one matcher, for readers whose sections are not
    among the `Lists` (each hit labelled with its list's name)."""
    lex = lists_of(language, plain).lex
    return _section_matcher(lex, affixes(lex, "prefixes"), section)


# --- the item, read once ---------------------------------------------------------------------------


@dataclass
class Item:
    language: str
    original: str
    where: list[int]
    norm: str
    tokens: list[Token]
    sentence_of: list[int]  # token index -> sentence number
    clause_of: list[int]  # token index -> clause number (over the whole text)
    sentences: list[tuple[int, int]]  # (first token, last token + 1)
    lists: Lists
    plain: bool = False  # a Latin-script text written without accents, read with lists without them

    @cached_property
    def mentions(self) -> list[Mention]:
        """The names in the item, read only when a candidate needs a place or a state."""
        return find_mentions(self.language, self.tokens, self.original, self.where, self.plain)

    @cached_property
    def towns(self) -> list[Mention]:
        """The small towns among the words no other name holds, read only when a figure needs a place;
        none in a text typed without accents (its town table would be built from the sources, ~1 s,
        for the rare item that needs one)."""
        if self.plain:
            return []
        taken = frozenset(j for m in self.mentions for j in range(m.first, m.last + 1))
        return find_mentions(self.language, self.tokens, self.original, self.where, self.plain, taken)

    def words(self, first: int, last: int) -> str:
        """The original text of tokens first..last."""
        a = self.where[self.tokens[first].start]
        b = self.where[self.tokens[last].end - 1] + 1
        return self.original[a:b]

    def sentence_text(self, s: int) -> str:
        first, end = self.sentences[s]
        return " ".join(self.words(first, end - 1).split())

    def sentence_tokens(self, s: int) -> list[Token]:
        first, end = self.sentences[s]
        return self.tokens[first:end]

    def listed(self, words: WordMatcher, s: int) -> str | None:
        """The first phrase of a veto list in sentence `s`, as "label: entry" (what `why` shows)."""
        hits = words.hits(self.sentence_tokens(s))
        return f"{hits[0].label}: {hits[0].entry}" if hits else None


def _gershayim(gap: str, norm: str, at: int) -> bool:
    """'צה"ל', 'או"ם': a double quote inside a Hebrew word marks an acronym, not a quotation."""
    return gap == '"' and "\u05d0" <= norm[at] <= "\u05ea" and "\u05d0" <= norm[at - 2] <= "\u05ea"


def _abbreviated_scale(language: str, plain: bool, before: Token, after: Token, gap: str) -> bool:
    """'2 тыс. 300', '3 тис. 200': the dot of an abbreviated scale word before the rest of the number
    ends no sentence."""
    return (
        after.is_number
        and gap.strip() == "."
        and not before.is_number
        and is_scale_word(language, before.text, plain)
    )


def read_item(language: str, text: str, plain: bool = False) -> Item:
    norm, where = normalise(text, join_prefixes=True)
    tokens = tokenize(norm)
    sentence_of: list[int] = []
    clause_of: list[int] = []
    sentences: list[tuple[int, int]] = []
    s = c = 0
    first = 0
    for i, tok in enumerate(tokens):
        if i:
            gap = norm[tokens[i - 1].end : tok.start]
            if gap == " ":  # most gaps: one space ends neither a sentence nor a clause
                sentence_of.append(s)
                clause_of.append(c)
                continue
            original_first = text[where[tok.start]]
            ends = any(ch in _SENTENCE_END for ch in gap) and not (
                (original_first.islower() and "\n" not in gap)
                or _abbreviated_scale(language, plain, tokens[i - 1], tok, gap)
            )
            if ends:
                sentences.append((first, i))
                first = i
                s += 1
                c += 1
            elif any(ch in _CLAUSE_END for ch in gap) and not _gershayim(gap, norm, tok.start):
                c += 1
        sentence_of.append(s)
        clause_of.append(c)
    if tokens:
        sentences.append((first, len(tokens)))
    lists = lists_of(language, plain)
    return Item(language, text, where, norm, tokens, sentence_of, clause_of, sentences, lists, plain)


def by_sentence(item: Item, hits: list[Hit]) -> dict[int, list[Hit]]:
    out: dict[int, list[Hit]] = {}
    for h in hits:
        out.setdefault(item.sentence_of[h.first], []).append(h)
    return out


# --- casualties ------------------------------------------------------------------------------------
