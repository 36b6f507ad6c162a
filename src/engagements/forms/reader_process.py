"""The parent's end of the form-reading child: frames out, frames back, with a timeout.

Answers are collected by a thread, so waiting for one can time out on every platform
(a pipe cannot be polled with a timeout on Windows). A process that timed out or died is
killed and never reused: a late answer can never be taken for the next form's.
"""

from __future__ import annotations

import queue
import struct
import subprocess
import sys
import threading
from typing import IO

HEADER = struct.Struct(">Q")  # the same framing as engagements.forms._child


class ReaderStopped(Exception):
    """The child ended (crash, memory or CPU limit) before answering."""


class TooSlow(Exception):
    """No answer within the time allowed."""


class ReaderProcess:
    """One running child; ``ask`` sends a PDF and waits for its JSON answer."""

    def __init__(self, memory_bytes: int, cpu_seconds: int, hard_cpu_seconds: int) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "engagements.forms._child",
                str(memory_bytes),
                str(cpu_seconds),
                str(hard_cpu_seconds),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.served = 0
        self._answers: queue.Queue[bytes | None] = queue.Queue()
        assert self.process.stdout is not None
        threading.Thread(
            target=_collect,
            args=(self.process.stdout, self._answers),
            name="form-reader-answers",
            daemon=True,
        ).start()

    def ask(self, data: bytes, timeout: float) -> bytes:
        """The child's answer for ``data``; ``TooSlow`` or ``ReaderStopped`` otherwise."""
        stdin = self.process.stdin
        assert stdin is not None
        try:
            stdin.write(HEADER.pack(len(data)) + data)
            stdin.flush()
        except OSError:  # BrokenPipeError: it is gone
            raise ReaderStopped() from None
        try:
            answer = self._answers.get(timeout=timeout)
        except queue.Empty:
            raise TooSlow() from None
        if answer is None:
            raise ReaderStopped()
        self.served += 1
        return answer

    def stop(self, at_once: bool = False) -> None:
        """End it: close its input (it exits between forms), or kill it when it is stuck."""
        if at_once:
            self.process.kill()
        try:
            if self.process.stdin is not None:
                self.process.stdin.close()
        except OSError:
            pass
        try:
            self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _collect(stdout: IO[bytes], answers: queue.Queue[bytes | None]) -> None:
    """Read answer frames until the child's output ends, then say so with None."""
    try:
        while len(header := stdout.read(HEADER.size)) == HEADER.size:
            answer = stdout.read(HEADER.unpack(header)[0])
            answers.put(answer)
    except (OSError, ValueError):
        pass
    finally:
        answers.put(None)
        stdout.close()
