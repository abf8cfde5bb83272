"""The arguments of `config` and `staff` (desktop/cli/config_commands.py and staff_commands.py run them)."""

from __future__ import annotations

from desktop.cli.arguments import CommandFactory, common
from desktop.cli.registry import Entry


def add_commands(command: CommandFactory) -> None:
    config = command("config", "read and change settings; keep secrets in the OS keyring")
    config_commands = config.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    config_set = config_commands.add_parser(
        "set", help="change a setting, e.g. smtp.host or check_days_before"
    )
    config_set.add_argument("key")
    config_set.add_argument("value")
    config_get = config_commands.add_parser("get", help="print one setting")
    config_get.add_argument("key")
    config_list = config_commands.add_parser("list", help="print every setting")
    config_secret = config_commands.add_parser(
        "set-secret",
        help="read a secret (smtp.password, gateway.api_key, links.signing_key, db.password) "
        "from standard input into the keyring",
    )
    config_secret.add_argument("key")
    config_init_key = config_commands.add_parser(
        "init-signing-key",
        help="make the link-signing key of this database (admin, once per database): the key goes into "
        "this workstation's keyring, its fingerprint into the database; other workstations then "
        "import the same key with `config set-secret links.signing_key`",
    )
    for sub in (config_set, config_get, config_list, config_secret, config_init_key):
        common(sub, top=False)

    staff = command("staff", "manage staff accounts")
    staff_commands = staff.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    staff_add = staff_commands.add_parser(
        "add",
        help="add a staff member; the password is read from standard input. On a database with no "
        "staff yet, `staff add NAME --role admin` makes the first admin, linked to your login",
    )
    staff_add.add_argument("name")
    staff_add.add_argument("--role", required=True, choices=["sales", "finance", "admin"])
    common(staff_add, top=False)
    staff_link = staff_commands.add_parser(
        "link",
        help="link an operating-system login to a staff member (admin): the login's commands then act "
        "as that member, with their role; --os-user '' unlinks the member",
    )
    staff_link.add_argument("name")
    staff_link.add_argument("--os-user", required=True, metavar="LOGIN", help="the login; '' unlinks")
    common(staff_link, top=False)


COMMANDS: dict[str, Entry] = {
    "config": Entry("desktop.cli.config_commands:config"),
    "staff": Entry("desktop.cli.staff_commands:staff"),
}
