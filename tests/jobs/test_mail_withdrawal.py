"""An e-mail whose words no longer hold is withdrawn, never sent (hostile test of issue 13, defects 4
and 10): a pre-charge notice replaced by an updated one, a notice of a renewal that stopped, a
proforma cancelled after its e-mail was queued. The same rule holds where the outbox sends and where
staff send a message again; the outbox shows the state and why. Against a real SMTP server."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.app.actor import Actor, Role
from desktop.app.document_mail import email_document
from desktop.app.errors import UseCaseError
from desktop.app.outbox import list_outbox, resend, retry_and_send
from desktop.app.payments import cancel_proforma
from desktop.app.proformas import issue_proformas
from desktop.app.recurring import change_service_settings, disable_recurring
from desktop.bootstrap import AppContext
from desktop.core.codes import CycleStatus, DocumentKind, ErrorCode, MailState, WithdrawnReason
from desktop.jobs.mail_withdrawal import NOTICE_KINDS, MailSubject, withdrawn
from desktop.jobs.outbox_sender import send_outbox
from desktop.store.models import AutoRenew, Card, Customer, Cycle, OutboxMessage, Service
from tests.conftest import Cli
from tests.jobs.smtp_helpers import (
    CHECK_DAY,
    GOOD_CARD,
    SmtpServer,
    audit_actions,
    card,
    customer,
    domain,
    import_customers,
    outbox_rows,
    point_smtp_at,
    share_signing_key,
    smtp_fixture,  # noqa: F401 (the fixture "smtp")
)

SALES = Actor("tests:sales", Role.SALES)
ADMIN = Actor("tests:admin", Role.ADMIN)
OTHER_CARD = "5555555555554444"
PDF = b"%PDF-1.4\n% a document\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def one_customer_two_cards(ctx: AppContext) -> tuple[int, int, int]:
    """A customer with two cards and one domain; the due checks queue its pre-charge notice. Returns
    (customer id, service id, the second card's id)."""
    from desktop.jobs.due_engine import run_due

    import_customers(
        ctx,
        [
            customer(
                "cust-1",
                "Customer 1",
                "customer1@example.com",
                "en",
                "USD",
                [card("v1", GOOD_CARD, "Customer 1"), card("m1", OTHER_CARD, "Customer 1")],
                [domain("s1", "site1.com", "v1")],
            )
        ],
    )
    run_due(ctx, CHECK_DAY)
    with ctx.db.reading() as session:
        holder = session.scalars(select(Customer).where(Customer.ref == "cust-1")).one()
        service = session.scalars(select(Service).where(Service.customer_id == holder.id)).one()
        other = session.scalars(select(Card).where(Card.customer_id == holder.id, Card.last4 == "4444")).one()
        return holder.id, service.id, other.id


def _state(ctx: AppContext, outbox_id: int) -> tuple[str, str | None]:
    row = next(row for row in outbox_rows(ctx) if row.id == outbox_id)
    return row.status, row.last_error


def test_a_notice_replaced_before_it_was_sent_is_withdrawn_and_only_the_new_terms_go_out(
    ctx: AppContext, smtp: SmtpServer
) -> None:
    point_smtp_at(ctx, smtp.port)
    _, service_id, other_card = one_customer_two_cards(ctx)
    [first] = [row.id for row in outbox_rows(ctx)]
    change_service_settings(ctx, SALES, service_id, card_id=other_card, contact_id=None)
    updated = max(row.id for row in outbox_rows(ctx))

    result = send_outbox(ctx)

    assert (result.sent, result.withdrawn) == (1, 1)
    assert _state(ctx, first) == (MailState.WITHDRAWN.value, WithdrawnReason.NOTICE_REPLACED.value)
    assert _state(ctx, updated)[0] == MailState.SENT.value
    [message] = smtp.messages()
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "4444" in text and "4242" not in text
    [entry] = [entry for entry in list_outbox(ctx, SALES) if entry.id == first]
    assert entry.state is MailState.WITHDRAWN and entry.no_longer_holds is WithdrawnReason.NOTICE_REPLACED
    assert not entry.resendable and not entry.retryable
    [audited] = audit_actions(ctx, "email.withdrawn")
    assert audited.entity_id == str(first)


def test_a_sent_notice_whose_terms_were_replaced_cannot_be_sent_again(
    ctx: AppContext, smtp: SmtpServer
) -> None:
    point_smtp_at(ctx, smtp.port)
    _, service_id, other_card = one_customer_two_cards(ctx)
    [first] = [row.id for row in outbox_rows(ctx)]
    send_outbox(ctx)
    change_service_settings(ctx, SALES, service_id, card_id=other_card, contact_id=None)
    send_outbox(ctx)
    updated = max(row.id for row in outbox_rows(ctx))
    before = outbox_rows(ctx)

    with pytest.raises(UseCaseError) as refused:
        resend(ctx, SALES, first)

    assert refused.value.code == ErrorCode.OUTBOX_WITHDRAWN
    assert refused.value.params["reason"] == WithdrawnReason.NOTICE_REPLACED.value
    assert outbox_rows(ctx) == before  # nothing changed
    entries = {entry.id: entry for entry in list_outbox(ctx, SALES)}
    assert not entries[first].resendable and entries[first].no_longer_holds is WithdrawnReason.NOTICE_REPLACED
    assert entries[updated].resendable  # the notice of the terms that hold may go again
    copy = resend(ctx, SALES, updated)
    assert copy.state is MailState.QUEUED


def test_the_notice_of_a_stopped_renewal_is_withdrawn_and_never_sent_again(
    ctx: AppContext, smtp: SmtpServer
) -> None:
    point_smtp_at(ctx, smtp.port)
    customer_id, service_id, _ = one_customer_two_cards(ctx)
    [notice] = [row.id for row in outbox_rows(ctx)]
    send_outbox(ctx)
    copy = resend(ctx, SALES, notice).id  # queued while the renewal still held
    disable_recurring(ctx, SALES, customer_id, [service_id])

    result = send_outbox(ctx)

    assert _state(ctx, copy) == (MailState.WITHDRAWN.value, WithdrawnReason.RENEWAL_STOPPED.value)
    assert result.withdrawn == 1
    kinds = [str(message["Subject"]) for message in smtp.messages()]
    assert len(kinds) == 2  # the first notice, then the switched-off e-mail: no copy of the notice
    with pytest.raises(UseCaseError) as refused:
        resend(ctx, SALES, notice)
    assert refused.value.code == ErrorCode.OUTBOX_WITHDRAWN
    assert refused.value.params["reason"] == WithdrawnReason.RENEWAL_STOPPED.value


def test_a_proforma_cancelled_after_its_e_mail_was_queued_is_not_mailed(
    ctx: AppContext, smtp: SmtpServer
) -> None:
    point_smtp_at(ctx, smtp.port)
    customer_id, _, _ = one_customer_two_cards(ctx)
    send_outbox(ctx)  # the notice
    sent_before = len(smtp.received())
    [proforma] = issue_proformas(ctx, SALES, customer_id, None, None)
    mailed = email_document(ctx, SALES, DocumentKind.PROFORMA, proforma.number, PDF)
    cancel_proforma(ctx, ADMIN, proforma.number)

    result = send_outbox(ctx)

    assert (result.sent, result.withdrawn) == (0, 1)
    assert len(smtp.received()) == sent_before
    assert _state(ctx, mailed) == (MailState.WITHDRAWN.value, WithdrawnReason.PROFORMA_CANCELLED.value)
    with ctx.db.reading() as session:
        row = session.get(OutboxMessage, mailed)
        assert row is not None and row.sent_at is None and row.lease_owner is None


# -- a corrected address reaches mail still to go (defect 16) ----------------------------------------


def _correct_address(ctx: AppContext, customer_id: int, address: str) -> None:
    from desktop.app.customer_edit import CustomerForm, edit_customer

    edit_customer(ctx, SALES, customer_id, CustomerForm("Customer 1", address, "en", "USD"))


def test_a_corrected_address_reaches_the_retry_and_the_copy_of_a_message_already_queued(
    ctx: AppContext, smtp: SmtpServer
) -> None:
    """A mail to a customer goes to the customer's address of the moment it is sent; the outbox row
    shows where it went."""
    point_smtp_at(ctx, smtp.port)
    smtp.handler.refused.add("customer1@example.com")
    customer_id, _, _ = one_customer_two_cards(ctx)
    [notice] = [row.id for row in outbox_rows(ctx)]
    send_outbox(ctx)
    assert _state(ctx, notice)[0] == MailState.FAILING.value
    _correct_address(ctx, customer_id, "new.address@example.com")

    outcome = retry_and_send(ctx, ADMIN, notice)

    assert outcome.entry.state is MailState.SENT and outcome.entry.to == "new.address@example.com"
    assert [item.rcpt_tos for item in smtp.received()] == [("new.address@example.com",)]
    _correct_address(ctx, customer_id, "newer@example.com")
    copy = resend(ctx, SALES, notice)
    assert copy.to == "newer@example.com"
    send_outbox(ctx)
    assert smtp.received()[-1].rcpt_tos == ("newer@example.com",)
    typed = resend(ctx, SALES, notice, to_address="someone.else@example.com")
    _correct_address(ctx, customer_id, "newest@example.com")
    send_outbox(ctx)
    assert smtp.received()[-1].rcpt_tos == ("someone.else@example.com",)  # typed by staff: kept
    assert (
        next(row for row in outbox_rows(ctx) if row.id == typed.id).to_address == "someone.else@example.com"
    )


# -- the rule against a reference model --------------------------------------------------------------

# What a notice says holds while the renewal it announces is still to be charged, or was charged, on
# the terms of the latest notice of its cycle. Stated over every status a cycle may have, auto-renew
# on or off, and any notice version against the cycle's.
_WILL_NOT_BE_CHARGED = {"failed", "stopped", "needs_attention", "cancelled"}


def _expected(status: str, enabled: bool, cycle_version: int, notice_version: int | None) -> str | None:
    renewal_goes_on = status == "charged" or (status not in _WILL_NOT_BE_CHARGED and enabled)
    if not renewal_goes_on:
        return WithdrawnReason.RENEWAL_STOPPED.value
    told = notice_version if notice_version is not None else 1  # a notice before versions: the first
    if told < cycle_version:
        return WithdrawnReason.NOTICE_REPLACED.value
    return None


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    status=st.sampled_from([status.value for status in CycleStatus]),
    enabled=st.booleans(),
    cycle_version=st.integers(min_value=1, max_value=4),
    notice_version=st.one_of(st.none(), st.integers(min_value=1, max_value=4)),
    kind=st.sampled_from(["precharge_notice", "notice_updated", "charge_receipt", "renew_link"]),
)
def test_the_withdrawal_rule_against_a_reference_model(
    ctx: AppContext, status: str, enabled: bool, cycle_version: int, notice_version: int | None, kind: str
) -> None:
    if not outbox_rows(ctx):  # the first example makes the customer, its cycle and its notice
        one_customer_two_cards(ctx)
    with ctx.db.transaction() as session:
        cycle = session.scalars(select(Cycle)).one()
        cycle.status, cycle.notice_version = status, cycle_version
        renew = session.get(AutoRenew, cycle.service_id)
        assert renew is not None
        renew.enabled = enabled
        cycle_id = cycle.id
    context = {} if notice_version is None else {"notice_version": notice_version}
    subject = MailSubject(1, kind, cycle_id, context)

    with ctx.db.reading() as session:
        found = withdrawn(session, [subject]).get(1)

    expected = _expected(status, enabled, cycle_version, notice_version) if kind in NOTICE_KINDS else None
    assert (found.value if found else None) == expected


def test_a_document_to_a_billing_contact_goes_to_the_contacts_corrected_address(
    ctx: AppContext, smtp: SmtpServer
) -> None:
    from desktop.app.contacts import ContactForm, edit_contact
    from tests.app.helpers import contact_id, customer_id
    from tests.app.test_document_mail import _load, _proforma

    point_smtp_at(ctx, smtp.port)
    _load(ctx)
    number = _proforma(ctx, to_contact=True)
    mailed = email_document(ctx, SALES, DocumentKind.PROFORMA, number, PDF)
    assert next(row for row in outbox_rows(ctx) if row.id == mailed).to_address == "k1@billing.example"
    form = ContactForm("Ronit Cohen", "Cohen Ltd", "ronit.new@billing.example")
    edit_contact(ctx, SALES, customer_id(ctx, "levi"), contact_id(ctx, "levi", "k1"), form)

    send_outbox(ctx)

    assert [item.rcpt_tos for item in smtp.received()] == [("ronit.new@billing.example",)]
    assert next(row for row in outbox_rows(ctx) if row.id == mailed).to_address == "ronit.new@billing.example"


def test_a_given_up_notice_of_a_renewal_switched_off_is_withdrawn_and_leaves_the_follow_up_list(
    ctx: AppContext, smtp: SmtpServer
) -> None:
    from sqlalchemy import update

    from desktop.app.followup import followup_counts
    from desktop.core.codes import FollowUpKind

    point_smtp_at(ctx, smtp.port)
    customer_id, service_id, _ = one_customer_two_cards(ctx)
    [notice] = [row.id for row in outbox_rows(ctx)]
    with ctx.db.transaction() as session:  # given up after days of a server refusing it
        session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == notice)
            .values(status=MailState.GIVEN_UP.value, attempts=5, last_error="recipient refused: 550")
        )
    assert followup_counts(ctx, ADMIN)[FollowUpKind.EMAIL_GIVEN_UP] == 1
    disable_recurring(ctx, SALES, customer_id, [service_id])

    send_outbox(ctx)  # it sends the switched-off e-mail, and looks at what was given up

    assert _state(ctx, notice) == (MailState.WITHDRAWN.value, WithdrawnReason.RENEWAL_STOPPED.value)
    assert followup_counts(ctx, ADMIN)[FollowUpKind.EMAIL_GIVEN_UP] == 0
    [audited] = audit_actions(ctx, "email.withdrawn")
    assert audited.before == {"state": "given_up", "last_error": "recipient refused: 550"}


def test_due_run_says_what_it_withdrew(ctx: AppContext, smtp: SmtpServer, cli: Cli) -> None:
    point_smtp_at(ctx, smtp.port)
    share_signing_key(ctx, cli.keyring_file)
    customer_id, service_id, _ = one_customer_two_cards(ctx)
    [notice] = [row.id for row in outbox_rows(ctx)]
    disable_recurring(ctx, SALES, customer_id, [service_id])

    # The next day: the run's clock stands at the start of its day, after the mail was queued.
    run = cli("due-run", today=(CHECK_DAY + timedelta(days=1)).isoformat())

    assert run.returncode == 0, run.stderr
    assert "1 e-mails were withdrawn, never sent" in run.stderr
    assert "outbox list --state withdrawn" in run.stderr
    listed = cli("outbox", "list", "--state", "withdrawn", "--json")
    assert [message["id"] for message in json.loads(listed.stdout)["messages"]] == [notice]


def test_an_auto_renew_stopped_e_mail_is_not_sent_again_once_auto_renew_is_on_again(
    ctx: AppContext, smtp: SmtpServer
) -> None:
    from desktop.app.recurring import enable_recurring

    point_smtp_at(ctx, smtp.port)
    customer_id, service_id, other_card = one_customer_two_cards(ctx)
    disable_recurring(ctx, SALES, customer_id, [service_id])
    send_outbox(ctx)
    [stop] = [row.id for row in outbox_rows(ctx) if row.kind == "stopped_by_staff"]
    assert resend(ctx, SALES, stop).state is MailState.QUEUED  # while it is off, it may go again
    send_outbox(ctx)
    enable_recurring(ctx, SALES, customer_id, [service_id], card_id=other_card)
    before = outbox_rows(ctx)

    with pytest.raises(UseCaseError) as refused:
        resend(ctx, SALES, stop)

    assert refused.value.params["reason"] == WithdrawnReason.AUTO_RENEW_ON_AGAIN.value
    assert outbox_rows(ctx) == before
