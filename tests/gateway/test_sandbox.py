"""The built-in sandbox gateway (SPEC "The sandbox gateway", R17, R20)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import func, select, text

from desktop.bootstrap import AppContext, build_context
from desktop.core.money import Money
from desktop.gateway.errors import CardRejected, GatewayTimeout
from desktop.gateway.protocol import CallContext, ChargeStatus
from desktop.gateway.sandbox import SandboxGateway, ledger
from desktop.secrets import KeyringSecretStore
from desktop.store import migrate
from desktop.store.engine import make_engine
from desktop.store.models import SettingRow
from tests.support import postgres

PRICE = Money(5900, "ILS")
GOOD = ("4242424242424242", "5555555555554444")


def call(last4: str = "4242") -> CallContext:
    return CallContext(card_last4=last4, service="levi.co.il", due=date(2026, 12, 1))


def token_of(gateway: SandboxGateway, number: str) -> str:
    return gateway.tokenize(number, 12, 2030, "Dana Levi").token


def ledger_rows(gateway: SandboxGateway, kind: str, key: str) -> list[dict[str, object]]:
    return [entry for entry in gateway.entries() if entry["kind"] == kind and entry["key"] == key]


@pytest.mark.parametrize(
    "number",
    [
        "4242424242424241",
        "1234567890123456",
        "4242",
        "4242-4242-4242-424x",
        "",
        "４２４２４２４２４２４２４２４２",
    ],
)
def test_tokenize_refuses_a_number_that_fails_luhn(ctx: AppContext, number: str) -> None:
    with pytest.raises(CardRejected):
        ctx.gateway.tokenize(number, 12, 2030, "Dana Levi")
    assert ctx.gateway.entries() == []


@pytest.mark.parametrize(
    ("number", "brand"),
    [
        ("4242424242424242", "visa"),
        ("4242 4242 4242 4242", "visa"),
        ("5555-5555-5555-4444", "mastercard"),
        ("4000000000000002", "visa"),
        ("4000000000000341", "visa"),
        ("4000000000000119", "visa"),
        ("378282246310005", "amex"),
    ],
)
def test_tokenize_never_returns_the_full_number(ctx: AppContext, number: str, brand: str) -> None:
    digits = number.replace(" ", "").replace("-", "")
    result = ctx.gateway.tokenize(number, 12, 2030, "Dana Levi")
    assert result.last4 == digits[-4:]
    assert result.brand == brand
    assert digits not in repr(result)
    assert digits[:12] not in result.token
    assert digits[-8:] not in result.token  # more than the last 4 digits never leak


def test_two_tokens_of_one_number_differ(ctx: AppContext) -> None:
    assert token_of(ctx.gateway, GOOD[0]) != token_of(ctx.gateway, GOOD[0])


@pytest.mark.parametrize(
    ("number", "verified", "charged"),
    [
        ("4242424242424242", True, ChargeStatus.SUCCEEDED),
        ("5555555555554444", True, ChargeStatus.SUCCEEDED),
        ("4000000000000002", False, ChargeStatus.DECLINED),
        ("4000000000000341", True, ChargeStatus.DECLINED),
        ("4111111111111111", True, ChargeStatus.SUCCEEDED),  # any other Luhn-valid number
    ],
)
def test_verification_and_charge_follow_the_test_card_table(
    ctx: AppContext, number: str, verified: bool, charged: ChargeStatus
) -> None:
    gateway = ctx.gateway
    token = token_of(gateway, number)
    verification = gateway.verify(token, key="v-1", context=call(number[-4:]))
    assert verification.ok is verified
    assert verification.reason == (None if verified else "card_declined")

    result = gateway.charge(token, PRICE, 3, key="c-1", context=call(number[-4:]))
    assert result.status is charged
    assert result.key == "c-1"
    assert (result.amount, result.installments) == (PRICE, 3)
    assert result.reason == (None if charged is ChargeStatus.SUCCEEDED else "card_declined")
    assert gateway.lookup("c-1") == result

    entries = gateway.entries()
    assert [(e["kind"], e["key"], e["outcome"]) for e in entries] == [
        ("verify", "v-1", "succeeded" if verified else "declined"),
        ("charge", "c-1", charged.value),
    ]
    charge = entries[1]
    assert (charge["amount"], charge["currency"], charge["installments"]) == ("59.00", "ILS", 3)
    assert charge["last4"] == number[-4:]
    assert number not in repr(entries)


def test_the_timeout_card_charges_once_then_answers_by_its_key(ctx: AppContext) -> None:
    gateway = ctx.gateway
    token = token_of(gateway, "4000000000000119")
    assert gateway.verify(token, key="v-119", context=call("0119")).ok

    with pytest.raises(GatewayTimeout):
        gateway.charge(token, PRICE, 1, key="cycle-7/1", context=call("0119"))

    [row] = ledger_rows(gateway, "charge", "cycle-7/1")
    assert (row["outcome"], row["answer"], row["amount"]) == ("succeeded", "timeout", "59.00")

    found = gateway.lookup("cycle-7/1")
    assert found is not None
    assert found.status is ChargeStatus.SUCCEEDED
    assert found.reference == row["reference"]

    again = gateway.charge(token, PRICE, 1, key="cycle-7/1", context=call("0119"))
    assert again == found
    assert len(ledger_rows(gateway, "charge", "cycle-7/1")) == 1

    # another cycle of the same card times out again: it is the first call with that key
    with pytest.raises(GatewayTimeout):
        gateway.charge(token, PRICE, 1, key="cycle-7/2", context=call("0119"))


def test_a_token_from_elsewhere_behaves_as_a_good_card(ctx: AppContext) -> None:
    gateway = ctx.gateway
    assert gateway.verify("tok_other_123", key="v-o", context=call("1881")).ok
    result = gateway.charge("tok_other_123", PRICE, 1, key="c-o", context=call("1881"))
    assert result.status is ChargeStatus.SUCCEEDED
    assert [e["last4"] for e in gateway.entries()] == ["1881", "1881"]
    # a token that only looks like ours is still a token from elsewhere
    odd = gateway.charge("tok_sbx_nonsense_1_2", PRICE, 1, key="c-odd", context=call("0000"))
    assert odd.status is ChargeStatus.SUCCEEDED


@pytest.mark.parametrize("number", ["4242424242424242", "4000000000000341"])
def test_charging_twice_with_one_key_makes_one_charge(ctx: AppContext, number: str) -> None:
    gateway = ctx.gateway
    token = token_of(gateway, number)
    first = gateway.charge(token, PRICE, 1, key="once", context=call(number[-4:]))
    second = gateway.charge(token, Money(100, "ILS"), 2, key="once", context=call(number[-4:]))
    assert second == first  # the first call's answer, whatever the second asked for
    assert len(ledger_rows(gateway, "charge", "once")) == 1


def test_lookup_of_a_key_never_charged_is_none(ctx: AppContext) -> None:
    token = token_of(ctx.gateway, GOOD[0])
    ctx.gateway.verify(token, key="only-verified", context=call())
    assert ctx.gateway.lookup("only-verified") is None
    assert ctx.gateway.lookup("never") is None


def test_a_sandbox_on_its_own_engine_shares_the_ledger(db_url: str) -> None:
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    other_engine = make_engine(db_url)
    try:
        one, two = SandboxGateway(engine), SandboxGateway(other_engine)
        token = token_of(one, GOOD[1])
        first = one.charge(token, PRICE, 1, key="shared", context=call("4444"))
        assert two.lookup("shared") == first
        assert two.charge(token, PRICE, 1, key="shared", context=call("4444")) == first
        assert len(two.entries()) == 1
    finally:
        engine.dispose()
        other_engine.dispose()


def test_the_ledger_survives_a_main_transaction_that_rolls_back(ctx: AppContext) -> None:
    gateway = ctx.gateway
    token = token_of(gateway, GOOD[0])
    before = gateway.charge(token, PRICE, 1, key="before-crash", context=call())
    with pytest.raises(RuntimeError, match="crash"), ctx.db.transaction() as session:
        # The session has no connection yet, so even on SQLite the gateway's own write goes through.
        during = gateway.charge(token, PRICE, 1, key="during-crash", context=call())
        session.add(
            SettingRow(key="company.name", value="half done", updated_at=ctx.clock.now(), updated_by="t")
        )
        session.flush()
        raise RuntimeError("crash between the gateway's answer and the commit")

    with ctx.db.reading() as session:
        assert session.get(SettingRow, "company.name") is None
    assert gateway.lookup("before-crash") == before
    assert gateway.lookup("during-crash") == during
    assert [e["key"] for e in gateway.entries()] == ["before-crash", "during-crash"]


@pytest.fixture
def pg_ctx(pg_server: postgres.PgServer) -> Iterator[AppContext]:
    context = build_context(
        pg_server.url(pg_server.create_database()), secrets=KeyringSecretStore(), sandbox_seed=3
    )
    yield context
    context.close()


@pytest.mark.postgres
def test_on_postgresql_the_ledger_row_is_visible_while_a_main_transaction_is_open(
    pg_ctx: AppContext,
) -> None:
    gateway = pg_ctx.gateway
    token = token_of(gateway, GOOD[0])
    watcher = make_engine(str(pg_ctx.db.engine.url.render_as_string(hide_password=False)))
    try:
        with pytest.raises(RuntimeError, match="crash"), pg_ctx.db.transaction() as session:
            session.add(
                SettingRow(key="company.name", value="open", updated_at=pg_ctx.clock.now(), updated_by="t")
            )
            session.flush()  # the main transaction now holds a connection and an uncommitted row
            result = gateway.charge(token, PRICE, 1, key="open-tx", context=call())
            with watcher.connect() as connection:
                seen = connection.execute(
                    select(ledger.c.outcome).where(ledger.c.key == "open-tx")
                ).scalar_one()
                uncommitted = connection.execute(
                    text("SELECT count(*) FROM settings WHERE key = 'company.name'")
                ).scalar_one()
            assert seen == "succeeded"
            assert uncommitted == 0  # the program's own write is not visible yet
            raise RuntimeError("crash before the commit")
        with watcher.connect() as connection:
            count = connection.execute(
                select(func.count()).select_from(ledger).where(ledger.c.key == "open-tx")
            ).scalar_one()
        assert count == 1
        assert gateway.lookup("open-tx") == result
        with pg_ctx.db.reading() as reading:
            assert reading.get(SettingRow, "company.name") is None
    finally:
        watcher.dispose()
