"""One error base with its exit codes in one place; faults written to the log file."""

from __future__ import annotations

import argparse
import logging

import pytest

from engagements import logs
from engagements.cli.main import run_handler
from engagements.domain.errors import AlreadyExists, NoHolidayData, NotFound, RuleRefusal
from engagements.errors import (
    BadInputFile,
    Conflict,
    DatabaseBusy,
    DatabaseUnavailable,
    EngagementsError,
    InvalidInput,
    NotAllowed,
    exit_code_for,
)


@pytest.mark.parametrize(
    ("problem", "code"),
    [
        (RuleRefusal("over_allowance", "no days left"), 3),
        (NoHolidayData("CN", 2031), 3),
        (AlreadyExists("partner", "p1"), 3),
        (NotFound("partner", "p1"), 2),  # an unknown id is a usage error
        (RuleRefusal("invalid_topic", "unknown topic"), 2),
        (InvalidInput("not a date", "start"), 2),
        (BadInputFile("forged"), 4),
        (Conflict(), 5),
        (DatabaseBusy("busy"), 5),
        (NotAllowed("read only"), 6),
        (DatabaseUnavailable("cannot reach the server", 7), 7),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, Exception) else str(value),
)
def test_every_refusal_is_one_kind_of_error_with_the_contracts_exit_code(problem, code):
    assert isinstance(problem, EngagementsError)
    assert exit_code_for(problem) == code


def test_the_command_line_reports_a_refusal_with_its_details(capsys):
    refusal = RuleRefusal("allowance_exceeded", "two days short")
    refusal.details["shortfall_days"] = 2

    def handler(_args: argparse.Namespace) -> int:
        raise refusal

    assert run_handler(handler, argparse.Namespace(json=True)) == 3
    out = capsys.readouterr().out
    assert '"shortfall_days": 2' in out and '"exit_code": 3' in out


def test_a_fault_in_a_command_is_logged_with_its_traceback(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(logs.LOG_DIR_VARIABLE, str(tmp_path))
    assert logs.configure() == tmp_path / logs.FILE_NAME

    def handler(_args: argparse.Namespace) -> int:
        raise ZeroDivisionError("planted fault")

    assert run_handler(handler, argparse.Namespace()) == 1
    assert str(tmp_path / logs.FILE_NAME) in capsys.readouterr().err
    for handler_ in logging.getLogger(logs.APPLICATION_LOGGER).handlers:
        handler_.flush()
    written = (tmp_path / logs.FILE_NAME).read_text(encoding="utf-8")
    assert "internal error" in written
    assert "Traceback" in written and "ZeroDivisionError: planted fault" in written


def test_configuring_again_moves_to_the_new_folder_and_keeps_one_handler(tmp_path, monkeypatch):
    monkeypatch.setenv(logs.LOG_DIR_VARIABLE, str(tmp_path / "first"))
    logs.configure()
    logs.configure()
    monkeypatch.setenv(logs.LOG_DIR_VARIABLE, str(tmp_path / "second"))
    logs.configure()
    files = [
        h.path
        for h in logging.getLogger(logs.APPLICATION_LOGGER).handlers
        if isinstance(h, logs.LogFile)
    ]
    assert files == [tmp_path / "second" / logs.FILE_NAME]


def test_the_window_shows_a_refusals_reason_and_names_the_log_for_a_fault(tmp_path, monkeypatch):
    pytest.importorskip("PySide6")
    from engagements.gui.problems import message_for

    monkeypatch.setenv(logs.LOG_DIR_VARIABLE, str(tmp_path))
    assert message_for(NotAllowed("read only")) == "read only"
    fault = message_for(KeyError("partner"))
    assert fault.startswith("KeyError: 'partner'") and str(tmp_path) in fault
