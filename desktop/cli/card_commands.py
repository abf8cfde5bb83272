"""`card add`, `card replace` and `card remove` (SPEC section 3, R38): the window's Cards tab through
the same use cases, by refs. The number of `card add` is read from standard input (never an argument:
a command line is seen by every process of the machine and kept in shell histories, R20). Each prints
what it did; any refusal changes nothing and names what is wrong (exit code 2)."""

from __future__ import annotations

import argparse

from desktop.app.cards import CardsMoved, add_card, remove_card, replace_card, replacing
from desktop.app.customers import account_by_ref
from desktop.app.errors import field_refusal
from desktop.app.identity import headless_actor
from desktop.app.ref_lookup import named_by_ref
from desktop.app.views import AccountView, CardView
from desktop.bootstrap import AppContext
from desktop.cli.card_words import card_line
from desktop.cli.typed_card import read_card_number
from desktop.core import fields
from desktop.core.codes import ErrorCode
from desktop.core.fields import FieldError


def _card(account: AccountView, ref: str) -> CardView:
    return named_by_ref(account.cards, ref, code=ErrorCode.CARD_REF_UNKNOWN, customer=account.customer.ref)


def _report(done: CardsMoved, target: CardView | None, customer_ref: str = "") -> None:
    if done.moved and target is not None:
        print(f"moved {len(done.moved)} service(s) to {card_line(target)}: {', '.join(done.moved)}")
    if done.switched_on:
        print(f"auto-renew switched on again with the new card for: {', '.join(done.switched_on)}")
    for name, reason in done.left_off:
        # What is left to do: the old card's failure stopped it, and the new card does not restart it.
        print(
            f"{name}: auto-renew still off ({reason}); to switch it on with the new card: "
            f"recurring on {customer_ref} --service {name}"
        )
    for name in done.expires_first:
        # R9: flagged at once; it does not block.
        print(f"{name}: warning: the card it moved to expires before the charge date; the charge will fail")
    if done.stopped:
        print(f"auto-renew stopped (card_removed) for: {', '.join(done.stopped)}")
    if done.followed.updated_notices:
        print(f"updated pre-charge notices queued: {done.followed.updated_notices}")


def card(ctx: AppContext, args: argparse.Namespace) -> int:
    if args.card_command == "add":
        return _add(ctx, args)
    actor = headless_actor(ctx, f"card {args.card_command}")
    account = account_by_ref(ctx, actor, args.customer)
    old = _card(account, args.card if args.card_command == "remove" else args.old)
    if args.card_command == "replace":
        new = _card(account, args.new)
        switch_on = (
            [service.id for service in replacing(account, old.id).stopped_by_card] if args.switch_on else []
        )
        done = replace_card(ctx, actor, account.customer.id, old.id, new.id, switch_on=switch_on)
        if not done.moved:
            print(f"no service used {card_line(old)}")
        _report(done, new, account.customer.ref)
        return 0
    target = _card(account, args.move_to) if args.move_to is not None else None
    done = remove_card(
        ctx, actor, account.customer.id, old.id, move_to=target.id if target else None, stop=args.stop
    )
    print(f"removed {card_line(old)}")
    _report(done, target)
    return 0


def _add(ctx: AppContext, args: argparse.Namespace) -> int:
    actor = headless_actor(ctx, "card add")
    try:
        month, year = fields.parse_expiry(args.exp)
    except FieldError as exc:
        raise field_refusal(exc) from None
    account = account_by_ref(ctx, actor, args.customer)
    made = add_card(ctx, actor, account.customer.id, read_card_number(), args.holder, month, year)
    print(made.ref)
    return 0
