"""The due rules (R13-R19, R22, R27) on a real SQLite file and a real PostgreSQL database: card checks
and notices 15 days before the charge, the charge on its date, what failures stop, catch-up after
missed days, and that nothing is done twice."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select, update

from desktop.app.config import set_setting
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.store.models import (
    AuditEntry,
    AutoRenew,
    ChargeAttempt,
    Cycle,
    Invoice,
    NumberSequence,
    Order,
    PriceItem,
    Service,
)
from tests.jobs.helpers import (
    BOTH_DECLINED,
    CHARGE_DECLINED,
    TIMEOUT_ONCE,
    card,
    card_of,
    customer,
    cycles_of,
    document,
    domain,
    hosting,
    kinds,
    ledger_charges,
    load,
    load_one,
    of_type,
    outbox,
    renew_of,
    run_and_mail,
    run_on,
    service,
)
from tests.jobs.smtp_helpers import (
    SmtpServer,
    point_smtp_at,
    smtp_fixture,  # noqa: F401 (the fixture "smtp")
)
from tests.support.actors import TEST_ADMIN

EXPIRY = date(2026, 12, 20)  # charge date with charge_lead_days 0
CHECK = EXPIRY - timedelta(days=15)  # 2026-12-05
BEFORE_ANY = date(2026, 12, 1)  # a run before any check is due: the last completed run for catch-up


def _disable(ctx: AppContext, name: str) -> None:
    with ctx.db.transaction() as session:
        service_id = session.scalars(select(Service.id).where(Service.name == name)).one()
        session.execute(update(AutoRenew).where(AutoRenew.service_id == service_id).values(enabled=False))


# -- R14 / R15: the card check and the notice -----------------------------------------------------


def test_check_day_passes_the_card_and_queues_one_notice(ctx: AppContext, clock: ManualClock) -> None:
    load_one(
        ctx,
        domain("s1", "levi.co.il", EXPIRY),
        hosting("s2", "levi-site", EXPIRY, period=12, installments=3),
    )

    assert run_on(ctx, clock, CHECK - timedelta(days=1)).events == []
    assert outbox(ctx) == []

    result = run_on(ctx, clock, CHECK)
    assert sorted(kinds(result)) == sorted(["card_check_passed", "precharge_notice_sent"] * 2)
    notices = {event.service: event.as_json() for event in of_type(result, "precharge_notice_sent")}
    assert notices["levi.co.il"] == {
        "type": "precharge_notice_sent",
        "customer": "cust-1",
        "service": "levi.co.il",
        "due": "2026-12-20",
        "amount": "59.00",
        "currency": "ILS",
        "installments": 1,
    }
    assert notices["levi-site"]["amount"] == "480.00"
    assert notices["levi-site"]["installments"] == 3
    for event in of_type(result, "card_check_passed"):
        assert event.due == EXPIRY
    queued = outbox(ctx, "precharge_notice")
    assert sorted(row.context["service_name"] for row in queued) == ["levi-site", "levi.co.il"]
    assert {row.context["charge_date"] for row in queued} == {"2026-12-20"}
    assert renew_of(ctx, "levi.co.il").enabled

    # Later days up to the day before the charge: nothing new, the notice is not queued again.
    for offset in range(1, 15):
        assert run_on(ctx, clock, CHECK + timedelta(days=offset)).events == []
    assert len(outbox(ctx, "precharge_notice")) == 2
    assert ledger_charges(ctx) == []
    with ctx.db.reading() as session:
        passed = session.scalars(select(AuditEntry).where(AuditEntry.action == "card.check_passed")).all()
    assert len(passed) == 2
    assert {entry.actor for entry in passed} == {"system:scheduler"}


def test_card_expiring_before_the_charge_stops_auto_renew(ctx: AppContext, clock: ManualClock) -> None:
    expiry = date(2027, 1, 10)
    load_one(ctx, domain("s1", "levi.co.il", expiry), cards=[card(exp=(12, 2026))])

    result = run_on(ctx, clock, expiry - timedelta(days=15))
    assert kinds(result) == ["card_check_failed", "auto_renew_stopped"]
    assert {event.reason for event in result.events} == {"card_expires_before_charge"}
    assert result.events[0].due == expiry
    renew = renew_of(ctx, "levi.co.il")
    assert not renew.enabled
    assert renew.stop_reason == "card_expires_before_charge"
    assert renew.stopped_at is not None
    mails = outbox(ctx, "card_check_failed")
    assert len(mails) == 1
    assert mails[0].context["reason"] == "card_expires_before_charge"
    assert mails[0].to_address == "cust-1@example.com"
    with ctx.db.reading() as session:
        stopped = session.scalars(select(AuditEntry).where(AuditEntry.action == "auto_renew.stopped")).one()
    assert stopped.before == {"enabled": True, "stop_reason": None}
    assert stopped.after == {"enabled": False, "stop_reason": "card_expires_before_charge"}

    assert run_on(ctx, clock, expiry - timedelta(days=14)).events == []
    assert run_on(ctx, clock, expiry).events == []
    assert ledger_charges(ctx) == []
    assert len(outbox(ctx, "card_check_failed")) == 1
    assert len(outbox(ctx)) == 1
    assert service(ctx, "levi.co.il").expires_on == expiry


def test_declined_verification_stops_and_marks_the_card(ctx: AppContext, clock: ManualClock) -> None:
    load_one(ctx, domain("s1", "levi.co.il", EXPIRY), cards=[card(number=BOTH_DECLINED)])
    assert card_of(ctx, "v1").invalid_reason is None

    result = run_on(ctx, clock, CHECK)
    assert kinds(result) == ["card_check_failed", "auto_renew_stopped"]
    assert {event.reason for event in result.events} == {"card_verification_declined"}
    assert card_of(ctx, "v1").invalid_reason == "card_verification_declined"
    renew = renew_of(ctx, "levi.co.il")
    assert (renew.enabled, renew.stop_reason) == (False, "card_verification_declined")
    assert len(outbox(ctx, "card_check_failed")) == 1
    assert outbox(ctx, "precharge_notice") == []

    assert run_on(ctx, clock, EXPIRY).events == []
    assert ledger_charges(ctx) == []


def test_declined_charge_stops_auto_renew_and_keeps_the_expiry(ctx: AppContext, clock: ManualClock) -> None:
    load_one(ctx, domain("s1", "levi.co.il", EXPIRY), cards=[card(number=CHARGE_DECLINED)])

    checked = run_on(ctx, clock, CHECK)
    assert kinds(checked) == ["card_check_passed", "precharge_notice_sent"]

    result = run_on(ctx, clock, EXPIRY)
    assert kinds(result) == ["charge_failed", "auto_renew_stopped"]
    failed = result.events[0].as_json()
    assert failed["reason"] == "charge_declined"
    assert (failed["amount"], failed["currency"], failed["due"]) == ("59.00", "ILS", "2026-12-20")
    assert result.events[1].reason == "charge_declined"
    renew = renew_of(ctx, "levi.co.il")
    assert (renew.enabled, renew.stop_reason) == (False, "charge_declined")
    assert service(ctx, "levi.co.il").expires_on == EXPIRY
    assert len(outbox(ctx, "charge_failed")) == 1
    assert [entry["outcome"] for entry in ledger_charges(ctx)] == ["declined"]
    with ctx.db.reading() as session:
        assert session.scalars(select(Invoice)).all() == []
        assert session.scalars(select(Order).where(Order.kind == "automatic")).all() == []

    assert run_on(ctx, clock, EXPIRY).events == []
    assert run_on(ctx, clock, EXPIRY + timedelta(days=1)).events == []
    assert len(ledger_charges(ctx)) == 1
    assert len(outbox(ctx, "charge_failed")) == 1


def test_charge_that_times_out_is_settled_and_charged_once(ctx: AppContext, clock: ManualClock) -> None:
    load_one(ctx, domain("s1", "levi.co.il", EXPIRY), cards=[card(number=TIMEOUT_ONCE)])
    run_on(ctx, clock, CHECK)

    result = run_on(ctx, clock, EXPIRY)
    assert kinds(result) == ["charged"]
    assert result.problems == []
    charges = ledger_charges(ctx)
    assert len(charges) == 1
    assert (charges[0]["outcome"], charges[0]["answer"]) == ("succeeded", "timeout")
    with ctx.db.reading() as session:
        attempts = session.scalars(select(ChargeAttempt)).all()
        assert [attempt.status for attempt in attempts] == ["succeeded"]
        assert attempts[0].gateway_reference == charges[0]["reference"]
        assert session.scalars(select(Invoice)).one().total_minor == 5900
    assert service(ctx, "levi.co.il").expires_on == date(2027, 12, 20)

    assert run_on(ctx, clock, EXPIRY).events == []
    assert run_on(ctx, clock, EXPIRY + timedelta(days=1)).events == []
    assert len(ledger_charges(ctx)) == 1


# -- R16: a successful charge ----------------------------------------------------------------------


def test_successful_charge_invoices_the_billing_contact_and_moves_the_expiry(
    ctx: AppContext, clock: ManualClock
) -> None:
    hosting_expiry = EXPIRY + timedelta(days=1)
    load_one(
        ctx,
        domain("s1", "levi.co.il", EXPIRY, contact="k1"),
        hosting("s2", "levi-site", hosting_expiry, period=12, installments=3),
        contacts=[{"ref": "k1", "name": "Levi Billing", "company": "Levi Ltd"}],
    )
    run_on(ctx, clock, CHECK)
    run_on(ctx, clock, CHECK + timedelta(days=1))

    first = run_on(ctx, clock, EXPIRY)
    assert [(event.type.value, event.service) for event in first.events] == [("charged", "levi.co.il")]
    assert first.events[0].as_json() == {
        "type": "charged",
        "customer": "cust-1",
        "service": "levi.co.il",
        "due": "2026-12-20",
        "amount": "59.00",
        "currency": "ILS",
        "installments": 1,
    }
    second = run_on(ctx, clock, hosting_expiry)
    assert [(event.type.value, event.service) for event in second.events] == [("charged", "levi-site")]
    assert (second.events[0].amount_minor, second.events[0].installments) == (48000, 3)

    charges = {entry["service"]: entry for entry in ledger_charges(ctx)}
    assert set(charges) == {"levi.co.il", "levi-site"}
    assert (charges["levi-site"]["amount"], charges["levi-site"]["installments"]) == ("480.00", 3)
    assert (charges["levi.co.il"]["amount"], charges["levi.co.il"]["installments"]) == ("59.00", 1)
    assert charges["levi-site"]["due"] == hosting_expiry.isoformat()

    with ctx.db.reading() as session:
        invoices = session.scalars(select(Invoice).order_by(Invoice.id)).all()
        orders = session.scalars(select(Order).order_by(Order.id)).all()
        sequence = session.get(NumberSequence, "invoice")
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "charge.succeeded")).all()
    assert [invoice.description for invoice in invoices] == ["levi.co.il", "levi-site"]
    domain_invoice, hosting_invoice = invoices
    assert (domain_invoice.bill_to_name, domain_invoice.bill_to_company) == ("Levi Billing", "Levi Ltd")
    assert domain_invoice.billing_contact_id is not None
    assert (hosting_invoice.bill_to_name, hosting_invoice.billing_contact_id) == ("Dana Levi", None)
    assert domain_invoice.number < hosting_invoice.number
    assert sequence is not None and sequence.next_value == hosting_invoice.number + 1
    assert {invoice.status for invoice in invoices} == {"paid"}
    assert (hosting_invoice.total_minor, hosting_invoice.installments) == (48000, 3)
    assert (hosting_invoice.period_from, hosting_invoice.period_to) == (hosting_expiry, date(2027, 12, 21))
    assert [
        (order.kind, order.period_months, order.installments, order.amount_minor) for order in orders
    ] == [
        ("automatic", 12, 1, 5900),
        ("automatic", 12, 3, 48000),
    ]
    assert [order.ordered_on for order in orders] == [EXPIRY, hosting_expiry]
    assert len(audit) == 2
    assert {entry.after["invoice"] for entry in audit if entry.after} == {
        invoice.number for invoice in invoices
    }

    assert service(ctx, "levi.co.il").expires_on == date(2027, 12, 20)
    assert service(ctx, "levi-site").expires_on == date(2027, 12, 21)
    domain_cycles = cycles_of(ctx, "levi.co.il")
    assert [(cycle.charge_on, cycle.status) for cycle in domain_cycles] == [
        (EXPIRY, "charged"),
        (date(2027, 12, 20), "open"),
    ]
    assert domain_cycles[1].expires_on == date(2027, 12, 20)
    receipts = outbox(ctx, "charge_receipt")
    assert len(receipts) == 2
    assert {row.context["new_expires_on"] for row in receipts} == {"2027-12-20", "2027-12-21"}
    renew = renew_of(ctx, "levi-site")
    assert (renew.enabled, renew.period_months, renew.installments) == (True, 12, 3)


def test_installments_are_aligned_after_a_charge(ctx: AppContext, clock: ManualClock) -> None:
    load_one(
        ctx,
        domain("s1", "levi.co.il", EXPIRY),
        hosting("s2", "two-of-five", EXPIRY, period=24, installments=2),
        hosting("s3", "seven", EXPIRY, period=36, installments=7),
        hosting("s4", "odd-period", EXPIRY, period=12, installments=3),
    )
    with ctx.db.transaction() as session:
        ids = dict(session.execute(select(Service.name, Service.id)).tuples().all())
        # A domain has one payment whatever is stored (R12); a hosting period that is not allowed
        # (a hand edit, an old system) is aligned to the nearest allowed one after the charge (R13).
        session.execute(
            update(AutoRenew).where(AutoRenew.service_id == ids["levi.co.il"]).values(installments=2)
        )
        session.execute(
            update(AutoRenew)
            .where(AutoRenew.service_id == ids["odd-period"])
            .values(period_months=13, installments=5)
        )
        session.add(
            PriceItem(kind="hosting", item="basic", period_months=13, currency="ILS", amount_minor=50000)
        )

    run_on(ctx, clock, CHECK)
    result = run_on(ctx, clock, EXPIRY)
    assert sorted(event.service for event in of_type(result, "charged")) == sorted(ids)

    charged = {entry["service"]: entry["installments"] for entry in ledger_charges(ctx)}
    assert charged["levi.co.il"] == 1
    assert charged["two-of-five"] == 2
    assert charged["seven"] == 7
    aligned = {name: renew_of(ctx, name) for name in ids}
    assert (aligned["levi.co.il"].period_months, aligned["levi.co.il"].installments) == (12, 1)
    assert (aligned["two-of-five"].period_months, aligned["two-of-five"].installments) == (24, 2)
    assert (aligned["seven"].period_months, aligned["seven"].installments) == (36, 7)
    assert (aligned["odd-period"].period_months, aligned["odd-period"].installments) == (12, 3)
    assert service(ctx, "odd-period").expires_on == date(2028, 1, 20)
    assert service(ctx, "seven").expires_on == date(2029, 12, 20)


# -- R17: at most once -----------------------------------------------------------------------------


def test_repeated_runs_do_nothing_twice(ctx: AppContext, clock: ManualClock) -> None:
    load_one(
        ctx,
        domain("s1", "levi.co.il", EXPIRY),
        hosting("s2", "levi-site", EXPIRY, period=12, installments=3),
    )
    assert len(run_on(ctx, clock, CHECK).events) == 4
    assert run_on(ctx, clock, CHECK).events == []

    runs = [run_on(ctx, clock, EXPIRY) for _ in range(3)]
    assert sorted(kinds(runs[0])) == ["charged", "charged"]
    assert runs[1].events == [] and runs[2].events == []
    charges = ledger_charges(ctx)
    assert sorted((entry["service"], entry["due"]) for entry in charges) == [
        ("levi-site", "2026-12-20"),
        ("levi.co.il", "2026-12-20"),
    ]
    assert len(outbox(ctx, "charge_receipt")) == 2
    assert len(outbox(ctx, "precharge_notice")) == 2
    with ctx.db.reading() as session:
        assert len(session.scalars(select(Invoice)).all()) == 2
    assert service(ctx, "levi.co.il").expires_on == date(2027, 12, 20)


# -- R18: catch-up ---------------------------------------------------------------------------------


def test_charge_missed_by_three_days_is_charged_now(
    ctx: AppContext, clock: ManualClock, smtp: SmtpServer
) -> None:
    point_smtp_at(ctx, smtp.port)
    load_one(ctx, domain("s1", "levi.co.il", EXPIRY))
    assert run_on(ctx, clock, BEFORE_ANY).events == []

    result = run_and_mail(ctx, clock, EXPIRY + timedelta(days=3))
    charged = of_type(result, "charged")
    assert [(event.service, event.due) for event in charged] == [("levi.co.il", EXPIRY)]
    # The missed check is done first and its notice says the renewal is made now (R18, R28): no
    # card is charged without a notice stating the amount.
    assert [event.type.value for event in result.events] == [
        "card_check_passed",
        "precharge_notice_sent",
        "charged",
    ]
    notices = outbox(ctx, "precharge_notice")
    assert [notice.context.get("charge_now") for notice in notices] == [True]
    assert [entry["due"] for entry in ledger_charges(ctx)] == ["2026-12-20"]
    assert service(ctx, "levi.co.il").expires_on == date(2027, 12, 20)
    assert run_on(ctx, clock, EXPIRY + timedelta(days=3)).events == []


def test_charge_missed_beyond_the_grace_needs_attention(ctx: AppContext, clock: ManualClock) -> None:
    load_one(ctx, domain("s1", "levi.co.il", EXPIRY))
    run_on(ctx, clock, BEFORE_ANY)

    result = run_on(ctx, clock, EXPIRY + timedelta(days=10))
    assert [(event.type.value, event.reason, event.due) for event in result.events] == [
        ("needs_attention", "charge_date_missed", EXPIRY)
    ]
    assert ledger_charges(ctx) == []
    assert renew_of(ctx, "levi.co.il").enabled
    assert service(ctx, "levi.co.il").expires_on == EXPIRY
    assert [cycle.status for cycle in cycles_of(ctx, "levi.co.il")] == ["needs_attention"]
    assert run_on(ctx, clock, EXPIRY + timedelta(days=11)).events == []
    assert ledger_charges(ctx) == []


def test_longer_grace_setting_charges_the_ten_day_old_date(
    ctx: AppContext, clock: ManualClock, smtp: SmtpServer
) -> None:
    point_smtp_at(ctx, smtp.port)
    load_one(ctx, domain("s1", "levi.co.il", EXPIRY))
    set_setting(ctx, TEST_ADMIN, "late_charge_grace_days", "12")
    run_on(ctx, clock, BEFORE_ANY)

    result = run_and_mail(ctx, clock, EXPIRY + timedelta(days=10))
    assert [(event.type.value, event.due) for event in result.events] == [
        ("card_check_passed", EXPIRY),
        ("precharge_notice_sent", EXPIRY),
        ("charged", EXPIRY),
    ]
    assert len(ledger_charges(ctx)) == 1


def test_missed_check_before_the_charge_date_is_done_now(ctx: AppContext, clock: ManualClock) -> None:
    load_one(ctx, domain("s1", "levi.co.il", EXPIRY))
    run_on(ctx, clock, BEFORE_ANY)

    late = run_on(ctx, clock, EXPIRY - timedelta(days=5))
    assert kinds(late) == ["card_check_passed", "precharge_notice_sent"]
    assert {event.due for event in late.events} == {EXPIRY}
    assert len(outbox(ctx, "precharge_notice")) == 1
    assert ledger_charges(ctx) == []

    assert kinds(run_on(ctx, clock, EXPIRY)) == ["charged"]
    assert len(outbox(ctx, "precharge_notice")) == 1


def test_catch_up_reports_charges_in_date_order(
    ctx: AppContext, clock: ManualClock, smtp: SmtpServer
) -> None:
    point_smtp_at(ctx, smtp.port)
    # Created latest-first, so that ids and dates disagree.
    expiries = {
        "third.co.il": EXPIRY + timedelta(days=2),
        "first.co.il": EXPIRY,
        "second.com": EXPIRY + timedelta(days=1),
    }
    load_one(ctx, *[domain(f"s{index}", name, day) for index, (name, day) in enumerate(expiries.items())])
    run_on(ctx, clock, BEFORE_ANY)

    result = run_and_mail(ctx, clock, EXPIRY + timedelta(days=4))
    charged = of_type(result, "charged")
    assert [event.service for event in charged] == ["first.co.il", "second.com", "third.co.il"]
    for kind in {event.type for event in result.events}:
        dues = [event.due for event in result.events if event.type is kind]
        assert dues == sorted(dues)


# -- the cycle checked again before charging (SPEC 2b) ---------------------------------------------


def test_auto_renew_switched_off_after_the_notice_is_not_charged(ctx: AppContext, clock: ManualClock) -> None:
    load_one(ctx, domain("s1", "levi.co.il", EXPIRY))
    assert kinds(run_on(ctx, clock, CHECK)) == ["card_check_passed", "precharge_notice_sent"]
    _disable(ctx, "levi.co.il")

    assert run_on(ctx, clock, EXPIRY).events == []
    assert ledger_charges(ctx) == []
    assert [cycle.status for cycle in cycles_of(ctx, "levi.co.il")] == ["cancelled"]
    assert service(ctx, "levi.co.il").expires_on == EXPIRY
    assert outbox(ctx, "charge_receipt") == []


def test_service_renewed_otherwise_is_not_charged(ctx: AppContext, clock: ManualClock) -> None:
    load_one(ctx, domain("s1", "levi.co.il", EXPIRY))
    run_on(ctx, clock, CHECK)
    renewed = date(2027, 12, 20)
    with ctx.db.transaction() as session:
        session.execute(update(Service).where(Service.name == "levi.co.il").values(expires_on=renewed))

    assert run_on(ctx, clock, EXPIRY).events == []
    assert ledger_charges(ctx) == []
    with ctx.db.reading() as session:
        cycle = session.scalars(select(Cycle).where(Cycle.charge_on == EXPIRY)).one()
    assert cycle.status == "cancelled"
    assert service(ctx, "levi.co.il").expires_on == renewed
    assert renew_of(ctx, "levi.co.il").enabled


# -- settings and prices ---------------------------------------------------------------------------


def test_charge_lead_days_moves_the_charge_before_the_expiry(ctx: AppContext, clock: ManualClock) -> None:
    load_one(ctx, domain("s1", "levi.co.il", EXPIRY))
    set_setting(ctx, TEST_ADMIN, "charge_lead_days", "2")
    charge_on = EXPIRY - timedelta(days=2)

    assert run_on(ctx, clock, charge_on - timedelta(days=16)).events == []
    checked = run_on(ctx, clock, charge_on - timedelta(days=15))
    assert kinds(checked) == ["card_check_passed", "precharge_notice_sent"]
    assert {event.due for event in checked.events} == {charge_on}
    assert run_on(ctx, clock, charge_on - timedelta(days=1)).events == []

    charged = run_on(ctx, clock, charge_on)
    assert [(event.type.value, event.due) for event in charged.events] == [("charged", charge_on)]
    assert [entry["due"] for entry in ledger_charges(ctx)] == [charge_on.isoformat()]
    assert service(ctx, "levi.co.il").expires_on == date(2027, 12, 20)
    assert [cycle.charge_on for cycle in cycles_of(ctx, "levi.co.il")] == [charge_on, date(2027, 12, 18)]
    assert run_on(ctx, clock, EXPIRY).events == []


def test_service_without_a_price_needs_attention(ctx: AppContext, clock: ManualClock) -> None:
    load(ctx, document([customer("cust-1", [domain("s1", "levi.org", EXPIRY)])]))

    result = run_on(ctx, clock, CHECK)
    assert [(event.type.value, event.reason) for event in result.events] == [("needs_attention", "no_price")]
    assert outbox(ctx, "precharge_notice") == []
    assert run_on(ctx, clock, EXPIRY).events == []
    assert ledger_charges(ctx) == []
    assert service(ctx, "levi.org").expires_on == EXPIRY
