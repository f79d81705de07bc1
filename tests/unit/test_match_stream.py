"""`match`'s reading and writing (bot/match_stream.py): on several cores the output is the same bytes
as on one, in input order, and an error stops it at the same line after the same output.

No timing here: the speed is measured by benchmarks/match_cli.py. The answer function below stands in
for `match_line` (it is pure, as `match_line` is without --state)."""

from __future__ import annotations

import os
from itertools import pairwise
from pathlib import Path

import pytest

from bot import match_stream
from bot.match_stream import answer_stream, plan_blocks


def _answer(line: bytes, number: int) -> bytes:
    if not line.strip():
        return b""
    if line.startswith(b"bad"):
        raise ValueError(f"stdin:{number}: bad line")
    return b"%d:%s\n" % (number, line[::-1])


def _lines(n: int) -> bytes:
    out = []
    for i in range(n):
        if i % 97 == 5:
            out.append(b"")  # blank lines count as lines
        elif i % 1013 == 7:
            out.append(b"x" * 70_000)  # longer than a block
        else:
            out.append(b"item %d " % i + b"y" * (i % 300))
    return b"\n".join(out) + b"\n"


def _run(tmp_path: Path, data: bytes, may_fork: bool, skip: int = 0) -> tuple[bytes, str | None]:
    src = tmp_path / "in.jsonl"
    src.write_bytes(data)
    dst = tmp_path / f"out-{may_fork}.jsonl"
    error = None
    with src.open("rb") as stdin, dst.open("wb") as stdout:
        if skip:
            stdin.raw.read(skip)  # a caller that read the first lines itself
        try:
            answer_stream(_answer, stdin, stdout, may_fork=may_fork)
        except ValueError as e:
            error = str(e)
    return dst.read_bytes(), error


@pytest.fixture
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(match_stream, "PARALLEL_BYTES", 1 << 16)
    monkeypatch.setattr(match_stream, "_cpus", lambda: 2)


def test_plan_blocks_cut_after_newlines_and_count_lines(tmp_path: Path) -> None:
    data = _lines(3000) + b"no newline at the end"
    path = tmp_path / "f"
    path.write_bytes(data)
    fd = os.open(path, os.O_RDONLY)
    try:
        blocks, lines = plan_blocks(fd, 0, len(data), block_size=4096)
    finally:
        os.close(fd)
    assert lines == 3000 and len(blocks) > 10
    assert blocks[0][0] == 0 and blocks[-1][1] == len(data) - len(b"no newline at the end")
    for (start, end, before), (next_start, _, next_before) in pairwise(blocks):
        assert data[end - 1 : end] == b"\n" and end == next_start
        assert before + data[start:end].count(b"\n") == next_before


@pytest.mark.usefixtures("small_blocks")
@pytest.mark.parametrize("tail", [b"", b"last line without a newline", b"\n\n"])
def test_several_processes_write_the_same_bytes_as_one(tmp_path: Path, tail: bytes) -> None:
    data = _lines(6000) + tail
    one, _ = _run(tmp_path, data, may_fork=False)
    several, _ = _run(tmp_path, data, may_fork=True)
    assert several == one
    assert one.count(b"\n") == 6000 - len(range(5, 6000, 97)) + bool(tail.strip())


@pytest.mark.usefixtures("small_blocks")
def test_an_error_stops_at_the_same_line_after_the_same_output(tmp_path: Path) -> None:
    lines = _lines(6000).split(b"\n")
    for at in (3, 2500, 5990):  # in the parent's first block, and in blocks either process may take
        data = b"\n".join([*lines[:at], b"bad", *lines[at:]])
        one, error_one = _run(tmp_path, data, may_fork=False)
        several, error_several = _run(tmp_path, data, may_fork=True)
        assert error_one == error_several == f"stdin:{at + 1}: bad line"
        assert several == one


@pytest.mark.usefixtures("small_blocks")
def test_stdin_already_partly_read_goes_on_from_there(tmp_path: Path) -> None:
    data = _lines(6000)
    skip = data.index(b"\n", 1000) + 1
    one, _ = _run(tmp_path, data, may_fork=False, skip=skip)
    several, _ = _run(tmp_path, data, may_fork=True, skip=skip)
    assert several == one and one.startswith(b"1:")


def test_small_input_stays_in_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork() -> int:
        raise AssertionError("forked for a small input")

    monkeypatch.setattr(os, "fork", no_fork)
    out, _ = _run(tmp_path, _lines(50), may_fork=True)
    assert out.count(b"\n") == 50 - 1


def test_long_numbers_are_found_as_the_regex_found_them() -> None:
    import random
    import re

    from bot.match_cmd import has_long_number

    regex = re.compile(rb"\d{16}")
    rnd = random.Random(16)
    other = b" a\xd9\xa0\xef\xbc\x91-."  # UTF-8 of Arabic-Indic and full-width digits: not \d in bytes
    found = 0
    for _ in range(20_000):
        line = bytes(
            rnd.choice(other) if rnd.random() < 0.04 else rnd.randint(48, 57)
            for _ in range(rnd.randint(0, 40))
        )
        found += regex.search(line) is not None
        assert has_long_number(line) == (regex.search(line) is not None), line
    assert 1000 < found < 19_000
    assert has_long_number(b'{"id": 12345678901234567}') and not has_long_number(b'{"id": 123456789012345}')
