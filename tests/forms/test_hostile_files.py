"""Hostile things handed to ``form import``: FIFOs, folders named like PDFs, file names
that write to the terminal, forms that would run code (issue 21)."""

from __future__ import annotations

import io
import os
import threading

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

from engagements.errors import BadInputFile
from engagements.services import forms
from tests.forms.conftest import IEM_VALUES, add_partners, counts, fill


@pytest.fixture
def filled(sqlite_db, today, tmp_path):
    add_partners(sqlite_db)
    forms.export_form(sqlite_db, "P001", tmp_path / "p.pdf", today)
    return fill(tmp_path / "p.pdf", tmp_path / "good.pdf", IEM_VALUES)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_a_fifo_is_refused_at_once_not_waited_on(cli, sqlite_url, tmp_path):
    fifo = tmp_path / "form.pdf"
    os.mkfifo(fifo)
    outcome = {}
    worker = threading.Thread(
        target=lambda: outcome.update(
            result=cli("--db", sqlite_url, "form", "import", fifo, "--json")
        ),
        daemon=True,
    )
    worker.start()
    worker.join(20)
    if worker.is_alive():  # unblock the old code's open() so the test run can end
        with open(fifo, "wb"):
            pass
        worker.join(5)
        pytest.fail("form import hung on a FIFO")
    result = outcome["result"]
    assert result.code == 4, result.stdout
    assert result.json["error"] == "not_a_file"


def test_an_empty_folder_named_like_a_pdf_is_an_error(cli, sqlite_url, tmp_path):
    (tmp_path / "x.pdf").mkdir()
    result = cli("--db", sqlite_url, "form", "import", tmp_path / "x.pdf", "--json")
    assert result.code == 4
    assert result.json["error"] == "no_forms_found"
    assert "no request forms" in result.json["reason"]


def test_an_empty_folder_says_no_forms_were_found(cli, sqlite_url, tmp_path):
    (tmp_path / "returned").mkdir()
    result = cli("--db", sqlite_url, "form", "import", tmp_path / "returned")
    assert result.code == 4
    assert "no request forms (.pdf files) were found" in result.stderr


def test_a_folder_given_as_a_file_is_refused_by_the_service(sqlite_db, today, tmp_path):
    (tmp_path / "x.pdf").mkdir()
    with pytest.raises(BadInputFile) as caught:
        forms.import_form(sqlite_db, tmp_path / "x.pdf", today)
    assert caught.value.error == "not_a_file"


def test_file_names_are_printed_escaped(cli, sqlite_url, tmp_path):
    name = "evil\n\x1b[2J\x1b]0;owned\x07.pdf"
    (tmp_path / name).write_bytes(b"not a pdf at all")
    (tmp_path / "other.pdf").write_bytes(b"nor this")
    for args in ([tmp_path / name], [tmp_path / name, tmp_path / "other.pdf"]):
        result = cli("--db", sqlite_url, "form", "import", *args)
        assert result.code == 4
        assert "\x1b" not in result.stderr + result.stdout
        assert "evil\\n\\x1b[2J" in result.stderr, result.stderr


def with_action(source, target, action: DictionaryObject, where: str):
    writer = PdfWriter(clone_from=PdfReader(source))
    if where == "open":
        writer._root_object[NameObject("/OpenAction")] = action
    else:  # on a field: runs when the reader clicks or tabs into it
        field = writer._root_object["/AcroForm"]["/Fields"][0].get_object()
        field[NameObject("/AA")] = DictionaryObject({NameObject("/F"): action})
    buffer = io.BytesIO()
    writer.write(buffer)
    target.write_bytes(buffer.getvalue())
    return target


ACTIONS = {
    "javascript": DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert(1)"),
        }
    ),
    "launch": DictionaryObject(
        {NameObject("/S"): NameObject("/Launch"), NameObject("/F"): TextStringObject("calc.exe")}
    ),
}


@pytest.mark.parametrize("where", ["open", "field"])
@pytest.mark.parametrize("kind", list(ACTIONS))
def test_forms_that_would_run_code_are_refused(sqlite_db, filled, today, tmp_path, kind, where):
    hostile = with_action(filled, tmp_path / "hostile.pdf", ACTIONS[kind], where)
    before = counts(sqlite_db)
    with pytest.raises(BadInputFile) as caught:
        forms.import_form(sqlite_db, hostile, today)
    assert caught.value.error == "active_content"
    assert counts(sqlite_db) == before
    assert forms.import_form(sqlite_db, filled, today).created  # the genuine one still does
