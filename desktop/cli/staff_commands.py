"""`staff add|link`: staff accounts, the first admin of a new database linked to the login that makes
it (R35)."""

from __future__ import annotations

import argparse

from desktop.app.errors import UseCaseError
from desktop.app.identity import headless_actor, may_create_first_admin, os_login
from desktop.app.staff import add_staff, create_first_admin_for_login, link_os_user
from desktop.bootstrap import AppContext
from desktop.cli.secret_input import read_secret_input
from desktop.core.codes import ErrorCode


def staff(ctx: AppContext, args: argparse.Namespace) -> int:
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
        password = read_secret_input(f"password for {args.name}: ")
        member = create_first_admin_for_login(ctx, login, args.name, password)
        print(f"added {member.name} ({member.role.value}), the first admin, linked to the login {login}")
        return 0
    actor = headless_actor(ctx, "staff add")
    password = read_secret_input(f"password for {args.name}: ")
    member = add_staff(ctx, actor, args.name, args.role, password)
    print(f"added {member.name} ({member.role.value})")
    return 0
