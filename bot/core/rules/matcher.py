"""Compiled rules and the matcher (pure: entries and facts in, RuleMatch values out).

Cost per item does not grow with the number of keyword rules: every phrase of every rule is one key
of ONE Aho–Corasick automaton (pyahocorasick), run once over the case-folded title and once over the
summary; each hit is checked for word boundaries and mapped to the rules that use the phrase. Only
rules with a hit (or whose regex matched) are evaluated. Admin regexes run on RE2 (linear time, so
no pattern can hang the bot), all of them through one `re2.Set` pass per field.

Trigger rules filter the facts they are given (extracted once per item, by the caller).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import ahocorasick
import re2

from bot.core.extract import extract_facts
from bot.core.extract.places import regions_of as places_regions_of
from bot.core.model import (
    Entry,
    Fact,
    RuleMatch,
    Severity,
    Trigger,
    UpdateMode,
)
from bot.core.rules import messages
from bot.core.rules.errors import RuleError
from bot.core.rules.fact_filters import RegionsOf, fact_predicate
from bot.core.rules.phrase_text import (
    distinct_phrases,
    fold,
    is_word_char,
    normalize,
    phrase_key,
    squeeze,
    straighten,
)
from bot.core.rules.rule_regex import compile_regex, re2_options, with_case
from bot.core.rules.schema import (
    CasualtyRule,
    ExampleItem,
    KeywordsRule,
    Rule,
)

ExtractFacts = Callable[[str, str, date | None], Sequence[Fact]]

_INDEX_BITS = 24  # memo keys: phrase-hit mask << _INDEX_BITS | rule index
_MEMO_LIMIT = 100_000
_UNKNOWN: Any = object()
_TITLE = 1
_SUMMARY = 2
_FIELD_BITS = {"title": _TITLE, "summary": _SUMMARY}


@dataclass(frozen=True, slots=True)
class RuleOrigin:
    """Where a rule was written: for error messages from `run_examples`."""

    file: str
    line: int
    column: int
    examples: tuple[tuple[str, int, int, int], ...] = ()  # (match|no_match, index, line, column)

    def example_position(self, kind: str, index: int) -> tuple[int, int]:
        for k, i, line, col in self.examples:
            if k == kind and i == index:
                return line, col
        return self.line, self.column


# One use of one automaton key: (rule index, bit of the phrase in the rule's hit mask, fields it
# reads, whole-word check at start, at end, the phrase as written when case-sensitive or None).
_Slot = tuple[int, int, int, bool, bool, str | None]


@dataclass(frozen=True, slots=True)
class _Compiled:
    index: int
    rule: Rule
    trigger: Trigger
    severity: Severity
    allow: frozenset[str]
    deny: frozenset[str]
    routes: tuple[str, ...]
    enabled: bool
    # keywords rules: a hit sets the phrase's bit in the rule's mask (any phrases first, then all
    # phrases, then one bit for every none phrase)
    any_phrases: tuple[str, ...] = ()
    all_phrases: tuple[str, ...] = ()
    any_mask: int = 0
    all_mask: int = 0
    none_mask: int = 0
    regex: Any = None  # re2 compiled pattern
    fields: int = _TITLE | _SUMMARY
    languages: frozenset[str] | None = None  # `languages`: only items in these
    # trigger rules
    accepts: Callable[[Fact], bool] | None = None
    update: UpdateMode = UpdateMode.NEW  # casualty rules' `update`
    min_increase: int = 1  # casualty rules' `when.change`
    min_increase_percent: float = 0.0

    @property
    def memoizable(self) -> bool:
        """Its decision depends on the phrase hits only (no regex text, no source filter)."""
        return self.regex is None and not self.filters_sources and self.languages is None

    @property
    def filters_sources(self) -> bool:
        return bool(self.allow or self.deny)

    def source_ok(self, entry: Entry) -> bool:
        names = {entry.source.casefold(), entry.feed_id.casefold()}
        if self.allow and not names & self.allow:
            return False
        return not names & self.deny


class RuleSet:
    """Rules compiled for matching. Immutable: reloading builds a new RuleSet."""

    __slots__ = (
        "_automaton",
        "_by_trigger",
        "_compiled",
        "_memo",
        "_origins",
        "_regex_rules",
        "_regex_set",
        "_regions",
    )

    def __init__(
        self,
        rules: Sequence[Rule],
        origins: Sequence[RuleOrigin] | None = None,
        regions_of: RegionsOf | None = None,
    ) -> None:
        self._origins = (
            tuple(origins) if origins is not None else tuple(RuleOrigin("<rules>", 1, 1) for _ in rules)
        )
        self._regions = _region_lookup(regions_of or places_regions_of)
        compiled: list[_Compiled] = []
        keys: dict[str, list[_Slot]] = {}
        regex_rules: list[int] = []
        for index, rule in enumerate(rules):
            base = _common_fields(index, rule)
            if isinstance(rule, KeywordsRule):
                compiled.append(_compile_keywords(base, rule, keys))
                if rule.regex is not None:
                    regex_rules.append(index)
            else:
                compiled.append(_Compiled(**base, accepts=fact_predicate(rule, self._regions)))
        self._compiled = tuple(compiled)
        # (phrase-hit mask, rule) -> decision, for rules whose decision depends on the hits alone.
        # RuleMatch values are immutable, so one decision serves every entry with the same hits.
        self._memo: dict[int, RuleMatch | None] = {}
        self._automaton: Any = _phrase_automaton(keys) if keys else None
        self._regex_rules = tuple(regex_rules)
        self._regex_set: Any = _regex_set(rules, regex_rules) if len(regex_rules) > 1 else None
        by_trigger: dict[str, list[_Compiled]] = {}
        for c in self._compiled:
            if c.accepts is not None:
                by_trigger.setdefault(c.trigger.value, []).append(c)
        self._by_trigger = {k: tuple(v) for k, v in by_trigger.items()}

    # --- public -----------------------------------------------------------------------------------

    @property
    def rules(self) -> tuple[Rule, ...]:
        return tuple(c.rule for c in self._compiled)

    @property
    def origins(self) -> tuple[RuleOrigin, ...]:
        return self._origins

    def get(self, rule_id: str) -> Rule | None:
        for c in self._compiled:
            if c.rule.id == rule_id:
                return c.rule
        return None

    def __len__(self) -> int:
        return len(self._compiled)

    def match(self, entry: Entry, facts: Sequence[Fact]) -> list[RuleMatch]:
        """Every enabled rule that fires on this entry, in rule order (files sorted, then file order)."""
        found: list[tuple[int, RuleMatch]] = []
        if self._automaton is not None or self._regex_rules:
            found = self._match_keywords(entry, None)
        if not facts or not self._by_trigger:
            return [m for _, m in found]  # already in rule order
        if facts:
            for fact_type, rules in self._by_trigger.items():
                of_type = [f for f in facts if f.type == fact_type]
                if not of_type:
                    continue
                for c in rules:
                    if not c.enabled:
                        continue
                    m = self._match_facts(c, entry, of_type)
                    if m is not None:
                        found.append((c.index, m))
        found.sort(key=lambda pair: pair[0])
        return [m for _, m in found]

    def run_examples(self, extract: ExtractFacts | None = None) -> list[RuleError]:
        """Run every rule's examples (disabled rules too); each failing example is one error."""
        errors: list[RuleError] = []
        extractor = extract or extract_facts
        for c in self._compiled:
            origin = self._origins[c.index]
            for kind, items in (("match", c.rule.examples.match), ("no_match", c.rule.examples.no_match)):
                for i, item in enumerate(items):
                    message = self._check_example(c, kind, item, extractor)
                    if message is None:
                        continue
                    line, col = origin.example_position(kind, i)
                    errors.append(
                        RuleError(origin.file, line, col, c.rule.id, f"examples.{kind}[{i}]", message)
                    )
        return errors

    # --- keywords ---------------------------------------------------------------------------------

    def _match_keywords(self, entry: Entry, only: int | None) -> list[tuple[int, RuleMatch]]:
        hits: dict[int, int] = {}
        regex_hits: dict[int, str] = {}
        if self._automaton is not None:
            self._scan(entry.title, entry.summary, hits)
        if self._regex_rules:
            for bit, text in ((_TITLE, entry.title), (_SUMMARY, entry.summary)):
                if text:
                    self._scan_regex(text, bit, regex_hits)
        out: list[tuple[int, RuleMatch]] = []
        if only is not None:
            candidates: Iterable[int] = (only,)
        elif regex_hits:
            candidates = sorted(hits.keys() | regex_hits.keys())
        else:
            candidates = sorted(hits)
        compiled = self._compiled
        if only is not None:
            m = _judge_keywords(compiled[only], entry, hits.get(only, 0), regex_hits.get(only))
            return [(only, m)] if m is not None else []
        memo = self._memo
        for index in candidates:
            mask = hits.get(index, 0)
            key = (mask << _INDEX_BITS) | index
            m = memo.get(key, _UNKNOWN)
            if m is _UNKNOWN:
                c = compiled[index]
                m = _judge_keywords(c, entry, mask, regex_hits.get(index)) if c.enabled else None
                if c.memoizable:
                    if len(memo) >= _MEMO_LIMIT:
                        memo.clear()
                    memo[key] = m
            if m is not None:
                out.append((index, m))
        return out

    def _scan(self, title: str, summary: str, hits: dict[int, int]) -> None:
        """One automaton pass over "title\nsummary" (normalized, folded); records phrase bits per rule."""
        norm_title = squeeze(title)
        norm = straighten(f"{norm_title}\n{squeeze(summary)}")  # as normalize(), both fields
        low = fold(norm)  # phrases hold no newline, so no hit spans title and summary
        boundary = len(norm_title)
        last = len(low) - 1
        for end, (length, check_left, check_right, slots) in self._automaton.iter(low):
            start = end - length + 1
            left_ok = right_ok = True
            if check_left and start > 0:
                c = low[start - 1]
                left_ok = not (c.isalnum() or c == "_")
            if check_right and end < last:
                c = low[end + 1]
                right_ok = not (c.isalnum() or c == "_")
            field_bit = _TITLE if end < boundary else _SUMMARY
            for rule, mask, fields, need_left, need_right, exact in slots:
                if not fields & field_bit:
                    continue
                if (need_left and not left_ok) or (need_right and not right_ok):
                    continue
                if exact is not None and norm[start : end + 1] != exact:
                    continue
                hits[rule] = hits.get(rule, 0) | mask

    def _scan_regex(self, text: str, bit: int, regex_hits: dict[int, str]) -> None:
        if self._regex_set is not None:
            matched = self._regex_set.Match(text) or ()
            indexes = [self._regex_rules[i] for i in matched]
        else:
            indexes = list(self._regex_rules)
        for index in indexes:
            c = self._compiled[index]
            if not c.fields & bit or index in regex_hits:
                continue
            m = c.regex.search(text)
            if m is not None:
                regex_hits[index] = m.group(0)

    # --- facts ------------------------------------------------------------------------------------

    @staticmethod
    def _match_facts(c: _Compiled, entry: Entry, facts: Sequence[Fact]) -> RuleMatch | None:
        assert c.accepts is not None
        accepted = tuple(
            f for f in facts if c.accepts(f) and (c.languages is None or f.language in c.languages)
        )
        if not accepted or not c.source_ok(entry):
            return None
        return _rule_match(c, accepted, ())

    # --- examples ---------------------------------------------------------------------------------

    def _check_example(
        self, c: _Compiled, kind: str, item: str | ExampleItem, extractor: ExtractFacts
    ) -> str | None:
        if isinstance(item, str):
            title, summary, source = "", item, "example"
        else:
            title, summary, source = item.title, item.summary, item.source
        entry = Entry("example", f"{c.rule.id}:{kind}", title, summary, "", None, source)
        if c.accepts is None:
            found = self._match_keywords(entry, c.index)
            match = found[0][1] if found else None
        else:
            facts = [f for f in extractor(title, summary, None) if f.type == c.trigger.value]
            match = self._match_facts(c, entry, facts) if facts else None
        shown = _quote(f"{title} — {summary}" if title and summary else title or summary)
        if kind == "match" and match is None:
            rule = c.rule
            if isinstance(item, str) and isinstance(rule, KeywordsRule) and "summary" not in rule.fields:
                return messages.EXAMPLE_MISSED_FIELDS.format(text=shown, fields=", ".join(rule.fields))
            return messages.EXAMPLE_MISSED.format(text=shown)
        if kind == "no_match" and match is not None:
            return messages.EXAMPLE_UNEXPECTED.format(why=_why(match), text=shown)
        return None


def _region_lookup(region_fn: RegionsOf) -> RegionsOf:
    """The region tags of a place (with the place itself), case-folded and remembered."""
    cache: dict[str, frozenset[str]] = {}

    def regions(place: str) -> frozenset[str]:
        tags = cache.get(place)
        if tags is None:
            tags = frozenset(t.casefold() for t in region_fn(place)) | {place.casefold()}
            cache[place] = tags
        return tags

    return regions


def _common_fields(index: int, rule: Rule) -> dict[str, Any]:
    """The fields of `_Compiled` every kind of rule has."""
    allow = frozenset(s.casefold() for s in rule.sources.allow) if rule.sources else frozenset()
    deny = frozenset(s.casefold() for s in rule.sources.deny) if rule.sources else frozenset()
    base: dict[str, Any] = {
        "index": index,
        "rule": rule,
        "trigger": Trigger(rule.trigger),
        "severity": Severity(rule.severity),
        "allow": allow,
        "deny": deny,
        "routes": tuple(rule.routes),
        "enabled": rule.enabled,
        "update": UpdateMode(rule.update) if isinstance(rule, CasualtyRule) else UpdateMode.NEW,
        "languages": frozenset(rule.languages) if rule.languages else None,
    }
    if isinstance(rule, CasualtyRule):
        base["min_increase"] = rule.when.change.min_increase
        base["min_increase_percent"] = rule.when.change.min_increase_percent
    return base


def _compile_keywords(base: dict[str, Any], rule: KeywordsRule, keys: dict[str, list[_Slot]]) -> _Compiled:
    """A keywords rule compiled, its phrases added to the automaton's `keys`."""
    index = base["index"]
    fields = 0
    for f in rule.fields:
        fields |= _FIELD_BITS[f]
    any_phrases = distinct_phrases(rule.any)
    all_phrases = distinct_phrases(rule.all)
    n_any, n_all = len(any_phrases), len(all_phrases)
    for bit, phrase in enumerate((*any_phrases, *all_phrases)):
        _add_key(keys, phrase, (index, 1 << bit, fields, *_checks(phrase, rule)))
    none_bit = 1 << (n_any + n_all)
    for phrase in distinct_phrases(rule.none):
        _add_key(keys, phrase, (index, none_bit, fields, *_checks(phrase, rule)))
    return _Compiled(
        **base,
        any_phrases=any_phrases,
        all_phrases=all_phrases,
        any_mask=(1 << n_any) - 1,
        all_mask=((1 << n_all) - 1) << n_any,
        none_mask=none_bit if rule.none else 0,
        regex=compile_regex(rule.regex, rule.case_sensitive) if rule.regex is not None else None,
        fields=fields,
    )


def _phrase_automaton(keys: dict[str, list[_Slot]]) -> Any:
    """One Aho–Corasick automaton over every phrase of every keywords rule."""
    automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
    for key, slots in keys.items():
        check_left = any(slot[3] for slot in slots)
        check_right = any(slot[4] for slot in slots)
        automaton.add_word(key, (len(key), check_left, check_right, tuple(slots)))
    automaton.make_automaton()
    return automaton


def _regex_set(rules: Sequence[Rule], regex_rules: Sequence[int]) -> Any:
    """The rules' regexes as one RE2 set, run in one pass per field."""
    regex_set = re2.Set.SearchSet(re2_options(case_sensitive=True))
    for index in regex_rules:
        rule = rules[index]
        assert isinstance(rule, KeywordsRule) and rule.regex is not None
        regex_set.Add(with_case(rule.regex, rule.case_sensitive))
    regex_set.Compile()
    return regex_set


def _rule_match(c: _Compiled, facts: tuple[Fact, ...], phrases: tuple[str, ...]) -> RuleMatch:
    rule = c.rule
    # positional, in RuleMatch's field order (keyword arguments cost more on this hot path)
    return RuleMatch(
        rule.id, c.trigger, c.severity, c.routes, facts, phrases, rule.realert_hours, rule.template, c.update,
        c.min_increase, c.min_increase_percent,
    )  # fmt: skip


def _judge_keywords(c: _Compiled, entry: Entry, hits: int, regex_text: str | None) -> RuleMatch | None:
    if c.any_mask and not hits & c.any_mask:
        return None
    if hits & c.all_mask != c.all_mask:
        return None
    if hits & c.none_mask:
        return None
    if c.regex is not None and regex_text is None:
        return None
    if c.filters_sources and not c.source_ok(entry):
        return None
    if c.languages is not None and entry_language(entry) not in c.languages:
        return None
    phrases = [p for i, p in enumerate(c.any_phrases) if hits >> i & 1]
    phrases.extend(c.all_phrases)
    if regex_text is not None:
        phrases.append(regex_text)
    return _rule_match(c, (), tuple(phrases))


def entry_language(entry: Entry) -> str:
    """The language an entry is written in (for keywords rules with `languages`; trigger rules read
    it from their facts). Identified only when such a rule's phrases hit."""
    from bot.core.extract.lang import identify

    return identify(entry.text, entry.language)


def _checks(phrase: str, rule: KeywordsRule) -> tuple[bool, bool, str | None]:
    key = phrase_key(phrase)
    return (
        rule.whole_word and is_word_char(key[0]),
        rule.whole_word and is_word_char(key[-1]),
        normalize(phrase) if rule.case_sensitive else None,
    )


def _add_key(keys: dict[str, list[_Slot]], phrase: str, slot: _Slot) -> None:
    keys.setdefault(phrase_key(phrase), []).append(slot)


def _quote(text: str, limit: int = 100) -> str:
    text = normalize(text).strip()
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f'"{text}"'


def _why(match: RuleMatch) -> str:
    parts: list[str] = []
    for fact in match.facts:
        shape = fact.to_json()
        details = ", ".join(f"{k}={v}" for k, v in shape.items() if k != "type" and v not in (None, []))
        parts.append(f"{shape['type']} {details}")
    if match.matched_phrases:
        parts.append("phrases: " + ", ".join(repr(p) for p in match.matched_phrases))
    return "; ".join(parts)
