"""A card charge whose answer was never written is listed first by `followup`; `proforma settle NUMBER`
asks the gateway and, the services gone meanwhile, says the money is received and not applied;
`followup` lists it first, and `proforma refund NUMBER` gives it back once."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import delete

from desktop.app.payments import PaymentRequest, record_payment
from desktop.app.proformas import issue_proformas
from desktop.bootstrap import build_context
from desktop.core.clock import ManualClock
from desktop.core.codes import PaymentMethod
from desktop.store.models import Service
from tests.app.helpers import SALES, card_id, customer_id, service_id
from tests.conftest import Cli
from tests.jobs.helpers import card, customer, document, hosting
from tests.support.gateway_crash import dead_after


def test_a_charge_settled_not_applied_is_listed_and_refunded_once(sqlite_cli: Cli, tmp_path: Path) -> None:
    cli = sqlite_cli
    path = tmp_path / "dana.json"
    site = hosting("s2", "levi-site", date(2027, 6, 1), period=24, installments=5)
    path.write_text(json.dumps(document([customer("dana", [site], cards=[card("v1")])])), encoding="utf-8")
    assert cli("import", str(path)).returncode == 0
    ctx = build_context(cli.db, clock=ManualClock(datetime(2026, 11, 24, 9, tzinfo=UTC)), sandbox_seed=3)
    try:
        [proforma] = issue_proformas(ctx, SALES, customer_id(ctx, "dana"), [service_id(ctx, "levi-site")])
        number = proforma.number
        request = PaymentRequest(PaymentMethod.CARD, card_id=card_id(ctx, "dana", "v1"))
        with dead_after(ctx):
            record_payment(ctx, SALES, number, request)
        with ctx.db.transaction() as session:  # removed meanwhile, by another way
            session.execute(delete(Service).where(Service.name == "levi-site"))
    finally:
        ctx.close()

    listed = json.loads(cli("followup", "--json").stdout)
    assert listed["rows"][0]["kind"] == "payment_unknown" and listed["rows"][0]["actions"] == ["settle"]
    settled = cli("proforma", "settle", str(number))  # asks the gateway; charges nothing
    assert settled.returncode != 0
    assert "was charged" in settled.stderr and f"`proforma refund {number}`" in settled.stderr

    listed = json.loads(cli("followup", "--json").stdout)
    first = listed["rows"][0]
    assert (first["kind"], first["proforma"], first["actions"]) == ("money_not_applied", number, ["refund"])
    assert first["card_last4"] == "4242" and listed["counts"]["money_not_applied"] == 1

    refunded = cli("proforma", "refund", str(number))
    assert refunded.returncode == 0, refunded.stderr
    assert f"proforma {number}: " in refunded.stdout and "refunded to the card ending 4242" in refunded.stdout
    again = cli("proforma", "refund", str(number))
    assert again.returncode != 0 and "no card charge received and not applied" in again.stderr
    assert json.loads(cli("followup", "--json").stdout)["counts"]["money_not_applied"] == 0
    ledger = cli("gateway", "ledger", "--json")
    assert ledger.returncode == 0, ledger.stderr
    kinds = [row["kind"] for row in json.loads(ledger.stdout)]
    assert kinds.count("charge") == 1 and kinds.count("refund") == 1, "charged once, refunded once"
