"""One proforma or invoice as the HTML a QTextDocument lays out (R40): the issuer block, the
document's number, date and validity, the customer number, the addressee with address and tax ID,
the lines with the period each covers and their amounts right-aligned, the total, how to pay or how
it was paid. Every word in the document's language; in Hebrew right to left, with domains, e-mail
addresses, numbers and tax IDs kept whole."""

from __future__ import annotations

import html

from desktop.app.documents import DocumentLine, DocumentView, Party
from desktop.core import bidi
from desktop.core.codes import DocumentKind, ProformaStatus
from desktop.ui.documents.document_words import DocumentWords

FONT = "DejaVu Sans"  # covers Hebrew; .ci/setup installs it
RLM, LRM = "\u200f", "\u200e"
STAMP_COLOUR = {"paid": "#1b7f3b", "cancelled": "#b3261e", "expired": "#b3261e"}


class _Writer:
    def __init__(self, document: DocumentView, words: DocumentWords) -> None:
        self.document, self.words, self.rtl = document, words, words.rtl
        # Qt's table cells align absolutely: the start side of a line is the right one in Hebrew.
        self.start, self.end = ("right", "left") if self.rtl else ("left", "right")
        # A table nested in a cell does not take the page's direction: each one is told.
        self.dir = f'dir="{"rtl" if self.rtl else "ltr"}"'

    def row(self, *cells: str, attributes: str = "") -> str:
        """A table row whose cells are given in reading order. QTextDocument lays a table's columns
        out left to right whatever its dir says, so in Hebrew the cells are written the other way
        round: the first one read is the rightmost, as the English one is the leftmost."""
        ordered = reversed(cells) if self.rtl else cells
        return f"<tr{attributes}>{''.join(ordered)}</tr>"

    # -- pieces of text, escaped and kept whole ---------------------------------------------------

    def text(self, value: str) -> str:
        """A name, a company or a sentence typed by someone: its own direction."""
        return html.escape(bidi.first_strong(value, self.rtl))

    def whole(self, value: str) -> str:
        """Digits, a tax ID, a number or an amount: one left-to-right run. The right-to-left marks
        Hebrew amounts carry (CLDR's "912.00 ₪") are dropped: inside a left-to-right run they would
        move the space before the number, next to the comma after it ("912.00₪ , by card")."""
        return html.escape(bidi.ltr(value.replace(RLM, "").replace(LRM, ""), self.rtl))

    def lines(self, value: str | None) -> list[str]:
        return [self.text(line) for line in (value or "").splitlines() if line.strip()]

    def word(self, key: str, **values: str) -> str:
        """A translated word with its values, each value already escaped and isolated."""
        return html.escape(self.words[key]).format(**values)

    # -- blocks ------------------------------------------------------------------------------------

    def issuer(self, issuer: Party) -> str:
        rows = [f'<p style="font-size: 15pt; margin: 0;"><b>{self.text(issuer.name)}</b></p>']
        body = self.lines(issuer.address)
        if issuer.tax_id:
            body.append(self.word("tax_id", tax_id=self.whole(issuer.tax_id)))
        if body:
            rows.append(f'<p style="margin-top: 4px;">{"<br>".join(body)}</p>')
        return "".join(rows)

    def heading(self) -> str:
        document, words = self.document, self.words
        number = self.whole(document.title_number)
        key = "proforma" if document.kind is DocumentKind.PROFORMA else "invoice"
        parts = [f'<p style="font-size: 18pt; margin: 0;"><b>{self.word(key, number=number)}</b></p>']
        stamp = self._stamp()
        if stamp:
            parts.append(stamp)
        facts: list[tuple[str, str]] = [
            (words["date"], html.escape(words.day(document.issued_on))),
        ]
        if document.kind is DocumentKind.PROFORMA and document.valid_until is not None:
            facts.append((words["valid_until"], html.escape(words.day(document.valid_until))))
        facts.append((words["customer_number"], self.whole(document.customer_ref)))
        table = "".join(
            self.row(
                f'<td align="{self.start}" style="padding-{self.end}: 10px;">{html.escape(label)}</td>',
                f'<td align="{self.start}"><b>{value}</b></td>',
            )
            for label, value in facts
        )
        parts.append(
            f'<table {self.dir} cellspacing="0" cellpadding="1" style="margin-top: 6px;">{table}</table>'
        )
        return "".join(parts)

    def _stamp(self) -> str:
        document = self.document
        try:
            status = ProformaStatus(document.status)
        except ValueError:
            return ""
        if document.kind is DocumentKind.INVOICE:
            status = ProformaStatus.PAID
        text = self.words.stamp(status)
        if text is None:
            return ""
        colour = STAMP_COLOUR.get(status.value, "#000000")
        return (
            f'<p style="font-size: 14pt; margin-top: 4px; color: {colour};">'
            f"<b>[ {html.escape(text)} ]</b></p>"
        )

    def addressee(self, party: Party) -> str:
        rows = [f"<b>{self.text(party.name)}</b>"]
        if party.company and party.company != party.name:
            rows.append(self.text(party.company))
        rows.extend(self.lines(party.address))
        if party.tax_id:
            rows.append(self.word("tax_id", tax_id=self.whole(party.tax_id)))
        if party.email:
            rows.append(html.escape(bidi.email(party.email, self.rtl)))
        return (
            f'<p style="margin-bottom: 0;"><span style="color: #555555;">{self.word("bill_to")}</span></p>'
            f'<p style="margin-top: 2px;">{"<br>".join(rows)}</p>'
        )

    def line(self, line: DocumentLine) -> str:
        words = self.words
        if line.kind == "domain":
            name = html.escape(bidi.domain(line.description, self.rtl))
        else:
            name = self.text(line.description)
        kind = (
            words["domain"] if line.kind == "domain" else words["hosting"] if line.kind == "hosting" else ""
        )
        service = f"<b>{name}</b>" + (
            f'<br><span style="color: #555555;">{html.escape(kind)}</span>' if kind else ""
        )
        period = html.escape(words.months(line.period_months))
        if line.period_from is not None and line.period_to is not None:
            span = f"{words.short_day(line.period_from)} – {words.short_day(line.period_to)}"
            period = f"{html.escape(bidi.first_strong(span, self.rtl))}<br>{period}"
        if line.installments > 1:
            period += f"<br>{html.escape(words.installments(line.installments))}"
        amount = self.whole(words.money(line.amount_minor, self.document.currency))
        if line.left_out is not None:
            service += f'<br><i style="color: #b3261e;">{html.escape(words.left_out(line.left_out))}</i>'
            amount = f'<span style="color: #777777;"><s>{amount}</s></span>'
        return self.row(
            f'<td align="{self.start}" valign="top">{service}</td>',
            f'<td align="{self.start}" valign="top">{period}</td>',
            f'<td align="right" valign="top">{amount}</td>',
        )

    def lines_table(self) -> str:
        document = self.document
        # Amounts keep to the right of their column in either direction: digits line up that way.
        head = self.row(
            f'<th align="{self.start}">{self.word("service")}</th>',
            f'<th align="{self.start}">{self.word("period")}</th>',
            f'<th align="right">{self.word("amount")}</th>',
            attributes=' style="background-color: #eeeeee;"',
        )
        body = "".join(self.line(line) for line in document.lines)
        foot = self.totals()
        return (
            f'<table {self.dir} width="100%" border="1" cellspacing="0" cellpadding="5" '
            'style="border-collapse: collapse; border-color: #999999;">'
            f"{head}{body}{foot}</table>"
        )

    def totals(self) -> str:
        """The total; on a paid proforma with lines left out, what it was issued for, what was not
        charged and the amount paid, so no reader takes the printed total for what was paid."""
        document, words = self.document, self.words
        paid = document.payment
        left_out = sum(line.amount_minor for line in document.lines if line.left_out is not None)
        rows: list[tuple[str, str, bool]] = [
            (self.word("total"), words.money(document.total_minor, document.currency), True)
        ]
        if document.kind is DocumentKind.PROFORMA and paid is not None and left_out:
            rows = [
                (self.word("total_issued"), words.money(document.total_minor, document.currency), False),
                (self.word("not_charged"), words.money(-left_out, document.currency), False),
                (self.word("amount_paid"), words.money(paid.amount_minor, paid.currency), True),
            ]
        return "".join(self._total_row(label, self.whole(value), bold) for label, value, bold in rows)

    def _total_row(self, label: str, value: str, bold: bool) -> str:
        if bold:
            label, value = f"<b>{label}</b>", f"<b>{value}</b>"
        # The label next to its amount: at the end of the columns it spans.
        return self.row(f'<td colspan="2" align="{self.end}">{label}</td>', f'<td align="right">{value}</td>')

    def payment(self) -> str:
        document, words = self.document, self.words
        parts: list[str] = []
        paid = document.payment
        if paid is not None:
            method = words.method(paid.method, paid.card_last4, paid.card_brand)
            rows = [
                html.escape(words["paid_on"]).format(
                    amount=self.whole(words.money(paid.amount_minor, paid.currency)),
                    date=html.escape(words.day(paid.paid_on)),
                    method=html.escape(method),
                )
            ]
            if paid.reference:
                rows.append(self.word("reference", reference=self.whole(paid.reference)))
            parts.append(f"<p><b>{self.word('payment')}</b><br>{'<br>'.join(rows)}</p>")
        elif document.kind is DocumentKind.INVOICE:
            parts.append(f"<p>{self.word('automatic')}</p>")
        if document.kind is DocumentKind.INVOICE and document.proforma_number is not None:
            parts.append(
                f"<p>{self.word('for_proforma', number=self.whole(str(document.proforma_number)))}</p>"
            )
        if document.kind is DocumentKind.PROFORMA and paid is None:
            instructions = self.lines(document.payment_text)
            if instructions:
                parts.append(
                    f"<p><b>{self.word('payment_instructions')}</b><br>{'<br>'.join(instructions)}</p>"
                )
        if document.kind is DocumentKind.PROFORMA:
            parts.append(f'<p style="color: #555555; font-size: 8pt;">{self.word("not_tax_invoice")}</p>')
        return "".join(parts)

    def page(self) -> str:
        top = self.row(
            f'<td width="50%" valign="top" align="{self.start}">{self.issuer(self.document.issuer)}</td>',
            f'<td width="50%" valign="top" align="{self.start}">{self.heading()}</td>',
        )
        return (
            f'<table {self.dir} width="100%" cellspacing="0" cellpadding="0">{top}</table>'
            '<hr style="margin-top: 8px; margin-bottom: 8px;">'
            f"{self.addressee(self.document.addressee)}"
            f"{self.lines_table()}"
            f"{self.payment()}"
        )


def document_html(document: DocumentView, words: DocumentWords | None = None) -> str:
    """The document as HTML, in its own language unless `words` says otherwise."""
    words = words or DocumentWords(document.language)
    direction = "rtl" if words.rtl else "ltr"
    body = _Writer(document, words).page()
    return (
        f'<html dir="{direction}"><body dir="{direction}" '
        f"style=\"font-family: '{FONT}'; font-size: 10pt;\">{body}</body></html>"
    )
