"""A stacked bar chart of the amount charged per day, safe below and at risk on top, for one currency at
a time (amounts in different currencies are never added together). Drawn with QPainter; days run from
right to left when the widget's layout direction is right to left."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.app.finance import DayTotal
from desktop.core.money import minor_digits
from desktop.ui import formatting
from desktop.ui.colours import risk_color, success_color

_GAP = 6


@dataclass(frozen=True)
class Bar:
    day: date
    currency: str
    safe_minor: int
    at_risk_minor: int
    charges: int

    @property
    def total_minor(self) -> int:
        return self.safe_minor + self.at_risk_minor


def bars_of(totals: Sequence[DayTotal], currency: str | None) -> tuple[Bar, ...]:
    """One bar per day of `currency` in the totals, in date order: exactly the totals' figures."""
    return tuple(
        Bar(
            day=total.day,
            currency=total.currency,
            safe_minor=total.amount_minor - total.at_risk_minor,
            at_risk_minor=total.at_risk_minor,
            charges=total.charges,
        )
        for total in sorted(totals, key=lambda t: t.day)
        if total.currency == currency
    )


def nice_step(largest: int, digits: int, ticks: int = 5) -> int:
    """A round step in minor units (1, 2 or 5 times a power of ten, at least one whole unit) so that
    `ticks` steps reach `largest`."""
    raw = max(1, -(-largest // ticks), 10**digits)
    magnitude = int(10 ** (len(str(raw)) - 1))
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return factor * magnitude
    return 10 * magnitude  # pragma: no cover - the loop always returns


class DayChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._totals: tuple[DayTotal, ...] = ()
        self._first = self._last = self._today = date.today()
        self._currency: str | None = None
        self._digits = 2
        self._bars: tuple[Bar, ...] = ()
        self._hovered: date | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # -- data ------------------------------------------------------------------------------------

    def set_data(
        self,
        totals: Sequence[DayTotal],
        first_day: date,
        last_day: date,
        today: date,
        currency: str | None,
    ) -> None:
        self._totals = tuple(totals)
        self._first, self._last, self._today = first_day, last_day, today
        self.set_currency(currency)

    def set_currency(self, currency: str | None) -> None:
        self._currency = currency
        self._bars = bars_of(self._totals, currency)
        self._digits = minor_digits(currency) if currency else 2
        self._hovered = None
        self.update()

    def currency(self) -> str | None:
        return self._currency

    def bars(self) -> tuple[Bar, ...]:
        """What the chart draws, for the currency shown."""
        return self._bars

    # -- geometry ----------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(720, 240)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 180)

    def _days(self) -> int:
        return max(1, (self._last - self._first).days + 1)

    def _scale(self) -> tuple[int, int]:
        """(step, top) of the amount axis in minor units."""
        largest = max((bar.total_minor for bar in self._bars), default=0)
        step = nice_step(largest, self._digits)
        return step, step * max(1, -(-largest // step))

    def _plot(self) -> QRectF:
        metrics = QFontMetrics(self.font())
        step, top = self._scale()
        label_width = max(metrics.horizontalAdvance(self._amount(value)) for value in range(0, top + 1, step))
        line = metrics.height()
        rect = QRectF(self.rect()).adjusted(_GAP, _GAP + line + _GAP, -_GAP, -(_GAP + line + _GAP))
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            rect.setRight(rect.right() - label_width - _GAP)
        else:
            rect.setLeft(rect.left() + label_width + _GAP)
        return rect

    def _slot(self, plot: QRectF, day: date) -> QRectF:
        """The column of one day: the whole height of the plot, one day wide."""
        width = plot.width() / self._days()
        index = (day - self._first).days
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            left = plot.right() - (index + 1) * width
        else:
            left = plot.left() + index * width
        return QRectF(left, plot.top(), width, plot.height())

    def bar_rect(self, bar: Bar) -> QRectF:
        """Where `bar` is drawn (safe and at risk together)."""
        plot = self._plot()
        _, top = self._scale()
        slot = self._slot(plot, bar.day)
        height = plot.height() * bar.total_minor / top
        inset = slot.width() * 0.15 if slot.width() >= 4 else 0.0
        return QRectF(slot.left() + inset, plot.bottom() - height, slot.width() - 2 * inset, height)

    def bar_at(self, pos: QPoint | QPointF) -> Bar | None:
        """The bar of the day column under `pos` (the whole column answers, so thin bars are easy to
        hover)."""
        plot = self._plot()
        point = QPointF(pos)
        for bar in self._bars:
            if self._slot(plot, bar.day).contains(point):
                return bar
        return None

    # -- words -------------------------------------------------------------------------------------

    def _amount(self, minor: int) -> str:
        return formatting.money(minor, self._currency) if self._currency else str(minor)

    def tooltip_text(self, bar: Bar) -> str:
        return "\n".join(
            (
                formatting.day(bar.day),
                self.tr("Total: {amount}").format(amount=formatting.money(bar.total_minor, bar.currency)),
                self.tr("At risk: {amount}").format(amount=formatting.money(bar.at_risk_minor, bar.currency)),
                self.tr("Safe: {amount}").format(amount=formatting.money(bar.safe_minor, bar.currency)),
                self.tr("%n charge(s)", "", bar.charges),
            )
        )

    # -- events ------------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(event.pos())
            if bar is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(bar), self)
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        bar = self.bar_at(event.position())
        hovered = bar.day if bar else None
        if hovered != self._hovered:
            self._hovered = hovered
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hovered = None
        self.update()
        super().leaveEvent(event)

    # -- painting ----------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlpha(40)
        metrics = QFontMetrics(self.font())
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        plot = self._plot()
        self._legend(painter, metrics, text, rtl)
        if not self._bars:
            painter.setPen(text)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No charges in this range"))
            painter.end()
            return
        step, top = self._scale()
        # The amount axis: grid lines and labels on the start side (left, or right when right to left).
        for value in range(0, top + 1, step):
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            label = self._amount(value)
            painter.setPen(text)
            box = QRectF(0, y - metrics.height() / 2, 0, metrics.height())
            if rtl:
                box.setLeft(plot.right() + _GAP)
                box.setRight(self.width())
                align = Qt.AlignmentFlag.AlignLeft
            else:
                box.setLeft(0)
                box.setRight(plot.left() - _GAP)
                align = Qt.AlignmentFlag.AlignRight
            painter.drawText(box, align | Qt.AlignmentFlag.AlignVCenter, label)
        # Today, where the range also holds charges whose date passed within the grace days.
        if self._first < self._today <= self._last:
            slot = self._slot(plot, self._today)
            x = slot.right() if rtl else slot.left()
            painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            label = self.tr("Today")
            advance = metrics.horizontalAdvance(label)
            left = x - advance - 3 if rtl else x + 3
            painter.drawText(
                QRectF(left, plot.top(), advance, metrics.height()), Qt.AlignmentFlag.AlignLeft, label
            )
        # The bars: safe below, at risk on top.
        safe_colour, risk_colour = success_color(), risk_color()
        for bar in self._bars:
            whole = self.bar_rect(bar)
            risky_height = whole.height() * bar.at_risk_minor / max(1, bar.total_minor)
            safe = QRectF(
                whole.left(), whole.top() + risky_height, whole.width(), whole.height() - risky_height
            )
            risky = QRectF(whole.left(), whole.top(), whole.width(), risky_height)
            hovered = bar.day == self._hovered
            painter.fillRect(safe, safe_colour.lighter(125) if hovered else safe_colour)
            painter.fillRect(risky, risk_colour.lighter(125) if hovered else risk_colour)
        # The day axis: a label every few days, as many as fit.
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        locale = QLocale()
        label_width = max(
            metrics.horizontalAdvance(locale.toString(QDate(2026, month, 28), "d MMM"))
            for month in range(1, 13)
        )
        width = plot.width() / self._days()
        every = max(1, -(-(label_width + 2 * _GAP) // max(1, int(width))))
        for index in range(0, self._days(), every):
            day = self._first + timedelta(days=index)
            slot = self._slot(plot, day)
            x = slot.center().x()
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3))
            label = locale.toString(QDate(day.year, day.month, day.day), "d MMM")
            box = QRectF(
                x - label_width / 2 - _GAP, plot.bottom() + 4, label_width + 2 * _GAP, metrics.height()
            )
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        painter.end()

    def _legend(self, painter: QPainter, metrics: QFontMetrics, text: QColor, rtl: bool) -> None:
        entries = [(success_color(), self.tr("Safe")), (risk_color(), self.tr("At risk"))]
        if self._currency:
            entries.append((QColor(Qt.GlobalColor.transparent), self._currency))
        square = metrics.height() - 4
        x = float(self.width() - _GAP) if rtl else float(_GAP)
        y = float(_GAP)
        for color, label in entries:
            advance = metrics.horizontalAdvance(label)
            if rtl:
                swatch = QRectF(x - square, y + 2, square, square)
                box = QRectF(swatch.left() - 4 - advance, y, advance, metrics.height())
                x = box.left() - 3 * _GAP
            else:
                swatch = QRectF(x, y + 2, square, square)
                box = QRectF(swatch.right() + 4, y, advance, metrics.height())
                x = box.right() + 3 * _GAP
            if color.alpha():
                painter.fillRect(swatch, color)
            painter.setPen(text)
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, label)
