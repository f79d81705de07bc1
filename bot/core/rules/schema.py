"""The rule language as pydantic models: what an admin may write in `rules/*.yaml`.

The models validate strictly (unknown fields are errors, no type coercion: `"10"` is not a number)
and are the source of the JSON Schema shipped as `rules/schema.json`. See the package docstring and
docs/rules.md for the language itself.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    TypeAdapter,
    field_validator,
    model_validator,
)

from bot.core.languages import is_language_code
from bot.core.rules import messages

SeverityName = Literal["low", "medium", "high"]
CasualtyKind = Literal["killed", "injured", "missing", "killed_and_injured"]
EmbargoAction = Literal[
    "imposed",
    "partial",
    "suspended_licences",
    "extended",
    "lifted",
    "called_for",
    "rejected",
    "ruled_by_court",
]
RecognitionStatus = Literal["done", "announced", "considering", "rejected"]
UpdateModeName = Literal["new", "edit", "reply"]
TextField = Literal["title", "summary"]

# validators are built at a model's first validation: a `match` whose rules come from the cache of
# validated rules (bot/rule_cache.py) never builds them
_STRICT = ConfigDict(extra="forbid", strict=True, frozen=True, defer_build=True)

Names = Annotated[list[str], Field(min_length=1)]


class _Model(BaseModel):
    model_config = _STRICT


class ExampleItem(_Model):
    """A news item written out in full, when the title matters or the source is filtered."""

    title: str = Field(default="", description="The item's headline.")
    summary: str = Field(default="", description="The item's text.")
    source: str = Field(default="example", description="The outlet's name, for `sources` filters.")


def _example_tag(value: Any) -> str:
    return "example-text" if isinstance(value, str) else "example-item"


Example = Annotated[
    Annotated[str, Tag("example-text")] | Annotated[ExampleItem, Tag("example-item")],
    Discriminator(_example_tag),
]


class Examples(_Model):
    """Items the rule must and must not fire on; `conflict-alerts check` runs them like unit tests.

    A plain string is an item's summary (with an empty title).
    """

    match: list[Example] = Field(default_factory=list, description="Items this rule must fire on.")
    no_match: list[Example] = Field(default_factory=list, description="Items this rule must not fire on.")


class Sources(_Model):
    """Outlet filters: names as in the configuration's feeds (`name`) or the feed id; case-insensitive."""

    allow: list[str] = Field(default_factory=list, description="Only these sources (empty: all).")
    deny: list[str] = Field(default_factory=list, description="Never these sources.")

    @model_validator(mode="after")
    def _disjoint(self) -> Sources:
        both = {a.casefold() for a in self.allow} & {d.casefold() for d in self.deny}
        if both:
            raise ValueError(messages.SOURCES_BOTH.format(names=", ".join(sorted(both))))
        return self


class RuleBase(_Model):
    id: str = Field(description="Unique across all rule files; shown in alerts and logs.")
    description: str = Field(default="", description="What the rule is for, for the people who maintain it.")
    severity: SeverityName = Field(description="low, medium or high.")
    routes: list[str] = Field(
        default_factory=list,
        description="Destination ids from the configuration; empty: the configuration's routes decide.",
    )
    realert_hours: float | None = Field(
        default=None,
        gt=0,
        description="Event window for this rule's alerts (hours); default: settings.event_window_hours.",
    )
    template: str | None = Field(default=None, description="Jinja2 template replacing the alert text.")
    enabled: bool = Field(default=True, description="false: kept (examples still run) but never fires.")
    sources: Sources | None = Field(default=None, description="Only / never these outlets.")
    languages: list[str] | None = Field(
        default=None,
        min_length=1,
        description="Only items written in these languages (ISO 639-1 codes: en, ar, he, uk ...); "
        "omitted: every language.",
    )
    examples: Examples = Field(default_factory=Examples, description="Items to test the rule on.")

    @field_validator("languages")
    @classmethod
    def _language_codes(cls, value: list[str] | None) -> list[str] | None:
        if value is None:
            return None
        codes = [v.strip().lower() for v in value]
        unknown = [v for v in codes if len(v) != 2 or not is_language_code(v)]
        if unknown:
            raise ValueError(messages.UNKNOWN_LANGUAGE.format(codes=", ".join(unknown)))
        return codes

    @field_validator("id")
    @classmethod
    def _id_chars(cls, value: str) -> str:
        if not value or not value[0].isalnum() or not all(c.isalnum() or c in "-_." for c in value):
            raise ValueError(messages.BAD_RULE_ID)
        return value


class ChangeWhen(_Model):
    """How much a running toll must rise for this rule to alert on the rise (docs/rules.md, "What
    counts as an update"). The series moves with every rise either way; this only quiets the rule."""

    min_increase: int = Field(
        default=1, ge=1, description="The new figure is at least this many above the last."
    )
    min_increase_percent: float = Field(
        default=0, ge=0, le=1000, description="...and at least this percentage of the last figure above it."
    )


class CasualtyWhen(_Model):
    """Conditions on casualty facts; every condition given must hold (omitted: any)."""

    kind: list[CasualtyKind] | None = Field(default=None, min_length=1, description="Which kinds of figure.")
    min_count: int | None = Field(default=None, ge=0, description="Figures of at least this many.")
    max_count: int | None = Field(default=None, ge=0, description="Figures of at most this many.")
    include_uncounted: bool = Field(
        default=False,
        description="With min_count/max_count: also fire on figures without a number ('dozens').",
    )
    cumulative: bool | None = Field(
        default=None, description="true: running tolls only; false: single incidents only; omitted: both."
    )
    locations: Names | None = Field(default=None, description="The figure's location is one of these.")
    regions: Names | None = Field(
        default=None, description="The location or victims belong to one of these regions (gaza, sudan, ...)."
    )
    victims: Names | None = Field(default=None, description="The victims are one of these (Palestinians...).")
    change: ChangeWhen = Field(
        default_factory=ChangeWhen, description="How much a running toll must rise to alert again."
    )

    @model_validator(mode="after")
    def _range(self) -> CasualtyWhen:
        if self.min_count is not None and self.max_count is not None and self.min_count > self.max_count:
            raise ValueError(messages.MIN_ABOVE_MAX.format(min=self.min_count, max=self.max_count))
        return self


class EmbargoWhen(_Model):
    """Conditions on arms-embargo facts; every condition given must hold (omitted: any)."""

    actions: list[EmbargoAction] | None = Field(default=None, min_length=1, description="Which actions.")
    actors: Names | None = Field(default=None, description="Who acts (Germany, European Union, ...).")
    targets: Names | None = Field(default=None, description="Whom the embargo is on (Israel, Sudan, ...).")


class RecognitionWhen(_Model):
    """Conditions on recognition facts; every condition given must hold (omitted: any)."""

    statuses: list[RecognitionStatus] | None = Field(
        default=None, min_length=1, description="Which statuses."
    )
    actors: Names | None = Field(default=None, description="At least one of these recognises.")
    recognized: Names | None = Field(default=None, description="What is recognised (Palestine, ...).")


class CasualtyRule(RuleBase):
    trigger: Literal["casualty"] = Field(description="Fires on casualty figures read from the item.")
    when: CasualtyWhen = Field(default_factory=CasualtyWhen)
    update: UpdateModeName = Field(
        default="new",
        description=(
            "When a running toll this rule alerted on rises again: new (a new message with the previous "
            "figure and the delta), edit (the earlier message is edited into the new figure) or reply "
            "(a reply to the earlier message; a thread in Slack)."
        ),
    )


class EmbargoRule(RuleBase):
    trigger: Literal["arms_embargo"] = Field(description="Fires on arms embargoes read from the item.")
    when: EmbargoWhen = Field(default_factory=EmbargoWhen)


class RecognitionRule(RuleBase):
    trigger: Literal["recognition"] = Field(description="Fires on statehood recognitions read from the item.")
    when: RecognitionWhen = Field(default_factory=RecognitionWhen)


def _both_fields() -> list[TextField]:
    return ["title", "summary"]


class KeywordsRule(RuleBase):
    """Plain matching on the item's text: phrases through one automaton, an optional RE2 regex."""

    trigger: Literal["keywords"] = Field(description="Fires on phrases and/or a regular expression.")
    any: list[str] = Field(default_factory=list, description="At least one of these phrases.")
    all: list[str] = Field(default_factory=list, description="Every one of these phrases.")
    none: list[str] = Field(default_factory=list, description="None of these phrases.")
    regex: str | None = Field(default=None, description="An RE2 regular expression that must match.")
    fields: list[TextField] = Field(
        default_factory=_both_fields, min_length=1, description="Which text to read."
    )
    whole_word: bool = Field(default=True, description="Phrases match whole words ('war' is not 'award').")
    case_sensitive: bool = Field(default=False, description="Phrases and regex match case exactly.")

    @field_validator("any", "all", "none")
    @classmethod
    def _phrases(cls, value: list[str]) -> list[str]:
        if any(not p.strip() for p in value):
            raise ValueError(messages.EMPTY_PHRASE)
        return value

    @model_validator(mode="after")
    def _has_condition(self) -> KeywordsRule:
        if not self.any and not self.all and self.regex is None:
            raise ValueError(messages.KEYWORDS_NEED_CONDITION)
        return self


Rule = CasualtyRule | EmbargoRule | RecognitionRule | KeywordsRule
TriggerRule = CasualtyRule | EmbargoRule | RecognitionRule

# Explicit registry (STYLE 4): the `trigger` value -> its model.
RuleModel = type[CasualtyRule] | type[EmbargoRule] | type[RecognitionRule] | type[KeywordsRule]
RULE_MODELS: dict[str, RuleModel] = {
    "casualty": CasualtyRule,
    "arms_embargo": EmbargoRule,
    "recognition": RecognitionRule,
    "keywords": KeywordsRule,
}

RuleFile = list[Annotated[Rule, Field(discriminator="trigger")]]


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of a rule file, for editors and `conflict-alerts schema`."""
    schema = TypeAdapter(RuleFile).json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Conflict Alerts rule file",
        "description": "A list of rules. See docs/rules.md.",
        **schema,
    }
