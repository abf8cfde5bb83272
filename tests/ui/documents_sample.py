"""Documents built by hand for the PDF and e-mail tests: a proforma and an invoice in the three
languages, with a Hebrew domain, a hosting package in installments, a line left out, an addressee
with a company, an address and a tax ID, and the issuer's block."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from desktop.app.documents import DocumentLine, DocumentView, Party, PaymentView
from desktop.core.codes import DocumentKind, LeftOut, PaymentMethod

HEBREW_DOMAIN = "סטודיו-7-2.co.il"
HEBREW_ISSUER = "רנודסק אחסון"
HEBREW_ADDRESSEE = "רונית כהן"
HEBREW_COMPANY = "כהן שיווק בע״מ"
ISSUER_TAX_ID = "IL-514999001"
ADDRESSEE_TAX_ID = "515123456"


def issuer(language: str) -> Party:
    name = HEBREW_ISSUER if language == "he" else "RenewDesk Hosting"
    return Party(name, None, "1 Harbour Road\nHaifa 3303100", ISSUER_TAX_ID)


def addressee(language: str) -> Party:
    if language == "he":
        return Party(
            HEBREW_ADDRESSEE, HEBREW_COMPANY, "רחוב הרצל 12\nתל אביב", ADDRESSEE_TAX_ID, "ronit@cohen.example"
        )
    if language == "es":
        return Party(
            "Lucía Gómez",
            "Gómez S.L.",
            "Calle Mayor 5\n28013 Madrid",
            ADDRESSEE_TAX_ID,
            "lucia@gomez.example",
        )
    return Party("Dana Levi", "Levi Ltd", "12 Herzl St\nTel Aviv", ADDRESSEE_TAX_ID, "billing@levi.example")


def proforma(
    language: str, *, number: int = 1001, status: str = "open", email: str | None = ""
) -> DocumentView:
    to = addressee(language)
    if email != "":
        to = replace(to, email=email)
    return DocumentView(
        kind=DocumentKind.PROFORMA,
        id=1,
        number=number,
        series=None,
        customer_id=1,
        customer_ref="C-17",
        customer_name=to.name,
        language=language,
        addressee=to,
        issuer=issuer(language),
        issued_at=datetime(2026, 11, 24, 9, 0, tzinfo=UTC),
        issued_on=date(2026, 11, 24),
        valid_until=date(2026, 12, 24),
        status=status,
        currency="ILS",
        total_minor=53900,
        lines=(
            DocumentLine(1, HEBREW_DOMAIN, "domain", 12, date(2026, 12, 1), date(2027, 12, 1), 5900),
            DocumentLine(2, "levi-site", "hosting", 12, date(2026, 12, 10), date(2027, 12, 10), 48000, 3),
            DocumentLine(
                3,
                "levi.com",
                "domain",
                12,
                date(2026, 12, 1),
                date(2027, 12, 1),
                4550,
                left_out=LeftOut.CHARGED_AUTOMATICALLY,
            ),
        ),
        payment_text="Bank Leumi, branch 800\nAccount 123456",
        payment=None,
        proforma_number=number,
        invoice_number=None,
    )


def invoice(language: str, *, number: int = 2001, email: str | None = "") -> DocumentView:
    paid = PaymentView(
        PaymentMethod.TRANSFER,
        date(2026, 11, 25),
        "TRX-5512",
        None,
        53900,
        "ILS",
        "os:dana",
        datetime(2026, 11, 25, 10, 0, tzinfo=UTC),
    )
    source = proforma(language, email=email)
    return replace(
        source,
        kind=DocumentKind.INVOICE,
        id=7,
        number=number,
        series="INV",
        valid_until=None,
        status="paid",
        lines=source.lines[:2],
        payment_text=None,
        payment=paid,
        proforma_number=1001,
        invoice_number=number,
    )
