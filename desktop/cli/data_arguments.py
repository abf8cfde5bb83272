"""The arguments of `import`, `export` and `demo` (desktop/cli/data_commands.py runs them)."""

from __future__ import annotations

from desktop.cli.arguments import CommandFactory, add_count, between
from desktop.cli.registry import Entry
from desktop.core.command_bounds import MAX_DEMO_CUSTOMERS, MAX_DEMO_SERVICES


def add_commands(command: CommandFactory) -> None:
    imp = command(
        "import", "load customers, cards, services, orders and prices from a renewdesk/1 file; all or nothing"
    )
    imp.add_argument("file", metavar="FILE.json", help="the file to load, or - for standard input")

    exp = command("export", "write all data with its state in the renewdesk/1 format")
    exp.add_argument("--out", metavar="FILE", help="write to this file instead of standard output")

    demo = command("demo", "load deterministic demo data (Hebrew, Spanish and English customers)")
    add_count(demo, "--customers", default=50, most=MAX_DEMO_CUSTOMERS, help_text="customers")
    add_count(
        demo,
        "--services-per-customer",
        default=4,
        most=MAX_DEMO_SERVICES,
        metavar="M",
        help_text="services of each customer",
    )
    demo.add_argument(
        "--seed",
        type=between(-(2**63), 2**63 - 1),
        default=1,
        metavar="S",
        help="the same seed gives the same data (a 64-bit whole number)",
    )


COMMANDS: dict[str, Entry] = {
    "import": Entry("desktop.cli.data_commands:import_file"),
    "export": Entry("desktop.cli.data_commands:export", reads_only=True),
    "demo": Entry("desktop.cli.data_commands:demo"),
}
