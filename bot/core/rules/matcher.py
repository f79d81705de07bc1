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
from bot.core.extract.places import canonical_name
from bot.core.extract.places import regions_of as places_regions_of
from bot.core.model import (
    ArmsEmbargo,
    CasualtyFigure,
    Entry,
    Fact,
    Recognition,
    RuleMatch,
    Severity,
    Trigger,
    UpdateMode,
)
from bot.core.rules import messages
from bot.core.rules.errors import RuleError
from bot.core.rules.schema import (
    CasualtyRule,
    EmbargoRule,
    ExampleItem,
    KeywordsRule,
    RecognitionRule,
    Rule,
)

RegionsOf = Callable[[str], frozenset[str]]
ExtractFacts = Callable[[str, str, date | None], Sequence[Fact]]

_INDEX_BITS = 24  # memo keys: phrase-hit mask << _INDEX_BITS | rule index
_MEMO_LIMIT = 100_000
_UNKNOWN: Any = object()
_TITLE = 1
_SUMMARY = 2
_FIELD_BITS = {"title": _TITLE, "summary": _SUMMARY}

_PUNCT = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("‐", "-"), ("‑", "-"))


def _straighten(text: str) -> str:
    for fancy, plain in _PUNCT:
        if fancy in text:
            text = text.replace(fancy, plain)
    return text


_ODD_SPACE = ("  ", "\n", "\t", "\r", "\xa0", "\u2009", "\u202f", "\u3000")


def _squeeze(text: str) -> str:
    """Whitespace runs -> one space; the common case (single spaces only) is only checked."""
    for odd in _ODD_SPACE:
        if odd in text:
            return " ".join(text.split())
    return text


def normalize(text: str) -> str:
    """Whitespace runs -> one space (ends trimmed); typographic quotes and hyphens -> ASCII."""
    return _squeeze(_straighten(text)).strip()


def fold(text: str) -> str:
    """Lower-case without changing the length, so positions in the folded text are positions in `text`."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


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


def _names(values: Iterable[str] | None) -> frozenset[str] | None:
    return None if values is None else frozenset(v.casefold() for v in values)


def _place_names(values: Iterable[str] | None) -> frozenset[str] | None:
    """Countries and organisations as admins write them ("UK", "Britain", "EU") compared by the
    canonical names the extractors produce ("United Kingdom", "European Union")."""
    if values is None:
        return None
    return frozenset((canonical_name(v) or v).casefold() for v in values)


def _location_in(location: str, wanted: frozenset[str]) -> bool:
    """A location matches a rule's `locations` whole ("Kharkiv, Ukraine") or by any of its parts
    ("Kharkiv" or "Ukraine"): the extractor keeps a city with its country."""
    parts = [location, *(p.strip() for p in location.split(","))]
    return any(p.casefold() in wanted or (canonical_name(p) or p).casefold() in wanted for p in parts if p)


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
        region_fn = regions_of or places_regions_of
        cache: dict[str, frozenset[str]] = {}

        def regions(place: str) -> frozenset[str]:
            tags = cache.get(place)
            if tags is None:
                tags = frozenset(t.casefold() for t in region_fn(place)) | {place.casefold()}
                cache[place] = tags
            return tags

        self._regions = regions
        compiled: list[_Compiled] = []
        keys: dict[str, list[_Slot]] = {}
        regex_rules: list[int] = []
        for index, rule in enumerate(rules):
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
            if isinstance(rule, KeywordsRule):
                fields = 0
                for f in rule.fields:
                    fields |= _FIELD_BITS[f]
                any_phrases = _distinct(rule.any)
                all_phrases = _distinct(rule.all)
                n_any, n_all = len(any_phrases), len(all_phrases)
                for bit, phrase in enumerate((*any_phrases, *all_phrases)):
                    _add_key(keys, phrase, (index, 1 << bit, fields, *_checks(phrase, rule)))
                none_bit = 1 << (n_any + n_all)
                for phrase in _distinct(rule.none):
                    _add_key(keys, phrase, (index, none_bit, fields, *_checks(phrase, rule)))
                regex = None
                if rule.regex is not None:
                    regex = compile_regex(rule.regex, rule.case_sensitive)
                    regex_rules.append(index)
                compiled.append(
                    _Compiled(
                        **base,
                        any_phrases=any_phrases,
                        all_phrases=all_phrases,
                        any_mask=(1 << n_any) - 1,
                        all_mask=((1 << n_all) - 1) << n_any,
                        none_mask=none_bit if rule.none else 0,
                        regex=regex,
                        fields=fields,
                    )
                )
            else:
                compiled.append(_Compiled(**base, accepts=self._predicate(rule)))
        self._compiled = tuple(compiled)
        # (phrase-hit mask, rule) -> decision, for rules whose decision depends on the hits alone.
        # RuleMatch values are immutable, so one decision serves every entry with the same hits.
        self._memo: dict[int, RuleMatch | None] = {}
        self._automaton: Any = None
        if keys:
            automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
            for key, slots in keys.items():
                check_left = any(slot[3] for slot in slots)
                check_right = any(slot[4] for slot in slots)
                automaton.add_word(key, (len(key), check_left, check_right, tuple(slots)))
            automaton.make_automaton()
            self._automaton = automaton
        self._regex_rules = tuple(regex_rules)
        self._regex_set: Any = None
        if len(regex_rules) > 1:
            regex_set = re2.Set.SearchSet(_re2_options(case_sensitive=True))
            for index in regex_rules:
                rule = rules[index]
                assert isinstance(rule, KeywordsRule) and rule.regex is not None
                regex_set.Add(_with_case(rule.regex, rule.case_sensitive))
            regex_set.Compile()
            self._regex_set = regex_set
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
        norm_title = _squeeze(title)
        norm = _straighten(f"{norm_title}\n{_squeeze(summary)}")  # as normalize(), both fields
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

    def _predicate(self, rule: CasualtyRule | EmbargoRule | RecognitionRule) -> Callable[[Fact], bool]:
        if isinstance(rule, CasualtyRule):
            return self._casualty_predicate(rule)
        if isinstance(rule, EmbargoRule):
            w = rule.when
            actions = frozenset(w.actions) if w.actions else None
            actors, targets = _place_names(w.actors), _place_names(w.targets)

            def embargo(f: Fact) -> bool:
                if not isinstance(f, ArmsEmbargo):
                    return False
                if actions is not None and f.action not in actions:
                    return False
                if actors is not None and (f.actor is None or f.actor.casefold() not in actors):
                    return False
                return targets is None or (f.target is not None and f.target.casefold() in targets)

            return embargo
        w2 = rule.when
        statuses = frozenset(w2.statuses) if w2.statuses else None
        r_actors, recognized = _place_names(w2.actors), _place_names(w2.recognized)

        def recognition(f: Fact) -> bool:
            if not isinstance(f, Recognition):
                return False
            if statuses is not None and f.status not in statuses:
                return False
            if r_actors is not None and not any(a.casefold() in r_actors for a in f.actors):
                return False
            return recognized is None or f.recognized.casefold() in recognized

        return recognition

    def _casualty_predicate(self, rule: CasualtyRule) -> Callable[[Fact], bool]:
        w = rule.when
        kinds = frozenset(w.kind) if w.kind else None
        low, high = w.min_count, w.max_count
        counted = low is not None or high is not None
        locations, victims, wanted = _place_names(w.locations), _names(w.victims), _names(w.regions)
        regions = self._regions

        def casualty(f: Fact) -> bool:
            if not isinstance(f, CasualtyFigure):
                return False
            if kinds is not None and f.kind not in kinds:
                return False
            if counted:
                if f.count is None:
                    # a vague figure with a floor ("hundreds": at least 200) fires a min_count-only rule
                    # it is sure to meet; with a max_count it is unsure, so only with include_uncounted
                    floor = f.lower_bound
                    if floor is not None and high is not None and floor > high:
                        return False
                    sure = floor is not None and low is not None and high is None and floor >= low
                    if not sure and not w.include_uncounted:
                        return False
                elif (low is not None and f.count < low) or (high is not None and f.count > high):
                    return False
            if w.cumulative is not None and f.cumulative != w.cumulative:
                return False
            if locations is not None and (f.location is None or not _location_in(f.location, locations)):
                return False
            if victims is not None and (f.victims is None or f.victims.casefold() not in victims):
                return False
            if wanted is not None:
                tags: frozenset[str] = frozenset()
                for place in (f.location, f.victims):
                    if place:
                        tags |= regions(place)
                if not tags & wanted:
                    return False
            return True

        return casualty

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


def _key(phrase: str) -> str:
    return fold(normalize(phrase))


def _distinct(phrases: Sequence[str]) -> tuple[str, ...]:
    """The rule's phrases without repeats (after normalizing and folding), in written order."""
    seen: set[str] = set()
    out: list[str] = []
    for phrase in phrases:
        key = _key(phrase)
        if key not in seen:
            seen.add(key)
            out.append(phrase)
    return tuple(out)


def _checks(phrase: str, rule: KeywordsRule) -> tuple[bool, bool, str | None]:
    key = _key(phrase)
    return (
        rule.whole_word and _is_word(key[0]),
        rule.whole_word and _is_word(key[-1]),
        normalize(phrase) if rule.case_sensitive else None,
    )


def _add_key(keys: dict[str, list[_Slot]], phrase: str, slot: _Slot) -> None:
    keys.setdefault(_key(phrase), []).append(slot)


def _re2_options(case_sensitive: bool) -> Any:
    options = re2.Options()
    options.log_errors = False
    options.case_sensitive = case_sensitive
    return options


def _with_case(pattern: str, case_sensitive: bool) -> str:
    return pattern if case_sensitive else f"(?i:{pattern})"


def compile_regex(pattern: str, case_sensitive: bool) -> Any:
    """RE2 compile; raises re2.error (message as bytes or str) on bad syntax."""
    return re2.compile(pattern, _re2_options(case_sensitive))


def regex_error(pattern: str) -> str | None:
    """The RE2 syntax error of `pattern`, or None when it compiles."""
    try:
        compile_regex(pattern, True)
    except re2.error as exc:
        reason = exc.args[0] if exc.args else exc
        return reason.decode("utf-8", "replace") if isinstance(reason, bytes) else str(reason)
    return None


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
