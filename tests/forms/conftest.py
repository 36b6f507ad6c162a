"""Helpers for the request-form tests: partners, an exported form, filling it like a partner."""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic._font import Font
from sqlalchemy import func, select

from engagements.services.partners import NewPartner, add_partner
from engagements.store.models import (
    AuditEvent,
    IemRequest,
    IssuedForm,
    SessionRequest,
    SubClientAccount,
)

IEM_VALUES = {
    "request_type": "iem",
    "sub_client_account_id": "acc-778",
    "sub_client_name": "云帆商城（杭州）有限公司",
    "event_name": "双十一大促峰值保障",
    "event_type": "promotion",
    "event_start": "2026-12-14",
    "event_end": "2026-12-16",
    "description": "双十一期间峰值流量保障，预计 QPS 提升 10 倍。\nPeak support for the sale.",
    "contact_name": "李雷",
    "contact_email": "li.lei@example.cn",
    "contact_phone": "+86 138 0000 0000",
}
SESSION_VALUES = {
    "request_type": "session",
    "sub_client_account_id": "acc-778",
    "sub_client_name": "云帆商城",
    "session_topic": "architecture",
    "session_start": "2026-12-15 10:00",
    "session_timezone": "Asia/Shanghai",
    "description": "架构评审",
    "contact_name": "韩梅梅",
    "contact_email": "han@example.cn",
}


@pytest.fixture(autouse=True)
def quiet_pypdf() -> None:
    # pypdf warns that a newline in a multi-line value has no glyph; the text still renders.
    logging.getLogger("pypdf").setLevel(logging.ERROR)


def add_partners(db: Any) -> None:
    add_partner(
        db,
        NewPartner(
            id="P001",
            name="杭州云帆科技有限公司",
            edition="enterprise",
            start=date(2026, 1, 1),
            months=24,
        ),
    )
    add_partner(
        db,
        NewPartner(
            id="P002",
            name="Blue Harbor Trading",
            edition="enterprise",
            start=date(2026, 1, 1),
            months=24,
        ),
    )
    add_partner(
        db,
        NewPartner(
            id="S001", name="Small Shop", edition="standard", start=date(2026, 1, 1), months=12
        ),
    )


@pytest.fixture
def partners(db: Any) -> Any:
    add_partners(db)
    return db


_FONTS: dict[bytes, Any] = {}


def _font_key(font: Any) -> bytes | None:
    """The font resource's identity by content: its name and its Unicode map's bytes."""
    unicode_map = font.get("/ToUnicode")
    if unicode_map is None:
        return None
    data = unicode_map.get_object().get_data()
    return str(font.get("/BaseFont")).encode() + hashlib.sha256(data).digest()


@contextmanager
def _fonts_read_once() -> Iterator[None]:
    """pypdf reads the embedded font's 180,000-entry Unicode map again for every field it
    fills (nearly all of a fill's time); every exported form embeds the same font."""
    original = Font.from_font_resource.__func__  # type: ignore[attr-defined]

    def once(cls: type[Font], font: Any) -> Font:
        key = _font_key(font)
        if key is None:
            return original(cls, font)
        if key not in _FONTS:
            _FONTS[key] = original(cls, font)
        return _FONTS[key]

    with patch.object(Font, "from_font_resource", classmethod(once)):
        yield


def fill(source: Path, target: Path, values: dict[str, str], drop: tuple[str, ...] = ()) -> Path:
    """Fill the form as a PDF tool would (pypdf), optionally changing identity fields too."""
    writer = PdfWriter(clone_from=PdfReader(source))
    with _fonts_read_once():
        writer.update_page_form_field_values(None, values, auto_regenerate=False)
    if drop:
        fields = writer._root_object["/AcroForm"]["/Fields"]
        for index in reversed(range(len(fields))):
            if fields[index].get_object().get("/T") in drop:
                del fields[index]
    buffer = io.BytesIO()
    writer.write(buffer)
    target.write_bytes(buffer.getvalue())
    return target


def counts(db: Any) -> dict[str, int]:
    """Rows that an import may write; a refused import must leave them all unchanged."""
    with db.reading() as session:
        return {
            "iem_requests": session.scalar(select(func.count()).select_from(IemRequest)),
            "session_requests": session.scalar(select(func.count()).select_from(SessionRequest)),
            "audit_events": session.scalar(select(func.count()).select_from(AuditEvent)),
            "sub_clients": session.scalar(select(func.count()).select_from(SubClientAccount)),
            "used_forms": session.scalar(
                select(func.count()).select_from(IssuedForm).where(IssuedForm.used_at.is_not(None))
            ),
        }
