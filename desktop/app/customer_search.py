"""Finding customers as staff type: by any word of the name (accents, case and punctuation aside), the
start of the e-mail, a domain by its start, end or any label (case and accents aside), the reference,
or the phone's digits. Says how many match in all, so a window never stops at a page without saying
so."""

from __future__ import annotations

from sqlalchemy import Select, and_, func, or_, select, union
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql.elements import ColumnElement

from desktop.app.actor import Actor, Permission, require
from desktop.app.errors import UseCaseError
from desktop.app.views import CustomerHit, CustomerSearch
from desktop.bootstrap import AppContext
from desktop.core.codes import ErrorCode
from desktop.core.plain_text import refused_character
from desktop.core.refs import one_case_spellings
from desktop.core.search_text import KEY_LENGTH, address_key, ending_key, fold, words
from desktop.store.models import Customer, Service

PAGE = 50
# The longest text a search can match (an e-mail address, 254 characters); a longer one would only
# make every index lookup compare it.
MAX_SEARCH_LENGTH = 254
# The highest code point: `prefix <= x < prefix + _TOP` is a prefix match that can use an index.
_TOP = "\U0010ffff"


def hit_of(customer: Customer) -> CustomerHit:
    return CustomerHit(
        id=customer.id,
        ref=customer.ref,
        name=customer.name,
        email=customer.email,
        phone=customer.phone,
        language=customer.language,
        currency=customer.currency,
        address=customer.address,
        tax_id=customer.tax_id,
    )


def cleaned(text: str) -> str:
    """The query as searched: control and direction marks are never in stored names
    (desktop.core.plain_text), and NUL would make PostgreSQL refuse the query."""
    query = "".join(ch for ch in text if refused_character(ch) is None).strip()
    if len(query) > MAX_SEARCH_LENGTH:
        raise UseCaseError(ErrorCode.SEARCH_TOO_LONG, got=len(query), most=MAX_SEARCH_LENGTH)
    return query


def _starts(column: ColumnElement[str] | InstrumentedAttribute[str], prefix: str) -> ColumnElement[bool]:
    return column.between(prefix, prefix + _TOP)


def _name_has_word(word: str) -> ColumnElement[bool]:
    """The word at the start of the name or of any word in it (search_name is folded: one space
    between words, desktop.core.search_text)."""
    return or_(
        _starts(Customer.search_name, word),
        Customer.search_name.contains(" " + word, autoescape=True),
    )


def _domain_has_part(part: str) -> ColumnElement[bool]:
    """The part at the start of any label of a service's name, or of any part of a label between
    hyphens ("shop" in "levi-shop.com", "studio" in "www.studio.co.il")."""
    return or_(
        Service.search_name.contains("." + part, autoescape=True),
        Service.search_name.contains("-" + part, autoescape=True),
    )


def matching_ids(query: str) -> list[Select[tuple[int]]]:
    """One id query per way of matching, so that the index ones (name, e-mail, domain and its end, ref)
    stay index lookups; one OR over them all would scan every customer and probe services for each.
    Addresses and domains are compared as core.search_text keys them: case and accents aside."""
    folded = fold(query)[:KEY_LENGTH]
    address = address_key(query)
    # The ref as typed, in lower case and in upper case: index lookups that find every ref written in
    # one case ("C-12" typed "c-12"); a command finds a mixed-case one too (desktop.core.refs).
    spellings = one_case_spellings(query)
    matches: list[Select[tuple[int]]] = [select(Customer.id).where(Customer.ref.in_(spellings))]
    if folded:
        matches.append(select(Customer.id).where(_starts(Customer.search_name, folded)))
        # Every word typed, each at the start of a word of the name, in any order ("levi dana").
        matches.append(select(Customer.id).where(and_(*(_name_has_word(word) for word in words(query)))))
    if address:
        matches.append(select(Customer.id).where(_starts(Customer.search_email, address)))
        # A domain by its start, its end ("7-2.co.il", "shop.com") or any of its labels.
        matches.append(select(Service.customer_id).where(_starts(Service.search_name, address)))
        matches.append(select(Service.customer_id).where(_starts(Service.search_end, ending_key(query))))
        part = address.lstrip(".-")
        if part:
            matches.append(select(Service.customer_id).where(_domain_has_part(part)))
    if not any(ch.isalpha() for ch in query):
        for key in phone_keys(query):
            matches.append(select(Customer.id).where(Customer.phone_digits.contains(key, autoescape=True)))
    return matches


# The fewest digits a search by phone takes, and the fewest a national number has after its area code.
_FEWEST_DIGITS, _NATIONAL_DIGITS = 4, 7


def phone_keys(query: str) -> set[str]:
    """The digits to look for in the phones kept, as typed and as the same number is written the other
    way: "054-959-8188" is kept as "+972-54-9598188" (the national trunk 0 is not written after a
    country code), and "+972 54 959 8188" or "00972..." as "054-959-8188" (a country code of one to
    three digits, then the trunk 0)."""
    typed = query.strip()
    digits = "".join(ch for ch in typed if ch.isdigit())
    keys = {digits} if len(digits) >= _FEWEST_DIGITS else set()
    international = typed.startswith("+") or digits.startswith("00")
    if international:
        rest = digits[2:] if digits.startswith("00") else digits
        if len(rest) >= _FEWEST_DIGITS:
            keys.add(rest)  # "00972..." is kept as "+972..."
        keys.update("0" + rest[size:] for size in (1, 2, 3) if len(rest) - size >= _NATIONAL_DIGITS)
    elif digits.startswith("0") and len(digits) - 1 >= _FEWEST_DIGITS:
        keys.add(digits[1:])
    return keys


def search_customers(
    ctx: AppContext, actor: Actor, text: str, *, offset: int = 0, limit: int = PAGE
) -> CustomerSearch:
    """Up to `limit` customers from `offset` on, by name, and how many match in all."""
    require(actor, Permission.VIEW_CUSTOMERS)
    query = cleaned(text)
    with ctx.db.reading() as session:
        statement = select(Customer).order_by(Customer.search_name, Customer.id)
        counting = select(func.count()).select_from(Customer)
        if query:
            ids = union(*matching_ids(query)).subquery()
            statement = statement.where(Customer.id.in_(select(ids.c[0])))
            counting = select(func.count()).select_from(ids)
        hits = tuple(hit_of(row) for row in session.scalars(statement.offset(offset).limit(limit)))
        # A page not full is the last one: no need to count (the common case of a precise search).
        total = offset + len(hits) if len(hits) < limit else session.scalar(counting) or 0
    # A customer written between the two reads must not make the count smaller than what is shown.
    return CustomerSearch(hits=hits, offset=offset, total=max(total, offset + len(hits)))
