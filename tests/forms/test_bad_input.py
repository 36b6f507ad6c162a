"""Every kind of bad returned form exits 4, writes nothing, and burns no genuine form."""

from __future__ import annotations

import io
import threading
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.pdfgen.canvas import Canvas

from engagements.domain.errors import RuleRefusal
from engagements.errors import BadInputFile, InvalidInput
from engagements.forms import fields as F
from engagements.forms.read import MAX_FILE_BYTES
from engagements.services import forms
from tests.forms.conftest import IEM_VALUES, SESSION_VALUES, add_partners, counts, fill

VALUE_CASES = {
    "altered partner": ({"partner_id": "P002"}, "signature", "forged_form"),
    "altered expiry": ({"expires": "2027-06-30"}, "signature", "forged_form"),
    "unknown form id": ({"form_id": "F20261126-0123456789ab"}, "form_id", "unknown_form"),
    "mangled form id": ({"form_id": "../../etc"}, "form_id", "forged_form"),
    "blank signature": ({"signature": ""}, "signature", "forged_form"),
    "impossible date": ({"event_start": "2026-02-30"}, "event_start", "invalid_value"),
    "date in other format": ({"event_end": "16/12/2026"}, "event_end", "invalid_value"),
    "end before start": ({"event_end": "2026-12-01"}, "event_end", "invalid_value"),
    "event type off list": ({"event_type": "party"}, "event_type", "invalid_value"),
    "request type off list": ({"request_type": "refund"}, "request_type", "invalid_value"),
    "bad e-mail": ({"contact_email": "li.lei at example"}, "contact_email", "invalid_value"),
    "too long": ({"description": "长" * 4001}, "description", "invalid_value"),
    "control chars": ({"event_name": "a\x00b"}, "event_name", "invalid_value"),
    "missing sub-client": ({"sub_client_account_id": ""}, "sub_client_account_id", "missing_value"),
}
SESSION_CASES = {
    "bad time zone": ({"session_timezone": "Mars/Olympus_Mons"}, "session_timezone"),
    "bad start": ({"session_start": "2026-12-15T25:00"}, "session_start"),
    "topic off list": ({"session_topic": "gossip"}, "session_topic"),
}


@pytest.fixture
def form(partners, today, tmp_path):
    forms.export_form(partners, "P001", tmp_path / "p.pdf", today)
    return tmp_path / "p.pdf"


def refused(db, path, today, field=None, error=None, **kwargs):
    before = counts(db)
    with pytest.raises(BadInputFile) as caught:
        forms.import_form(db, path, today, **kwargs)
    assert counts(db) == before, "a refused import wrote something"
    if field:
        assert caught.value.field == field, caught.value.reason
    if error:
        assert caught.value.error == error, caught.value.reason
    return caught.value


@pytest.mark.parametrize("case", list(VALUE_CASES))
def test_bad_values_are_refused_and_the_genuine_form_still_imports(
    partners, form, today, tmp_path, case
):
    changes, field, error = VALUE_CASES[case]
    bad = fill(form, tmp_path / "bad.pdf", {**IEM_VALUES, **changes})
    refused(partners, bad, today, field, error)
    good = fill(form, tmp_path / "good.pdf", IEM_VALUES)
    assert forms.import_form(partners, good, today).created


@pytest.mark.parametrize("case", list(SESSION_CASES))
def test_bad_session_values_are_refused(partners, form, today, tmp_path, case):
    changes, field = SESSION_CASES[case]
    refused(partners, fill(form, tmp_path / "bad.pdf", {**SESSION_VALUES, **changes}), today, field)


def test_removed_identity_field_is_not_our_form(partners, form, today, tmp_path):
    bad = fill(form, tmp_path / "bad.pdf", IEM_VALUES, drop=("signature",))
    refused(partners, bad, today, error="not_our_form")


def test_expired_form(partners, form, tmp_path):
    filled = fill(form, tmp_path / "f.pdf", IEM_VALUES)
    refused(partners, filled, date(2026, 12, 27), "expires", "expired_form")


def test_form_of_another_partner(partners, form, today, tmp_path):
    filled = fill(form, tmp_path / "f.pdf", IEM_VALUES)
    refused(partners, filled, today, "partner_id", "wrong_partner", expected_partner="P002")


def test_used_twice(partners, form, today, tmp_path):
    filled = fill(form, tmp_path / "f.pdf", IEM_VALUES)
    forms.import_form(partners, filled, today)
    refused(partners, filled, today, "form_id", "form_used")


def _plain_pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "An invoice, not a request form")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


FILE_CASES = {
    "empty": lambda good: b"",
    "truncated": lambda good: good[: len(good) // 3],
    "random bytes": lambda good: bytes(range(256)) * 64,
    "pdf header then junk": lambda good: b"%PDF-1.7\n" + bytes(range(256)) * 64,
    "not our form": lambda good: _plain_pdf(),
    "oversize": lambda good: good + b"\0" * (MAX_FILE_BYTES + 1 - len(good)),
}


@pytest.mark.parametrize("case", list(FILE_CASES))
def test_bad_files_are_refused(sqlite_db, today, tmp_path, case):
    add_partners(sqlite_db)
    forms.export_form(sqlite_db, "P001", tmp_path / "p.pdf", today)
    good = fill(tmp_path / "p.pdf", tmp_path / "good.pdf", IEM_VALUES).read_bytes()
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(FILE_CASES[case](good))
    problem = refused(sqlite_db, bad, today)
    assert problem.error in {"not_a_pdf", "unreadable_pdf", "not_our_form", "file_too_large"}
    assert not forms.preview_form_import(sqlite_db, bad, today).acceptable
    assert forms.import_form(sqlite_db, tmp_path / "good.pdf", today).created


def test_cli_bad_file_exits_4(cli, sqlite_url, tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"hello")
    result = cli("--db", sqlite_url, "form", "import", bad, "--json")
    assert result.code == 4 and result.json["error"] == "not_a_pdf"
    missing = cli("--db", sqlite_url, "form", "import", tmp_path / "none.pdf", "--json")
    assert missing.code == 4


def test_concurrent_imports_of_one_form_let_exactly_one_succeed(partners, form, today, tmp_path):
    filled = fill(form, tmp_path / "f.pdf", IEM_VALUES)
    start, outcomes = threading.Barrier(2), []

    def run():
        start.wait()
        try:
            outcomes.append(forms.import_form(partners, filled, today))
        except BadInputFile as problem:
            outcomes.append(problem.error)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert outcomes.count("form_used") == 1
    assert sum(isinstance(o, forms.ImportedForm) for o in outcomes) == 1
    assert counts(partners)["iem_requests"] == 1


MUTATIONS = st.one_of(
    st.tuples(
        st.just("flip"),
        st.lists(st.tuples(st.floats(0, 1), st.integers(1, 255)), min_size=1, max_size=8),
    ),
    st.tuples(st.just("truncate"), st.floats(0, 1)),
    st.tuples(st.just("field"), st.tuples(st.sampled_from(F.ALL_FIELDS), st.text(max_size=300))),
)


@pytest.mark.slow
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(mutation=MUTATIONS)
def test_mutated_forms_never_crash_or_write_partially(sqlite_db, today, tmp_path, mutation):
    if not counts(sqlite_db)["audit_events"]:
        add_partners(sqlite_db)
    exported = forms.export_form(sqlite_db, "P001", tmp_path / "p.pdf", today)
    path = fill(tmp_path / "p.pdf", tmp_path / "m.pdf", IEM_VALUES)
    kind, how = mutation
    data = bytearray(path.read_bytes())
    if kind == "flip":
        for where, mask in how:
            data[int(where * (len(data) - 1))] ^= mask
        path.write_bytes(bytes(data))
    elif kind == "truncate":
        path.write_bytes(bytes(data[: int(how * len(data))]))
    else:
        path = fill(tmp_path / "p.pdf", tmp_path / "m.pdf", {**IEM_VALUES, how[0]: how[1]})
    before = counts(sqlite_db)
    try:
        result = forms.import_form(sqlite_db, path, today)
    except (BadInputFile, RuleRefusal, InvalidInput):
        assert counts(sqlite_db) == before
        forms.preview_form_import(sqlite_db, path, today)
        return
    after = counts(sqlite_db)
    assert result.form_id == exported.form_id
    assert after["iem_requests"] == before["iem_requests"] + 1
    assert after["used_forms"] == before["used_forms"] + 1
