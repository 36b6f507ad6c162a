"""Benchmark: importing a batch of returned request forms.

Forms are exported for Enterprise partners, filled in as a partner's PDF tool would
(pypdf), and then imported in one batch (``import_forms``: one reader process for all of
them). Where the batch import does not exist, each form is imported on its own.
"""

from __future__ import annotations

import hashlib
import io
import logging
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from perf_database import BENCHMARK_TODAY

IEM_ANSWERS = {
    "request_type": "iem",
    "sub_client_account_id": "acc-778",
    "sub_client_name": "云帆商城（杭州）有限公司",
    "event_name": "双十一大促峰值保障",
    "event_type": "promotion",
    "event_start": "2026-09-14",
    "event_end": "2026-09-16",
    "description": "Peak support for the sale; QPS up tenfold.",
    "contact_name": "李雷",
    "contact_email": "li.lei@example.cn",
    "contact_phone": "+86 138 0000 0000",
}


def run(forms: int = 200, today: date = BENCHMARK_TODAY) -> dict[str, Any]:
    """Seconds per form for importing ``forms`` returned forms in one batch."""
    from engagements.services.database import Database
    from engagements.services.partners import NewPartner, add_partner

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # newline glyph warnings
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(f"sqlite:///{Path(folder) / 'forms.db'}")
        partner_ids = [f"F{number:04d}" for number in range(1, forms + 1)]
        for partner_id in partner_ids:
            add_partner(
                db,
                NewPartner(
                    partner_id, f"Form partner {partner_id}", "enterprise", date(2026, 1, 1), 24
                ),
            )
        paths = _returned_forms(db, partner_ids, Path(folder), today)
        seconds, imported, how = _import(db, paths, today)
        db.engine.dispose()
    return {
        "seconds_per_form": round(seconds / forms, 4),
        "forms": forms,
        "imported": imported,
        "seconds": round(seconds, 2),
        "how": how,
    }


def _returned_forms(db: Any, partner_ids: list[str], folder: Path, today: date) -> list[Path]:
    from engagements.services.forms import export_form

    paths = []
    with _fonts_read_once():
        for partner_id in partner_ids:
            blank = folder / f"blank-{partner_id}.pdf"
            export_form(db, partner_id, blank, today)
            paths.append(_fill(blank, folder / f"returned-{partner_id}.pdf"))
    return paths


def _import(db: Any, paths: list[Path], today: date) -> tuple[float, int, str]:
    import engagements.services.forms as forms

    started = time.perf_counter()
    if hasattr(forms, "import_forms"):
        batch = forms.import_forms(db, [str(p) for p in paths], today)
        imported, how = len(batch.imported), "import_forms (one batch)"
    else:
        imported = sum(1 for p in paths if forms.import_form(db, str(p), today))
        how = "import_form, one call per form (no batch import yet)"
    return time.perf_counter() - started, imported, how


def _fill(source: Path, target: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(source))
    writer.update_page_form_field_values(None, IEM_ANSWERS, auto_regenerate=False)
    buffer = io.BytesIO()
    writer.write(buffer)
    target.write_bytes(buffer.getvalue())
    return target


@contextmanager
def _fonts_read_once() -> Iterator[None]:
    """pypdf reads the embedded font's big Unicode map again for every field it fills;
    every exported form embeds the same font, so read it once (filling is not timed)."""
    from unittest.mock import patch

    from pypdf.generic._font import Font

    original = Font.from_font_resource.__func__  # type: ignore[attr-defined]
    known: dict[bytes, Any] = {}

    def once(cls: type[Font], font: Any) -> Font:
        unicode_map = font.get("/ToUnicode")
        if unicode_map is None:
            return original(cls, font)
        key = (
            str(font.get("/BaseFont")).encode()
            + hashlib.sha256(unicode_map.get_object().get_data()).digest()
        )
        if key not in known:
            known[key] = original(cls, font)
        return known[key]

    with patch.object(Font, "from_font_resource", classmethod(once)):
        yield
