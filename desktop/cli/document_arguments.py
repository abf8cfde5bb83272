"""The arguments of `proforma issue|pay|cancel|pdf` and `invoice list|pdf` (desktop/cli/document_commands.py
and document_pdf_commands.py run them)."""

from __future__ import annotations

import argparse
import re
from typing import Any

from desktop.cli.arguments import CommandFactory, add_count, between, common, day
from desktop.cli.registry import Entry
from desktop.core.codes import PaymentMethod
from desktop.core.command_bounds import INVOICE_SERIES, LANGUAGES, MAX_INVOICE_PAGE

_NUMBER = between(1, 10**15)


def add_commands(command: CommandFactory) -> None:
    proforma = command("proforma", "proformas: issue, pay, cancel, settle, refund")
    proforma_actions = proforma.add_subparsers(dest="proforma_command", metavar="ACTION", required=True)
    issue = proforma_actions.add_parser(
        "issue", help="issue a proforma for early renewal (R4): a line per service, priced; charges nothing"
    )
    issue.add_argument("customer", metavar="CUSTOMER_REF")
    which = issue.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help="every service of the account (Renew All)")
    which.add_argument(
        "--service", nargs="+", action="extend", metavar="NAME", help="these services, by name"
    )
    issue.add_argument(
        "--contact", metavar="REF", help="address it to this billing contact (default: each service's own)"
    )
    issue.add_argument("--json", action="store_true", help='one JSON object: {"proformas": [...]}')
    common(issue, top=False)

    pay = proforma_actions.add_parser(
        "pay",
        help="record that a proforma was paid (R39): issues its paid invoice and renews its services; "
        "--method card charges a card now (a saved one with --card, or one typed: its number is read "
        "from standard input, with --holder and --exp)",
    )
    pay.add_argument("number", type=_NUMBER, metavar="NUMBER", help="the proforma's number")
    pay.add_argument("--method", required=True, choices=[method.value for method in PaymentMethod])
    pay.add_argument("--card", metavar="REF", help="the saved card to charge (--method card)")
    pay.add_argument("--holder", metavar="NAME", help="a typed card's holder (--method card without --card)")
    pay.add_argument("--exp", metavar="MM/YYYY", help="a typed card's expiry (--method card without --card)")
    pay.add_argument("--reference", metavar="TEXT", help="the transfer's or cheque's reference")
    pay.add_argument(
        "--date",
        type=day,
        metavar="YYYY-MM-DD",
        help="the day it was paid (default today; not with --method card: a card is charged today)",
    )
    pay.add_argument(
        "--amount", metavar="AMOUNT", help="the amount paid, e.g. 959.00: refused unless it is the amount due"
    )
    pay.add_argument("--json", action="store_true", help="one JSON object: the payment and its invoice")
    common(pay, top=False)

    cancel = proforma_actions.add_parser("cancel", help="cancel an open proforma: it can no longer be paid")
    cancel.add_argument("number", type=_NUMBER, metavar="NUMBER", help="the proforma's number")
    common(cancel, top=False)

    settle = proforma_actions.add_parser(
        "settle",
        help="ask the gateway what became of a card charge of the proforma whose answer was never written "
        "(lost, or the program stopped): records the payment if it was made; charges nothing",
    )
    settle.add_argument("number", type=_NUMBER, metavar="NUMBER", help="the proforma's number")
    common(settle, top=False)

    refund = proforma_actions.add_parser(
        "refund",
        help="give back to the card a charge of the proforma received and not applied (its lines were "
        "renewed otherwise or removed while the card was charged; `followup` lists them)",
    )
    refund.add_argument("number", type=_NUMBER, metavar="NUMBER", help="the proforma's number")
    common(refund, top=False)

    invoice = command("invoice", "paid invoices (R16, R39, R40)")
    invoice_actions = invoice.add_subparsers(dest="invoice_command", metavar="ACTION", required=True)
    listing = invoice_actions.add_parser("list", help="the invoices, newest first")
    listing.add_argument("--customer", metavar="REF", help="only this customer's")
    listing.add_argument("--from", dest="first", type=day, metavar="YYYY-MM-DD", help="issued on or after")
    listing.add_argument("--to", dest="last", type=day, metavar="YYYY-MM-DD", help="issued on or before")
    add_count(
        listing, "--limit", default=500, most=MAX_INVOICE_PAGE, help_text="at most this many, newest first"
    )
    listing.add_argument(
        "--json", action="store_true", help='one JSON object: {"invoices": [...], "total": N}'
    )
    common(listing, top=False)
    add_pdf_actions(proforma_actions, invoice_actions)


_INVOICE_NUMBER = re.compile(r"(?:(?P<series>[A-Za-z]{1,10})-)?(?P<number>[0-9]{1,15})")


def invoice_number(text: str) -> tuple[str, int]:
    """ "INV-1001" or "1001" (the first series): the series and the number."""
    found = _INVOICE_NUMBER.fullmatch(text.strip())
    if found is None:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not an invoice number (write 1001 or INV-1001)")
    return (found["series"] or INVOICE_SERIES).upper(), int(found["number"])


def proforma_number(text: str) -> int:
    if not re.fullmatch(r"[0-9]{1,15}", text.strip()):
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a proforma number (write 1001)")
    return int(text)


def add_pdf_actions(proforma_actions: Any, invoice_actions: Any) -> None:
    """Adds `pdf` to the `proforma` and `invoice` commands' actions (argparse sub-parser groups)."""
    proforma = proforma_actions.add_parser(
        "pdf",
        help="write a proforma as PDF, as it is printed and e-mailed: in the customer's language unless "
        "--lang says otherwise",
    )
    proforma.add_argument("number", type=proforma_number, metavar="NUMBER", help="the proforma's number")
    proforma.add_argument("--out", metavar="FILE.pdf", required=True, help="the file to write")
    proforma.add_argument("--lang", choices=LANGUAGES, help="print it in this language instead")
    common(proforma, top=False)
    invoice = invoice_actions.add_parser(
        "pdf", help="write a paid invoice as PDF, in the customer's language"
    )
    invoice.add_argument(
        "number", type=invoice_number, metavar="NUMBER", help="the invoice's number: 1001 or INV-1001"
    )
    invoice.add_argument("--out", metavar="FILE.pdf", required=True, help="the file to write")
    common(invoice, top=False)


COMMANDS: dict[str, Entry] = {
    "proforma": Entry("desktop.cli.document_commands:proforma", reads_only=frozenset({"pdf"})),
    "invoice": Entry("desktop.cli.document_commands:invoice", reads_only=frozenset({"list", "pdf"})),
}
