"""Promises kept by the due engine (R28-R30), end to end through the real use cases, the real engine,
the sandbox gateway's own ledger and the outbox, on SQLite and PostgreSQL:

- R29 (issue 10, defect 1): auto-renew switched on again after a failed card check is checked,
  notified and charged like any other; a declined charge is tried again under a new key.
- R28 (defect 2): the charge is what the notice announced, whatever the price list says later; staff
  changes after the notice queue an updated notice and the charge follows the new terms.
- R30 (defect 3): late state (charge dates 3, 10, 30, 500 days ago) is charged within the grace days
  and otherwise reported for staff and shown at risk, never dropped.
- R29's sweep: an enabled auto-renew left without a live cycle is reported, once."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select, update

from desktop.app.finance import upcoming_charges
from desktop.app.recurring import change_service_settings, enable_recurring
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.core.codes import Risk
from desktop.jobs.outbox_sender import send_outbox
from desktop.store.models import AuditEntry, AutoRenew, ChargeAttempt, Invoice
from tests.app.helpers import (
    ADMIN,
    SALES,
    account,
    card_id,
    contact,
    contact_id,
    customer_id,
    order,
    service_id,
)
from tests.jobs.helpers import (
    BOTH_DECLINED,
    CHARGE_DECLINED,
    GOOD,
    PRICES,
    at_nine,
    card,
    cycles_of,
    document,
    domain,
    hosting,
    kinds,
    ledger_charges,
    load,
    of_type,
    outbox,
    renew_of,
    run_and_mail,
    run_on,
    service,
)
from tests.jobs.smtp_helpers import (
    SmtpServer,
    body,
    point_smtp_at,
    smtp_fixture,  # noqa: F401 (the fixture "smtp")
)

EXPIRY = date(2026, 12, 20)  # the charge date (charge_lead_days 0)
CHECK = EXPIRY - timedelta(days=15)  # 2026-12-05


def _days(clock: ManualClock, ctx: AppContext, first: date, last: date) -> list[str]:
    """Runs every day from `first` to `last`, as the scheduler would; returns every event type."""
    seen: list[str] = []
    day = first
    while day <= last:
        seen += kinds(run_on(ctx, clock, day))
        day += timedelta(days=1)
    return seen


def _dana(ctx: AppContext, services: list[dict[str, Any]], cards: list[dict[str, Any]], **extra: Any) -> None:
    refs = [item["ref"] for item in services]
    load(ctx, document([account("dana", services, cards=cards, orders=[order(refs[0])], **extra)]))


def _announced(ctx: AppContext, name: str, kind: str = "precharge_notice") -> list[dict[str, Any]]:
    sid = service(ctx, name).id
    return [mail.context for mail in outbox(ctx, kind) if mail.service_id == sid]


# -- R29: switched on again after a stop (defect 1) ------------------------------------------------


def test_switched_on_again_after_a_failed_card_check_is_notified_and_charged(
    ctx: AppContext, clock: ManualClock, smtp: SmtpServer
) -> None:
    point_smtp_at(ctx, smtp.port)
    _dana(
        ctx,
        [domain("d1", "levi.co.il", EXPIRY, card_ref="bad")],
        [card("bad", number=BOTH_DECLINED), card("good", number=GOOD)],
    )
    assert kinds(run_on(ctx, clock, CHECK)) == ["card_check_failed", "auto_renew_stopped"]
    assert [cycle.status for cycle in cycles_of(ctx, "levi.co.il")] == ["stopped"]

    clock.set(at_nine(CHECK + timedelta(days=1)))
    enable_recurring(
        ctx,
        SALES,
        customer_id(ctx, "dana"),
        [service_id(ctx, "levi.co.il")],
        card_id=card_id(ctx, "dana", "good"),
    )
    assert renew_of(ctx, "levi.co.il").enabled

    seen = _days(clock, ctx, CHECK + timedelta(days=1), EXPIRY + timedelta(days=1))

    assert seen == ["card_check_passed", "precharge_notice_sent", "charged"]
    [notice] = _announced(ctx, "levi.co.il")
    assert (notice["amount_minor"], notice["currency"], notice["installments"], notice["card_last4"]) == (
        5900,
        "ILS",
        1,
        "4242",
    )
    [charge] = ledger_charges(ctx)
    assert (charge["outcome"], charge["amount"], charge["currency"], charge["last4"], charge["due"]) == (
        "succeeded",
        "59.00",
        "ILS",
        "4242",
        EXPIRY.isoformat(),
    )
    assert [cycle.status for cycle in cycles_of(ctx, "levi.co.il")] == ["charged", "open"]
    assert service(ctx, "levi.co.il").expires_on == date(2027, 12, 20)
    # The customer got the notice of the charge to come and the receipt; the stop e-mail, not sent
    # before auto-renew was on again, was withdrawn (hostile test 14, defect 2).
    assert send_outbox(ctx).sent == 2
    assert [mail.status for mail in outbox(ctx, "card_check_failed")] == ["withdrawn"]
    delivered = {message["Subject"]: body(message, "plain") for message in smtp.messages()}
    # Sent (here) only after the charge date, the notice says the renewal is made now (outbox_sender).
    [told] = [text for subject, text in delivered.items() if "renewed automatically now" in subject]
    assert "59.00" in told and "4242" in told
    assert {message["To"] for message in smtp.messages()} == {"dana@example.com"}


def test_switched_on_again_after_the_charge_date_is_charged_within_the_grace(
    ctx: AppContext, clock: ManualClock, smtp: SmtpServer
) -> None:
    """The stop came with the failed check; staff switch on again two days after the charge date:
    the next run catches up (R18): the missed check and its notice first, then the charge on the
    announced terms (R28), all in date order."""
    _dana(
        ctx,
        [domain("d1", "levi.co.il", EXPIRY, card_ref="bad")],
        [card("bad", number=BOTH_DECLINED), card("good", number=GOOD)],
    )
    run_on(ctx, clock, CHECK)
    _days(clock, ctx, CHECK + timedelta(days=1), EXPIRY + timedelta(days=2))
    assert ledger_charges(ctx) == []

    enable_recurring(
        ctx,
        SALES,
        customer_id(ctx, "dana"),
        [service_id(ctx, "levi.co.il")],
        card_id=card_id(ctx, "dana", "good"),
    )
    point_smtp_at(ctx, smtp.port)
    result = run_and_mail(ctx, clock, EXPIRY + timedelta(days=2))

    assert kinds(result) == ["card_check_passed", "precharge_notice_sent", "charged"]
    assert [(c["amount"], c["last4"]) for c in ledger_charges(ctx)] == [("59.00", "4242")]


def test_switched_on_again_too_long_after_the_charge_date_needs_attention(
    ctx: AppContext, clock: ManualClock
) -> None:
    _dana(
        ctx,
        [domain("d1", "levi.co.il", EXPIRY, card_ref="bad")],
        [card("bad", number=BOTH_DECLINED), card("good", number=GOOD)],
    )
    run_on(ctx, clock, CHECK)
    late = EXPIRY + timedelta(days=10)
    clock.set(at_nine(late))
    enable_recurring(
        ctx,
        SALES,
        customer_id(ctx, "dana"),
        [service_id(ctx, "levi.co.il")],
        card_id=card_id(ctx, "dana", "good"),
    )
    result = run_on(ctx, clock, late)

    [event] = result.events
    assert (event.type.value, event.reason, event.due) == ("needs_attention", "charge_date_missed", EXPIRY)
    assert ledger_charges(ctx) == []
    assert [cycle.status for cycle in cycles_of(ctx, "levi.co.il")] == ["needs_attention"]


def test_a_declined_charge_is_tried_again_under_a_new_key(ctx: AppContext, clock: ManualClock) -> None:
    """The sandbox, like a real gateway, answers a known key with its earlier result: the new try of a
    cycle opened again must not reuse the declined try's key."""
    _dana(
        ctx,
        [domain("d1", "levi.co.il", EXPIRY, card_ref="bad")],
        [card("bad", number=CHARGE_DECLINED), card("good", number=GOOD)],
    )
    run_on(ctx, clock, CHECK)
    assert of_type(run_on(ctx, clock, EXPIRY), "charge_failed")
    assert not renew_of(ctx, "levi.co.il").enabled

    enable_recurring(
        ctx,
        SALES,
        customer_id(ctx, "dana"),
        [service_id(ctx, "levi.co.il")],
        card_id=card_id(ctx, "dana", "good"),
    )
    result = run_on(ctx, clock, EXPIRY + timedelta(days=1))

    # The new card is checked before the new try; its terms were restated when it was chosen.
    assert kinds(result) == ["card_check_passed", "charged"]
    charges = ledger_charges(ctx)
    assert [(c["outcome"], c["last4"]) for c in charges] == [("declined", "0341"), ("succeeded", "4242")]
    assert len({c["key"] for c in charges}) == 2
    with ctx.db.reading() as session:
        attempts = session.scalars(select(ChargeAttempt.status).order_by(ChargeAttempt.id)).all()
    assert attempts == ["declined", "succeeded"]
    # The notice of the first try announced the same amount on another card: an updated notice says so.
    [updated] = _announced(ctx, "levi.co.il", "notice_updated")
    assert (updated["card_last4"], updated["amount_minor"], updated["notice_version"]) == ("4242", 5900, 2)


def test_switched_on_again_past_the_grace_promises_no_renewal_that_will_not_be_made(
    ctx: AppContext, clock: ManualClock
) -> None:
    """A declined charge, switched on again with another card when the charge date is past the grace
    days: the cycle is reported for staff, and the customer is not told that it will be renewed on a
    day long gone (issue 10 review)."""
    _dana(
        ctx,
        [domain("d1", "levi.co.il", EXPIRY, card_ref="bad")],
        [card("bad", number=CHARGE_DECLINED), card("good", number=GOOD)],
    )
    run_on(ctx, clock, CHECK)
    assert of_type(run_on(ctx, clock, EXPIRY), "charge_failed")
    late = EXPIRY + timedelta(days=16)
    clock.set(at_nine(late))

    enable_recurring(
        ctx,
        SALES,
        customer_id(ctx, "dana"),
        [service_id(ctx, "levi.co.il")],
        card_id=card_id(ctx, "dana", "good"),
    )

    assert _announced(ctx, "levi.co.il", "notice_updated") == []
    assert kinds(run_on(ctx, clock, late)) == ["needs_attention"]
    assert [c["outcome"] for c in ledger_charges(ctx)] == ["declined"]


def test_switched_on_again_with_the_same_terms_is_not_notified_again(
    ctx: AppContext, clock: ManualClock
) -> None:
    _dana(ctx, [domain("d1", "levi.co.il", EXPIRY, card_ref="good")], [card("good", number=GOOD)])
    run_on(ctx, clock, CHECK)
    with ctx.db.transaction() as session:
        session.execute(update(AutoRenew).values(enabled=False))
    run_on(ctx, clock, EXPIRY)  # switched off: the cycle is cancelled, nothing charged
    assert [cycle.status for cycle in cycles_of(ctx, "levi.co.il")] == ["cancelled"]

    enable_recurring(ctx, SALES, customer_id(ctx, "dana"), [service_id(ctx, "levi.co.il")])
    assert kinds(run_on(ctx, clock, EXPIRY + timedelta(days=1))) == ["card_check_passed", "charged"]

    assert len(_announced(ctx, "levi.co.il")) == 1
    assert _announced(ctx, "levi.co.il", "notice_updated") == []
    with ctx.db.reading() as session:
        reopened = session.scalars(select(AuditEntry).where(AuditEntry.action == "cycle.reopened")).all()
    assert [(row.before or {}).get("status") for row in reopened] == ["cancelled"]


# -- R28: what was announced is what is charged (defect 2) ----------------------------------------


def _price(ctx: AppContext, item: str, period: int, price: str) -> None:
    """The price list changes as finance would change it: an import of the price list alone."""
    prices = [
        {**entry, "price": price} if (entry["item"], entry["period_months"]) == (item, period) else entry
        for entry in PRICES
    ]
    load(ctx, document([], prices=prices))


def test_a_price_change_after_the_notice_waits_for_the_next_cycle(
    ctx: AppContext, clock: ManualClock
) -> None:
    _dana(ctx, [domain("d1", "levi.co.il", EXPIRY, card_ref="good")], [card("good")])
    run_on(ctx, clock, CHECK)
    [notice] = _announced(ctx, "levi.co.il")
    assert notice["amount_minor"] == 5900

    _price(ctx, ".co.il", 12, "590.00")
    forecast = upcoming_charges(ctx, ADMIN, CHECK + timedelta(days=1), 30)
    assert [(row.service, row.amount_minor) for row in forecast.rows] == [("levi.co.il", 5900)]
    result = run_on(ctx, clock, EXPIRY)

    assert [(e.type.value, e.amount_minor) for e in result.events] == [("charged", 5900)]
    assert [c["amount"] for c in ledger_charges(ctx)] == ["59.00"]
    [receipt] = _announced(ctx, "levi.co.il", "charge_receipt")
    assert receipt["amount_minor"] == 5900
    with ctx.db.reading() as session:
        assert session.scalars(select(Invoice.total_minor)).all() == [5900]
    assert _announced(ctx, "levi.co.il", "notice_updated") == []

    # The next cycle is announced, and charged, at the new price.
    run_on(ctx, clock, date(2027, 12, 5))
    assert [n["amount_minor"] for n in _announced(ctx, "levi.co.il")] == [5900, 59000]


def _site(ctx: AppContext, clock: ManualClock) -> None:
    _dana(
        ctx,
        [hosting("h1", "levi-site", EXPIRY, installments=3, card_ref="v1")],
        [card("v1"), {**card("v2", number="5555555555554444"), "holder": "Dana Levi"}],
        contacts=[contact("k1", "Dana Levi")],
    )
    run_on(ctx, clock, CHECK)
    [notice] = _announced(ctx, "levi-site")
    assert (notice["amount_minor"], notice["installments"]) == (48000, 3)
    clock.set(at_nine(CHECK + timedelta(days=2)))


def test_staff_change_installments_after_the_notice(ctx: AppContext, clock: ManualClock) -> None:
    _site(ctx, clock)
    sid = service_id(ctx, "levi-site")

    change_service_settings(
        ctx, SALES, sid, card_id=card_id(ctx, "dana", "v1"), contact_id=None, installments=1
    )

    [updated] = _announced(ctx, "levi-site", "notice_updated")
    assert (updated["amount_minor"], updated["installments"], updated["card_last4"]) == (48000, 1, "4242")
    assert (updated["charge_date"], updated["notice_version"]) == (EXPIRY.isoformat(), 2)
    [mail] = outbox(ctx, "notice_updated")
    assert mail.dedupe_key == f"{sid}:{EXPIRY.isoformat()}:notice_updated:2"
    result = run_on(ctx, clock, EXPIRY)
    assert [(e.type.value, e.amount_minor, e.installments) for e in result.events] == [("charged", 48000, 1)]
    assert [(c["amount"], c["installments"]) for c in ledger_charges(ctx)] == [("480.00", 1)]


def test_staff_change_the_period_and_the_card_after_the_notice(ctx: AppContext, clock: ManualClock) -> None:
    _site(ctx, clock)
    sid, v2 = service_id(ctx, "levi-site"), card_id(ctx, "dana", "v2")

    change_service_settings(
        ctx, SALES, sid, card_id=card_id(ctx, "dana", "v1"), contact_id=None, period_months=24
    )
    change_service_settings(ctx, SALES, sid, card_id=v2, contact_id=None, period_months=24, installments=5)
    change_service_settings(ctx, SALES, sid, card_id=v2, contact_id=None, period_months=24, installments=5)

    updates = _announced(ctx, "levi-site", "notice_updated")
    assert [
        (u["amount_minor"], u["installments"], u["card_last4"], u["notice_version"]) for u in updates
    ] == [
        (90000, 5, "4242", 2),
        (90000, 5, "4444", 3),
    ]
    run_on(ctx, clock, EXPIRY)
    [charge] = ledger_charges(ctx)
    assert (charge["amount"], charge["installments"], charge["last4"]) == ("900.00", 5, "4444")
    assert service(ctx, "levi-site").expires_on == date(2028, 12, 20)


def test_switching_on_a_service_already_on_with_another_card_restates_its_notice(
    ctx: AppContext, clock: ManualClock
) -> None:
    _site(ctx, clock)
    v2 = card_id(ctx, "dana", "v2")

    enable_recurring(ctx, SALES, customer_id(ctx, "dana"), [service_id(ctx, "levi-site")], card_id=v2)

    [updated] = _announced(ctx, "levi-site", "notice_updated")
    assert (updated["card_last4"], updated["amount_minor"], updated["installments"]) == ("4444", 48000, 3)
    run_on(ctx, clock, EXPIRY)
    [charge] = ledger_charges(ctx)
    assert (charge["last4"], charge["amount"], charge["installments"]) == ("4444", "480.00", 3)


def test_a_new_billing_contact_alone_is_not_a_new_notice(ctx: AppContext, clock: ManualClock) -> None:
    _site(ctx, clock)
    sid = service_id(ctx, "levi-site")
    k1 = contact_id(ctx, "dana", "k1")

    change_service_settings(
        ctx, SALES, sid, card_id=card_id(ctx, "dana", "v1"), contact_id=k1, period_months=12, installments=3
    )

    assert outbox(ctx, "notice_updated") == []
    run_on(ctx, clock, EXPIRY)
    with ctx.db.reading() as session:
        [invoice] = session.scalars(select(Invoice)).all()
    assert (invoice.billing_contact_id, invoice.total_minor, invoice.installments) == (k1, 48000, 3)


# -- R30: late state (defect 3) -------------------------------------------------------------------


def test_late_state_is_charged_within_the_grace_and_otherwise_reported(
    ctx: AppContext, clock: ManualClock, smtp: SmtpServer
) -> None:
    point_smtp_at(ctx, smtp.port)
    today = date(2026, 11, 24)
    run_on(ctx, clock, today - timedelta(days=1))  # an earlier completed run: the engine looks back from it
    ages = {"three.co.il": 3, "ten.co.il": 10, "thirty.co.il": 30, "old.co.il": 500}
    services = [
        domain(f"d{index}", name, today - timedelta(days=age))
        for index, (name, age) in enumerate(ages.items())
    ]
    clock.set(at_nine(today))
    _dana(ctx, services, [card("v1")])

    before = upcoming_charges(ctx, ADMIN, today, 30)
    shown = {row.service: row.risks for row in before.rows}
    assert set(shown) == set(ages)
    assert all(Risk.CHARGE_DATE_PASSED in risks for risks in shown.values())

    result = run_and_mail(ctx, clock, today)

    assert [(e.type.value, e.service, e.reason) for e in result.events] == [
        ("needs_attention", "old.co.il", "charge_date_missed"),
        ("needs_attention", "thirty.co.il", "charge_date_missed"),
        ("needs_attention", "ten.co.il", "charge_date_missed"),
        ("card_check_passed", "three.co.il", None),
        ("precharge_notice_sent", "three.co.il", None),
        ("charged", "three.co.il", None),
    ]
    assert [(c["service"], c["amount"]) for c in ledger_charges(ctx)] == [("three.co.il", "59.00")]
    for name in ("ten.co.il", "thirty.co.il", "old.co.il"):
        assert [cycle.status for cycle in cycles_of(ctx, name)] == ["needs_attention"]
    with ctx.db.reading() as session:
        audited = session.scalars(
            select(AuditEntry.after).where(AuditEntry.action == "cycle.needs_attention")
        ).all()
    assert sorted(entry["service"] for entry in audited if entry) == [
        "old.co.il",
        "ten.co.il",
        "thirty.co.il",
    ]

    after = upcoming_charges(ctx, ADMIN, today, 30)
    stuck = {row.service: row for row in after.rows}
    assert set(stuck) == {"ten.co.il", "thirty.co.il", "old.co.il"}
    assert stuck["old.co.il"].charge_on == today - timedelta(days=500)
    assert all(Risk.CHARGE_DATE_PASSED in row.risks for row in stuck.values())
    assert kinds(run_on(ctx, clock, today)) == []  # reported once


# -- R29: the sweep -------------------------------------------------------------------------------


def test_the_sweep_reports_an_enabled_auto_renew_without_a_live_cycle_once(
    ctx: AppContext, clock: ManualClock
) -> None:
    _dana(ctx, [domain("d1", "levi.co.il", EXPIRY, card_ref="bad")], [card("bad", number=BOTH_DECLINED)])
    run_on(ctx, clock, CHECK)
    # Switched on by a path that bypasses the use cases (a script, another program): nothing reopens.
    with ctx.db.transaction() as session:
        session.execute(update(AutoRenew).values(enabled=True, stop_reason=None))

    result = run_on(ctx, clock, CHECK + timedelta(days=1))

    [event] = result.events
    assert (event.type.value, event.service, event.due, event.reason) == (
        "needs_attention",
        "levi.co.il",
        EXPIRY,
        "no_live_cycle",
    )
    [cycle] = cycles_of(ctx, "levi.co.il")
    assert (cycle.status, cycle.reason) == ("needs_attention", "no_live_cycle")
    with ctx.db.reading() as session:
        [row] = session.scalars(select(AuditEntry).where(AuditEntry.action == "cycle.needs_attention")).all()
    assert row.after is not None
    assert (row.after["reason"], row.after["was"]) == ("no_live_cycle", "stopped")
    assert kinds(run_on(ctx, clock, CHECK + timedelta(days=2))) == []
