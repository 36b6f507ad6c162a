"""A folder of returned forms: one reader process, each form accepted or rejected on its own."""

from __future__ import annotations

import pytest

from engagements.errors import BadInputFile
from engagements.forms.read import FormReader, read_form_files
from engagements.services import forms
from tests.forms.conftest import IEM_VALUES, SESSION_VALUES, add_partners, counts, fill


@pytest.fixture
def folder(sqlite_db, today, tmp_path):
    """Three good forms, a forged one, a junk file and a copy of a good one."""
    add_partners(sqlite_db)
    returned = tmp_path / "returned"
    returned.mkdir()
    for name, partner, values in (
        ("a", "P001", IEM_VALUES),
        ("b", "P001", SESSION_VALUES),
        ("c", "P002", IEM_VALUES),
        ("d", "P002", IEM_VALUES),
    ):
        forms.export_form(sqlite_db, partner, tmp_path / f"{name}.pdf", today)
        fill(tmp_path / f"{name}.pdf", returned / f"{name}.pdf", values)
    fill(returned / "d.pdf", returned / "d.pdf", {"partner_id": "P001"})  # forged
    (returned / "e.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    (returned / "f.pdf").write_bytes((returned / "a.pdf").read_bytes())  # a again
    (returned / "notes.txt").write_text("not a form")
    return returned


def test_each_form_is_imported_or_rejected_on_its_own(sqlite_db, today, folder):
    paths = forms.returned_forms_in(folder)
    assert [p.name for p in paths] == ["a.pdf", "b.pdf", "c.pdf", "d.pdf", "e.pdf", "f.pdf"]
    seen = []
    result = forms.import_forms(
        sqlite_db, paths, today, progress=lambda done, total, name: seen.append((done, name))
    )
    assert [i.request_type for i in result.imported] == ["iem", "session", "iem"]
    assert {r.path.rsplit("/", 1)[1]: r.error for r in result.rejected} == {
        "d.pdf": "forged_form",
        "e.pdf": "unreadable_pdf",
        "f.pdf": "form_used",
    }
    assert result.rejected[0].problems[0].field == "signature"
    assert seen[0] == (0, "a.pdf") and seen[-1] == (6, "")
    after = counts(sqlite_db)
    assert (after["iem_requests"], after["session_requests"], after["used_forms"]) == (2, 1, 3)


def test_a_cancelled_batch_keeps_what_it_recorded(sqlite_db, today, folder):
    result = forms.import_forms(
        sqlite_db,
        forms.returned_forms_in(folder),
        today,
        progress=lambda done, total, name: done < 2,
    )
    assert result.cancelled and len(result.imported) == 2
    assert counts(sqlite_db)["used_forms"] == 2


def test_out_of_time_forms_are_rejected_unread(sqlite_db, today, folder):
    result = forms.import_forms(
        sqlite_db, forms.returned_forms_in(folder), today, overall_seconds=1e-9
    )
    assert not result.imported
    assert {r.error for r in result.rejected} == {"batch_timeout"}
    assert counts(sqlite_db)["used_forms"] == 0


def test_a_reader_that_dies_or_stalls_is_replaced(folder):
    good = (folder / "a.pdf").read_bytes()
    with FormReader() as reader:
        assert reader.read(good)["form_id"]
        reader._process.process.kill()  # as a crafted file past the memory cap would
        with pytest.raises(BadInputFile) as died:
            reader.read(good)
        assert died.value.error == "unreadable_pdf"
        with pytest.raises(BadInputFile) as stalled:
            reader.read(good, timeout=1e-6)
        assert "too long" in stalled.value.reason
        assert reader.read(good)["request_type"] == "iem"


def test_one_process_reads_the_whole_batch(folder):
    answers = dict(read_form_files(sorted(folder.glob("*.pdf")), 20, 60))
    assert sum(isinstance(a, dict) for a in answers.values()) == 5
    assert isinstance(answers[str(folder / "e.pdf")], BadInputFile)


def test_cli_imports_a_folder_with_a_summary(cli, sqlite_url, folder):
    result = cli("--db", sqlite_url, "form", "import", folder, "--json")
    assert result.code == 0, result.stderr
    assert result.json["files"] == 6 and len(result.json["imported"]) == 3
    assert [r["error"] for r in result.json["rejected"]] == [
        "forged_form",
        "unreadable_pdf",
        "form_used",
    ]
    again = cli("--db", sqlite_url, "form", "import", folder)
    assert again.code == 4 and "already imported" in again.stderr


def test_cli_batch_summary(cli, sqlite_url, today, tmp_path):
    from engagements.services.database import Database

    db = Database.open(sqlite_url, actor="asm-tester")
    add_partners(db)
    for name in ("x", "y"):
        forms.export_form(db, "P001", tmp_path / f"{name}.pdf", today)
        fill(tmp_path / f"{name}.pdf", tmp_path / f"{name}-filled.pdf", IEM_VALUES)
    (tmp_path / "junk.pdf").write_bytes(b"junk")
    result = cli(
        "--db",
        sqlite_url,
        "form",
        "import",
        tmp_path / "x-filled.pdf",
        tmp_path / "y-filled.pdf",
        tmp_path / "junk.pdf",
        "--json",
    )
    assert result.code == 0, result.stderr
    assert len(result.json["imported"]) == 2 and len(result.json["created"]) == 2
    assert [r["error"] for r in result.json["rejected"]] == ["not_a_pdf"]
    human = cli(
        "--db", sqlite_url, "form", "import", tmp_path / "x-filled.pdf", tmp_path / "junk.pdf"
    )
    assert human.code == 4 and "form was already imported" in human.stderr
