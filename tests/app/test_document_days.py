"""A document's dates are days in the company's time zone (SPEC settings: timezone), the day
ctx.today() was when it was issued: never the UTC day of its instant, nor the workstation's. Hostile
test 14, defect 15: at 01:30 UTC in Los Angeles (still the evening before), a proforma printed the UTC
day as its date, 29 days before its last valid day, and an invoice its UTC day beside "paid on" the
company's day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.app.config import set_setting
from desktop.app.documents import invoice_document, list_invoices, list_proformas, proforma_document
from desktop.app.errors import UseCaseError
from desktop.app.payments import PaymentRequest, record_payment
from desktop.app.proformas import issue_proformas
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.core.codes import ErrorCode, PaymentMethod
from desktop.jobs.due_engine import run_due
from tests.app.helpers import ADMIN, FINANCE, SALES, customer_id
from tests.jobs.helpers import customer, document, domain, load

# (the company's zone, an instant whose UTC day is not the company's day, the company's day)
EDGES = [
    ("America/Los_Angeles", datetime(2026, 12, 1, 1, 30, tzinfo=UTC), date(2026, 11, 30)),
    ("Asia/Jerusalem", datetime(2026, 11, 30, 23, 30, tzinfo=UTC), date(2026, 12, 1)),
]


@pytest.mark.parametrize(("zone", "moment", "company_day"), EDGES)
def test_a_paid_proformas_documents_carry_the_companys_day(
    ctx: AppContext, clock: ManualClock, zone: str, moment: datetime, company_day: date
) -> None:
    load(ctx, document([customer("dana", [domain("s1", "levi.co.il", date(2027, 6, 1))])]))
    set_setting(ctx, ADMIN, "timezone", zone)
    clock.set(moment)
    assert ctx.today() == company_day
    [issued] = issue_proformas(ctx, SALES, customer_id(ctx, "dana"))
    paid = record_payment(ctx, SALES, issued.number, PaymentRequest(PaymentMethod.TRANSFER, reference="B-1"))

    proforma = proforma_document(ctx, FINANCE, issued.number)
    assert proforma.issued_on == company_day
    assert proforma.valid_until == company_day + timedelta(days=ctx.settings.proforma_valid_days)
    [row] = list_proformas(ctx, FINANCE, customer_id(ctx, "dana"))
    assert row.issued_on == company_day

    invoice = invoice_document(ctx, FINANCE, paid.invoice_number)
    assert invoice.payment is not None
    assert invoice.issued_on == invoice.payment.paid_on == company_day
    assert [r.issued_on for r in list_invoices(ctx, FINANCE).rows] == [company_day]
    # The company's day is the one the list is filtered by, too.
    assert list_invoices(ctx, FINANCE, first=company_day, last=company_day).total == 1
    assert list_invoices(ctx, FINANCE, first=moment.date(), last=moment.date()).total == 0


@pytest.mark.parametrize(("zone", "moment", "company_day"), EDGES)
def test_an_automatic_charges_invoice_carries_the_companys_day(
    ctx: AppContext, clock: ManualClock, zone: str, moment: datetime, company_day: date
) -> None:
    load(ctx, document([customer("dana", [domain("s1", "levi.co.il", company_day)])]))
    set_setting(ctx, ADMIN, "timezone", zone)
    clock.set(moment - timedelta(days=15))  # the check day: checked and announced
    run_due(ctx, ctx.today())
    clock.set(moment)
    charged = [e for e in run_due(ctx, ctx.today()).events if e.type.value == "charged"]
    assert [e.due for e in charged] == [company_day]

    [row] = list_invoices(ctx, FINANCE).rows
    invoice = invoice_document(ctx, FINANCE, row.number)
    assert invoice.payment is not None
    assert row.issued_on == invoice.issued_on == invoice.payment.paid_on == company_day


def test_a_range_of_days_that_ends_before_it_begins_is_refused(ctx: AppContext) -> None:
    """Hostile test 14, defect 23: `invoice list --from` later than `--to` answered "no invoices"."""
    first, last = date(2026, 12, 1), date(2026, 11, 1)
    with pytest.raises(UseCaseError) as refused:
        list_invoices(ctx, FINANCE, first=first, last=last)
    assert refused.value.code == ErrorCode.AUDIT_RANGE_REVERSED
    assert refused.value.params == {"first": "2026-12-01", "last": "2026-11-01"}
    assert list_invoices(ctx, FINANCE, first=last, last=last).total == 0  # one day is a range
