"""Billing contacts of an account (R37): add, edit, remove. A contact that active auto-renews bill is
removed only with its services moved to another contact of the account or to the holder, in the same
transaction; each move is audited and the services' renewals follow it (R28)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as OrmSession

from desktop.app import audit
from desktop.app.actor import Actor, Permission, require
from desktop.app.changes import Change, announces
from desktop.app.cycles_follow import follow_cycles
from desktop.app.details_edit import audit_changes, checked
from desktop.app.errors import UseCaseError
from desktop.app.row_views import contact_view
from desktop.app.views import ContactView
from desktop.bootstrap import AppContext
from desktop.core import fields
from desktop.core.codes import ErrorCode
from desktop.core.fields import Field
from desktop.core.refs import ref_key
from desktop.store.models import AutoRenew, Contact, Customer, Service

# A made reference: "K-" and the next free number of the account.
MADE_REF_PREFIX = "K-"
_MADE_REF_TRIES = 5


@dataclass(frozen=True)
class ContactForm:
    name: str
    company: str | None = None
    email: str | None = None
    phone: str | None = None
    address: str | None = None
    tax_id: str | None = None


@dataclass(frozen=True)
class CleanContact:
    name: str
    company: str | None
    email: str | None
    phone: str | None
    address: str | None
    tax_id: str | None

    def as_dict(self) -> dict[str, str | None]:
        return asdict(self)  # every field a column of the same name, audited by that name


def cleaned(form: ContactForm) -> CleanContact:
    """Every field by its rule (desktop.core.fields); the first wrong one raises FieldError."""
    return CleanContact(
        name=fields.required_text(Field.NAME, form.name),
        company=fields.optional_text(Field.COMPANY, form.company),
        email=fields.email(form.email, required=False),
        phone=fields.phone(form.phone),
        address=fields.optional_lines(Field.ADDRESS, form.address),
        tax_id=fields.optional_text(Field.TAX_ID, form.tax_id),
    )


@dataclass(frozen=True)
class ServiceUse:
    """A service whose auto-renew bills a contact."""

    service_id: int
    name: str
    kind: str
    auto_renew_on: bool


@dataclass(frozen=True)
class ContactRow:
    """A contact as the contacts tab lists it, with the services whose auto-renew bills it."""

    contact: ContactView
    services: tuple[ServiceUse, ...]

    @property
    def active(self) -> tuple[ServiceUse, ...]:
        """The ones that keep it from being removed without a move (R37)."""
        return tuple(use for use in self.services if use.auto_renew_on)


@dataclass(frozen=True)
class MoveTo:
    """Where the services of a removed contact go: another contact of the account, or None for the
    account holder."""

    contact_id: int | None


@dataclass(frozen=True)
class ContactRemoved:
    contact: ContactView
    moved: tuple[ServiceUse, ...]
    to: ContactView | None  # None: the account holder
    updated_notices: int


def _uses(session: OrmSession, customer_id: int) -> dict[int, list[ServiceUse]]:
    rows = session.execute(
        select(AutoRenew.billing_contact_id, Service.id, Service.name, Service.kind, AutoRenew.enabled)
        .join(Service, Service.id == AutoRenew.service_id)
        .where(Service.customer_id == customer_id, AutoRenew.billing_contact_id.is_not(None))
        .order_by(Service.name, Service.id)
    )
    found: dict[int, list[ServiceUse]] = {}
    for contact_id, service_id, name, kind, enabled in rows:
        found.setdefault(contact_id, []).append(ServiceUse(service_id, name, kind, bool(enabled)))
    return found


def list_contacts(ctx: AppContext, actor: Actor, customer_id: int) -> tuple[ContactRow, ...]:
    """The account's billing contacts, oldest first, each with the services that use it."""
    require(actor, Permission.VIEW_CUSTOMERS)
    with ctx.db.reading() as session:
        if session.get(Customer, customer_id) is None:
            raise UseCaseError(ErrorCode.CUSTOMER_NOT_FOUND, customer_id=customer_id)
        uses = _uses(session, customer_id)
        contacts = session.scalars(
            select(Contact).where(Contact.customer_id == customer_id).order_by(Contact.id)
        )
        return tuple(ContactRow(contact_view(k), tuple(uses.get(k.id, ()))) for k in contacts)


def _next_ref(session: OrmSession, customer_id: int) -> str:
    number = int(
        session.scalar(select(func.count()).select_from(Contact).where(Contact.customer_id == customer_id))
        or 0
    )
    # "k-2" of an import file takes K-2: refs are one ref case aside (desktop.core.refs).
    taken = {
        ref_key(ref) for ref in session.scalars(select(Contact.ref).where(Contact.customer_id == customer_id))
    }
    number += 1
    while ref_key(f"{MADE_REF_PREFIX}{number}") in taken:
        number += 1
    return f"{MADE_REF_PREFIX}{number}"


@announces(Change.ACCOUNTS)
def add_contact(ctx: AppContext, actor: Actor, customer_id: int, form: ContactForm) -> ContactView:
    """A new billing contact of the account, with a made reference (K-<n>)."""
    require(actor, Permission.MANAGE_CONTACTS)
    clean = checked(cleaned, form)
    for _ in range(_MADE_REF_TRIES):
        try:
            return _add(ctx, actor, customer_id, clean)
        except IntegrityError:
            continue  # another workstation took the same K-<n> meanwhile: the next one
    raise UseCaseError(ErrorCode.CHANGED_MEANWHILE, services=[clean.name])


def _add(ctx: AppContext, actor: Actor, customer_id: int, clean: CleanContact) -> ContactView:
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        if session.get(Customer, customer_id, with_for_update=True) is None:
            raise UseCaseError(ErrorCode.CUSTOMER_NOT_FOUND, customer_id=customer_id)
        contact = Contact(customer_id=customer_id, ref=_next_ref(session, customer_id), **clean.as_dict())
        session.add(contact)
        session.flush()
        audit.record(
            session,
            actor,
            now,
            "contact.added",
            "contact",
            contact.id,
            customer_id=customer_id,
            after={"ref": contact.ref, **clean.as_dict()},
        )
        return contact_view(contact)


def _contact_of(session: OrmSession, customer_id: int, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id, with_for_update=True, populate_existing=True)
    if contact is None or contact.customer_id != customer_id:
        raise UseCaseError(ErrorCode.CONTACT_NOT_IN_ACCOUNT, contact_id=contact_id)
    return contact


@announces(Change.ACCOUNTS)
def edit_contact(
    ctx: AppContext,
    actor: Actor,
    customer_id: int,
    contact_id: int,
    form: ContactForm,
    expected: ContactView | None = None,
) -> ContactView:
    """The contact's details as typed, all or none. `expected`: the contact as the dialog loaded it;
    changed meanwhile, nothing is written (CHANGED_MEANWHILE). Documents already issued keep what they
    were issued with (their snapshot, R40)."""
    require(actor, Permission.MANAGE_CONTACTS)
    clean = checked(cleaned, form)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        contact = _contact_of(session, customer_id, contact_id)
        if expected is not None and contact_view(contact) != expected:
            raise UseCaseError(ErrorCode.CHANGED_MEANWHILE, services=[contact.name])
        before = CleanContact(
            name=contact.name,
            company=contact.company,
            email=contact.email,
            phone=contact.phone,
            address=contact.address,
            tax_id=contact.tax_id,
        ).as_dict()
        after = clean.as_dict()
        entry = (now, "contact.changed", "contact", contact.id)
        changed = audit_changes(session, actor, *entry, customer_id=customer_id, before=before, after=after)
        for key in changed:
            setattr(contact, key, after[key])
        session.flush()
        return contact_view(contact)


@announces(Change.ACCOUNTS, Change.CHARGES, Change.MAIL)
def remove_contact(
    ctx: AppContext,
    actor: Actor,
    customer_id: int,
    contact_id: int,
    move_to: MoveTo | None = None,
) -> ContactRemoved:
    """R37: removes the contact. One that active auto-renews bill is refused (CONTACT_IN_USE) unless
    `move_to` says where their services go: they move and the contact goes in one transaction, each
    move audited, the renewals following (an announced one gets an updated notice when its terms
    changed, R28). Services whose auto-renew is off fall back to the holder (the schema's SET NULL);
    documents keep their snapshot."""
    require(actor, Permission.MANAGE_CONTACTS)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        contact = _contact_of(session, customer_id, contact_id)
        gone = contact_view(contact)
        active = [use for use in _uses(session, customer_id).get(contact_id, []) if use.auto_renew_on]
        target: Contact | None = None
        if move_to is not None and move_to.contact_id is not None:
            if move_to.contact_id == contact_id:
                raise UseCaseError(ErrorCode.CONTACT_NOT_IN_ACCOUNT, contact_id=contact_id)
            target = session.get(Contact, move_to.contact_id, with_for_update=True, populate_existing=True)
            if target is None or target.customer_id != customer_id:
                # Removed meanwhile: said as the contact they were to move to, not the one removed.
                raise UseCaseError(ErrorCode.CONTACT_TARGET_GONE, contact_id=move_to.contact_id)
        if active and move_to is None:
            raise UseCaseError(
                ErrorCode.CONTACT_IN_USE, contact=contact.name, services=[use.name for use in active]
            )
        moved = _move(ctx, actor, session, customer_id, active, target.id if target else None)
        session.delete(contact)
        audit.record(
            session,
            actor,
            now,
            "contact.removed",
            "contact",
            contact_id,
            customer_id=customer_id,
            before={"ref": gone.ref, "name": gone.name, "company": gone.company, "email": gone.email},
            after={"billing_contact_id": target.id if target else None, "services": len(active)}
            if active
            else None,
        )
        session.flush()
        return ContactRemoved(
            contact=gone,
            moved=tuple(active),
            to=contact_view(target) if target else None,
            updated_notices=moved,
        )


def _move(
    ctx: AppContext,
    actor: Actor,
    session: OrmSession,
    customer_id: int,
    uses: Sequence[ServiceUse],
    to_id: int | None,
) -> int:
    """Each service's billing contact moved and audited; their renewals follow. Returns how many
    updated notices were queued."""
    if not uses:
        return 0
    now = ctx.clock.now()
    ids = [use.service_id for use in uses]
    for renew in session.scalars(
        select(AutoRenew)
        .where(AutoRenew.service_id.in_(ids))
        .order_by(AutoRenew.service_id)
        .with_for_update()
    ):
        before = renew.billing_contact_id
        renew.billing_contact_id, renew.updated_at = to_id, now
        audit.record(
            session,
            actor,
            now,
            "auto_renew.changed",
            "service",
            renew.service_id,
            customer_id=customer_id,
            before={"billing_contact_id": before},
            after={"billing_contact_id": to_id},
        )
    return follow_cycles(ctx, actor, session, ids, now=now).updated_notices
