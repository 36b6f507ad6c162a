"""Form review: the ASM completes what the partner left out before importing, audited,
and sees the lead time and allowance as in the request editor."""

from __future__ import annotations

from PySide6.QtCore import Qt

from engagements.gui.form_review_dialog import VALUE, shown_fields
from engagements.services.audit import audit_trail
from engagements.services.listings import RequestFilter, request_page
from engagements.services.queries import partner_file
from tests.forms.conftest import IEM_VALUES
from tests.gui.test_forms_gui import forms_window, open_review, returned  # noqa: F401, F811


def _type(dialog, field, text):
    row = shown_fields(dialog.preview).index(field)
    item = dialog.ui.fieldsTable.item(row, VALUE)
    assert item.flags() & Qt.ItemFlag.ItemIsEditable
    item.setText(text)


def test_the_asm_completes_the_sub_client_before_importing(
    qtbot,
    forms_window,  # noqa: F811
    returned,  # noqa: F811
    sqlite_db,
    today,
):
    values = {**IEM_VALUES, "sub_client_account_id": "", "sub_client_name": ""}
    dialog = open_review(qtbot, forms_window, returned("no-client", values))
    assert dialog.problem_next_to("sub_client_account_id") and not dialog.confirm_button.isEnabled()
    identity = dialog.ui.fieldsTable.item(shown_fields(dialog.preview).index("partner_id"), VALUE)
    assert not identity.flags() & Qt.ItemFlag.ItemIsEditable  # the signed part stays
    _type(dialog, "sub_client_account_id", "acc-901")
    _type(dialog, "sub_client_name", "Yunfan Mall")
    qtbot.mouseClick(dialog.ui.recheckButton, Qt.MouseButton.LeftButton)
    assert dialog.confirm_button.isEnabled() and "acc-901" in dialog.ui.corrections.text()
    lead = dialog.ui.leadTime.text()
    assert "Earliest allowed start" in lead and "Allowance" in lead and "left after" in lead
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as done:
        dialog.confirm_button.click()
    form_id = done.args[0].form_id
    correction = next(
        e for e in audit_trail(sqlite_db, ("issued_form", form_id)) if e.action == "form.correct"
    )
    assert correction.before == {"sub_client_account_id": "", "sub_client_name": ""}
    assert correction.after == {
        "sub_client_account_id": "acc-901",
        "sub_client_name": "Yunfan Mall",
    }
    assert ("acc-901", "Yunfan Mall") in {
        (c.account_id, c.name) for c in partner_file(sqlite_db, "P001", today).sub_clients
    }
    assert request_page(sqlite_db, RequestFilter(kinds=("iem",)))[0].partner_id == "P001"
