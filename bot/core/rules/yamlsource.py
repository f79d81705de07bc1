"""YAML text with positions: parsing, duplicate keys, and pydantic errors mapped back to line:column.

Shared by the rule loader and the configuration loader. Pure: text in, values out.

ruamel.yaml's round-trip loader keeps every node's position (`.lc.line/.lc.col`, `.lc.key(k)`,
`.lc.value(k)`, `.lc.item(i)`, all 0-based); messages use 1-based lines and columns like compilers.
Duplicate keys are found on the composed node graph so that every duplicate in a file is reported,
not only the first.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel
from pydantic_core import ErrorDetails
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bot.core.rules import messages

# Tags of tagged unions (pydantic puts them in error locations); never YAML keys of ours.
UNION_TAGS = frozenset({"example-text", "example-item"})


@dataclass(frozen=True, slots=True)
class Problem:
    """One error at a 1-based position, before the file name and rule id are attached."""

    line: int
    column: int
    field: str | None
    message: str


@dataclass(frozen=True, slots=True)
class Parsed:
    root: Any  # CommentedMap / CommentedSeq / scalar, or None for an empty document
    problems: tuple[Problem, ...]  # syntax errors (then root is None) and duplicate keys


def _yaml() -> YAML:
    y = YAML(typ="rt")
    y.allow_duplicate_keys = True  # found on the node graph instead, all of them at once
    return y


def parse_yaml(text: str) -> Parsed:
    """Parse one YAML document; syntax errors and duplicate keys come back as problems."""
    try:
        # One scan: compose the node graph (positions, duplicate keys), then build the round-trip
        # data from that same graph instead of parsing the text a second time.
        yaml = _yaml()
        node = yaml.compose(text)
        root = yaml.constructor.construct_document(node) if node is not None else None
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        problem = exc.problem or exc.context or str(exc)
        if exc.problem and exc.context and exc.context_mark is not None:
            where = exc.context_mark
            problem += f" ({exc.context} started at line {where.line + 1}, column {where.column + 1})"
        return Parsed(None, (Problem(line, col, None, messages.YAML_SYNTAX.format(problem=problem)),))
    except YAMLError as exc:  # positionless (rare: reader errors on control characters)
        return Parsed(None, (Problem(1, 1, None, messages.YAML_SYNTAX.format(problem=exc)),))
    return Parsed(root, tuple(_duplicate_keys(node)) if node is not None else ())


def _duplicate_keys(node: Node) -> Iterator[Problem]:
    stack: list[Node] = [node]
    seen_nodes: set[int] = set()
    while stack:
        current = stack.pop()
        if id(current) in seen_nodes:  # aliases can make the graph share nodes
            continue
        seen_nodes.add(id(current))
        if isinstance(current, MappingNode):
            first: dict[str, Node] = {}
            for key_node, value_node in current.value:
                if isinstance(key_node, ScalarNode):
                    key = str(key_node.value)
                    if key in first:
                        earlier = first[key].start_mark
                        mark = key_node.start_mark
                        yield Problem(
                            mark.line + 1,
                            mark.column + 1,
                            None,
                            messages.YAML_DUPLICATE_KEY.format(
                                key=key, line=earlier.line + 1, column=earlier.column + 1
                            ),
                        )
                    else:
                        first[key] = key_node
                stack.append(value_node)
        elif isinstance(current, SequenceNode):
            stack.extend(current.value)


def sorted_problems(problems: Sequence[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.line, p.column))


def to_plain(value: Any) -> Any:
    """ruamel's round-trip types -> plain dict/list/str/int/float/bool/None (for strict validation)."""
    if isinstance(value, dict):
        return {to_plain(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, datetime):
        return datetime(*value.timetuple()[:6])
    if isinstance(value, date):
        return date(value.year, value.month, value.day)
    return value


def position(node: Any, default: tuple[int, int] = (1, 1)) -> tuple[int, int]:
    """1-based position where a mapping or sequence starts."""
    lc = getattr(node, "lc", None)
    if lc is None or lc.line is None:
        return default
    return lc.line + 1, lc.col + 1


def locate(root: Any, loc: Sequence[int | str], at_key: bool = False) -> tuple[int, int]:
    """1-based position of the value at `loc` under `root`; of its key when `at_key`.

    Walks as far as the path exists: a missing field is reported where its parent starts.
    """
    line, col = position(root)
    node = root
    parts = [p for p in loc if not (isinstance(p, str) and p in UNION_TAGS)]
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        if isinstance(node, CommentedMap) and part in node:
            key_line, key_col = node.lc.key(part)
            if at_key and last:
                line, col = key_line + 1, key_col + 1
            else:
                value_line, value_col = node.lc.value(part)
                line, col = value_line + 1, value_col + 1
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
            item_line, item_col = node.lc.item(part)
            line, col = item_line + 1, item_col + 1
            node = node[part]
        else:
            break
    return line, col


def field_path(loc: Sequence[int | str]) -> str:
    """('when', 'kind', 0) -> 'when.kind[0]'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part not in UNION_TAGS:
            out += f".{part}" if out else str(part)
    return out


def describe(value: Any) -> str:
    """How a YAML value reads in a message: its YAML type and the value itself."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"boolean {str(value).lower()}"
    if isinstance(value, int):
        return f"integer {value}"
    if isinstance(value, float):
        return f"number {value}"
    if isinstance(value, str):
        return f"string {_clipped(value)!r}"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, datetime | date):
        return f"date {value.isoformat()}"
    return type(value).__name__


# Enough of a wrong value to recognise it; a whole pasted file would bury the message.
_SHOWN_CHARS = 80


def _clipped(text: str) -> str:
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"


_EXPECTED = {
    "string_type": "a string",
    "int_type": "an integer",
    "int_from_float": "an integer",
    "float_type": "a number",
    "bool_type": "true or false",
    "list_type": "a list",
    "tuple_type": "a list",
    "dict_type": "a mapping",
    "model_type": "a mapping",
    "model_attributes_type": "a mapping",
    "dataclass_type": "a mapping",
    "none_required": "null",
    "date_type": "a date (YYYY-MM-DD)",
}


def _model_fields_at(model: type[BaseModel], loc: Sequence[int | str]) -> list[str] | None:
    """Names of the fields of the model found at `loc` (for 'unknown field' messages)."""
    current: Any = model
    for part in loc:
        if isinstance(part, int) or part in UNION_TAGS:
            current = _unwrap_container(current)
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        info = current.model_fields.get(part)
        if info is None:
            return None
        current = _unwrap_model(info.annotation)
    current = _unwrap_model(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return None


def _unwrap_container(tp: Any) -> Any:
    args = typing.get_args(tp)
    origin = typing.get_origin(tp)
    if origin in (list, tuple, Sequence) and args:
        return _unwrap_model(args[0])
    return _unwrap_model(tp)


def _unwrap_model(tp: Any) -> Any:
    """X | None -> X; Annotated[X, ...] -> X; a union holding one model -> that model."""
    origin = typing.get_origin(tp)
    if origin is typing.Annotated:
        return _unwrap_model(typing.get_args(tp)[0])
    if origin in (typing.Union, types.UnionType):
        models = [a for a in typing.get_args(tp) if isinstance(a, type) and issubclass(a, BaseModel)]
        containers = [a for a in typing.get_args(tp) if typing.get_origin(a) in (list, tuple)]
        if len(models) == 1:
            return models[0]
        if len(containers) == 1:
            return containers[0]
        annotated = [
            _unwrap_model(a) for a in typing.get_args(tp) if typing.get_origin(a) is typing.Annotated
        ]
        annotated_models = [a for a in annotated if isinstance(a, type) and issubclass(a, BaseModel)]
        if len(annotated_models) == 1:
            return annotated_models[0]
    return tp


def relevant_errors(errors: Sequence[ErrorDetails]) -> list[ErrorDetails]:
    """Drop a list's length error when its items have errors of their own (pydantic counts only
    the items that validated, so one bad item also reads as 'too short')."""
    item_locs = {tuple(e["loc"][:-1]) for e in errors if e["loc"] and isinstance(e["loc"][-1], int)}
    return [e for e in errors if not (e["type"] == "too_short" and tuple(e["loc"]) in item_locs)]


def pydantic_problem(
    root: Any, err: ErrorDetails, model: type[BaseModel], base: Sequence[int | str] = ()
) -> Problem:
    """One pydantic error as a Problem positioned in the YAML under `root`.

    `base` is the path from `root` to where `model` was validated (positions) — error locations are
    relative to the model.
    """
    loc: list[int | str] = list(err["loc"])
    kind = err["type"]
    value = err.get("input")
    if kind == "extra_forbidden":
        parent = loc[:-1]
        valid = _model_fields_at(model, parent) or []
        line, col = locate(root, [*base, *loc], at_key=True)
        return Problem(line, col, field_path(loc), messages.unknown_field(loc[-1], valid))
    line, col = locate(root, [*base, *loc])
    path = field_path(loc) or None
    if kind == "missing":
        return Problem(line, col, path, messages.MISSING_FIELD)
    if kind in ("literal_error", "enum"):
        expected = str(err.get("ctx", {}).get("expected", ""))
        return Problem(line, col, path, messages.NOT_ONE_OF.format(expected=expected, got=describe(value)))
    if kind in _EXPECTED:
        return Problem(
            line, col, path, messages.WRONG_TYPE.format(expected=_EXPECTED[kind], got=describe(value))
        )
    msg = err["msg"]
    if kind in ("value_error", "assertion_error"):
        msg = msg.split(", ", 1)[1] if ", " in msg else msg
    elif msg.startswith("Input should"):
        msg = "must" + msg[len("Input should") :] + f", got {describe(value)}"
    elif msg.startswith(("List should", "Tuple should", "String should", "Value should")):
        msg = "must" + msg.split(" should", 1)[1]
    return Problem(line, col, path, msg)
