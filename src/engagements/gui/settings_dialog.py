"""Settings: which database to open, the default working calendar, the user's role."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from engagements.gui import theme
from engagements.gui.forms import embed
from engagements.gui.language import LANGUAGES
from engagements.gui.preferences import ROLE_LABELS, Preferences
from engagements.gui.unsaved import EditingDialog

CALENDARS = ("CN", "HK", "SG", "JP", "US", "GB", "DE")


class SettingsDialog(EditingDialog):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.ui = embed(self, "settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.ui.team.setChecked(preferences.database_kind == "team")
        self.ui.embedded.setChecked(preferences.database_kind != "team")
        self.ui.filePath.setText(preferences.database_file)
        self.ui.teamUrl.setText(preferences.team_url)
        self.ui.passwordEnv.setText(preferences.password_variable)
        self.ui.defaultCalendar.addItems(CALENDARS)
        self.ui.defaultCalendar.setCurrentText(preferences.default_calendar or "CN")
        for role, label in ROLE_LABELS.items():
            self.ui.role.addItem(QCoreApplication.translate("Preferences", label), role)
        self.ui.role.setCurrentIndex(max(self.ui.role.findData(preferences.role), 0))
        for choice, label in theme.THEMES.items():
            self.ui.theme.addItem(QCoreApplication.translate("Theme", label), choice)
        self.ui.theme.setCurrentIndex(max(self.ui.theme.findData(preferences.theme), 0))
        for choice, label in LANGUAGES.items():
            self.ui.language.addItem(QCoreApplication.translate("Language", label), choice)
        self.ui.language.setCurrentIndex(max(self.ui.language.findData(preferences.language), 0))
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.remember_edits()

    def discard_question(self) -> str:
        return self.tr("Discard the changes to the settings?")

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Database file"),
            self.ui.filePath.text(),
            self.tr("SQLite databases (*.db)"),
        )
        if path:
            self.ui.filePath.setText(path)

    def save(self) -> None:
        team = self.ui.team.isChecked()
        url = self.ui.teamUrl.text().strip()
        if team and not url.startswith("postgresql"):
            self.ui.problem.setText(
                self.tr(
                    "A team database is a PostgreSQL URL, e.g. "
                    "postgresql://login@host:5432/engagements"
                )
            )
            return
        try:
            self.preferences.save_database(
                "team" if team else "embedded",
                self.ui.filePath.text().strip(),
                url,
                self.ui.passwordEnv.text().strip(),
                self.ui.password.text() or None,
            )
        except Exception as problem:  # noqa: BLE001 - e.g. no keyring on this machine
            logging.getLogger(__name__).warning(
                "cannot keep the password in the keyring", exc_info=True
            )
            self.ui.problem.setText(
                self.tr(
                    "Could not keep the password in the system keyring "
                    "({problem}); name an environment variable "
                    "instead."
                ).format(problem=problem)
            )
            return
        self.preferences.save_general(
            self.ui.defaultCalendar.currentText().strip().upper(), self.ui.role.currentData()
        )
        self._apply_theme(self.ui.theme.currentData())
        self._keep_language(self.ui.language.currentData())
        self.accept()

    def _keep_language(self, choice: str) -> None:
        """Keep the language; the window's forms are built in it at the next start."""
        if choice != self.preferences.language:
            self.preferences.save_language(choice)
            self.window_status(
                self.tr("The window speaks {language} from the next start.").format(
                    language=QCoreApplication.translate("Language", LANGUAGES[choice])
                )
            )

    def window_status(self, text: str) -> None:
        parent = self.parentWidget()
        bar = getattr(parent, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 8000)

    def _apply_theme(self, choice: str) -> None:
        """Keep the colour scheme and switch to it now (views repaint in it)."""
        from PySide6.QtWidgets import QApplication

        self.preferences.save_theme(choice)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_scheme(app, choice)
