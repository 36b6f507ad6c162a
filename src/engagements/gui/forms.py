"""Designer forms: loaded with QUiLoader from the package, composed as ``self.ui``."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from engagements.assets import ui_form


def load_form(name: str, parent: QWidget | None = None, part: bool = False) -> QWidget:
    """Build the widget tree of ``ui/<name>.ui``; children are found by objectName.

    With ``part`` the form is to become part of another window (``embed``): a root drawn in
    Designer as a dialog is then built as a plain widget (see ``_root_built_as``)."""
    data = QByteArray(_root_built_as(ui_form(f"{name}.ui").read_bytes(), part))
    buffer = QBuffer(data)  # reads ``data``, which must outlive it
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    loader = _loader()
    try:
        widget = loader.load(buffer, parent)
    finally:
        buffer.close()
    if widget is None:
        raise RuntimeError(f"cannot load the form {name}.ui: {loader.errorString()}")
    return widget


def _root_built_as(form: bytes, part: bool) -> bytes:
    """The form with its root widget built as a frame without a frame: it looks and
    behaves as the plain widget (or, with ``part``, the dialog) drawn in Designer.

    A dialog's form is drawn in Designer with a ``QDialog`` root (so its buttons and
    Escape behave in Designer's preview). Embedded as it is, that inner dialog sits inside
    the real one and handles keys first: Escape made the inner one ``reject()`` and hide,
    leaving the real, modal dialog blank and blocking the main window. Only the dialog the
    code creates and shows may be a dialog.

    A plain ``QWidget`` root costs the start time: handed a ``QWidget`` made in C++,
    PySide looks for its most derived class among all of QtWidgets' classes and builds
    each one's Python type and enums on the way, some 12 ms at the first form loaded. A
    ``QFrame`` (whose default shape draws nothing) is found at once. The root's class is
    changed in the form's text rather than in a Python ``createWidget``, through which
    every widget of every form would then pass."""
    replaced = (b"QWidget", b"QDialog") if part else (b"QWidget",)
    first = form.find(b"<widget ")
    for kind in replaced:
        root = b'<widget class="' + kind + b'"'
        if first != -1 and form.startswith(root, first):
            return form[:first] + b'<widget class="QFrame"' + form[first + len(root) :]
    return form


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
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    root = load_form(name, part=True)
    if isinstance(root, QDialog):  # never: a dialog inside a dialog closes only itself
        raise RuntimeError(f"the form {name}.ui was built as a dialog inside {host!r}")
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(root)
    return Form(root)
