"""Customer search as staff type: name (any word, accents and case aside), e-mail, domain or phone. The
query runs off the GUI thread after a short pause in typing. Nothing is capped silently: the count says
how many match, and more are a click away.

Keyboard: Ctrl+F comes here from anywhere in the window; Down moves into the list (Up from its first
row comes back); Enter opens the chosen customer, or the first; Esc clears the box."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app import customer_search
from desktop.app.changes import Change
from desktop.app.desk import Desk
from desktop.app.views import CustomerHit, CustomerSearch
from desktop.ui import formatting, messages
from desktop.ui.changes import watch
from desktop.ui.tasks import TaskRunner

TYPING_PAUSE_MS = 250
# Arrowing through the list opens where the person stops, not every customer passed on the way.
BROWSING_PAUSE_MS = 150
SEARCH_WIDTH = 230
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SearchPanel(QWidget):
    customer_chosen = Signal(int)

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk, self._tasks = desk, tasks
        self.query = QLineEdit(self)
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setAlternatingRowColors(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.more = QPushButton(self)
        self.more.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeading)
        # Ctrl+F from anywhere in the window (the action lives as long as the panel).
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action.triggered.connect(self.focus_query)
        self.addAction(self.find_action)
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.search_now)
        self._browse = QTimer(self, singleShot=True, interval=BROWSING_PAUSE_MS)
        self._browse.timeout.connect(self._open_current)
        self.query.textChanged.connect(lambda _: self._timer.start())
        self.query.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.itemActivated.connect(self._chosen)
        self.results.itemClicked.connect(self._chosen)
        self.results.currentItemChanged.connect(lambda item, _: self._browse.start() if item else None)
        self.more.clicked.connect(self._show_more)
        self._asked = ""  # the text of the latest search asked for
        self._shown: CustomerSearch | None = None  # what the list shows (all pages so far)
        self._open_first = False
        self._opened: int | None = None
        watch(self, desk, {Change.ACCOUNTS}, self._reload)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text again, in the language now in force (another person signed in, say)."""
        self.query.setPlaceholderText(self.tr("Find a customer: name, e-mail, domain or phone"))
        self.more.setText(self.tr("Show more"))
        self.find_action.setText(self.tr("&Find a customer"))
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        # Names and e-mail addresses read well at this width; the account's table needs the rest.
        return QSize(SEARCH_WIDTH, super().sizeHint().height())

    def hideEvent(self, event: QHideEvent) -> None:
        # A window closing asks for nothing more (a search due after the pause in typing, say).
        self._timer.stop()
        self._browse.stop()
        super().hideEvent(event)

    # -- searching -------------------------------------------------------------------------------------

    def search_now(self, *, keep: int | None = None) -> None:
        """Searches for the box's text; `keep`: this many rows at least (a reload keeps the pages
        already shown)."""
        self._timer.stop()
        text = self.query.text()
        self._asked = text
        limit = max(keep or 0, customer_search.PAGE)
        desk = self._desk
        self._tasks.run(
            lambda: desk.call(customer_search.search_customers, text, limit=limit),
            lambda found: self._show(text, found, append=False),
            self._failed,
            owner=self,
        )

    def _show_more(self) -> None:
        shown = self._shown
        if shown is None:
            return
        text, offset = self._asked, len(shown.hits)
        desk = self._desk
        self._tasks.run(
            lambda: desk.call(customer_search.search_customers, text, offset=offset),
            lambda found: self._show(text, found, append=True),
            self._failed,
            owner=self,
        )

    def _reload(self) -> None:
        """A customer was added, renamed or removed somewhere: the same search again, keeping the
        pages shown and the customer chosen."""
        self.search_now(keep=self.results.count())

    def _show(self, text: str, found: CustomerSearch, *, append: bool) -> None:
        if text != self._asked:
            return  # an older answer than the one now wanted
        chosen = self._current_id()
        hits = (self._shown.hits if append and self._shown else ()) + found.hits
        self._shown = CustomerSearch(hits=hits, offset=0, total=max(found.total, len(hits)))
        # Filling the list moves its current row; that is not the person choosing anyone.
        self.results.blockSignals(True)
        if not append:
            self.results.clear()
        for hit in found.hits:
            self.results.addItem(self._item(hit))
        if chosen is not None:
            self._select(chosen)
        self.results.blockSignals(False)
        self._show_status()
        if self._open_first:
            self._open_first = False
            self._open_current_or_first()

    def _item(self, hit: CustomerHit) -> QListWidgetItem:
        item = QListWidgetItem(f"{hit.name}\n{formatting.email(hit.email)}")
        item.setData(Qt.ItemDataRole.UserRole, hit.id)
        item.setToolTip(formatting.ltr(hit.ref))
        return item

    def _show_status(self) -> None:
        shown = self._shown
        if shown is None:
            return
        if shown.more:
            self.status.setText(
                self.tr("{shown} of %n customer(s) shown: refine the search", "", shown.total).format(
                    shown=len(shown.hits)
                )
            )
        else:
            self.status.setText(self.tr("%n customer(s)", "", shown.total))
        self.more.setVisible(shown.more > 0)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(messages.error(error))
        self.more.hide()

    # -- choosing ----------------------------------------------------------------------------------

    def focus_query(self) -> None:
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def _current_id(self) -> int | None:
        item = self.results.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, int) else None

    def _select(self, customer_id: int) -> None:
        for row in range(self.results.count()):
            if self.results.item(row).data(Qt.ItemDataRole.UserRole) == customer_id:
                self.results.setCurrentRow(row)
                return

    def _chosen(self, item: QListWidgetItem) -> None:
        self._browse.stop()
        customer_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(customer_id, int):
            self._opened = customer_id
            self.customer_chosen.emit(customer_id)

    def _open_current(self) -> None:
        item = self.results.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) != self._opened:
            self._chosen(item)

    def _open_current_or_first(self) -> None:
        item = self.results.currentItem() or self.results.item(0)
        if item is not None:
            self.results.setCurrentItem(item)
            self._chosen(item)

    def _enter(self) -> None:
        """Enter in the box: the list as it stands if it answers the text typed, else the search first."""
        if self._timer.isActive() or self.query.text() != self._asked:
            self._open_first = True
            self.search_now()
        else:
            self._open_current_or_first()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.query:
            if key == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)
                if self.results.currentRow() < 0:
                    self.results.setCurrentRow(0)
                return True
            if key in _ENTER:
                self._enter()
                return True
            if key == Qt.Key.Key_Escape and self.query.text():
                self.query.clear()
                return True
        elif watched is self.results:
            if key == Qt.Key.Key_Up and self.results.currentRow() <= 0:
                self.focus_query()
                return True
            if key == Qt.Key.Key_Escape:
                self.focus_query()
                return True
        return False
