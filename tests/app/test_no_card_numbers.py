"""R20 after cards typed by staff (R38): no full card number anywhere the program writes, looked for in
the bytes themselves: the SQLite file (and its journal), the export, the audit log, the program's log
records, a crash report, and what the commands print; cards typed in the window and on the command
line, accepted, declined by the gateway and refused as mistyped."""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app.interchange.export import export_document
from desktop.bootstrap import AppContext
from desktop.ui.customers.card_dialogs import AddCardDialog
from desktop.ui.customers.cards_tab import CardsTab
from tests.app.helpers import ADMIN, SALES, audit_rows
from tests.cli.helpers import every_row_as_text
from tests.conftest import Cli
from tests.ui.accounts import load_all
from tests.ui.conftest import (  # noqa: F401  the window tests' fixtures, for the window's test here
    WindowFactory,
    collector,
    english,
    make_window,
    message_boxes,
    qt_settings,
    sctx,
)
from tests.ui.driving import open_account, while_modal

TYPED = ("5555555555554444", "4000000000000341", "4000000000000002", "4242424242424241")


def _spellings(number: str) -> list[bytes]:
    """The number as stored by mistake could be: whole, in groups of four, as UTF-16 (SQLite may)."""
    grouped = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    return [
        text.encode(encoding)
        for text in (number, grouped, grouped.replace(" ", "-"))
        for encoding in ("utf-8", "utf-16-le")
    ]


def _found_in(data: bytes) -> list[str]:
    return [number for number in TYPED if any(spelling in data for spelling in _spellings(number))]


def _files(folder: Path) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file())


# -- the command line --------------------------------------------------------------------------------


def _document() -> dict[str, Any]:
    return {
        "format": "renewdesk/1",
        "price_list": [
            {"kind": "domain", "item": ".co.il", "period_months": 12, "price": "59.00", "currency": "ILS"}
        ],
        "customers": [
            {
                "ref": "cust-1",
                "name": "Dana Levi",
                "email": "dana@example.com",
                "language": "en",
                "currency": "ILS",
                "contacts": [],
                "cards": [
                    {
                        "ref": "v1",
                        "token": "tok_elsewhere_1",
                        "brand": "visa",
                        "last4": "1111",
                        "exp_month": 12,
                        "exp_year": 2030,
                        "holder": "Dana Levi",
                    }
                ],
                "services": [
                    {
                        "ref": "s1",
                        "kind": "domain",
                        "name": "levi.co.il",
                        "expires_on": "2027-03-01",
                        "period_months": 12,
                        "auto_renew": {"enabled": True, "card": "v1"},
                    }
                ],
                "orders": [],
            }
        ],
    }


def test_cards_typed_on_the_command_line_leave_no_number_anywhere(sqlite_cli: Cli, tmp_path: Path) -> None:
    state = tmp_path / "state"  # the crash log's folder (platformdirs: XDG_STATE_HOME)
    env = {"XDG_STATE_HOME": str(state), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    source = tmp_path / "doc.json"
    source.write_text(json.dumps(_document()), encoding="utf-8")
    printed = []
    done = sqlite_cli("import", str(source), env=env)
    assert done.returncode == 0, done.stderr
    codes = []
    for number in TYPED:
        run = sqlite_cli(
            "card", "add", "cust-1", "--holder", "Dana Levi", "--exp", "09/2029", stdin=number + "\n", env=env
        )
        codes.append(run.returncode)
        printed += [run.stdout, run.stderr]
    assert codes == [0, 0, 2, 2]  # accepted, accepted, declined by the gateway, mistyped
    replaced = sqlite_cli("card", "replace", "cust-1", "v1", "V-1", env=env)
    assert replaced.returncode == 0, replaced.stderr
    exported = sqlite_cli("export", env=env)
    assert exported.returncode == 0, exported.stderr
    printed += [exported.stdout, replaced.stdout]
    # The database fails the insert of the card in a way nobody foresaw: its message is printed.
    database = Path(sqlite_cli.db.removeprefix("sqlite:///"))
    with sqlite3.connect(database) as connection:
        connection.execute(
            "CREATE TRIGGER boom BEFORE INSERT ON cards BEGIN INSERT INTO no_such_table VALUES (1); END"
        )
    crashed = sqlite_cli(
        "card", "add", "cust-1", "--holder", "Dana Levi", "--exp", "09/2029", stdin=TYPED[0], env=env
    )
    assert crashed.returncode == 1 and "the database failed" in crashed.stderr, crashed.stderr
    printed += [crashed.stdout, crashed.stderr]

    assert _found_in("".join(printed).encode()) == []
    assert _found_in(_files(database.parent)) == []  # the database, its journal, the keyring, the logs
    assert _found_in(_files(state)) == []
    assert _found_in(every_row_as_text(sqlite_cli.db).encode()) == []
    assert "4444" in exported.stdout  # the card is there, by its last 4


# -- the window --------------------------------------------------------------------------------------


def test_cards_typed_in_the_window_leave_no_number_anywhere(
    qtbot: QtBot,
    sctx: AppContext,  # noqa: F811
    sqlite_url: str,
    make_window: WindowFactory,  # noqa: F811
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    load_all(sctx)
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "dana")
    tab = window.account_panel.findChild(CardsTab)
    assert isinstance(tab, CardsTab)
    window.account_panel.tabs.setCurrentWidget(tab)
    errors: list[str] = []

    for number in TYPED[:3]:  # two accepted, one declined (a mistyped one never leaves the field)

        def steps(dialog: AddCardDialog, number: str = number) -> None:
            dialog.entry.number.setText(number)
            dialog.entry.expiry.setText("09/2029")
            qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
            qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.error.isVisible(), timeout=20_000)
            if dialog.isVisible():
                errors.append(dialog.error.text())
                dialog.reject()

        while_modal(tab.add_card, AddCardDialog, steps)

    assert len(errors) == 1 and "refused" in errors[0]
    assert len(audit_rows(sctx, "card.added")) == 2
    exported = json.dumps(export_document(sctx, ADMIN))
    audit = json.dumps([(row.action, row.before, row.after) for row in audit_rows(sctx)])
    database = Path(sqlite_url.removeprefix("sqlite:///"))

    assert _found_in(exported.encode()) == []
    assert _found_in(audit.encode()) == []
    assert _found_in(caplog.text.encode()) == []
    assert _found_in(_files(database.parent)) == []
    assert _found_in(" ".join(errors).encode()) == []
    assert "4444" in exported and "0341" in exported
