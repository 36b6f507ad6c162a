"""The user's settings (QSettings): database, default working calendar, role, layout.

A team database's password is never written here: it lives in the system keyring, or
comes from an environment variable the user names.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

ROLES = ("asm", "tam", "admin")
# Shown in Settings, translated there (context "Preferences").
ROLE_LABELS = {
    "asm": QT_TRANSLATE_NOOP("Preferences", "Account support manager"),
    "tam": QT_TRANSLATE_NOOP("Preferences", "Technical account manager (reads)"),
    "admin": QT_TRANSLATE_NOOP("Preferences", "Administrator"),
}
KEYRING_SERVICE = "engagements"


class Preferences:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings or QSettings()

    def _get(self, key: str, default: str = "") -> str:
        value = self.settings.value(key, default)
        return str(value) if value is not None else default

    @property
    def database_kind(self) -> str:
        return self._get("database/kind", "embedded")  # "embedded" or "team"

    @property
    def database_file(self) -> str:
        return self._get("database/file")

    @property
    def team_url(self) -> str:
        """The PostgreSQL URL without its password."""
        return self._get("database/team_url")

    @property
    def password_variable(self) -> str:
        return self._get("database/password_env")

    @property
    def default_calendar(self) -> str:
        return self._get("calendar/default")

    @property
    def role(self) -> str:
        return self._get("user/role", "asm")

    @property
    def language(self) -> str:
        """ "system", "en" or "zh_CN" (see gui.language)."""
        return self._get("view/language", "system")

    def save_language(self, choice: str) -> None:
        self.settings.setValue("view/language", choice)

    @property
    def theme(self) -> str:
        """ "system", "light" or "dark"."""
        return self._get("view/theme", "system")

    def save_theme(self, choice: str) -> None:
        self.settings.setValue("view/theme", choice)

    def save_database(
        self, kind: str, file: str, team_url: str, password_variable: str, password: str | None
    ) -> None:
        """Store the choice; a typed password goes to the keyring, never to this file."""
        from sqlalchemy.engine import make_url

        url = make_url(team_url) if team_url else None
        if url is not None and url.password:
            password = password or str(url.password)
            team_url = _without_password(url)
        self.settings.setValue("database/kind", kind)
        self.settings.setValue("database/file", file)
        self.settings.setValue("database/team_url", team_url)
        self.settings.setValue("database/password_env", password_variable)
        if password and url is not None:
            import keyring

            keyring.set_password(KEYRING_SERVICE, _account(url), password)

    def save_general(self, default_calendar: str, role: str) -> None:
        self.settings.setValue("calendar/default", default_calendar)
        self.settings.setValue("user/role", role)

    def database_url(self) -> str | None:
        """The URL to open when neither --db nor ENGAGEMENTS_DB says otherwise."""
        if self.database_kind == "embedded":
            return f"sqlite:///{self.database_file}" if self.database_file else None
        if not self.team_url:
            return None
        # SQLAlchemy only for a team database: an embedded start paints before loading it.
        from sqlalchemy.engine import make_url

        url = make_url(self.team_url)
        password = os.environ.get(self.password_variable) if self.password_variable else None
        if password is None:
            password = _keyring_password(url)
        return url.set(password=password).render_as_string(hide_password=False)


def _without_password(url: URL) -> str:
    # URL.set(password=None) leaves the password in place; build the URL again without it.
    from sqlalchemy.engine import URL

    bare = URL.create(
        url.drivername, url.username, None, url.host, url.port, url.database, url.query
    )
    return bare.render_as_string(hide_password=False)


def _account(url: object) -> str:
    return f"{url.username}@{url.host}:{url.port or 5432}/{url.database}"  # type: ignore[attr-defined]


def _keyring_password(url: object) -> str | None:
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, _account(url))
    except Exception:  # noqa: BLE001 - no keyring backend: connect without a password
        logging.getLogger(__name__).warning(
            "cannot read the password from the system keyring", exc_info=True
        )
        return None
