"""The follow-up list a page at a time (R41, issue 12): on small random databases, the pages read one
after another (each after the last row of the one before) are exactly the whole list a reference model
in this test makes from what it stored: the same rows in the same order (the service that expires
first, then the larger amount, then the customer's name and the row's key), none skipped and none
repeated, ties on the expiry day and on the amount included; and the counts are the model's, exact,
whatever the page size."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from desktop.app.errors import UseCaseError
from desktop.app.followup import FollowUpRow, followup_count, followup_list
from desktop.bootstrap import AppContext
from desktop.core.codes import ErrorCode, FollowUpKind, MailState
from desktop.core.followup import LAPSED_AFTER_DAYS, MAX_PAGE, MONEY_FIRST
from desktop.store.models import AutoRenew, Card, Customer, OutboxMessage, Service
from tests.app.helpers import SALES
from tests.jobs.helpers import card, customer, document, domain, load

TODAY = date(2026, 11, 24)
# Card "soon" (01/2027) is valid through 31 January 2027: it fails the charge of any service expiring
# from 1 February 2027 on (no lead days); card "good" never does here.
FAILS_FROM = date(2027, 2, 1)
PRICE = {".com": 4550, ".co.il": 5900}  # the 12-month prices of tests/jobs/helpers.PRICES (ILS)
# Few days, so that many rows of one kind share one: lapsed, the last day before lapsing, soon, and
# after the card fails (twice as likely).
DAYS = [-LAPSED_AFTER_DAYS - 5, -LAPSED_AFTER_DAYS + 1, 3, 3, 69, 69, 70, 70]
STATES = ("on_good", "on_soon", "stopped", "off")
# Customer names equal but for case, so that the name alone does not order two rows.
NAMES = ("Dana Levi", "dana levi", "Avi Cohen", "Ziv")
SERVICES = 16
MAILED = (2, 5, 9)  # the services an e-mail about was given up


def _name(i: int) -> str:
    return f"s{i}.com" if i % 2 else f"s{i}.co.il"


@pytest.fixture
def stored(ctx: AppContext) -> dict[str, Any]:
    """Four customers with a good and a soon-failing card each, SERVICES domains spread over them,
    given-up e-mails about some services and one about an account (no service)."""
    load(
        ctx,
        document(
            [
                customer(
                    f"c{c}",
                    [
                        domain(f"d{i}", _name(i), TODAY + timedelta(days=30))
                        for i in range(SERVICES)
                        if i % len(NAMES) == c
                    ],
                    cards=[card("v1"), card("v2", exp=(1, 2027))],
                    name=NAMES[c],
                )
                for c in range(len(NAMES))
            ]
        ),
    )
    now = datetime(2026, 11, 20, 9, tzinfo=UTC)
    with ctx.db.transaction() as session:
        services = {
            name: (sid, cid)
            for sid, name, cid in session.execute(select(Service.id, Service.name, Service.customer_id))
        }
        cards = {
            (cid, ref): card_id
            for card_id, cid, ref in session.execute(select(Card.id, Card.customer_id, Card.ref))
        }
        customers = dict(session.execute(select(Customer.id, Customer.name)).tuples().all())
        mails = {}
        for i in (*MAILED, None):
            sid, cid = services[_name(i)] if i is not None else services[_name(0)]
            mail = OutboxMessage(
                dedupe_key=f"t:{i}",
                kind="precharge_notice",
                customer_id=cid,
                service_id=sid if i is not None else None,
                language="en",
                to_address="c@example.com",
                context={},
                status=MailState.GIVEN_UP.value,
                attempts=9,
                next_attempt_at=now,
                created_at=now,
            )
            session.add(mail)
            session.flush()
            mails[i] = (mail.id, cid)
    return {"services": services, "cards": cards, "customers": customers, "mails": mails}


def _set(ctx: AppContext, stored: dict[str, Any], plan: list[tuple[int, str]]) -> None:
    now = datetime(2026, 11, 20, 9, tzinfo=UTC)
    with ctx.db.transaction() as session:
        for i, (day, state) in enumerate(plan):
            sid, cid = stored["services"][_name(i)]
            session.execute(
                update(Service).where(Service.id == sid).values(expires_on=TODAY + timedelta(days=day))
            )
            session.execute(
                update(AutoRenew)
                .where(AutoRenew.service_id == sid)
                .values(
                    enabled=state in ("on_good", "on_soon"),
                    card_id=stored["cards"][(cid, "v2" if state == "on_soon" else "v1")],
                    stop_reason="staff_switched_off" if state == "stopped" else None,
                    stopped_at=now if state == "stopped" else None,
                )
            )


def _model(stored: dict[str, Any], plan: list[tuple[int, str]]) -> list[tuple[Any, ...]]:
    """The whole list as the rules say it, from what was stored: (order, key, kind) per row, in order."""
    rows = []

    def add(kind: FollowUpKind, key: int, cid: int, expires: date | None, amount: int | None) -> None:
        name = stored["customers"][cid]
        order = (
            kind not in MONEY_FIRST,  # a customer's money a card took and no invoice records first
            expires is None,
            expires or date.min,
            -(amount or 0),
            name.casefold(),
            f"{kind.value}:{key}",
        )
        rows.append((order, f"{kind.value}:{key}", kind))

    oldest = TODAY - timedelta(days=LAPSED_AFTER_DAYS - 1)
    for i, (day, state) in enumerate(plan):
        sid, cid = stored["services"][_name(i)]
        expires = TODAY + timedelta(days=day)
        if expires < oldest:
            continue
        amount = PRICE[".com" if _name(i).endswith(".com") else ".co.il"]
        if state == "stopped":
            add(FollowUpKind.AUTO_RENEW_STOPPED, sid, cid, expires, amount)
        if state == "on_soon" and expires >= FAILS_FROM:
            add(FollowUpKind.CARD_EXPIRES_FIRST, sid, cid, expires, amount)
        if i in MAILED:
            outbox_id, _ = stored["mails"][i]
            add(FollowUpKind.EMAIL_GIVEN_UP, outbox_id, cid, expires, amount)
    outbox_id, cid = stored["mails"][None]
    add(FollowUpKind.EMAIL_GIVEN_UP, outbox_id, cid, None, None)
    return sorted(rows)


def _pages(ctx: AppContext, limit: int) -> tuple[list[FollowUpRow], list[Any]]:
    rows: list[FollowUpRow] = []
    pages = []
    after = None
    while True:
        page = followup_list(ctx, SALES, TODAY, after=after, limit=limit)
        pages.append(page)
        rows += page.rows
        assert len(page.rows) <= limit
        if not page.more:
            return rows, pages
        assert len(page.rows) == limit  # a page short of its limit is the last
        after = page.rows[-1]
        assert len(pages) <= 100, "the pages do not end"


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    plan=st.lists(
        st.tuples(st.sampled_from(DAYS), st.sampled_from(STATES)), min_size=SERVICES, max_size=SERVICES
    ),
    limit=st.integers(min_value=1, max_value=6),
)
def test_pages_read_one_after_another_are_the_whole_list_in_order(
    ctx: AppContext, stored: dict[str, Any], plan: list[tuple[int, str]], limit: int
) -> None:
    _set(ctx, stored, plan)
    model = _model(stored, plan)

    rows, pages = _pages(ctx, limit)
    assert [row.key for row in rows] == [key for _, key, _ in model]  # none skipped, none repeated
    assert [row.order for row in rows] == [order for order, _, _ in model]
    counts = {kind: sum(1 for _, _, k in model if k is kind) for kind in FollowUpKind}
    for page in pages:
        assert dict(page.counts) == counts
        assert page.total == len(model)
    assert followup_count(ctx, SALES, TODAY) == len(model)
    # One page as large as the list is the list; one row fewer says more follow.
    whole = followup_list(ctx, SALES, TODAY, limit=len(model))
    assert [row.key for row in whole.rows] == [key for _, key, _ in model] and not whole.more
    if len(model) > 1:
        assert followup_list(ctx, SALES, TODAY, limit=len(model) - 1).more


def test_a_page_size_out_of_range_is_refused(ctx: AppContext) -> None:
    for limit in (0, -1, MAX_PAGE + 1):
        with pytest.raises(UseCaseError) as refused:
            followup_list(ctx, SALES, TODAY, limit=limit)
        assert refused.value.code is ErrorCode.LIMIT_INVALID
