"""The audit log browser (R22, R23): who did what, when, to which customer, with before and after;
filtered by who, what, customer and the company's days, paged newest first by id (a page costs the
same on the millionth row as on the first), with what each entry points at named as it is now (one
query per page), and exported to CSV whole or not at all."""

from __future__ import annotations

import csv
import json
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, distinct, func, or_, select

from desktop.app import audit
from desktop.app.actor import Actor, Permission, require
from desktop.app.audit_names import Names, name_all, references
from desktop.app.errors import UseCaseError
from desktop.app.export_files import ExportCancelled, checked_target, whole_file
from desktop.app.finance_export import safe_cell
from desktop.bootstrap import AppContext
from desktop.core.codes import ErrorCode
from desktop.core.refs import ref_key
from desktop.core.search_text import fold
from desktop.store.models import AuditEntry, Customer
from desktop.store.ref_match import ascii_lower

PAGE = 500
MOST_PER_PAGE = 5000
EXPORT_PAGE = 2000

CSV_COLUMNS = (
    "at",
    "actor",
    "action",
    "entity",
    "entity_id",
    "customer_ref",
    "customer_name",
    "before",
    "after",
    "workstation",  # last: added with R43, after the columns readers of older exports know
)


@dataclass(frozen=True)
class AuditFilter:
    """Empty text and None days mean "any". `action` ending in "." is a prefix ("auto_renew."),
    otherwise it is matched exactly. `customer` is found in the customer's reference or name, in any
    case. The days are the company's (settings: timezone), both included."""

    who: str = ""
    action: str = ""
    customer: str = ""
    first_day: date | None = None
    last_day: date | None = None

    def as_json(self) -> dict[str, str | None]:
        return {
            "who": self.who or None,
            "action": self.action or None,
            "customer": self.customer or None,
            "from": self.first_day.isoformat() if self.first_day else None,
            "to": self.last_day.isoformat() if self.last_day else None,
        }


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # aware, UTC
    actor: str
    action: str
    entity: str
    entity_id: str | None
    customer_id: int | None
    customer_ref: str | None
    customer_name: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    workstation: str | None = None  # where it was done (R43); None for entries from before names
    # What the entry points at, named as it is now; shared by the rows of one page. A thing deleted
    # since is missing from it.
    names: Names = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class AuditPage:
    rows: tuple[AuditRow, ...]
    more: bool

    @property
    def next_before_id(self) -> int | None:
        """What to pass as `before_id` for the next page; None when this was the last."""
        return self.rows[-1].id if self.more and self.rows else None


def _day_start(day: date, ctx: AppContext) -> datetime:
    """The UTC instant the company's `day` begins."""
    return datetime.combine(day, time(0), tzinfo=ctx.settings.zone).astimezone(UTC)


def _checked(audit_filter: AuditFilter) -> AuditFilter:
    first, last = audit_filter.first_day, audit_filter.last_day
    if first is not None and last is not None and first > last:
        raise UseCaseError(ErrorCode.AUDIT_RANGE_REVERSED, first=first.isoformat(), last=last.isoformat())
    return AuditFilter(
        who=audit_filter.who.strip(),
        action=audit_filter.action.strip(),
        customer=audit_filter.customer.strip(),
        first_day=first,
        last_day=last,
    )


def _conditions(ctx: AppContext, audit_filter: AuditFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if audit_filter.who:
        conditions.append(AuditEntry.actor == audit_filter.who)
    action = audit_filter.action
    if action.endswith("."):
        # LIKE rather than a range: a collation that skips punctuation would put "auto_renewal" in
        # the range of "auto_renew.".
        conditions.append(AuditEntry.action.startswith(action, autoescape=True))
    elif action:
        conditions.append(AuditEntry.action == action)
    if audit_filter.customer:
        text = audit_filter.customer
        # search_name is the name folded when it was stored; references case aside (core.refs).
        matching = select(Customer.id).where(
            or_(
                Customer.search_name.contains(fold(text), autoescape=True),
                ascii_lower(Customer.ref).contains(ref_key(text), autoescape=True),
            )
        )
        conditions.append(AuditEntry.customer_id.in_(matching))
    if audit_filter.first_day is not None:
        conditions.append(AuditEntry.at >= _day_start(audit_filter.first_day, ctx))
    if audit_filter.last_day is not None:
        conditions.append(AuditEntry.at < _day_start(audit_filter.last_day + timedelta(days=1), ctx))
    return conditions


def _rows_statement(
    conditions: list[ColumnElement[bool]], before_id: int | None, limit: int, after_id: int | None = None
) -> Select[Any]:
    statement = (
        select(
            AuditEntry.id,
            AuditEntry.at,
            AuditEntry.actor,
            AuditEntry.action,
            AuditEntry.entity,
            AuditEntry.entity_id,
            AuditEntry.customer_id,
            Customer.ref,
            Customer.name,
            AuditEntry.before,
            AuditEntry.after,
            AuditEntry.workstation,
        )
        .outerjoin(Customer, Customer.id == AuditEntry.customer_id)
        .where(*conditions)
    )
    if before_id is not None:
        statement = statement.where(AuditEntry.id < before_id)
    if after_id is not None:
        statement = statement.where(AuditEntry.id > after_id)
    return statement.order_by(AuditEntry.id.desc()).limit(limit)


def _fetch(
    ctx: AppContext,
    conditions: list[ColumnElement[bool]],
    before_id: int | None,
    limit: int,
    *,
    after_id: int | None = None,
    named: bool = False,
) -> list[AuditRow]:
    """The entries, and with `named` what they point at, named in the same read: one query for the
    rows and one for the names, whatever the page's size."""
    with ctx.db.reading() as session:
        found = list(session.execute(_rows_statement(conditions, before_id, limit, after_id)).tuples())
        names: Names = {}
        if named and found:
            # Columns 4, 5, 9 and 10: entity, entity_id, before, after.
            names = name_all(
                session, (ref for row in found for ref in references(row[4], row[5], row[9], row[10]))
            )
    return [
        AuditRow(
            id=row_id,
            at=at,
            actor=actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            customer_id=customer_id,
            customer_ref=ref,
            customer_name=name,
            before=before,
            after=after,
            workstation=workstation,
            names=names,
        )
        for (
            row_id,
            at,
            actor,
            action,
            entity,
            entity_id,
            customer_id,
            ref,
            name,
            before,
            after,
            workstation,
        ) in found
    ]


def browse_audit(
    ctx: AppContext,
    actor: Actor,
    audit_filter: AuditFilter,
    limit: int = PAGE,
    before_id: int | None = None,
    after_id: int | None = None,
) -> AuditPage:
    """The newest `limit` entries that match, older than `before_id` and newer than `after_id` when
    given (`after_id`: what was written since the newest entry a window shows). What they point at
    is named in `row.names`."""
    require(actor, Permission.VIEW_AUDIT)
    if not 1 <= limit <= MOST_PER_PAGE:
        raise UseCaseError(ErrorCode.AUDIT_PAGE_SIZE_INVALID, limit=limit, most=MOST_PER_PAGE)
    checked = _checked(audit_filter)
    rows = _fetch(ctx, _conditions(ctx, checked), before_id, limit + 1, after_id=after_id, named=True)
    return AuditPage(rows=tuple(rows[:limit]), more=len(rows) > limit)


def audit_choices(ctx: AppContext, actor: Actor) -> tuple[list[str], list[str]]:
    """Everyone who appears in the log, and every action it holds, each sorted: for the filters."""
    require(actor, Permission.VIEW_AUDIT)
    with ctx.db.reading() as session:
        actors = list(session.scalars(select(distinct(AuditEntry.actor)).order_by(AuditEntry.actor)))
        actions = list(session.scalars(select(distinct(AuditEntry.action)).order_by(AuditEntry.action)))
    return actors, actions


def _json_text(value: dict[str, Any] | None) -> str:
    return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def csv_cells(row: AuditRow) -> list[str]:
    """One CSV line of an entry: every text made safe from spreadsheet formulas."""
    cells = (
        row.at.astimezone(UTC).isoformat(),
        row.actor,
        row.action,
        row.entity,
        row.entity_id or "",
        row.customer_ref or "",
        row.customer_name or "",
        _json_text(row.before),
        _json_text(row.after),
        row.workstation or "",
    )
    return [safe_cell(cell) for cell in cells]


def _all_rows(
    ctx: AppContext, conditions: list[ColumnElement[bool]], newest_id: int
) -> Iterator[list[AuditRow]]:
    """Every matching entry up to `newest_id`, a page at a time, newest first."""
    before_id = newest_id + 1
    while True:
        page = _fetch(ctx, conditions, before_id, EXPORT_PAGE)
        if not page:
            return
        yield page
        if len(page) < EXPORT_PAGE:
            return
        before_id = page[-1].id


def export_audit_csv(
    ctx: AppContext,
    actor: Actor,
    audit_filter: AuditFilter,
    path: str,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    headers: Sequence[str] | None = None,
) -> int:
    """Writes every matching entry to `path` (UTF-8 with a BOM, for Excel); returns how many. The file
    appears whole or not at all; cancelled, it leaves nothing behind. The cells stay machine-readable
    (codes, ids, ISO times, JSON); `headers`, one per column of CSV_COLUMNS, are the column names in
    the reader's language (the codes themselves without them)."""
    require(actor, Permission.EXPORT_DATA)
    require(actor, Permission.VIEW_AUDIT)
    if headers is not None and len(headers) != len(CSV_COLUMNS):
        raise ValueError(f"{len(headers)} headers for {len(CSV_COLUMNS)} columns")
    checked = _checked(audit_filter)
    target = checked_target(path)
    conditions = _conditions(ctx, checked)
    with ctx.db.reading() as session:
        # The entries up to the newest one now: those written while the export runs are not in it.
        newest = session.scalar(select(func.max(AuditEntry.id))) or 0
        total = int(
            session.scalar(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.id <= newest, *conditions)
            )
            or 0
        )
    if progress is not None:
        progress(0, total)
    written = 0
    with whole_file(target) as partial:
        with partial.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow([safe_cell(text) for text in headers] if headers is not None else CSV_COLUMNS)
            for page in _all_rows(ctx, conditions, newest):
                if cancel is not None and cancel.is_set():
                    raise ExportCancelled()
                writer.writerows(csv_cells(row) for row in page)
                written += len(page)
                if progress is not None:
                    progress(written, max(total, written))
        if cancel is not None and cancel.is_set():
            raise ExportCancelled()
    with ctx.db.transaction() as session:
        audit.record(
            session,
            actor,
            ctx.clock.now(),
            "export.audit_log",
            "export",
            target.name,
            after={"format": "csv", "rows": written, "filter": checked.as_json()},
        )
    return written
