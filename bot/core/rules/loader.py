"""Rule files -> a compiled RuleSet, or every error in every file at once.

`parse_rules` is pure (file names and texts in); `load_rules` is the one function in this package
that touches the file system: it lists and reads the files, then calls `parse_rules`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import re2
from pydantic import ValidationError
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from bot.core.model import Trigger
from bot.core.render import TEMPLATE_VARIABLES, template_budget_problem
from bot.core.rules import messages
from bot.core.rules.errors import RuleError
from bot.core.rules.fact_filters import RegionsOf
from bot.core.rules.matcher import RuleOrigin, RuleSet
from bot.core.rules.rule_regex import regex_error
from bot.core.rules.schema import RULE_MODELS, Rule
from bot.core.rules.yamlsource import (
    Problem,
    describe,
    locate,
    parse_yaml,
    position,
    pydantic_problem,
    relevant_errors,
    to_plain,
)

RULE_FILE_SUFFIXES = (".yaml", ".yml")
# Parsing costs about 5 s and 220 MB per megabyte of phrases (measured on a 1 MB file): a file larger
# than this is refused before it is parsed. The config's `settings.max_rule_file_bytes` raises it.
DEFAULT_MAX_RULE_FILE_BYTES = 1_000_000


@dataclass(frozen=True, slots=True)
class LoadResult:
    """`ruleset` is None when there is any error; `errors` are sorted by file and position."""

    ruleset: RuleSet | None
    errors: list[RuleError] = field(default_factory=list)
    files: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.ruleset is not None


def rule_files(rules_dir: Path) -> list[Path]:
    """The rule files of a directory: *.yaml and *.yml, sorted by name (not recursive)."""
    return sorted(p for p in rules_dir.iterdir() if p.is_file() and p.suffix in RULE_FILE_SUFFIXES)


def _read_rule_file(path: Path, max_bytes: int) -> str:
    """The file's text; a file over `max_bytes` is refused unread (OSError, ValueError)."""
    size = path.stat().st_size
    if size > max_bytes:
        raise ValueError(messages.RULE_FILE_TOO_LARGE.format(size=size, limit=max_bytes))
    with path.open("rb") as handle:
        data = handle.read(max_bytes + 1)  # the file may have grown since stat()
    if len(data) > max_bytes:
        raise ValueError(messages.RULE_FILE_TOO_LARGE.format(size=len(data), limit=max_bytes))
    return data.decode("utf-8-sig")


def load_rules(
    rules_dir: Path,
    destination_ids: set[str] | None = None,
    regions_of: RegionsOf | None = None,
    max_file_bytes: int = DEFAULT_MAX_RULE_FILE_BYTES,
) -> LoadResult:
    """Read every rule file in `rules_dir` and compile them, or report every error.

    `destination_ids`: the configuration's destination ids, to check `routes` (None: not checked).
    `max_file_bytes`: larger files are refused before parsing.
    A single rule file is accepted too (`check --rules FILE`).
    """
    if rules_dir.is_file():
        return load_rule_file(rules_dir, destination_ids, regions_of, max_file_bytes)
    if not rules_dir.is_dir():
        return LoadResult(None, [RuleError(str(rules_dir), 1, 1, None, None, messages.RULES_DIR_NOT_FOUND)])
    paths = rule_files(rules_dir)
    if not paths:
        return LoadResult(None, [RuleError(str(rules_dir), 1, 1, None, None, messages.NO_RULE_FILES)])
    sources: list[tuple[str, str]] = []
    errors: list[RuleError] = []
    for path in paths:
        try:
            sources.append((str(path), _read_rule_file(path, max_file_bytes)))
        except (OSError, UnicodeDecodeError) as exc:
            errors.append(RuleError(str(path), 1, 1, None, None, messages.YAML_NOT_TEXT.format(reason=exc)))
        except ValueError as exc:
            errors.append(RuleError(str(path), 1, 1, None, None, str(exc)))
    result = parse_rules(sources, destination_ids, regions_of)
    if errors:
        return LoadResult(None, sorted([*errors, *result.errors], key=lambda e: e.sort_key), result.files)
    return result


def load_rule_file(
    path: Path,
    destination_ids: set[str] | None = None,
    regions_of: RegionsOf | None = None,
    max_file_bytes: int = DEFAULT_MAX_RULE_FILE_BYTES,
) -> LoadResult:
    """One rule file on its own (`conflict-alerts test-rule`): same checks as `load_rules`."""
    try:
        text = _read_rule_file(path, max_file_bytes)
    except (OSError, UnicodeDecodeError) as exc:
        return LoadResult(
            None, [RuleError(str(path), 1, 1, None, None, messages.YAML_NOT_TEXT.format(reason=exc))]
        )
    except ValueError as exc:
        return LoadResult(None, [RuleError(str(path), 1, 1, None, None, str(exc))])
    return parse_rules([(str(path), text)], destination_ids, regions_of)


def parse_rules(
    sources: Sequence[tuple[str, str]],
    destination_ids: set[str] | None = None,
    regions_of: RegionsOf | None = None,
) -> LoadResult:
    """(file name, YAML text) pairs, in load order -> LoadResult. Pure."""
    errors: list[RuleError] = []
    rules: list[Rule] = []
    origins: list[RuleOrigin] = []
    first_seen: dict[str, str] = {}  # rule id -> "file:line:column"
    for name, text in sources:
        file_rules, file_errors = _parse_file(name, text, destination_ids, first_seen)
        errors.extend(file_errors)
        for rule, origin in file_rules:
            rules.append(rule)
            origins.append(origin)
    files = tuple(name for name, _ in sources)
    if errors:
        return LoadResult(None, sorted(errors, key=lambda e: e.sort_key), files)
    try:
        ruleset = RuleSet(rules, origins, regions_of)
    except re2.error as exc:  # e.g. the regexes together exceed RE2's memory budget
        origin = origins[0]
        return LoadResult(
            None, [RuleError(origin.file, 1, 1, None, "regex", messages.BAD_REGEX.format(reason=exc))], files
        )
    return LoadResult(ruleset, [], files)


def _parse_file(
    name: str, text: str, destination_ids: set[str] | None, first_seen: dict[str, str]
) -> tuple[list[tuple[Rule, RuleOrigin]], list[RuleError]]:
    parsed = parse_yaml(text)
    root = parsed.root
    errors: list[RuleError] = []
    if root is None and not parsed.problems:
        return [], [RuleError(name, 1, 1, None, None, messages.YAML_EMPTY_RULES)]
    if root is None:  # syntax error: nothing more can be said about this file
        return [], [RuleError(name, p.line, p.column, None, None, p.message) for p in parsed.problems]
    if not isinstance(root, CommentedSeq):
        line, col = position(root)
        return [], [
            RuleError(
                name, line, col, None, None, messages.YAML_RULES_NOT_LIST.format(got=describe(to_plain(root)))
            )
        ]

    starts = [root.lc.item(i)[0] + 1 for i in range(len(root))]
    for p in parsed.problems:  # duplicate keys, attributed to the rule they are in
        errors.append(RuleError(name, p.line, p.column, _rule_at_line(root, starts, p.line), None, p.message))

    out: list[tuple[Rule, RuleOrigin]] = []
    for index, item in enumerate(root):
        line, col = (root.lc.item(index)[0] + 1, root.lc.item(index)[1] + 1)
        if not isinstance(item, CommentedMap):
            errors.append(
                RuleError(
                    name,
                    line,
                    col,
                    f"#{index + 1}",
                    None,
                    messages.RULE_NOT_MAPPING.format(got=describe(to_plain(item))),
                )
            )
            continue
        rule_id = _rule_label(item, index)
        problems = _check_rule(root, index, item, destination_ids)
        raw_id = item.get("id")
        if isinstance(raw_id, str):
            id_line, id_col = locate(root, [index, "id"])
            here = f"{name}:{id_line}:{id_col}"
            if raw_id in first_seen:
                problems.append(
                    Problem(
                        id_line,
                        id_col,
                        "id",
                        messages.DUPLICATE_RULE_ID.format(rule_id=raw_id, where=first_seen[raw_id]),
                    )
                )
            else:
                first_seen[raw_id] = here
        rule = _validate(root, index, item, problems)
        errors.extend(RuleError(name, p.line, p.column, rule_id, p.field, p.message) for p in problems)
        if rule is not None and not problems:
            out.append((rule, _origin(name, root, index, item)))
    return out, errors


def _rule_label(item: CommentedMap, index: int) -> str:
    raw_id = item.get("id")
    return raw_id if isinstance(raw_id, str) and raw_id else f"#{index + 1}"


def _rule_at_line(root: CommentedSeq, starts: list[int], line: int) -> str | None:
    label = None
    for index, start in enumerate(starts):
        if start <= line:
            item = root[index]
            label = _rule_label(item, index) if isinstance(item, CommentedMap) else None
    return label


def _validate(root: CommentedSeq, index: int, item: CommentedMap, problems: list[Problem]) -> Rule | None:
    trigger = item.get("trigger")
    if "trigger" not in item:
        line, col = locate(root, [index])
        problems.append(
            Problem(
                line, col, "trigger", messages.TRIGGER_MISSING.format(valid=", ".join(sorted(RULE_MODELS)))
            )
        )
        return None
    model = RULE_MODELS.get(trigger) if isinstance(trigger, str) else None
    if model is None:
        line, col = locate(root, [index, "trigger"])
        problems.append(
            Problem(line, col, "trigger", messages.unknown_trigger(to_plain(trigger), RULE_MODELS))
        )
        return None
    try:
        rule: Rule = model.model_validate(to_plain(item))
    except ValidationError as exc:
        problems.extend(
            pydantic_problem(root, err, model, base=[index]) for err in relevant_errors(exc.errors())
        )
        return None
    return rule


def _check_rule(
    root: CommentedSeq, index: int, item: CommentedMap, destination_ids: set[str] | None
) -> list[Problem]:
    """Checks beyond the schema, run on the raw values so they add to the schema's errors."""
    return [
        *_regex_problems(root, index, item),
        *_template_problems(root, index, item),
        *_route_problems(root, index, item, destination_ids),
    ]


def _regex_problems(root: CommentedSeq, index: int, item: CommentedMap) -> list[Problem]:
    regex = item.get("regex")
    if item.get("trigger") != "keywords" or not isinstance(regex, str):
        return []
    reason = regex_error(regex)
    if reason is None:
        return []
    line, col = locate(root, [index, "regex"])
    return [Problem(line, col, "regex", messages.BAD_REGEX.format(reason=reason))]


def _template_problems(root: CommentedSeq, index: int, item: CommentedMap) -> list[Problem]:
    template = item.get("template")
    if not isinstance(template, str):
        return []
    # Jinja2 only for rules that have a template, so that loading rules without one stays cheap.
    import jinja2
    from jinja2 import meta
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment()
    try:
        unknown = meta.find_undeclared_variables(env.parse(template)) - TEMPLATE_VARIABLES - set(env.globals)
    except jinja2.TemplateSyntaxError as exc:
        reason = messages.BAD_TEMPLATE.format(reason=(exc.message or "").rstrip("."), line=exc.lineno)
    else:
        if unknown:
            reason = messages.UNKNOWN_TEMPLATE_VARIABLES.format(
                names=", ".join(sorted(unknown)), known=", ".join(sorted(TEMPLATE_VARIABLES))
            )
        elif item.get("trigger") in set(Trigger):
            over = template_budget_problem(template, Trigger(item["trigger"]))
            if over is None:
                return []
            reason = messages.TEMPLATE_OVER_BUDGET.format(reason=over)
        else:
            return []
    line, col = locate(root, [index, "template"])
    return [Problem(line, col, "template", reason)]


def _route_problems(
    root: CommentedSeq, index: int, item: CommentedMap, destination_ids: set[str] | None
) -> list[Problem]:
    routes = item.get("routes")
    if destination_ids is None or not isinstance(routes, list):
        return []
    problems: list[Problem] = []
    for i, dest in enumerate(routes):
        if isinstance(dest, str) and dest not in destination_ids:
            line, col = locate(root, [index, "routes", i])
            problems.append(
                Problem(line, col, f"routes[{i}]", messages.unknown_destination(dest, destination_ids))
            )
    return problems


def _origin(name: str, root: CommentedSeq, index: int, item: CommentedMap) -> RuleOrigin:
    line, col = locate(root, [index])
    examples: list[tuple[str, int, int, int]] = []
    raw = item.get("examples")
    if isinstance(raw, CommentedMap):
        for kind in ("match", "no_match"):
            items = raw.get(kind)
            if isinstance(items, CommentedSeq):
                for i in range(len(items)):
                    ex_line, ex_col = locate(root, [index, "examples", kind, i])
                    examples.append((kind, i, ex_line, ex_col))
    return RuleOrigin(name, line, col, tuple(examples))


def rule_origin_of(ruleset: RuleSet, rule_id: str) -> RuleOrigin | None:
    for rule, origin in zip(ruleset.rules, ruleset.origins, strict=True):
        if rule.id == rule_id:
            return origin
    return None


__all__ = [
    "DEFAULT_MAX_RULE_FILE_BYTES",
    "RULE_FILE_SUFFIXES",
    "LoadResult",
    "load_rule_file",
    "load_rules",
    "parse_rules",
    "rule_files",
    "rule_origin_of",
]
