"""Sales window speed (issue 5), figures printed, never a timed test: an account with 50,000 domains
shown in the table, sorted and scrolled; Recurring All on those 50,000; customer search over 100,000
customers.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/sales_window.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import insert

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import NoSecrets, add_com_price, add_domain_account  # noqa: E402
from desktop.app.actor import Actor, Role  # noqa: E402
from desktop.app.customer_search import search_customers  # noqa: E402
from desktop.app.customers import load_account  # noqa: E402
from desktop.app.desk import Desk  # noqa: E402
from desktop.app.recurring import enable_recurring  # noqa: E402
from desktop.bootstrap import build_context  # noqa: E402
from desktop.core.search_text import address_key, name_key  # noqa: E402
from desktop.store.models import Customer  # noqa: E402

CUSTOMERS = 100_000
BIG_ACCOUNT = 50_000
FIRST = ["Dana", "Yossi", "Maria", "José", "Emma", "Oliver", "דנה", "יוסי", "Núñez", "Lucía"]
LAST = ["Levi", "Cohen", "García", "Peña", "Smith", "Brown", "לוי", "כהן", "Ortega", "Wood"]


def build(url: str) -> None:
    ctx = build_context(url, secrets=NoSecrets())
    now, start = datetime.now(UTC), date(2027, 1, 1)
    with ctx.db.transaction() as session:
        add_com_price(session)
        rows = []
        for i in range(1, CUSTOMERS + 1):
            name = f"{FIRST[i % 10]} {LAST[(i // 10) % 10]} {i}"
            rows.append(
                {
                    "id": i,
                    "ref": f"c{i}",
                    "name": name,
                    "email": f"c{i}@example.com",
                    "phone": f"+972-50-{i:07d}",
                    "language": "en",
                    "currency": "USD",
                    "search_name": name_key(name),
                    "search_email": address_key(f"c{i}@example.com"),
                    "created_at": now,
                }
            )
        session.execute(insert(Customer), rows)
        add_domain_account(
            session,
            now=now,
            start=start,
            ids=range(1, BIG_ACCOUNT + 1),
            customer_of=lambda i: 1,
            holder="Dana Levi 1",
        )
    ctx.close()


def timed(label: str, work: object) -> object:
    started = time.perf_counter()
    result = work()  # type: ignore[operator]
    print(f"{label:<72} {1000 * (time.perf_counter() - started):9.1f} ms")
    return result


def main() -> None:
    from PySide6.QtCore import Qt

    from desktop.ui.application import application, install_language
    from desktop.ui.customers.services_model import Column, prepare_table
    from desktop.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'sales.sqlite3'}"
        started = time.perf_counter()
        build(url)
        elapsed = time.perf_counter() - started
        print(f"built {CUSTOMERS} customers, one with {BIG_ACCOUNT} domains: {elapsed:.0f} s")
        ctx = build_context(url, secrets=NoSecrets())
        workspace = Desk(ctx, Actor("bench", Role.SALES))
        queries = ("dana", "site-49999", "c77777@", "5012345", "לוי", "núñez", "nunez", "levi dana", "zzz")
        # Addresses and domains folded too, a domain by its end or a label, and searches as broad as can be.
        queries += ("C77777@Example.COM", "jóse", "49999.com", "site", "00001", ".com", "example.com", "e")
        for query in queries:
            timed(
                f"search {query!r} over {CUSTOMERS} customers",
                lambda q=query: workspace.call(search_customers, q),
            )
        app = application()
        install_language(app, "en")
        window = MainWindow(workspace)
        window.show()
        window.tasks.wait()
        account = timed("load the 50,000-domain account (use case)", lambda: workspace.call(load_account, 1))
        timed(
            "show it in the table (model and view)",
            lambda: (window.show_account(account), app.processEvents()),  # type: ignore[arg-type]
        )
        prepared = timed(
            "  of which: preparing its rows (the window does it off the GUI thread)",
            lambda: prepare_table(account),
        )  # type: ignore[arg-type]
        timed(
            "  and on the GUI thread: showing the prepared rows",
            lambda: (window.show_account(account, prepared), app.processEvents()),
        )  # type: ignore[arg-type]
        view = window.account_panel.table
        for column in (Column.EXPIRES, Column.NAME, Column.NEXT_CHARGE):
            timed(
                f"sort by {column.name.lower()}",
                lambda c=column: (view.sortByColumn(c, Qt.SortOrder.DescendingOrder), app.processEvents()),
            )
        timed(
            "scroll to the end and back",
            lambda: (view.scrollToBottom(), app.processEvents(), view.scrollToTop(), app.processEvents()),
        )
        ids = [service.id for service in account.services]  # type: ignore[attr-defined]
        timed(
            "Recurring All on 50,000 domains, committed",
            lambda: workspace.call(enable_recurring, 1, ids, card_id=1),
        )
        window.close()
        ctx.close()


if __name__ == "__main__":
    main()
