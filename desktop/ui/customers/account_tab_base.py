"""What the account's tabs beside Services share (contacts, cards, proformas, invoices): a row of buttons
above a sortable table of one kind of row, a note under the buttons saying what the last action did or
why it failed, the chosen row kept across reloads, and the buttons enabled by role and choice with a
tooltip saying why not. `LoadingAccountTab` reads its rows off the GUI thread whenever the account is
loaded again (after any change here, in another window or on another workstation, R34), and only while
the tab is in view. The words stay in each tab (their translations are the tab's own)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from desktop.app.actor import Permission
from desktop.app.desk import Desk
from desktop.app.views import AccountView
from desktop.core.codes import Unavailable
from desktop.ui import messages
from desktop.ui.table_model import EMPTY, ROW_ROLE, KeyedRows, KeyedTableModel, SortingProxy
from desktop.ui.tasks import TaskRunner

Row = TypeVar("Row")
Loaded = TypeVar("Loaded")


def offer(button: QPushButton, why_not: str, tip: str = "", *, possible: bool = True) -> None:
    """Enabled when possible and nothing stands in the way; the tooltip says why not, or what it does."""
    button.setEnabled(possible and not why_not)
    button.setToolTip(why_not or tip)


class AccountTab(QWidget, Generic[Row]):
    """Subclasses call `action(...)` for each button, set up `self.table`'s columns, and give
    `tab_title`, `retranslate` (their texts, then this one's), `update_actions` and `key_of`."""

    row_type: type[Row]

    def __init__(
        self,
        desk: Desk,
        tasks: TaskRunner,
        parent: QWidget | None,
        *,
        name: str,  # "contacts": the objects are "contactsTab", "contactsTable", "contactsNote"
        model: Callable[[QWidget], KeyedTableModel],
        open_chosen: Callable[[], None],  # a double-click on a row
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Tab")
        self._desk, self._tasks = desk, tasks
        self.account: AccountView | None = None
        self.model = model(self)
        self.proxy = SortingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName(f"{name}Table")
        self.table.setModel(self.proxy)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.selection: QItemSelectionModel = self.table.selectionModel()  # kept: Qt may drop it otherwise
        self.summary = QLabel(self)
        # What the last action here did, or why it failed: stays until the next one or another account.
        self.note = QLabel(self)
        self.note.setObjectName(f"{name}Note")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()
        self.bar = QHBoxLayout()
        self.bar.addStretch(1)
        self.bar.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.selection.selectionChanged.connect(lambda *_: self.update_actions())
        self.table.doubleClicked.connect(lambda *_: open_chosen())

    def action(self, name: str, slot: Callable[[], None], icon: QIcon | None = None) -> QPushButton:
        """A button of the row, after those already there; its text comes with `retranslate`."""
        button = QPushButton(self) if icon is None else QPushButton(icon, "", self)
        button.setObjectName(name)
        self.bar.insertWidget(self.bar.count() - 2, button)  # before the stretch and the summary
        button.clicked.connect(slot)
        return button

    # -- the account tab ---------------------------------------------------------------------------

    def tab_title(self) -> str:
        raise NotImplementedError

    def show_account(self, account: AccountView | None) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.update_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def another_account(self, account: AccountView | None) -> bool:
        """Whether `account` is not the one shown (a reload of the same one keeps the note and the row)."""
        shown = self.account
        return account is None or shown is None or account.customer.id != shown.customer.id

    # -- the chosen row ----------------------------------------------------------------------------

    def key_of(self, row: Row) -> Hashable:
        """What names the row across reloads."""
        raise NotImplementedError

    def chosen(self) -> Row | None:
        rows = self.selection.selectedRows()
        if not rows:
            return None
        row = self.proxy.data(rows[0], ROW_ROLE)
        return row if isinstance(row, self.row_type) else None

    def choose(self, key: Hashable) -> bool:
        """Chooses the row named `key`; False when it is not in the table."""
        for index, row in enumerate(self.model.shown_rows()):
            if self.key_of(row) == key:
                # Through the selection model, as a click chooses: QTableView.selectRow chooses nothing
                # in a right-to-left table whose columns stop short of its left edge (Hebrew).
                self.selection.setCurrentIndex(
                    self.proxy.mapFromSource(self.model.index(index, 0)),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                return True
        return False

    def set_rows(self, table: KeyedRows) -> None:
        """New rows; the row chosen before stays chosen while it is there."""
        chosen = self.chosen()
        self.model.set_rows(table)
        if chosen is not None:
            self.choose(self.key_of(chosen))

    # -- the buttons and the note ------------------------------------------------------------------

    def update_actions(self) -> None:
        raise NotImplementedError

    def role_refusal(self, permission: Permission) -> str:
        """Why the person's role may not, or nothing."""
        return "" if self._desk.may(permission) else messages.unavailable(Unavailable.ROLE)

    def say(self, text: str, style: str = "") -> None:
        self.note.setText(text)
        self.note.setStyleSheet(style)
        self.note.setVisible(bool(text))


class LoadingAccountTab(AccountTab[Row], Generic[Row, Loaded]):
    """A tab whose rows `load(desk, customer_id)` reads off the GUI thread; `fill` shows them."""

    def __init__(
        self,
        desk: Desk,
        tasks: TaskRunner,
        parent: QWidget | None,
        *,
        name: str,
        model: Callable[[QWidget], KeyedTableModel],
        open_chosen: Callable[[], None],
        load: Callable[[Desk, int], Loaded],  # run off the GUI thread: no widget in it
    ) -> None:
        super().__init__(desk, tasks, parent, name=name, model=model, open_chosen=open_chosen)
        self._load = load
        self._stale = False
        self._asked = 0  # the load asked last: an older answer is dropped
        self._pending: int | None = None

    def show_account(self, account: AccountView | None) -> None:
        if self.another_account(account):
            self.note.hide()
            self.model.set_rows(EMPTY)
            self.summary.clear()
        self.account = account
        if account is None:
            self._asked += 1
            self._pending = None
        else:
            self._stale = True
            if self.isVisible():
                self.reload()
        self.update_actions()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    @property
    def settled(self) -> bool:
        """Nothing is being read: the table shows the account's rows as last read."""
        return self._pending is None and not self._stale

    def reload(self) -> None:
        if self.account is None:
            return
        self._stale = False
        self._asked += 1
        asked = self._pending = self._asked
        load, desk, customer_id = self._load, self._desk, self.account.customer.id
        loading = self.loading_text()
        if loading and not self.model.rowCount():
            self.summary.setText(loading)
        self._tasks.run(
            lambda: load(desk, customer_id),
            lambda loaded: self._loaded(asked, loaded),
            lambda error: self._failed(asked, error),
            owner=self,
        )

    def loading_text(self) -> str:
        """Said while the first rows are read; nothing by default."""
        return ""

    def fill(self, loaded: Loaded) -> None:
        """Shows what `load` read: the rows (through `set_rows`) and the summary."""
        raise NotImplementedError

    def load_failed(self, error: BaseException) -> None:
        raise NotImplementedError

    def _loaded(self, asked: int, loaded: Loaded) -> None:
        if asked != self._asked:
            return  # another account, or a newer load, was asked for meanwhile
        self._pending = None
        self.fill(loaded)
        self.update_actions()

    def _failed(self, asked: int, error: BaseException) -> None:
        if asked != self._asked:
            return
        self._pending = None
        self.load_failed(error)
