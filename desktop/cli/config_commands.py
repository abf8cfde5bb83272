"""`config set|get|list|set-secret|init-signing-key`: the settings in the database, the secrets in
this workstation's keyring (SPEC section 3)."""

from __future__ import annotations

import argparse

from desktop.app.config import all_settings, get_setting, set_secret, set_setting
from desktop.app.identity import headless_actor
from desktop.app.signing_key import init_signing_key
from desktop.bootstrap import AppContext
from desktop.cli.parser import program_name
from desktop.cli.secret_input import read_secret_input


def config(ctx: AppContext, args: argparse.Namespace) -> int:
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
            f"`{program_name()} config set-secret links.signing_key`"
        )
    else:
        set_secret(ctx, actor, args.key, read_secret_input(f"{args.key}: "))
        print(f"{args.key} is kept in the keyring")
    return 0
