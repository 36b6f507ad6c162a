"""Read a returned form safely: size and type checks here, PDF parsing in a child process.

A returned form comes from outside; a crafted PDF could make a parser loop, eat memory
or crash. The parsing therefore runs in a separate Python process with a memory cap,
a CPU limit and a wall-clock timeout, and only plain JSON (field names and text values)
comes back, checked again here before anyone trusts it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from engagements.services.errors import BadInputFile

MAX_FILE_BYTES = 10 * 1024 * 1024
PARSE_TIMEOUT_SECONDS = 20
PARSE_MEMORY_BYTES = 1024 * 1024 * 1024
PARSE_CPU_SECONDS = 15
FieldValues = dict[str, str | list[str] | None]


def read_form_file(path: str | os.PathLike[str]) -> FieldValues:
    """The field values of the PDF at ``path``; ``BadInputFile`` when it is not one we read."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BadInputFile(f"{file.name} is {size // (1024 * 1024)} MB; a request form "
                               f"is at most {MAX_FILE_BYTES // (1024 * 1024)} MB", "file_too_large")
        with file.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise BadInputFile(f"cannot read {file}: {exc.strerror or exc}", "unreadable_file") from exc
    return read_form_bytes(data, file.name)


def read_form_bytes(data: bytes, name: str = "the file") -> FieldValues:
    """The field values of a PDF given as bytes (parsed in a bounded child process)."""
    if len(data) > MAX_FILE_BYTES:
        raise BadInputFile(f"{name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB",
                           "file_too_large")
    if not data.strip():
        raise BadInputFile(f"{name} is empty", "not_a_pdf")
    if b"%PDF-" not in data[:1024]:
        raise BadInputFile(f"{name} is not a PDF file", "not_a_pdf")
    try:
        done = subprocess.run(
            [sys.executable, "-m", "engagements.forms._child", str(PARSE_MEMORY_BYTES),
             str(PARSE_CPU_SECONDS)], input=data, capture_output=True,
            timeout=PARSE_TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        raise BadInputFile(f"{name} took too long to read; it may be damaged or crafted",
                           "unreadable_pdf") from None
    return _checked_fields(done.stdout, done.returncode, name)


def _checked_fields(output: bytes, returncode: int, name: str) -> FieldValues:
    unreadable = BadInputFile(f"{name} is damaged or not a readable PDF", "unreadable_pdf")
    if returncode != 0:
        raise unreadable
    try:
        result = json.loads(output.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise unreadable from None
    if not isinstance(result, dict) or result.get("ok") is not True:
        raise unreadable
    fields = result.get("fields")
    if not isinstance(fields, dict):
        raise unreadable
    return {str(key): _value(value) for key, value in fields.items()}


def _value(value: object) -> str | list[str] | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, list):
        return [str(item) for item in value]
    return str(value)
