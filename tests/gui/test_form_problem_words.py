"""A returned form's problems and warnings, a rejected file's reason and the common errors
are worded by the window (gui.problems) from what was found: in English exactly as the
services say them (so the two cannot drift apart), in Chinese in Chinese."""

from __future__ import annotations

import json
import logging
import re
from datetime import date, timedelta
from typing import Any

import pytest

from engagements.domain.errors import NotFound
from engagements.errors import BadInputFile, EngagementsError
from engagements.forms.read import MAX_FILE_BYTES, check_pdf_bytes, checked_fields, read_form_file
from engagements.forms.values import FieldProblem, read_returned_form
from engagements.gui.language import install_language
from engagements.gui.problems import field_problem_text, message_for, rejected_text
from engagements.services import forms
from engagements.services.forms.verifying import returned_from_fields
from tests.forms.conftest import IEM_VALUES, SESSION_VALUES, add_partners, fill

CHINESE = re.compile(r"[\u4e00-\u9fff]")
GOOD_IDENTITY = {
    "form_id": "F20261201-abcdef12",
    "partner_id": "P001",
    "expires": "2026-12-26",
    "signature": "a" * 64,
}
# Every case of a typed value the window words (gui.finding_words._form_value).
VALUE_CASES = {
    "several_values",
    "required",
    "too_long",
    "control",
    "not_a_choice",
    "not_a_date",
    "identity_changed",
    "no_contact",
    "end_before_start",
    "not_a_time_zone",
    "not_a_start",
    "not_an_email",
}


@pytest.fixture(autouse=True)
def english(qapp):
    install_language(qapp, "en")
    yield
    install_language(qapp, "en")


def value_problems() -> list[FieldProblem]:
    """Returned forms with every kind of wrong value, read as the importer reads them."""
    forged = {
        "form_id": "bad",
        "partner_id": "P 1",
        "signature": "x",
        "expires": "",
        "request_type": ["iem", "session"],
    }
    iem = {
        **GOOD_IDENTITY,
        "request_type": "iem",
        "event_name": "x" * 500,
        "event_type": "party",
        "event_start": "2026-12-20",
        "event_end": "2026-12-10",
        "contact_name": "Li",
        "description": "a\x01b",
    }
    dates = {
        **GOOD_IDENTITY,
        "request_type": "iem",
        "event_name": "Go",
        "event_type": "other",
        "event_start": "2026-12-20",
        "event_end": "2026-12-10",
    }
    session = {
        **GOOD_IDENTITY,
        "request_type": "session",
        "session_topic": "",
        "session_timezone": "Mars/Base!",
        "session_start": "tomorrow",
        "contact_name": "Li",
        "contact_email": "not-mail",
        "expires": "2026-02-30",
    }
    found: list[FieldProblem] = []
    for raw in (forged, iem, dates, session):
        found += read_returned_form(raw).problems  # type: ignore[arg-type]
    return found


def missing_partner() -> None:
    raise NotFound("partner", "P9")


def rejected_files(tmp_path: Any) -> list[EngagementsError]:
    """What reading a file refuses, made by the reader itself."""
    found: list[EngagementsError] = []
    for attempt in (
        lambda: check_pdf_bytes(b"%PDF-" + b"x" * MAX_FILE_BYTES, "big.pdf"),
        lambda: check_pdf_bytes(b"  ", "empty.pdf"),
        lambda: check_pdf_bytes(b"hello", "notes.pdf"),
        lambda: checked_fields(b"nonsense", "bad.pdf"),
        lambda: checked_fields(
            json.dumps({"ok": True, "fields": {}, "active": "JavaScript"}).encode(), "act.pdf"
        ),
        lambda: returned_from_fields({}, "other.pdf"),
        lambda: read_form_file(tmp_path),
        missing_partner,
    ):
        with pytest.raises(EngagementsError) as refused:
            attempt()
        found.append(refused.value)
    return found


def test_every_value_case_is_among_the_examples():
    cases = {p.finding.numbers["case"] for p in value_problems() if p.finding}
    assert cases == VALUE_CASES


def test_in_english_a_value_problem_is_the_importer_s_sentence(caplog):
    with caplog.at_level(logging.INFO, logger="engagements.gui.problems"):
        for problem in value_problems():
            assert problem.finding is not None, problem
            assert field_problem_text(problem) == problem.message
    assert "no wording" not in caplog.text


def test_in_english_a_rejected_file_is_the_reader_s_sentence(tmp_path, caplog):
    with caplog.at_level(logging.INFO, logger="engagements.gui.problems"):
        for refused in rejected_files(tmp_path):
            assert refused.numbers or getattr(refused, "findings", ()), refused
            assert message_for(refused) == refused.reason
    assert "no wording" not in caplog.text


def test_every_missing_thing_the_services_name_is_worded(qapp):
    from sqlalchemy.exc import IntegrityError

    from engagements.services.database import _translate_write_error

    said = [
        NotFound("session request", 7),
        NotFound("adjustment on", "CN 2026-10-01"),
        NotFound("sub-client account", "A-9", of="P001"),
        _translate_write_error(
            IntegrityError("INSERT", {}, Exception("conflicting key: expert double-booked"))
        ),
    ]
    for error in said:
        assert message_for(error) == error.reason
    install_language(qapp, "zh_CN")
    for error in said:
        assert CHINESE.search(message_for(error)), error.reason
    assert "P001" in message_for(said[2]) and "A-9" in message_for(said[2])
    assert said[2].reason == "no sub-client account of P001 with id 'A-9'"  # as the CLI says


def test_a_missing_thing_the_window_cannot_name_is_shown_as_the_service_says():
    odd = NotFound("calendar row", 3)
    assert message_for(odd) == odd.reason
    plain = BadInputFile("cannot read x.pdf: gone", "unreadable_file")
    assert message_for(plain) == plain.reason


def test_in_chinese_every_form_problem_and_rejected_file_is_chinese(qapp, tmp_path):
    install_language(qapp, "zh_CN")
    for problem in value_problems():
        text = field_problem_text(problem)
        assert CHINESE.search(text) and text != problem.message, (problem, text)
    for refused in rejected_files(tmp_path):
        text = message_for(refused)
        assert CHINESE.search(text) and text != refused.reason, (refused.reason, text)
    several = value_problems()[:3]
    text = rejected_text("whatever", several)
    assert CHINESE.search(text) and "2" in text


def imported_problems(db: Any, today: date, folder: Any) -> list[FieldProblem]:
    """The problems and warnings the importer finds with real returned forms: expired,
    for another partner, used already, changed identity, late, over the allowance, a
    session in the past."""
    add_partners(db)
    found: list[FieldProblem] = []

    def returned(
        name: str,
        values: dict[str, str],
        on: date = today,
        partner: str | None = None,
        export_on: date = today,
    ) -> forms.FormPreview:
        forms.export_form(db, "P001", folder / f"{name}-blank.pdf", export_on)
        filled = fill(folder / f"{name}-blank.pdf", folder / f"{name}.pdf", values)
        return forms.preview_form_import(db, filled, on, expected_partner=partner)

    late = {
        **IEM_VALUES,
        "event_start": (today + timedelta(days=2)).isoformat(),
        "event_end": (today + timedelta(days=3)).isoformat(),
    }
    long = {
        **IEM_VALUES,
        "event_start": (today + timedelta(days=40)).isoformat(),
        "event_end": (today + timedelta(days=60)).isoformat(),
    }
    past = {**SESSION_VALUES, "session_start": f"{today - timedelta(days=1)} 10:00"}
    for preview in (
        returned("expired", IEM_VALUES, today + timedelta(days=60)),
        returned("other", IEM_VALUES, partner="P002"),
        returned("changed", {**IEM_VALUES, "expires": "2027-01-30"}),
        returned("late", late),
        returned("long", long),
        returned("past", past),
    ):
        found += [*preview.problems, *preview.warnings]
    forms.export_form(db, "P001", folder / "used-blank.pdf", today)
    used = fill(folder / "used-blank.pdf", folder / "used.pdf", IEM_VALUES)
    forms.import_form(db, used, today)
    found += forms.preview_form_import(db, used, today).problems
    return found


EXPECTED_ERRORS = {
    "expired_form",
    "wrong_partner",
    "forged_form",
    "late_request",
    "allowance_forecast",
    "past_start",
    "form_used",
}


def test_the_importer_s_findings_word_as_it_says_and_in_chinese(
    qapp, sqlite_db, today, tmp_path, caplog
):
    found = imported_problems(sqlite_db, today, tmp_path)
    assert {p.error for p in found} >= EXPECTED_ERRORS, [p.error for p in found]
    with caplog.at_level(logging.INFO, logger="engagements.gui.problems"):
        for problem in found:
            assert problem.finding is not None, problem
            assert field_problem_text(problem) == problem.message
    assert "no wording" not in caplog.text
    install_language(qapp, "zh_CN")
    for problem in found:
        text = field_problem_text(problem)
        assert CHINESE.search(text) and text != problem.message, (problem.message, text)


def test_a_pending_session_request_keeps_what_its_warnings_found(qapp, sqlite_db, today, tmp_path):
    from engagements.gui.form_session_requests import stored_warning_texts

    add_partners(sqlite_db)
    forms.export_form(sqlite_db, "P001", tmp_path / "blank.pdf", today)
    past = {**SESSION_VALUES, "session_start": f"{today - timedelta(days=1)} 10:00"}
    forms.import_form(sqlite_db, fill(tmp_path / "blank.pdf", tmp_path / "s.pdf", past), today)
    (pending,) = forms.pending_session_requests(sqlite_db)
    assert pending.warnings == ("the preferred start has passed",)
    assert stored_warning_texts(pending) == list(pending.warnings)
    install_language(qapp, "zh_CN")
    (text,) = stored_warning_texts(pending)
    assert CHINESE.search(text)


def test_a_busy_or_read_only_database_is_worded_by_its_case(qapp):
    from sqlalchemy.exc import OperationalError

    from engagements.services.database import _translate_write_error

    said = [
        _translate_write_error(OperationalError("UPDATE", {}, Exception(text)))
        for text in ("database is locked", "attempt to write a readonly database")
    ]
    for error in said:
        assert isinstance(error, EngagementsError) and error.numbers
        assert message_for(error) == error.reason
    install_language(qapp, "zh_CN")
    for error in said:
        assert isinstance(error, EngagementsError)
        assert CHINESE.search(message_for(error)), error.reason


def test_a_database_opened_read_only_says_so_in_the_window_s_language(qapp, sqlite_db, sqlite_url):
    from engagements.errors import NotAllowed
    from engagements.services.database import Database

    reader = Database.open(sqlite_url, read_only=True)
    try:
        with pytest.raises(NotAllowed) as refused:
            reader.write(lambda session: None)
    finally:
        reader.engine.dispose()
    assert message_for(refused.value) == refused.value.reason
    install_language(qapp, "zh_CN")
    assert CHINESE.search(message_for(refused.value))
