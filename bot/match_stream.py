"""`conflict-alerts match`'s reading and writing: JSON lines in, one answer per line out, in input
order, on one core or, for a large file, on every core this process may use.

`answer_stream(answer, stdin, stdout, may_fork=..., warm=...)` calls `answer(line, number)` (bytes
out, b"" for a blank line) for every line of stdin and writes the answers in input order.

One core: read what stdin has (at most 64 KiB), answer those lines, flush once: as fast as a batch
when stdin is a file, and still one answer per line at once when a caller writes a line and waits.

Several cores: when stdin is a regular file with at least `PARALLEL_BYTES` left, the caller allows it
(`match --state` does not: its items update one state file in order) and the machine gives this
process a second CPU, `warm()` loads what every item may need (the extractors' regular expressions)
and the process forks one child per further CPU (at most `MAX_CHILDREN`). The file is cut at line
ends into blocks of about 64 KiB, planned before the fork, each with the number of its first line.
A pipe of block numbers is the queue: each process takes the next number, reads that block itself
(`os.pread`) and answers its lines; a child sends its answers back through its own pipe, and the
parent writes each block's answers as soon as every block before it is written. The rest of the file
(what was appended after the plan, or a last line without a newline) is read as on one core.

Output is the same bytes as on one core, whatever the timing: every answer is a pure function of its
line and line number. A block a child did not answer (it failed, or died) is answered by the parent
when that block's turn comes, writing line by line, so an error stops `match` at the same line,
after the same output, with the same message as on one core. Nothing asserts a time here: the gain is
measured by `benchmarks/match_cli.py` (wall-clock and CPU seconds, both reported).
"""

from __future__ import annotations

import os
import select
import signal
import stat
import struct
from collections.abc import Callable
from typing import BinaryIO

Answer = Callable[[bytes, int], bytes]

READ_SIZE = 1 << 16  # one read on one core; also the planned size of a block
PARALLEL_BYTES = 1 << 20  # ~1,400 news items: below this a fork costs more than it saves
MAX_CHILDREN = 3
_TOKEN = struct.Struct("<I")  # a block number in the queue
_FRAME = struct.Struct("<iI")  # a child's answer: block number (-1 - number: not answered), length
_QUEUE_BYTES = 1 << 15  # block numbers written to the queue before the fork: below a pipe's 64 KiB
_F_SETPIPE_SZ = 1031  # Linux: a child's answers wait in its pipe while the parent answers its block


def answer_stream(
    answer: Answer,
    stdin: BinaryIO,
    stdout: BinaryIO,
    *,
    may_fork: bool = False,
    warm: Callable[[], None] = lambda: None,
) -> None:
    """Answer every line of `stdin` on `stdout`, in input order (see the module docstring)."""
    number = 0
    if may_fork and _cpus() > 1:
        number = _answer_in_parallel(answer, stdin, stdout, warm)
    write = stdout.write
    pending = b""
    while chunk := stdin.read1(READ_SIZE):  # type: ignore[attr-defined]
        lines = (pending + chunk).split(b"\n")
        pending = lines.pop()
        for line in lines:
            number += 1
            write(answer(line, number))
        stdout.flush()
    if pending:
        write(answer(pending, number + 1))
        stdout.flush()


def _cpus() -> int:
    if not hasattr(os, "fork"):
        return 1
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


Block = tuple[int, int, int]  # start offset, end offset (after its last newline), lines before it


def plan_blocks(fd: int, start: int, size: int, block_size: int = READ_SIZE) -> tuple[list[Block], int]:
    """The bytes of file `fd` from `start` to its last newline before `size`, cut after a newline
    every ~`block_size` bytes (a longer line makes a longer block), each with the number of lines
    before it; and the number of lines in them all."""
    blocks: list[Block] = []
    pos, lines = start, 0
    while pos < size:
        data = os.pread(fd, min(block_size, size - pos), pos)
        cut = data.rfind(b"\n")
        while cut < 0 and pos + len(data) < size:  # a line longer than a block
            more = os.pread(fd, min(block_size, size - pos - len(data)), pos + len(data))
            if not more:
                break
            data += more
            cut = data.rfind(b"\n")
        if cut < 0:
            break  # no newline left: the rest is read as on one core
        blocks.append((pos, pos + cut + 1, lines))
        lines += data.count(b"\n", 0, cut + 1)
        pos += cut + 1
    return blocks, lines


def _answer_block(answer: Answer, fd: int, block: Block) -> bytes:
    start, end, before = block
    lines = os.pread(fd, end - start, start).split(b"\n")
    lines.pop()  # after the block's last newline
    return b"".join([answer(line, before + i) for i, line in enumerate(lines, start=1)])


def _answer_in_parallel(answer: Answer, stdin: BinaryIO, stdout: BinaryIO, warm: Callable[[], None]) -> int:
    """Answer the lines of the regular file on stdin up to its last newline, in several processes;
    leave stdin after them and return how many lines that was (0, nothing read, when stdin is not a
    large regular file)."""
    fd = stdin.fileno()
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        return 0
    start = os.lseek(fd, 0, os.SEEK_CUR)
    if info.st_size - start < PARALLEL_BYTES:
        return 0
    block_size = max(READ_SIZE, (info.st_size - start) // (_QUEUE_BYTES // _TOKEN.size - 1) + 1)
    blocks, lines = plan_blocks(fd, start, info.st_size, block_size)
    if len(blocks) < 2:
        return 0
    warm()
    stdout.flush()
    queue_r, queue_w = os.pipe()
    os.write(queue_w, b"".join(_TOKEN.pack(k) for k in range(len(blocks))))
    os.close(queue_w)  # a read after the last number returns b"": the queue is empty
    children: dict[int, int] = {}  # result pipe -> pid
    try:
        for _ in range(min(_cpus(), MAX_CHILDREN + 1) - 1):
            result_r, result_w = os.pipe()
            pid = os.fork()
            if pid == 0:  # the child: answer blocks until the queue is empty, then leave
                os.close(result_r)
                _child(answer, fd, blocks, queue_r, result_w)
            os.close(result_w)
            children[result_r] = pid
        _Parent(answer, fd, blocks, queue_r, stdout, children).run()
    finally:
        os.close(queue_r)
        for result_r, pid in children.items():
            os.close(result_r)
            _end(pid)
    os.lseek(fd, blocks[-1][1], os.SEEK_SET)
    return lines


def _child(answer: Answer, fd: int, blocks: list[Block], queue_r: int, result_w: int) -> None:
    """Answer the blocks this process takes from the queue; never returns (the parent's buffered
    stdout, `finally` blocks and exit handlers are the parent's to run). Its stderr is closed: an
    error is the parent's to report, when it answers that block itself."""
    code = 0
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 2)
        try:
            from fcntl import fcntl

            fcntl(result_w, _F_SETPIPE_SZ, 1 << 20)
        except OSError:
            pass
        while len(token := os.read(queue_r, _TOKEN.size)) == _TOKEN.size:
            (k,) = _TOKEN.unpack(token)
            try:
                out = _answer_block(answer, fd, blocks[k])
            except BaseException:  # the parent answers this block again and meets the error itself
                _write_all(result_w, _FRAME.pack(-1 - k, 0))
                break
            _write_all(result_w, _FRAME.pack(k, len(out)) + out)
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _end(pid: int) -> None:
    """Wait for a child (its CPU time then counts among this process's children's); stop it first if
    it is still answering (the parent is leaving on an error)."""
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done == 0:
            os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)
    except ChildProcessError:
        pass


class _Parent:
    """The parent's side: take blocks from the queue and answer them, collect the children's
    answers, and write every block's answers in input order."""

    def __init__(
        self,
        answer: Answer,
        fd: int,
        blocks: list[Block],
        queue_r: int,
        stdout: BinaryIO,
        children: dict[int, int],
    ) -> None:
        self.answer, self.fd, self.blocks, self.queue_r, self.stdout = answer, fd, blocks, queue_r, stdout
        self.open = set(children)  # result pipes not yet at their end
        self.partial = dict.fromkeys(children, b"")
        self.answers: dict[int, bytes | None] = {}  # block -> its answers; None: answer it again in turn
        self.next = 0  # the next block to write

    def run(self) -> None:
        while len(token := os.read(self.queue_r, _TOKEN.size)) == _TOKEN.size:
            (k,) = _TOKEN.unpack(token)
            try:
                self.answers[k] = _answer_block(self.answer, self.fd, self.blocks[k])
            except KeyboardInterrupt:
                raise
            except BaseException:
                self.answers[k] = None  # raised again in turn, after every answer before it
            self._collect(wait=False)
            self._write(last=False)
        while self.next < len(self.blocks) and self.open:
            self._collect(wait=True)
            self._write(last=False)
        self._write(last=True)

    def _collect(self, wait: bool) -> None:
        if not self.open:
            return
        ready, _, _ = select.select(list(self.open), [], [], None if wait else 0)
        for r in ready:
            data = os.read(r, 1 << 20)
            if not data:
                self.open.discard(r)
                continue
            buf = self.partial[r] + data
            while len(buf) >= _FRAME.size:
                k, length = _FRAME.unpack_from(buf)
                if len(buf) < _FRAME.size + length:
                    break
                if k >= 0:
                    self.answers[k] = buf[_FRAME.size : _FRAME.size + length]
                else:
                    self.answers[-1 - k] = None
                buf = buf[_FRAME.size + length :]
            self.partial[r] = buf

    def _write(self, last: bool) -> None:
        """Write the answers of the blocks next in order. A block answered None (it raised) is
        answered here, line by line, so its error comes after the same output as on one core; with
        `last`, so is every block no process answered (a child died holding it)."""
        wrote = False
        while self.next < len(self.blocks):
            if self.next in self.answers:
                out = self.answers.pop(self.next)
                if out is None:
                    self._answer_here(self.blocks[self.next])
                else:
                    self.stdout.write(out)
            elif last:
                self._answer_here(self.blocks[self.next])
            else:
                break
            wrote = True
            self.next += 1
        if wrote:
            self.stdout.flush()

    def _answer_here(self, block: Block) -> None:
        start, end, before = block
        lines = os.pread(self.fd, end - start, start).split(b"\n")
        lines.pop()
        for i, line in enumerate(lines, start=1):
            self.stdout.write(self.answer(line, before + i))
