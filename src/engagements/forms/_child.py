"""Runs in a child process: read a returned form's field values from untrusted PDF bytes.

Reads the PDF from stdin and prints one JSON object: {"ok": true, "fields": {name: value}}
or {"ok": false, "reason": "..."}. It caps its own memory and CPU time first, so a crafted
file can at worst kill this process, never the application. Only the standard library
and pypdf are imported here.
"""

from __future__ import annotations

import io
import json
import sys

MAX_FIELDS = 200
MAX_VALUE_CHARS = 20_000


def _limit(memory_bytes: int, cpu_seconds: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the parent's timeout still bounds the time
        return
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))


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


def main() -> int:
    _limit(int(sys.argv[1]), int(sys.argv[2]))
    data = sys.stdin.buffer.read()
    try:
        result: dict[str, object] = {"ok": True, "fields": read_fields(data)}
    except Exception as problem:  # noqa: BLE001 - any failure means "not readable"
        result = {"ok": False, "reason": type(problem).__name__}
    sys.stdout.write(json.dumps(result, ensure_ascii=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
