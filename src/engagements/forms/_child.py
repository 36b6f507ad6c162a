"""Runs in a child process: read returned forms' field values from untrusted PDF bytes.

A long-lived reader: it takes one PDF at a time on stdin as a frame (8-byte big-endian
length, then the bytes) and answers each with a frame holding one JSON object:
{"ok": true, "fields": {name: value}, "active": null or what would run} or
{"ok": false, "reason": "..."}. End of input
ends the process. It caps its own memory first, and gives each form its own CPU-time
budget (the soft limit is moved up before each form, under a hard limit for the whole
process), so a crafted file can at worst kill this process, never the application.
Only the standard library and pypdf are imported here.
"""

from __future__ import annotations

import io
import json
import struct
import sys
from typing import BinaryIO

MAX_FIELDS = 200
MAX_VALUE_CHARS = 20_000
HEADER = struct.Struct(">Q")


def _limit_memory(memory_bytes: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the parent's timeout still bounds the time
        return
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))


def _budget_cpu(seconds: int, hard_seconds: int) -> None:
    """Allow ``seconds`` more CPU time from now (SIGXCPU ends the process after that)."""
    try:
        import resource
    except ImportError:
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    spent = int(usage.ru_utime + usage.ru_stime) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (min(spent + seconds, hard_seconds), hard_seconds))


def _plain(value: object) -> object:
    if value is None:
        return None
    if isinstance(value, list | tuple):
        return [str(item)[:MAX_VALUE_CHARS] for item in value][:MAX_FIELDS]
    return str(value)[:MAX_VALUE_CHARS]


def read_fields(data: bytes) -> dict[str, object]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        raise ValueError("encrypted")
    found = reader.get_fields() or {}
    fields: dict[str, object] = {}
    for name, field in list(found.items())[:MAX_FIELDS]:
        fields[str(name)[:200]] = _plain(field.get("/V"))
    return fields


MAX_OBJECTS = 50_000  # a request form has a few hundred; more is refused, not walked
ACTIVE_KEYS = {"/JS": "JavaScript", "/JavaScript": "JavaScript"}
ACTIVE_ACTIONS = {
    "/JavaScript": "JavaScript",
    "/Launch": "a launch action",
    "/ImportData": "an import-data action",
    "/Rendition": "a rendition action",
}


def active_content(data: bytes) -> str | None:
    """What would run when the PDF is opened or touched (JavaScript, launching a program),
    found anywhere in the document's object graph; None when there is nothing."""
    from pypdf import PdfReader
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        reader.decrypt("")
    pending: list[object] = [reader.trailer]
    seen: set[tuple[int, int]] = set()
    while pending:
        item = pending.pop()
        if isinstance(item, IndirectObject):
            if (item.idnum, item.generation) in seen:
                continue
            seen.add((item.idnum, item.generation))
            if len(seen) > MAX_OBJECTS:
                return "too many objects to check"
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            for key, value in item.items():
                if key in ACTIVE_KEYS:
                    return ACTIVE_KEYS[key]
                if key == "/S" and str(value) in ACTIVE_ACTIONS:
                    return ACTIVE_ACTIONS[str(value)]
                pending.append(value)
        elif isinstance(item, ArrayObject):
            pending.extend(item)
    return None


def answer(data: bytes) -> bytes:
    """The JSON answer for one PDF's bytes."""
    try:
        result: dict[str, object] = {
            "ok": True,
            "fields": read_fields(data),
            "active": active_content(data),
        }
    except Exception as problem:  # noqa: BLE001 - any failure (memory too) means "not readable"
        result = {"ok": False, "reason": type(problem).__name__}
    return json.dumps(result, ensure_ascii=True).encode("ascii")


def _read_exactly(stream: BinaryIO, size: int) -> bytes | None:
    data = stream.read(size)
    return data if data is not None and len(data) == size else None


def serve(memory_bytes: int, cpu_seconds: int, hard_cpu_seconds: int) -> int:
    """Answer frames until the parent closes our input."""
    _limit_memory(memory_bytes)
    import pypdf  # noqa: F401 - imported once here, not inside the first form's budget

    source, sink = sys.stdin.buffer, sys.stdout.buffer
    while (header := _read_exactly(source, HEADER.size)) is not None:
        data = _read_exactly(source, HEADER.unpack(header)[0])
        if data is None:
            return 1
        _budget_cpu(cpu_seconds, hard_cpu_seconds)
        reply = answer(data)
        sink.write(HEADER.pack(len(reply)) + reply)
        sink.flush()
    return 0


if __name__ == "__main__":
    sys.exit(serve(int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])))
