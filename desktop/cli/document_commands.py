"""`proforma issue|pay|cancel` and `invoice list` (SPEC section 3, R4, R39, R40): the account's Renew,
Record payment and Cancel proforma, and finance's list of invoices, through the same use cases, by refs
and numbers. Each prints what it did (`--json`: one JSON document); any refusal changes nothing and
names what is wrong (exit code 2). A card number typed for `proforma pay --method card` is read from
standard input, never an argument (R20)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from typing import Any

from desktop.app.actor import Actor
from desktop.app.customers import account_by_ref
from desktop.app.documents import (
    DocumentView,
    InvoiceRow,
    list_invoices,
    proforma_document,
)
from desktop.app.errors import UseCaseError, field_refusal
from desktop.app.identity import headless_actor
from desktop.app.payments import (
    PaymentOutcome,
    PaymentRequest,
    TypedCard,
    cancel_proforma,
    preview_payment,
    record_payment,
    settle_card_payment,
)
from desktop.app.payments_not_applied import refund_not_applied
from desktop.app.proformas import issue_proformas
from desktop.app.ref_lookup import named_by_ref
from desktop.app.views import AccountView, ServiceView
from desktop.bootstrap import AppContext
from desktop.cli.document_pdf_commands import invoice_pdf, proforma_pdf
from desktop.cli.typed_card import read_card_number
from desktop.core import fields
from desktop.core.codes import ErrorCode, PaymentMethod
from desktop.core.fields import Field, FieldError, FieldProblem
from desktop.core.money import MoneyError, format_amount, parse_amount

Handler = Callable[[AppContext, argparse.Namespace], int]


# -- proforma issue ---------------------------------------------------------------------------------


def _services(account: AccountView, names: Sequence[str] | None) -> list[ServiceView] | None:
    """The services named (None: every one, Renew All); an unknown name names the known ones."""
    if names is None:
        return None
    by_name = {service.name.casefold(): service for service in account.services}
    unknown = [name for name in names if name.casefold() not in by_name]
    if unknown:
        raise UseCaseError(
            ErrorCode.SERVICE_NAME_UNKNOWN,
            customer=account.customer.ref,
            names=", ".join(unknown),
            known=", ".join(sorted(service.name for service in account.services)) or "none",
        )
    return list(dict.fromkeys(by_name[name.casefold()] for name in names))


def _contact_id(account: AccountView, ref: str | None) -> int | None:
    if ref is None:
        return None
    code = ErrorCode.CONTACT_REF_UNKNOWN
    return named_by_ref(account.contacts, ref, code=code, customer=account.customer.ref).id


def _money(minor: int, currency: str) -> str:
    return f"{currency} {format_amount(minor, currency)}"


def _document_json(document: DocumentView) -> dict[str, Any]:
    payment = document.payment
    return {
        "number": document.number,
        "title": document.title_number,
        "kind": document.kind.value,
        "status": document.status,
        "customer": document.customer_ref,
        "bill_to": {
            "name": document.addressee.name,
            "company": document.addressee.company,
            "address": document.addressee.address,
            "tax_id": document.addressee.tax_id,
            "email": document.addressee.email,
        },
        "issued_at": document.issued_at.isoformat(timespec="seconds"),
        "issued_on": document.issued_on.isoformat(),  # the company's day, as printed
        "valid_until": document.valid_until.isoformat() if document.valid_until else None,
        "currency": document.currency,
        "total": format_amount(document.total_minor, document.currency),
        "lines": [
            {
                "service": line.description,
                "kind": line.kind,
                "period_months": line.period_months,
                "period_from": line.period_from.isoformat() if line.period_from else None,
                "period_to": line.period_to.isoformat() if line.period_to else None,
                "amount": format_amount(line.amount_minor, document.currency),
                "left_out": line.left_out.value if line.left_out else None,
            }
            for line in document.lines
        ],
        "payment": (
            None
            if payment is None
            else {
                "method": payment.method.value,
                "paid_on": payment.paid_on.isoformat(),
                "reference": payment.reference,
                "card_last4": payment.card_last4,
                "amount": format_amount(payment.amount_minor, payment.currency),
            }
        ),
        "proforma": document.proforma_number,
        "invoice": document.invoice_number,
    }


def _issue(ctx: AppContext, actor: Actor, args: argparse.Namespace) -> int:
    account = account_by_ref(ctx, actor, args.customer)
    chosen = _services(account, None if args.all else args.service)
    issued = issue_proformas(
        ctx,
        actor,
        account.customer.id,
        None if chosen is None else [service.id for service in chosen],
        _contact_id(account, args.contact),
    )
    documents = [proforma_document(ctx, actor, proforma.number) for proforma in issued]
    if args.json:
        print(json.dumps({"proformas": [_document_json(d) for d in documents]}, ensure_ascii=False, indent=1))
        return 0
    for document in documents:
        print(
            f"proforma {document.number}: {_money(document.total_minor, document.currency)} to "
            f"{document.addressee.name}, valid until {document.valid_until}"
        )
        for line in document.lines:
            print(
                f"  {line.description}: {line.period_months} months from {line.period_from}, "
                f"{_money(line.amount_minor, document.currency)}"
            )
    return 0


# -- proforma pay -----------------------------------------------------------------------------------


def _request(ctx: AppContext, actor: Actor, args: argparse.Namespace) -> PaymentRequest:
    method = PaymentMethod(args.method)
    preview = preview_payment(ctx, actor, args.number)
    if preview.refusal is not None:
        raise preview.refusal
    amount = None
    if args.amount is not None:
        try:
            amount = parse_amount(args.amount, preview.currency)
        except MoneyError as exc:
            raise field_refusal(FieldError(Field.PAYMENT_AMOUNT, FieldProblem.FORM, str(exc))) from None
    common_parts: dict[str, Any] = {"reference": args.reference, "amount_minor": amount}
    if method is not PaymentMethod.CARD:
        given = [
            name
            for name, value in (("--card", args.card), ("--holder", args.holder), ("--exp", args.exp))
            if value
        ]
        if given:
            raise UseCaseError(
                ErrorCode.ARGUMENT_INVALID,
                detail=f"{', '.join(given)} go only with --method card, not --method {method.value}",
            )
        return PaymentRequest(method, paid_on=args.date, **common_parts)
    _refuse_ignored(
        "--method card",
        ("--date", args.date, "a card is charged today"),
        *(
            (name, value, "--card charges a saved card; --holder and --exp describe a typed one")
            for name, value in (("--holder", args.holder), ("--exp", args.exp))
            if args.card is not None
        ),
    )
    if args.card is not None:
        code, customer = ErrorCode.CARD_REF_UNKNOWN, preview.proforma.customer_ref
        card = named_by_ref(preview.cards, args.card, code=code, customer=customer)
        return PaymentRequest(method, card_id=card.id, **common_parts)
    try:
        holder = fields.required_text(Field.CARD_HOLDER, args.holder or "")
        month, year = fields.parse_expiry(args.exp or "")
        fields.card_expiry(month, year, ctx.today())
        typed = TypedCard(
            number=fields.card_number(read_card_number()), holder=holder, exp_month=month, exp_year=year
        )
    except FieldError as error:
        raise field_refusal(error) from None
    return PaymentRequest(method, card=typed, **common_parts)


def _refuse_ignored(given_with: str, *options: tuple[str, object, str]) -> None:
    """An option that would change nothing is refused, never silently dropped: the person meant it."""
    ignored = [(name, why) for name, value, why in options if value is not None]
    if ignored:
        raise UseCaseError(
            ErrorCode.ARGUMENT_INVALID,
            detail="; ".join(f"{name} does not go with {given_with} ({why})" for name, why in ignored),
        )


def _outcome_json(outcome: PaymentOutcome) -> dict[str, Any]:
    return {
        "proforma": outcome.proforma_number,
        "invoice": outcome.invoice_title,
        "invoice_number": outcome.invoice_number,
        "method": outcome.method.value,
        "paid_on": outcome.paid_on.isoformat(),
        "reference": outcome.reference,
        "card_last4": outcome.card_last4,
        "currency": outcome.currency,
        "amount": format_amount(outcome.amount_minor, outcome.currency),
        "renewed": [
            {
                "service": item.name,
                "expired_on": item.expired_on.isoformat(),
                "expires_on": item.expires_on.isoformat(),
            }
            for item in outcome.renewed
        ],
        "left_out": [
            {"service": line.description, "reason": line.left_out.value if line.left_out else None}
            for line in outcome.left_out
        ],
    }


def _pay(ctx: AppContext, actor: Actor, args: argparse.Namespace) -> int:
    outcome = record_payment(ctx, actor, args.number, _request(ctx, actor, args))
    if args.json:
        print(json.dumps(_outcome_json(outcome), ensure_ascii=False, indent=1))
        return 0
    how = outcome.method.value + (f" (card ending {outcome.card_last4})" if outcome.card_last4 else "")
    print(
        f"proforma {outcome.proforma_number} paid by {how} on {outcome.paid_on}: invoice "
        f"{outcome.invoice_title}, {_money(outcome.amount_minor, outcome.currency)}"
    )
    for item in outcome.renewed:
        print(f"  {item.name}: expires {item.expires_on} (was {item.expired_on})")
    for line in outcome.left_out:
        reason = line.left_out.value.replace("_", " ") if line.left_out else ""
        print(f"  {line.description}: left out ({reason})")
    return 0


def _cancel(ctx: AppContext, actor: Actor, args: argparse.Namespace) -> int:
    cancel_proforma(ctx, actor, args.number)
    print(f"proforma {args.number} cancelled")
    return 0


def _settle(ctx: AppContext, actor: Actor, args: argparse.Namespace) -> int:
    outcome = settle_card_payment(ctx, actor, args.number)
    if outcome is None:
        print(f"proforma {args.number}: the gateway has no charge for it; the card was not charged")
    else:
        print(
            f"proforma {outcome.proforma_number} paid by card ending {outcome.card_last4}: invoice "
            f"{outcome.invoice_title}, {_money(outcome.amount_minor, outcome.currency)}"
        )
    return 0


def _refund(ctx: AppContext, actor: Actor, args: argparse.Namespace) -> int:
    for refunded in refund_not_applied(ctx, actor, args.number):
        print(
            f"proforma {refunded.proforma_number}: {_money(refunded.amount_minor, refunded.currency)} "
            f"refunded to the card ending {refunded.card_last4} (gateway reference {refunded.reference})"
        )
    return 0


# -- invoice list -----------------------------------------------------------------------------------


def _invoice_json(row: InvoiceRow) -> dict[str, Any]:
    return {
        "invoice": f"{row.series}-{row.number}",
        "series": row.series,
        "number": row.number,
        "issued_at": row.issued_at.isoformat(timespec="seconds"),
        "issued_on": row.issued_on.isoformat(),  # the company's day, as printed on the invoice
        "customer": row.customer_ref,
        "customer_name": row.customer_name,
        "bill_to": row.bill_to_name,
        "currency": row.currency,
        "total": format_amount(row.total_minor, row.currency),
        "automatic": row.automatic,
        "proforma": row.proforma_number,
        "services": list(row.services),
    }


def _cell(value: object) -> str:
    return "" if value is None else " ".join(str(value).split())[:60]


def _list(ctx: AppContext, actor: Actor, args: argparse.Namespace) -> int:
    customer_id = None
    if args.customer is not None:
        customer_id = account_by_ref(ctx, actor, args.customer).customer.id
    found = list_invoices(
        ctx, actor, customer_id=customer_id, first=args.first, last=args.last, limit=args.limit
    )
    records = [_invoice_json(row) for row in found.rows]
    if args.json:
        print(json.dumps({"invoices": records, "total": found.total}, ensure_ascii=False, indent=1))
        return 0
    columns = ("invoice", "issued", "customer", "bill to", "total", "from", "services")
    rows = [
        [
            record["invoice"],
            row.issued_on.isoformat(),
            record["customer"],
            record["bill_to"],
            f"{row.currency} {record['total']}",
            "automatic charge" if row.automatic else f"proforma {row.proforma_number}",
            ", ".join(row.services),
        ]
        for record, row in zip(records, found.rows, strict=True)
    ]
    cells = [[_cell(value) for value in row] for row in rows]
    widths = [max([len(column), *(len(row[i]) for row in cells)]) for i, column in enumerate(columns)]
    print("  ".join(column.ljust(width) for column, width in zip(columns, widths, strict=True)).rstrip())
    for row in cells:
        print("  ".join(value.ljust(width) for value, width in zip(row, widths, strict=True)).rstrip())
    if found.total > len(found.rows):
        print(f"({len(found.rows)} of {found.total}; --limit shows more)")
    return 0


# What each command's actions do.
PROFORMA_ACTIONS: dict[str, Callable[[AppContext, Actor, argparse.Namespace], int]] = {
    "issue": _issue,
    "pay": _pay,
    "cancel": _cancel,
    "refund": _refund,
    "settle": _settle,
    "pdf": proforma_pdf,
}
INVOICE_ACTIONS: dict[str, Callable[[AppContext, Actor, argparse.Namespace], int]] = {
    "list": _list,
    "pdf": invoice_pdf,
}


def proforma(ctx: AppContext, args: argparse.Namespace) -> int:
    actor = headless_actor(ctx, f"proforma {args.proforma_command}")
    return PROFORMA_ACTIONS[args.proforma_command](ctx, actor, args)


def invoice(ctx: AppContext, args: argparse.Namespace) -> int:
    actor = headless_actor(ctx, f"invoice {args.invoice_command}")
    return INVOICE_ACTIONS[args.invoice_command](ctx, actor, args)
