"""A database that cannot be opened is explained in the window's words, then the window
ends with the error's exit code."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from engagements.errors import DatabaseUnavailable
from engagements.gui.language import install_language


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize(
    "problem",
    [
        DatabaseUnavailable("cannot reach the server: connection refused"),
        RuntimeError("connection refused"),  # a fault: the message names the log file
    ],
    ids=["refusal", "fault"],
)
def test_the_reason_is_worded_by_the_one_place(
    monkeypatch: pytest.MonkeyPatch,
    make_window: Any,
    demo_db: Any,
    today: Any,
    settings: Any,
    language: str,
    problem: BaseException,
) -> None:
    from engagements.gui import problems

    shown: list[tuple[str, str]] = []
    exits: list[int] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text))
    )
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))
    install_language(QApplication.instance(), language)
    try:
        window = make_window(demo_db, today, settings)
        window._not_opened(problem)
        assert shown == [(window.tr("Cannot open the database"), problems.message_for(problem))]
        assert "connection refused" in shown[0][1]
        assert exits == [getattr(problem, "exit_code", 1)]
        if not isinstance(problem, DatabaseUnavailable):
            assert "engagements.log" in shown[0][1]
    finally:
        install_language(QApplication.instance(), "en")
