"""The one error type of the rule language: a message with the file, position, rule and field."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RuleError:
    """`file:line:column: rule <id>: <field>: <message>` (1-based; rule and field when known)."""

    file: str
    line: int
    column: int
    rule_id: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        rule = f"rule {self.rule_id}: " if self.rule_id else ""
        field = f"{self.field}: " if self.field else ""
        return f"{self.file}:{self.line}:{self.column}: {rule}{field}{self.message}"

    @property
    def sort_key(self) -> tuple[str, int, int]:
        return (self.file, self.line, self.column)
