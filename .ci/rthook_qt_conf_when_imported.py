"""A run-time hook of the bundle (.ci/renewdesk.spec), run before PyInstaller's own ones.

PyInstaller's PySide6 hook imports PySide6.QtCore at every start (Qt's core library and ICU: tens of
milliseconds, most of what `renewdesk --help` cost in the bundle) only to see whether Qt needs an
embedded qt.conf giving its prefix. Here that step waits until the program itself first imports
PySide6.QtCore, and then runs at once, as PyInstaller wrote it; a command without a window never
imports it. The hook's other work (Qt's plugin and QML paths in the environment) still happens at
start, unchanged."""


def _pyi_rthook():
    import importlib.util
    import sys

    from _pyi_rth_utils import qt

    create_now = qt.create_embedded_qt_conf

    class _Then:
        """The module's own loader, then PyInstaller's qt.conf step."""

        def __init__(self, loader, bindings, prefix):
            self.loader, self.bindings, self.prefix = loader, bindings, prefix

        def create_module(self, spec):
            return self.loader.create_module(spec)

        def exec_module(self, module):
            module.__loader__ = module.__spec__.loader = self.loader  # as if it had loaded alone
            self.loader.exec_module(module)
            create_now(self.bindings, self.prefix)

    class _WhenQtCoreIsImported:
        def __init__(self, bindings, prefix):
            self.bindings, self.prefix = bindings, prefix

        def find_spec(self, name, path=None, target=None):
            if name != self.bindings + ".QtCore":
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)  # as the other finders find it
            if spec is not None and spec.loader is not None:
                spec.loader = _Then(spec.loader, self.bindings, self.prefix)
            return spec

    def create_when_imported(bindings, prefix):
        if bindings + ".QtCore" in sys.modules:
            create_now(bindings, prefix)
        else:
            sys.meta_path.insert(0, _WhenQtCoreIsImported(bindings, prefix))

    qt.create_embedded_qt_conf = create_when_imported


_pyi_rthook()
del _pyi_rthook
