"""Designer forms: loaded with QUiLoader from the package, composed as ``self.ui``."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from engagements.assets import ui_form


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget tree of ``ui/<name>.ui``; children are found by objectName."""
    data = QByteArray(ui_form(f"{name}.ui").read_bytes())
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    loader = _loader()
    widget = loader.load(buffer, parent)
    buffer.close()
    if widget is None:
        raise RuntimeError(f"cannot load the form {name}.ui: {loader.errorString()}")
    return widget


@cache
def _loader() -> QUiLoader:
    """One loader for every form, made without its search for Designer plugins.

    The forms use Qt's own widgets only, and the search (it loads PySide's Designer
    plugin from the library paths) cost every start about 9 ms."""
    library_paths = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        return QUiLoader()
    finally:
        QCoreApplication.setLibraryPaths(library_paths)


class Form:
    """Attribute access to a loaded form's named children: ``ui.startDate``."""

    def __init__(self, root: QWidget) -> None:
        self.root = root

    def __getattr__(self, name: str) -> QWidget:
        child = self.root.findChild(QWidget, name)
        if child is None:
            raise AttributeError(f"the form has no widget named {name!r}")
        self.__dict__[name] = child  # found once, kept
        return child


def embed(host: QWidget, name: str) -> Form:
    """Load ``name`` and lay it out to fill ``host`` (a view or dialog composing it)."""
    from PySide6.QtWidgets import QVBoxLayout

    root = load_form(name)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(root)
    return Form(root)
