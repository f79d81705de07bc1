"""Every message an admin reads about a rule or configuration file, in one place (STYLE 14).

Each names what is wrong and, where it can, what to write instead. Positions and the
`file:line:column: rule <id>: <field>:` prefix are added by the caller.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.wording import did_you_mean


def _names(names: Iterable[str]) -> str:
    return ", ".join(sorted(names))


# --- YAML ------------------------------------------------------------------------------------------

YAML_SYNTAX = "YAML syntax error: {problem}"
YAML_DUPLICATE_KEY = "duplicate key '{key}' (first at line {line}, column {column})"
YAML_NOT_TEXT = "cannot read the file as UTF-8 text: {reason}"
YAML_EMPTY_RULES = "the file is empty; a rule file is a list of rules (write `[]` for none)"
YAML_RULES_NOT_LIST = "a rule file is a list of rules (each starting with `- id: ...`), got {got}"
YAML_CONFIG_NOT_MAPPING = "the configuration is a mapping (feeds:, destinations:, routes: ...), got {got}"

# --- fields (pydantic errors, rephrased) -----------------------------------------------------------

UNKNOWN_FIELD = "unknown field '{key}'{hint}; valid fields here: {valid}"
MISSING_FIELD = "required field is missing"
WRONG_TYPE = "must be {expected}, got {got}"
NOT_ONE_OF = "must be one of {expected}, got {got}"


def unknown_field(key: object, valid: Iterable[str]) -> str:
    names = list(valid)
    return UNKNOWN_FIELD.format(key=key, hint=did_you_mean(key, names), valid=_names(names))


# --- rules -----------------------------------------------------------------------------------------

RULE_NOT_MAPPING = "each rule is a mapping (`- id: ...`), got {got}"
TRIGGER_MISSING = "required field is missing; valid triggers: {valid}"
TRIGGER_UNKNOWN = "unknown trigger {got}{hint}; valid triggers: {valid}"
DUPLICATE_RULE_ID = "duplicate rule id '{rule_id}', first defined at {where}"
UNKNOWN_DESTINATION = "unknown destination '{dest}'{hint}; destinations in the configuration: {valid}"
NO_DESTINATIONS = "unknown destination '{dest}'; the configuration defines no destinations"
BAD_REGEX = "invalid RE2 regular expression: {reason}"
RULE_FILE_TOO_LARGE = (
    "rule file is {size:,} bytes, over the limit of {limit:,}; split it, or raise "
    "settings.max_rule_file_bytes in the configuration"
)
BAD_TEMPLATE = "invalid Jinja2 template: {reason} (template line {line})"
TEMPLATE_OVER_BUDGET = "{reason} on a sample alert; simplify the template (docs/rules.md, Templates)"
UNKNOWN_TEMPLATE_VARIABLES = "unknown template variable {names}; a template can use {known}"
KEYWORDS_NEED_CONDITION = "a keywords rule needs at least one of `any`, `all` or `regex`"
EMPTY_PHRASE = "phrases must not be empty"
BAD_RULE_ID = "must start with a letter or digit and contain only letters, digits, '-', '_' and '.'"
MIN_ABOVE_MAX = "min_count ({min}) is greater than max_count ({max})"
SOURCES_BOTH = "a source cannot be both allowed and denied: {names}"
UNKNOWN_LANGUAGE = "not a two-letter ISO 639-1 language code: {codes} (write en, ar, he, uk, ru, fr ...)"

RULES_DIR_NOT_FOUND = "rules directory not found"
NO_RULE_FILES = "no rule files (*.yaml, *.yml) in this directory; without rules nothing can alert"

EXAMPLE_MISSED = "expected a match, got none: {text}"
EXAMPLE_MISSED_FIELDS = (
    "expected a match, got none: {text} (a plain-string example is the item's summary; "
    "this rule reads only {fields}, so write the example as {{title: ..., summary: ...}})"
)
EXAMPLE_UNEXPECTED = "expected no match, but it matched ({why}): {text}"


def unknown_trigger(got: object, valid: Iterable[str]) -> str:
    names = list(valid)
    return TRIGGER_UNKNOWN.format(got=repr(got), hint=did_you_mean(got, names), valid=_names(names))


def unknown_destination(dest: str, valid: Iterable[str]) -> str:
    names = list(valid)
    if not names:
        return NO_DESTINATIONS.format(dest=dest)
    return UNKNOWN_DESTINATION.format(dest=dest, hint=did_you_mean(dest, names), valid=_names(names))


# --- configuration ---------------------------------------------------------------------------------

CONFIG_NOT_FOUND = "configuration file not found"
DIR_NOT_FOUND = "directory not found: {path}"
DESTINATION_PLATFORM = "a destination needs exactly one of `telegram`, `slack` or `console`, got {got}"
DUPLICATE_ID = "duplicate {what} '{value}', first at line {line}"
BAD_URL = "must be an http:// or https:// URL, got {got}"
MIN_INTERVAL_ABOVE_MAX = "min_interval_s ({min}) is greater than max_interval_s ({max})"
