from __future__ import annotations

import json

from desktop.app.interchange.export import export_document
from desktop.app.interchange.load import import_document
from desktop.bootstrap import AppContext
from tests.conftest import ROOT
from tests.support.actors import TEST_ADMIN


def test_spec_example_imports_and_exports(ctx: AppContext) -> None:
    raw = (ROOT / "tests/support/spec_example.json").read_bytes()
    summary = import_document(ctx, TEST_ADMIN, raw, "spec")
    assert (summary.customers, summary.services, summary.cards) == (1, 2, 1)
    exported = export_document(ctx, TEST_ADMIN)
    card = exported["customers"][0]["cards"][0]
    assert card["last4"] == "4242" and "number" not in card
    assert "4242424242424242" not in json.dumps(exported)
