"""Engagements as a desktop application: its menu entry, forms opened with it, and one
window per user and database (a second start hands its request to the first)."""

from __future__ import annotations

import configparser
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from engagements.cli.main import returned_forms_given
from engagements.desktop import quoted_exec_argument, user_entry
from engagements.gui.single_instance import (
    InstanceServer,
    hand_over,
    instance_name,
    parse_request,
)


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_install_desktop_writes_an_entry_that_starts_this_installation(cli, tmp_path):
    result = cli("install-desktop", "--data-dir", tmp_path, "--json")
    assert result.code == 0, result.stderr
    written = result.json
    entry = _entry(Path(written["desktop_file"]))
    assert Path(written["desktop_file"]) == tmp_path / "applications" / "engagements.desktop"
    assert entry["Type"] == "Application" and entry["Name"] == "Engagements"
    assert "application/pdf" in entry["MimeType"].split(";")
    command = entry["Exec"].removesuffix(" %F")
    assert entry["Exec"].endswith(" %F")  # files opened with it arrive as arguments
    launcher = Path(command.split(" ")[0].strip('"'))
    assert launcher.is_absolute() and launcher.exists()
    icon = Path(written["icon"])
    assert icon.name == f"{entry['Icon']}.svg" and icon.read_text().startswith("<svg")
    _validate(Path(written["desktop_file"]))


def _validate(entry: Path) -> None:
    """The freedesktop validator's verdict, where it is installed (CI installs it)."""
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        if os.environ.get("CI") == "true":
            pytest.fail("desktop-file-validate (Debian desktop-file-utils) is missing in CI")
        return
    checked = subprocess.run([validator, str(entry)], capture_output=True, text=True)
    assert checked.returncode == 0 and "error" not in checked.stdout, checked.stdout


def test_the_shipped_entry_is_valid(tmp_path):
    from engagements.desktop import shipped_entry

    entry = tmp_path / "engagements.desktop"
    entry.write_text(shipped_entry(), encoding="utf-8")
    _validate(entry)


def test_install_desktop_uninstall_removes_what_it_wrote(cli, tmp_path):
    assert cli("install-desktop", "--data-dir", tmp_path).code == 0
    result = cli("install-desktop", "--data-dir", tmp_path, "--uninstall", "--json")
    assert result.code == 0
    assert len(result.json["removed"]) == 2
    assert not (tmp_path / "applications" / "engagements.desktop").exists()


def test_an_exec_path_with_spaces_is_quoted():
    assert quoted_exec_argument("/opt/My Tools/engagements") == '"/opt/My Tools/engagements"'
    assert quoted_exec_argument("/usr/bin/engagements") == "/usr/bin/engagements"
    assert 'Exec="/a b/python" -m engagements %F' in user_entry(
        ["/a b/python", "-m", "engagements"]
    )


def test_pdf_files_instead_of_a_command_are_forms_to_open(tmp_path):
    form = tmp_path / "返回的表单.pdf"
    form.write_bytes(b"%PDF-1.7\n")
    assert returned_forms_given([str(form)]) == [form]
    assert returned_forms_given(["partner", "list"]) is None
    assert returned_forms_given([str(tmp_path / "missing.pdf")]) is None
    assert returned_forms_given([str(form), "--json"]) is None


def test_a_second_start_hands_its_forms_to_the_listening_window(qtbot, tmp_path):
    name = instance_name(f"sqlite:///{tmp_path / 'a.db'}")
    server = InstanceServer(name)
    assert server.listen()
    try:
        form = tmp_path / "form.pdf"
        with qtbot.waitSignal(server.requested, timeout=5000) as received:
            assert hand_over(name, [form])
        assert received.args == [[form.resolve()]]
    finally:
        server.close()
    assert not hand_over(name, [])  # nobody listens any more: this start opens a window


def test_each_database_has_its_own_window():
    assert instance_name("sqlite:///a.db") != instance_name("sqlite:///b.db")
    assert "/" not in instance_name("sqlite:////home/x/a.db")


@pytest.mark.parametrize("line", [b"not json\n", b"[1, 2]\n", b'{"files": "x"}\n', b"\xff\xfe\n"])
def test_a_malformed_request_only_brings_the_window_forward(line):
    assert parse_request(line) == []


def test_forms_handed_over_are_reviewed(window, monkeypatch, tmp_path):
    from engagements.gui import exchange

    reviewed = []
    monkeypatch.setattr(exchange, "review_files", lambda _w, paths: reviewed.append(paths))
    form = tmp_path / "form.pdf"
    window.come_forward([form])
    window.come_forward([])  # only to the front
    assert reviewed == [[form]]


def test_forms_opened_before_the_database_is_open_wait_for_it(
    qtbot, demo_db, today, settings, monkeypatch, tmp_path
):
    from engagements.gui import exchange
    from engagements.gui.main_window import MainWindow, Workspace

    reviewed = []
    monkeypatch.setattr(exchange, "review_files", lambda _w, paths: reviewed.append(paths))
    url = demo_db.engine.url.render_as_string(hide_password=False)
    opening = MainWindow(Workspace(None, today, url), settings)
    qtbot.addWidget(opening)
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    opening.review_forms_when_open([first])
    opening.review_forms_when_open([second])
    assert reviewed == []
    opening.attach(demo_db, None)
    assert reviewed == [[first, second]]
    opening.attach(demo_db, None)  # attached again (a reconnect): nothing reviewed twice
    assert reviewed == [[first, second]]


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT, which Windows lacks")
def test_a_second_start_on_the_same_database_brings_the_first_forward(demo_db, today, tmp_path):
    url = demo_db.engine.url.render_as_string(hide_password=False)
    environment = {
        **os.environ,
        "ENGAGEMENTS_TODAY": today.isoformat(),
        "QT_QPA_PLATFORM": "offscreen",
        "ENGAGEMENTS_CACHE_DIR": str(tmp_path / "cache"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    demo_db.engine.dispose()
    command = [sys.executable, "-m", "engagements", "--db", url]
    first = subprocess.Popen(
        command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 60
        while not hand_over(instance_name(url), []) and time.monotonic() < deadline:
            assert first.poll() is None, first.communicate()
            time.sleep(0.2)
        second = subprocess.run(
            command, env=environment, capture_output=True, text=True, timeout=60
        )
        assert second.returncode == 0, second.stderr
        assert "already open on this database" in second.stdout
        assert first.poll() is None  # the first window is still the one open
        first.send_signal(signal.SIGINT)
        _out, errors = first.communicate(timeout=30)
    finally:
        if first.poll() is None:
            first.kill()
    assert first.returncode == 0, errors
