"""Adding and editing a customer (R36): name, e-mail, phone, language, currency, address and tax ID,
each checked by its rule (desktop.core.fields) and refused whole. The currency cannot change once the
customer has services (their prices and charges are in it)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import exists, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as OrmSession

from desktop.app import audit
from desktop.app.actor import Actor, Permission, require
from desktop.app.changes import Change, announces
from desktop.app.customer_search import hit_of
from desktop.app.details_edit import audit_changes, checked
from desktop.app.errors import UseCaseError
from desktop.app.views import CustomerHit
from desktop.bootstrap import AppContext
from desktop.core import fields
from desktop.core.codes import ErrorCode
from desktop.core.fields import Field
from desktop.core.search_text import address_key, name_key
from desktop.store.models import Customer, Service
from desktop.store.ref_match import ref_is

# A made reference: "C-" and the next free number.
MADE_REF_PREFIX = "C-"
# Two workstations may make the same reference at once; the unique index refuses the later one,
# which then takes the next number.
_MADE_REF_TRIES = 5


@dataclass(frozen=True)
class CustomerForm:
    """What staff typed. `ref` only when adding: empty means "make one" (C-<n>)."""

    name: str
    email: str
    language: str
    currency: str
    phone: str | None = None
    address: str | None = None
    tax_id: str | None = None
    ref: str | None = None


@dataclass(frozen=True)
class CleanCustomer:
    """The form after its rules: what is stored."""

    name: str
    email: str
    language: str
    currency: str
    phone: str | None
    address: str | None
    tax_id: str | None

    def as_dict(self) -> dict[str, str | None]:
        return asdict(self)  # every field a column of the same name, audited by that name


def cleaned(form: CustomerForm) -> CleanCustomer:
    """Every field by its rule, in the order of the dialog; the first wrong one raises FieldError."""
    email = fields.email(form.email)
    assert email is not None
    return CleanCustomer(
        name=fields.required_text(Field.NAME, form.name),
        email=email,
        phone=fields.phone(form.phone),
        language=fields.language(form.language),
        currency=fields.currency(form.currency),
        address=fields.optional_lines(Field.ADDRESS, form.address),
        tax_id=fields.optional_text(Field.TAX_ID, form.tax_id),
    )


def _given_ref(form: CustomerForm) -> str | None:
    if form.ref is None or not form.ref.strip():
        return None
    return checked(fields.ref, form.ref)


def _write(customer: Customer, clean: CleanCustomer) -> None:
    customer.name, customer.email, customer.phone = clean.name, clean.email, clean.phone
    customer.phone_digits = "".join(ch for ch in clean.phone if ch.isdigit()) if clean.phone else None
    customer.language, customer.currency = clean.language, clean.currency
    customer.address, customer.tax_id = clean.address, clean.tax_id
    # The search keys are kept with the name and address they fold (desktop.core.search_text).
    customer.search_name, customer.search_email = name_key(clean.name), address_key(clean.email)


def _next_ref(session: OrmSession) -> str:
    """C-<n>: one more than the customers there are, or the first number after that still free."""
    number = int(session.scalar(select(func.count()).select_from(Customer)) or 0) + 1
    while session.scalar(select(exists().where(ref_is(Customer.ref, f"{MADE_REF_PREFIX}{number}")))):
        number += 1
    return f"{MADE_REF_PREFIX}{number}"


@announces(Change.ACCOUNTS)
def add_customer(ctx: AppContext, actor: Actor, form: CustomerForm) -> CustomerHit:
    """A new customer, with the reference given or a made one (C-<n>); returns it as stored."""
    require(actor, Permission.MANAGE_CUSTOMERS)
    clean = checked(cleaned, form)
    given = _given_ref(form)
    for _ in range(_MADE_REF_TRIES):
        try:
            return _add(ctx, actor, clean, given)
        except IntegrityError:
            if given is not None:
                raise UseCaseError(ErrorCode.CUSTOMER_REF_TAKEN, ref=given) from None
    raise UseCaseError(ErrorCode.CUSTOMER_REF_TAKEN, ref=f"{MADE_REF_PREFIX}…")


def _add(ctx: AppContext, actor: Actor, clean: CleanCustomer, given: str | None) -> CustomerHit:
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        # "DEMO-1" beside "demo-1" would be two customers nobody can tell apart on the phone.
        taken = select(Customer.ref).where(ref_is(Customer.ref, given)) if given else None
        found = session.scalar(taken.limit(1)) if taken is not None else None
        if found is not None:
            raise UseCaseError(ErrorCode.CUSTOMER_REF_TAKEN, ref=found)
        customer = Customer(ref=given or _next_ref(session), created_at=now)
        _write(customer, clean)
        session.add(customer)
        session.flush()
        audit.record(
            session,
            actor,
            now,
            "customer.added",
            "customer",
            customer.id,
            customer_id=customer.id,
            after={"ref": customer.ref, **clean.as_dict()},
        )
        return hit_of(customer)


@announces(Change.ACCOUNTS)
def edit_customer(
    ctx: AppContext,
    actor: Actor,
    customer_id: int,
    form: CustomerForm,
    expected: CustomerHit | None = None,
) -> CustomerHit:
    """The customer's details as typed, all or none. `expected`: the customer as the dialog loaded it;
    changed meanwhile (another person or workstation), nothing is written (CHANGED_MEANWHILE) instead
    of undoing their change. A new currency is refused once the customer has services (R36)."""
    require(actor, Permission.MANAGE_CUSTOMERS)
    clean = checked(cleaned, form)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        customer = session.get(Customer, customer_id, with_for_update=True, populate_existing=True)
        if customer is None:
            raise UseCaseError(ErrorCode.CUSTOMER_NOT_FOUND, customer_id=customer_id)
        if expected is not None and hit_of(customer) != expected:
            raise UseCaseError(ErrorCode.CHANGED_MEANWHILE, services=[customer.name])
        if clean.currency != customer.currency and session.scalar(
            select(exists().where(Service.customer_id == customer_id))
        ):
            raise UseCaseError(ErrorCode.CURRENCY_LOCKED, customer=customer.ref)
        before = CleanCustomer(
            name=customer.name,
            email=customer.email,
            language=customer.language,
            currency=customer.currency,
            phone=customer.phone,
            address=customer.address,
            tax_id=customer.tax_id,
        ).as_dict()
        after = clean.as_dict()
        entry = (now, "customer.changed", "customer", customer.id)
        if audit_changes(session, actor, *entry, customer_id=customer.id, before=before, after=after):
            _write(customer, clean)
        session.flush()
        return hit_of(customer)
