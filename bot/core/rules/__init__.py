"""The rule language: what admins write in `rules/*.yaml`, how it is checked, and how it matches.

A rule file is a YAML list of rules. Every rule has an `id` (unique across files), a `trigger`, a
`severity` (low | medium | high) and optionally `description`, `routes` (destination ids from the
configuration; empty = the configuration's routes decide), `realert_hours` (this rule's event
window), `template` (a Jinja2 text replacing the alert text), `enabled` (default true), `sources`
(`allow` / `deny` lists of outlet names or feed ids) and `examples` (`match` / `no_match` items,
run by `conflict-alerts check` like unit tests; a plain string is an item's summary).

Triggers (an explicit registry, `schema.RULE_MODELS`):

- `casualty`, `arms_embargo`, `recognition`: fire on the facts the extractors read from an item,
  filtered by a `when:` block. casualty: `kind`, `min_count`, `max_count`, `include_uncounted`,
  `cumulative`, `locations`, `regions`, `victims`; a casualty rule also takes `update` (new | edit |
  reply: what its alert does when a running toll rises again). arms_embargo: `actions`, `actors`, `targets`.
  recognition: `statuses`, `actors`, `recognized`. Every condition given must hold; names compare
  case-insensitively with the extractors' canonical names ("United Kingdom", not "UK").
- `keywords`: `any` (one of), `all` (every one of), `none` (none of) phrase lists, whole-word and
  case-insensitive unless `whole_word: false` / `case_sensitive: true`; `fields` (title, summary);
  optional `regex` (RE2 syntax: linear time, no backreferences or look-around).

Loading is strict: unknown fields, wrong types (no coercion: "10" is not a number), unknown
triggers, duplicate keys, duplicate ids across files, bad RE2 syntax, bad templates and unknown
destinations are all reported at once, each as `file:line:column: rule <id>: <field>: <message>`.
The JSON Schema of rule files (`json_schema()`, shipped as rules/schema.json) lets editors check
as admins type. Admin documentation with worked examples: docs/rules.md.

Matching is pure and its cost does not grow with the number of rules: one Aho–Corasick automaton
holds every phrase of every rule; regexes run on RE2 (see `matcher`).
"""

from bot.core.rules.errors import RuleError
from bot.core.rules.fact_filters import RegionsOf
from bot.core.rules.loader import (
    RULE_FILE_SUFFIXES,
    LoadResult,
    load_rule_file,
    load_rules,
    parse_rules,
    rule_files,
)
from bot.core.rules.matcher import ExtractFacts, RuleOrigin, RuleSet
from bot.core.rules.schema import (
    RULE_MODELS,
    CasualtyRule,
    CasualtyWhen,
    EmbargoRule,
    EmbargoWhen,
    ExampleItem,
    Examples,
    KeywordsRule,
    RecognitionRule,
    RecognitionWhen,
    Rule,
    Sources,
    json_schema,
)

__all__ = [
    "RULE_FILE_SUFFIXES",
    "RULE_MODELS",
    "CasualtyRule",
    "CasualtyWhen",
    "EmbargoRule",
    "EmbargoWhen",
    "ExampleItem",
    "Examples",
    "ExtractFacts",
    "KeywordsRule",
    "LoadResult",
    "RecognitionRule",
    "RecognitionWhen",
    "RegionsOf",
    "Rule",
    "RuleError",
    "RuleOrigin",
    "RuleSet",
    "Sources",
    "json_schema",
    "load_rule_file",
    "load_rules",
    "parse_rules",
    "rule_files",
]
