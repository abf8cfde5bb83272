"""Runs one command: builds the context, calls the use case, prints, and turns refusals into a clear
message on standard error and exit code 2 (1 when the program itself could not do its work)."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import io
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError, OperationalError

from desktop import this_computer
from desktop.app import finance_export
from desktop.app.actor import Permission, require
from desktop.app.config import all_settings, get_setting, set_secret, set_setting
from desktop.app.desk import Desk
from desktop.app.due_checks import run_due_checks
from desktop.app.errors import UseCaseError
from desktop.app.export_files import checked_target, whole_file
from desktop.app.finance import upcoming_charges
from desktop.app.identity import headless_actor, may_create_first_admin, os_login
from desktop.app.interchange.demo import load_demo
from desktop.app.interchange.export import export_chunks
from desktop.app.interchange.load import MAX_IMPORT_BYTES, ImportSummary, import_document
from desktop.app.interchange.problems import ImportRefused, Problem
from desktop.app.interchange.problems import describe as describe_problem
from desktop.app.ledger import gateway_ledger
from desktop.app.signing_key import init_signing_key
from desktop.app.staff import add_staff, create_first_admin_for_login, link_os_user
from desktop.bootstrap import AppContext, build_context
from desktop.cli import outbox_commands, recurring_commands
from desktop.cli.areas import area_handlers, lazy_entries
from desktop.cli.messages import describe, problem_count
from desktop.core.codes import ErrorCode
from desktop.secrets import SecretsUnavailable
from desktop.store.engine import DatabaseUrlError
from desktop.store.recognition import DatabaseRefused

Handler = Callable[[AppContext, argparse.Namespace], int]


def _database_url(value: str | None) -> str | None:
    if value is not None and "\x00" in value:
        raise DatabaseUrlError("the database URL contains a NUL character")
    if value is None or "://" in value:
        return value
    if value.startswith(("//", "\\\\")):
        # A network share path, kept as written: resolving it would turn //server/share into a
        # local /server/share and slip past the network-share refusal of the engine.
        return f"sqlite:///{value}"
    return f"sqlite:///{Path(value).expanduser().resolve()}"  # a plain path is a SQLite file


def _fail(message: str, code: int = 2) -> int:
    print(f"renewdesk: {message}", file=sys.stderr)
    return code


def _one_line(error: object) -> str:
    """A driver's message on one line: psycopg adds a second, tab-indented hint line."""
    return " ".join(str(error).split())


def _driver_message(error: DBAPIError) -> str:
    """The driver's first line only: PostgreSQL's DETAIL lines quote the row's values (customer data),
    and SQLAlchemy's own text adds the statement and its parameters."""
    original = error.orig
    diag = getattr(original, "diag", None)
    primary = getattr(diag, "message_primary", None) if diag is not None else None
    first = primary or (str(original).splitlines() or [""])[0]
    return f"{type(original).__name__}: {first}" if first else type(original).__name__


def _gui(ctx: AppContext, args: argparse.Namespace) -> int:
    from desktop.ui.launcher import run_gui  # Qt is loaded only for the windows

    return run_gui(Desk(ctx))


def _screenshot(ctx: AppContext, args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.launcher import screenshot

    actor = headless_actor(ctx, "screenshot")
    screenshot(Desk(ctx, actor), args.view, args.customer, args.lang, Path(args.out))
    print(f"wrote {args.out}")
    return 0


def _read_secret_input(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    text = sys.stdin.read()
    return text[:-1] if text.endswith("\n") else text


def _summary(summary: ImportSummary) -> str:
    return (
        f"imported {summary.customers} customers, {summary.contacts} contacts, {summary.cards} cards, "
        f"{summary.services} services, {summary.orders} orders, {summary.prices} prices"
    )


def _read_import_file(name: str) -> bytes:
    """One byte more than an import may have, at most: /dev/zero or a runaway pipe would otherwise
    fill the memory."""
    if name == "-":
        return sys.stdin.buffer.read(MAX_IMPORT_BYTES + 1)
    with open(name, "rb") as stream:
        return stream.read(MAX_IMPORT_BYTES + 1)


def _import(ctx: AppContext, args: argparse.Namespace) -> int:
    actor = headless_actor(ctx, "import")
    source = "-" if args.file == "-" else str(Path(args.file))
    try:
        raw = _read_import_file(args.file)
    except OSError as exc:
        return _fail(f"cannot read {args.file}: {exc.strerror}")
    if len(raw) > MAX_IMPORT_BYTES:
        raise ImportRefused([Problem("$", "file_too_large", {"most": MAX_IMPORT_BYTES})])
    print(_summary(import_document(ctx, actor, raw, source)))
    return 0


def _export(ctx: AppContext, args: argparse.Namespace) -> int:
    actor = headless_actor(ctx, "export")
    if args.out:
        # A cut-off export never stands in for a whole one, and a refused one leaves no file.
        with whole_file(checked_target(args.out)) as partial, partial.open("w", encoding="utf-8") as handle:
            for chunk in export_chunks(ctx, actor):
                handle.write(chunk)
        return 0
    for chunk in export_chunks(ctx, actor):
        sys.stdout.write(chunk)
    return 0


def _demo(ctx: AppContext, args: argparse.Namespace) -> int:
    summary = load_demo(
        ctx,
        headless_actor(ctx, "demo"),
        customers=args.customers,
        services_per_customer=args.services_per_customer,
        seed=args.seed,
    )
    print(_summary(summary).replace("imported", "demo data:", 1))
    return 0


def _config(ctx: AppContext, args: argparse.Namespace) -> int:
    actor = headless_actor(ctx, f"config {args.config_command}")
    if args.config_command == "set":
        print(f"{args.key} = {set_setting(ctx, actor, args.key, args.value)}")
    elif args.config_command == "get":
        print(get_setting(ctx, actor, args.key))
    elif args.config_command == "list":
        for key, value in all_settings(ctx, actor).items():
            print(f"{key} = {value}")
    elif args.config_command == "init-signing-key":
        init_signing_key(ctx, actor)
        print(
            "made the link-signing key: it is kept in this workstation's keyring and its fingerprint "
            "in the database; give the same key to every other workstation with "
            "`python main.py config set-secret links.signing_key`"
        )
    else:
        set_secret(ctx, actor, args.key, _read_secret_input(f"{args.key}: "))
        print(f"{args.key} is kept in the keyring")
    return 0


def _staff(ctx: AppContext, args: argparse.Namespace) -> int:
    if args.staff_command == "link":
        member = link_os_user(ctx, headless_actor(ctx, "staff link"), args.name, args.os_user)
        if member.os_user is None:
            print(f"{member.name} is linked to no login")
        else:
            print(f"{member.name} is linked to the login {member.os_user}")
        return 0
    if may_create_first_admin(ctx):
        # R35: on a database with no staff, the first admin, linked to the login that runs this.
        login = os_login()
        if args.role != "admin":
            raise UseCaseError(ErrorCode.FIRST_STAFF_ADMIN, login=login, role=args.role)
        password = _read_secret_input(f"password for {args.name}: ")
        member = create_first_admin_for_login(ctx, login, args.name, password)
        print(f"added {member.name} ({member.role.value}), the first admin, linked to the login {login}")
        return 0
    actor = headless_actor(ctx, "staff add")
    password = _read_secret_input(f"password for {args.name}: ")
    member = add_staff(ctx, actor, args.name, args.role, password)
    print(f"added {member.name} ({member.role.value})")
    return 0


def _gateway(ctx: AppContext, args: argparse.Namespace) -> int:
    entries = gateway_ledger(ctx, headless_actor(ctx, "gateway ledger"))
    if args.json:
        print(json.dumps(entries, ensure_ascii=False, indent=1))
        return 0
    columns = (
        "at",
        "kind",
        "outcome",
        "answer",
        "amount",
        "currency",
        "installments",
        "last4",
        "service",
        "due",
        "key",
    )
    _print_table(entries, columns)
    print(f"{len(entries)} gateway calls")
    return 0


def _due_run(ctx: AppContext, args: argparse.Namespace) -> int:
    # Any login may run the due checks as the scheduler, for the real today. Another day is an
    # admin's tool: a run dated ahead would charge early and leave today's cycles behind for good.
    actor = headless_actor(ctx, "due-run" if args.today is None else "due-run --today")
    if args.today is not None:
        require(actor, Permission.RUN_DUE_CHECKS)
    report = run_due_checks(ctx, actor, ctx.today())
    events = [event.as_json() for event in report.due.events]
    if args.json:
        print(
            json.dumps(
                {"today": report.due.today.isoformat(), "events": events}, ensure_ascii=False, indent=1
            )
        )
    else:
        _print_table(
            events, ("type", "customer", "service", "due", "amount", "currency", "installments", "reason")
        )
        print(f"{len(events)} events for {report.due.today.isoformat()}; e-mails sent: {report.mail.sent}")
    for problem in [*report.due.problems, *report.mail.errors]:
        print(f"renewdesk: left for a later run: {problem}", file=sys.stderr)
    if report.mail.failed:
        print(
            f"renewdesk: {report.mail.failed} e-mails could not be sent yet; they are failing and are "
            "tried again later (see `outbox list --state failing`)",
            file=sys.stderr,
        )
    if report.mail.given_up:
        print(
            f"renewdesk: {report.mail.given_up} e-mails were given up after mail.give_up_days of failures "
            "(see `outbox list --state given_up`)",
            file=sys.stderr,
        )
    return 0


def _print_table(entries: list[dict[str, Any]], columns: tuple[str, ...]) -> None:
    rows = [
        [str(entry.get(column) if entry.get(column) is not None else "") for column in columns]
        for entry in entries
    ]
    widths = [max([len(column), *(len(row[i]) for row in rows)]) for i, column in enumerate(columns)]
    print("  ".join(column.ljust(width) for column, width in zip(columns, widths, strict=True)).rstrip())
    for row in rows:
        print("  ".join(value.ljust(width) for value, width in zip(row, widths, strict=True)).rstrip())


def _upcoming(ctx: AppContext, args: argparse.Namespace) -> int:
    if args.format == "xlsx" and not args.out:
        return _fail("--format xlsx writes a file: give it with --out FILE.xlsx")
    target = checked_target(args.out) if args.out else None  # refused before the work, not after
    forecast = upcoming_charges(ctx, headless_actor(ctx, "upcoming"), ctx.today(), args.days)
    if args.format == "xlsx":
        assert target is not None
        with whole_file(target) as partial:
            finance_export.write_xlsx(forecast, str(partial))
        return 0
    if args.format == "json":
        text = json.dumps(finance_export.as_json(forecast), ensure_ascii=False, indent=1) + "\n"
    elif args.format == "csv":
        buffer = io.StringIO()
        finance_export.write_csv(forecast, buffer)
        text = buffer.getvalue()
    else:
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            rows = [
                {**record, "risks": ",".join(record["risks"])} for record in finance_export.records(forecast)
            ]
            _print_table(
                rows,
                (
                    "charge_date",
                    "customer",
                    "service",
                    "amount",
                    "currency",
                    "installments",
                    "card_last4",
                    "card_expiry",
                    "billing_contact",
                    "risks",
                ),
            )
            for total in finance_export.totals(forecast):
                print(f"{total['date']}  {total['currency']}  {total['amount']}  at risk {total['at_risk']}")
        text = buffer.getvalue()
    if target is not None:
        # UTF-8 with a BOM for CSV, so that spreadsheet programs read Hebrew names right.
        with whole_file(target) as partial:
            partial.write_text(text, encoding="utf-8-sig" if args.format == "csv" else "utf-8")
    else:
        sys.stdout.write(text)
    return 0


def _outbox(ctx: AppContext, args: argparse.Namespace) -> int:
    return outbox_commands.run(ctx, headless_actor(ctx, f"outbox {args.outbox_command}"), args)


HANDLERS: dict[str, Handler] = {
    "import": _import,
    "export": _export,
    "demo": _demo,
    "config": _config,
    "staff": _staff,
    "gateway": _gateway,
    "due-run": _due_run,
    "outbox": _outbox,
    "recurring": recurring_commands.recurring,
    "service": recurring_commands.service,
    "upcoming": _upcoming,
    "gui": _gui,
    "screenshot": _screenshot,
    **area_handlers(),
}


def dispatch(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    command = args.command or "gui"
    if command == "gui" and not this_computer.has_display():
        return _fail(
            "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); "
            "run it in a desktop session, or use the commands of `python main.py --help`"
        )
    entry = lazy_entries().get(command)
    if entry is not None and not entry.context:
        return _guarded(lambda: entry.handler()(args))
    try:
        seed = args.seed if command == "demo" else None
        ctx = build_context(_database_url(args.db), args.today, sandbox_seed=seed)
    except DatabaseUrlError as exc:
        return _fail(str(exc))
    except DatabaseRefused as exc:
        return _fail(str(exc), 1)
    except OperationalError as exc:
        return _fail(f"cannot open the database: {_one_line(exc.orig)}", 1)
    except DBAPIError as exc:
        return _fail(f"cannot read the database: {_driver_message(exc)}", 1)
    try:
        handler = entry.handler() if entry is not None else HANDLERS[command]
        return _guarded(lambda: handler(ctx, args))
    finally:
        ctx.close()


def _guarded(run: Callable[[], int]) -> int:
    """Runs a handler; a refusal becomes its message and exit code 2, a database failure 1."""
    try:
        return run()
    except ImportRefused as exc:
        print(
            f"renewdesk: the file was refused, nothing was changed ({problem_count(len(exc.problems))}):",
            file=sys.stderr,
        )
        for problem in exc.problems:
            print(f"  {describe_problem(problem)}", file=sys.stderr)
        return 2
    except UseCaseError as exc:
        return _fail(describe(exc))
    except SecretsUnavailable as exc:
        return _fail(str(exc))
    except OperationalError as exc:
        return _fail(f"the database failed: {_one_line(exc.orig)}", 1)
    except DBAPIError as exc:
        # A damaged file read half-way, or a write the database refused: loud, never an empty answer.
        return _fail(f"the database could not do this: {_driver_message(exc)}", 1)
