"""Renew and Renew All (R4): proformas for early renewal, numbered from their own sequence, addressed
to the billing contact; they charge nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.app import audit
from desktop.app.actor import Actor, Permission, require
from desktop.app.changes import Change, announces
from desktop.app.errors import UseCaseError
from desktop.bootstrap import AppContext
from desktop.core.codes import ErrorCode, ProformaStatus
from desktop.core.periods import add_months
from desktop.jobs.invoicing import Addressee, Issuer
from desktop.jobs.pricing import PriceBook
from desktop.store.models import AutoRenew, Contact, Customer, Proforma, ProformaLine, Service
from desktop.store.upserts import take_numbers


@dataclass(frozen=True)
class ProformaLineView:
    service_id: int
    description: str
    period_months: int
    amount_minor: int
    kind: str | None = None  # the service's kind ("domain" is printed as a domain); None once deleted


@dataclass(frozen=True)
class ProformaPreview:
    """What Issue would do for the chosen services, asked before it is pressed: the total of the
    priced lines, and the services the price list has no price for (Issue is then refused)."""

    currency: str
    total_minor: int
    unpriced: tuple[str, ...]
    on_open: tuple[tuple[int, str], ...] = ()  # (open proforma's number, service) already proposed

    @property
    def refusal(self) -> UseCaseError | None:
        """The very refusal Issue would give, or None when it would issue."""
        if self.on_open:
            return _on_open_refusal(self.on_open)
        if not self.unpriced:
            return None
        return UseCaseError(ErrorCode.NO_PRICE, services=list(self.unpriced), currency=self.currency)


def _on_open_refusal(on_open: Sequence[tuple[int, str]]) -> UseCaseError:
    return UseCaseError(
        ErrorCode.ALREADY_ON_OPEN_PROFORMA,
        numbers=sorted({number for number, _ in on_open}),
        services=sorted({name for _, name in on_open}),
    )


def _on_open_proformas(session: Session, service_ids: Sequence[int]) -> tuple[tuple[int, str], ...]:
    """The chosen services already on an open proforma (also one past its validity: it may still
    be paid). A second proforma for the same period could be paid too and renew the service twice."""
    if not service_ids:
        return ()
    rows = session.execute(
        select(Proforma.number, ProformaLine.description)
        .join(ProformaLine, ProformaLine.proforma_id == Proforma.id)
        .where(ProformaLine.service_id.in_(list(service_ids)), Proforma.status == ProformaStatus.OPEN)
        .order_by(Proforma.number, ProformaLine.description)
    ).tuples()
    return tuple((number, name) for number, name in rows)


@dataclass(frozen=True)
class ProformaView:
    id: int
    number: int
    customer_ref: str
    customer_name: str
    language: str
    bill_to_name: str
    bill_to_company: str | None
    currency: str
    total_minor: int
    issued_at: datetime
    lines: tuple[ProformaLineView, ...]


def _chosen_rows(
    session: Session, customer_id: int, service_ids: Sequence[int] | None, *, lock: bool = False
) -> tuple[Customer, list[tuple[Service, AutoRenew]]]:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise UseCaseError(ErrorCode.CUSTOMER_NOT_FOUND, customer_id=customer_id)
    statement = (
        select(Service, AutoRenew)
        .join(AutoRenew, AutoRenew.service_id == Service.id)
        .where(Service.customer_id == customer_id)
        .order_by(Service.name)
    )
    if service_ids is not None:
        statement = statement.where(Service.id.in_(list(service_ids)))
    if lock:
        # Two workstations issuing for the same service queue here: the second finds the first's.
        statement = statement.with_for_update(of=Service)
    rows = [(service, renew) for service, renew in session.execute(statement).tuples()]
    if service_ids is not None and len(rows) != len(set(service_ids)):
        raise UseCaseError(ErrorCode.SERVICE_NOT_IN_ACCOUNT, service_ids=list(service_ids))
    if not rows:
        raise UseCaseError(ErrorCode.NO_SERVICE_CHOSEN)
    return customer, rows


def _priced(
    session: Session, customer: Customer, rows: list[tuple[Service, AutoRenew]]
) -> tuple[list[tuple[Service, AutoRenew, int, int]], list[str]]:
    """Each service's renewal period and price; the names of those the price list has no price for."""
    prices = PriceBook(session)
    priced, unpriced = [], []
    for service, renew in rows:
        period = service.period_months if service.kind == "domain" else renew.period_months
        amount = prices.price(service.kind, service.name, service.plan, period, customer.currency)
        if amount is None:
            unpriced.append(service.name)
        else:
            priced.append((service, renew, period, amount))
    return priced, unpriced


def preview_proformas(
    ctx: AppContext, actor: Actor, customer_id: int, service_ids: Sequence[int] | None = None
) -> ProformaPreview:
    """The preview's total and whether Issue would issue, by the same pricing as `issue_proformas`."""
    require(actor, Permission.VIEW_CUSTOMERS)
    with ctx.db.reading() as session:
        customer, rows = _chosen_rows(session, customer_id, service_ids)
        priced, unpriced = _priced(session, customer, rows)
        return ProformaPreview(
            currency=customer.currency,
            total_minor=sum(amount for _, _, _, amount in priced),
            unpriced=tuple(unpriced),
            on_open=_on_open_proformas(session, [service.id for service, _ in rows]),
        )


@announces(Change.ACCOUNTS, Change.MAIL)
def issue_proformas(
    ctx: AppContext,
    actor: Actor,
    customer_id: int,
    service_ids: Sequence[int] | None = None,
    contact_id: int | None = None,
) -> list[ProformaView]:
    """Renew (the given services) or Renew All (`service_ids` None). With a contact chosen, one
    proforma to it; otherwise one per billing contact of the services' auto-renew settings."""
    require(actor, Permission.ISSUE_PROFORMA)
    now, today = ctx.clock.now(), ctx.today()
    settings = ctx.reload_settings()
    issuer = Issuer.of(settings)
    with ctx.db.transaction() as session:
        customer, rows = _chosen_rows(session, customer_id, service_ids, lock=True)
        on_open = _on_open_proformas(session, [service.id for service, _ in rows])
        if on_open:
            raise _on_open_refusal(on_open)
        contacts = {
            k.id: k for k in session.scalars(select(Contact).where(Contact.customer_id == customer_id))
        }
        if contact_id is not None and contact_id not in contacts:
            raise UseCaseError(ErrorCode.CONTACT_NOT_IN_ACCOUNT, contact_id=contact_id)
        priced, unpriced = _priced(session, customer, rows)
        groups: dict[int | None, list[tuple[Service, int, int]]] = {}
        for service, renew, period, amount in priced:
            key = contact_id if contact_id is not None else renew.billing_contact_id
            groups.setdefault(key, []).append((service, period, amount))
        if unpriced:
            raise UseCaseError(ErrorCode.NO_PRICE, services=unpriced, currency=customer.currency)
        numbers = take_numbers(session, "proforma", len(groups))
        issued = []
        for number, (group_contact, lines) in zip(numbers, groups.items(), strict=True):
            contact = contacts.get(group_contact) if group_contact is not None else None
            addressee = Addressee.of(customer, contact)
            proforma = Proforma(
                number=number,
                customer_id=customer_id,
                billing_contact_id=addressee.contact_id,
                bill_to_name=addressee.name,
                bill_to_company=addressee.company,
                bill_to_address=addressee.address,
                bill_to_tax_id=addressee.tax_id,
                bill_to_email=addressee.email,
                issuer_name=issuer.name,
                issuer_address=issuer.address,
                issuer_tax_id=issuer.tax_id,
                payment_text=settings.proforma_payment_text or None,
                language=customer.language,
                currency=customer.currency,
                total_minor=sum(amount for _, _, amount in lines),
                status=ProformaStatus.OPEN,
                issued_at=now,
                issued_by=actor.name,
                valid_until=today + timedelta(days=settings.proforma_valid_days),
            )
            session.add(proforma)
            session.flush()
            line_rows = [
                ProformaLine(
                    proforma_id=proforma.id,
                    service_id=service.id,
                    description=service.name,
                    kind=service.kind,
                    period_months=period,
                    period_from=service.expires_on,
                    period_to=add_months(service.expires_on, period),
                    amount_minor=amount,
                )
                for service, period, amount in lines
            ]
            session.add_all(line_rows)
            audit.record(
                session,
                actor,
                now,
                "proforma.issued",
                "proforma",
                number,
                customer_id=customer_id,
                after={
                    "number": number,
                    "total": proforma.total_minor,
                    "currency": customer.currency,
                    "services": [service.name for service, _, _ in lines],
                    "bill_to": proforma.bill_to_name,
                },
            )
            issued.append(
                ProformaView(
                    id=proforma.id,
                    number=number,
                    customer_ref=customer.ref,
                    customer_name=customer.name,
                    language=customer.language,
                    bill_to_name=proforma.bill_to_name,
                    bill_to_company=proforma.bill_to_company,
                    currency=customer.currency,
                    total_minor=proforma.total_minor,
                    issued_at=now,
                    lines=tuple(
                        ProformaLineView(
                            service_id=line.service_id or 0,
                            description=line.description,
                            period_months=line.period_months,
                            amount_minor=line.amount_minor,
                            kind=service.kind,
                        )
                        for line, (service, _, _) in zip(line_rows, lines, strict=True)
                    ),
                )
            )
    return issued
