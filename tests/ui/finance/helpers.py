"""The accounts the finance window tests look at, imported through the real use case, and small helpers
to drive the window. Today is 2026-11-24; the default range (30 days, and the 7 grace days before
today) runs from 2026-11-17 to 2026-12-24.

In range, in ILS: Dana Levi's levi.co.il (safe) and levi-site (hosting, 3 installments, safe) and
levi-gold (a plan with no price: at risk); Yossi's yossi.co.il (his card expires in November: at risk);
Noa's noa.co.il (no card: at risk); Avi's avi.com (billed to Cohen Ltd, whose name his card does not
carry: at risk); משה כהן's moshe.co.il (safe). In USD: Emma's emma.com (safe) and emma-shop.com (her
second card expires first: at risk), both on 2026-12-03; "=Evil Corp"'s evil.com (safe).
Out of range: Dana's far.co.il (March)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop.app.actor import SCHEDULER
from desktop.app.due_checks import run_due_checks
from desktop.app.finance import DayTotal, UpcomingCharge
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from tests.app.helpers import contact
from tests.jobs.helpers import (
    CHARGE_DECLINED,
    PRICES,
    at_nine,
    card,
    customer,
    document,
    domain,
    hosting,
    load,
)
from tests.jobs.smtp_helpers import point_smtp_at, running_smtp

HEBREW_NAME = "משה כהן"
FORMULA_NAME = "=Evil Corp"
USD_PRICES: list[dict[str, Any]] = [
    {"kind": "domain", "item": ".com", "period_months": 12, "price": "15.00", "currency": "USD"},
]


def _in_usd(built: dict[str, Any]) -> dict[str, Any]:
    built["currency"] = "USD"
    return built


def finance_accounts() -> list[dict[str, Any]]:
    return [
        customer(
            "dana",
            [
                domain("d1", "levi.co.il", date(2026, 12, 1)),
                hosting("h1", "levi-site", date(2026, 12, 5), installments=3),
                hosting("h2", "levi-gold", date(2026, 12, 7), plan="gold"),
                domain("d2", "far.co.il", date(2027, 3, 1)),
            ],
        ),
        customer(
            "yossi",
            [domain("y1", "yossi.co.il", date(2026, 12, 10))],
            cards=[card(exp=(11, 2026))],
            name="Yossi Mizrahi",
        ),
        customer("noa", [domain("n1", "noa.co.il", date(2026, 12, 10), card_ref=None)], cards=[], name="Noa"),
        customer(
            "avi",
            [domain("a1", "avi.com", date(2026, 12, 15), contact="k1")],
            contacts=[contact("k1", "Moshe Cohen", "Cohen Ltd")],
            name="Avi Ben David",
        ),
        customer("moshe", [domain("m1", "moshe.co.il", date(2026, 12, 1))], name=HEBREW_NAME),
        _in_usd(
            customer(
                "emma",
                [
                    domain("e1", "emma.com", date(2026, 12, 3)),
                    domain("e2", "emma-shop.com", date(2026, 12, 3), card_ref="v2"),
                ],
                cards=[card("v1"), card("v2", number="5555555555554444", exp=(11, 2026))],
                name="Emma Smith",
            )
        ),
        _in_usd(customer("evil", [domain("x1", "evil.com", date(2026, 12, 20))], name=FORMULA_NAME)),
    ]


def load_finance(ctx: AppContext, extra: Sequence[dict[str, Any]] = ()) -> None:
    load(ctx, document([*finance_accounts(), *extra], prices=PRICES + USD_PRICES))


def load_past(sctx: AppContext, clock: ManualClock) -> None:
    """Charges of 2026-11-26 (one charged, one declined) and one whose date passed long before the
    checks ran (left to staff, with no amount of its own), after the runs of 24 and 26 November."""
    due = date(2026, 11, 26)
    load(
        sctx,
        document(
            [
                customer("c-101", [domain("g1", "good.co.il", due)], name="Gil Good"),
                customer(
                    "c-102",
                    [domain("b1", "bad.co.il", due)],
                    cards=[card(number=CHARGE_DECLINED)],
                    name="Bea Bad",
                ),
                customer("c-103", [domain("l1", "late.co.il", date(2026, 11, 10))], name=HEBREW_NAME),
            ]
        ),
    )
    # A mail server takes the notices: a charge waits until its notice was sent (jobs.notice_gate).
    with running_smtp() as server:
        point_smtp_at(sctx, server.port)
        for day in (date(2026, 11, 24), due):
            clock.set(at_nine(day))
            run_due_checks(sctx, SCHEDULER)


def day_sums(rows: Sequence[UpcomingCharge]) -> dict[tuple[date, str], tuple[int, int, int]]:
    """(day, currency) -> (safe, at risk, charges), added up from the rows themselves."""
    sums: dict[tuple[date, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in rows:
        entry = sums[(row.charge_on, row.currency)]
        entry[1 if row.risks else 0] += row.amount_minor or 0
        entry[2] += 1
    return {key: (safe, risky, count) for key, (safe, risky, count) in sums.items()}


def totals_as_sums(totals: Sequence[DayTotal]) -> dict[tuple[date, str], tuple[int, int, int]]:
    return {
        (t.day, t.currency): (t.amount_minor - t.at_risk_minor, t.at_risk_minor, t.charges) for t in totals
    }


D = TypeVar("D", bound=QDialog)


class ModalSteps:
    """Runs `steps` on the first `kind` dialog that becomes modal from now on, inside its own event loop
    (for dialogs opened with exec() after work on the worker thread, where `while_modal`'s one-shot
    timer would fire too early). `done` tells when it ran; `errors` what failed."""

    def __init__(self, kind: type[D], steps: Callable[[D], None]) -> None:
        self.done = False
        self.errors: list[BaseException] = []
        self.dialog: QDialog | None = None
        self._timer = QTimer(interval=20)

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, kind) or not dialog.isVisible():
                return
            self._timer.stop()
            self.dialog = dialog
            try:
                steps(dialog)
                if dialog.isVisible():
                    raise AssertionError("the steps left the dialog open")
            except BaseException as exc:
                self.errors.append(exc)
                if dialog.isVisible():
                    dialog.reject()
            self.done = True

        self._timer.timeout.connect(poll)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()


def _shown_length(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 10  # yyyy-mm-dd
    if isinstance(value, float):
        return len(f"{value:,.2f}")
    return len(str(value))


def assert_fitted_and_frozen(sheet: Worksheet) -> None:
    """Each column about as wide as its longest text (its title included, a long reason capped), the
    header row frozen and bold."""
    assert sheet.freeze_panes == "A2"
    for number, column in enumerate(sheet.iter_cols(), start=1):
        letter = get_column_letter(number)
        longest = min(60, max(_shown_length(cell.value) for cell in column))
        width = sheet.column_dimensions[letter].width
        assert longest < width <= longest + 4, (letter, column[0].value, longest, width)
        assert column[0].font.bold
