"""Renders an e-mail of one kind in the customer's language, as text and HTML, from the Jinja2
templates in resources/mail/{en,he,es}/. Amounts and dates are formatted for that language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from desktop import resources
from desktop.core import display
from desktop.core.display import LOCALES

if TYPE_CHECKING:
    from jinja2 import Environment

TEMPLATES = resources.mail_dir()
KINDS = (
    "precharge_notice",
    "notice_updated",
    "card_check_failed",
    "charge_receipt",
    "charge_failed",
    "stopped_by_staff",
    "renew_link",  # sent by staff from the follow-up list (R41)
)
# E-mails to staff rather than to customers: their templates are in each language's staff/ folder.
STAFF_KINDS = ("test_message",)
# A proforma or an invoice sent with its PDF attached (R40): templates in each language's documents/.
DOCUMENT_KINDS = ("proforma_document", "invoice_document")
FSI, PDI = "\u2068", "\u2069"  # first-strong isolate: keeps a domain or digits whole inside Hebrew text


@dataclass(frozen=True)
class RenderedMail:
    subject: str
    text: str
    html: str
    language: str


def money_text(minor: int, currency: str, language: str) -> str:
    return display.money_text(minor, currency, language)


def date_text(day: date | str, language: str) -> str:
    return display.date_text(date.fromisoformat(day) if isinstance(day, str) else day, language, "long")


@cache
def _environment(language: str) -> Environment:
    # Jinja2 is loaded by the first e-mail rendered: a due run with nothing to send never needs it.
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    environment = Environment(
        # The language's own templates first; the layout, the same for every language, is shared.
        loader=FileSystemLoader([TEMPLATES / language, TEMPLATES / "_shared"]),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["money"] = lambda minor, currency: money_text(int(minor), currency, language)
    # str() of a StrictUndefined raises UndefinedError (a missing date must not reach Babel)
    environment.filters["day"] = lambda value: date_text(
        value if isinstance(value, date) else str(value), language
    )
    environment.filters["ltr"] = lambda value: f"{FSI}{value}{PDI}" if language == "he" else str(value)
    # A card in the words of every window and document: "Visa •••• 4242" (desktop.core.display).
    environment.filters["card"] = lambda brand, last4: display.card_text(str(brand), str(last4))
    return environment


def render(kind: str, language: str, context: dict[str, Any]) -> RenderedMail:
    if kind in KINDS:
        name = kind
    elif kind in STAFF_KINDS:
        name = f"staff/{kind}"
    elif kind in DOCUMENT_KINDS:
        name = f"documents/{kind}"
    else:
        raise ValueError(f"unknown e-mail kind {kind!r}")
    lang = language if language in LOCALES else "en"
    environment = _environment(lang)
    values = {**context, "language": lang, "direction": "rtl" if lang == "he" else "ltr"}
    subject = environment.get_template(f"{name}.subject.txt").render(values).strip()
    text = environment.get_template(f"{name}.txt").render(values)
    html = environment.get_template(f"{name}.html").render(values)
    return RenderedMail(subject=" ".join(subject.split()), text=text, html=html, language=lang)
